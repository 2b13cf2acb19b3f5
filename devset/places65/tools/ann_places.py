# Gold events of the sixty-fifth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places61's README (from places28, places26, places25, places24, places23); see
# this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Mexico': ('MEX', (23.6, -102.5)), 'United States': ('USA', (39.8, -98.6)), 'Albania': ('ALB', (41.15, 20.17)),
 'Norway': ('NOR', (61.0, 8.5)), 'Thailand': ('THA', (15.0, 101.0)),
 # regions, states, provinces, districts, islands, parks, the Gaza Strip
 'Takhar': ('AFG', (36.7, 69.6)), 'Gaza Strip': ('PSE', (31.42, 34.36)), 'South Florida': ('USA', (26.1, -80.4)),
 'Uttarakhand': ('IND', (30.1, 79.2)), 'Kruger National Park': ('ZAF', (-24.0, 31.5)),
 'Upper Galilee': ('ISR', (33.05, 35.55)),
 # cities, towns, villages
 'Kingston upon Hull': ('GBR', (53.74, -0.33)), 'Tupelo': ('USA', (34.26, -88.70)), 'Gaza City': ('PSE', (31.50, 34.46)),
 'Hodeidah': ('YEM', (14.80, 42.95)), 'Columbia': ('USA', (34.00, -81.03)), 'Tiltil': ('CHL', (-33.08, -70.93)),
 'Mazraat Beit Jinn': ('SYR', (33.30, 35.86)), 'Los Angeles': ('USA', (34.05, -118.24)),
 'Salalah': ('OMN', (17.02, 54.09)), 'Khor al-Zubair': ('IRQ', (30.19, 47.87)), 'Al-Faw': ('IRQ', (29.98, 48.47)),
 'Temnine Et Tahta': ('LBN', (33.88, 36.04)), 'Aali en Nahri': ('LBN', (33.84, 35.99)), 'Dubai': ('ARE', (25.20, 55.27)),
 'Goma': ('COD', (-1.68, 29.23)), 'Shukeiri': ('SDN', (13.2, 32.6)), 'Abu Zabad': ('SDN', (12.35, 29.25)),
 'Oslo': ('NOR', (59.91, 10.75)), 'Budapest': ('HUN', (47.50, 19.04)), 'Bangkok': ('THA', (13.75, 100.50)),
 'Stockholm': ('SWE', (59.33, 18.07)),
}
COUNTRY_LEVEL = {'Mexico', 'United States', 'Albania', 'Norway', 'Thailand'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}                 # required, no place on the page
NOWHERE_NR = {'r': False}    # not required, no place on the page


def nat(names):              # a natural event or an accident: the event itself is the source
    return oth(names, None)


def unk(names=("unknown", "unidentified")):
    return oth(list(names), None)


# ---- actors
HAMAS = ag(["hamas"], "PSE")
ISR_HOSTAGES = civ(["israeli hostages", "hostages", "three more israeli hostages", "three israeli hostages"], "ISR")
HTS = ag(["hay'at tahrir al-sham", "syrian hay'at tahrir al-sham", "hts", "syria", "syrian"], "SYR")
LBN_CLANS = civ(["lebanese clans", "clans", "people", "four people"], "LBN")
AFF = ag(["afghanistan freedom front", "aff", "freedom front"], "AFG")
TALIBAN = ag(["taliban", "taliban convoy", "convoy", "the taliban", "people", "three people"], "AFG")

RUSSIA = st(["russia", "russian", "russian forces", "russian military"], "RUS")
UKRAINE = st(["ukraine", "ukrainian", "ukrainian forces", "frontline"], "UKR")
ISR_MIL = mil(["israel", "israeli", "israeli strikes", "israeli fire", "israeli military", "israeli airstrike", "israel defense forces",
               "idf", "israeli forces", "israeli air force"], "ISR")
GAZA_CIV = civ(["palestinians", "35 palestinians", "12 palestinians", "people", "apartment building", "civilians", "gaza"], "PSE")
USA_MIL = mil(["united states", "u.s.", "us", "u.s. missile strikes", "u.s. forces", "us forces", "american forces", "u.s. military"], "USA")
YEM_CIV = civ(["people", "eight people", "hodeidah", "yemen", "yemenis", "houthis"], "YEM")

