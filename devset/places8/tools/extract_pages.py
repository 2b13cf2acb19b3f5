#!/usr/bin/env python3
"""Extract the eighth place set's English Wikinews articles into text pages, in the layout of
devset/events/tools/extract_pages.py (date line, blank line, title, blank line, paragraphs).

Source: dimitrakatseli/Wikinews at commit 06264e6a462ecc27ecd28aa0185be9a70fa0393c, file
data/english.json: a JSON array of 50 records {"bestTitle", "content"} that its program drew at random
from the Wikinews API (no earlier place set used this repository). Each record's content is one line:
the article's text with links, templates and paragraph breaks already dropped by that program, so each
page has a single paragraph. The records carry no date or URL: the URL is made from the title, and the
date line is the date of the event as the annotator knows it (see README.md).

Cleaning (wording unchanged): the text is cut at its first "==" heading (Sources, References, Related
news, Earlier stories, Gallery, with the categories after them); HTML tags and the Toronto record's
trailing update box are dropped; wiki bold/italic quotes ('' and ''') and external-link brackets
([http://... text] -> text) are removed; image captions left in the text (listed in CAPTIONS) are
dropped; spaces are collapsed.
Usage (from devset/places8): python3 tools/extract_pages.py /work/.mirror/dimitrakatseli+Wikinews/repo"""
import json, os, re, subprocess, sys, urllib.parse

REPO, PATH, COMMIT = 'dimitrakatseli/Wikinews', 'data/english.json', '06264e6a462ecc27ecd28aa0185be9a70fa0393c'
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)

# (record index counted from 0, short name, the event's date as the annotator knows it)
SEL = [
 (23, 'ipswich-murgon-ferguson-protests', '2005-01-28'), (26, 'iraq-talabani-elected', '2005-04-06'),
 (44, 'hurricane-rita-new-orleans-levees', '2005-09-23'), (18, 'varanasi-suspect-killed-handwara', '2006-04-05'),
 (1, 'assam-ulfa-blasts-pipelines', '2006-11-04'), (41, 'toronto-school-shooting', '2007-05-23'),
 (27, 'kolkata-necklace-thief', '2007-08-03'), (21, 'philippines-storm-dante', '2009-05-04'),
 (3, 'filitsa-hijacked-seychelles', '2009-11-11'), (31, 'hyde-edl-march-ban', '2012-02-10'),
 (28, 'bales-charged-afghan-killings', '2012-03-23'), (22, 'senate-gun-background-checks', '2013-04-17'),
 (39, 'colorado-springs-naacp-explosion', '2015-01-07'),
]
# image captions left at the start of (or inside) a record's text
CAPTIONS = {
 28: ['US Army Staff Sargeant Robert Bales '],
 31: ['A masked protestor and a police officer at an English Defence League march in Newcastle. '],
 22: ['President Barack Obama. '],
 44: ['3-day forecast path. '],
}
# the public-domain cut-off of Wikinews
PD_BEFORE = '2005-09-25'

def clean(i, text):
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

def main(mirror):
    raw = subprocess.run(['git', '--git-dir', mirror if mirror.endswith('.git') or not os.path.isdir(os.path.join(mirror, '.git')) else os.path.join(mirror, '.git'),
                          'show', f'{COMMIT}:{PATH}'], check=True, capture_output=True).stdout
    recs = json.loads(raw.decode('utf-8'))
    os.makedirs(os.path.join(ROOT, 'pages'), exist_ok=True)
    sources = []
    for n, (i, short, date) in enumerate(SEL, 1):
        rec = recs[i]; title = rec['bestTitle'].strip(); body = clean(i, rec['content'])
        fn = f'{n:03d}-{short}.txt'
        with open(os.path.join(ROOT, 'pages', fn), 'w', encoding='utf-8') as f:
            f.write(f'{date}\n\n{title}\n\n{body}\n')
        url = 'https://en.wikinews.org/wiki/' + urllib.parse.quote(title.replace(' ', '_'), safe="_-.,()'!:/")
        sources.append({'file': fn, 'title': title, 'published': date, 'url': url, 'repository': REPO, 'path': PATH,
                        'record': i, 'commit': COMMIT,
                        'licence': 'public domain (Wikinews article published before 25 September 2005)' if date < PD_BEFORE else 'CC BY 2.5 (Wikinews)',
                        'published_from': 'not in the source record; the date of the event as the annotator knows it'})
    with open(os.path.join(ROOT, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(sources), 'pages')

if __name__ == '__main__':
    main(sys.argv[1])
