# Gold events of the thirty-third place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this
# set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Venezuela': ('VEN', (7.1, -66.2)), 'United States': ('USA', (39.8, -98.6)), 'Somalia': ('SOM', (5.2, 46.2)),
 'Egypt': ('EGY', (26.8, 30.8)), 'Yemen': ('YEM', (15.6, 48.0)), 'Ukraine': ('UKR', (48.4, 31.2)),
 'Kenya': ('KEN', (0.2, 37.9)), 'Argentina': ('ARG', (-38.4, -63.6)), 'Costa Rica': ('CRI', (9.7, -83.8)),
 'Ecuador': ('ECU', (-1.8, -78.2)), 'Lebanon': ('LBN', (33.9, 35.9)), 'Cambodia': ('KHM', (12.6, 104.9)),
 'Thailand': ('THA', (15.9, 100.99)), 'Georgia': ('GEO', (42.3, 43.4)), 'Hungary': ('HUN', (47.2, 19.5)),
 'Poland': ('POL', (51.9, 19.1)), 'Pakistan': ('PAK', (30.4, 69.3)), 'Philippines': ('PHL', (12.9, 122.0)),
 'Japan': ('JPN', (36.2, 138.3)),
 # regions, provinces, states, districts, regencies
 'Transnistria': ('MDA', (47.2, 29.4)), 'England': ('GBR', (52.5, -1.5)), 'Ramgarh district': ('IND', (23.63, 85.52)),
 'Kanam': ('NGA', (9.45, 9.85)), 'Wase': ('NGA', (9.10, 9.95)), 'Tamaulipas': ('MEX', (24.3, -98.8)),
 'Kharkiv Oblast': ('UKR', (49.6, 36.6)), 'Intan Jaya Regency': ('IDN', (-3.6, 136.9)),
 'Orakzai District': ('PAK', (33.68, 70.95)), 'Borno State': ('NGA', (11.9, 13.1)),
 'Shahdara district': ('IND', (28.68, 77.29)), 'Kanker district': ('IND', (20.27, 81.49)), 'Florida': ('USA', (28.5, -82.5)),
 'Volta Region': ('GHA', (6.6, 0.5)), 'Parwan Province': ('AFG', (35.1, 69.0)), 'Shangla District': ('PAK', (34.88, 72.65)),
 # a lake
 'Dongjiang Lake': ('CHN', (25.88, 113.35)),
 # cities, towns, villages
 'Damascus': ('SYR', (33.51, 36.29)), 'Los Angeles': ('USA', (34.05, -118.24)), 'Nairobi': ('KEN', (-1.29, 36.82)),
 'Glendora': ('USA', (33.83, -90.29)), 'Mpika': ('ZMB', (-11.83, 31.45)), 'Wald im Pinzgau': ('AUT', (47.25, 12.23)),
 'Ilsky': ('RUS', (44.84, 38.56)), 'Moqokori': ('SOM', (4.05, 46.05)), 'Herdecke': ('DEU', (51.40, 7.43)),
 'Strømmen': ('NOR', (59.95, 11.01)), 'Spin Boldak': ('AFG', (31.00, 66.40)), 'Kabul': ('AFG', (34.53, 69.17)),
 'Port-au-Prince': ('HTI', (18.54, -72.34)), 'Uvira': ('COD', (-3.40, 29.14)), 'Gaza City': ('PSE', (31.52, 34.45)),
 'Palmyra': ('SYR', (34.55, 38.27)), 'El-Obeid': ('SDN', (13.18, 30.22)), 'Kadugli': ('SDN', (11.01, 29.72)),
 'Helsingborg': ('SWE', (56.05, 12.69)), 'Vero': ('FRA', (42.05, 8.89)), 'Dnipro': ('UKR', (48.46, 35.05)),
 'Ōtsuchi': ('JPN', (39.36, 141.90)), 'Naypyidaw': ('MMR', (19.75, 96.12)), 'Lingbao': ('CHN', (34.52, 110.89)),
 'Jaén': ('PER', (-5.71, -78.81)), 'Muscatine': ('USA', (41.42, -91.04)), 'Southampton': ('GBR', (50.90, -1.40)),
 'Amendolara': ('ITA', (39.95, 16.58)), 'Angeles': ('PHL', (15.15, 120.59)), 'Gliwice': ('POL', (50.29, 18.67)),
 'Vatomandry': ('MDG', (-19.33, 48.98)), 'San Juan': ('PHL', (13.83, 121.40)),
}
COUNTRY_LEVEL = {'Venezuela', 'United States', 'Somalia', 'Egypt', 'Yemen', 'Ukraine', 'Kenya', 'Argentina',
                 'Costa Rica', 'Ecuador', 'Lebanon', 'Cambodia', 'Thailand', 'Georgia', 'Hungary', 'Poland',
                 'Pakistan', 'Philippines', 'Japan'}


