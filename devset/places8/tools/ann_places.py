# Gold events of the eighth place set, annotated from reading each page only (Eventline was never run on
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

# 001 Ipswich and Murgon
AU_PROT = civ(["picketers", "protesters", "group of protesters", "residents"], "AUS")
FERGUSON = per(["dennis ferguson", "ferguson", "mr ferguson", "convicted paedophile"], "AUS")
PISASALE = gov(["ipswich mayor paul pisale", "paul pisale", "mayor", "the mayor"], "AUS")
BEATTIE = gov(["peter beattie", "queensland premier", "premier of queensland", "beattie"], "AUS")
# 002 Iraq
IQ_INSURG = ag(["insurgents", "suicide bombings", "attacks"], "IRQ")
IQ_VOTERS = civ(["iraqis"], "IRQ")
US_IQ = mil(["u.s.-run high security facility", "u.s.", "us"], "USA")
SADDAM = per(["saddam hussein", "saddam"], "IRQ")
TALABANI = gov(["jalal talabani", "talabani"], "IRQ")
NEIGHBOURS = st(["neighbouring countries"], None)
# 003 Hurricane Rita
RITA = oth(["hurricane rita", "rita", "the hurricane", "the storm", "storm"], None)
# 004 Varanasi and Handwara
IN_SEC = mil(["indian security forces", "indian army", "jammu & kashmir state police special task force", "security forces"], "IND")
HUJI = ag(["harkat-ul-jehadi-islamia", "abu zubair", "zubair", "main suspect", "operative"], "PAK")
IN_CIV = civ(["people", "dead", "injured"], "IND")
# 005 Assam
ULFA = ag(["united liberation front of asom", "ulfa", "banned outfit", "the outfit", "ulfa militants", "militants"], "IND")
AS_POLICE = gov(["police", "kamrup sp office", "kamrup sp"], "IND")
AS_CIV = civ(["people", "persons", "passengers", "passengers of delhi-bound rajdhani express", "normal life"], "IND")
OIL = oth(["oil pipelines", "assam gas company limited", "oil india limited", "oil", "pipelines", "crude oil pipelines"], "IND")
IN_ARMY = mil(["army personnel", "army truck", "indian army"], "IND")
# 006 Toronto
TO_SHOOTER = oth(["shooter", "gunman"], "CAN")
TO_VICTIM = civ(["jordan manners", "teenager", "student", "grade 9 student"], "CAN")
TO_POLICE = gov(["police", "toronto police", "emergency task force", "etf"], "CAN")
ORL_ATTACKER = oth(["attacker"], "CAN")
ORL_VICTIMS = civ(["four students and one staff member", "students"], "CAN")
# 007 Kolkata
KOL_POLICE = gov(["police", "doctors"], "IND")
MOHSIN = per(["sheikh mohsin", "mohsin", "moshin", "a man", "man"], "IND")
KOL_COURT = gov(["court"], "IND")
# 008 Tropical storm Dante
DANTE = oth(["dante", "tropical storm", "storm", "typhoon", "mudslide"], None)
PH_CIV = civ(["people", "persons", "fisherman", "casualties"], "PHL")
PH_GOV = gov(["government authorities", "army and police", "government"], "PHL")
# 009 MV Filitsa
SO_PIRATES = ag(["somali pirates", "pirates"], "SOM")
FILITSA = civ(["mv filitsa", "cargo vessel", "crew", "22 crew members", "ship", "vessel"], "GRC")
NAVIES = mil(["naval forces", "united states", "eu", "nato", "patrols"], None)
# 010 Hyde
EDL = ag(["english defence league", "edl", "hate-filled group"], "GBR")
TAMESIDE = gov(["tameside council", "kieran quinn", "councillor quinn", "council"], "GBR")
HYDE_GANG = oth(["gang of asian men", "gang"], "GBR")
HYDE_TEENS = civ(["two 17-year-old males", "daniel stringer-price", "kavan brown", "teenagers"], "GBR")
GM_POLICE = gov(["police", "peter fahy", "fahy"], "GBR")
# 011 Bales
BALES = mil(["robert bales", "bales", "sergeant", "the soldier"], "USA")
US_ARMY = mil(["us army", "prosecutors", "authorities", "officials"], "USA")
AF_CIV = civ(["afghan civilians", "two southern afghanistan villages", "civilians", "women and nine children"], "AFG")
# 012 Senate
SENATE = gov(["us senate", "senate", "senators"], "USA")
OBAMA = gov(["president barack obama", "barack obama", "obama", "the president", "president"], "USA")
SH_SHOOTER = oth(["shooter", "gunman"], "USA")
SH_VICTIMS = civ(["sandy hook elementary school", "children"], "USA")
ONLOOKER = civ(["onlooker", "onlooker in the gallery"], "USA")
# 013 Colorado Springs
CS_BOMBER = oth(["balding white male", "person of interest", "caucasian gentleman", "the people responsible"], "USA")
NAACP = civ(["national association for the advancement of colored people", "naacp", "colorado springs naacp", "barber shop", "mr. g's hair design studios"], "USA")
FBI = gov(["fbi", "bureau of alcohol, tobacco, firearms and explosives", "federal agents", "local law enforcement"], "USA")

