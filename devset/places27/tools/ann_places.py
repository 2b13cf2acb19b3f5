# Gold events of the twenty-seventh place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Colombia': ('COL', (4.6, -74.3)), 'Myanmar': ('MMR', (21.9, 95.9)), 'United States': ('USA', (39.83, -98.58)),
 'Jamaica': ('JAM', (18.1, -77.3)), 'Tonga': ('TON', (-21.2, -175.2)), 'Kenya': ('KEN', (0.2, 37.9)),
 'Ivory Coast': ('CIV', (7.5, -5.5)), 'France': ('FRA', (46.6, 2.4)), 'Indonesia': ('IDN', (-2.5, 118.0)),
 'Mexico': ('MEX', (23.6, -102.5)), 'Afghanistan': ('AFG', (33.9, 67.7)), 'Syria': ('SYR', (35.0, 38.5)),
 'Sri Lanka': ('LKA', (7.87, 80.77)), 'North Korea': ('PRK', (40.3, 127.5)), 'Israel': ('ISR', (31.4, 35.0)),
 'Philippines': ('PHL', (12.9, 121.8)), 'Sudan': ('SDN', (15.6, 30.2)), 'Mali': ('MLI', (17.6, -4.0)),
 # regions, provinces, states, districts, counties
 'Homs Governorate': ('SYR', (34.5, 37.8)), 'Katsina State': ('NGA', (12.5, 7.6)), 'Darfur': ('SDN', (13.5, 24.0)),
 'Gaza Strip': ('PSE', (31.42, 34.38)), 'Gopalganj District': ('BGD', (23.0, 89.85)),
 'Khánh Vĩnh district': ('VNM', (12.27, 108.90)), 'Samara Oblast': ('RUS', (53.3, 50.3)),
 'Ayod County': ('SSD', (8.12, 31.41)), 'Zanjan Province': ('IRN', (36.5, 48.5)),
 'Shahri Buzurg District': ('AFG', (37.5, 70.3)), 'Meta': ('COL', (3.5, -73.0)), 'Antioquia': ('COL', (7.0, -75.5)),
 # cities, towns, villages, communes
 'Jenin': ('PSE', (32.46, 35.30)), 'Minova': ('COD', (-1.70, 29.02)), 'Metepec': ('MEX', (19.25, -99.60)),
 'Tel Aviv': ('ISR', (32.08, 34.78)), 'Inwa': ('MMR', (21.85, 95.98)), 'Kalamazoo': ('USA', (42.29, -85.59)),
 'Wageningen': ('NLD', (51.97, 5.67)), 'Glendale': ('USA', (33.54, -112.19)), 'Makhachkala': ('RUS', (42.98, 47.50)),
 'Damascus': ('SYR', (33.51, 36.29)), 'Suwayda': ('SYR', (32.71, 36.57)), 'Riyom': ('NGA', (9.64, 8.77)),
 'Kampala': ('UGA', (0.35, 32.58)), 'Medina': ('SAU', (24.47, 39.61)), 'Simiatug': ('ECU', (-1.33, -78.97)),
 'Torres del Paine': ('CHL', (-51.0, -73.0)), 'Kolwezi': ('COD', (-10.71, 25.47)),
 'Lake Cargelligo': ('AUS', (-33.30, 146.37)), 'Ntabankulu': ('ZAF', (-30.96, 29.31)),
 'Tacloban': ('PHL', (11.24, 125.00)), 'Antwerp': ('BEL', (51.22, 4.40)), 'Votkinsk': ('RUS', (57.05, 54.00)),
 'Karpivka': ('UKR', (49.0, 37.6)), 'Bannu': ('PAK', (32.99, 70.60)), 'Lviv': ('UKR', (49.84, 24.03)),
 'Berlin': ('DEU', (52.52, 13.40)), 'Otjiwarongo': ('NAM', (-20.46, 16.65)),
 'Amatlán de Cañas': ('MEX', (20.80, -104.40)), 'Jabalpur': ('IND', (23.18, 79.95)),
 'Balıkesir': ('TUR', (39.65, 27.88)), 'Jammu': ('IND', (32.73, 74.86)), 'Johannesburg': ('ZAF', (-26.20, 28.05)),
 'Belfast': ('GBR', (54.60, -5.93)), 'Quezon City': ('PHL', (14.68, 121.04)), 'Manchester': ('GBR', (53.48, -2.24)),
 'Mokha': ('YEM', (13.32, 43.25)), 'Al Khawkhah': ('YEM', (13.80, 43.26)), 'San': ('MLI', (13.30, -4.90)),
 'Kurmuk': ('SDN', (10.55, 34.28)),
}
COUNTRY_LEVEL = {'Colombia', 'Myanmar', 'United States', 'Jamaica', 'Tonga', 'Kenya', 'Ivory Coast', 'France',
                 'Indonesia', 'Mexico', 'Afghanistan', 'Syria', 'Sri Lanka', 'North Korea', 'Israel', 'Philippines',
                 'Sudan', 'Mali'}

