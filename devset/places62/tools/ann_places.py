# Gold events of the sixty-second place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Democratic Republic of the Congo': ('COD', (-2.9, 23.6)), 'Belarus': ('BLR', (53.7, 28.0)),
 'United States': ('USA', (39.8, -98.6)), 'Poland': ('POL', (52.1, 19.4)), 'Slovenia': ('SVN', (46.1, 14.8)),
 'Bosnia and Herzegovina': ('BIH', (44.2, 17.8)), 'Turkey': ('TUR', (39.0, 35.2)), 'Sudan': ('SDN', (15.8, 30.0)),
 'Cameroon': ('CMR', (5.7, 12.7)), 'Nigeria': ('NGA', (9.1, 8.7)), 'Latvia': ('LVA', (56.9, 24.6)),
 'Russia': ('RUS', (61.5, 105.3)), 'Iran': ('IRN', (32.4, 53.7)), 'Lebanon': ('LBN', (33.9, 35.9)),
 'Norway': ('NOR', (60.5, 8.5)), 'Morocco': ('MAR', (31.8, -7.1)),
 # regions, states, governorates, counties, departments
 'North Darfur': ('SDN', (16.5, 25.0)), 'County Durham': ('GBR', (54.65, -1.80)), 'Sarthe': ('FRA', (47.92, 0.17)),
 'New York': ('USA', (42.9, -75.5)), 'North Gaza Governorate': ('PSE', (31.54, 34.51)),
 'West Darfur': ('SDN', (13.0, 22.6)), 'Central Darfur': ('SDN', (12.6, 23.5)), 'Jubaland': ('SOM', (1.2, 41.8)),
 'Kogi State': ('NGA', (7.7, 6.7)),
 # cities, towns, villages
 'Santo Domingo': ('DOM', (18.47, -69.89)), 'Kinshasa': ('COD', (-4.32, 15.31)), 'Al-Fashir': ('SDN', (13.63, 25.35)),
 'Rafah': ('PSE', (31.29, 34.25)), 'Mehrestan': ('IRN', (27.13, 61.66)), 'Ahmedabad': ('IND', (23.02, 72.57)),
 'San Antonio': ('USA', (29.42, -98.49)), 'Hoskote': ('IND', (13.07, 77.80)), 'Cebu City': ('PHL', (10.32, 123.89)),
 'Paipa': ('COL', (5.78, -73.12)), 'Istanbul': ('TUR', (41.01, 28.98)), 'Washington, D.C.': ('USA', (38.90, -77.04)),
 'Adloun': ('LBN', (33.40, 35.27)), 'Gaza City': ('PSE', (31.50, 34.47)), 'Dnipro': ('UKR', (48.46, 35.05)),
 'Mogadishu': ('SOM', (2.05, 45.32)), 'Nabatieh': ('LBN', (33.38, 35.48)), 'Tibnin': ('LBN', (33.19, 35.41)),
 'Harouf': ('LBN', (33.36, 35.44)), 'Tyre': ('LBN', (33.27, 35.20)), 'Buni Yadi': ('NGA', (11.27, 12.01)),
 'Khor Hassan': ('SDN', (10.9, 34.4)), 'Odesa': ('UKR', (46.48, 30.73)), 'El-Obeid': ('SDN', (13.18, 30.22)),
 'Mojonera': ('MEX', (19.65, -101.92)), 'Biała Podlaska': ('POL', (52.03, 23.13)), 'Messina': ('ITA', (38.19, 15.55)),
 'Johannesburg': ('ZAF', (-26.20, 28.05)),
}
COUNTRY_LEVEL = {'Democratic Republic of the Congo', 'Belarus', 'United States', 'Poland', 'Slovenia',
                 'Bosnia and Herzegovina', 'Turkey', 'Sudan', 'Cameroon', 'Nigeria', 'Latvia', 'Russia', 'Iran',
                 'Lebanon', 'Norway', 'Morocco'}


def at(name, r=True):
    """options for an event placed at P[name]"""
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    return o


