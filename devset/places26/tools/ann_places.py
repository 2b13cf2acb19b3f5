# Gold events of the twenty-sixth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places25's README (from places24, places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Chad': ('TCD', (15.45, 18.73)), 'Benin': ('BEN', (9.3, 2.3)), 'Syria': ('SYR', (35.0, 38.5)),
 'Indonesia': ('IDN', (-2.5, 118.0)), 'Mali': ('MLI', (17.6, -4.0)), 'Peru': ('PER', (-9.2, -75.0)),
 'United States': ('USA', (39.83, -98.58)), 'Sri Lanka': ('LKA', (7.87, 80.77)), 'Estonia': ('EST', (58.6, 25.0)),
 'France': ('FRA', (46.6, 2.4)), 'Morocco': ('MAR', (31.8, -7.1)), 'Nepal': ('NPL', (28.4, 84.1)),
 # regions, provinces, states, districts, counties, islands
 'Gaza Strip': ('PSE', (31.42, 34.38)), 'Los Angeles County': ('USA', (34.3, -118.2)),
 'Sonora': ('MEX', (29.3, -110.3)), 'Vermont': ('USA', (44.0, -72.7)), 'Tartus Governorate': ('SYR', (34.9, 36.0)),
 'Yahukimo Regency': ('IDN', (-4.6, 139.6)), 'Puntland': ('SOM', (8.4, 49.0)), 'Sagaing District': ('MMR', (21.9, 95.9)),
 'Colorado': ('USA', (39.0, -105.5)), 'Cebu': ('PHL', (10.4, 123.9)), 'Darfur': ('SDN', (13.5, 24.0)),
 # cities, towns, villages, districts
 "N'Djamena": ('TCD', (12.11, 15.04)), 'Zaporizhzhia': ('UKR', (47.84, 35.14)), 'Ramree': ('MMR', (19.09, 93.86)),
 'Taichung': ('TWN', (24.15, 120.67)), 'Rio de Janeiro': ('BRA', (-22.91, -43.17)), 'Florence': ('ITA', (43.77, 11.26)),
 'Kabul': ('AFG', (34.53, 69.17)), 'Beitbridge': ('ZWE', (-22.22, 30.00)), 'Teuchitlán': ('MEX', (20.68, -103.85)),
 'Piatykhatky': ('UKR', (47.6, 35.5)), 'Bamako': ('MLI', (12.64, -8.00)), 'San José Iturbide': ('MEX', (21.00, -100.38)),
 'Albina': ('SUR', (5.50, -54.05)), 'Riggae': ('KWT', (29.31, 47.93)), 'Chaten': ('IND', (27.7, 88.6)),
 'Ramallah': ('PSE', (31.90, 35.20)), 'Al-Hashamah': ('YEM', (13.5, 44.0)), 'Cookeville': ('USA', (36.16, -85.50)),
 'Charlotte': ('USA', (35.23, -80.84)), 'Sulaymaniyah': ('IRQ', (35.56, 45.44)), 'Ilford': ('GBR', (51.56, 0.07)),
 'Vaindloo': ('EST', (59.82, 26.36)), 'Paris': ('FRA', (48.86, 2.35)), 'Areti': ('ETH', (9.0, 39.4)),
 'Sidoarjo': ('IDN', (-7.45, 112.72)), 'Damascus': ('SYR', (33.51, 36.29)), 'New York': ('USA', (40.71, -74.01)),
 'Deir Istiya': ('PSE', (32.13, 35.14)), 'Oryol': ('RUS', (52.97, 36.07)), 'Sosnovka': ('RUS', (48.0, 135.0)),
 'Croix-des-Bouquets': ('HTI', (18.58, -72.23)), 'Beijing': ('CHN', (39.90, 116.41)),
 'Villajoyosa': ('ESP', (38.51, -0.23)), 'Frankfort': ('USA', (38.20, -84.87)),
}
COUNTRY_LEVEL = {'Chad', 'Benin', 'Syria', 'Indonesia', 'Mali', 'Peru', 'United States', 'Sri Lanka', 'Estonia',
                 'France', 'Morocco', 'Nepal'}
