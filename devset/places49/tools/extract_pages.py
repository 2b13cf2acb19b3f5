#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the forty-ninth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
seven pages from six days of 2025 (February - December) and five from five days of 2026 (January - August), every
day numbered 1 to 7 of its month and none used by an earlier set.
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28, places26 and places25;
places23 removed them); Markdown emphasis and escapes are removed; white space is collapsed; a space before
.,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2025 April 3: Law and crime", the
portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places49):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-02-02-index.md > POSTS_DIR/2025-02-02-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-02-02', 'International relations', 'relations-feb-02'),
 ('2025-03-04', 'Armed conflicts and attacks', 'conflicts-mar-04'),
 ('2025-04-01', 'Disasters and accidents', 'disasters-apr-01'),
 ('2025-04-03', 'Armed conflicts and attacks', 'conflicts-apr-03'),
 ('2025-04-03', 'Law and crime', 'law-crime-apr-03'),
 ('2025-07-02', 'Disasters and accidents', 'disasters-jul-02'),
 ('2025-12-02', 'Law and crime', 'law-crime-dec-02'),
 ('2026-01-05', 'Politics and elections', 'politics-jan-05'),
 ('2026-04-01', 'Disasters and accidents', 'disasters-apr-01-2026'),
 ('2026-04-05', 'Armed conflicts and attacks', 'conflicts-apr-05'),
 ('2026-05-07', 'Law and crime', 'law-crime-may-07'),
 ('2026-08-07', 'Armed conflicts and attacks', 'conflicts-aug-07'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
