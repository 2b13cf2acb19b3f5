# Gold events of the fifty-second place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this set's
# README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries (and one city-state)
 'Syria': ('SYR', (35.0, 38.5)), 'United Kingdom': ('GBR', (54.0, -2.0)), 'Iran': ('IRN', (32.4, 53.7)),
 'United States': ('USA', (39.8, -98.6)), 'Nigeria': ('NGA', (9.1, 8.7)), 'Ukraine': ('UKR', (48.4, 31.2)),
 'Israel': ('ISR', (31.4, 35.0)), 'Venezuela': ('VEN', (7.1, -66.2)), 'Australia': ('AUS', (-25.3, 133.8)),
 'Costa Rica': ('CRI', (9.9, -84.1)), 'Morocco': ('MAR', (31.8, -7.1)),
 'Democratic Republic of the Congo': ('COD', (-2.9, 23.7)), 'Thailand': ('THA', (15.9, 101.0)),
 'Mexico': ('MEX', (23.6, -102.5)), 'Brazil': ('BRA', (-14.2, -51.9)), 'Mali': ('MLI', (17.6, -4.0)),
 'Yemen': ('YEM', (15.6, 48.0)), 'Russia': ('RUS', (61.5, 105.3)), 'Monaco': ('MCO', (43.74, 7.42)),
 'Spain': ('ESP', (40.4, -3.7)),
 # regions, states, provinces, districts, counties, territories
 'Bamingui-Bangoran': ('CAF', (8.3, 20.5)), 'Gaza Strip': ('PSE', (31.42, 34.36)),
 'Kaduna State': ('NGA', (10.4, 7.7)), 'Niger State': ('NGA', (9.9, 5.6)),
 'Marrah Mountains': ('SDN', (12.95, 24.27)), 'Port-au-Prince Arrondissement': ('HTI', (18.54, -72.34)),
 'Tigray Region': ('ETH', (14.0, 38.6)), 'Bannu District': ('PAK', (32.99, 70.60)),
 'Community of Madrid': ('ESP', (40.5, -3.7)), 'Province of Ávila': ('ESP', (40.55, -4.95)),
 'Chamba District': ('IND', (32.6, 76.2)), 'Hongtong County': ('CHN', (36.25, 111.67)),
 # cities, towns, villages
 'Minembwe': ('COD', (-3.55, 28.88)), 'Damascus': ('SYR', (33.51, 36.29)), 'Khan Yunis': ('PSE', (31.35, 34.31)),
 'Zaporizhzhia': ('UKR', (47.84, 35.14)), 'Kazinga': ('COD', (-1.45, 28.85)), 'Sanduku': ('COD', (1.9, 30.5)),
 'Melbourne': ('AUS', (-37.81, 144.96)), 'Jalalabad': ('AFG', (34.43, 70.45)), 'Santa Ana': ('PHL', (18.46, 122.14)),
 'Bangkok': ('THA', (13.75, 100.50)), 'Segovia': ('COL', (7.08, -74.70)), 'Dresden': ('DEU', (51.05, 13.74)),
 'Pruszków': ('POL', (52.17, 20.81)), 'Embilipitiya': ('LKA', (6.34, 80.85)), 'Tokyo': ('JPN', (35.68, 139.69)),
 'Niamey': ('NER', (13.51, 2.11)), 'Sabon Gari': ('NGA', (11.0, 12.6)), 'Pyongyang': ('PRK', (39.04, 125.76)),
 'Tashkent': ('UZB', (41.30, 69.24)), 'Stade': ('DEU', (53.60, 9.48)), 'Josefina': ('PHL', (8.21, 123.54)),
 'Cap Ferret': ('FRA', (44.65, -1.25)),
}
COUNTRY_LEVEL = {'Syria', 'United Kingdom', 'Iran', 'United States', 'Nigeria', 'Ukraine', 'Israel', 'Venezuela',
                 'Australia', 'Costa Rica', 'Morocco', 'Democratic Republic of the Congo', 'Thailand', 'Mexico',
                 'Brazil', 'Mali', 'Yemen', 'Russia', 'Monaco', 'Spain'}


def at(name, r=True, s=None):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s: o['s'] = s
    return o


NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': False}


def nat(names):  # a natural event or an accident: no agent
    return oth(names, None)


