# Gold events of the forty-ninth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Panama': ('PAN', (8.5, -80.0)), 'Saudi Arabia': ('SAU', (24.0, 45.0)), 'Serbia': ('SRB', (44.0, 20.9)),
 'Turkey': ('TUR', (39.0, 35.2)), 'Colombia': ('COL', (4.1, -72.9)), 'Belgium': ('BEL', (50.6, 4.6)),
 'Tunisia': ('TUN', (34.0, 9.5)), 'Venezuela': ('VEN', (7.1, -66.2)), 'Uganda': ('UGA', (1.4, 32.3)),
 'Iran': ('IRN', (32.4, 53.7)), 'United Arab Emirates': ('ARE', (23.9, 54.3)), 'China': ('CHN', (35.0, 103.0)),
 # regions, provinces, states, oblasts, departments, districts, counties, islands
 'Rostov Oblast': ('RUS', (47.6, 41.0)), 'Bukidnon': ('PHL', (8.05, 125.0)), 'Gaza Strip': ('PSE', (31.42, 34.38)),
 'La Paz Department': ('BOL', (-15.5, -68.3)), 'Ontario': ('CAN', (50.0, -85.0)), 'Catalonia': ('ESP', (41.8, 1.5)),
 'Sardinia': ('ITA', (40.1, 9.0)), 'Bali': ('IDN', (-8.4, 115.2)), 'Cundinamarca Department': ('COL', (4.9, -74.1)),
 'Xing County': ('CHN', (38.46, 111.13)), 'Tani District': ('AFG', (33.25, 69.85)), 'Kaduna State': ('NGA', (10.4, 7.7)),
 'West Bank': ('PSE', (31.95, 35.25)),
 # cities, towns, villages
 'Pretoria': ('ZAF', (-25.75, 28.19)), 'Tyre': ('LBN', (33.27, 35.20)), 'Novoshakhtinsk': ('RUS', (47.76, 39.93)),
 'Bannu': ('PAK', (32.99, 70.60)), 'Al Hudaydah': ('YEM', (14.80, 42.95)), 'Deesa': ('IND', (24.26, 72.19)),
 'Grindavík': ('ISL', (63.84, -22.43)), 'Putra Heights': ('MYS', (3.00, 101.57)), 'Os': ('NOR', (60.19, 5.47)),
 'Rafah': ('PSE', (31.28, 34.25)), 'Walikale': ('COD', (-1.42, 28.05)), 'Apatzingán': ('MEX', (19.09, -102.35)),
 'Parácuaro': ('MEX', (19.15, -102.22)), 'Sabattus': ('USA', (44.12, -70.08)), 'Washington': ('USA', (38.91, -77.00)),
 'Amsterdam': ('NLD', (52.37, 4.89)), 'Mogadishu': ('SOM', (2.05, 45.32)), 'Paris': ('FRA', (48.86, 2.35)),
 'Juba': ('SSD', (4.85, 31.58)), 'Wau': ('SSD', (7.70, 27.99)), 'Bodrum': ('TUR', (37.04, 27.43)),
 'Isfahan': ('IRN', (32.65, 51.67)), 'Haifa': ('ISR', (32.79, 34.99)), 'Tehran': ('IRN', (35.69, 51.39)),
 'Kerch': ('UKR', (45.36, 36.47)), 'Seoul': ('KOR', (37.57, 126.98)), 'Colombo': ('LKA', (6.93, 79.85)),
 'Marib': ('YEM', (15.46, 45.33)), 'Odesa': ('UKR', (46.48, 30.72)), 'Dilling': ('SDN', (12.05, 29.65)),
 'El Obeid': ('SDN', (13.18, 30.22)),
}
COUNTRY_LEVEL = {'Panama', 'Saudi Arabia', 'Serbia', 'Turkey', 'Colombia', 'Belgium', 'Tunisia', 'Venezuela',
                 'Uganda', 'Iran', 'United Arab Emirates', 'China'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}
NOWHERE_NR = {'r': False}


def nat(names):
    """a natural event or accident: no agent (source = the event, kind other)"""
    return oth(names, None)


def unk(names=("unknown", "unidentified attackers", "attackers", "gunmen")):
    return oth(list(names), None)


# actors
USA_ST = st(["united states", "us", "u.s.", "america", "american", "washington", "marco rubio", "rubio",
             "secretary of state", "u.s. secretary of state marco rubio", "u.s. secretary of state"], "USA")
