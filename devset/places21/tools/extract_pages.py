#!/usr/bin/env python3
"""Extract the twenty-first place set's English Wikinews articles into text pages, in the layout of
devset/places19 (date line, blank line, title, blank line, paragraphs separated by blank lines), numbered by
date.

Source (the records carry no reliable publication date; the date line is the date of the article as the
annotator knows it, helped where the record has one by the source's own category date line, see sources.json
`published_from`):
- TanjotSingh25/CrisisLenz, good_candidates.json and bad_candidates.json (commit
  7b7b73c0876cb80f00bb726b5e2a3e80c31164e3): Wikinews articles with `title`, `url` and `body` (paragraphs
  separated by newlines; wiki links whose text was a link were dropped by the source in many records, which
  leaves gaps such as "in the Iraqi town of , located"; they are kept as they come).

Changes made here, and only these: image-layout leftovers ("right|210px|", "right|frame|<caption>.",
"left|", "thumb", "__NOTOC__", "__NOEDITSECTION__"), the trailing sections (Sources, Related news, Related
Wikinews, Related articles, Sister links, See also, References, External links, In Depth) with the categories
and interlanguage links after them, and bold/italic quote marks ('' and ''') are removed; runs of white space
inside a paragraph are collapsed to one space; empty paragraphs are dropped. Page-internal section headings
that CrisisLenz kept as lines of their own are kept as paragraphs, as they come.

Usage (from devset/places21):
  python3 tools/extract_pages.py CRISISLENZ_DIR
where CRISISLENZ_DIR holds good_candidates.json and bad_candidates.json, made with
  git --git-dir=/work/.mirror/TanjotSingh25+CrisisLenz/repo show 7b7b73c0876cb80f00bb726b5e2a3e80c31164e3:good_candidates.json > DIR/good_candidates.json
  (and the same for bad_candidates.json). Standard library only."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CL_REPO, CL_COMMIT = 'TanjotSingh25/CrisisLenz', '7b7b73c0876cb80f00bb726b5e2a3e80c31164e3'
PD_BEFORE = '2005-09-25'  # the public-domain cut-off of Wikinews
KNOWN = 'not in the source record; the date of the article as the annotator knows it'
# (source file, record index, date, short name, note on the date or None)
SEL = [
 ('bad_candidates.json', 30, '2004-12-04', 'mozambique-vote-count', 'the source\'s category line "December 4, 2004" (the count "continued Friday", December 3)'),
 ('bad_candidates.json', 32, '2004-12-07', 'karzai-sworn-in', None),
 ('bad_candidates.json', 35, '2004-12-08', 'nba-brawl-charges', 'the source\'s category line "December 8, 2004"'),
 ('good_candidates.json', 74, '2005-03-20', 'fukuoka-earthquake', None),
 ('good_candidates.json', 30, '2005-07-15', 'pakistan-warned-britain', 'the date line "2005-07-15" the source keeps after the article\'s Sources heading (the Observer\'s report is of mid-July 2005; within a few days)'),
 ('good_candidates.json', 119, '2005-07-24', 'nicobar-quake-tsunami-warning', 'the page\'s "Sunday, July 24, 2005" (the warning was cleared after midnight Thai time; within a day)'),
 ('good_candidates.json', 120, '2005-11-10', 'baghdad-restaurant-bombing', 'the bombing was on Thursday 10 November 2005, the day after the Amman hotel bombings'),
 ('good_candidates.json', 3, '2006-08-10', 'us-embassy-india-warning', 'approximate (the embassy\'s warning came a few days before the "August 11-16" time frame it names; within a few days)'),
 ('good_candidates.json', 148, '2007-04-17', 'st-edwards-bomb-threat', 'the day after the Virginia Tech shootings of 16 April 2007 ("yesterday\'s")'),
 ('good_candidates.json', 59, '2007-06-30', 'uk-threat-level-critical', 'the Glasgow Airport attack and the raising were on Saturday 30 June 2007; within a day'),
 ('good_candidates.json', 62, '2009-04-29', 'sadr-city-twin-bombings', 'approximate (the bombings were on Wednesday 29 April 2009 as the annotator remembers them; within a day)'),
 ('good_candidates.json', 149, '2009-10-27', 'afghanistan-us-troops-killed', 'approximate (Tuesday 27 October 2009, the day after the helicopter crashes of 26 October; within a day)'),
 ('good_candidates.json', 29, '2010-04-19', 'peshawar-bazaar-bombing', 'approximate (the bazaar bombing was on Monday 19 April 2010, after the Kohat bombings of 17 April; within a day)'),
 ('good_candidates.json', 124, '2010-11-16', 'pia-flight-stockholm-diversion', 'approximate (the diversion to Stockholm was in mid-November 2010 as the annotator remembers it; within a few days)'),
 ('good_candidates.json', 152, '2011-03-12', 'pichilemu-tsunami-emergency', 'approximate (the warning was on Friday 11 March 2011, the waves on Saturday 12 March; within a day)'),
 ('good_candidates.json', 40, '2011-04-12', 'fukushima-level-seven', None),
 ('good_candidates.json', 63, '2011-05-23', 'karachi-naval-base-attack', 'the attack on PNS Mehran began on the night of 22 May 2011; the page is of Monday 23 May'),
]
END = re.compile(r'^\s*(==\s*)?(Sources|Related [Nn]ews|Related [Ww]ikinews|Related articles|Sister links|See also|References|External links|External media|In Depth)(\s*==)?\s*$')
JUNK = re.compile(r'^\s*(__NOTOC__|__NOEDITSECTION__|thumb(nail)?\|(left|right)?\|[^|]*\|[^.]*\.|(left|right)\|frame\|[^.]*\.|(left|right)\|[^ ]*|thumb\b)\s*')

def licence(date):
    return 'public domain (Wikinews article published before 25 September 2005)' if date < PD_BEFORE else 'CC BY 2.5 (Wikinews)'

def clean_para(p):
    while True:
        q = JUNK.sub('', p)
        if q == p: break
        p = q
    p = p.replace("'''", '').replace("''", '')
    return re.sub(r'\s+', ' ', p).strip()

def crisislenz_body(body):
    paras = []
    for line in body.split('\n'):
        if END.match(line) or line.startswith('Category:'):
            break
        line = clean_para(line)
        if line:
            paras.append(line)
    return paras

def main(cl_dir):
    data = {f: json.load(open(os.path.join(cl_dir, f), encoding='utf-8')) for f in ('good_candidates.json', 'bad_candidates.json')}
    pages = []
    for src, i, date, short, note in SEL:
        r = data[src][i]
        title, paras = r['title'].strip(), crisislenz_body(r['body'])
        meta = {'url': r['url'], 'repository': CL_REPO, 'path': src, 'record': i, 'commit': CL_COMMIT}
        meta['licence'] = licence(date)
        meta['published_from'] = KNOWN + ('' if note is None else '; ' + note)
        pages.append((date, short, title, paras, meta))
    pages.sort(key=lambda p: (p[0], p[1]))
    os.makedirs(os.path.join(ROOT, 'pages'), exist_ok=True)
    for old in os.listdir(os.path.join(ROOT, 'pages')):
        os.remove(os.path.join(ROOT, 'pages', old))
    sources = []
    for n, (date, short, title, paras, meta) in enumerate(pages, 1):
        fn = f'{n:03d}-{short}.txt'
        with open(os.path.join(ROOT, 'pages', fn), 'w', encoding='utf-8') as f:
            f.write(f'{date}\n\n{title}\n\n' + '\n\n'.join(paras) + '\n')
        sources.append({'file': fn, 'title': title, 'published': date, **meta})
    with open(os.path.join(ROOT, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(sources), 'pages')

if __name__ == '__main__':
    main(sys.argv[1])
