# Gold events of the eighth place set (pages of two sources, keyed by short name; see ANN at the end), annotated from reading each page only (Eventline was never run on
# these pages, and the geocoder, its gazetteer and their data were not read while choosing or annotating
# them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required. Conventions: devset/events/README.md,
# devset/places/README.md to devset/places7/README.md. A natural event (a hurricane, a storm) has no agent:
# its source is the event itself (kind other), its type is a nominal ASSAULT and it is never required;
# eval-places scores it like any other event with a place.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# Ipswich and Murgon
AU_PROT = civ(["picketers", "protesters", "group of protesters", "residents"], "AUS")
FERGUSON = per(["dennis ferguson", "ferguson", "mr ferguson", "convicted paedophile"], "AUS")
PISASALE = gov(["ipswich mayor paul pisale", "paul pisale", "mayor", "the mayor"], "AUS")
BEATTIE = gov(["peter beattie", "queensland premier", "premier of queensland", "beattie"], "AUS")
# Hurricane Rita
RITA = oth(["hurricane rita", "rita", "the hurricane", "the storm", "storm"], None)
# Varanasi and Handwara
IN_SEC = mil(["indian security forces", "indian army", "jammu & kashmir state police special task force", "security forces"], "IND")
HUJI = ag(["harkat-ul-jehadi-islamia", "abu zubair", "zubair", "main suspect", "operative"], "PAK")
IN_CIV = civ(["people", "dead", "injured"], "IND")
# Assam
ULFA = ag(["united liberation front of asom", "ulfa", "banned outfit", "the outfit", "ulfa militants", "militants"], "IND")
AS_POLICE = gov(["police", "kamrup sp office", "kamrup sp"], "IND")
AS_CIV = civ(["people", "persons", "passengers", "passengers of delhi-bound rajdhani express", "normal life"], "IND")
OIL = oth(["oil pipelines", "assam gas company limited", "oil india limited", "oil", "pipelines", "crude oil pipelines"], "IND")
IN_ARMY = mil(["army personnel", "army truck", "indian army"], "IND")
# Toronto
TO_SHOOTER = oth(["shooter", "gunman"], "CAN")
TO_VICTIM = civ(["jordan manners", "teenager", "student", "grade 9 student"], "CAN")
TO_POLICE = gov(["police", "toronto police", "emergency task force", "etf"], "CAN")
ORL_ATTACKER = oth(["attacker"], "CAN")
ORL_VICTIMS = civ(["four students and one staff member", "students"], "CAN")
# Kolkata
KOL_POLICE = gov(["police", "doctors"], "IND")
MOHSIN = per(["sheikh mohsin", "mohsin", "moshin", "a man", "man"], "IND")
KOL_COURT = gov(["court"], "IND")
# Tropical storm Dante
DANTE = oth(["dante", "tropical storm", "storm", "typhoon", "mudslide"], None)
PH_CIV = civ(["people", "persons", "fisherman", "casualties"], "PHL")
PH_GOV = gov(["government authorities", "army and police", "government"], "PHL")
# MV Filitsa
SO_PIRATES = ag(["somali pirates", "pirates"], "SOM")
FILITSA = civ(["mv filitsa", "cargo vessel", "crew", "22 crew members", "ship", "vessel"], "GRC")
NAVIES = mil(["naval forces", "united states", "eu", "nato", "patrols"], None)
# Hyde
EDL = ag(["english defence league", "edl", "hate-filled group"], "GBR")
TAMESIDE = gov(["tameside council", "kieran quinn", "councillor quinn", "council"], "GBR")
HYDE_GANG = oth(["gang of asian men", "gang"], "GBR")
HYDE_TEENS = civ(["two 17-year-old males", "daniel stringer-price", "kavan brown", "teenagers"], "GBR")
GM_POLICE = gov(["police", "peter fahy", "fahy"], "GBR")
# Bales
BALES = mil(["robert bales", "bales", "sergeant", "the soldier"], "USA")
US_ARMY = mil(["us army", "prosecutors", "authorities", "officials"], "USA")
AF_CIV = civ(["afghan civilians", "two southern afghanistan villages", "civilians", "women and nine children"], "AFG")
# Colorado Springs
CS_BOMBER = oth(["balding white male", "person of interest", "caucasian gentleman", "the people responsible"], "USA")
NAACP = civ(["national association for the advancement of colored people", "naacp", "colorado springs naacp", "barber shop", "mr. g's hair design studios"], "USA")
FBI = gov(["fbi", "bureau of alcohol, tobacco, firearms and explosives", "federal agents", "local law enforcement"], "USA")

