# Gold events of the forty-fifth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Finland': ('FIN', (64.0, 26.0)), 'Netherlands': ('NLD', (52.2, 5.5)), 'Russia': ('RUS', (61.5, 105.3)),
 'Azerbaijan': ('AZE', (40.3, 47.7)), 'Iran': ('IRN', (32.4, 53.7)), 'Slovenia': ('SVN', (46.15, 14.99)),
 'Mali': ('MLI', (17.6, -4.0)), 'United States': ('USA', (39.8, -98.6)), 'Ukraine': ('UKR', (48.4, 31.2)),
 # regions, states, provinces, districts, territories
 'Gombe State': ('NGA', (10.4, 11.2)), 'Bajhang District': ('NPL', (29.65, 81.25)),
 'Lasbela District': ('PAK', (26.0, 66.3)), 'Hub District': ('PAK', (25.4, 66.8)),
 'Khandwa district': ('IND', (21.8, 76.4)), 'East Darfur': ('SDN', (11.0, 26.5)),
 'Khyber Pakhtunkhwa': ('PAK', (34.2, 72.0)), 'Ulyanovsk Oblast': ('RUS', (53.9, 47.8)),
 'Crimea': ('UKR', (45.3, 34.4)), 'Gaza Strip': ('PSE', (31.42, 34.37)), 'Mohmand District': ('PAK', (34.5, 71.3)),
 # cities, towns, villages
 'Fullerton': ('USA', (33.87, -117.92)), 'Berlin': ('DEU', (52.52, 13.40)), 'Kharkiv': ('UKR', (49.99, 36.23)),
 'Kryvyi Rih': ('UKR', (47.91, 33.39)), 'Walikale': ('COD', (-1.42, 28.05)), 'Kibua': ('COD', (-1.3, 28.5)),
 'Aleppo': ('SYR', (36.20, 37.16)), 'Novorossiysk': ('RUS', (44.72, 37.77)), 'Old Fangak': ('SSD', (9.07, 30.88)),
 'Nyala': ('SDN', (12.05, 24.88)), 'Tehran': ('IRN', (35.69, 51.39)), 'Istanbul': ('TUR', (41.01, 28.98)),
 'Cagayan de Oro': ('PHL', (8.48, 124.65)), 'Nabeul': ('TUN', (36.45, 10.73)), 'Manhattan': ('USA', (40.78, -73.97)),
 'Bangkok': ('THA', (13.75, 100.50)), 'Yerevan': ('ARM', (40.18, 44.51)), 'Nice': ('FRA', (43.70, 7.27)),
 'Huntingdon': ('GBR', (52.33, -0.18)), 'Uruapan': ('MEX', (19.42, -102.06)), 'Vorizia': ('GRC', (35.12, 24.88)),
 'Al-Hasakah': ('SYR', (36.50, 40.75)), 'Rafah': ('PSE', (31.29, 34.25)), 'Nuseirat': ('PSE', (31.45, 34.39)),
 'Al-Mawasi': ('PSE', (31.36, 34.27)), 'Khan Yunis': ('PSE', (31.34, 34.31)), 'Jabalia': ('PSE', (31.53, 34.48)),
 'Stary Oskol': ('RUS', (51.30, 37.84)), 'Athens': ('GRC', (37.98, 23.73)), 'Dhaka': ('BGD', (23.73, 90.41)),
 'Seoul': ('KOR', (37.57, 126.98)), 'Assen': ('NLD', (52.99, 6.56)), 'Kampala': ('UGA', (0.35, 32.58)),
 'Moscow': ('RUS', (55.76, 37.62)), 'Siegburg': ('DEU', (50.80, 7.21)), 'Kabul': ('AFG', (34.53, 69.17)),
 'Capão da Canoa': ('BRA', (-29.75, -50.01)), 'Lima': ('PER', (-12.05, -77.04)), 'Ljubljana': ('SVN', (46.06, 14.51)),
 'Kyiv': ('UKR', (50.45, 30.52)), 'Sumy': ('UKR', (50.91, 34.80)), 'Saky': ('UKR', (45.13, 33.60)),
 'Gvardeyskoye': ('UKR', (45.11, 33.98)), 'Kostyantynivka': ('UKR', (48.53, 37.71)), 'Nahal Oz': ('ISR', (31.47, 34.50)),
}
COUNTRY_LEVEL = {'Finland', 'Netherlands', 'Russia', 'Azerbaijan', 'Iran', 'Slovenia', 'Mali', 'United States', 'Ukraine'}


