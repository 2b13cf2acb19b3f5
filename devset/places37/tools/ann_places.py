# Gold events of the thirty-seventh place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher, one unknown (None): see the README's Doubts; a note only,
# build_gold.py does not read it). Conventions: those of places28's README (from places26, places25, places24,
# places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Lebanon': ('LBN', (33.9, 35.9)), 'Mauritius': ('MUS', (-20.3, 57.6)), 'Somalia': ('SOM', (5.2, 46.2)),
 'Cambodia': ('KHM', (12.6, 104.9)), 'Philippines': ('PHL', (12.9, 122.0)), 'Greece': ('GRC', (39.1, 21.8)),
 'Colombia': ('COL', (4.1, -72.9)), 'Indonesia': ('IDN', (-2.5, 118.0)), 'Venezuela': ('VEN', (7.1, -66.2)),
 'Malaysia': ('MYS', (4.2, 102.0)), 'Nigeria': ('NGA', (9.1, 8.7)),
 # regions, states, provinces, departments, counties, districts, territories
 'Los Angeles County': ('USA', (34.32, -118.22)), 'Pauri Garhwal district': ('IND', (30.0, 78.9)),
 'La Libertad Department': ('PER', (-7.9, -78.4)), 'North Gaza Governorate': ('PSE', (31.54, 34.50)),
 'Cauca Department': ('COL', (2.4, -76.8)), 'Lubero': ('COD', (-0.16, 29.24)), 'Minnesota': ('USA', (46.3, -94.3)),
 'Northern Region': ('UGA', (2.8, 32.5)), 'Mukdahan province': ('THA', (16.5, 104.6)),
 # cities, towns, villages, municipalities
 'Caracas': ('VEN', (10.49, -66.88)), 'Bangkok': ('THA', (13.75, 100.50)),
 'Bad Friedrichshall': ('DEU', (49.23, 9.21)), 'Al-Loud': ('LBY', None), 'Ipatinga': ('BRA', (-19.47, -42.54)),
 'Trasquera': ('ITA', (46.21, 8.21)), 'Hawadley': ('SOM', (3.0, 45.5)), 'Frontera Comalapa': ('MEX', (15.66, -92.14)),
 'Budapest': ('HUN', (47.50, 19.04)), 'Anaconda': ('USA', (46.13, -112.94)), 'Mayagüez': ('PRI', (18.20, -67.14)),
 'Seoul': ('KOR', (37.57, 126.98)), 'Barberton': ('ZAF', (-25.79, 31.05)), 'Gaza City': ('PSE', (31.50, 34.47)),
 'Eilat': ('ISR', (29.56, 34.95)), 'Kyiv': ('UKR', (50.45, 30.52)), 'Pokrovsk': ('UKR', (48.28, 37.18)),
 'Islamabad': ('PAK', (33.69, 73.05)), 'Beit Lid': ('PSE', (32.27, 35.14)), 'Deir Sharaf': ('PSE', (32.25, 35.18)),
 'Chong Mek': ('THA', (15.11, 105.60)), 'Al-Lubban ash-Sharqiya': ('PSE', (32.07, 35.24)),
 'Kherson': ('UKR', (46.64, 32.61)), 'Minneapolis': ('USA', (44.98, -93.27)), 'Liuyang': ('CHN', (28.15, 113.63)),
 'Dandong': ('CHN', (40.12, 124.38)), 'Manhattan': ('USA', (40.78, -73.97)),
 'Belo Horizonte': ('BRA', (-19.92, -43.94)), 'San Mateo': ('PHL', (14.70, 121.12)),
 'Dutywa': ('ZAF', (-32.10, 28.31)), 'Vahdat': ('TJK', (38.56, 69.02)),
}
COUNTRY_LEVEL = {'Lebanon', 'Mauritius', 'Somalia', 'Cambodia', 'Philippines', 'Greece', 'Colombia', 'Indonesia',
                 'Venezuela', 'Malaysia', 'Nigeria'}


def at(name, r=True, s='a'):
    """options for an event placed at P[name]"""
    o = {'w': (name, P[name][0]), 'll': P[name][1]}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}                 # required, no place on the page
NOWHERE_NR = {'r': False}    # not required, no place on the page


def nat(names):
    """a natural event or an accident: no agent; source = the event itself (kind other)"""
    return oth(names, None)


