# Gold events of the sixtieth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'United States': ('USA', (39.8, -98.6)), 'Russia': ('RUS', (61.5, 105.3)), 'Bosnia and Herzegovina': ('BIH', (44.0, 17.8)),
 'South Sudan': ('SSD', (7.0, 30.0)), 'Cambodia': ('KHM', (12.6, 104.9)), 'Madagascar': ('MDG', (-19.0, 46.7)),
 'Afghanistan': ('AFG', (33.9, 67.7)), 'Lebanon': ('LBN', (33.9, 35.9)), 'Albania': ('ALB', (41.2, 20.0)),
 'Tanzania': ('TZA', (-6.4, 34.9)), 'Venezuela': ('VEN', (7.1, -66.2)),
 # regions, states, provinces, districts, counties
 'Beqaa Valley': ('LBN', (33.85, 35.90)), 'South Kivu': ('COD', (-3.0, 28.3)), 'Trat Province': ('THA', (12.24, 102.52)),
 'Guaviare': ('COL', (2.2, -72.6)), 'North Sumatra': ('IDN', (2.5, 99.0)), 'Songkhla Province': ('THA', (7.0, 100.6)),
 'Sokoto State': ('NGA', (13.0, 5.25)), 'Colorado': ('USA', (39.0, -105.5)), 'Kentucky': ('USA', (37.5, -85.3)),
 'Madison County': ('USA', (37.72, -84.28)), 'Jackson County': ('USA', (37.42, -84.00)),
 # cities, towns, villages
 'Bahri': ('SDN', (15.64, 32.52)), 'Odesa': ('UKR', (46.48, 30.72)), 'San Fernando': ('MEX', (24.85, -98.16)),
 'Mogadishu': ('SOM', (2.04, 45.34)), 'Washington': ('USA', (38.90, -77.04)), 'Istanbul': ('TUR', (41.01, 28.98)),
 'Amsterdam': ('NLD', (52.37, 4.90)), 'Piplodi': ('IND', (24.45, 76.25)), 'Tobruk': ('LBY', (32.08, 23.96)),
 'Saratov': ('RUS', (51.53, 46.03)), 'Dnipro': ('UKR', (48.46, 35.05)), 'Zahedan': ('IRN', (29.50, 60.86)),
 'Sanaa': ('YEM', (15.37, 44.19)), 'An-Naqoura': ('LBN', (33.12, 35.14)), 'Kyiv': ('UKR', (50.45, 30.52)),
 'Badulla': ('LKA', (6.99, 81.06)), 'Nuwara Eliya': ('LKA', (6.97, 80.77)), 'Surabaya': ('IDN', (-7.25, 112.75)),
 'Elk Mountain': ('USA', (38.3, -112.4)), 'Lynn Lake': ('CAN', (56.85, -101.05)),
}
COUNTRY_LEVEL = {'United States', 'Russia', 'Bosnia and Herzegovina', 'South Sudan', 'Cambodia', 'Madagascar',
                 'Afghanistan', 'Lebanon', 'Albania', 'Tanzania', 'Venezuela'}


def at(name, r=True):
    return {'w': (name, P[name][0]), 'll': P[name][1], 'r': r}


NOWHERE_NR = {'w': None, 'r': False}


def nat(names):  # a natural event or an accident: no agent, the event itself is the source
    return oth(names, None)


def unk(names=("unknown", "gunmen", "attackers")):
    return oth(list(names), None)