ANN_A = {
 'ipswich-murgon-ferguson-protests': [
  (AU_PROT, FERGUSON, ['PROTEST', 'COERCE'], "after being forced out of his previous home by picketers in Murgon", {'w': ('Murgon', 'AUS')}),
  (AU_PROT, FERGUSON, ['PROTEST'], "A group of protesters have now gathered outside Mr Ferguson's new home in Ipswich", {'w': ('Ipswich', 'AUS')}),
  (AU_PROT, FERGUSON, ['ASSAULT'], "who at one stage threw rocks at the house", {'w': ('Ipswich', 'AUS'), 'r': F}),
  (PISASALE, AU_PROT, ['SUPPORT'], "The Mayor has defended the actions of the protesters", {'r': F}),
  (BEATTIE, PISASALE, ['REJECT', 'ACCUSE'], "reponded by asking Mayor Paul Pisale what he meant", {'r': F}),
 ],
 'hurricane-rita-new-orleans-levees': [
  (RITA, None, ['ASSAULT'], "expected to approach the Texas and Louisiana coasts late on Friday", {'w': ('Texas', 'USA'), 's': 'h'}),
  (RITA, None, ['ASSAULT'], "expected to approach the Texas and Louisiana coasts late on Friday", {'w': ('Louisiana', 'USA'), 's': 'h'}),
  (RITA, None, ['ASSAULT'], "as much as 25 inches across eastern Texas and western Louisiana", {'w': ('Texas', 'USA'), 's': 'h'}),
  (RITA, None, ['ASSAULT'], "as much as 25 inches across eastern Texas and western Louisiana", {'w': ('Louisiana', 'USA'), 's': 'h'}),
  (RITA, None, ['ASSAULT'], "rainfall amounts of 3-5 inches are possible in New Orleans", {'w': ('New Orleans', 'USA'), 's': 'h'}),
  (RITA, None, ['ASSAULT'], "is currently in waist high water as a nearby levee was overtopped", {'w': ('Ninth Ward', 'USA'), 'r': F}),
  (RITA, None, ['ASSAULT'], "News of 3 levee breaches in New Orleans are being broadcast", {'w': ('New Orleans', 'USA'), 'r': F}),
  (RITA, None, ['ASSAULT'], "Tides are about 2 feet above normal along the Louisiana, Mississippi, and Alabama coasts", {'w': ('Louisiana', 'USA'), 'r': F}),
  (RITA, None, ['ASSAULT'], "Tides are about 2 feet above normal along the Louisiana, Mississippi, and Alabama coasts", {'w': ('Mississippi', 'USA'), 'r': F}),
  (RITA, None, ['ASSAULT'], "Tides are about 2 feet above normal along the Louisiana, Mississippi, and Alabama coasts", {'w': ('Alabama', 'USA'), 'r': F}),
 ],
 'varanasi-suspect-killed-handwara': [
  (IN_SEC, HUJI, ['ASSAULT'], "was shot dead by Indian security forces in Handwara area of North Kashmir", {'w': ('Handwara', 'IND')}),
  (IN_SEC, HUJI, ['ASSAULT'], "Zubair was killed in a fierce encounter in Handwara", {'w': ('Handwara', 'IND'), 'r': F}),
  (HUJI, IN_CIV, ['ASSAULT'], "The main suspect in the 7th March bombings in Varanasi", {'w': ('Varanasi', 'IND'), 'r': F}),
  (HUJI, IN_CIV, ['ASSAULT'], "the Cantonment Railway station of the temple city of Varanasi on March 7", {'w': ('Varanasi', 'IND'), 'r': F}),
 ],
 'assam-ulfa-blasts-pipelines': [
  (ULFA, AS_CIV, ['ASSAULT'], "Normal life in the Asom continued to be disturbed for third day", {'w': ('Assam', 'IND'), 'r': F}),
  (AS_POLICE, ULFA, ['MOBILIZE'], "Police on Saturday morning sounded red alert in the Guwahati city", {'w': ('Guwahati', 'IND'), 'r': F}),
  (ULFA, AS_POLICE, ['ASSAULT'], "explosive timer device found in front of Kamrup SP office in Panbazar", {'w': ('Panbazar', 'IND')}),
  (ULFA, AS_CIV, ['ASSAULT'], "a bomb planted on the tracks near Naharkatia in the Dibrugarh district", {'w': ('Naharkatia', 'IND'), 'r': F}),
  (ULFA, AS_CIV, ['ASSAULT'], "at least six persons injured in the state, following five powerful blasts", {'w': ('Assam', 'IND'), 'r': F}),
  (ULFA, AS_CIV, ['ASSAULT'], "injured over 15 at a busy vegetable market in the Guwahati city", {'w': ('Guwahati', 'IND')}),
  (ULFA, AS_CIV, ['ASSAULT'], "a bomb exploded in the house of one Milan Deori in Rupaisiding", {'w': ('Rupai Siding', 'IND')}),
  (ULFA, OIL, ['ASSAULT'], "successively at two places in the Dibrugarh district last night", {'w': ('Dibrugarh district', 'IND')}),
  (ULFA, OIL, ['ASSAULT'], "at Namrup Thermal Power plant at a place under Naharkatia police station", {'w': ('Naharkatia', 'IND'), 'r': F}),
  (ULFA, OIL, ['ASSAULT'], "two more explosions severely damaged two crude oil pipelines belonging to OIL, nearby Bhadoipanchali", {'w': ('Bhadoipanchali', 'IND'), 'r': F}),
  (ULFA, IN_ARMY, ['ASSAULT'], "militants hurled grenade at an army truck at Doomdooma in Tinsukia district", {'w': ('Doom Dooma', 'IND')}),
  (ULFA, AS_CIV, ['ASSAULT'], "left 34 people injured in the districts of Dhubri, Mangaldoi and Nagaon", {'w': ('Dhubri', 'IND')}),
  (ULFA, AS_CIV, ['ASSAULT'], "left 34 people injured in the districts of Dhubri, Mangaldoi and Nagaon", {'w': ('Mangaldoi', 'IND')}),
  (ULFA, AS_CIV, ['ASSAULT'], "left 34 people injured in the districts of Dhubri, Mangaldoi and Nagaon", {'w': ('Nagaon', 'IND')}),
 ],
 'toronto-school-shooting': [
  (TO_SHOOTER, TO_VICTIM, ['ASSAULT'], "a high school shooting this afternoon at around 2:35 p.m. killed one teenager", {'w': ('Toronto', 'CAN')}),
  (TO_SHOOTER, TO_VICTIM, ['ASSAULT'], "was shot in the chest while near the swimming pool of C. W. Jeffreys Collegiate Institute", {'w': ('Jane and Finch', 'CAN'), 'r': F}),
  (TO_POLICE, None, ['COERCE', 'MOBILIZE'], "Police searched the building for weapons but found none", {'w': ('Toronto', 'CAN'), 'r': F}),
  (ORL_ATTACKER, ORL_VICTIMS, ['ASSAULT'], "wounded in a knife attack at Cairine Wilson High School in Orléans, Ontario", {'w': ('Orléans', 'CAN'), 'r': F}),
 ],
 'kolkata-necklace-thief': [
  (KOL_POLICE, MOHSIN, ['COERCE'], "A man from the east Indian city of Kolkata was force-fed 50 bananas", {'w': ('Kolkata', 'IND')}),
  (KOL_POLICE, MOHSIN, ['COERCE'], "When arrested, he denied he stole the necklace", {'r': F}),
  (KOL_COURT, MOHSIN, ['COERCE', 'ACCUSE'], "He will be put in court in Kolkata on August 6", {'w': ('Kolkata', 'IND'), 's': 'h'}),
 ],
 'philippines-storm-dante': [
  (DANTE, PH_CIV, ['ASSAULT'], "has killed at least eleven people and displaced tens of thousands in the Philippines", {'w': ('Philippines', 'PHL'), 'r': F}),
  (DANTE, PH_CIV, ['ASSAULT'], "after a mudslide resulting from the storm in the coastal village of Maganelles", {'w': ('Maganelles', 'PHL'), 'r': F}),
  (DANTE, PH_CIV, ['ASSAULT'], "a fisherman who drowned off the coast of the Camarines Norte province", {'w': ('Camarines Norte', 'PHL'), 'r': F}),
  (PH_GOV, PH_CIV, ['MOBILIZE'], "45,000 people were evacuated into school shelters from their residences near the Mayon volcano", {'w': ('Mayon', 'PHL'), 'r': F}),
 ],
 'filitsa-hijacked-seychelles': [
  (SO_PIRATES, FILITSA, ['ASSAULT', 'COERCE'], "Somali pirates have seized a cargo vessel with 22 crew members", {}),
  (SO_PIRATES, FILITSA, ['ASSAULT', 'COERCE'], "several hundred kilometres northeast of the Seychelles islands", {'w': ('Seychelles', 'SYC'), 'r': F}),
  (SO_PIRATES, FILITSA, ['ASSAULT', 'COERCE'], "750 kilometres off of the Seychelles coast", {'w': ('Seychelles', 'SYC'), 'r': F}),
  (NAVIES, SO_PIRATES, ['MOBILIZE'], "are patrolling the waters around Somalia trying to protect commercial shipping", {'w': ('Somalia', 'SOM'), 'r': F}),
  (SO_PIRATES, None, ['ASSAULT', 'COERCE'], "Many hijackings have occurred near the Seychelles", {'w': ('Seychelles', 'SYC'), 'r': F}),
 ],
 'hyde-edl-march-ban': [
  (TAMESIDE, EDL, ['REQUEST', 'REJECT'], "has said the council will be requesting that the ban the EDL", {'r': F}),
  (EDL, None, ['PROTEST'], "from marching through the town of , near the city of Manchester", {'w': ('Manchester', 'GBR'), 's': 'h'}),
  (EDL, None, ['PROTEST'], "hate-filled group wishing to come to Hyde to try and incite hatred", {'w': ('Hyde', 'GBR'), 's': 'h'}),
  (HYDE_GANG, HYDE_TEENS, ['ASSAULT'], "an attack on February 4 against two 17-year-old males in Hyde", {'w': ('Hyde', 'GBR')}),
  (GM_POLICE, HYDE_GANG, ['ACCUSE'], "the police are investigating it as being a racially-motivated crime", {'r': F}),
 ],
 'bales-charged-afghan-killings': [
  (US_ARMY, BALES, ['ACCUSE'], "was formally charged with seventeen counts of premeditated", {}),
  (BALES, AF_CIV, ['ASSAULT'], "a shooting spree in two southern Afghanistan villages earlier this month", {'w': ('Afghanistan', 'AFG'), 'r': F}),
  (US_ARMY, BALES, ['ACCUSE'], "Bales was read the charges at , Kansas", {'w': ('Kansas', 'USA')}),
 ],
 'colorado-springs-naacp-explosion': [
  (CS_BOMBER, NAACP, ['ASSAULT'], "An explosion that took place in a barber shop next door to the Colorado Springs", {'w': ('Colorado Springs', 'USA')}),
  (FBI, CS_BOMBER, ['ACCUSE'], "as well as the Bureau of Alcohol, Tobacco, Firearms and Explosives", {'w': ('Colorado Springs', 'USA'), 'r': F}),
  (CS_BOMBER, NAACP, ['ASSAULT'], "the explosive device was placed next to a can of gasoline", {'w': ('Colorado Springs', 'USA'), 'r': F}),
  (CS_BOMBER, NAACP, ['ASSAULT'], "employees of the Colorado Springs NAACP were injured in today's apparent bombing", {'w': ('Colorado Springs', 'USA'), 'r': F}),
 ],
}

