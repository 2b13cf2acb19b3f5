# Gold events of the seventieth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places68's README (from places67, places61, places28, places26, places25,
# places24, places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Somalia': ('SOM', (5.2, 46.2)), 'Colombia': ('COL', (4.0, -72.9)), 'Taiwan': ('TWN', (23.7, 121.0)),
 'Serbia': ('SRB', (44.0, 20.9)), 'United States': ('USA', (39.8, -98.6)), 'Venezuela': ('VEN', (7.1, -66.2)),
 'Senegal': ('SEN', (14.5, -14.5)), 'Iran': ('IRN', (32.4, 53.7)), 'Myanmar': ('MMR', (21.9, 95.9)),
 # regions, provinces, states
 'Crimea': ('UKR', (45.3, 34.4)), 'North Kordofan': ('SDN', (14.0, 29.5)),
 # cities, towns, villages
 'Sanaa': ('YEM', (15.37, 44.19)), 'Manila': ('PHL', (14.60, 120.98)), 'Howland Township': ('USA', (41.24, -80.75)),
 'Houeid': ('SDN', (18.0, 35.0)), "Coeur d'Alene": ('USA', (47.68, -116.78)), 'New York City': ('USA', (40.71, -74.01)),
 'Belgrade': ('SRB', (44.79, 20.45)), 'Bujumbura': ('BDI', (-3.38, 29.36)), 'Wamena': ('IDN', (-4.10, 138.94)),
 'Rio de Janeiro': ('BRA', (-22.91, -43.17)), 'Mangaratiba': ('BRA', (-22.96, -44.04)), 'Cairo': ('EGY', (30.04, 31.24)),
 'Dagabory': ('MLI', (14.0, -6.0)), 'Winder': ('USA', (33.99, -83.72)), 'Rethymno': ('GRC', (35.37, 24.47)),
 'Gytheio': ('GRC', (36.76, 22.57)), 'San Juan': ('ARG', (-31.54, -68.53)),
}
COUNTRY_LEVEL = {'Somalia', 'Colombia', 'Taiwan', 'Serbia', 'United States', 'Venezuela', 'Senegal', 'Iran', 'Myanmar'}


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
RAF = mil(["royal air force", "raf", "british", "united kingdom", "uk", "british forces", "british military"], "GBR")
HOUTHIS = ag(["houthis", "houthi", "houthi rebels", "ansar allah", "buildings", "yemen"], "YEM")
PUNTLAND = gov(["puntland", "puntland government", "puntland authorities"], "SOM")
SOMALILAND = gov(["somaliland", "somaliland government", "somaliland authorities"], "SOM")
PUNT_POW = civ(["fifteen prisoners of war", "prisoners of war", "prisoners", "somaliland", "combatants"], "SOM")
SLAND_POW = civ(["eleven combatants", "combatants", "prisoners", "puntland", "prisoners of war"], "SOM")
GULF_CLAN = ag(["gulf clan", "gulf clan cartel", "clan del golfo", "armed groups", "cartel", "other armed groups"], "COL")
COL_SEC = mil(["police officers", "fifteen police officers", "soldiers", "twelve soldiers", "colombian police", "colombian army", "colombia", "colombian government", "police"], "COL")
SOM_GOV = gov(["somali government", "somalia", "government of somalia", "somali", "mogadishu"], "SOM")
TAIWAN = st(["taiwan", "taiwanese", "taiwanese passport holders", "taipei", "taiwanese government", "republic of china"], "TWN")
CHINA = st(["china", "chinese", "beijing", "chinese government", "people's republic of china"], "CHN")
NZL = gov(["new zealand", "new zealand defence minister judith collins", "judith collins", "collins", "defence minister", "new zealand defence minister"], "NZL")
PHL = gov(["philippines", "philippine", "philippine defense secretary gilbert teodoro", "gilbert teodoro", "teodoro", "defense secretary", "philippine defense secretary"], "PHL")
IDAHO_FIRST = civ(["firefighters", "law enforcement", "firefighters and law enforcement", "people", "three people", "police"], "USA")
NYC_TEENS = civ(["two teenagers", "teenagers", "teens", "people"], "USA")
FBI = gov(["fbi", "federal bureau of investigation", "united states", "federal agents"], "USA")
SRB_PROT = civ(["people", "over 140,000 people", "140,000 people", "protesters", "protestors", "demonstrators", "students", "students and protestors"], "SRB")
SRB_GOV = gov(["serbian government", "government", "serbia", "president aleksandar vučić", "aleksandar vučić", "vučić", "vucic", "aleksandar vucic", "president"], "SRB")
SRB_POL = gov(["police", "serbian police", "serbia", "authorities"], "SRB")
TRUMP = gov(["donald trump", "trump", "united states president donald trump", "us president donald trump", "president donald trump", "united states", "us", "u.s.", "trump administration", "white house"], "USA")
CUBA = st(["cuba", "cuban", "cuban government", "havana", "countries that provide oil to it", "countries"], "CUB")
RODRIGUEZ = gov(["delcy rodríguez", "delcy rodriguez", "rodríguez", "rodriguez", "acting president of venezuela delcy rodríguez", "acting president", "venezuela", "venezuelan government"], "VEN")
VEN_PRIS = civ(["prisoners", "political prisoners", "detainees", "el helicoide prison", "el helicoide", "opposition"], "VEN")
SCOTUS = gov(["u.s. supreme court", "supreme court", "us supreme court", "united states supreme court", "court", "justices", "united states"], "USA")
COLORADO = gov(["colorado", "colorado's ban", "state of colorado", "colorado government", "22 other states", "states"], "USA")
FAYE = gov(["bassirou diomaye faye", "faye", "senegalese president bassirou diomaye faye", "senegalese president", "president", "senegal", "senegalese government"], "SEN")
SEN_LGBT = civ(["lgbtq people", "lgbt people", "gay people", "homosexuals", "people", "same-sex sexual acts"], "SEN")
RIO_COURT = gov(["court", "a court in rio de janeiro", "brazilian court", "rio de janeiro court", "brazil", "judge"], "BRA")
NEYMAR = per(["neymar", "football player neymar", "neymar jr", "neymar jr."], "BRA")
HAMAS = ag(["hamas", "hamas delegation", "a hamas delegation", "delegation"], "PSE")
EGYPT = st(["egypt", "egyptian", "cairo", "egyptian mediators", "mediators", "egyptian government", "israel"], "EGY")
IRGC = mil(["islamic revolutionary guard corps", "irgc", "revolutionary guards", "islamic revolutionary guard corps forces", "iran", "iranian forces", "iranian"], "IRN")
US_FORCES = mil(["u.s. forces", "us forces", "united states forces", "american forces", "united states", "united states central command", "centcom", "us military"], "USA")
FAMA = mil(["malian armed forces", "fama", "mali", "malian army", "malian military", "malian forces"], "MLI")
MALI_MIL = ag(["jama'at nusrat al-islam wal-muslimin", "jnim", "azawad liberation front", "militants", "two armed vehicles", "armed vehicles", "fla"], "MLI")
KORD_CIV = civ(["civilians", "dozens of civilians", "water station", "civilian vehicles", "multiple locations", "locations"], "SDN")
GA_COURT = gov(["court", "judge", "georgia", "barrow county", "united states", "prosecutors"], "USA")
GUNMAN = per(["gunman", "the gunman", "shooter", "colt gray", "gray"], "USA")
APALACHEE = civ(["students", "teachers", "apalachee high school", "school", "people"], "USA")
MMR_PARL = gov(["parliament", "myanmar's military-backed parliament", "military-backed parliament", "myanmar", "myanmar parliament", "junta", "military"], "MMR")
SCAM_OPS = civ(["scam-centre operators", "scam centre operators", "operators", "scammers", "scam operators", "online scams"], "MMR")
TWN_PROS = gov(["taiwanese prosecutors", "prosecutors", "taiwan", "authorities", "taiwanese authorities"], "TWN")
NVIDIA_EMP = per(["nvidia employee", "an nvidia employee", "employee", "nvidia"], "TWN")
TWN_SUSP = civ(["seven people", "people", "suspects", "seven"], "TWN")