# actors
VEN_KIDNAPPERS = ag(["masked men", "kidnappers", "gunmen", "unknown"], "VEN")
TUDARES = per(["rafael tudares", "tudares", "son-in-law", "his son-in-law", "edmundo gonzález's son-in-law"], "VEN")
BKK_GUNMAN = ag(["gunman", "gunman on a motorcycle", "assailant", "unknown"], None)
LIM = per(["lim kimya", "lim", "former cambodian opposition lawmaker", "cambodian opposition lawmaker"], "KHM")
LEBANON = st(["lebanon", "lebanese", "lebanese government", "lebanese authorities", "lebanese judiciary"], "LBN")
YUSUF = per(["abdul rahman yusuf", "yusuf", "abdul rahman yusuf al-qaradawi", "united arab emirates", "uae"], "EGY")
MAURITIUS = st(["mauritius", "mauritian authorities", "mauritian government", "mauritian police", "police"], "MUS")
PADAYACHY = per(["renganaden padayachy", "padayachy", "former finance minister"], "MUS")
DEU_SHOOTER = per(["perpetrator", "shooter", "gunman", "attacker", "unknown"], "DEU")
DEU_CIV = civ(["people", "two people", "workers", "employees", "zahnradfabrik hanel"], "DEU")
DEU_POLICE = gov(["police", "german police", "authorities"], "DEU")
ILLEGAL_MINERS = ag(["illegal miners", "group of illegal miners", "a group of illegal miners", "miners"], "PER")
PER_MINERS = civ(["miners", "17 miners", "gold mine", "the mine", "workers"], "PER")
SHABAAB = ag(["al-shabaab", "al-shabaab militants", "militants", "al shabaab", "al-shabab"], "SOM")
SOM_GOV = gov(["somalia", "somali government", "somali forces", "somali army", "hawadley", "hawadley village",
               "aussom", "burundian forces", "government forces"], "SOM")
BURUNDI = mil(["burundian forces", "burundi", "burundian troops", "aussom", "african union"], "BDI")
US_MIL = mil(["united states", "us", "u.s.", "u.s. airstrikes", "us military", "american", "americans",
              "united states military", "u.s. military"], "USA")
SOM_MILITANTS = ag(["al-shabaab", "islamic state", "islamic state militants", "isil", "isis", "militants",
                    "al-shabaab and islamic state militants"], "SOM")
MEX_ATTACKERS = ag(["attackers", "attacker", "gunmen", "unknown", "los huistas", "ambushers"], "MEX")
MEX_POLICE = gov(["police", "police officers", "five police officers", "mexican police", "mexico"], "MEX")
MEX_AUTH = gov(["authorities", "mexican authorities", "police", "mexico"], "MEX")
CHICHARRA = per(["aler baldomero samayoa recinos", "chicharra", "samayoa recinos", "los huistas", "leader"], "GTM")
CAMBODIA = st(["cambodia", "cambodian government", "cambodian", "cambodian authorities", "phnom penh"], "KHM")
THAILAND = st(["thailand", "thai", "thai government", "thai military", "thai forces", "bangkok"], "THA")
PHL_SENATE = gov(["senate of the philippines", "senate", "philippine senate", "philippines"], "PHL")
PHL_HOUSE = gov(["house of representatives", "house", "sara duterte", "vice president sara duterte", "duterte",
                 "articles of impeachment"], "PHL")
HUN_PROT = civ(["protesters", "people", "over 15,000 people", "15,000 people", "demonstrators", "hungarians"], "HUN")
ORBAN = gov(["viktor orbán", "orbán", "orban", "prime minister viktor orbán", "government", "hungarian government",
             "fidesz", "hungary"], "HUN")
GRC_PARL = gov(["parliament of greece", "greek parliament", "parliament", "greece", "hellenic parliament"], "GRC")
GRC_MPS = per(["three lawmakers", "lawmakers", "vasilis stigkas", "stigkas", "spartans", "golden dawn"], "GRC")
USA_SHOOTER = per(["gunman", "shooter", "suspect", "45-year-old suspect", "unknown"], "USA")
USA_CIV = civ(["people", "four people", "bar patrons", "patrons", "civilians"], "USA")
PRI_SHOOTER = per(["gunman", "shooter", "gunmen", "unknown"], "PRI")
PRI_CIV = civ(["people", "teenager", "one teenager", "five other people", "nightclub patrons"], "PRI")
SEOUL_COURT = gov(["seoul central district court", "court", "south korean court", "seoul court", "south korea"], "KOR")
LEE_SM = per(["lee sang-min", "former interior minister lee sang-min", "lee", "former interior minister"], "KOR")
COL_COURT = gov(["court", "colombian court", "judge", "colombian judiciary", "colombia", "bogotá court"], "COL")
URIBE = per(["álvaro uribe", "uribe", "alvaro uribe", "former colombian president", "former president"], "COL")
PRABOWO = gov(["prabowo subianto", "prabowo", "indonesian president", "president prabowo subianto", "indonesia",
               "indonesian government"], "IDN")
