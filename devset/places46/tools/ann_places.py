# Gold events of the forty-sixth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Israel': ('ISR', (31.4, 35.0)), 'Italy': ('ITA', (42.8, 12.5)), 'India': ('IND', (22.0, 79.0)),
 'Uganda': ('UGA', (1.4, 32.3)), 'Portugal': ('PRT', (39.6, -8.0)), 'Ecuador': ('ECU', (-1.5, -78.3)),
 'Madagascar': ('MDG', (-19.4, 46.7)), 'United States': ('USA', (39.8, -98.6)),
 'South Korea': ('KOR', (36.4, 127.9)), 'Nigeria': ('NGA', (9.1, 8.7)), 'Lebanon': ('LBN', (33.9, 35.9)),
 'Thailand': ('THA', (15.1, 101.0)), 'Russia': ('RUS', (61.5, 96.0)),
 # regions, states, provinces, oblasts, districts, departments, islands
 'Republic of Tatarstan': ('RUS', (55.5, 50.9)), 'Bryansk Oblast': ('RUS', (52.9, 33.4)),
 'Saratov Oblast': ('RUS', (51.7, 46.6)), 'Tula Oblast': ('RUS', (53.9, 37.5)), 'Belgorod Oblast': ('RUS', (50.7, 37.4)),
 'Borno State': ('NGA', (11.6, 13.0)), 'Manitoba': ('CAN', (54.5, -97.5)), 'Hardoi District': ('IND', (27.4, 80.1)),
 'Oxfordshire': ('GBR', (51.8, -1.3)), 'Lower Juba': ('SOM', (-0.3, 41.9)), 'Sennar State': ('SDN', (13.0, 34.0)),
 'El Oro': ('ECU', (-3.5, -79.8)), 'Guayas': ('ECU', (-2.0, -80.0)), 'Los Ríos': ('ECU', (-1.4, -79.5)),
 'Santo Domingo de los Tsáchilas': ('ECU', (-0.25, -79.2)), 'Chocó Department': ('COL', (5.7, -76.6)),
 'East Java': ('IDN', (-7.6, 112.4)), 'Luzon': ('PHL', (16.5, 121.0)),
 # cities, towns, villages
 'Jenin': ('PSE', (32.46, 35.30)), 'Sumy': ('UKR', (50.91, 34.80)), 'Gaza City': ('PSE', (31.52, 34.45)),
 'Konotopa': ('POL', (52.22, 20.80)), 'Anaconda': ('USA', (46.13, -112.94)), 'Seoul': ('KOR', (37.57, 126.98)),
 'Atlanta': ('USA', (33.75, -84.39)), 'Quito': ('ECU', (-0.18, -78.47)), 'Spin Boldak': ('AFG', (31.00, 66.40)),
 'Bahramcha': ('AFG', (29.45, 64.40)), 'Santa Elena': ('ECU', (-2.23, -80.86)), 'Paris': ('FRA', (48.86, 2.35)),
 'Gaza Strip': ('PSE', (31.42, 34.38)), 'Tiko': ('CMR', (4.07, 9.36)), 'Verulam': ('ZAF', (-29.64, 31.05)),
 'Majdal Anjar': ('LBN', (33.71, 35.90)), 'Bryansk': ('RUS', (53.25, 34.37)), 'Morón': ('CUB', (22.11, -78.63)),
 'Amsterdam': ('NLD', (52.37, 4.90)), 'Gibraltar': ('GIB', (36.14, -5.35)), 'Port Moresby': ('PNG', (-9.44, 147.18)),
 'Manizales': ('COL', (5.07, -75.52)), 'Baguio': ('PHL', (16.41, 120.60)),
}
COUNTRY_LEVEL = {'Israel', 'Italy', 'India', 'Uganda', 'Portugal', 'Ecuador', 'Madagascar', 'United States',
                 'South Korea', 'Nigeria', 'Lebanon', 'Thailand', 'Russia'}


def at(name, r=True):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    return o


NOWHERE_NR = {'w': None, 'r': False}


def nat(names):
    """a natural event or accident: no agent (source = the event, kind other)"""
    return oth(names, None)


