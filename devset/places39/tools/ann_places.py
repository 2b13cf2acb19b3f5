# Gold events of the thirty-ninth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Russia': ('RUS', (61.5, 105.3)), 'Iran': ('IRN', (32.4, 53.7)), 'Colombia': ('COL', (4.6, -74.3)),
 'Haiti': ('HTI', (19.0, -72.3)), 'Benin': ('BEN', (9.3, 2.3)), 'Bulgaria': ('BGR', (42.7, 25.5)),
 'Portugal': ('PRT', (39.6, -8.0)), 'Armenia': ('ARM', (40.1, 45.0)), 'Australia': ('AUS', (-25.3, 133.8)),
 'Iraq': ('IRQ', (33.2, 43.7)), 'United States': ('USA', (39.8, -98.6)), 'Lebanon': ('LBN', (33.9, 35.9)),
 'Israel': ('ISR', (31.4, 35.0)),
 # regions, governorates, provinces, states, districts, a township, island groups, islands, a territory
 'Aleppo Governorate': ('SYR', (36.3, 37.7)), 'Metro Manila': ('PHL', (14.60, 121.00)),
 'Hormozgan Province': ('IRN', (27.1, 56.3)), 'Visayas': ('PHL', (11.0, 123.5)), 'Mindanao': ('PHL', (7.5, 125.0)),
 'Indiana': ('USA', (39.9, -86.3)), 'Leyte': ('PHL', (10.9, 124.9)), 'North Sulawesi': ('IDN', (1.0, 124.5)),
 'Sabah': ('MYS', (5.3, 117.0)), 'Guam': ('GUM', (13.45, 144.79)), 'Oyo State': ('NGA', (8.1, 3.6)),
 'West Bloomfield Township': ('USA', (42.57, -83.38)), 'Bajaur': ('PAK', (34.78, 71.50)),
 # cities, towns, villages
 'Kobani': ('SYR', (36.89, 38.35)), 'Port-au-Prince': ('HTI', (18.54, -72.34)), 'Lima': ('PER', (-12.05, -77.04)),
 'Dallas': ('USA', (32.78, -96.80)), 'Toronto': ('CAN', (43.65, -79.38)), 'Qianxi': ('CHN', (27.03, 106.03)),
 'Moscow': ('RUS', (55.76, 37.62)), 'Gaza City': ('PSE', (31.52, 34.45)),
 'Bilaspur': ('IND', (22.08, 82.15)), 'Loreto': ('PHL', (8.19, 125.85)), 'Louisville': ('USA', (38.25, -85.76)),
 'Tuzla': ('BIH', (44.54, 18.67)), 'Cotonou': ('BEN', (6.37, 2.42)), 'Naples': ('ITA', (40.85, 14.27)),
 'Norfolk': ('USA', (36.85, -76.29)), 'Sydney': ('AUS', (-33.87, 151.21)), 'Krasnogorsk': ('RUS', (55.82, 37.33)),
 'Jakarta': ('IDN', (-6.21, 106.85)), 'The Hague': ('NLD', (52.08, 4.30)), 'Ramat Gan': ('ISR', (32.08, 34.82)),
 'Tel Aviv': ('ISR', (32.08, 34.78)), 'Lakenheath': ('GBR', (52.42, 0.52)), 'Kushinagar': ('IND', (26.74, 83.89)),
 'New Iberia': ('USA', (30.00, -91.82)), 'Maasim': ('PHL', (5.86, 125.00)), 'Dipaculao': ('PHL', (15.98, 121.63)),
 'Visakhapatnam': ('IND', (17.69, 83.22)), 'Ali al-Taher': ('LBN', (33.37, 35.50)),
}
COUNTRY_LEVEL = {'Russia', 'Iran', 'Colombia', 'Haiti', 'Benin', 'Bulgaria', 'Portugal', 'Armenia', 'Australia',
                 'Iraq', 'United States', 'Lebanon', 'Israel'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}                  # no place on the page, required
NOWHERE_NR = {'r': False}     # no place on the page, not required


def nat(names):               # a natural event or an accident: the event itself is the source
    return oth(names, None)


def unk(names=("unknown", "unidentified", "attacker", "attackers", "gunman", "perpetrator")):
    return oth(list(names), None)


