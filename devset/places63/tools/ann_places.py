# Gold events of the sixty-third place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Israel': ('ISR', (31.4, 35.0)), 'Turkey': ('TUR', (39.0, 35.2)),
 'Democratic Republic of the Congo': ('COD', (-2.9, 23.7)), 'Bulgaria': ('BGR', (42.7, 25.5)),
 'Colombia': ('COL', (4.0, -73.0)), 'Brazil': ('BRA', (-10.8, -52.9)), 'Philippines': ('PHL', (12.9, 122.0)),
 'United Kingdom': ('GBR', (54.0, -2.5)), 'Kenya': ('KEN', (0.2, 37.9)), 'Italy': ('ITA', (42.8, 12.6)),
 'Serbia': ('SRB', (44.0, 20.9)), 'Romania': ('ROU', (45.9, 24.97)), 'Indonesia': ('IDN', (-2.5, 118.0)),
 'South Korea': ('KOR', (36.5, 127.9)), 'United States': ('USA', (39.8, -98.6)), 'Iran': ('IRN', (32.4, 53.7)),
 'Australia': ('AUS', (-25.3, 133.8)), 'Costa Rica': ('CRI', (9.75, -83.75)), 'Guyana': ('GUY', (4.9, -58.9)),
 # regions, states, provinces, districts, counties, territories
 'Occidental Mindoro': ('PHL', (13.0, 120.9)), 'Bari Region': ('SOM', (10.5, 49.8)),
 'Khartoum State': ('SDN', (15.6, 32.7)), 'Gaza': ('PSE', (31.45, 34.40)), 'Gaza Strip': ('PSE', (31.42, 34.37)),
 'Gauteng': ('ZAF', (-26.0, 28.1)), 'Plateau State': ('NGA', (9.2, 9.5)), 'Miranda State': ('VEN', (10.25, -66.42)),
 'Huanjiang Maonan Autonomous County': ('CHN', (24.83, 108.26)), 'Mon District': ('IND', (26.7, 94.95)),
 # cities, towns, villages
 'Tel Aviv': ('ISR', (32.08, 34.78)), 'Walikale': ('COD', (-1.42, 28.05)), 'Engels': ('RUS', (51.49, 46.12)),
 'Odesa': ('UKR', (46.48, 30.73)), 'Jerusalem': ('ISR', (31.78, 35.22)), 'Istanbul': ('TUR', (41.01, 28.98)),
 'Fremont': ('USA', (41.43, -96.50)), 'Bacolod': ('PHL', (10.68, 122.95)), 'Mogadishu': ('SOM', (2.05, 45.32)),
 "Bal'ad": ('SOM', (2.36, 45.39)), 'San Felipe': ('MEX', (21.48, -101.21)),
 'Washington, D.C.': ('USA', (38.90, -77.04)), 'Beirut': ('LBN', (33.89, 35.50)),
 'Stuttgart': ('DEU', (48.78, 9.18)), 'Mannheim': ('DEU', (49.49, 8.47)), 'New York': ('USA', (40.71, -74.01)),
 'Nanyuki': ('KEN', (0.01, 37.07)), 'Novi Sad': ('SRB', (45.25, 19.84)), 'Dakar': ('SEN', (14.69, -17.44)),
 'Seoul': ('KOR', (37.57, 126.98)), 'Gaza City': ('PSE', (31.52, 34.45)), 'Nuseirat': ('PSE', (31.45, 34.39)),
 'Zawtar al-Sharqiyah': ('LBN', (33.33, 35.55)), 'Kafr Rumman': ('LBN', (33.39, 35.50)),
 'Uvira': ('COD', (-3.40, 29.14)), 'Siraf': ('IRN', (27.67, 52.34)), 'Liuzhou': ('CHN', (24.33, 109.41)),
 'Mountain Home': ('USA', (43.13, -115.69)), 'Sydney': ('AUS', (-33.87, 151.21)),
 'Pumpunya': ('PER', (-12.13, -75.27)),
}
COUNTRY_LEVEL = {'Israel', 'Turkey', 'Democratic Republic of the Congo', 'Bulgaria', 'Colombia', 'Brazil',
                 'Philippines', 'United Kingdom', 'Kenya', 'Italy', 'Serbia', 'Romania', 'Indonesia', 'South Korea',
                 'United States', 'Iran', 'Australia', 'Costa Rica', 'Guyana'}


