#!/usr/bin/env python3
"""Extract the fourteenth place set's Wikipedia Current Events Portal summaries into text pages, in the layout of
devset/events/tools/extract_pages.py (date line, blank line, title, blank line, paragraphs), numbered by
date (then by record id). Each page holds one summary, so every page has one paragraph.

Source: igorbrigadir/newsir16-data, file wikipedia/wikitimes_CEP.json (commit
cae620875bd351b5e05391d92616faf8bafbba1f; the file was last changed in 511042599fd81b073527ab55a5f1a9639be46f01):
the events of Wikipedia's Current Events Portal for September 2015 as indexed by WikiTimes (Tran and Alrifai
2014), one JSON object an event with id, date, description (the portal's summary, links reduced to their
text, citations removed), category and the linked entities and news sources. Only `id`, `date`,
`description` and `category` are read; the news sources are not used. The title line is the portal category
only (it names no country or place); the short names in the file names name no country or place either.
Only records not used by devset/places12 or devset/places13 are taken (all of them summaries that
devset/places13/skipped.tsv lists as left for a reason other than having no placed event or repeating a story).

Text changes (the only ones): runs of white space are collapsed to one space, and the trailing run of
spaces and commas that the source leaves where the portal's citation links were (", , ") is removed.

Usage (from devset/places14):
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
 ('56665', 'refugees-arrive-station-aid'),
 ('56700', 'arms-depot-explosion'),
 ('56716', 'rebels-jihadists-battle'),
 ('56717', 'clashes-death-toll'),
 ('56739', 'carnival-shooting-lawyer'),
 ('56755', 'sandstorm-deaths'),
 ('56767', 'rebels-seize-airport'),
 ('56779', 'rail-services-reopened'),
 ('56794', 'floods-landslides-storm'),
 ('56810', 'militants-seize-military-bases'),
 ('56812', 'offensive-insurgents-killed'),
 ('56815', 'train-derailment'),
 ('56827', 'city-explosion'),
 ('56833', 'police-protesters-mosque'),
 ('56840', 'troops-killed-border-clashes'),
 ('56848', 'tropical-storm-landfall'),
 ('56849', 'flash-flood-town'),
 ('56859', 'army-rescues-women-children'),
 ('56874', 'county-floods'),
 ('56902', 'legislators-fist-fights'),
 ('56916', 'border-crossings-closed'),
 ('56931', 'boat-sinks-girl-dies'),
 ('56949', 'ferry-dinghy-collision'),
 ('56959', 'car-bomb-capital'),
 ('56969', 'extradition-hearing'),
 ('56978', 'troops-raid-hostages'),
 ('57005', 'pilgrimage-stampede'),
 ('57016', 'offshore-earthquake'),
 ('57027', 'fighting-and-airstrikes'),
 ('57031', 'mosque-fire'),
 ('57034', 'cultural-destruction-trial'),
 ('57040', 'first-air-strikes-camp'),
 ('57041', 'weekend-fighting-deaths'),
 ('57048', 'provincial-capital-seized'),
 ('57049', 'wedding-party-air-strike'),
 ('57056', 'opposition-protest-rally'),
 ('57063', 'police-officers-gunned-down'),
 ('57064', 'rocket-intercepted'),
 ('57065', 'presidential-guard-crushed'),
 ('57084', 'fugitive-arrested'),
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