LEMBONG = per(["thomas lembong", "lembong", "tom lembong", "hasto kristiyanto", "hasto", "opposition figures",
               "former trade minister"], "IDN")
ZAF_POLICE = gov(["south african police", "police", "saps", "south africa", "south african police service"], "ZAF")
ZAF_MINERS = civ(["miners", "undocumented miners", "nearly 1,000 undocumented miners", "illegal miners",
                  "zama zamas"], None)
ISR_MIL = mil(["israel", "israeli", "israeli airstrike", "israeli airstrikes", "israeli military", "idf",
               "israel defense forces", "israeli forces", "israeli army"], "ISR")
PSE_CIV = civ(["palestinians", "people", "civilians", "residents", "al-ruya tower", "displaced people",
               "stone-throwers", "a palestinian", "palestinian", "gaza"], "PSE")
HOUTHIS = ag(["houthis", "houthi", "houthi rebels", "ansar allah", "houthi-launched drone attacks", "yemen"], "YEM")
ISRAEL = st(["israel", "israeli", "ramon airport", "eilat", "israelis", "people", "two people"], "ISR")
RUS_MIL = mil(["russia", "russian", "russian forces", "russian military", "russian troops", "hundreds of russian troops",
               "russian army"], "RUS")
UKR_CIV = civ(["people", "civilians", "kyiv", "main government building", "ukraine", "ukrainians", "residents",
               "one person", "infant"], "UKR")
UKR_MIL = mil(["ukraine", "ukrainian forces", "ukrainian army", "ukrainian troops", "pokrovsk", "defenders"], "UKR")
COL_MOB = civ(["mob", "a mob", "local villagers", "villagers", "residents", "civilians"], "COL")
COL_SOLDIERS = mil(["colombian soldiers", "soldiers", "forty-five colombian soldiers", "colombian military",
                    "military", "colombian army", "army"], "COL")
PAK_BOMBER = ag(["suicide bomber", "bomber", "attacker", "unknown", "militants"], None)
PAK_CIV = civ(["people", "twelve people", "court", "civilians", "lawyers"], "PAK")
SETTLERS = ag(["israeli settlers", "settlers", "israelis", "four israelis", "jewish settlers"], "ISR")
PSE_PROP = civ(["palestinians", "four palestinians", "vehicles", "property", "villagers", "residents",
                "beit lid", "deir sharaf"], "PSE")
IDF_SOLDIERS = mil(["israeli soldiers", "soldiers", "idf", "israel defense forces", "israeli army", "troops"], "ISR")
ISR_POLICE = gov(["israeli police", "police", "israeli security forces", "israeli forces", "israel", "authorities",
                  "israeli soldiers", "idf"], "ISR")
LAOS = st(["laos", "lao", "lao government", "lao pdr"], "LAO")
SKOREA = st(["south korea", "korea", "south korean government", "republic of korea", "seoul"], "KOR")
THAI_MIL = mil(["thailand's military", "thai military", "thailand", "thai army", "royal thai army", "military",
                "thai"], "THA")
LAOS_CAM = st(["laos", "lao", "cambodia", "cambodian forces", "fuel shipments"], "LAO")
VEN_GOV = gov(["venezuelan government", "venezuela", "venezuelan", "government", "caracas",
               "venezuelan authorities"], "VEN")
TTO = st(["trinidad and tobago", "trinidad", "trinidadian government", "port of spain"], "TTO")
USA = st(["united states", "us", "u.s.", "america", "american", "us government", "u.s. government",
          "united states government"], "USA")
SKIPPER = oth(["oil tanker skipper", "skipper", "tanker", "oil tanker"], None)
ADF = ag(["allied democratic forces", "adf", "islamic state central africa province", "iscap", "rebels"], "COD")
COD_CIV = civ(["villages", "people", "civilians", "three villages", "villagers", "residents"], "COD")
MACC = gov(["malaysian anti-corruption commission", "anti-corruption commission", "macc", "malaysia",
            "malaysian authorities"], "MYS")
