# Gold events of the forty-third place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries and territories
 'Palestine': ('PSE', (31.9, 35.2)), 'Saudi Arabia': ('SAU', (24.0, 45.0)), 'Germany': ('DEU', (51.2, 10.4)),
 'Myanmar': ('MMR', (21.0, 96.0)), 'United States': ('USA', (39.8, -98.6)), 'Mali': ('MLI', (17.6, -4.0)),
 'Belarus': ('BLR', (53.7, 28.0)), 'Philippines': ('PHL', (12.9, 122.0)), 'Venezuela': ('VEN', (7.1, -66.2)),
 'North Korea': ('PRK', (40.3, 127.4)), 'China': ('CHN', (35.0, 103.0)), 'Syria': ('SYR', (35.0, 38.5)),
 'Spain': ('ESP', (40.2, -3.7)), 'Colombia': ('COL', (4.6, -74.1)),
 # regions, provinces, states, districts, counties, regencies, boroughs, lakes
 'Isle of Wight County': ('USA', (36.90, -76.70)), 'Queens': ('USA', (40.73, -73.79)),
 'Northern Ireland': ('GBR', (54.6, -6.7)), 'Gaza Strip': ('PSE', (31.42, 34.38)), 'Balochistan': ('PAK', (28.5, 65.5)),
 'Daklak': ('VNM', (12.8, 108.3)), 'Gia Lai': ('VNM', (13.9, 108.3)), 'Quảng Ngãi': ('VNM', (15.0, 108.7)),
 'Sistan and Baluchestan': ('IRN', (27.5, 60.5)), 'Dnipropetrovsk Oblast': ('UKR', (48.4, 35.0)),
 'Sumy Oblast': ('UKR', (51.0, 34.1)), 'Borgu': ('NGA', (10.0, 4.3)), 'Sinaloa': ('MEX', (25.0, -107.5)),
 'Boven Digoel Regency': ('IDN', (-6.1, 140.3)), 'Khinjan District': ('AFG', (35.6, 68.9)),
 'Lake Kariba': ('ZWE', (-17.0, 27.9)), 'Ismailia Governorate': ('EGY', (30.6, 32.2)),
 # cities, towns, villages
 'Cetinje': ('MNE', (42.39, 18.92)), 'Tehran': ('IRN', (35.69, 51.39)), 'Paradise': ('USA', (36.10, -115.15)),
 'Lucknow': ('IND', (26.85, 80.95)), 'Nelson': ('NZL', (-41.27, 173.28)), 'Quetta': ('PAK', (30.18, 66.99)),
 'Bannu': ('PAK', (32.99, 70.60)), 'Tinzaouaten': ('MLI', (19.95, 2.95)),
 'Rio Bonito do Iguaçu': ('BRA', (-25.49, -52.53)), 'Achi-Su': ('RUS', (42.55, 47.80)),
 'Uvira': ('COD', (-3.40, 29.14)), 'Mrauk U': ('MMR', (20.59, 93.19)), 'Caracas': ('VEN', (10.49, -66.88)),
 'New York': ('USA', (40.71, -74.01)), 'Palmyra': ('SYR', (34.56, 38.27)), 'Berlin': ('DEU', (52.52, 13.40)),
 'Benghazi': ('LBY', (32.12, 20.07)), 'Skopje': ('MKD', (42.00, 21.43)), 'Strumica': ('MKD', (41.44, 22.64)),
 'Grenoble': ('FRA', (45.19, 5.72)), 'Penrose': ('USA', (38.43, -105.02)), 'Volgograd': ('RUS', (48.71, 44.51)),
 'Bohodukhiv': ('UKR', (50.16, 35.53)), 'Ataq': ('YEM', (14.54, 46.83)), 'Santo Domingo': ('DOM', (18.49, -69.93)),
 'Mandera': ('KEN', (3.94, 41.86)), 'New York City': ('USA', (40.71, -74.01)), 'Paris': ('FRA', (48.86, 2.35)),
 'Baguio': ('PHL', (16.41, 120.60)), 'Cairo': ('EGY', (30.04, 31.24)), 'Giza': ('EGY', (30.01, 31.21)),
}
COUNTRY_LEVEL = {'Palestine', 'Saudi Arabia', 'Germany', 'Myanmar', 'United States', 'Mali', 'Belarus', 'Philippines',
                 'Venezuela', 'North Korea', 'China', 'Syria', 'Spain', 'Colombia'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}                 # no place on the page, required (not used here: every required event has a place)
