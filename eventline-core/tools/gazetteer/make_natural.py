#!/usr/bin/env python3
"""Builds Eventline's natural-features resource (natural.tsv) from Natural Earth's physical labels.

Run once by hand when the data is to be refreshed; nothing here runs at build or run time.

Source: Natural Earth 10m physical vectors, version 2.0.0 (public domain, naturalearthdata.com), as kept in
the GitHub repository nvkelso/natural-earth-vector. That repository's snapshot is larger than the tools of
this project could bring in, so the files were taken from its fork lonelyplanet/natural-earth-vector
(commit 2891c4b58444f4312cbcc5e217d05140adbe25c3, which carries nvkelso's history and the 2.0.0 files
unchanged), e.g. with a clone of that fork:

    git -C natural-earth-vector show 2891c4b:10m_physical/ne_10m_geography_regions_polys.shp > /tmp/ne/polys.shp
    git -C natural-earth-vector show 2891c4b:10m_physical/ne_10m_geography_regions_polys.dbf > /tmp/ne/polys.dbf
    git -C natural-earth-vector show 2891c4b:10m_physical/ne_10m_geography_regions_points.shp > /tmp/ne/points.shp
    git -C natural-earth-vector show 2891c4b:10m_physical/ne_10m_geography_regions_points.dbf > /tmp/ne/points.dbf
    git -C natural-earth-vector show 2891c4b:10m_physical/ne_10m_geography_marine_polys.shp > /tmp/ne/marine.shp
    git -C natural-earth-vector show 2891c4b:10m_physical/ne_10m_geography_marine_polys.dbf > /tmp/ne/marine.dbf
    python3 make_natural.py /tmp/ne/polys.shp /tmp/ne/points.shp /tmp/ne/marine.shp ../../src/main/resources/org/eventline/geo

(The geojson export of the polygons is not in that snapshot, and its export of the points lost every
letter outside ASCII ("Curaao"), so the shapefiles are read; the .dbf beside each holds the attributes,
in Windows-1252. Version 2.0.0 has no ne_id column, so a line names its feature by name and class.)
Standard library only; the same files give the same bytes.

What is kept:
  * ne_10m_geography_regions_polys: featurecla Island and Island group (kind `island`), Peninsula, Pen/cape
    (not the capes and points in it: names with Cape, Cabo, Point, Promontory, Head ...), Desert, Delta,
    Basin, Valley, Wetlands, Isthmus, Geoarea, Plateau and Plain (kind `area`); never Range/mtn, Coast, Lake,
    Continent, Tundra, Lowland, Depression. Natural Earth's scalerank says from which map scale a label is
    drawn (0: the world map; 5: a map of a large country; 6-7: regional maps). Islands, island groups,
    peninsulas, deserts, valleys and wetlands up to 5 are kept (Borneo 2, Lesbos 5, Kodiak Island 5, the
    Juan Fernandez Islands 6 are not), deltas, basins and geographic areas up to 4, isthmuses, plateaus up
    to 3 and plains up to 2: the broader classes have more features per rank and fewer that news names.
  * ne_10m_geography_regions_points: featurecla island up to scalerank 5 (small islands and atolls that the
    polygons lack: Easter Island, Rarotonga, Bikini). Its lat_y/long_x columns are wrong for some features
    in this version (Diego Garcia's are Rodrigues'), so the point geometry is used.
  * ne_10m_geography_marine_polys (kind `sea`): named waters, where news of shipping, navies, migrants at
    sea, spills and storms happens ("in the Gulf of Aden", "the Java Sea"). Its 311 polygons have the
    classes sea (72), gulf (62), bay (60), strait (39), sound (22), channel (16), generic (11, unnamed),
    lagoon (9), fjord (8), ocean (7), river (3), inlet and reef (1 each), scalerank 0-9. Kept: every sea (up
    to 8: a named sea is a name news uses, the Visayan Sea 8, the Sea of Marmara 6, the Alboran Sea 7), gulfs,
    straits, channels, sounds and lagoons up to 7, bays up to 6, fjords up to 5 and the reef (4, the Great
    Barrier Reef). The cut-offs are higher than for land because Natural Earth ranks narrow waters by their
    size on a map, not by how often they are named: the Bab el Mandeb, the Dardanelles, the Gulf of Aqaba,
    the Palk, Cook and Tsugaru Straits are 7, the Gulf of Suez 6, the Bosporus 5; what 8 and 9 add is small
    Arctic inlets, Philippine gulfs and Amazon channels (Leyte Gulf, Surigao Strait and Puget Sound are 8-9 and
    left out). Bays stop at 6 (bay 7 is Monterey, Massachusetts and San Francisco Bay: the last would take
    "San Francisco Bay Area" from the city). Not kept: the oceans (scalerank 0; "in the Pacific" says
    little, and world-regions.txt names them already as places of no country), the river mouths (Amazon,
    Columbia, Yangtze: a river is no sea, and its point would be its estuary), the unnamed `generic` polygons,
    the inlet (8), and MARINE_DROP: "Inner Seas" (Natural Earth's label for the waters off western
    Scotland, no name news uses) and the St. Lawrence River (a channel by class). Natural Earth 2.0.0 has no
    polygon for the Strait of Hormuz (it is part of the Persian Gulf's and the Gulf of Oman's), so it is
    not here; a hand-made line in supplement.tsv would add it.

The point of a polygon feature is the centroid of its largest ring (by area); when that centroid falls
outside the ring (a crescent, an archipelago's outline), the middle of the longest stretch of the ring's
inside along the centroid's latitude is used instead. So the point lies on the feature, roughly central.

Country: that of the nearest place of places.tsv.gz (not its regions) within 300 km of the point, else the
feature is dropped (Antarctica, open ocean). admin1: that of the nearest place when it is within 50 km, else
empty. A water is no country's, but each line needs one: it takes the country of the nearest place within
1,500 km of its point (SEA_KM; else it is dropped: the Weddell and Amundsen Seas), its source column says
so, with the place and how far, and it has no admin1. COUNTRY_FIXES sets by hand the country of features
whose nearest place lies in another country. A feature whose outline comes within 50 km of places of other
countries is noted in the source column as spanning them (Borneo: IDN, with MYS and BRN); the country stays
that of the point. A water's source column likewise names the other countries with places within 50 km of
its outline ("the water also borders": the Black Sea's point is off Crimea, UKR, and it borders BGR, GEO,
ROU, RUS, TUR).

Names: Natural Earth writes large features in capitals and shortens words ("Pen.", "I.", "Is.", "Arch.",
"Plat."); names are title-cased and the abbreviations written out. Other names: namealt (or name_alt)
when in Latin script, and the name without its generic word Island(s), Isles, Peninsula, Desert,
Archipelago or Group ("Baffin Island" -> "Baffin", "Island of Newfoundland" -> "Newfoundland"; not for
deltas, basins, valleys and plateaus, whose remainder is a river's name: "Amazon", "Nile") only when what is
left is 4+ letters, does not end like an adjective or demonym ("Arabian", "Libyan", "Western", "Kazakh"
aside), does not start with a common word of the COMMON list ("Great Sandy", "Lesser Sunda") and is no
name of a place of places.tsv.gz (Kodiak, Alaska, exists: so no "Kodiak"; Kamchatka is a region): news
writes the short form mostly for the famous ones, and a curated name is a place whatever the tagger says,
so a surname or word must not become one. Each short form is given to one feature only.

Names of waters: the label, title-cased and with its doubled blanks closed ("Beaufort  Sea"); a few labels
were written in Mac Roman and are read back so ("Golfo San Mat\u2019as" -> "Golfo San Matías"). MARINE_NAMES
gives the name English news writes where the label is in another language, misspelt or abbreviated
("Bab el Mandeb" -> "Bab-el-Mandeb", "Golfo de California" -> "Gulf of California", "Bo Hai" -> "Bohai
Sea", "Inner Sea" -> "Seto Inland Sea", "Hecate Straight" -> "Hecate Strait") and the other names news uses
("Bosphorus", "Gulf of Sirte", "Gulf of Eilat", "Sea of Cortez", "Malacca Strait"); the label stays another
name only where MARINE_NAMES lists it. Other names: namealt when in Latin script ("Arabian Gulf",
"Hainan Strait"), except those of MARINE_ALT_DROP ("The Sound", Øresund's, is a word; "East Sea" is Korea's
name for the Sea of Japan and Vietnam's for the South China Sea). Waters get no short forms: "Black",
"Red" and "Java" alone name other things. An other name that is taken by a feature before, or that the
checks below would drop, is left out alone; a name so is left out with its feature.

Dropped: a feature whose name or kept other name is that of a country (countries.tsv, with its other names
and demonyms, and without a leading North/South/East/West: "Korea"), of a first-level region (also without a leading compass word, as the gazetteer splits "East Grand
Bahama", and each half of a name "A and B" with Island(s) after it: "Andaman and Nicobar") or of a city of 100,000+ people (places.tsv.gz, with their other names), a name of world-regions.txt, or a name supplement.tsv already has (Honshu, Mindanao); those
already resolve, and a natural feature must not shadow them. For waters that drops the Mediterranean and
Caribbean Seas (world regions), the Red Sea (a governorate of Egypt and a state of Sudan), the Bay of Plenty
(a region of New Zealand) and Bahía Blanca (a city). A water whose name a smaller place has is kept, as islands
are, and counts as a place of 20,000 people: Hudson Bay (a village of Saskatchewan) and North Sea (a town of
New York) are the waters, Frobisher Bay (Iqaluit's old name, 7,429) too; Dardanelles is also an old name of
Çanakkale (87,791), which so keeps it, six kilometres from the strait's point. Names that repeat (a group drawn in two
parts) are kept once, at the part of lowest scalerank and largest area. The script prints the counts.
"""
import gzip
import math
import os
import re
import struct
import sys
import unicodedata
from collections import Counter, defaultdict