def unk(names=("unknown", "unknown attackers", "attackers", "gunman", "perpetrator")):
    return oth(list(names), None)


# actors
ISR = st(["israel", "israeli", "israeli military", "israel defense forces", "idf", "israeli forces", "israeli government"], "ISR")
HAMAS = ag(["hamas", "hamas officials", "al-qassam brigades", "hamas fighters"], "PSE")
PSE_CIV = civ(["palestinians", "civilians", "people", "palestinian", "gazans", "men", "eight men"], "PSE")
QASSAM = ag(["al-qassam brigades militants", "al-qassam brigades", "militants", "four al-qassam brigades militants", "hamas"], "PSE")
UKR = st(["ukraine", "ukrainian", "ukrainian forces", "ukrainian military", "kyiv"], "UKR")
RUS = st(["russia", "russian", "russian forces", "russian military", "moscow", "russian defence ministry", "iskander-m"], "RUS")
RUS_MOD = gov(["russian defence ministry", "russian defense ministry", "defence ministry", "russia", "russian"], "RUS")
UKR_CIV = civ(["people", "civilians", "ukrainians", "sumy residents"], "UKR")
UKR_MIL = mil(["military gathering", "ukrainian military", "ukrainian soldiers", "117th territorial defense brigade", "ukraine"], "UKR")
PRK = st(["north korea", "north korean", "pyongyang", "korean people's army"], "PRK")
HOUTHIS = ag(["houthis", "houthi", "houthi forces", "yemen's houthi forces", "yemen", "ansar allah"], "YEM")
SEMENIKHIN = per(["artem semenikhin", "semenikhin", "mayor of konotop", "mayor"], "UKR")
ARTYUKH = gov(["volodymyr artyukh", "artyukh", "regional governor", "governor"], "UKR")
HOSPITAL = civ(["al-ahli arab baptist hospital", "hospital", "al-ahli hospital", "palestinians", "patients"], "PSE")
NGA_JIHAD = ag(["islamic extremists", "extremists", "boko haram", "islamists", "militants"], "NGA")
NGA_CIV = civ(["people", "bus", "passengers", "eight people", "civilians"], "NGA")
GANDHI = per(["rahul gandhi", "gandhi", "leader of the opposition", "congress"], "IND")
ECI = gov(["election commission of india", "election commission", "eci", "bjp"], "IND")
USA_POLICE = gov(["police", "authorities", "police officers", "law enforcement"], "USA")
USA_SHOOTER = oth(["perpetrator", "suspected perpetrator", "suspect", "gunman", "shooter"], "USA")
USA_CIV = civ(["people", "four people", "patrons", "victims"], "USA")
SEOUL_COURT = gov(["seoul central district court", "court", "district court", "south korean court"], "KOR")
LEE = per(["lee sang-min", "lee", "former interior minister lee sang-min", "interior minister"], "KOR")
UGA_COURT = gov(["uganda high court", "high court", "court", "uganda"], "UGA")
BESIGYE = per(["kizza besigye", "besigye", "opposition figure kizza besigye"], "UGA")
PRT_COURT = gov(["portugal's constitutional court", "constitutional court", "court", "portugal", "portuguese constitutional court"], "PRT")
PRT_PARL = gov(["parliament", "parliamentary bill", "assembly of the republic", "portuguese parliament", "bill"], "PRT")
ECU_POLICE = gov(["police", "ecuadorian police", "security forces"], "ECU")
ECU_PROT = civ(["protestors", "protesters", "demonstrators", "indigenous federation", "conaie"], "ECU")
NOBOA = gov(["daniel noboa", "noboa", "president daniel noboa", "ecuadorian president daniel noboa", "ecuador", "government"], "ECU")
ECU_INDIG = oth(["indigenous federation", "conaie", "confederation of indigenous nationalities of ecuador", "protesters"], "ECU")
ISR_HOST = civ(["israeli hostages", "hostages", "israel", "bodies", "red cross"], "ISR")
PSE_DET = civ(["palestinian detainees", "detainees", "palestinians", "prisoners", "hamas"], "PSE")
PAK = st(["pakistan", "pakistani", "pakistani military", "pakistani air force", "pakistani airstrikes"], "PAK")
AFG_SEC = mil(["security forces", "afghan security forces", "afghan forces", "taliban", "afghanistan", "commander"], "AFG")
RAJOELINA = gov(["andry rajoelina", "rajoelina", "malagasy president andry rajoelina", "president", "madagascar"], "MDG")
MDG_MIL = mil(["armed forces", "malagasy armed forces", "military", "army", "capsat"], "MDG")
MDG_PROT = civ(["protesters", "gen z", "gen z-led protests", "protestors", "demonstrators"], "MDG")
TRUMP = gov(["donald trump", "trump", "united states president donald trump", "president", "united states", "us"], "USA")
PARDONED = per(["77 people", "political allies", "people", "allies", "fake electors"], "USA")
KOR_PROS = gov(["prosecutors", "special counsel", "special prosecutor", "south korea", "authorities"], "KOR")
YOON = per(["yoon suk yeol", "yoon", "former south korean president yoon suk yeol", "kim yong-hyun", "yeo in-hyung"], "KOR")
EFCC = gov(["nigeria's anti-graft agency", "anti-graft agency", "economic and financial crimes commission", "efcc", "nigeria"], "NGA")
SYLVA = per(["timipre sylva", "sylva", "former petroleum minister timipre sylva"], "NGA")
INMATES = civ(["inmates", "300 high-risk inmates", "high-risk inmates", "jorge glas", "prisoners"], "ECU")
PARIS_COURT = gov(["court of appeals", "paris court of appeals", "court", "french court", "appeals court"], "FRA")
SARKOZY = per(["nicolas sarkozy", "sarkozy", "former president nicolas sarkozy"], "FRA")
LBN = st(["lebanon", "lebanese", "lebanese judiciary", "lebanese authorities"], "LBN")
HGADDAFI = per(["hannibal gaddafi", "gaddafi", "hannibal"], "LBY")
THA_COURT = gov(["thai court", "court", "thailand", "thai"], "THA")
SHE = per(["she zhijiang", "she", "kingpin", "convicted kingpin she zhijiang"], "CHN")
PSE_GAZA = civ(["palestinians", "eleven palestinians", "militants", "people", "gazans"], "PSE")
PIJ = ag(["palestinian islamic jihad", "pij", "islamic jihad", "operatives", "people", "vehicle"], "PSE")
RUS_GRID = oth(["power stations", "russian power stations", "russia", "russian", "power grid", "bryansk"], "RUS")
JUBALAND = mil(["jubaland forces", "jubaland", "jubaland security forces", "somali forces"], "SOM")
US_TROOPS = mil(["american troops", "us troops", "u.s. troops", "united states", "us military", "american"], "USA")
SHABAAB = ag(["al-shabaab", "al-shabaab insurgents", "insurgents", "al shabaab", "shabaab"], "SOM")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SDN_CIV = civ(["people", "hospital", "civilians", "patients", "three people"], "SDN")
CUB_GOV = gov(["cuban authorities", "authorities", "cuba", "cuban government", "police"], "CUB")
CUB_PROT = civ(["protesters", "five people", "people", "demonstrators", "small group of protesters"], "CUB")
PCC = oth(["communist party", "communist party office", "party office", "cuban government", "cuba"], "CUB")
NLD_SCHOOL = civ(["jewish school", "school", "jews", "jewish community", "jewish buildings"], "NLD")
ECU_GOV = gov(["ecuador", "ecuadorian government", "government", "ecuadorian authorities", "noboa"], "ECU")
ECU_POP = civ(["residents", "population", "people", "criminal organizations", "provinces"], "ECU")
UK_EU = st(["united kingdom", "uk", "european union", "eu", "britain", "british"], "GBR")
ESP = st(["spain", "spanish", "gibraltar"], "ESP")
PNG = gov(["papua new guinea", "papuan foreign minister justin tkatchenko", "justin tkatchenko", "tkatchenko", "papuan"], "PNG")
TWN = st(["taiwan", "taiwanese", "taiwan's representative office", "representative office"], "TWN")

