# Gold events of the twenty-fourth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree; a note only, build_gold.py does not read it). Conventions: those of
# places23's README; see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth, HOUTHIS
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'India': ('IND', (22.0, 79.0)), 'Israel': ('ISR', (31.4, 35.0)), 'Syria': ('SYR', (35.0, 38.5)),
 'Guatemala': ('GTM', (15.6, -90.3)), 'Germany': ('DEU', (51.2, 10.4)), 'United States': ('USA', (39.83, -98.58)),
 'South Sudan': ('SSD', (7.3, 30.0)), 'Nepal': ('NPL', (28.4, 84.1)), 'Yemen': ('YEM', (15.6, 48.0)),
 # regions, provinces, states, counties, territories
 'Gaza Strip': ('PSE', (31.42, 34.37)), 'West Bank': ('PSE', (31.95, 35.25)), 'Eastern Cape': ('ZAF', (-32.3, 26.4)),
 'Rongjiang County': ('CHN', (25.93, 108.52)), 'Aude': ('FRA', (43.05, 2.45)), 'Campo de Gibraltar': ('ESP', (36.2, -5.45)),
 'Zhaosu County': ('CHN', (43.15, 81.13)), 'British Columbia': ('CAN', (53.7, -127.6)), 'Gauteng': ('ZAF', (-26.2, 28.1)),
 'Iberville Parish': ('USA', (30.26, -91.35)), 'Darfur': ('SDN', (13.5, 24.0)), 'Central Visayas': ('PHL', (10.2, 123.7)),
 'Ranga Reddy district': ('IND', (17.25, 78.2)), 'Highland Papua': ('IDN', (-4.2, 139.0)), 'Arauca Department': ('COL', (6.6, -71.0)),
 # cities, towns, villages
 'Lampedusa': ('ITA', (35.51, 12.60)), 'Kotmale': ('LKA', (7.05, 80.60)), 'Milwaukee': ('USA', (43.04, -87.91)),
 'Leeuwarden': ('NLD', (53.20, 5.79)), 'Zacatecas': ('MEX', (22.77, -102.58)), 'Brukhin': ('PSE', (32.11, 35.08)),
 'Qaaqaait al-Jisr': ('LBN', (33.33, 35.44)), 'Kangra': ('IND', (32.10, 76.27)), 'Havre-Saint-Pierre': ('CAN', (50.24, -63.60)),
 'Paris': ('FRA', (48.86, 2.35)), 'Eastleigh': ('GBR', (50.97, -1.35)), 'Talata Mafara': ('NGA', (12.57, 6.06)),
 'Sweida': ('SYR', (32.71, 36.57)), 'Tarifa': ('ESP', (36.01, -5.60)), 'Obuasi': ('GHA', (6.20, -1.67)),
 'Nuseirat': ('PSE', (31.45, 34.39)), 'Lebak': ('PHL', (6.53, 124.06)), 'Gaza City': ('PSE', (31.52, 34.45)),
 'Kostiantynivka': ('UKR', (48.53, 37.71)), 'Osiny': ('POL', (51.55, 22.15)), 'Frontera Comalapa': ('MEX', (15.66, -92.13)),
 'Solingen': ('DEU', (51.17, 7.08)), 'Vancouver': ('CAN', (49.28, -123.12)), 'Orem': ('USA', (40.30, -111.69)),
 'Johannesburg': ('ZAF', (-26.20, 28.05)), 'Portland': ('USA', (45.52, -122.68)), 'Tirana': ('ALB', (41.33, 19.82)),
 'Kyiv': ('UKR', (50.45, 30.52)), 'Kharkiv': ('UKR', (50.00, 36.23)), 'Stavropol': ('RUS', (45.04, 41.97)),
 'Belgrade': ('SRB', (44.82, 20.46)), 'Mazar-i-Sharif': ('AFG', (36.71, 67.11)), 'Shap': ('GBR', (54.53, -2.68)),
 'Jaipur': ('IND', (26.91, 75.79)), 'Rome': ('ITA', (41.90, 12.50)), 'Lubero': ('COD', (-0.16, 29.24)),
 'El Fasher': ('SDN', (13.63, 25.35)), 'Damascus': ('SYR', (33.51, 36.29)), 'Siversk': ('UKR', (48.87, 38.10)),
 'Karak': ('PAK', (33.12, 71.09)),
}
COUNTRY_LEVEL = {'India', 'Israel', 'Syria', 'Guatemala', 'Germany', 'United States', 'South Sudan', 'Nepal', 'Yemen'}
def at(name, **kw):
    c, ll = P[name]
    return dict(w=(name, c), ll=ll, **kw)