def at(name, r=True, s=None):
    """options for an event placed at P[name]"""
    o = {'w': (name, P[name][0]), 'll': P[name][1]}
    if not r: o['r'] = False
    if s: o['s'] = s
    return o


NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': False}


def nat(names):
    """a natural event or an accident: the event itself is the source (kind other), never required"""
    return oth(names, None)


def unk(names=("unknown", "unidentified attackers", "attackers")):
    return oth(list(names), None)


# actors
NGA_CIV = civ(["people", "seven people", "nigerians", "passengers"], "NGA")
NPL_CIV = civ(["people", "five people", "nepalis", "passengers"], "NPL")
USA_CIV = civ(["people", "two people", "workers"], "USA")
DEU_POLICE = gov(["officers", "two officers", "police", "german police", "berlin police"], "DEU")
RUS_MIL = mil(["russia", "russian forces", "russian military", "russian army", "russian", "russian defence ministry",
               "russian defense ministry", "russian drone", "russian ballistic missile"], "RUS")
RUS_MOD = gov(["russian defence ministry", "russian defense ministry", "defence ministry", "russia", "russian forces"], "RUS")
UKR_CIV = civ(["people", "five people", "civilians", "ukrainians", "residents", "children", "three people"], "UKR")
UKR_MIL = mil(["ukraine", "ukrainian forces", "ukrainian military", "ukrainian army", "ukrainian", "ukrainian drone",
               "ukrainian intelligence directorate", "intelligence directorate", "hur"], "UKR")
M23 = ag(["m23", "m23 rebels", "rebels", "march 23 movement", "alliance fleuve congo"], "COD")
COD = st(["democratic republic of the congo", "drc", "congo", "congolese army", "fardc", "congolese government"], "COD")
SDF = ag(["syrian democratic forces", "sdf", "kurdish-led syrian democratic forces", "militants", "kurdish forces"], "SYR")
SYR_GOV = gov(["syrian government", "syria", "government forces", "syrian armed forces", "syrian transitional government"], "SYR")
ISRAEL = st(["israel", "israeli", "israeli military", "israel defense forces", "idf", "israeli forces",
             "israeli airstrikes", "israeli government", "shin bet"], "ISR")