# --- pages from WetBoots12/DoubleCheck ---
# Beirut
LB_BOMBERS = oth(["car bomb", "bombers", "attackers"], "LBN")
LB_CIV = civ(["christian neighborhood of new jdeideh", "people", "eleven people", "lebanese citizens"], "LBN")
LB_OPP = oth(["lebanese political opposition group", "cedar revolution", "walid jumblatt", "jumblatt", "opposition"], "LBN")
SYRIA_ST = st(["syria", "syrian", "security agencies"], "SYR")
# Zabul
AF_TALIBAN = ag(["taliban", "yosuf ahmadi", "qari mohammad yousuf"], "AFG")
SURYA = civ(["indian engineer", "a. suryanarayana", "suryanarayana", "indian citizens"], "IND")
IN_MEA = gov(["team of indian experts", "ministry of external affairs", "k.b.s. katoch"], "IND")
# Washington
US_PROT = civ(["anti-war demonstrations", "demonstrators", "protesters", "united for peace and justice coalition", "students for a democratic society", "sds", "jane fonda"], "USA")
US_GOV = gov(["capitol police", "congress", "george bush", "bush"], "USA")
COUNTER_PROT = civ(["small protest against the anti-war demonstrations", "attendees"], "USA")
# Exeter
REILLY = per(["nicky reilly", "reilly", "bomber", "suspected bomber", "the suspect", "injured man"], "GBR")
EX_CIV = civ(["exeter restaurant", "restaurant", "centre of the city"], "GBR")
DC_POLICE = gov(["police", "devon and cornwall police", "stephen otter", "otter", "metropolitan police"], "GBR")
# Chisinau
COMANESCU = gov(["lazar comanescu", "comanescu", "romanian foreign affairs minister", "romanian official", "romania", "authorities in bucharest"], "ROU")
MD_GOV = gov(["andrei stratan", "stratan", "zinaida grechany", "vladimir voronin", "moldovan officials", "republic of moldova"], "MDA")
# Okazaki
OK_BOY = per(["a boy", "boy", "the boy", "teenager"], "JPN")
OK_BUS = civ(["bus", "ten people", "the bus"], "JPN")
JP_POLICE = gov(["police", "officers"], "JPN")
# Pilibhit
UP_GOV = gov(["uttar pradesh government", "pilibhit district magistrate ajay chauhan", "district magistrate", "district court", "vijay shanker pandey"], "IND")
VARUN = per(["varun gandhi", "gandhi", "varun", "bjp nominee"], "IND")
VARUN_FANS = civ(["his supporters", "supporters"], "IND")
IN_POLICE = gov(["police"], "IND")
SIKH_GUARDS = oth(["sikh bodyguards"], "IND")
INDIRA = gov(["indira gandhi", "prime minister indira gandhi"], "IND")
# Arctic Sea
RU_NAVY = mil(["russian navy", "frigate ladny", "anatoly serdyukov"], "RUS")
AS_HIJACKERS = oth(["eight people", "hijackers", "detainees", "four russians", "two latvians"], None)
AS_CREW = civ(["mv arctic sea", "arctic sea", "crew", "vessel"], "MLT")
# Ramadi
IQ_BOMBERS = ag(["two suicide bombers", "suicide bombers", "suicide car bomb", "bomber"], "IRQ")
ANBAR_GOV = gov(["governor of the anbar province", "qassim mohammed al-fahdawi", "governor", "deputy police chief", "20 people"], "IRQ")
KIRKUK_GUNMEN = oth(["gunmen"], "IRQ")
KIRKUK_JUDGE = gov(["iraqi judge", "judge"], "IRQ")
# North Waziristan
US_DRONES = mil(["us drone attacks", "us drones", "drones", "us authorities", "us government"], "USA")
PK_MILITANTS = ag(["militants", "sixteen militants", "suspected fighters", "rebel groups"], "PAK")
PK_GOV = gov(["pakistan's government", "pakistan"], "PAK")
# Kohat
PK_BOMBERS = ag(["suicide bombers", "suicide bomber", "bomber"], "PAK")
PK_IDPS = civ(["displaced people", "30 people", "victims", "kacha pukha camp"], "PAK")
PK_ARMY = mil(["military"], "PAK")
# Pichilemu
QUAKE = oth(["earthquake", "strong earthquake"], None)
# Abidjan
GBAGBO = mil(["forces loyal to disputed ivory coast president laurent gbagbo", "gbagbo forces", "troops", "laurent gbagbo"], "CIV")
OUATTARA = mil(["ouattara forces", "forces", "rival forces"], "CIV")
FRANCE_MIL = mil(["french helicopters", "france", "french ambassador's house"], "FRA")
# Karnataka
KA_PROT = civ(["people", "various cities", "shops", "television service providers", "farmers"], "IND")
IN_SC = gov(["indian supreme court", "supreme court"], "IND")
KA_STATE = gov(["karnataka"], "IND")

