# Gold events of the twenty-third place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree; a note only, build_gold.py does not read it). Conventions: those of
# places19's README (from devset/places13/README.md); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Haiti': ('HTI', (18.97, -72.29)), 'Poland': ('POL', (52.0, 19.4)), 'United States': ('USA', (39.83, -98.58)),
 'Democratic Republic of the Congo': ('COD', (-2.9, 23.6)), 'Kuwait': ('KWT', (29.3, 47.6)),
 'Uganda': ('UGA', (1.4, 32.3)), 'South Korea': ('KOR', (36.5, 127.9)), 'Brazil': ('BRA', (-10.8, -52.9)),
 'Syria': ('SYR', (35.0, 38.5)), 'Yemen': ('YEM', (15.6, 48.0)), 'Sudan': ('SDN', (15.0, 30.0)),
 'Turkey': ('TUR', (39.0, 35.2)), 'United Kingdom': ('GBR', (54.0, -2.0)), 'Myanmar': ('MMR', (21.0, 96.0)),
 # regions, provinces, states
 'Donetsk Oblast': ('UKR', (48.0, 37.8)), 'Gaza Strip': ('PSE', (31.42, 34.37)), 'Borno State': ('NGA', (11.5, 13.0)),
 'Los Angeles County': ('USA', (34.3, -118.2)), 'California': ('USA', (37.2, -119.5)), 'Mayotte': ('MYT', (-12.83, 45.15)),
 'Al Bayda Governorate': ('YEM', (14.2, 45.5)), 'South Carolina': ('USA', (33.9, -80.9)),
 'Middle Shabelle': ('SOM', (3.0, 45.7)), 'North Gaza': ('PSE', (31.54, 34.51)), 'North Dakota': ('USA', (47.5, -100.5)),
 'Standing Rock Reservation': ('USA', (45.9, -101.0)), 'Bomet County': ('KEN', (-0.78, 35.34)),
 # cities, towns, villages
 'Katale': ('COD', (-1.38, 29.05)), 'Bakinjaw': ('CMR', (6.2, 9.4)), 'Turbat': ('PAK', (26.00, 63.05)),
 'Caracas': ('VEN', (10.49, -66.88)), 'Most': ('CZE', (50.50, 13.64)), 'Prenzlau': ('DEU', (53.32, 13.86)),
 'Strasbourg': ('FRA', (48.58, 7.75)), 'Bukavu': ('COD', (-2.51, 28.86)), 'Bunia': ('COD', (1.56, 30.25)),
 'Munich': ('DEU', (48.14, 11.58)), 'Villach': ('AUT', (46.61, 13.85)), 'Berlin': ('DEU', (52.52, 13.40)),
 'Flint': ('USA', (43.01, -83.69)), 'Louisville': ('USA', (38.25, -85.76)), 'Virginia Beach': ('USA', (36.85, -75.98)),
 'Seoul': ('KOR', (37.57, 126.98)), 'Banja Luka': ('BIH', (44.77, 17.19)), 'Toronto': ('CAN', (43.65, -79.38)),
 'Rafah': ('PSE', (31.29, 34.25)), 'Dobropillia': ('UKR', (48.47, 37.08)), 'Bohodukhiv': ('UKR', (50.16, 35.52)),
 'Cadale': ('SOM', (2.76, 46.32)), 'Beit Lahia': ('PSE', (31.55, 34.50)), 'Kirani': ('PAK', (30.20, 66.94)),
 'Let Pan Hla': ('MMR', (22.5, 96.0)), 'Khartoum': ('SDN', (15.50, 32.56)), 'Dhaka': ('BGD', (23.81, 90.41)),
 'Luton': ('GBR', (51.88, -0.42)), 'Atwater': ('USA', (37.35, -120.61)), 'Abuja': ('NGA', (9.08, 7.40)),
 'Trondheim': ('NOR', (63.43, 10.40)), 'Del Viso': ('ARG', (-34.45, -58.78)), 'Kalaburagi': ('IND', (17.33, 76.83)),
 'Skegness': ('GBR', (53.14, 0.34)), 'Mexico City': ('MEX', (19.43, -99.13)), 'Hachiōji': ('JPN', (35.66, 139.32)),
 'Belize City': ('BLZ', (17.50, -88.20)), 'Tallahassee': ('USA', (30.44, -84.28)), 'Ankara': ('TUR', (39.93, 32.86)),
 'Rochlitz': ('DEU', (51.05, 12.80)),
}
COUNTRY_LEVEL = {'Haiti', 'Poland', 'United States', 'Democratic Republic of the Congo', 'Kuwait', 'Uganda',
                 'South Korea', 'Brazil', 'Syria', 'Yemen', 'Sudan', 'Turkey', 'United Kingdom', 'Myanmar'}