def at(name, r=True, s='a'):
    """options for an event placed at P[name]"""
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': False}


def nat(names, c=None):
    """a natural event or accident as the source (no agent; never required)"""
    return oth(names, c)


def unk(names=("unknown", "unidentified", "gunmen", "attackers"), c=None):
    return oth(list(names), c)


# actors
HOUTHIS = ag(["houthis", "houthi", "houthi movement", "ansar allah", "yemen"], "YEM")
ISRAEL = st(["israel", "israeli", "israeli military", "israel defense forces", "idf", "israeli forces",
             "israeli government"], "ISR")
M23 = ag(["m23", "m23 rebels", "rwandan-backed m23 rebels", "march 23 movement", "rebels"], "COD")
COD_MIL = mil(["congolese army", "fardc", "democratic republic of the congo", "congolese government",
               "armed forces of the democratic republic of the congo"], "COD")
UKR_MIL = mil(["ukrainian armed forces", "ukraine", "ukrainian", "ukrainian military", "armed forces of ukraine"], "UKR")
RUS_MIL = mil(["russia", "russian", "russian forces", "russian military", "russian armed forces",
               "engels-2 air base"], "RUS")
UKR_CIV = civ(["civilians", "ukrainian civilians", "odesa", "civilian infrastructure"], "UKR")
ISR_PROT = civ(["israelis", "protesters", "demonstrators", "more than 100,000 israelis"], "ISR")
ISR_GOV = gov(["israeli government", "israel", "government", "netanyahu"], "ISR")
TUR_PROT = civ(["protesters", "anti-erdoğan protesters", "anti-erdogan protesters", "demonstrators",
                "republican people's party", "chp", "turkish protesters"], "TUR")
TUR_GOV = gov(["erdoğan", "erdogan", "turkish government", "government", "erdoğan government",
               "recep tayyip erdoğan"], "TUR")
TUR_POLICE = gov(["turkish police", "police", "turkey"], "TUR")
PUNTLAND = gov(["puntland authorities", "puntland", "puntland security forces", "puntland forces"], "SOM")
ISS = ag(["islamic state in somalia", "islamic state", "isis", "isis-somalia", "ahmed muse said"], "SOM")
SHABAAB = ag(["al-shabaab", "al shabaab", "shabaab"], "SOM")
SOM_MIL = mil(["somali army", "somali army personnel", "somalia", "somali national army", "somali government",
               "three somali army personnel"], "SOM")
SOM_TGT = oth(["aden adde international airport", "halane base camp", "united nations", "african union",
               "somalia", "properties"], "SOM")
SAF = mil(["sudanese armed forces", "saf", "sudanese army", "sudan"], "SDN")
RSF = ag(["rapid support forces", "rsf", "rapid support forces units"], "SDN")
PSE_CIV = civ(["palestinians", "palestinian", "people", "children", "gaza"], "PSE")
CARTEL = ag(["santa rosa de lima cartel", "santa rosa de lima cartel gunmen", "gunmen", "cartel"], "MEX")
MEX_CIV = civ(["people", "seven people", "minors", "civilians"], "MEX")
ZELENSKYY = gov(["volodymyr zelenskyy", "zelenskyy", "ukrainian president volodymyr zelenskyy", "ukraine",
                 "european leaders", "ukrainian president"], "UKR")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump",
             "united states", "white house", "u.s. president"], "USA")
RUSSIA = st(["russia", "russian", "russian aircraft", "russian military"], "RUS")
NORWAY = st(["norway", "norwegian"], "NOR")
BGR_POLICE = gov(["bulgarian police", "police", "bulgaria"], "BGR")
SHIP_OWNER = per(["owner", "owner of the ship", "ship owner"], None)
BEIRUT_EXPL = nat(["explosion", "beirut explosion", "explosive material"], "LBN")
DEU_COURT = gov(["stuttgart higher regional court", "court", "higher regional court", "germany"], "DEU")
ATAEE = per(["sulaiman ataee", "ataee", "afghan national", "afghan national sulaiman ataee"], "AFG")
DEU_CIV = civ(["people", "one person", "victims"], "DEU")
JEP = gov(["special jurisdiction for peace", "jep", "colombia", "colombia's special jurisdiction for peace"], "COL")
FARC = ag(["farc", "former farc leaders", "seven former farc leaders", "timoleón jiménez", "farc leaders"], "COL")
BRA_COURT = gov(["brazilian regional federal court", "regional federal court", "court", "brazil"], "BRA")
BOLSONARO = per(["jair bolsonaro", "bolsonaro", "former president jair bolsonaro", "federal government"], "BRA")
PHL_COURT = gov(["philippine court of appeals", "court of appeals", "philippines"], "PHL")
PHL_DPWH = gov(["department of public works and highways", "dpwh", "anti–money laundering council",
                "anti-money laundering council"], "PHL")
