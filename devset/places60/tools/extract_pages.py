#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the sixtieth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
ten days of 2025 (January - December) and two of 2026 (February and June), all of them days 24-31 of their
month, none used by an earlier set.
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28, places26, places25 and
places24; places23 removed them); Markdown emphasis and escapes are removed; white space is collapsed; a space
before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2025 July 25: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places60):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-01-31-index.md > POSTS_DIR/2025-01-31-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-01-31', 'Armed conflicts and attacks', 'conflicts-jan-31'),
 ('2025-02-28', 'International relations', 'relations-feb-28'),
 ('2025-03-27', 'Law and crime', 'law-crime-mar-27'),
 ('2025-07-25', 'Disasters and accidents', 'disasters-jul-25'),
 ('2025-07-26', 'Armed conflicts and attacks', 'conflicts-jul-26'),
 ('2025-08-28', 'Armed conflicts and attacks', 'conflicts-aug-28'),
 ('2025-09-29', 'Politics and elections', 'politics-sep-29'),
 ('2025-11-28', 'Disasters and accidents', 'disasters-nov-28'),
 ('2025-12-25', 'Armed conflicts and attacks', 'conflicts-dec-25'),
 ('2026-02-26', 'Politics and elections', 'politics-feb-26'),
 ('2026-06-26', 'Law and crime', 'law-crime-jun-26'),
 ('2026-06-27', 'Disasters and accidents', 'disasters-jun-27'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