PSE_CIV = civ(["palestinians", "people", "civilians", "gazans", "five people", "displaced palestinians"], "PSE")
HAMAS = ag(["hamas", "hamas militant", "muhammad na'im jandiya", "militant", "al-qassam brigades", "hamas militants"], "PSE")
RUS_CIV = civ(["people", "four people", "two people", "residents", "russian civilians", "civilians"], "RUS")
RUS_LOCAL = gov(["mayor of novorossiysk", "mayor", "novorossiysk authorities", "authorities", "local authorities"], "RUS")
HOSTAGE = per(["maxim hirkin", "israeli hostage", "hostage", "hostages"], "ISR")
SSD_CIV = civ(["people", "seven people", "patients", "civilians", "médecins sans frontières", "msf", "hospital"], "SSD")
SAF = mil(["sudanese armed forces", "saf", "sudanese army", "sudan", "sudanese military"], "SDN")
RSF = ag(["rapid support forces", "rsf", "paramilitary"], "SDN")
SSD_AF = mil(["south sudan air force", "south sudan", "boeing 727", "rapid support forces", "rsf"], "SSD")
TUN_COURT = gov(["court", "a court in nabeul", "tunisian court", "tunisia", "judiciary"], "TUN")
TUN_MAN = per(["56-year-old man", "man", "critic"], "TUN")
USA_COURT = gov(["court", "a court in manhattan", "federal court", "judge", "united states"], "USA")
COMBS = per(["sean combs", "combs", "diddy", "musician sean combs"], "USA")
THA_COURT = gov(["bangkok criminal court", "criminal court", "court", "thailand", "thai court"], "THA")
THA_MAN = per(["thai man", "man", "gunman", "killer"], "THA")
LIM = per(["lim kimya", "cambodian politician lim kimya", "politician"], "KHM")
FIN_COURT = gov(["finnish court", "court", "finland", "helsinki district court"], "FIN")
EAGLE_S = oth(["crew of the eagle s tanker", "crew", "eagle s", "eagle s tanker", "tanker"], None)
ARM_COURT = gov(["court", "a court in yerevan", "armenian court", "armenia"], "ARM")
AJAPAHYAN = per(["mikael ajapahyan", "ajapahyan", "cleric", "armenian apostolic church"], "ARM")
FRA_SHOOTER = oth(["gunmen", "shooter", "attackers", "unknown", "perpetrator"], "FRA")
FRA_CIV = civ(["people", "two people", "residents", "victims"], "FRA")
GBR_ATTACKER = oth(["suspects", "two suspects", "attacker", "attackers", "perpetrator", "stabbers"], "GBR")
GBR_CIV = civ(["people", "eleven people", "passengers", "train passengers"], "GBR")
GBR_POLICE = gov(["police", "british transport police", "cambridgeshire police", "officers"], "GBR")
MEX_KILLER = oth(["gunman", "gunmen", "assassin", "attackers", "unknown", "cartel"], "MEX")
MANZO = per(["carlos manzo", "manzo", "mayor of uruapan", "mayor"], "MEX")
GRC_FAMILY = civ(["families", "two local families", "family", "suspects", "people"], "GRC")
SDN_TRIBE = ag(["tribe", "a tribe formerly allied to it", "tribal fighters", "tribesmen"], "SDN")
RSF_KIN = civ(["relatives of a senior rsf commander", "relatives", "rsf commander"], "SDN")
RUS_AD = mil(["russian defense ministry", "russian defence ministry", "russia", "russian air defence", "russian forces"], "RUS")
UKR_DRONES = mil(["ukrainian drones", "drones", "ukraine", "ukrainian forces"], "UKR")
GRC_PROT = civ(["demonstrators", "protesters", "communist party of greece", "kke", "over 1,300 demonstrators"], "GRC")
BGD_PROT = ag(["bangladesh jamaat-e-islami", "jamaat-e-islami", "jamaat", "demonstrators", "protesters"], "BGD")
KOR_PROT = civ(["people's solidarity for participatory democracy", "pspd", "demonstrators", "protesters", "activists"], "KOR")
USA = st(["united states", "us", "u.s.", "america", "u.s. embassy", "us embassy", "united states government",
          "us government", "u.s. government", "washington", "trump administration"], "USA")