NOWHERE_NR = {'r': False}    # no place on the page, not required


def nat(names):
    """a natural event or an accident (no agent): source = the event, kind other"""
    return oth(names, None)


def unk(names=("gunman", "perpetrator", "attacker", "unknown")):
    return oth(list(names), None)


# actors
MNE_CIV = civ(["people", "twelve people", "civilians", "montenegrins"], "MNE")
PA = gov(["palestinian authority", "pa", "palestine", "palestinian government"], "PSE")
ALJAZ = oth(["al jazeera", "network", "al jazeera's broadcasts"], "QAT")
SAUDI = st(["saudi arabia", "saudi", "saudi government", "riyadh", "kingdom"], "SAU")
IRN_NATS = civ(["iranian nationals", "six iranian nationals", "iranians", "iran"], "IRN")
IRN_FM = gov(["iranian foreign ministry", "foreign ministry", "iran", "iranian government", "tehran"], "IRN")
SAU_AMB = gov(["saudi ambassador", "ambassador", "saudi arabia", "saudi"], "SAU")
USA_CIV = civ(["people", "seven people", "civilians", "eleven people", "americans"], "USA")
DEU_POLICE = gov(["police", "german police", "germany", "authorities"], "DEU")
DEU_CIV = civ(["people", "330 people", "revellers", "germans"], "DEU")
IND_CIV = civ(["sisters", "mother", "four sisters", "family", "people", "five people"], "IND")
MMR_JUNTA = mil(["tatmadaw", "myanmar's tatmadaw", "myanmar", "junta", "military", "myanmar military"], "MMR")
MMR_CIV = civ(["service providers", "users", "people", "civilians", "myanmar"], "MMR")
NZL_POLICE = gov(["police", "police officer", "new zealand police", "officer", "patrol"], "NZL")
NZL_SUSP = per(["suspect", "32-year-old suspect", "driver", "attacker"], "NZL")
FBI = gov(["fbi", "fbi agents", "federal bureau of investigation", "agents", "united states"], "USA")
US_PROT = civ(["protesters", "protests", "protestors", "demonstrators", "americans"], "USA")
TRUMP = gov(["donald trump", "trump", "trump administration", "president trump", "us government"], "USA")
NI_RIOT = civ(["protestors", "protesters", "anti-immigration protestors", "rioters", "anti-immigration protesters"], "GBR")
NI_POLICE = gov(["police", "riot police", "police officers", "psni", "police service of northern ireland"], "GBR")
US_MIL = mil(["united states military", "us military", "u.s. military", "united states", "us", "u.s.", "us forces",
              "u.s. forces", "united states marine corps", "marine corps", "marines", "united states coast guard",
              "coast guard", "us navy"], "USA")
TDA = ag(["tren de aragua", "venezuelan boat", "boat", "smugglers", "people"], "VEN")
ISRAEL = st(["israel", "israeli", "israeli forces", "israel defense forces", "idf", "israeli military"], "ISR")
PSE_CIV = civ(["palestinians", "105 palestinians", "people", "civilians"], "PSE")
PAK_CIV = civ(["people", "fourteen people", "five people", "civilians", "political rally", "rally"], "PAK")
PAK_MIL = mil(["soldiers", "six soldiers", "paramilitary", "paramilitary base", "pakistan army", "pakistan",
               "frontier corps", "security forces"], "PAK")
