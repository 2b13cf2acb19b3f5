# Gold events of the forty-fourth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Mexico': ('MEX', (23.6, -102.5)), 'South Korea': ('KOR', (36.5, 127.8)), 'Iran': ('IRN', (32.4, 53.7)),
 'Turkey': ('TUR', (39.0, 35.2)), 'Guyana': ('GUY', (4.9, -58.9)), 'Lebanon': ('LBN', (33.9, 35.9)),
 'Philippines': ('PHL', (12.9, 122.0)), 'Canada': ('CAN', (56.1, -106.3)), 'Venezuela': ('VEN', (7.1, -66.2)),
 'Chile': ('CHL', (-35.7, -71.5)), 'France': ('FRA', (46.6, 2.2)), 'Zimbabwe': ('ZWE', (-19.0, 29.2)),
 'Argentina': ('ARG', (-38.4, -63.6)), 'China': ('CHN', (35.9, 104.2)),
 # territories, regions, states, provinces, districts, counties, LGAs
 'West Bank': ('PSE', (31.95, 35.25)), 'Gaza Strip': ('PSE', (31.42, 34.38)),
 'Ocean County': ('USA', (39.90, -74.30)), 'Lakki Marwat District': ('PAK', (32.60, 70.90)),
 'Cabo Delgado': ('MOZ', (-12.30, 39.50)), 'Gush Etzion': ('PSE', (31.65, 35.12)),
 'Sidon District': ('LBN', (33.50, 35.42)), 'Bukkuyum': ('NGA', (12.13, 5.47)),
 'Hamirpur district': ('IND', (25.95, 80.15)), 'Minnesota': ('USA', (46.30, -94.30)), 'Quebec': ('CAN', (52.9, -73.5)),
 'Chiapas': ('MEX', (16.50, -92.50)), 'Pengshui': ('CHN', (29.29, 108.17)), 'Deli Serdang': ('IDN', (3.55, 98.87)),
 'County Kildare': ('IRL', (53.16, -6.91)),
 # cities, towns, villages
 'Highland Park': ('USA', (42.18, -87.80)), 'Nantes': ('FRA', (47.22, -1.55)), 'Glenvar Heights': ('USA', (25.71, -80.33)),
 'Tehran': ('IRN', (35.69, 51.39)), 'Seattle': ('USA', (47.61, -122.33)), 'Umlazi': ('ZAF', (-29.97, 30.88)),
 'Nairobi': ('KEN', (-1.29, 36.82)), 'Washington, D.C.': ('USA', (38.90, -77.04)), 'Portland': ('USA', (45.52, -122.68)),
 'Al-Fashir': ('SDN', (13.63, 25.35)), 'Istanbul': ('TUR', (41.01, 28.98)), 'Blida': ('LBN', (33.14, 35.52)),
 'Berestyn': ('UKR', (49.38, 35.45)), 'Bint Jbeil': ('LBN', (33.12, 35.43)), 'Marjayoun': ('LBN', (33.36, 35.59)),
 'Madrid': ('ESP', (40.42, -3.70)), 'Sevastopol': ('UKR', (44.62, 33.53)),
 'Longview': ('USA', (46.14, -122.94)), 'Gilgil': ('KEN', (-0.50, 36.32)), 'Nanyang': ('CHN', (33.00, 112.53)),
 'Kabayan': ('PHL', (16.62, 120.84)), 'Dallas': ('USA', (32.78, -96.80)), 'Krokstadelva': ('NOR', (59.76, 10.00)),
 'Wadh': ('PAK', (27.35, 66.37)), 'Conakry': ('GIN', (9.54, -13.68)), 'Mezőkeresztes': ('HUN', (47.83, 20.69)),
 'Petrópolis': ('BRA', (-22.51, -43.18)), 'Sanok': ('POL', (49.56, 22.21)), 'Knysna': ('ZAF', (-34.04, 23.05)),
}
COUNTRY_LEVEL = {'Mexico', 'South Korea', 'Iran', 'Turkey', 'Guyana', 'Lebanon', 'Philippines', 'Canada', 'Venezuela',
                 'Chile', 'France', 'Zimbabwe', 'Argentina', 'China'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}
