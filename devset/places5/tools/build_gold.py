#!/usr/bin/env python3
"""Build devset/places5/gold.jsonl from tools/ann_places.py and the pages; checks that every `sentence`
fragment is at least 5 words and occurs exactly once in its page (python3 tools/build_gold.py).
The builder is devset/places/tools/build_gold.py itself, run with this folder as its root, as
devset/places2/tools/build_gold.py does: that script finds its annotations, pages and sources beside the
__file__ it is given, and runs on load."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
BUILDER = os.path.join(HERE, '..', '..', 'places', 'tools', 'build_gold.py')
with open(BUILDER, encoding='utf-8') as f:
    exec(compile(f.read(), BUILDER, 'exec'), {'__file__': os.path.abspath(__file__), '__name__': '__main__'})
