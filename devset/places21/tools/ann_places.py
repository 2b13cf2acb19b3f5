# Gold events of the twenty-first place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was read while
# choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree; a note only, build_gold.py does not read it). Conventions: those of
# devset/places13/README.md as places19 applies them (see this set's README). A natural event or an accident has
# no agent: its source is the event itself (kind other), its type is a nominal ASSAULT and it is never required.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Mozambique': (('Mozambique', 'MOZ'), (-18.67, 35.53)),
 'Afghanistan': (('Afghanistan', 'AFG'), (33.94, 67.71)),
 'Oakland County': (('Oakland County', 'USA'), (42.66, -83.39)),
 'Auburn Hills': (('Auburn Hills', 'USA'), (42.69, -83.23)),
 'Fukuoka': (('Fukuoka', 'JPN'), (33.59, 130.40)),
 'London': (('London', 'GBR'), (51.51, -0.13)),
 'Pakistan': (('Pakistan', 'PAK'), (30.38, 69.35)),
 'Nicobar Islands': (('Nicobar Islands', 'IND'), (8.00, 93.50)),
 'Thailand': (('Thailand', 'THA'), (15.87, 100.99)),
 'Baghdad': (('Baghdad', 'IRQ'), (33.31, 44.37)),
 'Jordan': (('Jordan', 'JOR'), (31.24, 36.51)),
 'Iraq': (('Iraq', 'IRQ'), (33.22, 43.68)),
 'New Delhi': (('New Delhi', 'IND'), (28.61, 77.21)),
 'India': (('India', 'IND'), (20.59, 78.96)),
 'Austin': (('Austin', 'USA'), (30.27, -97.74)),
 'United Kingdom': (('United Kingdom', 'GBR'), (54.00, -2.50)),
 'Glasgow': (('Glasgow', 'GBR'), (55.86, -4.25)),
 'Peshawar': (('Peshawar', 'PAK'), (34.01, 71.58)),
 'Kohat': (('Kohat', 'PAK'), (33.58, 71.44)),
 'Stockholm': (('Stockholm', 'SWE'), (59.33, 18.07)),
 'Sweden': (('Sweden', 'SWE'), (60.13, 18.64)),
 'Canada': (('Canada', 'CAN'), (56.13, -106.35)),
 'Chile': (('Chile', 'CHL'), (-35.68, -71.54)),
 'Pichilemu': (('Pichilemu', 'CHL'), (-34.39, -72.00)),
 'Japan': (('Japan', 'JPN'), (36.20, 138.25)),
 'Fukushima': (('Fukushima', 'JPN'), (37.38, 140.23)),
 'Karachi': (('Karachi', 'PAK'), (24.86, 67.01)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)

