#!/usr/bin/env python3
"""Rebuild pages/ and sources.json of the fifty-fifth place set from the Wikipedia Current Events Portal
day pages that fordred/wikinews stores as Markdown (docs/_posts/YYYY-MM-DD-index.md, commit
0441f5273b8763fa543a6148b97efbbbae37b371; the text is Wikipedia's, CC BY-SA 4.0).

Each page of the set is ONE topic section ("#### Armed conflicts and attacks", "#### Disasters and accidents",
"#### Law and crime", "#### Politics and elections", "#### International relations") of one day of the portal,
nine days of 2025 (February - December) and three of 2026 (March - July), all of them days 16-23 of their
month, none used by an earlier set.
Every bullet of the section becomes one paragraph, in order: the story-thread labels (bullets that are only
links, e.g. "Gaza war") are kept as one-line paragraphs, the news items as they are. Every link is replaced by its text, so the portal's source
citations ("(Reuters)", "(BBC News)" ...) stay in the text as they appear (as in places28, places26 and places25;
places23 removed them); Markdown emphasis and escapes are removed; white space is collapsed; a space before
.,;: is removed.
Nothing else is changed.

Page layout: date line (YYYY-MM-DD, the portal day), blank line, title ("2026 May 16: Disasters and
accidents", the portal day's title and the section heading), blank line, one bullet a paragraph.

Usage (from devset/places55):
  python3 tools/extract_pages.py POSTS_DIR
where POSTS_DIR holds the day files, made with
  git --git-dir=/work/.mirror/fordred+wikinews/repo show 0441f5273b8763fa543a6148b97efbbbae37b371:docs/_posts/2025-02-23-index.md > POSTS_DIR/2025-02-23-index.md
(and the same for each day in SEL). Standard library only."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
# the code every portal set shares: devset/tools/portal_sections.py
sys.path.insert(0, os.path.join(os.path.dirname(ROOT), 'tools'))
from portal_sections import build  # noqa: E402

# (day, section heading, short name)
SEL = [
 ('2025-02-23', 'Armed conflicts and attacks', 'conflicts-feb-23'),
 ('2025-03-17', 'Armed conflicts and attacks', 'conflicts-mar-17'),
 ('2025-03-23', 'Armed conflicts and attacks', 'conflicts-mar-23'),
 ('2025-05-23', 'International relations', 'relations-may-23'),
 ('2025-07-19', 'Law and crime', 'law-crime-jul-19'),
 ('2025-10-16', 'Law and crime', 'law-crime-oct-16'),
 ('2025-11-19', 'Law and crime', 'law-crime-nov-19'),
 ('2025-12-22', 'Armed conflicts and attacks', 'conflicts-dec-22'),
 ('2026-03-23', 'Armed conflicts and attacks', 'conflicts-mar-23-2026'),
 ('2026-05-16', 'Disasters and accidents', 'disasters-may-16'),
 ('2026-06-17', 'Politics and elections', 'politics-jun-17'),
 ('2026-07-16', 'Disasters and accidents', 'disasters-jul-16'),
]

if __name__ == '__main__':
    build(ROOT, SEL, sys.argv[1])