def at(name, **kw):
    c, ll = P[name]
    return dict(w=(name, c), ll=ll, **kw)
NOWHERE = {'w': None, 'r': F}
def acc(names):  # an accident or natural event: no agent (source = the event)
    return oth(names, None)

# 001 conflicts, 2025-01-04
UKR_MIL = mil(["ukrainian drone strike", "ukraine", "ukrainian forces", "ukrainian"], "UKR")
IZV = per(["war correspondent", "izvestia"], "RUS")
RUS_MIL = mil(["russian armed forces", "russia", "russian"], "RUS")
GTM_MIL = mil(["guatemalan army troops", "guatemalan army", "troops", "guatemala"], "GTM")
HTI_GANGS = ag(["gang", "gangs", "gang violence"], "HTI")
ISR_MIL = mil(["israeli airstrikes", "israel", "israeli", "israeli forces", "israeli attacks", "idf", "israel defense forces"], "ISR")
PALS = civ(["palestinians", "palestinian"], "PSE")
M23 = ag(["m23 rebels", "m23", "m23 movement", "rebels", "congo river alliance"], "COD")
COD_MIL = mil(["congolese military", "democratic republic of the congo", "army", "government forces"], "COD")
NG_GUNMEN = ag(["gunmen from nigeria", "gunmen"], None)
CMR_MIL = mil(["cameroonian soldiers", "soldiers", "cameroon"], "CMR")
BLA = ag(["balochistan liberation army", "bla"], "PAK")
PAK_MIL = mil(["military convoy", "soldiers", "pakistan", "pakistani"], "PAK")
NGA_MIL = mil(["nigerian army", "army", "soldiers", "nigeria"], "NGA")
ISLAMISTS = ag(["islamist militants", "militants", "ambush"], "NGA")
# 002 law and crime, 2025-01-09
POL = gov(["poland's government", "poland", "government"], "POL")
ICC = igo(["international criminal court", "icc"])
US_HOUSE = gov(["u.s. house of representatives", "house of representatives", "house"], "USA")
THUNE = gov(["john thune", "thune", "u.s. senate majority leader", "senate"], "USA")
MACHADO = per(["maría corina machado", "machado", "venezuelan opposition leader", "opposition leader"], "VEN")
VEN_SEC = gov(["security forces"], "VEN")
VEN_GOV = gov(["government", "venezuela", "maduro"], "VEN")
COD_GOV = gov(["democratic republic of the congo", "authorities", "justice minister", "congolese government"], "COD")
AJ = oth(["al jazeera", "network"], "QAT")
KWT = gov(["kuwaiti public prosecution", "public prosecution", "kuwait"], "KWT")
ALSAEED = per(["fajer al-saeed", "al-saeed", "media personality"], "KWT")
# 003 disasters, 2025-01-11
CDCR = gov(["cdcr", "cdcr inmates", "inmates"], "USA")
FIRES = acc(["wildfires", "california wildfires", "ongoing wildfires"])
FRANCE = gov(["france", "french"], "FRA")
MYT_PEOPLE = civ(["mayotte", "indian ocean island of mayotte"], "MYT")
CHIDO = acc(["cyclone chido"])
# 004 conflicts, 2025-02-15
MOBS = civ(["mobs"], "COD")
WFP = igo(["world food programme", "wfp", "world food programme depot"])
KAINERUGABA = mil(["muhoozi kainerugaba", "kainerugaba", "general muhoozi kainerugaba", "ugandan military", "uganda"], "UGA")
HAMAS = ag(["hamas"], "PSE")
ISR_HOSTAGES = civ(["israeli hostages", "hostages"], "ISR")
RAMMER = oth(["vehicle-ramming attack", "attacker", "perpetrator"], None)
DEU_CIV = civ(["woman", "child", "37-year-old woman"], "DEU")
STABBER_V = per(["23-year-old man", "islamic state member", "attacker"], None)
AUT_CIV = civ(["14-year-old boy", "people", "boy"], "AUT")
AUT_POLICE = gov(["police", "austrian police"], "AUT")
# 005 law and crime, 2025-02-21
KOR_POLICE = gov(["south korean police", "police"], "KOR")
YOON = gov(["yoon suk yeol", "yoon", "impeached president yoon suk yeol", "president"], "KOR")
SYR_MAN = per(["19-year-old syrian man", "syrian man"], "SYR")
TOURIST = per(["30-year-old spanish tourist", "spanish tourist", "tourist"], "ESP")
DEU_POLICE = gov(["police", "german police"], "DEU")
VEOLIA = oth(["veolia water", "veolia"], None)
FLINT = civ(["class action lawsuits", "plaintiffs", "flint"], "USA")
US_JURY = gov(["u.s. jury", "jury"], "USA")
MATAR = per(["hadi matar", "matar"], "USA")
SHOOTER = per(["gunman", "shooter", "perpetrator"], None)
US_CIV = civ(["three people", "people", "police officers"], "USA")
BRA_COURT = gov(["supreme federal court of brazil", "supreme federal court", "brazil"], "BRA")
RUMBLE = oth(["rumble", "online video platform rumble"], "USA")
# 006 law and crime, 2025-03-07
NARF = oth(["native american rights fund", "tribes", "students"], "USA")
INTERIOR = gov(["united states department of the interior", "department of the interior", "bureau of indian education", "bie"], "USA")
SEOUL_COURT = gov(["seoul central district court", "court"], "KOR")
SC = gov(["south carolina", "firing squad", "state"], "USA")
SIGMON = per(["brad sigmon", "sigmon", "convicted murderer"], "USA")
RS_POLICE = gov(["bosnian serb police", "police", "republika srpska"], "BIH")
BIH_POLICE = gov(["state police"], "BIH")
CAN_CIV = civ(["twelve people", "people"], "CAN")
# 007 conflicts, 2025-03-08
SYR_MOD = mil(["groups attributed to the syrian ministry of defense", "syrian ministry of defense", "groups"], "SYR")
ALAWITES = civ(["alawite civilians", "civilians", "alawites"], "SYR")
RUS_STRIKE = mil(["russian ballistic missile strike", "russian shahed drone strike", "russia", "russian"], "RUS")
UKR_CIV = civ(["people", "eleven people", "three people"], "UKR")
SHABAAB = ag(["al shabaab", "al-shabaab", "al-shabaab fighters"], "SOM")
SOM = gov(["somalia", "somali president hassan sheikh mohamud", "hassan sheikh mohamud", "police force", "police"], "SOM")
ETH = gov(["ethiopia", "ethiopian prime minister abiy ahmed", "abiy ahmed", "endf troops", "endf"], "ETH")
# 008 conflicts, 2025-03-15
UNICEF = igo(["unicef"])
TRUMP = gov(["u.s. president donald trump", "donald trump", "trump", "united states", "u.s. central command"], "USA")
HOUTHIS = ag(["houthi", "houthis", "houthi-controlled areas"], "YEM")
IED = oth(["improvised explosive device", "attackers"], "PAK")
PAK_POLICE = gov(["anti-terrorism force", "police officer", "police"], "PAK")
TATMADAW = mil(["tatmadaw", "myanmar military"], "MMR")
MMR_CIV = civ(["people", "27 people"], "MMR")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SDN_GOV = gov(["sudanese government", "sudan", "government"], "SDN")
SDN_CIV = civ(["eleven people", "women and children", "people"], "SDN")
# 009 law and crime, 2025-03-19
TUR_POLICE = gov(["turkish police", "police", "turkey"], "TUR")
IMAMOGLU = gov(["ekrem imamoğlu", "imamoğlu", "istanbul mayor ekrem imamoğlu", "istanbul mayor"], "TUR")
ND_JURY = gov(["jury", "jury in north dakota"], "USA")
GREENPEACE = oth(["greenpeace", "organization"], None)
ETP = oth(["energy transfer partners", "etp"], "USA")
BGD_POLICE = gov(["bangladesh police", "police", "bangladesh"], "BGD")
ARSA = ag(["ataullah abu ammar jununi", "arakan rohingya salvation army", "arsa", "leader"], "MMR")
UK_COURT = gov(["court", "united kingdom", "england"], "GBR")
PROSPER = per(["nicholas prosper", "prosper", "19-year-old"], "GBR")
STABBER = per(["attacker", "perpetrator", "stabbing attack"], None)
# 010 law and crime, 2025-03-29
TESLA_PROT = civ(["protests", "protesters"], None)
MUSK = gov(["elon musk", "musk", "tesla", "doge chief", "tesla dealerships"], "USA")
NGA_SEC = gov(["security forces", "police", "nigeria"], "NGA")
IMN = civ(["islamic movement of nigeria", "pro-palestine march", "march", "marchers"], "NGA")
NOR_CIV = civ(["four people", "people"], "NOR")
NOR_POLICE = gov(["police"], "NOR")
# 012 law and crime, 2025-04-17
HIJACKER = per(["hijacker", "u.s. citizen"], "USA")
PASSENGERS = civ(["passengers", "passenger", "three others"], "BLZ")
FSU_SHOOTER = per(["suspect", "shooter", "gunman"], "USA")
FSU = civ(["people", "florida state university", "students"], "USA")
US_POLICE = gov(["local police", "police"], "USA")
TUR_POLICE2 = gov(["turkish police", "police", "interior ministry"], "TUR")
DEALERS = civ(["525 suspected drug dealers", "suspected drug dealers", "drug dealers"], "TUR")
MMR_GOV = gov(["government of myanmar", "myanmar", "government"], "MMR")
PRISONERS = civ(["prisoners", "political prisoners", "4,893 prisoners"], "MMR")
DEU_CIV2 = civ(["two people", "people"], "DEU")