NOWHERE = {'w': None}               # the page does not place it
NOWHERE_NR = {'w': None, 'r': False}


def nat(names):                     # a natural event or an accident: the event itself is the source
    return oth(names, None)


def unk(names=("unknown", "unknown attackers", "gunmen", "attackers")):
    return oth(list(names), None)


# actors
DOM_CIV = civ(["people", "124 people", "nightclub", "jet set nightclub", "dominicans", "civilians"], "DOM")
COD_CIV = civ(["people", "residents", "33 deaths", "congolese", "civilians"], "COD")
HIPPOS = oth(["hippos", "about 50 hippos", "50 hippos"], "COD")
RSF = ag(["rapid support forces", "rsf", "sudanese paramilitary", "paramilitary"], "SDN")
SDN_CIV = civ(["people", "civilians", "100 people", "children", "sudanese civilians", "displaced people", "worker"], "SDN")
IDF = mil(["israel defense forces", "idf", "israeli military", "israeli army", "israel", "israeli forces",
           "israeli troops", "israeli air force", "troops"], "ISR")
PSE_CIV = civ(["palestinians", "people", "civilians", "rafah", "gaza", "four people", "two people", "police vehicle"], "PSE")
RUS_MIL = mil(["russian forces", "russia", "russian military", "s-400 missile", "s-400", "russian army"], "RUS")
UKR_MIL = mil(["ukrainian air force", "f-16 fighting falcon", "f-16", "pilot", "ukraine", "ukrainian military"], "UKR")
BNA = ag(["baloch nationalist army", "bna", "gunmen", "baloch nationalist army gunmen", "militants"], "IRN")
PAK_CIV = civ(["pakistani citizens", "eight pakistani citizens", "pakistanis", "people", "pakistani workers"], "PAK")
ABEDI = per(["hashem abedi", "abedi", "inmate", "prisoner"], "GBR")
GBR_OFF = gov(["prison officers", "three prison officers", "officers", "guards", "hm prison frankland"], "GBR")
IND_CIV = civ(["people", "passengers", "ground fatalities", "279", "indians", "five people"], "IND")
USA_CIV = civ(["people", "residents", "11 people", "americans"], "USA")
FRA_CIV = civ(["people", "ukrainians", "passengers", "four people", "bus"], "FRA")
PHL_CIV = civ(["people", "sanitation workers", "workers", "filipinos"], "PHL")
COL_CIV = civ(["people", "six people", "yeison jiménez", "occupants", "passengers"], "COL")
BLR = st(["belarus", "belarusian", "minsk", "belarusian government", "lukashenko", "alexander lukashenko"], "BLR")
BLR_PRIS = civ(["political prisoners", "52 political prisoners", "prisoners", "foreign nationals"], "BLR")
BELAVIA = oth(["belavia", "belarusian flag carrier", "flag carrier", "belarus"], "BLR")
USA = st(["united states", "us", "u.s.", "america", "american", "washington", "us government", "u.s. government",
          "trump administration", "donald trump", "trump"], "USA")
POLAND = st(["poland", "polish", "warsaw", "polish government", "polish army", "troops"], "POL")
PANSA = gov(["pansa", "polish air navigation services agency", "poland", "polish authorities"], "POL")
SLOVENIA = st(["slovenia", "slovenian", "ljubljana", "slovenian government"], "SVN")
DODIK = per(["milorad dodik", "dodik", "bosnian serb separatist leader", "bosnian serb leader", "republika srpska"], "BIH")
BIH_COURT = gov(["bosnian court", "court", "electoral authority", "bosnia and herzegovina", "bosnia",
                 "bosnian court and electoral authority"], "BIH")