PHL_SUSP = oth(["individuals and companies", "individuals", "companies", "bank accounts"], "PHL")
NY_JUDGE = gov(["new york judge", "judge", "court", "united states"], "USA")
MANGIONE = per(["luigi mangione", "mangione"], "USA")
GBR_COURT = gov(["high court of justice", "high court", "court"], "GBR")
GBR_GOV = gov(["government", "home office", "united kingdom", "british government", "uk government"], "GBR")
KEN_COURT = gov(["kenya's magistrates' court", "magistrates' court", "court", "kenya"], "KEN")
BRIT_SUSP = per(["british citizen", "british national", "suspect"], "GBR")
WANJIRU = civ(["agnes wanjiru", "kenyan woman agnes wanjiru", "kenyan woman"], "KEN")
ITA_COURT = gov(["italian appellate court", "appellate court", "court", "italy"], "ITA")
UKR_SUSP = per(["ukrainian national", "suspect", "ukrainian"], "UKR")
SRB_PROS = gov(["serbian prosecutors", "prosecutors", "serbia"], "SRB")
VESIC = per(["goran vesić", "goran vesic", "vesić", "former construction minister goran vesić"], "SRB")
NOVI_SAD = nat(["roof collapse", "collapse", "canopy collapse", "novi sad railway station roof collapse"], "SRB")
ROU_PROS = gov(["romanian prosecutors", "prosecutors", "romania"], "ROU")
GEORGESCU = per(["călin georgescu", "calin georgescu", "georgescu", "former presidential candidate călin georgescu"], "ROU")
SEN_AUTH = gov(["senegalese authorities", "authorities", "senegal", "senegalese"], "SEN")
GMB_MIGR = civ(["gambian migrants", "migrants", "112 gambian migrants"], "GMB")
KOR_COURT = gov(["seoul central district court", "court", "south korea"], "KOR")
KWEON = per(["kweon seong-dong", "kweon", "former people power party floor leader kweon seong-dong"], "KOR")
ZAF_COURT = gov(["high court", "high court in gauteng", "court", "south africa"], "ZAF")
LUNGU_FAM = per(["family of former zambian president edgar lungu", "family", "lungu's family", "edgar lungu"], "ZMB")
NYT = oth(["the new york times", "new york times", "newspaper"], "USA")
ISR_MIL = mil(["israel", "israeli", "israeli military", "israel defense forces", "idf", "israeli airstrike",
               "israeli airstrikes"], "ISR")
LBN_CIV = civ(["person", "people", "lebanon", "civilians", "car"], "LBN")
USA = st(["united states", "us", "u.s.", "american"], "USA")
FULANI = ag(["fulani gunmen", "gunmen", "fulani"], "NGA")
NGA_CIV = civ(["people", "12 people", "miners", "three others", "mining site"], "NGA")
IDN_COMM = gov(["indonesian human rights commission", "komnas ham", "ombudsman", "child protection commission",
                "joint investigation"], "IDN")