def at(name, **kw):
    c, ll = P[name]
    return dict(w=(name, c), ll=ll, **kw)
NOWHERE = {'r': F}
def acc(names, c=None): return oth(names, c)   # an accident or natural event as its own source (kind other)

# actors
FARC33 = ag(["33rd front", "33rd front of farc dissidents", "farc dissidents", "farc", "fourteen members", "members"], "COL")
COL_MIL = mil(["national army of colombia", "colombian army", "army", "colombia", "military forces", "colombian military"], "COL")
ISR_MIL = mil(["israel", "israeli", "israeli forces", "israel defense forces", "idf", "israeli military",
               "israeli air force", "israeli soldiers", "soldiers"], "ISR")
PSE_CIV = civ(["palestinians", "people", "jenin refugee camp", "refugee camp", "palestinian", "civilians"], "PSE")
M23 = ag(["m23", "m23 rebels", "rebels", "march 23 movement"], "COD")
MINOVA = civ(["minova", "town", "town of minova"], "COD")
MEX_GUNMEN = ag(["gunmen", "gunmen disguised as food delivery workers"], "MEX")
DIAZ = per(["elohim díaz jiménez", "díaz jiménez", "former regional prosecutor", "cristian muñoz", "prosecutor",
            "coffee businessman"], "MEX")
SYR_SEC = mil(["security forces", "syrian security forces", "syria", "syrian government"], "SYR")
ASSAD_MIL = ag(["militias", "militias supporting ousted president bashar al-assad", "assad loyalists"], "SYR")
TA_ATTACKER = per(["attacker", "the attacker", "28-year-old", "stabber", "moroccan"], None)
ISR_CIV = civ(["people", "four people", "israelis", "civilians"], "ISR")

MMR_QUAKE = acc(["earthquake", "2025 myanmar earthquake", "myanmar earthquake"], "MMR")
PAGODAS = oth(["pagodas", "ancient pagodas", "religious buildings", "four-storied monastery", "monastery"], "MMR")
US_STORMS = acc(["severe weather", "tornadoes", "storms"], "USA")
NGA_BUS = acc(["bus", "bus crash", "crash"], "NGA")
JAM_CRASH = acc(["cars", "two cars", "collision", "car crash"], "JAM")
KZOO_TREE = acc(["tree", "a tree"], "USA")
TON_QUAKE = acc(["earthquake", "7.0 mw earthquake", "aftershock"], "TON")
VICTIMS = civ(["people", "children", "passengers", "victims", "nine", "four people", "three children"], None)

ICJ = igo(["international court of justice", "icj", "court"])
SUDAN = st(["sudan", "sudanese government", "sudan's"], "SDN")
UAE = st(["united arab emirates", "uae", "emirati"], "ARE")
RSF = ag(["rapid support forces", "rsf", "paramilitary groups", "paramilitary group"], "SDN")
NLD_POLICE = gov(["police", "dutch police", "netherlands"], "NLD")
NLD_PROT = civ(["protesters", "pro-palestinian protesters", "five pro-palestinian protesters", "five protesters"], "NLD")
SCHOOF = gov(["dick schoof", "schoof", "dutch prime minister", "dutch prime minister dick schoof"], "NLD")
US_SHOOTER = per(["gunman", "shooter", "gunmen", "perpetrator"], "USA")
US_CIV = civ(["people", "three people", "victims"], "USA")
DAG_GUNMEN = ag(["gunmen", "attackers", "shooters", "two gunmen"], "RUS")
RUS_POLICE = gov(["police", "traffic police officers", "police officers", "three traffic police officers",
                  "police officer"], "RUS")

