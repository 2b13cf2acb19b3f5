# Gold events of the fortieth place set (pages keyed by short name; see ANN at the end), annotated from
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
 # countries
 'United States': ('USA', (39.8, -98.6)), 'Saudi Arabia': ('SAU', (24.0, 45.0)), 'Iran': ('IRN', (32.4, 53.7)),
 'Tanzania': ('TZA', (-6.4, 34.9)), 'Israel': ('ISR', (31.4, 35.0)), 'Yemen': ('YEM', (15.6, 48.0)),
 'Uganda': ('UGA', (1.4, 32.3)), 'Cuba': ('CUB', (21.5, -79.5)), 'Bahrain': ('BHR', (26.0, 50.55)),
 'Switzerland': ('CHE', (46.8, 8.2)), 'Philippines': ('PHL', (12.9, 122.0)),
 # regions, states, provinces, counties, districts, territories
 'Los Angeles County': ('USA', (34.3, -118.2)), 'Gaza Strip': ('PSE', (31.42, 34.36)), 'Alberta': ('CAN', (54.5, -115.0)),
 'Butambala': ('UGA', (0.17, 32.10)), 'Hawaii': ('USA', (20.8, -156.3)), 'Bihar': ('IND', (25.8, 85.8)),
 'Birbhum District': ('IND', (24.0, 87.6)),
 # cities, towns, villages
 'Ilorin': ('NGA', (8.50, 4.55)), 'Jalgaon': ('IND', (21.01, 75.56)), 'Yellapur': ('IND', (14.96, 74.71)),
 'Teorama': ('COL', (8.44, -73.29)), 'Goma': ('COD', (-1.68, 29.23)), 'Kansas City': ('USA', (39.10, -94.58)),
 'Colorado Springs': ('USA', (38.83, -104.82)), 'Bangkok': ('THA', (13.75, 100.50)), 'Marble Hall': ('ZAF', (-24.97, 29.29)),
 'Geneva': ('CHE', (46.20, 6.14)), 'Tehran': ('IRN', (35.69, 51.39)), 'Tabriz': ('IRN', (38.08, 46.29)),
 'Shiraz': ('IRN', (29.59, 52.58)), 'Odesa': ('UKR', (46.48, 30.73)), 'Port Moresby': ('PNG', (-9.44, 147.18)),
 'Riyadh': ('SAU', (24.71, 46.68)), 'Dar es Salaam': ('TZA', (-6.79, 39.21)), 'Mukalla': ('YEM', (14.54, 49.12)),
 'Jabad Godane': ('SOM', (2.8, 45.5)), 'Seoul': ('KOR', (37.57, 126.98)), 'Ratschings': ('ITA', (46.88, 11.38)),
 'Ajah': ('NGA', (6.47, 3.57)), 'Athens': ('GRC', (37.98, 23.73)), 'Patras': ('GRC', (38.25, 21.73)),
 'Sir el Gharbiyeh': ('LBN', (33.34, 35.42)), 'Novorossiysk': ('RUS', (44.72, 37.77)), 'Nairobi': ('KEN', (-1.29, 36.82)),
 'Nāʻālehu': ('USA', (19.06, -155.59)), 'Sifnos': ('GRC', (36.97, 24.70)), 'Geoje': ('KOR', (34.88, 128.62)),
}
COUNTRY_LEVEL = {'United States', 'Saudi Arabia', 'Iran', 'Tanzania', 'Israel', 'Yemen', 'Uganda', 'Cuba', 'Bahrain',
                 'Switzerland', 'Philippines'}


def at(name, r=True):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    return o


NOWHERE = {}                 # required, no place on the page
NOWHERE_NR = {'r': False}    # not required, no place on the page


def nat(names):
    """a natural event or accident: no agent (the event itself, kind other)."""
    return oth(names, None)


def unk(names=("unknown", "gunmen", "attackers", "assailant")):
    return oth(list(names), None)


