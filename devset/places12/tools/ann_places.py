# Gold events of the twelfth place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and the geocoder, its gazetteer and their data were not
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.1 degree, or worse where README's Doubts say so; a note only, build_gold.py does not
# read it). Conventions: devset/places11/README.md (and through it devset/events/README.md and devset/places
# to devset/places10). A natural event or an accident (an earthquake, an avalanche, a sinking, an explosion, a
# crash) has no agent: its source is the event itself (kind other), its type is a nominal ASSAULT and it is
# never required; eval-places scores it like any other event with a place.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Janaale': (('Janaale', 'SOM'), (1.81, 44.70)),
 'Dongying': (('Dongying', 'CHN'), (37.43, 118.67)),
 'Budapest': (('Budapest', 'HUN'), (47.50, 19.04)),
 'Lake County': (('Lake County', 'USA'), (42.33, -87.99)),
 'Guatemala': (('Guatemala', 'GTM'), (15.78, -90.23)),
 'Baghdad': (('Baghdad', 'IRQ'), (33.31, 44.36)),
 'Manipur': (('Manipur', 'IND'), (24.66, 93.91)),
 'Malaysia': (('Malaysia', 'MYS'), (4.21, 101.98)),
 'Narathiwat': (('Narathiwat', 'THA'), (6.27, 101.71)),
 'Bangkok': (('Bangkok', 'THA'), (13.76, 100.50)),
 'Dushanbe': (('Dushanbe', 'TJK'), (38.56, 68.79)),
 'Balkh': (('Balkh', 'AFG'), (36.76, 66.90)),
 'South Korea': (('South Korea', 'KOR'), (35.91, 127.77)),
 'Trinidad and Tobago': (('Trinidad and Tobago', 'TTO'), (10.69, -61.22)),
 'Igdir': (('Iğdır', 'TUR'), (39.92, 44.05)),
 'Al Hudaydah': (('Al Hudaydah', 'YEM'), (14.80, 42.95)),
 'Limpopo': (('Limpopo', 'ZAF'), (-23.40, 29.42)),
 'Lephalale': (('Lephalale', 'ZAF'), (-23.68, 27.70)),
 'Cairo': (('Cairo', 'EGY'), (30.04, 31.24)),
 'Azerbaijan': (('Azerbaijan', 'AZE'), (40.14, 47.58)),
 'Venezuela': (('Venezuela', 'VEN'), (6.42, -66.59)),
 'Yola': (('Yola', 'NGA'), (9.21, 12.48)),
 'Bujumbura': (('Bujumbura', 'BDI'), (-3.38, 29.36)),
 'Mecca': (('Mecca', 'SAU'), (21.42, 39.83)),
 'Burtse': (('Burtse', 'IND'), (35.1, 77.8)),
 'Petlawad': (('Petlawad', 'IND'), (23.01, 74.80)),
 'Western Desert': (('Western Desert', 'EGY'), (27.0, 28.0)),
 'Farmakonisi': (('Farmakonissi', 'GRC'), (37.29, 27.09)),
 'Pelvoux': (('Pelvoux', 'FRA'), (44.88, 6.48)),
 'Macedonia': (('Macedonia', 'MKD'), (41.61, 21.75)),
 'Burkina Faso': (('Burkina Faso', 'BFA'), (12.24, -1.56)),
 'Chile': (('Chile', 'CHL'), (-35.68, -71.54)),
 'South Sudan': (('South Sudan', 'SSD'), (6.88, 31.31)),
 'Peshawar': (('Peshawar', 'PAK'), (34.01, 71.58)),
 'Hungary': (('Hungary', 'HUN'), (47.16, 19.50)),
 'Aleppo': (('Aleppo', 'SYR'), (36.20, 37.13)),
 'Philippines': (('Philippines', 'PHL'), (12.88, 121.77)),
 'Tavush': (('Tavush', 'ARM'), (40.89, 45.15)),
 'Bangui': (('Bangui', 'CAF'), (4.39, 18.56)),
 'Catalonia': (('Catalonia', 'ESP'), (41.59, 1.52)),
 'Groningen': (('Groningen', 'NLD'), (53.22, 6.70)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)
