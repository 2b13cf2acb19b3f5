# Gold events of the fifty-third place set (pages keyed by short name; see ANN at the end), annotated from
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
 'North Korea': ('PRK', (40.0, 127.0)), 'Democratic Republic of the Congo': ('COD', (-2.9, 23.7)),
 'Moldova': ('MDA', (47.2, 28.5)), 'United States': ('USA', (39.8, -98.6)),
 'Dominican Republic': ('DOM', (18.9, -70.2)), 'Philippines': ('PHL', (12.9, 122.0)),
 # regions, states, provinces, oblasts, districts, territories, municipalities
 'Bari Region': ('SOM', (10.5, 49.8)), 'Gedo': ('SOM', (3.5, 42.2)), 'Gaza Strip': ('PSE', (31.42, 34.37)),
 'South Carolina': ('USA', (33.9, -80.9)), 'North Carolina': ('USA', (35.6, -79.4)),
 'Tarn Taran District': ('IND', (31.4, 74.9)), 'Shan State': ('MMR', (21.5, 97.9)),
 'Balochistan': ('PAK', (28.5, 65.1)), 'Penza Oblast': ('RUS', (53.1, 44.6)), 'Samara Oblast': ('RUS', (53.4, 50.5)),
 'Rostov Oblast': ('RUS', (47.7, 41.0)), 'Ryazan Oblast': ('RUS', (54.4, 40.6)), 'Muzinzi': ('COD', (-2.63, 28.67)),
 'Concordia': ('MEX', (23.29, -106.07)), 'Kursk Oblast': ('RUS', (51.7, 36.2)), 'Oklahoma': ('USA', (35.5, -97.5)),
 'Banalia Territory': ('COD', (1.55, 25.33)),
 # cities, towns, villages
 'Al-Funduq': ('PSE', (32.19, 35.13)), 'Bijapur': ('IND', (18.80, 80.82)), 'Kherson': ('UKR', (46.64, 32.61)),
 'Magdeburg': ('DEU', (52.13, 11.63)), 'Seoul': ('KOR', (37.57, 126.98)),
 'Buenavista de Libertad': ('MEX', (20.2, -101.1)), 'Abuja': ('NGA', (9.06, 7.49)),
 'Qaw': ('SOM', (11.2, 49.8)), 'Khartoum': ('SDN', (15.50, 32.56)), 'Nyabibwe': ('COD', (-2.0, 28.93)),
 'Baku': ('AZE', (40.41, 49.87)), 'Bucharest': ('ROU', (44.43, 26.10)), 'Quetta': ('PAK', (30.18, 67.00)),
 'Basivka': ('UKR', (51.0, 34.95)), 'Kyiv': ('UKR', (50.45, 30.52)), 'Kryvyi Rih': ('UKR', (47.91, 33.39)),
 'Saada': ('YEM', (16.94, 43.76)), 'Mogadishu': ('SOM', (2.04, 45.34)), 'Sanaa': ('YEM', (15.37, 44.19)),
 'Rayones': ('MEX', (25.02, -100.08)), 'Kamakombe': ('COD', (-2.3, 28.7)),
 'Puerto Princesa': ('PHL', (9.74, 118.74)), 'Colombo': ('LKA', (6.93, 79.86)),
 'Johannesburg': ('ZAF', (-26.20, 28.05)), 'Carrollton': ('USA', (32.95, -96.89)),
 'Rio Branco': ('BRA', (-9.97, -67.81)), 'Pasig': ('PHL', (14.58, 121.08)), 'New Delhi': ('IND', (28.61, 77.21)),
 'Anguruwatota': ('LKA', (6.64, 80.10)), 'Sourton': ('GBR', (50.71, -4.07)),
}
COUNTRY_LEVEL = {'North Korea', 'Democratic Republic of the Congo', 'Moldova', 'United States', 'Dominican Republic',
                 'Philippines'}


def at(name, r=True, **kw):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    o.update(kw)
    return o


NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': False}


def nat(names):
    """A natural event or an accident: no agent; the event itself is the source (kind other)."""
    return oth(names, None)


def unk(names=("unknown", "unidentified attackers", "attackers", "gunmen"), c=None):
    """An agent the page does not name."""
    return ag(list(names), c)


