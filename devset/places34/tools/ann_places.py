# Gold events of the thirty-fourth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'United States': ('USA', (39.8, -98.6)), 'Kenya': ('KEN', (0.2, 37.9)), 'United Kingdom': ('GBR', (54.0, -2.5)),
 'Azerbaijan': ('AZE', (40.3, 47.7)), 'Israel': ('ISR', (31.4, 35.0)), 'Armenia': ('ARM', (40.1, 45.0)),
 'Lithuania': ('LTU', (55.2, 23.9)), 'Mexico': ('MEX', (23.6, -102.5)), 'Bolivia': ('BOL', (-16.3, -63.6)),
 'Hungary': ('HUN', (47.2, 19.4)), 'Iran': ('IRN', (32.4, 53.7)), 'Bahrain': ('BHR', (26.07, 50.55)),
 # regions, states, provinces, counties, districts, municipalities, townships, chiefdoms
 'Adan Yabal': ('SOM', (3.2, 46.1)), 'Yocalla': ('BOL', (-19.38, -65.95)), 'Myawaddy': ('MMR', (16.69, 98.51)),
 'Gaza': ('PSE', (31.46, 34.42)), 'New York': ('USA', (42.9, -75.5)), 'Tennessee': ('USA', (35.86, -86.35)),
 'West Bandung Regency': ('IDN', (-6.85, 107.48)), 'Catalonia': ('ESP', (41.8, 1.5)),
 'Nangarhar': ('AFG', (34.2, 70.5)), 'Paktika': ('AFG', (32.3, 68.8)), 'Sulima Chiefdom': ('SLE', (9.95, -11.15)),
 'Garfield County': ('USA', (39.6, -107.9)), 'Yaracuy': ('VEN', (10.3, -68.7)),
 'Uttar Pradesh': ('IND', (27.0, 80.9)), 'West Bengal': ('IND', (23.5, 87.9)),
 # cities, towns, villages, boroughs
 'Cairo': ('EGY', (30.04, 31.24)), 'Mississauga': ('CAN', (43.59, -79.64)), 'Kherson': ('UKR', (46.64, 32.61)),
 'Dnipro': ('UKR', (48.46, 35.05)), 'Nairobi': ('KEN', (-1.29, 36.82)), 'Culiacán': ('MEX', (24.80, -107.39)),
 'Baku': ('AZE', (40.41, 49.87)), 'Tel Aviv': ('ISR', (32.08, 34.78)), 'Paris': ('FRA', (48.86, 2.35)),
 'Gyumri': ('ARM', (40.79, 43.85)), 'Daejeon': ('KOR', (36.35, 127.38)), "Beit She'an": ('ISR', (32.50, 35.50)),
 'Afula': ('ISR', (32.61, 35.29)), 'Homs': ('SYR', (34.73, 36.71)), 'Tine': ('TCD', (15.03, 22.81)),
 'Tyre': ('LBN', (33.27, 35.20)), 'Sidon': ('LBN', (33.56, 35.37)), 'Qanarit': ('LBN', (33.48, 35.32)),
 'Aden': ('YEM', (12.79, 45.03)), 'Sydney': ('AUS', (-33.87, 151.21)), 'Hyderabad': ('IND', (17.39, 78.49)),
 'Sarangani': ('PHL', (5.45, 125.45)), 'Bronx': ('USA', (40.84, -73.87)), 'Tapalpa': ('MEX', (19.95, -103.76)),
 'Shawira': ('ETH', (12.6, 37.2)), 'Porepunkah': ('AUS', (-36.70, 146.91)),
 'San Cristóbal': ('ARG', (-30.31, -61.24)), 'Beaver': ('USA', (38.28, -112.64)), 'Caracas': ('VEN', (10.49, -66.88)),
 'Lucknow': ('IND', (26.85, 80.95)),
}
COUNTRY_LEVEL = {'United States', 'Kenya', 'United Kingdom', 'Azerbaijan', 'Israel', 'Armenia', 'Lithuania', 'Mexico',
                 'Bolivia', 'Hungary', 'Iran', 'Bahrain'}


def at(name, r=True, s='a'):
    """options for an event placed at `name` (a key of P)"""
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}             # the page does not place the event
NOWHERE_NR = {'r': F}    # ... and the event is not required


