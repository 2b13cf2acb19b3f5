# Gold events of the twenty-ninth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Taiwan': ('TWN', (23.7, 121.0)), 'Cuba': ('CUB', (21.6, -79.0)), 'Yemen': ('YEM', (15.6, 48.0)),
 'Pakistan': ('PAK', (30.4, 69.3)), 'United States': ('USA', (39.8, -98.6)), 'South Korea': ('KOR', (36.5, 127.8)),
 'Guatemala': ('GTM', (15.6, -90.2)), 'Philippines': ('PHL', (12.9, 122.0)), 'Togo': ('TGO', (8.6, 0.8)),
 'Burkina Faso': ('BFA', (12.3, -1.6)), 'Tajikistan': ('TJK', (38.9, 71.3)), 'Algeria': ('DZA', (28.0, 2.6)),
 'Iran': ('IRN', (32.4, 53.7)), 'Armenia': ('ARM', (40.1, 45.0)),
 # regions, states, provinces, governorates, counties
 'Alaska': ('USA', (64.2, -152.5)), 'North Darfur': ('SDN', (16.5, 25.0)), 'Borno State': ('NGA', (11.9, 13.1)),
 'Monastir Governorate': ('TUN', (35.65, 10.80)), 'Niger State': ('NGA', (9.9, 5.6)),
 'Laghman Province': ('AFG', (34.7, 70.2)), 'Xaisomboun Province': ('LAO', (18.9, 103.0)),
 'Baranya County': ('HUN', (46.05, 18.1)),
 # cities, towns, villages, and one mountain
 'Spišská Stará Ves': ('SVK', (49.39, 20.36)), 'Miami': ('USA', (25.76, -80.19)), 'Kalyani': ('IND', (22.98, 88.43)),
 'São Paulo': ('BRA', (-23.55, -46.63)), 'Colombo': ('LKA', (6.93, 79.85)), 'San Fernando': ('MEX', (24.85, -98.15)),
 'Nushki': ('PAK', (29.55, 66.02)), 'Jaramana': ('SYR', (33.49, 36.35)), 'Leeds': ('GBR', (53.80, -1.55)),
 'Shiraz': ('IRN', (29.61, 52.53)), 'Dar es Salaam': ('TZA', (-6.79, 39.21)), 'Bielefeld': ('DEU', (52.02, 8.53)),
 'Halle': ('DEU', (51.48, 11.97)), 'Jerusalem': ('ISR', (31.78, 35.22)), 'Lomé': ('TGO', (6.13, 1.22)),
 'Chřibská': ('CZE', (50.86, 14.48)), 'Mount Aso': ('JPN', (32.88, 131.10)), 'Gelida': ('ESP', (41.44, 1.86)),
 'Sarangani': ('PHL', (5.41, 125.40)), 'Titao': ('BFA', (13.77, -2.07)), 'Puebla': ('MEX', (19.04, -98.20)),
 'Delhi': ('IND', (28.61, 77.21)), 'Tuba': ('PHL', (16.33, 120.56)), 'Daejeon': ('KOR', (36.35, 127.38)),
 'Busan': ('KOR', (35.18, 129.08)), 'Gwangju': ('KOR', (35.16, 126.85)),
}
COUNTRY_LEVEL = {'Taiwan', 'Cuba', 'Yemen', 'Pakistan', 'United States', 'South Korea', 'Guatemala', 'Philippines',
                 'Togo', 'Burkina Faso', 'Tajikistan', 'Algeria', 'Iran', 'Armenia'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {'w': None}                 # the page does not place the event
NOWHERE_NR = {'w': None, 'r': False}


def nat(names, c=None):
    """a natural event or an accident: no agent; the event itself is the source (kind other)."""
    return oth(names, c)


def unk(names=("unknown", "attackers", "gunmen")):
    """an agent the page does not name."""
    return oth(list(names), None)


# actors
TWN_GOV = gov(["taiwan", "taiwanese government", "government of taiwan", "taiwanese authorities", "authorities"], "TWN")
TWN_MAN = civ(["man", "a man", "convicted murderer", "prisoner"], "TWN")
SVK_ATTACKER = oth(["perpetrator", "attacker", "assailant", "stabber"], "SVK")
SVK_CIV = civ(["two women", "women", "students", "school", "people", "victims"], "SVK")
SVK_POLICE = gov(["police", "slovak police", "slovakia", "authorities"], "SVK")
USA_ATTACKER = oth(["suspect", "30-year-old suspect", "attacker", "perpetrator", "stabber"], "USA")
USA_HOMELESS = civ(["homeless people", "two homeless people", "people", "victims"], "USA")
USA_POLICE = gov(["police", "miami police", "authorities", "united states"], "USA")
CUBA_GOV = gov(["government of cuba", "cuban government", "cuba", "havana", "cuban authorities"], "CUB")
FERRER = per(["josé daniel ferrer", "jose daniel ferrer", "ferrer", "dissident", "activist", "human rights activist"], "CUB")

SOM_GOV = gov(["somalian government", "somali government", "somalia", "government of somalia", "federal government of somalia"], "SOM")
AU = igo(["african union", "au", "aussom", "african union support and stabilization mission in somalia"])
WFP = igo(["world food programme", "wfp", "united nations", "un", "united nations-operated world food programme"])
MSF = oth(["doctors without borders", "médecins sans frontières", "medecins sans frontieres", "msf"], None)
SDN_CIV = civ(["refugees", "displaced people", "zamzam refugee camp", "camp", "civilians", "sudanese"], "SDN")
SAF = mil(["sudanese armed forces", "saf", "sudanese army", "sudan", "army"], "SDN")
RSF = ag(["rapid support forces", "rsf"], "SDN")
USA_RANCHER = civ(["texan rancher", "rancher", "victim", "american rancher"], "USA")

USA_MIL = mil(["united states", "u.s.", "us", "american", "us military", "u.s. military", "united states armed forces"], "USA")
YEM_HOUTHI = ag(["houthis", "houthi", "yemen", "yemenis", "people", "houthi-controlled yemen"], "YEM")
HOUTHIS = ag(["houthis", "houthi", "houthi movement", "ansar allah", "houthi rebels"], "YEM")
TRUMAN = mil(["uss harry s. truman", "harry s. truman", "uss truman", "us navy", "u.s. navy", "united states", "aircraft carrier"], "USA")
BLA = ag(["balochistan liberation army", "bla", "baloch liberation army", "suicide bomber", "militants"], "PAK")
FC = mil(["frontier corps", "frontier corps convoy", "convoy", "security personnel", "pakistani security forces", "pakistan"], "PAK")

PAK_GOV = gov(["attaullah tarar", "tarar", "pakistani information minister", "information minister", "pakistan", "pakistani government"], "PAK")
INDIA = st(["india", "indian", "indian government", "new delhi"], "IND")
SYR_GUNMEN = ag(["gunmen", "pro-government gunmen", "gunmen reported to be aligned with the syrian government", "syrian government", "government-aligned gunmen"], "SYR")
DRUZE = ag(["druze combatants", "armed druze combatants", "druze", "druze fighters", "druze gunmen"], "SYR")
NGA_CIV = civ(["people", "passengers", "truck", "civilians", "nigerians"], "NGA")
GBR_ATTACKER = oth(["38-year-old man", "man", "suspect", "perpetrator", "gunman", "attacker"], "GBR")
GBR_CIV = civ(["two women", "women", "revellers", "otley run pub crawl", "people"], "GBR")

IRN_COURT = gov(["court", "court in shiraz", "iranian court", "iran", "iranian judiciary", "judiciary"], "IRN")
IRN_CONVICTS = civ(["three people", "people", "defendants", "convicts", "attackers"], "IRN")
IRN_ATTACKERS = oth(["attackers", "gunmen", "islamic state", "isis", "perpetrators", "three people"], None)
IRN_SHRINE = civ(["shiite shrine", "shrine", "shah cheragh", "worshippers", "pilgrims", "people"], "IRN")
TZA_AUTH = gov(["tanzanian authorities", "tanzania", "tanzanian police", "police", "authorities", "immigration officials"], "TZA")
KARUA = per(["martha karua", "karua", "kenyan politician"], "KEN")
DEU_SYRIAN = oth(["syrian national", "a syrian national", "syrian", "perpetrator", "attacker", "stabber"], "SYR")
DEU_FANS = civ(["football fans", "group of football fans", "fans", "six people", "people"], "DEU")
DEU_ATTACKER = oth(["attacker", "perpetrator", "suspect", "stabber"], "DEU")
DEU_CIV = civ(["three people", "people", "11-year-old", "victims"], "DEU")

TRUMP_ADMIN = gov(["trump administration", "united states", "us", "u.s.", "us government", "washington", "donald trump", "trump", "state department"], "USA")
ARG = gov(["javier milei", "milei", "argentine president", "argentine president javier milei", "argentina", "argentine government", "argentine embassy"], "ARG")
ISR = st(["israel", "israeli", "israeli government", "jerusalem"], "ISR")
KOR_MIL = mil(["military of south korea", "south korean military", "south korea", "military", "lee jae-myung", "president lee jae-myung", "seoul"], "KOR")
PRK = st(["north korea", "government of north korea", "north korean government", "pyongyang"], "PRK")

GTM_GANGS = unk(("gangs", "inmates", "prisoners", "rioters", "gang members", "unknown", "attackers"))
GTM_POLICE = gov(["police", "police officers", "policeman", "ninth policeman", "officers", "guatemalan police"], "GTM")
GTM_GOV = gov(["guatemala", "guatemalan government", "government", "bernardo arévalo", "arévalo", "authorities"], "GTM")
REVILLA = per(["bong revilla", "revilla", "former philippine senator", "ramon revilla jr."], "PHL")
PHL_POLICE = gov(["police", "philippine national police", "pnp", "philippines"], "PHL")
SANDIGANBAYAN = gov(["sandiganbayan", "anti-graft court", "court", "philippines"], "PHL")
OMBUDSMAN = gov(["ombudsman", "office of the ombudsman", "philippines"], "PHL")
TGO_GOV = gov(["togo", "togolese government", "togolese authorities", "lomé", "lome"], "TGO")
DAMIBA = per(["paul-henri sandaogo damiba", "damiba", "former transitional president", "burkina faso's former transitional president"], "BFA")
BFA_GOV = gov(["burkinabè officials", "burkinabe officials", "burkina faso", "junta", "ruling junta", "burkinabè government"], "BFA")
TJK_GUARDS = mil(["border guards", "tajik border guards", "tajikistan", "border troops"], "TJK")
TRAFFICKERS = oth(["drug traffickers", "alleged drug traffickers", "four alleged drug traffickers", "traffickers", "smugglers"], "AFG")
CZE_GUNMAN = oth(["gunman", "perpetrator", "shooter", "attacker"], "CZE")
CZE_CIV = civ(["one person", "people", "six others", "town hall", "victims"], "CZE")

NGA_GUNMEN = unk(("gunmen", "bandits", "attackers", "unknown"))
NGA_COMM = civ(["three communities", "communities", "people", "villagers", "residents", "others"], "NGA")
BFA_ISLAMISTS = ag(["islamist insurgents", "insurgents", "jihadists", "assailants", "jnim", "islamists"], "BFA")
GHA_TRADERS = civ(["ghanaian traders", "seven ghanaian traders", "traders", "ghanaians"], "GHA")
MEX_GUNMEN = unk(("gunmen", "criminals", "attackers", "unknown"))
MEX_CIV = civ(["bar", "people", "three people", "customers", "patrons"], "MEX")
MEX_AUTH = gov(["authorities", "police", "puebla authorities", "mexico", "prosecutors"], "MEX")
MEX_CRIM = oth(["four criminals", "criminals", "suspects", "gunmen"], "MEX")

IRN_STUDENTS = civ(["high school students", "students", "protesters", "iranian students"], "IRN")
IRN_GOV = gov(["iran", "iranian government", "education ministry", "government", "iranian authorities"], "IRN")
ARM_INV = gov(["investigative authority", "armenia's investigative authority", "investigative committee", "armenia", "armenian government", "armenian authorities"], "ARM")
ARM_CEC = gov(["central election commission", "cec", "armenia", "armenian authorities"], "ARM")
STRONG_ARM = oth(["six candidates", "candidates", "strong armenia", "strong armenia party", "opposition", "opposition strong armenia party"], "ARM")
KOR_PROT = civ(["protesters", "protests", "voters", "demonstrators", "south koreans"], "KOR")
KOR_GOV = gov(["national election commission", "election authorities", "government", "south korea", "south korean government"], "KOR")

ANN = {
 'law-crime-jan-16': [
  (TWN_GOV, TWN_MAN, ['COERCE', 'ASSAULT'], "Taiwan carries out its first execution in five years", at('Taiwan')),
  (SVK_ATTACKER, SVK_CIV, ['ASSAULT'], "in a mass stabbing at a school in Spišská Stará Ves", at('Spišská Stará Ves', r=F)),
  (SVK_POLICE, SVK_ATTACKER, ['COERCE'], "Slovakia. The perpetrator is arrested", at('Spišská Stará Ves', r=F)),
  (USA_ATTACKER, USA_HOMELESS, ['ASSAULT'], "in a mass stabbing attack in Miami", at('Miami', r=F)),
  (USA_POLICE, USA_ATTACKER, ['COERCE'], "A 30-year-old suspect is arrested", at('Miami', r=F)),
  (CUBA_GOV, FERRER, ['CONCEDE'], "The Government of Cuba releases dissident and human rights activist José Daniel Ferrer", at('Cuba')),
 ],
 'disasters-feb-07': [
  (nat(["crash", "plane crash", "bering air flight 445", "cessna 208b grand caravan", "wreckage"]), None, ['ASSAULT'], "is found crashed 34 miles (55 km) from Nome with no survivors", at('Alaska', r=F)),
  (nat(["explosion", "firecracker explosion"]), None, ['ASSAULT'], "Four people are killed in a firecracker explosion in Kalyani", at('Kalyani', r=F)),
  (nat(["crash", "plane crash", "beechcraft king air f90"]), None, ['ASSAULT'], "A Beechcraft King Air F90 crashes in Barra Funda", at('São Paulo', r=F)),
  (nat(["fumigation", "pesticide", "poisoning"]), None, ['ASSAULT'], "Two tourists die in Colombo, Sri Lanka", at('Colombo', r=F)),
 ],
 'conflicts-feb-26': [
  (SOM_GOV, AU, ['AGREE', 'COOPERATE'], "The Somalian government and the African Union finalize the troop distribution", NOWHERE),
  (WFP, SDN_CIV, ['RETREAT', 'SANCTION'], "World Food Programme announces it has been forced to temporarily cease the distribution of humanitarian aid", at('North Darfur', r=F)),
  (SAF, RSF, ['ASSAULT'], "due to an escalation in fighting between the Sudanese Armed Forces", at('North Darfur')),
  (RSF, SAF, ['ASSAULT'], "and the Rapid Support Forces in the region", at('North Darfur', r=F)),
  (MSF, SDN_CIV, ['RETREAT'], "Doctors Without Borders also temporarily ceased operations in the camp last week", at('North Darfur', r=F)),
  (unk(("roadside bombing", "explosive device", "unknown", "bomb")), USA_RANCHER, ['ASSAULT'], "A roadside bombing kills a Texan rancher in San Fernando", at('San Fernando', r=F)),
 ],
 'conflicts-mar-16': [
  (USA_MIL, YEM_HOUTHI, ['ASSAULT'], "the death toll from yesterday's strikes by the U.S. in Yemen rose to 53", at('Yemen', r=F)),
  (HOUTHIS, TRUMAN, ['ASSAULT'], "The Houthis claim that they targeted USS Harry S. Truman", NOWHERE_NR),
  (BLA, FC, ['ASSAULT'], "in a suicide bombing targeting a Frontier Corps convoy on a highway in Nushki", at('Nushki')),
  (BLA, FC, ['ASSAULT'], "The Balochistan Liberation Army claims responsibility", at('Nushki', r=F)),
 ],
 'conflicts-apr-29': [
  (PAK_GOV, INDIA, ['ACCUSE', 'THREATEN'], "Pakistani Information Minister Attaullah Tarar says that India intends to launch a military strike", at('Pakistan', r=F)),
  (SYR_GUNMEN, DRUZE, ['ASSAULT'], "engage in fatal clashes with armed Druze combatants", at('Jaramana')),
  (DRUZE, SYR_GUNMEN, ['ASSAULT'], "in the Druze-majority city of Jaramana in southern Syria", at('Jaramana', r=F)),
  (unk(("roadside bomb", "bomb", "unknown", "boko haram")), NGA_CIV, ['ASSAULT'], "when a truck hits a roadside bomb in Borno State", at('Borno State', r=F)),
  (GBR_ATTACKER, GBR_CIV, ['ASSAULT'], "in a shooting and crossbow attack on the Otley Run pub crawl in Leeds", at('Leeds', r=F)),
 ],
 'law-crime-may-18': [
  (IRN_COURT, IRN_CONVICTS, ['COERCE'], "A court in Shiraz, Iran, sentences three people to death", at('Shiraz')),
  (IRN_ATTACKERS, IRN_SHRINE, ['ASSAULT'], "over two attacks on a Shiite shrine in 2022 and 2023 in Shiraz", at('Shiraz', r=F)),
  (TZA_AUTH, KARUA, ['COERCE'], "is arrested at Julius Nyerere International Airport in Dar es Salaam", at('Dar es Salaam', r=F)),
  (DEU_SYRIAN, DEU_FANS, ['ASSAULT'], "when a Syrian national stabs a group of football fans", at('Bielefeld', r=F)),
  (DEU_ATTACKER, DEU_CIV, ['ASSAULT'], "in a mass stabbing attack outside of a house after an altercation in Halle", at('Halle', r=F)),
 ],
 'relations-jun-11': [
  (TRUMP_ADMIN, None, ['REQUEST', 'THREATEN'], "The Trump administration calls on countries not to attend a conference for ceasefire and peace in Gaza", at('United States')),
  (ARG, ISR, ['COOPERATE', 'SUPPORT'], "Argentine president Javier Milei announces that the Argentine embassy in Israel will be moved to Jerusalem", at('Jerusalem', r=F)),
  (KOR_MIL, PRK, ['RETREAT', 'CONCEDE'], "The military of South Korea shuts down its loudspeakers across the border with North Korea", at('South Korea')),
 ],
 'law-crime-jan-19': [
  (GTM_GANGS, GTM_POLICE, ['ASSAULT'], "from prison riots and attacks on police officers in Guatemala", at('Guatemala', r=F)),
  (GTM_GOV, GTM_GANGS, ['MOBILIZE'], "and a state of emergency has been declared", at('Guatemala', r=F)),
  (REVILLA, PHL_POLICE, ['CONCEDE'], "Former Philippine senator Bong Revilla surrenders to police", at('Philippines')),
  (SANDIGANBAYAN, REVILLA, ['COERCE'], "after the Sandiganbayan ordered his arrest", at('Philippines', r=F)),
  (OMBUDSMAN, REVILLA, ['ACCUSE'], "while the Ombudsman pursues graft and malversation charges against Revilla", at('Philippines', r=F)),
  (TGO_GOV, DAMIBA, ['COERCE'], "Togo announces the arrest of Burkina Faso's former transitional president", at('Lomé', r=F)),
  (TGO_GOV, DAMIBA, ['COERCE'], "in Lomé last week and expels him", at('Togo')),
  (BFA_GOV, DAMIBA, ['ACCUSE'], "after Burkinabè officials accuse him of plotting attempted coups", at('Burkina Faso', r=F)),
  (TJK_GUARDS, TRAFFICKERS, ['ASSAULT'], "are fatally shot in an overnight shootout with border guards", at('Tajikistan')),
  (CZE_GUNMAN, CZE_CIV, ['ASSAULT'], "in a mass shooting at the town hall of Chřibská", at('Chřibská', r=F)),
 ],
 'disasters-jan-20': [
  (nat(["helicopter crash", "sightseeing helicopter", "helicopter", "disappearance"]), None, ['ASSAULT'], "goes missing near Mount Aso, Japan", at('Mount Aso', r=F)),
  (nat(["derailment", "train derailment", "commuter train", "train"]), None, ['ASSAULT'], "when a commuter train collides with a wall and derails in Gelida", at('Gelida', r=F)),
  (nat(["flooding", "floods", "flood"]), None, ['ASSAULT'], "At least four people are killed in flooding in Monastir Governorate", at('Monastir Governorate', r=F)),
  (nat(["flooding", "floods", "flood"]), None, ['ASSAULT'], "At least two people are killed in flooding in Algeria", at('Algeria', r=F)),
  (nat(["capsizing", "capsized boat", "motor banca", "boat"]), None, ['ASSAULT'], "off a capsized boat in Sarangani, Davao Occidental", at('Sarangani', r=F)),
 ],
 'conflicts-feb-14': [
  (NGA_GUNMEN, NGA_COMM, ['ASSAULT'], "Gunmen launch simultaneous attacks on three communities in Niger State", at('Niger State', r=F)),
  (NGA_GUNMEN, NGA_COMM, ['ASSAULT', 'COERCE'], "and kidnapping a number of others", at('Niger State', r=F)),
  (BFA_ISLAMISTS, GHA_TRADERS, ['ASSAULT'], "Seven Ghanaian traders are killed when Islamist insurgents attack Titao", at('Titao')),
  (BFA_ISLAMISTS, GHA_TRADERS, ['ASSAULT'], "with the assailants burning the bodies and a vehicle", at('Titao', r=F)),
  (MEX_GUNMEN, MEX_CIV, ['ASSAULT'], "Gunmen attack a bar in Puebla, Mexico", at('Puebla', r=F)),
  (MEX_AUTH, MEX_CRIM, ['COERCE'], "Authorities confirm the arrest of four criminals", at('Puebla', r=F)),
 ],
 'disasters-may-30': [
  (nat(["truck crash", "truck", "accident", "overturn"]), None, ['ASSAULT'], "overturns on a highway in Laghman Province", at('Laghman Province', r=F)),
  (nat(["building collapse", "collapse", "commercial building"]), None, ['ASSAULT'], "when a four-story commercial building collapses in Saidul Ajaib", at('Delhi', r=F)),
  (nat(["cave flooding", "flooded cave", "flooding", "cave"]), None, ['ASSAULT'], "Four more men trapped in a flooded cave in Xaisomboun province", at('Xaisomboun Province', r=F)),
  (nat(["bus crash", "bus", "crash"]), None, ['ASSAULT'], "when a bus crashes in Baranya County", at('Baranya County', r=F)),
  (nat(["collision", "bus", "suv", "pangasinan-bound bus", "baguio-bound bus"]), None, ['ASSAULT'], "along Marcos Highway in Tuba, Benguet", at('Tuba', r=F)),
  (nat(["meteor", "explosion", "sonic boom"]), None, ['ASSAULT'], "A meteor lands off the coast of Massachusetts", NOWHERE_NR),
 ],
 'politics-jun-06': [
  (IRN_STUDENTS, IRN_GOV, ['PROTEST'], "High school students in Iran hold protests in 20 Iranian provinces", at('Iran')),
  (ARM_INV, STRONG_ARM, ['COERCE'], "Armenia's investigative authority arrests six candidates from the opposition Strong Armenia party", at('Armenia')),
  (ARM_CEC, STRONG_ARM, ['COERCE', 'ACCUSE'], "after the Central Election Commission authorized criminal proceedings against them", at('Armenia', r=F)),
  (KOR_PROT, KOR_GOV, ['PROTEST'], "spread to different parts of the country including Daejeon", at('Daejeon')),
  (KOR_PROT, KOR_GOV, ['PROTEST'], "the country including Daejeon, Busan", at('Busan', r=F)),
  (KOR_PROT, KOR_GOV, ['PROTEST'], "including Daejeon, Busan, and Gwangju", at('Gwangju', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
