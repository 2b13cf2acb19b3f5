#!/usr/bin/env python3
"""Builds Eventline's two files of localities: places with a name and a point but no population,
from data other than GeoNames' cities500, that the other gazetteer files lack.

Run once by hand when the data is to be refreshed; nothing here runs at build or run time:

    cd /tmp && npm pack @countrystatecity/countries@1.0.9 && mkdir -p csc && tar xzf countrystatecity-countries-1.0.9.tgz -C csc
    git clone https://github.com/symerio/postal-codes-data /tmp/postal && git -C /tmp/postal checkout 3a94317
    python3 make_localities.py /tmp/csc/package/dist/data /tmp/postal/data/geonames ../../src/main/resources/org/eventline/geo

Writes localities.tsv.gz (the towns, villages and municipalities of the countries-states-cities
database) and then postal.tsv.gz (the place names of GeoNames' postal-code files, as mirrored by
symerio/postal-codes-data), both in the columns of places.tsv.gz: no GeoNames id, kind `locality`,
population 500. It reads the other files of the same folder first: a locality is kept only when no
place, county, airport, curated or natural line of its own country (nor, for a postal name, a line
of localities.tsv.gz) goes by its name within 25 km, nor by a like spelling within 10 km, so it
adds a place, never a second point for one the gazetteer has. Its admin1 is that of the nearest
place of places.tsv.gz in its country. See the README there for the licences (ODbL, CC BY 4.0).
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
# The sources give no population: a locality counts as the smallest place of cities500 does, so
# that in an article about its country it beats a foreign city of its name as a village there would
POPULATION = 500
KIND = "locality"
# A postal point shared by this many names at an estimated accuracy is an area's centre, not theirs
SHARED_POINT = 3
# One English word for a kind of place or an ideal is no name a reader can tell from the word ("the
# Highway", "in Central", "Hope"): a locality called only that is left out
GENERIC = set("""airport bay beach bridge camp capital castle center central centre church city coast college corner
court crossing cross east falls farm field fields forest freedom garden gardens green grove hall harbor harbour heights
highway hill hills hope hospital house independence island junction lake landing liberty market mill mills mountain
north palace paradise park peace plains point port progress ridge river school south springs square station summit
terminal tower town union unity university valley victory view village west""".split())
# A name this like one of a place of the same country within SPELLING_KM is that place spelt another
# way ("Deir Jarir" beside GeoNames' "Dayr Jarir", "Huyen Muong La" beside "Muong La")
SPELLING_KM = 10.0
SPELLING_LIKENESS = 0.7
# A postal name's codes within this distance of its first are one place, at their mean point
CLUSTER_KM = 10.0


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


class Known:
    """Every name the gazetteer's files hold, by key, with its country and point."""

    def __init__(self, res):
        self.alpha3, self.names, self.near, self.admin1s = {}, defaultdict(list), defaultdict(list), defaultdict(list)
        with open(os.path.join(res, "countries.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                self.alpha3[c[1]] = c[0]
                for n in [c[2]] + [x for x in c[6].split("|") if x] + [x for x in c[7].split("|") if x]:
                    self.names[key(n)].append(("*", 0.0, 0.0))  # a country's name or demonym is never a locality
        for name in ("places.tsv.gz", "counties.tsv.gz", "airports.tsv.gz"):
            with gzip.open(os.path.join(res, name), "rt", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#"):
                        continue
                    p = line.rstrip("\n").split("\t")
                    self.add([p[1]] + [x for x in p[8].split("|") if x], p[2], float(p[3]), float(p[4]))
                    if name == "places.tsv.gz" and p[5] != "region":
                        lat, lon = float(p[3]), float(p[4])
                        self.admin1s[(p[2], round(lat), round(lon))].append((lat, lon, p[6]))
        for name in ("supplement.tsv", "natural.tsv"):
            with open(os.path.join(res, name), encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#"):
                        continue
                    s = line.rstrip("\n").split("\t")
                    self.add([s[0]] + [x for x in s[1].split("|") if x], s[2], float(s[3]), float(s[4]))

    def add(self, names, country, lat, lon):
        for n in names:
            self.names[key(n)].append((country, lat, lon))
            self.near[(country, round(lat), round(lon))].append((lat, lon, key(n)))

    def verdict(self, name, country, lat, lon):
        """Why a locality is left out, or None to keep it."""
        k = key(name)
        hits = self.names.get(k, ())
        if any(h[0] == "*" for h in hits):
            return "country name"
        if any(h[0] == country and km(lat, lon, h[1], h[2]) < NEAR_KM for h in hits):
            return "already in"
        near = [n for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                for (nlat, nlon, n) in self.near.get((country, round(lat) + dy, round(lon) + dx), ())
                if km(lat, lon, nlat, nlon) < SPELLING_KM]
        return "spelt otherwise" if spelt_otherwise(k, near) else None

    def admin1(self, country, lat, lon):
        best, admin1 = 1e9, ""
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for plat, plon, pa in self.admin1s.get((country, round(lat) + dy, round(lon) + dx), ()):
                    d = (plat - lat) ** 2 + ((plon - lon) * math.cos(math.radians(lat))) ** 2
                    if d < best:
                        best, admin1 = d, pa
        return admin1


def countries_states_cities(src):
    """(ISO alpha-2, name, lat, lon) of every city of the database."""
    for path in sorted(glob.glob(os.path.join(src, "*", "*", "cities.json"))):
        for c in json.load(open(path, encoding="utf-8")):
            yield c["country_code"], " ".join(c["name"].split()), float(c["latitude"]), float(c["longitude"])


def postal_places(src):
    """(ISO alpha-2, name, lat, lon) of each place name of the postal-code files, one point per name
    and country within 10 km (the mean of its codes' points); a point that three or more names share
    at an estimated accuracy is an area's centre and is left out, as are names with codes, quotes or
    abbreviations ("Paalsuodes k.", "SB Paezerys", "BARRIO ALTOS")."""
    rows, shared = [], defaultdict(set)
    for path in sorted(glob.glob(os.path.join(src, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = line.rstrip("\n").split("\t")
                if len(r) < 11 or not r[9] or not r[10]:
                    continue
                lat, lon, accuracy = float(r[9]), float(r[10]), r[11] if len(r) > 11 else ""
                name = " ".join(r[2].split())
                rows.append((r[0], name, lat, lon, accuracy))
                shared[(r[0], round(lat, 4), round(lon, 4))].add(name)
    groups = defaultdict(list)
    for cc, name, lat, lon, accuracy in rows:
        if accuracy in ("", "1") and len(shared[(cc, round(lat, 4), round(lon, 4))]) >= SHARED_POINT:
            continue
        if re.search(r'[.\u201e\u201c"()/]', name) or any(len(w) >= 4 and w.isupper() for w in name.split()) \
                or re.match(r"^Mc[a-z]", name):
            continue
        groups[(cc, key(name))].append((name, lat, lon))
    for (cc, _), items in groups.items():
        clusters = []
        for name, lat, lon in items:
            for c in clusters:
                if km(lat, lon, c[1][0][0], c[1][0][1]) < CLUSTER_KM:
                    c[1].append((lat, lon))
                    break
            else:
                clusters.append((name, [(lat, lon)]))
        for name, points in clusters:
            yield cc, name, sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def write(known, places, out):
    rows, seen, counts = [], set(), defaultdict(int)
    for cc, name, lat, lon in places:
        country = known.alpha3.get(cc)
        if country is None or not usable(name) or key(name) in GENERIC:
            counts["unusable"] += 1
            continue
        why = known.verdict(name, country, lat, lon)
        if why is None and (key(name), country, round(lat, 1), round(lon, 1)) in seen:
            why = "repeated"
        if why is not None:
            counts[why] += 1
            continue
        seen.add((key(name), country, round(lat, 1), round(lon, 1)))
        rows.append(["", name, country, f"{lat:.4f}", f"{lon:.4f}", KIND, known.admin1(country, lat, lon), str(POPULATION), ""])
        counts["added"] += 1
    rows.sort(key=lambda r: (r[2], r[1]))
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# geonames_id\tname\tcountry\tlat\tlon\tkind\tadmin1\tpopulation\tother_names\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(os.path.basename(out), dict(counts))
    return rows


def main():
    csc, postal, res = sys.argv[1], sys.argv[2], sys.argv[3]
    known = Known(res)
    for r in write(known, countries_states_cities(csc), os.path.join(res, "localities.tsv.gz")):
        known.add([r[1]], r[2], float(r[3]), float(r[4]))
    write(known, postal_places(postal), os.path.join(res, "postal.tsv.gz"))


main()
