# Gold events of the fifty-fifth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this
# set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth, USA, TRUMP, IRAN
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Lebanon': ('LBN', (33.9, 35.9)), 'Syria': ('SYR', (35.0, 38.5)), 'Lithuania': ('LTU', (55.2, 23.9)),
 'Israel': ('ISR', (31.4, 35.0)), 'Ukraine': ('UKR', (49.0, 31.4)), 'United Kingdom': ('GBR', (54.0, -2.0)),
 'Guyana': ('GUY', (4.9, -58.9)), 'Bangladesh': ('BGD', (23.7, 90.3)), 'United States': ('USA', (39.8, -98.6)),
 'Spain': ('ESP', (40.2, -3.7)), 'Italy': ('ITA', (42.8, 12.5)), 'Iran': ('IRN', (32.4, 53.7)),
 'Afghanistan': ('AFG', (33.9, 67.7)),
 # territories, regions, states, provinces, oblasts, districts
 'West Bank': ('PSE', (31.95, 35.25)), 'Bari Region': ('SOM', (10.6, 49.7)),
 'Svay Leu District': ('KHM', (13.65, 104.25)), 'Astrakhan Oblast': ('RUS', (46.8, 47.0)),
 'Al Jawf Governorate': ('YEM', (16.5, 45.3)), 'Kalat District': ('PAK', (29.03, 66.59)),
 'Lagawa District': ('SDN', (11.40, 29.13)), 'Georgia': ('USA', (32.7, -83.4)),
 'Khyber Pakhtunkhwa': ('PAK', (34.4, 72.0)),
 # cities, towns, villages
 'Baalbek': ('LBN', (34.01, 36.21)), 'El Geteina': ('SDN', (14.86, 32.37)), 'Vilnius': ('LTU', (54.69, 25.28)),
 'Al Hudaydah': ('YEM', (14.80, 42.95)), 'Sanaa': ('YEM', (15.37, 44.19)), 'Khan Yunis': ('PSE', (31.34, 34.30)),
 'Fafi': ('KEN', (-0.4, 40.3)), 'Ghulam Khan': ('PAK', (33.13, 70.0)), 'Nushki': ('PAK', (29.55, 66.02)),
 'Kyiv': ('UKR', (50.45, 30.52)), 'Nadiia': ('UKR', (49.65, 38.0)), 'Ottawa': ('CAN', (45.42, -75.70)),
 'Los Angeles': ('USA', (34.05, -118.24)), 'Bareeda': ('SOM', (11.87, 51.05)), 'Playas': ('ECU', (-2.63, -80.39)),
 'Nairobi': ('KEN', (-1.29, 36.82)), 'Lima': ('PER', (-12.05, -77.04)), 'Shwe Kokko': ('MMR', (16.86, 98.53)),
 'Sidon': ('LBN', (33.56, 35.37)), 'Krasnodar': ('RUS', (45.04, 38.98)), 'Moscow': ('RUS', (55.76, 37.62)),
 'Baghdad': ('IRQ', (33.31, 44.37)), 'Hazmieh': ('LBN', (33.85, 35.54)), 'Bangkok': ('THA', (13.75, 100.50)),
 'Rottnest Island': ('AUS', (-32.00, 115.52)), 'Abuja': ('NGA', (9.06, 7.49)),
 'Limburgerhof': ('DEU', (49.42, 8.39)), 'Kapchorwa': ('UGA', (1.40, 34.45)), 'Cajamarca': ('PER', (-7.16, -78.51)),
 'Algiers': ('DZA', (36.75, 3.06)),
}
COUNTRY_LEVEL = {'Lebanon', 'Syria', 'Lithuania', 'Israel', 'Ukraine', 'United Kingdom', 'Guyana', 'Bangladesh',
                 'United States', 'Spain', 'Italy', 'Iran', 'Afghanistan'}


def at(name, r=True):
    """options for an event placed at `name` (a key of P); r=False: not required"""
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    return o


NOWHERE_NR = {'w': None, 'r': False}          # the page does not place the event: not required


def nat(names):
    """a natural event or accident as its own source (no agent)"""
    return oth(list(names), None)


def unk(names=("unknown", "attackers", "gunmen")):
    """an agent the page does not name"""
    return oth(list(names), None)


