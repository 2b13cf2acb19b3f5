# Gold events of the seventh place set, annotated from reading each page only (Eventline was never run on
# these pages, and the geocoder, its gazetteer and their data were not read while choosing or annotating
# them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required. Conventions: devset/events/README.md,
# devset/places/README.md to devset/places6/README.md. A natural event (an earthquake, a tsunami) has no
# agent: its source is the event itself (kind other), its type is nominal and it is never required;
# eval-places scores it like any other event with a place.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# 001 Mosul
IQ_INSURG = ag(["iraqi insurgents", "insurgents"], "IRQ")
US_MIL = mil(["u.s. troops", "u.s. forces", "americans", "u.s. military", "u.s. air strikes", "american outpost"], "USA")
# 002 Cairo
EG_SEC = gov(["state security officials", "egyptian interior ministry", "egyptian authorities"], "EGY")
UK_POL = gov(["british authorities", "british police", "police", "metropolitan police", "sir ian blair"], "GBR")
NASHAR = per(["magdi asdi el-nashar", "el-nashar", "mr. el-nashar", "mr el-nashar"], "EGY")
LDN_BOMBERS = ag(["bombers", "mohammad sidique khan", "hasib mir hussain", "shehzad tanweer", "lindsey germaine"], "GBR")
LDN_CIV = civ(["victims", "people", "a man injured in the bus bombing"], "GBR")
REID = per(["richard reid"], "GBR")
# 003 protests
PROT = lambda c: civ(["protesters", "protestors", "demonstrators", "people", "anti-war protesters", "peace activists", "campaigners"], c)
US_GOV = gov(["george w. bush", "bush", "president bush", "us president george w. bush", "bush administration", "united states"], "USA")
POLICE = lambda c: gov(["police"], c)
RICE = gov(["condoleezza rice", "us secretary of state condoleezza rice"], "USA")
KL_POLICE = gov(["police"], "MYS")
IQ_POLICE = gov(["policemen", "police station", "jail"], "IRQ")
# 004 Sinai
SINAI_BOMBERS = ag(["suicide bombers", "two more suicide bombers"], "EGY")
MFO = igo(["multinational peacekeeping forces", "multinational force and observers", "mfo", "peacekeepers"])
EG_CIV = civ(["people", "tourists"], "EGY")
# 005 Qana
IL_MIL = mil(["israeli air strike", "israeli forces", "israeli military", "iaf planes", "air force", "israeli shelling", "amir eshel", "brigadier general eshel"], "ISR")
IL_GOV = gov(["israel", "ehud olmert", "prime minister ehud olmert", "olmert"], "ISR")
LB_CIV = civ(["displaced civilians", "civilians", "children", "residents", "families", "qana villagers", "witnesses"], "LBN")
LB_PROT = civ(["shiite muslim protesters", "protesters"], "LBN")
UN = igo(["united nations", "u.n. peacekeepers"])
HEZBOLLAH = ag(["hezbollah", "hezbullah", "hezbolla", "hassan nasrallah", "nasrallah"], "LBN")
SINIORA = gov(["fouad siniora", "siniora", "lebanese prime minister fouad siniora"], "LBN")
RICE_Q = gov(["condoleezza rice", "us secretary of state"], "USA")
ASSAD = gov(["bashar al-assad", "syrian president bashar al-assad"], "SYR")
MUBARAK = gov(["hosni mubarak", "egypt", "the egyptian president hosni mubarak"], "EGY")
CHIRAC = gov(["jacques chirac", "france", "the french president jacques chirac"], "FRA")
BECKETT = gov(["margaret beckett", "tony blair"], "GBR")
# 006 Bogota
EL_TIEMPO = oth(["el tiempo", "colombian prosecutors"], "COL")
CO_OFFICERS = mil(["colombian officers", "army's 13th brigade", "two military officers", "army officials"], "COL")
FARC = ag(["farc", "leftist guerrilla group farc"], "COL")
CO_GOV = gov(["presidential palace", "alvaro uribe", "uribe"], "COL")
CO_SOLDIERS = mil(["ten soldiers", "soldiers"], "COL")
TRUCK_BOMB = oth(["truck-bomb", "car bomb", "taxi bomb"], "COL")
# 007 Kuril
QUAKE = oth(["earthquake", "quake", "tsunami"], None)
# 008 Manchester and Leeds
JUL7_SUSPECTS = ag(["three men", "suspects", "the four men"], "GBR")
UK_TERROR_POL = gov(["terrorist police", "police"], "GBR")
# 009 Karrada
IQ_BOMBER = ag(["suicide bomber", "bombings"], "IRQ")
IQ_CIV = civ(["people", "civilians"], "IRQ")
# 010 North Waziristan and Balochistan
AQ_PK = ag(["al-qaeda militants", "terrorists", "suicide car bomber", "bomber"], "PAK")
PK_MIL = mil(["pakistani troops", "their convoy"], "PAK")
US_WH = gov(["u.s.", "tony snow", "white house"], "USA")
CN_CONVOY = mil(["chinese military convoy", "chinese military personnel"], "CHN")
# 011 Bengkulu / 017 Sumbawa: QUAKE
# 012 Tarbela
PK_BOMBER = ag(["islamic terrorists", "islamic extremists", "bomber", "suicide car bomb"], "PAK")
SSG = mil(["special operations task force", "special services group", "elite commandos", "pakistan anti-terror unit"], "PAK")
RED_MOSQUE = ag(["red mosque"], "PAK")
NEGROPONTE = gov(["john negroponte", "us deputy secretary of state john negroponte"], "USA")
PK_GOV = st(["pakistan", "the country"], "PAK")
# 013 Karachi
BHUTTO = per(["benazir bhutto", "bhutto", "former pakistani prime minister benazir bhutto"], "PAK")
KHI_BOMBERS = ag(["suicide bombing", "bombers", "militants"], "PAK")
PK_POLICE = gov(["police", "security forces"], "PAK")
# 014 Nusakambangan
ID_GOV = gov(["indonesia", "supreme court"], "IDN")
BALI_BOMBERS = ag(["islamic militants", "huda bin abdul haq", "amrozi bin nurhasyim", "imam samudra", "jemaah islamiah", "bombers"], "IDN")
TOURISTS = civ(["tourists", "indonesian citizens"], None)
# 015 Temanggung
DET88 = gov(["detachment 88", "indonesia's elite detachment 88", "police intelligence officers", "indonesia", "police"], "IDN")
TOP = ag(["noordin mohammed top", "top", "his group", "indonesia's most wanted man"], "IDN")
ID_BOMBERS = ag(["would-be suicide bombers", "two would-be suicide bombers"], "IDN")
YUDHOYONO = gov(["susilo bambang yudhoyono", "indonesian president susilo bambang yudhoyono"], "IDN")
# 016 Shangla
TTP = ag(["pakistani taliban", "suicide bomber", "tehrik-e-taliban pakistan", "azam tariq", "suspected militant"], "PAK")
PK_ARMY = mil(["military convoy", "army headquarters", "pakistani military", "security forces", "athar abbas"], "PAK")
PK_CIV = civ(["people"], "PAK")
UN_WFP = igo(["un aid agency"])
# 018 Gaza
IL_AIR = mil(["israeli airstrikes", "israel's military", "israeli aircraft", "armed forces", "israeli troops"], "ISR")
GAZA_CIV = civ(["three children", "people", "farms", "milk factory"], "PSE")
HAMAS = ag(["hamas", "hamas military"], "PSE")
# 019 Baghdad embassies
IQ_CARBOMB = ag(["car bombs", "suicide car bombs", "attacker", "bomber", "driver"], "IRQ")
EMBASSIES = gov(["egyptian embassy", "iranian embassy", "german embassy", "syrian embassy", "embassies"], None)
IQ_SEC = gov(["iraqi security agencies", "security forces", "security guards", "qassim atta"], "IRQ")

