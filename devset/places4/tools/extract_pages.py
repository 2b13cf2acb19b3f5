#!/usr/bin/env python3
"""Extract the fourth place set's English Wikinews articles into text pages, in the layout of
devset/events/tools/extract_pages.py (date line, blank line, title, blank line, paragraphs).

Two sources, neither of them vanatteveldt/wikinews (the 2019-2020 CSVs of the earlier sets):
- airKlizz/WikinewsSum, endataset.json at commit AIRKLIZZ_COMMIT: raw wikitext of 101 articles of
  November 2004 - January 2005. Only articles whose lead survived that dataset's parsing are used
  (the ones with a {{byline}} lost their first paragraph there). The wikitext is rendered here:
  links and {{w|...}} templates become their shown text, other templates, files and refs are dropped.
- TanjotSingh25/CrisisLenz, data/replay/final_replay_signals.json at commit CRISISLENZ_COMMIT: 100
  articles of 2005-2025 already turned into plain text by that project (mwparserfromhell strip_code).
  That turning drops {{w|...}} templates with their words, so only articles that read without a gap
  are used. The records carry no publication date (only a 2024 dump revision time), so the date line
  of these pages is the date of the event as the annotator knows it (see README.md).
Usage (from devset/places4): python3 tools/extract_pages.py AIRKLIZZ_GIT_DIR CRISISLENZ_GIT_DIR
(the git directories of the two mirrors, e.g. /work/.mirror/airKlizz+WikinewsSum/repo)."""
import datetime, html, json, os, re, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from extract_pages import clean  # noqa: E402  (devset/events/tools/extract_pages.py: whitespace, captions)

AIRKLIZZ = ('airKlizz/WikinewsSum', 'endataset.json', '1d985031625909c908766812e8a18d0c88116ec8')
CRISISLENZ = ('TanjotSingh25/CrisisLenz', 'data/replay/final_replay_signals.json',
              '7b7b73c0876cb80f00bb726b5e2a3e80c31164e3')
# (source, record index counted from 0, short name, date for CrisisLenz records: the event's date)
SEL = [
 ('airklizz', 0, 'granja-do-torto-hu-lula-lunch', None), ('airklizz', 25, 'chinese-submarine-okinawa', None),
 ('airklizz', 47, 'bush-visits-ottawa-halifax', None), ('airklizz', 55, 'mst-attack-cabixi-rondonia', None),
 ('airklizz', 57, 'eta-device-almeria', None), ('airklizz', 65, 'nobel-peace-prize-maathai', None),
 ('airklizz', 67, 'gainesville-man-bites-dog', None), ('airklizz', 69, 'havana-billboards', None),
 ('airklizz', 73, 'mozambique-election', None), ('airklizz', 75, 'mumbai-shanty-demolition', None),
 ('airklizz', 98, 'pinochet-house-arrest', None),
 ('crisislenz', 2, 'minsk-metro-bombing', '2011-04-11'), ('crisislenz', 5, 'nevsky-express-bombing', '2009-11-28'),
 ('crisislenz', 14, 'solomon-islands-tsunami', '2007-04-02'), ('crisislenz', 22, 'kabul-indian-embassy-bombing', '2008-07-07'),
 ('crisislenz', 26, 'peshawar-pearl-continental-bombing', '2009-06-09'), ('crisislenz', 34, 'lahore-courthouse-bombing', '2008-01-10'),
 ('crisislenz', 37, 'andaman-shizuoka-earthquakes', '2009-08-10'), ('crisislenz', 43, 'neva-express-malaya-vishera', '2007-08-13'),
 ('crisislenz', 65, 'karachi-double-bombing', '2010-02-05'), ('crisislenz', 77, 'zahedan-mosque-bombing', '2009-05-28'),
 ('crisislenz', 82, 'kyiv-drone-missile-attack', '2025-07-04'), ('crisislenz', 90, 'spin-boldak-bombing', '2008-02-18'),
]

def show(git, repo_path, commit):
    return subprocess.run(['git', '--git-dir', git, 'show', f'{commit}:{repo_path}'],
                          capture_output=True, text=True, check=True).stdout