# --- actors
SDF = ag(["syrian democratic forces", "sdf", "kurdish-led syrian democratic forces", "kurdish forces"], "SYR")
SNA = ag(["syrian national army", "sna", "turkish-backed syrian national army"], "SYR")
TUR_AF = mil(["turkish air force", "turkey", "turkish", "turkish military", "turkish forces"], "TUR")
US_ARMY = mil(["u.s. army", "us army", "united states army", "sabrina singh", "deputy u.s. defense press secretary sabrina singh", "united states", "u.s.", "pentagon"], "USA")
GTM = mil(["guatemala", "peacekeeping troops", "troops", "contingent", "guatemalan troops", "peacekeepers"], "GTM")
SLV = mil(["el salvador", "peacekeeping troops", "troops", "contingent", "salvadoran troops", "peacekeepers"], "SLV")
HTI = st(["haiti", "haitian government", "port-au-prince", "gangs", "gang violence"], "HTI")
YEM_LAUNCH = ag(["yemen", "houthis", "houthi", "ballistic missile", "drone", "missile"], "YEM")
ISR_MIL = mil(["israel defense forces", "israeli defense forces", "idf", "israeli military", "israeli forces", "israeli army", "israel", "israeli"], "ISR")

RUS_COURT = gov(["court", "russian court", "russia", "russian authorities", "russian government"], "RUS")
RUS_JOURN = civ(["journalists", "four russian journalists", "russian journalists"], "RUS")
PER_COURT = gov(["court", "court in lima", "peruvian court", "peru"], "PER")
HUMALA = per(["ollanta humala", "humala", "former president ollanta humala", "nadine heredia", "heredia"], "PER")
USA_CIV = civ(["students", "four students", "people", "civilians", "victims"], "USA")
CAN_CIV = civ(["people", "four people", "pedestrians", "civilians"], "CAN")

PHL_POLICE = gov(["police", "philippine police", "philippine national police"], "PHL")
PHL_DRIVER = per(["driver", "driver of the car"], "PHL")
IRN_AUTH = gov(["judiciary of iran", "iranian judiciary", "iran", "iranian authorities", "police"], "IRN")
IRN_SUSP = civ(["two people", "people", "government official", "suspects"], "IRN")

ISR_GAZA = civ(["palestinians", "people", "civilians", "123 people", "gaza city", "gaza"], "PSE")
FARC_DISS = ag(["farc dissidents", "farc", "dissidents", "farc dissident"], "COL")
COL_MIL = mil(["colombian navy", "armed forces", "colombian armed forces", "soldiers", "three soldiers", "colombia", "navy"], "COL")
PAK_CIV = civ(["two children and a woman", "children", "woman", "civilians", "people"], "PAK")
PAK_MIL = mil(["pakistani military", "pakistan army", "pakistani army", "pakistan", "military"], "PAK")
TTP = ag(["tehreek-e-taliban pakistan", "ttp", "tehreek-e-taliban pakistan fighters", "pakistani taliban", "taliban", "fighters"], "PAK")

BEN_PUTSCH = mil(["elements of the benin armed forces", "benin armed forces", "pascal tigri", "military committee for refoundation", "military junta", "junta", "putschists", "pro-coup forces", "coup plotters", "soldiers"], "BEN")
BEN_GOV = gov(["patrice talon", "president patrice talon", "talon", "beninese government", "benin", "government of benin"], "BEN")
NGA_AF = mil(["nigerian air force", "nigeria", "nigerian", "nigerian military"], "NGA")
ECOWAS = igo(["ecowas", "economic community of west african states", "ground troops"])
FRA = st(["france", "french", "french government", "french military"], "FRA")
NGA = st(["nigeria", "nigerian government"], "NGA")

BGR_PROT = civ(["protesters", "protests", "massive protests", "demonstrators", "bulgarians"], "BGR")
BGR_GOV = gov(["zhelyazkov government", "government", "bulgarian government", "rosen zhelyazkov", "zhelyazkov", "bulgaria", "cabinet"], "BGR")
PRT_UNIONS = oth(["general confederation of the portuguese workers", "general union of workers", "cgtp", "ugt", "unions", "workers", "trade unions"], "PRT")
PRT_GOV = gov(["government", "portuguese government", "portugal"], "PRT")
IND_SENATE = gov(["indiana senate", "senate", "state republicans", "indiana", "republicans", "democrats"], "USA")
TRUMP = gov(["donald trump", "trump", "president donald trump", "u.s. president donald trump", "us president donald trump", "united states"], "USA")

