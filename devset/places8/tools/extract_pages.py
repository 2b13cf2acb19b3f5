#!/usr/bin/env python3
"""Extract the eighth place set's English Wikinews articles into text pages, in the layout of
devset/events/tools/extract_pages.py (date line, blank line, title, blank line, paragraphs), numbered by
date over both sources. Neither source keeps paragraph breaks, so every page has one paragraph.

Source A: dimitrakatseli/Wikinews at commit 06264e6a462ecc27ecd28aa0185be9a70fa0393c, file
data/english.json: a JSON array of 50 records {"bestTitle", "content"} that its program drew at random
from the Wikinews API. Each record's content is one line: the article's text with links, templates and
paragraph breaks already dropped by that program. The records carry no date or URL: the URL is made from
the title, and the date line is the date of the event as the annotator knows it (see README.md).
Cleaning (wording unchanged): the text is cut at its first "==" heading (Sources, References, Related
news, Earlier stories, Gallery, with the categories after them); HTML tags and the Toronto record's
trailing update box are dropped; wiki bold/italic quotes ('' and ''') and external-link brackets
([http://... text] -> text) are removed; image captions left in the text (CAPTIONS) are dropped; spaces
are collapsed.

Source B: WetBoots12/DoubleCheck, file classifier/train/wikinews/labelled.csv (commit
0114b12cd2d59200e3fa147199103fa907ff16da): English Wikinews articles split into sentences, one CSV row a
sentence (sentence_id = pageid_n, text, Verdict, title, url, date, topics). A page is the sentences of
one pageid in the order of n, joined by single spaces; its date line is the row's date (the Wikinews
publication date) and its URL the row's url. No snapshot of this repository could be fetched here; the
file was read through the file index, so this script needs a copy of that file.

Usage (from devset/places8):
  python3 tools/extract_pages.py /work/.mirror/dimitrakatseli+Wikinews/repo PATH/TO/labelled.csv"""
import csv, datetime, json, os, re, subprocess, sys, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
A_REPO, A_PATH, A_COMMIT = 'dimitrakatseli/Wikinews', 'data/english.json', '06264e6a462ecc27ecd28aa0185be9a70fa0393c'
B_REPO, B_PATH, B_COMMIT = 'WetBoots12/DoubleCheck', 'classifier/train/wikinews/labelled.csv', '0114b12cd2d59200e3fa147199103fa907ff16da'
EVENT_DATE = 'not in the source record; the date of the event as the annotator knows it'

# source A: (record index counted from 0, short name, date, published_from)
SEL_A = [
 (23, 'ipswich-murgon-ferguson-protests', '2005-01-28', EVENT_DATE),
 (44, 'hurricane-rita-new-orleans-levees', '2005-09-23', EVENT_DATE),
 (18, 'varanasi-suspect-killed-handwara', '2006-04-05', EVENT_DATE),
 (1, 'assam-ulfa-blasts-pipelines', '2006-11-04', EVENT_DATE),
 (41, 'toronto-school-shooting', '2007-05-23', EVENT_DATE),
 (27, 'kolkata-necklace-thief', '2007-08-03', EVENT_DATE),
 (21, 'philippines-storm-dante', '2009-05-03', 'not in the source record; the publication date of the same article (pageid 125891) in '
     'WetBoots12/DoubleCheck classifier/train/wikinews/sources.csv at commit f813118aed7fe8f90e07f5717ff7e99f2b7f9c7f'),
 (3, 'filitsa-hijacked-seychelles', '2009-11-11', EVENT_DATE),
 (31, 'hyde-edl-march-ban', '2012-02-10', EVENT_DATE),
 (28, 'bales-charged-afghan-killings', '2012-03-23', EVENT_DATE),
 (39, 'colorado-springs-naacp-explosion', '2015-01-07', EVENT_DATE),
]
# source B: (pageid, short name); the date comes from the file
SEL_B = [
 (6021, 'beirut-new-jdeideh-car-bomb'), (39554, 'zabul-indian-engineer-kidnapped'),
 (59376, 'washington-iraq-war-protest'), (106526, 'exeter-restaurant-bomb'),
 (109383, 'chisinau-romanian-minister-visit'), (109826, 'okazaki-bus-hijack'),
 (123713, 'pilibhit-varun-gandhi-charged'), (130996, 'arctic-sea-hijackers-detained'),
 (146674, 'ramadi-double-suicide-bombing'), (151802, 'north-waziristan-drone-strikes'),
 (174420, 'kohat-kacha-pukha-camp-bombing'), (185594, 'pichilemu-earthquake'),
 (255174, 'abidjan-gbagbo-forces-fighting'), (2798077, 'karnataka-bandh-kaveri'),
]
CAPTIONS = {
 28: ['US Army Staff Sargeant Robert Bales '],
 31: ['A masked protestor and a police officer at an English Defence League march in Newcastle. '],
 44: ['3-day forecast path. '],
}
PD_BEFORE = '2005-09-25'  # the public-domain cut-off of Wikinews

def clean_a(i, text):
    text = re.split(r'\s*==', text, 1)[0]
    text = re.split(r'<br\s*/?>', text, 1)[0]
    text = re.sub(r'<[^>]+>', '', text)
    text = re.sub(r"'{2,}", '', text)
    text = re.sub(r'\[https?://\S+ ([^\]]+)\]', r'\1', text)
    text = re.sub(r'\[https?://[^\]]+\]', '', text)
    for c in CAPTIONS.get(i, []):
        assert text.count(c) == 1, (i, c)
        text = text.replace(c, '', 1)
    return re.sub(r'[ \t]+', ' ', text).strip()

def git_dir(p):
    return os.path.join(p, '.git') if os.path.isdir(os.path.join(p, '.git')) else p

def licence(date):
    return 'public domain (Wikinews article published before 25 September 2005)' if date < PD_BEFORE else 'CC BY 2.5 (Wikinews)'

def main(mirror_a, csv_b):
    pages = []
    recs = json.loads(subprocess.run(['git', '--git-dir', git_dir(mirror_a), 'show', f'{A_COMMIT}:{A_PATH}'],
                                     check=True, capture_output=True).stdout.decode('utf-8'))
    for i, short, date, pub_from in SEL_A:
        title = recs[i]['bestTitle'].strip()
        url = 'https://en.wikinews.org/wiki/' + urllib.parse.quote(title.replace(' ', '_'), safe="_-.,()'!:/")
        pages.append((date, short, title, clean_a(i, recs[i]['content']),
                      {'url': url, 'repository': A_REPO, 'path': A_PATH, 'record': i, 'commit': A_COMMIT,
                       'licence': licence(date), 'published_from': pub_from}))
    rows = {}
    with open(csv_b, newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            pid, n = r['sentence_id'].rsplit('_', 1)
            rows.setdefault(int(pid), []).append((int(n), r))
    for pid, short in SEL_B:
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
    main(sys.argv[1], sys.argv[2])