ANN = {
 '001-mosul-outpost-truck-bomb.txt': [
  (IQ_INSURG, US_MIL, ['ASSAULT'], "Iraqi insurgents frontally assaulted U.S. troops in Mosul", {'w': ('Mosul', 'IRQ')}),
  (IQ_INSURG, US_MIL, ['ASSAULT'], "the insurgents had two bomb vehicles", {'w': ('Mosul', 'IRQ'), 'r': F}),
  (IQ_INSURG, US_MIL, ['ASSAULT'], "U.S. forces came under automatic weapon and rocket-propelled grenade fire", {'w': ('Mosul', 'IRQ'), 'r': F}),
  (US_MIL, IQ_INSURG, ['ASSAULT'], "U.S. air strikes forced the insurgents to retreat", {'w': ('Mosul', 'IRQ'), 'r': F}),
  (US_MIL, None, ['MOBILIZE'], "plans to send more troops for the upcoming election", {'w': ('Mosul', 'IRQ'), 's': 'h'}),
  (US_MIL, IQ_INSURG, ['ASSAULT'], "the U.S. has begun a new push in the so-called", {'r': F}),
 ],
 '002-cairo-el-nashar-capture.txt': [
  (EG_SEC, NASHAR, ['COERCE'], "was reported captured in Cairo, Egypt last week", {'w': ('Cairo', 'EGY')}),
  (UK_POL, NASHAR, ['COERCE'], "initiated a worldwide manhunt that found him in Cairo", {'w': ('Cairo', 'EGY'), 'r': F}),
  (EG_SEC, NASHAR, ['COERCE'], "they have begun questioning el-Nashar with British agents in attendance", {'r': F}),
  (NASHAR, None, ['REJECT'], "el-Nashar denied having any relation with the latest events in London", {}),
  (UK_POL, NASHAR, ['COERCE'], "British police are searching a house in Leeds linked to Mr. el-Nashar", {'w': ('Leeds', 'GBR')}),
  (NASHAR, LDN_BOMBERS, ['COOPERATE'], "Mr. el-Nashar handed over keys to a house in Leeds", {'w': ('Leeds', 'GBR'), 's': 'h'}),
  (LDN_BOMBERS, LDN_CIV, ['ASSAULT'], "A man injured in the bus bombing in Tavistock Square died in hospital", {'w': ('London', 'GBR'), 'r': F}),
  (REID, None, ['ASSAULT'], "when he tried to blow up a trans-Atlantic flight in 2001", {'r': F}),
  (LDN_BOMBERS, LDN_CIV, ['ASSAULT'], "ID found at Edgware Road blast site", {'w': ('London', 'GBR'), 's': 'h'}),
  (LDN_BOMBERS, LDN_CIV, ['ASSAULT'], "Forensic evidence linking him to Aldgate blast", {'w': ('London', 'GBR'), 's': 'h'}),
 ],
 '003-iraq-war-anniversary-protests.txt': [
  (PROT(None), US_GOV, ['PROTEST'], 'Thousands of people around the world took to the streets in a "Global Day of Action"', {'r': F}),
  (PROT('USA'), US_GOV, ['PROTEST'], "Tens of thousands of protesters gathered this weekend across the United States", {'w': ('United States', 'USA'), 'r': F}),
  (PROT('USA'), US_GOV, ['PROTEST'], "In Portland Oregon, about 10,000 anti-war protesters", {'w': ('Portland', 'USA')}),
  (PROT('USA'), US_GOV, ['PROTEST'], "more than 7,000 people marched through downtown Chicago", {'w': ('Chicago', 'USA')}),
  (PROT('USA'), US_GOV, ['PROTEST'], "About 200 people gathered Sunday at Chalmette National Cemetery", {'w': ('Chalmette', 'USA')}),
  (POLICE('USA'), PROT('USA'), ['COERCE'], "Around 20 demonstrators were arrested in Washington, DC.", {'w': ('Washington, D.C.', 'USA')}),
  (PROT('USA'), US_GOV, ['PROTEST'], "About 200 joined a march Sunday along New York's Fifth Avenue", {'w': ('New York City', 'USA')}),
  (PROT('CAN'), US_GOV, ['PROTEST'], "In Toronto, Canada some 1,000 protesters converged opposite the U.S. consulate", {'w': ('Toronto', 'CAN')}),
  (PROT('CAN'), US_GOV, ['PROTEST'], "In Ottawa, dozens of demonstrators gathered two blocks from Parliament Hill", {'w': ('Ottawa', 'CAN')}),
  (PROT('CAN'), US_GOV, ['PROTEST'], "Several hundred protesters marched through downtown Halifax", {'w': ('Halifax', 'CAN')}),
  (PROT('CAN'), US_GOV, ['PROTEST'], "Protests in Montreal and Vancouver also attracted hundreds", {'w': ('Montreal', 'CAN')}),
  (PROT('CAN'), US_GOV, ['PROTEST'], "Protests in Montreal and Vancouver also attracted hundreds", {'w': ('Vancouver', 'CAN')}),
  (PROT('KOR'), gov(["south korean government"], "KOR"), ['PROTEST'], "In Seoul, 1,000 people demonstrated", {'w': ('Seoul', 'KOR')}),
  (PROT('MYS'), US_GOV, ['PROTEST'], "In Kuala Lumpur, Malaysia, about 600 people protested peacefully", {'w': ('Kuala Lumpur', 'MYS')}),
  (KL_POLICE, PROT('MYS'), ['COERCE'], "the 2005 gathering when police fired on demonstrators with water cannons", {'w': ('Kuala Lumpur', 'MYS'), 'r': F}),
  (PROT('JPN'), US_GOV, ['PROTEST'], "In Tokyo, about 800 demonstrators took to the streets", {'w': ('Tokyo', 'JPN')}),
  (PROT('USA'), US_GOV, ['PROTEST'], "About 1,000 protesters gathered near New York's Times Square", {'w': ('New York City', 'USA')}),
  (PROT('IRQ'), US_GOV, ['PROTEST'], "including in the Iraqi cities of Basra and Baghdad", {'w': ('Basra', 'IRQ')}),
  (PROT('IRQ'), US_GOV, ['PROTEST'], "including in the Iraqi cities of Basra and Baghdad", {'w': ('Baghdad', 'IRQ')}),
  (PROT('ITA'), US_GOV, ['PROTEST'], "In Rome tens of thousands took to the streets", {'w': ('Rome', 'ITA')}),
  (PROT('GBR'), gov(["british government"], "GBR"), ['PROTEST'], "In London, police estimated a crowd of at least 15,000", {'w': ('London', 'GBR')}),
  (PROT('DNK'), US_GOV, ['PROTEST'], "A turnout of several thousand people was reported in Denmark, Greece, Spain and Turkey", {'w': ('Denmark', 'DNK'), 'r': F}),
  (PROT('GRC'), US_GOV, ['PROTEST'], "A turnout of several thousand people was reported in Denmark, Greece, Spain and Turkey", {'w': ('Greece', 'GRC'), 'r': F}),
  (PROT('ESP'), US_GOV, ['PROTEST'], "A turnout of several thousand people was reported in Denmark, Greece, Spain and Turkey", {'w': ('Spain', 'ESP'), 'r': F}),
  (PROT('TUR'), US_GOV, ['PROTEST'], "A turnout of several thousand people was reported in Denmark, Greece, Spain and Turkey", {'w': ('Turkey', 'TUR'), 'r': F}),
  (PROT('GRC'), US_GOV, ['PROTEST'], "In Athens, nearly 2,000 protesters marched to the US embassy", {'w': ('Athens', 'GRC')}),
  (PROT('GRC'), US_GOV, ['PROTEST'], "Protests were also held outside US facilities at Souda military base", {'w': ('Souda', 'GRC')}),
  (PROT('GRC'), US_GOV, ['PROTEST'], "on the island of Crete and in Greece's second city of Salonika", {'w': ('Thessaloniki', 'GRC')}),
  (PROT('TUR'), US_GOV, ['PROTEST'], "Demonstrators in Istanbul, led by leftist and Islamist groups", {'w': ('Istanbul', 'TUR')}),
  (PROT('PRT'), US_GOV, ['PROTEST'], "organised an anti-war rally in Lisbon", {'w': ('Lisbon', 'PRT')}),
  (PROT('DNK'), US_GOV, ['PROTEST'], "In Copenhagen, some 3,000 people marched in the streets", {'w': ('Copenhagen', 'DNK')}),
  (POLICE('DNK'), PROT('DNK'), ['COERCE'], "Police said one person was arrested.", {'w': ('Copenhagen', 'DNK'), 'r': F}),
  (PROT('CHE'), US_GOV, ['PROTEST'], "Peace activists staged a peaceful march in Geneva", {'w': ('Geneva', 'CHE')}),
  (PROT('SWE'), US_GOV, ['PROTEST'], "In Stockholm where a few hundred people braved the cold", {'w': ('Stockholm', 'SWE')}),
  (PROT('ESP'), US_GOV, ['PROTEST'], "In Barcelona, Spain, 2,000 people - according to police - joined a march", {'w': ('Barcelona', 'ESP')}),
  (PROT('AUS'), gov(["australian government", "john howard"], "AUS"), ['PROTEST'], "drew around 1,000 people in both Sydney and Melbourne demonstrated", {'w': ('Sydney', 'AUS')}),
  (PROT('AUS'), gov(["australian government", "john howard"], "AUS"), ['PROTEST'], "drew around 1,000 people in both Sydney and Melbourne demonstrated", {'w': ('Melbourne', 'AUS')}),
  (PROT('AUS'), gov(["australian government", "john howard"], "AUS"), ['PROTEST'], "Reports in Perth indicate between 500 and 1000 people took part in a demonstration", {'w': ('Perth', 'AUS')}),
  (PROT('AUS'), RICE, ['PROTEST'], "Condoleezza Rice was heckled by campaigners in Sydney", {'w': ('Sydney', 'AUS'), 'r': F}),
  (PROT('USA'), US_GOV, ['PROTEST'], "About 100 anti-war protesters chanted for the president to leave", {'w': ('Cleveland', 'USA')}),
  (gov(["bob brown", "greens leader bob brown"], "AUS"), gov(["john howard", "prime minister"], "AUS"), ['ACCUSE'], "Greens Leader Bob Brown said", {}),
  (ag(["iraqi insurgent fighters", "gunmen", "attackers"], "IRQ"), IQ_POLICE, ['ASSAULT'], "stormed a jail near Baghdad, killing at least 17 policemen", {'w': ('Baghdad', 'IRQ'), 'r': F}),
 ],
 '004-sinai-mfo-base-bombers.txt': [
  (SINAI_BOMBERS, MFO, ['ASSAULT'], "two more suicide bombers struck a Multinational Peacekeeping Forces base near the Gaza border", {'w': ('Egypt', 'EGY')}),
  (SINAI_BOMBERS, EG_CIV, ['ASSAULT'], "Just days after the bombings in the Egyptian resort town of Dahab", {'w': ('Dahab', 'EGY'), 'r': F}),
 ],
 '005-qana-airstrike.txt': [
  (IL_MIL, LB_CIV, ['ASSAULT'], "an Israeli air strike apparently demolished a three-story building in the village of Qana in southern Lebanon", {'w': ('Qana', 'LBN')}),
  (IL_MIL, LB_CIV, ['ASSAULT'], "Elsewhere in Qana and along the road up from Tyre, many buildings had been similarly crushed.", {'w': ('Qana', 'LBN'), 'r': F}),
  (IL_MIL, LB_CIV, ['ASSAULT'], "Qana, which has been heavily bombarded by Israeli forces in the current conflict", {'w': ('Qana', 'LBN'), 'r': F}),
  (IL_GOV, HEZBOLLAH, ['RETREAT'], "Israel agreed to a 48-hour halt in military activities", {}),
  (IL_MIL, HEZBOLLAH, ['THREATEN'], "the Israeli military said it would launch counterattacks in Lebanon", {}),
  (IL_MIL, HEZBOLLAH, ['ASSAULT'], "it would launch counterattacks in Lebanon if Hezbollah fired more rockets at Israel", {'w': ('Lebanon', 'LBN'), 's': 'h'}),
  (LB_PROT, UN, ['PROTEST'], "several thousand Shiite Muslim protesters gathered in front of the United Nations headquarters in Beirut", {'w': ('Beirut', 'LBN')}),
  (LB_PROT, UN, ['ASSAULT'], "some smashed their way into the building", {'w': ('Beirut', 'LBN'), 'r': F}),
  (SINIORA, IL_GOV, ['ACCUSE'], "Lebanese Prime Minister Fouad Siniora called it Israel's \"heinous crimes against civilians\"", {}),
  (SINIORA, RICE_Q, ['REJECT'], "called off a scheduled meeting with US Secretary of State, Condoleezza Rice", {}),
  (IL_GOV, HEZBOLLAH, ['ACCUSE'], "Hezbollah had used Qana as a base for launching hundreds of rockets at Israel", {}),
  (HEZBOLLAH, IL_GOV, ['ASSAULT'], "Hezbollah had used Qana as a base for launching hundreds of rockets", {'w': ('Qana', 'LBN'), 's': 'h'}),
  (IL_MIL, LB_CIV, ['ASSAULT'], "Israel had dropped a bomb on the building in Qana on the assumption", {'w': ('Qana', 'LBN'), 'r': F}),
  (IL_MIL, HEZBOLLAH, ['ACCUSE'], "Eshel added that Hezbullah rocket launchers were hidden in civilian buildings in the village", {'w': ('Tel Aviv', 'ISR'), 'r': F}),
  (IL_MIL, LB_CIV, ['ASSAULT'], "IAF planes struck the building once again", {'w': ('Qana', 'LBN'), 'r': F}),
  (gov(["hamid reza asefi", "iranian foreign ministry"], "IRN"), IL_GOV, ['ACCUSE'], "I think Israeli officials and some American ones should be tried", {}),
  (HEZBOLLAH, IL_GOV, ['THREATEN'], "We will send rockets and death to the Zionist enemy", {}),
  (ASSAD, IL_GOV, ['ACCUSE'], "The massacre committed by Israel in Qana this morning shows the barbarity", {}),
  (MUBARAK, IL_GOV, ['ACCUSE'], "condemns the irresponsible Israeli attack on the Lebanese village of Qana", {}),
  (gov(["king abdullah of jordan", "king abdullah"], "JOR"), IL_GOV, ['ACCUSE'], "This criminal aggression is an ugly crime", {}),
  (CHIRAC, IL_GOV, ['ACCUSE'], "France condemns this unjustified action", {}),
  (BECKETT, IL_GOV, ['ACCUSE'], "called the strikes \"absolutely dreadful\" and \"quite appalling\"", {}),
  (IL_MIL, civ(["civilians", "u.n. peacekeepers"], "LBN"), ['ASSAULT'], "Israeli shelling killed more than 100 civilians sheltering at the base of U.N. peacekeepers in the village", {'w': ('Qana', 'LBN'), 'r': F}),
 ],
 '006-bogota-faked-attacks.txt': [
  (EL_TIEMPO, CO_OFFICERS, ['ACCUSE'], "El Tiempo published a report claiming that some Colombian officers", {}),
  (CO_OFFICERS, CO_GOV, ['ASSAULT'], "would have fabricated a number of terrorist attacks in the weeks prior to the inauguration", {'s': 'h'}),
  (FARC, CO_GOV, ['ASSAULT'], "a number of handmade rockets were launched by FARC from houses in the city's center", {'w': ('Bogotá', 'COL'), 'r': F}),
  (TRUCK_BOMB, CO_SOLDIERS, ['ASSAULT'], "in the north of Bogotá, during which a truck-bomb killed a garbage collector and wounded ten soldiers", {'w': ('Bogotá', 'COL')}),
  (CO_OFFICERS, None, ['CONCEDE'], "The Army's commander acknowledged on September 7 that two military officers are under investigation", {}),
  (TRUCK_BOMB, None, ['ASSAULT'], "the same man that abandoned a taxi bomb in the south of the capital", {'w': ('Bogotá', 'COL'), 'r': F}),
 ],
 '007-kuril-earthquake-tsunami-warning.txt': [
  (QUAKE, None, ['ASSAULT'], "Following a magnitude 8.3 earthquake in the Pacific Ocean", {'r': F}),
  (QUAKE, None, ['ASSAULT'], "issued a Tsunami warning for the north-eastern coast of Hokkaido", {'w': ('Hokkaido', 'JPN'), 's': 'h'}),
  (QUAKE, None, ['ASSAULT'], "the north-eastern coast of Hokkaido and a lesser warning for Honshu", {'w': ('Honshu', 'JPN'), 's': 'h'}),
  (QUAKE, None, ['ASSAULT'], "has issued a warning for Russia, Japan and Markus, Wake, Midway and Marianas islands", {'w': ('Russia', 'RUS'), 's': 'h'}),
  (QUAKE, None, ['ASSAULT'], "has issued a warning for Russia, Japan and Markus, Wake, Midway and Marianas islands", {'w': ('Japan', 'JPN'), 's': 'h'}),
  (QUAKE, None, ['ASSAULT'], "has issued a warning for Russia, Japan and Markus, Wake, Midway and Marianas islands", {'w': ('Minamitorishima', 'JPN'), 's': 'h'}),
  (QUAKE, None, ['ASSAULT'], "has issued a warning for Russia, Japan and Markus, Wake, Midway and Marianas islands", {'w': ('Wake Island', 'UMI'), 's': 'h'}),
  (QUAKE, None, ['ASSAULT'], "has issued a warning for Russia, Japan and Markus, Wake, Midway and Marianas islands", {'w': ('Midway Atoll', 'UMI'), 's': 'h'}),
  (QUAKE, None, ['ASSAULT'], "has issued a warning for Russia, Japan and Markus, Wake, Midway and Marianas islands", {'w': ('Northern Mariana Islands', 'MNP'), 's': 'h'}),
 ],
 '008-manchester-leeds-july-7-arrests.txt': [
  (UK_TERROR_POL, JUL7_SUSPECTS, ['COERCE'], "have been detained by terrorist police, in the first major arrests in the case", {'w': ('Manchester', 'GBR')}),
  (UK_TERROR_POL, JUL7_SUSPECTS, ['COERCE'], "have been detained by terrorist police, in the first major arrests in the case", {'w': ('Leeds', 'GBR')}),
  (UK_TERROR_POL, JUL7_SUSPECTS, ['COERCE'], "Two of the suspects were detained at Manchester Airport", {'w': ('Manchester', 'GBR'), 'r': F}),
  (UK_TERROR_POL, JUL7_SUSPECTS, ['COERCE'], "while the other was found in Leeds", {'w': ('Leeds', 'GBR'), 'r': F}),
  (LDN_BOMBERS, LDN_CIV, ['ASSAULT'], "Fifty-two people were killed in the 2005 bombings on three London Underground trains and buses", {'w': ('London', 'GBR'), 'r': F}),
 ],
 '009-baghdad-karrada-fuel-truck-bomb.txt': [
  (IQ_BOMBER, IQ_CIV, ['ASSAULT'], "a suicide bomber in a car drove into a fuel truck in the downtown Baghdad district of Karradah", {'w': ('Karrada', 'IRQ')}),
  (IQ_BOMBER, IQ_CIV, ['ASSAULT'], "CNN reports that the blast occurred in the Baghdad district of Jadriya", {'w': ('Jadriya', 'IRQ'), 'r': F}),
  (IQ_BOMBER, IQ_CIV, ['ASSAULT'], "nearly 200 people were killed in a series of bombings in Baghdad", {'w': ('Baghdad', 'IRQ'), 'r': F}),
 ],
 '010-north-waziristan-hub-convoy-bombs.txt': [
  (AQ_PK, PK_MIL, ['ASSAULT'], "their convoy was bombed and attacked by al-Qaeda militants on the Afghanistan-Pakistan border in North Waziristan", {'w': ('North Waziristan', 'PAK')}),
  (US_WH, AQ_PK, ['THREATEN'], "the U.S. says that they may attack targets inside Pakistan", {}),
  (US_WH, AQ_PK, ['ASSAULT'], "they may attack targets inside Pakistan, if they see them", {'w': ('Pakistan', 'PAK'), 's': 'h'}),
  (AQ_PK, CN_CONVOY, ['ASSAULT'], "a suicide car bomber blew up a Chinese military convoy in Pakistan's southwest industrial district", {'w': ('Balochistan', 'PAK')}),
  (AQ_PK, CN_CONVOY, ['ASSAULT'], "The bomber driving a Mazda car blew himself up", {'w': ('Balochistan', 'PAK'), 'r': F}),
 ],
 '011-bengkulu-earthquake.txt': [
  (QUAKE, None, ['ASSAULT'], "a massive earthquake with a magnitude of 8.4 has struck Indonesia", {'w': ('Indonesia', 'IDN'), 'r': F}),
  (QUAKE, None, ['ASSAULT'], "130 kilometers (80 miles) southwest of Bengkulu, Sumatra, Indonesia", {'w': ('Bengkulu', 'IDN'), 'r': F}),
  (QUAKE, None, ['ASSAULT'], "Reports say that buildings shook heavily in Jakarta", {'w': ('Jakarta', 'IDN'), 'r': F}),
  (QUAKE, None, ['ASSAULT'], "the quake could be felt as far away as Singapore and Thailand", {'w': ('Singapore', 'SGP'), 'r': F}),
  (QUAKE, None, ['ASSAULT'], "the quake could be felt as far away as Singapore and Thailand", {'w': ('Thailand', 'THA'), 'r': F}),
  (QUAKE, None, ['ASSAULT'], "can affect coastlines across the entire Indian Ocean", {'s': 'h'}),
 ],
 '012-tarbela-commando-mess-bomb.txt': [
  (PK_BOMBER, SSG, ['ASSAULT'], "15 elite commandos in the Pakistan anti-terror unit have been killed in a suicide car bomb attack", {'w': ('Tarbela Dam', 'PAK'), 'r': F}),
  (PK_BOMBER, SSG, ['ASSAULT'], "The car rammed into the brigade headquarters of the Special Operations Task Force", {'w': ('Tarbela Dam', 'PAK'), 'r': F}),
  (NEGROPONTE, PK_GOV, ['CONSULT'], "The attack coincided with US Deputy Secretary of State John Negroponte visiting the country", {'w': ('Pakistan', 'PAK'), 'r': F}),
  (SSG, RED_MOSQUE, ['ASSAULT'], "last month's storming of the Red Mosque in Islamabad", {'w': ('Islamabad', 'PAK'), 'r': F}),
  (ag(["islamic extremists"], "PAK"), SSG, ['ACCUSE'], "is accused by Islamic extremists with links to Al-Qaeda and the Taliban of brutal conduct", {}),
  (PK_BOMBER, gov(["inter-services intelligence"], "PAK"), ['ASSAULT'], "an attack aimed at the powerful Inter-Services Intelligence killed 25 people", {'r': F}),
 ],
 '013-karachi-bhutto-convoy-bombing.txt': [
  (KHI_BOMBERS, BHUTTO, ['ASSAULT'], "Benazir Bhutto was the target of a bombing which killed at least 136 people Thursday night, hours after landing at Karachi Airport", {'w': ('Karachi', 'PAK')}),
  (KHI_BOMBERS, PK_POLICE, ['ASSAULT'], "At least 20 police were killed in the bombing.", {'w': ('Karachi', 'PAK'), 'r': F}),
  (KHI_BOMBERS, BHUTTO, ['ASSAULT'], "a warning that militants could attempt to assassinate the former leader", {'s': 'h'}),
  (PK_POLICE, KHI_BOMBERS, ['COERCE'], "Two other men were taken into custody following the attacks", {}),
  (KHI_BOMBERS, BHUTTO, ['ASSAULT'], "the attack, which injured another 150 people, was believed to be a suicide bombing", {'w': ('Karachi', 'PAK'), 'r': F}),
 ],
 '014-nusakambangan-bali-bomber-executions.txt': [
  (ID_GOV, BALI_BOMBERS, ['COERCE'], "have been executed on the island of Nusakambangan", {'w': ('Nusakambangan', 'IDN')}),
  (ID_GOV, BALI_BOMBERS, ['COERCE'], "Amrozi bin Nurhasyim and Imam Samudra were executed by firing squad shortly after midnight", {'w': ('Nusakambangan', 'IDN'), 'r': F}),
  (BALI_BOMBERS, TOURISTS, ['ASSAULT'], "Bali bombings which killed 202 in the tourist district of Kuta", {'w': ('Kuta', 'IDN'), 'r': F}),
  (ID_GOV, BALI_BOMBERS, ['REJECT'], "all were rejected by the Supreme Court", {}),
 ],
 '015-temanggung-noordin-top-siege.txt': [
  (DET88, TOP, ['ASSAULT'], "the body of a man killed in the Temanggung district of Central Java", {'w': ('Temanggung Regency', 'IDN')}),
  (DET88, TOP, ['ASSAULT'], "Detachment 88 stormed a building in Beji village", {'w': ('Beji', 'IDN')}),
  (TOP, None, ['ASSAULT'], "Top is believed to have been behind a string of terrorist attacks in Indonesia since 2002", {'w': ('Indonesia', 'IDN'), 's': 'h'}),
  (TOP, TOURISTS, ['ASSAULT'], "including the 2002 Bali bombings", {'w': ('Bali', 'IDN'), 's': 'h'}),
  (DET88, ID_BOMBERS, ['ASSAULT'], "In an unrelated police raid two would-be suicide bombers were also killed", {}),
  (ID_BOMBERS, YUDHOYONO, ['ASSAULT'], "the target of their truck bomb was believed to be a residence owned by", {'s': 'h'}),
 ],
 '016-shangla-convoy-bombing.txt': [
  (TTP, PK_CIV, ['ASSAULT'], "a suicide bombing near the Swat Valley killed 41 people on Monday", {'w': ('Shangla District', 'PAK')}),
  (TTP, PK_ARMY, ['ASSAULT'], "setting off a huge blast in a crowded market square in the Shangla district", {'w': ('Shangla District', 'PAK')}),
  (TTP, PK_ARMY, ['ASSAULT'], "Saturday's assault on the country's heavily guarded army headquarters in Rawalpindi", {'w': ('Rawalpindi', 'PAK'), 'r': F}),
  (TTP, PK_ARMY, ['ASSAULT'], "a 22-hour siege on the country's army headquarters that ended on Sunday", {'w': ('Rawalpindi', 'PAK'), 'r': F}),
  (TTP, PK_ARMY, ['THREATEN'], "we will also keep continuing such attacks", {}),
  (TTP, UN_WFP, ['ASSAULT'], "a suicide bomber struck a heavily guarded UN aid agency in Islamabad", {'w': ('Islamabad', 'PAK'), 'r': F}),
  (TTP, PK_CIV, ['ASSAULT'], "exploded a car bomb in the middle of a busy market in the northwestern city of Peshawar", {'w': ('Peshawar', 'PAK'), 'r': F}),
  (PK_ARMY, TTP, ['ASSAULT'], "The Pakistani military has been proposing an operation in South Waziristan", {'w': ('South Waziristan', 'PAK'), 's': 'h'}),
 ],
 '017-sumbawa-raba-earthquake.txt': [
  (QUAKE, None, ['ASSAULT'], "a heavy earthquake with a magnitude of 6.7 struck near the island of Sumbawa in Indonesia", {'w': ('Sumbawa', 'IDN'), 'r': F}),
  (QUAKE, None, ['ASSAULT'], "the epicentre of the quake was sixteen kilometres from the town of Raba", {'w': ('Raba', 'IDN'), 'r': F}),
  (QUAKE, None, ['ASSAULT'], "an even stronger 9.2 earthquake off the coast off northern Sumatra killed", {'w': ('Sumatra', 'IDN'), 'r': F}),
 ],
 '018-gaza-airstrikes.txt': [
  (IL_AIR, GAZA_CIV, ['ASSAULT'], "multiple Israeli airstrikes in the Gaza Strip have injured three children", {'w': ('Gaza Strip', 'PSE')}),
  (IL_AIR, HAMAS, ['ASSAULT'], "it was targeting weapon storage areas in the centre of the Gaza Strip", {'w': ('Gaza Strip', 'PSE'), 'r': F}),
  (HAMAS, IL_AIR, ['ASSAULT'], "a reaction to rockets fired from Gaza", {'w': ('Gaza Strip', 'PSE'), 'r': F}),
  (IL_AIR, GAZA_CIV, ['THREATEN'], "Israeli aircraft threw leaflets around areas of Gaza yesterday", {'w': ('Gaza Strip', 'PSE'), 'r': F}),
  (HAMAS, IL_AIR, ['ASSAULT'], "clashes near Khan Younis last week, which killed two Israeli troops", {'w': ('Khan Yunis', 'PSE'), 'r': F}),
 ],
 '019-baghdad-embassy-bombings.txt': [
  (IQ_CARBOMB, EMBASSIES, ['ASSAULT'], "Three car bombs were detonated in Baghdad, the capital of Iraq on Sunday morning", {'w': ('Baghdad', 'IRQ')}),
  (IQ_CARBOMB, EMBASSIES, ['ASSAULT'], "They were suicide attacks against the Egyptian and Iranian embassies", {'w': ('Baghdad', 'IRQ'), 'r': F}),
  (IQ_SEC, IQ_CARBOMB, ['COERCE'], "Iraqi security agencies had barred a car with a bomb in Masbah, central Baghdad", {'w': ('Masbah', 'IRQ')}),
  (IQ_SEC, IQ_CARBOMB, ['COERCE'], "the driver of the car arrested by security forces", {'w': ('Masbah', 'IRQ'), 'r': F}),
  (IQ_CARBOMB, EMBASSIES, ['ASSAULT'], "Two suicide car bombs were detonated in the neighbourhood of Mansur in west Baghdad", {'w': ('Mansour', 'IRQ')}),
  (IQ_CARBOMB, EMBASSIES, ['ASSAULT'], "a third explosion occurred close to the Iranian embassy in the city", {'w': ('Baghdad', 'IRQ'), 'r': F}),
  (IQ_SEC, IQ_CARBOMB, ['ASSAULT'], "opened fire on the driver", {'w': ('Baghdad', 'IRQ'), 'r': F}),
 ],
}
