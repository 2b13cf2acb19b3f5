# Gold events of the third place set, annotated from reading each page only (Eventline was never run on
# these pages, and the geocoder and its gazetteer were not read while choosing or annotating them).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required. Conventions: devset/events/README.md,
# devset/places/README.md and devset/places2/README.md (where a place is named and where it is not).
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth, USA, UK
F = False

# 001 Magnitogorsk
RU_RESCUE = gov(["rescuers","emergencies ministry","emergencies minister yevgeny zinichev","zinichev","emergency situations ministry"], "RUS")
PUTIN = gov(["president vladimir putin","vladimir putin","putin"], "RUS")
MAG_RES = civ(["survivors","residents","occupants","victims","wounded"], "RUS")
CHEL_GOV = gov(["chelyabinsk's governor","regional governor boris dubrovsky","boris dubrovsky","governor"], "RUS")
FSB = gov(["federal security service","fsb","fsb officers","armed police","police"], "RUS")
TERROR = ag(["three terrorists","terrorists","offender"], "RUS")
# 002 Koszalin
PL_GOV = gov(["interior minister joachim brudziński","brudziński","brudzinski","state fire brigade"], "POL")
ESCAPE = oth(["escape rooms","escape room","facilities"], "POL")
KOSZ_MAYOR = gov(["mayor of koszalin piotr jedlinski","piotr jedlinski","jedlinski"], "POL")
PL_PUBLIC = civ(["residents","public"], "POL")
# 003 Cuba
CU_RESCUE = gov(["authorities","hospital"], "CUB")
CU_PASS = civ(["passengers","locals and foreigners"], "CUB")
# 004 Karaj
IR_ARMY = mil(["army","iranian military","air force","revolutionary guards"], "IRN")
KYRGYZ = st(["kyrgyzstan","bishkek"], "KGZ")
# 005 Karol Bagh
IN_POLICE = gov(["police","judicial inquiry"], "IND")
FIRE_IN = gov(["firefighters","fire service","fire officer"], "IND")
HOTEL = oth(["hotel arpit palace","hotel","owner"], "IND")
JAIN = gov(["satyendra jain","jain","city's home minister"], "IND")
DELHI_OFF = gov(["officers"], "IND")
MODI = gov(["prime minister narendra modi","narendra modi","modi"], "IND")
# 006 Turpin
CA_COURT = gov(["riverside county criminal court","judge bernard schwartz","bernard schwartz","schwartz","judge","court"], "USA")
TURPINS = per(["david and louise turpin","turpins","david turpin","parents","father","mother"], "USA")
CHILDREN = civ(["children","thirteen children","daughters","siblings"], "USA")
CA_POLICE = gov(["police"], "USA")
# 007 Kaczynski
KACZ = gov(["jarosław kaczyński","kaczyński","polish leader jarosław kaczyński","law and justice party","party"], "POL")
ABUSERS = per(["child abusers","sex abusers","abusers"], "POL")
POLAK = oth(["wojciech polak","archbishop wojciech polak","polish archbishop"], "POL")
FRANOWSKA = civ(["anna franowska","have no fear"], "POL")
POPE = oth(["pope francis","leader of roman catholic christianity"], "VAT")
CLERGY = oth(["catholic priests and nuns","priests","church officials","church"], None)
# 008 Dorian
MINNIS = gov(["prime minister hubert minnis","hubert minnis","minnis"], "BHS")
BS_RES = civ(["residents"], "BHS")
UN = igo(["united nations"])
# 009 gold toilet
TV_POLICE = gov(["thames valley police","police","detective inspector steven jones"], "GBR")
THIEF1 = per(["66-year-old man","man"], "GBR")
THIEF2 = per(["36-year-old cheltenham man","second man","cheltenham man"], "GBR")
BURGLARS = per(["burglars","group of thieves","thieves"], None)
BLENHEIM = oth(["blenheim palace","palace","dominic hare"], "GBR")
# 010 Lorenzo
MET_EIREANN = gov(["met éireann","national meteorological service"], "IRL")
IE_PUBLIC = civ(["counties","six counties on the coast"], "IRL")
AZORES = gov(["vasco cordeiro","regional president","authorities","azores"], "PRT")
AZ_PUBLIC = civ(["schools","public services"], "PRT")
# 011 dark web
US_DOJ = gov(["united states department of justice","department of justice","jessie k. liu","us authorities","u.s. law enforcement"], "USA")
NCA = gov(["national crime agency","nca","nikki holland","british authorities"], "GBR")
KR_POLICE = gov(["national police agency","south korea's national police agency","south korea"], "KOR")
SON = per(["jong woo son","jong","mr. a","operator"], "KOR")
USERS = per(["suspected users","users","members"], None)
TASKFORCE = igo(["international task force","law enforcement agencies","task force"])
# 012 Philippines
NDRRMC = gov(["national disaster risk reduction and management council","ndrrmc"], "PHL")
PH_RES = civ(["residents","over 2,000 residents","students"], "PHL")
COTABATO = gov(["provincial government in north cotabato","provincial government"], "PHL")
PLOTENA = gov(["charles federic plotena","mayor of esperanza"], "PHL")
SARA = gov(["sara duterte","mayor of davao city"], "PHL")
MAKILALA = gov(["makilala","towns"], "PHL")
# 013 Canada
CA_VOTERS = civ(["voters","canada"], "CAN")
LIBERALS = oth(["liberal party","liberals","trudeau","justin trudeau"], "CAN")
PAYETTE = gov(["julie payette","payette","governor general of canada","governor general"], "CAN")
CA_PARL = gov(["42nd canadian parliament","parliament","house of commons"], "CAN")
# 014 Sola
NO_POLICE = gov(["police","local police","local officials"], "NOR")
CAR_OWNER = per(["car's owner","owner"], "NOR")
ROGALAND = gov(["rogaland fire and rescue","nils-erik haagenrud","fire departments"], "NOR")
NO_PUBLIC = civ(["people in the general vicinity","people","travelers"], "NOR")
AIRPORT = oth(["stavanger airport, sola","airport","sola airport"], "NOR")
# 015 Bangladesh
BD_GOV = gov(["obaidul quader","road transport and bridges minister obaidul quader","iedcr","bangladesh"], "BGD")
BD_PUBLIC = civ(["public transport","public"], "BGD")
WHO = igo(["world health organization","who"])
# 016 Kamloops
RCMP = gov(["royal canadian mounted police","rcmp","kamloops rcmp","kamloops police","police","gary gray"], "CAN")
MOTHER = civ(["mother","her 11-month daughter"], "CAN")
TRAFFICKERS = per(["traffickers"], None)
ON_POLICE = gov(["provincial police","daniel dubé","detective constable daniel dubé"], "CAN")
HUGHES = oth(["bob hughes","ask wellness society"], "CAN")
JYRKKANEN = oth(["michaela jyrkkanen","the mustard seed kamloops"], "CAN")
CA_GOVT = gov(["canada","government"], "CAN")
# 017 Calicut
IN_AUTH = gov(["authorities","national disaster response force","directorate general of civil aviation","hardeep singh puri"], "IND")
PASSENGERS = civ(["injured persons","survivors","injured"], "IND")
IN_NATIONALS = civ(["indian nationals"], "IND")
# 018 Izmir
TR_GOV = gov(["tuskish government","turkish government","turkey","disaster and emergency management presidency"], "TUR")
GR_GOV = gov(["greece","leaders of the two countries"], "GRC")
TR_RESCUE = gov(["police and people","police"], "TUR")
TRAPPED = civ(["people who were trapped","survivors"], "TUR")