# actors
USA_AUTH = gov(["u.s. authorities", "authorities", "u.s. federal authorities", "federal authorities", "police", "united states", "fbi", "u.s."], "USA")
USA_DOJ = gov(["u.s. justice department", "justice department", "u.s. department of justice", "department of justice", "doj", "united states", "u.s."], "USA")
USA_STUDENT = per(["student", "a student", "student at the university of massachusetts boston"], "USA")
USA_MAN = per(["man", "a man"], "USA")
MUSK = per(["elon musk", "musk", "tesla owners", "tesla", "members of donald trump's cabinet"], "USA")
LA_AUTH = gov(["authorities", "officials", "los angeles county", "evacuation orders"], "USA")
HAWAII_AUTH = gov(["authorities", "officials", "hawaii"], "USA")
THA_POLICE = gov(["police", "thai police", "thai authorities", "authorities", "thailand"], "THA")
THA_EXEC = per(["four executives", "executives", "company"], None)
ZAF_SHOOTER = unk(("gunmen", "gunman", "shooter", "attackers", "unknown"))
ZAF_CIV = civ(["tavern owner", "people", "four others", "patrons"], "ZAF")
COL_ARMED = ag(["national liberation army", "eln", "unknown", "gunmen"], "COL")
FARC = ag(["farc", "farc dissidents", "farc combatants", "thirteen farc combatants", "combatants"], "COL")
M23 = ag(["m23", "m23 rebels", "rebels", "march 23 movement"], "COD")
COD_GOV = gov(["democratic republic of the congo", "congo", "congolese", "government", "congolese government", "drc"], "COD")
COD_MIL = mil(["congolese forces", "congolese", "troops", "congolese army", "fardc", "democratic republic of the congo"], "COD")
RWA_MIL = mil(["rwandan forces", "rwandan army", "rwandan army soldiers", "rwanda", "rwandan"], "RWA")
ARAGHCHI = gov(["abbas araghchi", "araghchi", "iranian foreign minister", "iranian foreign minister abbas araghchi", "iran"], "IRN")
E3_EU = st(["foreign ministers", "united kingdom", "germany", "france", "european union", "eu", "e3", "uk"], None)
IRN_CIV = civ(["people", "hundreds of thousands of people", "protesters", "iranians", "demonstrators"], "IRN")
IRN_NUC = st(["iran", "iranian nuclear facilities", "nuclear facilities", "iranian"], "IRN")
ISRAEL = st(["israel", "israeli", "israeli forces", "israel defense forces", "idf", "israeli government", "israeli gunfire"], "ISR")
SAU_NRRC = gov(["saudi arabia", "nuclear and radiological regulatory commission", "saudi arabia's nuclear and radiological regulatory commission", "saudi", "commission"], "SAU")
PSE_CIV = civ(["palestinians", "82 palestinians", "people", "people seeking aid", "civilians"], "PSE")
UN = igo(["united nations", "un", "u.n."])
RUS_MIL = mil(["russian forces", "russia", "russian", "russian military"], "RUS")
UKR_CIV = civ(["people", "civilians", "odesa", "buildings", "public facilities"], "UKR")
ALBANESE = gov(["anthony albanese", "albanese", "australian prime minister", "australian prime minister anthony albanese", "australia"], "AUS")
MARAPE = gov(["james marape", "marape", "papua new guinean prime minister", "papua new guinean prime minister james marape", "papua new guinea"], "PNG")
EU = igo(["european union", "eu"])
ISR_TARGETS = oth(["israeli settlers", "settlers", "benjamin netanyahu", "netanyahu", "itamar ben-gvir", "ben-gvir", "israel"], "ISR")
SHARIF = gov(["shehbaz sharif", "sharif", "pakistani prime minister", "pakistani prime minister shehbaz sharif", "pakistan"], "PAK")
MBS = gov(["mohammed bin salman", "crown prince", "saudi crown prince", "saudi crown prince mohammed bin salman", "saudi arabia"], "SAU")
SMITH = gov(["danielle smith", "premier danielle smith", "premier", "alberta", "alberta government", "legislation"], "CAN")
AB_TEACHERS = civ(["teachers", "striking teachers", "strike", "alberta teachers"], "CAN")
TZA_COURT = gov(["high court", "court", "tanzania"], "TZA")
TZA_OPP = gov(["opposition leaders", "main opposition leaders", "opposition"], "TZA")
TZA_PROT = civ(["protesters", "demonstrators", "rioters", "protests", "tanzanians"], "TZA")
TZA_GOV = gov(["tanzanian government", "government", "tanzania", "samia suluhu hassan", "authorities"], "TZA")
TZA_POLICE = gov(["tanzanian police", "police", "tanzania", "security forces"], "TZA")
TZA_INFRA = oth(["vehicles", "public infrastructure"], "TZA")
TZA_PUBLIC = civ(["internet", "internet connectivity", "residents", "people", "tanzanians"], "TZA")
ISR_GOV = gov(["israel", "israeli government", "israeli", "israeli authorities"], "ISR")
NGOS = oth(["international humanitarian organizations", "humanitarian organizations", "doctors without borders", "international rescue committee", "oxfam", "caritas", "organizations"], None)
SAU_AF = mil(["royal saudi air force", "saudi air force", "saudi arabia", "saudi", "saudi-led coalition"], "SAU")
STC = ag(["southern transitional council", "stc", "united arab emirates", "uae", "ship"], "YEM")
YEM_GOV = gov(["yemen", "rashad al-alimi", "al-alimi", "yemeni government", "presidential leadership council", "he", "its leader rashad al-alimi"], "YEM")
UAE = st(["united arab emirates", "uae", "emirati forces", "emirati"], "ARE")
YEM_PUBLIC = civ(["yemen", "country", "southern and eastern regions", "yemenis"], "YEM")
SOM_MIL = mil(["somali armed forces", "somali army", "somalia", "somali forces"], "SOM")
SHABAAB = ag(["al-shabaab", "al-shabaab militants", "29 al-shabaab militants", "militants", "shabaab"], "SOM")
UGA_POLICE = gov(["police", "ugandan police", "uganda", "security forces"], "UGA")
UGA_PROT = civ(["protesters", "protesters opposed to president yoweri museveni", "demonstrators", "people"], "UGA")
MUSEVENI = gov(["yoweri museveni", "museveni", "president yoweri museveni", "uganda", "ugandan government", "government"], "UGA")
UGA_AUTH = gov(["ugandan authorities", "authorities", "uganda", "ugandan government", "government", "security forces"], "UGA")
UGA_MIL = mil(["ugandan military", "military", "ugandan military helicopter", "helicopter", "uganda", "security forces", "army"], "UGA")
UGA_SEC = gov(["security forces", "ugandan security forces", "uganda", "police", "military"], "UGA")
WINE = per(["bobi wine", "wine", "national unity platform", "opposition leader"], "UGA")
KOR_COURT = gov(["high court", "court", "seoul high court", "south korea", "south korean court", "seoul central district court"], "KOR")
YOON = per(["yoon suk yeol", "yoon", "former president yoon suk yeol", "former president"], "KOR")
KIM = per(["kim keon hee", "kim", "former south korean first lady kim keon hee", "first lady"], "KOR")
MORENS = per(["david morens", "morens", "ex-adviser"], "USA")
COMEY = per(["james comey", "comey", "former fbi director james comey"], "USA")
BHR_COURT = gov(["bahraini high court", "high court", "court", "bahrain", "bahraini"], "BHR")
BHR_DEF = oth(["five people", "people", "two afghans", "afghans", "25 people", "defendants"], None)
GRC_SHOOTER = per(["89-year-old suspect", "suspect", "shooter", "gunman", "perpetrator"], "GRC")
GRC_CIV = civ(["five people", "people", "civilians"], "GRC")
GRC_POLICE = gov(["police", "greek police", "greece", "authorities"], "GRC")
CHE_COURT = gov(["swiss federal criminal court", "federal criminal court", "court", "switzerland", "swiss"], "CHE")
KARIMOVA = per(["gulnara karimova", "karimova"], "UZB")
CENTCOM = mil(["u.s. central command", "central command", "centcom", "united states", "u.s."], "USA")
SHIPS = oth(["commercial ships", "ships", "four others", "100 commercial ships"], None)
LBN_CIV = civ(["people", "residential building", "civilians", "lebanon"], "LBN")
UKR_MIL = mil(["ukraine", "ukrainian", "ukrainian drone", "ukrainian forces", "ukrainian military"], "UKR")
TRANSNEFT = oth(["transneft", "transneft oil terminal", "oil terminal", "russia", "novorossiysk"], "RUS")
SDN_GROUPS = ag(["political groups", "somoud alliance", "sudan liberation movement", "abdul wahid al-nur", "political groups in sudan", "somoud"], "SDN")
NGO_EMERG = oth(["emergency", "humanitarian ngo emergency", "ngo"], "ITA")
MIGRANTS = civ(["migrants", "50 migrants", "people"], None)