def at(name, **kw):
    c, ll = P[name]
    return dict(w=(name, c), ll=ll, **kw)
NOWHERE = {'w': None, 'r': F}
def acc(names):  # an accident or natural event: no agent (source = the event)
    return oth(names, None)

# several pages
RUS_MIL = mil(["russia", "russian", "russian forces", "russian soldiers", "russian air defense", "air defense"], "RUS")
UKR_MIL = mil(["ukraine", "ukrainian", "ukrainian forces", "ukrainian fp-5 flamingo", "drones", "ukrainian intelligence directorate", "intelligence directorate"], "UKR")
ISR_SETTLERS = civ(["israeli settlers", "settlers"], "ISR")
PSE_CIV = civ(["palestinians", "two palestinians", "palestinian", "people"], "PSE")
UNKNOWN = oth(["unknown attackers", "perpetrator", "perpetrators", "attackers"], None)
# 001 conflicts, 2025-01-08
BOKO = ag(["boko haram", "insurgents", "attackers", "18 insurgents", "gunmen"], None)
CHAD_GOV = gov(["chadian government", "chad", "government", "chad national army", "army", "presidential palace", "security force"], "TCD")
CHAD_MIL = mil(["chad national army", "army", "chadian army", "chad"], "TCD")
ISR_MIL = mil(["israel", "israeli", "israeli airstrikes", "israel defense forces", "idf", "israeli military"], "ISR")
UKR_CIV = civ(["people", "industrial facility", "ukraine", "zaporizhzhia", "civilians"], "UKR")
BEN_MIL = mil(["soldiers", "twenty-eight soldiers", "benin", "beninese army"], "BEN")
TATMADAW = mil(["tatmadaw", "myanmar military", "myanmar", "military junta", "air force", "myanmar air force"], "MMR")
MMR_CIV = civ(["people", "civilians", "ramree", "buddhist monastery", "monastery", "children"], "MMR")
# 002 disasters, 2025-02-13 (accidents only)
# 003 law and crime, 2025-03-05
LA_COUNTY = gov(["los angeles county", "county"], "USA")
SCE = oth(["southern california edison", "edison", "electric utility company", "company"], "USA")
MEX_POLICE = gov(["mexican law enforcement", "law enforcement", "mexico", "mexican authorities"], "MEX")
SMUGGLERS = oth(["man", "smugglers", "cartel", "drug traffickers"], "MEX")
VT_ATTORNEY = gov(["u.s. attorney's office for the district court of vermont", "u.s. attorney's office", "attorney's office", "united states", "us"], "USA")
CANADIANS = oth(["canadians", "25 canadians", "five of those 25", "five"], "CAN")
# 004 conflicts, 2025-04-10
SYR_GOV = gov(["government-affiliated forces", "syrian government", "syria", "government forces", "syrian forces"], "SYR")
ALAWITES = civ(["civilians", "alawites", "alawite civilians", "sixteen civilians", "civilian homes"], "SYR")
UKR_POW = mil(["ukrainian prisoners of war", "prisoners of war", "four ukrainian prisoners of war", "ukrainian soldiers"], "UKR")
TPNPB = ag(["west papua national liberation army", "tpnpb", "militants"], "IDN")
GOLD_MINERS = civ(["seventeen people", "people", "gold miners", "indonesian army soldiers", "soldiers"], "IDN")
IDN_GOV = gov(["indonesian government", "indonesia", "government", "indonesian army"], "IDN")
# 005 politics, 2025-05-13
PUNTLAND = gov(["puntland", "puntland security force", "spokesperson"], "SOM")
ISIS_SOM = ag(["islamic state", "islamic state militants", "isis", "militants"], "SOM")
GOITA = gov(["assimi goïta", "goïta", "goita", "malian interim president assimi goïta", "interim president", "mali", "malian junta"], "MLI")
MLI_PARTIES = oth(["political parties", "all political parties and organizations", "parties", "organizations"], "MLI")
MLI_PROT = civ(["protesters", "pro-democracy protesters", "pro-democracy protests"], "MLI")
ADRIANZEN = gov(["gustavo adrianzén", "adrianzén", "adrianzen", "prime minister of peru", "prime minister", "peru"], "PER")
# 006 disasters, 2025-06-01 (accidents only)
# 007 conflicts, 2025-07-11
TRUMP = gov(["donald trump", "trump", "united states president donald trump", "united states", "us", "pentagon"], "USA")
PENTAGON = gov(["pentagon", "united states", "us", "united states department of defense"], "USA")
UKRAINE = st(["ukraine", "nato allies", "nato", "ukrainian"], "UKR")
# 008 law and crime, 2025-08-22
LKA_POLICE = gov(["sri lanka police", "police", "sri lanka", "sri lankan police"], "LKA")
WICKREMESINGHE = per(["ranil wickremesinghe", "wickremesinghe", "former president ranil wickremesinghe", "former president"], "LKA")
USA_JAIL = gov(["jail", "united states", "us authorities", "authorities"], "USA")
ABREGO = per(["kilmar abrego garcia", "abrego garcia", "salvadoran national kilmar abrego garcia"], "SLV")
BROWN = per(["decarlos brown", "suspect", "34-year-old decarlos brown", "brown"], "USA")
ZARUTSKA = per(["iryna zarutska", "zarutska", "ukrainian refugee iryna zarutska", "ukrainian refugee"], "UKR")
US_POLICE = gov(["police", "authorities", "united states", "us"], "USA")
IRQ_FORCES = gov(["security forces", "kurdistan region", "authorities", "sulaymaniyah"], "IRQ")
TALABANI_NEPHEW = per(["nephew of former president jalal talabani", "nephew", "talabani"], "IRQ")
ILFORD_VICTIMS = civ(["five people", "people", "indian restaurant", "restaurant"], "GBR")
ARGUELLO = gov(["christine arguello", "united states district judge christine arguello", "judge", "united states district judge", "united states", "court"], "USA")
CORREA = per(["michael sang correa", "correa", "former gambian paramilitary member", "paramilitary member"], "GMB")
JAMMEH_VICTIMS = civ(["victims", "gambians", "people"], "GMB")
# 009 international relations, 2025-09-19
EST = st(["estonia", "estonian", "estonian government", "estonian foreign ministry"], "EST")
RUS = st(["russia", "russian", "russia's chargé d'affaires", "chargé d'affaires", "russian mig-31 fighter jets", "mig-31", "fighter jets", "jets"], "RUS")
NATO_ITA = igo(["nato", "italian air force", "italian air force f-35s", "f-35s", "italy"], None)
UNSC = igo(["united nations security council", "unsc", "security council", "nine unsc countries", "united nations"], None)
IRN = st(["iran", "iranian"], "IRN")
FRA = st(["france", "french", "french authorities", "french government"], "FRA")
MLI = st(["mali", "malian", "mali government", "mali officials", "malian authorities", "mali diplomats", "two mali diplomats"], "MLI")
FR_CITIZEN = per(["french citizen", "citizen"], "FRA")
IRL = st(["ireland", "irish", "irish government"], "IRL")
GBR = st(["united kingdom", "uk", "british", "british government"], "GBR")
MAR = st(["morocco", "moroccan"], "MAR")
# 010 disasters, 2025-10-01 (accidents, and one act of a provincial government)
CEBU_GOV = gov(["cebu governor pam baricuatro", "pam baricuatro", "baricuatro", "cebu governor", "governor", "cebu"], "PHL")
# 011 conflicts, 2025-11-13
HAMAS = ag(["hamas"], "PSE")
ISR_MIL_11 = mil(["israeli military", "israel", "israeli", "israel defense forces", "idf"], "ISR")
MOSQUE = civ(["hajja hamida mosque", "mosque", "palestinians", "deir istiya"], "PSE")
RUS_CIV = civ(["oryol", "cars", "apartments", "residents", "russia"], "RUS")
TRAIN = oth(["train", "train carrying north korean weapons", "russia", "trans-siberian railway"], "RUS")
HTI_POLICE = gov(["haitian police", "police", "officers", "haiti", "haitian national police"], "HTI")
HTI_GANG = ag(["gang members", "seven gang members", "gangs", "gang", "helicopter"], "HTI")
# 012 law and crime, 2025-12-09
ICC = igo(["international criminal court", "icc"], None)
KUSHAYB = per(["ali kushayb", "kushayb", "janjaweed militia leader ali kushayb", "janjaweed", "janjaweed militia"], "SDN")
DARFUR_CIV = civ(["civilians", "people", "darfur"], "SDN")
DOLAN = oth(["cardinal timothy dolan", "timothy dolan", "dolan", "roman catholic archdiocese of new york", "archdiocese", "church"], "USA")
ABUSE_VICTIMS = civ(["victims", "victims of sexual abuse"], "USA")
BEIJING_COURT = gov(["court", "court in beijing", "china", "chinese court"], "CHN")
MAS = oth(["malaysia airlines", "mh"], "MYS")
VJ_COURT = gov(["court", "court in villajoyosa", "spain", "spanish court", "authorities"], "ESP")
KUZMINOV = per(["maxim kuzminov", "kuzminov", "russian defector maxim kuzminov", "russian defector"], "RUS")
KSU_SHOOTER = oth(["suspect", "shooter", "gunman"], "USA")
KSU_VICTIMS = civ(["one person", "person", "people", "kentucky state university", "students"], "USA")
CIAA = gov(["nepalese commission for the investigation of abuse of authority", "commission for the investigation of abuse of authority", "ciaa", "commission", "nepal"], "NPL")
CHARGED_55 = oth(["55 people", "former ministers", "officials", "chinese engineering company", "former ministers and officials"], "NPL")