ANN = {
 'conflicts-jan-14': [
  (HAMAS, ISR, ['AGREE'], "Hamas officials say that they have accepted a draft agreement", NOWHERE_NR),
  (ISR, QASSAM, ['ASSAULT'], "are killed during an Israeli airstrike in Jenin", at('Jenin')),
  (UKR, RUS, ['ASSAULT'], "Ukraine strikes targets in the Republic of Tatarstan", at('Republic of Tatarstan')),
  (UKR, RUS, ['ASSAULT'], "Republic of Tatarstan and Bryansk, Saratov", at('Bryansk Oblast', r=F)),
  (UKR, RUS, ['ASSAULT'], "and Bryansk, Saratov, and Tula oblasts", at('Saratov Oblast', r=F)),
  (UKR, RUS, ['ASSAULT'], "Saratov, and Tula oblasts, Russia, with more than 200 drones", at('Tula Oblast', r=F)),
  (PRK, None, ['MOBILIZE', 'THREATEN'], "North Korea launches multiple short-range ballistic missiles into the Sea of Japan", NOWHERE_NR),
  (HOUTHIS, ISR, ['ASSAULT'], "Yemen's Houthi forces fire a missile at Israel", at('Israel')),
 ],
 'conflicts-apr-13': [
  (RUS, UKR_CIV, ['ASSAULT'], "two Russian Iskander-M ballistic missiles carrying cluster munitions strike the centre of Sumy", at('Sumy')),
  (RUS_MOD, UKR_MIL, ['ASSAULT'], "The Russian Defence Ministry says the strike targeted a military gathering in the city", at('Sumy', r=F)),
  (SEMENIKHIN, ARTYUKH, ['ACCUSE'], "says regional Governor Volodymyr Artyukh planned an awards ceremony", NOWHERE_NR),
  (ISR, HOSPITAL, ['ASSAULT'], "Israel destroys part of the last fully functional hospital in Gaza City", at('Gaza City')),
  (NGA_JIHAD, NGA_CIV, ['ASSAULT'], "after a roadside bomb suspected to be planted by Islamic extremists hits a bus", at('Borno State', r=F)),
 ],
 'disasters-may-15': [
  (nat(["wildfires", "wildfire", "canadian wildfires"]), None, ['ASSAULT'], "after wildfires spread across central Manitoba", at('Manitoba', r=F)),
  (nat(["sinking", "bayesian", "bayesian superyacht", "wind"]), None, ['ASSAULT'], "the sinking of the Bayesian superyacht that killed seven people", at('Italy', r=F)),
  (nat(["collision", "auto-rickshaw", "truck"]), None, ['ASSAULT'], "collided head-on in Hardoi District", at('Hardoi District', r=F)),
  (nat(["crash", "van", "truck", "collision"]), None, ['ASSAULT'], "after a van drives into the back of a truck", at('Konotopa', r=F)),
  (nat(["fire", "blaze"]), None, ['ASSAULT'], "in a fire at a former Royal Air Force base in Oxfordshire", at('Oxfordshire', r=F)),
 ],
 'law-crime-aug-08': [
  (GANDHI, ECI, ['ACCUSE'], "alleges an electoral fraud(vote chori) done by the Election Commission of India", at('India', r=F)),
  (USA_SHOOTER, USA_CIV, ['ASSAULT'], "the bar shooting that killed four people last week in Anaconda", at('Anaconda', r=F)),
  (USA_POLICE, USA_SHOOTER, ['COERCE'], "Anaconda, Montana, United States, is arrested", at('Anaconda', r=F)),
  (SEOUL_COURT, LEE, ['REJECT'], "The Seoul Central District Court rejects a petition brought by former interior minister Lee Sang-min", at('Seoul')),
  (USA_SHOOTER, USA_POLICE, ['ASSAULT'], "in a shooting at the CDC building near Emory University in Atlanta", at('Atlanta', r=F)),
  (UGA_COURT, BESIGYE, ['REJECT', 'COERCE'], "The Uganda High Court denies bail to opposition figure Kizza Besigye", at('Uganda')),
  (PRT_COURT, PRT_PARL, ['REJECT'], "Portugal's Constitutional Court blocks a parliamentary bill", at('Portugal')),
 ],
 'politics-oct-12': [
  (ECU_POLICE, ECU_PROT, ['COERCE', 'ASSAULT'], "Police clash with protestors in Quito", at('Quito')),
  (ECU_PROT, NOBOA, ['PROTEST'], "amid ongoing demonstrations against President Daniel Noboa", at('Ecuador', r=F)),
  (NOBOA, ECU_INDIG, ['REJECT'], "Noboa has refused to negotiate with the Indigenous federation", at('Ecuador', r=F)),
 ],
 'conflicts-oct-13': [
  (HAMAS, ISR_HOST, ['CONCEDE', 'COOPERATE'], "Hamas hands over the 20 remaining living Israeli hostages to the Red Cross", NOWHERE_NR),
  (ISR, PSE_DET, ['CONCEDE', 'COOPERATE'], "Israel releases over 1,900 Palestinian detainees", NOWHERE_NR),
  (ISR, PSE_CIV, ['ASSAULT'], "shootings by the Israeli military that killed over 2,600 people seeking food aid", NOWHERE_NR),
  (HAMAS, ISR_HOST, ['CONCEDE', 'COOPERATE'], "Hamas returns the bodies of four of the 28 deceased Israeli hostages", NOWHERE_NR),
  (HAMAS, PSE_CIV, ['ASSAULT'], "Hamas publicly executes eight men in Gaza City", at('Gaza City')),
  (PAK, AFG_SEC, ['ASSAULT'], "killed in two Pakistani airstrikes in Spin Boldak", at('Spin Boldak')),
  (PAK, AFG_SEC, ['ASSAULT'], "in Spin Boldak and Bahramcha, Afghanistan", at('Bahramcha', r=F)),
  (RAJOELINA, MDG_PROT, ['RETREAT'], "Malagasy president Andry Rajoelina flees the country", at('Madagascar', r=F)),
  (MDG_PROT, RAJOELINA, ['PROTEST'], "following weeks of Gen Z-led protests against him", at('Madagascar', r=F)),
  (MDG_MIL, RAJOELINA, ['COERCE'], "confirms a coup d'état is underway", at('Madagascar', r=F)),
 ],
 'law-crime-nov-10': [
  (TRUMP, PARDONED, ['CONCEDE'], "United States president Donald Trump grants pardons to 77 people", at('United States')),
  (KOR_PROS, YOON, ['ACCUSE', 'COERCE'], "are indicted on additional charges related to Yoon's attempt to invoke martial law", at('South Korea', r=F)),
  (EFCC, SYLVA, ['COERCE'], "Nigeria's anti-graft agency issues an arrest warrant for former petroleum minister Timipre Sylva", at('Nigeria')),
  (NOBOA, INMATES, ['COERCE'], "transfers 300 high-risk inmates, including former vice president Jorge Glas", at('Santa Elena')),
  (PARIS_COURT, SARKOZY, ['CONCEDE'], "A court of appeals in Paris, France, releases former president Nicolas Sarkozy", at('Paris')),
  (LBN, HGADDAFI, ['CONCEDE'], "Lebanon grants a US$900,000 bail to Hannibal Gaddafi", at('Lebanon')),
  (THA_COURT, SHE, ['COERCE'], "A Thai court orders the extradition of convicted kingpin She Zhijiang to China", at('Thailand')),
 ],
 'disasters-dec-12': [
  (nat(["storm", "severe storm", "hypothermia", "cold"]), None, ['ASSAULT'], "amid a severe storm in the Gaza Strip", at('Gaza Strip', r=F)),
  (nat(["collapse", "homes", "storm"]), None, ['ASSAULT'], "At least 13 homes previously damaged by Israel have also collapsed", at('Gaza Strip', r=F)),
  (nat(["crash", "tank truck", "explosion", "truck"]), None, ['ASSAULT'], "when a tank truck crashes and explodes in Tiko", at('Tiko', r=F)),
  (nat(["collapse", "building collapse", "building", "under-construction building"]), None, ['ASSAULT'], "when an under-construction building on top of a Hindu temple collapses in Verulam", at('Verulam', r=F)),
 ],
 'conflicts-feb-15': [
  (ISR, PSE_GAZA, ['ASSAULT'], "Eleven Palestinians, including several militants, are killed in Israeli strikes in Gaza", at('Gaza Strip')),
  (ISR, PIJ, ['ASSAULT'], "are killed in an Israeli drone strike on a vehicle targeting Palestinian Islamic Jihad operatives in Majdal Anjar", at('Majdal Anjar')),
  (UKR, RUS_GRID, ['ASSAULT'], "following a large-scale Ukrainian missile and drone attack on Russian power stations", at('Russia')),
  (UKR, RUS_GRID, ['ASSAULT'], "in several oblasts in Russia, including Belgorod", at('Belgorod Oblast', r=F)),
  (UKR, RUS_GRID, ['ASSAULT'], "confirms the regional capital Bryansk has lost most of its electricity", at('Bryansk', r=F)),
  (JUBALAND, SHABAAB, ['ASSAULT'], "Jubaland forces and American troops conducted a four-day operation", at('Lower Juba')),
  (US_TROOPS, SHABAAB, ['ASSAULT'], "killed more than 60 al-Shabaab insurgents in Lower Juba", at('Lower Juba', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "in a drone strike by the Rapid Support Forces on a hospital in Sennar State", at('Sennar State')),
 ],
 'law-crime-mar-14': [
  (CUB_GOV, CUB_PROT, ['COERCE'], "Cuban authorities arrest five people", at('Morón')),
  (CUB_PROT, PCC, ['ASSAULT', 'PROTEST'], "after a small group of protesters damaged and set fire to a Communist Party office in Morón", at('Morón', r=F)),
  (CUB_PROT, CUB_GOV, ['PROTEST'], "during demonstrations over prolonged blackouts and shortages of basic goods", at('Morón', r=F)),
  (unk(("explosion", "unknown", "attackers", "unknown attackers")), NLD_SCHOOL, ['ASSAULT'], "An explosion lightly damages a Jewish school in Amsterdam", at('Amsterdam', r=F)),
  (ECU_GOV, ECU_POP, ['COERCE'], "Ecuador begins enforcing a curfew from 11:00 p.m. to 5:00 a.m. in the provinces of El Oro", at('El Oro')),
  (ECU_GOV, ECU_POP, ['COERCE'], "El Oro, Guayas, Los Ríos", at('Guayas', r=F)),
  (ECU_GOV, ECU_POP, ['COERCE'], "Guayas, Los Ríos, and Santo Domingo", at('Los Ríos', r=F)),
  (ECU_GOV, ECU_POP, ['COERCE'], "and Santo Domingo de los Tsáchilas to support military operations", at('Santo Domingo de los Tsáchilas', r=F)),
 ],
 'relations-jul-15': [
  (UK_EU, ESP, ['COOPERATE', 'CONCEDE', 'AGREE'], "The United Kingdom and the European Union remove the land-border fence between Gibraltar and Spain", at('Gibraltar')),
  (PNG, TWN, ['SANCTION', 'REJECT'], "announces the immediate closure of Taiwan's representative office in Port Moresby", at('Port Moresby')),
 ],
 'disasters-aug-10': [
  (nat(["earthquake", "mw 7.4 earthquake", "colombia earthquake"]), None, ['ASSAULT'], "A Mw 7.4 earthquake strikes Chocó Department", at('Chocó Department', r=F)),
  (nat(["earthquake", "collapse", "tower"]), None, ['ASSAULT'], "is confirmed to be among the buildings damaged", at('Manizales', r=F)),
  (nat(["wildfire", "fire", "hotspots"]), None, ['ASSAULT'], "A recent wildfire at the Bromo Tengger Semeru National Park", at('East Java', r=F)),
  (nat(["floods", "landslides", "monsoon rain", "rain"]), None, ['ASSAULT'], "at least 16 people were killed across Luzon", at('Luzon', r=F)),
  (nat(["floods", "landslides", "monsoon rain", "rain"]), None, ['ASSAULT'], "including seven in Baguio, by floods", at('Baguio', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