NOWHERE = {'w': None, 'r': F}
def acc(names):  # an accident or natural event: no agent (source = the event)
    return oth(names, None)

# 002, 004, 006, 009, 011, 012 (several pages)
ISR_MIL = mil(["israeli airstrikes", "israel", "israeli", "israeli forces", "israel defense forces", "idf", "israeli military"], "ISR")
PALS = civ(["palestinians", "palestinian", "civilians"], "PSE")
RUS_MIL = mil(["russian forces", "russian strikes", "russian drone strikes", "russia", "russian", "russian armed forces"], "RUS")
UKR_CIV = civ(["people", "civilians", "ukraine", "kyiv", "kharkiv", "kindergarten"], "UKR")
US_MIL = mil(["united states", "u.s. forces", "american", "united states airstrikes", "us", "u.s.", "united states southern command"], "USA")
TRAFFICKERS = oth(["boats", "boat", "alleged drug traffickers", "vessel", "people"], None)
# 001 disasters, 2025-05-11
RESQSHIP = oth(["resqship", "german ngo resqship", "ngo"], "DEU")
MIGRANTS = civ(["survivors", "migrants", "boat", "dinghy"], None)
# 002 conflicts, 2025-05-14
GUNMAN = oth(["shooting", "gunman", "attacker"], None)
ISR_CIV = civ(["two israelis", "israelis", "pregnant woman", "child"], "ISR")
HEZBOLLAH = ag(["hezbollah", "hezbollah commander"], "LBN")
IND_SEC = gov(["indian authorities", "india", "indian security forces", "military operation"], "IND")
NAXALS = ag(["naxal insurgents", "naxalites", "maoist group", "militants", "naxal"], "IND")
# 004 conflicts, 2025-07-18
GUNMEN_NG = ag(["gunmen", "bandits"], "NGA")
NGA_CIV = civ(["nine people", "people", "others"], "NGA")
SYR_GOV = mil(["syrian government troops", "syria", "syrian government", "government troops", "syrian government forces"], "SYR")
ISR = st(["israel", "israeli"], "ISR")
# 006 conflicts, 2025-08-20
US_SF = mil(["american special forces", "special forces", "united states", "american", "us"], "USA")
ISIS = ag(["isis", "isis leader", "islamic state", "isil"], None)
KATZ = gov(["israel katz", "katz", "israeli defense minister", "israeli defense minister israel katz", "israel"], "ISR")
POL_ST = st(["poland", "osiny"], "POL")
GTM_INST = gov(["guatemalan immigration institute", "guatemala", "immigration institute"], "GTM")
MEX_REF = civ(["mexican nationals", "161 mexican nationals", "adults", "children"], "MEX")
CARTELS = ag(["cartel", "cartels", "cartel-related violence"], "MEX")
MEX_CIV = civ(["mexican nationals", "people", "civilians"], "MEX")
# 007 law and crime, 2025-09-10
DEU_COURT = gov(["german state court", "court", "germany"], "DEU")
SOLINGEN = per(["syrian national", "islamic state", "attacker"], "SYR")
DEU_CIV = civ(["people", "victims"], "DEU")
BC_COURT = gov(["court", "court in british columbia", "british columbia", "canada"], "CAN")
RAMMER = per(["man", "accused", "vehicle-ramming attack"], "CAN")
CAN_CIV = civ(["eleven people", "people", "filipino heritage month event"], "CAN")
KIRK_SHOOTER = oth(["shooter", "gunman", "assassin"], None)
KIRK = per(["charlie kirk", "kirk", "american right-wing political activist charlie kirk", "activist"], "USA")
DEU_PROS = gov(["german public prosecutors", "public prosecutors", "prosecutors", "germany"], "DEU")
FARRIGHT = ag(["far-right group", "suspected members", "members", "eight suspected members"], "DEU")
ZAF_COURT = gov(["high court in gauteng", "high court", "court", "south africa"], "ZAF")
CHN_NAT = per(["seven chinese nationals", "chinese nationals", "traffickers"], "CHN")
MWI_WORKERS = civ(["malawian workers", "91 malawian workers", "workers"], "MWI")
# 008 law and crime, 2025-10-06
IMMERGUT = gov(["karin immergut", "immergut", "united states federal judge", "federal judge", "judge"], "USA")
TRUMP_ADM = gov(["trump administration", "trump", "national guard", "national guard troops"], "USA")
TREASURY = gov(["united states treasury", "treasury", "united states", "u.s. treasury"], "USA")
MEX_COS = oth(["mexican companies", "companies", "eight people"], "MEX")
SSD_MIL = mil(["soldiers", "south sudan", "14 soldiers"], "SSD")
TIRANA_MAN = per(["man", "gunman", "suspect"], "ALB")
ALB_JUDGE = per(["presiding judge", "judge", "appeals courts", "court"], "ALB")
ALB_POLICE = gov(["police", "albanian police"], "ALB")
IBERVILLE_MAN = per(["person", "gunman", "shooter"], "USA")
DEPUTY = gov(["deputy", "deputies", "iberville parish courthouse"], "USA")
ICC = igo(["international criminal court", "icc"])
KUSHAYB = per(["ali kushayb", "kushayb", "janjaweed commander", "janjaweed", "janjaweed commander ali kushayb"], "SDN")
SDN_CIV = civ(["civilians", "darfur", "people"], "SDN")
MMR_NGO = oth(["human rights organizations", "group of human rights organizations", "organizations"], "MMR")
TELENOR = oth(["telenor", "norwegian telecoms firm telenor"], "NOR")
# 009 conflicts, 2025-10-22
PAL_ARRESTED = civ(["forty-five people", "people", "former prisoners", "palestinians", "arrested"], "PSE")
RUS_SOLDIERS = mil(["russian armed forces", "soldiers", "three soldiers"], "RUS")
UKR_OP = mil(["operation", "ukraine", "ukrainian forces", "ukrainian"], "UKR")
BELGRADE_MAN = per(["man", "gunman", "attacker"], "SRB")
SRB_CIV = civ(["person", "serbian parliament", "tent"], "SRB")
SRB_POLICE = gov(["police", "serbian police"], "SRB")
# 010 disasters, 2025-11-03 (accidents only)
# 011 conflicts, 2025-11-14
ADF = ag(["allied democratic forces", "adf"], "UGA")
COD_CIV = civ(["hospital", "people", "patients"], "COD")
UNHRC = igo(["united nations human rights council", "human rights council", "unhrc", "united nations"])
RSF = ag(["rapid support forces", "rsf", "allied groups"], "SDN")
COL_MIL = mil(["colombian military", "colombia", "colombian military airstrike", "military"], "COL")
GUERRILLAS = ag(["guerrilla fighters", "guerrillas", "fighters"], "COL")
ASSAILANTS = oth(["unknown assailants", "assailants", "rocket attack"], None)
SYR_CIV = civ(["woman", "house"], "SYR")
US_DOD = gov(["united states defense department", "defense department", "united states", "us southern command"], "USA")
NARCOS = ag(["narco-terrorists", "alleged narco-terrorists"], None)
# 012 conflicts, 2025-12-23
SETTLERS = civ(["israeli settlers", "settlers", "five masked israeli settlers"], "ISR")
PAL_FAMILY = civ(["palestinian house", "palestinian", "children", "palestinians"], "PSE")
UKR_MIL = mil(["ukrainian armed forces", "ukraine", "ukrainian"], "UKR")
TTP = ag(["pakistani taliban", "ttp", "tehrik-i-taliban pakistan", "taliban"], "PAK")
PAK_POLICE = gov(["police van", "police", "officers", "five officers"], "PAK")
PLC = gov(["yemeni presidential leadership council", "presidential leadership council", "yemen", "yemeni government"], "YEM")