POLY_CLASSES = {  # featurecla -> (largest scalerank kept, kind)
    "Island": (5, "island"), "Island group": (5, "island"),
    "Peninsula": (5, "area"), "Pen/cape": (5, "area"), "Desert": (5, "area"),
    "Valley": (5, "area"), "Wetlands": (5, "area"),
    "Delta": (4, "area"), "Basin": (4, "area"), "Geoarea": (4, "area"),
    "Isthmus": (3, "area"), "Plateau": (3, "area"), "Plain": (2, "area"),
}
POINT_CLASSES = {"island": (5, "island")}
CAPE = re.compile(r"^(Cape|Cabo|Cap|Kap|Punta|Ponta|Point|Pt\.)\b|\b(Point|Promontory|Head)$", re.I)
LOWER = {"of", "de", "del", "la", "las", "los", "des", "du", "da", "do", "dos", "das", "al", "el", "and", "y"}
GENERIC_TAIL = ("Islands", "Island", "Isles", "Peninsula", "Desert", "Archipelago", "Group")
GENERIC_HEAD = ("Island of ", "Isle of ")
ADJECTIVE = re.compile(r"(an|ern|ic|ese|ish)$")
COMMON = set("""bear long king great big little new old black white red green blue yellow sandy kangaroo christmas
easter prince queen channel virgin coastal central polar north south east west northern southern eastern
western deception heard mill farwell roosevelt masson siple coats palmer graham lesser greater arctic upper
lower middle commander caroline margo belcher datu amazon""".split())
NEAR_KM, ADMIN1_KM, SPAN_KM = 300.0, 50.0, 50.0
# Islands whose nearest place of places.tsv.gz is in another country (checked by hand): Great Nicobar is
# India's (the nearest place is on Sumatra), Rota is in the Northern Mariana Islands (the nearest is on Guam).
# Waters likewise: Kangertittivaq (Scoresby Sound) is Greenland's fjord (the nearest place is in Iceland), the
# Bransfield Strait lies off the Antarctic Peninsula (the nearest place is in Chile).
COUNTRY_FIXES = {"Great Nicobar": "IND", "Rota": "MNP", "Kangertittivaq": "GRL", "Bransfield Strait": "ATA"}
CITY = 100_000
MARINE_CLASSES = {  # featurecla of ne_10m_geography_marine_polys -> largest scalerank kept (kind `sea`)
    "sea": 8, "gulf": 7, "strait": 7, "channel": 7, "sound": 7, "lagoon": 7, "bay": 6, "fjord": 5, "reef": 4,
}
SEA_KM = 1500.0
# Natural Earth's marine labels as English news writes them: label -> (name, other names). The label, when
# it differs from the name only by more than case and hyphens, is kept as another name.
MARINE_NAMES = {
    "Bab el Mandeb": ("Bab-el-Mandeb", ["Bab al-Mandab", "Bab el-Mandeb Strait", "Bab al-Mandab Strait"]),
    "Bosporus": ("Bosporus", ["Bosphorus", "Bosphorus Strait", "Bosporus Strait"]),
    "Estrecho de Magellanes": ("Strait of Magellan", ["Estrecho de Magallanes"]),
    "Golfo de California": ("Gulf of California", ["Sea of Cortez"]),
    "Bahía de Campeche": ("Bay of Campeche", ["Bahía de Campeche"]),
    "Golfe du Lion": ("Gulf of Lion", ["Golfe du Lion", "Gulf of Lions"]),
    "Golfo de Panamá": ("Gulf of Panama", ["Golfo de Panamá"]),
    "Golfo de Guayaquil": ("Gulf of Guayaquil", ["Golfo de Guayaquil"]),
    "Golfo de Tehuantepec": ("Gulf of Tehuantepec", ["Golfo de Tehuantepec"]),
    "Golfo de Urabá": ("Gulf of Urabá", ["Golfo de Urabá"]),
    "Golfo de Penas": ("Gulf of Penas", ["Golfo de Penas"]),
    "Baia de Maputo": ("Maputo Bay", ["Baía de Maputo"]),
    "Bo Hai": ("Bohai Sea", ["Bo Hai", "Bohai Gulf"]),
    "Inner Sea": ("Seto Inland Sea", ["Seto Naikai"]),
    "The North Western Passages": ("Northwest Passage", ["North-West Passage"]),
    "Hecate Straight": ("Hecate Strait", []),
    "Karskiye Strait": ("Kara Strait", ["Karskiye Vorota Strait", "Kara Gate"]),
    "Gulf of Anadyr'": ("Gulf of Anadyr", ["Anadyr Gulf"]),
    "Gulf of Olenëk": ("Olenyok Gulf", ["Gulf of Olenëk"]),
    "Gulf of Khambhät": ("Gulf of Khambhat", ["Gulf of Cambay"]),
    "Gulf of Sidra": ("Gulf of Sidra", ["Gulf of Sirte", "Gulf of Sirt"]),
    "Cumberland Sd.": ("Cumberland Sound", []),
    "Bransfield Str.": ("Bransfield Strait", []),
    "Prince ALbert Sound": ("Prince Albert Sound", []),
    "Vil'kitskogo Strait": ("Vilkitsky Strait", ["Vilkitskiy Strait"]),
    "Øresund": ("Øresund", ["Oresund", "Öresund"]),
    "Waddenzee": ("Wadden Sea", ["Waddenzee"]),
    "Lago de Maracaibo": ("Lake Maracaibo", ["Lago de Maracaibo"]),
    "Río de la Plata": ("Río de la Plata", ["River Plate"]),
    "Kangertittivaq": ("Kangertittivaq", ["Scoresby Sound"]),
    "Sea of Crete": ("Sea of Crete", ["Cretan Sea"]),
    "Strait of Singapore": ("Strait of Singapore", ["Singapore Strait"]),
    "Strait of Malacca": ("Strait of Malacca", ["Straits of Malacca", "Malacca Strait"]),
    "Straits of Florida": ("Straits of Florida", ["Florida Straits", "Florida Strait"]),
    "Gulf of Aqaba": ("Gulf of Aqaba", ["Gulf of Eilat"]),
    "Mozambique Channel": ("Mozambique Channel", []),
}
# Labels that are no name news uses for the water ("Inner Seas": the sea lochs and sounds off western
# Scotland) and channels that are the lower course of a river (the St. Lawrence): not kept.
MARINE_DROP = {"Inner Seas", "St. Lawrence River"}
# Other names of Natural Earth that are a word or name another water ("The Sound" is Øresund's; "East Sea"
# is Korea's name for the Sea of Japan and Vietnam's for the South China Sea): not kept.
MARINE_ALT_DROP = {"the sound", "sound", "east sea"}


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"['\u2019\u02bb\u2018`]", "", s).lower()
    s = " ".join(re.sub(r"[-.,()/]", " ", s).split())
    return s[4:] if s.startswith("the ") else s


