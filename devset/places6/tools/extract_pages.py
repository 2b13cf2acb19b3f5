#!/usr/bin/env python3
"""Extract the sixth place set's English Wikinews articles into text pages, in the layout of
devset/events/tools/extract_pages.py (date line, blank line, title, blank line, paragraphs).

One mirror of devset/places4 and devset/places5, other records: TanjotSingh25/CrisisLenz at commit
7b7b73c, whose data/replay/final_replay_signals.json (100 records, 29 of them in earlier sets, the rest
read for places5 and found gapped or undated) was drawn from good_candidates.json in the same commit
(170 records of the same kind: English Wikinews as plain text with every {{w|...}} dropped with its
words). 23 pages come from good_candidates.json, one from final_replay_signals.json; only records that
read without a gap are used. The records carry no publication date, so the date line of these pages is
the date of the event as the annotator knows it (see README.md).
The places4 reader (devset/places4/tools/extract_pages.py) and the places5 fixes (its
crisislenz_paras and the dropping of a trailing "Related" heading) are loaded and reused; this script
adds the dropping of the image leftovers these records carry ("200px|", "thumb", a bare "right") and
of a trailing "Sister link"/"See also" heading.
Usage (from devset/places6): python3 tools/extract_pages.py AIRKLIZZ_GIT_DIR CRISISLENZ_GIT_DIR
(the git directories of the two mirrors, as for places4 and places5; no WikinewsSum record is used)."""
import datetime, importlib.util, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('places5_extract', os.path.join(HERE, '..', '..', 'places5', 'tools', 'extract_pages.py'))
P5 = importlib.util.module_from_spec(_spec); _spec.loader.exec_module(P5)  # P5.P4: show, crisislenz_record, clean
P4 = P5.P4

REPO, COMMIT = P4.CRISISLENZ[0], P4.CRISISLENZ[2]
FILES = {'good': 'good_candidates.json', 'final': 'data/replay/final_replay_signals.json'}
# (file, record index counted from 0, short name, the event's date as the annotator knows it)
SEL = [
 ('good', 86, 'galle-naval-base-attack', '2006-10-18'), ('good', 88, 'chile-earthquake-tsunami', '2010-02-27'),
 ('good', 91, 'baghdad-buratha-mosque-bombing', '2006-04-07'), ('good', 93, 'bangkok-new-year-bombings', '2006-12-31'),
 ('good', 94, 'kuqa-xinjiang-bombings', '2008-08-10'), ('good', 100, 'khiam-unifil-bomb', '2007-06-24'),
 ('good', 103, 'ulaanbaatar-riot-emergency', '2008-07-01'), ('good', 104, 'netanya-mall-bombing', '2005-07-12'),
 ('good', 109, 'bouake-soro-plane-attack', '2007-06-29'), ('good', 110, 'gerdec-arms-depot-explosions', '2008-03-15'),
 ('good', 117, 'baghdad-tikrit-bombings', '2005-04-24'), ('good', 121, 'jakarta-hotel-bombings', '2009-07-17'),
 ('good', 123, 'cairo-khan-el-khalili-bomb', '2009-02-22'), ('good', 125, 'lower-dir-school-bomb', '2010-02-03'),
 ('good', 130, 'simeulue-aceh-earthquake', '2008-02-20'), ('good', 137, 'karachi-us-consulate-bombing', '2006-03-02'),
 ('good', 143, 'manila-typhoon-ketsana', '2009-09-26'), ('good', 145, 'urumqi-lanzhou-plots', '2008-03-09'),
 ('good', 153, 'kandahar-canadian-convoy-bombs', '2007-04-11'), ('good', 159, 'shiraz-mosque-bombing', '2008-04-12'),
 ('good', 164, 'port-au-prince-earthquake', '2010-01-12'), ('good', 165, 'lalitpur-church-bombing', '2009-05-23'),
 ('good', 167, 'rann-camp-airstrike', '2017-01-17'),
 ('final', 64, 'darra-adam-khel-jirga-bombing', '2008-03-02'),
]
LEFTOVER = re.compile(r'((left|right)(\|\d+px)?\|?|\d+px\|?|thumb)\s*')
TRAILER = re.compile(r'^(Sister links?|See also)$')

def paras_of(rec, date):
    d, paras = P4.crisislenz_record(rec, date)
    paras = [re.sub(r'^\d+px\|\s*', '', p) for p in paras if not LEFTOVER.fullmatch(p)]
    paras = P5.crisislenz_paras(paras)
    while paras and (P5.RELATED.match(paras[-1].strip()) or TRAILER.match(paras[-1].strip())):
        paras.pop()
    return d, paras

def main(airklizz_git, crisislenz_git):
    data = {k: json.loads(P4.show(crisislenz_git, path, COMMIT)) for k, path in FILES.items()}
    items = []
    for src, i, name, date in SEL:
        rec = data[src][i]
        d, paras = paras_of(rec, date)
        paras = [' '.join(p.split('\n')) for p in P4.clean('\n\n'.join(paras))]
        paras = [p for p in paras if not re.fullmatch(r'-+', p)]
        items.append((d, name, rec['title'].strip(), paras, src, i, rec['url']))
    meta = []
    for n, (d, name, title, paras, src, i, url) in enumerate(sorted(items, key=lambda t: (t[0], t[1])), start=1):
        fn = f'{n:03d}-{name}.txt'
        with open(f'pages/{fn}', 'w', encoding='utf-8') as f:
            f.write(f'{d:%A}, {d:%B} {d.day}, {d.year}' + '\n\n' + title + '\n\n' + '\n\n'.join(paras) + '\n')
        meta.append({'file': fn, 'title': title, 'published': d.isoformat(), 'url': url, 'repository': REPO,
                     'path': FILES[src], 'record': i, 'commit': COMMIT,
                     'licence': 'public domain (Wikinews article published before 25 September 2005)'
                                if d.isoformat() < '2005-09-25' else 'CC BY 2.5 (Wikinews)',
                     'published_from': 'not in the source record; the date of the event as the annotator knows it'})
    with open('sources.json', 'w', encoding='utf-8') as f:
        json.dump(meta, f, indent=1, ensure_ascii=False); f.write('\n')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
