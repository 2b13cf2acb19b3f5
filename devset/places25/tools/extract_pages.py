#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the twenty-fifth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
January - August 2026. Every bullet of the section becomes one
paragraph, in order: the story-thread labels (bullets that are only links, e.g. "Gaza war") are kept as
one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places24; places23 removed
them); Markdown emphasis and escapes are removed; white space is collapsed; a space before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 January 17: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places25):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2026-01-04-index.md > POSTS_DIR/2026-01-04-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2026-01-04', 'Armed conflicts and attacks', 'conflicts-jan-04'),
 ('2026-01-09', 'Armed conflicts and attacks', 'conflicts-jan-09'),
 ('2026-01-17', 'Disasters and accidents', 'disasters-jan-17'),
 ('2026-02-04', 'Law and crime', 'law-crime-feb-04'),
 ('2026-02-10', 'Politics and elections', 'politics-feb-10'),
 ('2026-03-09', 'International relations', 'relations-mar-09'),
 ('2026-04-23', 'Disasters and accidents', 'disasters-apr-23'),
 ('2026-05-25', 'Armed conflicts and attacks', 'conflicts-may-25'),
 ('2026-06-12', 'Law and crime', 'law-crime-jun-12'),
 ('2026-07-06', 'Law and crime', 'law-crime-jul-06'),
 ('2026-08-08', 'Disasters and accidents', 'disasters-aug-08'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
