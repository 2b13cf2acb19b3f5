# Gold events of the fourth place set, annotated from reading each page only (Eventline was never run on
# these pages, and the geocoder, its gazetteer and their data were not read while choosing or annotating
# them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required. Conventions: devset/events/README.md,
# devset/places/README.md, devset/places2/README.md and devset/places3/README.md.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, per, civ, oth
F = False

# 001 Granja do Torto
LULA = gov(["luiz inácio lula da silva", "lula", "president of brazil", "brazil"], "BRA")
HU = gov(["hu jintao", "president of the people's republic of china", "china"], "CHN")
# 002 Okinawa submarine
PLAN = mil(["chinese nuclear-powered submarine", "submarine", "chinese submarine"], "CHN")
JSDF = mil(["self-defence forces", "japan's self-defence forces", "self-defense forces", "defence agency"], "JPN")
CN_MFA = gov(["wu daiwei", "chinese vice foreign minister wu daiwei", "vice foreign minister"], "CHN")
JP_AMB = gov(["anami koreshige", "japanese ambassador to china", "japanese ambassador"], "JPN")
KOIZUMI = gov(["koizumi junichiro", "japanese prime minister koizumi junichiro", "koizumi"], "JPN")
# 003 Bush in Canada
BUSH = gov(["george w. bush", "bush", "united states president george w. bush", "american president"], "USA")
CANADA = st(["canada", "canadians", "canadian people"], "CAN")
MARTIN = gov(["paul martin", "prime minister paul martin"], "CAN")
CA_PROT = civ(["protesters", "15,000 people", "demonstrators"], "CAN")
CA_RIOT = gov(["riot police", "police"], "CAN")
US_CIV = civ(["thousands of americans", "americans"], "USA")
# 004 Cabixi
MST = oth(["mst", "landless workers movement", "brazilian landless workers movement", "mst members"], "BRA")
NUNES = civ(["paulo brizola nunes", "nunes", "mr. nunes", "coco", "employee"], "BRA")
CABIXI_POL = gov(["cabixi police station", "police"], "BRA")
BR_GOV = gov(["brazilian government"], "BRA")
BR_CIV = civ(["some brazilians", "brazilians"], "BRA")
# 005 Almería
ES_POLICE = gov(["spanish police", "police", "bomb squad", "civil guard"], "ESP")
ETA = ag(["eta"], "ESP")
ES_CIV = civ(["population", "public"], "ESP")
ALONSO = gov(["josé antonio alonso", "minister of interior", "spanish minister of interior"], "ESP")
# 006 Nobel
NOBEL = oth(["nobel committee", "norwegian nobel committee"], "NOR")
MAATHAI = per(["wangari maathai", "dr wangari maathai", "dr maathai", "maathai"], "KEN")
KE_GOV = gov(["kenyan government", "government", "daniel arap moi"], "KEN")
GBM = oth(["green belt movement", "gbm"], "KEN")
KE_CIV = civ(["rural women", "women"], "KEN")
# 007 Gainesville
FL_POLICE = gov(["authorities", "officers", "police"], "USA")
LACY = per(["mount lee lacy", "lacy", "gainsville, florida man", "man"], "USA")
# 008 Havana
CU_GOV = gov(["cuban government", "cuba", "cuban display"], "CUB")
US_MISSION = gov(["u.s. interests section", "us missions", "us mission", "james cason", "senior us diplomat in cuba"], "USA")
CU_DISS = civ(["cuban dissidents", "dissidents"], "CUB")
# 009 Mozambique
MZ_VOTERS = civ(["voters", "mozambique"], "MOZ")
FRELIMO = oth(["frelimo", "frelimo party", "armando guebuza", "guebuza"], "MOZ")
CNE = gov(["national elections committee", "cne"], "MOZ")
OBSERVERS = oth(["international observers", "carter center", "observers"], None)
RENAMO = oth(["renamo", "renamo party", "opposition renamo party"], "MOZ")
MZ_PARL = gov(["parliament"], "MOZ")
# 010 Mumbai
MUMBAI_OFF = gov(["officials in mumbai", "officials", "mumbai officials"], "IND")
SLUM = civ(["shanties", "slum dwellers", "people", "200,000 people"], "IND")
# 011 Pinochet
CL_COURT = gov(["supreme court", "court officials", "chile's supreme court"], "CHL")
PINOCHET = per(["augusto pinochet", "pinochet", "gen. pinochet", "former chilean dictator augusto pinochet"], "CHL")
# 012 Solomon Islands
SB_CIV = civ(["people", "villages", "six children", "residents"], "SLB")
KILOE = gov(["jackson kiloe", "premier of choiseul", "choiseul"], "SLB")
SB_GOV = gov(["government of the solomon islands", "solomon government disaster authorities", "national disaster management"], "SLB")
AU_MET = gov(["national meteorological and oceanographic centre", "the centre", "australia"], "AUS")
AU_CIV = civ(["people", "coastal areas"], "AUS")
# 013 Neva Express
RU_BOMBERS = ag(["bombers", "insurgency", "insurgents", "chechen rebels"], "RUS")
RU_CIV = civ(["passengers", "people"], "RUS")
RU_OFF = gov(["russian officials", "federal security service", "officials", "russian railways"], "RUS")
# 014 Lahore
PK_MILITANT = ag(["suicide bomber", "bomber", "islamic militants", "militants"], "PAK")
PK_POLICE = gov(["police", "lahore police", "malik iqbal", "police chief iqbal", "lahore police chief malik iqbal"], "PAK")
PK_LAWYERS = civ(["lawyers", "nation's lawyers"], "PAK")
MUSHARRAF = gov(["pervez musharraf", "musharraf", "president pervez musharraf", "mr. musharraf", "government"], "PAK")
BHUTTO = per(["benazir bhutto", "bhutto", "former prime minister benazir bhutto"], "PAK")
PK_CIV = civ(["rioters", "people"], "PAK")
# 015 Spin Boldak
TALIBAN = ag(["taliban", "insurgents", "suicide attackers"], "AFG")
CA_MIL = mil(["canadian military convoy", "canadian soldiers", "canadian forces", "canadian military"], "CAN")
AF_CIV = civ(["afghan civilians", "civilians", "civilian population"], "AFG")
# 016 Kabul
IN_EMB = gov(["indian embassy", "embassy", "embassy workers"], "IND")
AF_MFA = gov(["foreign ministry of afghanistan", "afghan government", "zamari bashari"], "AFG")
# 017 Zahedan
IR_BOMBER = ag(["suicide bomber", "bomber", "militants"], "IRN")
IR_CIV = civ(["worshippers", "people"], "IRN")
IR_AUTH = gov(["authorities", "rescue workers", "ali mohammad azad"], "IRN")
# 018 Peshawar
PK_GUARDS = gov(["guards"], "PAK")
PC_HOTEL = oth(["peshawar pearl continental hotel", "pearl continental hotel", "hotel"], "PAK")
# 019 Andaman, Shizuoka
JP_OFF = gov(["japanese officials", "officials in japan"], "JPN")
HAMAOKA = oth(["nuclear power facility in hamaoka", "reactor no. 4 and 5", "reactors"], "JPN")
# 020 Nevsky Express
RU_RESCUE = gov(["rescue workers", "emergencies ministry"], "RUS")
# 021 Karachi
SHIA_PK = civ(["shia muslims", "people carrying to a religious procession", "victims", "protesters"], "PAK")
IQ_CIV = civ(["40 shia muslims", "shia muslims"], "IRQ")
IQ_BOMBERS = ag(["car bomb", "bombers"], "IRQ")
# 022 Minsk
BY_POLICE = gov(["police", "security forces", "police forces"], "BLR")
LUKASHENKO = gov(["alexander lukashenko", "lukashenko", "president alexander lukashenko"], "BLR")
BY_CIV = civ(["people", "injured"], "BLR")
BY_BOMBERS = ag(["terrorists", "who was responsible"], "BLR")
# 023 Kyiv
RUSSIA_ST = st(["russia", "russian", "kremlin"], "RUS")
UA_CIV = civ(["kyiv", "residents", "one person", "26 others"], "UKR")
UKRAINE = st(["ukraine", "ukraine's air force"], "UKR")
TRUMP = gov(["donald trump", "trump", "us president donald trump"], "USA")
PUTIN = gov(["vladimir putin", "putin", "russian president vladimir putin"], "RUS")