ANN = {
 '001-ipswich-murgon-ferguson-protests.txt': [
  (AU_PROT, FERGUSON, ['PROTEST', 'COERCE'], "after being forced out of his previous home by picketers in Murgon", {'w': ('Murgon', 'AUS')}),
  (AU_PROT, FERGUSON, ['PROTEST'], "A group of protesters have now gathered outside Mr Ferguson's new home in Ipswich", {'w': ('Ipswich', 'AUS')}),
  (AU_PROT, FERGUSON, ['ASSAULT'], "who at one stage threw rocks at the house", {'w': ('Ipswich', 'AUS'), 'r': F}),
  (PISASALE, AU_PROT, ['SUPPORT'], "The Mayor has defended the actions of the protesters", {'r': F}),
  (BEATTIE, PISASALE, ['REJECT', 'ACCUSE'], "reponded by asking Mayor Paul Pisale what he meant", {'r': F}),
 ],
 '002-iraq-talabani-elected.txt': [
  (IQ_INSURG, IQ_VOTERS, ['ASSAULT'], "Iraqis braved suicide bombings and other attacks to vote", {'w': ('Iraq', 'IRQ'), 'r': F}),
  (TALABANI, NEIGHBOURS, ['REQUEST'], "has called upon neighbouring countries to stop insurgents", {'r': F}),
  (US_IQ, SADDAM, ['COERCE'], "imprisoned at a U.S.-run high security facility on the outskirts of Baghdad", {'w': ('Baghdad', 'IRQ'), 'r': F}),
 ],
 '003-hurricane-rita-new-orleans-levees.txt': [
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
 '004-varanasi-suspect-killed-handwara.txt': [
  (IN_SEC, HUJI, ['ASSAULT'], "was shot dead by Indian security forces in Handwara area of North Kashmir", {'w': ('Handwara', 'IND')}),
  (IN_SEC, HUJI, ['ASSAULT'], "Zubair was killed in a fierce encounter in Handwara", {'w': ('Handwara', 'IND'), 'r': F}),
  (HUJI, IN_CIV, ['ASSAULT'], "The main suspect in the 7th March bombings in Varanasi", {'w': ('Varanasi', 'IND'), 'r': F}),
  (HUJI, IN_CIV, ['ASSAULT'], "the Cantonment Railway station of the temple city of Varanasi on March 7", {'w': ('Varanasi', 'IND'), 'r': F}),
 ],
 '005-assam-ulfa-blasts-pipelines.txt': [
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
 '006-toronto-school-shooting.txt': [
  (TO_SHOOTER, TO_VICTIM, ['ASSAULT'], "a high school shooting this afternoon at around 2:35 p.m. killed one teenager", {'w': ('Toronto', 'CAN')}),
  (TO_SHOOTER, TO_VICTIM, ['ASSAULT'], "was shot in the chest while near the swimming pool of C. W. Jeffreys Collegiate Institute", {'w': ('Jane and Finch', 'CAN'), 'r': F}),
  (TO_POLICE, None, ['COERCE', 'MOBILIZE'], "Police searched the building for weapons but found none", {'w': ('Toronto', 'CAN'), 'r': F}),
  (ORL_ATTACKER, ORL_VICTIMS, ['ASSAULT'], "wounded in a knife attack at Cairine Wilson High School in Orléans, Ontario", {'w': ('Orléans', 'CAN'), 'r': F}),
 ],
 '007-kolkata-necklace-thief.txt': [
  (KOL_POLICE, MOHSIN, ['COERCE'], "A man from the east Indian city of Kolkata was force-fed 50 bananas", {'w': ('Kolkata', 'IND')}),
  (KOL_POLICE, MOHSIN, ['COERCE'], "When arrested, he denied he stole the necklace", {'r': F}),
  (KOL_COURT, MOHSIN, ['COERCE', 'ACCUSE'], "He will be put in court in Kolkata on August 6", {'w': ('Kolkata', 'IND'), 's': 'h'}),
 ],
 '008-philippines-storm-dante.txt': [
  (DANTE, PH_CIV, ['ASSAULT'], "has killed at least eleven people and displaced tens of thousands in the Philippines", {'w': ('Philippines', 'PHL'), 'r': F}),
  (DANTE, PH_CIV, ['ASSAULT'], "after a mudslide resulting from the storm in the coastal village of Maganelles", {'w': ('Maganelles', 'PHL'), 'r': F}),
  (DANTE, PH_CIV, ['ASSAULT'], "a fisherman who drowned off the coast of the Camarines Norte province", {'w': ('Camarines Norte', 'PHL'), 'r': F}),
  (PH_GOV, PH_CIV, ['MOBILIZE'], "45,000 people were evacuated into school shelters from their residences near the Mayon volcano", {'w': ('Mayon', 'PHL'), 'r': F}),
 ],
 '009-filitsa-hijacked-seychelles.txt': [
  (SO_PIRATES, FILITSA, ['ASSAULT', 'COERCE'], "Somali pirates have seized a cargo vessel with 22 crew members", {}),
  (SO_PIRATES, FILITSA, ['ASSAULT', 'COERCE'], "several hundred kilometres northeast of the Seychelles islands", {'w': ('Seychelles', 'SYC'), 'r': F}),
  (SO_PIRATES, FILITSA, ['ASSAULT', 'COERCE'], "750 kilometres off of the Seychelles coast", {'w': ('Seychelles', 'SYC'), 'r': F}),
  (NAVIES, SO_PIRATES, ['MOBILIZE'], "are patrolling the waters around Somalia trying to protect commercial shipping", {'w': ('Somalia', 'SOM'), 'r': F}),
  (SO_PIRATES, None, ['ASSAULT', 'COERCE'], "Many hijackings have occurred near the Seychelles", {'w': ('Seychelles', 'SYC'), 'r': F}),
 ],
 '010-hyde-edl-march-ban.txt': [
  (TAMESIDE, EDL, ['REQUEST', 'REJECT'], "has said the council will be requesting that the ban the EDL", {'r': F}),
  (EDL, None, ['PROTEST'], "from marching through the town of , near the city of Manchester", {'w': ('Manchester', 'GBR'), 's': 'h'}),
  (EDL, None, ['PROTEST'], "hate-filled group wishing to come to Hyde to try and incite hatred", {'w': ('Hyde', 'GBR'), 's': 'h'}),
  (HYDE_GANG, HYDE_TEENS, ['ASSAULT'], "an attack on February 4 against two 17-year-old males in Hyde", {'w': ('Hyde', 'GBR')}),
  (GM_POLICE, HYDE_GANG, ['ACCUSE'], "the police are investigating it as being a racially-motivated crime", {'r': F}),
 ],
 '011-bales-charged-afghan-killings.txt': [
  (US_ARMY, BALES, ['ACCUSE'], "was formally charged with seventeen counts of premeditated", {}),
  (BALES, AF_CIV, ['ASSAULT'], "a shooting spree in two southern Afghanistan villages earlier this month", {'w': ('Afghanistan', 'AFG'), 'r': F}),
  (US_ARMY, BALES, ['ACCUSE'], "Bales was read the charges at , Kansas", {'w': ('Kansas', 'USA')}),
 ],
 '012-senate-gun-background-checks.txt': [
  (SENATE, None, ['REJECT'], "The US Senate rejected Wednesday a bill amendment", {}),
  (OBAMA, SENATE, ['ACCUSE'], "described as \"a shameful day for Washington.\"", {'r': F}),
  (SH_SHOOTER, SH_VICTIMS, ['ASSAULT'], "in the wake of the Sandy Hook Elementary School shooting last year", {'w': ('Sandy Hook', 'USA'), 'r': F}),
  (SH_SHOOTER, SH_VICTIMS, ['ASSAULT'], "like the one used in the Sandy Hook shooting", {'w': ('Sandy Hook', 'USA'), 'r': F}),
  (ONLOOKER, SENATE, ['PROTEST'], "An onlooker in the gallery shouted", {'r': F}),
 ],
 '013-colorado-springs-naacp-explosion.txt': [
  (CS_BOMBER, NAACP, ['ASSAULT'], "An explosion that took place in a barber shop next door to the Colorado Springs", {'w': ('Colorado Springs', 'USA')}),
  (FBI, CS_BOMBER, ['ACCUSE'], "as well as the Bureau of Alcohol, Tobacco, Firearms and Explosives", {'w': ('Colorado Springs', 'USA'), 'r': F}),
  (CS_BOMBER, NAACP, ['ASSAULT'], "the explosive device was placed next to a can of gasoline", {'w': ('Colorado Springs', 'USA'), 'r': F}),
  (CS_BOMBER, NAACP, ['ASSAULT'], "employees of the Colorado Springs NAACP were injured in today's apparent bombing", {'w': ('Colorado Springs', 'USA'), 'r': F}),
 ],
}
