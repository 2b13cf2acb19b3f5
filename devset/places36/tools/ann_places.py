# Gold events of the thirty-sixth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this set's
# README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Turkey': ('TUR', (39.0, 35.2)), 'Indonesia': ('IDN', (-2.5, 118.0)), 'Nicaragua': ('NIC', (12.9, -85.2)),
 'Denmark': ('DNK', (56.0, 10.0)), 'China': ('CHN', (35.0, 103.0)), 'Australia': ('AUS', (-25.3, 133.8)),
 'Moldova': ('MDA', (47.2, 28.5)), 'Portugal': ('PRT', (39.6, -8.0)), 'Syria': ('SYR', (35.0, 38.5)),
 'Cambodia': ('KHM', (12.6, 104.9)),
 # regions, states, provinces, districts, boroughs, islands
 'Gaza Strip': ('PSE', (31.42, 34.38)), 'Masisi Territory': ('COD', (-1.40, 28.81)), 'Pune district': ('IND', (18.5, 74.0)),
 'Sakha Republic': ('RUS', (66.0, 129.0)), 'Garissa County': ('KEN', (-0.45, 39.8)), 'Rajasthan': ('IND', (26.6, 73.8)),
 'Shanxi': ('CHN', (37.6, 112.3)), 'Sumatra': ('IDN', (-0.6, 101.3)), 'Manhattan': ('USA', (40.78, -73.97)),
 'Southwark': ('GBR', (51.50, -0.09)), 'Staten Island': ('USA', (40.58, -74.15)),
 # cities, towns, villages, a border crossing
 'Istanbul': ('TUR', (41.01, 28.98)), 'İzmir': ('TUR', (38.42, 27.14)), 'Ankara': ('TUR', (39.93, 32.86)),
 'Reno': ('USA', (39.53, -119.81)), 'Bangkok': ('THA', (13.75, 100.50)), 'Bogotá': ('COL', (4.71, -74.07)),
 'Lviv': ('UKR', (49.84, 24.03)), 'Évreux': ('FRA', (49.02, 1.15)), 'Gaza City': ('PSE', (31.50, 34.47)),
 'Allenby Bridge': ('PSE', (31.87, 35.54)), 'Eilat': ('ISR', (29.56, 34.95)), 'Turbat': ('PAK', (26.00, 63.05)),
 'Chaman': ('PAK', (30.92, 66.45)), 'Grand Blanc': ('USA', (42.93, -83.63)), 'Eagle Pass': ('USA', (28.71, -100.50)),
 'Cayambe': ('ECU', (0.04, -78.14)), 'Irkutsk': ('RUS', (52.29, 104.28)), 'Gdańsk': ('POL', (54.35, 18.65)),
 'Jannata': ('LBN', (33.22, 35.30)), 'Jableh': ('SYR', (35.36, 35.93)), 'Maiduguri': ('NGA', (11.85, 13.16)),
 'Moscow': ('RUS', (55.76, 37.62)), 'Kobani': ('SYR', (36.89, 38.36)), 'Qamishli': ('SYR', (37.05, 41.22)),
 'Talata Mafara': ('NGA', (12.57, 6.07)), 'Perth': ('AUS', (-31.95, 115.86)), 'Cúcuta': ('COL', (7.89, -72.51)),
 'Raghib': ('SYR', (35.2, 40.4)), 'Guayaquil': ('ECU', (-2.19, -79.89)), 'El Alto': ('BOL', (-16.50, -68.19)),
 'Shchuchinsk': ('KAZ', (52.94, 70.19)), 'Milan': ('ITA', (45.46, 9.19)), 'Garden Grove': ('USA', (33.77, -117.94)),
 'Fez': ('MAR', (34.03, -5.00)), 'Tiszaújváros': ('HUN', (47.93, 21.08)),
}
COUNTRY_LEVEL = {'Turkey', 'Indonesia', 'Nicaragua', 'Denmark', 'China', 'Australia', 'Moldova', 'Portugal', 'Syria',
                 'Cambodia'}


