#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the twenty-fourth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime") of one day of the portal, May - December 2025. Every bullet of the section becomes one
paragraph, in order: the story-thread labels (bullets that are only links, e.g. "Gaza war") are kept as
one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (unlike places23, which removed
them); Markdown emphasis and escapes are removed; white space is collapsed; a space before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2025 May 11: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places24):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-05-11-index.md > POSTS_DIR/2025-05-11-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-05-11', 'Disasters and accidents', 'disasters-may-11'),
 ('2025-05-14', 'Armed conflicts and attacks', 'conflicts-may-14'),
 ('2025-06-26', 'Disasters and accidents', 'disasters-jun-26'),
 ('2025-07-18', 'Armed conflicts and attacks', 'conflicts-jul-18'),
 ('2025-08-06', 'Disasters and accidents', 'disasters-aug-06'),
 ('2025-08-20', 'Armed conflicts and attacks', 'conflicts-aug-20'),
 ('2025-09-10', 'Law and crime', 'law-crime-sep-10'),
 ('2025-10-06', 'Law and crime', 'law-crime-oct-06'),
 ('2025-10-22', 'Armed conflicts and attacks', 'conflicts-oct-22'),
 ('2025-11-03', 'Disasters and accidents', 'disasters-nov-03'),
 ('2025-11-14', 'Armed conflicts and attacks', 'conflicts-nov-14'),
 ('2025-12-23', 'Armed conflicts and attacks', 'conflicts-dec-23'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