def nat(names):
    """a natural event or accident: no agent; source = the event (kind other), nominal ASSAULT, never required"""
    return oth(names, None)


def unk(names=("unknown", "attackers", "gunmen")):
    """an agent the page does not name"""
    return oth(list(names), None)


# actors
RUS_MIL = mil(["russian artillery", "glide bombs", "russian forces", "russia", "russian military", "artillery"], "RUS")
UKR_CIV = civ(["one person", "people", "civilians", "residents", "ukrainians", "kherson", "dnipro"], "UKR")
SHABAAB = ag(["al-shabaab", "al-shabaab militants", "al shabaab", "militants", "the group"], "SOM")
SOM_GOV = gov(["somalia", "somali government", "somali forces", "somali army", "government"], "SOM")
KOHBERGER = per(["bryan kohberger", "kohberger", "suspect"], "USA")
KEN_POLICE = gov(["police", "kenyan police", "security forces", "kenyan government", "government", "kenya"], "KEN")
KEN_PROT = civ(["protesters", "demonstrators", "civilian vendor", "vendor", "kenyans", "protests",
                "nationwide protests"], "KEN")
HEADLEY = per(["ryland headley", "headley", "92-year-old man"], "GBR")
SIN_CARTEL = ag(["sinaloa cartel", "factions of the sinaloa cartel", "factions", "cartel", "los chapitos",
                 "los mayos", "gunmen"], "MEX")
MEX_VICT = civ(["twenty bodies", "twenty people", "bodies", "victims", "people"], "MEX")
AZE_POLICE = gov(["police", "police in baku", "azerbaijani police", "azerbaijan", "azerbaijani authorities",
                  "azerbaijani government", "authorities"], "AZE")
SPUTNIK = oth(["sputnik", "russian state-owned news agency sputnik", "news agency", "office"], "RUS")
ISR_PROT = civ(["protesters", "israelis", "demonstrators", "mass protests", "general strike",
                "2.5 million protesters", "300,000"], "ISR")
ISR_GOV = gov(["israeli government", "government", "israel", "benjamin netanyahu", "netanyahu"], "ISR")
ISR_POLICE = gov(["police", "israeli police", "israel", "security forces"], "ISR")
ARM_POLICE = gov(["police", "armenian police", "armenian authorities", "armenia", "authorities",
                  "armenian government"], "ARM")
GHUKASYAN = per(["vardan ghukasyan", "ghukasyan", "gyumri mayor", "mayor", "gyumri mayor vardan ghukasyan"], "ARM")
ARM_PROT = civ(["demonstrators", "protesters", "supporters", "23 demonstrators", "protests"], "ARM")
KOR_COURT = gov(["court", "court in daejeon", "daejeon court", "daejeon district court", "south korean court",
                 "south korea"], "KOR")
TEACHER = per(["teacher", "a teacher"], "KOR")
TATMADAW = mil(["tatmadaw", "myanmar military", "myanmar army", "military", "junta", "myanmar"], "MMR")
KK_PARK = oth(["kk park", "kk park scam center", "scam center", "people", "over 2,000 people", "2,000 people"], "MMR")
LTU_GOV = gov(["lithuania", "lithuanian government", "government", "vilnius international airport",
               "lithuanian authorities", "airport"], "LTU")
BELARUS = st(["belarus", "belarusian", "smugglers", "weather balloons", "balloons"], "BLR")
PAL_ATT = per(["palestinian man", "perpetrator", "palestinian", "attacker", "assailant"], "PSE")
ISR_CIV = civ(["israeli civilians", "two israeli civilians", "civilians", "israelis", "child"], "ISR")
SAAS = ag(["saraya ansar al-sunnah", "ansar al-sunnah", "saraya ansar al-sunna"], "SYR")
ALAWITES = civ(["alawites", "worshippers", "people", "eight people", "alawite mosque", "mosque"], "SYR")
TCD_MIL = mil(["soldiers", "two soldiers", "chadian soldiers", "military base", "chadian army", "chad"], "TCD")
IDF = mil(["israel", "israeli military", "israel defense forces", "idf", "israeli airstrikes", "israeli forces",
           "israeli air force"], "ISR")
