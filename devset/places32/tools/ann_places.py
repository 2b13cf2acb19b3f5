# Gold events of the thirty-second place set (pages keyed by short name; see ANN at the end), annotated from
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
 # countries and a territory with its own ISO code
 'United States': ('USA', (39.8, -98.6)), 'Greenland': ('GRL', (72.0, -40.0)), 'Albania': ('ALB', (41.15, 20.17)),
 'Timor-Leste': ('TLS', (-8.87, 125.73)), 'Israel': ('ISR', (31.4, 35.0)), 'Pakistan': ('PAK', (30.4, 69.3)),
 'Kyrgyzstan': ('KGZ', (41.2, 74.8)), 'Philippines': ('PHL', (12.9, 122.0)), 'Thailand': ('THA', (15.9, 100.9)),
 'Afghanistan': ('AFG', (33.9, 67.7)), 'France': ('FRA', (46.6, 2.4)), 'Azerbaijan': ('AZE', (40.3, 47.7)),
 # regions, states, provinces, prefectures, districts, counties, banners
 'Gaza Strip': ('PSE', (31.42, 34.37)), 'Okinawa Prefecture': ('JPN', (26.4, 127.8)), 'Odisha': ('IND', (20.5, 84.4)),
 'Urad Rear Banner': ('CHN', (41.4, 106.8)), 'Central Darfur': ('SDN', (12.9, 23.48)), 'Cotabato': ('PHL', (7.2, 124.9)),
 'Niger State': ('NGA', (9.9, 5.6)), 'Akobo': ('SSD', (7.78, 33.00)), 'Nyirol': ('SSD', (8.2, 32.1)),
 'Uror': ('SSD', (7.9, 31.8)), 'Ituri Province': ('COD', (1.6, 29.5)), 'Kalahandi District': ('IND', (19.9, 83.2)),
 'Jhelum District': ('PAK', (32.9, 73.6)),
 # cities, towns, villages
 'Ponta Porã': ('BRA', (-22.54, -55.73)), 'Chișinău': ('MDA', (47.01, 28.86)), 'Pahalgam': ('IND', (34.01, 75.31)),
 'Zaporizhzhia': ('UKR', (47.84, 35.14)), 'Patnagarh': ('IND', (20.71, 83.13)), 'Irkutsk': ('RUS', (52.29, 104.28)),
 'Beled Hawo': ('SOM', (3.93, 41.88)), 'Liancourt': ('HTI', (19.13, -72.53)), 'Kisangani': ('COD', (0.52, 25.19)),
 'Makassar': ('IDN', (-5.14, 119.42)), 'Kyiv': ('UKR', (50.45, 30.52)), 'Rostov-on-Don': ('RUS', (47.24, 39.71)),
 'Khost': ('AFG', (33.34, 69.92)), 'Bashar': ('NGA', (9.17, 9.95)), 'Bekkersdal': ('ZAF', (-26.28, 27.71)),
 'Salamanca': ('MEX', (20.57, -101.19)), 'Lyon': ('FRA', (45.76, 4.84)),
 'San Francisco del Rincón': ('MEX', (21.02, -101.86)), 'Washington, D.C.': ('USA', (38.90, -77.04)),
 'Rigores': ('HND', (15.66, -85.88)), 'Corinto': ('HND', (15.65, -88.17)), 'Pattaya': ('THA', (12.93, 100.88)),
 'Paris': ('FRA', (48.86, 2.35)), 'Longview': ('USA', (46.14, -122.94)), 'Buggenhout': ('BEL', (51.02, 4.20)),
 'Yuryevka': ('RUS', (55.0, 73.4)), 'Seoul': ('KOR', (37.57, 126.98)),
}
COUNTRY_LEVEL = {'United States', 'Greenland', 'Albania', 'Timor-Leste', 'Israel', 'Pakistan', 'Kyrgyzstan',
                 'Philippines', 'Thailand', 'Afghanistan', 'France', 'Azerbaijan'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE_NR = {'w': None, 'r': False}


def nat(names):  # a natural event or an accident: no agent; source = the event
    return oth(names, None)


def unk(names=("gunmen", "unknown", "attackers")):  # an agent the page does not name
    return oth(list(names), None)


# actors
AUS_MIL = mil(["royal australian air force", "raaf", "australian air force", "australia", "australian"], "AUS")
PRK = st(["north korea", "north korean", "dprk"], "PRK")
BRA_POLICE = gov(["brazilian police", "police", "brazil", "federal police"], "BRA")
SYR_EMP = per(["syrian consulate employee", "consulate employee", "employee", "syrian diplomat", "syria"], "SYR")
US_GOV = st(["united states", "us", "u.s.", "us government", "united states government", "washington", "america"], "USA")
CHN_OFF = gov(["chinese and hong kong officials", "officials", "six chinese and hong kong officials", "dong jingwei",
               "hong kong officials", "chinese officials", "china", "hong kong"], "CHN")
MDA_MFA = gov(["moldovan foreign affairs ministry", "foreign affairs ministry", "moldova", "moldovan government",
               "moldovan foreign ministry", "ministry"], "MDA")
RUS_DIPL = gov(["russian diplomats", "three russian diplomats", "diplomats", "russian embassy", "russia", "russian"], "RUS")
GRL_PM = gov(["jens-frederik nielsen", "nielsen", "prime minister of greenland", "greenland", "greenlandic government"], "GRL")
ISR_MIL = mil(["israel", "israeli", "israeli forces", "israeli military", "israel defense forces", "idf",
               "israeli air force", "israeli airstrikes"], "ISR")
PSE_CIV = civ(["people", "palestinians", "civilians", "three palestinians", "gazans"], "PSE")
IND_TERR = ag(["terrorists", "militants", "gunmen", "the resistance front", "trf"], None)
IND_CIV = civ(["people", "tourists", "civilians"], "IND")
RUS_MIL = mil(["russia", "russian", "russian forces", "russian military", "russian guided bombs", "russian army"], "RUS")
UKR = st(["ukraine", "ukrainian", "ukrainian forces", "ukrainian military", "kyiv"], "UKR")
ALB_PROS = gov(["anti-corruption prosecutors", "prosecutors", "albania", "albanian prosecutors", "spak",
                "special anti-corruption structure", "albanian authorities", "authorities"], "ALB")
META = per(["ilir meta", "meta", "former albanian president ilir meta", "former president"], "ALB")
TLS_GOV = gov(["constitutional government of timor-leste", "government of timor-leste", "timor-leste", "east timor",
               "immigration service of timor-leste", "immigration service", "timorese government"], "TLS")
TEVES = per(["arnolfo teves jr.", "arnolfo teves", "teves", "former philippine lawmaker", "lawmaker"], "PHL")
DEGAMO = per(["roel degamo", "degamo", "negros oriental governor", "governor"], "PHL")
IND_COURT = gov(["court", "court in odisha", "indian court", "odisha court", "india"], "IND")
IND_MAN = per(["man", "a man", "bomber"], "IND")
RUS_ATTACKER = per(["17-year-old", "drunk 17-year-old", "teenager", "perpetrator", "attacker"], "RUS")
RUS_CIV = civ(["people", "five people", "party guests", "guests", "civilians"], "RUS")
JUBALAND = ag(["jubaland forces", "jubaland", "jubaland state forces", "jubaland administration"], "SOM")
SNA = mil(["somali national army", "sna", "federal government of somalia", "somali army", "somalia", "somali forces"], "SOM")
HTI_GANG = ag(["gang", "gangs", "gang members", "gunmen", "gran grif", "armed gang"], "HTI")
HTI_POLICE = gov(["haitian national police", "police", "police officers", "three haitian national police officers",
                  "haiti"], "HTI")
HOUTHIS = ag(["houthis", "houthi", "houthi movement", "ansar allah", "yemen", "houthi rebels"], "YEM")
IDN_PROT = civ(["protesters", "demonstrators", "rioters", "crowd", "mob"], "IDN")
IDN_GOVT = gov(["regional house of representatives", "dprd", "regional parliament", "indonesian government", "indonesia"], "IDN")
COMELEC = gov(["philippine commission on elections", "commission on elections", "comelec", "philippines"], "PHL")
DUTERTE_YOUTH = oth(["duterte youth", "right-wing duterte youth", "party-list"], "PHL")
THA_COURT = gov(["thai constitutional court", "constitutional court", "court", "thailand", "thai court"], "THA")
PAETONGTARN = gov(["paetongtarn shinawatra", "paetongtarn", "prime minister paetongtarn shinawatra", "prime minister",
                   "thai prime minister"], "THA")
HUN_SEN = per(["hun sen", "former cambodian prime minister hun sen", "cambodia", "cambodian"], "KHM")
RUS = st(["russia", "russian", "russian forces", "russian military", "moscow"], "RUS")
PAK_MIL = mil(["pakistan", "pakistani", "pakistani military", "pakistani airstrike", "pakistan air force",
               "pakistani forces"], "PAK")
AFG_GOV = gov(["afghanistan", "afghan", "taliban", "afghan government", "taliban government", "islamic emirate"], "AFG")
AFG_CIV = civ(["nine children and a woman", "children", "civilians", "woman", "afghan civilians"], "AFG")
MSF = oth(["médecins sans frontières", "medecins sans frontieres", "msf", "doctors without borders"], None)
RSF = ag(["rapid support forces", "rsf"], "SDN")
MSF_STAFF = oth(["stretcher bearer", "msf staff", "staff", "médecins sans frontières", "msf"], None)
MILF = ag(["moro islamic liberation front", "milf"], "PHL")
MNLF = ag(["moro national liberation front", "mnlf"], "PHL")
NGA_KIDNAPPERS = ag(["kidnappers", "gunmen", "abductors", "bandits"], "NGA")
NGA_STUDENTS = civ(["students and staff", "students", "staff", "130 students and staff", "schoolchildren"], "NGA")
NGA_CIV = civ(["28 people", "people", "travellers", "passengers", "civilians"], "NGA")
ZAF_GUNMEN = ag(["12 gunmen", "gunmen", "attackers"], "ZAF")
ZAF_CIV = civ(["people", "nine people", "patrons", "civilians"], "ZAF")
SSD_ARMY = mil(["south sudanese army", "south sudan people's defence forces", "sspdf", "army", "south sudan",
                "south sudanese military"], "SSD")
SSD_CIV = civ(["civilians", "all civilians", "united nations personnel", "aid workers", "residents"], "SSD")
ADF = ag(["allied democratic forces", "adf", "islamic state central africa province", "iscap"], "UGA")
COD_CIV = civ(["people", "civilians", "villagers", "25 people"], "COD")
MEX_GUNMEN = ag(["gunmen", "shooter", "attackers", "armed men", "unknown"], "MEX")
MEX_CIV = civ(["people", "eleven people", "football fans", "spectators", "children", "civilians"], "MEX")
FRA_POLICE = gov(["french police", "police", "france", "french authorities"], "FRA")
FRA_SUSP = civ(["nine people", "people", "suspects", "aide", "far-left activists"], "FRA")
FRA_FARLEFT = ag(["far-left groups", "far-left", "antifa", "far-left activists", "militants"], "FRA")
FRA_FARRIGHT = ag(["far-right groups", "far-right", "far-right activists", "quentin deranque", "deranque"], "FRA")
DERANQUE = per(["quentin deranque", "deranque"], "FRA")
AZE_COURT = gov(["azerbaijani military court", "military court", "court", "azerbaijan", "azerbaijani authorities"], "AZE")
VARDANYAN = per(["ruben vardanyan", "vardanyan", "former republic of artsakh state minister", "state minister"], "ARM")
US_POLICE = gov(["police", "capitol police", "united states capitol police", "authorities", "us"], "USA")
US_SUSPECT = per(["18-year-old", "an 18-year-old", "man", "suspect", "teenager"], "USA")
SCOTUS = gov(["u.s. supreme court", "us supreme court", "supreme court", "court", "united states supreme court"], "USA")
ALABAMA = gov(["state of alabama", "alabama", "alabama officials"], "USA")
US_LOWER = gov(["lower court", "court", "federal court", "appeals court"], "USA")
SMITH = per(["joseph clifton smith", "smith"], "USA")
HND_GUNMEN = ag(["gunmen", "attackers", "unknown", "shooters"], "HND")
HND_CIV = civ(["people", "twenty people", "ranch workers", "civilians"], "HND")
HND_POLICE = gov(["police", "police officers", "five police officers", "honduran police", "honduras"], "HND")
HND_GANG = ag(["gang members", "alleged gang members", "three alleged gang members", "gang"], "HND")
THA_POLICE = gov(["thai police", "police", "thailand", "thai authorities", "authorities"], "THA")
THA_SUSP = oth(["eleven additional suspects", "suspects", "cyber fraud network", "sun mingchen", "chinese national"], None)
SUN = per(["sun mingchen", "chinese national sun mingchen", "chinese national"], "CHN")
FRA_COURT = gov(["court of appeal of paris", "court of appeal", "paris court", "court", "france"], "FRA")
AIRBUS = oth(["airbus", "air france", "airbus and air france", "both companies"], "FRA")

ANN = {
 'relations-mar-31': [
  (AUS_MIL, PRK, ['MOBILIZE'], "The Royal Australian Air Force deploys a long-range maritime patrol aircraft",
   at('Okinawa Prefecture', r=F)),
  (BRA_POLICE, SYR_EMP, ['COERCE'], "Brazilian police arrest a Syrian consulate employee in Brazil", at('Ponta Porã')),
  (US_GOV, CHN_OFF, ['SANCTION'], "The United States announces sanctions on six Chinese and Hong Kong officials",
   at('United States')),
  (US_GOV, CHN_OFF, ['ACCUSE'], "national security office Dong Jingwei, accusing them", at('United States', r=F)),
  (MDA_MFA, RUS_DIPL, ['SANCTION', 'COERCE', 'REJECT'], "The Moldovan foreign affairs ministry expels three Russian diplomats",
   at('Chișinău')),
  (MDA_MFA, RUS_DIPL, ['ACCUSE'], "after accusing the Russian embassy in Chișinău", at('Chișinău', r=F)),
  (GRL_PM, US_GOV, ['REJECT'], "rules out Greenland joining the United States", at('Greenland', r=F)),
 ],
 'conflicts-apr-22': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israeli airstrikes kill at least 25 people across the Gaza Strip", at('Gaza Strip')),
  (IND_TERR, IND_CIV, ['ASSAULT'], "when terrorists open fire on people in Pahalgam", at('Pahalgam', r=F)),
  (RUS_MIL, UKR, ['ASSAULT'], "Russian guided bombs target Zaporizhzhia, Ukraine", at('Zaporizhzhia')),
 ],
 'law-crime-may-28': [
  (ALB_PROS, META, ['ACCUSE', 'COERCE'], "Former Albanian president Ilir Meta is formally charged with corruption",
   at('Albania')),
  (ALB_PROS, META, ['COERCE'], "Meta was arrested in October", at('Albania', r=F)),
  (TLS_GOV, TEVES, ['COERCE'], "The Constitutional Government of Timor-Leste announces that expelled",
   at('Timor-Leste', r=F)),
  (TLS_GOV, TEVES, ['COERCE'], "after his arrest by Immigration Service of Timor-Leste", at('Timor-Leste', r=F)),
  (TEVES, DEGAMO, ['ASSAULT'], "the main suspect in the assassination of Negros Oriental governor", NOWHERE_NR),
  (IND_COURT, IND_MAN, ['COERCE'], "A court in Odisha, India, sentences a man to life in prison", at('Odisha')),
  (IND_MAN, IND_CIV, ['ASSAULT'], "for a 2018 bombing at a wedding in Patnagarh", at('Patnagarh', r=F)),
  (RUS_ATTACKER, RUS_CIV, ['ASSAULT'], "goes on a mass stabbing rampage before killing himself", at('Irkutsk', r=F)),
 ],
 'conflicts-jul-22': [
  (JUBALAND, SNA, ['ASSAULT'], "following heavy fighting with the Somali National Army", at('Beled Hawo')),
  (JUBALAND, SNA, ['ASSAULT', 'COERCE'], "Jubaland forces claim they have taken full control", at('Beled Hawo', r=F)),
  (HTI_GANG, HTI_POLICE, ['ASSAULT'], "are killed and one is missing after a gang attack in Liancourt",
   at('Liancourt', r=F)),
  (HOUTHIS, ISR_MIL, ['ASSAULT'], "The Houthis launch a ballistic missile at Ben Gurion International Airport",
   at('Israel')),
  (ISR_MIL, HOUTHIS, ['ASSAULT', 'COERCE'], "which is intercepted by Israeli forces", at('Israel', r=F)),
 ],
 'disasters-aug-16': [
  (nat(["hurricane erin", "erin", "hurricane"]), None, ['ASSAULT'], "Hurricane Erin intensifies to Category 5 strength",
   NOWHERE_NR),
  (nat(["floods", "flood", "pakistan floods"]), None, ['ASSAULT'], "The death toll from yesterday's floods in Pakistan",
   at('Pakistan', r=F)),
  (nat(["crash", "antonov an-2", "aircraft", "air kasaï"]), None, ['ASSAULT'],
   "aircraft crashes while being ferried near Kisangani", at('Kisangani', r=F)),
  (nat(["hard landing", "mil mi-8", "helicopter", "military helicopter"]), None, ['ASSAULT'],
   "makes a hard landing during a rescue operation on Jengish Chokusu", at('Kyrgyzstan', r=F)),
  (nat(["flash flood", "flood"]), None, ['ASSAULT'], "following a flash flood that hits a campsite in Urad Rear Banner",
   at('Urad Rear Banner', r=F)),
 ],
 'politics-aug-29': [
  (IDN_PROT, IDN_GOVT, ['ASSAULT', 'PROTEST'],
   "after protesters set fire to the Regional House of Representatives building in Makassar", at('Makassar')),
  (COMELEC, DUTERTE_YOUTH, ['REJECT', 'SANCTION', 'COERCE'],
   "The Philippine Commission on Elections denies the right-wing Duterte Youth's motion", at('Philippines')),
  (THA_COURT, PAETONGTARN, ['COERCE'], "The Thai Constitutional Court removes Prime Minister Paetongtarn Shinawatra from office",
   at('Thailand')),
  (PAETONGTARN, HUN_SEN, ['CONSULT'], "leaked phone calls she had with former Cambodian prime minister", NOWHERE_NR),
 ],
 'conflicts-nov-25': [
  (RUS, UKR, ['ASSAULT'], "Seven people in Kyiv, Ukraine, and three more", at('Kyiv')),
  (UKR, RUS, ['ASSAULT'], "three more in Rostov-on-Don, Russia, are killed", at('Rostov-on-Don')),
  (PAK_MIL, AFG_CIV, ['ASSAULT'], "when a civilian home was hit by a Pakistani airstrike in Khost", at('Khost', r=F)),
  (AFG_GOV, PAK_MIL, ['ACCUSE'], "Afghanistan says nine children and a woman", at('Afghanistan', r=F)),
  (MSF, RSF, ['RETREAT'], "Médecins Sans Frontières withdraws its staff from a hospital in central Darfur",
   at('Central Darfur')),
  (unk(), MSF_STAFF, ['ASSAULT'], "after a stretcher bearer is shot dead", at('Central Darfur', r=F)),
  (MILF, MNLF, ['ASSAULT'], "during a firefight between the Moro Islamic Liberation Front and the Moro National Liberation Front",
   at('Cotabato')),
  (MNLF, MILF, ['ASSAULT'], "Seven people in a village located in Cotabato", at('Cotabato', r=F)),
 ],
 'law-crime-dec-21': [
  (NGA_KIDNAPPERS, NGA_STUDENTS, ['ASSAULT'], "abducted in November from a Catholic school in Niger State",
   at('Niger State', r=F)),
  (NGA_KIDNAPPERS, NGA_STUDENTS, ['RETREAT', 'CONCEDE'], "all remaining 130 students and staff", NOWHERE_NR),
  (NGA_KIDNAPPERS, NGA_CIV, ['ASSAULT'], "Gunmen abduct 28 people after intercepting a vehicle", at('Bashar', r=F)),
  (ZAF_GUNMEN, ZAF_CIV, ['ASSAULT'], "when 12 gunmen open fire near a tavern in Bekkersdal", at('Bekkersdal', r=F)),
 ],
 'conflicts-jan-25': [
  (SSD_ARMY, SSD_CIV, ['COERCE', 'MOBILIZE'], "The South Sudanese army orders all civilians", at('Akobo')),
  (SSD_ARMY, SSD_CIV, ['COERCE', 'MOBILIZE'], "in the Akobo, Nyirol, and Uror counties", at('Nyirol', r=F)),
  (SSD_ARMY, SSD_CIV, ['COERCE', 'MOBILIZE'], "Nyirol, and Uror counties of the Jonglei State", at('Uror', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Three Palestinians are killed by Israeli forces", at('Gaza Strip')),
  (ADF, COD_CIV, ['ASSAULT'], "The Allied Democratic Forces kill at least 25 people", at('Ituri Province')),
  (MEX_GUNMEN, MEX_CIV, ['ASSAULT'], "in a mass shooting at a football match in Salamanca", at('Salamanca', r=F)),
 ],
 'law-crime-feb-17': [
  (FRA_POLICE, FRA_SUSP, ['COERCE'], "French police arrest nine people, including an aide", at('France')),
  (unk(("attackers", "far-left activists", "unknown")), DERANQUE, ['ASSAULT'],
   "the fatal beating of Quentin Deranque during clashes", at('Lyon', r=F)),
  (FRA_FARLEFT, FRA_FARRIGHT, ['ASSAULT'], "clashes between far-left and far-right groups in Lyon", at('Lyon', r=F)),
  (AZE_COURT, VARDANYAN, ['COERCE'], "An Azerbaijani military court sentences former Republic of Artsakh state minister",
   at('Azerbaijan')),
  (AZE_COURT, VARDANYAN, ['COERCE'], "who was arrested in 2023 while leaving the region", NOWHERE_NR),
  (MEX_GUNMEN, MEX_CIV, ['ASSAULT'], "injured in a shooting at a park in San Francisco del Rincón", at('San Francisco del Rincón', r=F)),
  (US_POLICE, US_SUSPECT, ['COERCE'], "An 18-year-old is arrested after running towards the United States Capitol",
   at('Washington, D.C.', r=F)),
 ],
 'law-crime-may-21': [
  (SCOTUS, ALABAMA, ['REJECT'], "The U.S. Supreme Court dismisses an appeal by the state of Alabama", at('United States')),
  (US_LOWER, ALABAMA, ['REJECT', 'COERCE'], "a lower court decision to block the execution", NOWHERE_NR),
  (SMITH, None, ['ASSAULT'], "an intellectually disabled man convicted of a 1997 murder", NOWHERE_NR),
  (HND_GUNMEN, HND_CIV, ['ASSAULT'], "Twenty people are killed in a mass shooting at a ranch", at('Rigores', r=F)),
  (HND_GANG, HND_POLICE, ['ASSAULT'], "five police officers and three alleged gang members are killed", at('Corinto', r=F)),
  (HND_POLICE, HND_GANG, ['ASSAULT'], "are killed in a shootout in the village of Corinto", at('Corinto', r=F)),
  (THA_POLICE, THA_SUSP, ['COERCE'], "Thai police arrest eleven additional suspects", at('Thailand')),
  (THA_POLICE, SUN, ['ACCUSE'], "who faces weapons charges after authorities discovered", at('Thailand', r=F)),
  (THA_POLICE, SUN, ['COERCE'], "military-grade firearms and explosives at his residence in Pattaya", at('Pattaya', r=F)),
  (FRA_COURT, AIRBUS, ['COERCE', 'ACCUSE'], "The Court of Appeal of Paris, France, convicts Airbus and Air France",
   at('Paris')),
  (nat(["crash", "air france flight 447", "flight 447"]), None, ['ASSAULT'], "over the 2009 crash of Air France Flight 447",
   NOWHERE_NR),
 ],
 'disasters-may-26': [
  (nat(["explosion", "chemical explosion", "implosion"]), None, ['ASSAULT'],
   "in a major chemical explosion at a paper mill in Longview", at('Longview', r=F)),
  (nat(["collision", "train", "school bus", "train collision"]), None, ['ASSAULT'],
   "in a collision between a train and a school bus in Buggenhout", at('Buggenhout', r=F)),
  (nat(["house fire", "fire"]), None, ['ASSAULT'], "after a house fire in the village of Yuryevka", at('Yuryevka', r=F)),
  (nat(["septic tank", "accident"]), None, ['ASSAULT'], "after entering an under-construction septic tank in Kalahandi District",
   at('Kalahandi District', r=F)),
  (nat(["overpass collapse", "collapse", "overpass"]), None, ['ASSAULT'], "after an overpass collapses in Seoul",
   at('Seoul', r=F)),
  (nat(["earthquake", "magnitude 4.6 earthquake"]), None, ['ASSAULT'], "after a magnitude 4.6 earthquake in Jhelum District",
   at('Jhelum District', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