def at(name, r=True):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    return o


NOWHERE = {}                 # the page does not place the event
NOWHERE_NR = {'r': False}    # ... and it is not required


def nat(names, c=None):      # a natural event or an accident: the event itself is the source
    return oth(names, c)


def unk(names=("unknown", "unidentified"), c=None):
    return oth(list(names), c)


# actors
TUR_PROT = civ(["protesters", "anti-government protesters", "tens of thousands of anti-government protesters", "demonstrators", "turkish protesters"], "TUR")
TUR_GOV = gov(["government", "turkish government", "government of turkish president recep tayyip erdoğan", "recep tayyip erdoğan", "erdoğan", "erdogan", "turkey", "turkish president recep tayyip erdoğan"], "TUR")
TUR_OPP = civ(["opposition figures", "over 100 opposition figures", "opposition"], "TUR")

USA_SHOOTER = per(["perpetrator", "gunman", "shooter", "suspect"], "USA")
USA_CIV = civ(["people", "five people", "three people", "four people", "two people", "nypd officer", "victims", "civilians", "worshippers"], "USA")
USA_POLICE = gov(["police", "police officers", "officers", "law enforcement"], "USA")
THA_SHOOTER = per(["perpetrator", "gunman", "shooter"], "THA")
THA_CIV = civ(["people", "six people", "victims"], "THA")
GBR_STABBER = per(["perpetrator", "attacker", "suspect"], "GBR")
GBR_CIV = civ(["people", "two people", "victims"], "GBR")
COL_COURT = gov(["court", "court in bogotá", "colombian court", "judge", "colombia"], "COL")
URIBE = per(["álvaro uribe", "alvaro uribe", "uribe", "former president álvaro uribe", "former president"], "COL")

IDN_MOB = civ(["mob", "a mob", "protesters", "rioters", "crowd", "indonesian protesters"], "IDN")
IDN_MPS = gov(["parliament members", "members of parliament", "ahmad sahroni", "eko patrio", "uya kuya", "lawmakers"], "IDN")
IDN_GOV = gov(["government", "indonesian government", "government truck", "police", "indonesia", "government workers"], "IDN")
IDN_CIV = civ(["21-year-old", "a 21-year-old", "driver", "civilian", "people"], "IDN")
UKR_GUNMAN = per(["unknown gunman", "gunman", "suspect", "assassin"], "UKR")
PARUBIY = per(["andriy parubiy", "parubiy", "former speaker of the ukrainian parliament", "former speaker"], "UKR")
UKR_POLICE = gov(["police", "ukrainian police", "ukrainian authorities", "authorities"], "UKR")
FRA_DRIVER = per(["man", "a man", "driver"], "FRA")
FRA_CIV = civ(["crowd", "people", "one person", "five others"], "FRA")
NIC_POLICE = gov(["police", "nicaraguan police", "nicaraguan government", "government", "state"], "NIC")
CARDENAS = per(["carlos cárdenas", "carlos cardenas", "cárdenas", "attorney", "government critics", "critics"], "NIC")

ISR_MIL = mil(["israel", "israeli", "israeli forces", "israeli military", "israel defense forces", "idf", "israeli attacks", "israeli army", "israeli military personnel", "security personnel", "israeli security personnel", "israeli security forces"], "ISR")
PSE_CIV = civ(["palestinians", "at least 50 palestinians", "two palestinians", "civilians", "people", "gaza"], "PSE")
JOR_DRIVER = per(["jordanian truck driver", "truck driver", "driver", "jordanian"], "JOR")
USA = st(["united states", "us", "u.s.", "america", "washington", "united states government"], "USA")
UNSC = igo(["united nations security council", "security council", "united nations", "un", "unsc"])
HOUTHIS = ag(["houthis", "houthi", "houthi drone attack", "ansar allah", "houthi movement"], "YEM")
ISRAEL = st(["israel", "israeli", "hotel", "hotel in eilat"], "ISR")
PAK_BOMBER = oth(["suicide car bomb", "suicide bomber", "car bomb", "car bombing", "militants", "attackers", "bomber"], "PAK")
PAK_SEC = gov(["security convoy", "security personnel", "pakistani security forces", "security forces", "convoy"], "PAK")
PAK_CIV = civ(["people", "six people", "civilians"], "PAK")