GAZA_CRUSH = acc(["crowd crush", "stampede", "crush"], "PSE")
SYR_MOD = gov(["syrian defense ministry", "defense ministry", "presidential palace", "syria", "syrian government",
               "syrian defense ministry headquarters"], "SYR")
SUWAYDA = civ(["druze", "suwayda", "druze city of suwayda", "city"], "SYR")
BGD_MIL = mil(["bangladesh military", "military", "bangladesh army", "bangladesh"], "BGD")
HASINA_SUP = civ(["supporters", "supporters of ousted prime minister sheikh hasina", "awami league", "hasina supporters"], "BGD")
NGA_GUNMEN = ag(["gunmen", "unidentified gunmen"], "NGA")
NGA_VILLAGE = civ(["village", "villagers", "people", "27 people"], "NGA")
SHABAAB = ag(["al-shabaab", "al-shabaab militants", "militants", "al shabaab"], "SOM")
KEN_MIL = mil(["kenyan soldiers", "soldiers", "kenya", "three kenyan soldiers", "kenyan military"], "KEN")

CIV_CC = gov(["constitutional council", "ivory coast's constitutional council", "ivory coast", "côte d'ivoire"], "CIV")
GBAGBO = per(["laurent gbagbo", "gbagbo", "tidjane thiam", "thiam", "former president laurent gbagbo"], "CIV")
FRA_NA = gov(["national assembly", "french national assembly", "assembly", "france"], "FRA")
BAYROU = gov(["bayrou government", "french bayrou government", "government", "françois bayrou", "bayrou"], "FRA")
PRABOWO = gov(["prabowo subianto", "prabowo", "indonesian president prabowo subianto", "indonesian president",
               "indonesia"], "IDN")
MULYANI = gov(["sri mulyani", "finance minister sri mulyani", "finance minister", "cabinet", "ministers"], "IDN")
UGA_POLICE = gov(["ugandan police", "police", "uganda"], "UGA")
NUP = oth(["national unity platform", "nup", "deputy spokesperson", "opposition party"], "UGA")

SAU_BUS = acc(["bus", "tank truck", "collision", "bus crash"], "SAU")
ECU_BUS = acc(["bus crash", "bus", "crash"], "ECU")
VNM_SLIDE = acc(["landslide", "heavy rain", "rain"], "VNM")
CHL_BLIZZ = acc(["blizzard", "storm"], "CHL")
CHL_RESCUE = gov(["military and police", "military", "police", "chilean military", "chile", "chilean police"], "CHL")
TOURISTS = civ(["tourists", "five tourists", "four others", "hikers"], None)
AIRJET = acc(["embraer erj-145", "airjet angola flight 100", "airjet angola flight mbc-100", "aircraft", "plane",
              "crash"], "AGO")
DELEGATION = oth(["delegation", "ministry of mines", "29 members", "passengers"], "AGO")

AUS_SHOOTER = per(["shooter", "gunman", "the shooter"], "AUS")
AUS_VICTIMS = civ(["people", "three people", "two vehicles", "victims"], "AUS")
ZAF_SHOOTER = per(["perpetrator", "shooter", "gunman"], "ZAF")
ZAF_VICTIMS = civ(["people", "three people", "primary school", "pupils", "learners"], "ZAF")
TAC_COURT = gov(["regional court", "court", "regional court in tacloban", "philippines", "philippine court"], "PHL")
CUMPIO = per(["frenchie mae cumpio", "cumpio", "journalist", "journalist frenchie mae cumpio", "accomplice"], "PHL")
PRESS_GROUPS = oth(["press freedom and rights groups", "rights groups", "press freedom groups", "groups"], None)
BEL_STABBER = per(["suspects", "two suspects", "attacker", "stabber", "suspect"], "BEL")
BEL_VICTIMS = civ(["people", "six people", "kurdish demonstration", "demonstrators", "kurds", "kurdish demonstrators"], "BEL")
WEDDING = per(["ryan wedding", "wedding", "canadian drug trafficker", "fugitive"], "CAN")
MEX_AUTH = gov(["mexico", "mexican authorities", "authorities", "police", "fbi"], "MEX")

