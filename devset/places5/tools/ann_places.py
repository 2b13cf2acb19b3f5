# Gold events of the fifth place set, annotated from reading each page only (Eventline was never run on
# these pages, and the geocoder, its gazetteer and their data were not read while choosing or annotating
# them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required. Conventions: devset/events/README.md,
# devset/places/README.md to devset/places4/README.md.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# 001 Brasília
LULA = gov(["luiz inácio lula da silva", "lula", "mr. lula", "president of brazil", "brazil"], "BRA")
ROH = gov(["roh moo-hyun", "mr. roh moo-hyun", "president of the republic of korea", "korea", "south korea"], "KOR")
# 002 Tatarstan
RU_COURT = gov(["russia's highest court", "highest court", "court"], "RUS")
TATARS = civ(["tatars", "tatars living in the federal state of tatarstan"], "RUS")
RU_GOV = gov(["russian federal government", "federal government", "officials"], "RUS")
# 003 Vienna
SPOE = oth(["austrian social democrat party", "spoe", "party", "party's convention"], "AUT")
GUSENBAUER = per(["alfred gusenbauer", "gusenbauer"], "AUT")
SCHUESSEL = gov(["austrian government", "wolfgang schuessel", "chancellor wolfgang schuessel", "austrian people's party", "oevp"], "AUT")
# 004 Congo and Rwanda
COD = gov(["democratic republic of the congo", "congo", "congo's president", "troops"], "COD")
RWA = gov(["rwanda", "rwandan president", "troops of rwanda"], "RWA")
UN = igo(["united nations", "united nations personnel", "un"])
RW_REBELS = ag(["rwandan rebels", "rebels"], "RWA")
# 005 Cusco
SA_LEADERS = igo(["south american nations", "heads of state", "south american community of nations", "sacn", "south american summit"])
OBSERVERS = st(["mexico", "panama", "central american states"], None)
# 006 Redwood City
JURY = gov(["jury", "jury in the scott peterson trial"], "USA")
PETERSON = per(["scott peterson", "peterson"], "USA")
# 007 Aceh
UN_RELIEF = igo(["united nations", "un", "jan egeland", "world food programme", "michael elmquist"])
US_HELO = mil(["united states helicopters", "us aircraft carrier", "seahawk helicopters", "helicopters"], "USA")
ACEH_CIV = civ(["isolated parts of aceh province", "mobs of people", "crowd", "tsunami-stricken countries"], "IDN")
# 008 Chechal
US_AIR = mil(["u.s. aircraft", "u.s. military", "u.s. armed forces", "us-led operations", "u.s. forces"], "USA")
AF_CIV = civ(["17 afghan civilians", "civilians", "women and children", "village"], "AFG")
AF_FORCES = mil(["afghan and u.s. forces", "afghan forces"], "AFG")
KARZAI = gov(["hamid karzai", "afghan president hamid karzai", "karzai"], "AFG")
AF_INSURG = ag(["enemy terrorists", "terrorists", "taliban", "enemy forces"], "AFG")
# 009 Ramadi
US_MIL = mil(["american helicopters and warplanes", "u.s. military", "u.s. warplanes", "american helicopters"], "USA")
IQ_CIV = civ(["civilians", "39 civilians", "18 children", "villages near ramadi", "suspected insurgents"], "IRQ")
FAHDAWI = civ(["dhiya fahdawi", "dr. dhiya fahdawi"], "IRQ")
# 010 Khanaqin, Baghdad
IQ_BOMBERS = ag(["suicide bombers", "insurgents", "sunni muslim insurgents", "bombers", "suicide bomber"], "IRQ")
IQ_SHIA = civ(["shi'ite kurds", "worshippers", "people"], "IRQ")
IQ_MOI = gov(["interior ministry", "interior ministry prison bunker"], "IRQ")
SUNNI_PRIS = civ(["sunni arab prisoners", "prisoners"], "IRQ")
# 011 Damadola
US_DRONE = mil(["u.s. airstrike", "unmanned drone aircraft", "united states", "u.s."], "USA")
PK_VILLAGE = civ(["18 local people", "women and children", "terrorists", "foreign elements", "foreign extremists"], "PAK")
PK_RULING = gov(["ruling party"], "PAK")
PK_PROT = civ(["protesters", "anti-american religious coalition", "shahid shamsi"], "PAK")
WAZIR = gov(["fahim wazir", "political agent fahim wazir of bujar", "political agent"], "PAK")
# 012 Naghar Kalai
PK_FORCES = mil(["pakistani forces", "assault helicopters", "pakistani military"], "PAK")
ATWAH = ag(["mohsin musa matawalli atwah", "atwah", "al-qaeda explosive expert", "expert"], None)
# 013 Mumbai
IN_BOMBERS = ag(["perpetrators", "lashkar-e-toiba", "let", "students islamic movement of india", "terrorists"], None)
MUMBAI_CIV = civ(["commuters", "victims", "people of mumbai", "families of the dead"], "IND")
IN_GOV = gov(["indian authorities", "india", "home ministry", "external affairs ministry", "navtej sarna", "shyam saran", "manmohan singh", "indian prime minister manmohan singh"], "IND")
MH_GOV = gov(["maharashtra state government", "police", "maharashtra"], "IND")
PAK = gov(["pakistan", "pakistan's ministry of foreign affairs", "khurshid mehmood kasuri", "mr kasuri", "pakistan's foreign ministry"], "PAK")
IN_MIN = gov(["shivraj patil", "laloo prasad yadav", "sonia gandhi", "mr yadav", "railway minister laloo prasad yadav"], "IND")
SRINAGAR_CIV = civ(["8 people", "people of mumbai and srinagar"], "IND")
# 014 Khiam
IDF = mil(["israeli defense forces", "israel", "idf", "israeli bombardment", "israelis", "israel defense forces"], "ISR")
UNOBS = igo(["united nations observers", "un observers", "un observation post", "un post", "peacekeepers"])
ANNAN = igo(["kofi annan", "annan", "secretary-general", "united nations"])
IE_GOV = gov(["irish foreign ministry", "dermot ahern", "irish foreign affairs spokesman"], "IRL")
HEZBOLLAH = ag(["hezbollah", "hezbollah soldiers"], "LBN")
LB_CIV = civ(["civilians", "100 civilians"], "LBN")
CN_MFA = gov(["liu jianchao", "zhai jun", "china", "chinese assistant foreign minister zhai jun"], "CHN")
IL_AMB = gov(["yehoyada haim", "israeli ambassador", "dan ayalon", "dan gillerman"], "ISR")
# 015 Beit Lahiya
IL_MIL = mil(["israeli military", "israel", "israeli troops", "israeli airstrike", "israeli action"], "ISR")
PS_CIV = civ(["palestinian teenager", "six children", "two women", "militants", "people"], "PSE")
OLMERT = gov(["ehud olmert", "olmert", "israeli prime minister ehud olmert"], "ISR")
ABBAS = gov(["mahmoud abbas", "palestinian authority president mahmoud abbas"], "PSE")
HAMAS = ag(["hamas", "hamas militants", "palestinian militants", "hamas position"], "PSE")
# 016 Noto
JMA = gov(["japan", "japan's meteorological agency", "meteorological agency"], "JPN")
JP_CIV = civ(["residents", "homes", "people"], "JPN")
KR_MET = gov(["south korea's meteorological agency", "south korea"], "KOR")
KR_CIV = civ(["eastern and southeastern coast areas", "busan area"], "KOR")
HOKURIKU = oth(["hokuriku electric power co.", "hokuriku electric"], "JPN")
# 017 Saba Yoi
TH_INSURG = ag(["muslim separatists", "insurgents", "gunmen", "militants", "assailants"], "THA")
TH_CIV = civ(["two women and two girls", "people", "muslim villagers", "victims", "tourists"], "THA")
TH_SEC = gov(["security forces", "authorities", "police", "royal thai army", "soldiers", "12 royal thai army soldiers"], "THA")
TH_JUNTA = gov(["junta", "council for national security", "sonthi boonyaratglin", "general sonthi boonayaratkalin", "army chief general sonthi boonyaratglin"], "THA")
TRT = oth(["thai rak thai", "thai rak thai party", "democrat party", "thaksin shinawatra"], "THA")
TH_COURT = gov(["court", "administrative court judges", "judges"], "THA")
KING = gov(["king bhumibol adulyadej", "bhumibol adulyadej"], "THA")
# 018 Rawalpindi
PK_BOMBER = ag(["suicide bomber", "bomber", "terrorists", "attacker", "gunmen"], "PAK")
BHUTTO = per(["benazir bhutto", "bhutto", "former pakistani prime minister benazir bhutto"], "PAK")
PPP = civ(["ppp supporters", "supporters", "her supporters", "ppp's supporters"], "PAK")
MUSHARRAF = gov(["pervez musharraf", "musharraf", "president musharraf", "president pervez musharraf", "security services"], "PAK")
PK_POLICE = gov(["police officers", "police", "two police officers"], "PAK")
SHARIF = per(["nawaz sharif", "sharif", "his party"], "PAK")
PK_ELECTION = gov(["election", "january 8 elections"], "PAK")
BAN = igo(["ban ki-moon", "united nations secretary-general ban ki-moon", "secretary-general"])
# 019 Kunming
KM_POLICE = gov(["chinese police", "police"], "CHN")
KM_BOMBER = ag(["bombers", "perpetrators"], "CHN")
KM_CIV = civ(["two people", "bus passengers", "anyone who used a route 54 bus"], "CHN")
# 020 Rafah
GAZA_CIV = civ(["residents in gaza", "residents"], "PSE")
IL_CIV = civ(["two idf soldiers and one civilian", "south's residents", "southern israel"], "ISR")
# 021 Baghdad, Baquba
IQ_POLICE = gov(["police officers", "group of police officers", "police"], "IRQ")
# 022 Bannu, Peshawar
TTP = ag(["tehrik-e-taliban pakistan", "taliban", "suicide bomber", "attacker", "bomber", "militants"], "PAK")
PK_MIL = mil(["pakistani military", "government forces", "security forces"], "PAK")
US_EMB = gov(["u.s. embassy in pakistan", "embassy"], "USA")
PK_CIV = civ(["civilians", "crowd of people"], "PAK")
# 023 Mogadishu
SHABAB = ag(["al-shabab", "suicide bomber", "bomber", "rebel group", "rebels"], "SOM")
SO_GOV = gov(["somali cabinet ministers", "government officials", "transitional federal government", "government", "somali health minister qamar aden ali"], "SOM")
AMISOM = igo(["amisom", "african union peacekeeping mission", "peacekeepers", "peacekeeping force"])
SO_CIV = civ(["students", "graduates", "journalists", "people"], "SOM")
NUSJ = oth(["national union of somali journalists"], "SOM")
# 024 Khost
AF_TALIBAN = ag(["taliban", "suicide bomber", "bomber"], "AFG")
CIA = gov(["cia", "seven american cia officers", "american cia officers", "forward operating base chapman", "base chapman", "chapman base"], "USA")
US_BASE = mil(["camp salerno", "american forces"], "USA")