ANN = {
'001-magnitogorsk-building-collapse.txt': [
 (RU_RESCUE, MAG_RES, ['AID'], 'recovered at least ten survivors from the debris on Monday', {'w':('Magnitogorsk','RUS')}),
 (RU_RESCUE, MAG_RES, ['COERCE'], 'The building was evacuated. Over 1,000 rescuers responded', {'w':('Magnitogorsk','RUS'),'r':F}),
 (PUTIN, MAG_RES, ['CONSULT','SUPPORT'], 'flew to Magnitogorsk on Monday, observing the rescue mission', {'w':('Magnitogorsk','RUS')}),
 (RU_RESCUE, MAG_RES, ['AID'], 'was rescued alive and flown to Moscow for treatment', {'w':('Magnitogorsk','RUS'),'r':F}),
 (CHEL_GOV, MAG_RES, ['AID'], 'each victim will be subject to a payout of one million rubles', {'s':'h','r':F}),
 (None, None, ['ASSAULT'], 'another explosion hit a gas-powered minibus in the city', {'w':('Magnitogorsk','RUS')}),
 (FSB, TERROR, ['ASSAULT'], '"three terrorists" were killed in a firefight on Monday night', {'w':('Magnitogorsk','RUS'),'s':'h','r':F}),
 (FSB, MAG_RES, ['COERCE'], 'armed police with dogs searching a second apartment block', {'w':('Magnitogorsk','RUS')}),
],
'002-koszalin-escape-room-fire.txt': [
 (PL_GOV, ESCAPE, ['COERCE'], 'authorities are performing checks on all the nation\'s escape rooms', {'w':('Poland','POL')}),
 (PL_GOV, ESCAPE, ['COERCE'], 'he had ordered fire safety checks on escape rooms across Poland', {'w':('Poland','POL'),'r':F}),
 (PL_GOV, ESCAPE, ['COERCE'], 'Brudzinski also ordered the installation of safety improvements', {'w':('Poland','POL'),'r':F}),
 (KOSZ_MAYOR, PL_PUBLIC, ['COERCE'], 'has declared tomorrow a day of mourning', {'w':('Koszalin','POL')}),
],
'003-cuba-bus-crash.txt': [
 (None, CU_PASS, ['ASSAULT'], 'crashed on Thursday between Baracoa and Guantanamo', {'w':('Guantánamo Province','CUB'),'r':F}),
 (CU_RESCUE, CU_PASS, ['AID'], 'In addition to the deaths, 33 were reported hopitalised', {'w':('Cuba','CUB'),'r':F}),
],
'004-karaj-cargo-plane-crash.txt': [
 (IR_ARMY, None, ['ASSAULT'], 'crashed into houses in Karaj, near Tehran, the Iranian capital', {'w':('Karaj','IRN')}),
 (KYRGYZ, IR_ARMY, ['COOPERATE'], 'the plane was bringing meat from Bishkek, Kyrgyzstan', {'w':('Bishkek','KGZ'),'r':F}),
 (USA, IR_ARMY, ['COERCE'], 'with sanctions restricting the purchase of both new planes and parts', {'r':F}),
],
'005-karol-bagh-hotel-fire.txt': [
 (FIRE_IN, HOTEL, ['AID'], 'Firefighters dispatched around 30 vehicles', {'w':('New Delhi','IND')}),
 (IN_POLICE, HOTEL, ['ACCUSE'], 'A judicial inquiry was ordered, according to police', {'w':('New Delhi','IND')}),
 (JAIN, DELHI_OFF, ['ACCUSE'], "It's gross negligence on the part of the officers", {'w':('New Delhi','IND'),'r':F}),
 (MODI, None, ['SUPPORT'], 'Prime Minister Narendra Modi tweeted "Deeply saddened', {'r':F}),
],
'006-california-captivity-sentence.txt': [
 (CA_COURT, TURPINS, ['COERCE'], 'sentenced David and Louise Turpin to life in prison', {'w':('Riverside County','USA')}),
 (TURPINS, CHILDREN, ['ASSAULT','COERCE'], 'had kept their children indoors for years', {'w':('California','USA')}),
 (TURPINS, CA_COURT, ['CONCEDE'], 'by pleading guilty to fourteen felony charges each', {'w':('Riverside County','USA'),'r':F}),
 (CA_POLICE, TURPINS, ['COERCE'], 'The two parents were arrested in January of last year', {'w':('California','USA')}),
],
'007-kaczynski-child-abuse-punishment.txt': [
 (KACZ, ABUSERS, ['THREATEN'], 'publicly declared intent to impose stricter punishment for child sexual abuse', {'w':('Poland','POL')}),
 (POLAK, None, ['CONCEDE'], 'I am sorry for every wound inflicted by people of the church', {'w':('Poland','POL'),'r':F}),
 (FRANOWSKA, POLAK, ['ACCUSE'], 'it almost appears as if the statement was prepared', {'w':('Poland','POL'),'r':F}),
 (POPE, CLERGY, ['COERCE','REQUEST'], 'imposed a law mandating Catholic priests and nuns to report cases', {}),
],
'008-dorian-bahamas.txt': [
 (None, BS_RES, ['ASSAULT'], 'Dorian made its initial landfall as a Category 5 hurricane in the Abaco Islands', {'w':('Abaco Islands','BHS')}),
 (None, BS_RES, ['ASSAULT'], 'a very long stay over the island of Grand Bahama', {'w':('Grand Bahama','BHS')}),
 (BS_RES, BS_RES, ['AID'], 'residents were doing most rescue work themselves using boats', {'w':('Bahamas','BHS'),'r':F}),
 (MINNIS, None, ['CONSULT'], 'Prime minister Hubert Minnis said yesterday night that twenty people', {'w':('Bahamas','BHS'),'r':F}),
 (None, BS_RES, ['ASSAULT'], 'devastation that was seen in the Marsh Harbour vicinity', {'w':('Marsh Harbour','BHS')}),
 (UN, BS_RES, ['REQUEST'], 'some 60 thousand people are in need of food and drinking water', {'w':('Bahamas','BHS'),'r':F}),
],
'009-gold-toilet-theft.txt': [
 (TV_POLICE, THIEF2, ['COERCE'], 'they had arrested a second man in connection with the theft', {'w':('England','GBR'),'r':F}),
 (BURGLARS, BLENHEIM, ['ASSAULT'], 'was stolen on Saturday from Blenheim Palace in Oxfordshire, England', {'w':('Oxfordshire','GBR')}),
 (TV_POLICE, THIEF2, ['COERCE'], 'Police arrested a 36-year-old Cheltenham man on suspicion of conspiracy', {'w':('England','GBR'),'r':F}),
 (TV_POLICE, THIEF1, ['COERCE'], 'they arrested a 66-year-old man on suspicion of burglary', {'w':('England','GBR'),'r':F}),
 (TV_POLICE, THIEF1, ['CONCEDE'], 'released him on bail till October', {'w':('England','GBR'),'r':F}),
 (USA, None, ['COOPERATE'], 'the artwork was offered to Donald Trump', {'r':F}),
],
'010-hurricane-lorenzo-azores.txt': [
 (MET_EIREANN, IE_PUBLIC, ['THREATEN'], 'issued weather alerts as the storm approached from the west', {'w':('Ireland','IRL')}),
 (MET_EIREANN, IE_PUBLIC, ['THREATEN'], 'Yellow warnings were issued nationwide', {'w':('Ireland','IRL'),'r':F}),
 (AZORES, AZ_PUBLIC, ['COERCE'], 'closed schools and non-essential public services', {'w':('Azores','PRT')}),
 (MET_EIREANN, IE_PUBLIC, ['THREATEN'], 'applied to County Galway, County Mayo, County Clare', {'w':('Ireland','IRL'),'r':F}),
],
'011-dark-web-child-abuse-arrests.txt': [
 (TASKFORCE, USERS, ['COERCE'], '337 suspected users in 38 countries were arrested', {}),
 (TASKFORCE, SON, ['COERCE'], 'Authorities shuttered and seized the site in March 2018', {'r':F}),
 (KR_POLICE, SON, ['COERCE'], 'Jong Woo Son is already in prison in South Korea', {'w':('South Korea','KOR')}),
 (US_DOJ, SON, ['ACCUSE'], 'the United States Department of Justice unsealed further charges against him', {'w':('United States','USA')}),
 (NCA, USERS, ['THREATEN'], 'Dark web child sex offenders — some of whom are the very worst', {'r':F}),
 (NCA, per(["matthew falder","falder"], "GBR"), ['COERCE'], "It was the NCA's investigation of Matthew Falder", {'w':('United Kingdom','GBR'),'r':F}),
 (TASKFORCE, USERS, ['COERCE'], 'They also stated arrests were made in Australia, Brazil, Canada', {'r':F}),
],
'012-philippines-earthquake.txt': [
 (NDRRMC, PH_RES, ['COERCE'], 'Over 2,000 residents near Mount Apo in Kidapawan City have been relocated', {'w':('Kidapawan','PHL')}),
 (COTABATO, PH_RES, ['COERCE'], 'the provincial government in North Cotabato suspending classes province-wide', {'w':('Cotabato','PHL')}),
 (PLOTENA, PH_RES, ['COERCE'], 'announced classes for students ranging from kindergarten to high school', {'w':('Esperanza','PHL')}),
 (SARA, PH_RES, ['COERCE'], 'also cancelled graduate and post-graduate studies', {'w':('Davao City','PHL')}),
 (MAKILALA, PH_RES, ['COERCE'], 'declared a state of calamity following Wednesday\'s quake', {'w':('Makilala','PHL')}),
 (None, PH_RES, ['ASSAULT'], 'three malls in Davao City and Gaisano Mall in Digos City were damaged', {'w':('Davao City','PHL'),'r':F}),
],
'013-canada-general-election.txt': [
 (CA_VOTERS, CA_PARL, ['CONSULT'], 'Canada held a general election to select the members', {'w':('Canada','CAN')}),
 (CA_VOTERS, LIBERALS, ['REJECT'], 'lost a net of 20 seats, according to preliminary reports', {'w':('Canada','CAN')}),
 (PAYETTE, CA_PARL, ['COERCE'], 'dissolved the 42nd Canadian Parliament, triggering the elections', {'w':('Canada','CAN')}),
 (LIBERALS, PAYETTE, ['REQUEST'], 'She did so at the request of Justin Trudeau', {'w':('Canada','CAN'),'r':F}),
],
'014-sola-airport-fire.txt': [
 (NO_POLICE, AIRPORT, ['COERCE'], 'The airport was quickly closed to air traffic', {'w':('Sola','NOR')}),
 (NO_POLICE, CAR_OWNER, ['ACCUSE'], "Police said they questioned the car's owner", {'w':('Sola','NOR'),'r':F}),
 (ROGALAND, None, ['REQUEST'], 'Rogaland Fire and Rescue requested support and equipment', {'w':('Sola','NOR'),'r':F}),
 (NO_POLICE, NO_PUBLIC, ['COERCE'], 'The airport and nearby hotel were both evacuated', {'w':('Sola','NOR')}),
 (NO_POLICE, NO_PUBLIC, ['REQUEST','COERCE'], 'local police warned people in the general vicinity to stay inside', {'w':('Sola','NOR'),'r':F}),
],
'015-bangladesh-covid-deaths.txt': [
 (BD_GOV, BD_PUBLIC, ['COERCE'], 'public transport would be shut down for longer than initially planned', {'w':('Bangladesh','BGD')}),
 (BD_GOV, BD_PUBLIC, ['COERCE'], 'This public transport shutdown had initially started on March 26', {'w':('Bangladesh','BGD'),'r':F}),
 (WHO, None, ['CONSULT'], 'The World Health Organization (WHO) declared COVID-19 a pandemic', {'r':F}),
],
'016-british-columbia-playground-drugs.txt': [
 (MOTHER, RCMP, ['REQUEST'], 'A mother called the police in Kamloops, British Columbia', {'w':('Kamloops','CAN')}),
 (RCMP, TRAFFICKERS, ['COERCE'], 'confirmed they seized the substance', {'w':('Kamloops','CAN')}),
 (CA_GOVT, None, ['COERCE'], 'this has been considered a public health emergency since April 2016', {'w':('British Columbia','CAN'),'r':F}),
 (CA_GOVT, TRAFFICKERS, ['COERCE'], 'the border closure between New York State and Quebec drove up the prices', {'r':F}),
 (JYRKKANEN, HUGHES, ['REJECT'], 'disagreed with the correlation between the overdoses and the CERB payments', {'w':('Kamloops','CAN'),'r':F}),
 (oth(["vancouver researchers","researchers"], "CAN"), None, ['AID'], 'Vancouver researchers distributed take-home test strip kits', {'w':('Vancouver','CAN'),'r':F}),
],
'017-calicut-flight-crash.txt': [
 (IN_AUTH, PASSENGERS, ['AID'], 'The injured persons have been rushed to Kozhikode Medical College', {'w':('Kozhikode','IND')}),
 (IN_AUTH, IN_NATIONALS, ['AID'], 'The flight was part of the Vande Bharat Mission', {'r':F}),
 (IN_AUTH, PASSENGERS, ['AID'], 'Authorities are at the spot, providing all assistance', {'w':('Karipur','IND')}),
 (None, PASSENGERS, ['ASSAULT'], 'The aircraft overshot the runway around 7:38 pm IST', {'w':('Karipur','IND'),'r':F}),
],
'018-izmir-earthquake.txt': [
 (TR_GOV, TRAPPED, ['RETREAT'], 'declared they were officially ending the search of survivors', {'w':('Izmir','TUR'),'r':F}),
 (None, civ(["two people","residents"], "GRC"), ['ASSAULT'], 'two people died when a wall collapsed', {'w':('Samos','GRC')}),
 (TR_RESCUE, TRAPPED, ['AID'], 'police and people used simple tools such as chainsaws to rescue people', {'w':('Izmir','TUR'),'r':F}),
 (None, TRAPPED, ['ASSAULT'], 'in the west coast city of Izmir, Turkey, to collapse', {'w':('Izmir','TUR')}),
 (TR_GOV, GR_GOV, ['CONSULT'], 'the leaders of the two countries spoke by telephone on Friday night', {}),
 (TR_GOV, GR_GOV, ['SUPPORT','COOPERATE'], 'publicly expressed their willingness to help each other', {'s':'h','r':F}),
 (TR_GOV, GR_GOV, ['ACCUSE'], 'had earlier had poor relations over disputed resources', {'r':F}),
],
}