IDN_POLICE = gov(["police", "state security personnel", "indonesian police", "security personnel"], "IDN")
IDN_PROT = civ(["protesters", "anti-government protesters", "people"], "IDN")
INMATES = oth(["inmates", "prisoners", "prison riot", "riot"], "VEN")
VEN_PRISON = oth(["yare prison", "prison", "people", "inmates"], "VEN")
KOR_POLICE = gov(["south korean police", "police", "south korea"], "KOR")
BANG = per(["bang si-hyuk", "hybe founder", "hybe", "chairperson bang si-hyuk"], "KOR")
USA_DOJ = gov(["u.s. justice department", "justice department", "department of justice", "united states"], "USA")
SPLC = oth(["southern poverty law center", "splc"], "USA")
AFP_POL = gov(["australian federal police", "afp", "authorities", "police", "australia"], "AUS")
AUS_SUSP = per(["two people", "people", "suspects", "drug traffickers"], "AUS")
IRN_COURT = gov(["criminal court", "court", "iran", "iranian court", "iranian judiciary"], "IRN")
AHMADI = per(["parastoo ahmadi", "iranian singer parastoo ahmadi", "singer", "ahmadi"], "IRN")
AUS_GOV = gov(["australian government", "australia", "government"], "AUS")
AUS_ASYL = civ(["asylum seekers", "former asylum seekers", "38 former asylum seekers"], None)
CRI_POLICE = gov(["costa rican police", "police", "costa rica"], "CRI")
CRI_SUSP = per(["man", "a man", "suspect"], "CRI")
CRI_PRES = gov(["laura fernández delgado", "president", "president laura fernández delgado", "costa rica"], "CRI")