# ---- actors
FRA_MACRON = gov(["emmanuel macron", "macron", "french president emmanuel macron", "french president", "france"], "FRA")
SAHEL_STATES = st(["sahel states", "sahel", "african sahel", "mali", "burkina faso", "niger"], None)
PSE_GUNMEN = ag(["palestinian gunmen", "gunmen", "palestinian militants", "militants", "palestinians"], "PSE")
ISR_CIV = civ(["israelis", "three israelis", "israeli civilians", "bus", "passengers", "israel", "israeli"], "ISR")
MAOISTS = ag(["maoist rebels", "maoists", "maoist", "naxalites", "naxals", "naxal", "rebels"], "IND")
IND_POLICE = gov(["police officers", "eight police officers", "police", "police vehicle", "indian police",
                  "security forces", "driver"], "IND")
RUS_MIL = mil(["russia", "russian", "russian drone", "russian forces", "russian troops", "russian military",
               "russian army", "russian airstrike", "drone"], "RUS")
UKR_CIV = civ(["civilian passenger bus", "bus", "civilians", "passengers", "person", "one person", "people",
               "ukrainians", "ukrainian civilians", "ukraine", "children"], "UKR")
UKR_ST = st(["ukraine", "ukrainian", "ukrainian forces", "ukrainian army", "ukrainian troops"], "UKR")
DEU_CIV = civ(["christmas market", "magdeburg christmas market", "people", "visitors", "woman", "52-year-old woman",
               "germans"], "DEU")
PRK_MIL = mil(["north korea", "north korean", "north korean military", "pyongyang", "korean people's army"], "PRK")
BLINKEN = gov(["antony blinken", "blinken", "u.s. secretary of state antony blinken", "secretary of state",
               "united states", "us", "u.s.", "u.s. secretary of state"], "USA")
KOR_LEAD = gov(["south korean leaders", "south korea", "south korean", "south korean government", "seoul",
                "leaders"], "KOR")
MEX_FORCES = gov(["security agents", "security forces", "security forces members", "police", "policemen",
                  "three policemen", "officers", "three officers", "mexican security forces", "mexico"], "MEX")
MEX_GUNMEN = ag(["gunmen", "eight gunmen", "armed men", "cartel gunmen", "attackers"], "MEX")
NGA_CIV = civ(["school", "people", "two people", "students", "pupils", "civilians"], "NGA")
NGA_POLICE = gov(["police", "nigerian police", "nigeria police force", "nigeria"], "NGA")
NGA_SUSP = per(["three men", "suspects", "men"], "NGA")
PSF = mil(["puntland security force", "puntland security forces", "psf", "puntland", "puntland forces",
           "security force"], "SOM")
IS_SOM = ag(["islamic state", "isis", "isil", "islamic state in somalia", "foreign militants",
             "57 foreign militants", "militants"], "SOM")
PMPF = mil(["puntland maritime police force", "pmpf", "puntland", "maritime police", "puntland maritime police"], "SOM")
BOAT = oth(["boat", "vessel", "smugglers", "crew"], None)
SDN_CIV = civ(["children", "several children", "sudanese children", "civilians"], "SDN")
SAF = mil(["sudanese armed forces", "saf", "sudanese army", "army", "sudan"], "SDN")
M23 = ag(["m23", "m23 rebels", "march 23 movement", "rebels", "afc/m23", "m23 campaign"], "COD")
COD_GOV = gov(["democratic republic of the congo government", "democratic republic of the congo", "drc",
               "congolese government", "government", "kinshasa", "congo"], "COD")
WAZALENDO = ag(["wazalendo", "wazalendo militia", "wazalendo militias", "decisive movement for the liberation of congo",
                "militia", "militias"], "COD")
JUBALAND = mil(["jubaland forces", "jubaland", "jubaland security forces"], "SOM")
SNA = mil(["somali national army", "sna", "somali national army forces", "somali army", "somalia",
           "somali federal government", "federal government"], "SOM")
CAAGANE = per(["mohamed ilyas caagane", "caagane", "commissioner", "commissioner of bardhere district"], "SOM")
RECEAN = gov(["dorin recean", "recean", "moldova prime minister dorin recean", "moldova", "moldovan government",
              "prime minister"], "MDA")
TRANSNISTRIA = gov(["transnistria", "breakaway state of transnistria", "transnistrian authorities", "tiraspol"], "MDA")
AZE = gov(["azerbaijan authorities", "azerbaijan", "azerbaijani authorities", "azerbaijani government", "baku"], "AZE")
ROSSOTR = oth(["rossotrudnichestvo", "house of russia", "russia", "russian"], "RUS")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump", "president trump",
             "united states", "u.s.", "us", "trump administration"], "USA")
