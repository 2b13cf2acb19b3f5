#!/usr/bin/env python3
"""Build a place set's gold.jsonl from its tools/ann_places.py and pages; checks that every `sentence`
fragment is at least 5 words and occurs exactly once in its page. Without an argument it builds
devset/places (python3 tools/build_gold.py); given a set's folder it builds that set, as every later
place set does (python3 ../places/tools/build_gold.py . from devset/places5)."""
import json, os, sys, importlib.util
ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(ROOT, 'tools')
SRC = {m['file']: m for m in json.load(open(os.path.join(ROOT, 'sources.json')))}
spec = importlib.util.spec_from_file_location('ann_places', os.path.join(HERE, 'ann_places.py'))
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
ST = {'a': 'asserted', 'n': 'negated', 'h': 'hypothetical'}
def actor(a):
    if a is None: return None
    names, c, k = a
    return {'names': list(dict.fromkeys(n.lower() for n in names)), 'country': c, 'kind': k}
def main():
    out, problems = [], []
    for fn in sorted(SRC):
        text = open(os.path.join(ROOT, 'pages', fn), encoding='utf-8').read()
        parts = text.split('\n\n'); title = parts[1].strip(); body = ' '.join(parts[2:]).split()
        evs = []
        for e in mod.ANN.get(fn, []):
            src, tgt, types, sent = e[:4]; opt = e[4] if len(e) > 4 else {}
            w = opt.get('w')
            evs.append({'source': actor(src), 'target': actor(tgt), 'types': list(types),
                        'where': None if w is None else {'name': w[0], 'country': w[1]},
                        'status': ST[opt.get('s', 'a')], 'required': opt.get('r', True) and opt.get('s', 'a') == 'a',
                        'sentence': sent})
            n = text.count(sent)
            if n != 1: problems.append(f'{fn}: sentence occurs {n}x: {sent!r}')
            if len(sent.split()) < 5: problems.append(f'{fn}: sentence < 5 words: {sent!r}')
        if not evs: problems.append(f'{fn}: no events')
        m = SRC[fn]
        out.append({'file': fn, 'kind': 'text', 'encoding': 'utf-8',
            'article': {'title': title, 'published': m['published'], 'author_or_source': None, 'url': m['url'],
                        'body_first': ' '.join(body[:10]), 'body_last': ' '.join(body[-10:]), 'not_in_body': []},
            'duplicate_of': None, 'events': evs})
    for p in problems: print('PROBLEM', p)
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    evs = [e for o in out for e in o['events']]
    print(f"{len(out)} articles, {len(evs)} events ({sum(e['required'] for e in evs)} required), "
          f"{sum(e['where'] is not None for e in evs)} with a place")
    if problems: sys.exit(1)
main()