USA_COURT = gov(["court", "united states", "u.s.", "us", "federal court", "judge", "authorities"], "USA")
DOMINGUEZ = per(["yaquelin dominguez-nieves", "dominguez-nieves", "twenty-six-year-old yaquelin dominguez-nieves"], "USA")
SMUGGLERS = ag(["people smuggling operation", "smugglers", "smuggling operation", "yaquelin dominguez-nieves", "dominguez-nieves"], None)
CUB_MIGRANTS = civ(["cuban undocumented migrants", "migrants", "undocumented migrants", "cuban migrants"], "CUB")
ITA_GOV = gov(["italian government", "italy", "italian", "government", "italian authorities"], "ITA")
ASYLUM = civ(["asylum seekers", "40 asylum seekers", "migrants"], None)
SC_STATE = gov(["south carolina", "state of south carolina", "authorities", "united states", "u.s.", "us",
                "south carolina department of corrections", "firing squad"], "USA")
MAHDI = per(["mikal mahdi", "mahdi", "american spree killer mikal mahdi", "spree killer"], "USA")
MAHDI_VICT = civ(["three people", "people", "off-duty police officer", "police officer"], "USA")

GAZA_CIV2 = civ(["palestinians", "12 palestinians", "people", "civilians", "aid seekers"], "PSE")
SYR_CIV = civ(["one person", "person", "people", "hamas member", "two others", "syrians"], "SYR")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump", "united states", "u.s.", "us",
             "trump administration", "u.s. president", "national guard"], "USA")
LA_PROT = civ(["protesters", "anti-deportation protesters", "protests", "demonstrators"], "USA")
USA_GOV = gov(["united states", "u.s.", "us", "u.s. government", "trump administration", "deportations", "ice"], "USA")

PEZESHKIAN = gov(["masoud pezeshkian", "pezeshkian", "iranian president masoud pezeshkian", "iranian president", "iran", "iranian"], "IRN")
IRAN = st(["iran", "iranian", "iranian missiles", "iranian drones", "iran drones", "iranian military", "tehran"], "IRN")
ISR_USA = st(["israel", "united states", "u.s.", "us", "israeli"], None)
SHIP_TH = oth(["mv mayuree naree", "mayuree naree", "bulk carrier", "vessel", "thailand-flagged bulk carrier", "thailand"], None)
SHIPS = oth(["cargo vessels", "two cargo vessels", "star gwyneth", "one majesty", "vessels", "bulk carrier", "tankers", "two tankers",
             "safesea vishnu", "zefyros", "indian member", "crew"], None)
OMN_OIL = oth(["oil storage facilities", "fuel tanks", "port of salalah", "salalah", "oman", "omani"], "OMN")
LBN_CIV = civ(["people", "seven people", "five people", "civilians", "lebanon", "lebanese"], "LBN")
HEZBOLLAH = ag(["hezbollah"], "LBN")
ISR_CIV = civ(["israel", "civilians", "five civilians", "israelis", "people"], "ISR")
ARE_CIV = civ(["four people", "people", "united arab emirates", "uae", "dubai international airport"], "ARE")
UN_WORKER = civ(["united nations aid worker", "aid worker", "un aid worker", "united nations", "un"], None)
M23 = ag(["m23 rebels", "m23", "rebels", "occupying m23 rebels"], "COD")
COD_GOV = gov(["congolese government", "government", "democratic republic of the congo", "drc", "congo"], "COD")
SDN_CIV = civ(["people", "17 people", "20 people", "secondary school", "health center", "civilians", "students"], "SDN")
SDN_ACCUSERS = gov(["local authorities", "sudan doctors union", "authorities", "sudan"], "SDN")
RSF = ag(["rapid support forces", "rsf", "the rsf"], "SDN")
SAF = mil(["sudanese armed forces", "saf", "sudanese army", "army", "sudan"], "SDN")
NOR_POLICE = gov(["norwegian police", "police", "norway", "norwegian authorities"], "NOR")
BROTHERS = civ(["three brothers", "brothers", "suspects"], None)
US_EMBASSY = gov(["u.s. embassy", "us embassy", "embassy", "united states", "u.s.", "us"], "USA")

POLAND = st(["poland", "polish government", "polish"], "POL")
EC = igo(["european commission", "european union", "eu", "security action for europe", "safe"])
HUNGARY = st(["hungary", "hungarian government", "hungarian", "budapest", "viktor orbán", "orbán"], "HUN")
RUS_DIP = gov(["russian diplomat", "diplomat", "svr officer", "russia", "russian embassy", "russian", "svr"], "RUS")

