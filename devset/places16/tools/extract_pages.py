#!/usr/bin/env python3
"""Extract the sixteenth place set's English Wikinews articles into text pages, in the layout of
devset/places15 (date line, blank line, title, blank line, paragraphs), numbered by date.

Source (the records carry no publication date; the date line is the date of the article as the annotator
knows it, see sources.json `published_from`):
- TanjotSingh25/CrisisLenz, good_candidates.json and bad_candidates.json (commit
  7b7b73c0876cb80f00bb726b5e2a3e80c31164e3): Wikinews articles with `title`, `url` and `body` (paragraphs
  separated by newlines; wiki links whose text was a link were dropped by the source, which leaves gaps such
  as "in the city of , Morocco"; they are kept as they come).

Changes made here, and only these: image-layout leftovers ("left|200px|", "__NOTOC__"), the trailing
sections (Sources, Related news, Related articles, Sister links, References, External links) with the
categories and interlanguage links after them, and bold/italic quote marks ('' and ''') are removed; runs of
white space inside a paragraph are collapsed to one space; empty paragraphs are dropped. Page-internal
section headings that CrisisLenz kept as lines of their own (" U.S. president ", " Egyptian president " in
the Dahab page) are kept as paragraphs, as they come.

Usage (from devset/places16):
  python3 tools/extract_pages.py CRISISLENZ_DIR
where CRISISLENZ_DIR holds good_candidates.json and bad_candidates.json, e.g. made with
  git --git-dir=... show 7b7b73c0876cb80f00bb726b5e2a3e80c31164e3:good_candidates.json > DIR/good_candidates.json"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CL_REPO, CL_COMMIT = 'TanjotSingh25/CrisisLenz', '7b7b73c0876cb80f00bb726b5e2a3e80c31164e3'
PD_BEFORE = '2005-09-25'  # the public-domain cut-off of Wikinews
KNOWN = 'not in the source record; the date of the article as the annotator knows it'
# (source file, record index, date, short name, note on the date or None)
SEL = [
 ('bad_candidates.json', 29, '2004-12-01', 'ukraine-parliament-no-confidence', 'the source\'s category line "December 1, 2004"'),
 ('good_candidates.json', 155, '2005-07-09', 'hurricane-dennis-cuba-haiti', 'the page\'s own "As of 9 July 2005"'),
 ('good_candidates.json', 90, '2006-04-25', 'dahab-bombings-condemned', 'approximate (the bombings were on Monday 24 April; within a day)'),
 ('good_candidates.json', 126, '2006-10-01', 'rainbow-warrior-royal-suspect', 'approximate (the annotator is not sure of the week; late September or early October 2006)'),
 ('good_candidates.json', 102, '2007-02-19', 'samjhauta-express-bombing', None),
 ('good_candidates.json', 47, '2009-10-25', 'baghdad-ministry-car-bombs', None),
 ('good_candidates.json', 128, '2009-12-04', 'rawalpindi-mosque-attack', None),
 ('good_candidates.json', 163, '2010-07-15', 'zahedan-mosque-bombings', None),
 ('good_candidates.json', 31, '2010-10-27', 'mentawai-tsunami', 'approximate (within a day)'),
 ('good_candidates.json', 19, '2011-03-12', 'fukushima-plant-explosion', None),
 ('good_candidates.json', 116, '2011-04-28', 'marrakech-cafe-bombing', None),
 ('good_candidates.json', 75, '2011-05-22', 'karachi-naval-base-attack', 'approximate (within a day)'),
 ('good_candidates.json', 133, '2015-04-09', 'tsarnaev-guilty-verdict', None),
 ('good_candidates.json', 32, '2015-10-13', 'jerusalem-bus-attack', None),
]
END = re.compile(r'^\s*(==\s*)?(Sources|Related [Nn]ews|Related articles|Sister links|References|External links)(\s*==)?\s*$')
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