ANN = {
 'disasters-jan-22': [
  (nat(["hughes fire", "fire", "wildfire"]), None, ['ASSAULT'], "The Hughes Fire ignites and spreads to over 5,000 acres", at('Los Angeles County', r=F)),
  (LA_AUTH, civ(["residents", "settlements", "people"], "USA"), ['COERCE', 'MOBILIZE'], "triggering mandatory evacuation orders in settlements around Castaic Lake", at('Los Angeles County', r=F)),
  (nat(["winter storm", "storm", "blizzard", "snow"]), None, ['ASSAULT'], "The death toll of a historic winter storm event on the Gulf Coast", at('United States', r=F)),
  (nat(["collision", "trailer", "truck", "crash"]), None, ['ASSAULT'], "Fifteen people are killed and three injured after a trailer collided", at('Ilorin', r=F)),
  (nat(["railway accident", "train", "passing train", "accident"]), None, ['ASSAULT'], "At least thirteen people are killed in a railway accident in Jalgaon", at('Jalgaon', r=F)),
  (nat(["truck", "crash", "accident"]), None, ['ASSAULT'], "A truck overturned and fell into a ravine along National Highway 63 in Yellapur", at('Yellapur', r=F)),
 ],
 'conflicts-jan-27': [
  (COL_ARMED, FARC, ['ASSAULT'], "Local authorities of Teorama, Norte de Santander, Colombia, find the bodies", at('Teorama', r=F)),
  (M23, COD_MIL, ['ASSAULT'], "M23 rebels claim to have captured the city of Goma", at('Goma', r=F)),
  (RWA_MIL, COD_GOV, ['MOBILIZE', 'ASSAULT'], "and that Rwandan army soldiers are present in Goma", at('Goma', r=F)),
  (COD_MIL, RWA_MIL, ['ASSAULT'], "Congolese and Rwandan forces exchange fire along the border", NOWHERE),
  (RWA_MIL, COD_MIL, ['ASSAULT'], "Congolese and Rwandan forces exchange fire", NOWHERE_NR),
 ],
 'law-crime-apr-19': [
  (USA_AUTH, USA_STUDENT, ['COERCE'], "U.S. federal authorities charge a student at the University of Massachusetts Boston", at('United States')),
  (USA_AUTH, USA_STUDENT, ['COERCE'], "after the student is arrested for setting fire to two Tesla Cybertrucks", at('Kansas City', r=F)),
  (USA_STUDENT, oth(["tesla", "tesla cybertrucks", "cybertrucks", "charging stations"], "USA"), ['ASSAULT', 'COERCE'], "setting fire to two Tesla Cybertrucks and damaging charging stations in Kansas City", at('Kansas City', r=F)),
  (USA_AUTH, USA_MAN, ['COERCE'], "U.S. authorities arrest a man in Colorado Springs", at('Colorado Springs')),
  (USA_MAN, MUSK, ['THREATEN'], "for his \"Declaration of War\" threatening Elon Musk", NOWHERE_NR),
  (THA_POLICE, THA_EXEC, ['COERCE'], "Four executives at a company building the State Audit Office skyscraper in Bangkok", at('Bangkok', r=F)),
  (ZAF_SHOOTER, ZAF_CIV, ['ASSAULT'], "are injured in a mass shooting during a live music performance at a tavern in Marble Hall", at('Marble Hall', r=F)),
 ],
 'conflicts-jun-20': [
  (ARAGHCHI, E3_EU, ['CONSULT'], "Iranian foreign minister Abbas Araghchi meets with the foreign ministers", at('Geneva')),
  (IRN_CIV, ISRAEL, ['PROTEST'], "Hundreds of thousands of people protest against Israel on the streets of Tehran", at('Tehran')),
  (IRN_CIV, ISRAEL, ['PROTEST'], "Protests also took place in Tabriz", at('Tabriz', r=F)),
  (IRN_CIV, ISRAEL, ['PROTEST'], "in northwestern Iran and Shiraz in the south", at('Shiraz', r=F)),
  (SAU_NRRC, ISRAEL, ['DISAPPROVE', 'ACCUSE'], "Saudi Arabia's Nuclear and Radiological Regulatory Commission says military strikes", at('Saudi Arabia')),
  (ISRAEL, IRN_NUC, ['ASSAULT'], "in response to Israeli strikes on Iranian nuclear facilities", at('Iran', r=F)),
  (ISRAEL, PSE_CIV, ['ASSAULT'], "Israeli gunfire and airstrikes kill at least 82 Palestinians across the Gaza Strip", at('Gaza Strip')),
  (UN, ISRAEL, ['DISAPPROVE', 'ACCUSE', 'SANCTION'], "The United Nations relists Israel on its blacklist", NOWHERE_NR),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russian forces launch a large-scale drone strike at Odesa", at('Odesa')),
 ],
 'relations-sep-17': [
  (ALBANESE, MARAPE, ['AGREE', 'COOPERATE'], "sign a communiqué in Port Moresby confirming agreement on a mutual defence treaty", at('Port Moresby')),
  (EU, ISR_TARGETS, ['SANCTION'], "The European Union outlines a set of sanctions against Israeli settlers", NOWHERE_NR),
  (SHARIF, MBS, ['AGREE', 'COOPERATE'], "sign a Strategic Mutual Defense Agreement in Riyadh", at('Riyadh')),
 ],
 'politics-oct-29': [
  (SMITH, AB_TEACHERS, ['COERCE'], "says legislation has been passed to end the strike", at('Alberta', r=F)),
  (TZA_COURT, TZA_OPP, ['COERCE'], "after the High Court barred main opposition leaders from participating", at('Tanzania', r=F)),
  (TZA_PROT, TZA_GOV, ['PROTEST'], "Protests and riots erupts in Dar es Salaam over electoral reforms", at('Dar es Salaam')),
  (TZA_PROT, TZA_INFRA, ['ASSAULT', 'PROTEST'], "with demonstrators setting fire to vehicles and damaging public infrastructure", at('Dar es Salaam', r=F)),
  (TZA_POLICE, TZA_PROT, ['COERCE', 'ASSAULT'], "Tanzanian police use tear gas to break up the protests", at('Dar es Salaam')),
  (TZA_POLICE, TZA_PROT, ['COERCE'], "break up the protests and impose a curfew", at('Dar es Salaam', r=F)),
  (TZA_GOV, TZA_PUBLIC, ['COERCE'], "Internet connectivity is disrupted shortly after", at('Tanzania', r=F)),
 ],
 'conflicts-dec-30': [
  (ISR_GOV, NGOS, ['COERCE', 'SANCTION'], "Israel announces the suspension of many international humanitarian organizations", at('Israel')),
  (SAU_AF, STC, ['ASSAULT'], "The Royal Saudi Air Force strikes the port of Mukalla", at('Mukalla')),
  (YEM_GOV, UAE, ['SANCTION', 'REJECT'], "Yemen ends its defense pact with the UAE", at('Yemen')),
  (YEM_GOV, UAE, ['DEMAND', 'COERCE'], "ordering all Emirati forces to depart within 24 hours", at('Yemen', r=F)),
  (YEM_GOV, YEM_PUBLIC, ['COERCE', 'MOBILIZE'], "He also declares a 90-day national state of emergency", at('Yemen', r=F)),
  (YEM_GOV, YEM_PUBLIC, ['COERCE'], "a three-day blockade of the country's southern and eastern regions", at('Yemen', r=F)),
  (UAE, YEM_GOV, ['RETREAT'], "The UAE later announces that its remaining forces in Yemen will leave the country", at('Yemen', r=F)),
  (SOM_MIL, SHABAAB, ['ASSAULT'], "29 al-Shabaab militants are killed by the Somali Armed Forces in Jabad Godane", at('Jabad Godane')),
 ],
 'law-crime-jan-16': [
  (UGA_POLICE, UGA_PROT, ['ASSAULT', 'COERCE'], "and police leave at least seven people dead in Butambala", at('Butambala')),
  (UGA_PROT, MUSEVENI, ['PROTEST', 'ASSAULT'], "Clashes between protesters opposed to president Yoweri Museveni", at('Butambala', r=F)),
  (UGA_AUTH, WINE, ['COERCE'], "Bobi Wine has been placed under house arrest", at('Uganda', r=F)),
  (UGA_MIL, WINE, ['COERCE'], "A Ugandan military helicopter takes Wine to an unknown location", at('Uganda')),
  (UGA_SEC, WINE, ['COERCE', 'ASSAULT'], "after his house was stormed by security forces", at('Uganda', r=F)),
  (KOR_COURT, YOON, ['COERCE'], "A high court in Seoul, South Korea, sentences former president Yoon Suk Yeol", at('Seoul')),
 ],
 'disasters-mar-21': [
  (nat(["power outage", "blackout", "grid collapse", "electrical grid collapse"]), None, ['ASSAULT'], "Cuba reports a nationwide power outage following a total electrical grid collapse", at('Cuba', r=F)),
  (nat(["helicopter crash", "helicopter", "qatar emiri air force helicopter", "crash"]), None, ['ASSAULT'], "Seven people are killed when a Qatar Emiri Air Force helicopter crashes", NOWHERE_NR),
  (nat(["avalanche"]), None, ['ASSAULT'], "in an avalanche near Ratschings in South Tyrol", at('Ratschings', r=F)),
  (nat(["explosion", "collision", "tipper truck", "tank truck", "fire"]), None, ['ASSAULT'], "Two people are killed in an explosion when a tipper truck and a tank truck collide", at('Ajah', r=F)),
  (nat(["flooding", "storms", "floods", "storm"]), None, ['ASSAULT'], "during flooding and storms in Hawaii, United States", at('Hawaii', r=F)),
  (HAWAII_AUTH, civ(["people", "around 5,500 people", "residents"], "USA"), ['COERCE', 'MOBILIZE'], "Around 5,500 people are evacuated ahead of a second storm", at('Hawaii', r=F)),
 ],
 'law-crime-apr-28': [
  (USA_DOJ, MORENS, ['COERCE'], "The U.S. justice department indicts David Morens", at('United States')),
  (BHR_COURT, BHR_DEF, ['COERCE'], "A Bahraini high court sentences five people, including two Afghans, to life in prison", at('Bahrain')),
  (KOR_COURT, KIM, ['COERCE'], "The Seoul High Court sentences former South Korean first lady Kim Keon Hee", at('Seoul')),
  (GRC_SHOOTER, GRC_CIV, ['ASSAULT'], "Five people are injured in a shooting spree between a social security office and a courthouse", at('Athens', r=F)),
  (GRC_POLICE, GRC_SHOOTER, ['COERCE'], "but was arrested at a bus stop in Patras", at('Patras', r=F)),
  (USA_DOJ, COMEY, ['COERCE'], "The U.S. Department of Justice (DOJ) indicts former FBI director James Comey", at('United States')),
  (CHE_COURT, KARIMOVA, ['CONCEDE', 'RETREAT'], "The Swiss Federal Criminal Court dismisses a corruption case against Gulnara Karimova", at('Switzerland', r=F)),
 ],
 'conflicts-may-23': [
  (CENTCOM, SHIPS, ['COERCE', 'ASSAULT'], "they have redirected 100 commercial ships and disabled four others", NOWHERE_NR),
  (ISRAEL, LBN_CIV, ['ASSAULT'], "an Israeli airstrike on a residential building in Sir el Gharbiyeh", at('Sir el Gharbiyeh')),
  (UKR_MIL, TRANSNEFT, ['ASSAULT'], "A Ukrainian drone attack causes a fire at a Transneft oil terminal in Novorossiysk", at('Novorossiysk')),
  (SDN_GROUPS, SDN_GROUPS, ['AGREE', 'CONSULT', 'COOPERATE'], "approve a roadmap in a effort to end the civil war", at('Nairobi')),
 ],
 'disasters-aug-17': [
  (nat(["hurricane lala", "hurricane"]), None, ['ASSAULT'], "A 90-year-old woman is confirmed dead in Nāʻālehu", at('Nāʻālehu', r=F)),
  (nat(["hurricane lala", "hurricane", "power outage"]), None, ['ASSAULT'], "remain without power after Hurricane Lala struck the state", at('Hawaii', r=F)),
  (nat(["floods", "landslides", "tropical storm kujira", "southwest monsoon", "monsoon"]), None, ['ASSAULT'], "Floods and landslides caused by the southwest monsoon and Tropical Storm Kujira", at('Philippines', r=F)),
  (nat(["crowd crush", "crush"]), None, ['ASSAULT'], "A crowd crush at the Ashokdham Temple in Bihar", at('Bihar', r=F)),
  (nat(["fire", "hotel fire"]), None, ['ASSAULT'], "after a fire breaks out in a hotel in Birbhum District", at('Birbhum District', r=F)),
  (NGO_EMERG, MIGRANTS, ['AID'], "Humanitarian NGO Emergency rescues 50 migrants from a wooden boat", NOWHERE_NR),
  (nat(["helicopter crash", "private helicopter", "helicopter", "crash"]), None, ['ASSAULT'], "Three people are killed when a private helicopter crashes on Sifnos", at('Sifnos', r=F)),
  (nat(["torrential rainfall", "flooding", "rainfall", "floods"]), None, ['ASSAULT'], "Torrential rainfall causes widespread flooding in Geoje-si", at('Geoje', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