PANAMA = st(["panama", "panamanian", "josé raúl mulino", "jose raul mulino", "mulino", "panamanian president",
             "panamanian president josé raúl mulino", "his country"], "PAN")
CHINA = st(["china", "chinese", "beijing", "belt and road initiative", "china's belt and road initiative"], "CHN")
SYRIA = gov(["syria", "syrian", "ahmed al-sharaa", "al-sharaa", "syrian president ahmed al-sharaa", "syrian president"], "SYR")
SAUDI = st(["saudi arabia", "saudi", "mohammed bin salman", "crown prince mohammed bin salman", "crown prince"], "SAU")
ZAF = st(["south africa", "south african", "south african government", "pretoria"], "ZAF")
TAIWAN = st(["taiwan", "taiwanese", "liaison office", "taipei liaison office"], "TWN")

ISR = st(["israel", "israeli", "israeli drone", "israeli forces", "israel defense forces", "idf", "israeli military",
          "israeli army", "israeli air force"], "ISR")
HEZBOLLAH = ag(["hezbollah", "haidar hashem", "radwan force", "hezbollah's radwan force"], "LBN")
UKR = st(["ukraine", "ukrainian", "ukrainian drone", "ukrainian forces", "ukrainian military"], "UKR")
RUS = st(["russia", "russian", "russian forces", "russian air defence", "air defence units", "russian drone",
          "oil pipeline"], "RUS")
SRB_MPS = gov(["serbian lawmakers", "lawmakers", "three serbian lawmakers", "national assembly",
               "ana brnabić", "ana brnabic", "brnabić", "serbia"], "SRB")
TTP_SPLINTER = ag(["militants", "pakistani taliban", "splinter group", "suicide bombers", "gunmen",
                   "splinter group of the pakistani taliban", "six gunmen"], "PAK")
PAK_MIL = mil(["pakistan army", "pakistani army", "pakistan", "pakistani soldiers", "pakistani military",
               "six pakistani soldiers", "army compound", "pakistan army compound"], "PAK")
PAK_CIV = civ(["civilians", "12 civilians"], "PAK")
PHL_AF = mil(["philippine air force", "philippines", "air force", "fa-50ph fighter jet", "philippine military"], "PHL")
NPA = ag(["insurgents", "new people's army", "npa", "communist insurgents"], "PHL")
HOUTHIS = ag(["houthis", "houthi", "houthi rebels", "ansar allah"], "YEM")
USA_MIL = mil(["united states", "u.s.", "us", "american", "u.s. air force", "us military", "u.s. forces",
               "american mq-9 uav", "mq-9", "u.s. troops", "u.s. special forces", "american lockheed c-130 hercules",
               "withdrawing u.s. troops"], "USA")

HAMAS = ag(["hamas", "palestinians", "palestinian militants"], "PSE")
PSE_CIV = civ(["palestinians", "100 palestinians", "thousands of palestinians", "people"], "PSE")
M23 = ag(["m23", "m23 rebels", "lawrence kanyuka", "the group", "march 23 movement"], "COD")
MEX_SEC = mil(["sedena", "national guard", "mexican army", "security forces", "combined operation", "mexico",
               "mexican security forces"], "MEX")
CJNG = ag(["cjng", "cjng gunmen", "gunmen", "jalisco new generation cartel", "delinquents", "gunman",
           "one gunman", "five cjng gunmen"], "MEX")
MINERS = civ(["miners", "two groups of miners", "groups of miners"], "BOL")

TUR_POLICE = gov(["turkish national police", "police", "turkish police", "turkey", "turkish authorities"], "TUR")
TUR_PROT = civ(["eleven people", "people", "protesters", "boycotters", "demonstrators"], "TUR")
IMAMOGLU = per(["ekrem imamoğlu", "ekrem İmamoğlu", "imamoğlu", "imamoglu", "istanbul mayor"], "TUR")
ONT_COURT = gov(["ontario court of justice", "court", "canada", "canadian court"], "CAN")
CONVOY = per(["tamara lich", "chris barber", "lich", "barber", "two leaders", "truck driver protest movement"], "CAN")
USA_SHOOTER = per(["29-year-old man", "man", "perpetrator", "shooter", "gunman"], "USA")
USA_CIV = civ(["people", "three people", "his mother", "mother", "passing cars", "seven people", "victims"], "USA")
USA_STABBER = per(["suspect", "perpetrator", "attacker", "stabber"], "USA")
USA_POLICE = gov(["police", "metropolitan police", "authorities", "united states", "u.s."], "USA")
NLD_MAN = per(["50-year-old man", "man", "himself", "bomber"], "NLD")

