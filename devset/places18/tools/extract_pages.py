#!/usr/bin/env python3
"""Extract the eighteenth place set's English Wikinews articles into text pages, in the layout of
devset/places16 (date line, blank line, title, blank line, paragraphs), numbered by date.

Source:
- vanatteveldt/wikinews, data/wikinews_2020.csv (commit 347254178bf343f3801aac1d03c41cc09c35decb): English
  Wikinews articles of 2020 with columns url, date, title, text (paragraphs separated by blank lines; the
  Sources, Related news and External links sections are not in the snapshot's text). `record` is the row's
  index among the CSV's data rows (0-based). The date line is the record's own `date` (its first ten
  characters).

Changes made here, and only these: the Wikinews foreign-language originals of quotations ("((fa))Persian
language: " or "((fa))Farsi language: " with the zero-width joiner and the Persian text after it, to the end of
its line) are removed; any trailing section (Sources, Related news, Related articles, Sister links, References,
External links) would be cut with what follows it (none occurs in the records chosen); runs of white space
inside a paragraph are collapsed to one space; empty paragraphs are dropped. The interview markers of the
source ("((WN))", "((Dorsa Derakhshani))") are kept as they come.

Usage (from devset/places18):
  python3 tools/extract_pages.py PATH/TO/wikinews_2020.csv
where the CSV is made with
  git --git-dir=/work/.mirror/vanatteveldt+wikinews/repo show 347254178bf343f3801aac1d03c41cc09c35decb:data/wikinews_2020.csv > wikinews_2020.csv"""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
REPO, PATH, COMMIT = 'vanatteveldt/wikinews', 'data/wikinews_2020.csv', '347254178bf343f3801aac1d03c41cc09c35decb'
LICENCE = 'CC BY 2.5 (Wikinews)'
FROM = "the source record's date column (its first ten characters)"
# (record index, short name)
SEL = [
 (0, 'samoa-measles-emergency-ends'),
 (10, 'puerto-rico-earthquake'),
 (12, 'wuhan-coronavirus-study'),
 (13, 'germany-first-coronavirus-case'),
 (14, 'kobe-bryant-helicopter-crash'),
 (17, 'new-hampshire-primaries'),
 (26, 'iran-official-dies-covid'),
 (36, 'northern-mariana-caucus'),
 (47, 'derakhshani-chess-ban-interview'),
 (55, 'hana-kimura-dies'),
 (59, 'john-luk-jok-dies'),
 (63, 'bontddu-hall-fire'),
 (91, 'winchester-bus-bridge'),
 (115, 'groom-by-election-farquharson'),
 (116, 'groom-by-election-jephcott'),
 (120, 'slovakia-pm-covid-positive'),
]
END = re.compile(r'^\s*(==\s*)?(Sources|Related [Nn]ews|Related articles|Sister links|References|External links)(\s*==)?\s*$')
FOREIGN = re.compile(r'\s*\(\([a-z]{2,3}\)\)[A-Z][a-z]+ language:\s*\u200d?[^\n]*')

def body(text):
    text = FOREIGN.sub('', text)
    paras = []
    for p in re.split(r'\n\s*\n', text):
        if END.match(p):
            break
        p = re.sub(r'\s+', ' ', p).strip()
        if p:
            paras.append(p)
    return paras

def main(csv_path):
    csv.field_size_limit(10 ** 9)
    rows = list(csv.DictReader(open(csv_path, encoding='utf-8', newline='')))
    pages = []
    for i, short in SEL:
        r = rows[i]
        date, title = r['date'][:10], re.sub(r'\s+', ' ', r['title']).strip()
        meta = {'url': r['url'], 'repository': REPO, 'path': PATH, 'record': i, 'commit': COMMIT,
                'licence': LICENCE, 'published_from': FROM}
        pages.append((date, i, short, title, body(r['text']), meta))
    pages.sort(key=lambda p: (p[0], p[1]))
    os.makedirs(os.path.join(ROOT, 'pages'), exist_ok=True)
    for old in os.listdir(os.path.join(ROOT, 'pages')):
        os.remove(os.path.join(ROOT, 'pages', old))
    sources = []
    for n, (date, i, short, title, paras, meta) in enumerate(pages, 1):
        fn = f'{n:03d}-{short}.txt'
        with open(os.path.join(ROOT, 'pages', fn), 'w', encoding='utf-8') as f:
            f.write(f'{date}\n\n{title}\n\n' + '\n\n'.join(paras) + '\n')
        sources.append({'file': fn, 'title': title, 'published': date, **meta})
    with open(os.path.join(ROOT, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(sources), 'pages')

if __name__ == '__main__':
    main(sys.argv[1])
