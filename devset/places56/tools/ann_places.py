# Gold events of the fifty-sixth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Russia': ('RUS', (61.5, 105.3)), 'Pakistan': ('PAK', (30.4, 69.3)), 'India': ('IND', (22.0, 79.0)),
 'Germany': ('DEU', (51.2, 10.4)), 'Timor-Leste': ('TLS', (-8.8, 125.7)), 'Argentina': ('ARG', (-38.4, -63.6)),
 'United States': ('USA', (39.8, -98.6)), 'Myanmar': ('MMR', (21.0, 96.0)), 'Ghana': ('GHA', (7.9, -1.0)),
 'Indonesia': ('IDN', (-2.5, 118.0)), 'Kuwait': ('KWT', (29.3, 47.6)), 'Romania': ('ROU', (45.9, 24.97)),
 'Chad': ('TCD', (15.5, 18.7)),
 # regions, states, provinces, oblasts, districts
 'Catatumbo': ('COL', (8.6, -73.0)), 'Bari Region': ('SOM', (10.6, 49.9)), 'Ryazan Oblast': ('RUS', (54.4, 40.6)),
 'Azad Kashmir': ('PAK', (34.2, 73.8)), 'Tennessee': ('USA', (35.86, -86.35)), 'Florida': ('USA', (27.8, -81.7)),
 'Ufamandu': ('COD', (-1.62, 28.88)), 'Texas': ('USA', (31.0, -99.0)), 'Rolpa District': ('NPL', (28.30, 82.65)),
 'Magadan Oblast': ('RUS', (62.5, 153.0)),
 # cities, towns, villages
 'Turmasaale': ('SOM', (10.85, 49.55)), 'Janno-Jiifta': ('SOM', (10.9, 49.6)), 'Fastiv': ('UKR', (50.08, 29.92)),
 'Assen': ('NLD', (52.99, 6.56)), 'Bucharest': ('ROU', (44.43, 26.10)), 'Kyoto': ('JPN', (35.01, 135.77)),
 'Elkhart': ('USA', (41.68, -85.98)), 'Pardes Hanna-Karkur': ('ISR', (32.47, 34.97)), 'Bukavu': ('COD', (-2.51, 28.86)),
 'Mogadishu': ('SOM', (2.05, 45.32)), 'Balad': ('SOM', (2.36, 45.39)), 'Khartoum': ('SDN', (15.50, 32.56)),
 'Piendamó': ('COL', (2.64, -76.53)), 'Vega de Alatorre': ('MEX', (20.03, -96.65)), 'Bandar Abbas': ('IRN', (27.18, 56.27)),
 'Pezinok': ('SVK', (48.29, 17.27)), 'Kyiv': ('UKR', (50.45, 30.52)), 'Las Navas': ('PHL', (12.34, 125.03)),
 'New York City': ('USA', (40.71, -74.01)), 'Philadelphia': ('USA', (39.95, -75.17)), 'Portland': ('USA', (45.52, -122.68)),
 'Seattle': ('USA', (47.61, -122.33)), 'Detroit': ('USA', (42.33, -83.05)), 'Washington, D.C.': ('USA', (38.90, -77.04)),
 'Los Angeles': ('USA', (34.05, -118.24)), 'Tehran': ('IRN', (35.69, 51.39)), 'Tuapse': ('RUS', (44.10, 39.08)),
 'Wimberley': ('USA', (30.00, -98.10)), 'Nairobi': ('KEN', (-1.29, 36.82)), 'Brasilia': ('BRA', (-15.79, -47.88)),
 'Kumamoto': ('JPN', (32.80, 130.71)), 'Quetta': ('PAK', (30.18, 67.00)), 'Bhiwandi': ('IND', (19.30, 73.06)),
 'Messina': ('ITA', (38.19, 15.55)),
}
COUNTRY_LEVEL = {'Russia', 'Pakistan', 'India', 'Germany', 'Timor-Leste', 'Argentina', 'United States', 'Myanmar',
                 'Ghana', 'Indonesia', 'Kuwait', 'Romania', 'Chad'}


def at(name, r=True, s=None):
    """options for an event placed at `name` (a key of P)"""
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s: o['s'] = s
    return o


NOWHERE_NR = {'w': None, 'r': False}   # the page does not place the event (never required here)


