"""Builds devset/digest: pages of several briefs about many countries, from the portal items of
devset/places12, places13 and places14 (one Wikipedia Current Events Portal summary a page).

The items of each portal category ("Armed conflicts and attacks", "Law and crime"...) are taken in
date order and packed five to a page, one item a paragraph, under the category as the title; the
gold of a page is the gold events of its items, unchanged. Run from anywhere:

    python3 devset/digest/tools/build_digest.py           # plain items
    python3 devset/digest/tools/build_digest.py --labels  # each item after a one-line country label
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.normpath(os.path.join(HERE, '..', '..'))
SETS = ('places12', 'places13', 'places14')
PER_PAGE = 5


def items():
    for s in SETS:
        with open(os.path.join(DEVSET, s, 'gold.jsonl'), encoding='utf-8') as f:
            for line in f:
                gold = json.loads(line)
                with open(os.path.join(DEVSET, s, 'pages', gold['file']), encoding='utf-8') as p:
                    body = p.read().split('\n\n', 2)[2].strip()  # date line, title, then the summary
                category, _, country = gold['article']['title'].partition(':')
                yield category.strip(), gold['article']['published'], country.strip(), body, gold


def main(labels, out):
    by_category = collections.defaultdict(list)
    for item in items():
        by_category[item[0]].append(item)
    os.makedirs(os.path.join(out, 'pages'), exist_ok=True)
    golds = []
    for category in sorted(by_category):
        listed = sorted(by_category[category], key=lambda x: (x[1], x[4]['file']))
        for i in range(0, len(listed), PER_PAGE):
            chunk = listed[i:i + PER_PAGE]
            if len(chunk) < 2:
                continue
            name = '%03d-%s.txt' % (len(golds) + 1, re.sub('[^a-z]+', '-', category.lower()).strip('-'))
            paragraphs = []
            for _, _, country, body, _ in chunk:
                if labels and country:
                    paragraphs.append(country)
                paragraphs.append(body)
            with open(os.path.join(out, 'pages', name), 'w', encoding='utf-8') as f:
                f.write(chunk[0][1] + '\n\n' + category + '\n\n' + '\n\n'.join(paragraphs) + '\n')
            gold = dict(chunk[0][4], file=name)
            gold['article'] = dict(gold['article'], title=category)
            gold['events'] = [e for item in chunk for e in item[4]['events']]
            golds.append(gold)
    with open(os.path.join(out, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for gold in golds:
            f.write(json.dumps(gold, ensure_ascii=False) + '\n')
    print(out, len(golds), 'pages,', sum(1 for g in golds for e in g['events'] if e.get('where')), 'places')


if __name__ == '__main__':
    labels = '--labels' in sys.argv[1:]
    main(labels, os.path.join(HERE, '..', 'labelled' if labels else '.'))
