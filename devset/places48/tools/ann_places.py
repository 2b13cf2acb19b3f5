# Gold events of the forty-eighth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'France': ('FRA', (46.6, 2.4)), 'Philippines': ('PHL', (12.9, 122.0)), 'Thailand': ('THA', (15.9, 100.9)),
 'Russia': ('RUS', (61.5, 105.3)), 'Israel': ('ISR', (31.4, 35.0)), 'Nepal': ('NPL', (28.4, 84.1)),
 'Ukraine': ('UKR', (48.4, 31.2)), 'Italy': ('ITA', (42.8, 12.8)), 'Latvia': ('LVA', (56.9, 24.6)),
 # regions, provinces, states, governorates, departments, districts, regencies, territories
 'British Columbia': ('CAN', (53.7, -127.6)), 'Gaza Strip': ('PSE', (31.42, 34.38)),
 'Idlib Governorate': ('SYR', (35.8, 36.6)), 'New South Wales': ('AUS', (-32.2, 147.0)),
 'Sololá Department': ('GTM', (14.77, -91.18)), 'Ganjam district': ('IND', (19.4, 84.9)),
 'Siak Regency': ('IDN', (0.9, 101.8)), 'Jammu and Kashmir': ('IND', (33.5, 75.0)),
 'Kamjong district': ('IND', (24.9, 94.4)), 'Mambasa Territory': ('COD', (1.3, 29.0)),
 # cities, towns, villages, communes, islands
 'Vancouver': ('CAN', (49.28, -123.12)), 'Monreale': ('ITA', (38.08, 13.29)),
 'Colorado Springs': ('USA', (38.83, -104.82)), 'Elizabeth City': ('USA', (36.30, -76.22)),
 'Irapuato': ('MEX', (20.67, -101.35)), 'Mungazi': ('COD', (-0.5, 29.0)),
 'Mahaas': ('SOM', (4.4, 45.1)), 'Komanda': ('COD', (1.37, 29.77)), 'Uson': ('PHL', (12.23, 123.78)),
 'El Empalme': ('ECU', (-1.05, -79.64)), 'Antananarivo': ('MDG', (-18.91, 47.52)),
 'Esmeraldas': ('ECU', (0.96, -79.65)), 'Sobral': ('BRA', (-3.69, -40.35)),
 'Kfar Qud': ('PSE', (32.47, 35.24)), 'Rafah': ('PSE', (31.28, 34.25)), 'Gaza City': ('PSE', (31.50, 34.47)),
 'Rio de Janeiro': ('BRA', (-22.91, -43.17)), 'Al-Fashir': ('SDN', (13.63, 25.35)),
 'Tai Po': ('HKG', (22.45, 114.17)), 'Camalig': ('PHL', (13.18, 123.65)),
 'Mucuri': ('BRA', (-18.09, -39.55)), 'Phình Hồ': ('VNM', (21.45, 104.40)), 'Padar': ('IDN', (-8.65, 119.57)),
 'Yilan': ('TWN', (24.75, 121.75)), 'Ahvaz': ('IRN', (31.32, 48.67)), 'Bandar Abbas': ('IRN', (27.18, 56.27)),
 'Karaj': ('IRN', (35.83, 50.99)), 'Parand': ('IRN', (35.48, 50.94)),
 'Tel Aviv': ('ISR', (32.08, 34.78)), 'Haifa': ('ISR', (32.79, 34.99)), 'Jerusalem': ('ISR', (31.78, 35.22)),
 'Beersheba': ('ISR', (31.25, 34.79)), 'Shariff Aguak': ('PHL', (6.86, 124.44)), 'Derby': ('GBR', (52.92, -1.48)),
 'Jam': ('IRN', (27.82, 52.33)), 'Choueifat': ('LBN', (33.81, 35.51)), 'Galați': ('ROU', (45.44, 28.05)),
 'Al-Murra': ('SDN', (13.7, 30.4)), 'Melilla': ('ESP', (35.29, -2.94)), 'Ceuta': ('ESP', (35.89, -5.32)),
}
COUNTRY_LEVEL = {'France', 'Philippines', 'Thailand', 'Russia', 'Israel', 'Nepal', 'Ukraine', 'Italy', 'Latvia'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE_NR = {'r': False}


def nat(names):
    """a natural event or accident: no agent (source = the event itself, kind other)"""
    return oth(names, None)


def unk(names=("gunmen", "unknown", "attackers")):
    return oth(list(names), None)


# actors
CAN_ATTACKER = oth(["perpetrator", "driver", "attacker", "suspect", "kai-ji adam lo"], "CAN")
CAN_CIV = civ(["people", "festival-goers", "crowd", "civilians", "filipino canadians"], "CAN")
BCPS = gov(["british columbia prosecution service", "prosecution service", "prosecutors", "crown", "british columbia", "canada"], "CAN")
ITA_CIV = civ(["people", "three people", "victims"], "ITA")
UKR_NAT = ag(["ukrainian nationalists", "nationalists", "upa", "ukrainian insurgent army"], "UKR")
POL_CIV = civ(["civilians", "polish civilians", "poles", "100,000 civilians", "victims"], "POL")
USA_ICE = gov(["dea", "ice", "dea and ice", "drug enforcement administration", "immigration and customs enforcement", "federal agents", "united states", "us"], "USA")
USA_MIGR = civ(["people", "114 people", "immigrants", "migrants", "undocumented immigrants"], None)
USA_CIV = civ(["people", "students", "one person", "victims"], "USA")
MEX_CIV = civ(["people", "partygoers", "civilians", "11 people", "teenager"], "MEX")
COD_SOLDIER = mil(["soldier", "a soldier", "congolese soldier", "fardc", "armed forces of the democratic republic of the congo"], "COD")
COD_MIL = mil(["soldiers", "colleagues", "his colleagues", "three soldiers", "fardc", "congolese army"], "COD")
FRA_POLICE = gov(["french police", "police", "france", "french authorities"], "FRA")
FRA_SUSP = civ(["people", "12 people", "suspects", "attackers"], "FRA")
FRA_CIV = civ(["people", "145 people", "festival-goers", "revellers", "victims"], "FRA")
PSE_CIV = civ(["palestinians", "73 palestinians", "people", "aid seekers", "civilians", "gazans"], "PSE")
ISR_MIL = mil(["israeli air force", "israel defense forces", "idf", "israeli forces", "israeli troops", "israel", "israeli military", "israeli army", "air force"], "ISR")
SHABAAB = ag(["al-shabaab", "al shabaab", "shabaab", "militants"], "SOM")
SOM_MIL = mil(["army", "somali army", "somali national army", "ma'awisley", "ma'awisley militias", "militias", "somali forces", "somalia"], "SOM")
CAMBODIA = st(["cambodia", "cambodian government", "cambodian", "both sides"], "KHM")
THAILAND = st(["thailand", "thai government", "thai", "both sides"], "THA")
ADF = ag(["allied democratic forces", "adf", "militants", "allied democratic forces militants", "adf militants", "islamic state central africa province", "iscap"], "UGA")
COD_CIV = civ(["people", "civilians", "43 people", "worshippers", "villagers", "residents"], "COD")
PHL_MIL = mil(["philippine troops", "troops", "military", "armed forces of the philippines", "afp", "philippine army", "philippines"], "PHL")
NPA = ag(["new people's army", "npa", "guerrillas", "insurgents", "seven new people's army guerrillas", "communist rebels"], "PHL")
ECU_CIV = civ(["people", "bar patrons", "seventeen people", "customers", "civilians"], "ECU")
MDG_PROT = civ(["protesters", "demonstrators", "residents", "people", "malagasy", "rioters", "youth"], "MDG")
MDG_SEC = gov(["security forces", "police", "government", "madagascar", "malagasy government", "authorities"], "MDG")
FRA_COURT = gov(["court", "paris criminal court", "french court", "judges", "france", "french justice", "tribunal"], "FRA")
SARKOZY = per(["nicolas sarkozy", "sarkozy", "former french president", "former french president nicolas sarkozy"], "FRA")
HORTEFEUX = per(["brice hortefeux", "hortefeux", "claude guéant", "guéant", "claude gueant", "former interior ministers", "interior ministers"], "FRA")
ECU_INMATES = oth(["inmates", "prisoners", "gangs", "rioters"], "ECU")
PHL_DOJ = gov(["department of justice", "philippine department of justice", "doj", "national bureau of investigation", "nbi", "philippines"], "PHL")
ESCUDERO = per(["chiz escudero", "escudero", "senator chiz escudero", "nancy binay", "martin romualdez", "romualdez"], "PHL")
BRA_CIV = civ(["teenagers", "two teenagers", "students", "people", "pupils"], "BRA")
HAMAS = ag(["hamas", "al-qassam brigades", "qassam brigades", "palestinian militants"], "PSE")
QASSAM = ag(["al-qassam brigades", "qassam brigades", "militants", "al-qassam brigades militants", "three al-qassam brigades militants", "hamas"], "PSE")
ISRAEL = st(["israel", "israeli", "israeli government", "jerusalem", "israeli forces", "israeli troops"], "ISR")
BRA_POLICE = gov(["police", "police officers", "brazilian police", "rio de janeiro police", "security forces", "state police", "rio de janeiro", "brazil"], "BRA")
CV = ag(["comando vermelho", "red command", "gang members", "suspected gang members", "gang", "cv"], "BRA")
RSF = ag(["rapid support forces", "rsf", "paramilitary", "paramilitaries"], "SDN")
SDN_CIV = civ(["people", "civilians", "patients", "27 civilians", "over 460 people", "villagers"], "SDN")
HKG_POLICE = gov(["police", "hong kong police", "hong kong police force", "hong kong"], "HKG")
HKG_SUSP = oth(["three men", "men", "suspects", "construction company", "directors"], "HKG")
RUSSIA = st(["russia", "russian", "moscow", "russian government", "authorities", "russian authorities", "russian justice ministry", "justice ministry", "kremlin"], "RUS")
TALANKIN = per(["pavel talankin", "talankin", "filmmaker", "teacher"], "RUS")
JK_LAWMAKERS = gov(["lawmakers", "jammu & kashmir national conference", "jammu and kashmir national conference", "national conference", "jknc", "legislators", "mlas"], "IND")
JK_GOV = gov(["legislative assembly", "government", "india", "indian government", "jammu and kashmir", "jammu and kashmir government"], "IND")
LONE = per(["irfan hafiz lone", "lone", "inc lawmaker", "inc", "indian national congress", "congress"], "IND")
SETHI = per(["yudhvir sethi", "sethi", "bjp lawmaker", "bjp", "bharatiya janata party"], "IND")
ISR_PROT = civ(["protesters", "demonstrators", "anti-war protesters", "israelis", "people", "18 people", "activists"], "ISR")
ISR_POLICE = gov(["police", "israeli police", "israel police", "israel", "israeli authorities", "authorities"], "ISR")
ISR_GOV = gov(["israeli government", "government", "israel", "netanyahu", "benjamin netanyahu"], "ISR")
PHL_POLICE = gov(["police officers", "police", "five police officers", "philippine national police", "pnp", "officers"], "PHL")
IND_INSURG = ag(["insurgent groups", "insurgents", "militants", "armed groups", "tangkhul naga", "kuki"], "IND")
GBR_ATTACKER = oth(["indian national", "perpetrator", "driver", "suspect", "attacker", "man"], None)
GBR_CIV = civ(["people", "seven people", "pedestrians", "shoppers"], "GBR")
GBR_POLICE = gov(["police", "counter-terrorism police", "derbyshire police", "officers", "british police"], "GBR")
NPL_GOV = gov(["nepal", "nepal police", "police", "authorities", "government", "nepalese government", "nepali authorities"], "NPL")
OLI = per(["k. p. sharma oli", "oli", "sharma oli", "kp sharma oli", "former prime minister"], "NPL")
IRAN = st(["iran", "iranian", "iranian state media", "state media", "iranian forces", "iranian military", "tehran", "irgc", "islamic revolutionary guard corps"], "IRN")
USA = st(["united states", "us", "u.s.", "american", "u.s. central command", "central command", "centcom", "us military", "american aircraft"], "USA")
LBN_CIV = civ(["people", "three people", "children", "civilians", "residents"], "LBN")
RUS_MIL = mil(["russia", "russian", "russian drone", "russian forces", "russian military", "russian armed forces", "drone"], "RUS")
ROMANIA = st(["romania", "romanian", "residents", "people", "apartment building", "two people"], "ROU")
UKRAINE = st(["ukraine", "ukrainian"], "UKR")
SDN_DOCS = oth(["sudan doctors network", "doctors network", "sudan doctors", "doctors"], "SDN")
ESP_ARMY = mil(["spanish army", "spain", "spanish armed forces", "army", "spanish military"], "ESP")
MOROCCO = st(["morocco", "moroccan", "border with morocco", "moroccan border"], "MAR")
FRA_MIN = gov(["laurent nuñez", "nuñez", "laurent nunez", "french interior minister", "interior minister", "france", "french government"], "FRA")
SPAIN = st(["spain", "spanish", "spanish government", "madrid", "spanish authorities", "authorities", "spain's interior ministry", "interior ministry"], "ESP")
MIGRANTS = civ(["migrants", "undocumented migrants", "400 migrants", "around 400 migrants", "people"], None)
MELONI = gov(["giorgia meloni", "meloni", "italian prime minister", "italy", "christian stocker", "stocker", "austrian chancellor", "mari rantanen", "rantanen", "austria", "finland"], "ITA")
ITALY = st(["italy", "italian", "italian government", "rome"], "ITA")
LATVIA = st(["latvia", "latvian", "latvian government", "riga"], "LVA")
BELARUS = st(["belarus", "belarusian", "minsk"], "BLR")

ANN = {
 'law-crime-apr-27': [
  (CAN_ATTACKER, CAN_CIV, ['ASSAULT'], "The death toll from yesterday's vehicle-ramming attack at a street festival in Vancouver", at('Vancouver', r=F)),
  (BCPS, CAN_ATTACKER, ['COERCE', 'ACCUSE'], "The British Columbia Prosecution Service charges the perpetrator", at('British Columbia')),
  (unk(), ITA_CIV, ['ASSAULT'], "in a mass shooting after a quarrel outside a pizzeria in Monreale", at('Monreale', r=F)),
  (UKR_NAT, POL_CIV, ['ASSAULT'], "when Ukrainian nationalists murdered around 100,000 civilians", NOWHERE_NR),
  (USA_ICE, USA_MIGR, ['COERCE'], "are detained in a raid by the DEA and ICE at a nightclub in Colorado Springs", at('Colorado Springs')),
  (unk(("shooter", "gunman", "unknown")), USA_CIV, ['ASSAULT'], "are wounded in a school shooting during a university event", at('Elizabeth City', r=F)),
 ],
 'law-crime-jun-24': [
  (unk(), MEX_CIV, ['ASSAULT'], "when gunmen open fire at a party celebrating the Nativity of John the Baptist in Irapuato", at('Irapuato', r=F)),
  (COD_SOLDIER, COD_MIL, ['ASSAULT'], "when a soldier opens fire on his colleagues during an altercation over paychecks in Mungazi", at('Mungazi')),
  (FRA_POLICE, FRA_SUSP, ['COERCE'], "French police detain 12 people", at('France')),
  (unk(("attackers", "unknown", "syringe attackers")), FRA_CIV, ['ASSAULT'], "report being stabbed with syringes at Fête de la Musique sites across the country", at('France', r=F)),
 ],
 'conflicts-jul-27': [
  (unk(("unknown", "israeli forces", "gunfire")), PSE_CIV, ['ASSAULT'], "At least 73 Palestinians are killed while seeking humanitarian aid in the Gaza Strip", at('Gaza Strip', r=F)),
  (ISR_MIL, PSE_CIV, ['AID'], "The Israeli Air Force begins humanitarian aid drops over the Gaza Strip", at('Gaza Strip')),
  (SHABAAB, SOM_MIL, ['ASSAULT'], "Al-Shabaab seizes control of the central Somalia town of Mahaas", at('Mahaas')),
  (SOM_MIL, SHABAAB, ['RETREAT'], "prompting the army and local Ma'awisley militias to withdraw", at('Mahaas', r=F)),
  (CAMBODIA, THAILAND, ['AGREE', 'CONSULT'], "Cambodia and Thailand agree to negotiate a ceasefire", NOWHERE_NR),
  (CAMBODIA, THAILAND, ['ACCUSE'], "both sides accuse the other of violating the ceasefire", NOWHERE_NR),
  (ADF, COD_CIV, ['ASSAULT'], "Allied Democratic Forces militants attack the city of Komanda", at('Komanda')),
  (PHL_MIL, NPA, ['ASSAULT'], "are killed in a military operation in Uson, Masbate, Philippines", at('Uson')),
  (unk(), ECU_CIV, ['ASSAULT'], "after gunmen open fire on a bar in El Empalme", at('El Empalme', r=F)),
 ],
 'law-crime-sep-25': [
  (MDG_PROT, MDG_SEC, ['PROTEST'], "Unrest erupts in Antananarivo, Madagascar, following power and water cuts", at('Antananarivo')),
  (MDG_SEC, MDG_PROT, ['COERCE'], "Security forces impose an evening curfew", at('Antananarivo')),
  (FRA_COURT, SARKOZY, ['COERCE'], "Former French president Nicolas Sarkozy is sentenced to 5 years in prison", at('France')),
  (FRA_COURT, HORTEFEUX, ['COERCE'], "are sentenced to two years and six years of house arrest", at('France', r=F)),
  (ECU_INMATES, ECU_INMATES, ['ASSAULT'], "are killed in a prison riot in Esmeraldas", at('Esmeraldas', r=F)),
  (PHL_DOJ, ESCUDERO, ['ACCUSE', 'COERCE'], "file criminal graft and malversation charges against Senator Chiz Escudero", at('Philippines')),
  (unk(("shooter", "gunman", "student", "unknown")), BRA_CIV, ['ASSAULT'], "are injured and hospitalized in a school shooting in Sobral", at('Sobral', r=F)),
 ],
 'conflicts-oct-28': [
  (HAMAS, ISRAEL, ['REJECT'], "Hamas announces that it is postponing the return of the body of a dead hostage", NOWHERE_NR),
  (ISR_MIL, QASSAM, ['ASSAULT'], "are killed by Israeli troops in a shooting–airstrike attack in Kfar Qud", at('Kfar Qud')),
  (HAMAS, ISR_MIL, ['ASSAULT'], "Hamas fires at and launches an anti-tank missile at Israeli troops in Rafah", at('Rafah')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "in multiple Israeli retaliatory airstrikes across Gaza City", at('Gaza City')),
  (BRA_POLICE, CV, ['ASSAULT'], "are killed in large-scale raids on Comando Vermelho spots in Rio de Janeiro", at('Rio de Janeiro')),
  (BRA_POLICE, CV, ['COERCE'], "At least 81 suspected gang members are arrested in the operation", at('Rio de Janeiro', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "are killed in an attack on a hospital by the Rapid Support Forces in Al-Fashir", at('Al-Fashir')),
 ],
 'disasters-nov-26': [
  (nat(["fire", "wang fuk court fire", "housing estate fire"]), None, ['ASSAULT'], "A fire at a housing estate in Tai Po, Hong Kong", at('Tai Po', r=F)),
  (HKG_POLICE, HKG_SUSP, ['COERCE'], "Police arrest three men for suspected manslaughter in the fire", at('Tai Po')),
  (nat(["floods", "flood", "cyclone senyar"]), None, ['ASSAULT'], "The death toll from the floods in southern Thailand increases", at('Thailand', r=F)),
  (nat(["collision", "uv express van", "van", "truck"]), None, ['ASSAULT'], "when a UV Express van collides with a truck in Camalig", at('Camalig', r=F)),
  (nat(["explosion", "weapons depot"]), None, ['ASSAULT'], "are killed in an explosion at a weapons depot in Idlib Governorate", at('Idlib Governorate', r=F)),
  (nat(["shark attack", "bull shark", "shark"]), None, ['ASSAULT'], "in a bull shark attack off the coast of Crowdy Bay National Park", at('New South Wales', r=F)),
 ],
 'disasters-dec-27': [
  (nat(["bus", "crash", "bus crash"]), None, ['ASSAULT'], "as a bus plunges in to a ravine while driving on the Inter-American Highway", at('Sololá Department', r=F)),
  (nat(["accident", "crash", "two cars", "collision"]), None, ['ASSAULT'], "kills eleven people on the BR-101 highway near Mucuri", at('Mucuri', r=F)),
  (nat(["bus", "crash", "overturn"]), None, ['ASSAULT'], "when a bus carrying 19 charity workers overturns on a mountain in Phình Hồ", at('Phình Hồ', r=F)),
  (nat(["boat", "sinking", "boat sinking"]), None, ['ASSAULT'], "after a boat carrying eleven people sinks near Padar", at('Padar', r=F)),
  (nat(["earthquake", "mw 7.0 earthquake"]), None, ['ASSAULT'], "strikes 32 km (20 mi) off the coast of Yilan", at('Yilan', r=F)),
 ],
 'disasters-jan-31': [
  (nat(["explosions", "explosion", "gas leaks", "gas explosion"]), None, ['ASSAULT'], "are reported across the Iranian cities of Ahvaz", at('Ahvaz', r=F)),
  (nat(["explosions", "explosion", "gas leaks", "gas explosion"]), None, ['ASSAULT'], "cities of Ahvaz, Bandar Abbas", at('Bandar Abbas', r=F)),
  (nat(["explosions", "explosion", "gas leaks", "gas explosion"]), None, ['ASSAULT'], "Ahvaz, Bandar Abbas, Karaj, and", at('Karaj', r=F)),
  (nat(["explosions", "explosion", "gas leaks", "gas explosion"]), None, ['ASSAULT'], "Bandar Abbas, Karaj, and Parand", at('Parand', r=F)),
  (nat(["truck", "crash", "collision"]), None, ['ASSAULT'], "after a truck rams motorcycles in Ganjam district", at('Ganjam district', r=F)),
  (nat(["collapse", "fort building", "building collapse"]), None, ['ASSAULT'], "A historic Dutch fort building in Siak Regency, Indonesia, collapses", at('Siak Regency', r=F)),
 ],
 'politics-mar-27': [
  (RUSSIA, TALANKIN, ['COERCE', 'ACCUSE'], "Russia designates filmmaker and teacher Pavel Talankin", at('Russia')),
  (RUSSIA, TALANKIN, ['ACCUSE'], "after authorities accuse him of spreading disinformation about the government", at('Russia', r=F)),
  (JK_LAWMAKERS, JK_GOV, ['PROTEST'], "Lawmakers from the Jammu & Kashmir National Conference protest outside the legislative assembly", at('Jammu and Kashmir')),
  (LONE, SETHI, ['ASSAULT', 'THREATEN', 'ACCUSE'], "a major confrontation breaks out between INC lawmaker Irfan Hafiz Lone", at('Jammu and Kashmir', r=F)),
 ],
 'law-crime-mar-28': [
  (ISR_PROT, ISR_GOV, ['PROTEST'], "anti-war protests held across Israel against the Iran war", at('Israel')),
  (ISR_POLICE, ISR_PROT, ['COERCE'], "Around 18 people are arrested during anti-war protests", at('Israel')),
  (ISR_POLICE, ISR_PROT, ['COERCE'], "including 13 in Tel Aviv", at('Tel Aviv', r=F)),
  (ISR_POLICE, ISR_PROT, ['COERCE'], "13 in Tel Aviv and 5 in Haifa", at('Haifa', r=F)),
  (ISR_PROT, ISR_GOV, ['PROTEST'], "Protests are also held in Jerusalem", at('Jerusalem')),
  (ISR_PROT, ISR_GOV, ['PROTEST'], "held in Jerusalem and Beersheba", at('Beersheba', r=F)),
  (unk(("unidentified gunmen", "gunmen", "unknown")), PHL_POLICE, ['ASSAULT'], "in an ambush by unidentified gunmen in Shariff Aguak", at('Shariff Aguak', r=F)),
  (IND_INSURG, IND_INSURG, ['ASSAULT'], "during clashes between insurgent groups in Kamjong district", at('Kamjong district')),
  (GBR_ATTACKER, GBR_CIV, ['ASSAULT'], "are injured in a vehicle ramming attack in Derby", at('Derby', r=F)),
  (GBR_POLICE, GBR_ATTACKER, ['COERCE'], "An Indian national in his 30s is arrested", at('Derby', r=F)),
  (NPL_GOV, OLI, ['COERCE'], "Nepal's former prime minister K. P. Sharma Oli is arrested", at('Nepal')),
 ],
 'conflicts-may-29': [
  (IRAN, USA, ['ASSAULT'], "Iran shot down an American aircraft near the city of Jam", at('Jam', r=F)),
  (USA, IRAN, ['REJECT'], "the U.S. Central Command denies any such claim", NOWHERE_NR),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "are killed and fifteen others are injured in an Israeli airstrike in Choueifat", at('Choueifat')),
  (RUS_MIL, ROMANIA, ['ASSAULT'], "crashes into an apartment building in Galați", at('Galați')),
  (RUS_MIL, UKRAINE, ['ASSAULT'], "enters Romanian airspace during an attack on Ukraine", at('Ukraine', r=F)),
  (SDN_DOCS, RSF, ['ACCUSE'], "The Sudan Doctors Network accuse the Rapid Support Forces", at('Al-Murra', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "of killing 27 civilians in the Al-Murra village", at('Al-Murra', r=F)),
  (ADF, COD_CIV, ['ASSAULT'], "were killed by Allied Democratic Forces attacks during May in the Mambasa Territory", at('Mambasa Territory', r=F)),
 ],
 'relations-jul-31': [
  (ESP_ARMY, MOROCCO, ['MOBILIZE'], "the Spanish Army deploying military vehicles towards the border with Morocco", NOWHERE_NR),
  (FRA_MIN, SPAIN, ['COERCE', 'MOBILIZE'], "he has ordered increased controls at the border with Spain", at('France')),
  (MELONI, SPAIN, ['REQUEST'], "in calling for Spain to be suspended from the Schengen Area", NOWHERE_NR),
  (SPAIN, MOROCCO, ['COERCE'], "Spanish authorities close the Melilla border crossing with Morocco", at('Melilla')),
  (MIGRANTS, SPAIN, ['ASSAULT', 'PROTEST'], "after around 400 migrants stormed the border barrier", at('Melilla', r=F)),
  (ITALY, SPAIN, ['COERCE', 'SANCTION'], "Italy suspends Schengen border-free travel with Spain", at('Italy')),
  (SPAIN, MIGRANTS, ['COERCE'], "authorities have returned about 48,300 of roughly 50,000 migrants who entered Ceuta", at('Ceuta')),
  (LATVIA, BELARUS, ['COERCE', 'SANCTION'], "Latvia announces the sudden closure of its border with Belarus", at('Latvia')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
