#!/usr/bin/env python3
"""Extract the fifth place set's English Wikinews articles into text pages, in the layout of
devset/events/tools/extract_pages.py (date line, blank line, title, blank line, paragraphs).

The same two sources as devset/places4 (see its tools/extract_pages.py and README.md), other records:
- airKlizz/WikinewsSum, endataset.json at commit 1d98503: raw wikitext of 101 articles of November 2004 -
  January 2005, rendered by places4's wikitext(). Only articles without a {{byline}} are used (the
  dataset lost the lead paragraph of the others). One record (the South American summit) carries only
  "December 2004" as its date; its date line is the summit's declaration day given in the text.
- TanjotSingh25/CrisisLenz, data/replay/final_replay_signals.json at commit 7b7b73c: 100 articles of
  2005-2025 as plain text with every {{w|...}} dropped with its words, so only records that read without
  a gap are used. The records carry no publication date, so the date line of these pages is the date of
  the event as the annotator knows it (see README.md).
Usage (from devset/places5): python3 tools/extract_pages.py AIRKLIZZ_GIT_DIR CRISISLENZ_GIT_DIR
(the git directories of the two mirrors, e.g. /work/.mirror/airKlizz+WikinewsSum/repo)."""
import datetime, importlib.util, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('places4_extract', os.path.join(HERE, '..', '..', 'places4', 'tools', 'extract_pages.py'))
P4 = importlib.util.module_from_spec(_spec); _spec.loader.exec_module(P4)  # show, wikitext, records, clean

# (source, record index counted from 0, short name, date: the event's date for CrisisLenz records and for
# a WikinewsSum record without a full date, None where the WikinewsSum record gives its own)
SEL = [
 ('airklizz', 15, 'brasilia-lula-roh-moo-hyun', None), ('airklizz', 19, 'tatarstan-latin-alphabet-ruling', None),
 ('airklizz', 45, 'vienna-gusenbauer-reelected', None), ('airklizz', 51, 'congo-rwanda-troops', None),
 ('airklizz', 64, 'cusco-south-american-community', '2004-12-08'), ('airklizz', 66, 'redwood-city-peterson-jury', None),
 ('airklizz', 94, 'aceh-tsunami-aid', None),
 ('crisislenz', 4, 'rawalpindi-bhutto-assassination', '2007-12-27'), ('crisislenz', 30, 'chechal-kunar-air-strike', '2005-07-01'),
 ('crisislenz', 33, 'mogadishu-shamo-hotel-bombing', '2009-12-03'), ('crisislenz', 36, 'ramadi-air-strikes', '2005-10-16'),
 ('crisislenz', 38, 'mumbai-train-bombings-investigation', '2006-07-12'), ('crisislenz', 42, 'khost-camp-chapman-bombing', '2009-12-30'),
 ('crisislenz', 49, 'baghdad-baquba-bombings', '2009-04-24'), ('crisislenz', 53, 'kunming-bus-bombings-reward', '2008-07-21'),
 ('crisislenz', 60, 'naghar-kalai-atwah-strike', '2006-04-12'), ('crisislenz', 62, 'beit-lahiya-air-strike', '2006-11-06'),
 ('crisislenz', 66, 'saba-yoi-market-bombing', '2007-05-28'), ('crisislenz', 67, 'khanaqin-hamra-bombings', '2005-11-18'),
 ('crisislenz', 71, 'bannu-peshawar-bombings', '2009-09-26'),
 ('crisislenz', 78, 'noto-earthquake', '2007-03-25'), ('crisislenz', 81, 'damadola-bajaur-strike', '2006-01-17'),
 ('crisislenz', 86, 'rafah-air-strikes', '2009-02-01'), ('crisislenz', 89, 'khiam-un-post-bombing', '2006-07-26'),
]
RELATED = re.compile(r'^(Related (news|Wikinews|articles)|Sister links)$')

def crisislenz_paras(paras):
    """Two more CrisisLenz leftovers than places4 handles: an image float left without its size ("left|"),
    and a paragraph the record breaks mid-sentence (the next line starts in lower case), joined again."""
    out = []
    for p in paras:
        if re.fullmatch(r'(left|right)\|\s*', p):
            continue
        if out and re.match(r'[a-z]', p):
            out[-1] = out[-1].rstrip() + ' ' + p
        else:
            out.append(p)
    return out

def airklizz_undated(rec, date):
    """places4's airklizz_record for a record whose date line has no day: the given date, and the
    "December 2004" line dropped."""
    paras = [P4.wikitext(p) for p in rec['text']]
    paras = [p for p in (x.strip() for x in '\n\n'.join(paras).split('\n\n')) if p]
    paras = [p for p in paras if not re.match(r'^[a-z]{2}:\S', p) and not re.fullmatch(r'\w+ \d{4}', p)]
    return datetime.date.fromisoformat(date), paras

def main(airklizz_git, crisislenz_git):
    """Runs places4's main() on this set's selection, with its two record readers wrapped for the three
    additions above, then corrects the licence and date notes of sources.json that places4's main()
    writes for its own records (it marks every CrisisLenz page CC BY 2.5, and knows no undated record)."""
    undated = {}  # WikinewsSum title -> the date given in SEL
    ak = [json.loads(l) for l in P4.show(airklizz_git, P4.AIRKLIZZ[1], P4.AIRKLIZZ[2]).split('\n') if l.strip()]
    for src, i, _, date in SEL:
        if src == 'airklizz' and date is not None:
            undated[ak[i]['title']] = date
    read_ak, read_cl = P4.airklizz_record, P4.crisislenz_record
    P4.airklizz_record = lambda rec: airklizz_undated(rec, undated[rec['title']]) if rec['title'] in undated else read_ak(rec)
    def read_crisislenz(rec, date):
        d, paras = read_cl(rec, date)
        paras = crisislenz_paras(paras)
        while paras and RELATED.match(paras[-1].strip()):  # a "Related" heading left above the cut
            paras.pop()
        return d, paras
    P4.crisislenz_record = read_crisislenz
    P4.SEL = SEL
    P4.main(airklizz_git, crisislenz_git)
    meta = json.load(open('sources.json', encoding='utf-8'))
    for m in meta:
        if m['repository'] == P4.AIRKLIZZ[0] and m['title'] in undated:
            m['published_from'] = 'the source gives only "December 2004"; the day of the declaration the article reports'
        elif m['repository'] == P4.CRISISLENZ[0] and m['published'] < '2005-09-25':
            m['licence'] = 'public domain (Wikinews article published before 25 September 2005)'
    with open('sources.json', 'w', encoding='utf-8') as f:
        json.dump(meta, f, indent=1, ensure_ascii=False); f.write('\n')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