PAL_CIV = civ(["palestinians", "eleven palestinians", "journalists", "children", "civilians"], "PSE")
LBN_CIV = civ(["one person", "person", "people", "19 others", "lebanese", "civilians", "hezbollah", "lebanon"], "LBN")
YEM_GIANTS = mil(["southern giants brigades", "giants brigades", "hamdy shoukry", "motorcade", "commander"], "YEM")
MEX_MIL = mil(["mexican armed forces", "armed forces", "mexican army", "military", "security forces", "mexico",
               "national guard", "national guard troops", "troops"], "MEX")
MEX_GOV = gov(["mexican government", "government", "mexico", "security forces", "authorities"], "MEX")
CJNG = ag(["jalisco new generation cartel", "cjng", "cjng members", "cjng forces", "gunmen", "el mencho",
           "nemesio oseguera", "cartel"], "MEX")
AFNM = ag(["afnm", "amhara fano national movement", "fano", "militants"], "ETH")
ENDF = mil(["endf", "ethiopian national defense force", "ethiopian army", "ethiopian military", "ethiopia"], "ETH")
PAK_MIL = mil(["pakistan", "pakistani military", "pakistani air force", "pakistan air force", "pakistani forces"], "PAK")
AFG_MILITANTS = ag(["militant camps", "suspected militant camps", "militants", "taliban", "pakistani taliban", "ttp",
                    "people", "afghanistan"], "AFG")
BOL_GOV = gov(["bolivia", "bolivian government", "bolivian"], "BOL")
DEA = gov(["united states drug enforcement administration", "drug enforcement administration", "dea",
           "united states", "us"], "USA")
GUINEA = st(["guinea", "guinean forces", "guinean military", "guinean authorities", "guinean"], "GIN")
SLE_PERS = mil(["sierra leone", "army and police personnel", "personnel", "sierra leonean army",
                "sierra leonean police", "its army"], "SLE")
HUN_GOV = gov(["hungary", "viktor orbán", "orbán", "orban", "viktor orban", "hungarian prime minister viktor orbán",
               "hungarian government"], "HUN")
UKRAINE = st(["ukraine", "ukrainian", "kyiv", "ukrainian government"], "UKR")
IRN_PARL = gov(["iranian parliament", "parliament", "iranian parliament security", "iran", "majlis",
                "national security committee"], "IRN")
VESSELS = oth(["vessels", "ships", "shipping"], None)
KNESSET = gov(["knesset", "israel", "israeli parliament"], "ISR")
PALS = civ(["palestinians"], "PSE")
VICPOL = gov(["victoria police", "police", "australian police"], "AUS")
FREEMAN = per(["dezi freeman", "freeman", "fugitive", "sovereign citizen", "self-proclaimed sovereign citizen"], "AUS")
AUS_POLICE_VICT = gov(["police officers", "two police officers", "officers", "police"], "AUS")
ARG_SUSPECT = per(["15-year-old suspect", "suspect", "shooter", "student", "gunman"], "ARG")
ARG_VICT = civ(["students", "one person", "eight others", "people"], "ARG")
ARG_POLICE = gov(["police", "argentine police", "authorities", "santa fe police"], "ARG")
BHR_MOI = gov(["bahraini interior ministry", "interior ministry", "bahrain", "bahraini authorities", "police"], "BHR")
BHR_CELL = ag(["three men", "men", "terrorist cell", "hezbollah", "cell"], "BHR")
UP_GOV = gov(["state authorities", "uttar pradesh government", "authorities", "uttar pradesh"], "IND")
INSTITUTES = oth(["coaching institutes", "59 coaching institutes", "institutes"], "IND")

