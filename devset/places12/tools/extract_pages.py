#!/usr/bin/env python3
"""Extract the twelfth place set's Wikipedia Current Events Portal summaries into text pages, in the layout of
devset/events/tools/extract_pages.py (date line, blank line, title, blank line, paragraphs), numbered by
date (then by record id). Each page holds one summary, so every page has one paragraph.

Source: igorbrigadir/newsir16-data, file wikipedia/wikitimes_CEP.json (commit
cae620875bd351b5e05391d92616faf8bafbba1f; the file was last changed in 511042599fd81b073527ab55a5f1a9639be46f01):
the events of Wikipedia's Current Events Portal for September 2015 as indexed by WikiTimes (Tran and Alrifai
2014), one JSON object an event with id, date, description (the portal's summary, links reduced to their
text, citations removed), category and the linked entities and news sources. Only `id`, `date`,
`description` and `category` are read; the news sources are not used. The title line is written by the
annotator (the portal category and the country), not taken from the source.

Text changes (the only ones): runs of white space are collapsed to one space, and the trailing run of
spaces and commas that the source leaves where the portal's citation links were (", , ") is removed.

Usage (from devset/places12):
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
# (record id, short name, the title's country part, written by the annotator)
SEL = [
 ('56658', 'somalia-janaale-au-compound-attack', 'Somalia'),
 ('56662', 'china-dongying-chemical-plant-blast', 'China'),
 ('56664', 'hungary-keleti-station-closed', 'Hungary'),
 ('56668', 'usa-fox-lake-officer-killed-manhunt', 'United States'),
 ('56670', 'guatemala-congress-strips-perez-immunity', 'Guatemala'),
 ('56675', 'iraq-turkish-workers-kidnapped', 'Iraq'),
 ('56680', 'india-manipur-land-bill-riots', 'India'),
 ('56690', 'malaysia-migrant-boat-sinks', 'Malaysia'),
 ('56694', 'thailand-bombing-suspect-arrested', 'Thailand'),
 ('56702', 'tajikistan-dushanbe-clashes', 'Tajikistan'),
 ('56715', 'afghanistan-balkh-hazara-killings', 'Afghanistan'),
 ('56723', 'south-korea-fishing-boat-capsizes', 'South Korea'),
 ('56741', 'trinidad-tobago-election', 'Trinidad and Tobago'),
 ('56747', 'turkey-igdir-minibus-bombing', 'Turkey'),
 ('56751', 'yemen-hudaydah-air-raid-indians-killed', 'Yemen'),
 ('56760', 'south-africa-limpopo-mining-jobs-protest', 'South Africa'),
 ('56773', 'israel-reopens-cairo-embassy', 'Israel and Egypt'),
 ('56784', 'azerbaijan-ismayilova-jailed', 'Azerbaijan'),
 ('56785', 'venezuela-lopez-sentenced', 'Venezuela'),
 ('56790', 'nigeria-yola-camp-bomb', 'Nigeria'),
 ('56792', 'burundi-army-chief-attack', 'Burundi'),
 ('56795', 'saudi-arabia-mecca-crane-collapse', 'Saudi Arabia'),
 ('56811', 'india-china-ladakh-face-off', 'India and China'),
 ('56817', 'india-petlawad-explosions', 'India'),
 ('56824', 'egypt-mexican-tourists-shot', 'Egypt'),
 ('56829', 'greece-farmakonissi-refugee-boat-sinks', 'Greece'),
 ('56866', 'france-pelvoux-avalanche', 'France'),
 ('56870', 'macedonia-special-prosecutor', 'Macedonia'),
 ('56872', 'burkina-faso-leaders-detained', 'Burkina Faso'),
 ('56877', 'chile-earthquake', 'Chile'),
 ('56892', 'south-sudan-tanker-explosion', 'South Sudan'),
 ('56905', 'pakistan-peshawar-air-base-attack', 'Pakistan'),
 ('56918', 'venezuela-su30-crash-colombian-border', 'Venezuela'),
 ('56935', 'hungary-croatian-train-seized', 'Hungary and Croatia'),
 ('56956', 'syria-aleppo-market-missiles', 'Syria'),
 ('56961', 'philippines-resort-abduction', 'Philippines'),
 ('57000', 'armenia-tavush-shelling', 'Armenia and Azerbaijan'),
 ('57038', 'car-bangui-clashes', 'Central African Republic'),
 ('57045', 'spain-catalonia-election', 'Spain'),
 ('57079', 'netherlands-groningen-earthquake', 'Netherlands'),
]

def clean(s):
    return re.sub(r'[\s,]+$', '', ' '.join(s.split()))

def main(path):
    recs = {e['id']: e for e in json.load(open(path, encoding='utf-8'))}
    pages = []
    for rid, short, country in SEL:
        e = recs[rid]; cat = CAT[e['category']['name']]
        date = e['date']; y, m, d = date.split('-')
        month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                 'October', 'November', 'December'][int(m) - 1]
        url = f'https://en.wikipedia.org/wiki/Portal:Current_events/{y}_{month}_{int(d)}'
        pages.append((date, int(rid), short, f'{cat}: {country}', clean(e['description']),
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