# actors
IDF = mil(["israel defense forces", "idf", "israeli forces", "israeli military", "israeli army", "israel", "israeli"], "ISR")
ISRAEL = st(["israel", "israeli", "israeli government", "israeli military", "israeli air force", "idf"], "ISR")
PAL_CIV = civ(["palestinians", "40,000 palestinians", "refugees", "palestinian refugees"], "PSE")
LBN = st(["lebanon", "lebanese", "people", "hezbollah"], "LBN")
HEZBOLLAH = ag(["hezbollah", "hezbollah militants", "militants"], "LBN")
SYR_GOV = gov(["syrian transitional government", "syrian government", "syria", "syrian", "syria's state media",
               "syrian government-associated forces", "government-associated forces", "syrian forces", "soldiers",
               "three soldiers"], "SYR")
ALAWITES = civ(["alawite syrians", "alawites", "civilians", "syrian alawites", "fifty-seven people"], "SYR")
PUNTLAND = mil(["puntland armed forces", "puntland", "puntland forces", "puntland security forces"], "SOM")
AFRICOM = mil(["u.s. africa command", "africom", "united states africa command", "us africa command", "united states",
               "u.s.", "us military"], "USA")
IS_SOM = ag(["is–somalia", "is-somalia", "is–somalia fighters", "islamic state", "is militants", "is", "isis",
             "islamic state somalia", "militants", "fighters"], "SOM")
SAF = mil(["sudanese army", "sudanese armed forces", "saf", "army", "sudan", "sudanese military"], "SDN")
RSF = ag(["rapid support forces", "rsf"], "SDN")
M23 = ag(["m23", "m23 rebels", "march 23 movement", "rebels"], "COD")
COD_GOV = gov(["congolese government", "democratic republic of the congo", "drc", "dr congo", "government"], "COD")
EU = igo(["european union", "eu"])
LTU_PROS = gov(["lithuanian prosecutors", "prosecutors", "lithuania", "lithuanian"], "LTU")
GRU = mil(["russia's military intelligence", "military intelligence", "gru", "russia", "russian military intelligence"], "RUS")
IKEA = oth(["ikea", "ikea store", "store"], "LTU")
US_MIL = mil(["u.s.", "us", "united states", "american", "u.s. military", "us military"], "USA")
YEMENIS = civ(["tens of thousands of people", "people", "yemenis", "protesters", "houthis", "houthi supporters"], "YEM")
YEM = st(["yemen", "yemeni", "houthis", "targets"], "YEM")
HAMAS = ag(["hamas", "salah al-bardawil", "ismail barhoum", "top member", "political bureau"], "PSE")
SHABAAB = ag(["al-shabaab", "al shabaab", "militants", "dozens of militants"], "SOM")
KEN_POL = gov(["police", "police officers", "police reservists", "kenyan police", "six police officers", "kenya",
               "security forces"], "KEN")
PAK_MIL = mil(["soldiers", "pakistani soldiers", "pakistan army", "pakistani military", "security forces", "pakistan"], "PAK")
TTP = ag(["pakistani taliban", "pakistani taliban gunmen", "sixteen pakistani taliban gunmen", "ttp",
          "tehrik-i-taliban pakistan", "gunmen", "taliban"], "PAK")
PAK_CIV = civ(["eight people", "people", "police officers", "four police officers"], "PAK")
HOUTHIS = ag(["houthis", "houthi", "houthi rebels", "ansar allah", "houthi movement", "yemen"], "YEM")
UKR_CIV = civ(["seven people", "civilians", "three civilians", "ukrainians", "people", "ukraine"], "UKR")
UKR_MIL = mil(["ukrainian troops", "ukrainian forces", "ukrainian military forces", "ukrainian military",
               "ukrainian armed forces", "ukraine", "ukrainian"], "UKR")
RUS_MIL = mil(["russian forces", "russian troops", "russian military", "russia", "russian"], "RUS")
US_SEN = gov(["u.s. senators", "us senators", "senators", "a group of u.s. senators", "united states",
              "u.s.", "u.s. senate"], "USA")
CARNEY = gov(["mark carney", "carney", "canadian prime minister mark carney", "canada", "canadian government",
              "prime minister"], "CAN")
POLLARD = gov(["luke pollard", "pollard", "british minister of state for the armed forces", "uk", "united kingdom",
               "british government", "minister of state for the armed forces"], "GBR")
NETANYAHU = gov(["benjamin netanyahu", "netanyahu", "israeli prime minister benjamin netanyahu",
                 "israeli prime minister", "israel"], "ISR")
STARMER = gov(["keir starmer", "starmer", "british prime minister keir starmer", "uk", "united kingdom"], "GBR")
GUYANA = gov(["guyana", "guyanese", "hugh todd", "guyanese foreign minister hugh todd", "foreign minister",
              "guyanese government"], "GUY")
