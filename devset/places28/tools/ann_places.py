# Gold events of the twenty-eighth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places26's README (from places25, places24, places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Israel': ('ISR', (31.4, 35.0)), 'Myanmar': ('MMR', (21.0, 96.0)), 'Mali': ('MLI', (17.6, -4.0)),
 'Philippines': ('PHL', (12.9, 122.0)), 'Tunisia': ('TUN', (34.0, 9.5)), 'Venezuela': ('VEN', (7.1, -66.2)),
 'Australia': ('AUS', (-25.3, 133.8)), 'Bolivia': ('BOL', (-16.3, -63.6)), 'Kenya': ('KEN', (0.2, 37.9)),
 # regions, states, provinces, districts, municipalities
 'Mandalay Region': ('MMR', (21.3, 95.9)), 'Kano State': ('NGA', (11.7, 8.5)), 'Luhansk Oblast': ('UKR', (48.9, 39.2)),
 'Udmurt Republic': ('RUS', (57.3, 52.8)), 'Mastung District': ('PAK', (29.8, 66.8)),
 'Kwande': ('NGA', (6.9, 9.3)), 'Orire': ('NGA', (8.4, 3.7)), 'Xinhua County': ('CHN', (27.73, 111.31)),
 'San Dimas': ('MEX', (24.10, -105.93)),
 # cities, towns, villages
 'Bijapur': ('IND', (18.80, 80.82)), 'Montelibano': ('COL', (7.98, -75.42)), 'Juba': ('SSD', (4.85, 31.58)),
 'Aweil': ('SSD', (8.77, 27.40)), 'Wad Madani': ('SDN', (14.40, 33.52)), 'Bangkok': ('THA', (13.75, 100.50)),
 'Sagaing': ('MMR', (21.88, 95.98)), 'Hurghada': ('EGY', (27.26, 33.81)), 'Philadelphia': ('USA', (39.95, -75.17)),
 'Ica': ('PER', (-14.07, -75.73)), 'Dasmariñas': ('PHL', (14.33, 120.94)), 'Izhevsk': ('RUS', (56.85, 53.20)),
 'Lima': ('PER', (-12.05, -77.04)), 'Stockton': ('USA', (37.96, -121.29)), 'Tunis': ('TUN', (36.81, 10.18)),
 'Tula de Allende': ('MEX', (20.05, -99.34)), 'Turin': ('ITA', (45.07, 7.69)), 'Aleppo': ('SYR', (36.20, 37.16)),
 'Port Said': ('EGY', (31.26, 32.30)), 'Karachi': ('PAK', (24.86, 67.01)), 'Santiago': ('CHL', (-33.45, -70.67)),
 'Pétion-Ville': ('HTI', (18.51, -72.29)), 'Kimberley': ('ZAF', (-28.74, 24.77)), 'Gold Coast': ('AUS', (-28.02, 153.40)),
 'Tehran': ('IRN', (35.69, 51.39)), 'La Paz': ('BOL', (-16.50, -68.15)), 'San Diego': ('USA', (32.72, -117.16)),
 'Mersin': ('TUR', (36.80, 34.63)), 'Abnub': ('EGY', (27.27, 31.15)), 'El Ejido': ('ESP', (36.78, -2.81)),
 'Palu': ('IDN', (-0.90, 119.87)), 'Triangle': ('ZWE', (-21.03, 31.45)), 'Labrador': ('PHL', (16.03, 120.14)),
 'Da Qaidam': ('CHN', (37.85, 95.36)), 'Laredo': ('USA', (27.51, -99.51)), 'El Obeid': ('SDN', (13.18, 30.22)),
 'Khartoum': ('SDN', (15.50, 32.56)), 'Ad-Damir': ('SDN', (17.59, 33.97)), 'Atbara': ('SDN', (17.70, 33.98)),
 'Algeciras': ('COL', (2.52, -75.32)), 'Zawiya': ('LBY', (32.76, 12.73)),
}
COUNTRY_LEVEL = {'Israel', 'Myanmar', 'Mali', 'Philippines', 'Tunisia', 'Venezuela', 'Australia', 'Bolivia', 'Kenya'}

def at(name, **kw):
    c, ll = P[name]
    return dict(kw, w=(name, c), ll=ll)
NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': F}
def acc(names, c=None): return oth(names, c)  # an accident or natural event as its own "source"
def unk(names=("gunmen", "attackers", "unknown")): return ag(list(names), None)

# actors
ISR_CABINET = gov(["security cabinet of israel", "security cabinet", "israel", "israeli government", "cabinet"], "ISR")
HAMAS = ag(["hamas"], "PSE")
IND_POLICE = gov(["police", "indian police", "security forces", "india"], "IND")
NAXALITES = ag(["naxalites", "twelve naxalites", "maoists", "naxalite"], "IND")
GULF_CARTEL = ag(["gulf cartel", "gulf cartel gunmen", "gunmen", "clan del golfo"], "COL")
ELN = ag(["national liberation army", "eln"], "COL")
SSD_FORCES = gov(["security forces", "south sudan", "south sudanese security forces", "police"], "SSD")
SSD_RIOTERS = civ(["people", "three people", "rioters", "protesters", "south sudanese"], "SSD")
SDN_HOMES = civ(["sudanese", "sudanese-owned houses", "houses", "three sudanese-owned houses"], "SDN")
SDN_MIL = mil(["sudanese soldiers", "soldiers", "sudanese army", "sudanese armed forces", "sudan"], "SDN")
SSD_CIV = civ(["south sudanese civilians", "civilians", "south sudanese"], "SSD")
MMR_GOV = gov(["myanmar government", "myanmar", "government"], "MMR")
KANO_COURT = gov(["sharia court", "court", "a sharia court in kano state", "nigeria"], "NGA")
KANO_MAN = per(["38-year-old man", "man", "a 38-year-old man"], "NGA")
KANO_VICTIMS = civ(["23 people", "people", "mosque", "worshippers"], "NGA")
US_SHOOTER = ag(["shooter", "gunman", "gunmen", "perpetrator", "perpetrators", "suspect", "attackers"], "USA")
US_VICTIMS = civ(["people", "two people", "victims", "family gathering"], "USA")
ICA_COURT = gov(["court", "a court in ica", "peru", "public ministry"], "PER")
PER_PROSECUTORS = gov(["public ministry", "prosecutors", "peru"], "PER")
ISR_SOLDIER = per(["israeli soldier", "soldier", "man"], "ISR")
TANOD = per(["shooter", "former tanod", "tanod", "gunman"], "PHL")
BARANGAY = gov(["barangay captain", "sangguniang barangay members", "barangay officials", "sangguniang kabataan secretary"], "PHL")
PASECHNIK = gov(["leonid pasechnik", "pasechnik", "luhansk people's republic", "head of the luhansk people's republic"], "RUS")
RUS_MIL = mil(["russian forces", "russia", "russian", "russian military"], "RUS")
UKR_MIL = mil(["ukraine", "ukrainian", "ukrainian forces", "ukrainian military"], "UKR")
SBU = mil(["sbu", "ukrainian sbu", "security service of ukraine", "ukraine", "ukrainian"], "UKR")
IZHEVSK_FACTORY = oth(["military factory", "factory", "russia", "people", "izhevsk"], "RUS")
UDMURT_HEAD = gov(["aleksandr brechalov", "brechalov", "head of the udmurt republic", "udmurt republic"], "RUS")
JNIM = ag(["jama'at nasr al-islam wal-muslimin", "jnim", "attackers", "80 attackers", "militants"], None)
MLI_MIL = mil(["mali armed forces", "malian army", "army", "mali", "malian army spokesperson", "fama"], "MLI")
BAL_MIL = ag(["militants", "dozens of militants", "insurgents", "balochistan liberation army", "bla"], "PAK")
PAK_POLICE = gov(["police station", "police", "pakistan", "banks", "two banks", "boy"], "PAK")
PHL_PROT = civ(["protesters", "demonstrators", "mass demonstrations", "demonstrations", "filipinos"], "PHL")
PHL_GOV = gov(["government", "philippine government", "philippines"], "PHL")
PER_PROT = civ(["thousands of people", "people", "protesters", "generation z", "generation z collective", "gen z"], "PER")
BOLUARTE = gov(["dina boluarte", "boluarte", "president dina boluarte", "president", "peru"], "PER")
TUN_POLICE = gov(["tunisian police", "police", "tunisia"], "TUN")
ISSA = per(["chaima issa", "issa", "national salvation front", "national salvation front member chaima issa"], "TUN")
TUN_COURT = gov(["appellate court", "court", "tunisia"], "TUN")
TUN_OPP = per(["opposition leaders", "several opposition leaders"], "TUN")
MEX_GUNMEN = ag(["armed attackers", "attackers", "gunmen", "gunman", "remaining attackers"], "MEX")
MEX_CIV = civ(["people", "seven people", "bar"], "MEX")
ITA_PROT = civ(["pro-palestinian protesters", "protesters"], None)
LA_STAMPA = oth(["la stampa", "italian newspaper la stampa", "offices"], "ITA")
HERDERS = ag(["herders"], "NGA")
FARMERS = civ(["farmers", "five farmers"], "NGA")
BANDITS = ag(["bandits", "bandit"], "NGA")
OYO_PARK = gov(["old oyo national park security personnel", "security personnel", "park rangers"], "NGA")
SYR_MIL = mil(["syrian armed forces", "syria", "syrian army", "syrian transitional government"], "SYR")
SDF = ag(["syrian democratic forces", "sdf"], "SYR")
USA_MIL = mil(["united states", "american", "us", "u.s.", "american airstrikes", "us military"], "USA")
VEN = st(["venezuela", "venezuelan military", "military", "venezuelan"], "VEN")
AUSTRALIA = gov(["australia", "australian government"], "AUS")
IRN_PLAYERS = per(["iranian women football players", "players", "five iranian women football players", "zahra ghanbari", "iran women's national football team"], "IRN")
IRAN = st(["iran", "iranian", "iranian government", "tehran"], "IRN")
NLD = gov(["netherlands", "dutch", "tom berendsen", "dutch foreign minister tom berendsen", "netherlands' embassy", "dutch foreign minister"], "NLD")
CHINA = st(["china", "beijing", "chinese"], "CHN")
PRK = st(["north korea", "pyongyang"], "PRK")
BOL_PROS = gov(["prosecutors", "prosecutors in bolivia", "bolivia"], "BOL")
ARGOLLO = per(["mario argollo", "argollo", "bolivian workers' center", "general secretary"], "BOL")
BOL_PROT = civ(["protesters", "bolivian workers' center", "protests"], "BOL")
BOL_GOV = gov(["government", "bolivia", "bolivian government"], "BOL")
TUR_SUSPECT = ag(["suspect", "gunman", "shooter"], "TUR")
TUR_CIV = civ(["people", "six people"], "TUR")
TUR_POLICE = gov(["police", "authorities", "turkey", "turkish police"], "TUR")
KEN_PROT = civ(["protesters", "protests", "transport strikes", "people"], "KEN")
KEN_GOV = gov(["government", "kenya", "kenyan government", "police"], "KEN")
EGY_SHOOTER = ag(["perpetrator", "gunman", "shooter"], "EGY")
EGY_CIV = civ(["people", "eight people"], "EGY")
EGY_FORCES = gov(["security forces", "egypt", "egyptian security forces", "police"], "EGY")
ESP_SHOOTER = ag(["perpetrator", "gunman", "shooter"], "ESP")
ESP_CIV = civ(["people", "two people"], "ESP")
ESP_POLICE = gov(["police", "spain", "guardia civil", "authorities"], "ESP")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SDN_CIV = civ(["people", "two people", "civilians", "cities", "sudan"], "SDN")
FARC_DISS = ag(["farc dissidents", "farc", "dissidents"], "COL")
COL_MIL = mil(["colombian soldiers", "soldiers", "two colombian soldiers", "colombia", "colombian army"], "COL")
LBY_SUB = oth(["electrical substation", "substation", "libya"], "LBY")
MEX_MIL = mil(["soldiers", "two soldiers", "authorities", "mexican army", "mexico", "tayoltita airfield", "airfield"], "MEX")
VESSEL = oth(["commercial vessel", "vessel", "three pakistanis", "pakistanis"], None)