def at(name, r=True):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    return o


NOWHERE = {'w': None}                 # asserted, no place on the page
NOWHERE_NR = {'w': None, 'r': False}  # the same, not required


def nat(names):
    """a natural event or an accident: the event itself as source, no agent (kind other)"""
    return oth(names, None)


def unk(names=("unknown", "gunmen", "attackers")):
    """an agent the page does not name"""
    return oth(list(names), None)


# ---- actors
# 001
TRANSNISTRIA = gov(["transnistria", "transnistrian authorities", "breakaway region", "moldova's unrecognized breakaway region of transnistria", "pridnestrovie"], "MDA")
VEN_GOV = gov(["government of venezuela", "venezuela", "venezuelan government", "nicolás maduro", "maduro", "venezuelan"], "VEN")
COLOMBIA = st(["colombia", "colombian", "border with colombia"], "COL")
US_GOV = gov(["united states government", "united states", "us", "u.s.", "us government", "american", "treasury"], "USA")
RUS_ENERGY = st(["russia", "russia's energy sector", "energy sector", "gazprom neft", "surgutneftegas", "russian"], "RUS")
TAJANI = gov(["antonio tajani", "tajani", "italian foreign minister", "italy", "italian"], "ITA")
SHARAA = gov(["ahmed al-sharaa", "al-sharaa", "sharaa", "syria", "de facto leader of syria", "syrian"], "SYR")
# 002
SOM_GOV = gov(["somalia's federal government", "federal government", "somalia", "somali government", "somalian"], "SOM")
C6 = igo(["c6+", "c6+ international coordination framework", "international partners", "international coordination framework"])
US_AGENTS = oth(["security", "agents", "federal agents", "officers", "security officers", "unknown"], "USA")
PADILLA = gov(["alex padilla", "padilla", "senator alex padilla", "united states senator alex padilla", "senator"], "USA")
KEN_POLICE = gov(["police", "kenyan police", "kenya police", "kenya", "police force", "security forces", "kenyan security forces"], "KEN")
KEN_PROT = civ(["demonstrators", "protesters", "protestors", "kenyans", "people", "civilians", "eleven people"], "KEN")
# 004
ISR_AF = mil(["israeli air force", "israel", "israeli", "israeli military", "idf", "israel defense forces"], "ISR")
HOUTHI_YEM = ag(["houthis", "houthi", "houthi-controlled yemen", "yemen", "ports", "three ports", "power plant"], "YEM")
UKR_AF = mil(["ukrainian armed forces", "ukraine", "ukrainian", "ukrainian forces", "armed forces of ukraine"], "UKR")
RUS_TGT = st(["russia", "krasnodar krai", "oil refinery", "refinery", "main oil refinery", "russian"], "RUS")
RUSSIA_ST = st(["russia", "russian", "russian forces", "russian military", "moscow"], "RUS")
UKR_CIV = civ(["civilians", "ten civilians", "ukraine", "ukrainians", "areas across ukraine"], "UKR")
SHABAAB = ag(["al-shabaab", "al-shabaab militants", "al shabaab", "militants", "shabaab"], "SOM")
SOM_ARMY = mil(["somali national army", "sna", "ma'awisley", "ma'awisley fighters", "somali army", "somalia", "moqokori"], "SOM")
BANDITS = ag(["bandits", "gunmen", "armed bandits"], "NGA")
NGA_VIG = civ(["vigilante group members", "vigilantes", "vigilante group", "over 70 vigilante group members", "villagers"], "NGA")
# 005
MEX_ARMY = mil(["mexican army soldiers", "mexican army", "soldiers", "army", "mexico", "mexican soldiers"], "MEX")
MEX_CIV = civ(["civilians", "six civilians", "vehicle", "people", "occupants"], "MEX")
DAUGHTER = per(["17-year-old adoptive african daughter", "daughter", "adoptive daughter", "her daughter"], "DEU")
STALZER = per(["iris stalzer", "stalzer", "mayor-elect", "mayor-elect of herdecke"], "DEU")
NOR_ATTACKERS = oth(["unknown", "attackers", "gang", "foxtrot", "teenagers", "hand grenades"], "NOR")
NOR_RESTAURANT = oth(["restaurant", "restaurant in strømmen", "owners"], "NOR")
NOR_POLICE = gov(["norwegian police", "police", "norway"], "NOR")
NOR_TEENS = civ(["two teenagers", "teenagers", "suspects", "foxtrot", "gang"], "NOR")
BONAIRE = civ(["residents of bonaire", "residents", "bonaire", "greenpeace", "islanders"], "NLD")
NETHERLANDS = st(["netherlands", "dutch", "dutch government", "dutch state"], "NLD")
ARG_COURT = gov(["supreme court of argentina", "supreme court", "argentina", "argentine supreme court", "argentine"], "ARG")
MACHADO = per(["fred machado", "machado", "businessman", "businessman fred machado"], "ARG")
CRI_COURT = gov(["supreme electoral court of costa rica", "supreme electoral court", "electoral court", "costa rica", "tse"], "CRI")
CRI_ASSEMBLY = gov(["national assembly", "legislative assembly", "costa rica", "assembly"], "CRI")
ECU_AUTH = gov(["authorities", "police", "ecuador", "ecuadorian authorities", "ecuadorian police", "unknown"], "ECU")
ECU_SUSP = civ(["five people", "people", "suspects"], "ECU")
# 006
PAK_MIL = mil(["pakistan", "pakistani", "pakistani military", "pakistan army", "pakistani forces", "pakistani soldiers", "six pakistani soldiers", "soldiers", "pakistani air force"], "PAK")
TALIBAN_AFG = ag(["taliban", "taliban members", "afghan taliban", "afghanistan", "afghan", "taliban government", "kabul"], "AFG")
TTP = ag(["pakistani taliban", "pakistani taliban gunmen", "nine pakistani taliban gunmen", "taliban", "gunmen", "ttp", "tehrik-i-taliban pakistan"], "PAK")
HAMAS = ag(["hamas", "hamas militants"], "PSE")
RED_CROSS = igo(["red cross", "international committee of the red cross", "icrc"])
UKR_AUTH = gov(["ukrainian authorities", "ukraine", "ukrainian", "authorities", "ukrainian government"], "UKR")
IDN_MIL = mil(["indonesian soldiers", "indonesian army", "army", "soldiers", "indonesia", "indonesian military", "tni"], "IDN")
OPM = ag(["free papua movement", "opm", "separatists", "free papua movement separatists", "militants", "west papua national liberation army"], "IDN")
ECU_BRIDGES = oth(["two bridges", "bridges", "ecuador"], "ECU")
MSF = oth(["doctors without borders", "msf", "médecins sans frontières"], None)
HAITI = st(["haiti", "port-au-prince", "haitian"], "HTI")
USA = st(["united states", "us", "u.s.", "american", "cia", "washington", "trump administration", "donald trump"], "USA")
MADURO = gov(["nicolás maduro", "maduro", "president nicolás maduro", "venezuela", "venezuelan government"], "VEN")
# 007
M23 = ag(["march 23 movement", "m23", "m23 rebels", "afc/m23"], "COD")
BDI_MIL = mil(["burundian soldiers", "burundi", "burundian army", "burundian", "soldiers", "several hundred burundian soldiers"], "BDI")
ISR_MIL = mil(["israeli military", "israel", "israeli", "idf", "israel defense forces", "israeli army"], "ISR")
SAAD = ag(["ra'ad sa'ad", "raad saad", "hamas", "senior hamas military commander", "hamas commander", "qassam brigades"], "PSE")
HEZBOLLAH_LB = ag(["hezbollah", "southern lebanese villages", "villages", "residents", "lebanon", "hezbollah targets"], "LBN")
ISIL_MAN = ag(["attacker", "isil", "islamic state", "isis", "member of isil", "gunman"], None)
CONVOY = mil(["joint syrian and american convoy", "convoy", "u.s. service members", "us service members", "united states", "american", "syrian", "syria", "interpreter"], "USA")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SDN_CIV = civ(["people", "three people", "civilians", "el-obeid", "residents"], "SDN")
UN_BASE = igo(["united nations", "un", "peacekeepers", "bangladeshi peacekeepers", "six bangladeshi peacekeepers", "united nations base", "unisfa"])
CAMBODIA = st(["cambodia", "cambodian", "cambodian government", "cambodian forces", "phnom penh"], "KHM")
THAILAND = st(["thailand", "thai", "thai leaders", "thai government", "thai military", "thai forces", "bangkok"], "THA")
# 008
SWE_POLICE = gov(["swedish police", "police", "sweden", "swedish customs", "customs"], "SWE")
SMUGGLERS = oth(["cocaine", "smugglers", "drug traffickers", "shipping container", "three tonnes of cocaine", "unknown"], None)
ESP_POLICE = gov(["spanish police", "police", "spain", "national police", "guardia civil", "uk national crime agency", "national crime agency", "dea"], "ESP")
ESP_CREW = oth(["thirteen people", "people on board", "crew", "cargo ship", "vessel", "smugglers", "13 people"], None)
KHM_KOR_POLICE = gov(["cambodian and south korean police", "cambodian police", "police", "cambodia", "south korean police", "south korea", "korean police"], "KHM")
SCAM_SUSP = civ(["26 suspects", "suspects", "scammers", "scam suspects", "south koreans"], "KOR")
GEO_COURT = gov(["court", "georgia", "georgian court", "tbilisi city court", "georgian prosecutors", "investigators", "prosecutors"], "GEO")
GARIBASHVILI = per(["irakli garibashvili", "garibashvili", "former georgian prime minister", "former prime minister"], "GEO")
HUNGARY = st(["hungary", "hungarian", "hungarian government", "budapest", "viktor orbán", "orbán"], "HUN")
ZIOBRO = per(["zbigniew ziobro", "ziobro", "former polish justice minister"], "POL")
POL_PROS = gov(["polish prosecutors", "prosecutors", "poland", "polish", "polish government"], "POL")
CORSICA_GUN = oth(["gunman", "unknown", "assassin", "attacker"], "FRA")
ORSONI = per(["alain orsoni", "orsoni", "former national liberation front of corsica leader", "flnc"], "FRA")
VEN_GOV2 = gov(["venezuela", "venezuelan government", "government", "venezuelan authorities"], "VEN")
VEN_PRISONERS = civ(["political prisoners", "prisoners", "more than 100 political prisoners"], "VEN")
# 009
PAK_SEC = mil(["pakistani military", "balochistan police", "balochistan police forces", "pakistan", "pakistani", "security forces", "pakistani government", "security personnel"], "PAK")
BLA = ag(["baloch liberation army", "bla", "insurgents", "bla insurgents", "145 baloch liberation army (bla) insurgents"], "PAK")
PAK_GOV = gov(["pakistani government", "pakistan", "pakistani", "islamabad"], "PAK")
INDIA = st(["india", "indian", "indian government", "new delhi"], "IND")
UKR_CIV2 = civ(["minibus", "mineworkers", "people", "civilians", "15 people", "ukrainians"], "UKR")
NGA_FORCES = mil(["nigeria", "nigerian forces", "forces", "nigerian army", "nigerian military", "troops", "its forces"], "NGA")
BOKO = ag(["boko haram", "abu khalid", "boko haram commander", "senior boko haram commander", "fighters", "ten other fighters", "iswap"], "NGA")
# 011
US_GUNMAN = oth(["gunman", "shooter", "perpetrator", "unknown"], "USA")
US_CIV = civ(["seven people", "people", "victims", "residents", "civilians"], "USA")
PHL_COURT = gov(["anti-graft court", "court", "sandiganbayan", "philippines", "philippine court", "police"], "PHL")
ESTRADA = gov(["jinggoy estrada", "estrada", "manuel bonoan", "bonoan", "philippine senator jinggoy estrada", "senator", "former public works secretary manuel bonoan"], "PHL")
PHL_POLICE = gov(["police", "philippine national police", "philippines", "pnp"], "PHL")
GBR_COURT = gov(["court", "judge", "crown court", "united kingdom", "england", "british court", "uk"], "GBR")
DIGWA = per(["vickrum digwa", "digwa", "23-year-old sikh man", "sikh man", "murderer"], "GBR")
NOWAK = per(["henry nowak", "nowak", "18-year-old university of southampton student", "student", "university of southampton student"], "GBR")
ITA_ATTACKERS = oth(["perpetrators", "unknown", "attackers", "arsonists"], "ITA")
ITA_WORKERS = civ(["four farmworkers", "farmworkers", "workers", "minivan", "people"], "ITA")
ITA_POLICE = gov(["police", "carabinieri", "italy", "italian police", "authorities"], "ITA")
FLORIDA = gov(["florida", "u.s. state of florida", "state of florida", "florida attorney general"], "USA")
OPENAI = oth(["openai", "sam altman", "altman", "chatgpt", "openai ceo sam altman", "ai-chatbot chatgpt"], "USA")
US_PROT = civ(["protests and vigils", "protesters", "demonstrators", "mourners", "people"], "USA")