SSD_GUNMAN = per(["gunman", "hijacker", "a gunman"], "SSD")
SAMARITAN = oth(["samaritan's purse", "cessna 208 caravan", "plane", "the plane", "cessna"], "USA")
SSD_AUTH = gov(["south sudan", "authorities", "south sudanese authorities", "security forces", "police"], "SSD")
COL_AUTH = gov(["colombian authorities", "colombia", "authorities", "colombian police"], "COL")
LEV_TAHOR = oth(["lev tahor", "17 children", "nine adults", "children", "members", "26 members"], None)
BEL_AUTH = gov(["belgium", "belgian authorities", "belgian police", "police", "authorities",
                "european public prosecutor's office"], "BEL")
MOGHERINI = per(["federica mogherini", "mogherini", "two others"], "ITA")
TUN_POLICE = gov(["tunisian police", "police", "tunisia", "tunisian authorities", "appellate court",
                  "appellate court rulings", "court"], "TUN")
HAMMAMI = per(["ayachi hammami", "hammami", "former human rights minister"], "TUN")
TUN_OPP = civ(["opposition figures", "opposition"], "TUN")

USA_ST2 = st(["united states", "us", "u.s.", "american", "america", "trump administration"], "USA")
MADURO = per(["nicolás maduro", "nicolas maduro", "maduro"], "VEN")
UGANDA = gov(["uganda", "ugandan government", "ugandan authorities", "government"], "UGA")
UGA_MEDIA = oth(["media", "broadcasters", "live broadcasting", "streaming", "broadcasting"], "UGA")

IRAN = st(["iran", "iranian", "iranian forces", "iranian media", "iranian missile", "tehran",
           "islamic revolutionary guard corps", "irgc"], "IRN")
IRGC_OFF = per(["mohammad reza ashrafi kahi", "ashrafi kahi", "islamic revolutionary guard corps",
                "irgc", "head of trade"], "IRN")
UAE = st(["united arab emirates", "uae", "emirati"], "ARE")
US_COALITION = igo(["u.s.-led international coalition", "international coalition", "coalition", "united states", "u.s."], None)
ISR_CIV = civ(["residential building", "two people", "people", "israelis", "civilians", "israel"], "ISR")
TALIBAN = ag(["taliban", "the taliban", "afghan taliban", "afghanistan", "afghan forces"], "AFG")
NGA_SEC = mil(["nigerian security forces", "security forces", "nigeria", "nigerian army"], "NGA")
NGA_BANDITS = ag(["armed assailants", "assailants", "bandits", "kidnappers", "gunmen"], "NGA")
NGA_CIV = civ(["worshippers", "31 worshippers", "churches", "christians"], "NGA")
SHIP = oth(["cargo ship", "ship", "vessel", "crew"], None)

KOR_COURT = gov(["seoul high court", "court", "south korea", "south korean court"], "KOR")
HAN = per(["han duck-soo", "han", "former south korean prime minister han duck-soo"], "KOR")
CHN_COURT = gov(["china", "chinese court", "court", "military court", "chinese authorities"], "CHN")
LI_WEI = per(["li shangfu", "wei fenghe", "former chinese defense ministers", "defense ministers"], "CHN")
SHINY = ag(["shinyhunters", "shinyhunters cybercrime group", "cybercrime group", "hackers"], None)
CANVAS = oth(["instructure canvas", "canvas", "instructure"], "USA")
LKA_AUTH = gov(["sri lankan authorities", "sri lanka", "authorities", "sri lankan police", "police"], "LKA")
SCAMMERS = civ(["30 chinese and vietnamese nationals", "chinese and vietnamese nationals", "nationals",
                "chinese nationals", "vietnamese nationals"], None)

ADNOC = oth(["abu dhabi national oil company", "adnoc", "vessels", "15 of its vessels"], "ARE")
ISR_FORCES = mil(["israeli forces", "israel", "israeli military", "idf", "israel defense forces"], "ISR")
PSE_CIV2 = civ(["palestinians", "qalandiyah refugee camp", "residents", "palestinian authority", "people"], "PSE")
YEM_GOV = mil(["government soldiers", "yemeni government", "yemen", "eight government soldiers", "soldiers",
               "civilians", "military positions"], "YEM")
