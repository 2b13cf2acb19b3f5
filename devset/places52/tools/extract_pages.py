#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the fifty-second place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
eight days of 2025 (February - November) and four of 2026 (January - July), every one numbered 24 to 31 of its
month, none used by an earlier set.
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28, places26, places25
and places24; places23 removed them); Markdown emphasis and escapes are removed; white space is collapsed; a
space before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 January 29: Armed conflicts and
attacks", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places52):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-02-25-index.md > POSTS_DIR/2025-02-25-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-02-25', 'Armed conflicts and attacks', 'conflicts-feb-25'),
 ('2025-06-25', 'Armed conflicts and attacks', 'conflicts-jun-25'),
 ('2025-07-29', 'Armed conflicts and attacks', 'conflicts-jul-29'),
 ('2025-08-24', 'Politics and elections', 'politics-aug-24'),
 ('2025-08-31', 'Disasters and accidents', 'disasters-aug-31'),
 ('2025-09-24', 'Disasters and accidents', 'disasters-sep-24'),
 ('2025-09-30', 'Law and crime', 'law-crime-sep-30'),
 ('2025-11-24', 'Law and crime', 'law-crime-nov-24'),
 ('2026-01-29', 'Armed conflicts and attacks', 'conflicts-jan-29'),
 ('2026-03-26', 'International relations', 'relations-mar-26'),
 ('2026-06-29', 'Law and crime', 'law-crime-jun-29'),
 ('2026-07-24', 'Disasters and accidents', 'disasters-jul-24'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
