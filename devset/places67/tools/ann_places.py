# Gold events of the sixty-seventh place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places61's README (from places28, places26, places25, places24, places23); see
# this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries (and Vatican City, a city-state)
 'Ukraine': ('UKR', (49.0, 31.4)), 'Democratic Republic of the Congo': ('COD', (-2.9, 23.6)),
 'Czech Republic': ('CZE', (49.8, 15.5)), 'New Zealand': ('NZL', (-41.0, 174.0)), 'Australia': ('AUS', (-25.3, 133.8)),
 'Vatican City': ('VAT', (41.90, 12.45)),
 # regions, provinces, districts, counties
 'Équateur Province': ('COD', (0.0, 19.0)), 'Linli County': ('CHN', (29.43, 111.65)), 'Puntland': ('SOM', (8.5, 49.0)),
 'Ras Aseir': ('SOM', (11.8, 51.2)), 'Kursk': ('RUS', (51.73, 36.19)), 'Nandurbar district': ('IND', (21.5, 74.2)),
 # cities, towns, villages, suburbs
 'Bukavu': ('COD', (-2.51, 28.86)), 'Mykolaiv': ('UKR', (46.97, 32.00)),
 'Málaga': ('ESP', (36.72, -4.42)), 'Życzyn': ('POL', (51.8, 21.8)), 'Bondi Beach': ('AUS', (-33.89, 151.27)),
 'Brussels': ('BEL', (50.85, 4.35)), 'Alamogordo': ('USA', (32.90, -105.96)), 'Delhi': ('IND', (28.61, 77.21)),
 'Indore': ('IND', (22.72, 75.86)), 'Engelberg': ('CHE', (46.82, 8.40)),
}
COUNTRY_LEVEL = {'Ukraine', 'Democratic Republic of the Congo', 'Czech Republic', 'New Zealand', 'Australia',
                 'Vatican City'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}                 # required, no place on the page
NOWHERE_NR = {'r': False}    # not required, no place on the page


def nat(names):              # a natural event or an accident: the event itself is the source
    return oth(names, None)


def unk(names=("unknown", "unidentified")):
    return oth(list(names), None)



# ---- actors
M23 = ag(["m23", "m23 forces", "rwanda-backed m23 forces", "m23 rebels", "rebels"], "COD")
COD_GOV = gov(["government of the democratic republic of the congo", "government", "democratic republic of the congo", "drc", "dr congo", "congo"], "COD")
COD = st(["democratic republic of the congo", "dr congo", "drc", "congo", "congolese army", "bukavu"], "COD")
BUKAVU_RES = civ(["residents", "two million residents", "its roughly two million residents", "bukavu"], "COD")
RUSSIA = st(["russia", "russian", "russian forces", "russian military"], "RUS")
UKR_TGT = st(["ukraine", "thermal power station", "power station", "ukrainian infrastructure", "mykolaiv"], "UKR")
UKR_MIL = mil(["ukraine", "ukrainian air force", "ukrainian forces", "ukrainian military"], "UKR")
DRONES = oth(["drones", "143 drones", "95 of 143 drones", "russian drones", "russia"], "RUS")
YEM_CG = mil(["yemen coast guard", "coast guard", "yemen", "yemeni government"], "YEM")
HOUTHIS = ag(["houthi movement", "houthis", "houthi", "iran", "iranian weapons shipment", "weapons shipment"], "YEM")
FLOODS = ["severe weather", "flash floods", "floods", "weather"]
PUNT_POL = gov(["puntland maritime police force", "maritime police", "puntland", "coastguard", "puntland's ministry of fisheries and marine resources"], "SOM")
PUNT = gov(["puntland", "puntland authorities", "puntland's ministry of fisheries and marine resources", "authorities"], "SOM")
YEM_FISH = civ(["seven yemeni fishermen", "yemeni fishermen", "fishermen", "yemen", "their vessel"], "YEM")
PRK = st(["north korea", "north korean", "pyongyang", "north korean workers", "workers"], "PRK")
RUS_ST = st(["russia", "russian", "kursk", "russia's kursk"], "RUS")
ANO = ag(["ano", "ano party", "opposition", "opposition ano party", "the opposition ano party"], "CZE")
CZE_GOV = gov(["czech government", "government", "czech republic", "czech", "justice ministry"], "CZE")
NZ_GOV = gov(["government of new zealand", "new zealand", "new zealand government", "government"], "NZL")
COOK = st(["cook islands", "the cook islands"], "COK")
ESP_POL = gov(["spanish police", "police", "spain", "daniel noboa", "noboa", "ecuadorian president daniel noboa"], "ESP")
CHAVARRIA = per(["wilmer chavarría", "chavarría", "wilmer chavarria", "los lobos leader wilmer chavarría", "los lobos", "los lobos leader"], "ECU")
SABOTEURS = oth(["two ukrainian citizens", "ukrainian citizens", "suspects", "unknown", "saboteurs", "sabotage"], "UKR")
RAILWAY = oth(["railway line", "broken railway line", "railway", "a broken railway line"], "POL")
GUNMAN = per(["surviving gunman", "gunman", "the surviving gunman"], "AUS")
BONDI_VIC = civ(["victims", "people", "bondi beach"], "AUS")
AUS_AUTH = gov(["authorities", "police", "australia", "new south wales police", "prosecutors"], "AUS")
USA_MIL = mil(["u.s. navy", "us navy", "navy", "united states southern command", "southern command", "united states", "u.s.", "us"], "USA")
BOAT = oth(["alleged drug smuggling boat", "drug smuggling boat", "boat", "people", "four people", "drug traffickers"], None)
BRU_COURT = gov(["court", "a court in brussels", "belgian court", "belgium", "court in brussels"], "BEL")
DAVIGNON = per(["étienne davignon", "davignon", "etienne davignon", "former diplomat étienne davignon"], "BEL")
VAT_COURT = gov(["vatican appeals court", "appeals court", "vatican", "court", "a vatican appeals court"], "VAT")
BECCIU = per(["giovanni angelo becciu", "becciu", "cardinal giovanni angelo becciu", "cardinal becciu"], "VAT")
HOLLOMAN_VIC = civ(["one person", "person", "another", "people"], "USA")