VANCE = gov(["jd vance", "vance", "united states vice president jd vance", "vice president jd vance", "united states", "u.s.", "us"], "USA")
ARM = gov(["armenia", "nikol pashinyan", "pashinyan", "prime minister nikol pashinyan", "armenian government"], "ARM")
USA = st(["united states", "u.s.", "us", "america", "american", "united states government"], "USA")
US_MIL = mil(["united states armed forces", "u.s. armed forces", "us armed forces", "united states", "u.s. military", "us military"], "USA")
EUR_MIL = igo(["european military forces", "nato", "european forces", "european countries", "allied command transformation"])
AUS_PROT = civ(["protesters", "protests", "demonstrators", "australians"], "AUS")
HERZOG = gov(["isaac herzog", "herzog", "israeli president isaac herzog", "israel", "israeli president"], "ISR")
AUS = st(["australia", "australian government", "state government"], "AUS")
NSW_POLICE = gov(["police", "new south wales police", "nsw police", "australian police"], "AUS")

RUS_MILCOURT = gov(["russian military court", "military court", "court", "russia", "russian court"], "RUS")
CROCUS_ATT = ag(["19 people", "people", "attackers", "perpetrators", "terrorists", "islamic state", "isis-k"], None)
RUS_CIV = civ(["people", "concertgoers", "civilians", "victims"], "RUS")
KONTRAS = per(["deputy director of kontras", "deputy director", "kontras", "human rights activist"], "IDN")
ICC = igo(["international criminal court", "icc", "court"])
ISR_CIV = civ(["rabbi", "people", "civilians"], "ISR")
USA_WORSH = civ(["people", "31 others", "worshippers", "congregants", "temple israel", "temple israel synagogue"], "USA")

ISR_COURT = gov(["israeli high court of justice", "high court of justice", "high court", "israel", "israeli supreme court", "court"], "ISR")
ISR_POLICE = gov(["police", "israeli police", "israel police", "israel"], "ISR")
ISR_PROT = civ(["anti-war protesters", "protesters", "demonstrators", "israelis"], "ISR")
ISR_GOVT = gov(["israeli government", "israel", "government", "israeli military"], "ISR")
GBR_POLICE = gov(["police", "suffolk police", "british police", "united kingdom"], "GBR")
GBR_DEMO = civ(["demonstrators", "two demonstrators", "protesters", "protest"], "GBR")
IRQ_PROT = civ(["protesters", "protests", "iraqis", "demonstrators", "shiite national movement", "sadrists"], "IRQ")
IND_POLICE = gov(["delhi police", "uttar pradesh police", "police", "delhi and uttar pradesh police units", "joint operation", "india"], "IND")
RIZWAN = per(["rizwan", "isis recruiter rizwan", "isis recruiter", "isis", "islamic state"], "IND")
US_STATE = gov(["state department", "marco rubio", "rubio", "u.s. secretary of state marco rubio", "secretary of state", "united states", "u.s.", "us"], "USA")
ICE = gov(["immigration and customs enforcement", "ice", "united states", "u.s."], "USA")
SOLEIMANI_KIN = per(["niece and grandniece", "niece", "grandniece", "relatives of qasem soleimani", "soleimani's niece"], "IRN")

CENTCOM = mil(["united states central command", "centcom", "us central command", "u.s. central command", "delegation", "united states", "u.s."], "USA")
LBN = gov(["lebanon", "lebanese government", "lebanese army", "beirut"], "LBN")
HEZBOLLAH = ag(["hezbollah", "hezbollah militant", "alleged hezbollah militant", "militant"], "LBN")
NGA_FORCES = mil(["military", "police", "intelligence personnel", "nigerian military", "nigerian forces", "security forces", "nigeria", "bola tinubu", "tinubu"], "NGA")
ABDUCTORS = ag(["abductors", "kidnappers", "suspects", "eight suspects", "bandits", "gunmen"], "NGA")
NGA_STUD = civ(["students", "students and staff", "46 students", "staff", "schoolchildren"], "NGA")