ANN = {
'001-granja-do-torto-hu-lula-lunch.txt': [
 (LULA, HU, ['CONSULT'], 'had lunch today with the President of Brazil', {'w': ('Federal District', 'BRA')}),
 (LULA, HU, ['AGREE', 'COOPERATE'], "Brazil has recognized mainland China's market economy status", {'r': F}),
],
'002-chinese-submarine-okinawa.txt': [
 (PLAN, JSDF, ['THREATEN'], 'entered Japanese territorial waters southwest of Okinawa', {'w': ('Okinawa', 'JPN'), 'r': F}),
 (JSDF, PLAN, ['COERCE'], 'was tracked by helicopter as it wandered in Japanese waters', {'w': ('Okinawa', 'JPN'), 'r': F}),
 (CN_MFA, JP_AMB, ['CONSULT'], 'met with the Japanese ambassador to China Anami Koreshige in Beijing', {'w': ('Beijing', 'CHN')}),
 (CN_MFA, JP_AMB, ['CONCEDE'], 'offered an apology for the incident, stating', {'w': ('Beijing', 'CHN'), 'r': F}),
 (KOIZUMI, HU, ['CONSULT'], 'he wishes to speak with Chinese President Hu Jintao', {'w': ('Chile', 'CHL'), 's': 'h'}),
],
'003-bush-visits-ottawa-halifax.txt': [
 (BUSH, CANADA, ['CONSULT'], 'made his first official state visit to Canada this week', {'w': ('Canada', 'CAN')}),
 (CA_PROT, CA_RIOT, ['PROTEST'], 'Protesters clashed with riot police in Ottawa briefly on Tuesday', {'w': ('Ottawa', 'CAN')}),
 (CA_PROT, BUSH, ['PROTEST'], 'a demonstration on the 29th against the deportation', {'r': F}),
 (CA_PROT, BUSH, ['PROTEST'], '15,000 people marched against Bush in Ottawa on the 30th', {'w': ('Ottawa', 'CAN')}),
 (BUSH, MARTIN, ['CONSULT'], 'During an early afternoon news conference with Prime Minister Paul Martin', {'r': F}),
 (BUSH, CANADA, ['CONSULT'], "visit will take the American President to Canada's capital city, Ottawa", {'w': ('Ottawa', 'CAN'), 'r': F}),
 (BUSH, CANADA, ['SUPPORT'], 'where he will pay tribute to the hospitality shown by Canadians', {'w': ('Halifax', 'CAN'), 's': 'h'}),
 (CANADA, US_CIV, ['AID'], 'Thousands of Americans were sheltered in Halifax', {'w': ('Halifax', 'CAN'), 'r': F}),
],
'004-mst-attack-cabixi-rondonia.txt': [
 (MST, NUNES, ['ASSAULT'], 'are accused of beating to death Paulo Brizola Nunes', {'w': ('Cabixi', 'BRA')}),
 (MST, NUNES, ['ASSAULT'], 'extended barbed wire across the road to down the two men', {'w': ('Cabixi', 'BRA'), 'r': F}),
 (NUNES, CABIXI_POL, ['REQUEST'], 'Coco escaped to a Cabixi police station', {'w': ('Cabixi', 'BRA'), 'r': F}),
 (BR_GOV, MST, ['AID'], 'MST receives financial help from the Brazilian government', {'w': ('Brazil', 'BRA'), 'r': F}),
 (BR_CIV, MST, ['PROTEST'], "some Brazilians have protested MST's use of violence", {'w': ('Brazil', 'BRA'), 'r': F}),
],
'005-eta-device-almeria.txt': [
 (ES_POLICE, ETA, ['COERCE'], 'A small explosive device was deactivated today by the Spanish police', {'w': ('Almería', 'ESP')}),
 (ETA, ES_CIV, ['ASSAULT'], 'The bomb was hidden inside a small bag', {'w': ('Almería', 'ESP'), 'r': F}),
 (ETA, ES_CIV, ['ASSAULT'], 'the bombs placed in 5 gas stations in Madrid on Friday', {'w': ('Madrid', 'ESP')}),
 (ALONSO, ES_CIV, ['REQUEST'], 'appealed for the population to remain calm', {'w': ('Spain', 'ESP'), 'r': F}),
],
'006-nobel-peace-prize-maathai.txt': [
 (NOBEL, MAATHAI, ['SUPPORT'], 'The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai', {'w': ('Oslo', 'NOR')}),
 (GBM, KE_CIV, ['AID'], 'The GBM organises rural women in Kenya', {'w': ('Kenya', 'KEN'), 'r': F}),
 (MAATHAI, KE_GOV, ['PROTEST'], "Dr Maathai's demonstrations to protect the forests", {'w': ('Kenya', 'KEN'), 'r': F}),
 (KE_GOV, MAATHAI, ['COERCE'], 'met with violent resistance; eventually, she was jailed', {'w': ('Kenya', 'KEN'), 'r': F}),
],
'007-gainesville-man-bites-dog.txt': [
 (FL_POLICE, LACY, ['COERCE'], 'man was arrested on an animal cruelty charge on Saturday', {'w': ('Gainesville', 'USA')}),
 (FL_POLICE, LACY, ['COERCE'], 'He has not yet posted his $25,000 bail', {'w': ('Gainesville', 'USA'), 'r': F}),
],
'008-havana-billboards.txt': [
 (CU_GOV, US_MISSION, ['ACCUSE'], 'has erected a number of billboards outside the U.S. interests section in Havana', {'w': ('Havana', 'CUB')}),
 (US_MISSION, CU_GOV, ['ACCUSE'], 'a large lighted sign with the number 75 on it', {'w': ('Havana', 'CUB'), 'r': F}),
 (CU_GOV, CU_DISS, ['COERCE'], 'the number of Cuban dissidents jailed last year by Cuban government', {'w': ('Cuba', 'CUB'), 'r': F}),
 (US_MISSION, CU_GOV, ['REJECT'], 'the senior US diplomat in Cuba, James Cason, is standing firm', {'w': ('Cuba', 'CUB'), 'r': F}),
],
'009-mozambique-election.txt': [
 (MZ_VOTERS, FRELIMO, ['SUPPORT'], 'have resulted in a landslide victory for the ruling Frelimo party', {'w': ('Mozambique', 'MOZ')}),
 (CNE, FRELIMO, ['CONSULT'], 'the results were officially announced yesterday', {'w': ('Mozambique', 'MOZ'), 'r': F}),
 (OBSERVERS, CNE, ['ACCUSE'], 'who have alleged some amount of fraud', {'w': ('Mozambique', 'MOZ'), 'r': F}),
 (RENAMO, MZ_PARL, ['REJECT'], 'will not take its 90 seats in the parliament because of fraud', {'w': ('Mozambique', 'MOZ')}),
],
'010-mumbai-shanty-demolition.txt': [
 (MUMBAI_OFF, SLUM, ['COERCE'], 'Officials in Mumbai, India, demolished over 6,000 shanties today', {'w': ('Mumbai', 'IND')}),
 (MUMBAI_OFF, SLUM, ['COERCE'], '39,000 shanties have been flattened, displacing over 200,000 people', {'w': ('Mumbai', 'IND'), 'r': F}),
 (MUMBAI_OFF, SLUM, ['COERCE'], 'next in line for demolition are the illegal', {'w': ('Mumbai', 'IND'), 's': 'h'}),
],
'011-pinochet-house-arrest.txt': [
 (CL_COURT, PINOCHET, ['COERCE'], 'was officially placed under house arrest a day after', {'w': ('Santiago', 'CHL'), 'r': F}),
 (CL_COURT, PINOCHET, ['COERCE'], "the country's Supreme Court upheld his indictment", {'w': ('Chile', 'CHL')}),
 (CL_COURT, PINOCHET, ['COERCE'], "the arrest order was delivered to Gen. Pinochet's home near the capital, Santiago", {'w': ('Santiago', 'CHL')}),
],
'012-solomon-islands-tsunami.txt': [
 (None, SB_CIV, ['ASSAULT'], 'triggered a tsunami that has killed at least fifteen people', {'w': ('Solomon Islands', 'SLB')}),
 (None, SB_CIV, ['ASSAULT'], 'about 45 km (25 mi) south-southeast of Gizo', {'w': ('Gizo', 'SLB'), 'r': F}),
 (None, SB_CIV, ['ASSAULT'], 'The town of Munda reports heavy damage from the tsunami', {'w': ('Munda', 'SLB')}),
 (None, SB_CIV, ['ASSAULT'], 'two confirmed deaths and several others missing in Sasamunga village', {'w': ('Sasamunga', 'SLB')}),
 (None, SB_CIV, ['ASSAULT'], 'The hospital in Sasamunga village was destroyed by the waves', {'w': ('Sasamunga', 'SLB'), 'r': F}),
 (KILOE, SB_CIV, ['COERCE'], 'The premier of Choiseul, Jackson Kiloe, declared his province', {'w': ('Choiseul', 'SLB')}),
 (KILOE, SB_GOV, ['REQUEST'], 'called on the Solomon government disaster authorities', {'w': ('Choiseul', 'SLB'), 'r': F}),
 (AU_MET, AU_CIV, ['THREATEN'], "Tsunami warnings had been issued for Queensland Australia's Barrier Reef Islands", {'w': ('Queensland', 'AUS'), 'r': F}),
 (AU_MET, AU_CIV, ['THREATEN'], 'warned that a possible tsunami could affect Willis Island', {'w': ('Willis Island', 'AUS'), 'r': F}),
 (AU_MET, AU_CIV, ['THREATEN'], 'extended the tsunami warning to Norfolk Island, Lord Howe Island', {'w': ('Australia', 'AUS'), 'r': F}),
 (None, SB_CIV, ['ASSAULT'], 'Honiara, Solomon Island (9.4S, 159.9E) 0.215m', {'w': ('Honiara', 'SLB'), 'r': F}),
 (None, civ(["people"], "VUT"), ['ASSAULT'], 'Port Vila Vanuatu (17.8S, 168.3E) 0.12m', {'w': ('Port Vila', 'VUT'), 'r': F}),
],
'013-neva-express-malaya-vishera.txt': [
 (RU_BOMBERS, RU_CIV, ['ASSAULT'], 'after a bomb explosion near the railway station Malaya Vishera', {'w': ('Malaya Vishera', 'RUS')}),
 (RU_BOMBERS, RU_CIV, ['ASSAULT'], '800 meters of railway track and its overhead contact system have been damaged', {'w': ('Malaya Vishera', 'RUS'), 'r': F}),
 (RU_OFF, RU_BOMBERS, ['COERCE'], 'A criminal investigation has been established by Russian officials', {'w': ('Russia', 'RUS'), 'r': F}),
 (RU_OFF, RU_BOMBERS, ['ACCUSE'], 'It has been linked to an insurgency in the south of the country', {'r': F}),
 (RU_OFF, RU_CIV, ['COERCE'], 'The railway traffic was blocked in both directions', {'w': ('Malaya Vishera', 'RUS'), 'r': F}),
],
'014-lahore-courthouse-bombing.txt': [
 (PK_MILITANT, PK_POLICE, ['ASSAULT'], 'a suicide bomber struck outside a courthouse in the Pakistani city Lahore', {'w': ('Lahore', 'PAK')}),
 (PK_LAWYERS, MUSHARRAF, ['PROTEST'], 'preparing for an anti-government protest by lawyers', {'w': ('Lahore', 'PAK'), 's': 'h'}),
 (PK_POLICE, PK_MILITANT, ['COERCE'], 'security has been tightened, throughout Lahore', {'w': ('Lahore', 'PAK')}),
 (PK_MILITANT, BHUTTO, ['ASSAULT'], 'was assassinated in a bomb and gunfire attack as she left an election rally in Rawalpindi', {'w': ('Rawalpindi', 'PAK')}),
 (MUSHARRAF, PK_CIV, ['COERCE'], 'declared a state of emergency last November and suspended the constitution', {'w': ('Pakistan', 'PAK'), 'r': F}),
 (PK_CIV, MUSHARRAF, ['PROTEST'], 'the three days of rioting that followed the Bhutto assassination', {'w': ('Pakistan', 'PAK'), 'r': F}),
 (MUSHARRAF, PK_CIV, ['COERCE'], 'to postpone the elections to February 18', {'w': ('Pakistan', 'PAK'), 'r': F}),
],
'015-spin-boldak-bombing.txt': [
 (TALIBAN, CA_MIL, ['ASSAULT'], 'A suicide bombing attack on a Canadian military convoy in Spin Boldak', {'w': ('Spin Boldak', 'AFG')}),
 (TALIBAN, AF_CIV, ['ASSAULT'], 'rammed the second vehicle in the convoy as it passed through the bazaar', {'w': ('Spin Boldak', 'AFG'), 'r': F}),
 (gov(["asadullah khalid", "governor khalid", "governor of kandahar"], "AFG"), CA_MIL, ['ACCUSE'],
  'expressed concern that the Canadian soldiers had not acted on threat warnings', {'r': F}),
 (CA_MIL, gov(["asadullah khalid", "governor khalid"], "AFG"), ['REJECT'], 'The Canadian military dismissed such criticisms', {'r': F}),
],
'016-kabul-indian-embassy-bombing.txt': [
 (ag(["suicide bomber", "car bomb"], None), IN_EMB, ['ASSAULT'], 'A car bomb was used in an attack on the Indian embassy in central Kabul', {'w': ('Kabul', 'AFG')}),
 (ag(["suicide bomber", "car bomb"], None), IN_EMB, ['ASSAULT'], 'The attack happened at the gates of the embassy', {'w': ('Kabul', 'AFG'), 'r': F}),
 (AF_MFA, ag(["terrorists", "attackers"], None), ['ACCUSE'], "condemn today's terrorist attack on the embassy", {'r': F}),
 (st(["india"], "IND"), AF_MFA, ['COOPERATE'], 'would send a delegation to investigate', {'s': 'h'}),
],
'017-zahedan-mosque-bombing.txt': [
 (IR_BOMBER, IR_CIV, ['ASSAULT'], 'blew himself up inside a mosque in the Iranian city of Zahedan', {'w': ('Zahedan', 'IRN')}),
 (IR_AUTH, IR_BOMBER, ['COERCE'], 'authorities were able to defuse it', {'w': ('Zahedan', 'IRN'), 'r': F}),
 (IR_AUTH, oth(["militants from western nations", "western nations"], None), ['ACCUSE'], 'authorities blame militants from Western nations', {'r': F}),
 (IR_BOMBER, IR_CIV, ['ASSAULT'], 'A bomber blew himself up inside a mosque in Shiraz', {'w': ('Shiraz', 'IRN')}),
],
'018-peshawar-pearl-continental-bombing.txt': [
 (PK_MILITANT, PC_HOTEL, ['ASSAULT'], 'launched a truck bomb attack on the Peshawar Pearl Continental hotel', {'w': ('Peshawar', 'PAK')}),
 (PK_MILITANT, PK_GUARDS, ['ASSAULT'], 'overcoming the guards with gunfire', {'w': ('Peshawar', 'PAK'), 'r': F}),
 (TALIBAN, st(["pakistan"], "PAK"), ['THREATEN'], 'The attack follows a threat from the Taliban', {'r': F}),
],
'019-andaman-shizuoka-earthquakes.txt': [
 (None, None, ['ASSAULT'], 'a magnitude 7.6 earthquake struck the Andaman Islands near India', {'w': ('Andaman Islands', 'IND')}),
 (None, None, ['ASSAULT'], 'struck 31 kilometers (19 miles) south-southwest of Shizuoka Prefecture, Japan', {'w': ('Shizuoka Prefecture', 'JPN')}),
 (None, None, ['ASSAULT'], 'a two foot rise in sea level was reported in the Tsuruga Bay area', {'w': ('Tsuruga Bay', 'JPN'), 'r': F}),
 (None, None, ['ASSAULT'], 'A 10 inch rise in sea level was also reported in Yaizu City', {'w': ('Yaizu', 'JPN')}),
 (JP_OFF, HAMAOKA, ['COERCE'], 'Japanese officials have shut down at least two units', {'w': ('Hamaoka', 'JPN')}),
 (None, None, ['ASSAULT'], 'following an earlier one that measured 6.9 near Tokyo', {'w': ('Tokyo', 'JPN'), 'r': F}),
 (None, None, ['ASSAULT'], 'a 5.7 magnitude that occurred 74km from Wewak', {'w': ('Wewak', 'PNG'), 'r': F}),
],
'020-nevsky-express-bombing.txt': [
 (RU_BOMBERS, RU_CIV, ['ASSAULT'], 'The trainwreck occurred in the countryside of Tver, near Bologoye', {'w': ('Bologoye', 'RUS')}),
 (RU_BOMBERS, RU_CIV, ['ASSAULT'], 'An express train travelling from Moscow to St Petersburg in Russia derailed yesterday', {'w': ('Bologoye', 'RUS'), 'r': F}),
 (RU_RESCUE, RU_CIV, ['AID'], 'three victims being airlifted by helicopter', {'w': ('Bologoye', 'RUS'), 'r': F}),
 (RU_OFF, RU_BOMBERS, ['COERCE'], 'The prosecutor-general has launched a terrorism investigation', {'w': ('Russia', 'RUS'), 'r': F}),
 (gov(["dmitry medvedev", "medvedev", "president dmitry medvedev"], "RUS"), RU_CIV, ['AID'], 'has ordered a full investigation and assistance for the victims', {'r': F}),
 (ag(["two chechnyan rebels", "chechnyan rebels"], "RUS"), RU_CIV, ['ASSAULT'], 'a 2007 bombing that derailed a train on the same line', {'r': F}),
],
'021-karachi-double-bombing.txt': [
 (PK_MILITANT, SHIA_PK, ['ASSAULT'], 'a motorbike carrying explosives was able to hit a bus', {'w': ('Karachi', 'PAK')}),
 (PK_MILITANT, SHIA_PK, ['ASSAULT'], 'exploded an hour later outside the local Jinnah hospital emergency ward', {'w': ('Karachi', 'PAK')}),
 (gov(["local police", "police", "ghylam nabi"], "PAK"), PK_MILITANT, ['COERCE'], 'a third bomb had been found inside a television set', {'w': ('Karachi', 'PAK'), 'r': F}),
 (IQ_BOMBERS, IQ_CIV, ['ASSAULT'], 'were also killed in a car bomb attack today in Karbala, Iraq', {'w': ('Karbala', 'IRQ')}),
],
'022-minsk-metro-bombing.txt': [
 (BY_BOMBERS, BY_CIV, ['ASSAULT'], 'after a bomb went off in a station in Minsk, Belarus', {'w': ('Minsk', 'BLR')}),
 (BY_POLICE, BY_CIV, ['COERCE'], 'and the area around the station was closed', {'w': ('Minsk', 'BLR'), 'r': F}),
 (BY_POLICE, BY_CIV, ['AID'], 'are being helped into ambulances', {'w': ('Minsk', 'BLR'), 'r': F}),
 (LUKASHENKO, BY_BOMBERS, ['COERCE'], 'police forces are to "turn the country upside down"', {'w': ('Belarus', 'BLR'), 's': 'h'}),
],
'023-kyiv-drone-missile-attack.txt': [
 (RUSSIA_ST, UA_CIV, ['ASSAULT'], 'a night of intensive Russian strikes on nearly every district of Kyiv', {'w': ('Kyiv', 'UKR')}),
 (RUSSIA_ST, UA_CIV, ['ASSAULT'], 'as multiple strikes hit Kyiv, which the air force described', {'w': ('Kyiv', 'UKR'), 'r': F}),
 (TRUMP, PUTIN, ['CONSULT'], 'a call between US President Donald Trump and Russian President Vladimir Putin', {'r': F}),
 (RUSSIA_ST, UKRAINE, ['THREATEN'], 'it would continue the war in Ukraine until it had addressed', {'w': ('Ukraine', 'UKR'), 's': 'h'}),
],
}