ICC = igo(["international criminal court", "icc", "international criminal court officials", "icc officials"])
US_RUBIO = gov(["u.s.", "us", "united states", "marco rubio", "rubio", "u.s. secretary of state marco rubio",
                "secretary of state"], "USA")
VEN_GOV = gov(["venezuelan government", "venezuela", "venezuelan", "government of venezuela",
               "venezuelan government airplane"], "VEN")
ROU_PROT = civ(["demonstrators", "tens of thousands of demonstrators", "protesters", "supporters", "romanians",
                "georgescu supporters"], "ROU")
ROU_GOV = gov(["romanian authorities", "romania", "romanian government", "government", "constitutional court",
               "electoral authorities"], "ROU")
MCMASTER = gov(["henry mcmaster", "mcmaster", "south carolina governor henry mcmaster", "south carolina governor",
                "south carolina", "governor"], "USA")
ISR_MIL = mil(["israel", "israeli", "israeli forces", "israeli military", "israel defense forces", "idf",
               "israeli airstrikes", "israeli strikes", "israeli air force"], "ISR")
PSE_CIV = civ(["people", "palestinians", "46 people", "57 people", "aid seekers", "35 aid seekers", "gazans",
               "seven people", "civilians"], "PSE")
US_MIL = mil(["united states", "u.s.", "us", "u.s. airstrikes", "us military", "u.s. military", "american"], "USA")
HOUTHIS = ag(["houthis", "houthi", "houthi forces", "houthi rebels", "ansar allah", "yemen"], "YEM")
SHABAAB = ag(["al-shabaab", "al-shabaab militants", "al shabaab", "shabaab", "militants"], "SOM")
SOM_CIV = civ(["civilians", "eight civilians", "aden adde international airport", "halane compound", "airport"], "SOM")
YEM_T = st(["yemen", "yemeni", "sanaa international airport", "airport", "yemenia", "planes", "houthis", "houthi"], "YEM")
BLA = ag(["balochistan liberation army", "bla", "baloch separatists", "militants", "separatists"], "PAK")
PAK_ARMY = mil(["pakistan army", "pakistan army soldiers", "seven pakistan army soldiers", "soldiers",
                "pakistani soldiers", "convoy", "pakistan", "pakistani army"], "PAK")
CDN = ag(["cártel del noreste", "cartel del noreste", "cdn", "gunmen", "five gunmen"], "MEX")
CJNG = ag(["jalisco new generation cartel", "cjng", "cártel de jalisco nueva generación", "gunmen"], "MEX")
UKR_MIL = mil(["ukrainian forces", "ukraine", "ukrainian", "ukrainian military", "ukrainian drones",
               "ukrainian armed forces", "drones"], "UKR")
RUS_CIV = civ(["people", "three people", "russians", "russia", "russian"], "RUS")
RYAZAN_REF = oth(["ryazan refinery", "refinery", "facility", "russia", "oil refinery"], "RUS")
MEX_WORKERS = civ(["workers", "ten workers", "nine workers", "miners", "vizla silver", "mine workers"], "MEX")
RUS_COURT = gov(["court", "court in kursk oblast", "russian court", "kursk court", "russia"], "RUS")
SMIRNOV = per(["alexei smirnov", "smirnov", "former governor alexei smirnov", "former governor", "governor"], "RUS")
PNP = gov(["philippine national police", "pnp", "police", "philippines", "philippine police"], "PHL")
PNP_OFF = gov(["officers", "four of its officers", "police officers", "commanders", "two commanders",
               "two police officers", "bureau of corrections", "personnel"], "PHL")
