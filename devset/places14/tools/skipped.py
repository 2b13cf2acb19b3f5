#!/usr/bin/env python3
"""Write skipped.tsv: every summary of the five categories used by none of devset/places12, devset/places13 and
this set, with the reason it was left. The summaries devset/places13/skipped.tsv already marks as unusable (no
placed event of the five kinds, no place, the same story as another page) keep places13's reason, prefixed
"places13:"; the others (places13's candidates not chosen here) get this set's reason. Reasons were written
after the choice, from the notes of the pass. Usage (from devset/places14): python3 tools/skipped.py /tmp/cep.json"""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {'War_Conflict', 'Disaster_Accident', 'Law_Crime', 'Politics', 'International_Relation'}
UNUSABLE13 = ('no event', 'no place', 'names no place', 'same story')
NOSTORY = 'no event of the five kinds with a place on the page (announcement, statement, vote, ruling, policy or reaction)'
NOCOUNTRY = 'its place is a sea, a strait or a border with no country the page settles'
def cap(c, pages): return f'{c} already had {pages} (at most 3 pages a country, most countries kept to 1 or 2)'
R = {}
for i in ('56691', '56722', '56749', '56750', '56781', '56782', '56786', '56798', '56885', '56943', '56987',
          '57001', '57011', '57030', '57043', '56673', '56731', '56805', '56953', '57057', '56903', '56938',
          '56743', '56761', '56989'):
    R[i] = NOSTORY
for i in ('56701', '56789', '56930', '57042', '57044', '57075'):
    R[i] = NOCOUNTRY
for i in ('56748', '56775', '56908', '56924', '56942'): R[i] = cap('Syria', 'three pages (003, 007, 032)')
R['56924'] = 'same story as page 007 (Abu al-Duhur); Syria already had three pages'
for i in ('56769', '56808', '56841', '56842', '56886', '56926', '56960', '57037', '57050'):
    R[i] = 'Yemen: two pages taken (002, 035); more Yemen items left for variety'
for i in ('56909', '57023'): R[i] = cap('Saudi Arabia', 'three pages (010, 015, 027)')
for i in ('57014', '57032'): R[i] = 'same story as page 027 (the Hajj stampede)'
for i in ('56689', '56712', '56733', '56746', '56791', '56823', '56871', '56925'):
    R[i] = cap('Turkey', 'three pages (023, 029, 037)')
for i in ('56884', '57061'): R[i] = 'Iraq/Baghdad: one Baghdad page taken (024)'
for i in ('57062', '57071'): R[i] = 'same story as page 034 (Kunduz)'
for i in ('56834', '56904'): R[i] = 'Israel/Jerusalem: two Israel pages taken (014, 038)'
for i in ('56778', '56816'): R[i] = 'same story as page 009 (Tropical Storm Etau floods)'
for i in ('56800', '56847'): R[i] = 'Japan: two pages taken (009, 020)'
R['56891'] = 'same story as places13 page 028 (the Illapel earthquake)'
R['56864'] = 'same story as page 017 (the Hildale flood)'
R['56948'] = 'Lesbos: one page taken (022), same kind of story'
for i in ('56899', '56900', '56901', '56975', '56977', '57002', '57010'):
    R[i] = 'Burkina Faso coup: one page taken (039); places13 has the story too (its page 032)'
for i in ('56744', '56868', '56967', '57007', '56720', '56721', '56951', '56896', '56936', '56937', '56667'):
    R[i] = 'migrant crisis in central Europe: three pages taken (001, 008, 021); left for variety'
for i in ('56693',): R[i] = 'same story as places13 page 006 (the President of Guatemala)'
for i in ('56774', '56783'): R[i] = 'same story as places13 page 003 (the Lumad killings)'
for i in ('56762', '56855'): R[i] = 'same story as places13 page 007 (the Rowan County clerk)'
for i in ('56724', '57066'): R[i] = 'China: one page taken (019)'
for i in ('56861', '56985', '57015'): R[i] = 'Indonesia: one page taken (028); the haze is a spread-out, slow event'
for i in ('56663', '56696', '56727', '56728', '56729', '56730', '56735', '56740', '56757', '56802', '56803',
          '56818', '56830', '56831', '56854', '56863', '56882', '56893', '56919', '56920', '56970', '56971',
          '56986', '57006', '57017', '57035', '57082'):
    R[i] = cap('The USA', 'three pages (005, 017, 040)')
def main(path):
    d = json.load(open(path, encoding='utf-8'))
    used = set()
    for s in ('places12', 'places13'):
        used |= {m['record'].split()[1] for m in json.load(open(os.path.join(ROOT, '..', s, 'sources.json')))}
    mine = {m['record'].split()[1] for m in json.load(open(os.path.join(ROOT, 'sources.json')))}
    r13 = {}
    with open(os.path.join(ROOT, '..', 'places13', 'skipped.tsv'), encoding='utf-8') as f:
        next(f)
        for line in f:
            p = line.rstrip('\n').split('\t'); r13[p[0]] = p[3]
    rows = []
    for e in sorted(d, key=lambda e: (e['date'], int(e['id']))):
        if e['category']['name'] not in CATS or e['id'] in used or e['id'] in mine: continue
        old = r13.get(e['id'], '')
        reason = 'places13: ' + old if old.startswith(UNUSABLE13) else R[e['id']]
        rows.append((e['id'], e['date'], e['category']['name'], reason, ' '.join(e['description'].split())[:120]))
    with open(os.path.join(ROOT, 'skipped.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\tdate\tcategory\treason\tstart of summary\n')
        for r in rows: f.write('\t'.join(r) + '\n')
    print(len(rows), 'skipped')
if __name__ == '__main__':
    main(sys.argv[1])
