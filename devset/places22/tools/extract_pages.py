#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the twenty-second place set from a partial copy of
WetBoots12/DoubleCheck classifier/train/wikinews/labelled.csv (commit 0114b12cd2d59200e3fa147199103fa907ff16da).

The source is a CSV of English Wikinews articles split into sentences, one sentence a row:
sentence_id (ARTICLEID_N), text, Verdict, title, url, date ("Thursday, July 3, 2008"), topics. There is no
paragraph information, so each sentence becomes one paragraph of the page, in the order of the rows.
The copy used here is characters 0-198977 of the file (read with read_file in 16,000-character parts from
offset 0 and written in order, the part after the last complete record, 99084, cut); see README.md.

Page layout: date line (YYYY-MM-DD, from the CSV's own date field), blank line, title, blank line, one
sentence a paragraph separated by blank lines. Runs of white space are collapsed; nothing else is changed
(the CSV holds no wiki leftovers: no captions, Sources or Related news sections).

Usage (from devset/places22):
  python3 tools/extract_pages.py /tmp/p22/labelled.csv
Standard library only."""
import csv, json, os, re, sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
REPO, PATH, COMMIT = 'WetBoots12/DoubleCheck', 'classifier/train/wikinews/labelled.csv', '0114b12cd2d59200e3fa147199103fa907ff16da'
PD_BEFORE = '2005-09-25'  # the public-domain cut-off of Wikinews
# (article id = sentence_id prefix, short name)
SEL = [
 ('8226', 'uk-fingerprint-database'),
 ('16192', 'house-renews-patriot-act'),
 ('57917', 'egypt-internet-crime-initiative'),
 ('58046', 'nick-smith-worst-behaved'),
 ('66445', 'vanstone-quits-rome-posting'),
 ('109128', 'texas-science-director-sues'),
 ('180704', 'uk-voters-turned-away'),
 ('99084', 'anonymous-anti-scientology-protests'),
]

def licence(date):
    return 'public domain (Wikinews article published before 25 September 2005)' if date < PD_BEFORE else 'CC BY 2.5 (Wikinews)'

def main(csv_path):
    rows = list(csv.DictReader(open(csv_path, encoding='utf-8', newline='')))
    by = {}
    for r in rows:
        aid, n = r['sentence_id'].rsplit('_', 1)
        by.setdefault(aid, []).append((int(n), r))
    pages = []
    for aid, short in SEL:
        rs = [r for _, r in sorted(by[aid], key=lambda x: x[0])]
        date = datetime.strptime(rs[0]['date'].strip(), '%A, %B %d, %Y').strftime('%Y-%m-%d')
        title = rs[0]['title'].strip()
        paras = [re.sub(r'\s+', ' ', r['text']).strip() for r in rs]
        paras = [p for p in paras if p]
        meta = {'url': rs[0]['url'], 'repository': REPO, 'path': PATH, 'record': aid,
                'rows': [r['sentence_id'] for r in rs], 'commit': COMMIT, 'licence': licence(date),
                'published_from': 'the CSV date field ("%s")' % rs[0]['date'].strip()}
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