ANN_B = {
 'beirut-new-jdeideh-car-bomb': [
  (LB_BOMBERS, LB_CIV, ['ASSAULT'], "a car bomb that rocked the Christian neighborhood of New Jdeideh", {'w': ('New Jdeideh', 'LBN')}),
  (LB_OPP, SYRIA_ST, ['ACCUSE'], "claims Syria should be held responsible", {'r': F}),
  (LB_BOMBERS, LB_CIV, ['THREATEN'], "a series of fake bombs were discovered throughout the neighborhood", {'w': ('New Jdeideh', 'LBN'), 'r': F}),
  (LB_BOMBERS, None, ['ASSAULT'], "several sonic grenades thrown at pro-Syrian Lebanese Democratic Party offices", {'r': F}),
  (LB_OPP, SYRIA_ST, ['THREATEN', 'ACCUSE'], "We warn Syria not to let these midgets", {'r': F}),
 ],
 'zabul-indian-engineer-kidnapped': [
  (AF_TALIBAN, SURYA, ['COERCE', 'ASSAULT'], "while travelling from Kalat, the capital of Zabul province, to Ghazni", {'w': ('Zabul', 'AFG'), 'r': F}),
  (AF_TALIBAN, SURYA, ['THREATEN'], "threatened to kill Suryanarayana within hours", {'r': F}),
  (IN_MEA, AF_TALIBAN, ['CONSULT', 'MOBILIZE'], "has been dispatched to Afghanistan to facilitate the release", {'w': ('Afghanistan', 'AFG'), 'r': F}),
 ],
 'washington-iraq-war-protest': [
  (US_PROT, US_GOV, ['PROTEST'], "Anti-war demonstrations were held in Washington, D.C. and other cities", {'w': ('Washington, D.C.', 'USA')}),
  (US_PROT, US_GOV, ['PROTEST'], "joined together in protest against the war", {'w': ('Washington, D.C.', 'USA'), 'r': F}),
  (US_PROT, US_GOV, ['PROTEST', 'COERCE'], "had a stand off with the Capitol police", {'w': ('Washington, D.C.', 'USA'), 'r': F}),
  (COUNTER_PROT, US_PROT, ['PROTEST'], "A small protest against the anti-war demonstrations was held", {'r': F}),
 ],
 'exeter-restaurant-bomb': [
  (REILLY, EX_CIV, ['ASSAULT'], "a bomb exploded in an Exeter restaurant at about 1250 BST", {'w': ('Exeter', 'GBR')}),
  (REILLY, EX_CIV, ['ASSAULT', 'THREATEN'], "a second device was found and made safe nearby", {'w': ('Exeter', 'GBR'), 'r': F}),
  (DC_POLICE, REILLY, ['COERCE'], "He has been arrested and taken to hospital", {'r': F}),
  (DC_POLICE, EX_CIV, ['MOBILIZE', 'COERCE'], "The centre of the city was evacuated by police", {'w': ('Exeter', 'GBR'), 'r': F}),
 ],
 'chisinau-romanian-minister-visit': [
  (COMANESCU, MD_GOV, ['CONSULT'], "the Romanian Foreign Affairs minister visited his Moldovan counterpart Andrei Stratan", {'w': ('Chisinau', 'MDA')}),
  (COMANESCU, MD_GOV, ['CONSULT'], "also held talks with Moldovan Prime Minister Zinaida Grechany", {'w': ('Chisinau', 'MDA'), 'r': F}),
  (COMANESCU, MD_GOV, ['COOPERATE', 'CONSULT'], "talks on opening consulates in Balti and Cahul may be held again", {'w': ('Balti', 'MDA'), 's': 'h'}),
  (COMANESCU, MD_GOV, ['COOPERATE', 'CONSULT'], "talks on opening consulates in Balti and Cahul may be held again", {'w': ('Cahul', 'MDA'), 's': 'h'}),
  (COMANESCU, MD_GOV, ['REQUEST'], "Authorities in Bucharest have been insisting on the opening", {'w': ('Bucharest', 'ROU'), 'r': F}),
  (COMANESCU, MD_GOV, ['CONSULT'], "Comanescu's visit in Chisinau is the first high-level visit", {'w': ('Chisinau', 'MDA'), 'r': F}),
 ],
 'okazaki-bus-hijack': [
  (OK_BOY, OK_BUS, ['ASSAULT', 'COERCE'], "has been arrested after hijacking a bus with ten people on board", {'w': ('Okazaki', 'JPN')}),
  (OK_BOY, OK_BUS, ['ASSAULT', 'COERCE'], "The boy hijacked the bus in Okazaki", {'w': ('Okazaki', 'JPN'), 'r': F}),
  (JP_POLICE, OK_BOY, ['COERCE'], "The bus was at a rest stop in Okazaki", {'w': ('Okazaki', 'JPN'), 'r': F}),
 ],
 'pilibhit-varun-gandhi-charged': [
  (UP_GOV, VARUN, ['ACCUSE', 'COERCE'], "has been charged under the National Security Act (NSA) by the Uttar Pradesh government", {'w': ('Pilibhit', 'IND')}),
  (UP_GOV, VARUN, ['COERCE'], "An order issued by Pilibhit district magistrate Ajay Chauhan", {'w': ('Pilibhit', 'IND'), 'r': F}),
  (VARUN, UP_GOV, ['CONCEDE'], "Gandhi surrendered to the district court on Saturday", {'w': ('Pilibhit', 'IND'), 'r': F}),
  (VARUN_FANS, IN_POLICE, ['ASSAULT'], "inciting his supporters to attack the police", {'w': ('Pilibhit', 'IND'), 'r': F}),
  (SIKH_GUARDS, INDIRA, ['ASSAULT'], "Sikh bodyguards did assassinate his grandmother", {'r': F}),
 ],
 'arctic-sea-hijackers-detained': [
  (RU_NAVY, AS_HIJACKERS, ['COERCE'], "have been arrested by the Russian Navy", {}),
  (AS_HIJACKERS, AS_CREW, ['ASSAULT', 'COERCE'], "had boarded the vessel after approaching in a small dinghy", {'r': F}),
  (RU_NAVY, AS_HIJACKERS, ['COERCE', 'MOBILIZE'], "The vessel was found on Sunday off of the Cape Verde Islands", {'w': ('Cape Verde', 'CPV'), 'r': F}),
 ],
 'ramadi-double-suicide-bombing': [
  (IQ_BOMBERS, ANBAR_GOV, ['ASSAULT'], "Two suicide bombers in Ramadi, Iraq have killed 20 people", {'w': ('Ramadi', 'IRQ')}),
  (IQ_BOMBERS, ANBAR_GOV, ['ASSAULT'], "the attack targeted the governor of the Anbar province", {'w': ('Ramadi', 'IRQ'), 'r': F}),
  (IQ_BOMBERS, ANBAR_GOV, ['ASSAULT'], "a suicide car bomb detonated a car bomb near provincial governor", {'w': ('Ramadi', 'IRQ'), 'r': F}),
  (IQ_BOMBERS, ANBAR_GOV, ['ASSAULT'], "The second bomb exploded when the governor along with other officials arrived", {'w': ('Ramadi', 'IRQ'), 'r': F}),
  (KIRKUK_GUNMEN, KIRKUK_JUDGE, ['ASSAULT'], "an Iraqi judge and his wife were wounded by gunmen late Tuesday in the city of Kirkuk", {'w': ('Kirkuk', 'IRQ')}),
 ],
 'north-waziristan-drone-strikes': [
  (US_DRONES, PK_MILITANTS, ['ASSAULT'], "when suspected US drone attacks struck a village in the North Waziristan region", {'w': ('Datta Khel', 'PAK')}),
  (US_DRONES, PK_MILITANTS, ['ASSAULT'], "fired some 18 missiles at multiple militant targets in Dattakhel village", {'w': ('Datta Khel', 'PAK'), 'r': F}),
  (PK_GOV, US_DRONES, ['ACCUSE'], "Pakistan's government condemns the drone strikes", {'r': F}),
 ],
 'kohat-kacha-pukha-camp-bombing': [
  (PK_BOMBERS, PK_IDPS, ['ASSAULT'], "Two successive suicide bombings killed 30 people in a camp", {'w': ('Kohat', 'PAK'), 'r': F}),
  (PK_BOMBERS, PK_IDPS, ['ASSAULT'], "The two explosions hit the Kacha Pukha camp located near the city of Kohat", {'w': ('Kohat', 'PAK'), 'r': F}),
  (PK_ARMY, None, ['ASSAULT'], "from the Orakzai agency where the military has launched an offensive", {'w': ('Orakzai', 'PAK'), 'r': F}),
 ],
 'pichilemu-earthquake': [
  (QUAKE, None, ['ASSAULT'], "A strong earthquake hit Chile at approximately", {'w': ('Chile', 'CHL'), 'r': F}),
  (QUAKE, None, ['ASSAULT'], "the epicenter was located very close to Pichilemu", {'w': ('Pichilemu', 'CHL'), 'r': F}),
  (QUAKE, None, ['ASSAULT'], "the epicenter of the earthquake was located 28 kilometers at the south of Pichilemu", {'w': ('Pichilemu', 'CHL'), 'r': F}),
 ] + [
  (QUAKE, None, ['ASSAULT'], "users have reported the earthquake was felt in Colina, Santiago", {'w': (p, 'CHL'), 'r': F})
  for p in ['Colina', 'Santiago', 'Curicó', 'Machalí', 'Rengo', 'Rancagua', 'Valparaíso']
 ],
 'abidjan-gbagbo-forces-fighting': [
  (GBAGBO, OUATTARA, ['ASSAULT'], "have resumed fighting in the city of Abidjan", {'w': ('Abidjan', 'CIV')}),
  (GBAGBO, OUATTARA, ['ASSAULT', 'COERCE'], "the troops regained control of parts of the city", {'w': ('Abidjan', 'CIV'), 'r': F}),
  (GBAGBO, OUATTARA, ['COERCE'], "now control the Plateau and Cocody regions of Abidjan", {'w': ('Plateau', 'CIV'), 'r': F}),
  (GBAGBO, OUATTARA, ['COERCE'], "now control the Plateau and Cocody regions of Abidjan", {'w': ('Cocody', 'CIV'), 'r': F}),
  (GBAGBO, FRANCE_MIL, ['ASSAULT'], "The French ambassador's house was reportedly attacked", {'w': ('Abidjan', 'CIV'), 'r': F}),
  (FRANCE_MIL, GBAGBO, ['ASSAULT'], "resulting in counter-strikes by French helicopters", {'w': ('Abidjan', 'CIV'), 'r': F}),
 ],
 'karnataka-bandh-kaveri': [
  (KA_PROT, IN_SC, ['PROTEST'], "various cities in the Indian state of Karnataka observed Karnataka Bandh", {'w': ('Karnataka', 'IND')}),
  (IN_SC, KA_STATE, ['REQUEST'], "The Indian Supreme Court judgement instructed Karnataka to release", {'r': F}),
  (KA_PROT, IN_SC, ['PROTEST'], "Even the Metro Service in Karnataka's capital Bengaluru didn't run", {'w': ('Bengaluru', 'IND'), 'r': F}),
  (KA_PROT, None, ['PROTEST', 'COERCE'], "Television service providers in Karnataka blocked more than 50 Tamil channels", {'w': ('Karnataka', 'IND'), 'r': F}),
  (KA_PROT, None, ['PROTEST'], "movie posters of Mudinja Ivana Pudi were burnt", {'r': F}),
  (KA_PROT, IN_SC, ['PROTEST'], "Medical shops and petrol pumps remained closed in Mysore", {'w': ('Mysore', 'IND'), 'r': F}),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in {**ANN_A, **ANN_B}.items()}
assert len(ANN) == len(_SRC), sorted(set(_BY_SHORT) - set(ANN_A) - set(ANN_B))