# 001 Mozambique
MZ_ELECT = gov(["electoral commission", "mozambique's official electoral commission", "official electoral commission"], "MOZ")
FRELIMO = per(["frelimo", "armando guebuza", "guebuza", "frelimo candidate", "party in power"], "MOZ")
MZ_VOTERS = civ(["mozambique", "voters", "population"], "MOZ")
# 002 Karzai
KARZAI = gov(["hamid karzai", "karzai", "mr. hamid karzai", "president of afghanistan"], "AFG")
AF = st(["afghanistan"], "AFG")
JEMB = gov(["joint electoral management body"], "AFG")
PANEL = oth(["expert panel", "panel"], "AFG")
AF_ELECT = oth(["elections", "election", "balloting"], "AFG")
# 003 NBA brawl
GORCYCA = gov(["oakland county prosecutor david gorcyca", "david gorcyca", "gorcyca", "oakland county prosecutor"], "USA")
PACERS = per(["five indiana pacer players", "indiana pacer players", "stephen jackson", "david harison", "ron artest", "anthony johnson", "jermaine o'neal", "jermaine o’neal", "artest"], "USA")
FANS = civ(["seven fans", "fans", "john green", "john ackerman", "william paulson", "bryant jackson", "david wallace", "charlie haddad", "alvin shackleford"], "USA")
GREEN = per(["john green", "green"], "USA")
ARTEST = per(["artest", "ron artest"], "USA")
BJACKSON = per(["bryant jackson", "jackson"], "USA")
PALACE = oth(["the palace", "palace", "the palace of auburn hills"], "USA")
# 004 Fukuoka
QUAKE05 = oth(["earthquake", "quake"], None)
FK_CIV = civ(["75-year-old woman", "woman", "400 people", "people", "residents"], "JPN")
FK_BLDG = civ(["fukuoka building", "fukuoka building's windows", "windows"], "JPN")
# 005 Pakistan warned Britain
PAK = st(["pakistan", "pakistan intelligence", "aftab sherpao", "sherpao", "mr sherpao", "pakistani interior minister"], "PAK")
UK_CT = gov(["british counter-terrorism experts", "british", "british intelligence", "the british"], "GBR")
PLOTTERS = ag(["terrorist", "terrorists", "al-qaeda", "terrorist plans", "pakistani-born briton"], None)
LON_CIV = civ(["london pubs", "london", "restaurants", "railway stations", "london transport", "55 people"], "GBR")
UK_POLICE = gov(["senior british police officers", "british police officers", "police officers"], "GBR")
UK_INV = gov(["british investigators", "investigators"], "GBR")
SUSPECT05 = per(["terrorist supect", "terrorist suspect", "25-year old pakistani-born briton", "pakistani-born briton"], None)
# 006 Nicobar
QUAKE_NIC = oth(["earthquake", "magnitude 7.2 earthquake", "major"], None)
NIC = civ(["nicobar islands", "inhabited islands", "coastlines"], "IND")
JMA = gov(["jma", "jpa"], "JPN")
TH_NDWC = gov(["thai national disaster warning center", "national disaster warning center"], "THA")
# 007 Baghdad restaurant
BAG_BOMBER = ag(["suicide bomber", "al-qaeda in iraq", "al-qaeda", "bomber"], None)
BAG_CIV = civ(["crowded baghdad restaurant", "restaurant", "iraqi police patrols", "iraqi security forces", "35"], "IRQ")
AQI = ag(["al-qaeda in iraq", "al-qaeda", "islamist website"], None)
JO_HOTELS = civ(["hotels", "jordan"], "JOR")
US_IRQ = mil(["us and iraqi forces", "us", "iraqi forces"], None)
MILITANTS = ag(["suspected militant strongholds", "militant strongholds", "militants"], None)
# 008 India warning
US_EMB = gov(["united states embassy in new delhi", "united states embassy", "embassy", "the embassy", "us embassy", "u.s."], "USA")
US_CIT = civ(["citizens", "americans", "all americans in the region"], "USA")
IN_PLOTTERS = ag(["foreign terrorists", "members of al-qaeda", "al-qaeda", "al-qaida", "members of al-qaida"], None)
IN_CIV = civ(["new delhi", "mumbai", "india", "major airports", "hotels and markets"], "IND")
IN_HOME = gov(["indian home ministry", "home ministry", "ministry"], "IND")
DEL_POLICE = gov(["new delhi police", "police"], "IND")
DUGGAL = gov(["home secretary vk duggal", "vk duggal", "duggal"], "IND")
# 009 St Edward's
THREAT_AUTHOR = oth(["non-specific bomb threat note", "bomb threat note", "bomb threat"], None)
SEU = civ(["st. edwards university", "st. edwards", "students", "campus", "school"], "USA")
AUS_POLICE = gov(["police"], "USA")
# 010 UK critical
JTAC = gov(["joint terrorism analysis centre", "jtac", "mi5", "united kingdom's joint terrorism analysis centre", "security agency mi5"], "GBR")
SMITH = gov(["home secretary jacqui smith", "jacqui smith", "smith", "home secretary"], "GBR")
GLA_ATT = ag(["burning jeep", "jeep", "al-qaida", "attackers"], None)
GLA_AIRPORT = civ(["glasgow airport"], "GBR")
LON_BOMBERS = ag(["attempted london car bombings", "london car bombings", "car bombings"], None)
AQ = ag(["al-qaida", "groups associated with al-qaida", "islamic extremists"], None)
# 011 Sadr City
SADR_BOMBERS = ag(["two car bombings", "car bombings", "suspected sunni insurgents", "sunni insurgents", "bombings"], None)
SADR_CIV = civ(["41 people", "people", "restaurant", "flea market", "shiite muslims", "215 people"], "IRQ")
IQ_POLICE = gov(["police"], "IRQ")
# 012 Afghanistan
AF_BOMBERS = ag(["bomb attacks", "bombing", "insurgents", "taliban"], None)
US_TROOPS = mil(["eight united states service members", "united states service members", "us soldier", "eighth us soldier", "us troops", "troops", "service members"], "USA")
HELI_CRASH = oth(["helicopter crashes", "separate helicopter crashes"], None)
US_TROOPS2 = mil(["eleven us troops", "us troops", "three us drug agents"], "USA")
# 013 Peshawar
PSH_BOMBER = ag(["suicide bomber", "suspected bomber", "bomber", "attacker"], None)
PSH_POLICE = gov(["police officials", "three police officials", "police"], "PAK")
PSH_CIV = civ(["qissa khawani bazaar", "people", "protest rally", "twenty-three people"], "PAK")
PSH_SCHOOL = civ(["schoolboy", "ten people", "five students", "schoolchildren"], "PAK")
IED = ag(["ied", "improvised explosive device", "timed device", "blast"], None)
KOHAT_BOMB = ag(["two blasts", "blasts"], None)
KOHAT_CIV = civ(["49 people", "people"], "PAK")
PROTESTERS = civ(["protest rally", "protesters"], "PAK")
PK_GOV = gov(["government"], "PAK")
# 014 PIA Stockholm
SE_POLICE = gov(["swedish police", "police", "police authorities", "team", "commandos"], "SWE")
SE_PROS = gov(["swedish prosecutors", "prosecutor on duty", "district attorney", "prosecutor"], "SWE")
PIA_SUSPECT = per(["passenger", "man", "suspect", "canadian citizen of pakistani origin"], "CAN")
PIA_PLANE = civ(["aircraft", "jetliner", "flight 782", "plane"], "PAK")
CALLER = per(["canadian woman", "woman", "anonymous woman", "prank caller", "caller"], "CAN")
RCMP = gov(["royal canadian mounted police", "rcmp", "canadian police", "canadian officials", "canadian authority"], "CAN")
# 015 Pichilemu
PINERA = gov(["sebastián piñera", "piñera", "chilean president sebastián piñera", "chilean president"], "CHL")
CL_PEOPLE = civ(["people", "chilean territory", "chile"], "CHL")
QUAKE11 = oth(["strong earthquake", "earthquake", "tsunami", "massive tsunami"], None)
JP_PEOPLE = civ(["japanese government and people", "japan"], "JPN")
TSUNAMI = oth(["tsunami", "tsunami waves", "tsunami warning"], None)
PICH_PEOPLE = civ(["people", "pichilemu", "kiosks", "houses"], "CHL")
CL_POLICE = gov(["police officers", "police"], "CHL")
PEREZ = gov(["intendant of o'higgins region", "rodrigo pérez mackenna", "pérez mackenna", "intendant"], "CHL")
CORDOVA = gov(["mayor roberto córdova", "roberto córdova", "córdova", "mayor"], "CHL")
CC_GOV = gov(["governor of cardenal caro", "governor"], "CHL")
# 016 Fukushima
JP_NISA = gov(["japanese government nuclear authority", "officials", "japanese authorities", "japanese nuclear safety officials", "spokesperson"], "JPN")
PLANT = oth(["plant", "crisis", "damaged fukushima nuclear plant", "fukushima nuclear plant"], "JPN")
AFTERSHOCK = oth(["aftershock", "6.6 aftershock", "powerful aftershock", "landslide"], None)
JP_CIV = civ(["six people", "people", "homes"], "JPN")
JP_GOV = gov(["government", "spokesperson for the government", "officials"], "JPN")
JP_COMM = civ(["five communities", "communities", "zone"], "JPN")
WORKERS = civ(["workers", "workers at the damaged fukushima nuclear plant"], "JPN")
# 017 Karachi
PK_MILITANTS = ag(["pakistani militants", "militants", "twenty militants", "attackers"], "PAK")
PK_MIL = mil(["ten soldiers", "soldiers", "military base", "base", "military forces", "commandos", "military aircraft"], "PAK")
PK_COMMANDOS = mil(["commandos", "military forces"], "PAK")
HOSTAGES = civ(["hostages", "foreigners"], None)
US_SF = mil(["u.s. special forces", "special forces"], "USA")
BINLADEN = per(["osama bin laden", "bin laden"], None)