ANN = {
 'disasters-feb-17': [
  (nat(["collapse", "building collapse", "residential building", "kerdasa building collapse"]), None, ['ASSAULT'], "when a three-story residential building collapses in Cairo", at('Cairo', r=F)),
  (nat(["crash", "delta connection flight 4819", "bombardier crj900lr", "delta airlines", "fire"]), None, ['ASSAULT'], "crashes after catching fire and flipping over at Toronto Pearson Airport in Mississauga", at('Mississauga', r=F)),
  (nat(["flooding", "heavy rains", "storm", "north american storm complex"]), None, ['ASSAULT'], "are killed in flooding caused by heavy rains in the eastern United States", at('United States', r=F)),
  (nat(["bus crash", "bus", "crash", "yocalla bus crash"]), None, ['ASSAULT'], "A bus crashes and falls 800 m (2,600 ft) down a cliff in Yocalla Municipality", at('Yocalla', r=F)),
 ],
 'conflicts-apr-16': [
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russian artillery and glide bombs target Kherson", at('Kherson')),
  (unk(["drone attack", "drones", "russia", "russian forces"]), UKR_CIV, ['ASSAULT'], "A large-scale drone attack on Dnipro", at('Dnipro', r=F)),
  (SHABAAB, SOM_GOV, ['ASSAULT', 'COERCE'], "Al-Shabaab militants capture the Adan Yabal District", at('Adan Yabal')),
 ],
 'law-crime-jun-30': [
  (KOHBERGER, civ(["four university of idaho students", "students", "four students"], "USA"), ['ASSAULT'], "the suspect in the 2022 killings of four University of Idaho students", NOWHERE_NR),
  (unk(["firebombing attack", "attacker", "firebomber"]), civ(["82-year-old woman", "woman"], "USA"), ['ASSAULT'], "severely injured in the firebombing attack earlier this month", NOWHERE_NR),
  (KEN_POLICE, KEN_PROT, ['ASSAULT'], "A civilian vendor shot at close range by police", at('Nairobi', r=F)),
  (KEN_PROT, KEN_POLICE, ['PROTEST'], "during protests over the death of Albert Ojwang in Nairobi", at('Nairobi', r=F)),
  (KEN_PROT, KEN_POLICE, ['PROTEST'], "bringing the death toll from nationwide protests in Kenya", at('Kenya', r=F)),
  (gov(["court", "jury", "british court", "crown court", "united kingdom"], "GBR"), HEADLEY, ['COERCE'], "Ryland Headley, a 92-year-old man, is convicted", at('United Kingdom', r=F)),
  (HEADLEY, per(["louisa dunne", "dunne"], "GBR"), ['ASSAULT'], "convicted for the 1967 murder of Louisa Dunne", NOWHERE_NR),
  (unk(["sinaloa cartel", "factions of the sinaloa cartel", "cartel", "gunmen"]), MEX_VICT, ['ASSAULT'], "Twenty bodies, five of them decapitated, are found", at('Culiacán', r=F)),
  (SIN_CARTEL, SIN_CARTEL, ['ASSAULT'], "amid clashes between factions of the Sinaloa Cartel", at('Culiacán', r=F)),
  (AZE_POLICE, SPUTNIK, ['COERCE', 'ACCUSE'], "raid the office of the Russian state-owned news agency Sputnik", at('Baku')),
  (gov(["azerbaijan", "azerbaijani government", "authorities", "azerbaijani authorities"], "AZE"), SPUTNIK, ['SANCTION', 'COERCE'], "after its official accreditation was revoked in February", at('Azerbaijan', r=F)),
 ],
 'politics-aug-17': [
  (ISR_PROT, ISR_GOV, ['PROTEST'], "A general strike and mass protests calling for a hostage deal", at('Israel')),
  (ISR_PROT, ISR_GOV, ['PROTEST'], "300,000 at the protest held in Hostages Square, Tel Aviv", at('Tel Aviv')),
  (ISR_POLICE, ISR_PROT, ['COERCE'], "At least 32 protesters are arrested", at('Israel', r=F)),
 ],
 'law-crime-oct-20': [
  (unk(["thieves", "burglars", "robbers"]), oth(["louvre", "crown of empress eugénie", "crown of empress eugenie", "crown", "museum"], "FRA"), ['COERCE', 'ASSAULT'], "near the Louvre in Paris, France, following its burglary yesterday", at('Paris', r=F)),
  (ARM_POLICE, GHUKASYAN, ['COERCE'], "Police arrest Gyumri mayor Vardan Ghukasyan on bribery charges", at('Armenia')),
  (ARM_PROT, ARM_POLICE, ['PROTEST'], "prompting protests outside his office and the detention", at('Gyumri', r=F)),
  (ARM_POLICE, ARM_PROT, ['COERCE'], "the detention of at least 23 demonstrators", at('Gyumri', r=F)),
  (KOR_COURT, TEACHER, ['COERCE'], "A court in Daejeon, South Korea, sentences a teacher to life in prison", at('Daejeon')),
  (TEACHER, civ(["eight-year-old student", "student", "kim ha-neul"], "KOR"), ['ASSAULT'], "whom she stabbed at school in a murder-suicide attempt", NOWHERE_NR),
  (TATMADAW, KK_PARK, ['COERCE'], "The Tatmadaw conducts a raid on the KK Park scam center in Myawaddy Township", at('Myawaddy')),
  (LTU_GOV, BELARUS, ['SANCTION', 'COERCE'], "closes the country's airspace and borders", at('Lithuania', r=F)),
 ],
 'conflicts-dec-26': [
  (PAL_ATT, ISR_CIV, ['ASSAULT'], "stabbing attack by a Palestinian man in Beit She'an", at("Beit She'an")),
  (PAL_ATT, ISR_CIV, ['ASSAULT'], "in Beit She'an and Afula, Israel", at('Afula', r=F)),
  (ISR_POLICE, PAL_ATT, ['ASSAULT'], "The perpetrator is shot by police and hospitalized", at('Israel', r=F)),
  (SAAS, ALAWITES, ['ASSAULT'], "in an explosion caused by Saraya Ansar al-Sunnah at an Alawite mosque in Homs", at('Homs')),
  (unk(["drone strike", "drone", "unknown perpetrators", "perpetrators"]), TCD_MIL, ['ASSAULT'], "in a drone strike against a military base in Tine", at('Tine', r=F)),
 ],
 'conflicts-jan-21': [
  (IDF, PAL_CIV, ['ASSAULT'], "are killed in Israeli airstrikes in the Netzarim Corridor in Gaza", at('Gaza')),
  (IDF, LBN_CIV, ['ASSAULT'], "Israel launches a series of airstrikes in Lebanon, killing one person each in Tyre", at('Tyre')),
  (IDF, LBN_CIV, ['ASSAULT'], "killing one person each in Tyre and Sidon", at('Sidon', r=F)),
  (IDF, LBN_CIV, ['ASSAULT'], "and wounding 19 others in Qanarit", at('Qanarit', r=F)),
  (unk(["car bombing", "car bomb", "bombers", "unknown"]), YEM_GIANTS, ['ASSAULT'], "A car bombing near Aden, Yemen, targeting the motorcade", at('Aden', r=F)),
 ],
 'disasters-jan-24': [
  (nat(["winter storm", "storm", "north american winter storm"]), None, ['ASSAULT'], "Four people are killed from a winter storm in New York", at('New York', r=F)),
  (nat(["winter storm", "storm", "north american winter storm"]), None, ['ASSAULT'], "winter storm in New York and Tennessee, United States", at('Tennessee', r=F)),
  (nat(["shark attack", "bull shark attack", "bull shark", "shark"]), None, ['ASSAULT'], "caused by a bull shark attack off the coast of Sydney", at('Sydney', r=F)),
  (nat(["landslide", "west bandung landslide"]), None, ['ASSAULT'], "after a landslide at West Bandung Regency", at('West Bandung Regency', r=F)),
  (nat(["fire"]), None, ['ASSAULT'], "Six people are killed in a fire at a four-story furniture building in Hyderabad", at('Hyderabad', r=F)),
  (nat(["capsizing", "motor banca", "banca", "capsized"]), None, ['ASSAULT'], "are found off Sarangani, Davao Occidental, Philippines", at('Sarangani', r=F)),
  (nat(["gas explosion", "explosion", "fire", "multiple-alarm fire"]), None, ['ASSAULT'], "in a gas explosion and multiple-alarm fire at a 17-story apartment building in the Bronx", at('Bronx', r=F)),
  (nat(["landslides", "rain", "winds", "rain and winds"]), None, ['ASSAULT'], "Rain and winds have caused landslides", at('Catalonia', r=F)),
 ],
 'conflicts-feb-22': [
  (MEX_MIL, CJNG, ['ASSAULT'], "are killed during a security operation carried out by the Mexican Armed Forces near Tapalpa", at('Tapalpa')),
  (CJNG, MEX_GOV, ['ASSAULT', 'COERCE'], "CJNG members launched coordinated retaliatory attacks", at('Mexico', r=F)),
  (CJNG, MEX_MIL, ['ASSAULT'], "At least seven National Guard troops are killed in clashes with CJNG forces", at('Mexico')),
  (ENDF, AFNM, ['ASSAULT'], "At least 100 militants from the AFNM and ENDF are killed following clashes in Shawira", at('Shawira')),
  (AFNM, ENDF, ['ASSAULT'], "are killed following clashes in Shawira, Central Gondar Zone", at('Shawira', r=F)),
  (PAK_MIL, AFG_MILITANTS, ['ASSAULT'], "Pakistan carries out airstrikes on suspected militant camps in Nangarhar", at('Nangarhar')),
  (PAK_MIL, AFG_MILITANTS, ['ASSAULT'], "in Nangarhar and Paktika provinces, killing 18 people", at('Paktika', r=F)),
 ],
 'relations-feb-24': [
  (BOL_GOV, DEA, ['COOPERATE', 'AGREE'], "Bolivia resumes operational cooperation with the United States Drug Enforcement Administration", at('Bolivia')),
  (GUINEA, SLE_PERS, ['COERCE'], "Guinea has detained several of its army and police personnel", at('Sulima Chiefdom', r=F)),
  (HUN_GOV, UKRAINE, ['SANCTION', 'REJECT'], "Hungary has ended all support for Ukraine", at('Hungary')),
 ],
 'law-crime-mar-30': [
  (IRN_PARL, VESSELS, ['COERCE', 'SANCTION'], "approves a series of measures to impose tolls on vessels", at('Iran', r=F)),
  (KNESSET, PALS, ['COERCE'], "The Knesset passes a bill allowing for mandatory executions", at('Israel', r=F)),
  (VICPOL, FREEMAN, ['ASSAULT'], "Victoria Police fatally shoot Dezi Freeman", NOWHERE),
  (FREEMAN, AUS_POLICE_VICT, ['ASSAULT'], "after he killed two police officers and seriously injured another in a shooting in Porepunkah", at('Porepunkah', r=F)),
  (ARG_SUSPECT, ARG_VICT, ['ASSAULT'], "One person is killed and eight others are injured in a school shooting in San Cristóbal", at('San Cristóbal', r=F)),
  (ARG_POLICE, ARG_SUSPECT, ['COERCE'], "A 15-year-old suspect is taken into custody", at('San Cristóbal', r=F)),
  (BHR_MOI, BHR_CELL, ['COERCE'], "three men have been arrested for allegedly trying to form a terrorist cell", at('Bahrain', r=F)),
 ],
 'disasters-jun-24': [
  (nat(["wildfire", "fire"]), None, ['ASSAULT'], "A wildfire burns over 350 acres and destroys a home in Garfield County", at('Garfield County', r=F)),
  (nat(["cottonwood fire", "fire", "wildfire"]), None, ['ASSAULT'], "The Cottonwood Fire burns over 59,000 acres near the Eagle Point Resort in Beaver", at('Beaver', r=F)),
  (nat(["earthquake", "doublet earthquake", "foreshock", "mainshock", "mw 7.5 mainshock"]), None, ['ASSAULT'], "a Mw 7.5 mainshock, strikes Yaracuy, Venezuela", at('Yaracuy', r=F)),
  (nat(["earthquake", "doublet earthquake", "mainshock"]), None, ['ASSAULT'], "Severe damage and collapsed buildings are recorded in Caracas", at('Caracas', r=F)),
  (nat(["fire", "deadly fire"]), None, ['ASSAULT'], "After the deadly fire in Lucknow, Uttar Pradesh, India", at('Lucknow', r=F)),
  (UP_GOV, INSTITUTES, ['COERCE', 'SANCTION'], "state authorities close down 59 coaching institutes", at('Uttar Pradesh')),
  (nat(["collapse", "warehouse collapse", "under-construction warehouse", "warehouse"]), None, ['ASSAULT'], "after an under-construction warehouse collapses in West Bengal", at('West Bengal', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