# actors
SAF = mil(["sudanese armed forces", "saf", "sudanese army", "army"], "SDN")
RSF = ag(["rapid support forces", "rsf"], "SDN")
ISRAEL_MIL = mil(["israel", "israeli forces", "israel defense forces", "idf", "israeli military", "israeli air force", "israeli"], "ISR")
LBN_CIV = civ(["people", "two people", "three people", "civilians", "lebanese"], "LBN")
COD_MIL = mil(["congolese military", "fardc", "armed forces of the democratic republic of the congo", "congolese army"], "COD")
M23 = ag(["m23", "m23 rebels", "rebels", "march 23 movement"], "COD")
RUS_MIL = mil(["russian forces", "russia", "russian armed forces", "russian military", "russian"], "RUS")
UKR_CIV = civ(["civilians", "people", "residents", "ukrainians", "civilian buildings"], "UKR")
CARTEL = ag(["cartel members", "cartel", "gunmen"], "MEX")
MEX_CIV = civ(["villagers", "two villagers", "civilians"], "MEX")
SOM_GUARDS = gov(["security guards", "somali security forces", "guards", "somalia", "somali government"], "SOM")
DRONES = ag(["drones", "isil", "al-shabaab", "islamic state", "isis"], "SOM")
SOM_PRES = gov(["hassan sheikh mohamud", "somali president", "president", "hamza abdi barre", "prime minister"], "SOM")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president", "jd vance", "vance", "united states", "u.s."], "USA")
ZELENSKYY = gov(["volodymyr zelenskyy", "zelenskyy", "ukrainian president volodymyr zelenskyy", "ukraine", "ukrainian president"], "UKR")
STATE_DEPT = gov(["u.s. state department", "state department", "united states", "u.s.", "us"], "USA")
UKRAINE = st(["ukraine", "ukrainian government", "ukraine's energy grid"], "UKR")
LEADERS3 = oth(["gustavo petro", "anwar ibrahim", "cyril ramaphosa", "colombia", "malaysia", "south africa"], None)
ISRAEL = st(["israel", "israeli"], "ISR")
EAC_SADC = igo(["east african community", "eac", "southern african development community", "sadc"])
RUSSIA = st(["russia", "russian government", "moscow"], "RUS")
USA = st(["united states", "u.s.", "us", "washington"], "USA")
NLD_SUSPECT = per(["suspect", "ukrainian citizen", "30-year-old ukrainian citizen", "attacker"], "UKR")
NLD_CIV = civ(["five people", "people", "passers-by", "civilians"], "NLD")
NLD_POLICE = gov(["police", "dutch police", "amsterdam police"], "NLD")
BIH_GOV = gov(["government of bosnia and herzegovina", "bosnia and herzegovina", "bosnian government", "bosnian authorities"], "BIH")
DODIK = per(["milorad dodik", "dodik", "president of republika srpska", "republika srpska"], "BIH")
SSD_SEC = gov(["security forces", "south sudanese security forces", "south sudan", "south sudanese government"], "SSD")
MACHAR = per(["riek machar", "machar", "south sudanese vice president riek machar", "vice president"], "SSD")
PER_HOME = per(["luis villanueva", "villanueva", "cgtp", "home of luis villanueva"], "PER")
KHM_MIL = mil(["cambodia", "cambodian forces", "royal cambodian army", "cambodian army", "cambodian"], "KHM")
THA_MIL = mil(["thailand", "thai forces", "royal thai army", "royal thai navy", "thai military", "thai"], "THA")
KHM_GOV = gov(["cambodia", "chhea keo", "cambodian government", "cambodia's ambassador to the united nations"], "KHM")
THA_CIV = civ(["thai soldier", "civilians"], "THA")
JAYSH = ag(["jaysh al-adl", "attackers", "militants", "sunni jihadist separatist militant group jaysh al-adl", "gunmen"], "IRN")
IRN_CIV = civ(["people", "civilians", "courthouse", "nine people"], "IRN")
HOUTHIS = ag(["houthis", "houthi", "ahmed al-rahawi", "houthi prime minister ahmed al-rahawi", "houthi government"], "YEM")
LBN_MIL = mil(["lebanese army", "two soldiers", "soldiers", "lebanon"], "LBN")
UNSC = igo(["united nations security council", "un security council", "security council", "united nations", "unifil"])
UKR_SHIP = mil(["ukrainian spy ship simferopol", "simferopol", "ukrainian navy", "ukraine"], "UKR")
FARC_DISS = ag(["farc dissidents", "dissident farc fighters", "farc", "dissidents"], "COL")
COL_MIL = mil(["soldiers", "33 soldiers", "colombian army", "colombia"], "COL")
RAJOELINA = gov(["andry rajoelina", "rajoelina", "madagascar president andry rajoelina", "madagascar", "president"], "MDG")
NTSAY = gov(["christian ntsay", "ntsay", "prime minister christian ntsay", "cabinet", "government"], "MDG")
MDG_PROT = civ(["protesters", "protests", "demonstrators"], "MDG")
MDG_GOV = gov(["government", "madagascar", "malagasy government"], "MDG")
TALIBAN = gov(["taliban", "the taliban", "afghan government", "afghanistan"], "AFG")
AFG_CIV = civ(["afghans", "internet users", "population", "people"], "AFG")
US_MIL = mil(["united states armed forces", "united states", "u.s.", "us military", "donald trump", "trump", "american forces"], "USA")
ISIL = ag(["islamic state", "isil", "isis", "islamic state camps"], "NGA")
POL_AF = mil(["polish air force", "poland", "polish military"], "POL")
RUS_PLANE = mil(["russian aerial reconnaissance aircraft", "russian aircraft", "russia", "russian air force"], "RUS")
TUR_AUTH = gov(["turkish authorities", "turkey", "turkish police", "police"], "TUR")
IS_SUSP = ag(["115 suspects", "suspects", "islamic state", "isil"], "TUR")
RAMA = gov(["edi rama", "rama", "albanian prime minister edi rama", "albania", "prime minister"], "ALB")
BALLUKU = gov(["belinda balluku", "balluku", "deputy prime minister"], "ALB")
ALB_PROS = gov(["anti-corruption prosecutors", "prosecutors", "spak"], "ALB")
IDN_POLICE = gov(["indonesian police", "police", "indonesia"], "IDN")
IDN_PROT = civ(["protesters", "24 protesters", "demonstrators", "participants"], "IDN")
IDN_GOV = gov(["government", "indonesian government", "indonesia"], "IDN")
TZA = gov(["tanzania", "tanzanian government", "government"], "TZA")
TZA_OPP = civ(["political rallies", "opposition", "protesters", "tundu lissu", "lissu", "opposition leader"], "TZA")
EU = igo(["european union", "eu"])
SOM_DIPL = gov(["somali diplomatic passport holders", "somalia", "somali diplomats", "somali"], "SOM")

