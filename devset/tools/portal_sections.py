"""Pages of Wikipedia Current Events Portal sections, as devset/places23 to places28 store them.

The day pages come from fordred/wikinews (docs/_posts/YYYY-MM-DD-index.md; the text is Wikipedia's,
CC BY-SA 4.0). A page is ONE topic section ("#### Armed conflicts and attacks", "#### Law and crime" ...)
of one portal day: every bullet of the section becomes one paragraph, in order; story-thread labels (bullets
that are only links) stay one-line paragraphs. Links are replaced by their text (with keep_citations False,
links to anything but Wikipedia or Wiktionary, the portal's source citations, are removed, as places23 did);
Markdown emphasis and escapes are removed; white space is collapsed; a space before .,;: is removed.

Page layout: date line (the portal day), blank line, title ("2025 February 13: Disasters and accidents"),
blank line, one bullet a paragraph. Each set's tools/extract_pages.py says which sections it takes (SEL) and
calls build(). Standard library only."""
import json, os, re
from datetime import date as _date

REPO, COMMIT = 'fordred/wikinews', '0441f5273b8763fa543a6148b97efbbbae37b371'
LICENCE = 'CC BY-SA 4.0 (Wikipedia, Portal:Current events)'
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
LINK = re.compile(r'\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\)')
WIKI = re.compile(r'https?://[a-z.]*(wikipedia|wiktionary)\.org/')


def clean(s, keep_citations=True):
    s = LINK.sub(lambda m: m.group(1) if keep_citations or WIKI.match(m.group(2)) else '', s)
    s = s.replace('*', '').replace('\\', '')
    s = re.sub(r'\s+', ' ', s).strip()
    s = re.sub(r'\s+([.,;:])', r'\1', s)
    return s.strip(' ,')


def section(path, heading, keep_citations=True):
    out, cur = [], None
    for line in open(path, encoding='utf-8'):
        m = re.match(r'####\s+(.*)', line)
        if m:
            cur = m.group(1).strip(); continue
        m = re.match(r'\s*\* (.*)', line)
        if m and cur == heading:
            t = clean(m.group(1), keep_citations)
            if t: out.append(t)
    return out


def build(root, sel, posts, keep_citations=True):
    """Writes root/pages/NNN-short.txt for each (day, heading, short) of sel, in date order, and root/sources.json."""
    os.makedirs(os.path.join(root, 'pages'), exist_ok=True)
    for old in os.listdir(os.path.join(root, 'pages')):
        os.remove(os.path.join(root, 'pages', old))
    sources = []
    for n, (day, heading, short) in enumerate(sorted(sel), 1):
        d = _date.fromisoformat(day)
        portal = f'{d.year} {MONTHS[d.month - 1]} {d.day}'
        title = f'{portal}: {heading}'
        paras = section(os.path.join(posts, f'{day}-index.md'), heading, keep_citations)
        assert paras, (day, heading)
        fn = f'{n:03d}-{short}.txt'
        with open(os.path.join(root, 'pages', fn), 'w', encoding='utf-8') as f:
            f.write(f'{day}\n\n{title}\n\n' + '\n\n'.join(paras) + '\n')
        sources.append({'file': fn, 'title': title, 'published': day,
                        'url': 'https://en.wikipedia.org/wiki/Portal:Current_events/' + portal.replace(' ', '_'),
                        'section': heading, 'repository': REPO, 'path': f'docs/_posts/{day}-index.md',
                        'record': f'{day}#{heading}', 'commit': COMMIT, 'licence': LICENCE,
                        'published_from': 'the portal day of the file name'})
    with open(os.path.join(root, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(sources), 'pages')