MI_SHOOTER = per(["perpetrator", "gunman", "shooter", "attacker"], "USA")
MI_CHURCH = civ(["mormon church", "church", "people", "four people", "worshippers", "congregation"], "USA")
TX_SHOOTER = per(["suspect", "gunman", "shooter", "perpetrator"], "USA")
DNK_GOV = gov(["government of denmark", "danish government", "denmark", "government"], "DNK")
DNK_DRONES = oth(["civilian drones", "drones", "drone users", "drone operators", "civilians"], "DNK")
CHN_COURT = gov(["court", "chinese court", "china", "chinese authorities", "judiciary"], "CHN")
TANG = per(["tang renjian", "tang", "former chinese agriculture minister", "former agriculture minister"], "CHN")
ECU_SEC = gov(["security forces", "ecuadorian security forces", "soldiers", "twelve soldiers", "army", "police", "government", "ecuador"], "ECU")
ECU_PROT = civ(["indigenous protesters", "protesters", "indigenous", "civilian", "a civilian"], "ECU")

AUSTRALIA = st(["australia", "australian government", "government of australia", "canberra"], "AUS")
IRGC = mil(["islamic revolutionary guard corps", "iran's islamic revolutionary guard corps", "irgc", "revolutionary guards", "iran"], "IRN")
MDA_PARL = gov(["moldovan parliament", "parliament", "moldova", "parliament of moldova", "moldovan government"], "MDA")
RUSSIA = st(["russia", "russian", "russian government", "moscow", "kremlin", "russian drone", "russian drones", "russian cultural center", "russian consulate"], "RUS")
POLAND = st(["poland", "polish", "polish government", "warsaw", "consulate", "polish consulate"], "POL")

ISR_IDF = mil(["israel defense forces", "idf", "israel", "israeli", "israeli military", "israeli airstrike", "airstrike"], "ISR")
HEZBOLLAH = ag(["hezbollah", "hezbollah member", "alleged hezbollah member", "member"], "LBN")
SYR_SEC = gov(["syrian security forces", "security forces", "syria", "syrian government", "syrian transitional government", "transitional government", "syrian armed forces"], "SYR")
ASSAD_OFF = ag(["former officials", "former officials of the al-assad regime", "three former officials", "assad loyalists", "al-assad regime", "officials"], "SYR")
BOKO = ag(["boko haram", "boko haram terrorist", "terrorist", "suicide bomber", "perpetrator"], "NGA")
NGA_CIV = civ(["worshippers", "people", "mosque", "civilians"], "NGA")
RUS_BOMBER = oth(["explosive device", "suspected perpetrator", "perpetrator", "bomber", "attacker", "bomb"], "RUS")
RUS_POLICE = gov(["police officers", "two police officers", "police", "russian police"], "RUS")
SARVAROV = mil(["fanil sarvarov", "sarvarov", "lieutenant general fanil sarvarov", "russian lieutenant general fanil sarvarov", "russian lieutenant general"], "RUS")

