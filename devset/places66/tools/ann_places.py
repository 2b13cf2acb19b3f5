# Gold events of the sixty-sixth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Ukraine': ('UKR', (49.0, 31.4)), 'United States': ('USA', (39.8, -98.6)), 'Turkey': ('TUR', (39.0, 35.2)),
 'Israel': ('ISR', (31.5, 34.9)), 'Sri Lanka': ('LKA', (7.9, 80.8)), 'Saudi Arabia': ('SAU', (24.0, 45.0)),
 'Sudan': ('SDN', (15.5, 30.0)), 'Thailand': ('THA', (15.1, 101.0)), 'Peru': ('PER', (-9.2, -75.0)),
 'Hungary': ('HUN', (47.2, 19.4)), 'Yemen': ('YEM', (15.6, 48.0)),
 # regions, states, provinces, governorates, oblasts, islands, mountains
 'North Kivu': ('COD', (-0.8, 29.0)), 'Quneitra Governorate': ('SYR', (33.0, 35.85)),
 'Kursk Oblast': ('RUS', (51.6, 36.1)), 'Andalusia': ('ESP', (37.4, -4.6)), 'Tula Oblast': ('RUS', (54.0, 37.5)),
 'Limpopo': ('ZAF', (-23.8, 29.4)), 'Mpumalanga': ('ZAF', (-25.6, 30.5)), 'Kharg Island': ('IRN', (29.25, 50.32)),
 'Plateau State': ('NGA', (9.2, 9.5)), 'Orenburg Oblast': ('RUS', (52.0, 55.5)), 'Mont Blanc': ('FRA', (45.83, 6.86)),
 'Asir': ('SAU', (19.0, 42.6)),
 # cities, towns, villages
 'Santa María de Jesús': ('GTM', (14.49, -90.71)), 'Okhotsk': ('RUS', (59.36, 143.24)),
 'Cuddalore': ('IND', (11.75, 79.75)), 'Mexico City': ('MEX', (19.43, -99.13)), 'Utrecht': ('NLD', (52.09, 5.12)),
 'Samut Sakhon': ('THA', (13.55, 100.27)), 'Galle': ('LKA', (6.03, 80.22)), 'Burj Qalaouiyah': ('LBN', (33.22, 35.45)),
 'Sohar': ('OMN', (24.35, 56.71)), 'Kabul': ('AFG', (34.53, 69.17)), 'Kandahar': ('AFG', (31.61, 65.71)),
 'Kryvyi Rih': ('UKR', (47.91, 33.39)), 'Karnoi': ('SDN', (15.1, 23.6)), 'Lakki Marwat': ('PAK', (32.61, 70.91)),
 'Jorhat': ('IND', (26.75, 94.20)), 'Bandar Mahshahr': ('IRN', (30.56, 49.19)), 'Sanaa': ('YEM', (15.37, 44.19)),
 'El-Obeid': ('SDN', (13.18, 30.22)), 'Latehar': ('IND', (23.74, 84.50)),
}
COUNTRY_LEVEL = {'Ukraine', 'United States', 'Turkey', 'Israel', 'Sri Lanka', 'Saudi Arabia', 'Sudan', 'Thailand',
                 'Peru', 'Hungary', 'Yemen'}


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
ADF = ag(["allied democratic forces", "allied democratic forces militants", "adf", "militants", "adf militants"], "COD")
COD_CIV = civ(["people", "ten people", "village", "villagers", "civilians"], "COD")
ISRAEL = st(["israel", "israeli", "israeli government"], "ISR")
HAMAS = ag(["hamas"], "PSE")
IAF = mil(["israeli air force", "israel", "israeli", "idf", "israeli military"], "ISR")
HTS = ag(["hay'at tahrir al-sham", "hts", "hts personnel", "vehicle convoy", "hts forces", "convoy"], "SYR")
RUSSIA = st(["russia", "russian", "russian forces", "russian military", "russian drone strikes"], "RUS")
UKRAINE = st(["ukraine", "ukrainian", "regions", "energy production", "power grid"], "UKR")
HOUTHIS = ag(["houthi movement", "yemen's houthi movement", "houthis", "houthi", "yemen's houthis", "houthi-led government", "ansar allah"], "YEM")
US_NAVY = mil(["uss harry s. truman", "united states navy", "u.s. navy", "warships", "aircraft carrier", "united states"], "USA")

