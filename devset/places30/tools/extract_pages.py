#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the thirtieth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
ten days of 2025 (July - December) and two of 2026 (August), none used by an earlier set.
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28, places26, places25 and
places24; places23 removed them); Markdown emphasis and escapes are removed; white space is collapsed; a space
before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2025 August 15: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places30):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-07-13-index.md > POSTS_DIR/2025-07-13-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-07-13', 'Disasters and accidents', 'disasters-jul-13'),
 ('2025-08-15', 'Disasters and accidents', 'disasters-aug-15'),
 ('2025-08-26', 'Law and crime', 'law-crime-aug-26'),
 ('2025-09-14', 'Armed conflicts and attacks', 'conflicts-sep-14'),
 ('2025-10-04', 'Politics and elections', 'politics-oct-04'),
 ('2025-10-08', 'Law and crime', 'law-crime-oct-08'),
 ('2025-10-11', 'Armed conflicts and attacks', 'conflicts-oct-11'),
 ('2025-12-01', 'International relations', 'relations-dec-01'),
 ('2025-12-05', 'Armed conflicts and attacks', 'conflicts-dec-05'),
 ('2025-12-18', 'Law and crime', 'law-crime-dec-18'),
 ('2026-08-13', 'Disasters and accidents', 'disasters-aug-13'),
 ('2026-08-21', 'Armed conflicts and attacks', 'conflicts-aug-21'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
