#!/usr/bin/env python3
"""Extract the second place set's Wikinews articles (CC BY 2.5) from vanatteveldt/wikinews CSVs into text pages.
Same source, commit and cleaning as devset/events/tools/extract_pages.py; none of these rows is in
devset/events or devset/places.
Usage (from devset/places2): python3 tools/extract_pages.py MIRROR_GIT_DIR"""
import os, sys
SEL = [  # (csv, row index, short name)
 ('2019',21,'toronto-serial-killer-plea'),('2019',24,'aleppo-block-collapse'),('2019',30,'sea-eye-alan-kurdi'),
 ('2019',59,'taiwan-same-sex-marriage'),('2019',78,'puerto-rico-pierluisi-sworn-in'),('2019',93,'sirhan-stabbed'),
 ('2019',99,'mugabe-dies'),('2019',102,'tonga-pohiva-dies'),('2019',115,'uk-supreme-court-prorogation'),
 ('2019',118,'chirac-dies'),('2019',121,'qandeel-baloch-brother-sentenced'),('2019',130,'ecj-facebook-ruling'),
 ('2019',156,'hungary-buys-hirtenberger'),('2019',164,'samoa-measles-shutdown'),('2019',166,'uk-general-election'),
 ('2020',7,'sultan-qaboos-dies'),('2020',16,'wuhan-foreigners-die'),('2020',20,'trump-clemency'),
 ('2020',24,'mubarak-dies'),('2020',39,'delhi-cow-urine-party'),('2020',56,'basilashvili-arrested'),
 ('2020',65,'nkurunziza-dies'),('2020',66,'tamil-nadu-jackal-arrests'),('2020',76,'seoul-mayor-found-dead'),
 ('2020',89,'pranab-mukherjee-dies'),
]
# The extraction itself is the events set's, so all three sets are cut and cleaned alike.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from extract_pages import extract  # noqa: E402  (devset/events/tools/extract_pages.py)

if __name__ == '__main__':
    extract(SEL, sys.argv[1])
