#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the fifty-third place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
eight days of 2025 (January - August) and four of 2026 (April - June), all of them days 1-7 of a month, none
used by an earlier set.
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28, places26 and places25;
places23 removed them); Markdown emphasis and escapes are removed; white space is collapsed; a space before
.,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2025 January 6: Armed conflicts and
attacks", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places53):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-01-06-index.md > POSTS_DIR/2025-01-06-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-01-06', 'Armed conflicts and attacks', 'conflicts-jan-06'),
 ('2025-02-05', 'Armed conflicts and attacks', 'conflicts-feb-05'),
 ('2025-02-06', 'International relations', 'relations-feb-06'),
 ('2025-03-01', 'Politics and elections', 'politics-mar-01'),
 ('2025-03-02', 'Disasters and accidents', 'disasters-mar-02'),
 ('2025-04-06', 'Armed conflicts and attacks', 'conflicts-apr-06'),
 ('2025-05-06', 'Armed conflicts and attacks', 'conflicts-may-06'),
 ('2025-08-02', 'Armed conflicts and attacks', 'conflicts-aug-02'),
 ('2026-04-06', 'Law and crime', 'law-crime-apr-06'),
 ('2026-05-03', 'Law and crime', 'law-crime-may-03'),
 ('2026-05-05', 'Law and crime', 'law-crime-may-05'),
 ('2026-06-03', 'Disasters and accidents', 'disasters-jun-03'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
