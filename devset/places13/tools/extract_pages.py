#!/usr/bin/env python3
"""Extract the thirteenth place set's Wikipedia Current Events Portal summaries into text pages, in the layout of
devset/events/tools/extract_pages.py (date line, blank line, title, blank line, paragraphs), numbered by
date (then by record id). Each page holds one summary, so every page has one paragraph.

Source: igorbrigadir/newsir16-data, file wikipedia/wikitimes_CEP.json (commit
cae620875bd351b5e05391d92616faf8bafbba1f; the file was last changed in 511042599fd81b073527ab55a5f1a9639be46f01):
the events of Wikipedia's Current Events Portal for September 2015 as indexed by WikiTimes (Tran and Alrifai
2014), one JSON object an event with id, date, description (the portal's summary, links reduced to their
text, citations removed), category and the linked entities and news sources. Only `id`, `date`,
`description` and `category` are read; the news sources are not used. The title line is the portal category
only (it names no country or place); the short names in the file names name no country or place either.
Only records not used by devset/places12 are taken.

Text changes (the only ones): runs of white space are collapsed to one space, and the trailing run of
spaces and commas that the source leaves where the portal's citation links were (", , ") is removed.

Usage (from devset/places13):
  git -C MIRROR show cae620875bd351b5e05391d92616faf8bafbba1f:wikipedia/wikitimes_CEP.json > /tmp/cep.json
  python3 tools/extract_pages.py /tmp/cep.json"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
REPO, PATH, COMMIT = 'igorbrigadir/newsir16-data', 'wikipedia/wikitimes_CEP.json', 'cae620875bd351b5e05391d92616faf8bafbba1f'
FILE_COMMIT = '511042599fd81b073527ab55a5f1a9639be46f01'
CAT = {'War_Conflict': 'Armed conflicts and attacks', 'Disaster_Accident': 'Disasters and accidents',
       'Law_Crime': 'Law and crime', 'Politics': 'Politics and elections',
       'International_Relation': 'International relations'}
LICENCE = ('CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/); attribution: '
           'Wikipedia contributors, Portal:Current events')
# (record id, short name); the short names and titles are written so as not to name a country or place
SEL = [
 ('56657', 'ancient-temple-destroyed'),
 ('56659', 'drone-attack-militants'),
 ('56669', 'indigenous-evacuation'),
 ('56676', 'governorate-car-bomb'),
 ('56678', 'apartment-fire-arson-arrest'),
 ('56684', 'judge-orders-president-detained'),
 ('56695', 'clerk-jailed-contempt'),
 ('56698', 'militia-offices-raided'),
 ('56699', 'peacekeepers-roadside-bombs'),
 ('56711', 'tourist-bus-collision'),
 ('56718', 'militants-seize-two-towns'),
 ('56725', 'rally-crash-spectators'),
 ('56732', 'reform-council-rejects-constitution'),
 ('56737', 'migrants-break-out-holding-center'),
 ('56756', 'hospital-evacuated-flood'),
 ('56776', 'city-clashes-under-siege'),
 ('56777', 'air-strikes-political-leaders'),
 ('56801', 'court-convicts-train-bombers'),
 ('56813', 'settlers-palestinians-clash'),
 ('56828', 'islamic-school-collapse'),
 ('56843', 'taliban-storm-prison'),
 ('56850', 'governor-revokes-base-approval'),
 ('56853', 'airspace-violation-accusation'),
 ('56860', 'houthis-seize-town'),
 ('56865', 'floatplane-crash'),
 ('56880', 'riot-police-migrants-clash'),
 ('56887', 'barrel-bombs-town'),
 ('56890', 'earthquake-survivors-sleep-outside'),
 ('56929', 'flash-floods-capital'),
 ('56944', 'triple-explosions-city'),
 ('56958', 'car-bomb-presidential-palace'),
 ('56976', 'army-arrives-capital-coup'),
 ('56997', 'journalists-pardoned'),
 ('56999', 'mosque-bombing-eid'),
 ('57024', 'soldiers-killed-disputed-region'),
 ('57026', 'smuggler-killed-special-forces'),
 ('57039', 'coordinated-attacks-province'),
 ('57051', 'italian-man-killed'),
 ('57068', 'prisoners-escape-jail'),
 ('57073', 'parcel-bomb-explosions'),
]

def clean(s):
    return re.sub(r'[\s,]+$', '', ' '.join(s.split()))

def main(path):
    recs = {e['id']: e for e in json.load(open(path, encoding='utf-8'))}
    pages = []
    for rid, short in SEL:
        e = recs[rid]; cat = CAT[e['category']['name']]
        date = e['date']; y, m, d = date.split('-')
        month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                 'October', 'November', 'December'][int(m) - 1]
        url = f'https://en.wikipedia.org/wiki/Portal:Current_events/{y}_{month}_{int(d)}'
        pages.append((date, int(rid), short, cat, clean(e['description']),
                      {'url': url, 'repository': REPO, 'path': PATH, 'record': f'id {rid}',
                       'category': e['category']['name'], 'commit': COMMIT, 'file_commit': FILE_COMMIT,
                       'licence': LICENCE}))
    pages.sort(key=lambda p: (p[0], p[1]))
    os.makedirs(os.path.join(ROOT, 'pages'), exist_ok=True)
    for old in os.listdir(os.path.join(ROOT, 'pages')):
        os.remove(os.path.join(ROOT, 'pages', old))
    sources = []
    for n, (date, _, short, title, body, meta) in enumerate(pages, 1):
        fn = f'{n:03d}-{short}.txt'
        with open(os.path.join(ROOT, 'pages', fn), 'w', encoding='utf-8') as f:
            f.write(f'{date}\n\n{title}\n\n{body}\n')
        sources.append({'file': fn, 'title': title, 'published': date, **meta})
    with open(os.path.join(ROOT, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(sources), 'pages')

if __name__ == '__main__':
    main(sys.argv[1])