ANN = {
'001-brasilia-lula-roh-moo-hyun.txt': [
 (LULA, ROH, ['CONSULT'], 'met with the President of the Republic of Korea', {'w': ('Brasília', 'BRA')}),
 (LULA, ROH, ['CONSULT'], 'there was a dinner with Brazilian and South Korean Presidents', {'w': ('Brasília', 'BRA'), 'r': F}),
 (LULA, ROH, ['AGREE', 'COOPERATE'], 'They signed the Broad Relationship of Cooperation', {'w': ('Brasília', 'BRA')}),
],
'002-tatarstan-latin-alphabet-ruling.txt': [
 (RU_COURT, TATARS, ['REJECT', 'COERCE'], "Russia's highest court has judged that Tatars", {'w': ('Moscow', 'RUS')}),
 (TATARS, RU_COURT, ['ACCUSE'], 'The Tatars had instituted legal proceedings', {'r': F}),
 (RU_GOV, TATARS, ['ACCUSE'], "a non-Cyrillic alphabet by federal states a 'separatist tendency'", {'r': F}),
],
'003-vienna-gusenbauer-reelected.txt': [
 (SPOE, GUSENBAUER, ['SUPPORT'], 'has been reelected as leader of the Austrian Social Democrat Party', {'w': ('Vienna', 'AUT')}),
 (SPOE, GUSENBAUER, ['SUPPORT'], "will be the party's top candidate for the next parliamental election", {'w': ('Vienna', 'AUT'), 'r': F}),
 (GUSENBAUER, SCHUESSEL, ['ACCUSE'], 'Gusenbauer has issued heavy criticism at the current Austrian government', {'w': ('Vienna', 'AUT')}),
],
'004-congo-rwanda-troops.txt': [
 (COD, RWA, ['MOBILIZE'], 'may be preparing to have its troops face those of Rwanda', {'w': ('Democratic Republic of the Congo', 'COD'), 's': 'h'}),
 (RWA, COD, ['MOBILIZE', 'ASSAULT'], 'have allegedly been sighted by United Nations personnel on the Congo side of the border', {'w': ('Democratic Republic of the Congo', 'COD'), 's': 'h'}),
 (UN, COD, ['CONSULT'], 'The United Nations is attempting to mediate the conflict', {'r': F}),
 (COD, RWA, ['ACCUSE'], "Congo's president accusing Rwanda of being predatory", {}),
 (RWA, COD, ['THREATEN', 'REJECT'], 'Rwandan president refusing to back down from the threat', {'r': F}),
 (RWA, RW_REBELS, ['ASSAULT'], "pursuing Rwandan rebels across Congo's territory", {'w': ('Democratic Republic of the Congo', 'COD'), 's': 'h'}),
],
'005-cusco-south-american-community.txt': [
 (SA_LEADERS, SA_LEADERS, ['AGREE', 'COOPERATE'], 'by a declaration made at the Third South American Summit on 8 December', {'w': ('Cusco', 'PER')}),
 (SA_LEADERS, SA_LEADERS, ['CONSULT'], 'was attended by heads of state from Bolivia', {'w': ('Cusco', 'PER'), 'r': F}),
 (SA_LEADERS, SA_LEADERS, ['AGREE'], 'to sign the two-page Preamble to the Foundation Act', {'w': ('Cusco', 'PER'), 'r': F}),
 (SA_LEADERS, SA_LEADERS, ['CONSULT'], 'The First and Second South American Summits were held at Brasília', {'w': ('Brasília', 'BRA'), 'r': F}),
 (SA_LEADERS, SA_LEADERS, ['CONSULT'], 'Guayaquil, Ecuador in July 2002', {'w': ('Guayaquil', 'ECU'), 'r': F}),
 (SA_LEADERS, SA_LEADERS, ['CONSULT'], 'First SACN Summit in March or April of 2005 in Brazil', {'w': ('Brazil', 'BRA'), 's': 'h'}),
 (SA_LEADERS, SA_LEADERS, ['CONSULT'], 'Second SACN Summit of unspecified date is to be held in Bolivia', {'w': ('Bolivia', 'BOL'), 's': 'h'}),
],
'006-redwood-city-peterson-jury.txt': [
 (JURY, PETERSON, ['COERCE', 'ACCUSE'], 'The jury in the Scott Peterson trial suggest that Peterson receive the death penalty', {'w': ('Redwood City', 'USA')}),
 (JURY, PETERSON, ['ACCUSE'], 'Peterson was found guilty of murdering his pregnant wife', {'w': ('Redwood City', 'USA'), 'r': F}),
 (JURY, PETERSON, ['COERCE'], 'The official sentence will be announced', {'w': ('Redwood City', 'USA'), 's': 'h'}),
],
'007-aceh-tsunami-aid.txt': [
 (UN_RELIEF, ACEH_CIV, ['AID'], 'increasingly optimistic about the relief efforts under way', {'r': F}),
 (UN_RELIEF, ACEH_CIV, ['AID'], 'there are still major problems getting aid to the Indonesian province of Aceh', {'w': ('Aceh', 'IDN'), 'r': F}),
 (US_HELO, ACEH_CIV, ['AID'], 'have begun dropping food and supplies into isolated parts of Aceh province', {'w': ('Aceh', 'IDN')}),
],
'008-chechal-kunar-air-strike.txt': [
 (US_AIR, AF_CIV, ['ASSAULT'], 'U.S. aircraft bombing the village of Chechal', {'w': ('Chechal', 'AFG')}),
 (US_AIR, AF_CIV, ['ASSAULT'], 'seventeen civilians died in the U.S. bombing of the village', {'w': ('Chechal', 'AFG'), 'r': F}),
 (US_AIR, AF_INSURG, ['ACCUSE'], 'known operating base for terrorist attacks in Kunar province', {'r': F}),
 (US_AIR, AF_CIV, ['CONCEDE'], 'regret the loss of innocent lives', {'r': F}),
 (AF_FORCES, AF_INSURG, ['MOBILIZE', 'COOPERATE'], 'are currently in the Kunar province searching for members', {'w': ('Kunar', 'AFG'), 'r': F}),
 (KARZAI, US_AIR, ['ACCUSE'], 'Afghan president Hamid Karzai voiced his concerns', {'r': F}),
 (AF_INSURG, US_AIR, ['ASSAULT'], 'the downing of a US transport helicopter last month', {'r': F}),
],
'009-ramadi-air-strikes.txt': [
 (US_MIL, IQ_CIV, ['ASSAULT'], 'American helicopters and warplanes bombed 2 villages near Ramadi', {'w': ('Ramadi', 'IRQ'), 'r': F}),
 (US_MIL, IQ_CIV, ['ASSAULT'], 'U.S. warplanes killed 18 children', {'w': ('Ramadi', 'IRQ'), 'r': F}),
 (FAHDAWI, US_MIL, ['ACCUSE'], 'they were only a bunch of civilians', {'w': ('Ramadi', 'IRQ'), 'r': F}),
 (US_MIL, FAHDAWI, ['REJECT'], 'The U.S. military neither confirmed nor denied', {'r': F}),
],
'010-khanaqin-hamra-bombings.txt': [
 (IQ_BOMBERS, IQ_SHIA, ['ASSAULT'], "detonated themselves in Shi'ite mosques in the eastern Iraqi town of Khanaqin", {'w': ('Khanaqin', 'IRQ')}),
 (IQ_BOMBERS, IQ_SHIA, ['ASSAULT'], 'insurgents attacked a prominent Baghdad hotel', {'w': ('Baghdad', 'IRQ'), 'r': F}),
 (IQ_BOMBERS, IQ_SHIA, ['ASSAULT'], 'two suicide truck bombs destroyed an apartment block in Baghdad', {'w': ('Baghdad', 'IRQ')}),
 (IQ_MOI, SUNNI_PRIS, ['COERCE'], 'a torture scandal involving numerous Sunni Arab prisoners', {'w': ('Baghdad', 'IRQ'), 'r': F}),
],
'011-damadola-bajaur-strike.txt': [
 (US_DRONE, PK_VILLAGE, ['ASSAULT'], 'The attack took place in the village of Damadola', {'w': ('Damadola', 'PAK')}),
 (WAZIR, PK_VILLAGE, ['ACCUSE'], 'at least 4 to 5 foreign elements had also been killed', {'r': F}),
 (US_DRONE, PK_VILLAGE, ['ASSAULT'], 'the attack was carried out by unmanned drone aircraft', {'w': ('Damadola', 'PAK'), 'r': F}),
 (PK_PROT, US_DRONE, ['PROTEST'], 'two days of protests that erupted across Pakistan', {'w': ('Pakistan', 'PAK')}),
 (PK_RULING, US_DRONE, ['REQUEST'], 'the ruling party demanded an apology from the United States', {}),
 (PK_PROT, US_DRONE, ['PROTEST'], 'announced more and bigger protests in the days to come', {'s': 'h'}),
],
'012-naghar-kalai-atwah-strike.txt': [
 (PK_FORCES, ATWAH, ['ASSAULT'], 'was killed in a missile attack on Wednesday night in Pakistan', {'w': ('Naghar Kalai', 'PAK')}),
 (PK_FORCES, ATWAH, ['ASSAULT'], 'to kill the expert in the North Waziristan village of Naghar Kalai', {'w': ('Naghar Kalai', 'PAK'), 'r': F}),
 (ATWAH, st(["american embassies", "americans"], "USA"), ['ASSAULT'], 'bombings of the American embassies in Kenya and Tanzania', {'w': ('Kenya', 'KEN'), 's': 'h'}),
 (ATWAH, st(["american embassies", "americans"], "USA"), ['ASSAULT'], 'bombings of the American embassies in Kenya and Tanzania', {'w': ('Tanzania', 'TZA'), 's': 'h'}),
],
'013-mumbai-train-bombings-investigation.txt': [
 (IN_BOMBERS, MUMBAI_CIV, ['ASSAULT'], "yesterday's serial bombings on Mumbai's commuter trains", {'w': ('Mumbai', 'IND')}),
 (MH_GOV, IN_BOMBERS, ['REQUEST'], 'has announced a reward of Rs. 25,000,000', {'r': F}),
 (MH_GOV, IN_BOMBERS, ['COERCE'], 'have been detained for interrogation', {'r': F}),
 (IN_GOV, IN_BOMBERS, ['ACCUSE'], 'The Home Ministry confirmed the involvement of Students Islamic Movement of India', {}),
 (IN_BOMBERS, IN_GOV, ['REJECT'], 'An LeT spokesman has denied any involvement', {}),
 (IN_BOMBERS, MUMBAI_CIV, ['ASSAULT'], 'a series of bombings in Mumbai in 1993', {'w': ('Mumbai', 'IND'), 'r': F}),
 (PAK, IN_BOMBERS, ['ACCUSE'], "A statement released by Pakistan's Ministry of Foreign Affairs condemned the attacks", {}),
 (IN_GOV, PAK, ['ACCUSE'], 'India took exception to this remark', {}),
 (IN_GOV, PAK, ['THREATEN'], 'India may review some of the confidence building measures', {'s': 'h'}),
 (IN_BOMBERS, SRINAGAR_CIV, ['ASSAULT'], 'where 8 people were killed in a grenade attack yesterday', {'w': ('Srinagar', 'IND')}),
 (IN_MIN, MUMBAI_CIV, ['SUPPORT'], 'visited Matunga Road railway station late yesterday', {'w': ('Mumbai', 'IND'), 'r': F}),
 (IN_MIN, MUMBAI_CIV, ['AID'], 'has announced an ex-gratia compensation', {'r': F}),
],
'014-khiam-un-post-bombing.txt': [
 (IDF, UNOBS, ['ASSAULT'], 'An Israeli bombardment killed four United Nations Observers', {'w': ('Khiam', 'LBN')}),
 (IE_GOV, IDF, ['ACCUSE'], 'Israel ignored repeated warnings from Lieutenant-Colonel John Molloy', {}),
 (IDF, LB_CIV, ['ASSAULT'], 'the Israeli bombing of a UN compound in Lebanon', {'w': ('Qana', 'LBN'), 'r': F}),
 (ANNAN, IDF, ['ACCUSE'], 'the apparently deliberate targeting by Israeli Defense Forces', {}),
 (IDF, UNOBS, ['ASSAULT'], 'clearly marked U.N. post at Khiyam', {'w': ('Khiam', 'LBN'), 'r': F}),
 (IDF, UNOBS, ['ASSAULT'], '9 UNIFIL bases were bombed earlier during this war', {'w': ('Lebanon', 'LBN'), 'r': F}),
 (HEZBOLLAH, IDF, ['ASSAULT'], 'It was also reported Hezbollah fired', {'w': ('Lebanon', 'LBN'), 'r': F}),
 (IL_AMB, ANNAN, ['REQUEST'], 'demanded that Annan apologize for the remarks', {}),
 (IL_AMB, ANNAN, ['REJECT'], 'denied that the incident was intentional', {'r': F}),
 (CN_MFA, IL_AMB, ['ACCUSE', 'REQUEST'], 'China strongly condemns the activity to raid the UN peacekeeping post', {}),
],
'015-beit-lahiya-air-strike.txt': [
 (IL_MIL, PS_CIV, ['ASSAULT'], 'injured in an Israeli airstrike near a school in the town of Beit Lahiya', {'w': ('Beit Lahiya', 'PSE')}),
 (IL_MIL, PS_CIV, ['ASSAULT'], 'the strike targeted militants who were retrieving a device', {'w': ('Beit Lahiya', 'PSE'), 'r': F}),
 (IL_MIL, PS_CIV, ['ASSAULT'], "Israel's incursions into northern Gaza", {'w': ('North Gaza', 'PSE'), 'r': F}),
 (IL_MIL, PS_CIV, ['ASSAULT'], 'the gunning down of two women outside a mosque in Beit Hanoun', {'w': ('Beit Hanoun', 'PSE'), 'r': F}),
 (OLMERT, PS_CIV, ['REJECT'], 'denied that his country was planning to re-occupy Gaza', {}),
 (ABBAS, IL_MIL, ['ACCUSE'], 'has termed the incidents "massacres"', {}),
 (ABBAS, UN, ['REQUEST'], 'has called for the UN Security Council to discuss the issue', {'r': F}),
 (IL_MIL, PS_CIV, ['ASSAULT'], 'Israeli troops have regularly made incursions into Gaza', {'w': ('Gaza Strip', 'PSE'), 'r': F}),
],
'016-noto-earthquake.txt': [
 (JMA, JP_CIV, ['THREATEN'], 'Japan has issued a tsunami warning', {'w': ('Ishikawa Prefecture', 'JPN'), 'r': F}),
 (None, JP_CIV, ['ASSAULT'], 'magnitude 7.1 earthquake off the west coast island of Honshu', {'w': ('Honshu', 'JPN'), 'r': F}),
 (None, civ(["people"], "VUT"), ['ASSAULT'], 'a 7.2 magnitude earthquake in the Southern Pacific off Vanuatu', {'w': ('Vanuatu', 'VUT'), 'r': F}),
 (JMA, JP_CIV, ['CONCEDE'], 'lifted the tsunami advisory for Ishikawa prefecture', {'w': ('Ishikawa Prefecture', 'JPN')}),
 (KR_MET, KR_CIV, ['THREATEN'], "South Korea's meteorological agency broadcast a tsunami advisory", {'w': ('South Korea', 'KOR'), 'r': F}),
 (None, KR_CIV, ['ASSAULT'], 'A 50 cm tsunami was expected to reach the Busan area', {'w': ('Busan', 'KOR'), 's': 'h'}),
 (HOKURIKU, JP_CIV, ['COERCE'], 'reactors at its Shika nuclear power plant were shut down', {'w': ('Shika', 'JPN'), 'r': F}),
],
'017-saba-yoi-market-bombing.txt': [
 (TH_INSURG, TH_CIV, ['ASSAULT'], 'in a bombing at a crowded market in Saba Yoi, Songkhla Province, Thailand', {'w': ('Saba Yoi', 'THA')}),
 (TH_INSURG, TH_CIV, ['ASSAULT'], "a series of bombings in Songkhla's main city Hat Yai injured 13 people", {'w': ('Hat Yai', 'THA')}),
 (TH_INSURG, TH_CIV, ['ASSAULT'], "the Bangkok New Year's Eve bombings", {'w': ('Bangkok', 'THA'), 'r': F}),
 (TH_INSURG, TH_CIV, ['ASSAULT'], 'one that killed two people at Hat Yai International Airport', {'w': ('Hat Yai', 'THA'), 'r': F}),
 (TH_SEC, TRT, ['MOBILIZE'], "In the nation's capital, Bangkok, security forces are on alert", {'w': ('Bangkok', 'THA')}),
 (TH_COURT, TRT, ['COERCE'], 'a court ruling expected on Wednesday that could lead to the dissolution', {'w': ('Bangkok', 'THA'), 's': 'h'}),
 (TH_JUNTA, TRT, ['COERCE'], "Since a military-led coup d'état last year", {'w': ('Thailand', 'THA'), 'r': F}),
 (KING, TH_COURT, ['REQUEST'], 'He urged them to use care in their verdict', {'r': F}),
],
'018-rawalpindi-bhutto-assassination.txt': [
 (PK_BOMBER, BHUTTO, ['ASSAULT'], 'killed in a suicide attack as she was leaving a political rally in the city of Rawalpindi', {'w': ('Rawalpindi', 'PAK')}),
 (PK_BOMBER, PPP, ['ASSAULT'], 'a suicide bomber in Karachi killed 136', {'w': ('Karachi', 'PAK'), 'r': F}),
 (PPP, MUSHARRAF, ['ACCUSE'], 'Many blamed Musharraf and the security services for the deaths', {}),
 (PPP, MUSHARRAF, ['PROTEST'], 'PPP supporters destroyed the doors of Rawalpindi General Hospital', {'w': ('Rawalpindi', 'PAK'), 'r': F}),
 (PPP, MUSHARRAF, ['PROTEST'], 'tires were set on fire on the roads', {'w': ('Karachi', 'PAK')}),
 (PK_BOMBER, PK_POLICE, ['ASSAULT'], 'two police officers were wounded by gunmen', {'w': ('Karachi', 'PAK'), 'r': F}),
 (PPP, MUSHARRAF, ['PROTEST'], "about 100 PPP's supporters blocked the main trunk road", {'w': ('Peshawar', 'PAK')}),
 (PPP, MUSHARRAF, ['PROTEST'], 'were set on fire in Jacobabad as well', {'w': ('Jacobabad', 'PAK')}),
 (MUSHARRAF, PK_BOMBER, ['ACCUSE'], '"Terrorists are trying to derail the election process"', {}),
 (MUSHARRAF, PPP, ['REQUEST'], 'President Musharraf called for citizens of Pakistan to stay calm', {}),
 (BAN, PK_BOMBER, ['ACCUSE'], 'Ban Ki-moon condemned the killing of Bhutto', {}),
 (SHARIF, PK_ELECTION, ['PROTEST'], 'Sharif said his party will boycott', {'s': 'h'}),
],
'019-kunming-bus-bombings-reward.txt': [
 (KM_BOMBER, KM_CIV, ['ASSAULT'], 'Two people were killed in the attacks in Kunming', {'w': ('Kunming', 'CHN')}),
 (KM_POLICE, KM_BOMBER, ['REQUEST'], 'Chinese police are offering a reward of 300,000 yuan', {'w': ('Kunming', 'CHN'), 'r': F}),
 (KM_BOMBER, KM_CIV, ['ASSAULT'], 'The first explosion was at 7:10 a.m. at Panjiawan Bus Stop', {'w': ('Kunming', 'CHN'), 'r': F}),
 (KM_BOMBER, KM_CIV, ['ASSAULT'], 'The second bus was close to its last stop of Minshan', {'w': ('Kunming', 'CHN'), 'r': F}),
],
'020-rafah-air-strikes.txt': [
 (IL_MIL, HAMAS, ['ASSAULT'], 'The Israeli military launched at least six airstrikes into the Gaza Strip', {'w': ('Gaza Strip', 'PSE')}),
 (IL_MIL, HAMAS, ['ASSAULT'], 'a police station and other sites in the city of Rafah', {'w': ('Rafah', 'PSE')}),
 (HAMAS, IL_CIV, ['ASSAULT'], 'in retaliation for rockets that were fired into Southern Israel', {'w': ('Israel', 'ISR'), 'r': F}),
 (HAMAS, IL_CIV, ['ASSAULT'], "four landing in Sha'ar HaNegev where two IDF soldiers", {'w': ("Sha'ar HaNegev", 'ISR')}),
 (OLMERT, HAMAS, ['THREATEN'], 'the attacks would cause a military response', {}),
 (HAMAS, IL_MIL, ['REJECT'], 'Hamas had said they were not responsible for the rocket fire', {'r': F}),
 (IL_MIL, GAZA_CIV, ['THREATEN'], 'to warn residents in Gaza of the airstrikes', {'w': ('Gaza Strip', 'PSE'), 'r': F}),
],
'021-baghdad-baquba-bombings.txt': [
 (IQ_BOMBERS, IQ_SHIA, ['ASSAULT'], 'at least 60 were killed in the two explosions at a tomb in Baghdad today', {'w': ('Baghdad', 'IRQ')}),
 (IQ_BOMBERS, IQ_SHIA, ['ASSAULT'], 'killed by a suicide bomber in a restaurant in the northeastern Iraqi town of Baquba', {'w': ('Baquba', 'IRQ')}),
 (IQ_BOMBERS, IQ_POLICE, ['ASSAULT'], 'detonated a belt full of explosives near a group of police officers', {'w': ('Baghdad', 'IRQ')}),
 (gov(["qassim moussawi", "major-general qassim moussawi", "baghdad security spokesman"], "IRQ"), IQ_BOMBERS, ['ACCUSE'], 'Obviously that has the fingerprints of al-Qaeda', {}),
 (gov(["abdulnasir al-muntasirbillah", "governor of diyala"], "IRQ"), IQ_BOMBERS, ['ACCUSE'], 'Words can\'t express it. It is a dirty, cowardly terrorist act', {'r': F}),
],
'022-bannu-peshawar-bombings.txt': [
 (TTP, PK_POLICE, ['ASSAULT'], 'a bomber killed at least six people and wounded more than 60 others outside a police station in Bannu', {'w': ('Bannu', 'PAK')}),
 (TTP, PK_MIL, ['ASSAULT'], "in Peshawar's commercial district, another attacker blew himself up", {'w': ('Peshawar', 'PAK')}),
 (TTP, PK_CIV, ['THREATEN'], 'there will be an increase in the number of suicide bombings', {}),
 (US_DRONE, TTP, ['ASSAULT'], 'Baitullah Mehsud was reportedly killed in a U.S. missile strike', {'r': F}),
 (TTP, PK_CIV, ['ASSAULT'], 'threw a grenade at a crowd of people outside the Askari Bank', {'w': ('Peshawar', 'PAK'), 'r': F}),
 (PK_MIL, TTP, ['COERCE'], 'forty suspected would-be suicide bombers had been apprehended', {'r': F}),
 (US_EMB, TTP, ['ACCUSE'], 'The U.S. Embassy in Pakistan released a statement in which it condemned the bombings', {}),
 (PK_MIL, TTP, ['ASSAULT'], 'expand its offensive against the Taliban from in and around Swat Valley', {'w': ('Swat', 'PAK'), 'r': F}),
 (PK_MIL, TTP, ['ASSAULT'], 'to the north to South Waziristan', {'w': ('South Waziristan', 'PAK'), 's': 'h'}),
],
'023-mogadishu-shamo-hotel-bombing.txt': [
 (SHABAB, SO_GOV, ['ASSAULT'], 'A deadly hotel bombing in Mogadishu, the capital of Somalia', {'w': ('Mogadishu', 'SOM')}),
 (NUSJ, SHABAB, ['ACCUSE'], 'has issued a statement condemning the attack', {}),
 (SHABAB, AMISOM, ['ASSAULT'], 'al-Shabab claimed responsibility for a bold attack on a meeting', {'w': ('Somalia', 'SOM'), 'r': F}),
 (SHABAB, SO_GOV, ['ASSAULT'], 'The rebel group is battling for control of the war-ravaged nation', {'w': ('Somalia', 'SOM'), 'r': F}),
 (AMISOM, SO_GOV, ['AID', 'COOPERATE'], 'The AMISOM forces are mandated with the protection of key city sites', {'w': ('Mogadishu', 'SOM'), 'r': F}),
],
'024-khost-camp-chapman-bombing.txt': [
 (AF_TALIBAN, CIA, ['ASSAULT'], 'A suicide bomber attacked an American base in the Khowst region', {'w': ('Khost Province', 'AFG')}),
 (AF_TALIBAN, US_BASE, ['ASSAULT'], 'Camp Salerno, the main base in the Khowst province, has been the target of many attacks', {'w': ('Khost Province', 'AFG'), 'r': F}),
 (AF_TALIBAN, UN, ['ASSAULT'], 'killed in an attack at a UN guest house', {'r': F}),
],
}
