#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the seventy-fourth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
twelve days, each (day, section) pair used by no earlier set (each of the days had one other section taken by an
earlier set): six of 2025 (January - December) and six of 2026 (January - May).
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places71 and places68);
Markdown emphasis and escapes are removed; white space is collapsed; a space before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 February 3: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places74):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-01-26-index.md > POSTS_DIR/2025-01-26-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-01-26', 'International relations', 'intl-relations-jan-26'),
 ('2025-05-03', 'Law and crime', 'law-crime-may-03'),
 ('2025-09-23', 'Disasters and accidents', 'disasters-sep-23'),
 ('2025-10-23', 'Law and crime', 'law-crime-oct-23'),
 ('2025-11-10', 'Armed conflicts and attacks', 'conflicts-nov-10'),
 ('2025-12-01', 'Armed conflicts and attacks', 'conflicts-dec-01'),
 ('2026-01-01', 'Disasters and accidents', 'disasters-jan-01'),
 ('2026-01-17', 'Armed conflicts and attacks', 'conflicts-jan-17'),
 ('2026-02-04', 'Armed conflicts and attacks', 'conflicts-feb-04'),
 ('2026-03-04', 'Disasters and accidents', 'disasters-mar-04'),
 ('2026-04-07', 'Politics and elections', 'politics-apr-07'),
 ('2026-05-24', 'Law and crime', 'law-crime-may-24'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