def latin(s):
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in s)


def tidy(name, cla):
    """Natural Earth's label as news would write it: title case, abbreviations spelled out."""
    name = " ".join(name.replace("ISANDS", "ISLANDS").split())
    if name.upper() == name:
        words = []
        for i, w in enumerate(name.lower().split(" ")):
            w = "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
            words.append(w.lower() if i > 0 and w.lower() in LOWER else w)
        name = " ".join(words)
    name = re.sub(r" Pen\.$", " Peninsula", name)
    name = re.sub(r"^Pen\. ", "Península ", name)
    name = re.sub(r"^Pén\. ", "Péninsule ", name)
    name = re.sub(r" I\.$", " Island", name)
    name = re.sub(r"^I\. ", "Isla ", name)
    name = re.sub(r" Is\.$", " Islands", name)
    name = re.sub(r"^Is\. ", "Istmo " if cla == "Isthmus" else "Islas ", name)
    name = re.sub(r" Arch\.$", " Archipelago", name)
    name = re.sub(r" Plat\.$", " Plateau", name)
    name = re.sub(r"^Plat\. ", "Plateau ", name)
    name = re.sub(r"^S\. ", "South ", name)
    name = re.sub(r"^N\. ", "North ", name)
    return name


def mac_roman(name):
    """A few marine labels were written in Mac Roman and read as Windows-1252 ("Golfo San Mat’as")."""
    if re.search(r"\w[\u2018\u2019]\w", name) and all(ord(c) < 128 or c in "\u2018\u2019" for c in name):
        return name.encode("cp1252").decode("mac_roman")
    return name