PAK_MILITANTS = ag(["militants", "six militants", "suicide bomber", "attackers"], "PAK")
MALI = gov(["malian transitional government", "mali", "malian government", "transitional government", "malian junta"], "MLI")
ALGERIA = st(["algeria", "algerian", "algerian government", "algerian army", "algerian military"], "DZA")
MALI_MIL = mil(["malian military", "malian military drone", "drone", "mali", "malian army"], "MLI")
BELARUS = st(["belarus", "belarusian authorities", "authorities", "belarusian government", "minsk"], "BLR")
POL_NAT = per(["polish national", "belarusian citizen", "poland", "polish citizen"], "POL")
USA = st(["united states", "us", "u.s.", "america", "us government", "u.s. secretary of state", "marco rubio", "rubio"], "USA")
ECU_CART = ag(["los choneros", "los lobos", "ecuadorian drug cartels", "drug cartels", "cartels", "gangs"], "ECU")
ECU_NAVY = mil(["ecuadorian navy", "ecuador", "navy"], "ECU")
IRGC = mil(["islamic revolutionary guard corps", "irgc", "revolutionary guards", "members of the islamic revolutionary guard corps"], "IRN")
IRN_GUNMEN = ag(["gunmen", "militants", "jaish al-adl", "baloch militants"], "IRN")
M23 = ag(["m23", "march 23 movement", "rebels", "afc/m23"], "COD")
COD = st(["democratic republic of the congo", "drc", "congo", "fardc", "congolese army", "uvira"], "COD")
MMR_HOSP = civ(["people", "hospital", "patients", "civilians", "34 people"], "MMR")
VEN_GOV = gov(["venezuela", "venezuelan government", "government", "nicolás maduro", "maduro", "nicolas maduro",
               "venezuelan military", "military", "military personnel", "civilians", "people"], "VEN")
MADURO = per(["nicolás maduro", "maduro", "nicolas maduro", "venezuelan president", "cilia flores", "venezuela"], "VEN")
RUSSIA = st(["russia", "russian", "russian forces", "russian military", "moscow"], "RUS")
UKR_CIV = civ(["people", "eight people", "civilians", "ukrainians", "ukraine", "four people"], "UKR")
BANDITS = ag(["bandits", "armed bandits", "gunmen"], "NGA")
NGA_CIV = civ(["people", "30 people", "villagers", "traders", "civilians", "market"], "NGA")
UK_FR = mil(["british and french aircraft", "united kingdom", "uk", "britain", "british", "france", "french",
             "royal air force", "french air force"], "GBR")
ISIL = ag(["islamic state", "isil", "isis", "is", "daesh"], None)
DEU_GRID = oth(["power plant", "lichterfelde gas-fired power plant", "power grid", "berlin power grid", "teltow canal"], "DEU")
US_AUTH = gov(["united states", "us", "u.s.", "fbi", "us authorities", "justice department"], "USA")
BENG_SUSP = per(["key participants", "suspect", "participant", "one of the key participants"], "LBY")
BENG_ATT = ag(["attackers", "militants", "ansar al-sharia", "key participants"], "LBY")
US_MISSION = gov(["united states government facilities", "ambassador", "j. christopher stevens", "stevens",
                  "americans", "united states"], "USA")
MKD_POLICE = gov(["north macedonian police", "police", "north macedonia", "authorities"], "MKD")
PRK = gov(["north korea", "north korean government", "north korean authorities", "authorities"], "PRK")
PRK_CIV = civ(["north koreans", "people", "citizens", "viewers"], "PRK")
FRA_CIV = civ(["people", "six people", "child", "civilians", "beauty salon"], "FRA")
CHINA = st(["china", "chinese court", "court", "chinese government", "beijing"], "CHN")
SCHELL = per(["robert lloyd schellenberg", "schellenberg", "canadian citizen", "canada"], "CAN")
MEX_KIDNAP = ag(["kidnappers", "gunmen", "cartel", "criminals", "unknown"], "MEX")
MINE_WORKERS = civ(["workers", "10 missing workers", "missing workers", "miners", "canadian gold and silver mine"], "MEX")
USA_COURT = gov(["court", "judge", "colorado court", "united states", "prosecutors"], "USA")
FUNERAL = per(["funeral home owner", "owner", "jon hallford", "carie hallford"], "USA")
UKR = st(["ukraine", "ukrainian", "ukrainian drones", "ukrainian forces", "ukrainian military"], "UKR")
RUS_REF = oth(["volgograd refinery", "refinery", "russia", "volgograd"], "RUS")
STC = ag(["southern transitional council", "stc", "crowd", "crowd linked to the southern transitional council",
          "protesters"], "YEM")
