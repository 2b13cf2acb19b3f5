#!/usr/bin/env python3
"""Builds devset/dupes: Wikinews articles (CC BY 2.5), repost variants of them, and other Wikinews
articles on the same topics, with the true duplicate pairs.

Usage (from devset/dupes): python3 tools/make_dupes.py /work/.mirror/vanatteveldt+wikinews/repo

Seeded (random.Random(5)): the same inputs give the same files byte for byte.
- originals: every page of ../events/pages and ../places/pages, each ending with its Wikinews URL line;
- same-topic articles: for each original, the other Wikinews article of the mirror's CSVs (same commit
  as ../events) sharing the most title and lead words with it, kept when they share at least 4
  content words (a follow-up or earlier report of the same story, a different article: never a duplicate);
- variants of 60 % of the originals, 1-3 each, each combining at random: other boilerplate (site menu,
  share buttons, related links, a comment form's leftovers), a shortened copy (the first 40-80 % of the
  paragraphs), light edits (one word in 25 changed, a sentence dropped), a new title, and a credit line
  ("By Wikinews", "Source: Wikinews") - as reposting sites do.
Writes pages/*.txt, pairs.tsv (every pair of files that tell one story) and sources.json.
"""
import json, os, random, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'events', 'tools'))
from extract_pages import rows, clean  # noqa: E402

HERE = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
SETS = [os.path.join(HERE, '..', 'events'), os.path.join(HERE, '..', 'places')]
SITES = ['worldnews-digest.example', 'dailybrief.example', 'globalwire.example', 'newsfeed24.example',
         'the-observer-post.example', 'breaking-times.example', 'mideast-monitor.example', 'asia-report.example']
MENUS = ['Home | World | Politics | Business | Sport | Opinion', 'HOME  NEWS  WORLD  VIDEO  CONTACT',
         'Menu\nSearch\nSubscribe', 'Latest News  Trending  Most Read']
FOOTERS = ['Share this:\nFacebook\nTwitter\nWhatsApp\nEmail', 'Related articles\nMore from World\nMost popular this week',
           'Leave a Reply\nYour Name\nYour Email Address\nPost Comment', 'Tags: world, politics\nAdvertisement',
           '© 2020 All rights reserved. Privacy Policy | Terms of Use']
STOP = set('the a an of to in and or for on at by with from as is was were be been has have had that this it its '
           'said says will would not but after over into than their his her they he she who which what'.split())


def words(text):
    return [w for w in re.findall(r'[a-z0-9]+', text.lower()) if w not in STOP and len(w) > 2]


def read_page(path):
    text = open(path, encoding='utf-8').read().strip('\n')
    parts = [p for p in text.split('\n\n')]
    return parts[0], parts[1], parts[2:]  # date line, title, paragraphs


def page(date, title, paras, url, top=None, bottom=None, credit=None):
    out = []
    if top:
        out.append(top)
    out += [date, title] + paras
    if credit:
        out.append(credit)
    if bottom:
        out.append(bottom)
    out.append(url)
    return '\n\n'.join(out) + '\n'


def edit(paras, rnd):
    swaps = {'said': 'stated', 'told': 'informed', 'people': 'persons', 'government': 'administration',
             'announced': 'declared', 'police': 'officers', 'killed': 'left dead', 'president': 'President'}
    out = []
    for p in paras:
        sentences = re.split(r'(?<=[.!?]) ', p)
        if len(sentences) > 2 and rnd.random() < 0.15:
            del sentences[rnd.randrange(len(sentences))]
        ws = ' '.join(sentences).split(' ')
        for i in range(len(ws)):
            if rnd.random() < 1 / 25:
                ws[i] = swaps.get(ws[i], ws[i].upper() if rnd.random() < 0.5 else ws[i] + ',')
        out.append(' '.join(ws))
    return out