MYS_CHIEF = per(["former army chief", "army chief", "suspects", "four other suspects", "former army chief and four other suspects"], "MYS")
NGA_COURT = gov(["nigerian federal court", "federal court", "court", "nigeria", "federal high court"], "NGA")
MALAMI = per(["abubakar malami", "malami", "former justice minister", "co-accused"], "NGA")
ICE = gov(["immigration and customs enforcement", "ice", "ice agent", "agent", "united states immigration and customs enforcement",
           "united states immigration and customs enforcement agent", "u.s. immigration and customs enforcement"], "USA")
GOOD = civ(["woman", "37-year-old woman", "a 37-year-old woman", "renée good", "renee good"], "USA")
MPLS_PROT = civ(["protesters", "protests", "residents", "demonstrators", "people"], "USA")
WALZ = gov(["tim walz", "walz", "governor of minnesota", "governor of minnesota tim walz", "minnesota",
            "minnesota governor"], "USA")
MN_GUARD = mil(["minnesota national guard", "national guard", "guard"], "USA")
CHEN_ZHI = per(["chen zhi", "three chinese nationals", "chinese nationals", "prince group", "china", "chinese"], "CHN")

ANN = {
 'law-crime-2025-jan-07': [
  (VEN_KIDNAPPERS, TUDARES, ['ASSAULT', 'COERCE'], "the kidnapping of his son-in-law Rafael Tudares by masked men in Caracas", at('Caracas', r=F)),
  (BKK_GUNMAN, LIM, ['ASSAULT'], "is shot dead by a gunman on a motorcycle in Bangkok", at('Bangkok', r=F)),
  (LEBANON, YUSUF, ['COERCE', 'COOPERATE'], "Lebanon approves the extradition of Abdul Rahman Yusuf", at('Lebanon')),
  (LEBANON, YUSUF, ['COERCE'], "following his detention on December 28 after returning from Syria", at('Lebanon', r=F)),
  (MAURITIUS, PADAYACHY, ['COERCE'], "Mauritius issues an arrest warrant for former finance minister Renganaden Padayachy", at('Mauritius')),
  (DEU_SHOOTER, DEU_CIV, ['ASSAULT'], "in a mass shooting at Zahnradfabrik Hanel in Bad Friedrichshall", at('Bad Friedrichshall', r=F)),
  (DEU_POLICE, DEU_SHOOTER, ['COERCE'], "Baden-Württemberg, Germany. The perpetrator is arrested", at('Bad Friedrichshall', r=F)),
 ],
 'disasters-jan-12': [
  (nat(["wildfires", "wildfire", "fires", "southern california wildfires", "california wildfires"]), None, ['ASSAULT'], "the ongoing wildfires impacting Los Angeles County", at('Los Angeles County', r=F)),
  (nat(["bus", "crash", "bus crash", "accident"]), None, ['ASSAULT'], "A bus crashed on a highway in Al-Loud", at('Al-Loud', r=F)),
  (nat(["floods", "flood", "large floods", "flooding"]), None, ['ASSAULT'], "after large floods engulf the city of Ipatinga", at('Ipatinga', r=F)),
  (nat(["bus", "gorge", "accident", "bus accident"]), None, ['ASSAULT'], "A bus fell down a 100-meter gorge in Pauri Garhwal district", at('Pauri Garhwal district', r=F)),
  (nat(["avalanche"]), None, ['ASSAULT'], "two others are injured in an avalanche in Trasquera", at('Trasquera', r=F)),
  (ILLEGAL_MINERS, PER_MINERS, ['ASSAULT', 'COERCE'], "At least 17 miners are trapped in a gold mine in La Libertad Department", at('La Libertad Department', r=F)),
  (ILLEGAL_MINERS, PER_MINERS, ['ASSAULT'], "after a group of illegal miners attacked the mine", at('La Libertad Department')),
 ],
 'conflicts-jun-02': [
  (SHABAAB, SOM_GOV, ['ASSAULT', 'COERCE'], "Al-Shabaab militants reportedly seize control of Hawadley village", at('Hawadley')),
  (BURUNDI, None, ['RETREAT'], "following the withdrawal of Burundian forces under the AUSSOM", at('Hawadley', r=F)),
  (US_MIL, SOM_MILITANTS, ['ASSAULT'], "U.S. airstrikes in Somalia targeting Al-Shabaab and Islamic State militants", at('Somalia', r=F)),
  (MEX_ATTACKERS, MEX_POLICE, ['ASSAULT'], "Five police officers are killed after an ambush in a highway", at('Frontera Comalapa', r=F)),
  (MEX_AUTH, MEX_ATTACKERS, ['COERCE'], "Hours later, an attacker was arrested", at('Frontera Comalapa', r=F)),
  (MEX_AUTH, CHICHARRA, ['COERCE'], "the recent arrest of Aler Baldomero Samayoa Recinos", NOWHERE_NR),
  (CAMBODIA, THAILAND, ['ACCUSE', 'REQUEST'], "Cambodia says it will seek a ruling from the United Nations's International Court of Justice", at('Cambodia', r=F)),
  (CAMBODIA, THAILAND, ['ASSAULT'], "which triggered a fatal military clash last week", NOWHERE_NR),
 ],
 'politics-jun-10': [
  (PHL_SENATE, PHL_HOUSE, ['REJECT'], "to return the articles of impeachment of Vice President Sara Duterte", at('Philippines', r=F)),
  (HUN_PROT, ORBAN, ['PROTEST'], "Over 15,000 people gather in Budapest, Hungary, to protest", at('Budapest')),
  (GRC_PARL, GRC_MPS, ['SANCTION', 'COERCE'], "The Parliament of Greece expels three lawmakers", at('Greece')),
 ],
 'law-crime-aug-01': [
  (USA_SHOOTER, USA_CIV, ['ASSAULT'], "killed in a mass shooting at a bar in Anaconda", at('Anaconda', r=F)),
  (PRI_SHOOTER, PRI_CIV, ['ASSAULT'], "in a mass shooting at a nightclub in Mayagüez", at('Mayagüez', r=F)),
  (SEOUL_COURT, LEE_SM, ['COERCE'], "The Seoul Central District Court issues an arrest warrant for former interior minister Lee Sang-min", at('Seoul')),
  (COL_COURT, URIBE, ['COERCE'], "Former Colombian president Álvaro Uribe is sentenced to twelve years of house arrest", at('Colombia', r=F)),
  (PRABOWO, LEMBONG, ['CONCEDE'], "Indonesian president Prabowo Subianto pardons former trade minister Thomas Lembong", at('Indonesia')),
  (ZAF_POLICE, ZAF_MINERS, ['COERCE'], "South African police arrest nearly 1,000 undocumented miners", at('Barberton')),
 ],
 'conflicts-sep-07': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "The al-Ruya Tower high-rise apartment building is hit by an Israeli airstrike in Gaza City", at('Gaza City')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "in Israeli airstrikes on a school, refugee tents, and houses in Gaza City", at('Gaza City')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "and houses in Gaza City and the northern Gaza Strip", at('North Gaza Governorate', r=F)),
  (HOUTHIS, ISRAEL, ['ASSAULT'], "at least one on the passenger hall of Ramon Airport near Eilat", at('Eilat')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in drone and missile attacks on Pecherskyi, Sviatoshynskyi and Darnytskyi districts in Kyiv", at('Kyiv', r=F)),
  (COL_MOB, COL_SOLDIERS, ['ASSAULT', 'COERCE'], "Forty-five Colombian soldiers are kidnapped by a mob in Cauca Department", at('Cauca Department')),
  (COL_MOB, COL_SOLDIERS, ['REQUEST', 'COERCE'], "held hostage by local villagers who are demanding the return", at('Cauca Department', r=F)),
 ],
 'conflicts-nov-11': [
  (RUS_MIL, UKR_MIL, ['ASSAULT'], "Hundreds of Russian troops enter the city of Pokrovsk in Donetsk Oblast", at('Pokrovsk')),
  (PAK_BOMBER, PAK_CIV, ['ASSAULT'], "killed and 27 injured in a suicide bombing outside a court in Islamabad", at('Islamabad', r=F)),
  (SETTLERS, PSE_PROP, ['ASSAULT'], "Israeli settlers set fire to dozens of vehicles and other property in Beit Lid", at('Beit Lid')),
  (SETTLERS, PSE_PROP, ['ASSAULT'], "Beit Lid and Deir Sharaf in the West Bank", at('Deir Sharaf', r=F)),
  (SETTLERS, IDF_SOLDIERS, ['ASSAULT'], "attack Israeli soldiers who were dispatched to the area", at('Beit Lid', r=F)),
  (ISR_POLICE, SETTLERS, ['COERCE'], "while four Israelis are arrested", at('Beit Lid', r=F)),
 ],
 'relations-dec-15': [
  (LAOS, SKOREA, ['AGREE', 'COOPERATE'], "Laos and South Korea agree to upgrade their bilateral relations", NOWHERE),
  (THAI_MIL, LAOS_CAM, ['SANCTION', 'COERCE'], "Thailand's military stops fuel shipments through its border crossing with Laos in Chong Mek", at('Chong Mek')),
  (VEN_GOV, TTO, ['ACCUSE'], "The Venezuelan government accuses Trinidad and Tobago of participating", at('Venezuela')),
  (VEN_GOV, TTO, ['SANCTION'], "suspends all oil trade agreements and contracts between the two countries", at('Venezuela')),
  (USA, SKIPPER, ['COERCE'], "the United States seizure of the oil tanker Skipper", NOWHERE_NR),
 ],
 'conflicts-jan-01': [
  (ADF, COD_CIV, ['ASSAULT'], "coordinated attacks by the Allied Democratic Forces on three villages in Lubero", at('Lubero')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "when Israeli forces open fire on stone-throwers near Al-Lubban ash-Sharqiya", at('Al-Lubban ash-Sharqiya')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in Russian drone strikes on Dniprovskyi District, Kherson", at('Kherson')),
 ],
 'law-crime-2026-jan-07': [
  (MACC, MYS_CHIEF, ['COERCE'], "The Malaysian anti-corruption commission detains a former army chief", at('Malaysia')),
  (NGA_COURT, MALAMI, ['CONCEDE'], "A Nigerian federal court grants bail to former justice minister Abubakar Malami", at('Nigeria')),
  (ICE, GOOD, ['ASSAULT'], "A United States Immigration and Customs Enforcement agent fatally shoots a 37-year-old woman in Minneapolis", at('Minneapolis')),
  (MPLS_PROT, ICE, ['PROTEST'], "woman in Minneapolis, Minnesota, prompting protests", at('Minneapolis', r=F)),
  (WALZ, MN_GUARD, ['MOBILIZE'], "Governor of Minnesota Tim Walz issues a warning order", at('Minnesota', r=F)),
  (CAMBODIA, CHEN_ZHI, ['COOPERATE', 'COERCE'], "Cambodia extradites three Chinese nationals, including Prince Group founder Chen Zhi, to China", at('Cambodia')),
 ],
 'disasters-may-04': [
  (nat(["explosion", "fireworks factory explosion", "fireworks factory", "liuyang fireworks factory explosion"]), None, ['ASSAULT'], "in an explosion at a fireworks factory in Liuyang", at('Liuyang', r=F)),
  (nat(["road accident", "accident", "crash"]), None, ['ASSAULT'], "Eight people are killed in a road accident in Dandong", at('Dandong', r=F)),
  (nat(["collision", "bus", "trailer", "accident"]), None, ['ASSAULT'], "after a bus collided head-on with a trailer in Northern Uganda", at('Northern Region', r=F)),
  (nat(["fire", "apartment fire", "apartment building fire"]), None, ['ASSAULT'], "in a fire at a six-story apartment building in Manhattan", at('Manhattan', r=F)),
  (nat(["crash", "embraer emb-721", "plane crash", "aircraft", "embraer"]), None, ['ASSAULT'], "when an Embraer EMB-721 crashes into a residential building in Belo Horizonte", at('Belo Horizonte', r=F)),
  (nat(["fire", "residential fire"]), None, ['ASSAULT'], "after a fire swept through a residential area in San Mateo", at('San Mateo', r=F)),
 ],
 'disasters-jul-02': [
  (nat(["bus", "passenger bus", "accident", "bus accident"]), None, ['ASSAULT'], "when a passenger bus overturns in Dutywa", at('Dutywa', r=F)),
  (nat(["collision", "truck", "cars", "accident"]), None, ['ASSAULT'], "on the Dushanbe-Kulob-Khorog highway near Vahdat", at('Vahdat', r=F)),
  (nat(["pickup truck", "boy", "11-year-old boy", "crash", "accident"]), None, ['ASSAULT'], "drives a pickup truck into a pilgrimage walk in Mukdahan province", at('Mukdahan province', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
