# Gold events of the thirteenth place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and the geocoder, its gazetteer and their data were not
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.1 degree, or worse where README's Doubts say so; a note only, build_gold.py does not
# read it). Conventions: devset/places12/README.md (and through it devset/places11, devset/events and
# devset/places to devset/places10). A natural event or an accident (an earthquake, a flood, a collapse, a
# crash) has no agent: its source is the event itself (kind other), its type is a nominal ASSAULT and it is
# never required; eval-places scores it like any other event with a place.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Palmyra': (('Palmyra', 'SYR'), (34.55, 38.27)),
 'North Waziristan': (('North Waziristan', 'PAK'), (32.95, 70.05)),
 'Philippines': (('Philippines', 'PHL'), (12.88, 121.77)),
 'Latakia': (('Latakia', 'SYR'), (35.60, 36.00)),
 'Paris': (('Paris', 'FRA'), (48.86, 2.35)),
 'Guatemala': (('Guatemala', 'GTM'), (15.78, -90.23)),
 'Kentucky': (('Kentucky', 'USA'), (37.50, -85.30)),
 'Baghdad': (('Baghdad', 'IRQ'), (33.31, 44.36)),
 'Sinai': (('Sinai Peninsula', 'EGY'), (29.50, 33.80)),
 'Sempach': (('Sempach', 'CHE'), (47.14, 8.19)),
 'Somalia': (('Somalia', 'SOM'), (5.15, 46.20)),
 'Spain': (('Spain', 'ESP'), (40.46, -3.75)),
 'Thailand': (('Thailand', 'THA'), (15.87, 100.99)),
 'Hungary': (('Hungary', 'HUN'), (47.16, 19.50)),
 'Amsterdam': (('Amsterdam', 'NLD'), (52.37, 4.90)),
 'Cizre': (('Cizre', 'TUR'), (37.33, 42.19)),
 "Sana'a": (("Sana'a", 'YEM'), (15.37, 44.19)),
 'Mumbai': (('Mumbai', 'IND'), (19.08, 72.88)),
 'Silwan': (('Silwan', 'ISR'), (31.77, 35.24)),
 'Bukuru': (('Bukuru', 'NGA'), (9.80, 8.87)),
 'Ghazni': (('Ghazni', 'AFG'), (33.55, 68.42)),
 'Okinawa': (('Okinawa', 'JPN'), (26.50, 127.95)),
 'Colombia': (('Colombia', 'COL'), (4.57, -74.30)),
 'al-Rabuah': (('al-Rabu’ah', 'SAU'), (17.6, 43.5)),
 'Iliamna': (('Iliamna', 'USA'), (59.75, -154.91)),
 'Horgos': (('Horgos', 'SRB'), (46.16, 19.97)),
 'Bosra': (('Bosra', 'SYR'), (32.52, 36.48)),
 'Illapel': (('Illapel', 'CHL'), (-31.63, -71.17)),
 'Tehran': (('Tehran', 'IRN'), (35.69, 51.39)),
 'Maiduguri': (('Maiduguri', 'NGA'), (11.85, 13.16)),
 'Mogadishu': (('Mogadishu', 'SOM'), (2.05, 45.32)),
 'Ouagadougou': (('Ouagadougou', 'BFA'), (12.37, -1.53)),
 'Egypt': (('Egypt', 'EGY'), (26.82, 30.80)),
 'Nagorno-Karabakh': (('Nagorno-Karabakh', 'AZE'), (39.90, 46.70)),
 'Tripoli': (('Tripoli', 'LBY'), (32.89, 13.19)),
 'Nangarhar': (('Nangarhar', 'AFG'), (34.20, 70.60)),
 'Dhaka': (('Dhaka', 'BGD'), (23.81, 90.41)),
 'Bangui': (('Bangui', 'CAF'), (4.39, 18.56)),
 'Liucheng County': (('Liucheng County', 'CHN'), (24.65, 109.24)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)