def nat(names):
    """a natural event or accident: no agent, the event itself as source (kind other)"""
    return oth(list(names), None)


def unk(names=('unknown', 'attackers', 'gunmen', 'assailants'), c=None):
    """an agent the page does not name"""
    return ag(list(names), c)


# actors
COL_MIL = mil(["colombian national army", "national army", "national police", "colombian army", "colombian military", "colombia", "colombian police"], "COL")
ELN = ag(["national liberation army", "eln", "rebels", "armed groups"], "COL")
PUNTLAND = gov(["puntland forces", "puntland", "puntland security forces", "somali forces"], "SOM")
ISIS_SOM = ag(["islamic state", "islamic state militants", "isis", "isis militants", "militants", "isis-somalia", "thirteen islamic state militants"], "SOM")
UKR_MIL = mil(["ukraine", "ukrainian", "ukrainian drone", "ukrainian drone strike", "ukrainian forces", "ukrainian military", "drone"], "UKR")
RUS_MIL = mil(["russia", "russian", "russian military", "russian forces", "russian drone", "russian armed forces"], "RUS")
RUS_TGT = st(["russia", "oil refinery", "refinery", "ryazan oblast"], "RUS")
UKR_CIV = civ(["people", "civilians", "apartment building", "ten-storey apartment building", "ukrainians", "ukraine", "residents", "at least 31 people", "three people"], "UKR")
ISR_MIL = mil(["israel", "israeli", "israeli airstrike", "israeli military", "israel defense forces", "idf", "israeli forces"], "ISR")
HAMAS = ag(["hamas", "rawhi mushtaha", "sameh al-siraj", "sami odeh"], "PSE")
HAMAS_R = ag(["hamas"], "PSE")
THIEVES = unk(["thieves", "unknown", "robbers", "burglars", "heist"])
MUSEUM = oth(["drents museum", "museum"], "NLD")
ROU_CULT = gov(["lucian romașcanu", "romașcanu", "lucian romascanu", "romanian minister of culture", "minister of culture", "romania", "romanian government"], "ROU")
MUSEUM_DIR = per(["director", "director of the national history museum of romania", "national history museum of romania"], "ROU")
PAK_SEN = gov(["senate of pakistan", "senate", "pakistan", "pakistani senate", "pakistani government"], "PAK")
PAK_MEDIA = civ(["disinformation", "journalists", "media", "social media users"], "PAK")
KYOTO_COURT = gov(["kyoto district court", "court", "japan", "japanese court"], "JPN")
AOBA = per(["shinji aoba", "aoba", "perpetrator"], "JPN")
KYOANI = oth(["kyoto animation", "kyoto animation studio", "studio"], "JPN")
US_SHOOTER = unk(["perpetrator", "shooter", "gunman", "unknown"], "USA")
US_CIV = civ(["people", "three people", "police officers", "two police officers", "shoppers", "martin's supermarket"], "USA")
ISR_GOV = gov(["israel", "israeli government", "israeli", "israel government"], "ISR")
PAL_PRIS = civ(["palestinian prisoners", "617 palestinian prisoners", "prisoners", "palestinians"], "PSE")
ISR_HOST = civ(["israeli hostages", "hostages", "four israeli hostages", "israel"], "ISR")
ISR_SUSPECT = per(["suspect", "the suspect", "palestinian", "attacker"], "PSE")
ISR_CIV = civ(["people", "thirteen people", "israelis", "civilians"], "ISR")
ISR_POLICE = gov(["police", "israeli police", "israel"], "ISR")
M23 = ag(["m23", "m23 rebels", "march 23 movement", "rebels", "m23 rally"], "COD")
COD_MIL = mil(["government forces", "fardc", "congolese army", "armed forces of the democratic republic of the congo", "democratic republic of the congo"], "COD")
OCALAN = per(["abdullah öcalan", "öcalan", "abdullah ocalan", "ocalan", "jailed kurdish leader"], "TUR")
PKK = ag(["kurdistan workers' party", "pkk", "the group"], "TUR")
SOM_GOV = gov(["somalia", "somali government", "mogadishu", "somali authorities", "authorities", "somali capital city mogadishu"], "SOM")
SOM_MIL = mil(["somali forces", "somali army", "somali national army", "somalia", "somali security forces"], "SOM")
SHABAAB = ag(["al-shabaab", "al shabaab", "shabaab", "militants"], "SOM")
AIRPORT = oth(["aden adde international airport", "airport", "somalia", "somali government"], "SOM")
SOM_GUARDS = gov(["villa somalia security guards", "security guards", "villa somalia", "guards", "somali government", "somalia"], "SOM")
SOM_CIV = civ(["civilians", "teenage boy", "beachgoers", "people"], "SOM")
SAF = mil(["sudanese armed forces", "saf", "sudanese military", "sudanese army", "sudan", "abdel fattah al-burhan", "al-burhan", "burhan"], "SDN")
RSF = ag(["rapid support forces", "rsf", "rsf forces"], "SDN")
BURHAN = gov(["abdel fattah al-burhan", "al-burhan", "burhan", "transitional sovereignty council", "sudanese military leader", "sudan", "sudanese armed forces"], "SDN")
US_MIL = mil(["u.s. military", "us military", "united states military", "united states", "u.s.", "us", "africom", "united states africa command", "american"], "USA")
COL_CIV = civ(["civilians", "19 civilians", "police station", "police", "colombian police"], "COL")
MEX_POLICE = gov(["police officers", "off duty police officers", "two off duty police officers", "police", "another"], "MEX")
KASH_CIV = civ(["azad kashmir", "pakistan", "residents", "people"], "PAK")
IND_GOV = gov(["indian authorities", "india", "indian government", "authorities"], "IND")
PAK_ST = st(["pakistan", "pakistani government"], "PAK")
INDUS = oth(["indus waters treaty", "pakistan"], None)
SVK_COURT = gov(["special criminal court", "judge milan cisarik", "milan cisarik", "court", "slovakia"], "SVK")
KAZIMIR = per(["peter kažimír", "kažimír", "peter kazimir", "kazimir", "slovakia's central bank chief", "central bank chief"], "SVK")
DEU_COURT = gov(["court", "a court in germany", "german court", "germany", "court in germany"], "DEU")
LLIUYA = per(["saúl luciano lliuya", "lliuya", "peruvian farmer", "farmer", "lawsuit"], "PER")
TLS = st(["timor-leste", "east timor", "timorese authorities", "authorities"], "TLS")
TEVES = per(["arnolfo teves jr.", "arnolfo teves", "teves", "main suspect"], "PHL")
UNK_KILLERS = unk(["assassins", "gunmen", "unknown", "teves", "arnolfo teves jr."], "PHL")
DEGAMO = per(["roel degamo", "degamo", "negros oriental governor", "governor"], "PHL")
ARG_COURT = gov(["court", "a court in argentina", "argentine court", "argentina", "court in argentina"], "ARG")
MARADONA_MED = per(["medical personnel", "diego maradona's former medical personnel", "former medical personnel", "trial"], "ARG")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump", "president donald trump", "united states", "u.s. president"], "USA")
HOOVER = per(["larry hoover", "hoover", "founder", "gangster disciples"], "USA")
BULLRICH = gov(["patricia bullrich", "bullrich", "argentine security minister", "argentina", "argentine authorities", "security minister"], "ARG")
TDA = ag(["tren de aragua", "12 alleged members", "alleged members", "members"], "VEN")
ARG_ST = st(["argentina", "argentine government"], "ARG")
UKR_ST = st(["ukraine", "kyiv", "ukrainians", "people", "civilians", "residents", "tower block"], "UKR")
MAIMAI = ag(["mai-mai", "mai-mai groups", "various mai-mai groups", "militia", "wazalendo"], "COD")
MMR_JUNTA = gov(["military junta of myanmar", "military junta", "junta", "myanmar", "tatmadaw", "myanmar government"], "MMR")
MMR_PEOPLE = civ(["country", "myanmar", "state of emergency", "people"], "MMR")
PHL_ARMY = mil(["philippine army", "army", "philippines", "armed forces of the philippines", "soldiers"], "PHL")
NPA = ag(["new people's army", "npa", "eight alleged members", "members of the new people's army", "rebels"], "PHL")
US_PROT = civ(["protesters", "anti-war protests", "anti-war protesters", "demonstrators", "protests", "protest"], "USA")
US_GOV = gov(["united states", "u.s.", "us", "us government", "u.s. strikes", "trump administration", "american military actions", "white house"], "USA")
GROUPS_DC = civ(["50501", "code pink", "groups", "anti-war protests", "protesters", "demonstrators"], "USA")
DIASPORA = civ(["diaspora protests", "demonstrators", "diaspora", "iranian diaspora", "protesters"], "USA")
IRN_GOV = gov(["iran", "iranian government", "islamic republic", "tehran"], "IRN")
LA_PROT = civ(["anti-war protest", "protesters", "jane fonda", "demonstrators", "protest"], "USA")
IRN_DEM = civ(["pro-government demonstration", "demonstration", "demonstrators", "iranians", "protesters", "marchers"], "IRN")
ISR_US = st(["israel", "u.s.", "united states", "us", "israel and u.s. airstrikes", "airstrikes"], "USA")
LAWYERS = civ(["coalition of human rights lawyers", "human rights lawyers", "lawyers", "coalition"], None)
GHANA = st(["ghana", "ghanaian government", "the country"], "GHA")
DEPORTEES = civ(["deportees", "migrants", "them"], None)
SCOTUS = gov(["supreme court of the united states", "supreme court", "u.s. supreme court", "us supreme court", "court", "john roberts", "united states"], "USA")
IDN_COURT = gov(["court", "indonesian court", "indonesia", "corruption court", "judges"], "IDN")
MAKARIM = per(["nadiem makarim", "makarim", "former indonesian education minister", "education minister"], "IDN")
KEN_POLICE = gov(["kenyan police", "police", "kenya", "security forces"], "KEN")
KEN_PROT = civ(["protesters", "protest", "one person", "people", "demonstrators", "residents"], "KEN")
KEN_GOV = gov(["kenya", "kenyan government", "government", "police", "kenyan police"], "KEN")
LTU = gov(["lithuanian government", "lithuania", "government"], "LTU")
BRA = st(["brazil", "brasilia", "brazilian government"], "BRA")
KWT = st(["kuwait", "kuwaiti government", "kuwaiti cabinet"], "KWT")
PAK = st(["pakistan", "pakistani government"], "PAK")
ROU = st(["romania", "romanian government", "romanian"], "ROU")
RUS = st(["russia", "russian", "russia's ambassador", "russian embassy", "russian embassy employee", "ambassador"], "RUS")
RUS_DRONES = mil(["russian drones", "three russian drones", "drones", "russia", "russian"], "RUS")
TCD = st(["chad", "chadian government"], "TCD")
ICC = igo(["international criminal court", "icc"])

