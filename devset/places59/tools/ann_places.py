# Gold events of the fifty-ninth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries and territories
 'Israel': ('ISR', (31.4, 35.0)), 'Iran': ('IRN', (32.4, 53.7)), 'Australia': ('AUS', (-25.3, 133.8)),
 'Singapore': ('SGP', (1.35, 103.82)), 'Bangladesh': ('BGD', (23.7, 90.4)), 'Cuba': ('CUB', (21.5, -79.5)),
 'France': ('FRA', (46.6, 2.4)), 'Belgium': ('BEL', (50.6, 4.5)), 'South Korea': ('KOR', (36.3, 127.8)),
 'Nepal': ('NPL', (28.4, 84.1)), 'Spain': ('ESP', (40.4, -3.7)), 'United Kingdom': ('GBR', (54.0, -2.5)),
 'Egypt': ('EGY', (26.8, 30.8)), 'Japan': ('JPN', (36.2, 138.3)),
 # regions, provinces, states, counties, municipalities
 'Eastern Cape': ('ZAF', (-32.3, 26.4)), 'Belgorod Oblast': ('RUS', (50.7, 37.0)), 'New York': ('USA', (42.9, -75.5)),
 'Gaza Strip': ('PSE', (31.42, 34.38)), 'Wasit Governorate': ('IRQ', (32.6, 45.8)), 'Gyeonggi': ('KOR', (37.4, 127.3)),
 'South Chungcheong': ('KOR', (36.5, 126.8)), 'Somerset': ('GBR', (51.1, -2.9)), 'Catatumbo': ('COL', (8.6, -73.0)),
 'Teotihuacán': ('MEX', (19.69, -98.86)),
 # cities, towns, villages
 'Ghaziabad': ('IND', (28.67, 77.45)), 'Golaghat': ('IND', (26.52, 93.97)), 'Mogadishu': ('SOM', (2.05, 45.32)),
 'Chautauqua': ('USA', (42.21, -79.47)), 'Las Vegas': ('USA', (36.17, -115.14)), 'London': ('GBR', (51.51, -0.13)),
 'Beersheba': ('ISR', (31.25, 34.79)), 'Arak': ('IRN', (34.09, 49.69)), 'Kut': ('IRQ', (32.51, 45.82)),
 'Deir al-Balah': ('PSE', (31.42, 34.35)), 'Suwayda': ('SYR', (32.71, 36.57)), 'Doha': ('QAT', (25.29, 51.53)),
 'Khan Yunis': ('PSE', (31.35, 34.31)), 'Rafah': ('PSE', (31.29, 34.25)), "Be'er Ya'akov": ('ISR', (31.94, 34.84)),
 'Sydney': ('AUS', (-33.87, 151.21)), 'Taipei': ('TWN', (25.03, 121.56)), 'Cuttack': ('IND', (20.46, 85.88)),
 'Rahim Yar Khan': ('PAK', (28.42, 70.30)), 'Nairobi': ('KEN', (-1.29, 36.82)), 'Washington, D.C.': ('USA', (38.90, -77.04)),
 'Montreal': ('CAN', (45.50, -73.57)), 'Tacloban': ('PHL', (11.24, 125.00)),
}
COUNTRY_LEVEL = {'Israel', 'Iran', 'Australia', 'Singapore', 'Bangladesh', 'Cuba', 'France', 'Belgium', 'South Korea',
                 'Nepal', 'Spain', 'United Kingdom', 'Egypt', 'Japan'}


def at(name, r=True):
    c, ll = P[name]
    return {'w': (name, c), 'll': ll, 'r': r}


NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': F}
def nat(names): return oth(names, None)            # a natural event or accident: no agent
def unk(names=("unknown", "gunman", "attacker")): return oth(list(names), None)

# actors
ISR = st(["israel", "israeli", "israeli military", "israel defense forces", "idf", "israeli forces", "israeli air force", "israeli troops"], "ISR")
IRN = st(["iran", "iranian", "iranian government"], "IRN")
PSE_CIV = civ(["palestinians", "civilians", "people"], "PSE")
PSE_MIL = ag(["palestinian militants", "hamas", "militants"], "PSE")
HOUTHIS = ag(["houthis", "houthi", "ansar allah"], "YEM")
SHABAAB = ag(["al-shabaab", "al-shabaab militants", "militants"], "SOM")
SOMALIA = gov(["hassan sheikh mohamud", "somali president", "somali president hassan sheikh mohamud", "somalia"], "SOM")
RUS_MOD = gov(["russian ministry of defense", "russia", "russian forces"], "RUS")
UKR_MIL = mil(["ukrainian armed forces", "ukraine", "ukrainian"], "UKR")
ELN = ag(["national liberation army", "eln"], "COL")
COL_MIL = mil(["military convoy", "soldiers", "colombian army", "colombia"], "COL")
USA_POL = gov(["police", "united states capitol police", "capitol police"], "USA")
VETS = civ(["u.s. military veterans", "military veterans", "veterans", "protesters"], "USA")