EU = igo(["european union", "eu", "european commission", "ursula von der leyen", "von der leyen", "european commission president ursula von der leyen"])
ZAF = st(["south africa", "south african government"], "ZAF")
RUBIO = gov(["marco rubio", "rubio", "u.s. secretary of state marco rubio", "secretary of state", "united states", "u.s.", "us", "state department"], "USA")
RASOOL = gov(["ebrahim rasool", "rasool", "south african ambassador ebrahim rasool", "ambassador", "south africa", "south african ambassador"], "ZAF")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "united states president donald trump", "united states", "u.s.", "us", "u.s. president"], "USA")
PUTIN = gov(["vladimir putin", "putin", "russian president vladimir putin", "russia", "russian president"], "RUS")
UKR_SOLDIERS = mil(["ukrainian soldiers", "thousands of ukrainian soldiers", "soldiers", "ukraine", "ukrainian army"], "UKR")

GTM_MOB = unk(("mob", "residents", "villagers", "unknown", "lynch mob"))
GTM_MEN = civ(["five men", "men", "suspected robbers"], "GTM")

MEX_POLICE = gov(["mexican police", "police", "mexico", "mexican authorities"], "MEX")
TDA = ag(["tren de aragua", "tren de aragua members", "six alleged tren de aragua members", "members", "alleged tren de aragua members"], "VEN")

THA_GOV = gov(["thai government", "thailand", "government"], "THA")
CONTRACTOR = oth(["contractor", "same contractor", "construction company"], "THA")

TUR_MIL = mil(["turkey", "turkish", "turkish military", "turkish air defences", "nato"], "TUR")
IRAN = st(["iran", "iranian", "iranian ballistic missile", "iranian military", "iranian ballistic missile strike"], "IRN")
ISR_CIV = civ(["people", "58 people", "northern israel", "israel", "civilians"], "ISR")
USA_MIL = mil(["united states", "u.s.", "us", "u.s. forces", "us forces", "united states military", "u.s. military",
               "donald trump", "trump", "united states president donald trump", "united states submarine"], "USA")
IRN_MIL = mil(["military targets", "iran", "iranian", "iranian military", "iris dena", "frigate", "iranian sailors", "security guard", "water pumping station"], "IRN")
LKA = st(["sri lanka", "sri lankan government", "authorities", "sri lankan authorities"], "LKA")
IRN_SAILORS = civ(["iranian sailors", "sailors", "bodies", "iran", "iranian naval personnel"], "IRN")
ISR_MIL = mil(["israel", "israeli", "israeli airstrike", "israel defense forces", "idf", "israeli forces", "israeli military", "israeli attacks"], "ISR")
LBN_MED = civ(["medical staff members", "twelve medical staff members", "doctors", "nurses", "paramedics", "medical facility", "medics", "health workers", "lebanon"], "LBN")
OMN_SEC = mil(["security forces", "oman", "omani security forces"], "OMN")
DRONE = oth(["drone", "hostile drones", "56 hostile drones", "drones", "chinese-made fh-95 drone", "fh-95 drone"], None)
OMN_WORKERS = civ(["migrant workers", "two migrant workers", "workers", "people"], "OMN")
SAU_MIL = mil(["saudi arabian defense ministry", "air defenses", "saudi arabia", "saudi", "saudi defense ministry"], "SAU")
PAK_MIL = mil(["pakistan", "pakistani", "pakistani airstrike", "pakistani military", "pakistani air force"], "PAK")
AFG_CIV = civ(["people", "six people", "residential area", "fuel depot", "afghanistan", "civilians"], "AFG")
SDN_CIV = civ(["people", "eleven people", "fuel reserve", "civilians", "local market", "civilian vehicles", "market"], "SDN")
NGA_GUNMEN = ag(["armed men", "gunmen", "bandits", "attackers"], "NGA")
NGA_SEC = mil(["security personnel", "twenty security personnel", "military officers", "senior military officers", "nigeria", "nigerian army"], "NGA")

PER_POLICE = gov(["peruvian police", "police", "prosecutors", "peruvian police and prosecutors", "peru", "peruvian authorities"], "PER")
PER_ELEC = gov(["electoral authority", "electoral authority's headquarters", "onpe", "private company"], "PER")
ORBAN = gov(["viktor orbán", "viktor orban", "orbán", "orban", "incumbent prime minister", "prime minister", "hungary"], "HUN")
MAGYAR = per(["péter magyar", "peter magyar", "magyar", "tisza party leader péter magyar", "tisza party", "tisza"], "HUN")

