#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the forty-third place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
six days of 2025 (January - December) and six of 2026 (January - August), each a day numbered 1 to 15,
none used by an earlier set.
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28, places26, places25 and
places24; places23 removed them); Markdown emphasis and escapes are removed; white space is collapsed; a space before
.,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 February 19: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places43):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-01-01-index.md > POSTS_DIR/2025-01-01-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-01-01', 'Law and crime', 'law-crime-jan-01'),
 ('2025-06-14', 'Politics and elections', 'politics-jun-14'),
 ('2025-09-02', 'Armed conflicts and attacks', 'conflicts-sep-02'),
 ('2025-09-04', 'International relations', 'relations-sep-04'),
 ('2025-11-07', 'Disasters and accidents', 'disasters-nov-07'),
 ('2025-12-10', 'Armed conflicts and attacks', 'conflicts-dec-10'),
 ('2026-01-03', 'Armed conflicts and attacks', 'conflicts-jan-03'),
 ('2026-02-06', 'Law and crime', 'law-crime-feb-06'),
 ('2026-02-11', 'Armed conflicts and attacks', 'conflicts-feb-11'),
 ('2026-02-12', 'International relations', 'relations-feb-12'),
 ('2026-04-13', 'Law and crime', 'law-crime-apr-13'),
 ('2026-08-11', 'Disasters and accidents', 'disasters-aug-11'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