NOWHERE_NR = {'r': False}


def nat(names):
    """a natural event or an accident as the source: no agent, kind other, never required"""
    return oth(names, None)


def unk(names=("unknown", "gunmen", "attackers", "assailants")):
    return oth(list(names), None)


# actors
MEX_SENATE = gov(["mexican senate", "senate", "joint commission", "joint commission of the mexican senate", "mexico",
                  "claudia sheinbaum", "sheinbaum"], "MEX")
MEX_PLATFORMS = oth(["digital platforms", "social networks", "websites", "apps"], "MEX")
USA_COURT = gov(["court", "judge", "united states", "u.s. court"], "USA")
CRIMO = per(["robert e. crimo", "crimo", "24-year-old", "robert crimo", "gunman", "shooter"], "USA")
USA_CIV = civ(["people", "seven people", "civilians", "others", "parade", "victims", "students", "four others",
               "three people", "another person"], "USA")
USA_POLICE = gov(["police", "authorities", "united states", "law enforcement"], "USA")
ARSONIST = per(["19-year-old", "suspect", "a 19-year-old"], "USA")
FRA_STUDENT = per(["15-year-old student", "student", "15-year-old", "attacker", "perpetrator"], "FRA")
FRA_CIV = civ(["student", "one student", "students", "others", "three others"], "FRA")
FRA_POLICE = gov(["police", "french police", "authorities", "france"], "FRA")
USA_SHOOTER = per(["perpetrator", "gunman", "shooter", "unknown"], "USA")
KOR_PROSEC = gov(["prosecutors", "south korea", "south korean prosecutors", "prosecution"], "KOR")
MOON = per(["moon jae-in", "moon", "former south korean president moon jae-in"], "KOR")

IRN_SC = gov(["supreme court of iran", "supreme court", "iran", "iranian supreme court", "court"], "IRN")
IRN_COURT = gov(["tehran court", "court", "iran"], "IRN")
TATALOO = per(["amir tataloo", "tataloo", "singer amir tataloo", "singer"], "IRN")
TURKEY = st(["turkey", "turkish", "turkish authorities", "turkish government"], "TUR")
ZAF_GUNMEN = unk(("unidentified gunmen", "gunmen", "unknown", "suspects"))
ZAF_CIV = civ(["people", "eight people", "patrons", "civilians"], "ZAF")
ZAF_POLICE = gov(["police", "south african police", "authorities", "south africa"], "ZAF")

GOVS = igo(["governments", "more than a dozen governments", "canada", "france", "italy", "spain", "uk",
            "uruguay", "european union", "eu", "turkey"])
ISR_MIL = mil(["israeli military", "israeli soldiers", "israel defense forces", "idf", "israel", "israeli forces",
               "soldiers", "israeli troops", "israeli", "israeli air force"], "ISR")
DELEGATION = oth(["diplomatic delegation", "delegation", "representatives", "diplomats"], None)
ISR_AMB = gov(["israeli ambassadors", "ambassadors", "israel", "israeli ambassador"], "ISR")
GUY_MIL = mil(["guyana defence force", "omar khan", "khan", "guyana", "brigadier general omar khan"], "GUY")
VEN_IN_GUY = civ(["venezuelans", "venezuelans living in guyana"], "VEN")
UGANDA = st(["uganda", "ugandan", "kenya", "ugandan government"], "UGA")
BESIGYE = per(["kizza besigye", "besigye", "opposition politician kizza besigye"], "UGA")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "united states", "us", "president"], "USA")
RAMAPHOSA = gov(["cyril ramaphosa", "ramaphosa", "south african president cyril ramaphosa", "south africa"], "ZAF")

PSE_CIV = civ(["palestinians", "91 palestinians", "people", "civilians"], "PSE")
KHM_MIL = mil(["cambodian forces", "cambodia", "cambodian and thai forces", "cambodian"], "KHM")
THA_MIL = mil(["thai forces", "thailand", "thai"], "THA")
USA_TROOPS = mil(["troops", "us troops", "national guard", "portland"], "USA")
PAK_MIL = mil(["pakistan armed forces", "pakistan", "pakistani forces", "pakistani army", "armed forces"], "PAK")
PAK_TTP = ag(["taliban militants", "taliban", "militants", "17 taliban militants", "tehreek-e-taliban"], "PAK")

