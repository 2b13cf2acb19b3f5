# Gold events of the fifty-first place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Colombia': ('COL', (4.1, -72.9)), 'Democratic Republic of the Congo': ('COD', (-2.9, 23.7)),
 'Lebanon': ('LBN', (33.9, 35.9)), 'Niger': ('NER', (17.6, 8.1)), 'Netherlands': ('NLD', (52.1, 5.3)),
 'United States': ('USA', (39.8, -98.6)), 'Slovakia': ('SVK', (48.7, 19.7)), 'Poland': ('POL', (52.1, 19.4)),
 'Romania': ('ROU', (45.9, 25.0)), 'Afghanistan': ('AFG', (33.9, 67.7)), 'Germany': ('DEU', (51.2, 10.4)),
 'Israel': ('ISR', (31.4, 35.0)), 'Kyrgyzstan': ('KGZ', (41.2, 74.8)), 'Zimbabwe': ('ZWE', (-19.0, 29.2)),
 # regions, provinces, districts, counties
 'Catatumbo': ('COL', (8.6, -73.0)), 'Tatarstan': ('RUS', (55.5, 50.9)), 'Gaza Strip': ('PSE', (31.42, 34.36)),
 'Gilgit-Baltistan': ('PAK', (35.8, 74.9)), 'Weld County': ('USA', (40.55, -104.39)),
 'Maros Regency': ('IDN', (-4.98, 119.7)), 'Chitral District': ('PAK', (35.85, 71.8)),
 'Thanh Hóa province': ('VNM', (20.0, 105.5)), 'Polavaram district': ('IND', (17.25, 81.64)),
 'Lai Châu province': ('VNM', (22.3, 103.2)),
 # cities, towns, villages
 'Kazan': ('RUS', (55.79, 49.12)), 'Nizhnekamsk': ('RUS', (55.64, 51.82)), 'Tammun': ('PSE', (32.28, 35.38)),
 'Butembo': ('COD', (0.13, 29.29)), 'Kamanyola': ('COD', (-2.76, 29.00)), 'Uvira': ('COD', (-3.40, 29.14)),
 'Al-Kadaris': ('SDN', (14.9, 32.4)), 'Al-Khelwat': ('SDN', (14.9, 32.4)), 'Karachi': ('PAK', (24.86, 67.01)),
 'Manéah': ('GIN', (9.74, -13.43)), 'Machala': ('ECU', (-3.26, -79.96)), 'Otavalo': ('ECU', (0.23, -78.26)),
 'Copenhagen': ('DNK', (55.68, 12.57)), 'Oslo': ('NOR', (59.91, 10.75)), 'Dublin': ('IRL', (53.35, -6.26)),
 'Khan Yunis': ('PSE', (31.35, 34.31)), 'Gaza City': ('PSE', (31.50, 34.47)),
 'Dera Ismail Khan': ('PAK', (31.83, 70.90)), 'Abu Jubaiha': ('SDN', (11.46, 31.23)), 'Rafah': ('PSE', (31.29, 34.25)),
 'London': ('GBR', (51.51, -0.13)), 'Islamabad': ('PAK', (33.69, 73.06)), 'Rawalpindi': ('PAK', (33.60, 73.05)),
 'Covo': ('ITA', (45.50, 9.77)), 'Bogotá': ('COL', (4.71, -74.07)), 'Krokstadelva': ('NOR', (59.76, 9.99)),
 'Ahmedabad': ('IND', (23.02, 72.57)),
}
COUNTRY_LEVEL = {'Colombia', 'Democratic Republic of the Congo', 'Lebanon', 'Niger', 'Netherlands', 'United States',
                 'Slovakia', 'Poland', 'Romania', 'Afghanistan', 'Germany', 'Israel', 'Kyrgyzstan', 'Zimbabwe'}


def at(name, r=True):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    return o


NOWHERE_NR = {'w': None, 'r': False}


