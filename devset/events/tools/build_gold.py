#!/usr/bin/env python3
"""Build devset/events gold JSONL files from tools/ann_*.py annotation modules and the pages."""
import json, os, re, sys, glob, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
SRC = {m['file']: m for m in json.load(open(os.path.join(ROOT, 'sources.json')))}
ANN = {}
for p in sorted(glob.glob(os.path.join(HERE, 'ann_*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p); mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    ANN.update(mod.ANN)
def actor(a):
    if a is None: return None
    names, c, k = a
    return {'names': list(dict.fromkeys(n.lower() for n in names)), 'country': c, 'kind': k}
def where(w):
    return None if w is None else {'name': w[0], 'country': w[1]}
ST = {'a': 'asserted', 'n': 'negated', 'h': 'hypothetical'}
def page(fn):
    t = open(os.path.join(ROOT, 'pages', fn), encoding='utf-8').read()
    parts = t.split('\n\n')
    return t, parts[0].strip(), parts[1].strip(), ' '.join(parts[2:]).split()
def build():
    out = []; problems = []
    for fn in sorted(ANN):
        text, dateline, title, body = page(fn); m = SRC[fn]
        evs = []
        for e in ANN[fn]:
            src, tgt, types, sent = e[:4]; opt = e[4] if len(e) > 4 else {}
            if not isinstance(types, (list, tuple)): types = [types]
            ev = {'source': actor(src), 'target': actor(tgt), 'types': list(types), 'where': where(opt.get('w')),
                  'status': ST[opt.get('s', 'a')], 'required': opt.get('r', True), 'sentence': sent}
            n = text.count(sent)
            if n != 1: problems.append(f'{fn}: sentence occurs {n}x: {sent!r}')
            if len(sent.split()) < 5: problems.append(f'{fn}: sentence < 5 words: {sent!r}')
            evs.append(ev)
        out.append({'file': fn, 'kind': 'text', 'encoding': 'utf-8',
            'article': {'title': title, 'published': m['published'], 'author_or_source': None,
                        'url': m['url'], 'body_first': ' '.join(body[:10]), 'body_last': ' '.join(body[-10:]), 'not_in_body': []},
            'duplicate_of': None, 'events': evs})
    return out, problems
if __name__ == '__main__':
    out, problems = build()
    for p in problems: print('PROBLEM', p)
    split = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    files = sorted(os.listdir(os.path.join(ROOT, 'pages')))
    tune = set(files[:split])
    def w(name, objs):
        with open(os.path.join(ROOT, name), 'w', encoding='utf-8') as f:
            for o in objs: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    w('gold.jsonl', out); w('gold-tune.jsonl', [o for o in out if o['file'] in tune]); w('gold-heldout.jsonl', [o for o in out if o['file'] not in tune])
    ne = sum(len(o['events']) for o in out); nr = sum(e['required'] for o in out for e in o['events'])
    print(f'{len(out)} articles, {ne} events ({nr} required); tune {sum(o["file"] in tune for o in out)}, heldout {sum(o["file"] not in tune for o in out)}')
    if problems: sys.exit(1)
