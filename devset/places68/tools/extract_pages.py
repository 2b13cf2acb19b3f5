#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the sixty-eighth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
eleven days, all of them days 20-23 of a month: seven of 2025 (February - August) and four of 2026 (June -
August), none used by an earlier set.
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28 and places26);
Markdown emphasis and escapes are removed; white space is collapsed; a space before .,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 February 3: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places68):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-02-20-index.md > POSTS_DIR/2025-02-20-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-02-20', 'Disasters and accidents', 'disasters-feb-20'),
 ('2025-04-21', 'Armed conflicts and attacks', 'conflicts-apr-21'),
 ('2025-04-23', 'International relations', 'intl-relations-apr-23'),
 ('2025-05-22', 'Disasters and accidents', 'disasters-may-22'),
 ('2025-06-22', 'Armed conflicts and attacks', 'conflicts-jun-22'),
 ('2025-06-23', 'Law and crime', 'law-crime-jun-23'),
 ('2025-08-23', 'Armed conflicts and attacks', 'conflicts-aug-23'),
 ('2026-06-20', 'Politics and elections', 'politics-jun-20'),
 ('2026-07-21', 'Law and crime', 'law-crime-jul-21'),
 ('2026-07-23', 'Law and crime', 'law-crime-jul-23'),
 ('2026-08-22', 'Disasters and accidents', 'disasters-aug-22'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