def short_forms(name):
    out = []
    for tail in GENERIC_TAIL:
        if name.endswith(" " + tail):
            out.append(name[: -len(tail) - 1])
    for head in GENERIC_HEAD:
        if name.startswith(head):
            out.append(name[len(head):])
    return out


def read_dbf(path):
    d = open(path, "rb").read()
    n, hl, rl = struct.unpack("<IHH", d[4:12])
    fields = [(d[i:i + 11].split(b"\0")[0].decode(), d[i + 16]) for i in range(32, hl - 1, 32)]
    recs = []
    for k in range(n):
        r, p, rec = d[hl + k * rl: hl + (k + 1) * rl], 1, {}
        for fname, flen in fields:
            rec[fname] = r[p:p + flen].decode("cp1252").strip()
            p += flen
        recs.append(rec)
    return recs


def read_shp(path):
    """Polygon records (shape type 5) as lists of rings of (lon, lat); a point (type 1) as one ring of one."""
    d = open(path, "rb").read()
    pos, shapes = 100, []
    while pos < len(d):
        _, clen = struct.unpack(">ii", d[pos:pos + 8])
        body = d[pos + 8: pos + 8 + clen * 2]
        pos += 8 + clen * 2
        stype = struct.unpack("<i", body[:4])[0]
        if stype == 0:
            shapes.append([])
            continue
        if stype == 1:
            shapes.append([[struct.unpack("<2d", body[4:20])]])
            continue
        nparts, npoints = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack("<%di" % nparts, body[44:44 + 4 * nparts])) + [npoints]
        base = 44 + 4 * nparts
        pts = [struct.unpack("<2d", body[base + 16 * i: base + 16 * i + 16]) for i in range(npoints)]
        shapes.append([pts[parts[j]:parts[j + 1]] for j in range(nparts)])
    return shapes


