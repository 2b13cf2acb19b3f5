# Gold events of the fifty-fourth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Serbia': ('SRB', (44.0, 20.9)), 'Hungary': ('HUN', (47.2, 19.5)), 'Pakistan': ('PAK', (30.4, 69.3)),
 'India': ('IND', (22.0, 79.0)), 'Ecuador': ('ECU', (-1.8, -78.2)), 'Turkey': ('TUR', (39.0, 35.2)),
 'Ukraine': ('UKR', (49.0, 31.4)), 'Mali': ('MLI', (17.6, -4.0)), 'Peru': ('PER', (-9.2, -75.0)),
 'United States': ('USA', (39.8, -98.6)), 'Germany': ('DEU', (51.2, 10.4)), 'Croatia': ('HRV', (45.1, 15.2)),
 # regions, provinces, oblasts, states, districts, municipalities
 'South Kivu': ('COD', (-3.0, 28.3)), 'District of Columbia': ('USA', (38.90, -77.03)),
 'Zakarpattia Oblast': ('UKR', (48.4, 23.3)), 'Gaza Strip': ('PSE', (31.42, 34.38)),
 'Faskari': ('NGA', (11.72, 7.03)), 'Sintiki': ('GRC', (41.24, 23.39)), 'Valdivia': ('COL', (7.16, -75.44)),
 'Victoria': ('AUS', (-36.9, 144.3)), 'New South Wales': ('AUS', (-32.2, 147.0)), 'French Alps': ('FRA', (45.4, 6.6)),
 'Ejin Banner': ('CHN', (41.96, 101.07)), 'Gush Etzion': ('PSE', (31.65, 35.12)),
 # cities, towns, villages
 'Bukavu': ('COD', (-2.51, 28.86)), 'Chernobyl': ('UKR', (51.39, 30.10)), 'Harnai': ('PAK', (30.10, 67.94)),
 'Belgrade': ('SRB', (44.82, 20.46)), 'Dhaka': ('BGD', (23.81, 90.41)), 'Manacor': ('ESP', (39.57, 3.21)),
 'Gaza City': ('PSE', (31.50, 34.47)), 'Udhampur': ('IND', (32.92, 75.14)), 'Pathankot': ('IND', (32.27, 75.65)),
 'Beas': ('IND', (31.52, 75.29)), 'Sirsa': ('IND', (29.53, 75.03)), 'Obeid': ('SDN', (13.18, 30.22)),
 'Tripoli': ('LBY', (32.89, 13.19)), 'Tabayin': ('MMR', (22.69, 95.39)), 'Dabiq': ('SYR', (36.54, 37.27)),
 'Narena': ('MLI', (12.0, -8.7)), 'Mogadishu': ('SOM', (2.05, 45.32)), 'Mandera': ('KEN', (3.94, 41.86)),
 'Deir al-Balah': ('PSE', (31.42, 34.35)), 'Kyiv': ('UKR', (50.45, 30.52)), 'Bacolor': ('PHL', (14.99, 120.65)),
 'Göppingen': ('DEU', (48.70, 9.65)), 'Islamabad': ('PAK', (33.69, 73.05)), 'Bolton': ('GBR', (53.58, -2.43)),
 'Butler': ('USA', (38.26, -94.33)), 'Rio de Janeiro': ('BRA', (-22.91, -43.17)),
}
COUNTRY_LEVEL = {'Serbia', 'Hungary', 'Pakistan', 'India', 'Ecuador', 'Turkey', 'Ukraine', 'Mali', 'Peru',
                 'United States', 'Germany', 'Croatia'}


def at(name, r=True):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    return o


NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': False}


def nat(names):  # a natural event or an accident: no agent
    return oth(names, None)


def unk(names=("unknown", "gunmen", "attackers")):
    return oth(list(names), None)


# actors
M23 = ag(["m23", "m23 rebels", "m23 forces", "march 23 movement", "rebels"], "COD")
RWA_MIL = mil(["rwandan troops", "rwanda", "rwandan army", "rwanda defence force", "rwandan forces"], "RWA")
RWANDA = st(["rwanda", "rwandan", "kigali", "rwandan government", "rwandan troops"], "RWA")
COD_MIL = mil(["congolese troops", "congolese army", "fardc", "democratic republic of the congo", "dr congo",
               "congolese forces", "congo"], "COD")
TSHISEKEDI = gov(["félix tshisekedi", "tshisekedi", "congolese president félix tshisekedi", "congolese president",
                  "democratic republic of the congo", "dr congo"], "COD")