SAUDI = st(["saudi arabia", "saudi", "riyadh", "saudi government", "kingdom"], "SAU")
SYRIA = st(["syria", "syrian", "damascus", "syrian government"], "SYR")
TUR_POLICE = gov(["turkish police", "police", "turkey", "turkish authorities", "turkish court", "authorities"], "TUR")
IS_SUSP = ag(["suspects", "198 suspects", "islamic state", "isis", "isil", "is suspects"], None)
TUR_ATT = unk(("attackers", "gunmen", "assailants", "unknown", "islamic state"))
ISR_CONSULATE = oth(["israeli consulate", "consulate", "police", "turkish police", "guards"], "TUR")
HEUERMANN = per(["rex heuermann", "heuermann", "gilgo beach killer", "serial killer"], "USA")
USA_WOMEN = civ(["eight women", "women", "victims"], "USA")
USA_COURT = gov(["u.s. court", "us court", "court", "federal court", "judge", "united states", "authorities",
                 "u.s. authorities"], "USA")
SANGHA = per(["jasveen sangha", "sangha", "ketamine queen"], "USA")
USA_OTHERS = per(["other individuals", "individuals", "medical professionals", "doctors"], "USA")
SAUDI_REQ = st(["saudi arabia", "saudi", "riyadh", "saudi government"], "SAU")
ISRAEL = st(["israel", "israeli", "israeli officials", "israeli government", "israeli delegation"], "ISR")
LEBANON = st(["lebanon", "lebanese", "lebanese officials", "lebanese government", "lebanese delegation", "beirut"], "LBN")
LBN_CIV = civ(["people", "three people", "civilians", "lebanese", "seven people", "37 people", "12 people",
               "paramedics"], "LBN")
HAMAS = ag(["hamas", "hamas tunnels", "tunnels", "four hamas tunnels", "izz al-din al-haddad", "al-haddad",
            "haddad", "hamas military leader"], "PSE")
SDN_MIL = mil(["sudanese military", "sudanese army", "sudanese armed forces", "saf", "military", "army", "sudan"], "SDN")
USN = mil(["united states navy", "us navy", "u.s. navy", "navy", "united states", "us military"], "USA")
DRUG_BOAT = oth(["alleged drug boat", "drug boat", "boat", "four people", "drug traffickers", "people"], None)
AMBAZ = ag(["ambazonian militant groups", "ambazonian militants", "ambazonian separatists", "separatists",
            "militant groups"], "CMR")
CMR_GOV = gov(["cameroon", "cameroonian government", "government", "cameroonian army", "cameroonian military"], "CMR")
NGA_MIL = mil(["nigerian army", "army", "nigerian military", "nigeria", "troops", "soldiers", "nigerian forces",
               "security forces"], "NGA")
NGA_BANDITS = ag(["bandits", "suspected bandits", "several suspected bandits", "kidnappers", "gunmen"], "NGA")
RUS = st(["russia", "russian", "russian forces", "russian military", "moscow", "kremlin"], "RUS")
UKR_CIV = civ(["people", "four people", "civilians", "ukrainians", "residents", "merchant ships", "ships"], "UKR")
UKR = st(["ukraine", "ukrainian", "kyiv", "ukrainian forces", "ukrainian drones", "drones"], "UKR")
SOM_MIL = mil(["somali military", "somali army", "somali armed forces", "somali national army", "somalia",
               "jubaland regional forces", "jubaland forces", "armed forces", "security forces"], "SOM")
SHABAAB = ag(["al-shabaab", "al shabaab", "shabaab", "militants", "27 al-shabaab militants"], "SOM")
IRN_DIASPORA = civ(["protesters", "iranian diaspora", "iranians", "reza pahlavi", "pahlavi", "exiled iranians"], "IRN")
IRAN = st(["iran", "iranian", "tehran", "iranian government", "iranian regime", "regime", "islamic republic"], "IRN")
SOM_PROT = civ(["protesters", "opposition", "demonstrators", "civilian", "one civilian", "opposition supporters",
                "somali opposition"], "SOM")
SOM_GOV = gov(["somali government", "hassan sheikh mohamud", "president", "somalia", "government", "somali president",
               "somali armed forces"], "SOM")
LATVIA = st(["latvia", "latvian", "latvian airspace", "riga"], "LVA")
USDOJ = gov(["u.s. justice department", "us justice department", "justice department", "department of justice",
             "united states", "u.s.", "us", "fbi"], "USA")
