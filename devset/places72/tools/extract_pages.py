#!/usr/bin/env python3
"""Extract the seventy-second place set's English Wikinews articles into text pages, in the layout of
devset/places21 (date line, blank line, title, blank line, paragraphs separated by blank lines), numbered by
date.

Source (the records carry no reliable publication date; the date line is the date of the article as the
annotator knows it, helped where the record has one by the source's own category or dateline, see sources.json
`published_from`):
- TanjotSingh25/CrisisLenz, bad_candidates.json only (commit bbf67b7ff89384b139f8bdc53291ef6f45b17992, the
  snapshot's HEAD; the file's blob 015fdefb85489add2152935c65c673560a86e21e is the same as at commit
  7b7b73c0876cb80f00bb726b5e2a3e80c31164e3, which earlier sets cite, so record numbers agree): Wikinews articles
  with `title`, `url` and `body` (paragraphs separated by newlines; wiki links whose text was a link were dropped
  by the source in many records, which leaves gaps such as "from the headquarters of , a subsidiary of , in .";
  they are kept as they come).

Changes made here, and only these: image-layout leftovers ("250px|right|<caption>.", "right|210px|",
"right|frame|<caption>.", "left|", "thumb", "__NOTOC__", "__NOEDITSECTION__"), the trailing sections (Sources,
Related news, Related Wikinews, Related articles, Sister links, See also, References, External links, In Depth)
with the categories and interlanguage links after them, and bold/italic quote marks ('' and ''') are removed;
runs of white space inside a paragraph are collapsed to one space; empty paragraphs are dropped. Page-internal
section headings and the lines of quoted poems that CrisisLenz kept as lines of their own are kept as
paragraphs, as they come.

Usage (from devset/places72):
  python3 tools/extract_pages.py CRISISLENZ_DIR
where CRISISLENZ_DIR holds bad_candidates.json, made with
  git --git-dir=/work/.mirror/TanjotSingh25+CrisisLenz/repo show bbf67b7ff89384b139f8bdc53291ef6f45b17992:bad_candidates.json > DIR/bad_candidates.json
Standard library only."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
CL_REPO, CL_COMMIT = 'TanjotSingh25/CrisisLenz', 'bbf67b7ff89384b139f8bdc53291ef6f45b17992'
PD_BEFORE = '2005-09-25'  # the public-domain cut-off of Wikinews
KNOWN = 'not in the source record; the date of the article as the annotator knows it'
# (source file, record index, date, short name, note on the date or None)
SEL = [
 ('bad_candidates.json', 10, '2004-11-16', 'dutch-blasphemy-proposal-rejected', 'approximate (after the murder of Theo van Gogh on 2 November 2004 and before the motion "on November 17" the page announces; mid-November 2004, within a few days)'),
 ('bad_candidates.json', 11, '2004-11-16', 'lula-meets-tran-duc-luong', 'approximate (the annotator does not know the day of the visit; the source keeps this record between articles of 16 and 17 November 2004; mid-November 2004, within a week)'),
 ('bad_candidates.json', 16, '2004-11-18', 'kyoto-treaty-binding', 'the page\'s own dateline "November 18 2004, Nairobi" and the source\'s category line "November 18, 2004"'),
 ('bad_candidates.json', 21, '2004-11-22', 'lula-meets-putin', 'Putin\'s visit to Brazil of 22 November 2004 (the source\'s Sources lines, cut here, cite two ABr reports of "November 22, 2004")'),
 ('bad_candidates.json', 23, '2004-11-26', 'waterman-murder-charges', 'approximate (the article was begun in late November 2004, after the arraignment of 20 November; the text the source holds is a later revision: its references run to 12 December 2004 and it mentions a trial date moved in early 2005; within a week for its beginning)'),
 ('bad_candidates.json', 40, '2004-12-12', 'likud-labour-coalition-talks', 'the source\'s category line "December 12, 2004"'),
 ('bad_candidates.json', 41, '2004-12-14', 'leavitt-health-secretary', 'the source\'s category line "December 14, 2004" (Bush named Leavitt on Monday 13 December 2004)'),
 ('bad_candidates.json', 50, '2004-12-21', 'northern-bank-robbery', 'the source\'s category line "December 21, 2004" (the robbery of Monday 20 December, "yesterday")'),
 ('bad_candidates.json', 56, '2004-12-28', 'michael-ross-competent', 'approximate (the competency hearing of late December 2004 as the annotator remembers it; within a few days)'),
 ('bad_candidates.json', 58, '2004-12-29', 'ohio-recount-subpoenas', 'approximate (after the recount "completed on December 28" and the depositions of 28 and 29 December; within a few days)'),
 ('bad_candidates.json', 66, '2005-01-01', 'idi-amin-northern-ireland', 'approximate (the National Archives\' release of papers under the thirty-year rule on 1 January 2005; within a few days)'),
 ('bad_candidates.json', 71, '2005-01-05', 'menchu-oas-nomination', 'approximate (the annotator does not know the day; the source keeps this record between articles of about 1 and 11 January 2005; early January 2005, within a week or two)'),
]
END = re.compile(r'^\s*(==\s*)?(Sources|Related [Nn]ews|Related [Ww]ikinews|Related articles|Sister links|See also|References|External links|External media|In Depth)(\s*==)?\s*$')
JUNK = re.compile(r'^\s*(__NOTOC__|__NOEDITSECTION__|\d+px\|(left|right)\|[^.]*\.|thumb(nail)?\|(left|right)?\|[^|]*\|[^.]*\.|(left|right)\|frame\|[^.]*\.|(left|right)\|[^ ]*|thumb\b)\s*')

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
    data = {f: json.load(open(os.path.join(cl_dir, f), encoding='utf-8')) for f in ('bad_candidates.json',)}
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