ANN = {
 'disasters-may-11': [
  (acc(["dinghy", "migrant smuggling"]), None, ['ASSAULT'], "on a dinghy crossing the Mediterranean Sea from Libya to Italy", NOWHERE),
  (RESQSHIP, MIGRANTS, ['AID'], "brings the remaining 59 survivors to Lampedusa", at('Lampedusa')),
  (acc(["bus", "cliff", "bus crash"]), None, ['ASSAULT'], "A bus carrying Buddhist pilgrims in Kotmale, Sri Lanka, swerves off a cliff", at('Kotmale', r=F)),
  (acc(["fire", "apartment fire"]), None, ['ASSAULT'], "in a fire at a four-story apartment building in Milwaukee", at('Milwaukee', r=F)),
  (acc(["runner", "collapse"]), None, ['ASSAULT'], "A runner collapses and later dies near the finish line", at('Leeuwarden', r=F)),
  (acc(["hot air balloon", "burning hot air balloon"]), None, ['ASSAULT'], "falls to his death in Zacatecas, Mexico.", at('Zacatecas', r=F)),
 ],
 'conflicts-may-14': [
  (ISR_MIL, PALS, ['ASSAULT'], "Israeli airstrikes kill at least 80 Palestinians across the Gaza Strip.", at('Gaza Strip')),
  (GUNMAN, ISR_CIV, ['ASSAULT'], "are critically wounded in a shooting near Brukhin in the West Bank", at('Brukhin')),
  (ISR_MIL, HEZBOLLAH, ['ASSAULT'], "a drone strike in Qaaqaait al-Jisr, Nabatieh Governorate, Lebanon, killed a Hezbollah commander", at('Qaaqaait al-Jisr')),
  (IND_SEC, NAXALS, ['ASSAULT'], "in a military operation against Naxal insurgents in the border between the states", at('India')),
 ],
 'disasters-jun-26': [
  (acc(["flooding", "winter storm", "floods"]), None, ['ASSAULT'], "caused by a winter storm in the Eastern Cape of South Africa", at('Eastern Cape', r=F)),
  (acc(["flash floods", "torrential rain"]), None, ['ASSAULT'], "amid torrential rain and flash floods in Rongjiang County, Guizhou, China", at('Rongjiang County', r=F)),
  (acc(["flash flood", "torrential rain"]), None, ['ASSAULT'], "in a flash flood caused by torrential rain in Kangra", at('Kangra', r=F)),
  (acc(["crash", "airmedic", "helicopter crash"]), None, ['ASSAULT'], "shortly after takeoff from Havre Saint-Pierre Airport in Quebec", at('Havre-Saint-Pierre', r=F)),
  (acc(["torrential storms", "flooding"]), None, ['ASSAULT'], "during torrential storms causing flooding in Paris, France", at('Paris', r=F)),
  (acc(["double-decker bus", "bus"]), None, ['ASSAULT'], "plunges into a river in Eastleigh, Hampshire, England", at('Eastleigh', r=F)),
 ],
 'conflicts-jul-18': [
  (oth(["artillery shelling", "gunfire"], None), PALS, ['ASSAULT'], "are killed by artillery shelling and gunfire", NOWHERE),
  (GUNMEN_NG, NGA_CIV, ['ASSAULT'], "Nine people are killed while at least 15 others are abducted", at('Talata Mafara')),
  (GUNMEN_NG, NGA_CIV, ['COERCE'], "at least 15 others are abducted in an attack by gunmen", at('Talata Mafara', r=F)),
  (ISR, SYR_GOV, ['AGREE'], "Israel and Syria agree to a ceasefire", NOWHERE),
  (SYR_GOV, None, ['RETREAT'], "after Syrian government troops withdrew from Sweida", at('Sweida')),
  (HOUTHIS, ISR, ['ASSAULT'], "Israel intercepts a ballistic missile launched by the Houthis", at('Israel')),
 ],
 'disasters-aug-06': [
  (acc(["wildfire"]), None, ['ASSAULT'], "after a wildfire breaks out in Aude department, France", at('Aude', r=F)),
  (acc(["wildfire", "evacuation"]), None, ['ASSAULT'], "Over 1,500 people are evacuated from a resort in Tarifa", at('Tarifa', r=F)),
  (acc(["wildfire"]), None, ['ASSAULT'], "after a wildfire breaks out in Campo de Gibraltar", at('Campo de Gibraltar', r=F)),
  (acc(["helicopter", "z-9 helicopter", "crash"]), None, ['ASSAULT'], "A Ghana Air Force Z-9 helicopter crashes near Obuasi", at('Obuasi', r=F)),
  (acc(["truck", "truck carrying humanitarian aid"]), None, ['ASSAULT'], "A truck carrying humanitarian aid overturns on civilians near the Nuseirat refugee camp", at('Nuseirat', r=F)),
  (acc(["dump truck"]), None, ['ASSAULT'], "after a dump truck plunges into a ravine in Lebak", at('Lebak', r=F)),
  (acc(["suspension bridge", "bridge deck"]), None, ['ASSAULT'], "when a suspension bridge deck tilts at a scenic spot in Zhaosu County", at('Zhaosu County', r=F)),
 ],
 'conflicts-aug-20': [
  (US_SF, ISIS, ['ASSAULT'], "American special forces carry out a raid in Northern Syria", at('Syria')),
  (SYR_GOV, US_SF, ['COOPERATE', 'AID'], "with the reported assistance of Syrian government forces", at('Syria', r=F)),
  (KATZ, PALS, ['MOBILIZE', 'THREATEN'], "Israeli defense minister Israel Katz approves a planned ground invasion", at('Israel')),
  (ISR_MIL, PALS, ['ASSAULT', 'COERCE'], "to seize control of Gaza City.", at('Gaza City', s='h')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "A Russian MLRS rocket strike on a market in Kostiantynivka", at('Kostiantynivka')),
  (RUS_MIL, POL_ST, ['ASSAULT'], "a Russian military drone explodes when crashing in Osiny", at('Osiny', r=F)),
  (GTM_INST, MEX_REF, ['AID'], "The Guatemalan Immigration Institute grants temporary humanitarian status", at('Guatemala')),
  (CARTELS, MEX_CIV, ['ASSAULT'], "after fleeing cartel-related violence in the border municipality of Frontera Comalapa", at('Frontera Comalapa', r=F)),
 ],
 'law-crime-sep-10': [
  (DEU_COURT, SOLINGEN, ['COERCE', 'SANCTION'], "A German state court convicts a Syrian national of murder", at('Germany')),
  (SOLINGEN, DEU_CIV, ['ASSAULT'], "for a 2024 mass stabbing in Solingen, North Rhine-Westphalia", at('Solingen', r=F)),
  (BC_COURT, RAMMER, ['INVESTIGATE', 'ACCUSE'], "A court in British Columbia, Canada, rules that a man accused", at('British Columbia', r=F)),
  (RAMMER, CAN_CIV, ['ASSAULT'], "during a vehicle-ramming attack in April at a Filipino Heritage Month event in Vancouver", at('Vancouver', r=F)),
  (KIRK_SHOOTER, KIRK, ['ASSAULT'], "is shot dead during a debate at Utah Valley University in Orem", at('Orem')),
  (DEU_PROS, FARRIGHT, ['ACCUSE'], "German public prosecutors charge eight suspected members of a far-right group", at('Germany')),
  (ZAF_COURT, CHN_NAT, ['COERCE', 'SANCTION'], "The high court in Gauteng, South Africa, sentences seven Chinese nationals", at('Gauteng')),
  (CHN_NAT, MWI_WORKERS, ['COERCE'], "forcing them to labor under abusive conditions at a Johannesburg factory", at('Johannesburg', r=F)),
 ],
 'law-crime-oct-06': [
  (IMMERGUT, TRUMP_ADM, ['COERCE'], "temporarily blocks the Trump administration from deploying National Guard troops", at('Portland')),
  (TREASURY, MEX_COS, ['SANCTION'], "The United States Treasury issues sanctions against various Mexican companies", at('United States')),
  (SSD_MIL, SSD_MIL, ['ASSAULT'], "At least 14 soldiers are killed and five others are injured in a shootout", at('South Sudan')),
  (TIRANA_MAN, ALB_JUDGE, ['ASSAULT'], "A man opens fire inside an appeals courts in Tirana", at('Tirana')),
  (ALB_POLICE, TIRANA_MAN, ['COERCE'], "Police later arrest the suspect.", at('Tirana', r=F)),
  (IBERVILLE_MAN, DEPUTY, ['ASSAULT'], "A person opens fire inside the Iberville Parish Courthouse", at('Iberville Parish')),
  (ICC, KUSHAYB, ['COERCE', 'SANCTION'], "The International Criminal Court convicts Janjaweed commander Ali Kushayb", NOWHERE),
  (KUSHAYB, SDN_CIV, ['ASSAULT'], "of war crimes in Darfur, Sudan, including rape, murder, and persecution", at('Darfur', r=F)),
  (MMR_NGO, TELENOR, ['ACCUSE'], "file a joint lawsuit against Norwegian telecoms firm Telenor", NOWHERE),
 ],
 'conflicts-oct-22': [
  (ISR_MIL, PAL_ARRESTED, ['COERCE'], "are arrested during a series of Israeli raids in Nablus, Ramallah, Qalqilya and Tulkarem", at('West Bank')),
  (ISR_MIL, PAL_ARRESTED, ['ASSAULT'], "They further say that homes are vandalized and the arrested are assaulted.", at('West Bank', r=F)),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in Russian strikes on power plants in Kyiv, Ukraine", at('Kyiv')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in Russian drone strikes on a kindergarten in Kholodnohirskyi District, Kharkiv", at('Kharkiv')),
  (UKR_OP, RUS_SOLDIERS, ['ASSAULT'], "Three soldiers of the Russian Armed Forces are killed in an operation in Stavropol", at('Stavropol', r=F)),
  (US_MIL, TRAFFICKERS, ['ASSAULT'], "during two separate United States airstrikes against two boats in the Pacific Ocean", NOWHERE),
  (BELGRADE_MAN, SRB_CIV, ['ASSAULT'], "A man opens fire outside the Serbian Parliament in Belgrade", at('Belgrade')),
  (SRB_POLICE, BELGRADE_MAN, ['COERCE'], "critically injuring a person, before being arrested", at('Belgrade', r=F)),
 ],
 'disasters-nov-03': [
  (acc(["earthquake", "mw 6.3 earthquake", "balkh earthquake"]), None, ['ASSAULT'], "A Mw 6.3 earthquake strikes near Mazar-i-Sharif", at('Mazar-i-Sharif', r=F)),
  (acc(["typhoon kalmaegi", "typhoon", "kalmaegi"]), None, ['ASSAULT'], "as Typhoon Kalmaegi makes landfall in Central Visayas", at('Central Visayas', r=F)),
  (acc(["avalanche"]), None, ['ASSAULT'], "when an avalanche strikes a base camp on a mountain in Nepal", at('Nepal', r=F)),
  (acc(["landslide", "passenger train", "derailment"]), None, ['ASSAULT'], "passenger train to derail near Shap, Cumbria, United Kingdom", at('Shap', r=F)),
  (acc(["truck", "bus", "collision"]), None, ['ASSAULT'], "when a truck collides with a bus in Ranga Reddy district", at('Ranga Reddy district', r=F)),
  (acc(["dump truck", "speeding dump truck", "collision"]), None, ['ASSAULT'], "when a speeding dump truck collides with 17 vehicles in Jaipur", at('Jaipur', r=F)),
  (acc(["floods", "landslides"]), None, ['ASSAULT'], "after floods and landslides strike Highland Papua, Indonesia", at('Highland Papua', r=F)),
  (acc(["torre dei conti", "tower", "collapse"]), None, ['ASSAULT'], "A part of the Torre dei Conti tower collapses in Rome", at('Rome', r=F)),
 ],
 'conflicts-nov-14': [
  (ADF, COD_CIV, ['ASSAULT'], "in an attack on a hospital by the Allied Democratic Forces in Lubero", at('Lubero')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in a missile and drone attack by Russian forces on Kyiv", at('Kyiv')),
  (UNHRC, RSF, ['INVESTIGATE'], "establishes an independent fact-finding mission to investigate reported mass killings", NOWHERE),
  (RSF, SDN_CIV, ['ASSAULT'], "alleged war crimes by the Rapid Support Forces and their allied groups in El Fasher", at('El Fasher', r=F)),
  (COL_MIL, GUERRILLAS, ['ASSAULT'], "Nine guerrilla fighters are killed by a Colombian military airstrike in the Arauca Department", at('Arauca Department')),
  (ASSAILANTS, SYR_CIV, ['ASSAULT'], "A woman is injured in a rocket attack by unknown assailants on a house in Mezzeh", at('Damascus')),
  (US_DOD, NARCOS, ['MOBILIZE', 'THREATEN'], "The United States defense department announces Operation Southern Spear", at('United States', r=F)),
  (US_MIL, TRAFFICKERS, ['ASSAULT'], "Four people are killed in an American airstrike against a boat in the Caribbean Sea.", NOWHERE),
 ],
 'conflicts-dec-23': [
  (SETTLERS, PAL_FAMILY, ['ASSAULT'], "Five masked Israeli settlers break into a Palestinian house in the southern West Bank", at('West Bank')),
  (UKR_MIL, RUS_MIL, ['RETREAT'], "The Ukrainian Armed Forces confirm their withdrawal from Siversk", at('Siversk')),
  (US_MIL, TRAFFICKERS, ['ASSAULT'], "have struck an alleged drug trafficking vessel in the eastern Pacific Ocean", NOWHERE),
  (TTP, PAK_POLICE, ['ASSAULT'], "The Pakistani Taliban detonates a bomb and shoots at a police van in Karak", at('Karak')),
  (PLC, HOUTHIS, ['CONCEDE', 'AGREE'], "the Yemeni Presidential Leadership Council and the Houthis release a joint 2,900 detainees", at('Yemen')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