ANN = {
 'conflicts-apr-30': [
  (RAF, HOUTHIS, ['ASSAULT'], "The Royal Air Force launches airstrikes on buildings they claimed were used by the Houthis", at('Sanaa')),
  (PUNTLAND, PUNT_POW, ['CONCEDE', 'COOPERATE', 'AGREE'], "Puntland releases fifteen prisoners of war in exchange for Somaliland", at('Somalia')),
  (SOMALILAND, SLAND_POW, ['CONCEDE', 'COOPERATE', 'AGREE'], "Somaliland releasing eleven combatants captured during the conflict", at('Somalia', r=F)),
  (GULF_CLAN, COL_SEC, ['ASSAULT'], "The Colombian government says fifteen police officers and twelve soldiers have been killed", at('Colombia')),
 ],
 'intl-relations-apr-30': [
  (SOM_GOV, TAIWAN, ['SANCTION', 'REJECT'], "the Somali government bans Taiwanese passport holders from Somalia", at('Somalia')),
  (TAIWAN, SOM_GOV, ['ACCUSE', 'REJECT', 'PROTEST'], "Taiwan lodges a protest with Somalia", at('Taiwan')),
  (TAIWAN, CHINA, ['ACCUSE'], "and claims China instigated the ban", at('Taiwan', r=F)),
  (NZL, PHL, ['AGREE', 'COOPERATE', 'CONSULT'], "New Zealand defence minister Judith Collins and Philippine defense secretary Gilbert Teodoro sign a visiting forces agreement", at('Manila')),
 ],
 'disasters-jun-29': [
  (nat(["aircraft", "cessna 441", "crash", "cessna 441 aircraft", "plane"]), None, ['ASSAULT'], "Six people are killed when a Cessna 441 aircraft crashes into the backyard of a house", at('Howland Township', r=F)),
  (nat(["gold mine", "mine", "mine collapse", "collapse"]), None, ['ASSAULT'], "At least 11 people are killed and seven others are injured after a gold mine collapses in Houeid", at('Houeid', r=F)),
 ],
 'law-crime-jun-29': [
  (unk(("unknown", "person", "at least one person", "shooter", "the shooter", "perpetrator", "gunman")), IDAHO_FIRST, ['ASSAULT'], "at least one person opens fire on firefighters and law enforcement responding to a wildfire", at("Coeur d'Alene", r=F)),
  (FBI, None, ['MOBILIZE'], "The FBI is deployed and the shooter is later found dead", at("Coeur d'Alene", r=F)),
  (unk(("unknown", "gunman", "shooter", "attacker")), NYC_TEENS, ['ASSAULT'], "Two teenagers are injured, including one critically, in a shooting outside of the Stonewall Inn", at('New York City', r=F)),
 ],
 'politics-jun-29': [
  (SRB_PROT, SRB_GOV, ['PROTEST'], "Over 140,000 people demonstrate in Belgrade and other major Serbian cities", at('Belgrade')),
  (SRB_PROT, SRB_GOV, ['REQUEST', 'PROTEST'], "call for President Aleksandar Vučić to be removed from power", at('Belgrade', r=F)),
  (SRB_POL, SRB_PROT, ['COERCE'], "dozens of students and protestors were arrested by police last night", at('Serbia', r=F)),
 ],
 'politics-jan-30': [
  (TRUMP, CUBA, ['SANCTION', 'THREATEN', 'COERCE'], "United States president Donald Trump declares a national emergency regarding Cuba", at('United States')),
  (RODRIGUEZ, VEN_PRIS, ['CONCEDE'], "Acting President of Venezuela Delcy Rodríguez announces a proposal for mass amnesty", at('Venezuela')),
 ],
 'disasters-mar-31': [
  (nat(["antonov an-26", "an-26", "crash", "russian air force antonov an-26", "aircraft", "plane"]), None, ['ASSAULT'], "Thirty military personnel are killed when a Russian Air Force Antonov An-26 crashes in Crimea", at('Crimea', r=F)),
  (nat(["explosions", "multiple explosions", "explosion", "ammunition depot", "military ammunition depot"]), None, ['ASSAULT'], "Dozens of people are killed and many others are injured after multiple explosions occur at a military ammunition depot in Bujumbura", at('Bujumbura', r=F)),
  (nat(["fire", "shophouse complex fire", "shophouse fire"]), None, ['ASSAULT'], "Eleven people are killed in a shophouse complex fire in Wamena", at('Wamena', r=F)),
 ],
 'law-crime-mar-31': [
  (SCOTUS, COLORADO, ['REJECT', 'COERCE'], "The U.S. Supreme Court overturns Colorado's ban on conversion therapy", at('United States')),
  (FAYE, SEN_LGBT, ['COERCE', 'SANCTION'], "Senegalese president Bassirou Diomaye Faye approves a law increasing penalties for same-sex sexual acts", at('Senegal')),
  (RIO_COURT, NEYMAR, ['CONCEDE', 'RETREAT'], "A court in Rio de Janeiro, Brazil, nullifies a fine", at('Rio de Janeiro')),
  (unk(("unknown", "authorities", "environmental authorities", "mangaratiba")), NEYMAR, ['SANCTION'], "imposed on football player Neymar in 2023 over alleged environmental violations", at('Mangaratiba', r=F)),
 ],
 'conflicts-jul-28': [
  (HAMAS, EGYPT, ['CONSULT'], "A Hamas delegation visits Cairo, Egypt, to resume negotiations", at('Cairo')),
  (IRGC, US_FORCES, ['ASSAULT'], "Islamic Revolutionary Guard Corps forces have launched multiple ballistic missiles from Iran", at('Iran')),
  (FAMA, MALI_MIL, ['ASSAULT'], "Malian Armed Forces launch strikes against two armed vehicles", at('Dagabory')),
  (unk(("unknown", "airstrikes", "recent airstrikes", "rapid support forces", "rsf", "sudanese armed forces", "saf")), KORD_CIV, ['ASSAULT'], "recent airstrikes have targeted multiple locations in North Kordofan", at('North Kordofan', r=F)),
 ],
 'law-crime-jul-28': [
  (GA_COURT, GUNMAN, ['COERCE'], "The gunman convicted of carrying out a school shooting", at('Winder', r=F)),
  (GUNMAN, APALACHEE, ['ASSAULT'], "carrying out a school shooting at Apalachee High School in Winder", at('Winder', r=F)),
  (MMR_PARL, SCAM_OPS, ['COERCE', 'SANCTION'], "Myanmar's military-backed parliament passes a law allowing the death penalty", at('Myanmar')),
  (TWN_PROS, NVIDIA_EMP, ['COERCE'], "Taiwanese prosecutors detain an Nvidia employee", at('Taiwan')),
  (TWN_PROS, TWN_SUSP, ['COERCE'], "Authorities hold seven people over shipments", at('Taiwan', r=F)),
 ],
 'disasters-jul-29': [
  (nat(["wildfire", "fire", "wildfires"]), None, ['ASSAULT'], "Two firefighters are killed while battling a wildfire near Rethymno", at('Rethymno', r=F)),
  (nat(["wildfire", "fire", "wildfires"]), None, ['ASSAULT'], "while a third dies near Gytheio, Laconia, during a separate operation", at('Gytheio', r=F)),
  (nat(["helicopter", "bell 412 helicopter", "bell 412", "crash"]), None, ['ASSAULT'], "A Bell 412 helicopter crashes while on a fire-fighting training operation in San Juan", at('San Juan', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