ANN = {
 'conflicts-jan-08': [
  (BOKO, CHAD_GOV, ['ASSAULT'], "Gunfire and military vehicles are reported near the Presidential Palace in N'Djamena", at("N'Djamena")),
  (CHAD_GOV, BOKO, ['ACCUSE'], "with the Chadian government accusing Boko Haram of being behind the attack", at('Chad', r=F)),
  (CHAD_MIL, BOKO, ['ASSAULT', 'COERCE'], "The Chad National Army has reportedly regained stable control of the capital", at("N'Djamena")),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israeli airstrikes across the Gaza Strip kill at least 27 people.", at('Gaza Strip')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russian forces attack an industrial facility in Zaporizhzhia", at('Zaporizhzhia')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Further strikes on Zaporizhzhia with guided aerial bombs kill 13 more people", at('Zaporizhzhia')),
  (UNKNOWN, BEN_MIL, ['ASSAULT'], "Twenty-eight soldiers are killed during a mass shooting in northern Benin", at('Benin', r=F)),
  (TATMADAW, MMR_CIV, ['ASSAULT'], "are killed and 12 others are injured in Tatmadaw airstrikes on Ramree", at('Ramree')),
 ],
 'disasters-feb-13': [
  (acc(["gas explosion", "explosion"]), None, ['ASSAULT'], "by a gas explosion at a Shin Kong Mitsukoshi department store in Taichung", at('Taichung', r=F)),
  (acc(["fire", "costume factory fire"]), None, ['ASSAULT'], "in a fire inside of a costume factory in Rio de Janeiro", at('Rio de Janeiro', r=F)),
  (acc(["gastroenteritis outbreak", "outbreak"]), None, ['ASSAULT'], "after a gastroenteritis outbreak at four hospices in Florence", at('Florence', r=F)),
  (acc(["explosion", "suicide attack"]), None, ['ASSAULT'], "by an explosion at the Ministry of Urban Development and Housing compound in Kabul", at('Kabul', r=F)),
  (acc(["collision", "uss harry s. truman", "aircraft carrier", "besiktas-m"]), None, ['ASSAULT'], "was involved in a collision at sea with the merchant vessel Besiktas-M", NOWHERE),
  (acc(["bus", "truck", "bus and truck"]), None, ['ASSAULT'], "when a bus and truck crashed into eachover in Beitbridge", at('Beitbridge', r=F)),
 ],
 'law-crime-mar-05': [
  (LA_COUNTY, SCE, ['ACCUSE'], "Los Angeles County files a lawsuit against Southern California Edison", at('Los Angeles County')),
  (acc(["eaton fire", "fire"]), None, ['ASSAULT'], "from the fire that damaged over 9,400 buildings and killed 17 people", NOWHERE),
  (MEX_POLICE, SMUGGLERS, ['COERCE'], "Mexican law enforcement announces the seizure of 275,000 fentanyl pills", at('Sonora')),
  (MEX_POLICE, SMUGGLERS, ['COERCE'], "A man is arrested in connection to the seizure.", at('Sonora', r=F)),
  (SMUGGLERS, civ(["victims", "people"], "MEX"), ['ASSAULT'], "are found at an extermination camp in Teuchitlán", at('Teuchitlán', r=F)),
  (VT_ATTORNEY, CANADIANS, ['ACCUSE'], "indicts and charges 25 Canadians for conspiracy to defraud elderly people", at('Vermont')),
  (VT_ATTORNEY, CANADIANS, ['ACCUSE'], "charges five of those 25 with conspiracy to commit money laundering", at('Vermont', r=F)),
 ],
 'conflicts-apr-10': [
  (UNKNOWN, ALAWITES, ['ASSAULT'], "extrajudicial killings of civilians in Alawite-dominated coastal Syrian regions", at('Syria', r=F)),
  (SYR_GOV, ALAWITES, ['COERCE'], "Several civilian homes in Tartus Governorate are seized by government-affiliated forces.", at('Tartus Governorate')),
  (RUS_MIL, UKR_POW, ['ASSAULT'], "summarily executing four Ukrainian prisoners of war last month in Piatykhatky", at('Piatykhatky', r=F)),
  (TPNPB, GOLD_MINERS, ['ASSAULT'], "Seventeen people are killed by West Papua National Liberation Army (TPNPB) militants", at('Yahukimo Regency')),
  (TPNPB, IDN_GOV, ['ACCUSE'], "The TPNPB alleges that they attacked Indonesian Army soldiers disguised as gold miners", NOWHERE),
  (IDN_GOV, TPNPB, ['REJECT'], "while the Indonesian government rejects the claim", at('Indonesia', r=F)),
 ],
 'politics-may-13': [
  (PUNTLAND, ISIS_SOM, ['MOBILIZE'], "confirms that Puntland has acquired four military helicopters", at('Puntland')),
  (PUNTLAND, ISIS_SOM, ['ASSAULT'], "to support ongoing military operations against Islamic State militants in the region", at('Puntland', r=F)),
  (GOITA, MLI_PARTIES, ['COERCE'], "signs a decree dissolving all political parties and organizations", at('Mali')),
  (MLI_PROT, GOITA, ['PROTEST'], "following ongoing pro-democracy protests in the capital city Bamako", at('Bamako', r=F)),
  (ADRIANZEN, None, ['CONCEDE'], "Prime Minister of Peru Gustavo Adrianzén resigns a day before a vote of censure", at('Peru', r=F)),
 ],
 'disasters-jun-01': [
  (acc(["fire"]), None, ['ASSAULT'], "in a fire at a drug rehabilitation center in San José Iturbide", at('San José Iturbide', r=F)),
  (acc(["aluminium boat", "boat", "gust of wind", "wave"]), None, ['ASSAULT'], "a large wave on the Maroni river near Albina, Suriname", at('Albina', r=F)),
  (acc(["fire"]), None, ['ASSAULT'], "Five people are killed in a fire at an apartment block in Riggae", at('Riggae', r=F)),
  (acc(["landslide"]), None, ['ASSAULT'], "Three soldiers are killed in a landslide at an army camp in Chaten", at('Chaten', r=F)),
 ],
 'conflicts-jul-11': [
  (TRUMP, UKRAINE, ['AID', 'COOPERATE'], "confirms plans to sell weapons to NATO allies to be provided to Ukraine", at('United States', r=F)),
  (PENTAGON, UKRAINE, ['SANCTION'], "after the Pentagon previously paused weapon shipments", at('United States', r=F)),
  (ISR_SETTLERS, PSE_CIV, ['ASSAULT'], "Israeli settlers kill two Palestinians near Ramallah in the West Bank.", at('Ramallah')),
  (TATMADAW, MMR_CIV, ['ASSAULT'], "in an Air Force strike on a Buddhist monastery in the District of Sagaing", at('Sagaing District')),
  (UNKNOWN, civ(["children", "five children"], "YEM"), ['ASSAULT'], "At least five children are killed after an explosive device detonates in Al-Hashamah", at('Al-Hashamah', r=F)),
 ],
 'law-crime-aug-22': [
  (LKA_POLICE, WICKREMESINGHE, ['COERCE'], "Sri Lanka police arrest and detain former president Ranil Wickremesinghe", at('Sri Lanka')),
  (USA_JAIL, ABREGO, ['CONCEDE'], "is released from jail in Cookeville, Tennessee, United States", at('Cookeville', r=F)),
  (BROWN, ZARUTSKA, ['ASSAULT'], "Ukrainian refugee Iryna Zarutska is killed in a stabbing incident on the Lynx Blue Line in Charlotte", at('Charlotte')),
  (US_POLICE, BROWN, ['COERCE'], "The suspect, identified as 34-year-old Decarlos Brown, is arrested.", at('Charlotte', r=F)),
  (UNKNOWN, IRQ_FORCES, ['ASSAULT'], "At least five people are killed and 18 others are injured during clashes in Sulaymaniyah", at('Sulaymaniyah', r=F)),
  (IRQ_FORCES, TALABANI_NEPHEW, ['COERCE'], "after the arrest of the nephew of former president Jalal Talabani", at('Sulaymaniyah', r=F)),
  (UNKNOWN, ILFORD_VICTIMS, ['ASSAULT'], "in an arson attack at an Indian restaurant in Ilford", at('Ilford', r=F)),
  (ARGUELLO, CORREA, ['SANCTION', 'COERCE'], "United States district judge Christine Arguello of Colorado sentences former Gambian paramilitary member", at('Colorado')),
  (CORREA, JAMMEH_VICTIMS, ['ASSAULT'], "related to abuses committed in 2006 as part of ex-president Yahya Jammeh's death squad", NOWHERE),
 ],
 'relations-sep-19': [
  (EST, RUS, ['ACCUSE', 'PROTEST', 'CONSULT'], "Estonia summons Russia's chargé d'affaires", at('Estonia')),
  (RUS, EST, ['THREATEN', 'COERCE', 'MOBILIZE'], "three Russian MiG-31 fighter jets enter its airspace near Vaindloo unauthorized", at('Vaindloo')),
  (NATO_ITA, RUS, ['MOBILIZE'], "prompting a NATO response from Italian Air Force F-35s", at('Vaindloo', r=F)),
  (UNSC, IRN, ['SANCTION'], "Nine UNSC countries voted against lifting Iran sanctions", NOWHERE),
  (FRA, MLI, ['SANCTION', 'REJECT'], "France suspends its joint counterterrorism agreements with the Mali government", at('France')),
  (MLI, FR_CITIZEN, ['COERCE'], "the French citizen was taken into custody for their alleged involvement", at('Mali', r=F)),
  (FRA, MLI, ['COERCE', 'SANCTION'], "two Mali diplomats are expelled from an embassy in Paris by French authorities", at('Paris')),
  (IRL, GBR, ['AGREE', 'COOPERATE'], "Ireland and the United Kingdom agree to replace the Northern Ireland Legacy Act", NOWHERE),
  (MAR, None, ['AGREE', 'COOPERATE'], "Morocco becomes the 60th UN member state to ratify the High Seas Treaty", at('Morocco', r=F)),
 ],
 'disasters-oct-01': [
  (CEBU_GOV, None, ['MOBILIZE'], "Cebu governor Pam Baricuatro declares a state of calamity", at('Cebu', r=F)),
  (acc(["earthquake", "mw 6.9 earthquake"]), None, ['ASSAULT'], "due to the Mw 6.9 earthquake yesterday", at('Cebu', r=F)),
  (acc(["church collapse", "church", "under construction church"]), None, ['ASSAULT'], "when an under construction church collapses in Areti", at('Areti', r=F)),
  (acc(["collapse", "pesantren"]), None, ['ASSAULT'], "The death toll from the collapse of a pesantren in Sidoarjo", at('Sidoarjo', r=F)),
  (acc(["ceiling", "collapse", "serail"]), None, ['ASSAULT'], "when the ceiling of an under-renovation serail in Damascus, Syria, collapses", at('Damascus', r=F)),
  (acc(["aircraft", "crj-900 aircraft", "collision", "delta air lines", "endeavor air"]), None, ['ASSAULT'], "collide on a runway at LaGuardia Airport in New York", at('New York', r=F)),
 ],
 'conflicts-nov-13': [
  (HAMAS, ISR_MIL_11, ['CONCEDE', 'COOPERATE'], "Hamas hands over the remains of one more Israeli hostage", NOWHERE),
  (ISR_SETTLERS, MOSQUE, ['ASSAULT'], "Israeli settlers set fire to the Hajja Hamida mosque in Deir Istiya", at('Deir Istiya')),
  (UKR_MIL, RUS_CIV, ['ASSAULT'], "Ukrainian FP-5 Flamingo and drones strike Oryol in Oryol Oblast", at('Oryol')),
  (RUS_MIL, UKR_MIL, ['ASSAULT'], "while several drones are shot down by air defense", at('Oryol', r=F)),
  (UKR_MIL, TRAIN, ['ASSAULT'], "claims to have derailed a train carrying North Korean weapons to Russia", at('Sosnovka', r=F)),
  (HTI_POLICE, HTI_GANG, ['ASSAULT'], "Seven gang members are killed during a Haitian police operation in Croix-des-Bouquets", at('Croix-des-Bouquets')),
  (HTI_POLICE, HTI_GANG, ['ASSAULT', 'COERCE'], "where officers also destroy a helicopter that made an emergency landing", at('Croix-des-Bouquets', r=F)),
 ],
 'law-crime-dec-09': [
  (ICC, KUSHAYB, ['SANCTION', 'COERCE'], "The International Criminal Court sentences Janjaweed militia leader Ali Kushayb", NOWHERE),
  (KUSHAYB, DARFUR_CIV, ['ASSAULT'], "crimes against humanity committed during the war in Darfur", at('Darfur', r=F)),
  (DOLAN, ABUSE_VICTIMS, ['AID', 'CONCEDE'], "announces the archdiocese will set up a $300 million fund to compensate victims", at('New York', r=F)),
  (BEIJING_COURT, MAS, ['SANCTION', 'COERCE'], "A court in Beijing, China, orders Malaysia Airlines (MH) to pay", at('Beijing')),
  (acc(["mh370", "malaysia airlines flight 370"]), None, ['ASSAULT'], "which disappeared after departing from Kuala Lumpur to Beijing in 2014", NOWHERE),
  (VJ_COURT, None, ['INVESTIGATE'], "A court in Villajoyosa, Spain, provisionally closes its investigation", at('Villajoyosa', r=F)),
  (UNKNOWN, KUZMINOV, ['ASSAULT'], "the killing of Russian defector Maxim Kuzminov in the town", at('Villajoyosa', r=F)),
  (KSU_SHOOTER, KSU_VICTIMS, ['ASSAULT'], "in a shooting at Kentucky State University in Frankfort", at('Frankfort')),
  (US_POLICE, KSU_SHOOTER, ['COERCE'], "A suspect is taken into custody.", at('Frankfort', r=F)),
  (CIAA, CHARGED_55, ['ACCUSE'], "The Nepalese Commission for the Investigation of Abuse of Authority charges 55 people", at('Nepal')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