RUS_MIL = mil(["russia", "russian", "russian forces", "russian drone", "russian combat drone", "drone",
               "russian military", "russian army"], "RUS")
UKR = st(["ukraine", "ukrainian", "kyiv", "ukrainian government", "new safe confinement", "chernobyl",
          "ukrainian civilians", "people"], "UKR")
PAK_MINERS = civ(["coal miners", "eleven coal miners", "miners", "truck", "people"], "PAK")
SRB_STUDENTS = civ(["students", "hundreds of students", "protesters", "serbian students", "demonstrators"], "SRB")
SRB_PROT = civ(["protests", "protesters", "students", "demonstrators", "serbians"], "SRB")
SRB_GOV = gov(["serbian government", "serbia", "government", "aleksandar vučić", "vučić", "president aleksandar vučić"], "SRB")
RTS = oth(["radio television of serbia", "rts", "state television station", "state television", "serbian government"], "SRB")
SRB_POLICE = gov(["police", "police officer", "serbian police", "one police officer"], "SRB")
US_JUDGE = gov(["amir ali", "united states district judge", "district court", "judge", "us district judge",
                "u.s. district judge", "district court of the district of columbia"], "USA")
TRUMP_ADM = gov(["trump administration", "administration", "donald trump", "trump", "united states", "us government"], "USA")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president", "president donald trump",
             "united states", "trump administration"], "USA")
US_CIT = civ(["united states citizens", "us citizens", "american citizens", "citizens"], "USA")
BGD_COURT = gov(["court", "court in dhaka", "bangladeshi court", "anti-corruption commission", "bangladesh",
                 "dhaka court"], "BGD")
SIDDIQ = per(["tulip siddiq", "siddiq", "united kingdom mp", "uk mp", "mp"], "GBR")
HUN_GOV = gov(["hungarian government", "hungary", "government", "hungarian parliament", "viktor orbán", "orbán"], "HUN")
HUN_LGBT = civ(["lgbtq", "lgbtq people", "lgbtq community", "budapest pride", "lgbtq events"], "HUN")
ESP_GUARD = gov(["spanish civil guard", "civil guard", "guardia civil", "spain", "spanish police", "police"], "ESP")
RUS_CIT = per(["two russian citizens", "russian citizens", "russians", "two russians"], "RUS")
MACRON = gov(["emmanuel macron", "macron", "french president emmanuel macron", "french president", "france"], "FRA")
TUSK = gov(["donald tusk", "tusk", "polish prime minister donald tusk", "polish prime minister", "poland"], "POL")
SBU = gov(["security service of ukraine", "sbu", "ukraine", "ukrainian security service", "ukrainian authorities"], "UKR")
SUSPECTS_UA = civ(["two people", "people", "suspects", "spies", "alleged spies"], "UKR")
HUN_MFA = gov(["hungarian foreign ministry", "foreign ministry", "hungary", "hungarian government", "budapest"], "HUN")
UKR_DIPL = gov(["two ukrainian diplomats", "ukrainian diplomats", "diplomats", "ukraine"], "UKR")
ISR_MIL = mil(["israel", "israeli", "israeli military", "israel defense forces", "idf", "israeli air force",
               "israeli forces", "israeli airstrikes"], "ISR")
PSE_CIV = civ(["palestinians", "palestinian", "civilians", "children", "people"], "PSE")
PAK_MIL = mil(["pakistan", "pakistani", "pakistan air force", "paf", "pakistani military", "pakistan armed forces",
               "pakistani missile", "pakistani fatah-ii missile", "fatah-ii missile"], "PAK")
IND = st(["india", "indian", "indian armed forces", "indian military", "indian air force", "indian government",
          "new delhi", "india jets", "indian jets"], "IND")
IND_GOV = gov(["india", "indian government", "government of india"], "IND")
PAK_GOV = gov(["pakistan", "ishaq dar", "dar", "pakistani deputy prime minister ishaq dar", "pakistani government",
               "pakistani deputy prime minister"], "PAK")
IND_MISRI = gov(["india", "vikram misri", "misri", "indian foreign secretary vikram misri", "indian foreign secretary",
                 "indian government"], "IND")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SDN_PRIS = civ(["prisoners", "prison", "inmates", "people"], "SDN")
ECU_GUER = ag(["guerrillas", "guerrilla", "rebels", "armed group"], "ECU")
ECU_MIL = mil(["soldiers", "eleven soldiers", "ecuadorian army", "ecuador", "ecuadorian military",
               "ecuadorian soldiers"], "ECU")