def wikitext(s):
    """Renders the wikitext of one WikinewsSum paragraph as the text a reader sees."""
    s = re.sub(r'<!--.*?-->', '', s, flags=re.S)
    s = re.sub(r'<ref[^>]*/>', '', s); s = re.sub(r'<ref.*?</ref>', '', s, flags=re.S)
    s = re.sub(r'\[\[(?:File|Image):(?:[^\[\]]|\[\[[^\]]*\]\])*\]\]', '', s)
    for _ in range(3):
        s = re.sub(r'\{\{w\|[^{}|]*\|([^{}]*)\}\}', r'\1', s)
        s = re.sub(r'\{\{w\|([^{}|]*)\}\}', r'\1', s)
    s = re.sub(r'\{\{[^{}]*\}\}', '', s)
    s = re.sub(r'\{?\{?(publish|archive|archived)\}\}', '', s, flags=re.I)
    s = re.sub(r'\[\[[^\]|]*\|([^\]]*)\]\]', r'\1', s)
    s = re.sub(r'\[\[([^\]]*)\]\]', r'\1', s)
    s = re.sub(r'\[https?://\S+ ([^\]]*)\]', r'\1', s); s = re.sub(r'\[https?://\S+\]', '', s)
    s = re.sub(r'\s*\[https?://\S*$', '', s)  # a link the dataset cut off at its '=' (the rest is lost there)
    s = re.sub(r"'{2,}", '', s)
    s = re.sub(r'<br ?/?>', '', s)
    return html.unescape(s)

def airklizz_record(rec):
    paras = [wikitext(p) for p in rec['text']]
    paras = [p for p in (x.strip() for x in '\n\n'.join(paras).split('\n\n')) if p]
    paras = [p for p in paras if not re.match(r'^[a-z]{2}:\S', p)]  # interlanguage links
    date = re.search(r'\{\{date\|([^}]*)\}\}|\'\'\'(\w+ \d+, \d{4})\'\'\'', ' '.join(rec['text']))
    date = datetime.datetime.strptime(date.group(1) or date.group(2), '%B %d, %Y').date()
    if paras and re.match(r'^\w+ \d+, \d{4}$', paras[0]):  # the '''date''' line printed as a paragraph
        paras = paras[1:]
    return date, paras

def crisislenz_record(rec, date):
    body = re.split(r'\n\s*(?:Sources|Related news|Sister links|External links|References)\s*\n', rec['body'])[0]
    lines = [l.strip() for l in body.split('\n')]
    lines = [l for l in lines if l and l != '__NOTOC__' and not re.match(r'^(left|right)\|\d+px\|?\s*$', l)]
    lines = [re.sub(r'^(left|right)\|\d+px\|\s*', '', l) for l in lines]
    return datetime.date.fromisoformat(date), lines

def main(airklizz_git, crisislenz_git):
    ak = [json.loads(l) for l in show(airklizz_git, AIRKLIZZ[1], AIRKLIZZ[2]).split('\n') if l.strip()]
    cl = json.loads(show(crisislenz_git, CRISISLENZ[1], CRISISLENZ[2]))
    items = []
    for src, i, name, date in SEL:
        if src == 'airklizz':
            rec = ak[i]; d, paras = airklizz_record(rec); repo = AIRKLIZZ
            url = 'https://en.wikinews.org/wiki/' + rec['title'].replace(' ', '_')
        else:
            rec = cl[i]; d, paras = crisislenz_record(rec, date); repo = CRISISLENZ; url = rec['url']
        paras = [' '.join(p.split('\n')) for p in clean('\n\n'.join(paras))]
        paras = [p for p in paras if not re.fullmatch(r'-+', p)]  # a horizontal rule
        items.append((d, name, rec['title'].strip(), paras, src, i, repo, url))
    meta = []
    for n, (d, name, title, paras, src, i, repo, url) in enumerate(sorted(items, key=lambda t: (t[0], t[1])), start=1):
        fn = f'{n:03d}-{name}.txt'
        dateline = f'{d:%A}, {d:%B} {d.day}, {d.year}'
        with open(f'pages/{fn}', 'w', encoding='utf-8') as f:
            f.write(dateline + '\n\n' + title + '\n\n' + '\n\n'.join(paras) + '\n')
        m = {'file': fn, 'title': title, 'published': d.isoformat(), 'url': url, 'repository': repo[0],
             'path': repo[1], 'record': i, 'commit': repo[2]}
        if src == 'airklizz':
            m['licence'] = 'public domain (Wikinews article published before 25 September 2005)'
        else:
            m['licence'] = 'CC BY 2.5 (Wikinews)'
            m['published_from'] = 'not in the source record; the date of the event as the annotator knows it'
        meta.append(m)
    with open('sources.json', 'w', encoding='utf-8') as f:
        json.dump(meta, f, indent=1, ensure_ascii=False); f.write('\n')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