YPG = ag(["people's defense units", "ypg", "syrian democratic forces", "sdf", "kurdish forces"], "SYR")
NGA_BANDITS = ag(["bandits", "bandit", "bandit attack", "armed bandits", "gunmen"], "NGA")
NGA_CIV2 = civ(["people", "at least 23 people", "children", "16 children", "villagers", "residents"], "NGA")
SHABAAB = ag(["al-shabaab", "al-shabaab militants", "al shabaab", "militants", "shabaab"], "SOM")
KEN_CIV = civ(["village chief", "a village chief", "teacher", "a teacher", "civilians", "kenya"], "KEN")
KEN_POLICE = gov(["police", "kenyan police", "security forces", "kenya"], "KEN")
AUS_POLICE = gov(["police", "western australia police", "australian police", "authorities"], "AUS")
AUS_MAN = per(["man", "a man", "attacker", "bomber", "suspect"], "AUS")
AUS_ACTIVISTS = civ(["indigenous sovereignty activists", "activists", "crowd", "protesters", "crowd of indigenous sovereignty activists"], "AUS")
AUS_GOV = gov(["australia", "australian government", "invasion day", "australia day", "government"], "AUS")

USA_MIL = mil(["united states", "us", "u.s.", "american", "us military", "united states military", "military troops", "troops", "washington"], "USA")
ISIL = ag(["islamic state", "isil", "isis", "daesh", "is"], None)
SYR_SECOFF = gov(["security officer", "a security officer", "syrian security forces", "security forces", "syria"], "SYR")
HUN_MANET = gov(["hun manet", "cambodian prime minister hun manet", "cambodia", "cambodian government", "prime minister"], "KHM")
THA_MIL = mil(["thai forces", "thailand", "thai military", "thai army", "thai"], "THA")
ECU_GUNMEN = oth(["gunmen", "attackers", "drive-by shooting", "shooters", "unknown"], "ECU")
ECU_CIV = civ(["people", "four people", "students", "school", "civilians"], "ECU")
BO_NAGAR = ag(["bo nagar", "burma national revolutionary army", "bnra", "leader"], "MMR")
MMR_MIL = mil(["burmese military", "tatmadaw", "myanmar military", "military", "myanmar"], "MMR")
MMR_REBELS = ag(["other rebel groups", "rebel groups", "rebels"], "MMR")

