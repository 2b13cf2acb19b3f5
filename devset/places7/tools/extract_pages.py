#!/usr/bin/env python3
"""Extract the seventh place set's English Wikinews articles into text pages, in the layout of
devset/events/tools/extract_pages.py (date line, blank line, title, blank line, paragraphs).

The mirror of devset/places4 to devset/places6, other records: TanjotSingh25/CrisisLenz at commit
7b7b73c. 16 pages come from good_candidates.json (records that places6 read and left, none of them in an
earlier set), 3 from data/replay/final_replay_signals.json (records no earlier set used); only records
that read without a gap are used. The records carry no publication date, so the date line of these
pages is the date of the event as the annotator knows it (see README.md).
The places6 extractor (devset/places6/tools/extract_pages.py, which loads places5's and places4's) is
loaded and its main() run on this set's selection; one thing is added to its cleaning: a trailing
"Related News" heading (capital N, which places5's RELATED pattern does not match) is dropped too.
Usage (from devset/places7): python3 tools/extract_pages.py AIRKLIZZ_GIT_DIR CRISISLENZ_GIT_DIR
(the git directories of the two mirrors, as for places4 to places6; no WikinewsSum record is used)."""
import importlib.util, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('places6_extract', os.path.join(HERE, '..', '..', 'places6', 'tools', 'extract_pages.py'))
P6 = importlib.util.module_from_spec(_spec); _spec.loader.exec_module(P6)

# (file, record index counted from 0, short name, the event's date as the annotator knows it)
SEL = [
 ('good', 114, 'mosul-outpost-truck-bomb', '2004-12-29'), ('good', 97, 'cairo-el-nashar-capture', '2005-07-15'),
 ('good', 150, 'iraq-war-anniversary-protests', '2006-03-19'), ('final', 99, 'sinai-mfo-base-bombers', '2006-04-26'),
 ('good', 89, 'qana-airstrike', '2006-07-30'), ('good', 127, 'bogota-faked-attacks', '2006-09-07'),
 ('good', 134, 'kuril-earthquake-tsunami-warning', '2006-11-15'), ('good', 108, 'manchester-leeds-july-7-arrests', '2007-03-22'),
 ('good', 135, 'baghdad-karrada-fuel-truck-bomb', '2007-04-19'), ('good', 112, 'north-waziristan-hub-convoy-bombs', '2007-07-19'),
 ('good', 142, 'bengkulu-earthquake', '2007-09-12'), ('good', 168, 'tarbela-commando-mess-bomb', '2007-09-13'),
 ('final', 87, 'karachi-bhutto-convoy-bombing', '2007-10-18'), ('good', 129, 'nusakambangan-bali-bomber-executions', '2008-11-09'),
 ('good', 99, 'temanggung-noordin-top-siege', '2009-08-08'), ('final', 73, 'shangla-convoy-bombing', '2009-10-12'), ('good', 132, 'sumbawa-raba-earthquake', '2009-11-09'),
 ('good', 92, 'gaza-airstrikes', '2010-04-02'), ('good', 151, 'baghdad-embassy-bombings', '2010-04-04'),
]

_paras_of = P6.paras_of
def paras_of(rec, date):
    d, paras = _paras_of(rec, date)
    while paras and paras[-1].strip().lower() in ('related news', 'related articles', 'related wikinews'):
        paras.pop()
    return d, paras

if __name__ == '__main__':
    P6.SEL = SEL
    P6.paras_of = paras_of
    P6.main(sys.argv[1], sys.argv[2])
