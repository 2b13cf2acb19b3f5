#!/usr/bin/env python3
"""Extract the third place set's Wikinews articles (CC BY 2.5) from vanatteveldt/wikinews CSVs into text pages.
Same source, commit and cleaning as devset/events/tools/extract_pages.py; none of these rows is in
devset/events, devset/places, devset/places2 or devset/dupes.
Usage (from devset/places3): python3 tools/extract_pages.py MIRROR_GIT_DIR"""
import os, sys
SEL = [  # (csv, row index, short name)
 ('2019',0,'magnitogorsk-building-collapse'),('2019',2,'koszalin-escape-room-fire'),('2019',10,'cuba-bus-crash'),
 ('2019',12,'karaj-cargo-plane-crash'),('2019',31,'karol-bagh-hotel-fire'),('2019',49,'california-captivity-sentence'),
 ('2019',56,'kaczynski-child-abuse-punishment'),('2019',95,'dorian-bahamas'),
 ('2019',109,'gold-toilet-theft'),('2019',124,'hurricane-lorenzo-azores'),('2019',145,'dark-web-child-abuse-arrests'),
 ('2019',148,'philippines-earthquake'),('2019',149,'canada-general-election'),
 ('2020',4,'sola-airport-fire'),('2020',44,'bangladesh-covid-deaths'),
 ('2020',75,'british-columbia-playground-drugs'),('2020',80,'calicut-flight-crash'),('2020',110,'izmir-earthquake'),
]
# The extraction itself is the events set's, so all four sets are cut and cleaned alike.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from extract_pages import extract  # noqa: E402  (devset/events/tools/extract_pages.py)

if __name__ == '__main__':
    extract(SEL, sys.argv[1])