def nat(names):  # a natural event or an accident: no agent, never required
    return oth(names, None)


def unk(names=("unknown", "gunmen", "attackers")):
    return oth(list(names), None)


# actors
COL_GOV = gov(["colombian government", "colombia", "government", "gustavo petro", "petro", "colombian president gustavo petro", "president"], "COL")
ELN = ag(["national liberation army", "eln", "eln rebels", "rebels"], "COL")
FARC33 = ag(["farc dissidents", "33rd front", "33rd front of the farc dissidents", "farc", "dissidents", "rebels"], "COL")
COL_CIV = civ(["people", "civilians", "colombians"], "COL")
UKR = st(["ukraine", "ukrainian", "ukrainian drones", "drones", "ukrainian forces"], "UKR")
RUS_FAC = oth(["industrial facilities", "facilities", "russia", "tatarstan"], "RUS")
RUS_AVIA = gov(["russian federal air transport agency", "federal air transport agency", "rosaviatsia", "russia", "russian authorities"], "RUS")
FLIGHTS = oth(["flights", "kazan international airport", "begishevo airport", "airport", "airports"], "RUS")
IDF = mil(["idf", "israel defense forces", "israeli forces", "israeli military", "israel", "israeli", "israeli army", "israeli troops", "troops"], "ISR")
IDF_RES = mil(["idf reservist", "reservist", "idf", "israeli soldiers", "senior officer", "patrol", "israel"], "ISR")
M23 = ag(["m23", "m23 rebels", "rwandan-backed m23 rebels", "march 23 movement", "m23 forces", "rebels"], "COD")
COD_MIL = mil(["congolese forces", "fardc", "armed forces of the democratic republic of the congo", "democratic republic of the congo", "drc", "congolese army"], "COD")
BDI_MIL = mil(["burundi", "burundian forces", "military forces", "burundian army", "its military forces"], "BDI")
HAMAS = ag(["hamas"], "PSE")
PSE_CIV = civ(["palestinians", "palestinian", "people", "civilians", "five palestinians", "132 palestinians"], "PSE")
RSF = ag(["rapid support forces", "rsf", "rapid support forces militants", "militants"], "SDN")
SDN_CIV = civ(["people", "villagers", "civilians", "433 people"], "SDN")
LEBANON = st(["lebanon", "lebanese"], "LBN")
ECU_GANGS = ag(["rival gangs", "gangs", "gang", "inmates", "prisoners"], "ECU")
ECU_PROT = civ(["protestors", "protesters", "about 1,000 protestors", "1,000 protestors", "demonstrators"], "ECU")
ECU_POLICE = gov(["police", "police station", "officers", "ecuadorian police"], "ECU")
ICC = igo(["international criminal court", "icc"])
DUTERTE = per(["rodrigo duterte", "duterte", "former philippine president rodrigo duterte"], "PHL")
PHL_CIV = civ(["people", "76 people", "victims", "civilians"], "PHL")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump", "united states president donald trump", "president trump", "united states", "u.s.", "us"], "USA")
ANTIFA = ag(["antifa"], "USA")
DNK_AUTH = gov(["authorities", "danish authorities", "copenhagen airport", "denmark"], "DNK")
NOR_AUTH = gov(["authorities", "norwegian authorities", "oslo airport", "norway"], "NOR")
DRONES = oth(["drones", "large drones", "multiple large drones", "unknown"], None)
SVK_COURT = gov(["slovak court", "court", "slovakia", "slovak"], "SVK")
CINTULA = per(["juraj cintula", "cintula", "perpetrator"], "SVK")
FICO = gov(["robert fico", "fico", "prime minister robert fico", "prime minister"], "SVK")
IRL_PROT = civ(["anti-immigration protesters", "protesters", "rioters", "several thousand anti-immigration protesters"], "IRL")
IRL_POLICE = gov(["police", "garda", "gardaí", "irish police", "police vehicle"], "IRL")
ASYLUM = civ(["asylum seekers", "hotel", "hotel housing asylum seekers"], None)
POL_AUTH = gov(["poland", "polish authorities", "polish police", "authorities"], "POL")
ROU_AUTH = gov(["romania", "romanian authorities", "romanian police", "authorities"], "ROU")
UKR_SUSP = per(["ukrainian citizen", "ukrainian", "ukrainians", "two others", "suspects"], "UKR")
COL_COURT = gov(["colombian court", "court", "colombia"], "COL")
URIBE = per(["álvaro uribe", "alvaro uribe", "uribe", "former president álvaro uribe"], "COL")
ISRAEL = st(["israel", "israeli", "israeli attacks", "israeli forces", "israeli strikes"], "ISR")
PAK_POLICE = gov(["police officers", "police", "two police officers", "pakistani police"], "PAK")
AIRCRAFT = oth(["crash", "atr 42-500", "aircraft", "atr 42", "plane"], None)
CCG = gov(["china coast guard", "coast guard", "china"], "CHN")
CREW = civ(["crew members", "crew", "17 crew members", "filipinos"], "PHL")
DRC = st(["dr congo", "democratic republic of the congo", "drc", "congo"], "COD")
RWANDA = st(["rwanda"], "RWA")
EGYPT = st(["egypt", "egyptian", "egyptian authorities"], "EGY")
GERMANY = st(["germany", "german", "german government"], "DEU")
NICARAGUA = st(["nicaragua"], "NIC")
SOUTH_AFRICA = st(["south africa"], "ZAF")
IRAN = st(["iran", "iranian", "iranian ballistic missile strikes", "iranian missiles"], "IRN")
ISR_CIV = civ(["people", "fifteen people", "israelis", "israel"], "ISR")
GULF = st(["gulf countries", "gulf states", "energy and water systems"], None)
HEZBOLLAH = ag(["hezbollah", "rocket", "lebanon"], "LBN")
LBN_BRIDGE = oth(["bridge", "largest bridge", "lebanon", "litani river"], "LBN")
JEWS_GBR = civ(["hatzalah", "hatzola", "hatzalah ambulances", "ambulances", "jewish community"], "GBR")
PAK_GOV = gov(["pakistan", "pakistani government", "government"], "PAK")
RWP = gov(["rawalpindi", "rawalpindi authorities", "authorities", "district administration"], "PAK")
PAK_PUB = civ(["cafés", "restaurants", "businesses", "public", "markets"], "PAK")
IND_CIV = civ(["indian citizens", "two indian citizens", "sikhs", "people"], "IND")
COL_CIV2 = civ(["people", "three people", "film crew", "crew"], "COL")
JAPAROV = gov(["sadyr japarov", "japarov", "kyrgyz president sadyr japarov", "kyrgyz president", "kyrgyzstan", "president"], "KGZ")
MATKALIKOV = per(["abdupaty matkalikov", "matkalikov", "mayor", "mayor of manas"], "KGZ")
ZWE_PARL = gov(["national assembly of zimbabwe", "national assembly", "parliament", "zimbabwe"], "ZWE")
MNANGAGWA = gov(["emmerson mnangagwa", "mnangagwa", "president emmerson mnangagwa", "president"], "ZWE")