ANN = {
 'relations-jan-10': [
  (TRANSNISTRIA, None, ['MOBILIZE'], "Moldova's unrecognized breakaway region of Transnistria extends its state of emergency", at('Transnistria', r=F)),
  (VEN_GOV, COLOMBIA, ['SANCTION', 'COERCE'], "The government of Venezuela closes the border with Colombia", at('Venezuela')),
  (US_GOV, RUS_ENERGY, ['SANCTION'], "The United States government imposes a new series of sanctions targeting Russia's energy sector", at('United States')),
  (TAJANI, SHARAA, ['CONSULT'], "The Italian Foreign Minister, Antonio Tajani, meets in Damascus with Ahmed al-Sharaa", at('Damascus')),
 ],
 'politics-jun-12': [
  (SOM_GOV, C6, ['REJECT', 'REQUEST'], "Somalia's federal government calls for the dissolution of the C6+ international coordination framework", at('Somalia', r=F)),
  (US_AGENTS, PADILLA, ['COERCE', 'ASSAULT'], "is forcibly removed, pushed face-down to the ground, and handcuffed", at('Los Angeles', r=F)),
  (KEN_POLICE, KEN_PROT, ['COERCE', 'ASSAULT'], "Police fire tear gas at demonstrators gathered in Nairobi", at('Nairobi')),
  (KEN_PROT, KEN_POLICE, ['PROTEST'], "to protest against the police and its chief, Eliud Lagat", at('Nairobi')),
 ],
 'disasters-jul-05': [
  (nat(["derailment", "freight train", "train", "canadian national freight train", "benzene"]), None, ['ASSAULT'], "In Glendora, Mississippi, 13 cars of a Canadian National freight train derail", at('Glendora', r=F)),
  (nat(["collision", "minibuses", "two minibuses"]), None, ['ASSAULT'], "Two minibuses collide head-on in Egypt", at('Egypt', r=F)),
  (nat(["collision", "minivan", "locomotive"]), None, ['ASSAULT'], "A minivan collided with a locomotive in Mpika", at('Mpika', r=F)),
  (nat(["crash", "aircraft", "light propeller aircraft"]), None, ['ASSAULT'], "crashes near Wald im Pinzgau, Austria, killing all four people on board", at('Wald im Pinzgau', r=F)),
  (nat(["collapse", "coal mine", "mine collapse", "open cast coal mine"]), None, ['ASSAULT'], "an abandoned open cast coal mine collapsed in Ramgarh district", at('Ramgarh district', r=F)),
  (nat(["sinking", "boat", "strong winds"]), None, ['ASSAULT'], "sank in conditions of strong winds in Dongjiang Lake", at('Dongjiang Lake', r=F)),
 ],
 'conflicts-jul-07': [
  (ISR_AF, HOUTHI_YEM, ['ASSAULT'], "The Israeli Air Force strikes three ports and a power plant in Houthi-controlled Yemen", at('Yemen')),
  (UKR_AF, RUS_TGT, ['ASSAULT'], "damaging the main oil refinery in Ilsky", at('Ilsky')),
  (RUSSIA_ST, UKR_CIV, ['ASSAULT'], "Russia launches over 100 drones at areas across Ukraine", at('Ukraine')),
  (SHABAAB, SOM_ARMY, ['ASSAULT'], "Al-Shabaab militants recapture Moqokori, a town in the Hiiraan region of Somalia", at('Moqokori')),
  (KEN_POLICE, KEN_PROT, ['ASSAULT', 'COERCE'], "in clashes with security forces amid ongoing anti-government protests in Kenya", at('Kenya', r=F)),
  (KEN_PROT, KEN_POLICE, ['PROTEST'], "amid ongoing anti-government protests in Kenya, according to the National Commission", at('Kenya', r=F)),
  (BANDITS, NGA_VIG, ['ASSAULT'], "in an ambush by bandits in two villages in Kanam", at('Kanam')),
  (BANDITS, NGA_VIG, ['ASSAULT'], "two villages in Kanam and Wase, Plateau State", at('Wase', r=F)),
 ],
 'law-crime-oct-07': [
  (MEX_ARMY, MEX_CIV, ['ASSAULT'], "when Mexican Army soldiers open fire on a vehicle that tried to ram them", at('Tamaulipas')),
  (DAUGHTER, STALZER, ['ASSAULT'], "it was her 17-year-old adoptive African daughter who stabbed her repeatedly in her home", at('Herdecke', r=F)),
  (NOR_ATTACKERS, NOR_RESTAURANT, ['ASSAULT'], "A restaurant in Strømmen, Akershus, Norway, receives damage after hand grenades were thrown into it", at('Strømmen', r=F)),
  (NOR_POLICE, NOR_TEENS, ['COERCE'], "arresting two teenagers shortly after the incident", at('Strømmen')),
  (BONAIRE, NETHERLANDS, ['ACCUSE'], "file a class action lawsuit backed by Greenpeace against the Netherlands", NOWHERE_NR),
  (ARG_COURT, MACHADO, ['COERCE', 'COOPERATE'], "The Supreme Court of Argentina approves the extradition of businessman Fred Machado", at('Argentina')),
  (CRI_COURT, CRI_ASSEMBLY, ['REQUEST'], "The Supreme Electoral Court of Costa Rica requests the National Assembly to strip President Rodrigo Chaves Robles of immunity", at('Costa Rica')),
  (ECU_AUTH, ECU_SUSP, ['COERCE'], "Five people are arrested after an alleged assassination attempt", NOWHERE_NR),
 ],
 'conflicts-oct-15': [
  (PAK_MIL, TALIBAN_AFG, ['ASSAULT'], "it killed at least 15 Taliban members in an airstrike in Spin Boldak", at('Spin Boldak')),
  (TALIBAN_AFG, PAK_MIL, ['ASSAULT'], "Both countries also claim that they killed several soldiers during a shootout", NOWHERE_NR),
  (PAK_MIL, TALIBAN_AFG, ['ASSAULT'], "Pakistan carries out two airstrikes against Kabul, capital of Afghanistan", at('Kabul')),
  (PAK_MIL, TALIBAN_AFG, ['AGREE'], "both countries agree to a 48-hour ceasefire", NOWHERE_NR),
  (HAMAS, RED_CROSS, ['CONCEDE', 'COOPERATE'], "Hamas returns two more hostages' bodies to the Red Cross", NOWHERE_NR),
  (UKR_AUTH, None, ['MOBILIZE'], "Ukrainian authorities order mass evacuations across 40 settlements and towns in northeastern Kharkiv Oblast", at('Kharkiv Oblast', r=F)),
  (IDN_MIL, OPM, ['ASSAULT'], "Fourteen people are killed by Indonesian soldiers during a six-hours battle with Free Papua Movement separatists", at('Intan Jaya Regency')),
  (unk(("unknown", "explosive devices", "attackers")), ECU_BRIDGES, ['ASSAULT'], "Explosive devices detonate on two bridges in Ecuador", at('Ecuador', r=F)),
  (MSF, HAITI, ['RETREAT'], "they are permanently closing their offices in Port-au-Prince", at('Port-au-Prince')),
  (PAK_MIL, TTP, ['ASSAULT'], "are killed in a shootout in Orakzai District", at('Orakzai District')),
  (USA, MADURO, ['THREATEN', 'ASSAULT'], "The United States reportedly greenlights covert operations in Venezuela", at('Venezuela', r=F)),
 ],
 'conflicts-dec-13': [
  (M23, BDI_MIL, ['COERCE', 'ASSAULT'], "it has captured several hundred Burundian soldiers during its recent offensive", at('Uvira', r=F)),
  (ISR_MIL, SAAD, ['ASSAULT'], "The Israeli military kills Ra'ad Sa'ad, a senior Hamas military commander", at('Gaza City')),
  (ISR_MIL, HEZBOLLAH_LB, ['THREATEN', 'COERCE'], "The Israeli military issues an evacuation order in southern Lebanese villages", at('Lebanon', r=F)),
  (ISIL_MAN, CONVOY, ['ASSAULT'], "opens fire on a joint Syrian and American convoy in Palmyra", at('Palmyra')),
  (CONVOY, ISIL_MAN, ['ASSAULT'], "before being killed by return fire", at('Palmyra', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "A Rapid Support Forces (RSF) drone strike kills at least three people in El-Obeid", at('El-Obeid')),
  (RSF, UN_BASE, ['ASSAULT'], "An RSF drone strike on a United Nations base in Kadugli", at('Kadugli')),
  (CAMBODIA, THAILAND, ['SANCTION', 'COERCE'], "Cambodia shuts down its border crossings with Thailand", at('Cambodia')),
  (CAMBODIA, THAILAND, ['AGREE'], "says a new ceasefire has been brokered", NOWHERE_NR),
  (THAILAND, CAMBODIA, ['THREATEN'], "Thai leaders announce an increased commitment to fighting Cambodian forces", at('Thailand', r=F)),
 ],
 'law-crime-jan-12': [
  (SWE_POLICE, SMUGGLERS, ['COERCE'], "Swedish police seize three tonnes of cocaine found in a shipping container", at('Helsingborg')),
  (ESP_POLICE, ESP_CREW, ['COERCE'], "seize 10 tonnes of cocaine hidden among a cargo of salt on a cargo ship off the Canary Islands", NOWHERE_NR),
  (KHM_KOR_POLICE, SCAM_SUSP, ['COERCE'], "Cambodian and South Korean police arrest 26 suspects", at('Cambodia')),
  (GEO_COURT, GARIBASHVILI, ['COERCE'], "receives a five-year prison sentence", at('Georgia', r=F)),
  (HUNGARY, ZIOBRO, ['SUPPORT', 'AID'], "Zbigniew Ziobro receives political asylum in Hungary", at('Hungary')),
  (POL_PROS, ZIOBRO, ['ACCUSE'], "while Polish prosecutors investigate him on 26 counts", at('Poland', r=F)),
  (CORSICA_GUN, ORSONI, ['ASSAULT'], "is assassinated by a gunman at his mother's funeral in Vero", at('Vero', r=F)),
  (VEN_GOV2, VEN_PRISONERS, ['CONCEDE'], "Venezuela releases more than 100 political prisoners", at('Venezuela')),
 ],
 'conflicts-feb-01': [
  (PAK_SEC, BLA, ['ASSAULT'], "Pakistani military and Balochistan Police forces announce the end to a 40-hour counterterrorism operation", at('Pakistan')),
  (PAK_GOV, INDIA, ['ACCUSE'], "The Pakistani government accuses India of backing the BLA", at('Pakistan')),
  (RUSSIA_ST, UKR_CIV2, ['ASSAULT'], "A Russian drone strike hits a minibus transporting mineworkers in Dnipro", at('Dnipro')),
  (NGA_FORCES, BOKO, ['ASSAULT'], "and ten other fighters during a raid in Borno State", at('Borno State', r=F)),
 ],
 'disasters-may-02': [
  (nat(["floods", "flooding", "heavy rains", "landslides", "kenya floods"]), None, ['ASSAULT'], "heavy rains cause flooding and landslides in several regions of Kenya", at('Kenya', r=F)),
  (nat(["wildfires", "wildfire", "ōtsuchi wildfires", "fires"]), None, ['ASSAULT'], "Wildfires in Ōtsuchi, Iwate Prefecture, Japan, are brought under control", at('Ōtsuchi', r=F)),
  (nat(["accident", "truck", "truck carrying bamboo"]), None, ['ASSAULT'], "when a truck carrying bamboo overturns in Naypyidaw", at('Naypyidaw', r=F)),
  (nat(["fire", "residential building"]), None, ['ASSAULT'], "in a fire at a four-story residential building in Vivek Vihar", at('Shahdara district', r=F)),
  (nat(["fire", "massage parlor"]), None, ['ASSAULT'], "in a fire at a massage parlor in Lingbao City", at('Lingbao', r=F)),
  (nat(["crash", "truck", "vehicles"]), None, ['ASSAULT'], "crashed into several vehicles near Jaén, Peru", at('Jaén', r=F)),
  (unk(("improvised explosive device", "ied", "unknown", "maoists")), mil(["district reserve guard", "personnel", "three personnel of the district reserve guard"], "IND"), ['ASSAULT'], "after an improvised explosive device detonated during a demining operation in Kanker district", at('Kanker district', r=F)),
 ],
 'law-crime-jun-01': [
  (US_GUNMAN, US_CIV, ['ASSAULT'], "are killed in spree shootings across Muscatine, Iowa", at('Muscatine', r=F)),
  (PHL_COURT, ESTRADA, ['COERCE'], "after an anti-graft court orders their arrest on plunder charges", at('Philippines')),
  (ESTRADA, PHL_POLICE, ['CONCEDE'], "former public works secretary Manuel Bonoan surrender to police", at('Philippines', r=F)),
  (GBR_COURT, DIGWA, ['COERCE'], "is sentenced to life imprisonment, with a minimum of 21 years", at('England', r=F)),
  (DIGWA, NOWAK, ['ASSAULT'], "for murdering 18-year-old University of Southampton student Henry Nowak in Southampton", at('Southampton', r=F)),
  (ITA_ATTACKERS, ITA_WORKERS, ['ASSAULT'], "in an arson attack against a minivan in Amendolara", at('Amendolara', r=F)),
  (ITA_POLICE, ITA_ATTACKERS, ['COERCE'], "Italy. The perpetrators are arrested", at('Amendolara', r=F)),
  (FLORIDA, OPENAI, ['ACCUSE'], "The U.S. state of Florida files a lawsuit against OpenAI CEO Sam Altman", at('Florida')),
  (US_PROT, None, ['PROTEST'], "Protests and vigils for the 14 year old Carmack-Belton continued", NOWHERE_NR),
 ],
 'disasters-jun-02': [
  (nat(["building collapse", "collapse", "under-construction building", "angeles city building collapse"]), None, ['ASSAULT'], "Seven more bodies are retrieved from the collapsed under-construction building in Angeles", at('Angeles', r=F)),
  (nat(["tropical storm jangmi", "jangmi", "storm", "heavy rainfall", "floods"]), None, ['ASSAULT'], "At least 15 people are injured as Tropical Storm Jangmi brings heavy rainfall", at('Japan', r=F)),
  (nat(["earthquake", "magnitude 3.5 earthquake", "quake"]), None, ['ASSAULT'], "A magnitude 3.5 earthquake struck the Silesian Voivodeship, Poland", at('Gliwice', r=F)),
  (nat(["collision", "vehicles", "two vehicles"]), None, ['ASSAULT'], "after two vehicles collide head-on in the Volta Region", at('Volta Region', r=F)),
  (nat(["landslide", "illegal mining site"]), None, ['ASSAULT'], "after a landslide at an illegal mining site in Vatomandry", at('Vatomandry', r=F)),
  (nat(["accident", "vehicle", "ravine"]), None, ['ASSAULT'], "plunges into a deep ravine in Parwan Province", at('Parwan Province', r=F)),
  (nat(["collision", "tricycle", "suv", "coaster bus"]), None, ['ASSAULT'], "when a tricycle is hit by an SUV attempting to overtake a coaster bus in San Juan", at('San Juan', r=F)),
  (nat(["collapse", "roof", "mud house"]), None, ['ASSAULT'], "after the roof of a mud house collapses in Shangla District", at('Shangla District', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
