#!/usr/bin/env python3
"""Extract the eleventh place set's English Wikinews articles into text pages, in the layout of
devset/events/tools/extract_pages.py (date line, blank line, title, blank line, paragraphs), numbered by
date. The source keeps no paragraph breaks, so every page has one paragraph.

Source: WetBoots12/DoubleCheck, file classifier/train/wikinews/labelled.csv (commit
0114b12cd2d59200e3fa147199103fa907ff16da): English Wikinews articles split into sentences, one CSV row a
sentence (sentence_id = pageid_n, text, Verdict, title, url, date, topics). A page is the sentences of
one pageid in the order of n, joined by single spaces; its date line is the row's date (the Wikinews
publication date) and its URL the row's url. No snapshot of this repository can be fetched here; the
file was read through the file index, so this script needs a copy of that file (any CSV with those
columns that holds the chosen pageids' rows will do).

Usage (from devset/places11):
  python3 tools/extract_pages.py PATH/TO/labelled.csv"""
import csv, datetime, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
B_REPO, B_PATH, B_COMMIT = 'WetBoots12/DoubleCheck', 'classifier/train/wikinews/labelled.csv', '0114b12cd2d59200e3fa147199103fa907ff16da'
# (pageid, short name); the date, title and URL come from the file
SEL = [
 (20301, 'cote-divoire-un-sanctions-threat'), (59226, 'turkish-parliament-fake-bomb-dink-placards'),
 (103711, 'basra-fighting-petraeus-crocker-hearing'), (88704, 'pakistan-election-delay-sindh-violence'),
 (98011, 'jakarta-indonesia-bird-flu-deaths'), (124154, 'lufkin-texas-nurse-bleach-murders'),
 (108739, 'guatemala-interior-minister-helicopter-crash'), (144219, 'kosovo-local-elections-security'),
 (36361, 'egypt-bird-flu-woman-death'), (54179, 'woolwich-barot-bomb-plot-sentence'),
 (2800326, 'exeter-failed-bomber-reilly-dies'), (2837589, 'mount-vernon-storm-felled-tree'),
 (33645, 'europe-bird-flu-swans-poultry-restrictions'), (27981, 'haiti-electoral-council-delays-vote'),
 (142185, 'afghanistan-runoff-ballot-delivery'),
]
PD_BEFORE = '2005-09-25'  # the public-domain cut-off of Wikinews

def licence(date):
    return 'public domain (Wikinews article published before 25 September 2005)' if date < PD_BEFORE else 'CC BY 2.5 (Wikinews)'

def main(csv_b):
    rows = {}
    with open(csv_b, newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            pid, n = r['sentence_id'].rsplit('_', 1)
            rows.setdefault(int(pid), []).append((int(n), r))
    pages = []
    for pid, short in SEL:
        sents = sorted(rows[pid], key=lambda x: x[0]); r0 = sents[0][1]
        date = datetime.datetime.strptime(r0['date'].split(', ', 1)[1], '%B %d, %Y').strftime('%Y-%m-%d')
        body = ' '.join(r['text'].strip() for _, r in sents)
        pages.append((date, short, r0['title'].strip(), body,
                      {'url': r0['url'], 'repository': B_REPO, 'path': B_PATH, 'record': f'pageid {pid}',
                       'sentence_ids': [n for n, _ in sents], 'commit': B_COMMIT, 'licence': licence(date)}))
    pages.sort(key=lambda p: (p[0], p[1]))
    os.makedirs(os.path.join(ROOT, 'pages'), exist_ok=True)
    for old in os.listdir(os.path.join(ROOT, 'pages')):
        os.remove(os.path.join(ROOT, 'pages', old))
    sources = []
    for n, (date, short, title, body, meta) in enumerate(pages, 1):
        fn = f'{n:03d}-{short}.txt'
        with open(os.path.join(ROOT, 'pages', fn), 'w', encoding='utf-8') as f:
            f.write(f'{date}\n\n{title}\n\n{body}\n')
        sources.append({'file': fn, 'title': title, 'published': date, **meta})
    with open(os.path.join(ROOT, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(sources), 'pages')

if __name__ == '__main__':
    main(sys.argv[1])