ANN = {
 'mozambique-vote-count': [
  (MZ_ELECT, FRELIMO, ['CONSULT'], "presidential elections vote count continued Friday in all of the country", at('Mozambique', r=F)),
  (MZ_VOTERS, None, ['REQUEST'], "these abstention levels could force a run-off next month", at('Mozambique', s='h', r=F)),
 ],
 'karzai-sworn-in': [
  (KARZAI, AF, ['AGREE', 'SUPPORT'], "Hamid Karzai was sworn in today as the first-ever elected president", at('Afghanistan')),
  (JEMB, KARZAI, ['SUPPORT', 'AGREE'], "The Joint Electoral Management Body declared that Mr. Hamid Karzai won 55 percent", at('Afghanistan', r=F)),
  (PANEL, AF_ELECT, ['ACCUSE'], "verified earlier today that there were shortcomings with the elections", at('Afghanistan', r=F)),
 ],
 'nba-brawl-charges': [
  (GORCYCA, PACERS, ['COERCE', 'ACCUSE'], "announced criminal charges against five Indiana Pacer players and seven fans", at('Oakland County')),
  (GORCYCA, FANS, ['COERCE', 'ACCUSE'], "Gorcyca also filed charges against seven fans.", at('Oakland County', r=F)),
  (PACERS, FANS, ['ASSAULT'], "stemming from the November 19th brawl at The Palace Of Auburn Hills", at('Auburn Hills', r=F)),
  (GREEN, ARTEST, ['ASSAULT'], "another count for punching Artest from behind when Artest went into the stands", at('Auburn Hills', r=F)),
  (BJACKSON, PACERS, ['ASSAULT'], "faces a felony assault charge for throwing a chair", at('Auburn Hills', r=F)),
  (PALACE, FANS, ['COERCE', 'REJECT'], "All seven fans have been banned from The Palace.", at('Auburn Hills', r=F)),
 ],
 'fukuoka-earthquake': [
  (QUAKE05, FK_CIV, ['ASSAULT'], "A 75-year-old woman was killed in Fukuoka city by a falling wall.", at('Fukuoka', r=F)),
  (QUAKE05, FK_BLDG, ['ASSAULT'], "In Tenjin, downtown Fukuoka, Fukuoka Building's windows shattered", at('Fukuoka', r=F)),
 ],
 'pakistan-warned-britain': [
  (PAK, UK_CT, ['THREATEN', 'CONSULT', 'COOPERATE'], "Pakistan had warned British counter-terrorism experts in May 2005", {'w': None, 'r': F}),
  (PLOTTERS, LON_CIV, ['ASSAULT'], "revealed a plot to 'bomb London pubs, restaurants and possibly railway stations'", at('London', s='h', r=F)),
  (PLOTTERS, LON_CIV, ['ASSAULT'], "a series of co-ordinated terrorist attacks on London transport", at('London', r=F)),
  (UK_POLICE, PAK, ['REJECT'], "Senior British police officers denied receiving any warning before the attacks.", {'w': None, 'r': F}),
  (UK_INV, SUSPECT05, ['CONSULT', 'ACCUSE'], "British investigators have travelled to Pakistan to interview the terrorist supect", at('Pakistan', r=F)),
 ],
 'nicobar-quake-tsunami-warning': [
  (QUAKE_NIC, NIC, ['ASSAULT'], "its seismic center near the Nicobar Islands in the Indian Ocean", at('Nicobar Islands', r=F)),
  (JMA, None, ['THREATEN', 'MOBILIZE'], "There is a possibility of a destructive local tsunami in the Indian Ocean", {'w': None, 'r': F}),
  (TH_NDWC, None, ['RETREAT', 'CONCEDE'], "the Thai National Disaster Warning Center cleared the tsunami warning nationwide", at('Thailand', r=F)),
 ],
 'baghdad-restaurant-bombing': [
  (BAG_BOMBER, BAG_CIV, ['ASSAULT'], "A suicide bomber detonated himself in a crowded Baghdad restaurant Thursday morning", at('Baghdad')),
  (AQI, BAG_CIV, ['ASSAULT', 'THREATEN'], "Responsibility for the attack was claimed by Al-Qaeda in Iraq.", at('Baghdad', r=F)),
  (US_IRQ, MILITANTS, ['ASSAULT', 'COERCE'], "recent raids by US and Iraqi forces on suspected militant strongholds near the Syrian border", at('Iraq', r=F)),
  (AQI, JO_HOTELS, ['ASSAULT'], "The attack came just a day after the bombing of hotels in , Jordan", at('Jordan', r=F)),
 ],
 'us-embassy-india-warning': [
  (US_EMB, US_CIT, ['THREATEN', 'MOBILIZE'], "The United States Embassy in New Delhi, India has warned citizens", at('New Delhi')),
  (IN_PLOTTERS, IN_CIV, ['ASSAULT'], "intend to carry out a series of bombing attacks in or around New Delhi and Mumbai", at('India', s='h', r=F)),
  (IN_HOME, DEL_POLICE, ['MOBILIZE'], "The Indian Home Ministry has told New Delhi Police to step up security", at('New Delhi')),
  (DUGGAL, US_EMB, ['REJECT'], "It is a very innocuous advisory. And that's about it.", {'w': None, 'r': F}),
 ],
 'st-edwards-bomb-threat': [
  (THREAT_AUTHOR, SEU, ['THREATEN'], "in Austin has been evacuated after a non-specific bomb threat note was found", at('Austin')),
  (AUS_POLICE, SEU, ['MOBILIZE', 'COERCE'], "Around noon police had completed an evacuation, secured the campus", at('Austin')),
  (AUS_POLICE, SEU, ['MOBILIZE', 'COERCE'], "As police completed the search of dormitory buildings", at('Austin', r=F)),
 ],
 'uk-threat-level-critical': [
  (JTAC, AQ, ['MOBILIZE', 'THREATEN'], "has raised its threat level to critical", at('United Kingdom')),
  (GLA_ATT, GLA_AIRPORT, ['ASSAULT'], "an earlier incident where a burning jeep drove into Glasgow Airport", at('Glasgow')),
  (LON_BOMBERS, None, ['ASSAULT'], "linked to the attempted London car bombings of the previous day", at('London', r=F)),
  (SMITH, None, ['MOBILIZE'], "I can confirm that JTAC has raised the national threat level to critical.", at('United Kingdom', r=F)),
 ],
 'sadr-city-twin-bombings': [
  (SADR_BOMBERS, SADR_CIV, ['ASSAULT'], "were killed and a further 68 wounded on Wednesday after two car bombings", at('Baghdad')),
  (SADR_BOMBERS, SADR_CIV, ['ASSAULT'], "Two explosions occurred within quarter of an hour of each other in the late afternoon in Sadr City.", at('Baghdad', r=F)),
  (IQ_POLICE, SADR_BOMBERS, ['COERCE'], "was discovered and defused without incident by police", at('Baghdad', r=F)),
  (SADR_BOMBERS, SADR_CIV, ['ASSAULT'], "In November 2006, five car bombings killed 215 people in the city", at('Baghdad', r=F)),
  (SADR_BOMBERS, SADR_CIV, ['ASSAULT'], "a two-day span of bombings in the area killed 150 people", {'w': None, 'r': F}),
 ],
 'afghanistan-us-troops-killed': [
  (AF_BOMBERS, US_TROOPS, ['ASSAULT'], "were killed on Tuesday after bomb attacks in southern Afghanistan", at('Afghanistan')),
  (AF_BOMBERS, US_TROOPS, ['ASSAULT'], "The eighth US soldier was killed in a separate bombing.", at('Afghanistan', r=F)),
  (HELI_CRASH, US_TROOPS2, ['ASSAULT'], "were killed in separate helicopter crashes in the country", at('Afghanistan', r=F)),
 ],
 'peshawar-bazaar-bombing': [
  (PSH_BOMBER, PSH_POLICE, ['ASSAULT'], "a suicide bomber attacked police officials who were guarding a protest rally", at('Peshawar')),
  (PSH_BOMBER, PSH_CIV, ['ASSAULT'], "A suspected bomber attacked the Qissa Khawani Bazaar of the city late on Monday.", at('Peshawar', r=F)),
  (PROTESTERS, PK_GOV, ['PROTEST'], "guarding a protest rally against frequent power cuts in the city", at('Peshawar', r=F)),
  (IED, PSH_SCHOOL, ['ASSAULT'], "a schoolboy was killed and ten people, including five students, were injured", at('Peshawar')),
  (KOHAT_BOMB, KOHAT_CIV, ['ASSAULT'], "after two blasts in the city of Kohat killed 49 people during the weekend", at('Kohat', r=F)),
 ],
 'pia-flight-stockholm-diversion': [
  (SE_POLICE, PIA_SUSPECT, ['COERCE'], "Swedish police detained a passenger aboard a on suspicion of preparing an attack", at('Stockholm')),
  (PIA_PLANE, None, ['MOBILIZE', 'RETREAT'], "only told on the ground why they had to land in Stockholm", at('Stockholm', r=F)),
  (SE_PROS, PIA_SUSPECT, ['CONCEDE', 'RETREAT'], "the prosecutor on duty decided not to keep the man suspected of having explosives", at('Sweden')),
  (CALLER, PIA_SUSPECT, ['ACCUSE', 'THREATEN'], "a woman called the Canadian police and said that this man could probably have a bomb", at('Canada', r=F)),
  (RCMP, CALLER, ['ACCUSE'], "announced that the call may have been a \"terrorism hoax,\" and said it was investigating", at('Canada', r=F)),
 ],
 'pichilemu-tsunami-emergency': [
  (PINERA, CL_PEOPLE, ['MOBILIZE', 'THREATEN'], "Chilean President Sebastián Piñera declared a \"preventive tsunami warning\" that morning", at('Chile')),
  (QUAKE11, JP_PEOPLE, ['ASSAULT'], "On Friday, a strong earthquake in Japan triggered a massive tsunami", at('Japan', r=F)),
  (CL_POLICE, PICH_PEOPLE, ['COERCE'], "Police officers did not allow cars to pass by the nearest street to the beach", at('Pichilemu')),
  (PEREZ, CORDOVA, ['CONSULT'], "arrived at Pichilemu Municipal Stadium in a helicopter, to inform Mayor Roberto Córdova", at('Pichilemu', r=F)),
  (TSUNAMI, PICH_PEOPLE, ['ASSAULT'], "The tsunami waves finally hit Pichilemu at around 03:30 local time", at('Pichilemu', r=F)),
  (TSUNAMI, PICH_PEOPLE, ['ASSAULT'], "In Playa Hermosa, around three kilometers south of the center of the city", at('Pichilemu', r=F)),
  (PINERA, CL_PEOPLE, ['RETREAT', 'CONCEDE'], "The tsunami warning was lifted in most of Chilean territory", at('Chile', r=F)),
  (CC_GOV, PICH_PEOPLE, ['MOBILIZE'], "around 10,000 people were evacuated in Pichilemu", at('Pichilemu', r=F)),
 ],
 'fukushima-level-seven': [
  (JP_NISA, PLANT, ['MOBILIZE', 'ACCUSE'], "officials had upgraded the crisis to a level seven", at('Japan')),
  (AFTERSHOCK, JP_CIV, ['ASSAULT'], "another powerful aftershock yesterday which left at least six people dead", at('Japan', r=F)),
  (WORKERS, None, ['RETREAT'], "Workers at the damaged Fukushima nuclear plant returned after they were briefly evacuated", at('Fukushima', r=F)),
  (JP_GOV, JP_COMM, ['MOBILIZE', 'COERCE'], "the radius of the zone would be expanded to include another five communities", at('Fukushima', s='h', r=F)),
 ],
 'karachi-naval-base-attack': [
  (PK_MILITANTS, PK_MIL, ['ASSAULT'], "Pakistani militants killed ten soldiers and injured fifteen more during an attack on", at('Karachi')),
  (PK_COMMANDOS, PK_MILITANTS, ['ASSAULT', 'COERCE'], "Commandos have cleared the base of militants", at('Karachi')),
  (PK_MILITANTS, HOSTAGES, ['COERCE'], "The militants reportedly took hostages inside the base", at('Karachi', r=F)),
  (PK_MILITANTS, PK_MIL, ['ASSAULT'], "stormed hangars at the base and used to destroy a number of military aircraft", at('Karachi', r=F)),
  (US_SF, BINLADEN, ['ASSAULT'], "a revenge attack for the killing of Osama bin Laden by U.S. special forces", {'w': None, 'r': F}),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
