#!/usr/bin/env python3
"""Extract the nineteenth place set's English Wikinews articles into text pages, in the layout of
devset/places16 and devset/places17 (date line, blank line, title, blank line, paragraphs separated by blank
lines), numbered by date.

Source (the records carry no reliable publication date; the date line is the date of the article as the
annotator knows it, helped where the record has one by the source's own category date line, see sources.json
`published_from`):
- TanjotSingh25/CrisisLenz, good_candidates.json and bad_candidates.json (commit
  7b7b73c0876cb80f00bb726b5e2a3e80c31164e3): Wikinews articles with `title`, `url` and `body` (paragraphs
  separated by newlines; wiki links whose text was a link were dropped by the source, which leaves gaps such
  as "in , Pakistan near the capital Islamabad"; they are kept as they come).

Changes made here, and only these: image-layout leftovers ("left|300px|", "thumbnail|left||<caption>.",
"__NOTOC__", "__NOEDITSECTION__"), the trailing sections (Sources, Related news, Related articles, Sister
links, References, External links) with the categories and interlanguage links after them, and bold/italic
quote marks ('' and ''') are removed; runs of white space inside a paragraph are collapsed to one space; empty
paragraphs are dropped. Page-internal section headings that CrisisLenz kept as lines of their own (e.g.
"Casualties", "Hotlines" in the London page) are kept as paragraphs, as they come.

Usage (from devset/places19):
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
 ('bad_candidates.json', 36, '2004-12-08', 'mulan-wash-for-fuel', 'approximate (between the source\'s records dated December 8 and December 9, 2004; within a few days)'),
 ('bad_candidates.json', 49, '2004-12-17', 'robinho-mother-freed', 'the page\'s "released Friday, December, 17"; within a day'),
 ('bad_candidates.json', 59, '2004-12-30', 'gregoire-wins-washington', 'approximate (the certification of late December 2004; the source\'s neighbouring records are of December 30; within a few days)'),
 ('good_candidates.json', 1, '2005-07-07', 'london-transport-bombings', None),
 ('good_candidates.json', 141, '2008-02-01', 'baghdad-twin-market-bombings', 'approximate (the bombings were on Friday 1 February 2008; within a day)'),
 ('good_candidates.json', 138, '2009-04-19', 'iran-warns-israel', 'approximate (around The Times\'s report of April 18, 2009 and the army parade of Saturday 18 April; within a few days)'),
 ('good_candidates.json', 85, '2010-07-02', 'lahore-shrine-bombings', 'approximate (the bombings were late on Thursday 1 July 2010; within a day)'),
 ('good_candidates.json', 56, '2010-10-08', 'taloqan-mosque-governor-killed', None),
 ('good_candidates.json', 96, '2010-12-17', 'north-korea-warns-yeonpyeong-drill', 'approximate (a few days before the drill of 20 December 2010; within a few days)'),
 ('good_candidates.json', 67, '2011-03-23', 'jerusalem-bus-stop-bomb', None),
 ('good_candidates.json', 83, '2011-05-02', 'bin-laden-killed', None),
 ('good_candidates.json', 26, '2011-07-13', 'mumbai-three-blasts', None),
 ('good_candidates.json', 14, '2011-08-15', 'iraq-kut-bombings', 'approximate (the bombings were on Monday 15 August 2011; within a day)'),
 ('good_candidates.json', 20, '2012-09-05', 'costa-rica-earthquake', None),
 ('good_candidates.json', 76, '2013-07-08', 'mahabodhi-temple-bombs', 'approximate (the explosions were on Sunday 7 July 2013, "yesterday"; within a day)'),
 ('good_candidates.json', 27, '2016-03-22', 'brussels-airport-metro-attacks', None),
 ('good_candidates.json', 113, '2016-07-15', 'nice-truck-attack', None),
 ('good_candidates.json', 131, '2016-07-16', 'turkey-coup-attempt', 'approximate (the coup attempt was on the night of 15-16 July 2016; within a day)'),
 ('good_candidates.json', 38, '2021-06-15', 'mogadishu-camp-suicide-bombing', 'approximate (the bombing was on Tuesday 15 June 2021 as the annotator remembers it; within a few days)'),
]
END = re.compile(r'^\s*(==\s*)?(Sources|Related [Nn]ews|Related articles|Sister links|References|External links|External media)(\s*==)?\s*$')
JUNK = re.compile(r'^\s*(__NOTOC__|__NOEDITSECTION__|thumb(nail)?\|(left|right)?\|[^|]*\|[^.]*\.|(left|right)\|[^ ]*)\s*')

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