YEM_SEC = gov(["security forces", "yemeni government", "yemen", "local government", "government forces"], "YEM")
PAPUA_ATT = ag(["assailants", "west papua national liberation army", "tpnpb", "ofm", "rebels", "separatists",
                "gunmen", "free papua movement"], "IDN")
IDN_CIV = civ(["pilots", "two pilots", "smart air flight", "smart air", "passengers", "convoy", "people"], "IDN")
SYR_MIL = mil(["syrian armed forces", "syria", "syrian army", "syrian government"], "SYR")
JAPAN = gov(["japanese fisheries agency", "fisheries agency", "japan", "japanese government", "japan coast guard"], "JPN")
CHN_BOAT = oth(["chinese fishing vessel", "fishing vessel", "captain", "china", "vessel"], "CHN")
DOM = st(["dominican republic", "santo domingo", "dominican government"], "DOM")
KENYA = gov(["william ruto", "ruto", "kenya", "kenyan president", "kenyan government"], "KEN")
SOMALIA = st(["somalia", "somali government", "somali"], "SOM")
US_PROT_NYC = civ(["demonstrators", "protesters", "anti-israel protesters", "protest"], "USA")
NYC_POLICE = gov(["police", "new york police", "nypd", "authorities", "united states"], "USA")
ESP_JUDGE = gov(["judge", "court", "spanish court", "spain", "prosecutors", "spanish judiciary"], "ESP")
GOMEZ = per(["begoña gómez", "gómez", "begona gomez", "gomez", "wife of spanish prime minister pedro sánchez"], "ESP")
FRA_COURT = gov(["court", "court in paris", "french court", "france", "paris court"], "FRA")
LAFARGE = oth(["lafarge", "cement company lafarge", "bruno lafont", "executives", "former executives"], "FRA")
AFG_SHOOT = unk(("gunman", "shooter", "family members", "perpetrator", "unknown"))
AFG_CIV = civ(["people", "three people", "worshippers", "family", "civilians"], "AFG")
COL_GOV = gov(["abelardo de la espriella", "president", "colombia", "colombian government", "de la espriella"], "COL")

