#!/usr/bin/env python3
"""Extract the seventeenth place set's English Wikinews articles of 2019 into text pages, in the layout of
devset/places16 (date line, blank line, title, blank line, paragraphs separated by blank lines), numbered by date.

Source:
- vanatteveldt/wikinews, data/wikinews_2019.csv (commit 347254178bf343f3801aac1d03c41cc09c35decb): a CSV with
  columns url, date, title, text (English Wikinews articles of 2019; the text is the article's body as rendered
  text, its first line the article's own date line, e.g. "Saturday, January 5, 2019", paragraphs separated by
  blank lines). The date line of each page is the record's `date` column; the script checks that it agrees with
  the body's own date line, which is then removed from the body (the page's first line carries it).

Changes made here, and only these: the body's leading date line is removed; trailing sections (Sources, Related
news, Related articles, Sister links, References, External links) with the categories and interlanguage links
after them would be cut, and image-layout leftovers and wiki bold/italic quote marks ('' and ''') removed (none of
the chosen records has any of these); runs of white space inside a paragraph (including no-break spaces) are
collapsed to one space; empty paragraphs are dropped.

Usage (from devset/places17):
  python3 tools/extract_pages.py PATH/TO/wikinews_2019.csv
where the file is made with
  git --git-dir=/work/.mirror/vanatteveldt+wikinews/repo show 347254178bf343f3801aac1d03c41cc09c35decb:data/wikinews_2019.csv > wikinews_2019.csv
Standard library only."""
import csv, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
REPO, PATH, COMMIT = 'vanatteveldt/wikinews', 'data/wikinews_2019.csv', '347254178bf343f3801aac1d03c41cc09c35decb'
LICENCE = 'CC BY 2.5 (Wikinews)'
FROM = "the record's date column, which agrees with the article's own date line (removed from the body)"
# (record index in the CSV, 0-based after the header row; short name)
SEL = [
 (8, 'indonesian-tanker-vanishes'),
 (13, 'lion-air-voice-recorder'),
 (14, 'tony-mendez-argo-dies'),
 (25, 'babyninsky-bus-overturns'),
 (27, 'bishop-gutierrez-dies'),
 (33, 'francis-dsouza-dies'),
 (40, 'manafort-second-sentence'),
 (55, 'pope-abuse-reporting-law'),
 (60, 'nickey-iyambo-dies'),
 (70, 'louisiana-barry-emergency'),
 (91, 'hurricane-dorian-bahamas'),
 (107, 'humberto-upgraded-hurricane'),
 (110, 'humberto-approaches-bermuda'),
 (158, 'grayback-wreck-okinawa'),
 (165, 'thunberg-person-of-year'),
 (169, 'typhoon-phanfone-philippines'),
]
END = re.compile(r'^\s*(==\s*)?(Sources|Related [Nn]ews|Related articles|Sister links|References|External links)(\s*==)?\s*$')
JUNK = re.compile(r'^\s*(__NOTOC__|(left|right)\|[^ ]*)\s*')
DATELINE = re.compile(r'^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([A-Z][a-z]+) (\d{1,2}), (\d{4})$')

def clean_para(p):
    p = JUNK.sub('', p)
    p = p.replace("'''", '').replace("''", '')
    return re.sub(r'\s+', ' ', p).strip()

def body(text, date):
    paras = []
    for block in re.split(r'\n\s*\n', text):
        if any(END.match(l) or l.startswith('Category:') for l in block.split('\n')):
            break
        p = clean_para(block)
        if p:
            paras.append(p)
    m = DATELINE.match(paras[0])
    assert m, paras[0]
    d = datetime.datetime.strptime(f'{m.group(2)} {m.group(3)} {m.group(4)}', '%B %d %Y').date().isoformat()
    assert d == date, (d, date)
    return paras[1:]

def main(csv_path):
    csv.field_size_limit(10 ** 9)
    rows = list(csv.DictReader(open(csv_path, encoding='utf-8', newline='')))
    pages = []
    for i, short in SEL:
        r = rows[i]
        date = r['date'][:10]
        title, paras = r['title'].strip(), body(r['text'], date)
        url = r['url'].replace('https://en.wikinews.org//wiki/', 'https://en.wikinews.org/wiki/')
        meta = {'url': url, 'repository': REPO, 'path': PATH, 'record': i, 'commit': COMMIT,
                'licence': LICENCE, 'published_from': FROM}
        pages.append((date, i, short, title, paras, meta))
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
