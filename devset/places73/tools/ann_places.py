# Gold events of the seventy-third place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree; the villages of Waziristan, Krong Pinang, Tianshifu and Jammu and Kashmir's
# middle are rougher, see the README's Doubts; a note only, build_gold.py does not read it). Conventions: those of
# devset/places68/README.md and devset/places21/README.md; see this set's README. A natural event or an accident
# has no agent: its source is the event itself (nat, kind other), its type a nominal ASSAULT, and it is never
# required; an act whose agent the page does not name is not required; background acts of earlier days are not
# required. The actors and types are given with less care than the places and should not be used to measure the
# event coder.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name -> ISO alpha-3, the annotator's coordinates)
P = {
 # countries and a territory
 'Netherlands': ('NLD', (52.13, 5.29)), 'Afghanistan': ('AFG', (33.94, 67.71)), 'Thailand': ('THA', (15.87, 100.99)),
 'Spain': ('ESP', (40.20, -3.70)), 'Pakistan': ('PAK', (30.38, 69.35)), 'United States': ('USA', (39.80, -98.60)),
 'American Samoa': ('ASM', (-14.30, -170.70)), 'Samoa': ('WSM', (-13.76, -172.10)),
 # regions, provinces, states, districts
 'Narathiwat Province': ('THA', (6.20, 101.70)), 'Jammu and Kashmir': ('IND', (33.80, 75.50)),
 'South Waziristan': ('PAK', (32.35, 69.75)), 'North Waziristan': ('PAK', (32.95, 69.95)),
 'Krong Pinang': ('THA', (6.42, 101.33)),
 # cities, towns, villages
 'Amsterdam': ('NLD', (52.37, 4.90)), 'Basra': ('IRQ', (30.51, 47.81)), 'Lashkar Gah': ('AFG', (31.59, 64.37)),
 'Yala': ('THA', (6.54, 101.28)), 'Ibiza': ('ESP', (38.91, 1.43)), 'Tianshifu': ('CHN', (41.25, 124.30)),
 'Rajouri': ('IND', (33.38, 74.31)), 'Karikot': ('PAK', (32.30, 69.70)), 'Baghdad': ('IRQ', (33.31, 44.37)),
 'Kandahar': ('AFG', (31.61, 65.71)), 'Tata Khel': ('PAK', (33.00, 69.80)), 'Ghulam Khan': ('PAK', (33.15, 69.93)),
 'Mir Ali': ('PAK', (32.99, 70.27)), 'Los Angeles': ('USA', (34.05, -118.24)), 'Pago Pago': ('ASM', (-14.28, -170.70)),
}
COUNTRY_LEVEL = {'Netherlands', 'Afghanistan', 'Thailand', 'Spain', 'Pakistan', 'United States', 'American Samoa', 'Samoa'}


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
# 001 Schiphol
WW2_BOMB = nat(["undetonated bomb", "bomb", "255kg bomb", "projectile", "unexploded ww2 bomb"])
SCHIPHOL = civ(["schiphol airport", "schiphol", "airport", "runway", "one runway", "flights"], "NLD")
NL_AUTH = unk(("unknown", "authorities", "police"))
NL_RES = civ(["several houses", "houses", "automobile traffic", "traffic", "residents"], "NLD")
OLD_BOMB = nat(["old bomb", "bomb", "ship", "explosion"])
FISHERMEN = civ(["three fishermen", "fishermen"], "NLD")
# 002 Basra
IQ_INSURGENTS = ag(["insurgents", "roadside bomb attack", "roadside bomb"], None)
UK_SOLDIERS = mil(["two british soldiers", "british soldiers", "troops", "british patrol", "patrol", "convoy", "soldiers"], "GBR")
UK_BASE = mil(["british base", "base", "boats"], "GBR")
# 003 Lashkar Gah
LG_BOMBER = ag(["suicide bomber", "bomber", "al-qaeda related groups", "al-qaeda"], None)
LG_CIV = civ(["seventeen people", "people", "market", "busy market", "47"], "AFG")
NATO = igo(["nato forces", "nato", "the nato forces"])
NATO_MEMBERS = mil(["several members", "members"], None)
KARZAI = gov(["afghan president hamid karzai", "hamid karzai", "karzai", "afghan president"], "AFG")
AF_CIV = civ(["civilians", "killing of civilians", "insurgent attacks"], "AFG")
# 004 Yala
TH_INSURGENTS = ag(["suspected muslim insurgents", "muslim insurgents", "insurgents", "two men", "assailants"], None)
YALA_CIV = civ(["one person", "tea shop", "crowded tea shop", "24-year-old buddhist", "woman", "28"], "THA")
TH_GUNMEN = unk(("unknown", "gunmen", "drive-by shooting"))
NARA_OFFICIAL = gov(["government official", "hami wani", "deputy headman", "another man", "assistant"], "THA")
TH_BOMB = unk(("unknown", "roadside bombing", "roadside bomb"))
TH_SOLDIERS = mil(["two royal thai army soldiers", "royal thai army soldiers", "soldiers", "teacher-protection unit", "six-man teacher-protection unit"], "THA")
ARSONISTS = oth(["group of around 20 men", "20 men", "men", "arson attack"], None)
TH_SCHOOL = civ(["school", "10 volunteers", "volunteers", "second school"], "THA")
SABOTEURS = unk(("unknown", "saboteurs", "attacks"))
SRT = gov(["state railway of thailand", "railway", "tracks", "southern lines", "train service"], "THA")
TH_SECURITY = gov(["security", "plainclothes and uniformed officers", "officers", "police"], "THA")
# 005 Ibiza
ES_POLICE = gov(["police", "spanish police"], "ESP")
PACKAGE = oth(["suspicious package", "package"], None)
ES_AUTH = unk(("unknown", "authorities", "police"))
IBIZA_AIRPORT = civ(["airport of ibiza", "ibiza airport", "airport", "3,000 tourists", "tourists", "flights"], "ESP")
ETA = ag(["eta", "basque separatist group eta", "basque separatist group"], "ESP")
NEWSPAPER = civ(["newspaper"], "ESP")
SPAIN = st(["spain", "spanish government"], "ESP")
# 006 Tianshifu
BLAST = nat(["explosion", "large explosion", "blast", "karaoke bar"])
TSF_CIV = civ(["25 people", "people", "karaoke bar", "mr. qu", "owner", "33"], "CHN")
CN_AUTH = gov(["xinhua", "police", "authorities", "investigators"], "CHN")
TSF_STAFF = civ(["several employees", "employees", "wife of the owner", "suspects", "people"], "CHN")
LADLE = nat(["two-ton steel ladle", "steel ladle", "molten steel", "qinghe special steel corporation disaster", "disaster"])
QH_WORKERS = civ(["workers", "room full of workers", "32"], "CHN")
# 007 Rajouri
JK_MILITANTS = ag(["militants", "the militants"], None)
IN_ARMY = mil(["three indian vehicles", "three army trucks", "army trucks", "indian army", "soldiers", "soldiers of the indian army", "army", "vehicle", "reinforcements"], "IND")
BUS_PASS = civ(["passengers", "passenger bus", "bus", "woman", "kiran balla", "nine others"], "IND")
INJURED = civ(["injured", "the injured", "bus"], "IND")
# 008 South Waziristan
US = st(["united states", "us", "u.s.", "cia", "us drones", "united states military", "us jet", "washington"], "USA")
PK_MILITANTS = ag(["militants", "8 militants", "extremists", "pakistani taliban", "local pakistani taliban groups", "al-qaeda", "two vehicles", "vehicles"], "PAK")
RAUF = per(["rashid rauf", "rauf", "egyptian al-qaeda operative"], None)
PK_PM = gov(["prime minister", "pakistan", "his government", "government"], "PAK")
BUSH = gov(["george w. bush", "president george w. bush", "bush", "u.s. government"], "USA")
PAKISTAN = st(["pakistan", "other governments", "governments"], "PAK")
# 009 Baghdad
BG_BOMBER = ag(["suicide bomber", "bomber", "insurgents", "accomplice"], None)
BG_RECRUITS = civ(["28 people", "people", "police recruits", "crowd", "police recruitment building", "civilians", "officers"], "IRQ")
OIL_EMP = civ(["about 100 oil employees", "oil employees", "demonstration"], "IRQ")
OIL_MIN = gov(["oil ministry"], "IRQ")
IQ_POLICE = gov(["police"], "IRQ")
BG_CROWD = civ(["crowd", "crowds", "people"], "IRQ")
BG_CENTRE = civ(["centre", "police recruitment centres", "this centre"], "IRQ")
# 010 Kandahar
BUS_BOMB = ag(["roadside bomb", "taliban", "enemies of afghanistan", "enemies of the country", "mine"], None)
KD_BUS = civ(["passenger bus", "bus", "30 civilians", "civilians", "women and children"], "AFG")
AF_GOV = gov(["afghan government", "government", "afghan presidential spokesman humayoon hamedzada", "humayoon hamedzada", "authorities"], "AFG")
TALIBAN = ag(["taliban", "the taliban", "anti-government elements"], "AFG")
ZAZAI = gov(["provincial police chief sardar mohammad zazai", "sardar mohammad zazai", "zazai", "provincial police chief"], "AFG")
AF_VOTERS = civ(["people", "voters"], "AFG")
SHANKS = mil(["nato troops", "nato", "international forces", "us army colonel wayne shanks", "wayne shanks", "shanks"], None)
AF_LOCALS = civ(["local populations", "populations"], "AFG")
SW_MILITANTS = ag(["militants", "insurgents"], "PAK")
# 011 North Waziristan
NW_BOMB = unk(("unknown", "roadside bomb", "bomb"))
MINIBUS = civ(["minibus", "five people", "mother", "5-year-old child", "people"], "PAK")
NW_VEHICLE = civ(["vehicle"], "PAK")
NW_MILITANTS = ag(["two militants", "militants", "two assailants", "assailants"], None)
PK_TROOPS = mil(["troops", "five soldiers", "soldiers", "thousands of troops"], "PAK")
PK_AUTH = gov(["pakistani authorities", "authorities"], "PAK")
# 012 American Samoa
TSUNAMI = nat(["tsunami", "the tsunami", "waves"])
AS_PEOPLE = civ(["32 people", "people", "people in american samoa", "american samoa", "pago pago city streets", "buildings"], "ASM")
QUAKE = nat(["8.0 magnitude earthquake", "earthquake", "quake"])
WS_PEOPLE = civ(["samoa"], "WSM")
REGION_PEOPLE = civ(["nearly 200 people", "people"], None)
REPORT = gov(["report", "united states congress", "study", "committee", "john orcutt", "orcutt"], "USA")
WARN_AUTH = gov(["authorities", "warning", "tsunami warning"], "USA")
LA_FIRE = gov(["firefighters", "firefighters at the port of los angeles"], "USA")
OBAMA = gov(["u.s. president barack obama", "barack obama", "obama", "us president"], "USA")
FAMILIES = civ(["families", "families who lost loved ones", "many people"], None)