ANN = {
 'conflicts-feb-16': [
  (M23, COD, ['ASSAULT', 'COERCE'], "Rwanda-backed M23 forces have taken over the center of Bukavu", at('Bukavu')),
  (COD_GOV, BUKAVU_RES, ['REQUEST'], "urges its roughly two million residents to shelter in place", at('Bukavu', r=F)),
  (RUSSIA, UKR_TGT, ['ASSAULT'], "damaging a thermal power station in Mykolaiv", at('Mykolaiv')),
  (UKR_MIL, DRONES, ['ASSAULT'], "Ukraine says that it shot down 95 of 143 drones", at('Ukraine', r=F)),
  (YEM_CG, HOUTHIS, ['COERCE', 'ASSAULT'], "the Yemen Coast Guard had successfully intercepted an Iranian weapons shipment", NOWHERE_NR),
 ],
 'disasters-jun-16': [
  (nat(FLOODS), None, ['ASSAULT'], "The death toll from severe weather and flash floods in Équateur Province", at('Équateur Province', r=F)),
  (nat(["explosion", "firecracker factory"]), None, ['ASSAULT'], "Nine people are killed in an explosion at a firecracker factory in Linli County", at('Linli County', r=F)),
 ],
 'law-crime-jun-17': [
  (PUNT, YEM_FISH, ['CONCEDE', 'RETREAT'], "Seven Yemeni fishermen who were detained for nearly two months", at('Puntland', r=F)),
  (PUNT_POL, YEM_FISH, ['COERCE'], "The fishermen were apprehended by the Puntland Maritime Police Force", at('Ras Aseir')),
 ],
 'politics-jun-18': [
  (PRK, RUS_ST, ['AID', 'COOPERATE'], "North Korea sends thousands of workers to help rebuild Russia's Kursk", at('Kursk')),
  (ANO, CZE_GOV, ['REJECT', 'ACCUSE'], "The Czech government survives a vote of no-confidence called by the opposition ANO party", at('Czech Republic', r=F)),
  (NZ_GOV, COOK, ['SANCTION', 'REJECT'], "The government of New Zealand halts its financial support to the Cook Islands", at('New Zealand')),
 ],
 'disasters-oct-18': [
  (nat(["vehicle", "crash", "plunge"]), None, ['ASSAULT'], "when a vehicle plunges into a gorge in Chandshali Ghat", at('Nandurbar district', r=F)),
 ],
 'law-crime-nov-16': [
  (ESP_POL, CHAVARRIA, ['COERCE'], "Spanish police have captured Los Lobos leader Wilmer Chavarría", at('Málaga')),
  (SABOTEURS, RAILWAY, ['ASSAULT'], "A broken railway line in the area of Życzyn, Garwolin County", at('Życzyn', r=F)),
 ],
 'conflicts-dec-17': [
  (GUNMAN, BONDI_VIC, ['ASSAULT'], "The surviving gunman of the attack on Bondi Beach, Australia", at('Bondi Beach', r=F)),
  (AUS_AUTH, GUNMAN, ['COERCE'], "is charged with 59 offences, including 15 counts of murder", at('Australia', r=F)),
  (USA_MIL, BOAT, ['ASSAULT'], "the U.S. Navy attacked an alleged drug smuggling boat in the Eastern Pacific", NOWHERE),
 ],
 'law-crime-mar-17': [
  (BRU_COURT, DAVIGNON, ['COERCE'], "A court in Brussels, Belgium, orders former diplomat Étienne Davignon to stand trial", at('Brussels')),
  (VAT_COURT, BECCIU, ['COERCE'], "A Vatican appeals court orders a retrial of Cardinal Giovanni Angelo Becciu", at('Vatican City')),
  (unk(("unknown", "shooter", "gunman", "shooting")), HOLLOMAN_VIC, ['ASSAULT'], "One person is killed and another is injured in a shooting at Holloman Air Force Base", at('Alamogordo', r=F)),
 ],
 'disasters-mar-18': [
  (nat(["fire", "building fire"]), None, ['ASSAULT'], "killed in a building fire near Palam metro station in Delhi", at('Delhi', r=F)),
  (nat(["explosion", "fire", "explosion and fire"]), None, ['ASSAULT'], "in an explosion and fire at a residential building in Indore", at('Indore', r=F)),
  (nat(["cable car", "cable car cabin", "crash"]), None, ['ASSAULT'], "when a cable car cabin crashes down a snowy mountainside in Engelberg", at('Engelberg', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