VENEZUELA = st(["venezuela", "venezuelan", "venezuelan government"], "VEN")
VEN_VOTERS = civ(["venezuelans", "venezuelans voting in the referendum", "voters"], "VEN")
US_CIV = civ(["people", "30 people", "clubgoers", "night club"], "USA")
PUNTLAND_POL = gov(["puntland maritime police force", "puntland maritime police", "pmpf", "puntland", "police"], "SOM")
TUR_VESSEL = oth(["turkish vessel", "vessel", "turkey", "turkish"], "TUR")
ECU_CIV = civ(["people", "12 people", "at least 12 people"], "ECU")
ICT = gov(["international crimes tribunal", "prosecution", "prosecution of the international crimes tribunal",
           "bangladesh", "tribunal", "prosecutors"], "BGD")
HASINA = gov(["sheikh hasina", "hasina", "former prime minister sheikh hasina", "asaduzzaman khan", "khan"], "BGD")
KEN_POLICE = gov(["police", "kenyan police", "kenya", "security forces"], "KEN")
MOURNERS = civ(["mourners", "people", "four people", "tens of thousands of people", "crowd"], "KEN")
PER_PROT = civ(["protestors", "protesters", "demonstrators", "peruvians"], "PER")
PER_GOV = gov(["president josé jerí", "josé jerí", "jerí", "jeri", "jose jeri", "peruvian government", "peru",
               "government"], "PER")
PER_POL = gov(["police", "security forces", "peruvian police", "peru"], "PER")
US_COURT = gov(["federal court", "u.s. federal court", "united states", "justice department", "prosecutors",
                "federal prosecutors"], "USA")
BOLTON = per(["john bolton", "bolton", "former united states national security advisor john bolton"], "USA")
MMR_MIL = mil(["tatmadaw", "myanmar military", "myanmar army", "military", "myanmar"], "MMR")
SCAM = oth(["scam center", "scam center compound", "346 foreigners", "foreigners", "scam centre"], None)
ESP_SC = gov(["spain's supreme court", "supreme court", "spanish supreme court", "spain", "court"], "ESP")
CERDAN = per(["santos cerdán", "cerdán", "santos cerdan", "cerdan", "former socialist party official santos cerdán"], "ESP")
ITA_COURT = gov(["italy's supreme court of cassation", "supreme court of cassation", "court of cassation", "italy",
                 "italian court", "court"], "ITA")
DEU = st(["germany", "german", "german authorities", "german prosecutors"], "DEU")
UKR_NAT = per(["ukrainian national", "a ukrainian national", "ukrainian"], "UKR")
NORDSTREAM = oth(["nord stream pipelines", "nord stream", "pipelines"], None)
VEN_TANKERS = oth(["oil tankers", "tankers", "ships", "venezuela", "oil"], "VEN")
RUSSIA_T = st(["russia", "russian", "targets", "oil terminal", "ammunition depot", "drone launch site"], "RUS")
SARVAROV = mil(["fanil sarvarov", "sarvarov", "lieutenant general fanil sarvarov", "lieutenant general"], "RUS")
TUR_MIT = gov(["turkish intelligence agents", "turkish intelligence", "mit", "turkey", "turkish"], "TUR")
ISKP = ag(["islamic state – khorasan province", "islamic state - khorasan province", "islamic state", "is-k", "iskp",
           "isis-k", "senior member"], "AFG")
KH = ag(["kata'ib hezbollah", "kataib hezbollah", "kata'ib hizbollah"], "IRQ")
IRN_CIV = civ(["a person", "person", "persian gulf radio and television centre", "iran"], "IRN")
LBN_Q = oth(["member of iran's quds force", "quds force", "a member", "lebanon", "people", "one person"], "LBN")
SDN_CIV = civ(["people", "15 people", "at least 15 people", "civilians", "sudanese citizens"], "SDN")
ARMAN = ag(["sudanese rebel faction", "rebel faction", "yasir arman", "splm-n"], "SDN")
UNSC = igo(["united nations security council", "security council", "un security council", "unsc", "united nations"])
GA_ASSEMBLY = gov(["georgia general assembly", "general assembly", "republican-led georgia general assembly",
                   "georgia legislature", "legislature", "georgia"], "USA")
KEMP = gov(["brian kemp", "kemp", "governor brian kemp", "governor", "georgia governor"], "USA")
BURNS = gov(["jon g. burns", "burns", "jon burns", "state house speaker jon g. burns", "house speaker",
             "state house speaker"], "USA")
