#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the sixty-sixth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
eleven days, all of them days 12-15 of a month: four of 2025 (January - July) and seven of 2026 (January -
July), none used by an earlier set (the only eleven such days left in the snapshot).
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places61 and places28);
Markdown emphasis and escapes are removed; white space is collapsed; a space before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 January 15: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places66):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-01-15-index.md > POSTS_DIR/2025-01-15-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-01-15', 'Armed conflicts and attacks', 'conflicts-jan-15'),
 ('2025-03-14', 'International relations', 'relations-mar-14'),
 ('2025-07-12', 'Law and crime', 'law-crime-jul-12'),
 ('2025-07-14', 'Disasters and accidents', 'disasters-jul-14'),
 ('2026-01-13', 'Law and crime', 'law-crime-jan-13'),
 ('2026-01-15', 'Disasters and accidents', 'disasters-jan-15'),
 ('2026-03-13', 'Armed conflicts and attacks', 'conflicts-mar-13'),
 ('2026-04-12', 'Politics and elections', 'politics-apr-12'),
 ('2026-05-12', 'Armed conflicts and attacks', 'conflicts-may-12'),
 ('2026-06-13', 'Disasters and accidents', 'disasters-jun-13'),
 ('2026-07-13', 'Armed conflicts and attacks', 'conflicts-jul-13'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