THA_COURT = gov(["thailand's criminal court", "criminal court", "court", "thailand", "thai court", "thai"], "THA")
UYGHURS = per(["two uyghur men", "uyghur men", "uyghurs", "men", "two uyghur men from china"], "CHN")
THA_CIV = civ(["people", "erawan shrine", "20", "civilians", "bangkok"], "THA")

STO_PROT = civ(["protesters", "protesters in stockholm", "demonstrators", "sweden", "swedish protesters"], "SWE")
ISRAEL = st(["israel", "israeli", "israel's attacks", "israeli government"], "ISR")

ANN = {
 'conflicts-feb-08': [
  (HAMAS, ISR_HOSTAGES, ['CONCEDE', 'RETREAT'], "Three more Israeli hostages are freed by Hamas", NOWHERE_NR),
  (HTS, LBN_CLANS, ['ASSAULT'], "Four people are killed in border clashes between Syrian Hay'at Tahrir al-Sham", NOWHERE_NR),
  (AFF, TALIBAN, ['ASSAULT'], "attack on a Taliban convoy in the Afghanistan province of Takhar", at('Takhar')),
 ],
 'disasters-mar-10': [
  (nat(["collision", "fire", "oil tanker", "cargo ship", "ship collision"]), None, ['ASSAULT'], "An oil tanker is reportedly on fire in the North Sea off the coast of Kingston upon Hull", at('Kingston upon Hull', r=F)),
  (nat(["crash", "bus crashes", "two bus crashes", "bus"]), None, ['ASSAULT'], "are injured in two bus crashes in Mexico", at('Mexico', r=F)),
  (nat(["crash", "helicopter", "medical transport helicopter"]), None, ['ASSAULT'], "when a medical transport helicopter crashes in a forested area near Tupelo", at('Tupelo', r=F)),
 ],
 'conflicts-apr-09': [
  (RUSSIA, UKRAINE, ['ASSAULT'], "Russia has commenced a new spring offensive", NOWHERE_NR),
  (ISR_MIL, GAZA_CIV, ['ASSAULT'], "Israeli strikes in the Gaza Strip kill at least 35 Palestinians", at('Gaza Strip')),
  (ISR_MIL, GAZA_CIV, ['ASSAULT'], "including at least 23 in an apartment building in Shuja'iyya, Gaza City", at('Gaza City')),
  (USA_MIL, YEM_CIV, ['ASSAULT'], "Overnight U.S. missile strikes on Hodeidah, Yemen, kill at least eight people", at('Hodeidah')),
 ],
 'law-crime-apr-11': [
  (USA_COURT, DOMINGUEZ, ['COERCE'], "Yaquelin Dominguez-Nieves is sentenced to seven and a half years imprisonment", at('United States', r=F)),
  (SMUGGLERS, CUB_MIGRANTS, ['ASSAULT'], "in a shipwreck in South Florida, United States, on November 16, 2024", at('South Florida', r=F)),
  (ITA_GOV, ASYLUM, ['COERCE'], "The Italian government sends 40 asylum seekers to an internment camp in Albania", at('Albania')),
  (MAHDI, MAHDI_VICT, ['ASSAULT'], "who killed three people, including an off-duty police officer, in July 2004", NOWHERE_NR),
  (SC_STATE, MAHDI, ['ASSAULT', 'COERCE'], "is executed by firing squad at the Broad River Correctional Institution in Columbia", at('Columbia', r=F)),
 ],
 'disasters-may-08': [
  (nat(["crash", "air ambulance", "piper pa-31t cheyenne", "piper pa-31t cheyenne air ambulance"]), None, ['ASSAULT'], "air ambulance crashes between Tiltil and Curacaví in Chile", at('Tiltil', r=F)),
  (nat(["crash", "helicopter", "bell 407 helicopter", "bell 407"]), None, ['ASSAULT'], "helicopter crashes and falls into a deep gorge near Bhagirathi River in Uttarakhand", at('Uttarakhand', r=F)),
  (unk(("unknown", "poisoning", "mass poisoning", "poachers")), oth(["vultures", "123 vultures", "elephant"], "ZAF"), ['ASSAULT'], "an elephant is also poisoned in a mass poisoning at Kruger National Park", at('Kruger National Park', r=F)),
 ],
 'conflicts-jun-08': [
  (ISR_MIL, GAZA_CIV2, ['ASSAULT'], "At least 12 Palestinians are killed and 29 others are injured by Israeli fire", at('Gaza Strip')),
  (ISR_MIL, SYR_CIV, ['ASSAULT'], "in an Israeli airstrike on Mazraat Beit Jinn, Rif Dimashq Governorate", at('Mazraat Beit Jinn')),
  (TRUMP, LA_PROT, ['MOBILIZE', 'COERCE'], "U.S. president Donald Trump orders the deployment of the National Guard", at('Los Angeles')),
  (LA_PROT, USA_GOV, ['PROTEST'], "to quell anti-deportation protests in Los Angeles, California", at('Los Angeles', r=F)),
 ],
 'conflicts-mar-11': [
  (PEZESHKIAN, ISR_USA, ['DEMAND'], "Iranian president Masoud Pezeshkian lists preconditions for ending the war", NOWHERE_NR),
  (IRAN, SHIP_TH, ['ASSAULT'], "is hit by two Iranian missiles shortly after passing the Strait of Hormuz", NOWHERE_NR),
  (unk(("unknown projectiles", "projectiles", "unknown")), SHIPS, ['ASSAULT'], "are struck by unknown projectiles, with no casualties reported", NOWHERE_NR),
  (unk(("unknown projectile", "projectile", "unknown")), SHIPS, ['ASSAULT'], "A bulk carrier is hit by an unknown projectile 50NM northwest of Dubai", NOWHERE_NR),
  (IRAN, OMN_OIL, ['ASSAULT'], "Iran drones strike oil storage facilities at the port of Salalah", at('Salalah')),
  (unk(), SHIPS, ['ASSAULT'], "catch fire after being struck in Iraqi territorial waters off Khor Al Zubair Port", at('Khor al-Zubair', r=F)),
  (unk(), SHIPS, ['ASSAULT'], "and near the Al-Faw port area", at('Al-Faw', r=F)),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "after an Israeli strike on Temnine Et Tahta, Baalbek-Hermel Governorate", at('Temnine Et Tahta')),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "after a strike on the nearby village of Aali en Nahri", at('Aali en Nahri', r=F)),
  (HEZBOLLAH, ISR_CIV, ['ASSAULT'], "Hezbollah launches over 100 rockets at Israel, injuring five civilians in Upper Galilee", at('Upper Galilee')),
  (unk(("drones", "two drones", "unknown")), ARE_CIV, ['ASSAULT'], "after two drones fall near Dubai International Airport", at('Dubai', r=F)),
  (unk(("drone strikes", "explosions", "unknown")), UN_WORKER, ['ASSAULT'], "caused by drone strikes in Goma, Democratic Republic of the Congo", at('Goma', r=F)),
  (M23, COD_GOV, ['ACCUSE'], "with the occupying M23 rebels blaming the Congolese government", NOWHERE_NR),
  (unk(("drone strike", "drone", "unknown", "rapid support forces", "rsf")), SDN_CIV, ['ASSAULT'], "in a drone strike on a secondary school and a health center in Shukeiri", at('Shukeiri', r=F)),
  (SDN_ACCUSERS, RSF, ['ACCUSE'], "Local authorities and the Sudan Doctors Union blame the Rapid Support Forces", NOWHERE_NR),
  (SAF, SDN_CIV, ['ASSAULT'], "in a Sudanese Armed Forces drone strike in Abu Zabad, West Kordofan", at('Abu Zabad')),
  (NOR_POLICE, BROTHERS, ['COERCE'], "Norwegian police arrest three brothers on suspicion of involvement", at('Norway')),
  (unk(("unknown", "bombing", "bomb", "three brothers")), US_EMBASSY, ['ASSAULT'], "in a bombing outside the U.S. embassy in Oslo on 8 March", at('Oslo', r=F)),
 ],
 'relations-may-08': [
  (POLAND, EC, ['AGREE', 'COOPERATE'], "Poland becomes the first country to sign a loan agreement", NOWHERE_NR),
  (HUNGARY, RUS_DIP, ['SANCTION', 'REJECT', 'COERCE'], "Hungary expels a Russian diplomat at the Russian embassy in Budapest", at('Budapest')),
 ],
 'law-crime-jun-11': [
  (THA_COURT, UYGHURS, ['COERCE'], "Thailand's criminal court sentences two Uyghur men from China to death", at('Thailand')),
  (UYGHURS, THA_CIV, ['ASSAULT'], "for the 2015 bombing at the Erawan Shrine in Bangkok", at('Bangkok', r=F)),
 ],
 'politics-jul-11': [
  (STO_PROT, ISRAEL, ['PROTEST'], "Protesters in Stockholm, Sweden, gather at the Odenplan plaza to protest", at('Stockholm')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
