# Gold events of the thirtieth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this
# set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Sri Lanka': ('LKA', (7.9, 80.7)), 'Singapore': ('SGP', (1.35, 103.82)), 'Argentina': ('ARG', (-38.4, -63.6)),
 'Pakistan': ('PAK', (30.4, 69.3)), 'Afghanistan': ('AFG', (33.9, 67.7)), 'China': ('CHN', (35.9, 104.2)),
 'Dominican Republic': ('DOM', (18.7, -70.2)), 'United States': ('USA', (39.8, -98.6)),
 'Thailand': ('THA', (15.9, 101.0)), 'France': ('FRA', (46.6, 2.2)), 'Russia': ('RUS', (61.5, 105.3)),
 'Ghana': ('GHA', (7.9, -1.0)),
 # regions, states, provinces, districts, counties, townships
 'Arizona': ('USA', (34.2, -111.6)), 'Khyber Pakhtunkhwa': ('PAK', (34.4, 72.0)),
 'Shilovsky District': ('RUS', (54.35, 40.9)), 'Region of Southern Denmark': ('DNK', (55.4, 9.1)),
 'Cauca': ('COL', (2.4, -76.8)), 'Tillabéri Region': ('NER', (14.6, 1.5)), 'Azad Kashmir': ('PAK', (34.0, 73.7)),
 'Los Angeles County': ('USA', (34.3, -118.2)), 'Paktika': ('AFG', (32.5, 68.8)),
 'Preston County': ('USA', (39.47, -79.67)), 'Helmand Province': ('AFG', (31.0, 64.0)),
 'Kandahar Province': ('AFG', (31.0, 65.7)), 'Zabul Province': ('AFG', (32.2, 67.2)),
 'South Kordofan': ('SDN', (11.2, 29.9)), 'Buryatia': ('RUS', (53.0, 109.0)), 'Hawaii': ('USA', (20.8, -156.3)),
 'Chamoli District': ('IND', (30.4, 79.4)), 'Chiba Prefecture': ('JPN', (35.5, 140.2)),
 'Mykolaiv Oblast': ('UKR', (47.3, 31.9)), 'Tanintharyi Region': ('MMR', (12.5, 98.9)),
 'Myaung Township': ('MMR', (21.8, 95.35)),
 # cities, towns, villages
 'Fall River': ('USA', (41.70, -71.16)), 'Southend-on-Sea': ('GBR', (51.54, 0.71)), 'Chakri': ('PAK', (33.31, 72.78)),
 'Algiers': ('DZA', (36.75, 3.06)), 'Bardhaman': ('IND', (23.23, 87.86)), 'Port-au-Prince': ('HTI', (18.54, -72.34)),
 'Minneapolis': ('USA', (44.98, -93.27)), 'Porepunkah': ('AUS', (-36.70, 146.91)), 'Gaza City': ('PSE', (31.52, 34.45)),
 'Tbilisi': ('GEO', (41.72, 44.79)), 'Chicago': ('USA', (41.88, -87.63)), 'Atlanta': ('USA', (33.75, -84.39)),
 'Houston': ('USA', (29.76, -95.37)), 'Sugar Land': ('USA', (29.62, -95.63)), 'Lima': ('PER', (-12.05, -77.04)),
 'Kabul': ('AFG', (34.53, 69.17)), 'Msayleh': ('LBN', (33.48, 35.33)), 'Kostiantynivka': ('UKR', (48.53, 37.71)),
 'Bissau': ('GNB', (11.86, -15.60)), 'Doha': ('QAT', (25.29, 51.53)), 'Sagaing': ('MMR', (21.88, 95.98)),
 'Providence': ('USA', (41.82, -71.41)), 'Besançon': ('FRA', (47.24, 6.02)), 'Chicama': ('PER', (-7.84, -79.15)),
 'Mannheim': ('DEU', (49.49, 8.47)), 'Stourbridge': ('GBR', (52.46, -2.15)), 'Lewes': ('GBR', (50.87, 0.01)),
 'Kryvyi Rih': ('UKR', (47.91, 33.39)),
}
COUNTRY_LEVEL = {'Sri Lanka', 'Singapore', 'Argentina', 'Pakistan', 'Afghanistan', 'China', 'Dominican Republic',
                 'United States', 'Thailand', 'France', 'Russia', 'Ghana'}