TALIBAN_GOV = gov(["taliban government", "taliban", "afghanistan's taliban government", "afghanistan",
                   "hibatullah akhundzada", "afghan government"], "AFG")
AFG_EMP = civ(["government employees", "employees", "afghans"], "AFG")


ANN = {
 'conflicts-feb-23': [
  (IDF, None, ['MOBILIZE', 'ASSAULT'], "The Israel Defense Forces deploy tanks into the West Bank", at('West Bank')),
  (IDF, PAL_CIV, ['COERCE'], "declaring that the 40,000 Palestinians who fled refugee camps", at('West Bank', r=F)),
  (PUNTLAND, IS_SOM, ['ASSAULT'], "At least three IS–Somalia fighters are killed in a joint Puntland armed forces", at('Bari Region')),
  (AFRICOM, IS_SOM, ['ASSAULT'], "U.S. Africa Command airstrike targeting IS militants hiding in the Cal Miskaad mountains", at('Bari Region', r=F)),
  (ISRAEL, LBN, ['ASSAULT'], "Israel launches airstrikes in the Baalbek area", at('Baalbek')),
  (ISRAEL, LBN, ['ASSAULT'], "and other areas in the south of the country", at('Lebanon', r=F)),
  (SAF, RSF, ['ASSAULT'], "The Sudanese Army recaptures El Geteina, White Nile State", at('El Geteina')),
  (RSF, SAF, ['ASSAULT'], "after heavy fighting with the Rapid Support Forces", at('El Geteina', r=F)),
  (nat(["land mine", "buried land mine", "landmine", "mine", "rocket-propelled grenade", "explosion"]), None, ['ASSAULT'],
   "explodes in Svay Leu District, Siem Reap province", at('Svay Leu District', r=F)),
 ],
 'conflicts-mar-17': [
  (unk(("unknown", "massacres", "attackers", "syrian government-associated forces")), ALAWITES, ['ASSAULT'],
   "Two massacres of Alawite Syrians kill fifty-seven people", at('Syria', r=F)),
  (SYR_GOV, ALAWITES, ['ASSAULT'], "primarily by sectarian executions from Syrian government-associated forces since March 6", at('Syria', r=F)),
  (SYR_GOV, HEZBOLLAH, ['ASSAULT'], "clashes occur at the Lebanon–Syria border", NOWHERE_NR),
  (SYR_GOV, HEZBOLLAH, ['ACCUSE'], "after the Syrian transitional government accused Hezbollah militants", NOWHERE_NR),
  (HEZBOLLAH, SYR_GOV, ['ASSAULT', 'COERCE'], "of kidnapping three soldiers into Lebanon and subsequently killing them", at('Lebanon', r=F)),
  (M23, COD_GOV, ['REJECT', 'RETREAT'], "The M23 rebels announce they will withdraw from peace talks", NOWHERE_NR),
  (EU, M23, ['SANCTION'], "due to sanctions imposed on the group by the European Union", NOWHERE_NR),
  (unk(("drone strike", "drone", "unknown", "ukraine")), RUSSIA_T, ['ASSAULT'], "A drone strike in Astrakhan Oblast, Russia, injures one person", at('Astrakhan Oblast', r=F)),
  (LTU_PROS, GRU, ['ACCUSE'], "Lithuanian prosecutors accuse Russia's military intelligence", at('Lithuania')),
  (GRU, IKEA, ['ASSAULT'], "orchestrating an arson attack on an IKEA store in Vilnius", at('Vilnius', r=F)),
  (US_MIL, YEM, ['ASSAULT'], "The U.S. launches airstrikes on targets in Al Hudaydah", at('Al Hudaydah')),
  (US_MIL, YEM, ['ASSAULT'], "targets in Al Hudaydah and the Al Jawf Governorate", at('Al Jawf Governorate', r=F)),
  (YEMENIS, US_MIL, ['PROTEST'], "Tens of thousands of people attend a rally against the U.S. attacks", at('Sanaa')),
 ],
 'conflicts-mar-23': [
  (IDF, HAMAS, ['ASSAULT'], "Hamas announces that an Israeli airstrike killed Salah al-Bardawil", NOWHERE_NR),
  (IDF, HAMAS, ['ASSAULT'], "Hamas says that an Israeli airstrike killed Ismail Barhoum", at('Khan Yunis')),
  (IDF, HAMAS, ['ASSAULT'], "an air strike targeting his home in Khan Yunis last Tuesday", at('Khan Yunis', r=F)),
  (SHABAAB, KEN_POL, ['ASSAULT'], "in an Al-Shabaab attack on a police reservists camp in Fafi", at('Fafi')),
  (KEN_POL, SHABAAB, ['ASSAULT'], "Dozens of militants are also killed", at('Fafi', r=F)),
  (PAK_MIL, TTP, ['ASSAULT'], "Sixteen Pakistani Taliban gunmen are killed by soldiers in a shootout", at('Ghulam Khan')),
  (TTP, PAK_MIL, ['ASSAULT'], "while attempting to enter in to Ghulam Khan", at('Ghulam Khan', r=F)),
  (unk(), PAK_CIV, ['ASSAULT'], "are killed in two separate mass shootings in Nushki", at('Nushki', r=F)),
  (unk(), PAK_CIV, ['ASSAULT'], "separate mass shootings in Nushki and Kalat District", at('Kalat District', r=F)),
  (HOUTHIS, ISRAEL, ['ASSAULT'], "a ballistic missile launched by the Houthis from Yemen", at('Israel')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Seven people are killed and dozens are injured across Ukraine", at('Ukraine')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "including three civilians killed in Kyiv", at('Kyiv', r=F)),
  (UKR_MIL, RUS_MIL, ['ASSAULT'], "Ukrainian troops reportedly recapture the village of Nadiia", at('Nadiia')),
 ],
 'relations-may-23': [
  (US_SEN, CARNEY, ['CONSULT'], "A group of U.S. senators visit Ottawa, Canada", at('Ottawa')),
  (POLLARD, NETANYAHU, ['REJECT'], 'Luke Pollard says that the UK "does not recognize" the comments', at('United Kingdom', r=F)),
  (NETANYAHU, STARMER, ['ACCUSE'], "where he accused British prime minister Keir Starmer", NOWHERE_NR),
  (GUYANA, VENEZUELA, ['REJECT', 'THREATEN'], "says that Guyana will defend its sovereignty in the face of Venezuela's referendum", at('Guyana', r=F)),
  (GUYANA, VEN_VOTERS, ['THREATEN'], "warnings that Venezuelans voting in the referendum in Guyana will be deported", at('Guyana')),
 ],
 'law-crime-jul-19': [
  (unk(("unknown", "driver", "attacker", "vehicle-ramming attack")), US_CIV, ['ASSAULT'],
   "in a vehicle-ramming attack at a night club in Los Angeles", at('Los Angeles', r=F)),
  (PUNTLAND_POL, TUR_VESSEL, ['COERCE'], "The Puntland Maritime Police Force confiscates a Turkish vessel", at('Bareeda')),
  (unk(), ECU_CIV, ['ASSAULT'], "are killed in a mass shooting at a pool hall in Playas", at('Playas', r=F)),
 ],
 'law-crime-oct-16': [
  (ICT, HASINA, ['ACCUSE', 'COERCE'], "The prosecution of the International Crimes Tribunal in Bangladesh formally announces", at('Bangladesh')),
  (KEN_POLICE, MOURNERS, ['ASSAULT', 'COERCE'], "Four people are killed when police open fire", at('Nairobi')),
  (PER_POL, PER_PROT, ['ASSAULT'], "One person is killed and 100 people are wounded during clashes in Lima", at('Lima', r=F)),
  (PER_PROT, PER_GOV, ['PROTEST'], "as protestors demands the resignation of President José Jerí", at('Lima')),
  (US_COURT, BOLTON, ['ACCUSE', 'COERCE'], "John Bolton is indicted in a federal court", at('United States')),
 ],
 'law-crime-nov-19': [
  (MMR_MIL, SCAM, ['COERCE', 'ASSAULT'], "The Tatmadaw conducts a raid on the scam center compound in Shwe Kokko", at('Shwe Kokko')),
  (MMR_MIL, SCAM, ['COERCE'], "and detains 346 foreigners and confiscates nearly 10,000 mobile devices", at('Shwe Kokko', r=F)),
  (ESP_SC, CERDAN, ['CONCEDE'], "Spain's Supreme Court orders the provisional release of former Socialist Party official Santos Cerdán", at('Spain')),
  (ESP_SC, CERDAN, ['COERCE'], "The court requires him to surrender his passport", at('Spain', r=F)),
  (ITA_COURT, UKR_NAT, ['COERCE', 'COOPERATE'], "Italy's Supreme Court of Cassation approves a Ukrainian national's extradition to Germany", at('Italy')),
  (unk(("unknown", "saboteurs", "ukrainian national")), NORDSTREAM, ['ASSAULT'], "the Nord Stream pipelines explosions in 2022", NOWHERE_NR),
 ],
 'conflicts-dec-22': [
  (ISRAEL, LBN, ['ASSAULT'], "Three people are killed in an Israeli airstrike against a vehicle near Sidon", at('Sidon')),
  (USA, VEN_TANKERS, ['COERCE'], "the oil tankers it seized off the coast of Venezuela", NOWHERE_NR),
  (UKR_MIL, RUSSIA_T, ['ASSAULT'], "Ukrainian military forces launch airstrikes on several targets across Russia", at('Krasnodar')),
  (unk(("unknown", "car bomb", "bomb")), SARVAROV, ['ASSAULT'], "Lieutenant general Fanil Sarvarov is killed by a car bomb in Moscow", at('Moscow', r=F)),
  (TUR_MIT, ISKP, ['COERCE'], "Turkish intelligence agents capture a senior member of the Islamic State", NOWHERE_NR),
 ],
 'conflicts-mar-23-2026': [
  (TRUMP, IRAN, ['THREATEN'], "he is postponing his 48-hour ultimatum for five days before attacking the Iranian power plants", NOWHERE_NR),
  (IRAN, TRUMP, ['REJECT'], "Iran denies any dialogue took place", NOWHERE_NR),
  (KH, USA, ['THREATEN'], "will extend its pause on strikes on the United States embassy in Baghdad", at('Baghdad', r=F)),
  (unk(("unknown", "strike", "attackers")), IRN_CIV, ['ASSAULT'], "in a strike on a transmission site of the Persian Gulf Radio and Television Centre", at('Iran', r=F)),
  (ISRAEL, LBN_Q, ['ASSAULT'], "At least one person is killed in an Israeli strike on Hazmieh", at('Hazmieh')),
  (unk(("unknown", "sudanese army", "strikes")), SDN_CIV, ['ASSAULT'], "are killed and 23 others are injured in strikes on Lagawa District", at('Lagawa District', r=F)),
  (RSF, SAF, ['ACCUSE'], "The Rapid Support Forces attribute the attack to the Sudanese army", NOWHERE_NR),
  (ARMAN, UNSC, ['REQUEST'], "calls for the United Nations Security Council to end the use of drones", NOWHERE_NR),
 ],
 'disasters-may-16': [
  (nat(["collision", "train", "train collision", "bus", "fire"]), None, ['ASSAULT'], "after a train hits and sparks a fire on a bus in Bangkok", at('Bangkok', r=F)),
  (nat(["shark attack", "shark", "great white shark"]), None, ['ASSAULT'], "is killed in a shark attack at a reef near Rottnest Island", at('Rottnest Island', r=F)),
  (nat(["collapse", "building collapse", "building", "three-story building"]), None, ['ASSAULT'], "three-story building under construction collapsed in Abuja", at('Abuja', r=F)),
  (nat(["crash", "plane crash", "north american t-28 trojan", "t-28 trojan", "explosion"]), None, ['ASSAULT'], "crashes into a residential area in Limburgerhof", at('Limburgerhof', r=F)),
 ],
 'politics-jun-17': [
  (GA_ASSEMBLY, KEMP, ['REJECT'], "the Republican-led Georgia General Assembly rejects governor Brian Kemp's attempt", at('Georgia')),
  (BURNS, KEMP, ['REJECT'], "announced that he will not hold a vote to do so", at('Georgia', r=F)),
  (TALIBAN_GOV, AFG_EMP, ['COERCE'], "Afghanistan's Taliban government imposes a ban on smartphone use", at('Afghanistan')),
 ],
 'disasters-jul-16': [
  (nat(["crash", "bus crash", "bus", "accident"]), None, ['ASSAULT'], "after a bus lost control and veered off the road in Kapchorwa", at('Kapchorwa', r=F)),
  (nat(["crash", "minibus", "accident"]), None, ['ASSAULT'], "after a minibus plunged into a deep ravine in Cajamarca", at('Cajamarca', r=F)),
  (nat(["fire", "care facility fire"]), None, ['ASSAULT'], "in a fire at a care facility in Algiers", at('Algiers', r=F)),
  (nat(["fire", "house fire"]), None, ['ASSAULT'], "after a fire engulfed their house in Khyber Pakhtunkhwa Province", at('Khyber Pakhtunkhwa', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