UKR_MIL = mil(["ukraine", "ukrainian", "ukrainian forces", "ukrainian military", "missile", "another missile"], "UKR")
VOTKINSK = oth(["votkinsk machine building plant", "votkinsk", "plant", "natural-gas processing plant", "russia"], "RUS")
RUS_MIL = mil(["russia", "russian", "russian forces", "russian military"], "RUS")
KARPIVKA = civ(["karpivka", "village", "village of karpivka", "ukraine"], "UKR")
PAK_MIL = mil(["pakistan", "pakistani", "pakistani military", "pakistan army", "soldiers", "two soldiers",
               "pakistani forces"], "PAK")
TTP = ag(["pakistani taliban", "camps", "ttp", "islamic state", "affiliate of the islamic state", "militants",
          "five militants", "alleged camps"], "PAK")
AGWELEK = ag(["agwelek forces", "agwelek forces gunmen", "agwelek", "gunmen"], "SSD")
SSD_CIV = civ(["villagers", "people", "women and children", "22 people"], "SSD")
ISIL = ag(["islamic state", "isil", "isis", "is"], None)
SYR_SECP = mil(["security personnel", "soldier", "syria", "syrian security forces", "civilian"], "SYR")
UKR_EXPL = acc(["explosions", "two explosions", "attacks", "explosion"], "UKR")
UKR_POLICE = gov(["policewoman", "police", "people", "ukraine", "shop"], "UKR")

SRI_LANKA = st(["sri lanka", "sri lankan", "sri lankan government"], "LKA")
IRN_SAILORS = mil(["iranian sailors", "sailors", "238 iranian sailors", "iris bushehr", "iris dena", "iran",
                   "iranian navy"], "IRN")
DONORS = oth(["donors", "participants", "international conference", "conference", "germany"], None)
SUDAN_T = st(["sudan", "sudanese", "sudan's civil war"], "SDN")
GROSSI = igo(["international atomic energy agency", "iaea", "rafael grossi", "grossi",
              "international atomic energy agency director general rafael grossi"])
PRK = st(["north korea", "north korean", "nyongbyon", "nuclear facilities", "pyongyang"], "PRK")
ISRAEL = st(["israel", "israeli", "israeli government", "israeli ambassador"], "ISR")
SOMALILAND = gov(["somaliland", "breakaway region", "somaliland government"], "SOM")

IRN_ORD = acc(["unexploded ordnance", "ordnance", "explosion"], "IRN")
IRGC = mil(["islamic revolutionary guard corps", "irgc", "islamic revolutionary guard corps members",
            "fourteen islamic revolutionary guard corps members", "members"], "IRN")
NAM_BUS = acc(["passenger bus", "bus", "truck", "collision"], "NAM")
MEX_BUS = acc(["passenger bus", "bus", "highway"], "MEX")
IND_BOAT = acc(["cruise boat", "boat", "capsizing"], "IND")
TUR_BUS = acc(["minibus", "bus"], "TUR")
IND_BRIDGE = acc(["bridge", "bridge collapse"], "IND")
AFG_MINE = acc(["gold mine", "mine", "mine collapse"], "AFG")

ZAF_GUNMEN = ag(["gunmen", "shooter", "gunman"], "ZAF")
ZAF_CIV = civ(["people", "twelve people"], "ZAF")
NI_RIOTERS = civ(["rioters", "riots", "protesters", "loyalists"], "GBR")
NI_POLICE = gov(["police", "psni", "police service of northern ireland", "northern ireland"], "GBR")
NI_KNIFE = per(["knife attack", "attacker", "knifeman"], "GBR")
LKA_COURT = gov(["sri lankan high court", "high court", "court", "sri lanka"], "LKA")
GUNAWARDENA = per(["sarana gunawardena", "gunawardena", "former deputy minister", "former deputy minister sarana gunawardena"], "LKA")
PHL_POLICE = gov(["philippine police", "police", "philippines", "philippine national police"], "PHL")
DUMLAO = per(["rafael dumlao", "dumlao", "former superintendent", "former superintendent rafael dumlao"], "PHL")
JEE = per(["jee ick-joo", "jee", "south korean businessman", "south korean businessman jee ick-joo"], "KOR")
RSF_VICTIMS = civ(["victims", "victims of atrocities", "victims of atrocities linked to the civil war in sudan"], "SDN")
KEN_DPP = gov(["kenya's director of public prosecutions", "director of public prosecutions", "kenya", "dpp"], "KEN")
SDN_CIV = civ(["civilians", "victims", "sudan", "sudanese"], "SDN")
UK_STUDENT = per(["14-year-old student", "student", "14-year-old", "suspect", "attacker"], "GBR")
UK_PUPILS = civ(["people", "three people", "school", "pupils", "students"], "GBR")
UK_POLICE = gov(["police", "greater manchester police", "united kingdom", "uk"], "GBR")