ANN = {
 'conflicts-jan-24': [
  (COL_MIL, None, ['MOBILIZE', 'ASSAULT'], "begin offensive operations across eleven municipios of the Catatumbo region", at('Catatumbo')),
  (PUNTLAND, ISIS_SOM, ['ASSAULT'], "At least thirteen Islamic State militants are allegedly killed in heavy fighting", at('Bari Region', r=F)),
  (PUNTLAND, ISIS_SOM, ['ASSAULT'], "Puntland forces claim they successfully took over the towns of Turmasaale", at('Turmasaale', r=F)),
  (PUNTLAND, ISIS_SOM, ['ASSAULT'], "the towns of Turmasaale and Janno-Jiifta", at('Janno-Jiifta', r=F)),
  (UKR_MIL, RUS_TGT, ['ASSAULT'], "A Ukrainian drone strike targets an oil refinery in Ryazan Oblast", at('Ryazan Oblast')),
  (RUS_MIL, UKR_MIL, ['ASSAULT'], "The Russian military says it shot down at least 121 drones", at('Russia', r=F)),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "A Russian drone strikes a ten-storey apartment building in Fastiv", at('Fastiv')),
  (ISR_MIL, HAMAS, ['ASSAULT'], "Hamas confirms that an Israeli airstrike last summer killed Rawhi Mushtaha", NOWHERE_NR),
 ],
 'law-crime-jan-28': [
  (THIEVES, MUSEUM, ['ASSAULT'], "the heist of multiple Dacian artifacts last Saturday", at('Assen', r=F)),
  (ROU_CULT, MUSEUM_DIR, ['COERCE', 'SANCTION'], "Lucian Romașcanu fires the director of the National History Museum of Romania in Bucharest", at('Bucharest', r=F)),
  (PAK_SEN, PAK_MEDIA, ['COERCE'], "The Senate of Pakistan passes a bill to criminalize the spread of disinformation", at('Pakistan', r=F)),
  (KYOTO_COURT, AOBA, ['COERCE', 'SANCTION'], "The Kyoto District Court finalizes the death sentence for Shinji Aoba", at('Kyoto')),
  (AOBA, KYOANI, ['ASSAULT'], "the arson attack on a Kyoto Animation studio in 2019", NOWHERE_NR),
  (US_SHOOTER, US_CIV, ['ASSAULT'], "in a mass shooting at a Martin's Supermarket in Elkhart", at('Elkhart', r=F)),
 ],
 'conflicts-feb-27': [
  (HAMAS_R, ISR_HOST, ['RETREAT', 'COOPERATE', 'CONCEDE'], "Hamas releases the bodies of four Israeli hostages", NOWHERE_NR),
  (ISR_GOV, PAL_PRIS, ['RETREAT', 'COOPERATE', 'CONCEDE'], "the Israeli government releasing 617 Palestinian prisoners", NOWHERE_NR),
  (ISR_SUSPECT, ISR_CIV, ['ASSAULT'], "Thirteen people are injured in a car-ramming attack in Pardes Hanna-Karkur", at('Pardes Hanna-Karkur', r=F)),
  (ISR_POLICE, ISR_SUSPECT, ['ASSAULT'], "is later shot and killed by police after an attempted stabbing attack", at('Pardes Hanna-Karkur')),
  (unk(["grenade attack", "unknown", "attackers", "grenade"]), M23, ['ASSAULT'], "A grenade attack at an M23 rally in Bukavu", at('Bukavu', r=F)),
  (M23, COD_MIL, ['ASSAULT'], "celebrating their recent victory over government forces in the city", at('Bukavu', r=F)),
  (OCALAN, PKK, ['REQUEST'], "calls for an end to the conflict with Turkey and asks the group to disarm and disband", NOWHERE_NR),
  (SOM_GOV, None, ['MOBILIZE', 'COERCE'], "Somali capital city Mogadishu enters a security lockdown", at('Mogadishu', r=F)),
  (unk(["unknown", "attackers", "mortars", "al-shabaab"]), AIRPORT, ['ASSAULT'], "several mortars were fired toward Aden Adde International Airport", at('Mogadishu', r=F)),
  (SOM_MIL, SHABAAB, ['ASSAULT'], "Somali forces regain control of Balad", at('Balad')),
  (SHABAAB, SOM_MIL, ['ASSAULT'], "after Al-Shabaab launches a coordinated attack", at('Balad')),
  (SOM_GUARDS, SOM_CIV, ['ASSAULT'], "Villa Somalia security guards open fire on civilians at Lido Beach in Mogadishu", at('Mogadishu')),
 ],
 'conflicts-mar-26': [
  (SAF, RSF, ['ASSAULT'], "The Sudanese Armed Forces retakes Khartoum International Airport", at('Khartoum')),
  (SAF, RSF, ['ASSAULT'], "seizes state institutions in Khartoum captured earlier in the war", at('Khartoum', r=F)),
  (BURHAN, RSF, ['ASSAULT'], "declares the liberation of Khartoum from RSF forces", at('Khartoum', r=F)),
  (US_MIL, ISIS_SOM, ['ASSAULT'], "The U.S. military conducts airstrikes targeting ISIS militants in the Golis Mountains", at('Bari Region')),
  (US_MIL, ISIS_SOM, ['ASSAULT'], "The strikes reportedly kill militants without causing any civilian casualties", at('Bari Region', r=F)),
  (unk(["unknown", "attackers", "motocycle bomb", "motorcycle bomb", "bomb"]), COL_CIV, ['ASSAULT'], "A motocycle bomb explosion near a police station in Piendamó", at('Piendamó', r=F)),
  (unk(["unknown", "attackers", "gunmen", "ambushers"]), MEX_POLICE, ['ASSAULT'], "Two off duty police officers were killed", at('Vega de Alatorre', r=F)),
  (unk(["unknown", "attackers", "gunmen", "kidnappers"]), MEX_POLICE, ['ASSAULT'], "another was kidnapped after they were ambushed", at('Vega de Alatorre', r=F)),
 ],
 'disasters-apr-26': [
  (nat(["flooding", "severe flooding", "flood", "jhelum river"]), None, ['ASSAULT'], "Severe flooding is reported along the Jhelum River", at('Azad Kashmir', r=F)),
  (IND_GOV, KASH_CIV, ['COERCE'], "after Indian authorities release a large amount of water without prior warning", NOWHERE_NR),
  (IND_GOV, PAK_ST, ['REJECT', 'SANCTION'], "the suspension of the Indus Waters Treaty by the Indian government", at('India', r=F)),
  (nat(["explosion", "port of shahid rajaee explosion", "port of shahid rajaee"]), None, ['ASSAULT'], "in an explosion at the Port of Shahid Rajaee in Bandar Abbas", at('Bandar Abbas', r=F)),
  (nat(["crash", "mooney m20", "plane crash"]), None, ['ASSAULT'], "Three people are killed when a Mooney M20 crashes", at('Tennessee', r=F)),
  (nat(["capsizing", "boat", "boat capsizes"]), None, ['ASSAULT'], "after a boat capsizes on Maule Lake in Florida", at('Florida', r=F)),
 ],
 'law-crime-may-29': [
  (SVK_COURT, KAZIMIR, ['COERCE', 'SANCTION'], "is convicted of bribery and fined 200,000 euros", at('Pezinok')),
  (SVK_COURT, KAZIMIR, ['COERCE', 'SANCTION'], "The verdict was issued by Judge Milan Cisarik", at('Pezinok', r=F)),
  (DEU_COURT, LLIUYA, ['REJECT'], "A court in Germany rejects a lawsuit filed by a Peruvian farmer", at('Germany')),
  (TLS, TEVES, ['COERCE'], "is deported back to the Philippines from Timor-Leste", at('Timor-Leste', r=F)),
  (TLS, TEVES, ['COERCE'], "from Timor-Leste following his arrest yesterday", at('Timor-Leste', r=F)),
  (UNK_KILLERS, DEGAMO, ['ASSAULT'], "the assassination of Negros Oriental governor Roel Degamo", NOWHERE_NR),
  (ARG_COURT, MARADONA_MED, ['CONCEDE', 'REJECT'], "A court in Argentina nullifies the ongoing trial", at('Argentina', r=F)),
  (TRUMP, HOOVER, ['CONCEDE'], "Donald Trump commutes the federal prison sentence of Larry Hoover", at('United States')),
  (BULLRICH, TDA, ['COERCE'], "Patricia Bullrich announces the arrest of 12 alleged members of Tren de Aragua", at('Argentina')),
  (ARG_ST, TDA, ['SANCTION'], "which Argentina recently designated as a terrorist organization", at('Argentina', r=F)),
 ],
 'conflicts-jul-31': [
  (RUS_MIL, UKR_ST, ['ASSAULT'], "Russian forces launch drones and cruise missiles on Kyiv", at('Kyiv')),
  (M23, MAIMAI, ['ASSAULT'], "M23 rebels clash with various Mai-Mai groups in several villages in the Ufamandu group", at('Ufamandu')),
  (MMR_JUNTA, MMR_PEOPLE, ['CONCEDE'], "formally ends the country's four-year-long state of emergency", at('Myanmar', r=F)),
  (PHL_ARMY, NPA, ['ASSAULT'], "are killed in clashes with the Philippine Army in Las Navas", at('Las Navas')),
 ],
 'politics-feb-28': [
  (US_PROT, US_GOV, ['PROTEST'], "in cities such as New York City", at('New York City')),
  (US_PROT, US_GOV, ['PROTEST'], "such as New York City, Philadelphia", at('Philadelphia', r=F)),
  (US_PROT, US_GOV, ['PROTEST'], "New York City, Philadelphia, Portland", at('Portland', r=F)),
  (US_PROT, US_GOV, ['PROTEST'], "City, Philadelphia, Portland, and Seattle", at('Seattle', r=F)),
  (US_PROT, US_GOV, ['PROTEST'], "Protests in Detroit, Michigan, are held against the U.S. strikes", at('Detroit')),
  (US_PROT, US_GOV, ['PROTEST'], "Additionally, a protest is held along Jefferson Avenue", at('Detroit', r=F)),
  (GROUPS_DC, US_GOV, ['PROTEST'], "anti-war protests organized by groups such as 50501 and Code Pink are held near the White House", at('Washington, D.C.')),
  (DIASPORA, IRN_GOV, ['PROTEST', 'SUPPORT'], "diaspora protests are held near the World War I Memorial", at('Washington, D.C.', r=F)),
  (LA_PROT, US_GOV, ['PROTEST'], "An anti-war protest is held in Los Angeles", at('Los Angeles')),
  (IRN_DEM, ISR_US, ['PROTEST'], "A pro-government demonstration in Tehran, Iran, marches against the Israel and U.S. airstrikes", at('Tehran')),
 ],
 'disasters-apr-30': [
  (nat(["fire", "tuapse oil terminal disaster", "oil terminal fire", "fire at the tuapse oil terminal"]), None, ['ASSAULT'], "the fire at the Tuapse oil terminal has now been extinguished", at('Tuapse', r=F)),
  (nat(["floods", "flood", "central texas floods"]), None, ['ASSAULT'], "in the wake of the floods last year, which killed 25 campers", at('Texas', r=F)),
  (nat(["crash", "jeep", "accident"]), None, ['ASSAULT'], "a jeep carrying pilgrims plunged off a cliff in Rolpa district", at('Rolpa District', r=F)),
  (nat(["collapse", "coal mine collapse", "mine collapse"]), None, ['ASSAULT'], "Eight people are killed in a collapse at a coal mine in Magadan Oblast", at('Magadan Oblast', r=F)),
  (nat(["crash", "cessna 421 golden eagle", "airplane", "plane crash"]), None, ['ASSAULT'], "airplane crashes into wooden terrain in Wimberley", at('Wimberley', r=F)),
 ],
 'law-crime-jun-30': [
  (LAWYERS, GHANA, ['ACCUSE'], "A coalition of human rights lawyers file a lawsuit against Ghana", NOWHERE_NR),
  (GHANA, DEPORTEES, ['COERCE'], "accepting deportees from the U.S. and forcing them back", at('Ghana', r=F)),
  (SCOTUS, TRUMP, ['REJECT', 'ACCUSE'], "The Supreme Court of the United States rules 6–3", at('United States')),
  (IDN_COURT, MAKARIM, ['COERCE', 'SANCTION'], "is sentenced to 10 years in prison for corruption", at('Indonesia', r=F)),
  (KEN_POLICE, KEN_PROT, ['ASSAULT'], "when Kenyan police open fire during a protest", at('Nairobi')),
  (KEN_PROT, KEN_GOV, ['PROTEST'], "during a protest in Mathare, Nairobi against reported abductions", at('Nairobi')),
 ],
 'relations-jul-27': [
  (LTU, BRA, ['COOPERATE'], "registers a resolution to open an embassy in Brasilia", at('Brasilia', r=F)),
  (KWT, PAK, ['AGREE', 'COOPERATE'], "Kuwait approves the Kuwait–Pakistan Defence Cooperation Agreement", at('Kuwait')),
  (ROU, RUS, ['SANCTION', 'REJECT'], "Romania recalls its ambassador to Russia", at('Romania')),
  (ROU, RUS, ['SANCTION', 'COERCE'], "declares a Russian embassy employee persona non grata", at('Romania', r=F)),
  (RUS_DRONES, ROU, ['COERCE', 'ASSAULT', 'THREATEN'], "three Russian drones violated Romanian airspace", at('Romania', r=F)),
  (TCD, ICC, ['REJECT', 'RETREAT'], "Chad states its intention to withdraw from the International Criminal Court", at('Chad', r=F)),
 ],
 'disasters-jul-30': [
  (nat(["earthquake", "mw 6.8 earthquake", "kumamoto earthquake"]), None, ['ASSAULT'], "the Mw 6.8 earthquake in Kumamoto on Kyushu", at('Kumamoto', r=F)),
  (nat(["explosion", "methane gas explosion", "coal mine explosion", "quetta coal mine explosion"]), None, ['ASSAULT'], "after a methane gas explosion at a coal mine near Quetta", at('Quetta', r=F)),
  (nat(["explosion", "building explosion"]), None, ['ASSAULT'], "after an explosion at a four-story building in Bhiwandi", at('Bhiwandi', r=F)),
  (nat(["collapse", "gas leak explosion", "explosion", "building collapse"]), None, ['ASSAULT'], "a residential building collapses during a gas leak explosion in Messina", at('Messina', r=F)),
  (nat(["avalanche"]), None, ['ASSAULT'], "after an avalanche on the Broad Peak in Pakistan", at('Pakistan', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