def unk(names=("unknown", "unknown attackers", "attackers", "gunmen")):
    return oth(list(names), None)


# actors
COD_MIL = mil(["congolese military", "congolese army", "fardc", "armed forces of the democratic republic of the congo", "democratic republic of the congo", "dr congo", "drc", "congo"], "COD")
M23 = ag(["m23", "m23-aligned rebels", "m23 rebels", "rebels", "rebel commanders", "four rebel commanders", "march 23 movement", "afc/m23"], "COD")
ISR_AF = mil(["israeli air force", "israel", "israeli", "idf", "israel defense forces", "israeli military", "israeli forces"], "ISR")
SYRIA_ST = st(["syria", "southern syria", "syrian", "syrians", "people", "two people", "targets", "syrian government"], "SYR")
UK_GOV = gov(["united kingdom", "uk", "britain", "british government", "uk government", "keir starmer", "starmer"], "GBR")
SEN_GOV = gov(["senegalese government", "senegal", "government of senegal"], "SEN")
MFDC = ag(["movement of democratic forces of casamance", "mfdc", "casamance rebels"], "SEN")
R3 = ag(["3r", "3r rebels", "3r rebel", "return, reclamation, rehabilitation", "rebels"], "CAF")
CAF_CIV = civ(["people", "nine people", "civilians", "homes", "residents"], "CAF")
USA_ST = st(["united states", "u.s.", "us", "u.s. airstrikes", "us military", "american"], "USA")
IRAN_ST = st(["iran", "iranian nuclear sites", "iran's nuclear program", "iranian nuclear facilities", "facilities"], "IRN")
TRUMP_ = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump", "president donald trump"], "USA")
DIA = gov(["defense intelligence agency", "dia", "u.s. defense intelligence agency", "dia assessment"], "USA")
ISR_F = mil(["israeli forces", "israel", "israeli", "idf", "israeli military", "israel defense forces"], "ISR")
PSE_CIV = civ(["palestinians", "78 palestinians", "gazans", "palestinian civilians", "civilians"], "PSE")
ISR_SOLD = mil(["israeli soldiers", "seven israeli soldiers", "soldiers", "israeli forces", "israel"], "ISR")
NGA_BANDITS = ag(["bandits", "groups of bandits", "bandit gangs", "gunmen", "armed bandits"], "NGA")
NGA_MIL = mil(["nigerian army", "army", "army and air force", "nigerian air force", "air force", "nigerian military", "soldiers", "army bases", "nigeria"], "NGA")
RUS_F = mil(["russian forces", "russia", "russian", "russian military", "russian army"], "RUS")
UKR_ST = st(["ukraine", "ukrainian", "people", "ukrainians", "civilians", "inmates", "16 inmates", "prison"], "UKR")
WAZ = ag(["wazalendo", "wazalendo militia", "human rights defense forces", "wazalendo militia human rights defense forces", "mai-mai", "militia"], "COD")
ZAIRE = ag(["zaïre-fpac", "zaire-fpac", "zaïre", "zaire", "fpac", "militants", "zaïre-fpac militants"], "COD")
COD_CIV = civ(["civilians", "two civilians", "villagers", "residents", "sanduku 1"], "COD")
HOUTHIS_ = ag(["houthis", "houthi", "ansar allah", "houthi movement", "yemen", "houthi rebels"], "YEM")
ISRAEL_ST = st(["israel", "israeli", "ben gurion international airport", "ben gurion airport", "israeli forces"], "ISR")
VEN_GOV = gov(["authorities", "venezuelan authorities", "venezuelan government", "venezuela", "government"], "VEN")
VEN_DET = civ(["detainees", "13 detainees", "prisoners", "political prisoners", "protesters"], "VEN")
AUS_PROT = civ(["people", "300,000 people", "protesters", "demonstrators", "marchers", "australians"], "AUS")
AUS_GOV = gov(["australian government", "australia", "government"], "AUS")
ISR_GEN = st(["israel", "israeli", "israeli government", "israeli escalation"], "ISR")
MAR_PROT = civ(["youth", "protesters", "demonstrators", "gen z", "gen z 212", "youth-led demonstrations", "moroccans", "young people"], "MAR")
MAR_GOV = gov(["morocco", "moroccan government", "moroccan authorities", "government", "authorities"], "MAR")
MAR_POLICE = gov(["police", "moroccan police", "security forces", "authorities"], "MAR")
COD_COURT = gov(["military court", "a military court", "congolese military court", "high military court", "court", "democratic republic of the congo", "drc"], "COD")
KABILA = per(["joseph kabila", "kabila", "former president joseph kabila", "former president"], "COD")
DRESDEN_COURT = gov(["higher regional court of dresden", "higher regional court", "court", "dresden court", "german court", "germany"], "DEU")
SPY = per(["chinese–german man", "chinese-german man", "man", "jian guo", "jian g.", "aide", "spy"], "DEU")
CODEF = per(["co-defendant", "a co-defendant", "woman", "yaqi x.", "her"], "CHN")
POL_AUTH = gov(["polish authorities", "poland", "polish police", "police", "polish prosecutors", "authorities"], "POL")
DIVER = per(["ukrainian diver", "diver", "a ukrainian diver", "volodymyr z.", "suspect", "ukrainian"], "UKR")
NS_PIPE = oth(["nord stream", "nord stream pipelines", "pipelines", "nord stream pipeline", "germany"], None)
THA_COURT = gov(["thai appeals court", "appeals court", "court", "court of appeal", "thailand", "thai court"], "THA")
CHONTHICHA = per(["chonthicha jaengraew", "chonthicha", "opposition representative", "people's party"], "THA")
MEX_STUDENT = civ(["student", "a student", "unam", "national autonomous university", "students", "female professors", "professors"], "MEX")
BRA_STF = gov(["supreme federal court", "brazil's supreme federal court", "a panel of brazil's supreme federal court", "panel", "stf", "brazil", "court", "alexandre de moraes"], "BRA")
BOLSONARO = per(["jair bolsonaro", "bolsonaro", "former president jair bolsonaro", "former president"], "BRA")
LKA_COURT = gov(["court", "a court in embilipitiya", "embilipitiya high court", "high court", "sri lanka", "court in embilipitiya"], "LKA")
LKA_CONV = civ(["ten people", "people", "three women", "convicts", "defendants"], "LKA")
LKA_VICT = civ(["man", "a man", "victim"], "LKA")
CURRIE = gov(["cameron mcgowan currie", "judge cameron mcgowan currie", "currie", "judge", "federal judge", "court", "u.s. district court"], "USA")
HALLIGAN = gov(["lindsey halligan", "halligan", "u.s. attorney", "indictments", "justice department", "department of justice", "trump administration"], "USA")
JPN_DRIVER = per(["man", "a man", "perpetrator", "driver", "the perpetrator"], "JPN")
JPN_CIV = civ(["pedestrians", "one person", "person", "people", "ten others"], "JPN")
JPN_POLICE = gov(["police", "japanese police", "tokyo police", "metropolitan police", "tokyo metropolitan police"], "JPN")
IS_ = ag(["islamic state", "isis", "isil", "is", "islamic state sahel province", "islamic state in the greater sahara", "militants", "daesh"], None)
NER_MIL = mil(["soldiers", "four soldiers", "niger armed forces", "nigerien army", "nigerien military", "niger", "military", "diori hamani international airport", "airport", "air base"], "NER")
BOKO = ag(["boko haram", "boko haram militants", "militants", "jas", "jama'atu ahlis sunna lidda'awati wal-jihad", "iswap"], "NGA")
NGA_WORK = civ(["construction workers", "25 construction workers", "workers", "nigerian military base", "military base", "nigerian military", "civilians"], "NGA")
JNIM = ag(["jama'at nusrat al-islam wal-muslimin", "jnim", "insurgents", "jihadist group", "jihadists", "militants", "al-qaeda"], "MLI")
MLI_CONVOY = civ(["fuel tanker convoy", "convoy", "tankers", "people", "15 people", "drivers", "civilians", "mali"], "MLI")
ETH_MIL = mil(["ethiopian military", "ethiopian army", "ethiopian national defense force", "endf", "ethiopia", "ethiopian government", "federal forces"], "ETH")
TPLF = ag(["tigray people's liberation front", "tplf", "tigrayan forces", "tigray defense forces", "tdf"], "ETH")
PAK_F = mil(["pakistani forces", "security forces", "pakistan", "pakistani military", "pakistan army", "pakistani security forces"], "PAK")
PAK_MIL = ag(["militants", "three militants", "pakistani taliban", "ttp", "tehreek-e-taliban pakistan", "khawarij"], "PAK")
RUSSIA_ = st(["russia", "russian", "moscow", "kremlin", "russian government"], "RUS")
UKRAINE_ = st(["ukraine", "ukrainian", "kyiv", "ukrainian government"], "UKR")
WFP = igo(["world food programme", "wfp", "un world food programme", "united nations"])
YEM_PEOPLE = civ(["northern yemen", "yemen", "yemenis", "people", "houthis"], "YEM")
EP = igo(["european parliament", "parliament", "european union", "eu", "meps"])
UK_ST = st(["united kingdom", "uk", "britain", "british", "british government", "london", "uk government", "government"], "GBR")
RUS_VESSELS = oth(["shadow fleet vessels", "shadow fleet", "vessels", "russia", "russian"], "RUS")
WALKER = mil(["roland walker", "walker", "chief of the general staff", "british chief of the general staff", "british army", "british chief of the general staff roland walker"], "GBR")
FRA_G7 = st(["france", "french", "g7", "g7 summit", "french government", "emmanuel macron", "macron"], "FRA")
ZAF_ST = st(["south africa", "south african", "south african government", "its officials"], "ZAF")
AUS_ST = st(["australia", "australian", "australian government", "canberra"], "AUS")
IRN_PEOPLE = civ(["iranian passport holders", "iranians", "iran", "iranian", "visitors"], "IRN")
BLR = st(["belarus", "belarusian", "alexander lukashenko", "lukashenko", "belarusian president alexander lukashenko", "minsk"], "BLR")
PRK = st(["north korea", "north korean", "kim jong un", "pyongyang", "dprk", "north korean supreme leader kim jong un"], "PRK")
FRA = st(["france", "french", "french government", "paris"], "FRA")
PHL = st(["philippines", "philippine", "filipino", "manila", "philippine government"], "PHL")
TJK = st(["tajikistan", "tajik", "emomali rahmon", "rahmon", "tajik president emomali rahmon"], "TJK")
UZB = st(["uzbekistan", "uzbek", "shavkat mirziyoyev", "mirziyoyev", "uzbek president shavkat mirziyoyev"], "UZB")
DEU_SHOOTER = per(["gunman", "alleged gunman", "shooter", "perpetrator", "attacker", "two people"], "DEU")
DEU_CIV = civ(["people", "six people", "residents", "mother-child group home", "mothers", "children"], "DEU")
DEU_POLICE = gov(["police", "german police", "authorities", "lower saxony police"], "DEU")
IERMOLAIEV = per(["vadym iermolaiev", "iermolaiev", "ukrainian oligarch vadym iermolaiev", "oligarch", "his wife", "daughter"], "UKR")
PHL_CIV = civ(["four family members", "family members", "family", "sole survivor", "people"], "PHL")
ESP_GOV = gov(["fernando grande-marlaska", "grande-marlaska", "spanish interior minister", "interior minister", "spanish government", "spain", "military emergencies unit"], "ESP")