RSF = ag(["rapid support forces", "rsf"], "SDN")
SDN_CIV = civ(["civilians", "zaghawa people", "zaghawa", "people"], "SDN")
AFG = gov(["afghanistan", "governments of afghanistan", "taliban", "afghan government", "kabul"], "AFG")
PAK = gov(["pakistan", "governments of afghanistan and pakistan", "pakistani government", "islamabad"], "PAK")
LBN_CIV = civ(["employee", "municipal hall", "people", "civilians", "two people", "thirteen people", "lebanese"], "LBN")
AOUN = gov(["joseph aoun", "aoun", "lebanese president joseph aoun", "lebanon", "lebanese president"], "LBN")
LBN_MIL = mil(["military", "lebanese army", "lebanese military", "lebanon"], "LBN")

ECCHR = oth(["european center for constitutional and human rights", "ecchr"], None)
TOTAL = oth(["totalenergies", "joint task force", "task force"], "FRA")
MOZ_TF = mil(["joint task force", "task force", "totalenergies", "mozambique", "mozambican forces"], "MOZ")
MOZ_CIV = civ(["civilians", "over 220 civilians", "220 civilians"], "MOZ")
PSE_ATT = ag(["perpetrators", "both perpetrators", "attackers", "palestinian", "palestinians", "assailants"], "PSE")
ISR_CIV = civ(["people", "three people", "others", "israelis", "civilians", "woman"], "ISR")
RUS_MIL = mil(["russian forces", "russia", "russian", "russian military", "russian missile"], "RUS")
UKR_CIV = civ(["17-year-old girl", "girl", "people", "nine other people", "civilians"], "UKR")

PHL_PROT = civ(["protesters", "protests", "massive protests", "filipinos", "demonstrators"], "PHL")
PHL_GOV = gov(["government", "philippine government", "philippines", "corruption"], "PHL")
PP = oth(["supporters", "people's party", "thousands of supporters", "pp", "opposition"], "ESP")
SANCHEZ = gov(["pedro sánchez", "sánchez", "sanchez", "prime minister pedro sánchez", "psoe", "spanish government"], "ESP")

HEZB = ag(["hezbollah", "hamas", "members of hezbollah", "people", "hezbollah leader"], "LBN")
UKR_MIL = mil(["ukrainian", "ukraine", "ukrainian forces", "ukrainian drone", "ukrainian military"], "UKR")
SEV = civ(["person", "one person", "buildings", "people", "sevastopol"], "UKR")
SOUTHCOM = mil(["united states southern command", "southern command", "united states", "us", "u.s. southern command"], "USA")
VESSEL = oth(["vessel", "alleged drug trafficking vessel", "people", "three people", "drug traffickers"], None)
NGA_GUNMEN = ag(["gunmen", "bandits", "armed bandits"], "NGA")
NGA_CIV = civ(["people", "villagers", "women and children", "village", "50 people", "women", "children"], "NGA")

CT_DEEP = gov(["connecticut", "department of energy and environmental protection",
               "connecticut's department of energy and environmental protection", "firefighters", "united states"], "USA")
CANADA = st(["quebec", "canada", "wildfire efforts"], "CAN")

ARGENTINA = st(["argentina", "argentine government", "argentine authorities"], "ARG")
ADMIRAL = per(["mexican rear admiral", "rear admiral", "admiral", "he"], "MEX")
MEX_GOV = gov(["mexican government", "mexico", "authorities"], "MEX")
CHN_COURT = gov(["chinese court", "court", "china"], "CHN")
HUI = per(["hui ka yan", "evergrande founder hui ka yan", "evergrande", "hui"], "CHN")
ZAF_ANC = civ(["anc members", "two anc members", "former knysna councillor", "councillor", "sitting knysna councillor", "anc"], "ZAF")

