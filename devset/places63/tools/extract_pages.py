#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the sixty-third place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
eight days of 2025 (February - December) and four of 2026 (April - July), all of them days 16-23 of their
month, none used by an earlier set.
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28, places26, places25 and
places24; places23 removed them); Markdown emphasis and escapes are removed; white space is collapsed; a space
before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 May 17: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places63):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-03-20-index.md > POSTS_DIR/2025-03-20-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-03-20', 'Armed conflicts and attacks', 'conflicts-mar-20'),
 ('2025-03-22', 'Politics and elections', 'politics-mar-22'),
 ('2025-04-18', 'Disasters and accidents', 'disasters-apr-18'),
 ('2025-05-20', 'Armed conflicts and attacks', 'conflicts-may-20'),
 ('2025-08-18', 'International relations', 'relations-aug-18'),
 ('2025-09-16', 'Law and crime', 'law-crime-sep-16'),
 ('2025-11-22', 'Armed conflicts and attacks', 'conflicts-nov-22'),
 ('2025-12-16', 'Armed conflicts and attacks', 'conflicts-dec-16'),
 ('2026-04-21', 'Law and crime', 'law-crime-apr-21'),
 ('2026-05-17', 'Disasters and accidents', 'disasters-may-17'),
 ('2026-06-19', 'Law and crime', 'law-crime-jun-19'),
 ('2026-07-19', 'Disasters and accidents', 'disasters-jul-19'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