def ev(names):  # a natural event or an accident as source
    return oth(names, None)

SHABAAB = ag(["al-shabaab", "al shabaab", "shabaab"], "SOM")
AU_TROOPS = igo(["african union troops", "african union", "au troops", "au"])
HU_GOV = gov(["authorities in hungary", "authorities", "hungarian authorities", "hungary", "hungarian security forces", "hungarian government"], "HUN")
MIGRANTS = civ(["migrants", "hundreds of migrants", "refugees", "asylum seekers"], None)
IL_POLICE = gov(["authorities", "police", "lake county authorities"], "USA")
IL_SUSPECTS = oth(["three suspects", "suspects"], "USA")
IL_OFFICER = gov(["police officer", "a police officer from the fox lake police department", "fox lake police department", "lieutenant charles joseph gliniewicz", "charles joseph gliniewicz", "gliniewicz"], "USA")
GT_CONGRESS = gov(["guatemala's congress", "congress", "congress of guatemala", "guatemalan congress"], "GTM")
GT_PEREZ = gov(["president otto pérez", "otto pérez", "pérez", "perez", "otto perez molina", "president"], "GTM")
IQ_GUNMEN = oth(["masked men in military uniforms", "masked men", "gunmen", "kidnappers"], "IRQ")
TR_WORKERS = civ(["16 turkish workers", "turkish workers", "workers"], "TUR")
MN_RIOTERS = civ(["rioters", "protesters", "riots"], "IND")
BOAT = ev(["boat", "an overloaded wooden boat", "wooden boat", "sinking"])
SUMATRA_MIGRANTS = civ(["sumatra-bound migrants", "migrants", "migrant workers", "people"], "IDN")
MY_FISHERMEN = civ(["nearby fisherman", "fisherman", "fishermen"], "MYS")
TH_POLICE = gov(["police", "thai police", "authorities", "thailand"], "THA")
TH_SUSPECT = oth(["another suspect in the bombing", "suspect", "another suspect"], None)
TJ_REBELS = ag(["aduhalim nazarzoda", "nazarzoda", "former deputy defense minister aduhalim nazarzoda", "attackers", "gunmen"], "TJK")
TJ_FORCES = mil(["security forces", "government forces", "tajik security forces"], "TJK")
TJ_GOV = gov(["government representatives", "government", "tajikistan", "tajik government"], "TJK")
AF_GUNMEN = oth(["gunmen"], "AFG")
HAZARA = civ(["13 minority hazara men", "hazara men", "hazara", "a traveling party"], "AFG")
CAPSIZE = ev(["south korean fishing charter", "fishing charter", "capsizing", "boat"])
KR_FISHERS = civ(["people", "anglers", "passengers"], "KOR")
TT_VOTERS = civ(["voters in trinidad and tobago", "voters"], "TTO")
TT_PNM = oth(["people's national movement", "pnm", "keith rowley", "rowley"], "TTO")
PKK = ag(["pkk", "kurdistan workers' party", "kurdistan workers party"], "TUR")
TR_POLICE = gov(["14 turkish police officers", "turkish police officers", "police officers", "police", "minibus"], "TUR")
SA_COALITION = mil(["saudi-led coalition", "saudi-led air raid", "saudi arabia", "saudi", "coalition"], "SAU")
IN_NATIONALS = civ(["20 indian nationals", "indian nationals", "indians"], "IND")
ZA_PROT = civ(["demonstrators", "protesters", "protests"], "ZAF")
ISRAEL = st(["israel", "israeli", "israeli government"], "ISR")
EGYPT = st(["egypt", "egyptian", "egyptian government", "cairo"], "EGY")
EG_PROT = civ(["violent protests", "protesters", "protests"], "EGY")
AZ_GOV = gov(["azerbaijan", "azerbaijani government", "azerbaijani authorities", "court"], "AZE")
ISMAYILOVA = per(["journalist khadija ismayilova", "khadija ismayilova", "ismayilova"], "AZE")
VE_COURT = gov(["court", "venezuelan court", "venezuela", "judge"], "VEN")
LOPEZ = per(["venezuelan opposition leader leopoldo lópez", "leopoldo lópez", "lópez", "leopoldo lopez", "lopez", "opposition leader"], "VEN")
NG_BOMB = oth(["improvised explosive device", "an improvised explosive device", "bomb", "attackers", "bomber"], "NGA")
NG_IDP = civ(["displacement camp", "people", "7 people", "displaced people"], "NGA")
BI_GUNMEN = oth(["armed men", "gunmen", "attackers"], "BDI")
BI_CHIEF = mil(["burundi's army chief general prime niyongabo", "general prime niyongabo", "prime niyongabo", "niyongabo", "army chief", "his motorcade"], "BDI")
CRANE = ev(["strong winds", "construction crane collapse", "crane collapse", "crane", "mecca crane collapse"])
PILGRIMS = civ(["people", "pilgrims", "107 people"], None)
CN_MIL = mil(["chinese troops", "chinese", "china", "people's liberation army"], "CHN")
IN_MIL = mil(["indian troops", "indian", "india", "indian army"], "IND")
BLAST = ev(["a series of explosions", "explosions", "explosion", "propane", "mining detonators"])
IN_VICTIMS = civ(["people", "at least 104 people"], "IND")
EG_FORCES = mil(["egyptian security forces", "security forces", "egyptian forces", "egypt"], "EGY")
MX_TOURISTS = civ(["mexican tourist convoy", "mexican tourists", "tourist convoy", "tourists"], "MEX")
EG_MILITANTS = ag(["militants"], "EGY")
SINKING = ev(["their wooden boat", "wooden boat", "boat", "sinking"])
REFUGEES = civ(["thirty-four refugees", "refugees"], None)
AVALANCHE = ev(["avalanche", "an avalanche"])
CLIMBERS = civ(["seven mountain climbers", "mountain climbers", "climbers"], None)
MK_ASSEMBLY = gov(["assembly of the republic of macedonia", "assembly", "macedonian parliament", "parliament", "macedonia"], "MKD")
MK_PROSECUTOR = gov(["special prosecutor", "prosecutor"], "MKD")
BF_GUARD = mil(["soldiers", "presidential guard", "the presidential guard", "regiment of presidential security"], "BFA")
BF_GOV = gov(["interim president and prime minister of burkina faso", "interim president", "prime minister", "cabinet ministers", "leaders of the interim government", "interim government", "burkina faso"], "BFA")
UN_AU_ECOWAS = igo(["united nations", "african union", "economic community of west african states", "ecowas", "un", "au", "joint statement"])
QUAKE = ev(["earthquake", "an earthquake", "earthquake measuring 8.3"])
CHILE = st(["chile", "chilean"], "CHL")
TANKER = ev(["oil tanker truck", "tanker truck", "tanker", "explosion"])
SS_VICTIMS = civ(["nearly 180 people", "people"], "SSD")
TTP = ag(["tehrik-i-taliban pakistan", "ttp", "pakistani taliban", "taliban", "militants"], "PAK")
PK_AF = mil(["pakistan air force base", "pakistan air force", "paf", "security personnel", "worshippers"], "PAK")
SU30 = ev(["venezuelan air force sukhoi su-30mkk", "sukhoi su-30mkk", "su-30mkk", "crash"])
VE_AF = mil(["venezuelan air force", "venezuela", "venezuelan"], "VEN")
ILLICIT = oth(["illicit aircraft", "an illicit aircraft", "aircraft", "drug traffickers"], None)
HU_FORCES = gov(["hungarian security forces", "security forces", "hungarian authorities", "hungary", "hungarian"], "HUN")
HR_TRAIN = oth(["croatian train", "a croatian train carrying 1000 migrants", "train", "1000 migrants", "migrants"], "HRV")
HR_POLICE = gov(["40 croatian police officers", "croatian police officers", "croatian police", "officers", "croatia"], "HRV")
SY_GOV = mil(["government forces", "syrian government forces", "syrian army", "syrian government"], "SYR")
ALEPPO_CIV = civ(["civilians", "more than 30 civilians", "crowded public market", "al-shaar neighborhood"], "SYR")
PH_GUNMEN = oth(["gunmen", "abu sayyaf", "kidnappers"], "PHL")
PH_HOSTAGES = civ(["a norwegian resort manager", "norwegian resort manager", "two canadians", "a filipino", "hostages"], None)
ARM_GOV = gov(["government of armenia", "the government of armenia", "armenia", "armenian government"], "ARM")
AZ_MIL = mil(["azerbaijani forces", "azerbaijan", "azerbaijani"], "AZE")
TAVUSH = civ(["tavush province", "three", "villagers", "civilians"], "ARM")
CF_CHRIST = civ(["christians"], "CAF")
CF_MUSLIM = civ(["muslims"], "CAF")
CAT_VOTERS = civ(["voters in the spanish province of catalonia", "voters", "catalans"], "ESP")
CAT_NAT = oth(["nationalist parties", "nationalists", "separatists"], "ESP")
SPAIN = st(["spain", "spanish government", "spanish"], "ESP")
GR_QUAKE = ev(["earthquake", "an earthquake"])
GR_BLDG = oth(["some buildings", "buildings"], "NLD")