ANN = {
 'politics-mar-21': [
  (TUR_PROT, TUR_GOV, ['PROTEST'], "Tens of thousands of anti-government protesters hold demonstrations in Istanbul", at('Istanbul')),
  (TUR_PROT, TUR_GOV, ['PROTEST'], "hold demonstrations in Istanbul, İzmir", at('İzmir', r=F)),
  (TUR_PROT, TUR_GOV, ['PROTEST'], "İzmir, Ankara, and several other cities in Turkey", at('Ankara', r=F)),
  (TUR_GOV, TUR_OPP, ['COERCE'], "following its detention of over 100 opposition figures", at('Turkey', r=F)),
 ],
 'law-crime-jul-28': [
  (USA_SHOOTER, USA_CIV, ['ASSAULT'], "in a mass shooting at the 345 Park Avenue skyscraper in Manhattan", at('Manhattan', r=F)),
  (USA_SHOOTER, USA_CIV, ['ASSAULT'], "in a mass shooting at the Grand Sierra Resort in Reno", at('Reno', r=F)),
  (THA_SHOOTER, THA_CIV, ['ASSAULT'], "in a mass shooting at Or Tor Kor Market in Bangkok", at('Bangkok', r=F)),
  (GBR_STABBER, GBR_CIV, ['ASSAULT'], "in a mass stabbing on business premises on Long Lane in Southwark", at('Southwark', r=F)),
  (COL_COURT, URIBE, ['COERCE'], "A court in Bogotá, Colombia, convicts former president Álvaro Uribe", at('Bogotá')),
 ],
 'law-crime-aug-30': [
  (IDN_MOB, IDN_MPS, ['ASSAULT', 'PROTEST'], "continues as a mob loots the houses of parliament members", at('Indonesia')),
  (IDN_GOV, IDN_CIV, ['ASSAULT'], "following a government truck killing a 21-year-old", at('Indonesia', r=F)),
  (IDN_MOB, IDN_GOV, ['PROTEST'], "Four people are killed amid spreading protests in Indonesia", at('Indonesia')),
  (IDN_MOB, IDN_GOV, ['ASSAULT'], "and one who was attacked by a crowd", at('Indonesia', r=F)),
  (UKR_GUNMAN, PARUBIY, ['ASSAULT'], "is assassinated by an unknown gunman in Lviv", at('Lviv', r=F)),
  (UKR_POLICE, UKR_GUNMAN, ['COERCE'], "A manhunt is underway for the suspect", at('Lviv', r=F)),
  (FRA_DRIVER, FRA_CIV, ['ASSAULT'], "A man drives a car into a crowd outside a bar in Évreux", at('Évreux', r=F)),
  (NIC_POLICE, CARDENAS, ['COERCE'], "arrested on August 15 during police operations against government critics", at('Nicaragua', r=F)),
 ],
 'conflicts-sep-18': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "At least 50 Palestinians are killed in Israeli attacks across the Gaza Strip", at('Gaza Strip')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "including 40 killed in Gaza City", at('Gaza City', r=F)),
  (JOR_DRIVER, ISR_MIL, ['ASSAULT'], "A Jordanian truck driver bringing aid to the Gaza Strip kills two Israeli military personnel", at('Allenby Bridge')),
  (ISR_MIL, JOR_DRIVER, ['ASSAULT'], "before being fatally shot by security personnel at the Allenby Bridge", at('Allenby Bridge')),
  (USA, UNSC, ['REJECT'], "The United States casts its sixth veto over a draft United Nations Security Council resolution", NOWHERE_NR),
  (HOUTHIS, ISRAEL, ['ASSAULT'], "A Houthi drone attack damages a hotel in Eilat", at('Eilat')),
  (PAK_BOMBER, PAK_SEC, ['ASSAULT'], "when a suicide car bomb targets a security convoy in Turbat", at('Turbat', r=F)),
  (PAK_BOMBER, PAK_CIV, ['ASSAULT'], "six people are killed in a separate car bombing in Chaman", at('Chaman', r=F)),
 ],
 'law-crime-sep-28': [
  (MI_SHOOTER, MI_CHURCH, ['ASSAULT'], "in a mass shooting and arson attack on a Mormon church in Grand Blanc", at('Grand Blanc', r=F)),
  (USA_POLICE, MI_SHOOTER, ['ASSAULT'], "The perpetrator is killed in a shootout with police", at('Grand Blanc')),
  (TX_SHOOTER, USA_CIV, ['ASSAULT'], "in a mass shooting at a casino on the Kickapoo reservation near Eagle Pass", at('Eagle Pass', r=F)),
  (USA_POLICE, TX_SHOOTER, ['COERCE'], "The suspect initially fled the scene before being taken into custody", at('Eagle Pass', r=F)),
  (DNK_GOV, DNK_DRONES, ['COERCE'], "The government of Denmark bans all civilian drones", at('Denmark', r=F)),
  (CHN_COURT, TANG, ['COERCE'], "Former Chinese agriculture minister Tang Renjian is sentenced to death", at('China', r=F)),
  (ECU_SEC, ECU_PROT, ['ASSAULT', 'COERCE'], "during clashes between security forces and Indigenous protesters in Cayambe", at('Cayambe')),
  (ECU_PROT, ECU_SEC, ['PROTEST', 'ASSAULT'], "Indigenous protesters in Cayambe, Pichincha, Ecuador", at('Cayambe', r=F)),
 ],
 'relations-nov-27': [
  (AUSTRALIA, IRGC, ['SANCTION', 'ACCUSE'], "Australia adds Iran's Islamic Revolutionary Guard Corps to its list of terrorist organisations", at('Australia')),
  (IRGC, AUSTRALIA, ['ASSAULT'], "orchestrating and executing terrorist attacks in Australia last year", at('Australia', r=F)),
  (MDA_PARL, RUSSIA, ['SANCTION', 'REJECT'], "The Moldovan parliament votes to close a Russian cultural center", at('Moldova')),
  (RUSSIA, MDA_PARL, ['ASSAULT', 'COERCE'], "citing security concerns and recent Russian drone incursions", at('Moldova', r=F)),
  (RUSSIA, POLAND, ['SANCTION', 'REJECT'], "Russia orders Poland to close its consulate in Irkutsk", at('Irkutsk')),
  (POLAND, RUSSIA, ['SANCTION', 'REJECT'], "in response to Poland's closure of the Russian consulate in Gdańsk", at('Gdańsk', r=F)),
  (RUSSIA, POLAND, ['ASSAULT'], "following a railway explosion earlier this month that Poland attributes to Russian involvement", NOWHERE_NR),
 ],
 'conflicts-dec-24': [
  (ISR_IDF, HEZBOLLAH, ['ASSAULT'], "An alleged Hezbollah member is killed in an airstrike by the Israel Defense Forces", at('Jannata')),
  (SYR_SEC, ASSAD_OFF, ['ASSAULT'], "Three former officials of the al-Assad regime are killed in clashes with Syrian security forces near Jableh", at('Jableh')),
  (BOKO, NGA_CIV, ['ASSAULT'], "in a suicide bombing by a Boko Haram terrorist at a mosque in Maiduguri", at('Maiduguri')),
  (RUS_BOMBER, RUS_POLICE, ['ASSAULT'], "An explosive device kills two police officers and the suspected perpetrator in Moscow", at('Moscow', r=F)),
  (unk(("unknown", "bombing", "bomb", "separate bombing")), SARVAROV, ['ASSAULT'], "was killed in a separate bombing two days prior", at('Moscow', r=F)),
 ],
 'conflicts-jan-26': [
  (YPG, SYR_SEC, ['ASSAULT'], "as reports of resuming clashes near Kobani", at('Kobani')),
  (YPG, SYR_SEC, ['ASSAULT'], "resuming clashes near Kobani and Qamishli emerge", at('Qamishli', r=F)),
  (YPG, SYR_SEC, ['ACCUSE'], "accuse each other of ceasefire violations", NOWHERE_NR),
  (NGA_BANDITS, NGA_CIV2, ['ASSAULT', 'COERCE'], "are kidnapped and another injured in a bandit attack in Talata Mafara", at('Talata Mafara')),
  (SHABAAB, KEN_CIV, ['ASSAULT'], "Al-Shabaab militants kill a village chief and a teacher in Garissa County", at('Garissa County')),
  (KEN_POLICE, SHABAAB, ['MOBILIZE'], "prompting police to deploy additional security forces", at('Garissa County', r=F)),
  (AUS_POLICE, AUS_MAN, ['COERCE'], "A man is arrested in Perth, Western Australia", at('Perth', r=F)),
  (AUS_MAN, AUS_ACTIVISTS, ['ASSAULT'], "after throwing a bomb which did not detonate into a crowd", at('Perth', r=F)),
  (AUS_ACTIVISTS, AUS_GOV, ['PROTEST'], "Indigenous sovereignty activists protesting Invasion Day", at('Perth', r=F)),
 ],
 'disasters-jan-28': [
  (nat(["landslide", "mine collapse", "rubaya mine collapse", "collapse"]), None, ['ASSAULT'], "when a landslide collapses several of the Rubaya mines in Masisi Territory", at('Masisi Territory', r=F)),
  (nat(["crash", "satena beechcraft 1900", "satena flight 8895", "plane", "aircraft"]), None, ['ASSAULT'], "A SATENA Beechcraft 1900 crashes near Cúcuta", at('Cúcuta', r=F)),
  (nat(["storm kristin", "storm", "windstorm"]), None, ['ASSAULT'], "severe damage is caused by Storm Kristin in Portugal", at('Portugal', r=F)),
  (nat(["crash", "learjet 45", "aircraft", "learjet 45 aircraft", "baramati learjet 45 crash"]), None, ['ASSAULT'], "after a Learjet 45 aircraft crashes and explodes at Baramati Airport in Pune district", at('Pune district', r=F)),
  (nat(["house fire", "fire"]), None, ['ASSAULT'], "in a house fire in Sakha Republic", at('Sakha Republic', r=F)),
 ],
 'conflicts-feb-18': [
  (USA_MIL, None, ['RETREAT'], "The United States announces that it will withdraw all remaining military troops from Syria", at('Syria', r=F)),
  (ISIL, SYR_SECOFF, ['ASSAULT'], "in an attack by the Islamic State in Raghib", at('Raghib')),
  (HUN_MANET, THA_MIL, ['ACCUSE'], "Cambodian prime minister Hun Manet claims that Thai forces are occupying Cambodian territory", at('Cambodia', r=F)),
  (ECU_GUNMEN, ECU_CIV, ['ASSAULT'], "in a drive-by shooting outside of a school in Guayaquil", at('Guayaquil', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "are killed by Israeli attacks in Gaza", at('Gaza Strip')),
  (BO_NAGAR, MMR_MIL, ['CONCEDE', 'RETREAT'], "surrendered to the Burmese military after clashes with other rebel groups", NOWHERE_NR),
  (BO_NAGAR, MMR_REBELS, ['ASSAULT'], "after clashes with other rebel groups", NOWHERE_NR),
 ],
 'disasters-feb-27': [
  (nat(["crash", "bolivian air force aircraft", "aircraft", "lockheed c-130", "c-130 crash", "plane"]), None, ['ASSAULT'], "after the crash of a Bolivian Air Force aircraft into a busy avenue in El Alto", at('El Alto', r=F)),
  (nat(["blast", "fire", "blast and fire", "explosion"]), None, ['ASSAULT'], "in a blast and fire at a café in Shchuchinsk", at('Shchuchinsk', r=F)),
  (nat(["collision", "sleeper bus", "bus", "trailer"]), None, ['ASSAULT'], "after a sleeper bus collides with a trailer on National Highway 25 in Rajasthan", at('Rajasthan', r=F)),
  (nat(["derailment", "tram", "tram derails"]), None, ['ASSAULT'], "after a tram derails in Milan", at('Milan', r=F)),
 ],
 'disasters-may-22': [
  (nat(["gas explosion", "explosion", "mining accident", "coal mine explosion", "liushenyu coal mine explosion"]), None, ['ASSAULT'], "after a gas explosion at a coal mine in Shanxi", at('Shanxi', r=F)),
  (nat(["power outages", "blackout", "sumatra blackout", "outage"]), None, ['ASSAULT'], "Major power outages at night on Sumatra island", at('Sumatra', r=F)),
  (gov(["officials", "several officials", "local officials", "indonesian officials"], "IDN"), None, ['MOBILIZE'], "Several officials declare a state of emergency", at('Sumatra', r=F)),
  (nat(["chemical tank leak", "chemical leak", "leak", "garden grove chemical leak"]), None, ['ASSAULT'], "40,000 people are evacuated in Garden Grove", at('Garden Grove', r=F)),
  (nat(["building collapse", "collapse"]), None, ['ASSAULT'], "The death toll from a building collapse in Fez", at('Fez', r=F)),
  (nat(["explosion", "dry dock explosion"]), None, ['ASSAULT'], "in an explosion at a dry dock in Staten Island", at('Staten Island', r=F)),
  (nat(["explosion", "petrochemical plant explosion", "mol"]), None, ['ASSAULT'], "in an explosion at the petrochemical plant of MOL in Tiszaújváros", at('Tiszaújváros', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
