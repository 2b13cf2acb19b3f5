#!/usr/bin/env python3
"""Extract the place set's Wikinews articles (CC BY 2.5) from vanatteveldt/wikinews CSVs into text pages.
Same source, commit and cleaning as devset/events/tools/extract_pages.py; none of these rows is in devset/events.
Usage (from devset/places): python3 tools/extract_pages.py MIRROR_GIT_DIR"""
import os, sys
SEL = [  # (csv, row index, short name)
 ('2019',22,'paris-police-rape-verdict'),('2019',41,'christchurch-suspect-court'),('2019',58,'alabama-abortion-law'),
 ('2019',62,'white-house-self-immolation'),('2019',67,'charlottesville-sentence'),('2019',81,'el-paso-shooting'),
 ('2019',82,'puerto-rico-court-governor'),('2019',104,'scottish-court-prorogation'),('2019',128,'paris-police-hq-stabbing'),
 ('2019',136,'trump-tax-records-ruling'),('2019',138,'wiranto-stabbed'),('2019',144,'carrie-lam-speech'),
 ('2019',162,'hong-kong-district-elections'),('2019',163,'london-bridge-attack'),
 ('2020',3,'soleimani-funeral-stampede'),('2020',5,'greece-eastmed-pipeline'),('2020',15,'streatham-attack'),
 ('2020',27,'argentina-abortion-bill'),('2020',37,'montana-ballot-lawsuit'),('2020',43,'wisconsin-election'),
 ('2020',53,'bridgegate-convictions'),('2020',69,'reading-stabbing'),
 ('2020',93,'croydon-officer-shot'),('2020',113,'kenosha-suspect-released'),
]
# The extraction itself is the events set's, so both sets are cut and cleaned alike.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from extract_pages import extract  # noqa: E402  (devset/events/tools/extract_pages.py)

if __name__ == '__main__':
    extract(SEL, sys.argv[1])