def main(git):
    rnd = random.Random(5)
    os.makedirs(os.path.join(HERE, 'pages'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'pages')):
        os.remove(os.path.join(HERE, 'pages', f))
    originals = []
    for s in SETS:
        src = json.load(open(os.path.join(s, 'sources.json')))
        by_file = {e['file'].split('/')[-1]: e for e in (src if isinstance(src, list) else src.get('pages', []))}
        for f in sorted(os.listdir(os.path.join(s, 'pages'))):
            meta = by_file.get(f, {})
            originals.append((os.path.join(s, 'pages', f), meta.get('url') or meta.get('original_url')))
    sources, clusters = [], []
    data = {y: rows(git, y) for y in ('2019', '2020')}
    pool = [(y, i, r) for y in data for i, r in enumerate(data[y])]
    titles = set()
    for n, (path, url) in enumerate(originals, start=1):
        date, title, paras = read_page(path)
        titles.add(title.strip())
    used = set()
    for n, (path, url) in enumerate(originals, start=1):
        date, title, paras = read_page(path)
        base = os.path.basename(path)[4:-4]
        name = f'{n:03d}-{base}'
        url = url or 'https://en.wikinews.org/wiki/' + title.replace(' ', '_')
        files = [name + '.txt']
        open(os.path.join(HERE, 'pages', files[0]), 'w').write(page(date, title, paras, url))
        sources.append({'file': 'pages/' + files[0], 'kind': 'original', 'from': os.path.relpath(path, HERE), 'url': url})
        # Another article on the same topic: most shared title and lead words, never the same article.
        mine = set(words(title + ' ' + paras[0]))
        best, score = None, 0
        for y, i, r in pool:
            if r['title'].strip() in titles or (y, i) in used:
                continue
            lead = clean(r['text'])
            theirs = set(words(r['title'] + ' ' + (lead[1] if len(lead) > 1 else lead[0])))
            s = len(mine & theirs)
            if s > score:
                best, score = (y, i, r, lead), s
        if best and score >= 4:
            y, i, r, lead = best
            used.add((y, i))
            body = lead[1:] if re.match(r'^\w+day, \w+ \d+, \d{4}', lead[0]) else lead
            other = f'{n:03d}-topic-{y}-{i:03d}.txt'
            open(os.path.join(HERE, 'pages', other), 'w').write(page(r['date'], r['title'], body, r['url']))
            sources.append({'file': 'pages/' + other, 'kind': 'same topic', 'of': files[0], 'shared_words': score,
                            'repository': 'vanatteveldt/wikinews', 'path': f'data/wikinews_{y}.csv', 'row': i,
                            'commit': '347254178bf343f3801aac1d03c41cc09c35decb', 'url': r['url']})
        if rnd.random() >= 0.6:
            clusters.append(files)
            continue
        for v in range(rnd.randint(1, 3)):
            kinds = [k for k in ('boilerplate', 'shortened', 'edited', 'retitled', 'credited') if rnd.random() < 0.5] or ['boilerplate']
            vparas, vtitle, top, bottom, credit = list(paras), title, None, None, None
            if 'shortened' in kinds:
                vparas = vparas[:max(1, round(len(vparas) * rnd.uniform(0.4, 0.8)))]
            if 'edited' in kinds:
                vparas = edit(vparas, rnd)
            if 'retitled' in kinds:
                vtitle = rnd.choice(['BREAKING: ', 'Report: ', 'World news - ', '']) + title + rnd.choice(['', ' (update)', ' | World'])
            if 'boilerplate' in kinds:
                top, bottom = rnd.choice(MENUS), rnd.choice(FOOTERS)
            if 'credited' in kinds:
                credit = rnd.choice(['By Wikinews', 'Source: Wikinews', 'Courtesy of Wikinews'])
            site = rnd.choice(SITES)
            vurl = f'https://{site}/{date[-4:]}/{base}-{v + 1}'
            vfile = f'{n:03d}-{base}-copy{v + 1}.txt'
            open(os.path.join(HERE, 'pages', vfile), 'w').write(page(date, vtitle, vparas, vurl, top, bottom, credit))
            files.append(vfile)
            sources.append({'file': 'pages/' + vfile, 'kind': 'variant of ' + files[0], 'changes': kinds, 'site': site})
        clusters.append(files)
    with open(os.path.join(HERE, 'pairs.tsv'), 'w') as out:
        out.write('# every pair of files that tell one story (an original and its variants), tab-separated\n')
        for c in clusters:
            for a in range(len(c)):
                for b in range(a + 1, len(c)):
                    out.write(f'{c[a]}\t{c[b]}\n')
    json.dump(sources, open(os.path.join(HERE, 'sources.json'), 'w'), indent=1)
    print(len(os.listdir(os.path.join(HERE, 'pages'))), 'pages,',
          sum(len(c) * (len(c) - 1) // 2 for c in clusters), 'duplicate pairs,',
          sum(1 for s in sources if s['kind'] == 'same topic'), 'same-topic articles')


if __name__ == '__main__':
    main(sys.argv[1])