ANN = {
 'disasters-jan-19': [
  (nat(["bus", "crash", "bus crash"]), None, ['ASSAULT'], "A bus crashed into a concrete centre barrier in Eastern Cape", at('Eastern Cape', r=F)),
  (nat(["fire", "house fire", "short circuit"]), None, ['ASSAULT'], "after a house caught fire from a short circuit in Ghaziabad", at('Ghaziabad', r=F)),
  (nat(["boat", "capsizing"]), None, ['ASSAULT'], "after a boat carrying 17 people capsized near Golaghat", at('Golaghat', r=F)),
 ],
 'conflicts-mar-18': [
  (HOUTHIS, ISR, ['ASSAULT'], "a ballistic missile fired by the Houthis from Yemen at the Nevatim Airbase", at('Israel')),
  (UKR_MIL, RUS_MOD, ['ASSAULT'], "attempted to launch an offensive on Belgorod Oblast with five assaults", at('Belgorod Oblast', r=F)),
  (SHABAAB, SOMALIA, ['ASSAULT'], "in an assassination attempt by Al-Shabaab militants targeting Somali President", at('Mogadishu')),
 ],
 'law-crime-may-16': [
  (gov(["court", "a court in new york", "new york court"], "USA"), per(["hadi matar", "matar"], "USA"), ['COERCE'], "A court in New York, United States sentences 27-year old Hadi Matar", at('New York')),
  (per(["hadi matar", "matar"], "USA"), per(["salman rushdie", "rushdie"], "GBR"), ['ASSAULT'], "which left Rushdie severely injured while he was giving a talk in Chautauqua", at('Chautauqua', r=F)),
  (unk(("man", "perpetrator", "gunman")), civ(["people", "gym"], "USA"), ['ASSAULT'], "when a man opens fire inside of a gym in Las Vegas", at('Las Vegas', r=F)),
 ],
 'relations-may-19': [
  (gov(["iranian foreign ministry", "iran", "foreign ministry"], "IRN"), gov(["british chargé d'affaires", "chargé d'affaires", "united kingdom", "britain", "british"], "GBR"), ['ACCUSE', 'PROTEST'], "The Iranian foreign ministry summons the British chargé d'affaires", at('Iran')),
  (gov(["british police", "united kingdom", "police"], "GBR"), civ(["seven iranian nationals", "iranian nationals"], "IRN"), ['COERCE'], "the arrest of seven Iranian nationals in London earlier this month", at('London', r=F)),
  (igo(["international court of justice", "icj"]), st(["gabon"], "GAB"), ['COERCE', 'ACCUSE'], "The International Court of Justice rules 13–2", NOWHERE_NR),
  (st(["united kingdom", "uk"], "GBR"), igo(["european union", "eu"]), ['AGREE', 'COOPERATE'], "The United Kingdom and European Union conclude a deal", NOWHERE_NR),
 ],
 'conflicts-jun-19': [
  (ISR, IRN, ['ASSAULT'], "The death toll from Israel's strikes on Iran rises to more than 240", at('Iran', r=F)),
  (IRN, ISR, ['ASSAULT'], "at least 24 people have been killed by Iranian strikes on Israel", at('Israel', r=F)),
  (IRN, ISR, ['ASSAULT'], "Iran strikes four sites in central and southern Israel", at('Israel')),
  (IRN, ISR, ['ASSAULT'], "The Soroka Medical Center in Beersheba, is hit by an Iranian ballistic missile", at('Beersheba')),
  (ISR, IRN, ['ASSAULT'], "The Israeli Air Force strikes the Arak Nuclear Complex", at('Arak')),
  (ISR, PSE_CIV, ['ASSAULT'], "Israeli gunfire and airstrikes kill at least 92 Palestinians across the Gaza Strip", at('Gaza Strip')),
  (st(["democratic republic of the congo", "drc", "congo"], "COD"), st(["rwanda"], "RWA"), ['AGREE'], "the Democratic Republic of the Congo and Rwanda sign a provisional peace treaty", NOWHERE_NR),
 ],
 'disasters-jul-17': [
  (nat(["fire", "shopping mall fire", "kut shopping mall fire"]), None, ['ASSAULT'], "in a fire at a shopping mall in Kut", at('Kut', r=F)),
  (gov(["provincial government", "wasit provincial government"], "IRQ"), oth(["owners of the mall", "owners"], "IRQ"), ['ACCUSE'], "the provincial government files lawsuits against the owners of the mall", at('Wasit Governorate', r=F)),
  (nat(["rainfall", "torrential rainfall", "landslide"]), None, ['ASSAULT'], "causes a landslide in Gyeonggi", at('Gyeonggi', r=F)),
  (nat(["rainfall", "torrential rainfall", "landslide"]), None, ['ASSAULT'], "Gyeonggi and South Chungcheong provinces, South Korea", at('South Chungcheong', r=F)),
  (nat(["coach bus", "bus", "crash"]), None, ['ASSAULT'], "when a coach bus crashes in Somerset", at('Somerset', r=F)),
 ],
 'conflicts-jul-21': [
  (ELN, COL_MIL, ['ASSAULT'], "deploys a drone to attack a military convoy in Catatumbo", at('Catatumbo')),
  (ISR, ag(["hamas"], "PSE"), ['MOBILIZE', 'ASSAULT'], "Israeli troops and tanks enter Deir al-Balah", at('Deir al-Balah')),
  (st(["united states", "germany"], "USA"), st(["ukraine"], "UKR"), ['AID', 'AGREE'], "The United States and Germany agree to send five Patriot missile defense systems", NOWHERE_NR),
  (gov(["syrian government", "authorities"], "SYR"), civ(["bedouin civilians", "bedouin", "civilians"], "SYR"), ['AID', 'COOPERATE'], "Hundreds of Bedouin civilians are evacuated from Suwayda", at('Suwayda', r=F)),
  (unk(("clashes", "druze", "bedouin")), None, ['ASSAULT'], "following clashes that left hundreds dead", at('Suwayda', r=F)),
 ],
 'conflicts-oct-19': [
  (st(["afghanistan", "taliban"], "AFG"), st(["pakistan"], "PAK"), ['AGREE'], "mediated by Qatar and Turkey during peace talks in Doha", at('Doha', r=F)),
  (PSE_MIL, ISR, ['ASSAULT'], "Palestinian militants are accused by Israel of attacking Israeli forces", NOWHERE_NR),
  (ISR, PSE_CIV, ['ASSAULT'], "At least 44 Palestinians are killed in Israeli airstrikes on the Gaza Strip", at('Gaza Strip')),
  (ISR, PSE_CIV, ['ASSAULT'], "with severe attacks carried out in Khan Yunis", at('Khan Yunis', r=F)),
  (ISR, PSE_CIV, ['ASSAULT'], "carried out in Khan Yunis and Rafah", at('Rafah', r=F)),
  (ISR, per(["mahmoud talal abdullah", "palestinian detainee", "detainee"], "PSE"), ['COERCE', 'ASSAULT'], "dies in Israeli custody at the Shamir Medical Center", at("Be'er Ya'akov", r=F)),
 ],
 'law-crime-dec-19': [
  (gov(["anthony albanese", "albanese", "australian prime minister", "australia"], "AUS"), None, ['COERCE'], "announces a nationwide gun buyback program", at('Australia', r=F)),
  (unk(("gunman", "perpetrators", "shooter")), civ(["people", "civilians"], "AUS"), ['ASSAULT'], "in response to the recent Bondi Beach shooting in Sydney", at('Sydney', r=F)),
  (unk(("perpetrator", "attacker", "stabber")), civ(["people", "commuters"], "TWN"), ['ASSAULT'], "in a mass stabbing near a subway station in Taipei", at('Taipei', r=F)),
  (gov(["police", "taiwanese police"], "TWN"), unk(("perpetrator", "attacker")), ['COERCE'], "The perpetrator, who also threw smoke bombs at the train station, dies during the chase with police", at('Taipei', r=F)),
  (gov(["singapore", "singaporean government", "parliament"], "SGP"), civ(["scammers"], "SGP"), ['COERCE'], "Singapore announces that scammers will face mandatory caning", at('Singapore', r=F)),
  (civ(["protesters", "rioters", "bangladeshis"], "BGD"), None, ['PROTEST'], "Protests and riots erupt across Bangladesh", at('Bangladesh')),
  (ag(["awami league", "members of the banned awami league party"], "BGD"), per(["osman hadi", "activist osman hadi"], "BGD"), ['ASSAULT'], "after the assassination of activist Osman Hadi", NOWHERE_NR),
 ],
 'disasters-mar-16': [
  (nat(["power outage", "grid collapse", "blackout"]), None, ['ASSAULT'], "Cuba reports a nationwide power outage", at('Cuba', r=F)),
  (nat(["fire", "massive fire"]), None, ['ASSAULT'], "in a massive fire at the Srirama Chandra Bhanja Medical College and Hospital in Cuttack", at('Cuttack', r=F)),
  (nat(["roof collapse", "roof", "collapse"]), None, ['ASSAULT'], "A roof collapses at a shop in Rahim Yar Khan", at('Rahim Yar Khan', r=F)),
  (nat(["building collapse", "collapse"]), None, ['ASSAULT'], "in a building collapse in Nairobi", at('Nairobi', r=F)),
 ],
 'law-crime-apr-20': [
  (unk(("man", "gunman", "shooter")), civ(["canadian tourist", "tourists", "people"], "CAN"), ['ASSAULT'], "A man opens fire around the Pyramid of the Moon in Teotihuacán Municipality", at('Teotihuacán', r=F)),
  (st(["france", "french authorities"], "FRA"), oth(["lebanese banks", "two lebanese banks"], "LBN"), ['ACCUSE'], "France is investigating allegations that two Lebanese banks", at('France', r=F)),
  (USA_POL, VETS, ['COERCE'], "At least 62 U.S. military veterans are arrested by police inside the United States Capitol", at('Washington, D.C.')),
  (VETS, None, ['PROTEST'], "during a anti-war protest against the Iran war", at('Washington, D.C.')),
 ],
 'law-crime-jun-22': [
  (gov(["belgian judge", "judge", "belgium"], "BEL"), per(["dimitris avramopoulos", "avramopoulos"], "GRC"), ['COERCE', 'ACCUSE'], "A Belgian judge issues a European Arrest Warrant", at('Belgium')),
  (gov(["belgian judicial authorities", "belgium"], "BEL"), per(["dimitris avramopoulos", "avramopoulos"], "GRC"), ['ACCUSE'], "Belgian judicial authorities request the lifting of Avramopoulos's parliamentary immunity", at('Belgium', r=F)),
  (gov(["south korean court", "court", "south korea"], "KOR"), per(["park sung-jae", "park"], "KOR"), ['COERCE'], "A South Korean court sentences former justice minister Park Sung-jae", at('South Korea')),
  (unk(("suspect", "perpetrator", "gunman")), civ(["police officer", "civilian", "people"], "CAN"), ['ASSAULT'], "are killed in a mass shooting in Montreal", at('Montreal', r=F)),
  (unk(("suspects", "students", "two suspects")), civ(["students", "people"], "PHL"), ['ASSAULT'], "in a mass shooting at a secondary school in Tacloban", at('Tacloban', r=F)),
  (gov(["police", "authorities"], "PHL"), civ(["two suspects", "suspects", "students"], "PHL"), ['COERCE'], "Two suspects, both students, are arrested", at('Tacloban', r=F)),
  (gov(["nepalese police", "police", "nepal"], "NPL"), per(["bishnu prasad paudel", "paudel"], "NPL"), ['COERCE'], "Nepalese police arrest former deputy prime minister", at('Nepal')),
  (gov(["spanish court", "court", "spain"], "ESP"), per(["josé luis ábalos", "ábalos", "abalos"], "ESP"), ['COERCE'], "A Spanish court sentences former transport minister", at('Spain')),
  (gov(["british court", "court", "jury"], "GBR"), per(["jeffrey donaldson", "donaldson"], "GBR"), ['COERCE', 'ACCUSE'], "A British court finds former DUP leader Jeffrey Donaldson guilty", at('United Kingdom')),
  (gov(["egypt's security forces", "security forces", "egypt"], "EGY"), civ(["87 egyptians", "egyptians", "foreigners", "136 other foreigners"], "EGY"), ['COERCE'], "Egypt's security forces detain 87 Egyptians", at('Egypt')),
  (gov(["supreme court of japan", "supreme court", "japan"], "JPN"), oth(["unification church"], "JPN"), ['COERCE'], "The Supreme Court of Japan upholds the Tokyo High Court's order", at('Japan')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