RUS_ST = st(["russia", "russian", "russian drone", "russian forces"], "RUS")
UKR_CIV = civ(["chornomorets stadium", "people", "two people", "ukraine", "civilians", "odesa"], "UKR")
SAF = mil(["sudanese armed forces", "saf", "sudanese army", "sudan", "armed forces"], "SDN")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SDN_CIV = civ(["civilians", "five civilians"], "SDN")

ANN = {
 'relations-feb-02': [
  (USA_ST, PANAMA, ['CONSULT'], "U.S. Secretary of State Marco Rubio travels to Panama", at('Panama')),
  (USA_ST, PANAMA, ['REQUEST'], "urges Panamanian President José Raúl Mulino to reduce Chinese influence", at('Panama')),
  (PANAMA, CHINA, ['REJECT', 'SANCTION'], "Mulino said that his country won't renew its contracts", at('Panama', r=F)),
  (SYRIA, SAUDI, ['CONSULT'], "Syrian President Ahmed al-Sharaa visits Saudi Arabia", at('Saudi Arabia')),
  (ZAF, TAIWAN, ['COERCE', 'SANCTION'], "South Africa orders Taiwan to relocate its liaison office from Pretoria", at('Pretoria')),
 ],
 'conflicts-mar-04': [
  (ISR, HEZBOLLAH, ['ASSAULT'], "An Israeli drone strike in Tyre, Lebanon, kills Haidar Hashem", at('Tyre')),
  (UKR, RUS, ['ASSAULT'], "A Ukrainian drone strikes an oil pipeline in Rostov Oblast", at('Rostov Oblast')),
  (UKR, RUS, ['ASSAULT'], "repelled another drone attack near Novoshakhtinsk", at('Novoshakhtinsk', r=F)),
  (RUS, UKR, ['ASSAULT'], "Russia also reports its air defence units repelled", at('Novoshakhtinsk', r=F)),
  (unk(("unknown", "unidentified", "opposition lawmakers", "opposition")), SRB_MPS, ['ASSAULT'],
   "injured after flares and smoke bombs were thrown into the National Assembly", at('Serbia', r=F)),
  (SRB_MPS, None, ['ACCUSE'], "described the attack as terrorism", at('Serbia', r=F)),
  (TTP_SPLINTER, PAK_MIL, ['ASSAULT'], "storm a Pakistan Army compound in Bannu", at('Bannu')),
  (PAK_MIL, TTP_SPLINTER, ['ASSAULT'], "Six gunmen are also killed in the shootout", at('Bannu', r=F)),
  (PHL_AF, NPA, ['ASSAULT'], "during an overnight combat operation against insurgents in Bukidnon", at('Bukidnon')),
  (HOUTHIS, USA_MIL, ['ASSAULT'], "The Houthis claim to have shot down an American MQ-9 UAV", at('Al Hudaydah', r=F)),
 ],
 'disasters-apr-01': [
  (nat(["explosion", "fireworks factory", "illegal fireworks factory", "factory fire"]), None, ['ASSAULT'],
   "killed in an explosion at an illegal fireworks factory in Deesa", at('Deesa', r=F)),
  (nat(["volcanic eruption", "eruption", "seismic activity", "earthquake"]), None, ['ASSAULT'],
   "Seismic activity increases near Grindavík, Iceland", at('Grindavík', r=F)),
  (nat(["gas pipeline", "pipeline", "explosion", "fire", "pipeline fire"]), None, ['ASSAULT'],
   "a gas pipeline owned by Petronas explodes and ignites a fire in Putra Heights", at('Putra Heights', r=F)),
  (nat(["small airplane", "airplane", "crash", "plane crash"]), None, ['ASSAULT'],
   "A small airplane crashes into a lake in Os near Bergen", at('Os', r=F)),
 ],
 'conflicts-apr-03': [
  (ISR, HAMAS, ['ASSAULT', 'COERCE'], "The Israel Defense Forces retakes control of Rafah", at('Rafah')),
  (unk(("airstrikes", "israel", "israeli airstrikes", "unknown")), PSE_CIV, ['ASSAULT'],
   "in airstrikes across the Gaza Strip", at('Gaza Strip', r=F)),
  (M23, None, ['RETREAT'], "claims that the group's withdrawal from Walikale", at('Walikale', r=F)),
  (MEX_SEC, CJNG, ['ASSAULT', 'COERCE'], "after a combined operation that took place in Apatzingán", at('Apatzingán', r=F)),
  (MEX_SEC, CJNG, ['ASSAULT'], "an encounter between delinquents, the SEDENA and the National Guard leaves one gunman killed",
   at('Parácuaro')),
  (CJNG, MEX_SEC, ['ASSAULT'], "in the municipality of Parácuaro", at('Parácuaro', r=F)),
  (MINERS, MINERS, ['ASSAULT'], "escalates into clashes with six people reportedly killed", at('La Paz Department')),
 ],
 'law-crime-apr-03': [
  (TUR_POLICE, TUR_PROT, ['COERCE'], "Turkish National Police detain eleven people", at('Turkey')),
  (TUR_PROT, None, ['PROTEST'], "participating in shopping boycotts in the country", at('Turkey', r=F)),
  (TUR_POLICE, IMAMOGLU, ['COERCE'], "as a protest against the arrest of Istanbul mayor", NOWHERE_NR),
  (ONT_COURT, CONVOY, ['COERCE'], "The Ontario Court of Justice in Ontario, Canada, convicts Tamara Lich", at('Ontario')),
  (USA_SHOOTER, USA_CIV, ['ASSAULT'], "shoots his mother and at passing cars in Sabattus", at('Sabattus', r=F)),
  (USA_STABBER, USA_CIV, ['ASSAULT'], "in a mass stabbing near Gallaudet University in Washington", at('Washington', r=F)),
  (USA_POLICE, USA_STABBER, ['COERCE'], "United States. A suspect was arrested", at('Washington', r=F)),
  (NLD_MAN, None, ['ASSAULT'], "in a failed car bombing near the National Monument on Dam Square in Amsterdam", at('Amsterdam', r=F)),
 ],
 'disasters-jul-02': [
  (nat(["helicopter crash", "mi-24 helicopter", "helicopter", "crash"]), None, ['ASSAULT'],
   "crashes near Aden Adde airport in Mogadishu", at('Mogadishu', r=F)),
  (nat(["wildfire", "fire", "heatwave"]), None, ['ASSAULT'], "Two farmers are killed in a wildfire in Catalonia", at('Catalonia', r=F)),
  (nat(["heat", "heatwave", "extreme heat"]), None, ['ASSAULT'], "three people die from heat-related causes in Sardinia", at('Sardinia', r=F)),
  (nat(["heat", "heatwave", "extreme heat"]), None, ['ASSAULT'], "dies after collapsing from extreme heat in Paris", at('Paris', r=F)),
  (nat(["ferry", "capsizing", "ferry capsizing"]), None, ['ASSAULT'], "capsizes off the coast of Bali, Indonesia", at('Bali', r=F)),
 ],
 'law-crime-dec-02': [
  (SSD_GUNMAN, SAMARITAN, ['ASSAULT', 'COERCE'], "is hijacked in Juba by a gunman", at('Juba', r=F)),
  (SSD_AUTH, SSD_GUNMAN, ['COERCE'], "is apprehended after landing to refuel in Wau", at('Wau', r=F)),
  (COL_AUTH, LEV_TAHOR, ['COERCE'], "Colombian authorities detain 17 children and nine adults", at('Colombia')),
  (BEL_AUTH, MOGHERINI, ['COERCE'], "Federica Mogherini and two others are arrested in Belgium", at('Belgium', r=F)),
  (TUN_POLICE, HAMMAMI, ['COERCE'], "Tunisian police arrest former human rights minister Ayachi Hammami", at('Tunisia')),
  (TUN_POLICE, TUN_OPP, ['COERCE'], "recent appellate court rulings that imposed long jail terms", at('Tunisia', r=F)),
 ],
 'politics-jan-05': [
  (USA_ST2, MADURO, ['ASSAULT', 'COERCE'], "following Nicolás Maduro's abduction and transfer out of the country", at('Venezuela', r=F)),
  (UGANDA, UGA_MEDIA, ['COERCE'], "Uganda bans the live broadcasting and streaming of protests", at('Uganda')),
 ],
 'disasters-apr-01-2026': [
  (nat(["boat", "capsizing", "migrant boat"]), None, ['ASSAULT'], "A boat carrying Afghan migrants capsizes off the coast of Bodrum", at('Bodrum', r=F)),
  (nat(["truck", "crash", "collision", "fire"]), None, ['ASSAULT'], "when a truck crashes into and sets on fire several vehicles", at('Cundinamarca Department', r=F)),
  (nat(["roof collapse", "collapse", "coal mine"]), None, ['ASSAULT'], "killed in a roof collapse at a coal mine in Xing County", at('Xing County', r=F)),
 ],
 'conflicts-apr-05': [
  (IRAN, USA_MIL, ['ASSAULT'], "Iranian media claims an American Lockheed C-130 Hercules was shot down in Isfahan", at('Isfahan', r=F)),
  (USA_MIL, IRAN, ['ASSAULT'], "After heavy fighting, the weapon systems officer", NOWHERE_NR),
  (USA_MIL, IRAN, ['RETREAT'], "destroyed at a temporary U.S. base in Iran by withdrawing U.S. troops", at('Iran')),
  (IRAN, USA_ST2, ['CONSULT'], "a group of regional mediators are discussing terms", NOWHERE_NR),
  (UAE, US_COALITION, ['COOPERATE', 'SUPPORT'], "The United Arab Emirates declares its willingness to join", at('United Arab Emirates', r=F)),
  (IRAN, None, ['COERCE'], "which has been blocked by Iran", NOWHERE_NR),
  (IRAN, ISR_CIV, ['ASSAULT'], "An Iranian missile strike hits a residential building in Haifa", at('Haifa')),
  (ISR, IRGC_OFF, ['ASSAULT'], "it has killed Mohammad Reza Ashrafi Kahi", at('Tehran', r=F)),
  (TALIBAN, PAK_MIL, ['ASSAULT'], "in clashes along the Durand Line in Tani District", at('Tani District', r=F)),
  (NGA_SEC, NGA_BANDITS, ['ASSAULT', 'COERCE'], "Nigerian security forces rescue 31 worshippers", at('Kaduna State', r=F)),
  (NGA_BANDITS, NGA_CIV, ['ASSAULT'], "after an attack on churches by armed assailants", at('Kaduna State', r=F)),
  (UKR, SHIP, ['ASSAULT'], "after being struck by a Ukrainian drone strike in the Sea of Azov near Kerch", at('Kerch')),
 ],
 'law-crime-may-07': [
  (KOR_COURT, HAN, ['COERCE'], "The Seoul High Court reduces former South Korean prime minister Han Duck-soo's prison sentence", at('Seoul')),
  (CHN_COURT, LI_WEI, ['COERCE'], "are both sentenced to death with a two-year reprieve", at('China', r=F)),
  (SHINY, CANVAS, ['ASSAULT'], "claims responsibility for breaching Instructure Canvas", NOWHERE_NR),
  (LKA_AUTH, SCAMMERS, ['COERCE'], "Sri Lankan authorities arrest 30 Chinese and Vietnamese nationals in Colombo", at('Colombo')),
 ],
 'conflicts-aug-07': [
  (unk(("missiles", "drones", "iran", "unknown")), ADNOC, ['ASSAULT'], "15 of its vessels have been attacked by missiles or drones", NOWHERE_NR),
  (ISR_FORCES, PSE_CIV2, ['RETREAT'], "Israeli forces withdraw from the Qalandiyah refugee camp", at('West Bank')),
  (ISR_FORCES, PSE_CIV2, ['ASSAULT', 'COERCE'], "in occupied West Bank following a two-day raid", at('West Bank', r=F)),
  (HOUTHIS, YEM_GOV, ['ASSAULT'], "Houthi attacks in Marib, Yemen, kill at least eight government soldiers", at('Marib')),
  (RUS_ST, UKR_CIV, ['ASSAULT'], "A Russian drone strike hits the Chornomorets Stadium in Odesa", at('Odesa')),
  (RSF, SAF, ['ASSAULT'], "a surprise drone attack by the Rapid Support Forces in Dilling", at('Dilling')),
  (SAF, RSF, ['ASSAULT'], "Sudanese armed forces repel a surprise drone attack", at('Dilling', r=F)),
  (unk(), SDN_CIV, ['ASSAULT'], "five civilians are reported to be killed in El Obeid", at('El Obeid', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