def at(name, **o):
    d = {'w': (name, P[name][0]), 'll': P[name][1]}
    d.update(o)
    return d


NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': F}


def nat(names, c=None):
    """a natural event or accident: no agent; the event itself is the source (kind other)"""
    return oth(list(names), c)


def unk(names=("unknown", "gunmen", "attackers"), c=None):
    return oth(list(names), c)


# actors
USA_ = st(["united states", "us", "u.s.", "american", "us government", "u.s. government"], "USA")
USA_CIV = civ(["people", "residents", "victims", "civilians"], "USA")
GBR_CIV = civ(["people", "passengers", "residents"], "GBR")
PAK_CIV = civ(["people", "passengers", "civilians", "residents"], "PAK")
LKA_COURT = gov(["court", "sri lankan court", "colombo court", "magistrate", "sri lanka", "sri lankan authorities"], "LKA")
LKA_POLICE = gov(["police", "sri lankan police", "criminal investigation department", "cid", "sri lanka", "sri lankan authorities"], "LKA")
WICKREMESINGHE = per(["ranil wickremesinghe", "wickremesinghe", "former sri lankan president", "former president", "former sri lankan president ranil wickremesinghe"], "LKA")
HTI_POLICE = gov(["haitian police", "police", "haitian national police", "haiti", "pnh"], "HTI")
VIV_ANSANM = ag(["viv ansanm", "viv ansanm gang", "gang", "gangs"], "HTI")
AUS_POLICE = gov(["police", "police officers", "two police officers", "victoria police", "officers"], "AUS")
AUS_SHOOTER = per(["sovereign citizen", "perpetrator", "gunman", "suspected sovereign citizen", "attacker", "dezi freeman"], "AUS")
ISRAEL_ = st(["israel", "israeli", "israeli army", "israeli forces", "idf", "israel defense forces", "israeli military"], "ISR")
PAL_CIV = civ(["palestinians", "53 palestinians", "people", "civilians", "residents"], "PSE")
FARC_DISS = ag(["farc dissidents", "farc", "dissidents", "estado mayor central", "emc"], "COL")
COL_POLICE = gov(["police", "police officer", "police station", "colombian police", "national police"], "COL")
COL_MIL = mil(["military", "colombian military", "army", "colombian army", "troops", "colombia"], "COL")
NER_MIL = mil(["soldiers", "fourteen soldiers", "nigerien soldiers", "nigerien army", "niger", "nigerien government"], "NER")
GEO_PROT = civ(["protestors", "protesters", "demonstrators", "opposition supporters"], "GEO")
GEO_POLICE = gov(["police", "georgian police", "riot police", "georgia", "georgian government"], "GEO")
AJK_PROT = civ(["protests", "protesters", "civil rights alliance", "jammu kashmir joint awami action committee", "jkjaac", "awami action committee"], "PAK")
AJK_GOV = gov(["government", "pakistani government", "pakistan", "federal government", "azad kashmir government", "authorities"], "PAK")
TX_TROOPS = mil(["texas military forces", "texas military forces troops", "troops", "texas national guard", "national guard", "hundreds of texas military forces troops"], "USA")
US_POLICE = gov(["police", "us marshals", "authorities", "law enforcement", "fbi"], "USA")
GROVES = per(["derrick groves", "groves", "prisoner", "escaped prisoner", "fugitive"], "USA")
SINGAPORE = st(["singapore", "singaporean authorities", "singapore government", "singaporean government", "singapore prison service"], "SGP")
PANNIR = per(["pannir selvam pranthaman", "pannir selvam", "malaysian man", "malaysian"], "MYS")
US_FED = gov(["authorities", "federal authorities", "police", "federal agents", "atf", "us authorities", "justice department"], "USA")
PALISADES_MAN = per(["29-year-old man", "man", "jonathan rinderknecht", "suspect", "arsonist"], "USA")
ARG_COURT = gov(["court", "argentine court", "tribunal", "judges", "argentina", "federal court"], "ARG")
SABAG = per(["sabag montiel", "fernando sabag montiel", "montiel", "attacker"], "ARG")
ULIARTE = per(["brenda uliarte", "uliarte", "girlfriend", "accomplice"], "ARG")
KIRCHNER = per(["cristina fernández de kirchner", "cristina fernandez de kirchner", "kirchner", "former president", "vice president"], "ARG")
US_SHOOTER = per(["perpetrator", "gunman", "shooter", "attacker"], "USA")
PER_CIV = civ(["people", "six people", "musicians", "four musicians", "concertgoers", "fans"], "PER")
PAK_MIL = mil(["pakistan", "pakistani", "pakistani military", "pakistani forces", "pakistani army", "pakistan army", "pakistani artillery", "pakistani air force"], "PAK")
AFG_MIL = mil(["afghan armed forces", "afghan military", "afghan forces", "afghanistan", "taliban", "afghan taliban", "taliban outposts", "afghan posts"], "AFG")
LBN_CIV = civ(["people", "one person", "civilians", "residents", "lebanon"], "LBN")
RUSSIA_ = st(["russia", "russian", "russian forces", "russian military", "russian army", "russian armed forces"], "RUS")
UKR_CIV = civ(["people", "civilians", "worshippers", "residents", "ukrainians", "children"], "UKR")
DOGHMUSH = ag(["doghmush clan", "doghmush", "clan", "doghmush family", "clan member"], "PSE")
HAMAS = ag(["hamas", "hamas members", "two hamas members", "hamas security forces", "al-qassam brigades"], "PSE")
NIGERIA_ = st(["nigeria", "nigerian government", "nigerian embassy", "nigerian", "federal government of nigeria"], "NGA")
DIAS = per(["fernando dias da costa", "fernando dias", "dias", "opposition leader", "presidential candidate"], "GNB")
CANADA = st(["canada", "canadian government", "ottawa", "canadian"], "CAN")
EU_ = igo(["european union", "eu", "security action for europe", "safe"])
CHINA_ = st(["china", "chinese", "beijing", "chinese government", "chinese authorities", "general administration of customs"], "CHN")
SPAIN = st(["spain", "spanish", "spanish government", "madrid", "spanish pork exporters"], "ESP")
DOM = st(["dominican republic", "dominican government", "dominican", "santo domingo"], "DOM")
USMIL = mil(["united states military personnel", "us military", "u.s. military", "united states military", "united states", "us forces"], "USA")
HERNANDEZ = per(["juan orlando hernández", "juan orlando hernandez", "hernández", "hernandez", "former honduran president"], "HND")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump", "president trump", "united states"], "USA")
THAILAND = st(["thailand", "thai", "thai government", "thai authorities", "bangkok"], "THA")
YQUYNH = per(["y quynh bđăp", "y quynh bdap", "vietnamese citizen", "activist"], "VNM")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SDN_CIV = civ(["people", "fifty people", "children", "33 children", "civilians", "kindergarten"], "SDN")
COLOMBIA = st(["colombia", "colombian government", "government of colombia", "colombian"], "COL")
CLAN_GOLFO = ag(["clan del golfo", "gulf clan", "gaitanista self-defense forces", "egc", "agc"], "COL")
TATMADAW = mil(["tatmadaw", "myanmar military", "military", "junta", "myanmar's military", "myanmar army", "myanmar"], "MMR")
MMR_CIV = civ(["civilians", "18 civilians", "people", "monks", "villagers", "worshippers"], "MMR")
MMR_RES = ag(["resistance groups", "resistance fighters", "resistance", "people's defence force", "pdf", "villages"], "MMR")
US_GUNMAN_BROWN = per(["suspect", "48-year-old suspect", "gunman", "shooter", "claudio neves valente"], None)
BROWN_CIV = civ(["students", "people", "brown university", "victims"], "USA")
FRA_COURT = gov(["court", "french court", "doubs assize court", "assize court", "france", "judges"], "FRA")
PECHIER = per(["frédéric péchier", "frederic pechier", "péchier", "pechier", "anesthesiologist"], "FRA")
FRA_CIV = civ(["patients", "30 patients", "people"], "FRA")
PER_GUNMEN = unk(("gunmen", "attackers", "unknown", "hitmen", "assailants"), "PER")
ROJAS = per(["elena rojas", "councilwoman elena rojas", "councilwoman", "rojas"], "PER")
DEU_COURT = gov(["mannheim regional court", "regional court", "court", "german court", "mannheim court"], "DEU")
SCHEUERMANN = per(["alexander scheuermann", "scheuermann", "perpetrator", "driver"], "DEU")
DEU_CIV = civ(["people", "pedestrians", "victims", "crowd"], "DEU")
RUS_COURT = gov(["russian military court", "military court", "court", "russia", "russian court"], "RUS")
BLR_MAN = per(["belarusian national", "belarusian", "man", "saboteur"], "BLR")
RUS_RAIL = oth(["freight trains", "two freight trains", "trains", "railway", "russian railways"], "RUS")
HAWAII_GOV = gov(["hawaii governor josh green", "josh green", "governor", "hawaii governor", "hawaii", "state of hawaii"], "USA")
UKR_CIV2 = civ(["people", "four people", "children", "three children", "civilians", "residents"], "UKR")
PAK_FORCES = mil(["pakistani forces", "pakistani security forces", "security forces", "pakistan", "pakistani military", "pakistani army"], "PAK")
PAK_MILITANTS = ag(["militants", "49 militants", "pakistani taliban", "tehreek-e-taliban pakistan", "ttp", "balochistan liberation army", "bla"], "PAK")

