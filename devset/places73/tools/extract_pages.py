#!/usr/bin/env python3
"""Extract the seventy-third place set's English Wikinews articles into text pages, in the layout of
devset/places21 (date line, blank line, title, blank line, paragraphs separated by blank lines), numbered by
date.

Source (the records carry no reliable publication date; the date line is the date of the article as the
annotator knows or estimates it, see sources.json `published_from` and the README's Dates):
- TanjotSingh25/CrisisLenz, good_candidates.json (commit bbf67b7ff89384b139f8bdc53291ef6f45b17992, the
  snapshot's HEAD; the file's blob c2372265c45cf80b89694c60038a35cc6d81d8ef is the same as at
  7b7b73c0876cb80f00bb726b5e2a3e80c31164e3, the commit earlier sets cite): Wikinews articles with `title`, `url`
  and `body` (paragraphs separated by newlines; wiki links whose text was a link were dropped by the source in
  many records, which leaves gaps such as "in the of Jammu and Kashmir"; they are kept as they come).

Changes made here, and only these (those of places21's extractor, plus one): image-layout leftovers
("right|210px|", "right|frame|<caption>.", "left|", "thumb", "__NOTOC__", "__NOEDITSECTION__"), the trailing
sections (Sources, Related news, Related Wikinews, Related articles, Sister links, See also, References,
External links, In Depth) with the categories and interlanguage links after them, and bold/italic quote marks
('' and ''') are removed; runs of white space inside a paragraph are collapsed to one space; empty paragraphs are
dropped; **a line that ends in "the", "a", "an" or "of" is joined to the next line** (one case: a sentence of
page 012 broken by the source after "director of the"). Page-internal section headings that CrisisLenz kept as
lines of their own are kept as paragraphs, as they come.

Usage (from devset/places73):
  python3 tools/extract_pages.py CRISISLENZ_DIR
where CRISISLENZ_DIR holds good_candidates.json, made with
  git --git-dir=/work/.mirror/TanjotSingh25+CrisisLenz/repo show bbf67b7ff89384b139f8bdc53291ef6f45b17992:good_candidates.json > DIR/good_candidates.json
Standard library only."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CL_REPO, CL_COMMIT = 'TanjotSingh25/CrisisLenz', 'bbf67b7ff89384b139f8bdc53291ef6f45b17992'
PD_BEFORE = '2005-09-25'  # the public-domain cut-off of Wikinews
KNOWN = 'not in the source record; the date of the article as the annotator knows or estimates it'
# (source file, record index, date, short name, note on the date or None)
SEL = [
 ('good_candidates.json', 169, '2005-11-15', 'schiphol-wartime-bomb', 'a guess: after April 2005 ("Earlier this year in April, three fishermen were killed"; "sixty years ago" after the war) and in a foggy season; the month is not known (the 15th stands for an unknown day)'),
 ('good_candidates.json', 154, '2006-08-28', 'lashkar-gah-market-bombing', 'approximate (the Lashkar Gah market bombing as the annotator remembers it, late August 2006, in the southern surge of that summer; within a few weeks)'),
 ('good_candidates.json', 98, '2006-07-01', 'basra-patrol-bombing', 'a guess: the year only (the time when Shaibah Logistics Base served British forces, about 2004-2006); 1 July stands for an unknown day'),
 ('good_candidates.json', 9, '2007-07-01', 'yala-tea-shop-bombing', 'a guess: the year only (the years of the school burnings and teacher-protection units in the southern insurgency, 2005-2007); 1 July stands for an unknown day'),
 ('good_candidates.json', 87, '2007-08-15', 'ibiza-airport-bomb-alert', 'a guess: summer 2007 (after "ETA declared an end to a unilateral ceasefire on June 5", 2007; a summer tourist season); the 15th stands for an unknown day'),
 ('good_candidates.json', 101, '2007-11-12', 'tianshifu-karaoke-explosion', 'approximate (later in the year of the Qinghe Special Steel disaster of April 2007, "Earlier this year"; November 2007 as the annotator remembers it; within a month or two)'),
 ('good_candidates.json', 106, '2008-12-22', 'south-waziristan-drone-strike', 'approximate (a Monday of December 2008: Rashid Rauf was killed "late last month", November 2008, and George W. Bush was still president; within a few weeks)'),
 ('good_candidates.json', 79, '2009-03-08', 'baghdad-police-recruits-bombing', 'the source\'s category line "March 8, 2009"'),
 ('good_candidates.json', 158, '2009-09-08', 'kandahar-bus-bombing', 'approximate (a Tuesday of early September 2009, days after the UN report on August 2009, the month of the presidential election; within a week or two)'),
 ('good_candidates.json', 144, '2009-09-13', 'north-waziristan-minibus-bombing', 'the record\'s published_at (2009-09-13), the only one of the twelve records that is not a 2024 crawl time; whether it is the day of publication or of a later edit is not known'),
 ('good_candidates.json', 156, '2008-08-15', 'rajouri-militant-attack', 'a guess: late summer (maize "more than six feet tall"), the year not known (2007-2010 as a guess); the 15th of August stands for an unknown day'),
 ('good_candidates.json', 68, '2010-09-24', 'american-samoa-tsunami-warning', 'approximate (the services "next Wednesday" for the first anniversary of the tsunami of 29 September 2009; within a week)'),
]
END = re.compile(r'^\s*(==\s*)?(Sources|Related [Nn]ews|Related [Ww]ikinews|Related articles|Sister links|See also|References|External links|External media|In Depth)(\s*==)?\s*$')
JUNK = re.compile(r'^\s*(__NOTOC__|__NOEDITSECTION__|thumb(nail)?\|(left|right)?\|[^|]*\|[^.]*\.|(left|right)\|frame\|[^.]*\.|(left|right)\|[^ ]*|thumb\b)\s*')
OPEN_END = re.compile(r'\b(the|a|an|of)\s*$')

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
    lines = []
    for line in body.split('\n'):
        if END.match(line) or line.startswith('Category:'):
            break
        if lines and OPEN_END.search(lines[-1]) and line.strip():
            lines[-1] = lines[-1].rstrip() + ' ' + line.strip()
        else:
            lines.append(line)
    return [p for p in (clean_para(l) for l in lines) if p]

def main(cl_dir):
    data = {f: json.load(open(os.path.join(cl_dir, f), encoding='utf-8')) for f in ('good_candidates.json',)}
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