def nat(names): return acc(names)  # natural event or accident: source is the event, kind other, nominal ASSAULT

ANN = {
 'conflicts-jan-17': [
  (ISR_CABINET, HAMAS, ['AGREE', 'COOPERATE'], "The Security Cabinet of Israel approves the proposed Gaza ceasefire agreement", at('Israel')),
  (IND_POLICE, NAXALITES, ['ASSAULT'], "Twelve Naxalites are killed in a police raid in Bijapur", at('Bijapur')),
  (GULF_CARTEL, ELN, ['ASSAULT'], "during a shootout between Gulf Cartel gunmen and the National Liberation Army (ELN) in Montelibano", at('Montelibano')),
  (ELN, GULF_CARTEL, ['ASSAULT'], "Nine people are killed during a shootout", at('Montelibano', r=F)),
  (SSD_FORCES, SSD_RIOTERS, ['ASSAULT', 'COERCE'], "are injured in clashes with security forces in Juba", at('Juba', r=F)),
  (SSD_RIOTERS, SSD_FORCES, ['ASSAULT', 'PROTEST'], "in Juba and Aweil, South Sudan", at('Aweil', r=F)),
  (SSD_RIOTERS, SDN_HOMES, ['ASSAULT'], "with three Sudanese-owned houses set on fire in Aweil", at('Aweil', r=F)),
  (SDN_MIL, SSD_CIV, ['ASSAULT'], "allegedly showing Sudanese soldiers killing South Sudanese civilians in Wad Madani", at('Wad Madani', r=F)),
 ],
 'disasters-mar-28': [
  (nat(["skyscraper collapse", "collapse", "skyscraper", "government office skyscraper"]), None, ['ASSAULT'], "An under-construction government office skyscraper collapses in Bangkok", at('Bangkok', r=F)),
  (nat(["earthquake", "7.7 magnitude earthquake", "myanmar earthquake"]), None, ['ASSAULT'], "A 7.7 magnitude earthquake strikes Sagaing, Myanmar", at('Sagaing', r=F)),
  (MMR_GOV, None, ['MOBILIZE'], "A state of emergency is declared by the Myanmar government", at('Myanmar', r=F)),
  (nat(["ava bridge", "bridge collapse", "earthquake"]), None, ['ASSAULT'], "The Ava Bridge in Mandalay Region, Myanmar, partially collapses", at('Mandalay Region', r=F)),
  (nat(["sinking", "sindbad submarine", "submarine"]), None, ['ASSAULT'], "yesterday's sinking of the Sindbad submarine in Hurghada", at('Hurghada', r=F)),
 ],
 'law-crime-may-26': [
  (KANO_COURT, KANO_MAN, ['SANCTION', 'COERCE'], "A Sharia court in Kano State, Nigeria, sentences a 38-year-old man to death", at('Kano State')),
  (KANO_MAN, KANO_VICTIMS, ['ASSAULT'], "for setting a mosque on fire and killing 23 people inside", NOWHERE_NR),
  (US_SHOOTER, US_VICTIMS, ['ASSAULT'], "are injured in a mass shooting in Philadelphia", at('Philadelphia', r=F)),
  (ICA_COURT, ISR_SOLDIER, ['INVESTIGATE'], "A court in Ica, Peru, opens a criminal investigation into an Israeli soldier", at('Ica')),
  (PER_PROSECUTORS, ISR_SOLDIER, ['INVESTIGATE', 'ACCUSE'], "The Public Ministry referred the case to the local court", at('Ica', r=F)),
  (TANOD, BARANGAY, ['ASSAULT'], "in a shooting in Dasmariñas, Cavite, Philippines", at('Dasmariñas')),
 ],
 'conflicts-jul-01': [
  (RUS_MIL, UKR_MIL, ['ASSAULT', 'COERCE'], "Russian forces have captured the entirety of the Luhansk Oblast", at('Luhansk Oblast', r=F)),
  (SBU, IZHEVSK_FACTORY, ['ASSAULT'], "A Ukrainian SBU drone attack on a military factory in Izhevsk", at('Izhevsk')),
  (UDMURT_HEAD, None, ['MOBILIZE'], "A state of emergency is later declared by Head of the Udmurt Republic", at('Udmurt Republic', r=F)),
  (JNIM, MLI_MIL, ['ASSAULT'], "claims responsibility for attacks on several Mali Armed Forces positions near Senegal", at('Mali')),
  (MLI_MIL, JNIM, ['ASSAULT'], "The Malian army spokesperson said 80 attackers were neutralized", at('Mali', r=F)),
  (BAL_MIL, PAK_POLICE, ['ASSAULT'], "when dozens of militants armed with guns and rockets storm a police station", at('Mastung District', r=F)),
  (BAL_MIL, PAK_POLICE, ['ASSAULT'], "set fire to two banks before fleeing in Mastung District", at('Mastung District', r=F)),
 ],
 'politics-sep-21': [
  (PHL_PROT, PHL_GOV, ['PROTEST'], "Mass demonstrations are held across the Philippines to protest corruption", at('Philippines')),
  (PER_PROT, BOLUARTE, ['PROTEST'], "collective protest in Lima, Peru, against President Dina Boluarte", at('Lima')),
 ],
 'law-crime-nov-29': [
  (US_SHOOTER, US_VICTIMS, ['ASSAULT'], "in a mass shooting during a family gathering at a banquet hall in Stockton", at('Stockton', r=F)),
  (TUN_POLICE, ISSA, ['COERCE'], "Tunisian police detain National Salvation Front member Chaima Issa in Tunis", at('Tunis')),
  (TUN_COURT, TUN_OPP, ['SANCTION', 'COERCE'], "after an appellate court recently issued prison terms of up to 45 years", at('Tunisia', r=F)),
  (MEX_GUNMEN, MEX_CIV, ['ASSAULT'], "when armed attackers open fire inside a bar in Tula de Allende", at('Tula de Allende', r=F)),
  (ITA_PROT, LA_STAMPA, ['PROTEST', 'ASSAULT'], "The offices of the Italian newspaper La Stampa in Turin are stormed", at('Turin')),
 ],
 'conflicts-jan-06': [
  (HERDERS, FARMERS, ['ASSAULT'], "Five farmers are killed in a shooting attack by herders in Kwande", at('Kwande')),
  (BANDITS, OYO_PARK, ['ASSAULT'], "are killed and others injured in a bandit attack in Orire", at('Orire')),
  (SYR_MIL, SDF, ['ASSAULT'], "after clashes between the Syrian Armed Forces and the Syrian Democratic Forces", at('Aleppo')),
  (SDF, SYR_MIL, ['ASSAULT'], "Seven people are killed and several others are wounded in Aleppo", at('Aleppo', r=F)),
  (USA_MIL, VEN, ['ASSAULT'], "killed during the American airstrikes on the country, including its capital Caracas", at('Venezuela', r=F)),
 ],
 'disasters-feb-19': [
  (nat(["collision", "trucks", "two trucks"]), None, ['ASSAULT'], "when two trucks collide head-on near Port Said", at('Port Said', r=F)),
  (nat(["gas explosion", "explosion", "building collapse"]), None, ['ASSAULT'], "after a gas explosion which then caused the building to collapse in Karachi", at('Karachi', r=F)),
  (nat(["fire engine", "crash"]), None, ['ASSAULT'], "when a fire engine plunges off a cliff in Xinhua County", at('Xinhua County', r=F)),
  (nat(["truck", "explosion", "crash"]), None, ['ASSAULT'], "when a truck transporting liquid gas crashes and explodes in Santiago", at('Santiago', r=F)),
  (nat(["power line", "high-voltage power line"]), None, ['ASSAULT'], "A person is killed and five others are injured in Pétion-Ville", at('Pétion-Ville', r=F)),
  (nat(["mudslide", "mine"]), None, ['ASSAULT'], "in a diamond mine after a mudslide in Kimberley", at('Kimberley', r=F)),
 ],
 'relations-mar-10': [
  (AUSTRALIA, IRN_PLAYERS, ['AID', 'COOPERATE'], "Australia grants humanitarian visas to five Iranian women football players", at('Australia')),
  (IRN_PLAYERS, IRAN, ['PROTEST', 'REJECT'], "after refusing to sing Iran's national anthem before an Asian Cup match in Gold Coast", at('Gold Coast', r=F)),
  (NLD, IRAN, ['RETREAT', 'SANCTION'], "announces the temporary relocation of staff and operations of the Netherlands' embassy in Tehran", at('Tehran')),
  (CHINA, PRK, ['COOPERATE', 'AGREE'], "Train services between Beijing, China, and Pyongyang, North Korea, are announced to resume", NOWHERE_NR),
 ],
 'law-crime-may-18': [
  (BOL_PROS, ARGOLLO, ['ACCUSE', 'COERCE'], "Prosecutors in Bolivia issue an arrest warrant for Mario Argollo", at('Bolivia')),
  (BOL_PROT, BOL_GOV, ['PROTEST'], "amid protests and road blockades in La Paz", at('La Paz', r=F)),
  (US_SHOOTER, US_VICTIMS, ['ASSAULT'], "Three people are killed in a drive-by shooting outside a mosque in San Diego", at('San Diego', r=F)),
  (TUR_SUSPECT, TUR_CIV, ['ASSAULT'], "are injured in a shooting spree, including one inside a restaurant, in Mersin", at('Mersin', r=F)),
  (TUR_POLICE, TUR_SUSPECT, ['COERCE', 'INVESTIGATE'], "A widespread manhunt is underway to catch the suspect", at('Mersin', r=F)),
  (KEN_PROT, KEN_GOV, ['PROTEST'], "are injured in nationwide protests and transport strikes triggered by a massive surge in fuel prices", at('Kenya')),
  (EGY_SHOOTER, EGY_CIV, ['ASSAULT'], "in a mass shooting at a crowded transportation hub in Abnub", at('Abnub', r=F)),
  (EGY_FORCES, EGY_SHOOTER, ['ASSAULT'], "The perpetrator is killed by security forces", at('Abnub')),
  (ESP_SHOOTER, ESP_CIV, ['ASSAULT'], "in a mass shooting at a home in El Ejido", at('El Ejido', r=F)),
  (ESP_POLICE, ESP_SHOOTER, ['COERCE'], "Andalusia, Spain. The perpetrator is arrested", at('El Ejido', r=F)),
 ],
 'disasters-jun-16': [
  (nat(["earthquake", "mw 6.7 earthquake", "central sulawesi earthquake"]), None, ['ASSAULT'], "when a Mw 6.7 earthquake strikes Palu", at('Palu', r=F)),
  (nat(["collision", "freight train", "train", "bus"]), None, ['ASSAULT'], "when a freight train collides with a bus in Triangle", at('Triangle', r=F)),
  (nat(["collision", "mini-dump truck", "pickup truck"]), None, ['ASSAULT'], "plunges into a ravine in Labrador, Pangasinan", at('Labrador', r=F)),
  (nat(["earthquake", "mw 6.3 earthquake"]), None, ['ASSAULT'], "when a Mw 6.3 earthquake strikes Da Qaidam", at('Da Qaidam', r=F)),
  (nat(["crash", "business jet", "cessna citation latitude", "fire"]), None, ['ASSAULT'], "catches fire after crashing on Loop 20 highway in Laredo", at('Laredo', r=F)),
 ],
 'conflicts-aug-12': [
  (RSF, SDN_CIV, ['ASSAULT'], "launch eight drone and land attacks across El Obeid", at('El Obeid')),
  (RSF, SDN_CIV, ['ASSAULT'], "The RSF launch drone strikes across multiple cities in Sudan, including its capital Khartoum", at('Khartoum')),
  (RSF, SDN_CIV, ['ASSAULT'], "and the River Nile cites of Ad-Damir", at('Ad-Damir', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "cites of Ad-Damir and Atbara", at('Atbara', r=F)),
  (FARC_DISS, COL_MIL, ['ASSAULT'], "are wounded in an ambush by FARC dissidents in Algeciras", at('Algeciras')),
  (unk(("drone strike", "drone", "unknown")), LBY_SUB, ['ASSAULT'], "A drone strike is reported on a electrical substation in Zawiya", at('Zawiya', r=F)),
  (MEX_GUNMEN, MEX_MIL, ['ASSAULT'], "A failed attack against the Tayoltita Airfield, in San Dimas Municipality", at('San Dimas', r=F)),
  (MEX_MIL, MEX_GUNMEN, ['ASSAULT'], "leaves one gunman killed and two soldiers wounded", at('San Dimas', r=F)),
  (MEX_MIL, MEX_GUNMEN, ['MOBILIZE', 'COERCE'], "Authorities deploy an operation in the zone to secure the area", at('San Dimas', r=F)),
  (unk(), VESSEL, ['ASSAULT'], "three Pakistanis were killed in a attack on a commercial vessel in the Red Sea", NOWHERE_NR),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