ANN = {
 'law-crime-jan-01': [
  (unk(("shooter", "perpetrator", "gunman", "unknown")), MNE_CIV, ['ASSAULT'], "are injured in a shooting spree in Cetinje", at('Cetinje', r=F)),
  (PA, ALJAZ, ['COERCE', 'SANCTION'], "The Palestinian Authority suspends Al Jazeera's broadcasts and operations in Palestine", at('Palestine')),
  (SAUDI, IRN_NATS, ['ASSAULT', 'COERCE'], "Saudi Arabia announces the execution of six Iranian nationals", at('Saudi Arabia')),
  (IRN_FM, SAU_AMB, ['ACCUSE', 'PROTEST', 'CONSULT'], "the Iranian Foreign Ministry summoned the Saudi ambassador in protest", at('Tehran')),
  (unk(("driver", "perpetrator", "tesla cybertruck", "cybertruck", "unknown")), USA_CIV, ['ASSAULT'], "explodes outside the Trump International Hotel Las Vegas in Paradise", at('Paradise', r=F)),
  (DEU_POLICE, DEU_CIV, ['COERCE'], "at least 330 people are arrested due to mishandling of pyrotechnics", at('Germany', r=F)),
  (per(["son", "perpetrator", "attacker"], "IND"), IND_CIV, ['ASSAULT'], "when a son kills his four sisters and mother in Lucknow", at('Lucknow', r=F)),
  (MMR_JUNTA, MMR_CIV, ['COERCE'], "Myanmar's Tatmadaw enacts a cybersecurity law imposing strict controls", at('Myanmar', r=F)),
  (NZL_SUSP, NZL_POLICE, ['ASSAULT'], "in a vehicle-ramming attack during a patrol in Nelson", at('Nelson', r=F)),
  (NZL_POLICE, NZL_SUSP, ['COERCE'], "A 32-year-old suspect is arrested", at('Nelson', r=F)),
  (unk(("shooter", "gunman", "perpetrator", "unknown")), USA_CIV, ['ASSAULT'], "during a mass shooting outside a nightclub in Queens", at('Queens', r=F)),
  (FBI, None, ['COERCE'], "FBI agents announce the seizure of more than 150 homemade pipe bombs", at('Isle of Wight County')),
 ],
 'politics-jun-14': [
  (US_PROT, TRUMP, ['PROTEST'], "A series of protests occur across the United States in all 50 states", at('United States')),
  (NI_RIOT, NI_POLICE, ['ASSAULT', 'PROTEST'], "use fireworks and Molotov cocktails against riot police across Northern Ireland", at('Northern Ireland')),
  (NI_POLICE, NI_RIOT, ['COERCE'], "Police deploy water cannons in return to control the protestors", at('Northern Ireland')),
 ],
 'conflicts-sep-02': [
  (US_MIL, TDA, ['ASSAULT'], "conducts a precision strike and sinks a Venezuelan boat", NOWHERE_NR),
  (ISRAEL, PSE_CIV, ['ASSAULT'], "are killed during Israeli airstrikes and shootings across the Gaza Strip", at('Gaza Strip')),
  (unk(("suicide bomber", "bomber", "militants", "unknown")), PAK_CIV, ['ASSAULT'], "in a suicide bombing at a political rally in Quetta", at('Quetta', r=F)),
  (unk(("attackers", "militants", "gunmen", "unknown")), PAK_CIV, ['ASSAULT'], "An attack near the Iran–Pakistan border in Balochistan", at('Balochistan', r=F)),
  (PAK_MILITANTS, PAK_MIL, ['ASSAULT'], "in a suicide attack on a paramilitary base in Bannu", at('Bannu', r=F)),
 ],
 'relations-sep-04': [
  (MALI, ALGERIA, ['ACCUSE'], "The Malian transitional government files a lawsuit against Algeria", at('Mali')),
  (ALGERIA, MALI_MIL, ['ASSAULT'], "accuses Algeria of destroying a Malian military drone near Tinzaouaten", at('Tinzaouaten', r=F)),
  (BELARUS, POL_NAT, ['COERCE'], "Belarus detains a Polish national and a Belarusian citizen", at('Belarus')),
  (USA, ECU_CART, ['SANCTION', 'ACCUSE'], "The United States designates Ecuadorian drug cartels Los Choneros", at('United States')),
  (USA, ECU_NAVY, ['AID', 'SUPPORT', 'COOPERATE'], "the U.S. will support the Ecuadorian Navy", NOWHERE_NR),
 ],
 'disasters-nov-07': [
  (nat(["typhoon kalmaegi", "typhoon", "kalmaegi"]), None, ['ASSAULT'], "The death toll from Typhoon Kalmaegi's impact on the Philippines", at('Philippines', r=F)),
  (nat(["typhoon kalmaegi", "typhoon", "kalmaegi"]), None, ['ASSAULT'], "killing at least five people in Daklak", at('Daklak', r=F)),
  (nat(["typhoon kalmaegi", "typhoon", "kalmaegi"]), None, ['ASSAULT'], "five people in Daklak and Gia Lai", at('Gia Lai', r=F)),
  (nat(["typhoon kalmaegi", "typhoon", "kalmaegi"]), None, ['ASSAULT'], "leaving three others missing in Quảng Ngãi", at('Quảng Ngãi', r=F)),
  (nat(["tornado", "f3 tornado", "rio bonito do iguaçu tornado"]), None, ['ASSAULT'], "on the Fujita scale, strikes Rio Bonito do Iguaçu", at('Rio Bonito do Iguaçu', r=F)),
  (nat(["crash", "helicopter", "kamov ka-226", "passenger helicopter"]), None, ['ASSAULT'], "passenger helicopter crashes in Achi-Su, Dagestan", at('Achi-Su', r=F)),
 ],
 'conflicts-dec-10': [
  (US_MIL, oth(["oil tanker", "tanker", "ship"], None), ['COERCE'], "The United States Coast Guard seizes an oil tanker off the coast of Venezuela", NOWHERE_NR),
  (IRN_GUNMEN, IRGC, ['ASSAULT'], "are killed after an ambush by gunmen in Sistan and Baluchestan province", at('Sistan and Baluchestan', r=F)),
  (M23, COD, ['ASSAULT', 'COERCE'], "M23 takes control of Uvira, South Kivu Province", at('Uvira')),
  (MMR_JUNTA, MMR_HOSP, ['ASSAULT'], "in a Tatmadaw airstrike on a hospital in Mrauk U", at('Mrauk U')),
 ],
 'conflicts-jan-03': [
  (US_MIL, VEN_GOV, ['ASSAULT'], "The United States carries out airstrikes around Caracas", at('Caracas')),
  (VEN_GOV, None, ['MOBILIZE'], "A national state of emergency is declared following the strikes", at('Venezuela', r=F)),
  (US_MIL, VEN_GOV, ['ASSAULT'], "striking Fort Tiuna and Generalissimo Francisco de Miranda Air Base", at('Caracas', r=F)),
  (US_MIL, MADURO, ['COERCE'], "are captured by U.S. forces and flown out of the country", at('Venezuela')),
  (US_MIL, MADURO, ['COERCE'], "Maduro is taken to New York", at('New York', r=F)),
  (RUSSIA, UKR_CIV, ['ASSAULT'], "in overnight Russian attacks on the Dnipropetrovsk", at('Dnipropetrovsk Oblast')),
  (RUSSIA, UKR_CIV, ['ASSAULT'], "Kherson, Mykolaiv, and Sumy Oblasts of Ukraine", at('Sumy Oblast', r=F)),
  (BANDITS, NGA_CIV, ['ASSAULT'], "in a raid on a village market in Borgu", at('Borgu')),
  (UK_FR, ISIL, ['ASSAULT'], "British and French aircraft carry out a joint strike", at('Palmyra')),
  (unk(("arsonists", "attackers", "unknown", "vulkangruppe")), DEU_GRID, ['ASSAULT'], "causes a power outage in south Berlin", at('Berlin', r=F)),
 ],
 'law-crime-feb-06': [
  (US_AUTH, BENG_SUSP, ['COERCE'], "is arrested, charged with murder, arson and terrorism", NOWHERE_NR),
  (BENG_ATT, US_MISSION, ['ASSAULT'], "the 2012 attack on two United States government facilities in Benghazi", at('Benghazi', r=F)),
  (MKD_POLICE, None, ['COERCE'], "from former industrial sites in Skopje", at('Skopje')),
  (MKD_POLICE, None, ['COERCE'], "sites in Skopje and Strumica, link the operation", at('Strumica', r=F)),
  (PRK, PRK_CIV, ['ASSAULT', 'COERCE'], "North Koreans are being executed for watching", at('North Korea', r=F)),
  (unk(("attacker", "attackers", "unknown", "organized crime")), FRA_CIV, ['ASSAULT'], "in a grenade attack at a beauty salon in Grenoble", at('Grenoble', r=F)),
  (CHINA, SCHELL, ['CONCEDE'], "China overturns the death sentence of Canadian citizen Robert Lloyd Schellenberg", at('China', r=F)),
  (MEX_KIDNAP, MINE_WORKERS, ['ASSAULT', 'COERCE'], "kidnapped from a Canadian gold and silver mine in Sinaloa", at('Sinaloa', r=F)),
  (USA_COURT, FUNERAL, ['COERCE'], "A funeral home owner is sentenced to 40 years in prison", at('Penrose', r=F)),
 ],
 'conflicts-feb-11': [
  (UKR, RUS_REF, ['ASSAULT'], "after being attacked overnight by Ukrainian drones", at('Volgograd')),
  (RUSSIA, UKR_CIV, ['ASSAULT'], "in a Russian airstrike on Bohodukhiv", at('Bohodukhiv')),
  (STC, YEM_SEC, ['PROTEST', 'ASSAULT'], "attempts to storm a local government building in Ataq", at('Ataq')),
  (YEM_SEC, STC, ['ASSAULT'], "Security forces open fire, killing five people", at('Ataq')),
  (PAPUA_ATT, IDN_CIV, ['ASSAULT'], "after assailants shoot at a landing Smart Air flight in Boven Digoel Regency", at('Boven Digoel Regency', r=F)),
  (PAPUA_ATT, IDN_CIV, ['ASSAULT'], "Another person is killed after a convoy is attacked", at('Boven Digoel Regency', r=F)),
  (US_MIL, SYR_MIL, ['RETREAT'], "The United States Armed Forces withdraws from the al-Tanf military base", at('Syria')),
 ],
 'relations-feb-12': [
  (JAPAN, CHN_BOAT, ['COERCE'], "seize a Chinese fishing vessel and arrest its captain", NOWHERE_NR),
  (USA, DOM, ['RETREAT', 'SANCTION'], "announces the closure of its Drug Enforcement Administration office in Santo Domingo", at('Santo Domingo')),
  (KENYA, SOMALIA, ['CONCEDE', 'COOPERATE'], "announces the reopening of the country's Mandera border post", at('Mandera', r=F)),
  (KENYA, SOMALIA, ['COERCE', 'SANCTION'], "ending a 15-year closure imposed in 2011", at('Mandera', r=F)),
 ],
 'law-crime-apr-13': [
  (US_PROT_NYC, ISRAEL, ['PROTEST'], "are detained during a anti-Israel protest", at('New York City')),
  (NYC_POLICE, US_PROT_NYC, ['COERCE'], "Demonstrators in New York City, U.S., are detained", at('New York City', r=F)),
  (ESP_JUDGE, GOMEZ, ['COERCE', 'ACCUSE'], "is charged with influence peddling and corruption", at('Spain', r=F)),
  (FRA_COURT, LAFARGE, ['COERCE'], "A court in Paris, France, convicts cement company Lafarge", at('Paris')),
  (AFG_SHOOT, AFG_CIV, ['ASSAULT'], "in a mass shooting during a family dispute inside a mosque in Khinjan District", at('Khinjan District', r=F)),
 ],
 'disasters-aug-11': [
  (nat(["earthquake", "mw 7.4 earthquake", "colombia earthquake"]), None, ['ASSAULT'], "The casualty toll from the Mw 7.4 earthquake in Colombia", at('Colombia', r=F)),
  (COL_GOV, None, ['MOBILIZE'], "declares a national state of emergency", at('Colombia', r=F)),
  (nat(["ferry", "sinking", "ferry sinking"]), None, ['ASSAULT'], "are killed when a ferry sinks on Lake Kariba", at('Lake Kariba', r=F)),
  (nat(["landslide", "search operations"]), None, ['ASSAULT'], "Search operations for the landslide from Sunday conclude in Baguio", at('Baguio', r=F)),
  (nat(["collision", "two-vehicle collision"]), None, ['ASSAULT'], "in a two-vehicle collision in Ismailia Governorate", at('Ismailia Governorate', r=F)),
  (nat(["collapse", "building collapse", "residential building"]), None, ['ASSAULT'], "after an old residential building collapses in Cairo", at('Cairo', r=F)),
  (nat(["fire", "commercial building fire"]), None, ['ASSAULT'], "following a commercial building fire in Giza", at('Giza', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