ANN = {
 'law-crime-apr-24': [
  (MEX_SENATE, MEX_PLATFORMS, ['COERCE'], "A joint commission of the Mexican Senate approves a proposal", at('Mexico', r=F)),
  (USA_COURT, CRIMO, ['COERCE'], "24-year-old Robert E. Crimo is sentenced to 21 life sentences", at('Highland Park', r=F)),
  (CRIMO, USA_CIV, ['ASSAULT'], "in a mass shooting during the 2022 Independence Day parade in Highland Park", at('Highland Park', r=F)),
  (USA_POLICE, ARSONIST, ['COERCE'], "A 19-year-old is arrested and charged with arson", at('Ocean County', r=F)),
  (FRA_STUDENT, FRA_CIV, ['ASSAULT'], "in a mass stabbing at a private school in Nantes", at('Nantes', r=F)),
  (FRA_POLICE, FRA_STUDENT, ['COERCE'], "A 15-year-old student is detained", at('Nantes', r=F)),
  (USA_SHOOTER, USA_CIV, ['ASSAULT'], "in a mass shooting at a used car dealership in the Glenvar Heights", at('Glenvar Heights', r=F)),
  (KOR_PROSEC, MOON, ['ACCUSE', 'COERCE'], "Former South Korean President Moon Jae-in is indicted on charges", at('South Korea', r=F)),
 ],
 'law-crime-may-17': [
  (IRN_SC, TATALOO, ['COERCE'], "The Supreme Court of Iran overturns a 5-year prison sentence", at('Iran')),
  (IRN_COURT, TATALOO, ['COERCE'], "prison sentence imposed by a Tehran court against singer Amir Tataloo", at('Tehran', r=F)),
  (TURKEY, TATALOO, ['COERCE'], "Tataloo had been extradited from Turkey in 2023", at('Turkey', r=F)),
  (unk(), USA_CIV, ['ASSAULT'], "in a mass shooting outside of a nightclub in Seattle", at('Seattle', r=F)),
  (ZAF_GUNMEN, ZAF_CIV, ['ASSAULT'], "in a mass shooting by unidentified gunmen inside a tavern in Umlazi", at('Umlazi', r=F)),
  (ZAF_POLICE, ZAF_GUNMEN, ['COERCE'], "A manhunt for the suspects has been launched", at('Umlazi', r=F)),
 ],
 'relations-may-21': [
  (GOVS, ISR_MIL, ['ACCUSE'], "More than a dozen governments condemn the Israeli military firing", NOWHERE_NR),
  (ISR_MIL, DELEGATION, ['ASSAULT', 'THREATEN'], "the Israeli military firing in the direction of a diplomatic delegation", at('West Bank', r=F)),
  (GOVS, ISR_AMB, ['ACCUSE', 'CONSULT'], "summon their Israeli ambassadors over the incident", NOWHERE_NR),
  (GUY_MIL, VEN_IN_GUY, ['THREATEN'], "Guyana Defence Force brigadier general Omar Khan warns Venezuelans living in Guyana", at('Guyana')),
  (UGANDA, BESIGYE, ['COERCE'], "in the kidnapping of opposition politician Kizza Besigye in Nairobi", at('Nairobi', r=F)),
  (TRUMP, RAMAPHOSA, ['ACCUSE', 'CONSULT'], "U.S. president Donald Trump confronts South African president Cyril Ramaphosa at the White House", at('Washington, D.C.')),
 ],
 'conflicts-sep-27': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "At least 91 Palestinians are killed in Israeli attacks across the Gaza Strip", at('Gaza Strip')),
  (KHM_MIL, THA_MIL, ['ASSAULT'], "Cambodian and Thai forces reportedly exchange fire", NOWHERE_NR),
  (TRUMP, USA_TROOPS, ['MOBILIZE'], "U.S. president Donald Trump orders the deployment of troops to Portland", at('Portland')),
  (PAK_MIL, PAK_TTP, ['ASSAULT'], "The Pakistan Armed Forces kill 17 Taliban militants", at('Lakki Marwat District')),
 ],
 'conflicts-oct-30': [
  (RSF, SDN_CIV, ['ASSAULT'], "Massacres occur in Al-Fashir, North Darfur, Sudan", at('Al-Fashir')),
  (AFG, PAK, ['AGREE'], "the governments of Afghanistan and Pakistan agree to an extended ceasefire", at('Istanbul')),
  (PAK, AFG, ['ACCUSE'], "Pakistan continues to allege that Afghanistan is sheltering militant groups", NOWHERE_NR),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "Israeli troops enter the southern Lebanese city of Blida", at('Blida')),
  (AOUN, LBN_MIL, ['MOBILIZE'], "Lebanese president Joseph Aoun orders the military to confront any Israeli incursions", at('Lebanon', r=F)),
 ],
 'conflicts-nov-18': [
  (ECCHR, TOTAL, ['ACCUSE'], "accuses French energy and petroleum company TotalEnergies of committing war crimes", NOWHERE_NR),
  (MOZ_TF, MOZ_CIV, ['ASSAULT', 'COERCE'], "deployed to protect natural gas sites in Cabo Delgado", at('Cabo Delgado', r=F)),
  (PSE_ATT, ISR_CIV, ['ASSAULT'], "in a vehicle-ramming attack and stabbing attack in Gush Etzion Junction", at('Gush Etzion', r=F)),
  (ISR_MIL, ISR_CIV, ['ASSAULT'], "including a woman mistakenly shot by soldiers", at('Gush Etzion', r=F)),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in overnight Russian missile strikes on Berestyn", at('Berestyn')),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "in an Israeli airstrike in the Ain al-Hilweh Palestinian refugee camp", at('Sidon District')),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "separate Israeli airstrikes on vehicles in Bint Jbeil", at('Bint Jbeil')),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "in Bint Jbeil and Marjayoun, Lebanon", at('Marjayoun', r=F)),
 ],
 'politics-nov-30': [
  (PHL_PROT, PHL_GOV, ['PROTEST'], "Massive protests denouncing corruption over the ongoing flood control scandal", at('Philippines')),
  (PP, SANCHEZ, ['PROTEST', 'REQUEST'], "People's Party gather in Madrid and calls for prime minister Pedro Sánchez to resign", at('Madrid')),
 ],
 'conflicts-feb-20': [
  (ISR_MIL, HEZB, ['ASSAULT'], "in multiple Israeli strikes targeting members of Hezbollah and Hamas across Lebanon", at('Lebanon')),
  (UKR_MIL, SEV, ['ASSAULT'], "in Ukrainian drone strikes in Sevastopol", at('Sevastopol')),
  (SOUTHCOM, VESSEL, ['ASSAULT'], "in a strike by the United States Southern Command on an alleged drug trafficking vessel", NOWHERE_NR),
  (NGA_GUNMEN, NGA_CIV, ['ASSAULT'], "in overnight attacks by gunmen on a village in Bukkuyum LGA", at('Bukkuyum')),
  (NGA_GUNMEN, NGA_CIV, ['ASSAULT', 'COERCE'], "are killed and women and children are abducted", at('Bukkuyum', r=F)),
 ],
 'disasters-may-28': [
  (nat(["implosion", "paper mill implosion", "white liquor paper mill"]), None, ['ASSAULT'], "the implosion of a white liquor paper mill in Longview", at('Longview', r=F)),
  (nat(["fire", "school burning", "gilgil school burning"]), None, ['ASSAULT'], "in a fire in a dormitory at a girls school in Gilgil", at('Gilgil', r=F)),
  (nat(["crash", "bus", "passenger bus", "truck"]), None, ['ASSAULT'], "when an overloaded passenger bus crashes into a large truck", at('Nanyang', r=F)),
  (nat(["collapse", "bridge", "bridge collapse", "storm"]), None, ['ASSAULT'], "when an under-construction bridge collapses during a storm in Hamirpur district", at('Hamirpur district', r=F)),
  (nat(["truck", "overturn", "accident"]), None, ['ASSAULT'], "after a truck overturns on Cong. Andres Acop Cosalan Road in Kabayan", at('Kabayan', r=F)),
  (nat(["explosion", "apartment building explosion"]), None, ['ASSAULT'], "in an explosion at an apartment building in Dallas", at('Dallas', r=F)),
 ],
 'disasters-jul-17': [
  (nat(["wildfires", "minnesota wildfires"]), None, ['ASSAULT'], "wildfires in northern Minnesota has reached over 77,000 acres", at('Minnesota', r=F)),
  (nat(["wildfires", "canadian wildfires", "blazes"]), None, ['ASSAULT'], "Over 900 wildfires are reported across Canada", at('Canada', r=F)),
  (CT_DEEP, CANADA, ['AID'], "Department of Energy and Environmental Protection deploys firefighters to assist with wildfire efforts in Quebec", at('Quebec', r=F)),
  (nat(["earthquake", "mw 7.3 earthquake", "chiapas earthquake"]), None, ['ASSAULT'], "A Mw 7.3 earthquake strikes near the coast of Chiapas", at('Chiapas', r=F)),
  (nat(["earthquakes", "doublet earthquakes", "venezuela earthquakes"]), None, ['ASSAULT'], "the doublet earthquakes that struck northern Venezuela in June", at('Venezuela', r=F)),
  (nat(["fire", "large fire", "krokstadelva fire"]), None, ['ASSAULT'], "A large fire breaks out among terraced houses in Krokstadelva", at('Krokstadelva', r=F)),
  (nat(["landslide"]), None, ['ASSAULT'], "when a landslide buries multiple houses and residential buildings in Pengshui", at('Pengshui', r=F)),
  (nat(["collision", "head-on collision", "cars"]), None, ['ASSAULT'], "after a head-on collision between two overspeeding cars", at('Wadh', r=F)),
  (nat(["pile-up", "nine-vehicle pile-up"]), None, ['ASSAULT'], "A nine-vehicle pile-up in Deli Serdang", at('Deli Serdang', r=F)),
  (nat(["storm"]), None, ['ASSAULT'], "A storm in Chile kills three people", at('Chile', r=F)),
  (nat(["collapse", "building", "heavy rainfall", "nine-story building"]), None, ['ASSAULT'], "A nine-story building under construction near Conakry", at('Conakry', r=F)),
  (nat(["thunderstorms", "severe thunderstorms", "weather-related incidents"]), None, ['ASSAULT'], "Two citizens are killed from weather-related incidents", at('France', r=F)),
 ],
 'disasters-aug-16': [
  (nat(["capsizing", "vessel capsizing", "lake kariba vessel capsizing"]), None, ['ASSAULT'], "The death toll of the Lake Kariba vessel capsizing in Zimbabwe", at('Zimbabwe', r=F)),
  (nat(["crash", "passenger bus", "bus"]), None, ['ASSAULT'], "crashes in to a ditch in Mezőkeresztes", at('Mezőkeresztes', r=F)),
  (nat(["bus", "tourist bus", "overturn"]), None, ['ASSAULT'], "Ten people are killed after a tourist bus overturns near Petrópolis", at('Petrópolis', r=F)),
  (nat(["collision", "head-on collision", "wrong-way driving vehicle"]), None, ['ASSAULT'], "on the M9 motorway in County Kildare", at('County Kildare', r=F)),
  (nat(["fire"]), None, ['ASSAULT'], "St. Nicolas' Church is completely destroyed by a fire", at('Sanok', r=F)),
 ],
 'law-crime-aug-20': [
  (ARGENTINA, ADMIRAL, ['COERCE'], "Argentina deports a Mexican Rear Admiral", at('Argentina')),
  (MEX_GOV, ARGENTINA, ['RETREAT'], "after the Mexican government withdraws its extradition request", at('Mexico', r=F)),
  (MEX_GOV, ADMIRAL, ['COERCE'], "He is taken to the Altiplano maximum-security prison", at('Mexico', r=F)),
  (CHN_COURT, HUI, ['COERCE'], "A Chinese court sentences Evergrande founder Hui Ka Yan to life imprisonment", at('China')),
  (unk(), ZAF_ANC, ['ASSAULT'], "Two ANC members including a former Knysna councillor are shot dead", at('Knysna', r=F)),
  (unk(), ZAF_ANC, ['ASSAULT'], "one day after a sitting Knysna councillor is shot dead", at('Knysna', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