SAADI = per(["mohammad baqer saad dawood al-saadi", "al-saadi", "saadi", "kata'ib hezbollah", "commander",
             "kata'ib hezbollah commander"], "IRQ")
US_NGA = mil(["u.s. and nigerian forces", "u.s. forces", "us forces", "united states", "u.s.", "us", "donald trump",
              "trump", "nigerian forces"], "USA")
MINUKI = per(["abu-bilal al-minuki", "al-minuki", "minuki", "isis", "islamic state", "isis second-in-command"], None)
NGA_ISL = ag(["islamist militants", "militants", "boko haram", "iswap", "islamic state west africa province",
              "jihadists", "gunmen"], "NGA")
NGA_SEC = gov(["police trainees", "seventeen police trainees", "soldiers", "military school", "police",
               "nigerian police", "nigerian army"], "NGA")
SDN_RSF_T = ag(["rapid support forces", "rsf"], "SDN")
CENTCOM = mil(["united states central command", "central command", "centcom", "us military", "u.s. military",
               "united states", "u.s.", "us"], "USA")
IRN_T = st(["iran", "iranian", "targets", "iranian targets", "iranian military"], "IRN")
PAK_MIL = mil(["pakistani military", "pakistan", "pakistani army", "pakistan army", "pakistani air force", "military"], "PAK")
TTP = ag(["ttp", "tehrik-i-taliban pakistan", "pakistani taliban", "militants", "alleged ttp militants",
          "26 militants"], "PAK")
NGA_ATT = unk(("assailants", "attackers", "gunmen", "unknown", "unknown gunmen"))
NGA_SCHOOL = civ(["people", "three people", "secondary school", "students", "community", "residents"], "NGA")
NGA_SECF = gov(["security forces", "nigerian security forces", "police", "army", "nigeria", "troops"], "NGA")
CJNG = ag(["jalisco new generation cartel", "cjng", "cartel", "gunmen", "suspected jalisco new generation cartel gunmen",
           "cartel gunmen"], "MEX")
MEX_POL = gov(["state troopers", "five state troopers", "police", "state police", "troopers", "michoacán police"], "MEX")
SKREPETSKY = per(["semyon skrepetsky", "skrepetsky", "russian artist", "activist"], "RUS")
NOR_COURT = gov(["court", "norwegian court", "oslo district court", "norway", "judge"], "NOR")
HOIBY = per(["marius borg høiby", "høiby", "marius borg hoiby", "hoiby", "royal family relative"], "NOR")
MAR_POLICE = gov(["police in morocco", "moroccan police", "police", "morocco", "moroccan authorities"], "MAR")
MIGRANTS = civ(["migrants", "111 migrants", "migrant"], None)
MUSEUM = oth(["regional museum of messina", "museum", "artwork", "four artwork", "artworks"], "ITA")
ZAF_CIV = civ(["people", "three people", "residents", "victims", "south africans"], "ZAF")