ANN = {
 'conflicts-feb-25': [
  (COD_MIL, M23, ['ASSAULT'], "The Congolese military launches an attack against M23-aligned rebels around the town of Minembwe", at('Minembwe')),
  (COD_MIL, M23, ['ASSAULT'], "claims to have killed four rebel commanders in a drone strike", at('Minembwe', r=F)),
  (ISR_AF, SYRIA_ST, ['ASSAULT'], "The Israeli Air Force strikes targets throughout Southern Syria", at('Syria')),
  (ISR_AF, SYRIA_ST, ['ASSAULT'], "Syrian state media reports airstrikes near Damascus", at('Damascus', r=F)),
  (UK_GOV, None, ['MOBILIZE'], "The United Kingdom announces an increase in military spending", at('United Kingdom', r=F)),
  (SEN_GOV, MFDC, ['AGREE'], "reach an agreement to end their 40-year conflict", NOWHERE_NR),
  (R3, CAF_CIV, ['ASSAULT'], "hundreds of homes are burned down in 3R rebel attacks in Bamingui-Bangoran", at('Bamingui-Bangoran')),
 ],
 'conflicts-jun-25': [
  (USA_ST, IRAN_ST, ['ASSAULT'], "set back by a few months after the U.S. airstrikes", at('Iran', r=F)),
  (TRUMP_, DIA, ['DISAPPROVE', 'REJECT'], "U.S. president Donald Trump rejects the DIA assessment as \"fake news\"", at('United States', r=F)),
  (ISR_F, PSE_CIV, ['ASSAULT'], "Israeli forces kill at least 78 Palestinians in the Gaza Strip", at('Gaza Strip')),
  (unk(("explosive device", "unknown", "militants", "hamas")), ISR_SOLD, ['ASSAULT'], "Seven Israeli soldiers are killed in Khan Yunis", at('Khan Yunis', r=F)),
  (NGA_BANDITS, NGA_MIL, ['ASSAULT'], "when groups of bandits attack three Army bases in Kaduna", at('Kaduna State')),
  (NGA_BANDITS, NGA_MIL, ['ASSAULT'], "three Army bases in Kaduna and Niger States in Nigeria", at('Niger State', r=F)),
  (NGA_MIL, NGA_BANDITS, ['ASSAULT'], "The Army and Air Force reports they have launched counteroffensives", at('Nigeria', r=F)),
 ],
 'conflicts-jul-29': [
  (RUS_F, UKR_ST, ['ASSAULT'], "Russian forces launch drone strikes and cruise missile strikes across Ukraine", at('Ukraine')),
  (RUS_F, UKR_ST, ['ASSAULT'], "including 16 inmates killed in an airstrike on a prison in Zaporizhzhia", at('Zaporizhzhia', r=F)),
  (WAZ, M23, ['ASSAULT'], "Wazalendo militia Human Rights Defense Forces and M23 rebels clash on a hill near Kazinga", at('Kazinga')),
  (M23, WAZ, ['ASSAULT'], "M23 rebels clash on a hill near Kazinga, Masisi Territory", at('Kazinga', r=F)),
  (ZAIRE, COD_CIV, ['ASSAULT'], "Zaïre-FPAC militants attack Sanduku 1, Djugu Territory", at('Sanduku')),
  (HOUTHIS_, ISRAEL_ST, ['ASSAULT'], "The Houthis launch a ballistic missile targeting Ben Gurion International Airport in Israel", at('Israel')),
 ],
 'politics-aug-24': [
  (VEN_GOV, VEN_DET, ['CONCEDE'], "report that authorities released 13 detainees held after the disputed 2024 elections", at('Venezuela')),
  (AUS_PROT, ISR_GEN, ['PROTEST'], "An estimated 300,000 people across Australia", at('Australia')),
  (AUS_PROT, ISR_GEN, ['PROTEST'], "including at least 100,000 in Melbourne, march to protest", at('Melbourne', r=F)),
  (AUS_PROT, AUS_GOV, ['DEMAND'], "while also calling for the Australian government to sanction Israel", at('Australia', r=F)),
 ],
 'disasters-aug-31': [
  (nat(["earthquake", "mw 6.0 earthquake", "afghanistan earthquake"]), None, ['ASSAULT'], "when a Mw 6.0 earthquake strikes Jalalabad", at('Jalalabad', r=F)),
  (nat(["landslide", "tarasin landslide"]), None, ['ASSAULT'], "when a landslide destroys a village in the Marrah Mountains area", at('Marrah Mountains', r=F)),
  (nat(["accident", "armored vehicles", "two armored vehicles"]), None, ['ASSAULT'], "in an accident involving two armored vehicles in the Port-au-Prince Arrondissement", at('Port-au-Prince Arrondissement', r=F)),
 ],
 'disasters-sep-24': [
  (nat(["capsizing", "fishing boat", "fb jobhenz", "typhoon ragasa", "typhoon"]), None, ['ASSAULT'], "which capsized in Santa Ana, Cagayan, Philippines, on Monday", at('Santa Ana', r=F)),
  (nat(["sinkhole", "road collapse", "collapse"]), None, ['ASSAULT'], "A section of road collapses into an estimated 50 m", at('Bangkok', r=F)),
  (nat(["mine collapse", "collapsed gold mine shaft", "gold mine", "collapse"]), None, ['ASSAULT'], "trapped for two days in a collapsed gold mine shaft in Segovia", at('Segovia', r=F)),
  (nat(["power outage", "outage", "radar systems"]), None, ['ASSAULT'], "after a power outage disables radar systems and disrupts hundreds of flights", at('Costa Rica', r=F)),
 ],
 'law-crime-sep-30': [
  (MAR_PROT, MAR_GOV, ['PROTEST'], "Large-scale youth-led demonstrations in Morocco continue for a third day", at('Morocco')),
  (MAR_POLICE, MAR_PROT, ['COERCE'], "despite police arrests and tight security", at('Morocco', r=F)),
  (COD_COURT, KABILA, ['COERCE'], "A military court in the Democratic Republic of the Congo sentences former president Joseph Kabila to death", at('Democratic Republic of the Congo')),
  (DRESDEN_COURT, SPY, ['COERCE'], "The Higher Regional Court of Dresden convicts a Chinese–German man of espionage", at('Dresden')),
  (DRESDEN_COURT, CODEF, ['COERCE'], "is given a suspended sentence of one and a half years", at('Dresden', r=F)),
  (POL_AUTH, DIVER, ['COERCE'], "Polish authorities arrest a Ukrainian diver in Pruszków", at('Pruszków')),
  (unk(("saboteurs", "unknown", "ukrainian diver", "diver")), NS_PIPE, ['ASSAULT'], "his involvement in the 2022 Nord Stream pipeline explosions", NOWHERE_NR),
  (THA_COURT, CHONTHICHA, ['COERCE'], "A Thai appeals court upholds a two-year prison sentence against opposition representative Chonthicha Jaengraew", at('Thailand')),
  (unk(("unknown", "killer", "attacker")), MEX_STUDENT, ['ASSAULT'], "after the killing of a student", at('Mexico', r=F)),
  (unk(("unknown", "threats")), MEX_STUDENT, ['THREATEN'], "and threats against female professors", at('Mexico', r=F)),
 ],
 'law-crime-nov-24': [
  (BRA_STF, BOLSONARO, ['COERCE'], "A panel of Brazil's Supreme Federal Court upholds an order to keep former president Jair Bolsonaro in police custody", at('Brazil')),
  (LKA_COURT, LKA_CONV, ['COERCE'], "A court in Embilipitiya, Sabaragamuwa Province, Sri Lanka, sentences ten people", at('Embilipitiya')),
  (LKA_CONV, LKA_VICT, ['ASSAULT'], "to death for the murder of a man in October 2011", NOWHERE_NR),
  (CURRIE, HALLIGAN, ['REJECT', 'DISAPPROVE'], "Judge Cameron McGowan Currie rules that the appointment of Lindsey Halligan", at('United States', r=F)),
  (JPN_DRIVER, JPN_CIV, ['ASSAULT'], "when a man rammed a stolen car into pedestrians in Tokyo", at('Tokyo', r=F)),
  (JPN_POLICE, JPN_DRIVER, ['COERCE'], "The perpetrator is arrested by police at the scene", at('Tokyo')),
 ],
 'conflicts-jan-29': [
  (IS_, NER_MIL, ['ASSAULT'], "The Islamic State attacks the military part of Diori Hamani International Airport in Niamey", at('Niamey')),
  (NER_MIL, IS_, ['ASSAULT'], "injuring four soldiers but resulting in the deaths of 20 militants", at('Niamey', r=F)),
  (BOKO, NGA_WORK, ['ASSAULT'], "Boko Haram militants kill 25 construction workers", at('Sabon Gari')),
  (JNIM, MLI_CONVOY, ['ASSAULT'], "insurgents ambush a fuel tanker convoy in western Mali near the Senegalese border", at('Mali')),
  (ETH_MIL, TPLF, ['ASSAULT'], "Clashes between the Ethiopian military and the Tigray People's Liberation Front break out", at('Tigray Region')),
  (TPLF, ETH_MIL, ['ASSAULT'], "the Tigray People's Liberation Front break out in the Tigray Region", at('Tigray Region', r=F)),
  (PAK_F, PAK_MIL, ['ASSAULT'], "Pakistani forces kill three militants during an operation in Bannu district", at('Bannu District')),
  (RUSSIA_, UKRAINE_, ['COOPERATE', 'AGREE'], "Russia and Ukraine conduct a swap of bodies", NOWHERE_NR),
  (WFP, YEM_PEOPLE, ['RETREAT'], "The World Food Programme ends its operations in northern Yemen", at('Yemen', r=F)),
 ],
 'relations-mar-26': [
  (EP, USA_ST, ['AGREE', 'COOPERATE'], "The European Parliament approves legislation to implement the EU-US trade deal", NOWHERE_NR),
  (RUSSIA_, UK_ST, ['THREATEN', 'DISAPPROVE'], "vows a \"political, legal and asymmetric\" response against the UK", at('Russia')),
  (UK_ST, RUS_VESSELS, ['COERCE'], "the United Kingdom's decision to board and detain shadow fleet vessels", NOWHERE_NR),
  (WALKER, RUSSIA_, ['THREATEN', 'DISAPPROVE'], "warns that the UK is now on an \"inevitable collision course\" with Russia", at('United Kingdom', r=F)),
  (FRA_G7, ZAF_ST, ['REJECT'], "South Africa says it is no longer invited to the upcoming G7 summit", NOWHERE_NR),
  (AUS_ST, IRN_PEOPLE, ['SANCTION', 'COERCE'], "Australia announces a six-month ban on short-term visa applications from Iranian passport holders", at('Australia')),
  (BLR, PRK, ['AGREE', 'COOPERATE'], "Belarus and North Korea sign a friendship and cooperation treaty", at('Pyongyang')),
  (PRK, BLR, ['CONSULT'], "Kim Jong Un welcomed Belarusian president Alexander Lukashenko to Pyongyang", at('Pyongyang', r=F)),
  (FRA, PHL, ['AGREE', 'COOPERATE'], "France and the Philippines sign a visiting forces agreement", NOWHERE_NR),
  (TJK, UZB, ['COOPERATE'], "inaugurate the Tajikistan embassy in Tashkent", at('Tashkent')),
  (TJK, UZB, ['CONSULT'], "during Rahmon's state visit to Uzbekistan", at('Tashkent', r=F)),
 ],
 'law-crime-jun-29': [
  (DEU_SHOOTER, DEU_CIV, ['ASSAULT'], "in a mass shooting at a mother-child group home facility in Stade", at('Stade', r=F)),
  (DEU_POLICE, DEU_SHOOTER, ['COERCE'], "Two people are arrested, including the alleged gunman", at('Stade', r=F)),
  (unk(("unknown", "parcel bomb", "bomber", "attacker")), IERMOLAIEV, ['ASSAULT'], "after the explosion of a parcel bomb at a building in Monaco", at('Monaco', r=F)),
  (unk(("unknown", "killer", "killers", "attackers")), PHL_CIV, ['ASSAULT'], "Four family members are found murdered inside their home in Josefina", at('Josefina', r=F)),
 ],
 'disasters-jul-24': [
  (nat(["wildfire", "uncontrolled wildfire", "fire", "2026 france wildfires"]), None, ['ASSAULT'], "as an uncontrolled wildfire burns over 19,000 hectares", at('Cap Ferret', r=F)),
  (ESP_GOV, None, ['MOBILIZE'], "Spanish interior minister Fernando Grande-Marlaska declares a national emergency", at('Spain', r=F)),
  (nat(["wildfires", "wildfire", "fires", "2026 spain wildfires"]), None, ['ASSAULT'], "over wildfires in the Community of Madrid", at('Community of Madrid', r=F)),
  (nat(["wildfires", "wildfire", "fires", "2026 spain wildfires"]), None, ['ASSAULT'], "and the Province of Ávila, placing the Military Emergencies Unit", at('Province of Ávila', r=F)),
  (nat(["sinking", "ferry", "mv barima", "passenger ferry"]), None, ['ASSAULT'], "The death toll from the sinking of passenger ferry MV Barima", NOWHERE_NR),
  (nat(["boulder", "rockfall", "heavy boulder", "landslide"]), None, ['ASSAULT'], "a heavy boulder rolled down a hill and hit moving vehicles in Chamba District", at('Chamba District', r=F)),
  (nat(["soil collapse", "collapse", "landslide"]), None, ['ASSAULT'], "when a soil collapse buries a house in Hongtong County", at('Hongtong County', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
