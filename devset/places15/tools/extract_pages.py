#!/usr/bin/env python3
"""Extract the fifteenth place set's English Wikinews articles into text pages, in the layout of
devset/places11 (date line, blank line, title, blank line, paragraphs), numbered by date.

Sources (neither record carries a publication date; the date line is the date of the article as the
annotator knows it, see sources.json `published_from`):
- TanjotSingh25/CrisisLenz, good_candidates.json and bad_candidates.json (commit
  7b7b73c0876cb80f00bb726b5e2a3e80c31164e3; the same blobs as at the head bbf67b7): Wikinews articles
  with `title`, `url` and `body` (paragraphs separated by newlines; wiki links whose text was a link were
  dropped by the source, which leaves gaps such as "in , China"; they are kept as they come).
- dimitrakatseli/Wikinews, data/english.json (commit 06264e6a462ecc27ecd28aa0185be9a70fa0393c): records
  with `bestTitle` and `content` (one paragraph, followed by ==Sources== and categories).

Changes made here, and only these: image-layout leftovers ("left|200px|", "__NOTOC__"), the trailing
sections (Sources, Related news, Sister links, References, External links) with the categories and
interlanguage links after them, and bold/italic quote marks ('' and ''') are removed; runs of white space
inside a paragraph are collapsed to one space; empty paragraphs are dropped.

Usage (from devset/places15):
  python3 tools/extract_pages.py CRISISLENZ_DIR PATH/TO/english.json
where CRISISLENZ_DIR holds good_candidates.json and bad_candidates.json, e.g. made with
  git --git-dir=... show 7b7b73c0876cb80f00bb726b5e2a3e80c31164e3:good_candidates.json > DIR/good_candidates.json"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CL_REPO, CL_COMMIT = 'TanjotSingh25/CrisisLenz', '7b7b73c0876cb80f00bb726b5e2a3e80c31164e3'
DK_REPO, DK_PATH, DK_COMMIT = 'dimitrakatseli/Wikinews', 'data/english.json', '06264e6a462ecc27ecd28aa0185be9a70fa0393c'
PD_BEFORE = '2005-09-25'  # the public-domain cut-off of Wikinews
KNOWN = 'not in the source record; the date of the article as the annotator knows it'
# (source file, record index, date, short name, note on the date or None)
SEL = [
 ('bad_candidates.json', 4, '2004-11-10', 'praia-grande-robinho-mother-kidnapped', None),
 ('bad_candidates.json', 6, '2004-11-15', 'rio-beira-mar-lawyers-arrested', None),
 ('bad_candidates.json', 8, '2004-11-15', 'macedonia-kostov-resigns', None),
 ('bad_candidates.json', 15, '2004-11-18', 'kanchi-seer-police-custody', 'the page\'s own first line'),
 ('english.json', 26, '2005-04-06', 'iraq-talabani-elected-president', None),
 ('good_candidates.json', 107, '2006-08-30', 'catak-van-pkk-bombings', 'approximate (within a few days)'),
 ('good_candidates.json', 60, '2007-04-11', 'algiers-double-bombing', None),
 ('good_candidates.json', 12, '2007-06-01', 'south-thailand-21-dead', 'approximate (the annotator is not sure of the week)'),
 ('good_candidates.json', 34, '2008-08-04', 'xinjiang-police-lorry-attack', None),
 ('good_candidates.json', 136, '2009-01-29', 'gaza-raids-rice-war-crimes', 'approximate (within a few days)'),
 ('good_candidates.json', 4, '2009-10-28', 'peshawar-market-car-bomb', None),
 ('good_candidates.json', 42, '2010-05-28', 'west-bengal-train-derailment', None),
 ('good_candidates.json', 37, '2010-09-11', 'copenhagen-hotel-explosion', 'approximate (within a day or two)'),
 ('good_candidates.json', 146, '2011-02-22', 'christchurch-earthquake', None),
 ('good_candidates.json', 157, '2011-06-10', 'mogadishu-interior-minister-killed', None),
 ('good_candidates.json', 11, '2014-03-02', 'kunming-station-knife-attack', None),
 ('good_candidates.json', 161, '2016-07-08', 'dallas-sniper-attack', None),
 ('good_candidates.json', 139, '2023-04-04', 'st-petersburg-cafe-bombing-charge', None),
 ('good_candidates.json', 55, '2024-03-15', 'odesa-missile-strike', None),
 ('good_candidates.json', 70, '2025-04-27', 'shahid-rajaee-port-explosion', None),
]
END = re.compile(r'^\s*(==\s*)?(Sources|Related [Nn]ews|Sister links|References|External links)(\s*==)?\s*$')
JUNK = re.compile(r'^\s*(__NOTOC__|(left|right)\|[^ ]*)\s*')

def licence(date):
    return 'public domain (Wikinews article published before 25 September 2005)' if date < PD_BEFORE else 'CC BY 2.5 (Wikinews)'

def clean_para(p):
    p = JUNK.sub('', p)
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

def dk_body(content):
    content = re.split(r'==\s*(Sources|Related news)\s*==|Category:', content)[0]
    return [clean_para(content)]

def main(cl_dir, dk_json):
    data = {f: json.load(open(os.path.join(cl_dir, f), encoding='utf-8')) for f in ('good_candidates.json', 'bad_candidates.json')}
    data['english.json'] = json.load(open(dk_json, encoding='utf-8'))
    pages = []
    for src, i, date, short, note in SEL:
        r = data[src][i]
        if src == 'english.json':
            title, paras = r['bestTitle'].strip(), dk_body(r['content'])
            url = 'https://en.wikinews.org/wiki/' + title.replace(' ', '_')
            meta = {'url': url, 'url_from': 'not in the source record; made from the title', 'repository': DK_REPO,
                    'path': DK_PATH, 'record': i, 'commit': DK_COMMIT}
        else:
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
    main(sys.argv[1], sys.argv[2])