ANN = {
 'conflicts-jan-20': [
  (COL_GOV, ELN, ['MOBILIZE'], "Colombian president Gustavo Petro declares a state of emergency", at('Catatumbo', r=F)),
  (ELN, COL_CIV, ['ASSAULT'], "in response to rebel attacks in the Catatumbo region", at('Catatumbo', r=F)),
  (ELN, FARC33, ['ASSAULT'], "as the National Liberation Army (ELN) launches more attacks", at('Catatumbo')),
  (COL_GOV, ELN, ['THREATEN'], "The Colombian government vows \"war\" against the ELN", at('Colombia')),
  (ELN, FARC33, ['ASSAULT'], "as ELN rebels clash with the 33rd Front of the FARC dissidents", at('Catatumbo', r=F)),
  (UKR, RUS_FAC, ['ASSAULT'], "Ukrainian drones attack industrial facilities in Tatarstan", at('Tatarstan')),
  (RUS_AVIA, FLIGHTS, ['MOBILIZE', 'COERCE'], "temporarily suspend flights at Kazan International Airport in Kazan", at('Kazan', r=F)),
  (RUS_AVIA, FLIGHTS, ['MOBILIZE', 'COERCE'], "and Begishevo Airport in Nizhnekamsk", at('Nizhnekamsk', r=F)),
  (unk(("roadside bomb", "bomb", "unknown", "militants")), IDF_RES, ['ASSAULT'], "hits a roadside bomb during a patrol in Tammun", at('Tammun', r=F)),
 ],
 'conflicts-feb-18': [
  (M23, COD_MIL, ['MOBILIZE', 'ASSAULT'], "Rwandan-backed M23 rebels advance on the city of Butembo", at('Butembo', r=F)),
  (M23, COD_MIL, ['ASSAULT'], "and capture Kamanyola in South Kivu", at('Kamanyola')),
  (M23, COD_MIL, ['MOBILIZE'], "M23 forces are now preparing to advance on Uvira", at('Uvira', r=F)),
  (BDI_MIL, M23, ['RETREAT'], "Burundi initiates the withdrawal of its military forces from the eastern DRC", at('Democratic Republic of the Congo')),
  (HAMAS, ISRAEL, ['ACCUSE'], "Hamas accuses Israel of carrying out at least 266 attacks", NOWHERE_NR),
  (ISRAEL, PSE_CIV, ['ASSAULT'], "carrying out at least 266 attacks in the Gaza Strip", at('Gaza Strip', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "Rapid Support Forces militants kill at least 433 people", at('Al-Kadaris')),
  (RSF, SDN_CIV, ['ASSAULT'], "Al-Khelwat, White Nile State, Sudan", at('Al-Khelwat', r=F)),
  (IDF, LEBANON, ['RETREAT'], "Israel partially withdraws troops from Lebanon", at('Lebanon')),
 ],
 'disasters-aug-21': [
  (nat(["flooding", "floods", "heavy monsoons", "monsoon"]), None, ['ASSAULT'], "in Pakistan, including eleven in Gilgit-Baltistan", at('Gilgit-Baltistan', r=F)),
  (nat(["flooding", "floods", "heavy monsoons", "monsoon"]), None, ['ASSAULT'], "and ten in Karachi, as the death toll", at('Karachi', r=F)),
  (nat(["flooding", "floods"]), None, ['ASSAULT'], "are displaced during flooding in Niger", at('Niger', r=F)),
  (nat(["landslide"]), None, ['ASSAULT'], "are injured in a landslide in Manéah", at('Manéah', r=F)),
  (nat(["accident", "confined space"]), None, ['ASSAULT'], "in an accident in a confined space at a dairy farm in Weld County", at('Weld County', r=F)),
  (nat(["explosion", "fireworks"]), None, ['ASSAULT'], "in an explosion at a fireworks storage facility in Karachi", at('Karachi', r=F)),
 ],
 'law-crime-sep-22': [
  (ECU_GANGS, ECU_GANGS, ['ASSAULT'], "during clashes between rival gangs at a jail in Machala", at('Machala', r=F)),
  (ECU_PROT, ECU_POLICE, ['ASSAULT', 'PROTEST'], "About 1,000 protestors attack and destroy most of a police station", at('Otavalo')),
  (ICC, DUTERTE, ['ACCUSE', 'COERCE'], "The International Criminal Court (ICC) charges former Philippine president Rodrigo Duterte", at('Netherlands')),
  (DUTERTE, PHL_CIV, ['ASSAULT'], "for his alleged involvement in the killing of at least 76 people", NOWHERE_NR),
  (ICC, DUTERTE, ['COERCE'], "He was arrested in March under an ICC arrest warrant", NOWHERE_NR),
  (ICC, DUTERTE, ['COERCE'], "is currently held in a detention facility in the Netherlands", at('Netherlands', r=F)),
  (TRUMP, ANTIFA, ['SANCTION', 'COERCE'], "signs an executive order formally designating Antifa as a terrorist organization", at('United States')),
  (DNK_AUTH, DRONES, ['MOBILIZE', 'COERCE'], "Copenhagen Airport in Denmark and Oslo", at('Copenhagen', r=F)),
  (NOR_AUTH, DRONES, ['MOBILIZE', 'COERCE'], "and Oslo Airport in Norway are both closed", at('Oslo', r=F)),
 ],
 'law-crime-oct-21': [
  (SVK_COURT, CINTULA, ['COERCE'], "A Slovak court sentences 72-year-old Juraj Cintula", at('Slovakia')),
  (CINTULA, FICO, ['ASSAULT'], "the perpetrator in the attempted assassination of prime minister Robert Fico in 2024", NOWHERE_NR),
  (IRL_PROT, ASYLUM, ['PROTEST', 'ASSAULT'], "Rioting takes place in Dublin, Ireland, with several thousand anti-immigration protesters", at('Dublin')),
  (IRL_PROT, IRL_POLICE, ['ASSAULT'], "A police vehicle is set on fire during the unrest", at('Dublin', r=F)),
  (POL_AUTH, UKR_SUSP, ['COERCE'], "A Ukrainian citizen is detained in Poland", at('Poland', r=F)),
  (ROU_AUTH, UKR_SUSP, ['COERCE'], "and two others are arrested in Romania", at('Romania', r=F)),
  (COL_COURT, URIBE, ['CONCEDE'], "A Colombian court overturns a bribery conviction against former president Álvaro Uribe", at('Colombia')),
  (COL_COURT, URIBE, ['COERCE'], "who had been sentenced to 12 years of house arrest", at('Colombia', r=F)),
 ],
 'conflicts-nov-20': [
  (ISRAEL, PSE_CIV, ['ASSAULT'], "Five Palestinians are killed in two Israeli attacks in Khan Yunis", at('Khan Yunis')),
  (IDF, HAMAS, ['MOBILIZE', 'ASSAULT'], "Israeli forces and tanks move 300 m (980 ft) beyond the Yellow Line in Gaza City", at('Gaza City')),
  (unk(("bomb", "unknown", "militants")), PAK_POLICE, ['ASSAULT'], "after a bomb explodes near their armoured personnel carrier in Dera Ismail Khan", at('Dera Ismail Khan', r=F)),
 ],
 'disasters-jan-23': [
  (nat(["crash", "atr 42-500", "aircraft", "atr 42"]), None, ['ASSAULT'], "aircraft on a mountain near Maros Regency", at('Maros Regency', r=F)),
  (nat(["avalanche"]), None, ['ASSAULT'], "Nine people are killed in an avalanche in Chitral District", at('Chitral District', r=F)),
  (nat(["snowstorm"]), None, ['ASSAULT'], "eleven people are killed in a snowstorm in six provinces of Afghanistan", at('Afghanistan', r=F)),
  (nat(["collapse", "gold mine", "mine collapse"]), None, ['ASSAULT'], "when a gold mine collapses in Abu Jubaiha", at('Abu Jubaiha', r=F)),
  (nat(["capsizing", "mv devon bay", "cargo ship", "ship"]), None, ['ASSAULT'], "capsizes in the South China Sea, leaving two dead", NOWHERE_NR),
  (CCG, CREW, ['AID'], "The China Coast Guard rescues 17 crew members", NOWHERE_NR),
 ],
 'relations-mar-19': [
  (DRC, RWANDA, ['AGREE', 'CONSULT'], "In a joint statement after talks hosted by the United States, DR Congo and Rwanda say", at('United States')),
  (EGYPT, PSE_CIV, ['CONCEDE', 'COOPERATE'], "The Rafah Border Crossing between Egypt and the Gaza Strip reopens", at('Rafah', r=F)),
  (EGYPT, PSE_CIV, ['COERCE', 'MOBILIZE'], "following its closure as a security measure", at('Rafah', r=F)),
  (GERMANY, ISRAEL, ['RETREAT', 'REJECT'], "Germany withdraws from defending Israel", at('Germany')),
  (NICARAGUA, GERMANY, ['ACCUSE'], "a separate case launched against them by Nicaragua", NOWHERE_NR),
 ],
 'conflicts-mar-22': [
  (IRAN, ISR_CIV, ['ASSAULT'], "Fifteen people are injured in central Israel in Iranian ballistic missile strikes", at('Israel')),
  (IRAN, GULF, ['THREATEN'], "Iran threatens to retaliate against the energy and water systems of the Gulf countries", NOWHERE_NR),
  (TRUMP, IRAN, ['THREATEN'], "follows through with his 48-hours ultimatum", NOWHERE_NR),
  (unk(("rocket", "unknown", "hezbollah")), ISR_CIV, ['ASSAULT'], "One person is killed after a rocket fired from Lebanon struck a vehicle near Israel's northern border", at('Israel', r=F)),
  (IDF, LBN_BRIDGE, ['ASSAULT'], "The Israeli military destroys the largest bridge crossing the Litani River", at('Lebanon')),
  (unk(("arsonists", "unknown", "attackers")), JEWS_GBR, ['ASSAULT'], "in an apparent anti-semitic arson attack in Golders Green", at('London', r=F)),
 ],
 'law-crime-apr-18': [
  (PAK_GOV, None, ['MOBILIZE'], "Pakistan tightens major security in Islamabad", at('Islamabad', r=F)),
  (RWP, PAK_PUB, ['COERCE', 'MOBILIZE'], "Rawalpindi shuts down cafés, restaurants, gyms, markets, and marriage halls", at('Rawalpindi', r=F)),
  (unk(), IND_CIV, ['ASSAULT'], "are killed in a shooting outside a Sikh temple in Covo", at('Covo', r=F)),
  (unk(("attacker", "unknown", "stabber")), COL_CIV2, ['ASSAULT'], "Three people are killed in a stabbing attack during the filming", at('Bogotá', r=F)),
 ],
 'politics-jun-18': [
  (JAPAROV, MATKALIKOV, ['COERCE'], "Kyrgyz president Sadyr Japarov signs an order to dismiss Abdupaty Matkalikov", at('Kyrgyzstan')),
  (ZWE_PARL, MNANGAGWA, ['SUPPORT', 'AGREE'], "The National Assembly of Zimbabwe approves a bill extending presidential terms", at('Zimbabwe', r=F)),
 ],
 'disasters-jul-18': [
  (nat(["fire", "krokstadelva fire"]), None, ['ASSAULT'], "Over 100 houses burn down in a fire in the Krokstadelva municipality", at('Krokstadelva', r=F)),
  (nat(["explosion", "firecracker factory", "factory"]), None, ['ASSAULT'], "after an unauthorized firecracker factory explodes in Ahmedabad", at('Ahmedabad', r=F)),
  (nat(["accident", "workplace accident"]), None, ['ASSAULT'], "in a workplace accident in Thanh Hóa province", at('Thanh Hóa province', r=F)),
  (nat(["drowning", "godavari river"]), None, ['ASSAULT'], "drown in the Godavari River whilst fishing near Polavaram district", at('Polavaram district', r=F)),
  (nat(["flash floods", "torrential rains", "floods"]), None, ['ASSAULT'], "flash floods hit a mountainous village in Lai Châu province", at('Lai Châu province', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
