#!/usr/bin/env python3
"""Extract the seventy-fifth place set's English Wikinews articles into text pages, in the layout of
devset/places72 (date line, blank line, title, blank line, paragraphs separated by blank lines), numbered by
date.

Source: vanatteveldt/wikinews (commit 347254178bf343f3801aac1d03c41cc09c35decb, the snapshot's HEAD),
data/wikinews_2019.csv and data/wikinews_2020.csv: one record a row with url, date, title and text (CC BY 2.5,
as the repository's README and LICENSE.md state for the Wikinews articles). The 2019 texts begin with the
article's printed date ("Sunday, January 6, 2019"), which is used as the date line as printed; the 2020 texts
carry no printed date, and their date line is the CSV's `date` column (ISO, "2020-01-15"), as
devset/events does for its 2020 pages.

Changes made here, and only these: the leading printed date of the 2019 texts is moved to the date line; a
trailing Sources / References / External links (and the like) section, if any, is cut with all after it;
pull-quote attribution lines (starting with "—"), map legend lines ("██ ...") and image captions ("... Image:
name.") are dropped if any (none occur in the 12 texts); runs of white space (with no-break spaces) inside a
paragraph are collapsed to one space; empty paragraphs are dropped. The URL's doubled slash
("https://en.wikinews.org//wiki/...") is written as a single one in sources.json.

Usage (from devset/places75):
  python3 tools/extract_pages.py CSV_DIR
where CSV_DIR holds wikinews_2019.csv and wikinews_2020.csv, made with
  git --git-dir=/work/.mirror/vanatteveldt+wikinews/repo show 347254178bf343f3801aac1d03c41cc09c35decb:data/wikinews_2019.csv > CSV_DIR/wikinews_2019.csv
(and the same for 2020). Standard library only."""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
REPO, COMMIT = 'vanatteveldt/wikinews', '347254178bf343f3801aac1d03c41cc09c35decb'
# (year, row index among the CSV's data rows, counted from 0, short name)
SEL = [
 (2019, 4, 'cruz-term-limits-amendment'),
 (2019, 46, 'facebook-records-exposed'),
 (2019, 90, 'gillibrand-ends-bid'),
 (2019, 146, 'elijah-cummings-dies'),
 (2019, 147, 'arapaho-buffalo-wyoming'),
 (2020, 9, 'house-impeachment-articles-vote'),
 (2020, 31, 'biden-wins-three-primaries'),
 (2020, 33, 'nba-suspends-season'),
 (2020, 42, 'covid-one-million-worldwide'),
 (2020, 49, 'warren-endorses-biden'),
 (2020, 68, 'tesco-sells-polish-branch'),
 (2020, 81, 'biden-picks-harris'),
]
DATELINE = re.compile(r'^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}$')
END = re.compile(r'^\s*(==\s*)?(Sources|Related [Nn]ews|Related articles|Sister links|See also|References|External links)(\s*==)?\s*$')
DROP = re.compile(r'^(—|██)|Image: [^.]*\.$')


def paragraphs(text):
    out = []
    for p in re.split(r'\n\s*\n', text):
        p = re.sub(r'\s+', ' ', p.replace('\xa0', ' ')).strip()
        if not p: continue
        if END.match(p): break
        if DROP.search(p): continue
        out.append(p)
    return out


def main(csv_dir):
    csv.field_size_limit(10 ** 9)
    rows = {y: list(csv.DictReader(open(os.path.join(csv_dir, f'wikinews_{y}.csv'), encoding='utf-8')))
            for y in (2019, 2020)}
    pages = []
    for y, i, short in SEL:
        r = rows[y][i]
        paras = paragraphs(r['text'])
        iso = r['date'].strip()[:10]
        if paras and DATELINE.match(paras[0]):
            dateline, paras = paras[0], paras[1:]
            how = 'the article\'s own printed date (first line of the CSV text); ISO date from the CSV `date` column'
        else:
            dateline = iso
            how = 'no printed date in the CSV text; the CSV `date` column (ISO), as devset/events does for 2020'
        url = r['url'].strip().replace('https://en.wikinews.org//wiki/', 'https://en.wikinews.org/wiki/')
        meta = {'url': url, 'repository': REPO, 'path': f'data/wikinews_{y}.csv', 'row': i, 'commit': COMMIT,
                'licence': 'CC BY 2.5 (Wikinews)', 'published_from': how}
        pages.append((iso, short, dateline, r['title'].strip(), paras, meta))
    pages.sort(key=lambda p: (p[0], p[1]))
    os.makedirs(os.path.join(ROOT, 'pages'), exist_ok=True)
    for old in os.listdir(os.path.join(ROOT, 'pages')):
        os.remove(os.path.join(ROOT, 'pages', old))
    sources = []
    for n, (iso, short, dateline, title, paras, meta) in enumerate(pages, 1):
        fn = f'{n:03d}-{short}.txt'
        with open(os.path.join(ROOT, 'pages', fn), 'w', encoding='utf-8') as f:
            f.write(f'{dateline}\n\n{title}\n\n' + '\n\n'.join(paras) + '\n')
        sources.append({'file': fn, 'title': title, 'published': iso, **meta})
    with open(os.path.join(ROOT, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(sources), 'pages')


if __name__ == '__main__':
    main(sys.argv[1])
