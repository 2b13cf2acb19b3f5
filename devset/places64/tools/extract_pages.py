#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the sixty-fourth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
six days of 2025 (January - July) and six of 2026 (March - July), all of them days 24-31 of their month and none
used by an earlier set. Every bullet of the section becomes one paragraph, in order: the story-thread labels
(bullets that are only links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every
link is replaced by its text, so the portal's source citations ("(Reuters)", "(BBC News)" ...) stay in the text
as they appear (as in places28, places26, places25 and places24; places23 removed them); Markdown emphasis and
escapes are removed; white space is collapsed; a space before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 March 29: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places64):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-01-25-index.md > POSTS_DIR/2025-01-25-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-01-25', 'Armed conflicts and attacks', 'conflicts-jan-25'),
 ('2025-01-30', 'Armed conflicts and attacks', 'conflicts-jan-30'),
 ('2025-04-28', 'Armed conflicts and attacks', 'conflicts-apr-28'),
 ('2025-05-31', 'Law and crime', 'law-crime-may-31'),
 ('2025-06-28', 'Disasters and accidents', 'disasters-jun-28'),
 ('2025-07-30', 'Armed conflicts and attacks', 'conflicts-jul-30'),
 ('2026-03-25', 'International relations', 'relations-mar-25'),
 ('2026-03-29', 'Disasters and accidents', 'disasters-mar-29'),
 ('2026-05-31', 'Disasters and accidents', 'disasters-may-31'),
 ('2026-06-25', 'Law and crime', 'law-crime-jun-25'),
 ('2026-06-28', 'Politics and elections', 'politics-jun-28'),
 ('2026-07-25', 'Armed conflicts and attacks', 'conflicts-jul-25'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