NLD_POLICE = gov(["dutch authorities", "authorities", "netherlands", "dutch police", "police"], "NLD")
THIEVES = oth(["thieves", "robbers", "burglars", "unknown", "perpetrators"], None)
DRENTS = oth(["drents museum", "museum", "romania", "helmet of coțofenești", "treasures"], "NLD")
UGA_ATTACKER = oth(["perpetrator", "suspected perpetrator", "adult man", "man", "attacker", "stabber"], "UGA")
UGA_CIV = civ(["children", "four children", "pupils", "students", "school"], "UGA")
UGA_POLICE = gov(["police", "ugandan police", "authorities", "security forces"], "UGA")
RUS_COURT = gov(["basmanny district court", "court", "russian court", "russia", "moscow court"], "RUS")
TILLY = per(["jacques tilly", "tilly", "german sculptor jacques tilly", "sculptor"], "DEU")
DEU_ATTACKER = oth(["masked man", "man", "20-year-old man", "attacker", "perpetrator", "suspect"], "DEU")
DEU_CIV = civ(["people", "twelve people", "passengers", "train passengers"], "DEU")
DEU_FPOL = gov(["federal police", "police", "german federal police", "bundespolizei", "germany"], "DEU")
AZE_MFA = gov(["azerbaijani foreign ministry", "foreign ministry", "azerbaijan", "azerbaijani government"], "AZE")
CNN = oth(["cnn", "cnn report", "report"], "USA")
ISR_MOSSAD = st(["israel", "israeli military", "mossad", "israeli military and mossad personnel", "israeli"], "ISR")
IRAN = st(["iran", "iranian", "islamic revolutionary guard corps", "irgc", "senior officer"], "IRN")
RIGHTS = oth(["rights groups", "human rights groups", "ngos"], None)
GNQ = st(["equatorial guinea", "equatoguinean government", "government of equatorial guinea"], "GNQ")
ISR_FM = gov(["gideon sa'ar", "sa'ar", "israeli foreign minister", "israel", "foreign minister"], "ISR")
SVN = st(["slovenia", "slovenian government", "ljubljana", "janez janša", "janša", "prime minister"], "SVN")
PALESTINE = st(["palestine", "palestinian", "palestine flag", "state of palestine"], "PSE")
MLI_COURT = gov(["malian court", "court", "mali", "malian government", "judiciary"], "MLI")
FRA_OFFICIAL = per(["french embassy official", "official", "france", "french official"], "FRA")
USA_STATE = gov(["united states department of state", "department of state", "state department", "united states", "us", "u.s."], "USA")
NZL = st(["new zealand", "new zealand's military", "new zealand defence force", "new zealand government"], "NZL")
UKR_MIL2 = mil(["ukrainian forces", "ukraine", "ukrainian military", "ukrainian armed forces", "ukrainian"], "UKR")
RUS_CRIMEA = mil(["substations", "russian forces", "russia", "saky air base", "gvardeyskoye air base", "russian military",
                  "jets"], "RUS")
UKR_KOST = mil(["ukraine", "ukrainian forces", "ukrainian army", "kostyantynivka"], "UKR")
ISR_MIL = mil(["israeli military", "israel", "israel defense forces", "idf", "shin bet", "israeli air force"], "ISR")
ISR_CIV = civ(["israelis", "israel", "nahal oz", "hostages", "residents"], "ISR")
PAK_GUNMEN = oth(["gunmen", "militants", "attackers", "unknown"], "PAK")
PAK_POLICE = gov(["policemen", "two policemen", "police", "patrol", "station house officer"], "PAK")