ANN = {
 'conflicts-jan-03': [
  (SDF, SNA, ['ASSAULT'], "Clashes between the Kurdish-led Syrian Democratic Forces (SDF)", at('Aleppo Governorate')),
  (SNA, SDF, ['ASSAULT'], "Syrian National Army escalate near the Tishrin Dam", at('Aleppo Governorate', r=F)),
  (TUR_AF, SDF, ['ASSAULT'], "The Turkish Air Force also conducts airstrikes on SDF positions", at('Aleppo Governorate')),
  (US_ARMY, None, ['MOBILIZE'], 'the U.S. Army has "no plans" to build a military base in Kobani', at('Kobani', s='n')),
  (GTM, HTI, ['AID', 'MOBILIZE', 'COOPERATE'], "A contingent of peacekeeping troops from Guatemala", at('Port-au-Prince')),
  (SLV, HTI, ['AID', 'MOBILIZE', 'COOPERATE'], "from Guatemala and El Salvador arrive in Port-au-Prince", at('Port-au-Prince')),
  (YEM_LAUNCH, ISR_MIL, ['ASSAULT'], "interception of a ballistic missile and a drone launched from Yemen", NOWHERE_NR),
 ],
 'law-crime-apr-15': [
  (RUS_COURT, RUS_JOURN, ['COERCE'], "are convicted of extremism and sentenced to five years", at('Russia')),
  (PER_COURT, HUMALA, ['COERCE'], "A court in Lima, Peru, sentences former president Ollanta Humala", at('Lima')),
  (unk(("shooter", "gunman", "unknown", "attacker", "perpetrator")), USA_CIV, ['ASSAULT'], "are injured in a school mass shooting at Wilmer-Hutchins High School in Dallas", at('Dallas', r=F)),
  (unk(("person", "driver", "attacker", "unknown", "perpetrator")), CAN_CIV, ['ASSAULT'], "Four people are injured in a vehicle-ramming attack", at('Toronto', r=F)),
 ],
 'disasters-may-04': [
  (nat(["car crash", "car", "crash"]), None, ['ASSAULT'], "after a car crashes into an entrance of Ninoy Aquino International Airport", at('Metro Manila', r=F)),
  (PHL_POLICE, PHL_DRIVER, ['COERCE'], "The driver of the car is in police custody", at('Metro Manila', r=F)),
  (nat(["explosion", "port of shahid rajaee explosion"]), None, ['ASSAULT'], "The casualty figure from the explosion at the Port of Shahid Rajaee", at('Hormozgan Province', r=F)),
  (IRN_AUTH, IRN_SUSP, ['COERCE'], "Two people, including a government official, are arrested", at('Iran', r=F)),
  (nat(["sinking", "superyacht bayesian", "bayesian"]), None, ['ASSAULT'], "the superyacht Bayesian which sank in August 2024", NOWHERE_NR),
  (nat(["capsizing", "passenger boats", "boats", "capsize"]), None, ['ASSAULT'], "after two passenger boats carrying 84 people capsize on the Wu River", at('Qianxi', r=F)),
  (nat(["gas explosion", "explosion"]), None, ['ASSAULT'], "in a gas explosion at an apartment block in Moscow", at('Moscow', r=F)),
 ],
 'conflicts-aug-13': [
  (ISR_MIL, ISR_GAZA, ['ASSAULT'], "Israeli forces launch a massive aerial bombardment on Gaza City", at('Gaza City')),
  (FARC_DISS, COL_MIL, ['ASSAULT'], "in a drone attack by FARC dissidents on members of the Colombian Navy", at('Colombia')),
  (unk(("mortar", "unknown", "mortar shell")), PAK_CIV, ['ASSAULT'], "Two children and a woman are killed by a mortar in Bajaur", at('Bajaur', r=F)),
  (PAK_MIL, TTP, ['ASSAULT'], "amidst fighting between the Pakistani military and Tehreek-e-Taliban Pakistan fighters", at('Bajaur', r=F)),
 ],
 'disasters-nov-04': [
  (nat(["hurricane melissa", "hurricane", "melissa"]), None, ['ASSAULT'], "The casualty toll from Hurricane Melissa in Haiti increases", at('Haiti', r=F)),
  (nat(["train collision", "passenger train", "train", "collision"]), None, ['ASSAULT'], "when a passenger train crashes into a cargo train near Bilaspur", at('Bilaspur', r=F)),
  (nat(["typhoon kalmaegi", "typhoon", "kalmaegi"]), None, ['ASSAULT'], "The death toll from Typhoon Kalmaegi's impact on Visayas", at('Visayas', r=F)),
  (nat(["typhoon kalmaegi", "typhoon", "kalmaegi"]), None, ['ASSAULT'], "Visayas and Mindanao, Philippines, rises to 66", at('Mindanao', r=F)),
  (nat(["helicopter crash", "bell huey helicopter", "helicopter", "crash"]), None, ['ASSAULT'], "while conducting damage assessment for Typhoon Kalmaegi in Loreto", at('Loreto', r=F)),
  (nat(["crash", "ups airlines flight 2976", "md-11 aircraft", "aircraft"]), None, ['ASSAULT'], "aircraft crashes near Louisville Muhammad Ali International Airport", at('Louisville', r=F)),
  (nat(["fire", "retirement home fire"]), None, ['ASSAULT'], "in a fire at a retirement home in Tuzla", at('Tuzla', r=F)),
 ],
 'conflicts-dec-07': [
  (BEN_PUTSCH, BEN_GOV, ['COERCE', 'ASSAULT'], "announce a coup d'état against president Patrice Talon", at('Benin')),
  (NGA_AF, BEN_PUTSCH, ['ASSAULT'], "The Nigerian Air Force launches precision airstrikes against pro-coup forces in Cotonou", at('Cotonou')),
  (ECOWAS, BEN_GOV, ['MOBILIZE', 'AID'], "ECOWAS announces the deployment of ground troops to Benin", at('Benin', r=F)),
  (FRA, BEN_GOV, ['AID', 'COOPERATE'], "France provides military intelligence, surveillance aircraft, and logistical assistance to Benin", at('Benin')),
  (FRA, NGA, ['COOPERATE'], "shares intelligence with Nigeria to help thwart the coup attempt", NOWHERE_NR),
 ],
 'politics-dec-11': [
  (BGR_PROT, BGR_GOV, ['PROTEST'], "after weeks of massive protests against economic policies and alleged corruption", at('Bulgaria', r=F)),
  (BGR_GOV, BGR_PROT, ['CONCEDE', 'RETREAT'], "The Zhelyazkov Government resigns after weeks", at('Bulgaria', r=F)),
  (PRT_UNIONS, PRT_GOV, ['PROTEST'], "launch a general strike across the country to protest", at('Portugal')),
  (IND_SENATE, TRUMP, ['REJECT'], "The Indiana Senate rejects a proposal backed by U.S. President Donald Trump", at('Indiana')),
 ],
 'relations-feb-09': [
  (VANCE, ARM, ['CONSULT'], "United States vice president JD Vance visits Armenia", at('Armenia')),
  (VANCE, ARM, ['CONSULT'], "Vance meets with prime minister Nikol Pashinyan", at('Armenia', r=F)),
  (ARM, USA, ['AGREE', 'COOPERATE'], "Armenia and the United States reach a nuclear deal", NOWHERE),
  (US_MIL, EUR_MIL, ['COOPERATE', 'RETREAT'], "two major NATO command and control centres over to European military forces in Naples", at('Naples', r=F)),
  (US_MIL, EUR_MIL, ['COOPERATE', 'RETREAT'], "Naples, Italy, and Norfolk, Virginia, as part of a gradual shift", at('Norfolk', r=F)),
  (HERZOG, AUS, ['CONSULT'], "Isaac Herzog's state visit, following the 2025 Bondi Beach shooting", at('Australia', r=F)),
  (AUS_PROT, HERZOG, ['PROTEST'], "are held in cities across Australia", at('Australia')),
  (AUS_PROT, AUS, ['PROTEST'], "In Sydney, protests occurred amid a ban by the state government", at('Sydney', r=F)),
  (NSW_POLICE, AUS_PROT, ['COERCE'], "resulting in police making 27 arrests and deploying pepper spray", at('Sydney')),
 ],
 'law-crime-mar-12': [
  (unk(("perpetrator", "shooter", "gunman", "unknown")), USA_CIV, ['ASSAULT'], "in a school shooting at Old Dominion University in Norfolk", at('Norfolk', r=F)),
  (RUS_MILCOURT, CROCUS_ATT, ['COERCE'], "A Russian military court sentences 19 people", at('Russia')),
  (CROCUS_ATT, RUS_CIV, ['ASSAULT'], "the terrorist attack at the Crocus City Hall in Krasnogorsk", at('Krasnogorsk', r=F)),
  (unk(("two unidentified men", "unidentified men", "men", "attackers", "unknown")), KONTRAS, ['ASSAULT'], "Two unidentified men assault and injure the deputy director of KontraS", at('Jakarta', r=F)),
  (unk(("perpetrator", "attacker", "gunman", "unknown")), USA_WORSH, ['ASSAULT'], "in a shooting and vehicle-ramming attack at the Temple Israel synagogue", at('West Bloomfield Township', r=F)),
  (ICC, None, ['REJECT'], "The International Criminal Court at The Hague dismisses an investigation", at('The Hague')),
  (unk(("stabber", "attacker", "terrorist", "unknown", "perpetrator")), ISR_CIV, ['ASSAULT'], "A rabbi is seriously injured in a stabbing in Ramat Gan", at('Ramat Gan', r=F)),
 ],
 'law-crime-apr-04': [
  (ISR_COURT, ISR_POLICE, ['COERCE', 'REQUEST'], "The Israeli High Court of Justice orders police to allow anti-war protests", at('Israel', r=F)),
  (ISR_POLICE, ISR_PROT, ['COERCE', 'ASSAULT'], "Police clash with anti-war protesters at the Habima Square in Tel Aviv", at('Tel Aviv')),
  (ISR_PROT, ISR_GOVT, ['PROTEST'], "in Tel Aviv, defying the recent high court order", at('Tel Aviv', r=F)),
  (GBR_POLICE, GBR_DEMO, ['COERCE'], "Two demonstrators are arrested outside the RAF Lakenheath station", at('Lakenheath', r=F)),
  (GBR_DEMO, USA, ['PROTEST'], "The protest comes after media reports", at('Lakenheath')),
  (IRQ_PROT, None, ['PROTEST'], "Protests break out across provinces in Iraq", at('Iraq')),
  (IND_POLICE, RIZWAN, ['COERCE'], "arrests ISIS recruiter Rizwan in Kushinagar", at('Kushinagar')),
  (US_STATE, SOLEIMANI_KIN, ['COERCE', 'SANCTION'], "the State Department has revoked the green cards", at('United States')),
  (ICE, SOLEIMANI_KIN, ['COERCE'], "following their arrest by the Immigration and Customs Enforcement", at('United States', r=F)),
  (nat(["vehicle", "crash", "car", "driver"]), USA_CIV, ['ASSAULT'], "A vehicle crashes into a Lao New Year parade in New Iberia", at('New Iberia', r=F)),
 ],
 'disasters-jun-08': [
  (nat(["earthquake", "mw 7.8 earthquake", "mindanao earthquake"]), None, ['ASSAULT'], "A Mw 7.8 earthquake, whose epicenter is located off Maasim", at('Maasim', r=F)),
  (nat(["earthquake", "mw 7.8 earthquake", "mindanao earthquake"]), None, ['ASSAULT'], "strikes Mindanao, hitting as far as Leyte", at('Leyte', r=F)),
  (nat(["earthquake", "mw 7.8 earthquake", "mindanao earthquake"]), None, ['ASSAULT'], "North Maluku and North Sulawesi, Indonesia", at('North Sulawesi', r=F)),
  (nat(["earthquake", "mw 7.8 earthquake", "mindanao earthquake"]), None, ['ASSAULT'], "North Sulawesi, Indonesia, and Sabah, Malaysia", at('Sabah', r=F)),
  (nat(["tsunamis", "tsunami"]), None, ['ASSAULT'], "Tsunamis are recorded in Guam, Palau", at('Guam', r=F)),
  (nat(["drowning", "drown"]), None, ['ASSAULT'], "drown during a team building activity at a resort in Dipaculao", at('Dipaculao', r=F)),
  (nat(["explosion", "steel plant explosion"]), None, ['ASSAULT'], "after an explosion at a steel plant in Visakhapatnam", at('Visakhapatnam', r=F)),
 ],
 'conflicts-jul-10': [
  (CENTCOM, LBN, ['COOPERATE', 'CONSULT'], "a delegation from the United States Central Command has arrived in Lebanon", at('Lebanon')),
  (ISR_MIL, HEZBOLLAH, ['ASSAULT'], "it has killed an alleged Hezbollah militant emerging from a tunnel", at('Ali al-Taher')),
  (NGA_FORCES, ABDUCTORS, ['ASSAULT', 'COERCE'], "arresting eight suspects and killing some abductors during the operation", NOWHERE),
  (ABDUCTORS, NGA_STUD, ['ASSAULT', 'COERCE'], "abducted in May from schools in Oyo State", at('Oyo State', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