ANN = {
 'disasters-apr-08': [
  (nat(["roof collapse", "collapse", "roof", "nightclub roof collapse", "jet set nightclub roof collapse"]), DOM_CIV,
   ['ASSAULT'], "when the roof of a nightclub collapses during a performance", at('Santo Domingo', r=F)),
  (nat(["flooding", "heavy flooding", "flood", "ndjili river"]), COD_CIV, ['ASSAULT'],
   "The death toll from the heavy flooding in Kinshasa", at('Kinshasa', r=F)),
  (nat(["anthrax", "anthrax poisoning"]), HIPPOS, ['ASSAULT'],
   "About 50 hippos are killed by anthrax poisoning", at('Democratic Republic of the Congo', r=F)),
 ],
 'conflicts-apr-12': [
  (RSF, SDN_CIV, ['ASSAULT'], "are killed in Rapid Support Forces attacks on Al-Fashir", at('Al-Fashir')),
  (RSF, SDN_CIV, ['ASSAULT'], "and two nearby displacement camps in North Darfur", at('North Darfur', r=F)),
  (IDF, PSE_CIV, ['COERCE', 'ASSAULT', 'MOBILIZE'], "completely cutting off the city of Rafah", at('Rafah', r=F)),
  (RUS_MIL, UKR_MIL, ['ASSAULT'], "is shot down by a S-400 missile during combat operations", NOWHERE_NR),
  (BNA, PAK_CIV, ['ASSAULT'], "in a mass shooting by Baloch Nationalist Army gunmen in Mehrestan", at('Mehrestan')),
  (ABEDI, GBR_OFF, ['ASSAULT'], "attacks prison officers at HM Prison Frankland in County Durham", at('County Durham')),
 ],
 'disasters-jun-13': [
  (nat(["crash", "air india flight 171", "boeing 787 dreamliner", "air india boeing 787 dreamliner", "plane crash"]),
   IND_CIV, ['ASSAULT'], "The death toll from the crash of an Air India Boeing 787 Dreamliner", at('Ahmedabad', r=F)),
  (nat(["flooding", "heavy flooding", "flood", "san antonio river"]), USA_CIV, ['ASSAULT'],
   "Heavy flooding hits San Antonio, Texas", at('San Antonio', r=F)),
  (nat(["traffic collision", "collision", "bus", "truck", "crash"]), IND_CIV, ['ASSAULT'],
   "crashes into the back of a truck at Gottipura Gate in Hoskote", at('Hoskote', r=F)),
  (nat(["crash", "bus", "bus crash"]), FRA_CIV, ['ASSAULT'],
   "when a bus carrying Ukrainians crashes on the A81 autoroute in Sarthe", at('Sarthe', r=F)),
 ],
 'relations-sep-11': [
  (BLR, USA, ['CONCEDE', 'COOPERATE'], "Belarus releases 52 political prisoners, including 14 foreign nationals",
   at('Belarus')),
  (USA, BELAVIA, ['CONCEDE', 'COOPERATE', 'SANCTION'], "the U.S. lifts its sanctions on Belarusian flag carrier Belavia",
   at('United States')),
  (POLAND, BLR, ['MOBILIZE', 'COERCE'], "Poland indefinitely closes its border with Belarus and deploys 40,000 troops",
   at('Poland')),
  (SLOVENIA, DODIK, ['COERCE', 'SANCTION', 'REJECT'],
   "Slovenia bars Bosnian Serb separatist leader Milorad Dodik from entering the country", at('Slovenia')),
  (BIH_COURT, DODIK, ['COERCE'], "his removal as the president of Republika Srpska by the Bosnian court",
   at('Bosnia and Herzegovina', r=F)),
  (SAUDI, SYRIA, ['AID', 'COOPERATE'], "Saudi Arabia announces it will supply Syria with 1.65 million barrels",
   NOWHERE_NR),
  (PANSA, None, ['COERCE', 'MOBILIZE'], "PANSA imposes a three-month flight ban over the eastern Polish airspace",
   at('Poland')),
 ],
 'disasters-jan-10': [
  (nat(["landslide", "garbage landslide", "binaliw landslide"]), PHL_CIV, ['ASSAULT'],
   "The death toll from a garbage landslide in Cebu City", at('Cebu City', r=F)),
  (nat(["crash", "piper pa-31 navajo", "piper pa-31", "plane crash", "plane"]), COL_CIV, ['ASSAULT'],
   "when a Piper PA-31 Navajo crashes in Paipa", at('Paipa', r=F)),
 ],
 'law-crime-apr-08': [
  (TUR_POLICE, IS_SUSP, ['COERCE'], "Turkish police arrest 198 suspects across 34 provinces", at('Turkey')),
  (TUR_ATT, ISR_CONSULATE, ['ASSAULT'], "a fatal shootout outside the Israeli consulate in Istanbul", at('Istanbul', r=F)),
  (TUR_POLICE, IS_SUSP, ['COERCE'], "Several suspects are placed in pre-trial detention", at('Turkey', r=F)),
  (HEUERMANN, USA_WOMEN, ['ASSAULT'], "killing eight women and discarding their bodies", at('New York', r=F)),
  (USA_COURT, SANGHA, ['COERCE'], "A U.S. court sentences Jasveen Sangha to 15 years in prison", at('United States')),
  (USA_COURT, USA_OTHERS, ['COERCE'], "Authorities also charge and sentence other individuals",
   at('United States', r=F)),
 ],
 'conflicts-apr-14': [
  (SAUDI_REQ, USA, ['REQUEST'], "Saudi Arabia asks the U.S. to end its naval blockade", NOWHERE_NR),
  (ISRAEL, LEBANON, ['CONSULT'], "Israeli and Lebanese officials meet in Washington, D.C.", at('Washington, D.C.')),
  (ISRAEL, LEBANON, ['AGREE'], "officials agree to begin direct negotiations in the future", at('Washington, D.C.')),
  (IDF, LBN_CIV, ['ASSAULT'], "Three people are killed by an Israeli raid in Adloun", at('Adloun')),
  (IDF, HAMAS, ['ASSAULT'], "have destroyed four Hamas tunnels over the weekend", NOWHERE_NR),
  (IDF, PSE_CIV, ['ASSAULT'], "in an Israeli airstrike on a police vehicle in Gaza City", at('Gaza City')),
  (IDF, PSE_CIV, ['ASSAULT'], "are killed by Israeli gunfire in North Gaza Governorate", at('North Gaza Governorate')),
  (SDN_MIL, SDN_CIV, ['ASSAULT'], "five drone strikes by the Sudanese military in West Darfur", at('West Darfur')),
  (SDN_MIL, SDN_CIV, ['ASSAULT'], "in West Darfur and Central Darfur, Sudan", at('Central Darfur', r=F)),
  (unk(("drone strikes", "drones", "unknown")), SDN_CIV, ['ASSAULT'],
   "around 700 people have been killed in drone strikes in Sudan", at('Sudan', r=F)),
  (USN, DRUG_BOAT, ['ASSAULT'], "in an airstrike carried out by the United States Navy against an alleged drug boat",
   NOWHERE_NR),
  (AMBAZ, CMR_GOV, ['CONCEDE', 'RETREAT', 'AGREE'], "Ambazonian militant groups announce a temporary ceasefire in Cameroon",
   at('Cameroon')),
  (NGA_MIL, NGA_BANDITS, ['COERCE', 'ASSAULT'], "are arrested by the Nigerian Army in raids across Nigeria",
   at('Nigeria')),
  (RUS, UKR_CIV, ['ASSAULT'], "are injured in a Russian drone attack in Dnipro", at('Dnipro')),
  (SOM_MIL, SHABAAB, ['ASSAULT'], "kill at least 27 al-Shabaab militants in the semi-autonomous state of Jubaland",
   at('Jubaland')),
 ],
 'politics-may-10': [
  (IRN_DIASPORA, IRAN, ['PROTEST'], "Protests organized by exiled Iranian crown prince Reza Pahlavi are held globally",
   NOWHERE_NR),
  (SOM_GOV, SOM_PROT, ['ASSAULT', 'COERCE'], "after Somali armed forces opened gunfire to disperse", at('Mogadishu')),
  (SOM_PROT, SOM_GOV, ['PROTEST'], "protest in Mogadishu, days before president", at('Mogadishu', r=F)),
  (UKR, LATVIA, ['COERCE'], "after Ukrainian drones violated Latvian airspace", at('Latvia', r=F)),
  (UKR, RUS, ['ASSAULT'], "Latvian airspace during an attack on Russia", at('Russia', r=F)),
 ],
 'conflicts-may-15': [
  (USDOJ, SAADI, ['COERCE'], "is arrested in Turkey by the U.S. justice department", at('Turkey')),
  (ISRAEL, LEBANON, ['AGREE'], "Israel and Lebanon agreed to extend their ceasefire for 45 days", NOWHERE_NR),
  (IDF, LBN_CIV, ['ASSAULT'], "Israeli airstrikes kill at least seven people across Nabatieh", at('Nabatieh')),
  (IDF, LBN_CIV, ['ASSAULT'], "seven people across Nabatieh, Tibnin", at('Tibnin', r=F)),
  (IDF, LBN_CIV, ['ASSAULT'], "Tibnin, and Harouf, and injure", at('Harouf', r=F)),
  (IDF, LBN_CIV, ['ASSAULT'], "and injure 37 people in Tyre", at('Tyre', r=F)),
  (IDF, HAMAS, ['ASSAULT'], "is assassinated alongside his wife and daughter in an Israeli airstrike in Gaza City",
   at('Gaza City')),
  (US_NGA, MINUKI, ['ASSAULT'], "U.S. and Nigerian forces have eliminated ISIS second-in-command Abu-Bilal al-Minuki",
   NOWHERE_NR),
  (NGA_ISL, NGA_SEC, ['ASSAULT'], "in a mass shooting by Islamist militants at a specialised military school in Buni Yadi",
   at('Buni Yadi')),
  (RUS, UKR, ['CONCEDE', 'COOPERATE', 'AGREE'], "Russia and Ukraine swap 205 prisoners of war", NOWHERE_NR),
  (SDN_MIL, SDN_RSF_T, ['ASSAULT', 'COERCE'], "they have re-captured the Blue Nile town of Khor Hassan",
   at('Khor Hassan', r=F)),
 ],
 'conflicts-jun-10': [
  (CENTCOM, IRN_T, ['ASSAULT'], "launches a second round of airstrikes on targets throughout Iran", at('Iran')),
  (IDF, LBN_CIV, ['ASSAULT'], "Israeli airstrikes kill at least 12 people and injure 13 across southern Lebanon",
   at('Lebanon')),
  (unk(("drones", "drone attacks", "unknown", "russia")), UKR_CIV, ['ASSAULT'],
   "sustain damage and fire during reported drone attacks near Odesa", at('Odesa', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "in a drone strike by the Rapid Support Forces in civilian areas across El-Obeid",
   at('El-Obeid')),
  (PAK_MIL, TTP, ['ASSAULT'], "The Pakistani military conducts airstrikes along the Afghanistan-Pakistan border",
   NOWHERE_NR),
  (NGA_ATT, NGA_SCHOOL, ['ASSAULT'], "Three people are killed in an attack on a secondary school", at('Kogi State', r=F)),
  (NGA_SECF, NGA_ATT, ['ASSAULT'], "where security forces repelled the assailants after a shootout", at('Kogi State')),
  (NGA_SECF, NGA_ATT, ['MOBILIZE', 'COERCE'], "launched operations to locate those who escaped", at('Kogi State', r=F)),
  (CJNG, MEX_POL, ['ASSAULT'], "in an ambush by suspected Jalisco New Generation Cartel gunmen near the town of Mojonera",
   at('Mojonera')),
 ],
 'law-crime-jun-15': [
  (unk(("unknown", "gunman", "attacker", "unknown attacker")), SKREPETSKY, ['ASSAULT'],
   "is shot dead in Biała Podlaska, Poland", at('Biała Podlaska', r=F)),
  (NOR_COURT, HOIBY, ['COERCE'], "is convicted of two counts of rape and sentenced to four years in prison", at('Norway')),
 ],
 'law-crime-aug-15': [
  (MAR_POLICE, MIGRANTS, ['COERCE'], "Police in Morocco arrest 111 migrants", at('Morocco')),
  (unk(("thieves", "unknown", "unknown thieves")), MUSEUM, ['COERCE'],
   "are reportedly stolen from the Regional Museum of Messina in Messina", at('Messina', r=F)),
  (unk(("gunmen", "unknown gunmen", "unknown", "attackers")), ZAF_CIV, ['ASSAULT'],
   "in a mass shooting in a flat in Newclare, Johannesburg", at('Johannesburg', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