ANN = {
 'conflicts-jan-31': [
  (SAF, RSF, ['ASSAULT'], "The Sudanese Armed Forces announce that they have nearly captured all of Bahri", at('Bahri', r=F)),
  (ISRAEL_MIL, LBN_CIV, ['ASSAULT'], "are injured during Israeli airstrikes in the Beqaa Valley", at('Beqaa Valley')),
  (COD_MIL, M23, ['ASSAULT'], "The Congolese military launches a counterattack against M23 rebels in South Kivu province", at('South Kivu')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russian forces launch ballistic missiles at the centre of Odesa", at('Odesa')),
  (CARTEL, MEX_CIV, ['ASSAULT'], "An improvised explosive device left by cartel members detonates in San Fernando", at('San Fernando')),
  (SOM_GUARDS, DRONES, ['ASSAULT'], "security guards shoot down one of two drones hovering over Villa Somalia in Mogadishu", at('Mogadishu')),
  (DRONES, SOM_PRES, ['ASSAULT', 'THREATEN'], "The drones are believed to be used by ISIL and Al-Shabaab", at('Mogadishu', r=F)),
 ],
 'relations-feb-28': [
  (TRUMP, ZELENSKYY, ['CONSULT'], "end their talks early after their meeting in the White House", at('Washington')),
  (TRUMP, ZELENSKYY, ['REJECT'], "Trump rejects any discussion of specific security guarantees for Ukraine", at('Washington', r=F)),
  (STATE_DEPT, UKRAINE, ['REDUCE', 'REJECT'], "The U.S. State Department terminates U.S. support of Ukraine's energy grid restoration", at('United States')),
  (LEADERS3, ISRAEL, ['REDUCE', 'REJECT'], "release a joint statement announcing they will close their ports", NOWHERE_NR),
  (EAC_SADC, None, ['REJECT'], "postpone the joint summit of their foreign ministers", NOWHERE_NR),
  (RUSSIA, USA, ['COOPERATE'], "Russia appoints Alexander Darchiev as its new ambassador to the U.S.", at('Russia')),
  (RUSSIA, USA, ['CONSULT'], "following talks between the two countries in Istanbul", at('Istanbul', r=F)),
 ],
 'law-crime-mar-27': [
  (NLD_SUSPECT, NLD_CIV, ['ASSAULT'], "Five people are wounded in a mass stabbing at Dam Square in Amsterdam", at('Amsterdam')),
  (NLD_POLICE, NLD_SUSPECT, ['COERCE'], "The suspect, 30-year-old Ukrainian citizen from Donetsk is arrested by police", at('Amsterdam')),
  (BIH_GOV, DODIK, ['COERCE', 'ACCUSE'], "The government of Bosnia and Herzegovina issues an international arrest warrant for Milorad Dodik", at('Bosnia and Herzegovina')),
  (SSD_SEC, MACHAR, ['COERCE'], "South Sudanese vice president Riek Machar is detained by security forces", at('South Sudan')),
  (unk(("unknown", "explosive device", "attackers")), PER_HOME, ['ASSAULT'], "is damaged by an explosive device", NOWHERE_NR),
 ],
 'disasters-jul-25': [
  (nat(["school collapse", "collapse", "rainfall", "roof collapse"]), None, ['ASSAULT'], "A school collapse caused by continuous rainfall in Piplodi", at('Piplodi', r=F)),
  (nat(["boat", "capsizing", "boat carrying egyptian migrants"]), None, ['ASSAULT'], "capsizes off the coast of Tobruk", at('Tobruk', r=F)),
  (nat(["gas explosion", "explosion"]), None, ['ASSAULT'], "A gas explosion at a ten-story apartment building in Saratov", at('Saratov', r=F)),
 ],
 'conflicts-jul-26': [
  (KHM_GOV, THA_MIL, ['APPEAL'], "calls for an immediate and unconditional ceasefire with Thailand", NOWHERE_NR),
  (THA_MIL, KHM_MIL, ['ASSAULT'], "Twelve more deaths are reported in Cambodia", at('Cambodia')),
  (KHM_MIL, THA_CIV, ['ASSAULT'], "a Thai soldier is shot dead on the border", NOWHERE_NR),
  (KHM_GOV, None, ['COERCE'], "Cambodia closes its airspace over the regions", at('Cambodia', r=F)),
  (THA_MIL, KHM_MIL, ['ASSAULT'], "is killed in an artillery strike on the frontline", NOWHERE_NR),
  (THA_MIL, KHM_MIL, ['ASSAULT'], "The Royal Thai Navy engages Cambodian forces in the Gulf of Thailand", NOWHERE_NR),
  (KHM_MIL, THA_MIL, ['ASSAULT'], "after they launched attacks on Trat province", at('Trat Province')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russian forces launch an overnight drone and cruise missile attack on Dnipro", at('Dnipro')),
  (JAYSH, IRN_CIV, ['ASSAULT'], "in a terrorist mass shooting and grenade attack at a courthouse in Zahedan", at('Zahedan')),
 ],
 'conflicts-aug-28': [
  (ISRAEL_MIL, HOUTHIS, ['ASSAULT'], "Israeli airstrikes hit Sanaa, Yemen", at('Sanaa')),
  (HOUTHIS, ISRAEL, ['ASSAULT'], "hours after the Houthis launched a drone towards Israel", NOWHERE_NR),
  (nat(["israeli drone", "drone", "explosion"]), LBN_MIL, ['ASSAULT'], "after an Israeli drone crashed and exploded in An-Naqoura", at('An-Naqoura', r=F)),
  (UNSC, None, ['REDUCE'], "The United Nations Security Council votes unanimously to withdraw its peacekeeping mission", NOWHERE_NR),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "launch nearly 600 drones and more than 30 ballistic and cruise missiles at Kyiv", at('Kyiv')),
  (unk(("drone strike", "drone", "unknown", "russia")), UKR_SHIP, ['ASSAULT'], "is sunk by a drone strike in the Danube river", NOWHERE_NR),
  (FARC_DISS, COL_MIL, ['RETREAT', 'COOPERATE'], "have been released following negotiations involving officials and the United Nations", at('Guaviare')),
  (FARC_DISS, COL_MIL, ['COERCE', 'ASSAULT'], "33 soldiers detained for three days in a village in Guaviare", at('Guaviare', r=F)),
 ],
 'politics-sep-29': [
  (RAJOELINA, NTSAY, ['COERCE', 'REJECT'], "Madagascar president Andry Rajoelina dismisses Prime Minister Christian Ntsay", at('Madagascar')),
  (MDG_PROT, MDG_GOV, ['PROTEST'], "following protests over electricity and water shortages", at('Madagascar', r=F)),
  (TALIBAN, AFG_CIV, ['COERCE'], "The Taliban imposes a nationwide internet blackout in Afghanistan", at('Afghanistan')),
 ],
 'disasters-nov-28': [
  (nat(["floods", "cyclone senyar", "flooding"]), None, ['ASSAULT'], "The toll from the floods in Indonesia increases", at('North Sumatra', r=F)),
  (nat(["floods", "cyclone senyar", "flooding"]), None, ['ASSAULT'], "The death toll from the floods in Thailand increases", at('Songkhla Province', r=F)),
  (nat(["landslides", "heavy rains", "cyclone ditwah"]), None, ['ASSAULT'], "mainly between Badulla and Nuwara Eliya", at('Badulla', r=F)),
  (nat(["landslides", "heavy rains", "cyclone ditwah"]), None, ['ASSAULT'], "between Badulla and Nuwara Eliya, increases to 56 people killed", at('Nuwara Eliya', r=F)),
  (nat(["explosions", "explosion"]), None, ['ASSAULT'], "are hit by explosions while transiting the Bosporus", NOWHERE_NR),
 ],
 'conflicts-dec-25': [
  (US_MIL, ISIL, ['ASSAULT'], "The United States Armed Forces launch airstrikes on over 70 locations in Sokoto State", at('Sokoto State')),
  (POL_AF, RUS_PLANE, ['COERCE', 'MOBILIZE'], "The Polish Air Force intercepts and escorts a Russian aerial reconnaissance aircraft", NOWHERE_NR),
  (ISRAEL_MIL, LBN_CIV, ['ASSAULT'], "Three people are killed in two separate Israeli airstrikes targeting vehicles in southern Lebanon", at('Lebanon')),
  (TUR_AUTH, IS_SUSP, ['COERCE'], "seize weapons and documents and arrest 115 suspects in Istanbul", at('Istanbul')),
 ],
 'politics-feb-26': [
  (RAMA, BALLUKU, ['COERCE', 'REJECT'], "Albanian prime minister Edi Rama dismisses deputy prime minister", at('Albania')),
  (ALB_PROS, BALLUKU, ['ACCUSE', 'COERCE'], "after anti-corruption prosecutors indicted her", at('Albania', r=F)),
 ],
 'law-crime-jun-26': [
  (IDN_POLICE, IDN_PROT, ['COERCE'], "Indonesian police arrest at least 24 protesters following a demonstration in Surabaya", at('Surabaya')),
  (IDN_PROT, IDN_GOV, ['PROTEST'], "against fuel price increases and government policies", at('Surabaya')),
  (IDN_PROT, IDN_POLICE, ['ASSAULT', 'PROTEST'], "some participants threw objects and set fires in the street", at('Surabaya', r=F)),
  (TZA, TZA_OPP, ['COERCE'], "Tanzania bans all political rallies in the country", at('Tanzania')),
  (TZA, TZA_OPP, ['ACCUSE', 'COERCE'], "who has been charged with treason by the government", at('Tanzania', r=F)),
  (EU, SOM_DIPL, ['COERCE', 'REDUCE'], "The European Union imposes strict visa restrictions on Somali diplomatic passport holders", NOWHERE_NR),
 ],
 'disasters-jun-27': [
  (nat(["cottonwood fire", "wildfire", "fire"]), None, ['ASSAULT'], "destroys more than 100 condos and cabins as it spreads across Elk Mountain", at('Elk Mountain', r=F)),
  (nat(["snyder fire", "wildfire", "fire"]), None, ['ASSAULT'], "Three firefighters are killed and two others are injured when the Snyder Fire", at('Colorado', r=F)),
  (nat(["wildfire", "fire", "evacuation"]), None, ['ASSAULT'], "A mandatory evacuation in Lynn Lake, Manitoba", at('Lynn Lake', r=F)),
  (nat(["earthquakes", "venezuela earthquakes"]), None, ['ASSAULT'], "The confirmed toll of the June 24 earthquakes in Venezuela", at('Venezuela', r=F)),
  (nat(["rain", "rain-related incidents"]), None, ['ASSAULT'], "died in rain-related incidents in Afghanistan", at('Afghanistan', r=F)),
  (gov(["andy beshear", "governor andy beshear", "beshear", "kentucky"], "USA"), None, ['MOBILIZE'], "Governor Andy Beshear declares a state of emergency", at('Kentucky', r=F)),
  (nat(["flooding", "thunderstorms"]), None, ['ASSAULT'], "have killed by flooding from thunderstorms in Madison", at('Madison County', r=F)),
  (nat(["flooding", "thunderstorms"]), None, ['ASSAULT'], "thunderstorms in Madison and Jackson counties", at('Jackson County', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
