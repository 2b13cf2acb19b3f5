#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the seventy-first place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
twelve days, all of them among the 39 days of the thirty-sixth supplement's day list that no earlier set used:
six of 2025 (February - December) and six of 2026 (March - August).
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28 and places26);
Markdown emphasis and escapes are removed; white space is collapsed; a space before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 February 3: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places71):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-02-24-index.md > POSTS_DIR/2025-02-24-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-02-24', 'Armed conflicts and attacks', 'conflicts-feb-24'),
 ('2025-05-24', 'Armed conflicts and attacks', 'conflicts-may-24'),
 ('2025-06-04', 'Politics and elections', 'politics-jun-04'),
 ('2025-08-05', 'Disasters and accidents', 'disasters-aug-05'),
 ('2025-11-02', 'Disasters and accidents', 'disasters-nov-02'),
 ('2025-12-04', 'International relations', 'intl-relations-dec-04'),
 ('2026-03-02', 'Politics and elections', 'politics-mar-02'),
 ('2026-04-17', 'Law and crime', 'law-crime-apr-17'),
 ('2026-07-22', 'Law and crime', 'law-crime-jul-22'),
 ('2026-08-02', 'Disasters and accidents', 'disasters-aug-02'),
 ('2026-08-03', 'Armed conflicts and attacks', 'conflicts-aug-03'),
 ('2026-08-06', 'Armed conflicts and attacks', 'conflicts-aug-06'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