USA_CIV = civ(["people", "eighteen people", "two people", "coworkers", "his coworkers", "shoppers", "victims"], "USA")
LKA_POLICE = gov(["sri lankan police", "police", "sri lanka", "sri lankan authorities"], "LKA")
CHN_NAT = civ(["chinese nationals", "37 chinese nationals", "chinese", "suspects"], "CHN")
ETH_MIG = civ(["ethiopian migrants", "five ethiopian migrants", "migrants", "ethiopians", "three"], "ETH")
US_SHOOTER = per(["69-year-old man", "man", "gunman", "shooter", "suspect"], "USA")
US_POLICE = gov(["police", "carrollton police", "authorities", "texas police"], "USA")
BRA_SHOOTER = per(["13-year-old suspect", "suspect", "shooter", "student", "13-year-old"], "BRA")
BRA_CIV = civ(["people", "two people", "students", "school", "pupils"], "BRA")
BRA_POLICE = gov(["police", "brazilian police", "authorities", "acre police"], "BRA")
NBI = gov(["national bureau of investigation", "nbi", "philippine authorities", "philippines"], "PHL")
PH_FOUNDER = per(["founder", "founder of an online news site", "peanut gallery media network", "four other people",
                  "people"], "PHL")


ANN = {
 'conflicts-jan-06': [
  (FRA_MACRON, SAHEL_STATES, ['DISAPPROVE', 'ACCUSE'], "French President Emmanuel Macron says France was right to intervene militarily", NOWHERE_NR),
  (PSE_GUNMEN, ISR_CIV, ['ASSAULT'], "in a mass shooting by Palestinian gunmen firing at a bus", at('Al-Funduq', r=F)),
  (MAOISTS, IND_POLICE, ['ASSAULT'], "A bomb blast attributed to Maoist rebels in Bijapur", at('Bijapur')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "A Russian drone attacks a civilian passenger bus in Kherson", at('Kherson')),
  (unk(("attacker", "driver", "perpetrator", "unknown")), DEU_CIV, ['ASSAULT'], "the vehicle-ramming attack at the Magdeburg Christmas market in Magdeburg", at('Magdeburg', r=F)),
  (PRK_MIL, None, ['MOBILIZE', 'THREATEN'], "North Korea has fired what appears to be an intermediate-range ballistic missile", at('North Korea', r=F)),
  (BLINKEN, KOR_LEAD, ['CONSULT'], "Antony Blinken visits Seoul, South Korea, for talks with South Korean leaders", at('Seoul')),
  (MEX_FORCES, MEX_GUNMEN, ['ASSAULT'], "At least eight gunmen are killed and three policemen are wounded", at('Buenavista de Libertad')),
  (MEX_GUNMEN, MEX_FORCES, ['ASSAULT'], "after security agents repels an attack near the Buenavista de Libertad", at('Buenavista de Libertad', r=F)),
  (MEX_FORCES, MEX_GUNMEN, ['COERCE'], "Security forces members seize four vehicles, ballistic vests, and twelve firearms", at('Buenavista de Libertad', r=F)),
  (MEX_GUNMEN, MEX_FORCES, ['ASSAULT'], "another encounter was reported two months ago, leaving three officers wounded", at('Buenavista de Libertad', r=F)),
  (unk(), NGA_CIV, ['ASSAULT'], "in an IED attack at a school near Abuja", at('Abuja', r=F)),
  (NGA_POLICE, NGA_SUSP, ['ACCUSE'], "with police identifying three men as suspects", at('Abuja', r=F)),
 ],
 'conflicts-feb-05': [
  (PSF, IS_SOM, ['ASSAULT'], "results in the killing of 57 foreign militants in Dharin area of Bari Region", at('Bari Region')),
  (IS_SOM, PSF, ['ASSAULT'], "A deadly battle between the Puntland Security Force and Islamic State", at('Bari Region', r=F)),
  (PMPF, BOAT, ['COERCE'], "Puntland Maritime Police Force seize a boat carrying illegal military supplies", at('Qaw', r=F)),
  (unk(), SDN_CIV, ['ASSAULT'], "several children have been killed in Khartoum, Sudan, in the past few days", at('Khartoum', r=F)),
  (SAF, None, ['ASSAULT'], "The Sudanese Armed Forces announce they have gained more territory around Khartoum", at('Khartoum', r=F)),
  (M23, None, ['ASSAULT', 'COERCE'], "M23 rebels capture Nyabibwe, a town along the road", at('Nyabibwe')),
  (COD_GOV, M23, ['ACCUSE', 'REJECT'], "The Democratic Republic of the Congo government claims that the unilateral ceasefire", at('Democratic Republic of the Congo', r=F)),
  (JUBALAND, SNA, ['ASSAULT'], "Somali National Army forces are defeated by Jubaland forces in Gedo", at('Gedo')),
  (JUBALAND, CAAGANE, ['ASSAULT'], "commissioner of Bardhere District Mohamed Ilyas Caagane is killed", at('Gedo', r=F)),
 ],
 'relations-feb-06': [
  (RECEAN, TRANSNISTRIA, ['REQUEST'], "Moldova Prime Minister Dorin Recean calls for the breakaway state of Transnistria", at('Moldova')),
  (AZE, ROSSOTR, ['SANCTION', 'REJECT'], "Azerbaijan authorities announce that they will close their local Rossotrudnichestvo", at('Baku', r=F)),
  (TRUMP, ICC, ['SANCTION'], "Donald Trump signs an executive order imposing sanctions on International Criminal Court officials", at('United States')),
  (US_RUBIO, VEN_GOV, ['COERCE'], "the U.S. formally seizes a Venezuelan government airplane in the Dominican Republic", at('Dominican Republic')),
 ],
 'politics-mar-01': [
  (ROU_PROT, ROU_GOV, ['PROTEST'], "Tens of thousands of demonstrators hold a rally in Bucharest", at('Bucharest')),
 ],
 'disasters-mar-02': [
  (nat(["wildfires", "several wildfires", "wildfire", "southeastern united states wildfires"]), None, ['ASSAULT'], "Several wildfires erupt across South Carolina", at('South Carolina', r=F)),
  (nat(["wildfires", "several wildfires", "wildfire", "southeastern united states wildfires"]), None, ['ASSAULT'], "across South Carolina and North Carolina, United States", at('North Carolina', r=F)),
  (MCMASTER, None, ['MOBILIZE'], "South Carolina governor Henry McMaster declares a state of emergency", at('South Carolina', r=F)),
  (nat(["collapse", "roof collapse", "house roof", "roof"]), None, ['ASSAULT'], "Five people are killed after a house roof collapses in Tarn Taran District", at('Tarn Taran District', r=F)),
  (nat(["bus", "bus crash", "crash", "accident"]), None, ['ASSAULT'], "after a bus plunged into a ravine in Shan State", at('Shan State', r=F)),
  (nat(["gas explosion", "explosion", "gas"]), None, ['ASSAULT'], "after a gas explosion in a house in Quetta", at('Quetta', r=F)),
 ],
 'conflicts-apr-06': [
  (RUS_MIL, UKR_ST, ['ASSAULT'], "Russian troops reportedly capture the village of Basivka in Sumy Oblast", at('Basivka')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "A Russian airstrike in Darnytskyi District, Kyiv, Ukraine, kills one person", at('Kyiv')),
  (unk(("missile strike", "unknown", "russia", "russian forces")), UKR_CIV, ['ASSAULT'], "The death toll from Friday's missile strike on Kryvyi Rih", at('Kryvyi Rih', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "At least 46 people are killed in Israeli strikes on the Gaza Strip", at('Gaza Strip')),
  (US_MIL, HOUTHIS, ['ASSAULT'], "overnight U.S. airstrikes targeting Houthi forces in Saada", at('Saada')),
  (SHABAAB, SOM_CIV, ['ASSAULT'], "Al-Shabaab militants launch mortar shells for the second consecutive day", at('Mogadishu')),
 ],
 'conflicts-may-06': [
  (ISR_MIL, YEM_T, ['ASSAULT'], "Israeli airstrikes hit Sanaa International Airport in Sanaa", at('Sanaa')),
  (TRUMP, HOUTHIS, ['AGREE'], "the United States has reached a ceasefire with the Houthis", NOWHERE_NR),
  (nat(["f/a-18", "fighter jet", "u.s. navy f/a-18 fighter jet", "equipment failure", "jet"]), None, ['ASSAULT'], "A second U.S. Navy F/A-18 fighter jet is lost in the Red Sea", NOWHERE_NR),
  (BLA, PAK_ARMY, ['ASSAULT'], "exploded by a Balochistan Liberation Army improvised explosive device in Balochistan", at('Balochistan')),
  (CDN, CJNG, ['ASSAULT'], "after an encounter between Cártel del Noreste and Jalisco New Generation Cartel", at('Rayones')),
  (CJNG, CDN, ['ASSAULT'], "Five gunmen are killed and six vehicles burned", at('Rayones', r=F)),
 ],
 'conflicts-aug-02': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israeli forces kill at least 57 people in the Gaza Strip", at('Gaza Strip')),
  (ISR_MIL, PSE_CIV, ['COERCE'], "Seven people die from malnutrition in the past 24 hours due to the Israeli blockade", NOWHERE_NR),
  (UKR_MIL, RUS_CIV, ['ASSAULT'], "Ukrainian forces launch drone attacks on Penza Oblast", at('Penza Oblast')),
  (UKR_MIL, RUS_CIV, ['ASSAULT'], "drone attacks on Penza Oblast, Samara Oblast", at('Samara Oblast', r=F)),
  (UKR_MIL, RUS_CIV, ['ASSAULT'], "Samara Oblast, and Rostov Oblast in Russia", at('Rostov Oblast', r=F)),
  (UKR_MIL, RYAZAN_REF, ['ASSAULT'], "The Ukrainian military targets the Ryazan Refinery in Ryazan Oblast", at('Ryazan Oblast')),
  (M23, WAZALENDO, ['ASSAULT', 'COERCE'], "M23 rebels briefly capture Kamakombe, Kabare Territory", at('Kamakombe')),
  (M23, WAZALENDO, ['ASSAULT'], "M23 and Wazalendo militias clash in the Muzinzi subgroup", at('Muzinzi')),
  (WAZALENDO, M23, ['ASSAULT'], "Wazalendo militias clash in the Muzinzi subgroup, Walungu Territory", at('Muzinzi', r=F)),
 ],
 'law-crime-apr-06': [
  (unk(("abductors", "kidnappers", "unknown", "gunmen")), MEX_WORKERS, ['COERCE', 'ASSAULT'], "the ten workers abducted from a silver mine in Concordia Municipality", at('Concordia', r=F)),
  (RUS_COURT, SMIRNOV, ['COERCE'], "A court in Kursk Oblast, Russia, sentences former governor Alexei Smirnov", at('Kursk Oblast')),
  (PNP, PNP_OFF, ['COERCE'], "The Philippine National Police announces the detention of four of its officers", at('Philippines')),
  (unk(), PNP_OFF, ['ASSAULT'], "the April 3 shootout in Puerto Princesa", at('Puerto Princesa', r=F)),
 ],
 'law-crime-may-03': [
  (unk(("gunman", "shooter", "unknown", "gunmen")), USA_CIV, ['ASSAULT'], "Eighteen people are wounded in a mass shooting at Arcadia Lake", at('Oklahoma', r=F)),
  (LKA_POLICE, CHN_NAT, ['COERCE'], "Sri Lankan police arrest 37 Chinese nationals in Colombo", at('Colombo')),
  (unk(("attackers", "unknown", "xenophobic attackers", "gunmen")), ETH_MIG, ['ASSAULT'], "Five Ethiopian migrants were killed last week in a series of xenophobic attacks in Johannesburg", at('Johannesburg', r=F)),
 ],
 'law-crime-may-05': [
  (US_SHOOTER, USA_CIV, ['ASSAULT'], "in a mass shooting at a Korean supermarket in Carrollton", at('Carrollton', r=F)),
  (US_POLICE, US_SHOOTER, ['COERCE'], "opened fire on his coworkers at a business meeting. The suspect is taken into custody", at('Carrollton', r=F)),
  (BRA_SHOOTER, BRA_CIV, ['ASSAULT'], "are injured in a school shooting in Rio Branco", at('Rio Branco', r=F)),
  (BRA_POLICE, BRA_SHOOTER, ['COERCE'], "A 13-year-old suspect is taken into custody", at('Rio Branco', r=F)),
  (NBI, PH_FOUNDER, ['COERCE'], "the National Bureau of Investigation arrests the founder of an online news site", at('Pasig')),
 ],
 'disasters-jun-03': [
  (nat(["fire", "hotel fire", "delhi hotel fire", "building fire"]), None, ['ASSAULT'], "are injured in a fire at a building in New Delhi", at('New Delhi', r=F)),
  (nat(["fire", "overnight fire", "nursing home fire"]), None, ['ASSAULT'], "in an overnight fire at a nursing home in Anguruwatota", at('Anguruwatota', r=F)),
  (nat(["crash", "royal navy agustawestland aw101", "aw101", "helicopter", "helicopter crash"]), None, ['ASSAULT'], "when a Royal Navy AgustaWestland AW101 crashes into a field in Sourton", at('Sourton', r=F)),
  (nat(["sinking", "boat", "shipwreck", "boat sinking"]), None, ['ASSAULT'], "after a boat sank on the Aruwimi River the previous day in the Banalia Territory", at('Banalia Territory', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