ANN = {
 'somalia-janaale-au-compound-attack': [
  (SHABAAB, AU_TROOPS, ['ASSAULT'], "a successful attack that captured a compound in Janaale", at('Janaale')),
 ],
 'china-dongying-chemical-plant-blast': [
  (ev(["chemical plant", "a chemical plant", "explosion"]), civ(["person", "workers"], "CHN"), ['ASSAULT'], "explodes in the Chinese city of Dongying", at('Dongying', r=F)),
 ],
 'hungary-keleti-station-closed': [
  (HU_GOV, MIGRANTS, ['COERCE'], "Authorities in Hungary close the Budapest Keleti railway station", at('Budapest')),
 ],
 'usa-fox-lake-officer-killed-manhunt': [
  (IL_POLICE, IL_SUSPECTS, ['INVESTIGATE', 'COERCE', 'MOBILIZE'], "a manhunt is initiated as authorities seek three suspects", at('Lake County')),
  (IL_SUSPECTS, IL_OFFICER, ['ASSAULT'], "who killed a police officer from the Fox Lake Police Department", at('Lake County')),
 ],
 'guatemala-congress-strips-perez-immunity': [
  (GT_CONGRESS, GT_PEREZ, ['SANCTION', 'COERCE'], "unanimously votes to strip President Otto Pérez of immunity", at('Guatemala')),
 ],
 'iraq-turkish-workers-kidnapped': [
  (IQ_GUNMEN, TR_WORKERS, ['ASSAULT', 'COERCE'], "Masked men in military uniforms kidnap 16 Turkish workers in Baghdad", at('Baghdad')),
 ],
 'india-manipur-land-bill-riots': [
  (MN_RIOTERS, None, ['PROTEST', 'ASSAULT'], "injured in riots in the Indian state of Manipur", at('Manipur')),
 ],
 'malaysia-migrant-boat-sinks': [
  (BOAT, SUMATRA_MIGRANTS, ['ASSAULT'], "sinks off the coast of Malaysia killing at least 15 people", at('Malaysia', r=F)),
  (MY_FISHERMEN, SUMATRA_MIGRANTS, ['AID'], "Nearby fisherman rescue 19 people with more than 40 missing", at('Malaysia', r=F)),
 ],
 'thailand-bombing-suspect-arrested': [
  (TH_POLICE, TH_SUSPECT, ['COERCE'], "Another suspect in the bombing is arrested in Narathiwat Province", at('Narathiwat')),
  (TH_POLICE, TH_SUSPECT, ['COERCE'], "in southern Thailand and flown to Bangkok", at('Bangkok', r=F)),
 ],
 'tajikistan-dushanbe-clashes': [
  (TJ_REBELS, TJ_FORCES, ['ASSAULT'], "Clashes in and around Tajikistan's capital Dushanbe kill at least 17 people", at('Dushanbe')),
  (TJ_GOV, TJ_REBELS, ['ACCUSE'], "Government representatives blame the attacks against security forces", {}),
 ],
 'afghanistan-balkh-hazara-killings': [
  (AF_GUNMEN, HAZARA, ['ASSAULT'], "Gunmen kill 13 minority Hazara men", at('Balkh')),
 ],
 'south-korea-fishing-boat-capsizes': [
  (CAPSIZE, KR_FISHERS, ['ASSAULT'], "capsized Saturday night off the country's southern coast", at('South Korea', r=F)),
 ],
 'trinidad-tobago-election': [
  (TT_VOTERS, TT_PNM, ['SUPPORT'], "Voters in Trinidad and Tobago go to the polls", at('Trinidad and Tobago', r=F)),
 ],
 'turkey-igdir-minibus-bombing': [
  (PKK, TR_POLICE, ['ASSAULT'], "A PKK bombing attack on a minibus in the eastern Iğdır Province", at('Igdir')),
 ],
 'yemen-hudaydah-air-raid-indians-killed': [
  (SA_COALITION, IN_NATIONALS, ['ASSAULT'], "A Saudi-led air raid on Yemen's Al Hudaydah port", at('Al Hudaydah')),
 ],
 'south-africa-limpopo-mining-jobs-protest': [
  (ZA_PROT, None, ['PROTEST'], "During protests over a lack of mining jobs", at('Limpopo')),
  (ZA_PROT, None, ['ASSAULT', 'PROTEST'], "demonstrators destroy 21 buses, a police station, and a municipal office", at('Limpopo')),
  (ZA_PROT, None, ['PROTEST'], "blocking roads from Lephalale to Marapong", at('Lephalale', r=F)),
 ],
 'israel-reopens-cairo-embassy': [
  (ISRAEL, EGYPT, ['COOPERATE', 'SUPPORT', 'AGREE'], "Israel reopens its embassy in Cairo, Egypt", at('Cairo')),
  (EG_PROT, ISRAEL, ['PROTEST', 'ASSAULT'], "after closing it in 2011 after violent protests", at('Cairo', r=F)),
 ],
 'azerbaijan-ismayilova-jailed': [
  (AZ_GOV, ISMAYILOVA, ['COERCE', 'SANCTION'], "Azerbaijan jails journalist Khadija Ismayilova", at('Azerbaijan')),
 ],
 'venezuela-lopez-sentenced': [
  (VE_COURT, LOPEZ, ['COERCE', 'SANCTION'], "is convicted and sentenced to 14 years imprisonment", at('Venezuela')),
 ],
 'nigeria-yola-camp-bomb': [
  (NG_BOMB, NG_IDP, ['ASSAULT'], "An improvised explosive device in a Yola, Nigeria displacement camp kills 7 people", at('Yola')),
 ],
 'burundi-army-chief-attack': [
  (BI_GUNMEN, BI_CHIEF, ['ASSAULT'], "armed men attacked his motorcade on a busy road in the capital, Bujumbura", at('Bujumbura')),
 ],
 'saudi-arabia-mecca-crane-collapse': [
  (CRANE, PILGRIMS, ['ASSAULT'], "Strong winds cause a construction crane collapse at the Masjid al-Haram mosque", at('Mecca', r=F)),
 ],
 'india-china-ladakh-face-off': [
  (CN_MIL, IN_MIL, ['MOBILIZE', 'THREATEN', 'COERCE'], "Chinese and Indian troops face-off in the Burtse region of northern Ladakh", at('Burtse')),
  (IN_MIL, CN_MIL, ['COERCE'], "Indian troops crossed the mutually-agreed patrolling line to dismantle a disputed watchtower", at('Burtse')),
  (CN_MIL, IN_MIL, ['MOBILIZE'], "the Chinese were building close to line", at('Burtse', r=F)),
 ],
 'india-petlawad-explosions': [
  (BLAST, IN_VICTIMS, ['ASSAULT'], "kills at least 104 people with over 150 missing", at('Petlawad', r=F)),
 ],
 'egypt-mexican-tourists-shot': [
  (EG_FORCES, MX_TOURISTS, ['ASSAULT'], "Egyptian security forces open fire on a Mexican tourist convoy in the Western Desert", at('Western Desert')),
  (EG_FORCES, EG_MILITANTS, ['COERCE', 'ASSAULT'], "while pursuing militants with at least twelve people killed", at('Western Desert', r=F)),
 ],
 'greece-farmakonissi-refugee-boat-sinks': [
  (SINKING, REFUGEES, ['ASSAULT'], "their wooden boat sinks off the Greek island of Farmakonissi", at('Farmakonisi', r=F)),
 ],
 'france-pelvoux-avalanche': [
  (AVALANCHE, CLIMBERS, ['ASSAULT'], "Seven mountain climbers die in an avalanche", at('Pelvoux', r=F)),
 ],
 'macedonia-special-prosecutor': [
  (MK_ASSEMBLY, MK_PROSECUTOR, ['INVESTIGATE'], "appoints a special prosecutor into a wiretapping scandal", at('Macedonia')),
 ],
 'burkina-faso-leaders-detained': [
  (BF_GUARD, BF_GOV, ['COERCE', 'ASSAULT'], "Soldiers detain the interim president and prime minister of Burkina Faso", at('Burkina Faso')),
  (UN_AU_ECOWAS, BF_GUARD, ['DEMAND', 'REQUEST'], "the presidential guard should immediately release the leaders of the interim government", {}),
 ],
 'chile-earthquake': [
  (QUAKE, CHILE, ['ASSAULT'], "occurs in the Pacific Ocean near Chile sparking a tsunami warning", at('Chile', r=F)),
 ],
 'south-sudan-tanker-explosion': [
  (TANKER, SS_VICTIMS, ['ASSAULT'], "Nearly 180 people are killed in South Sudan", at('South Sudan', r=F)),
 ],
 'pakistan-peshawar-air-base-attack': [
  (TTP, PK_AF, ['ASSAULT'], "a Tehrik-i-Taliban Pakistan attack on a Pakistan Air Force base on the outskirts of Peshawar", at('Peshawar')),
 ],
 'venezuela-su30-crash-colombian-border': [
  (SU30, VE_AF, ['ASSAULT'], "crashes near the Colombian border", at('Venezuela', r=F)),
  (ILLICIT, VE_AF, ['COERCE'], "probably linked to illicit drugs, enters Venezuelan airspace", at('Venezuela', r=F)),
 ],
 'hungary-croatian-train-seized': [
  (HU_FORCES, HR_TRAIN, ['COERCE'], "Hungarian security forces confiscate a Croatian train carrying 1000 migrants", at('Hungary')),
  (HU_FORCES, HR_POLICE, ['COERCE'], "disarm 40 Croatian police officers accompanying the migrants", at('Hungary')),
  (HU_FORCES, HR_POLICE, ['CONCEDE', 'RETREAT', 'COERCE'], "Hungarian authorities repatriate the officers.", at('Hungary', r=F)),
 ],
 'syria-aleppo-market-missiles': [
  (SY_GOV, ALEPPO_CIV, ['ASSAULT'], "Government forces target al-Shaar neighborhood in eastern Aleppo city", at('Aleppo')),
 ],
 'philippines-resort-abduction': [
  (PH_GUNMEN, PH_HOSTAGES, ['ASSAULT', 'COERCE'], "Gunmen abduct a Norwegian resort manager, two Canadians, and a Filipino", at('Philippines')),
 ],
 'armenia-tavush-shelling': [
  (ARM_GOV, AZ_MIL, ['ACCUSE'], "The government of Armenia claims that Azerbaijani forces", {}),
  (AZ_MIL, TAVUSH, ['ASSAULT'], "shelled Tavush Province resulting in three deaths", at('Tavush', r=F)),
 ],
 'car-bangui-clashes': [
  (CF_CHRIST, CF_MUSLIM, ['ASSAULT'], "Clashes between Christians and Muslims in the capital Bangui", at('Bangui')),
 ],
 'spain-catalonia-election': [
  (CAT_VOTERS, CAT_NAT, ['SUPPORT'], "Voters in the Spanish province of Catalonia go to the polls", at('Catalonia', r=F)),
  (CAT_NAT, SPAIN, ['REJECT'], "which they claim will allow them to declare independence", at('Catalonia', s='h')),
 ],
 'netherlands-groningen-earthquake': [
  (GR_QUAKE, GR_BLDG, ['ASSAULT'], "An earthquake strikes the Dutch province of Groningen", at('Groningen', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