ANN = {
 'conflicts-mar-20': [
  (HOUTHIS, ISRAEL, ['ASSAULT'], "Israel intercepts a ballistic missile fired by the Houthis from Yemen", at('Tel Aviv')),
  (M23, COD_MIL, ['ASSAULT', 'COERCE'], "Rwandan-backed M23 rebels capture the town of Walikale", at('Walikale')),
  (UKR_MIL, RUS_MIL, ['ASSAULT'], "after the Ukrainian Armed Forces drone strike the Engels-2 air base in Russia", at('Engels')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russia launches a massive drone attack in Odesa", at('Odesa')),
 ],
 'politics-mar-22': [
  (ISR_PROT, ISR_GOV, ['PROTEST', 'REQUEST'], "More than 100,000 Israelis gather in Tel Aviv", at('Tel Aviv')),
  (ISR_PROT, ISR_GOV, ['PROTEST', 'REQUEST'], "Jerusalem, and other cities in Israel to demonstrate", at('Jerusalem', r=F)),
  (ISR_PROT, ISR_GOV, ['ACCUSE', 'REQUEST', 'PROTEST'], "The protesters also accuse the Israeli government of working against its people", at('Israel')),
  (TUR_PROT, TUR_GOV, ['PROTEST'], "Anti-Erdoğan government protests spread to fifty-five of Turkey's eighty-one provinces", at('Turkey')),
  (TUR_PROT, TUR_GOV, ['PROTEST'], "over half a million protesters are demonstrating in Istanbul alone", at('Istanbul', r=F)),
  (TUR_POLICE, TUR_PROT, ['COERCE'], "At least 343 protesters are arrested by Turkish police", at('Turkey')),
 ],
 'disasters-apr-18': [
  (nat(["fire", "capsizing", "boat", "hb kongolo", "wooden boat"], "COD"), None, ['ASSAULT'], "The death toll of the fire and capsizing of the wooden boat HB Kongolo", at('Democratic Republic of the Congo', r=F)),
  (nat(["crash", "cessna 180 skywagon", "plane crash"], "USA"), None, ['ASSAULT'], "when a Cessna 180 Skywagon crashes into the Platte River in Fremont", at('Fremont', r=F)),
  (nat(["car", "crash", "indian national", "driver"], "PHL"), None, ['ASSAULT'], "hits a tricycle and crashes into a procession in Bacolod", at('Bacolod', r=F)),
  (nat(["capsizing", "sand barge", "hong hai 16"], "PHL"), None, ['ASSAULT'], "The death toll of the capsized Hong Hai 16 sand barge", at('Occidental Mindoro', r=F)),
 ],
 'conflicts-may-20': [
  (PUNTLAND, ISS, ['ASSAULT'], "during a security operation in the Togga Miiraale area of the Bari Region", at('Bari Region')),
  (SHABAAB, SOM_TGT, ['ASSAULT'], "Al-Shabaab claims at least six rounds of mortar fire caused damage", at('Mogadishu')),
  (SHABAAB, SOM_MIL, ['ASSAULT'], "An Al-Shabaab mortar attack kills three Somali army personnel", at("Bal'ad")),
  (SAF, RSF, ['ASSAULT', 'COERCE'], "The Sudanese Armed Forces announces full control of Khartoum State", at('Khartoum State', r=F)),
  (RSF, SAF, ['RETREAT'], "following the withdrawal of the last remaining Rapid Support Forces units", at('Khartoum State')),
  (ISRAEL, PSE_CIV, ['ASSAULT'], "Israeli strikes kill at least 85 Palestinians in Gaza", at('Gaza')),
  (CARTEL, MEX_CIV, ['ASSAULT'], "in a mass shooting by Santa Rosa de Lima Cartel gunmen in San Felipe", at('San Felipe')),
 ],
 'relations-aug-18': [
  (ZELENSKYY, TRUMP, ['CONSULT'], "meet with U.S. president Donald Trump at the White House in Washington, D.C.", at('Washington, D.C.')),
  (RUSSIA, NORWAY, ['COERCE', 'THREATEN'], "Norway reports that Russia has violated its airspace", NOWHERE_NR),
 ],
 'law-crime-sep-16': [
  (BGR_POLICE, SHIP_OWNER, ['COERCE'], "Bulgarian police arrest the owner of the ship", at('Bulgaria')),
  (BEIRUT_EXPL, None, ['ASSAULT'], "which caused an explosion in August 2020 that killed more than 200 people", at('Beirut', r=F)),
  (DEU_COURT, ATAEE, ['COERCE'], "The Stuttgart Higher Regional Court sentences Afghan national Sulaiman Ataee", at('Stuttgart')),
  (ATAEE, DEU_CIV, ['ASSAULT'], "for the May 2024 mass stabbing in Mannheim", at('Mannheim', r=F)),
  (JEP, FARC, ['COERCE'], "Colombia's Special Jurisdiction for Peace sentences seven former FARC leaders", at('Colombia')),
  (BRA_COURT, BOLSONARO, ['COERCE'], "A Brazilian regional federal court orders former president Jair Bolsonaro", at('Brazil')),
  (PHL_COURT, PHL_SUSP, ['COERCE', 'SANCTION'], "The Philippine Court of Appeals orders the freezing of 135 bank accounts", at('Philippines')),
  (PHL_DPWH, PHL_COURT, ['REQUEST'], "following a request by the Department of Public Works and Highways", at('Philippines', r=F)),
  (NY_JUDGE, MANGIONE, ['REJECT', 'CONCEDE'], "a New York judge dismisses the two terrorism charges", at('New York', r=F)),
  (GBR_COURT, GBR_GOV, ['REJECT', 'COERCE'], "The High Court of Justice issues an interim injunction blocking the deportation", at('United Kingdom', r=F)),
  (KEN_COURT, BRIT_SUSP, ['COERCE', 'REQUEST'], "Kenya's Magistrates' Court issues an arrest warrant", at('Kenya')),
  (BRIT_SUSP, WANJIRU, ['ASSAULT'], "over the 2012 murder of Kenyan woman Agnes Wanjiru", at('Nanyuki', r=F)),
  (ITA_COURT, UKR_SUSP, ['COERCE', 'COOPERATE'], "An Italian appellate court approves the extradition to Germany", at('Italy')),
  (SRB_PROS, VESIC, ['ACCUSE', 'COERCE'], "Serbian prosecutors indict former construction minister Goran Vesić", at('Serbia')),
  (NOVI_SAD, None, ['ASSAULT'], "over the Novi Sad railway station roof collapse", at('Novi Sad', r=F)),
  (ROU_PROS, GEORGESCU, ['ACCUSE', 'COERCE'], "Romanian prosecutors indict former presidential candidate Călin Georgescu", at('Romania')),
  (SEN_AUTH, GMB_MIGR, ['COERCE'], "Senegalese authorities intercept 112 Gambian migrants", at('Dakar')),
  (KOR_COURT, KWEON, ['COERCE'], "The Seoul Central District Court issues an arrest warrant", at('Seoul')),
  (ZAF_COURT, LUNGU_FAM, ['REJECT'], "The high court in Gauteng, South Africa, rejects an appeal", at('Gauteng')),
  (TRUMP, NYT, ['ACCUSE'], "files a $15 billion defamation lawsuit against the newspaper", NOWHERE_NR),
 ],
 'conflicts-nov-22': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Twenty-four Palestinians are killed in a series of Israeli airstrikes in the Gaza Strip", at('Gaza Strip')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "including five in a vehicle in Gaza City", at('Gaza City', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "four children in the Nuseirat refugee camp", at('Nuseirat', r=F)),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "A person is killed in an Israeli airstrike on a car in Zawtar al-Sharqiyah", at('Zawtar al-Sharqiyah')),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "several more attacks are carried out across Kafr Rumman", at('Kafr Rumman', r=F)),
 ],
 'conflicts-dec-16': [
  (M23, None, ['RETREAT'], "The March 23 Movement announces that they will withdraw from Uvira", at('Uvira', r=F)),
  (USA, M23, ['REQUEST'], "following a request from the United States", NOWHERE_NR),
  (FULANI, NGA_CIV, ['ASSAULT'], "after Fulani gunmen attack a mining site in Plateau State", at('Plateau State')),
  (FULANI, NGA_CIV, ['COERCE', 'ASSAULT'], "three others are abducted after Fulani gunmen attack", at('Plateau State', r=F)),
 ],
 'law-crime-apr-21': [
  (IDN_COMM, IDN_POLICE, ['ACCUSE'], "the child protection commission finds that police and other state security personnel violated human rights", at('Indonesia')),
  (IDN_POLICE, IDN_PROT, ['COERCE', 'ASSAULT'], "during anti-government protests in 2025 that left at least 11 people dead", at('Indonesia', r=F)),
  (INMATES, VEN_PRISON, ['ASSAULT'], "in a prison riot at the Yare Prison in Miranda State", at('Miranda State', r=F)),
  (KOR_POLICE, BANG, ['COERCE', 'ACCUSE'], "South Korean police seek an arrest warrant for Hybe founder", at('South Korea')),
  (USA_DOJ, SPLC, ['ACCUSE', 'COERCE'], "The U.S. justice department indicts the Southern Poverty Law Center", at('United States')),
 ],
 'disasters-may-17': [
  (nat(["bus", "bus accident", "accident"], "IRN"), None, ['ASSAULT'], "after a bus overturned on an intercity road near Siraf", at('Siraf', r=F)),
  (nat(["pickup truck", "accident", "bridge"], "CHN"), None, ['ASSAULT'], "when a pickup truck falls off a bridge in Huanjiang Maonan Autonomous County", at('Huanjiang Maonan Autonomous County', r=F)),
  (nat(["earthquake", "mww 5.0-5.2 earthquake"], "CHN"), None, ['ASSAULT'], "after a Mww 5.0-5.2 earthquake strikes near Liuzhou", at('Liuzhou', r=F)),
  (nat(["collision", "ea-18g growler jets", "jets"], "USA"), None, ['ASSAULT'], "occurs at an air show at the Mountain Home Air Force Base in Idaho", at('Mountain Home', r=F)),
 ],
 'law-crime-jun-19': [
  (AFP_POL, AUS_SUSP, ['COERCE'], "The Australian Federal Police seizes 2.7 tonnes of cocaine", at('Sydney')),
  (AFP_POL, AUS_SUSP, ['COERCE'], "Authorities arrest two people at the site", at('Sydney')),
  (IRN_COURT, AHMADI, ['COERCE'], "Iranian singer Parastoo Ahmadi is sentenced by a criminal court to 74 lashes", at('Iran')),
  (AUS_GOV, AUS_ASYL, ['AGREE', 'CONCEDE', 'AID'], "The Australian Government agrees to pay A$28 million", at('Australia')),
  (AUS_GOV, AUS_ASYL, ['COERCE'], "while detained at the Baxter and Woomera immigration detention centres", NOWHERE_NR),
  (CRI_POLICE, CRI_SUSP, ['COERCE'], "Costa Rican police arrest a man in connection with an alleged threat", at('Costa Rica')),
  (nat(["explosion"], "CRI"), None, ['ASSAULT'], "after an explosion was reported nearby", at('Costa Rica', r=F)),
 ],
 'disasters-jul-19': [
  (nat(["earthquake", "mw 5.5 earthquake", "huancayo earthquake"], "PER"), None, ['ASSAULT'], "when a Mw 5.5 earthquake strikes the town of Pumpunya", at('Pumpunya', r=F)),
  (nat(["landslide", "heavy rainfall"], "IND"), None, ['ASSAULT'], "after a landslide triggered by heavy rainfall hits Mon District", at('Mon District', r=F)),
  (nat(["ferry", "mv barima", "capsizing", "passenger ferry"], "GUY"), None, ['ASSAULT'], "when passenger ferry MV Barima capsizes and sinks", at('Guyana', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