def ev(names):  # a natural event or an accident as source
    return oth(names, None)

ISIL = ag(["islamic state of iraq and the levant", "islamic state", "isil", "isis", "daesh"], None)
TEMPLE = oth(["temple of bel", "the temple of bel in palmyra", "temple", "structure"], "SYR")
US_DRONE = st(["united states", "us", "u.s.", "united states drone attack", "drone attack", "drone"], "USA")
PK_MILITANTS = ag(["six suspected militants", "suspected militants", "militants"], "PAK")
PH_ARMY = mil(["soldiers and militiamen of the philippine army", "philippine army", "soldiers", "militiamen", "soldiers and militiamen"], "PHL")
LUMAD = civ(["indigenous lumad family", "lumad family", "lumad", "indigenous manobo girl", "manobo girl"], "PHL")
CAR_BOMB = oth(["car bomb", "a car bomb", "bomber", "attackers"], None)
LATAKIA_CIV = civ(["at least seven people", "seven people", "people"], "SYR")
FR_POLICE = gov(["french police", "police"], "FRA")
ARSONIST = oth(["arsonist", "an arsonist"], "FRA")
PARIS_CIV = civ(["eight people", "people", "residents"], "FRA")
GT_JUDGE = gov(["a judge", "judge", "court"], "GTM")
GT_PEREZ = gov(["president of guatemala otto pérez molina", "otto pérez molina", "pérez molina", "perez molina", "otto perez molina", "president of guatemala", "president"], "GTM")
US_JUDGE = gov(["u.s. district judge david bunning", "david bunning", "judge david bunning", "bunning", "judge", "court"], "USA")
KIM_DAVIS = gov(["kim davis", "davis", "the rowan county, kentucky, clerk", "rowan county clerk", "clerk"], "USA")
DEPUTY_CLERKS = gov(["the deputy clerks", "deputy clerks", "clerks"], "USA")
IQ_FORCES = mil(["iraqi security forces", "security forces", "iraqi forces", "iraq"], "IRQ")
KH = ag(["kata'ib hezbollah", "kataib hezbollah", "kata’ib hezbollah", "hezbollah"], "IRQ")
ROADSIDE_BOMBS = oth(["two roadside bombs", "roadside bombs", "bombs", "militants"], None)
PEACEKEEPERS = igo(["six international peacekeepers", "international peacekeepers", "peacekeepers", "multinational force and observers"])
BUS_CRASH = ev(["collision", "british tourist bus", "tourist bus", "bus", "four trucks"])
BUS_PEOPLE = civ(["forty one people", "people", "passengers"], None)
SHABAAB = ag(["al shabaab militants", "al shabaab", "al-shabaab", "shabaab", "militants"], "SOM")
SO_TOWNS = oth(["two towns", "towns"], "SOM")
RALLY_CRASH = ev(["a spain car rally race crash", "car rally race crash", "crash", "car", "rally"])
SPECTATORS = civ(["spectators", "six dead", "six"], "ESP")
TH_NRC = gov(["thailand's national reform council", "national reform council", "nrc", "thailand", "council"], "THA")
TH_DRAFTERS = gov(["constitution drafting committee", "drafting committee", "military government", "junta", "government"], "THA")
MIGRANTS = civ(["hundreds of people", "people", "asylum seekers", "migrants", "the asylum seekers / migrants", "asylum seekers / migrants"], None)
HU_POLICE = gov(["police", "hungarian police", "hungarian riot police", "riot police"], "HUN")
FLOOD = ev(["flooding", "flood", "a burst in a major water-pipeline", "burst", "water-pipeline", "water pipeline"])
VU_HOSPITAL = oth(["the vu university medical center", "vu university medical center", "hospital", "vu medical center"], "NLD")
TR_FORCES = mil(["turkish security forces", "security forces", "turkish forces", "military", "the military", "turkish military", "turkey"], "TUR")
HDP = civ(["pro-kurdish peoples' democratic party (hdp) supporters", "peoples' democratic party (hdp) supporters", "hdp supporters", "supporters", "hdp", "peoples' democratic party", "locals"], "TUR")
CIZRE = civ(["cizre", "locals", "residents"], "TUR")
AIR_STRIKES = st(["air strikes", "saudi-led coalition", "coalition", "arab coalition", "saudi arabia", "saudi"], "SAU")
HOUTHI_LEADERS = ag(["houthi political leaders", "houthi", "houthis", "military bases", "houthi political leaders and military bases"], "YEM")
IN_COURT = gov(["a mumbai, india court", "court", "mumbai court", "india"], "IND")
MUMBAI_MEN = oth(["twelve men", "men", "bombers", "accused"], "IND")
SETTLERS = civ(["new israeli settlers", "israeli settlers", "settlers"], "ISR")
PALESTINIANS = civ(["palestinians", "13 palestinians"], "PSE")
COLLAPSE = ev(["collapse", "an islamic school", "islamic school", "school"])
NG_STUDENTS = civ(["at least four students", "students", "four students"], "NGA")
TALIBAN = ag(["taliban insurgents", "taliban", "insurgents", "attackers"], "AFG")
AF_GUARDS = gov(["at least four prison officers", "prison officers", "prison", "officers"], "AFG")
OKINAWA_GOV = gov(["takeshi onaga", "onaga", "the governor of the japanese prefecture of okinawa", "governor", "governor of okinawa", "okinawa"], "JPN")
FUTENMA = mil(["us marine corps air station futenma", "marine corps air station futenma", "us marine corps", "united states", "us", "air station futenma", "futenma", "japanese government", "japan"], None)
COLOMBIA = st(["colombia", "colombian government", "bogotá", "bogota"], "COL")
VENEZUELA = st(["venezuela", "venezuelan", "venezuelan military", "venezuelan aircraft"], "VEN")
HOUTHIS = ag(["houthi militants", "houthis", "houthi", "yemeni troops", "houthi militants backed by yemeni troops"], "YEM")
SA_FORCES = mil(["saudi forces", "saudi arabia", "saudi", "saudi military"], "SAU")
RABUAH = oth(["al-rabu’ah", "al-rabu'ah", "town", "al-rabuah"], "SAU")
PLANE_CRASH = ev(["a floatplane", "floatplane", "plane", "crash"])
AK_PEOPLE = civ(["three people", "people", "the other seven on board"], "USA")
MIGRANTS_HS = civ(["migrants", "refugees", "asylum seekers"], None)
SY_GOV = gov(["the government", "government", "syrian government", "syrian army", "syrian forces", "syria"], "SYR")
BOSRA_CIV = civ(["21 people", "people", "the rebel held town of bosra", "rebels"], "SYR")
QUAKE = ev(["earthquake", "8.3 magnitude earthquake", "yesterday's 8.3 magnitude earthquake"])
CL_PEOPLE = civ(["thousands of people", "people"], "CHL")
FLOODS = ev(["flash floods", "heavy rain", "floods"])
IR_PEOPLE = civ(["10 people", "people"], "IRN")
EXPLOSIONS = oth(["triple explosions", "explosions", "bombers", "boko haram", "attackers"], None)
MAID_CIV = civ(["at least 80 people", "80 people", "people"], "NGA")
SO_BOMB = oth(["a car bomb", "car bomb", "al-shabaab", "al shabaab", "bomber"], None)
SO_CIV = civ(["at least six people", "six people", "people"], "SOM")
BF_ARMY = mil(["the army of burkina faso", "army", "army of burkina faso", "burkina faso", "military"], "BFA")
BF_RSP = mil(["the presidential guard", "presidential guard", "coup leaders", "rsp", "regiment of presidential security"], "BFA")
EGYPT = st(["egypt", "egyptian government", "egyptian president", "abdel fattah al-sisi", "sisi"], "EGY")
AJ_JOURNALISTS = per(["al-jazeera journalists", "al-jazeera journalists mohamed fahmy and baher mohamed", "mohamed fahmy", "baher mohamed", "journalists", "al jazeera"], None)
MOSQUE_BOMB = oth(["a bombing", "bombing", "bombers", "isil", "islamic state", "attackers"], None)
YE_WORSHIP = civ(["at least 29 people", "29 people", "people", "worshippers", "a mosque", "mosque"], "YEM")
AZ_MIL = mil(["azeri", "azerbaijan", "azeri forces", "azerbaijani forces", "azerbaijani military", "azerbaijani"], "AZE")
AM_SOLDIERS = mil(["at least four armenian soldiers", "armenian soldiers", "soldiers", "armenia", "armenian"], "ARM")
AM_VILLAGES = civ(["several ethnic armenian villages", "ethnic armenian villages", "villages", "three civilians", "civilians"], "ARM")
IT_SF = mil(["italian special forces", "special forces", "italy", "italian"], "ITA")
MASKHOUT = per(["salah al-maskhout", "al-maskhout", "maskhout", "a prominent libyan zuwarah militia leader and migrant smuggler", "militia leader", "migrant smuggler", "smuggler"], "LBY")
ISIL_AF = ag(["militants reportedly allied to the islamic state of iraq and the levant", "militants", "islamic state of iraq and the levant", "islamic state", "isil", "isis"], None)
AF_POLICE = gov(["government positions", "two police officers", "police officers", "police", "afghan government", "government"], "AFG")
ITALIAN = per(["an italian man", "italian man", "italian"], "ITA")
CF_PRISONERS = oth(["all 500 of the prisoners", "prisoners", "the prisoners", "500 prisoners"], "CAF")
CF_JAIL = gov(["ngaraba jail", "the ngaraba jail", "jail", "prison", "central african republic"], "CAF")
PARCEL_BOMBS = oth(["explosions", "explosives", "express delivery packages", "suspect", "bomber"], None)
LC_CIV = civ(["at least six people", "six people", "people", "dozens"], "CHN")