ANN = {
 'disasters-jan-02': [
  (nat(["truck crash", "crash", "truck", "accident"]), None, ['ASSAULT'], "Seven people are killed and 31 injured after a truck crashed in Gombe State", at('Gombe State', r=F)),
  (nat(["collision", "two vehicles", "vehicles", "accident"]), None, ['ASSAULT'], "Five people are killed after two vehicles collided in Bajhang District", at('Bajhang District', r=F)),
  (nat(["plane crash", "small plane", "crash", "fire"]), None, ['ASSAULT'], "A small plane crashes through the roof of a commercial warehouse in Fullerton", at('Fullerton', r=F)),
  (unk(("explosion", "unknown object", "unknown")), DEU_POLICE, ['ASSAULT'], "Two officers were injured in an explosion of an unknown object at a police fence in Berlin-Wittenau", at('Berlin', r=F)),
 ],
 'conflicts-apr-04': [
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in a Russian drone attack on a residential area in Novobavarskyi District of Kharkiv", at('Kharkiv')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "A Russian ballistic missile strike on a residential area in Kryvyi Rih", at('Kryvyi Rih')),
  (RUS_MOD, mil(["military gathering", "ukrainian military", "ukraine", "ukrainian forces"], "UKR"), ['ASSAULT'], "The Russian Defence Ministry says its forces were targeting a military gathering in the city", at('Kryvyi Rih', r=F)),
  (M23, COD, ['RETREAT'], "The Congolese media reports that M23 rebels retreating from Walikale", at('Walikale')),
  (M23, None, ['MOBILIZE'], "have arrived in Kibua in North Kivu", at('Kibua', r=F)),
  (SDF, SYR_GOV, ['RETREAT', 'CONCEDE'], "Groups of Kurdish-led Syrian Democratic Forces (SDF) militants withdraw from the two neighborhoods", at('Aleppo')),
  (ISRAEL, PSE_CIV, ['ASSAULT'], "More than 30 people are killed in Israeli airstrikes in Gaza", at('Gaza Strip')),
 ],
 'conflicts-may-03': [
  (UKR_MIL, RUS_CIV, ['ASSAULT'], "in an overnight Ukrainian drone strike that struck an apartment building on Novorossiysk", at('Novorossiysk')),
  (RUS_LOCAL, None, ['MOBILIZE'], "The mayor of Novorossiysk declares a state of emergency following the strikes", at('Novorossiysk', r=F)),
  (UKR_MIL, mil(["russian sukhoi su-30 fighter jet", "su-30", "fighter jet", "russia", "russian air force"], "RUS"), ['ASSAULT'], "claims it has shot down a Russian Sukhoi Su-30 fighter jet", NOWHERE_NR),
  (ag(["hamas", "militants"], "PSE"), HOSTAGE, ['ASSAULT'], "who was abducted during the Nova music festival massacre in 2023", NOWHERE_NR),
  (unk(("airstrike", "unknown", "aircraft")), SSD_CIV, ['ASSAULT'], "are injured in an airstrike on a hospital run by Médecins Sans Frontières in Old Fangak", at('Old Fangak', r=F)),
  (SAF, SSD_AF, ['ASSAULT'], "is destroyed in an airstrike by the Sudanese Armed Forces at Nyala Airport", at('Nyala')),
 ],
 'disasters-oct-02': [
  (nat(["road accidents", "road accident", "accident", "crash"]), None, ['ASSAULT'], "Thirteen people are killed in two separate road accidents in Lasbela District", at('Lasbela District', r=F)),
  (nat(["road accidents", "road accident", "accident", "crash"]), None, ['ASSAULT'], "in Lasbela District and Hub District, Pakistan", at('Hub District', r=F)),
  (nat(["tractor trolley", "accident", "tractor"]), None, ['ASSAULT'], "after a tractor trolley topples into a pond in Khandwa district", at('Khandwa district', r=F)),
  (nat(["hydrogen capsule explosion", "explosion", "hydrogen capsule"]), None, ['ASSAULT'], "in a hydrogen capsule explosion in a laboratory at Tehran University in Tehran", at('Tehran', r=F)),
  (nat(["earthquake", "mw 5.3 earthquake", "panic"]), None, ['ASSAULT'], "Twelve people are injured in panic from a Mw 5.3 earthquake in Istanbul", at('Istanbul', r=F)),
  (nat(["fire", "large fire"]), None, ['ASSAULT'], "houses are destroyed in a large fire in Cagayan de Oro", at('Cagayan de Oro', r=F)),
 ],
 'law-crime-oct-03': [
  (TUN_COURT, TUN_MAN, ['COERCE'], "A court in Nabeul, Tunisia, sentences a 56-year-old man to death", at('Nabeul')),
  (USA_COURT, COMBS, ['COERCE'], "A court in Manhattan, New York, United States, sentences musician Sean Combs", at('Manhattan')),
  (THA_COURT, THA_MAN, ['COERCE'], "The Bangkok Criminal Court sentences a Thai man to life in prison", at('Bangkok')),
  (THA_MAN, LIM, ['ASSAULT'], "for the January 7 assassination of Cambodian politician Lim Kimya in Bangkok", at('Bangkok', r=F)),
  (FIN_COURT, EAGLE_S, ['CONCEDE'], "A Finnish court dismisses charges against the crew of the Eagle S tanker", at('Finland', r=F)),
  (ARM_COURT, AJAPAHYAN, ['COERCE'], "A court in Yerevan, Armenia sentences Mikael Ajapahyan", at('Yerevan')),
  (FRA_SHOOTER, FRA_CIV, ['ASSAULT'], "are injured in a mass shooting in Les Moulins near Nice", at('Nice', r=F)),
 ],
 'law-crime-nov-01': [
  (GBR_ATTACKER, GBR_CIV, ['ASSAULT'], "in a mass stabbing attack on a London North Eastern Railway passenger train in Huntingdon", at('Huntingdon', r=F)),
  (GBR_POLICE, GBR_ATTACKER, ['COERCE'], "Cambridgeshire, England. Two suspects are arrested", at('Huntingdon', r=F)),
  (MEX_KILLER, MANZO, ['ASSAULT'], "is assassinated during Day of the Dead festivities", at('Uruapan', r=F)),
  (GRC_FAMILY, GRC_FAMILY, ['ASSAULT'], "including two suspects, in a shootout in Vorizia", at('Vorizia', r=F)),
 ],
 'conflicts-feb-02': [
  (SDF, SYR_GOV, ['CONCEDE', 'RETREAT'], "formally hands over control of Al-Hasakah to government forces", at('Al-Hasakah')),
  (ISRAEL, PSE_CIV, ['CONCEDE', 'COOPERATE'], "Israel partially reopens the Rafah Crossing between Gaza and Egypt", at('Rafah')),
  (ISRAEL, PSE_CIV, ['ASSAULT'], "including two at the Nuseirat refugee camp", at('Nuseirat')),
  (ISRAEL, PSE_CIV, ['ASSAULT'], "and one each in Al-Mawasi", at('Al-Mawasi', r=F)),
  (ISRAEL, PSE_CIV, ['ASSAULT'], "one each in Al-Mawasi, Khan Yunis", at('Khan Yunis', r=F)),
  (ISRAEL, PSE_CIV, ['ASSAULT'], "Al-Mawasi, Khan Yunis, and Jabalia", at('Jabalia', r=F)),
  (RSF, SDN_TRIBE, ['ASSAULT'], "Clashes erupt between the Rapid Support Forces (RSF) and a tribe formerly allied to it in East Darfur", at('East Darfur')),
  (SDN_TRIBE, RSF_KIN, ['ASSAULT', 'COERCE'], "local sources claim that the tribe abducted relatives of a senior RSF commander", at('East Darfur', r=F)),
  (UKR_MIL, RUS_CIV, ['ASSAULT'], "A Ukrainian drone strike kills two people in Stary Oskol", at('Stary Oskol')),
  (RUS_AD, UKR_DRONES, ['ASSAULT'], "The Russian Defense Ministry says 22 Ukrainian drones were shot down", at('Russia', r=F)),
 ],
 'politics-mar-01': [
  (GRC_PROT, None, ['PROTEST'], "protest in Athens, Greece, with people holding", at('Athens')),
  (BGD_PROT, None, ['PROTEST'], "A pro-Iran demonstration by the Bangladesh Jamaat-e-Islami is held at the Baitul Mukarram National Mosque", at('Dhaka', r=F)),
  (KOR_PROT, USA, ['PROTEST'], "A anti-war demonstration organized by the People's Solidarity for Participatory Democracy is held at the U.S. Embassy in Seoul", at('Seoul')),
 ],
 'law-crime-apr-02': [
  (NLD_POLICE, DRENTS, ['COERCE'], "Dutch authorities recover the Helmet of Coțofenești and other treasures", at('Netherlands', r=F)),
  (THIEVES, DRENTS, ['COERCE', 'ASSAULT'], "which were stolen from the Drents Museum in Assen", at('Assen', r=F)),
  (UGA_ATTACKER, UGA_CIV, ['ASSAULT'], "Four children are killed in a mass stabbing at a school in Kampala", at('Kampala', r=F)),
  (UGA_POLICE, UGA_ATTACKER, ['COERCE'], "The suspected perpetrator, an adult man, is arrested", at('Kampala', r=F)),
  (RUS_COURT, TILLY, ['COERCE'], "The Basmanny District Court in Moscow, Russia, sentences German sculptor Jacques Tilly in absentia", at('Moscow')),
  (DEU_ATTACKER, DEU_CIV, ['ASSAULT'], "when a masked man detonates two pyrotechnic explosives on a train in Siegburg", at('Siegburg', r=F)),
  (DEU_FPOL, DEU_ATTACKER, ['COERCE'], "A 20-year-old man is arrested by Federal Police", at('Siegburg')),
 ],
 'disasters-apr-03': [
  (nat(["earthquake", "mw5.8 earthquake", "jorm earthquake"]), None, ['ASSAULT'], "killing 12 people and injuring six others in Kabul", at('Kabul', r=F)),
  (nat(["earthquake", "mw5.8 earthquake", "jorm earthquake"]), None, ['ASSAULT'], "injuring six others in Kabul and Khyber Pakhtunkhwa", at('Khyber Pakhtunkhwa', r=F)),
  (nat(["plane crash", "small plane", "crash"]), None, ['ASSAULT'], "when a small plane crashes into a restaurant in Capão da Canoa", at('Capão da Canoa', r=F)),
  (nat(["wall collapse", "wall", "collapse"]), None, ['ASSAULT'], "when a wall collapses at the Alejandro Villanueva Stadium in Lima", at('Lima', r=F)),
  (nat(["derailment", "passenger train", "train"]), None, ['ASSAULT'], "after a passenger train derails in Ulyanovsk Oblast", at('Ulyanovsk Oblast', r=F)),
 ],
 'relations-jun-05': [
  (AZE_MFA, CNN, ['REJECT'], "The Azerbaijani foreign ministry denies a CNN report", at('Azerbaijan', r=F)),
  (ISR_MOSSAD, IRAN, ['ASSAULT'], "to launch attacks on Iran, one of which allegedly killed", at('Iran', r=F)),
  (RIGHTS, GNQ, ['ACCUSE'], "Rights groups file a case against Equatorial Guinea", NOWHERE_NR),
  (ISR_FM, SVN, ['COOPERATE'], "says that Israel will open its first embassy in Ljubljana", at('Ljubljana', r=F)),
  (SVN, PALESTINE, ['REJECT'], "ordered the Palestine flag at the main government building to be removed", at('Slovenia', r=F)),
  (MLI_COURT, FRA_OFFICIAL, ['COERCE'], "A Malian court sentences a French embassy official to 20 years' imprisonment", at('Mali')),
  (USA_STATE, NZL, ['COOPERATE', 'AID'], "The United States Department of State approves the potential sale", at('United States')),
 ],
 'conflicts-jul-03': [
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "for the victims of the Russian bombardment of Kyiv on July 2", at('Kyiv', r=F)),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russian missile and drone strikes kill at least five people", at('Ukraine')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "including three people in Sumy when a drone struck their apartment building", at('Sumy', r=F)),
  (UKR_MIL2, RUS_CRIMEA, ['ASSAULT'], "Ukrainian forces strike nine substations across Russian-occupied Crimea", at('Crimea')),
  (UKR_MIL2, RUS_CRIMEA, ['ASSAULT'], "Saky air base and Gvardeyskoye air base", at('Saky', r=F)),
  (UKR_MIL2, RUS_CRIMEA, ['ASSAULT'], "Gvardeyskoye air base are also targeted", at('Gvardeyskoye', r=F)),
  (RUS_MIL, UKR_KOST, ['ASSAULT', 'COERCE'], "Russia reports that its forces have captured the eastern Ukrainian city of Kostyantynivka", at('Kostyantynivka', r=F)),
  (ISR_MIL, HAMAS, ['ASSAULT'], "has been killed in an airstrike in the northern Gaza Strip", at('Gaza Strip')),
  (HAMAS, ISR_CIV, ['ASSAULT'], "during the attack on the Nahal Oz kibbutz in the October 7 attacks", at('Nahal Oz', r=F)),
  (PAK_GUNMEN, PAK_POLICE, ['ASSAULT'], "as gunmen open fire on a mobile patrol vehicle in Mohmand District", at('Mohmand District', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
