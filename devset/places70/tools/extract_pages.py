#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the seventieth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
six days, all of them days 28-31 of a month: two of 2025 (April, June) and four of 2026 (January - July), none
used by an earlier set (they were the only such days left); one day gives three sections, three days two and
two days one, eleven pages in all.
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28 and places26);
Markdown emphasis and escapes are removed; white space is collapsed; a space before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 February 3: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places70):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-04-30-index.md > POSTS_DIR/2025-04-30-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-04-30', 'Armed conflicts and attacks', 'conflicts-apr-30'),
 ('2025-04-30', 'International relations', 'intl-relations-apr-30'),
 ('2025-06-29', 'Disasters and accidents', 'disasters-jun-29'),
 ('2025-06-29', 'Law and crime', 'law-crime-jun-29'),
 ('2025-06-29', 'Politics and elections', 'politics-jun-29'),
 ('2026-01-30', 'Politics and elections', 'politics-jan-30'),
 ('2026-03-31', 'Disasters and accidents', 'disasters-mar-31'),
 ('2026-03-31', 'Law and crime', 'law-crime-mar-31'),
 ('2026-07-28', 'Armed conflicts and attacks', 'conflicts-jul-28'),
 ('2026-07-28', 'Law and crime', 'law-crime-jul-28'),
 ('2026-07-29', 'Disasters and accidents', 'disasters-jul-29'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