ANN = {
 'ancient-temple-destroyed': [
  (ISIL, TEMPLE, ['ASSAULT'], "has completely destroyed the Temple of Bel in Palmyra", at('Palmyra')),
 ],
 'drone-attack-militants': [
  (US_DRONE, PK_MILITANTS, ['ASSAULT'], "Six suspected militants are killed in a United States drone attack", at('North Waziristan')),
 ],
 'indigenous-evacuation': [
  (PH_ARMY, LUMAD, ['ASSAULT'], "the murders of an indigenous Lumad family and the rape", at('Philippines', r=F)),
 ],
 'governorate-car-bomb': [
  (CAR_BOMB, LATAKIA_CIV, ['ASSAULT'], "A car bomb kills at least seven people", at('Latakia')),
 ],
 'apartment-fire-arson-arrest': [
  (FR_POLICE, ARSONIST, ['COERCE'], "French police arrest an arsonist for a fire", at('Paris')),
  (ARSONIST, PARIS_CIV, ['ASSAULT'], "a fire in an apartment in the 18th arrondissement of Paris", at('Paris', r=F)),
 ],
 'judge-orders-president-detained': [
  (GT_JUDGE, GT_PEREZ, ['COERCE', 'ACCUSE'], "A judge orders that President of Guatemala Otto Pérez Molina be detained", at('Guatemala')),
 ],
 'clerk-jailed-contempt': [
  (US_JUDGE, KIM_DAVIS, ['COERCE'], "is jailed for contempt of court", at('Kentucky')),
  (US_JUDGE, DEPUTY_CLERKS, ['COERCE', 'REQUEST'], "The deputy clerks are ordered to issue these licenses", at('Kentucky', r=F)),
 ],
 'militia-offices-raided': [
  (IQ_FORCES, KH, ['COERCE', 'ASSAULT'], "Iraqi security forces raid the offices of Kata'ib Hezbollah in Baghdad", at('Baghdad')),
  (IQ_FORCES, KH, ['ACCUSE'], "accusing them of being involved in the abduction", at('Baghdad', r=F)),
 ],
 'peacekeepers-roadside-bombs': [
  (ROADSIDE_BOMBS, PEACEKEEPERS, ['ASSAULT'], "Two roadside bombs detonate in the Sinai Peninsula injuring six international peacekeepers", at('Sinai')),
 ],
 'tourist-bus-collision': [
  (BUS_CRASH, BUS_PEOPLE, ['ASSAULT'], "involved in a collision between Sempach and Sursee in Switzerland", at('Sempach', r=F)),
 ],
 'militants-seize-two-towns': [
  (SHABAAB, SO_TOWNS, ['ASSAULT', 'COERCE'], "al Shabaab militants seize two towns in southern Somalia", at('Somalia')),
 ],
 'rally-crash-spectators': [
  (RALLY_CRASH, SPECTATORS, ['ASSAULT'], "A Spain car rally race crash leaves six dead", at('Spain', r=F)),
 ],
 'reform-council-rejects-constitution': [
  (TH_NRC, TH_DRAFTERS, ['REJECT'], "Thailand's National Reform Council (NRC) rejects a controversial new constitution", at('Thailand')),
 ],
 'migrants-break-out-holding-center': [
  (MIGRANTS, HU_POLICE, ['PROTEST', 'REJECT', 'COERCE'], "broke out from Hungary's first migrant holding center near the Serbian border", at('Hungary')),
 ],
 'hospital-evacuated-flood': [
  (FLOOD, VU_HOSPITAL, ['ASSAULT'], "parts of the hospital were flooded because of a burst", at('Amsterdam', r=F)),
 ],
 'city-clashes-under-siege': [
  (TR_FORCES, HDP, ['ASSAULT'], "following clashes between Turkish security forces and pro-Kurdish Peoples' Democratic Party (HDP) supporters", at('Cizre')),
  (TR_FORCES, CIZRE, ['COERCE'], "since the military imposed a curfew", at('Cizre', r=F)),
 ],
 'air-strikes-political-leaders': [
  (AIR_STRIKES, HOUTHI_LEADERS, ['ASSAULT'], "Air strikes target Houthi political leaders and military bases", at("Sana'a")),
 ],
 'court-convicts-train-bombers': [
  (IN_COURT, MUMBAI_MEN, ['COERCE', 'ACCUSE'], "court convicts twelve men with one man acquitted", at('Mumbai')),
 ],
 'settlers-palestinians-clash': [
  (SETTLERS, PALESTINIANS, ['ASSAULT'], "Violent clashes erupt between new Israeli settlers and Palestinians in the Silwan area", at('Silwan')),
 ],
 'islamic-school-collapse': [
  (COLLAPSE, NG_STUDENTS, ['ASSAULT'], "An Islamic school in the Nigerian town of Bukuru collapses", at('Bukuru', r=F)),
 ],
 'taliban-storm-prison': [
  (TALIBAN, AF_GUARDS, ['ASSAULT'], "Taliban insurgents storm a prison in the central Afghan province of Ghazni", at('Ghazni')),
 ],
 'governor-revokes-base-approval': [
  (OKINAWA_GOV, FUTENMA, ['REJECT'], "revokes approval for work on the US Marine Corps Air Station Futenma", at('Okinawa')),
 ],
 'airspace-violation-accusation': [
  (COLOMBIA, VENEZUELA, ['ACCUSE'], "Colombia accuses Venezuela of violating its airspace", {}),
  (VENEZUELA, COLOMBIA, ['COERCE', 'MOBILIZE'], "of violating its airspace for the second time", at('Colombia', r=F)),
 ],
 'houthis-seize-town': [
  (HOUTHIS, SA_FORCES, ['ASSAULT', 'COERCE'], "reportedly seize control of al-Rabu’ah", at('al-Rabuah')),
  (SA_FORCES, None, ['RETREAT'], "forcing Saudi forces to pull out of the area", at('al-Rabuah', r=F)),
 ],
 'floatplane-crash': [
  (PLANE_CRASH, AK_PEOPLE, ['ASSAULT'], "A floatplane crashes during takeoff near Iliamna", at('Iliamna', r=F)),
 ],
 'riot-police-migrants-clash': [
  (HU_POLICE, MIGRANTS_HS, ['ASSAULT', 'COERCE'], "Hungarian riot police and migrants clash at the now-closed border crossing", at('Horgos')),
 ],
 'barrel-bombs-town': [
  (SY_GOV, BOSRA_CIV, ['ASSAULT'], "the government has used barrel bombs resulting in the deaths of 21 people", at('Bosra')),
 ],
 'earthquake-survivors-sleep-outside': [
  (QUAKE, CL_PEOPLE, ['ASSAULT'], "Thousands of people in the Chilean town of Illapel sleep outside", at('Illapel', r=F)),
 ],
 'flash-floods-capital': [
  (FLOODS, IR_PEOPLE, ['ASSAULT'], "Heavy rain triggers flash floods killing 10 people in Tehran", at('Tehran', r=F)),
 ],
 'triple-explosions-city': [
  (EXPLOSIONS, MAID_CIV, ['ASSAULT'], "Triple explosions kill at least 80 people", at('Maiduguri')),
 ],
 'car-bomb-presidential-palace': [
  (SO_BOMB, SO_CIV, ['ASSAULT'], "A car bomb in Somalia kills at least six people", at('Mogadishu')),
 ],
 'army-arrives-capital-coup': [
  (BF_ARMY, BF_RSP, ['MOBILIZE', 'COERCE', 'THREATEN'], "The army of Burkina Faso arrives in Ouagadougou", at('Ouagadougou')),
 ],
 'journalists-pardoned': [
  (EGYPT, AJ_JOURNALISTS, ['CONCEDE', 'COOPERATE'], "Egypt pardons al-Jazeera journalists Mohamed Fahmy and Baher Mohamed", at('Egypt')),
 ],
 'mosque-bombing-eid': [
  (MOSQUE_BOMB, YE_WORSHIP, ['ASSAULT'], "At least 29 people are killed in a bombing of a mosque", at("Sana'a")),
 ],
 'soldiers-killed-disputed-region': [
  (AZ_MIL, AM_SOLDIERS, ['ASSAULT'], "At least four Armenian soldiers are killed following an Azeri attack", at('Nagorno-Karabakh')),
  (AZ_MIL, AM_VILLAGES, ['ASSAULT'], "Azerbaijan shelled several ethnic Armenian villages", {}),
 ],
 'smuggler-killed-special-forces': [
  (IT_SF, MASKHOUT, ['ASSAULT'], "is reportedly killed in Tripoli by Italian special forces", at('Tripoli')),
 ],
 'coordinated-attacks-province': [
  (ISIL_AF, AF_POLICE, ['ASSAULT'], "launch coordinated attacks on government positions in the eastern Nangarhar Province", at('Nangarhar')),
 ],
 'italian-man-killed': [
  (ISIL, ITALIAN, ['ASSAULT'], "the killing of an Italian man in Dhaka", at('Dhaka')),
 ],
 'prisoners-escape-jail': [
  (CF_PRISONERS, CF_JAIL, ['COERCE', 'ASSAULT', 'PROTEST'], "All 500 of the prisoners escape from the Ngaraba jail", at('Bangui', r=F)),
 ],
 'parcel-bomb-explosions': [
  (PARCEL_BOMBS, LC_CIV, ['ASSAULT'], "explosions at 15 locations in Liucheng County", at('Liucheng County')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
