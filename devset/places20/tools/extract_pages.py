#!/usr/bin/env python3
"""Extract the twentieth place set's English Wikinews articles into text pages, in the layout of devset/places19
(date line, blank line, title, blank line, paragraphs separated by blank lines), numbered by date.

Source: vanatteveldt/wikinews, data/wikinews_2020.csv and data/wikinews_2019.csv at commit
347254178bf343f3801aac1d03c41cc09c35decb (CC BY 2.5, see the repository's LICENSE.md): one Wikinews article a
row, columns url, date, title, text (paragraphs separated by blank lines). Rows are numbered from 0 (the first
data row after the header is row 0). The date line is the record's `date`, checked against the article's own
dateline or relative dates and the annotator's knowledge of the events (see sources.json `published_from`).

Changes made here, and only these: the 2019 records' leading dateline paragraph ("Saturday, January 5, 2019") is
removed (it is the page's date line); wiki leftovers are removed: the attribution line of an emptied pull-quote
box ("—Troy Roberts"), a results-table footnote ("* Both Buttigieg and Klobuchar dropped out prior to Super
Tuesday") and image captions ("The procession at the Rue ... Image: Genium."); runs of white space (including
no-break spaces) inside a paragraph are collapsed to one space; empty paragraphs are dropped.

Usage (from devset/places20):
  python3 tools/extract_pages.py WIKINEWS_DIR
where WIKINEWS_DIR holds wikinews_2020.csv and wikinews_2019.csv, made with
  git --git-dir=/work/.mirror/vanatteveldt+wikinews/repo show 347254178bf343f3801aac1d03c41cc09c35decb:data/wikinews_2020.csv > DIR/wikinews_2020.csv
  (and the same for data/wikinews_2019.csv). Standard library only."""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
REPO, COMMIT = 'vanatteveldt/wikinews', '347254178bf343f3801aac1d03c41cc09c35decb'
LICENCE = 'CC BY 2.5 (Wikinews; vanatteveldt/wikinews LICENSE.md)'
# (source file, 0-based data row, short name, note on the date)
SEL = [
 ('wikinews_2019.csv', 3, 'florida-i75-pileup-fire', 'the record\'s date and dateline "Saturday, January 5, 2019"; the crash was on Thursday 3 January 2019'),
 ('wikinews_2019.csv', 37, 'texas-judge-male-only-draft', 'the record\'s date and dateline "Monday, February 25, 2019"; the ruling was on Friday 22 February 2019'),
 ('wikinews_2019.csv', 66, 'new-hampshire-motorcycle-crash-plea', 'the record\'s date and dateline "Friday, June 28, 2019"; the crash was on 21 June 2019'),
 ('wikinews_2019.csv', 75, 'tropical-depression-three-florida', 'the record\'s date and dateline "Tuesday, July 23, 2019"'),
 ('wikinews_2019.csv', 80, 'zapata-flyboard-channel-crossing', 'the record\'s date and dateline "Tuesday, August 6, 2019"; the crossing was on Sunday 4 August 2019'),
 ('wikinews_2019.csv', 94, 'california-conception-boat-fire', 'the record\'s date and dateline "Wednesday, September 4, 2019"; the fire was on Monday 2 September 2019'),
 ('wikinews_2020.csv', 22, 'sanders-wins-nevada-caucuses', 'the record\'s date; the caucuses were on Saturday 22 February 2020 ("Yesterday")'),
 ('wikinews_2020.csv', 25, 'biden-wins-south-carolina-primary', 'the record\'s date; the primary was on Saturday 29 February 2020, Super Tuesday "tomorrow"'),
 ('wikinews_2020.csv', 28, 'super-tuesday-bloomberg-warren-quit', 'the record\'s date; Super Tuesday was 3 March 2020, Warren quit on Thursday 5 March ("yesterday")'),
 ('wikinews_2020.csv', 29, 'all-women-crew-tippu-express', 'the record\'s date; the run was on 5 March 2020 ("Yesterday"), ahead of 8 March'),
 ('wikinews_2020.csv', 34, 'australia-toilet-paper-limits', 'the record\'s date; within a few days of the limits of 7-8 March 2020'),
 ('wikinews_2020.csv', 38, 'trump-declares-covid-national-emergency', 'the record\'s date; the declaration was on Friday 13 March 2020'),
 ('wikinews_2020.csv', 60, 'fairfield-helicopter-crash', 'the record\'s date; the crash was on Tuesday 2 June 2020'),
 ('wikinews_2020.csv', 61, 'england-face-coverings-transport', 'the record\'s date; the announcement was on 4 June 2020 ("Yesterday")'),
 ('wikinews_2020.csv', 82, 'white-plains-water-main-break', 'the record\'s date; the break was on Monday 10 August 2020'),
 ('wikinews_2020.csv', 96, 'second-debate-cancelled', 'the record\'s date; the cancellation was announced on Friday 9 October 2020'),
 ('wikinews_2020.csv', 109, 'biden-projected-president-elect', 'the record\'s date; the projection was on Saturday 7 November 2020 ("Today")'),
 ('wikinews_2020.csv', 114, 'gsa-presidential-transition', 'the record\'s date; the letter was sent on Monday 23 November 2020'),
 ('wikinews_2019.csv', 52, 'cahors-holy-headdress-procession', 'the record\'s date and dateline "Friday, May 3, 2019"; the procession was on Saturday 27 April 2019'),
]
DATELINE = re.compile(r'^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]+ \d{1,2}, \d{4}$')
JUNK = re.compile(r'^(—Troy Roberts|\* Both Buttigieg and Klobuchar dropped out prior to Super Tuesday|The procession at the .* Image: Genium\.)$')

def paragraphs(text):
    out = []
    for p in re.split(r'\n\s*\n', text):
        p = re.sub(r'\s+', ' ', p).strip()
        if not p or JUNK.match(p):
            continue
        if not out and DATELINE.match(p):
            continue
        out.append(p)
    return out

def main(src_dir):
    data = {f: list(csv.DictReader(open(os.path.join(src_dir, f), encoding='utf-8', newline='')))
            for f in ('wikinews_2019.csv', 'wikinews_2020.csv')}
    pages = []
    for src, i, short, note in SEL:
        r = data[src][i]
        date, title = r['date'].strip(), re.sub(r'\s+', ' ', r['title']).strip()
        url = r['url'].replace('.org//wiki/', '.org/wiki/')
        meta = {'url': url, 'repository': REPO, 'path': 'data/' + src, 'record': i, 'commit': COMMIT,
                'licence': LICENCE, 'published_from': note}
        pages.append((date, short, title, paragraphs(r['text']), meta))
    pages.sort(key=lambda p: (p[0], p[1]))
    os.makedirs(os.path.join(ROOT, 'pages'), exist_ok=True)
    for old in os.listdir(os.path.join(ROOT, 'pages')):
        os.remove(os.path.join(ROOT, 'pages', old))
    sources = []
    for n, (date, short, title, paras, meta) in enumerate(pages, 1):
        fn = f'{n:03d}-{short}.txt'
        with open(os.path.join(ROOT, 'pages', fn), 'w', encoding='utf-8') as f:
            f.write(f'{date}\n\n{title}\n\n' + '\n\n'.join(paras) + '\n')
        sources.append({'file': fn, 'title': title, 'published': date, **meta})
    with open(os.path.join(ROOT, 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(sources, f, ensure_ascii=False, indent=1); f.write('\n')
    print(len(sources), 'pages')

if __name__ == '__main__':
    main(sys.argv[1])
