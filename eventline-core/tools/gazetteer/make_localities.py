#!/usr/bin/env python3
"""Builds Eventline's localities resource: the towns, villages and municipalities of the
countries-states-cities database that the other gazetteer files lack.

Run once by hand when the data is to be refreshed; nothing here runs at build or run time:

    cd /tmp && npm pack @countrystatecity/countries@1.0.9 && mkdir -p csc && tar xzf countrystatecity-countries-1.0.9.tgz -C csc
    python3 make_localities.py /tmp/csc/package/dist/data ../../src/main/resources/org/eventline/geo

Writes localities.tsv.gz in the columns of places.tsv.gz (no GeoNames id, population 0, kind
`village`), reading the other files of the same folder first: a locality is kept only when no
place, county, airport, curated or natural line of its own country goes by its name within 25 km
(so it adds a place, never a second point for one the gazetteer has). Its admin1 is that of the
nearest place of places.tsv.gz in its country. See the README there for the licence (ODbL).
"""
import difflib
import glob
import gzip
import json
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict

NEAR_KM = 25.0
# The database gives no population: a locality counts as the smallest place of cities500 does, so
# that in an article about its country it beats a foreign city of its name as a village there would
POPULATION = 500
# A name this like one of a place of the same country within SPELLING_KM is that place spelt another
# way ("Deir Jarir" beside GeoNames' "Dayr Jarir", "Huyen Muong La" beside "Muong La")
SPELLING_KM = 10.0
SPELLING_LIKENESS = 0.7


def spelt_otherwise(k, others):
    return any(k in o or o in k or difflib.SequenceMatcher(None, k, o).ratio() >= SPELLING_LIKENESS for o in others)


def key(s):
    folded = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


def usable(name):
    """A name news could write: Latin script, capitalised, no digits, codes or brackets."""
    if len(name) < 3 or not name[0].isupper() or any(c.isdigit() or c in "()[]/," for c in name):
        return False
    folded = key(name)
    return len(folded) >= 3 and len(folded.replace(" ", "")) >= 0.8 * len(name.replace(" ", "").replace("-", "").replace("'", ""))


def main():
    src, res = sys.argv[1], sys.argv[2]
    alpha3, known, grid, named = {}, defaultdict(list), defaultdict(list), defaultdict(list)
    with open(os.path.join(res, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            alpha3[c[1]] = c[0]
            for n in [c[2]] + [x for x in c[6].split("|") if x] + [x for x in c[7].split("|") if x]:
                known[key(n)].append(("*", 0.0, 0.0))  # a country's name or demonym is never a locality
    for name in ("places.tsv.gz", "counties.tsv.gz", "airports.tsv.gz"):
        with gzip.open(os.path.join(res, name), "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                p = line.rstrip("\n").split("\t")
                lat, lon = float(p[3]), float(p[4])
                for n in [p[1]] + [x for x in p[8].split("|") if x]:
                    known[key(n)].append((p[2], lat, lon))
                    named[(p[2], round(lat), round(lon))].append((lat, lon, key(n)))
                if name == "places.tsv.gz" and p[5] != "region":
                    grid[(p[2], round(lat), round(lon))].append((lat, lon, p[6]))
    for name in ("supplement.tsv", "natural.tsv"):
        with open(os.path.join(res, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                s = line.rstrip("\n").split("\t")
                for n in [s[0]] + [x for x in s[1].split("|") if x]:
                    known[key(n)].append((s[2], float(s[3]), float(s[4])))
                    named[(s[2], round(float(s[3])), round(float(s[4])))].append((float(s[3]), float(s[4]), key(n)))
    rows, seen, counts = [], set(), defaultdict(int)
    for path in sorted(glob.glob(os.path.join(src, "*", "*", "cities.json"))):
        for c in json.load(open(path, encoding="utf-8")):
            country = alpha3.get(c["country_code"])
            name = " ".join(c["name"].split())
            if country is None or not usable(name):
                counts["unusable"] += 1
                continue
            lat, lon = float(c["latitude"]), float(c["longitude"])
            k = key(name)
            hits = known.get(k, ())
            if any(h[0] == "*" for h in hits):
                counts["country name"] += 1
                continue
            if any(h[0] == country and km(lat, lon, h[1], h[2]) < NEAR_KM for h in hits):
                counts["already in"] += 1
                continue
            near = [n for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                    for (nlat, nlon, n) in named.get((country, round(lat) + dy, round(lon) + dx), ())
                    if km(lat, lon, nlat, nlon) < SPELLING_KM]
            if spelt_otherwise(k, near):
                counts["spelt otherwise"] += 1
                continue
            if (k, country, round(lat, 1), round(lon, 1)) in seen:
                counts["repeated"] += 1
                continue
            seen.add((k, country, round(lat, 1), round(lon, 1)))
            best, admin1 = 1e9, ""
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for plat, plon, pa in grid.get((country, round(lat) + dy, round(lon) + dx), ()):
                        d = (plat - lat) ** 2 + ((plon - lon) * math.cos(math.radians(lat))) ** 2
                        if d < best:
                            best, admin1 = d, pa
            rows.append(["", name, country, f"{lat:.4f}", f"{lon:.4f}", "village", admin1, str(POPULATION), ""])
            counts["added"] += 1
    rows.sort(key=lambda r: (r[2], r[1]))
    with gzip.open(os.path.join(res, "localities.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# geonames_id\tname\tcountry\tlat\tlon\tkind\tadmin1\tpopulation\tother_names\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(dict(counts))


main()