LBN_MIN = gov(["rakan nassereddine", "nassereddine", "lebanese health minister", "health minister", "lebanon"], "LBN")
CIVCOM = oth(["civil commission", "israeli non-profit organization civil commission", "report", "new 300-page report"], "ISR")
ISR_VICT = civ(["israel", "israelis", "victims", "women"], "ISR")
ZELENSKY = gov(["volodymyr zelenskiy", "zelenskiy", "zelensky", "ukrainian president volodymyr zelenskiy", "ukraine", "military", "ukrainian military"], "UKR")
RUS_GAS = oth(["gas facilities", "several gas facilities", "russia", "gas facility"], "RUS")
UKR_CIV = civ(["people", "six people", "child", "civilians", "nine-month-old child"], "UKR")
PAK_CIV = civ(["people", "bazaar", "10 people", "civilians"], "PAK")

US_MIL2 = mil(["united states", "u.s.", "us", "u.s. strike", "us forces", "u.s. forces", "united states military"], "USA")
VESSEL = oth(["hmm namu", "cargo vessel", "panama-flagged cargo vessel hmm namu", "vessel"], None)
SAU = st(["saudi arabia", "saudi", "saudi-led coalition", "saudi arabian"], "SAU")
YEM_IRG = gov(["yemen's internationally recognized government", "yemen's internationally-recognized government", "internationally recognized government",
               "internationally-recognized government", "yemeni government", "yemen", "saudi-led coalition"], "YEM")
HOUTHI_AIRPORT = ag(["sanaa international airport", "sanaa airport", "houthi-controlled sanaa airport", "runway", "houthis", "houthi", "houthi-led government"], "YEM")
SDN_ARMY = mil(["sudanese army", "army", "sudanese armed forces", "sudan"], "SDN")
JHK_POLICE = gov(["jharkhand police", "police", "india", "indian police"], "IND")
GANJHU = per(["ravindra ganjhu", "ganjhu", "cpi (maoist)", "maoist leader", "cpi (maoist) top wanted leader"], "IND")