def ring_area_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        f = x0 * y1 - x1 * y0
        a += f
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    if a == 0:
        return 0.0, ring[0]
    return abs(a / 2), (cx / (3 * a), cy / (3 * a))


def inside(pt, ring):
    x, y = pt
    c = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            c = not c
    return c


def representative(rings):
    area, ring = max(((ring_area_centroid(r)[0], r) for r in rings), key=lambda t: t[0])
    _, (cx, cy) = ring_area_centroid(ring)
    if inside((cx, cy), ring):
        return area, (cx, cy), "centroid of its largest ring"
    xs = sorted(x0 + (cy - y0) * (x1 - x0) / (y1 - y0)
                for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]) if (y0 > cy) != (y1 > cy))
    spans = [(xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2) for i in range(0, len(xs) - 1, 2)]
    if not spans:
        return area, (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)), \
            "mean of its largest ring's vertices"
    return area, (max(spans)[1], cy), "middle of its largest ring across the centroid's latitude"


def km(lat0, lon0, lat1, lon1):
    p0, p1 = math.radians(lat0), math.radians(lat1)
    h = math.sin((p1 - p0) / 2) ** 2 + math.cos(p0) * math.cos(p1) * math.sin(math.radians(lon1 - lon0) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


class Places:
    def __init__(self, rows):
        self.grid = defaultdict(list)
        for r in rows:
            self.grid[(math.floor(r[1]), math.floor(r[2]))].append(r)

    def nearest(self, lat, lon, limit):
        best, reach = None, int(limit / 111.0 / max(0.05, math.cos(math.radians(min(abs(lat), 85))))) + 2
        dlat = int(limit / 111.0) + 1
        for i in range(math.floor(lat) - dlat, math.floor(lat) + dlat + 1):
            for j in range(math.floor(lon) - reach, math.floor(lon) + reach + 1):
                for r in self.grid.get((i, ((j + 180) % 360) - 180), ()):
                    d = km(lat, lon, r[1], r[2])
                    if d <= limit and (best is None or d < best[0]):
                        best = (d, r)
        return best


def main():
    shp, points, marine_shp, res = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    shadow, place_keys, rows = set(), set(), []
    with gzip.open(os.path.join(res, "places.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            names = [c[1]] + [x for x in c[8].split("|") if x]
            keys = {key(n) for n in names}
            place_keys |= keys
            if c[5] == "region" or int(c[7]) >= CITY:
                shadow |= keys
            if c[5] == "region":  # the gazetteer finds "Grand Bahama" as East and West Grand Bahama
                shadow |= {re.sub(r"^(north|south|east|west|central) ", "", k) for k in keys}
                for k in keys:  # "Andaman and Nicobar": the gazetteer takes "Andaman Islands" for it
                    for half in k.split(" and ") if " and " in k else ():
                        shadow |= {half, half + " islands", half + " island"}
            if c[5] != "region":
                rows.append((c[1], float(c[3]), float(c[4]), c[2], c[6]))
    with open(os.path.join(res, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                c = line.rstrip("\n").split("\t")
                names = {key(n) for n in [c[2]] + c[6].split("|") + c[7].split("|") if n}
                shadow |= names | {re.sub(r"^(north|south|east|west) ", "", n) for n in names}
    with open(os.path.join(res, "world-regions.txt"), encoding="utf-8") as f:
        shadow |= {key(l.strip()) for l in f if l.strip() and not l.startswith("#")}
    supplement = set()
    with open(os.path.join(res, "supplement.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and line.strip():
                c = line.rstrip("\n").split("\t")
                supplement |= {key(n) for n in [c[0]] + c[1].split("|") if n}
    places = Places(rows)

    feats = []  # (name, alts, cla, rank, area, (lon, lat), how, outline, source file)
    dbf = read_dbf(os.path.splitext(shp)[0] + ".dbf")
    for rec, rings in zip(dbf, read_shp(shp)):
        cla, rank = rec["featurecla"], int(float(rec["scalerank"] or 99))
        if cla not in POLY_CLASSES or rank > POLY_CLASSES[cla][0] or not rings:
            continue
        if cla == "Pen/cape" and CAPE.search(rec["name"]):
            continue
        area, pt, how = representative(rings)
        outline = [p for r in rings for p in r]
        outline = outline[:: max(1, len(outline) // 80)]
        feats.append((tidy(rec["name"], cla), rec["namealt"], cla, rank, area, pt, how, outline,
                      "10m geography_regions_polys"))
    pdbf = read_dbf(os.path.splitext(points)[0] + ".dbf")
    for rec, shape in zip(pdbf, read_shp(points)):
        cla, rank = rec["featurecla"], int(float(rec["scalerank"] or 99))
        if cla not in POINT_CLASSES or rank > POINT_CLASSES[cla][0] or not shape:
            continue
        feats.append((tidy(rec["name"], cla), rec.get("name_alt", ""), cla, rank, 0.0, shape[0][0],
                      "its point", [], "10m geography_regions_points"))

    stats = Counter()
    feats.sort(key=lambda t: (t[3], -t[4]))
    seen, shorts, out = set(), set(), []
    for name, alt, cla, rank, area, (lon, lat), how, outline, src in feats:
        k = key(name)
        if k in seen:
            stats["repeated name, kept once"] += 1
            continue
        seen.add(k)
        kind = POLY_CLASSES.get(cla, POINT_CLASSES.get(cla, (0, "area")))[1]
        if cla in ("Plain", "Plateau") and all(w in COMMON or w in ("plain", "plateau", "lowland") for w in k.split()):
            stats["generic name (Coastal Plain, Western Plateau)"] += 1
            continue
        alts = [tidy(a, cla) for a in alt.split("|") if a and latin(a) and key(a) != k]
        if k in supplement or any(key(a) in supplement for a in alts):
            stats["already in supplement.tsv"] += 1
            continue
        if k in shadow or any(key(a) in shadow for a in alts):
            stats["name of a country, first-level region, 100,000+ city or world region"] += 1
            continue
        near = places.nearest(lat, lon, NEAR_KM)
        if near is None:
            stats["no place within %d km" % NEAR_KM] += 1
            continue
        d, (pname, plat, plon, country, admin1) = near
        fixed = COUNTRY_FIXES.get(name)
        if fixed:  # the nearest place lies across a border: the island's own country, no admin1
            country, d = fixed, ADMIN1_KM + 1
        for s in short_forms(name):
            sk = key(s)
            if (len(re.sub(r"[^a-z]", "", sk)) >= 4 and not ADJECTIVE.search(sk) and sk.split()[0] not in COMMON
                    and sk not in place_keys and sk not in shadow and sk not in supplement and sk not in seen and sk not in shorts):
                alts.append(s)
                shorts.add(sk)
            else:
                stats["short form not kept (place, word or adjective)"] += 1
        others = []
        for o in alts:
            if key(o) not in {key(x) for x in others} and key(o) != k:
                others.append(o)
        span = set()
        for x, y in outline:
            n2 = places.nearest(y, x, SPAN_KM)
            if n2 and n2[1][3] != country:
                span.add(n2[1][3])
        source = "Natural Earth %s 2.0.0 (public domain), featurecla %s, scalerank %d; point: %s; " \
                 "country%s of the nearest place, %s, %.0f km" % (
                     src, cla, rank, how, " and admin1" if d <= ADMIN1_KM else "", pname, d)
        if fixed:
            source += " (in another country: the island's country set by hand, see COUNTRY_FIXES)"
        if span:
            source += "; the feature also spans %s (places within %d km of its outline), the point is in %s" % (
                ", ".join(sorted(span)), SPAN_KM, country)
        out.append((name, "|".join(others), country, "%.4f" % lat, "%.4f" % lon, kind,
                    admin1 if d <= ADMIN1_KM else "", source))
        stats["kept " + kind] += 1

    marine = []  # (label, namealt, cla, rank, area, (lon, lat), how, outline)
    mdbf = read_dbf(os.path.splitext(marine_shp)[0] + ".dbf")
    for rec, rings in zip(mdbf, read_shp(marine_shp)):
        cla, rank = rec["featurecla"], int(float(rec["scalerank"] or 99))
        if cla not in MARINE_CLASSES or rank > MARINE_CLASSES[cla] or not rings or not rec["name"]:
            continue
        area, pt, how = representative(rings)
        outline = [p for r in rings for p in r]
        outline = outline[:: max(1, len(outline) // 80)]
        marine.append((tidy(mac_roman(rec["name"]), cla), rec["namealt"], cla, rank, area, pt, how, outline))
    marine.sort(key=lambda t: (t[3], -t[4]))
    taken = seen | shorts
    for label, alt, cla, rank, area, (lon, lat), how, outline in marine:
        if label in MARINE_DROP:
            stats["sea: label no name or a river (MARINE_DROP)"] += 1
            continue
        name, extra = MARINE_NAMES.get(label, (label, []))
        k = key(name)
        if k in taken:
            stats["sea: repeated name, kept once"] += 1
            continue
        taken.add(k)
        if k in supplement:
            print("sea dropped, in supplement.tsv: %s" % name)
            stats["sea: already in supplement.tsv"] += 1
            continue
        if k in shadow:
            print("sea dropped, name of a country, region, city or world region: %s" % name)
            stats["sea: name of a country, first-level region, 100,000+ city or world region"] += 1
            continue
        others = []
        for o in ([] if label in MARINE_NAMES else [label]) + [tidy(a, cla) for a in alt.split("|") if a and latin(a)] + extra:
            ko = key(o)
            if ko == k or ko in {key(x) for x in others} or ko in MARINE_ALT_DROP:
                continue
            if ko in shadow or ko in supplement or ko in taken:
                print("sea other name dropped (a country, region, city, world region or taken): %s (%s)" % (o, name))
                stats["sea: other name dropped"] += 1
                continue
            others.append(o)
            taken.add(ko)
        near = places.nearest(lat, lon, NEAR_KM) or places.nearest(lat, lon, SEA_KM)
        if near is None:
            stats["sea: no place within %d km" % SEA_KM] += 1
            print("sea dropped, no place within %d km: %s" % (SEA_KM, name))
            continue
        d, (pname, plat, plon, country, admin1) = near
        fixed = COUNTRY_FIXES.get(name)
        if fixed:
            country = fixed
        span = set()
        for x, y in outline:
            n2 = places.nearest(y, x, SPAN_KM)
            if n2 and n2[1][3] != country:
                span.add(n2[1][3])
        source = "Natural Earth 10m geography_marine_polys 2.0.0 (public domain), featurecla %s, scalerank %d%s; " \
                 "point: %s; a water of no country: the country is that of the nearest place, %s, %.0f km" % (
                     cla, rank, ", label %s" % label if key(label) != k else "", how, pname, d)
        if fixed:
            source += " (in another country: the water's country set by hand, see COUNTRY_FIXES)"
        if k in place_keys:
            print("sea kept, a smaller place has its name: %s" % name)
        if span:
            source += "; the water also borders %s (places within %d km of its outline)" % (", ".join(sorted(span)), SPAN_KM)
        out.append((name, "|".join(others), country, "%.4f" % lat, "%.4f" % lon, "sea", "", source))
        stats["kept sea"] += 1
    out.sort(key=lambda r: (r[5], r[2], r[0]))
    with open(os.path.join(res, "natural.tsv"), "w", encoding="utf-8") as f:
        f.write("# Natural features (islands, island groups, peninsulas, deserts, deltas, basins and other named\n"
                "# physical regions; seas, gulfs, straits and other named waters) from Natural Earth 10m physical\n"
                "# labels 2.0.0, public domain; made by eventline-core/tools/gazetteer/make_natural.py (its\n"
                "# docstring says what is kept and why). Do not edit by hand: add places to supplement.tsv\n"
                "# instead. Columns as supplement.tsv:\n"
                "#   name  other names (|-separated)  country (ISO alpha-3)  lat  lon  kind  admin1 (GeoNames code)  source\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    for k, v in sorted(stats.items()):
        print("%5d  %s" % (v, k))


if __name__ == "__main__":
    main()