NETANYAHU = gov(["benjamin netanyahu", "netanyahu", "israeli prime minister benjamin netanyahu", "israel",
                 "israeli prime minister", "israeli government"], "ISR")
US_PLAN = st(["united states", "us", "u.s.", "united states-led plan", "plan", "trump"], "USA")
HAMAS = ag(["hamas"], "PSE")
HOUTHIS = ag(["houthis", "houthi", "houthi rebels", "ansar allah"], "YEM")
MOKHA = civ(["mokha", "people", "eleven people"], "YEM")
HUD_GOV = gov(["governor of al-hudaydah governorate", "governor", "yemen", "yemeni government", "residence"], "YEM")
JNIM = ag(["jama'at nusrat al-islam wal-muslimin", "jnim", "jama'at nusrat al-islam wal muslimin"], None)
MLI_MIL = mil(["malian soldiers", "soldiers", "mali", "malian army", "authorities", "military base", "malian military"], "MLI")
MLI_MILITANTS = ag(["militants", "attackers"], None)
FARC = ag(["farc dissidents", "farc", "four farc dissidents"], "COL")
GULF_CLAN = ag(["gulf clan", "gulf clan members", "two gulf clan members", "clan del golfo"], "COL")

ANN = {
 'conflicts-jan-21': [
  (FARC33, COL_MIL, ['CONCEDE', 'RETREAT'], "Fourteen members of the 33rd Front of FARC dissidents, including one minor, surrender", at('Colombia')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israeli forces launch a large-scale raid in the Jenin refugee camp", at('Jenin')),
  (M23, MINOVA, ['ASSAULT', 'COERCE'], "M23 rebels seize the town of Minova in Kalehe Territory", at('Minova')),
  (MEX_GUNMEN, DIAZ, ['ASSAULT'], "are shot dead inside a restaurant in Metepec, State of Mexico", at('Metepec', r=F)),
  (SYR_SEC, ASSAD_MIL, ['ASSAULT', 'COERCE'], "Six people are killed in Homs Governorate, Syria, as security forces conduct an operation", at('Homs Governorate')),
  (TA_ATTACKER, ISR_CIV, ['ASSAULT'], "in a stabbing attack in Tel Aviv, Israel", at('Tel Aviv')),
 ],
 'disasters-mar-30': [
  (MMR_QUAKE, PAGODAS, ['ASSAULT'], "The count of the total amount of destroyed ancient pagodas and religious buildings in Myanmar", at('Myanmar', r=F)),
  (MMR_QUAKE, PAGODAS, ['ASSAULT'], "including the previously unreported Four-Storied Monastery in Inwa", at('Inwa', r=F)),
  (US_STORMS, None, ['ASSAULT'], "Severe weather and tornadoes break out in the areas between south Indiana and north east Texas", at('United States', r=F)),
  (NGA_BUS, VICTIMS, ['ASSAULT'], "A bus lost control and crashed in Katsina State, Nigeria", at('Katsina State', r=F)),
  (JAM_CRASH, VICTIMS, ['ASSAULT'], "Four people are killed after two cars collide on PJ Patterson Highway", at('Jamaica', r=F)),
  (KZOO_TREE, VICTIMS, ['ASSAULT'], "after a tree hits their vehicle near Kalamazoo, Michigan", at('Kalamazoo', r=F)),
  (TON_QUAKE, None, ['ASSAULT'], "A 7.0 Mw earthquake strikes near the island country of Tonga", at('Tonga', r=F)),
 ],
 'law-crime-may-05': [
  (ICJ, SUDAN, ['REJECT'], "The International Court of Justice dismisses Sudan's case against the United Arab Emirates", NOWHERE),
  (UAE, RSF, ['AID'], "by supplying weapons to the Rapid Support Forces and other paramilitary groups in the Darfur region", at('Darfur', r=F)),
  (NLD_POLICE, NLD_PROT, ['COERCE'], "Five pro-Palestinian protesters are arrested by police during a World War II anniversary event in Wageningen", at('Wageningen')),
  (NLD_PROT, SCHOOF, ['PROTEST'], "after throwing a smoke bomb onto the stage during a speech by Dutch prime minister Dick Schoof", at('Wageningen')),
  (US_SHOOTER, US_CIV, ['ASSAULT'], "Three people are killed and five are injured in a mass shooting in Glendale, Arizona", at('Glendale', r=F)),
  (DAG_GUNMEN, RUS_POLICE, ['ASSAULT'], "in a mass shooting and shootout by gunmen in Makhachkala, Dagestan, Russia", at('Makhachkala', r=F)),
 ],
 'conflicts-jul-16': [
  (GAZA_CRUSH, PSE_CIV, ['ASSAULT'], "At least 21 Palestinians are killed in a crowd crush at a Gaza Humanitarian Foundation (GHF) site", at('Gaza Strip', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israeli soldiers sprayed people with pepper gas and opened fire", at('Gaza Strip', r=F)),
  (ISR_MIL, SYR_MOD, ['ASSAULT'], "The Israeli Air Force bombs the Syrian Defense Ministry headquarters and the presidential palace in Damascus", at('Damascus')),
  (ISR_MIL, SUWAYDA, ['ASSAULT'], "Israeli forces launch an attack on the Druze city of Suwayda", at('Suwayda')),
  (BGD_MIL, HASINA_SUP, ['ASSAULT'], "The Bangladesh military clashes with supporters of ousted prime minister Sheikh Hasina in Gopalganj District", at('Gopalganj District')),
  (NGA_GUNMEN, NGA_VILLAGE, ['ASSAULT'], "when unidentified gunmen attack a village in Riyom, Plateau State, Nigeria", at('Riyom', r=F)),
  (SHABAAB, KEN_MIL, ['ASSAULT'], "Al-Shabaab militants claim to have killed three Kenyan soldiers", at('Kenya', r=F)),
 ],
 'politics-sep-08': [
  (CIV_CC, GBAGBO, ['REJECT', 'SANCTION'], "Ivory Coast's Constitutional Council bars former president Laurent Gbagbo", at('Ivory Coast')),
  (FRA_NA, BAYROU, ['REJECT', 'SANCTION'], "The French Bayrou government collapses after losing a vote of confidence in the National Assembly", at('France')),
  (PRABOWO, MULYANI, ['SANCTION', 'COERCE'], "Indonesian president Prabowo Subianto reshuffles his cabinet", at('Indonesia', r=F)),
  (UGA_POLICE, NUP, ['COERCE'], "Ugandan police detain the deputy spokesperson of the opposition party National Unity Platform", at('Kampala')),
 ],
 'disasters-nov-17': [
  (SAU_BUS, VICTIMS, ['ASSAULT'], "A bus carrying Indian Umrah pilgrims collides with a tank truck near Medina", at('Medina', r=F)),
  (ECU_BUS, VICTIMS, ['ASSAULT'], "The toll from yesterday's bus crash in Simiatug, Tungurahua Province, Ecuador", at('Simiatug', r=F)),
  (VNM_SLIDE, VICTIMS, ['ASSAULT'], "when a landslide triggered by heavy rain strikes a bus carrying 32 passengers", at('Khánh Vĩnh district', r=F)),
  (CHL_BLIZZ, TOURISTS, ['ASSAULT'], "Five tourists are killed in a blizzard in Torres del Paine National Park", at('Torres del Paine', r=F)),
  (CHL_RESCUE, TOURISTS, ['AID'], "where military and police rescue four others", at('Torres del Paine', r=F)),
  (AIRJET, DELEGATION, ['ASSAULT'], "crashes while attempting to land at Kolwezi Airport in Lualaba Province", at('Kolwezi', r=F)),
 ],
 'law-crime-jan-22': [
  (AUS_SHOOTER, AUS_VICTIMS, ['ASSAULT'], "in shooting spree against two vehicles in Lake Cargelligo, New South Wales", at('Lake Cargelligo')),
  (ZAF_SHOOTER, ZAF_VICTIMS, ['ASSAULT'], "in a school shooting at a primary school in Ntabankulu, Eastern Cape", at('Ntabankulu')),
  (TAC_COURT, CUMPIO, ['SANCTION', 'COERCE'], "A regional court in Tacloban, Leyte, Philippines, sentences journalist Frenchie Mae Cumpio", at('Tacloban')),
  (PRESS_GROUPS, TAC_COURT, ['DISAPPROVE', 'ACCUSE', 'PROTEST'], "Press freedom and rights groups condemn the verdict.", NOWHERE),
  (BEL_STABBER, BEL_VICTIMS, ['ASSAULT'], "in a mass stabbing during a Kurdish demonstration in Antwerp", at('Antwerp')),
  (MEX_AUTH, WEDDING, ['COERCE'], "who is on the FBI Most Wanted List, is arrested in Mexico", at('Mexico', r=F)),
 ],
 'conflicts-feb-21': [
  (UKR_MIL, VOTKINSK, ['ASSAULT'], "striking the Votkinsk Machine Building Plant in Votkinsk, Udmurtia, Russia", at('Votkinsk')),
  (UKR_MIL, VOTKINSK, ['ASSAULT'], "Another missile strikes a natural-gas processing plant in Samara Oblast", at('Samara Oblast')),
  (RUS_MIL, KARPIVKA, ['ASSAULT', 'COERCE'], "Russian forces capture the village of Karpivka in Donetsk Oblast", at('Karpivka')),
  (PAK_MIL, TTP, ['ASSAULT'], "Pakistan conducts intelligence-based strikes on seven locations along the Durand Line", at('Afghanistan')),
  (PAK_MIL, TTP, ['ASSAULT'], "Two soldiers and five militants are killed in a shootout in Bannu", at('Bannu', r=F)),
  (AGWELEK, SSD_CIV, ['ASSAULT'], "when Agwelek Forces gunmen open fire on villagers in Ayod County", at('Ayod County')),
  (ISIL, SYR_SECP, ['ASSAULT'], "The Islamic State claims responsibility for two attacks on security personnel", at('Syria', r=F)),
  (UKR_EXPL, UKR_POLICE, ['ASSAULT'], "in two explosions at a shop in Lviv, Ukraine", at('Lviv', r=F)),
 ],
 'relations-apr-15': [
  (SRI_LANKA, IRN_SAILORS, ['COOPERATE', 'AID'], "Sri Lanka repatriates 238 Iranian sailors from the IRIS Bushehr", at('Sri Lanka')),
  (SRI_LANKA, IRN_SAILORS, ['AID'], "after providing temporary shelter on humanitarian grounds", at('Sri Lanka', r=F)),
  (DONORS, SUDAN_T, ['AID'], "Donors pledge €1.3 billion (US$1.5 billion) in foreign aid for Sudan", at('Berlin')),
  (DONORS, SUDAN_T, ['CONSULT'], "as participants also discuss efforts to advance ceasefire negotiations", at('Berlin', r=F)),
  (GROSSI, PRK, ['ACCUSE'], "International Atomic Energy Agency director general Rafael Grossi reports increased activity", NOWHERE),
  (PRK, None, ['MOBILIZE'], "increased activity at multiple nuclear facilities in North Korea", at('North Korea', r=F)),
  (ISRAEL, SOMALILAND, ['COOPERATE', 'AGREE'], "Israel appoints Michael Lotem as the first Israeli ambassador to Somaliland", at('Israel')),
  (ISRAEL, SOMALILAND, ['AGREE', 'SUPPORT'], "months after Israel officially recognised the breakaway region in Somalia", at('Israel', r=F)),
 ],
 'disasters-may-01': [
  (IRN_ORD, IRGC, ['ASSAULT'], "when an unexploded ordnance detonated in Zanjan province, Iran", at('Zanjan Province', r=F)),
  (NAM_BUS, VICTIMS, ['ASSAULT'], "collided head-on with a truck near Otjiwarongo, Namibia", at('Otjiwarongo', r=F)),
  (MEX_BUS, VICTIMS, ['ASSAULT'], "when a passenger bus veers off a highway and overturns near Amatlán de Cañas", at('Amatlán de Cañas', r=F)),
  (IND_BOAT, VICTIMS, ['ASSAULT'], "when a cruise boat capsizes in the Bargi Dam in Jabalpur", at('Jabalpur', r=F)),
  (TUR_BUS, VICTIMS, ['ASSAULT'], "after a minibus rolls over in Balıkesir, Turkey", at('Balıkesir', r=F)),
  (IND_BRIDGE, VICTIMS, ['ASSAULT'], "when a bridge collapses in Jammu, Jammu and Kashmir", at('Jammu', r=F)),
  (AFG_MINE, VICTIMS, ['ASSAULT'], "A gold mine collapses in a remote area of the Shahri Buzurg District", at('Shahri Buzurg District', r=F)),
 ],
 'law-crime-jun-09': [
  (ZAF_GUNMEN, ZAF_CIV, ['ASSAULT'], "Twelve people are killed in a mass shooting in Johannesburg", at('Johannesburg', r=F)),
  (NI_RIOTERS, NI_POLICE, ['PROTEST', 'ASSAULT'], "Riots erupt in Belfast and Newtownards, Northern Ireland", at('Belfast', r=F)),
  (NI_KNIFE, None, ['ASSAULT'], "Newtownards, Northern Ireland due to yesterday’s knife attack", NOWHERE),
  (LKA_COURT, GUNAWARDENA, ['SANCTION', 'COERCE'], "The Sri Lankan High Court sentences former deputy minister Sarana Gunawardena", at('Sri Lanka')),
  (PHL_POLICE, DUMLAO, ['COERCE'], "Philippine police arrest former superintendent Rafael Dumlao", at('Philippines')),
  (DUMLAO, JEE, ['ASSAULT'], "the 2016 kidnapping and killing of South Korean businessman Jee Ick-Joo at Camp Crame", at('Quezon City', r=F)),
  (RSF_VICTIMS, KEN_DPP, ['REQUEST', 'ACCUSE'], "urges Kenya's Director of Public Prosecutions to approve charges", at('Kenya', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "Victims of atrocities linked to the civil war in Sudan", at('Sudan', r=F)),
  (UK_STUDENT, UK_PUPILS, ['ASSAULT'], "Three people are injured in a mass stabbing at a school in Blackley, Manchester", at('Manchester')),
  (UK_POLICE, UK_STUDENT, ['COERCE'], "A 14-year-old student is arrested.", at('Manchester', r=F)),
 ],
 'conflicts-aug-09': [
  (NETANYAHU, US_PLAN, ['REJECT'], "Israeli prime minister Benjamin Netanyahu rejects a United States-led plan for peace", at('Israel')),
  (HAMAS, US_PLAN, ['AGREE'], "a United States-led plan for peace accepted by Hamas", NOWHERE),
  (HOUTHIS, MOKHA, ['ASSAULT'], "in a Houthi missile and drone attack on Mokha, Taiz Governorate", at('Mokha')),
  (HOUTHIS, HUD_GOV, ['ASSAULT'], "after the Houthis shelled his residence in Al Khawkhah district", at('Al Khawkhah')),
  (JNIM, MLI_MIL, ['ASSAULT'], "Around ten Malian soldiers are reportedly killed in a Jama'at Nusrat al-Islam wal-Muslimin attack", at('Mali')),
  (MLI_MILITANTS, MLI_MIL, ['ASSAULT'], "an attack by militants on a military base in San, Mali", at('San', r=F)),
  (MLI_MIL, MLI_MILITANTS, ['ASSAULT'], "Authorities say that they have repelled an attack", at('San', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "Mass graves of 25 civilians executed by the Rapid Support Forces", at('Kurmuk', r=F)),
  (COL_MIL, FARC, ['ASSAULT'], "military forces killed four FARC dissidents in Meta", at('Meta')),
  (COL_MIL, GULF_CLAN, ['ASSAULT'], "and two Gulf Clan members in Antioquia", at('Antioquia')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