ANN = {
 'conflicts-jan-15': [
  (ADF, COD_CIV, ['ASSAULT'], "Allied Democratic Forces militants kill ten people in an attack on a village", at('North Kivu')),
  (ISRAEL, HAMAS, ['AGREE'], "Israel and Hamas reach a diplomatic agreement mediated by Egypt", NOWHERE_NR),
  (IAF, HTS, ['ASSAULT'], "The Israeli Air Force strikes a Hay'at Tahrir al-Sham (HTS) vehicle convoy in Quneitra Governorate", at('Quneitra Governorate')),
  (RUSSIA, UKRAINE, ['ASSAULT'], "Russia launches a major ballistic and cruise missile attack on regions across Ukraine", at('Ukraine')),
  (HOUTHIS, US_NAVY, ['ASSAULT'], "claims that it launched a missile attack targeting the USS Harry S. Truman", NOWHERE_NR),
 ],
 'relations-mar-14': [
  (EU, ZAF, ['AID', 'COOPERATE'], "announces that the European Union will invest €4.7 billion", NOWHERE_NR),
  (RUBIO, RASOOL, ['SANCTION', 'REJECT', 'COERCE'], "U.S. Secretary of State Marco Rubio declares South African Ambassador Ebrahim Rasool persona non grata", at('United States')),
  (TRUMP, PUTIN, ['REQUEST'], "U.S. President Donald Trump publicly asks Russian President Vladimir Putin", NOWHERE_NR),
  (RUSSIA, UKR_SOLDIERS, ['ASSAULT', 'COERCE'], "said to be surrounded in Kursk Oblast", at('Kursk Oblast', r=F)),
 ],
 'law-crime-jul-12': [
  (GTM_MOB, GTM_MEN, ['ASSAULT'], "Five men are lynched after being accused of robbing damaged homes", at('Santa María de Jesús', r=F)),
  (nat(["earthquake", "mw 5.7 earthquake"]), None, ['ASSAULT'], "in the Mw 5.7 earthquake in Santa María de Jesús", at('Santa María de Jesús', r=F)),
 ],
 'disasters-jul-14': [
  (nat(["helicopter", "mil mi-8 helicopter", "mi-8", "disappearance"]), None, ['ASSAULT'], "goes missing after contact with its pilot is lost shortly after refueling in Okhotsk", at('Okhotsk', r=F)),
  (nat(["earthquake", "magnitude 5.2 earthquake"]), None, ['ASSAULT'], "A magnitude 5.2 earthquake hits Andalusia, Spain", at('Andalusia', r=F)),
  (nat(["lightning strike", "lightning"]), None, ['ASSAULT'], "Three people are killed in a lightning strike at a resort in Tula Oblast", at('Tula Oblast', r=F)),
  (nat(["collision", "passenger train", "train", "school bus"]), None, ['ASSAULT'], "A passenger train collides with a school bus in Cuddalore", at('Cuddalore', r=F)),
 ],
 'law-crime-jan-13': [
  (MEX_POLICE, TDA, ['COERCE'], "Mexican police arrest six alleged Tren de Aragua members operating in Mexico City", at('Mexico City')),
 ],
 'disasters-jan-15': [
  (nat(["explosion", "gas explosion", "explosions"]), None, ['ASSAULT'], "following an explosion in the Utrecht city centre in the Netherlands", at('Utrecht', r=F)),
  (nat(["flooding", "torrential rains", "floods", "rains"]), None, ['ASSAULT'], "in flooding caused by torrential rains in several provinces", at('Limpopo', r=F)),
  (nat(["flooding", "torrential rains", "floods", "rains"]), None, ['ASSAULT'], "several provinces, including Limpopo and Mpumalanga", at('Mpumalanga', r=F)),
  (nat(["crane", "construction crane", "collapse"]), None, ['ASSAULT'], "when a construction crane collapses onto the Rama II Road in Samut Sakhon", at('Samut Sakhon', r=F)),
  (THA_GOV, CONTRACTOR, ['SANCTION'], "while the Thai government moves to cancel contracts, blacklist the same contractor", at('Thailand', r=F)),
  (nat(["crane accident", "separate crane accident", "crane"]), None, ['ASSAULT'], "following a separate crane accident the previous day", NOWHERE_NR),
 ],
 'conflicts-mar-13': [
  (TUR_MIL, IRAN, ['ASSAULT'], "Turkey intercepts an Iranian ballistic missile violating its airspace", at('Turkey', r=F)),
  (IRAN, TUR_MIL, ['ASSAULT', 'THREATEN'], "an Iranian ballistic missile violating its airspace", at('Turkey', r=F)),
  (IRAN, ISR_CIV, ['ASSAULT'], "At least 58 people are injured by an Iranian ballistic missile strike on northern Israel", at('Israel')),
  (USA_MIL, IRN_MIL, ['ASSAULT'], "U.S. forces conducted airstrikes on military targets on Kharg Island", at('Kharg Island')),
  (TRUMP, IRAN, ['THREATEN'], "warns that the U.S. may also target the island's oil infrastructure", NOWHERE_NR),
  (LKA, IRN_SAILORS, ['AID', 'COOPERATE'], "Sri Lanka repatriates the bodies of 84 Iranian sailors", at('Sri Lanka', r=F)),
  (USA_MIL, IRN_MIL, ['ASSAULT'], "was sunk by a United States submarine off the coast of Galle", at('Galle', r=F)),
  (USA_MIL, None, ['MOBILIZE'], "a marine expeditionary unit of 5,000 marines and sailors will deploy to the Persian Gulf", NOWHERE_NR),
  (ISR_MIL, LBN_MED, ['ASSAULT'], "are killed in an Israeli airstrike against a medical facility in Burj Qalaouiyah", at('Burj Qalaouiyah')),
  (unk(("drone", "unknown", "iran")), OMN_WORKERS, ['ASSAULT'], "Two migrant workers are killed and several other people are injured", at('Sohar', r=F)),
  (OMN_SEC, DRONE, ['ASSAULT'], "after security forces intercept a drone in an industrial area in Sohar", at('Sohar', r=F)),
  (SAU_MIL, DRONE, ['ASSAULT'], "air defenses intercepted and destroyed 56 hostile drones", at('Saudi Arabia', r=F)),
  (PAK_MIL, AFG_CIV, ['ASSAULT'], "in a Pakistani airstrike on a residential area in Kabul", at('Kabul')),
  (PAK_MIL, AFG_CIV, ['ASSAULT'], "A fuel depot in Kandahar is also bombed", at('Kandahar', r=F)),
  (unk(("drone strike", "drone", "unknown")), SDN_CIV, ['ASSAULT'], "in a drone strike on a fuel reserve in western Sudan", at('Sudan', r=F)),
  (NGA_GUNMEN, NGA_SEC, ['ASSAULT'], "Armed men ambush and kill twenty security personnel", at('Plateau State', r=F)),
 ],
 'politics-apr-12': [
  (PER_POLICE, PER_ELEC, ['COERCE'], "Peruvian police and prosecutors conduct searches at the electoral authority's headquarters", at('Peru')),
  (ORBAN, MAGYAR, ['CONCEDE', 'CONSULT'], "concedes defeat and calls Tisza Party leader Péter Magyar on the telephone", at('Hungary', r=F)),
 ],
 'conflicts-may-12': [
  (ISR_MIL, LBN_MED, ['ASSAULT'], "Israeli attacks have killed at least 108 medics and health workers", NOWHERE_NR),
  (CIVCOM, HAMAS, ['ACCUSE'], "claims that Hamas engaged in sexual violence and rape", NOWHERE_NR),
  (HAMAS, ISR_VICT, ['ASSAULT'], "during the October 7 attacks on Israel", at('Israel', r=F)),
  (ZELENSKY, RUS_GAS, ['ASSAULT'], "the military has attacked several gas facilities in Orenburg Oblast", at('Orenburg Oblast')),
  (RUSSIA, UKR_CIV, ['ASSAULT'], "are injured in Russian drone strikes in Kryvyi Rih", at('Kryvyi Rih')),
  (PUTIN, None, ['MOBILIZE', 'THREATEN'], "Russia will deploy new Sarmat nuclear missiles this year", NOWHERE_NR),
  (unk(("drone strike", "drone", "unknown", "rapid support forces", "rsf")), SDN_CIV, ['ASSAULT'], "A drone strike hits a local market and civilian vehicles in Karnoi", at('Karnoi', r=F)),
  (unk(("bomb", "unknown", "militants")), PAK_CIV, ['ASSAULT'], "A bomb explodes inside a bazaar in Lakki Marwat", at('Lakki Marwat', r=F)),
 ],
 'disasters-jun-13': [
  (nat(["avalanches", "avalanche", "separate avalanches"]), None, ['ASSAULT'], "Seven hikers are killed in separate avalanches", at('Mont Blanc', r=F)),
  (nat(["crash", "antonov an-32", "an-32", "aircraft", "indian air force antonov an-32 aircraft"]), None, ['ASSAULT'], "aircraft crashes while landing in Jorhat", at('Jorhat', r=F)),
 ],
 'conflicts-jul-13': [
  (unk(("missile attack", "missile", "unknown", "iran")), VESSEL, ['ASSAULT'], "after it was damaged in a missile attack in the Strait of Hormuz", NOWHERE_NR),
  (nat(["helicopter crash", "crash", "helicopter"]), None, ['ASSAULT'], "a navy pilot was killed during a helicopter crash", NOWHERE_NR),
  (US_MIL2, IRN_MIL, ['ASSAULT'], "a security guard was killed in a U.S. strike on a water pumping station", at('Bandar Mahshahr')),
  (HOUTHIS, SAU, ['ACCUSE'], "The Houthi-led government accuses Saudi Arabia of an airstrike", NOWHERE_NR),
  (SAU, HOUTHI_AIRPORT, ['ASSAULT'], "of an airstrike on a runway at Sanaa International Airport", at('Sanaa', r=F)),
  (YEM_IRG, None, ['COERCE'], "Yemen's internationally-recognized government orders all airports closed", at('Yemen', r=F)),
  (YEM_IRG, HOUTHI_AIRPORT, ['ASSAULT'], "after striking Houthi-controlled Sanaa airport to prevent an Iranian plane", at('Sanaa')),
  (HOUTHIS, SAU, ['ASSAULT'], "they have targeted Abha International Airport in Asir", at('Asir', r=F)),
  (SDN_ARMY, DRONE, ['ASSAULT'], "it has downed another Chinese-made FH-95 drone near El-Obeid", at('El-Obeid', r=F)),
  (JHK_POLICE, GANJHU, ['COERCE'], "is confirmed to have been arrested by Jharkhand police in Latehar", at('Latehar')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