HAMAS = ag(["hamas", "hamas's elite nukhba forces", "nukhba forces", "nukhba", "member hamas's elite nukhba forces"], "PSE")
ALEXANDER = per(["edan alexander", "alexander", "israeli-american hostage edan alexander", "hostage",
                 "israeli-american hostage"], "ISR")
BRIG444 = ag(["444th brigade", "444th", "militia gunmen", "rival militia gunmen", "gunmen", "militia"], "LBY")
SSA = ag(["stability support apparatus", "ssa", "militia", "rival militia"], "LBY")
KIKLI = per(["abdel ghani al-kikli", "al-kikli", "commander abdel ghani al-kikli", "kikli", "commander"], "LBY")
LBY_AUTH = gov(["authorities", "libyan authorities", "government of national unity", "libya", "libyan government"], "LBY")
PKK = ag(["kurdistan workers' party", "pkk", "kurdistan workers party"], "TUR")
TURKEY = st(["turkey", "turkish", "ankara", "turkish government", "türkiye", "turkish state"], "TUR")
JUNTA = mil(["junta forces", "junta", "myanmar military", "tatmadaw", "military junta", "myanmar army"], "MMR")
MMR_STUD = civ(["students", "17 students", "school", "children", "civilians"], "MMR")
ISIL = ag(["islamic state", "islamic state militants", "isil", "isis", "daesh", "is"], None)
SYR_CIV = civ(["people", "30 people", "victims", "civilians"], "SYR")
QATAR = st(["qatar", "qatari", "doha", "qatari government"], "QAT")
FBI = gov(["u.s. federal bureau of investigation", "federal bureau of investigation", "fbi", "united states", "us"], "USA")
MLI_CIV = civ(["chinese artisanal gold mine", "gold mine", "miners", "workers", "one malian", "people", "civilians"], "MLI")
CHN_NAT = civ(["two chinese nationals", "chinese nationals", "chinese", "chinese workers"], "CHN")
SHABAAB = ag(["al-shabaab", "al shabaab", "shabaab", "militants", "suicide bomber"], "SOM")
SOM_MIL = mil(["somali armed forces", "14th october brigade", "somali army", "somali military", "somalia",
               "military academy", "soldiers"], "SOM")
KEN_POLICE = gov(["kenyan police officers", "kenyan police", "police officers", "police", "kenya", "patrol truck"], "KEN")
HOUTHIS = ag(["houthis", "houthi", "houthi rebels", "ansar allah"], "YEM")
ETERNITY = oth(["eternity c", "liberian-flagged ship", "ship", "vessel"], "LBR")
ELN = ag(["eln", "national liberation army", "ejército de liberación nacional", "guerrillas"], "COL")
COL_MIL = mil(["military outpost", "soldier", "one soldier", "colombian army", "colombian military", "soldiers",
               "colombia"], "COL")
PSE_ATT = civ(["two palestinians", "palestinians", "palestinian attackers", "attackers", "gunmen"], "PSE")
SETTLER = civ(["20-year-old israeli settler", "israeli settler", "settler", "israeli"], "ISR")
BANDITS = ag(["bandits", "30 bandits", "insurgents", "gunmen", "armed bandits"], "NGA")
NGA_VIL = civ(["three villages", "villages", "villagers", "civilians", "security officers", "one civilian"], "NGA")
NGA_SEC = mil(["security officers", "security forces", "five security officers", "nigerian security forces",
               "nigerian army", "police", "nigeria"], "NGA")
MLI_GOV = gov(["mali", "malian authorities", "authorities", "malian government", "malian junta", "malian army"], "MLI")
MLI_GEN = mil(["two generals", "generals", "military officers", "officers", "malian generals"], "MLI")
FRA_NAT = per(["french national", "a french national", "frenchman"], "FRA")
BOMB_THREAT = oth(["bomb threat", "unknown", "caller", "hoaxer"], None)
PSU = civ(["pampanga state university", "university", "students", "graduation ceremonies"], "PHL")
PER_JUDGE = gov(["judge", "peruvian judge", "peruvian authorities", "peru", "police", "peruvian court"], "PER")
VIZCARRA = per(["martín vizcarra", "vizcarra", "former peruvian president martín vizcarra", "martin vizcarra",
                "former president"], "PER")
US_JURY = gov(["u.s. federal jury", "federal jury", "jury", "us federal jury", "court", "us court",
               "u.s. court", "united states"], "USA")