ANN = {
 'conflicts-jan-04': [
  (UKR_MIL, IZV, ['ASSAULT'], "is killed in a Ukrainian drone strike in Donetsk Oblast", at('Donetsk Oblast')),
  (RUS_MIL, UKR_MIL, ['ASSAULT'], "claims to have shot down eight American ATACMS missiles", NOWHERE),
  (RUS_MIL, UKR_MIL, ['THREATEN'], "fired by Ukraine and vows retaliation", NOWHERE),
  (GTM_MIL, HTI_GANGS, ['MOBILIZE', 'AID', 'COOPERATE'], "Another 75 Guatemalan Army troops arrive in Haiti", at('Haiti')),
  (ISR_MIL, PALS, ['ASSAULT'], "in Israeli airstrikes on Gaza City and Khan Younis", at('Gaza Strip')),
  (M23, COD_MIL, ['ASSAULT', 'COERCE'], "M23 rebels capture the strategic town of Katale", at('Katale')),
  (NG_GUNMEN, CMR_MIL, ['ASSAULT'], "Gunmen from Nigeria kill at least five Cameroonian soldiers", at('Bakinjaw')),
  (BLA, PAK_MIL, ['ASSAULT'], "in a car bombing in Turbat, Balochistan, Pakistan", at('Turbat')),
  (BLA, PAK_MIL, ['ASSAULT'], "The Balochistan Liberation Army claims responsibility for the attack", at('Turbat', r=F)),
  (NGA_MIL, ISLAMISTS, ['ASSAULT'], "The Nigerian Army repels an ambush in Borno State", at('Borno State')),
 ],
 'law-crime-jan-09': [
  (POL, ICC, ['REJECT'], "confirms that it will not comply with an International Criminal Court", at('Poland')),
  (US_HOUSE, ICC, ['SANCTION'], "The U.S. House of Representatives votes 243 to 140 to sanction the ICC", at('United States')),
  (THUNE, ICC, ['SANCTION'], "John Thune promises swift consideration of the Illegitimate Court Counteraction Act", at('United States', r=F)),
  (VEN_SEC, MACHADO, ['COERCE'], "is briefly arrested when her convoy is intercepted by security forces", at('Caracas')),
  (MACHADO, VEN_GOV, ['PROTEST'], "as it departs an anti-government protest in Caracas", at('Caracas')),
  (COD_GOV, AJ, ['COERCE', 'SANCTION'], "The Democratic Republic of the Congo bans Al Jazeera from operating", at('Democratic Republic of the Congo')),
  (COD_GOV, None, ['THREATEN'], "with the justice minister threatening to invoke the death penalty", at('Democratic Republic of the Congo', r=F)),
  (KWT, ALSAEED, ['COERCE'], "The Kuwaiti public prosecution detains media personality Fajer Al-Saeed", at('Kuwait')),
 ],
 'disasters-jan-11': [
  (CDCR, FIRES, ['MOBILIZE', 'AID'], "At least 939 CDCR inmates are deployed to fight the ongoing wildfires", at('Los Angeles County')),
  (FIRES, None, ['ASSAULT'], "The number of deaths in the California wildfires rises to 16.", at('California', r=F)),
  (FRANCE, MYT_PEOPLE, ['MOBILIZE', 'COERCE'], "France places the Indian Ocean island of Mayotte on red alert", at('Mayotte')),
  (CHIDO, MYT_PEOPLE, ['ASSAULT'], "the French overseas department was devastated by Cyclone Chido", at('Mayotte', r=F)),
  (acc(["explosion", "gas station explosion"]), None, ['ASSAULT'], "in an explosion at a gas station in Al Bayda Governorate", at('Al Bayda Governorate', r=F)),
  (acc(["propane-butane cylinder", "explosion"]), None, ['ASSAULT'], "when a propane-butane cylinder explodes in a restaurant in Most", at('Most', r=F)),
  (acc(["bus", "bus crash"]), None, ['ASSAULT'], "when a bus flips on its side on a highway near Prenzlau", at('Prenzlau', r=F)),
  (acc(["trams", "tram collision"]), None, ['ASSAULT'], "when two trams collide in a tunnel in Strasbourg", at('Strasbourg', r=F)),
 ],
 'conflicts-feb-15': [
  (M23, COD_MIL, ['ASSAULT', 'COERCE'], "as M23 rebels advance into the city", at('Bukavu')),
  (MOBS, WFP, ['ASSAULT'], "Mobs loot several facilities, including a World Food Programme depot.", at('Bukavu', r=F)),
  (COD_MIL, M23, ['RETREAT'], "The Congolese military withdraws from Bukavu heading south", at('Bukavu')),
  (KAINERUGABA, COD_GOV, ['THREATEN'], "threatens to invade the Democratic Republic of the Congo", at('Uganda')),
  (KAINERUGABA, COD_GOV, ['ASSAULT', 'COERCE'], "take control of Bunia, the capital of Ituri Province", at('Bunia', s='h')),
  (KAINERUGABA, None, ['ACCUSE'], "Kainerugaba alleges that the Hema people are being killed.", NOWHERE),
  (HAMAS, ISR_HOSTAGES, ['CONCEDE', 'AGREE'], "Hamas releases three Israeli hostages in exchange", NOWHERE),
  (RAMMER, DEU_CIV, ['ASSAULT'], "injuries sustained in a vehicle-ramming attack in Munich, Germany", at('Munich')),
  (STABBER_V, AUT_CIV, ['ASSAULT'], "in a mass stabbing on a street in Villach, Carinthia, Austria", at('Villach')),
  (AUT_POLICE, STABBER_V, ['COERCE'], "A 23-year-old man, an Islamic State member, is arrested.", at('Villach', r=F)),
 ],
 'law-crime-feb-21': [
  (KOR_POLICE, YOON, ['ACCUSE', 'INVESTIGATE'], "South Korean police file a case against impeached president Yoon Suk Yeol", at('South Korea')),
  (SYR_MAN, TOURIST, ['ASSAULT'], "is seriously injured in a stabbing attack at the Memorial to the Murdered Jews", at('Berlin')),
  (DEU_POLICE, SYR_MAN, ['COERCE'], "A 19-year-old Syrian man is arrested.", at('Berlin', r=F)),
  (VEOLIA, FLINT, ['CONCEDE', 'AGREE'], "Veolia Water agrees to pay $53 million in settlement", at('Flint', r=F)),
  (US_JURY, MATAR, ['COERCE'], "Hadi Matar is found guilty by a U.S. jury of attempted murder", at('United States')),
  (SHOOTER, US_CIV, ['ASSAULT'], "killed in a shooting outside of a motor vehicle office in Louisville", at('Louisville')),
  (SHOOTER, US_CIV, ['ASSAULT'], "are killed during a traffic stop in Virginia Beach", at('Virginia Beach')),
  (BRA_COURT, RUMBLE, ['COERCE', 'SANCTION'], "orders the suspension of online video platform Rumble", at('Brazil')),
 ],
 'law-crime-mar-07': [
  (NARF, INTERIOR, ['ACCUSE'], "file a lawsuit against the United States Department of the Interior", at('United States')),
  (SEOUL_COURT, YOON, ['CONCEDE'], "The Seoul Central District Court lifts the arrest warrant", at('Seoul')),
  (SC, SIGMON, ['ASSAULT', 'COERCE'], "is executed by firing squad at Broad River Correctional Institution", at('South Carolina')),
  (RS_POLICE, BIH_POLICE, ['COERCE'], "Bosnian Serb police begin removing state police from their posts in Banja Luka", at('Banja Luka')),
  (SHOOTER, CAN_CIV, ['ASSAULT'], "Twelve people are injured in a mass shooting at a pub in Toronto", at('Toronto')),
 ],
 'conflicts-mar-08': [
  (SYR_MOD, ALAWITES, ['ASSAULT'], "have killed over 750 Alawite civilians across several massacres in western Syria", at('Syria')),
  (ISR_MIL, PALS, ['ASSAULT'], "Three Palestinians are killed in Israeli attacks in the Gaza Strip", at('Rafah')),
  (ISR_MIL, PALS, ['ASSAULT'], "two by a drone strike in Rafah", at('Rafah', r=F)),
  (ISR_MIL, PALS, ['ASSAULT'], "one by gunfire in al-Tannour, Rafah Governorate", at('Rafah', r=F)),
  (RUS_STRIKE, UKR_CIV, ['ASSAULT'], "A Russian ballistic missile strike on Dobropillia", at('Dobropillia')),
  (RUS_STRIKE, UKR_CIV, ['ASSAULT'], "A Russian Shahed drone strike on a business park in Bohodukhiv", at('Bohodukhiv')),
  (SHABAAB, SOM, ['ASSAULT', 'COERCE'], "Al Shabaab seizes the town of Cadale and some villages", at('Cadale')),
  (SOM, ETH, ['REQUEST'], "Somali President Hassan Sheikh Mohamud asks Ethiopian Prime Minister Abiy Ahmed for help", NOWHERE),
  (ETH, SHABAAB, ['MOBILIZE'], "Ethiopia sends ten thousand ENDF troops near the Ethiopia–Somalia border", NOWHERE),
  (SHABAAB, SOM, ['ASSAULT'], "as heavy fighting breaks out after Al-Shabaab fighters attack the Police Force", at('Middle Shabelle')),
  (SHABAAB, SOM, ['ASSAULT', 'COERCE'], "Al-Shabaab claims to have taken over new areas of Al-Kawthar and Boos-Hareeri", at('Middle Shabelle', r=F)),
 ],
 'conflicts-mar-15': [
  (ISR_MIL, PALS, ['ASSAULT'], "Israeli airstrikes kill at least nine Palestinians", at('Beit Lahia')),
  (ISR_MIL, PALS, ['COERCE'], "are malnourished due to the Israeli blockade stopping all humanitarian aid", at('North Gaza', r=F)),
  (TRUMP, HOUTHIS, ['ASSAULT'], "orders a series of airstrikes on Houthi-controlled areas in Yemen", at('Yemen')),
  (TRUMP, HOUTHIS, ['THREATEN'], "announces that the strikes are the beginning of a large-scale operation", at('Yemen', s='h')),
  (IED, PAK_POLICE, ['ASSAULT'], "strikes an Anti-Terrorism Force vehicle on patrol in Kirani", at('Kirani')),
  (TATMADAW, MMR_CIV, ['ASSAULT'], "in an airstrike by the Tatmadaw in Let Pan Hla near Mandalay", at('Let Pan Hla')),
  (RSF, SDN_CIV, ['ASSAULT'], "are discovered at the bottom of a well in Khartoum", at('Khartoum')),
  (SDN_GOV, RSF, ['ACCUSE'], "The Sudanese government accuses the Rapid Support Forces", at('Sudan', r=F)),
 ],
 'law-crime-mar-19': [
  (TUR_POLICE, IMAMOGLU, ['COERCE'], "is arrested by Turkish Police along with more than 100 other people", at('Turkey')),
  (ND_JURY, GREENPEACE, ['SANCTION', 'COERCE'], "orders Greenpeace to pay at least $660 million", at('North Dakota')),
  (GREENPEACE, ETP, ['PROTEST'], "for holding protests near Standing Rock Reservation", at('Standing Rock Reservation', r=F)),
  (BGD_POLICE, ARSA, ['COERCE'], "Bangladesh Police arrest Ataullah abu Ammar Jununi", at('Dhaka')),
  (PROSPER, None, ['ASSAULT'], "convicted of killing three family members and plotting a school shooting", at('Luton', r=F)),
  (UK_COURT, PROSPER, ['COERCE'], "is sentenced to minimum of 49 years in prison", at('United Kingdom')),
  (STABBER, None, ['ASSAULT'], "Four people are injured in a stabbing attack in Atwater, California.", at('Atwater')),
 ],
 'law-crime-mar-29': [
  (TESLA_PROT, MUSK, ['PROTEST'], "Protests are held at Tesla dealerships across the United States", NOWHERE),
  (NGA_SEC, IMN, ['ASSAULT'], "Security forces open fire at a pro-Palestine march", at('Abuja')),
  (IMN, None, ['PROTEST'], "a pro-Palestine march organized by the Islamic Movement of Nigeria", at('Abuja')),
  (NGA_SEC, IMN, ['COERCE'], "killing five people and arresting 19 more", at('Abuja', r=F)),
  (IMN, NGA_SEC, ['ASSAULT'], "A policeman is killed in the subsequent clashes.", at('Abuja', r=F)),
  (STABBER, NOR_CIV, ['ASSAULT'], "Four people are injured in a stabbing attack in Trondheim", at('Trondheim')),
  (NOR_POLICE, STABBER, ['COERCE'], "with the perpetrator being arrested", at('Trondheim', r=F)),
 ],
 'disasters-apr-05': [
  (acc(["three vehicles", "collision"]), None, ['ASSAULT'], "Three vehicles collided in Bomet County, Kenya", at('Bomet County', r=F)),
  (acc(["car", "crash"]), None, ['ASSAULT'], "crashed into a tree near Del Viso, Argentina", at('Del Viso', r=F)),
  (acc(["minibus", "crash"]), None, ['ASSAULT'], "A minibus crashed into a parked truck in Kalaburagi", at('Kalaburagi', r=F)),
  (acc(["caravan", "fire"]), None, ['ASSAULT'], "after a caravan catches fire at a campsite in Skegness", at('Skegness', r=F)),
  (acc(["metal structure", "collapse"]), None, ['ASSAULT'], "after a metal structure collapses during the Festival Ceremonia", at('Mexico City', r=F)),
  (acc(["tour buses", "collision"]), None, ['ASSAULT'], "Two tour buses collide along the Chūō Expressway in Hachiōji", at('Hachiōji', r=F)),
 ],
 'law-crime-apr-17': [
  (HIJACKER, PASSENGERS, ['ASSAULT'], "hijacks a Tropic Air Cessna 208 Caravan and attacks passengers with a knife", at('Belize City')),
  (PASSENGERS, HIJACKER, ['ASSAULT'], "before being fatally shot by a passenger with a firearm", at('Belize City', r=F)),
  (FSU_SHOOTER, FSU, ['ASSAULT'], "in a mass shooting at Florida State University in Tallahassee", at('Tallahassee')),
  (US_POLICE, FSU_SHOOTER, ['COERCE'], "The suspect is arrested by local police.", at('Tallahassee', r=F)),
  (TUR_POLICE2, DEALERS, ['COERCE'], "Turkish police detain 525 suspected drug dealers in Ankara", at('Ankara')),
  (MMR_GOV, PRISONERS, ['CONCEDE'], "The government of Myanmar pardons and releases 4,893 prisoners", at('Myanmar')),
  (STABBER, DEU_CIV2, ['ASSAULT'], "in a stabbing attack at an Aldi supermarket in Rochlitz", at('Rochlitz')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