ANN = {
 'disasters-jul-13': [
  (nat(["dragon bravo fire", "fire", "wildfire", "arizona wildfires"]), oth(["grand canyon lodge", "lodge"], "USA"), ['ASSAULT'], "The Grand Canyon Lodge in Arizona, United States, is destroyed", at('Arizona', r=F)),
  (nat(["fire", "assisted-living fire", "fall river assisted-living fire"]), USA_CIV, ['ASSAULT'], "in a fire at an assisted living facility in Fall River", at('Fall River', r=F)),
  (nat(["crash", "beechcraft king air b200", "aircraft", "zeusch aviation flight 1", "fire"]), GBR_CIV, ['ASSAULT'], "A Beechcraft King Air B200 aircraft crashes and catches fire", at('Southend-on-Sea', r=F)),
  (nat(["bus", "crash", "accident"]), PAK_CIV, ['ASSAULT'], "A bus plunges into a ravine near Chakri", at('Chakri', r=F)),
 ],
 'disasters-aug-15': [
  (nat(["helicopter", "mil mi-17", "crash", "helicopter crash", "bad weather"]), PAK_CIV, ['ASSAULT'], "Government Mil Mi-17 helicopter crashes in bad weather", at('Khyber Pakhtunkhwa', r=F)),
  (nat(["flooding", "floods", "flood", "pakistan floods"]), PAK_CIV, ['ASSAULT'], "dozens are reported missing, and structures are damaged and destroyed in flooding", at('Khyber Pakhtunkhwa', r=F)),
  (nat(["hurricane erin", "hurricane", "erin"]), None, ['ASSAULT'], "The first hurricane of the 2025 season, Hurricane Erin, forms", NOWHERE_NR),
  (nat(["explosion", "fire", "lesnoy factory explosion", "gunpowder plant"]), civ(["people", "workers", "eleven people"], "RUS"), ['ASSAULT'], "in an explosion and fire at a gunpowder plant in Shilovsky District", at('Shilovsky District', r=F)),
  (nat(["bus", "crash", "accident"]), civ(["people", "passengers", "eighteen people"], "DZA"), ['ASSAULT'], "when a bus plunges into a valley in Algiers", at('Algiers', r=F)),
  (nat(["bus", "truck", "collision", "accident"]), civ(["people", "passengers", "ten people"], "IND"), ['ASSAULT'], "A bus collides with a stationary truck in Bardhaman", at('Bardhaman', r=F)),
  (nat(["train", "slurry tanker", "collision", "derailment"]), civ(["people", "passengers", "one person"], "DNK"), ['ASSAULT'], "when a train collides with a slurry tanker on a level crossing", at('Region of Southern Denmark', r=F)),
 ],
 'law-crime-aug-26': [
  (LKA_COURT, WICKREMESINGHE, ['CONCEDE'], "Former Sri Lankan president Ranil Wickremesinghe is granted bail", at('Sri Lanka', r=F)),
  (LKA_POLICE, WICKREMESINGHE, ['COERCE'], "after being arrested on allegations of misusing public funds", at('Sri Lanka', r=F)),
  (HTI_POLICE, VIV_ANSANM, ['ASSAULT', 'COERCE'], "Haitian police regain control of the Téléco telecommunications hub in Port-au-Prince", at('Port-au-Prince')),
  (VIV_ANSANM, oth(["téléco", "teleco", "téléco telecommunications hub", "telecommunications hub"], "HTI"), ['ASSAULT', 'COERCE'], "after it was seized by the Viv Ansanm gang", at('Port-au-Prince', r=F)),
  (unk(("gunman", "shooter", "unknown", "attacker")), USA_CIV, ['ASSAULT'], "in a mass shooting near Interstate 35 in Minneapolis", at('Minneapolis', r=F)),
  (AUS_SHOOTER, AUS_POLICE, ['ASSAULT'], "Two police officers are shot and killed and a third is wounded", at('Porepunkah', r=F)),
 ],
 'conflicts-sep-14': [
  (ISRAEL_, PAL_CIV, ['ASSAULT'], "including 35 in Gaza City where the Israeli army has been concentrating its assault", at('Gaza City')),
  (FARC_DISS, COL_POLICE, ['ASSAULT'], "in an attack on a police station in Cauca", at('Cauca')),
  (COL_MIL, FARC_DISS, ['MOBILIZE'], "prompting military deployment to restore order", at('Cauca', r=F)),
  (unk(("unknown militants", "militants", "jihadists", "unknown")), NER_MIL, ['ASSAULT'], "were killed in ambushes by unknown militants in the Tillabéri Region", at('Tillabéri Region', r=F)),
 ],
 'politics-oct-04': [
  (GEO_PROT, GEO_POLICE, ['PROTEST', 'ASSAULT'], "Protestors attempt to storm the Orbeliani Palace", at('Tbilisi')),
  (GEO_POLICE, GEO_PROT, ['COERCE', 'ASSAULT'], "clash with police in Tbilisi, Georgia", at('Tbilisi', r=F)),
  (AJK_PROT, AJK_GOV, ['PROTEST'], "Violent protests that killed at least ten people in Azad Kashmir", at('Azad Kashmir', r=F)),
  (AJK_GOV, AJK_PROT, ['AGREE'], "end as a peace agreement is reached with a civil rights alliance", at('Azad Kashmir', r=F)),
 ],
 'law-crime-oct-08': [
  (TX_TROOPS, civ(["chicago", "city", "residents", "protesters"], "USA"), ['MOBILIZE'], "Hundreds of Texas Military Forces troops arrive at a United States Army Reserve military base near Chicago", at('Chicago')),
  (US_POLICE, GROVES, ['COERCE'], "is captured in Atlanta following a standoff with police at a house", at('Atlanta')),
  (SINGAPORE, PANNIR, ['COERCE', 'ASSAULT'], "Singapore executes Pannir Selvam Pranthaman", at('Singapore')),
  (US_FED, PALISADES_MAN, ['COERCE'], "A 29-year-old man is arrested for allegedly starting the Palisades Fire", NOWHERE_NR),
  (PALISADES_MAN, USA_CIV, ['ASSAULT'], "destroyed more than 6,000 homes in Los Angeles County", at('Los Angeles County', r=F)),
  (ARG_COURT, SABAG, ['COERCE'], "Sabag Montiel is sentenced to ten years", at('Argentina', r=F)),
  (SABAG, KIRCHNER, ['ASSAULT'], "for attempting to assassinate the former president of Argentina", NOWHERE_NR),
  (ARG_COURT, ULIARTE, ['COERCE'], "His girlfriend, Brenda Uliarte, is sentenced to eight years", at('Argentina', r=F)),
  (US_SHOOTER, USA_CIV, ['ASSAULT'], "in a shooting spree at three locations across southwest Houston", at('Houston', r=F)),
  (US_SHOOTER, USA_CIV, ['ASSAULT'], "southwest Houston and Sugar Land, Texas", at('Sugar Land', r=F)),
  (unk(("gunmen", "unknown", "attackers", "shooter")), PER_CIV, ['ASSAULT'], "in a mass shooting at an Agua Marina concert in Lima", at('Lima', r=F)),
 ],
 'conflicts-oct-11': [
  (PAK_MIL, AFG_MIL, ['ASSAULT'], "Following Pakistani airstrikes in Afghanistan in Kabul", at('Kabul', r=F)),
  (PAK_MIL, AFG_MIL, ['ASSAULT'], "in Kabul and Paktika on October 9th", at('Paktika', r=F)),
  (AFG_MIL, PAK_MIL, ['ASSAULT'], "the Afghan Armed Forces launches attacks on several border posts of Pakistan", at('Pakistan')),
  (PAK_MIL, AFG_MIL, ['ASSAULT'], "Pakistan responds with retaliatory strikes, gunfire and ground raids on Afghan posts", at('Afghanistan')),
  (ISRAEL_, LBN_CIV, ['ASSAULT'], "in Israeli attacks in Msayleh, An-Najjariyah, Lebanon", at('Msayleh')),
  (RUSSIA_, UKR_CIV, ['ASSAULT'], "in a Russian strike on a church in Kostiantynivka", at('Kostiantynivka')),
  (DOGHMUSH, HAMAS, ['ASSAULT'], "Two Hamas members are killed by the Doghmush clan in an ambush in Gaza City", at('Gaza City')),
  (HAMAS, DOGHMUSH, ['ASSAULT', 'COERCE'], "A clan member is killed and 30 arrested in retaliation", at('Gaza City', r=F)),
 ],
 'relations-dec-01': [
  (NIGERIA_, DIAS, ['AID', 'SUPPORT'], "Nigeria grants asylum to Guinea-Bissau opposition leader", at('Bissau')),
  (CANADA, EU_, ['AGREE', 'COOPERATE'], "Canada agrees to join the European Union's Security Action for Europe initiative", NOWHERE),
  (CHINA_, SPAIN, ['CONCEDE', 'COOPERATE'], "China permits Spain to resume pork exports", at('China')),
  (DOM, USMIL, ['COOPERATE', 'AGREE'], "The Dominican Republic announces that its temporary agreement permitting United States military personnel", at('Dominican Republic', r=F)),
  (USA_, HERNANDEZ, ['CONCEDE'], "Former Honduran president Juan Orlando Hernández is released from a prison in Preston County", at('Preston County')),
  (TRUMP, HERNANDEZ, ['CONCEDE'], "after U.S. president Donald Trump pardoned Hernández", at('United States', r=F)),
  (THAILAND, YQUYNH, ['COERCE'], "Thailand extradites Vietnamese citizen Y Quynh Bđăp", at('Thailand')),
 ],
 'conflicts-dec-05': [
  (AFG_MIL, PAK_MIL, ['ASSAULT'], "The Afghan military and Pakistani military exchange fire along their border", NOWHERE),
  (PAK_MIL, AFG_MIL, ['ASSAULT'], "with Pakistani artillery targeting several Taliban outposts", at('Helmand Province')),
  (PAK_MIL, AFG_MIL, ['ASSAULT'], "outposts in the Helmand, Kandahar", at('Kandahar Province', r=F)),
  (PAK_MIL, AFG_MIL, ['ASSAULT'], "Helmand, Kandahar, and Zabul provinces", at('Zabul Province', r=F)),
  (AFG_MIL, PAK_MIL, ['ACCUSE'], "Both sides accuse the other of instigating the clashes", NOWHERE_NR),
  (RSF, SDN_CIV, ['ASSAULT'], "after the Rapid Support Forces strike a kindergarten in South Kordofan", at('South Kordofan')),
  (COLOMBIA, CLAN_GOLFO, ['AGREE'], "Colombia and the Clan del Golfo agree in Doha, Qatar", at('Doha')),
  (TATMADAW, MMR_CIV, ['ASSAULT'], "The Tatmadaw conducts an airstrike on a tea shop in Sagaing", at('Sagaing')),
 ],
 'law-crime-dec-18': [
  (US_GUNMAN_BROWN, BROWN_CIV, ['ASSAULT'], "suspect of the mass shooting at Brown University in Providence", at('Providence', r=F)),
  (FRA_COURT, PECHIER, ['COERCE'], "Doubs, France, is sentenced to life in prison", at('France', r=F)),
  (PECHIER, FRA_CIV, ['ASSAULT'], "found guilty of poisoning 30 patients and killing twelve", at('Besançon', r=F)),
  (PER_GUNMEN, ROJAS, ['ASSAULT'], "Councilwoman Elena Rojas is assassinated", at('Chicama', r=F)),
  (DEU_COURT, SCHEUERMANN, ['COERCE'], "The Mannheim Regional Court convicts Alexander Scheuermann", at('Mannheim')),
  (SCHEUERMANN, DEU_CIV, ['ASSAULT'], "the perpetrator of a car attack in Mannheim", at('Mannheim', r=F)),
  (RUS_COURT, BLR_MAN, ['COERCE'], "A Russian military court sentences a Belarusian national to 22 years in prison", at('Russia')),
  (BLR_MAN, RUS_RAIL, ['ASSAULT'], "planting explosives on two freight trains in Buryatia", at('Buryatia', r=F)),
 ],
 'disasters-aug-13': [
  (HAWAII_GOV, civ(["residents", "people", "hawaii"], "USA"), ['MOBILIZE'], "Hawaii governor Josh Green declares a state of emergency", at('Hawaii', r=F)),
  (nat(["wildfires", "wildfire", "multiple wildfires", "fire"]), GBR_CIV, ['ASSAULT'], "with widespread damage in Stourbridge, West Midlands", at('Stourbridge', r=F)),
  (nat(["derailment", "train", "commuter train", "gtr southern commuter train", "lewes derailment"]), GBR_CIV, ['ASSAULT'], "when a GTR Southern commuter train derails near Lewes", at('Lewes', r=F)),
  (nat(["collision", "trucks", "minibuses", "crash", "accident"]), civ(["people", "eleven people", "passengers"], "GHA"), ['ASSAULT'], "two minibuses, two cars and a tricycle collided on the Accra–Kumasi Expressway", at('Ghana', r=F)),
  (nat(["tunnel collapse", "tunnel", "collapse"]), civ(["people", "seven people", "workers"], "IND"), ['ASSAULT'], "after an under-construction tunnel collapsed in Chamoli District", at('Chamoli District', r=F)),
  (nat(["flooding", "rainfall", "torrential rainfall", "thunderstorms", "floods"]), civ(["people", "eight people", "residents"], "JPN"), ['ASSAULT'], "causes widespread flooding in Chiba Prefecture", at('Chiba Prefecture', r=F)),
 ],
 'conflicts-aug-21': [
  (RUSSIA_, UKR_CIV, ['ASSAULT'], "Russian drone strikes on a shopping center in Kryvyi Rih", at('Kryvyi Rih')),
  (RUSSIA_, UKR_CIV2, ['ASSAULT'], "A Russian strike on a neighborhood in Mykolaiv Oblast", at('Mykolaiv Oblast')),
  (PAK_FORCES, PAK_MILITANTS, ['ASSAULT'], "Pakistani forces raid multiple hideouts and kill 49 militants", at('Khyber Pakhtunkhwa')),
  (TATMADAW, MMR_RES, ['MOBILIZE'], "Myanmar's military deployed hundreds of troops around the proposed Dawei Special Economic Zone", at('Tanintharyi Region', r=F)),
  (TATMADAW, MMR_RES, ['ASSAULT'], "burning villages and pushing resistance groups back", at('Tanintharyi Region', r=F)),
  (TATMADAW, MMR_CIV, ['ASSAULT'], "after the Tatmadaw bombarded a Buddhist monastery compound in Myaung Township", at('Myaung Township')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