BOEING = oth(["boeing", "the boeing company"], "USA")
DEU_COURT = gov(["court", "german court", "germany", "judge"], "DEU")
DEU_TEEN = per(["18-year-old", "an 18-year-old", "teenager", "shooter", "perpetrator"], "DEU")
DEU_CIV = civ(["bar", "people", "one person", "patrons", "victims"], "DEU")
GRC_MIGR = civ(["detainees", "migrants", "29 people", "people", "rioters", "immigration detention site"], None)
GRC_POLICE = gov(["police", "police officers", "two police officers", "greek police", "greece"], "GRC")
VIC_GOV = gov(["victoria", "victorian government", "government", "authorities", "australia"], "AUS")

ANN = {
 'conflicts-feb-14': [
  (M23, COD_MIL, ['ASSAULT'], "M23 rebels and Rwandan troops seize control of Kavumu Airport", at('South Kivu')),
  (RWA_MIL, COD_MIL, ['ASSAULT'], "Rwandan troops seize control of Kavumu Airport in South Kivu", at('South Kivu', r=F)),
  (M23, COD_MIL, ['ASSAULT', 'MOBILIZE'], "M23 forces and Rwandan troops enter the city of Bukavu", at('Bukavu')),
  (RWA_MIL, COD_MIL, ['ASSAULT', 'MOBILIZE'], "Rwandan troops enter the city of Bukavu, according to local security", at('Bukavu', r=F)),
  (COD_MIL, M23, ['RETREAT'], "There are no reports of resistance as most Congolese troops withdraw", at('Bukavu', r=F)),
  (TSHISEKEDI, RWANDA, ['ACCUSE'], "Tshisekedi accuses Rwanda of invading the country", NOWHERE_NR),
  (RUS_MIL, UKR, ['ASSAULT'], "A drone strikes the New Safe Confinement structure", at('Chernobyl', r=F)),
  (unk(("bomb", "unknown", "militants", "attackers")), PAK_MINERS, ['ASSAULT'], "when a bomb hits a truck in Harnai", at('Harnai', r=F)),
 ],
 'politics-mar-11': [
  (SRB_PROT, SRB_GOV, ['PROTEST'], "As protests against the Serbian government continue across Serbia", at('Serbia', r=F)),
  (SRB_STUDENTS, RTS, ['PROTEST'], "hundreds of students form a blockade around the headquarters of the Radio Television of Serbia in Belgrade", at('Belgrade')),
  (SRB_STUDENTS, RTS, ['ACCUSE'], "accusing the state television station of being biased", at('Belgrade', r=F)),
  (unk(("unknown", "protesters", "students")), SRB_POLICE, ['ASSAULT'], "At least one police officer is injured", at('Belgrade', r=F)),
  (US_JUDGE, TRUMP_ADM, ['COERCE', 'REQUEST'], "Amir Ali orders the Trump administration to pay nearly $2 billion", at('District of Columbia')),
 ],
 'law-crime-apr-14': [
  (TRUMP, US_CIT, ['COERCE'], "suggests deporting United States citizens to the controversial Terrorism Confinement Center", {'w': None, 's': 'h'}),
  (BGD_COURT, SIDDIQ, ['COERCE'], "issues an arrest warrant for Tulip Siddiq", at('Dhaka')),
  (SIDDIQ, BGD_COURT, ['REJECT', 'ACCUSE'], "Siddiq has rebuked the arrest warrant", NOWHERE_NR),
  (HUN_GOV, HUN_LGBT, ['COERCE'], "The Hungarian government passes several constitutional changes that affect LGBTQ rights", at('Hungary')),
  (ESP_GUARD, RUS_CIT, ['COERCE'], "The Spanish Civil Guard arrests two Russian citizens in Manacor", at('Manacor')),
 ],
 'relations-may-09': [
  (MACRON, TUSK, ['AGREE', 'COOPERATE'], "French president Emmanuel Macron and Polish prime minister Donald Tusk signs a treaty", NOWHERE_NR),
  (SBU, SUSPECTS_UA, ['COERCE'], "The Security Service of Ukraine arrests two people on suspicion of spying for Hungary", at('Zakarpattia Oblast')),
  (HUN_MFA, UKR_DIPL, ['SANCTION', 'REJECT', 'COERCE'], "The Hungarian foreign ministry expels two Ukrainian diplomats", at('Hungary')),
 ],
 'conflicts-may-10': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "in overnight Israeli airstrikes on Gaza City", at('Gaza City')),
  (PAK_MIL, IND, ['MOBILIZE', 'ASSAULT', 'THREATEN'], "Pakistan announces Operation Bunyanun Marsoos", at('Pakistan', r=F)),
  (PAK_MIL, IND, ['ASSAULT'], "with missile strikes targeting Udhampur", at('Udhampur')),
  (PAK_MIL, IND, ['ASSAULT'], "Pathankot Airport and a BrahMos missile storage facility", at('Pathankot', r=F)),
  (PAK_MIL, IND, ['ASSAULT'], "a BrahMos missile storage facility in Beas City, Punjab", at('Beas', r=F)),
  (PAK_MIL, IND, ['ASSAULT'], "PAF reportedly downed 6 india jets", NOWHERE_NR),
  (PAK_MIL, IND, ['ASSAULT'], "A Pakistani Fatah-II missile is intercepted over the city of Sirsa", at('Sirsa')),
  (IND_GOV, None, ['MOBILIZE', 'SANCTION'], "India announces the temporary closure of its airspace", at('India', r=F)),
  (PAK_GOV, IND, ['AGREE', 'RETREAT'], "announce a full and immediate ceasefire between India and Pakistan", NOWHERE_NR),
  (IND_MISRI, PAK_GOV, ['AGREE', 'RETREAT'], "Indian Foreign Secretary Vikram Misri later confirms the ceasefire", NOWHERE_NR),
  (unk(("unknown", "india", "pakistan")), None, ['ASSAULT'], "Violations of the ceasefire and new clashes are reported", NOWHERE_NR),
  (RSF, SDN_PRIS, ['ASSAULT'], "in an airstrike by the Rapid Support Forces on a prison in Obeid", at('Obeid')),
  (ECU_GUER, ECU_MIL, ['ASSAULT'], "after eleven soldiers are killed in an ambush by guerrillas", at('Ecuador', r=F)),
 ],
 'conflicts-may-12': [
  (HAMAS, ALEXANDER, ['RETREAT', 'CONCEDE'], "Israeli-American hostage Edan Alexander is released by Hamas", at('Gaza Strip')),
  (BRIG444, SSA, ['ASSAULT'], "Clashes erupt between rival militia gunmen from the 444th Brigade", at('Tripoli')),
  (SSA, BRIG444, ['ASSAULT'], "and the Stability Support Apparatus in Tripoli, Libya", at('Tripoli', r=F)),
  (unk(("unknown", "gunmen", "assassins", "stability support apparatus", "444th brigade")), KIKLI, ['ASSAULT'], "after the assassination of Commander Abdel Ghani al-Kikli", at('Tripoli', r=F)),
  (LBY_AUTH, None, ['MOBILIZE'], "a state of emergency is declared by authorities", at('Tripoli', r=F)),
  (PKK, TURKEY, ['RETREAT', 'CONCEDE'], "announces an immediate halt to its insurgent activities in Turkey", at('Turkey')),
  (JUNTA, MMR_STUD, ['ASSAULT'], "an airstrike by junta forces killed 17 students", at('Tabayin', r=F)),
  (ISIL, SYR_CIV, ['ASSAULT'], "believed to have been killed by Islamic State militants", at('Dabiq', r=F)),
  (QATAR, FBI, ['COOPERATE'], "found in a search by Qatar and the U.S. Federal Bureau of Investigation", at('Dabiq', r=F)),
  (unk(("unknown gunmen", "gunmen", "unknown")), MLI_CIV, ['ASSAULT'], "Unknown gunmen attack a Chinese artisanal gold mine in Narena", at('Narena', r=F)),
  (unk(("unknown gunmen", "gunmen", "unknown")), CHN_NAT, ['ASSAULT', 'COERCE'], "and abducting two Chinese nationals", at('Narena', r=F)),
 ],
 'conflicts-jul-09': [
  (SHABAAB, SOM_MIL, ['ASSAULT'], "in a suicide bombing targeting the 14th October Brigade of the Somali Armed Forces", at('Mogadishu')),
  (SHABAAB, KEN_POLICE, ['ASSAULT'], "an al-Shabaab roadside bomb strikes their patrol truck", at('Mandera')),
  (HOUTHIS, ETERNITY, ['ASSAULT'], "sinks in the Red Sea after being attacked by the Houthis on Monday", NOWHERE_NR),
  (RUS_MIL, UKR, ['ASSAULT'], "Russian forces launch 728 Geran-2 drones at Ukraine overnight", at('Ukraine')),
  (ELN, COL_MIL, ['ASSAULT'], "A donkey packed with explosives blasts near a military outpost", at('Valdivia', r=F)),
 ],
 'conflicts-jul-10': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israeli airstrikes kill at least 15 Palestinians", at('Deir al-Balah')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "They were among at least 82 killed in strikes in Gaza", at('Gaza Strip', r=F)),
  (ISR_MIL, HAMAS, ['ASSAULT'], "it struck a member Hamas's elite Nukhba forces", at('Deir al-Balah', r=F)),
  (PSE_ATT, SETTLER, ['ASSAULT'], "Two Palestinians kill a 20-year-old Israeli settler", at('Gush Etzion')),
  (RUS_MIL, UKR, ['ASSAULT'], "An overnight Russian missile and drone attack on Kyiv", at('Kyiv')),
  (BANDITS, NGA_VIL, ['ASSAULT'], "during an insurgent attack on three villages in Faskari", at('Faskari')),
  (NGA_SEC, BANDITS, ['ASSAULT'], "At least 30 bandits, five security officers and one civilian are killed", at('Faskari', r=F)),
 ],
 'law-crime-aug-14': [
  (MLI_GOV, MLI_GEN, ['COERCE'], "Mali announces the arrest of two generals", at('Mali')),
  (MLI_GOV, FRA_NAT, ['COERCE'], "and a French national accused of plotting to destabilize the state", at('Mali', r=F)),
  (BOMB_THREAT, PSU, ['THREATEN'], "following a reported bomb threat in Bacolor", at('Bacolor', r=F)),
  (PER_JUDGE, VIZCARRA, ['COERCE'], "Former Peruvian president Martín Vizcarra is arrested", at('Peru')),
  (PER_JUDGE, VIZCARRA, ['COERCE'], "a judge investigating him for corruption orders five months of preventive detention", at('Peru', r=F)),
 ],
 'law-crime-nov-12': [
  (US_JURY, BOEING, ['COERCE'], "A U.S. federal jury orders Boeing to pay $28.45 million in damages", at('United States')),
  (DEU_COURT, DEU_TEEN, ['COERCE'], "An 18-year-old is sentenced to eight years and nine months in prison", at('Germany', r=F)),
  (DEU_TEEN, DEU_CIV, ['ASSAULT'], "for a shooting at a bar in Göppingen", at('Göppingen', r=F)),
  (GRC_MIGR, GRC_POLICE, ['PROTEST', 'ASSAULT'], "when a riot breaks out at a immigration detention site in Sintiki", at('Sintiki', r=F)),
  (GRC_POLICE, GRC_MIGR, ['COERCE'], "Two police officers are injured and 29 people are arrested", at('Sintiki', r=F)),
 ],
 'disasters-jan-11': [
  (nat(["wildfires", "wildfire", "bushfires", "fires"]), None, ['ASSAULT'], "by wildfires across Victoria and New South Wales", at('Victoria', r=F)),
  (nat(["wildfires", "wildfire", "bushfires", "fires"]), None, ['ASSAULT'], "Victoria and New South Wales, Australia", at('New South Wales', r=F)),
  (VIC_GOV, None, ['MOBILIZE'], "A state of emergency is declared in Victoria", at('Victoria', r=F)),
  (nat(["explosion", "blast"]), None, ['ASSAULT'], "in an explosion during wedding festivities at a house in Islamabad", at('Islamabad', r=F)),
  (nat(["avalanches", "avalanche"]), None, ['ASSAULT'], "The death toll from avalanches in the French Alps", at('French Alps', r=F)),
  (nat(["collision", "cars", "two cars", "crash"]), None, ['ASSAULT'], "after two cars collide head-on in Bolton", at('Bolton', r=F)),
 ],
 'disasters-jun-14': [
  (nat(["crash", "plane", "plane carrying skydivers", "pac p-750"]), None, ['ASSAULT'], "when a plane carrying skydivers crashes in Butler", at('Butler', r=F)),
  (nat(["collision", "mid-air collision", "helicopters", "two helicopters"]), None, ['ASSAULT'], "when two helicopters collide and crash into a parking lot in Rio de Janeiro", at('Rio de Janeiro', r=F)),
  (nat(["collision", "pickup truck", "truck"]), None, ['ASSAULT'], "after a pickup truck collides with a parked truck in Ejin Banner", at('Ejin Banner', r=F)),
  (nat(["collision", "sailboat", "catamaran", "passenger catamaran"]), None, ['ASSAULT'], "when a sailboat collides with a large passenger catamaran between Brač and Šolta", at('Croatia', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