ANN = {
 'schiphol-wartime-bomb': [
  (WW2_BOMB, SCHIPHOL, ['THREATEN'], "has been discovered at Schiphol Airport in Amsterdam, the Netherlands", at('Amsterdam', r=F)),
  (NL_AUTH, SCHIPHOL, ['MOBILIZE', 'COERCE'], "One runway, the closest to the bomb, has been closed as a result", at('Amsterdam', r=F)),
  (NL_AUTH, NL_RES, ['MOBILIZE', 'COERCE'], "Automobile traffic near the area has been stopped and several houses have been evacuated", at('Amsterdam', r=F)),
  (OLD_BOMB, FISHERMEN, ['ASSAULT'], "three fishermen were killed when their ship exploded from hauling an old bomb onboard", NOWHERE_NR),
 ],
 'basra-patrol-bombing': [
  (IQ_INSURGENTS, UK_SOLDIERS, ['ASSAULT'], "A roadside bomb attack by insurgents near Basra, Iraq has killed two British soldiers", at('Basra')),
  (unk(("unknown", "mortar or rocket attack", "attack")), UK_BASE, ['ASSAULT'], "A British base in Basra was also hit with a mortar or rocket attack", at('Basra', r=F)),
 ],
 'lashkar-gah-market-bombing': [
  (LG_BOMBER, LG_CIV, ['ASSAULT'], "when a suicide bomber detonated a hidden explosive in a market", at('Lashkar Gah')),
  (NATO, NATO_MEMBERS, ['ASSAULT'], "amid reports of friendly fire incidents that have killed several members", at('Afghanistan', r=F)),
  (KARZAI, AF_CIV, ['MOBILIZE', 'ACCUSE'], "Afghan President Hamid Karzai has ordered an inquiry into the killing of civilians", at('Afghanistan')),
 ],
 'yala-tea-shop-bombing': [
  (TH_INSURGENTS, YALA_CIV, ['ASSAULT'], "in a bomb attack today by suspected Muslim insurgents at a crowded tea shop", at('Yala')),
  (TH_GUNMEN, NARA_OFFICIAL, ['ASSAULT'], "a government official and another man were killed and a third injured in a drive-by shooting", at('Narathiwat Province', r=F)),
  (TH_BOMB, TH_SOLDIERS, ['ASSAULT'], "two Royal Thai Army soldiers were injured in a roadside bombing", at('Narathiwat Province', r=F)),
  (ARSONISTS, TH_SCHOOL, ['ASSAULT'], "a school was burned by a group of around 20 men who came onto the grounds", at('Krong Pinang', r=F)),
  (ARSONISTS, TH_SCHOOL, ['ASSAULT'], "It was the second school burned in an arson attack in a week in Yala.", at('Yala', r=F)),
  (SABOTEURS, SRT, ['ASSAULT'], "after repairs were made to tracks that were sabotaged earlier in the week", at('Thailand', r=F)),
  (TH_SECURITY, None, ['MOBILIZE'], "Security has been beefed up, with plainclothes and uniformed officers on trains", at('Thailand', r=F)),
 ],
 'ibiza-airport-bomb-alert': [
  (ES_POLICE, PACKAGE, ['COERCE', 'MOBILIZE'], "Police have detonated a suspicious package in the airport of Ibiza", at('Ibiza')),
  (ES_AUTH, IBIZA_AIRPORT, ['MOBILIZE', 'COERCE'], "About 3,000 tourists were evacuated from the airport", at('Ibiza', r=F)),
  (ETA, NEWSPAPER, ['THREATEN'], "a newspaper received a bomb threat made in the name of Basque separatist group ETA", NOWHERE_NR),
  (ETA, SPAIN, ['THREATEN', 'REJECT'], "since ETA declared an end to a unilateral ceasefire on June 5", NOWHERE_NR),
  (SPAIN, ETA, ['MOBILIZE'], "Spain has been on a heightened alert since ETA declared", at('Spain', r=F)),
 ],
 'tianshifu-karaoke-explosion': [
  (BLAST, TSF_CIV, ['ASSAULT'], "when a large explosion ripped through a karaoke bar in Tianshifu, Liaoning Province, China", at('Tianshifu', r=F)),
  (CN_AUTH, TSF_STAFF, ['COERCE'], "Xinhua had reported the people had been detained as suspects", at('Tianshifu', r=F)),
  (LADLE, QH_WORKERS, ['ASSAULT'], "molten steel was accidentally poured into a room full of workers, killing 32", NOWHERE_NR),
 ],
 'rajouri-militant-attack': [
  (JK_MILITANTS, IN_ARMY, ['ASSAULT'], "Militants attacked three Indian vehicles this morning in the of Jammu and Kashmir.", at('Jammu and Kashmir')),
  (IN_ARMY, JK_MILITANTS, ['ASSAULT'], "The soldiers fired at the militants to defend the vehicle.", at('Jammu and Kashmir')),
  (JK_MILITANTS, BUS_PASS, ['ASSAULT'], "mistook the passengers to be the soldiers and fired at them", at('Jammu and Kashmir')),
  (IN_ARMY, JK_MILITANTS, ['MOBILIZE'], "Reinforcements have been sent by the Army to the place where the firing is still going on", at('Jammu and Kashmir', r=F)),
  (unk(("unknown", "army", "police")), INJURED, ['AID'], "the injured have been taken to a local hospital in Rajouri", at('Rajouri', r=F)),
 ],
 'south-waziristan-drone-strike': [
  (US, PK_MILITANTS, ['ASSAULT'], "on Monday morning killed at least 8 militants", at('Karikot')),
  (US, PK_MILITANTS, ['ASSAULT'], "three missiles were fired by US drones at 's Karikot and Shin Warsak villages", at('Karikot', r=F)),
  (US, RAUF, ['ASSAULT'], "a missile attack late last month by a US jet killed Rashid Rauf", NOWHERE_NR),
  (US, PK_MILITANTS, ['ASSAULT'], "US unmanned drones have launched not less than 20 missile attacks", at('Pakistan', r=F)),
  (PK_PM, US, ['ACCUSE', 'REJECT'], "viewed these missile strikes as flagrant violation of Pakistan's sovereignty", at('Pakistan', r=F)),
  (PK_PM, US, ['THREATEN'], "He announced his government was considering \"a number of options to counter attacks\"", at('Pakistan', r=F)),
  (BUSH, PAKISTAN, ['REJECT'], "He ruled out consultations with other governments, including Pakistan", at('United States', r=F)),
 ],
 'baghdad-police-recruits-bombing': [
  (BG_BOMBER, BG_RECRUITS, ['ASSAULT'], "28 people were killed in an suicide bombing attack outside a police recruitment building", at('Baghdad')),
  (unk(("unknown", "insurgents")), BG_CENTRE, ['ASSAULT'], "located on Palestine Street, has been previously attacked", at('Baghdad', r=F)),
  (OIL_EMP, OIL_MIN, ['PROTEST'], "there was a demonstration of about 100 oil employees", at('Baghdad', r=F)),
  (IQ_POLICE, BG_CROWD, ['ASSAULT', 'COERCE'], "the police started firing weapons \"randomly\" after the explosion", at('Baghdad', r=F)),
 ],
 'kandahar-bus-bombing': [
  (BUS_BOMB, KD_BUS, ['ASSAULT'], "a roadside bomb blasted a passenger bus Tuesday, killing 30 civilians", at('Kandahar', r=F)),
  (AF_GOV, TALIBAN, ['ACCUSE'], "The Afghan government blamed the Taliban for the latest attack", at('Afghanistan')),
  (BUS_BOMB, KD_BUS, ['ASSAULT'], "where a similar blast killed three civilians a day earlier", at('Kandahar', r=F)),
  (ZAZAI, BUS_BOMB, ['ACCUSE'], "the enemies of Afghanistan are planting mines on the main highway", at('Kandahar', r=F)),
  (TALIBAN, AF_VOTERS, ['THREATEN', 'COERCE'], "as the Taliban sought to discourage people from voting", at('Afghanistan', r=F)),
  (SHANKS, AF_LOCALS, ['COOPERATE'], "NATO troops are working with local populations to clear the roads", at('Afghanistan', r=F)),
  (US, SW_MILITANTS, ['ASSAULT'], "another suspected US missile strike targeted militants in South Waziristan", at('South Waziristan')),
 ],
 'north-waziristan-minibus-bombing': [
  (NW_BOMB, MINIBUS, ['ASSAULT'], "after a roadside bomb blew up a minibus in rural Pakistan", at('Tata Khel', r=F)),
  (NW_BOMB, NW_VEHICLE, ['ASSAULT'], "this time in the village of Ghulam Khan", at('Ghulam Khan', r=F)),
  (NW_MILITANTS, PK_TROOPS, ['ASSAULT'], "two militants who attacked troops with a grenade in the town of Mir Ali", at('Mir Ali')),
  (PK_TROOPS, NW_MILITANTS, ['ASSAULT'], "Five soldiers were killed, and the two assailants were subsequently shot", at('Mir Ali', r=F)),
  (PK_AUTH, PK_TROOPS, ['MOBILIZE'], "The Pakistani authorities have deployed thousands of troops to the affected area", at('North Waziristan', r=F)),
 ],
 'american-samoa-tsunami-warning': [
  (TSUNAMI, AS_PEOPLE, ['ASSAULT'], "a tsunami, which killed 32 people in the unincorporated territory", at('American Samoa', r=F)),
  (QUAKE, WS_PEOPLE, ['ASSAULT'], "after the 8.0 magnitude earthquake struck Samoa", at('Samoa', r=F)),
  (TSUNAMI, REGION_PEOPLE, ['ASSAULT'], "The tsunami killed nearly 200 people in American Samoa, Samoa and Tonga.", NOWHERE_NR),
  (REPORT, WARN_AUTH, ['ACCUSE'], "it also criticises authorities for not informing citizens", NOWHERE_NR),
  (LA_FIRE, None, ['MOBILIZE'], "the response of firefighters at the Port of Los Angeles was poor", at('Los Angeles', r=F)),
  (TSUNAMI, AS_PEOPLE, ['ASSAULT'], "Pago Pago city streets were strewn with overturned vehicles", at('Pago Pago', r=F)),
  (OBAMA, FAMILIES, ['SUPPORT'], "My deepest sympathies are with the families who lost loved ones", at('United States', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
