#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the twenty-third place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime") of one day of the portal. Every bullet of the section becomes one paragraph, in order:
the story-thread labels (bullets that are only links, e.g. "Gaza war") are kept as one-line paragraphs, the
news items as they are. Links are replaced by their text; links to anything but Wikipedia or Wiktionary
(the portal's source citations, "(Reuters)", "(BBC News)" ...) are removed; Markdown emphasis and escapes are
removed; white space is collapsed. Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2025 January 4: Armed conflicts and
attacks", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places23):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-01-04-index.md > POSTS_DIR/2025-01-04-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-01-04', 'Armed conflicts and attacks', 'conflicts-jan-04'),
 ('2025-01-09', 'Law and crime', 'law-crime-jan-09'),
 ('2025-01-11', 'Disasters and accidents', 'disasters-jan-11'),
 ('2025-02-15', 'Armed conflicts and attacks', 'conflicts-feb-15'),
 ('2025-02-21', 'Law and crime', 'law-crime-feb-21'),
 ('2025-03-07', 'Law and crime', 'law-crime-mar-07'),
 ('2025-03-08', 'Armed conflicts and attacks', 'conflicts-mar-08'),
 ('2025-03-15', 'Armed conflicts and attacks', 'conflicts-mar-15'),
 ('2025-03-19', 'Law and crime', 'law-crime-mar-19'),
 ('2025-03-29', 'Law and crime', 'law-crime-mar-29'),
 ('2025-04-05', 'Disasters and accidents', 'disasters-apr-05'),
 ('2025-04-17', 'Law and crime', 'law-crime-apr-17'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1], keep_citations=False)
