# Gold events of the second place set, annotated from reading each page only (Eventline was never run on
# these pages, and the geocoder and its gazetteer were not read while choosing or annotating them).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required. Conventions: devset/events/README.md,
# devset/places/README.md and devset/places2/README.md (where a place is named and where it is not).
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth, USA, TRUMP, RUSSIA, CHINA, UK, JOHNSON, EU
F = False

# 001 Toronto
MCARTHUR = per(["bruce mcarthur","mcarthur","killer","67-year-old killer"], "CAN")
GAY_MEN = civ(["gay men","victims","skandaraj navaratnam","navaratnam","andrew kinsman","kinsman","deceased","eight"], "CAN")
ON_COURT = gov(["superior court","court","prosecution"], "CAN")
TOR_POLICE = gov(["toronto police","police"], "CAN")
TORY = gov(["john tory","tory","mayor john tory","mayor"], "CAN")
LGBT = civ(["members of the local lgbt community","local lgbt community","lgbt community"], "CAN")
# 002 Aleppo
SYR_GOV = gov(["state","syria","syrian government","syrian president bashar al-assad","bashar al-assad","assad"], "SYR")
SYR_REBELS = ag(["rebels","rebel-held neighbourhood"], "SYR")
IRAN = st(["iran"], "IRN")
# 003 Sea-Eye
TURKEY = gov(["turkey","turkish government","turkish court"], "TUR")
SMUGGLERS = per(["two people smugglers","people smugglers","smugglers"], None)
# 004 Taiwan
TW_LEG = gov(["legislative yuan","legislature of taiwan","legislature","taiwan"], "TWN")
TW_COURT = gov(["constitutional court","taiwan's constitutional court","country's constitutional court"], "TWN")
TW_GOV = gov(["taiwanese government","government","cabinet","country's cabinet"], "TWN")
TW_CONS = civ(["conservatives"], "TWN")
TW_GAYS = civ(["same-sex couples","gay citizens"], "TWN")
CN_COURT = gov(["china","mainland china","chinese government"], "CHN")
CN_AUTHOR = per(["same-sex erotica author","author"], "CHN")
# 005 Puerto Rico
ROSSELLO = gov(["ricardo rosselló nevares","rosselló","rossello","governor","exiting governor rosselló"], "PRI")
PIERLUISI = gov(["pedro pierluisi","pierluisi","governor","secretary of state"], "PRI")
PR_HOUSE = gov(["house of representatives","commonwealth's house of representatives","house"], "PRI")
PR_SENATE = gov(["senate","thomas rivera schatz","rivera schatz","senate president thomas rivera schatz","eduardo bhatia","bhatia"], "PRI")
CRUZ = gov(["carmen yulín cruz","cruz","mayor of the capitol city of san juan","mayor"], "PRI")
# 006 Sirhan
SIRHAN = per(["sirhan sirhan","sirhan","inmate"], "USA")
ATTACKER_CA = per(["attacker","inmate"], "USA")
CDCR = gov(["california department of corrections and rehabilitation","cdcr","department","officers","california"], "USA")
RFK = gov(["robert f. kennedy","kennedy","senator kennedy","robert","united states senator"], "USA")
# 007 Mugabe
MUGABE = gov(["robert mugabe","mugabe","robert gabriel mugabe","cde mugabe","zimbabwe african national union","zanu"], "ZWE")
RHODESIA = gov(["ian smith's government","white minority rule","rhodesia","southern rhodesia"], "ZWE")
ZW_ARMY = mil(["army","zimbabwean army"], "ZWE")
NDEBELE = civ(["ethnic ndebele","ndebele","opponents"], "ZWE")
FARMERS = civ(["white farm-owners","farmers","black laborers","farm-owners"], "ZWE")
VETERANS = ag(["veterans of the war","veterans","those seizing the land"], "ZWE")
MDC = oth(["movement for democratic change","mdc","morgan tsvangirai","tsvangirai"], "ZWE")
ZW_VP = gov(["vice president","his vice president"], "ZWE")
BUMHIRA = oth(["ashton bumhira","bumhira","youth forum zimbabwe"], "ZWE")
PUTIN = gov(["vladimir putin","putin","president of russia","russia"], "RUS")
# 008 Tonga
POHIVA = gov(["akilisi pohiva","pohiva","prime minister","prime minister of tonga"], "TON")
TO_PARL = gov(["parliament","tonga's parliament","legislative assembly","tonga"], "TON")
TO_RIOTERS = civ(["pro-democracy riots","rioters","pro-democracy"], "TON")
TO_GOV = gov(["tonga","tongan government","authorities","king or queen"], "TON")
# 009 UK Supreme Court
UK_SC = gov(["supreme court","supreme court of the united kingdom","court","brenda hale","justices"], "GBR")
SESSION = gov(["court of session","court of session in scotland","scottish court"], "GBR")
EW_HC = gov(["high court of england and wales","high court"], "GBR")
QUEEN = gov(["queen elizabeth ii","queen","her majesty"], "GBR")
UK_PARL = gov(["parliament","parliament of the united kingdom"], "GBR")
MAJOR = per(["john major","major","former prime minister john major"], "GBR")
# 010 Chirac
CHIRAC = gov(["jacques chirac","chirac","chriac","president of france"], "FRA")
FR_COURT = gov(["court","french court"], "FRA")
FR_VOTERS = civ(["voters"], "FRA")
# 011 Multan
MULTAN_COURT = gov(["court","court in multan","same court"], "PAK")
WASEEM = per(["mohammed waseem","waseem","brother"], "PAK")
QAWI = per(["mufti abdul qawi","qawi","muslim cleric mufti abdul qawi","alleged accomplices","accomplices"], "PAK")
QAWI_FANS = civ(["qawi's supporters","supporters"], "PAK")
BALOCH = per(["qandeel baloch","baloch","sister"], "PAK")
# 012 ECJ
ECJ = igo(["european court of justice","ecj","court","court of justice","luxembourg-based court"])
GLAWISCHNIG = per(["eva glawischnig-piesczek","glawischnig-piesczek","plaintiff","politician in austria"], "AUT")
FACEBOOK = oth(["facebook","facebook ireland limited","social media site facebook"], "USA")
AT_COURT = gov(["supreme court of justice","oberster gerichtshof","austrian court","austria"], "AUT")
IE_USER = per(["facebook user","user"], "IRL")
# 013 Hungary
HUNGARY = gov(["hungary","hungarian government","hdt limited","hdt","gáspár maróth","maróth","viktor orbán","orbán"], "HUN")
HIRTENBERGER = oth(["hirtenberger defence group","hirtenberger","austrian partner"], "AUT")
CZECH = oth(["czech firearm technology","czech"], "CZE")
AIRBUS = oth(["airbus"], None)
NATO = igo(["nato","nato members"])
# 014 Samoa
WS_GOV = gov(["government of samoa","samoan government","government","tuilaepa sailele malielegaoi","tuilaepa","prime minister tuilaepa","samoan prime minister tuilaepa sailele malielegaoi"], "WSM")
WS_PEOPLE = civ(["residents","businesses","children","schools","village councils","church leaders","public"], "WSM")
# 015 UK election
CONSERVATIVES = oth(["conservative party","conservatives","boris johnson","johnson","conservative candidate"], "GBR")
UK_VOTERS = civ(["voters","electorate","britons"], "GBR")
SNP = oth(["scottish national party","snp","snp candidate"], "GBR")
SWINSON = oth(["jo swinson","swinson","liberal democrats"], "GBR")
CORBYN = oth(["jeremy corbyn","corbyn","labour party","labour"], "GBR")
# 016 Oman
QABOOS = gov(["qaboos bin said","qaboos","sultan qaboos","sultan of oman"], "OMN")
SAID = gov(["sultan said bin taimur","said bin taimur","father"], "OMN")
ROYAL_COUNCIL = gov(["royal council","council"], "OMN")
HAITHAM = gov(["haitham bin tariq al said","haitham","successor","new sultan"], "OMN")
# 017 Wuhan
CN_POLICE = gov(["police","chinese police","censors","government of china","chinese government","government"], "CHN")
CN_CITIZENS = civ(["chinese citizens","citizens","eight people","li wenliang","ophthalmologist li wenliang","cities"], "CHN")
# 018 Clemency
US_COURT = gov(["court","district court","court of appeals for the d.c. circuit","court of appeals","federal court"], "USA")
CONVICTS = per(["rod blagojevich","blagojevich","judith negron","negron","crystal munoz","munoz","tynice nichole hall","hall",
                "angela ronae stanton","stanton","ariel manuel friedler","friedler","david hossein safavian","safavian",
                "michael robert milken","milken","paul harvey pogue","pogue","bernard bailey kerik","kerik",
                "edward j. debartolo jr.","debartolo"], "USA")
US_REPS = gov(["multiple officials","officials","darin lahood","lahood","mike bost","bost","republican members of the house of representatives"], "USA")
# 019 Mubarak
EG_GOV = gov(["government","egyptian government","state news","abdel fattah al-sisi","al-sisi","sisi"], "EGY")
MUBARAK = gov(["hosni mubarak","mubarak","hosni"], "EGY")
# 020 Delhi
ABHM = oth(["akhil bharat hindu mahasabha","all india hindu union","abhm","swami chakrapani","chakrapani","abhm president chakrapani"], "IND")
TELANGANA = gov(["telangana ministers","ministers","these ministers"], "IND")
MEAT_EATERS = civ(["people who kill and eat animals","people"], "IND")
IN_GOV = gov(["india","indian government","authorities"], "IND")
IN_PUBLIC = civ(["schools and colleges","schools","passengers"], "IND")
# 021 Basilashvili
GE_POLICE = gov(["police","georgian police","tbilisi city court","court"], "GEO")
BASILASHVILI = per(["nikoloz basilashvili","basilashvili","georgian tennis player"], "GEO")
DOROKASHVILI = per(["neka dorokashvili","dorokashvili","ex-wife"], "GEO")
TCHKADUA = per(["irma tchkadua","tchkadua","basilashvili's lawyer","lawyer"], "GEO")
# 022 Burundi
NKURUNZIZA = gov(["pierre nkurunziza","nkurunziza","president","president of burundi","cndd-fdd"], "BDI")
BI_COUP = mil(["coup","plotters","soldiers"], "BDI")
BI_VOTERS = civ(["voters","burundians"], "BDI")
BI_FIGHTERS = ag(["cndd-fdd","combatants"], "BDI")
# 023 Tamil Nadu
TN_AUTH = gov(["authorities","police","police constable","vijayaragavan","forestry department","officials"], "IND")
TN_SUSPECTS = civ(["twelve people","twelve","suspects","narikuravars"], "IND")
KL_AUTH = gov(["authorities","officials"], "IND")
KL_SUSPECT = per(["one suspect","suspect"], "IND")
# 024 Seoul
PARK = gov(["park won-soon","park","mayor","mayor of seoul"], "KOR")
SEOUL_VOTERS = civ(["voters"], "KOR")
SECRETARY = per(["former secretery","former secretary","secretary"], "KOR")
KR_POLICE = gov(["police","police officers"], "KOR")
# 025 Mukherjee
MUKHERJEE = gov(["pranab mukherjee","mukherjee","president of india"], "IND")
INDIRA = gov(["indira gandhi","gandhi","indian national congress","inc"], "IND")
IN_LEG = gov(["rajya sabha","lok sabha"], "IND")

ANN = {
'001-toronto-serial-killer-plea.txt': [
 (MCARTHUR, ON_COURT, ['CONCEDE'], 'from Toronto, Canada, on Tuesday admitted his guilt in eight murders', {'w':('Toronto','CAN')}),
 (MCARTHUR, ON_COURT, ['CONCEDE'], 'McArthur pleaded guilty to each crime at the Superior Court', {'w':('Toronto','CAN'),'r':F}),
 (MCARTHUR, GAY_MEN, ['ASSAULT'], 'continuing for seven years, McArthur murdered gay men', {'w':('Toronto','CAN')}),
 (LGBT, TOR_POLICE, ['ACCUSE'], 'face allegations they failed to react quickly enough', {'w':('Toronto','CAN'),'r':F}),
 (TORY, TOR_POLICE, ['REQUEST','ACCUSE'], 'mayor John Tory on Tuesday suggested a broader probe', {'w':('Toronto','CAN'),'r':F}),
],
'002-aleppo-block-collapse.txt': [
 (SYR_GOV, SYR_REBELS, ['ASSAULT'], 'The district was recaptured by the state in 2016 following heavy bombing', {'w':('Aleppo','SYR')}),
 (RUSSIA, SYR_GOV, ['AID','COOPERATE'], 'in an operation supported by Russia', {'w':('Aleppo','SYR'),'r':F}),
 (USA, SYR_GOV, ['THREATEN','REJECT'], 'The US has further indicated no support will come without political reform', {}),
 (USA, SYR_GOV, ['RETREAT'], 'which has retreated from a previous goal of ousting Syrian President', {'r':F}),
 (CHINA, SYR_GOV, ['AID'], 'China, Iran, and Russia have pledged funds', {}),
 (IRAN, SYR_GOV, ['AID'], 'China, Iran, and Russia have pledged funds', {'r':F}),
],
'003-sea-eye-alan-kurdi.txt': [
 (TURKEY, SMUGGLERS, ['COERCE'], 'Turkey sentenced two people smugglers to four years of prison each', {'w':('Turkey','TUR')}),
 (civ(["international public","public"], None), None, ['REQUEST'], 'international public calls for more effort to assist migrants', {'r':F}),
],
'004-taiwan-same-sex-marriage.txt': [
 (TW_LEG, TW_GAYS, ['SUPPORT','CONCEDE'], 'voted 66 to 27 to legalize same-sex marriage', {'w':('Taiwan','TWN')}),
 (TW_LEG, TW_CONS, ['REJECT'], "selected the one posed by the country's cabinet", {'w':('Taiwan','TWN'),'r':F}),
 (TW_GOV, None, ['CONSULT'], 'The Taiwanese government held a referendum in November 2018', {'w':('Taiwan','TWN'),'r':F}),
 (CN_COURT, CN_AUTHOR, ['COERCE'], 'a same-sex erotica author was sentenced to ten years in prison', {'w':('China','CHN'),'r':F}),
 (TW_COURT, TW_LEG, ['ACCUSE','REQUEST'], 'said not allowing gay citizens to marry constituted', {'w':('Taiwan','TWN'),'r':F}),
 (TW_CONS, TW_COURT, ['ACCUSE'], 'The decision prompted objections from conservatives', {'w':('Taiwan','TWN'),'r':F}),
],
'005-puerto-rico-pierluisi-sworn-in.txt': [
 (ROSSELLO, None, ['CONCEDE'], 'Ricardo Rosselló Nevares resigned as the governor', {'w':('Puerto Rico','PRI')}),
 (ROSSELLO, PIERLUISI, ['SUPPORT'], 'The exiting governor Rosselló appointed Pierluisi as secretary of state', {'w':('Puerto Rico','PRI'),'r':F}),
 (PR_HOUSE, PIERLUISI, ['SUPPORT'], "the commonwealth's House of Representatives confirmed him", {'w':('Puerto Rico','PRI'),'r':F}),
 (PIERLUISI, PR_SENATE, ['THREATEN'], "Pierluisi said from LA Fortaleza's Hall of Mirrors", {'w':('San Juan','PRI'),'r':F}),
 (PR_SENATE, PIERLUISI, ['REJECT'], 'Senate President Thomas Rivera Schatz expressed opposition', {'w':('Puerto Rico','PRI')}),
 (PR_SENATE, PIERLUISI, ['ACCUSE'], 'said he intended to sue over the controversy', {'s':'h','r':F}),
 (CRUZ, PIERLUISI, ['ACCUSE'], "said she would challenge Pierluisi's oath of office in court", {'s':'h','r':F}),
],
'006-sirhan-stabbed.txt': [
 (ATTACKER_CA, SIRHAN, ['ASSAULT'], 'Sirhan Sirhan was stabbed in the neck while in prison', {'w':('San Diego County','USA')}),
 (ATTACKER_CA, SIRHAN, ['ASSAULT'], 'There was an assault on an inmate on Friday', {'w':('San Diego County','USA'),'r':F}),
 (CDCR, ATTACKER_CA, ['COERCE'], 'who was being held in isolation pending investigation', {'w':('San Diego County','USA'),'r':F}),
 (CDCR, SIRHAN, ['COERCE'], 'Sirhan was held protectively separate from most prisoners at Corcoran State Prison', {'w':('Corcoran','USA'),'r':F}),
 (SIRHAN, RFK, ['ASSAULT'], 'Sirhan shot him in the head just after midnight', {}),
 (CDCR, SIRHAN, ['CONCEDE'], "Sirhan's initial death sentence was commuted to life in prison", {'w':('California','USA'),'r':F}),
],
'007-mugabe-dies.txt': [
 (RHODESIA, MUGABE, ['COERCE'], 'was arrested in 1963 and was imprisoned until 1974', {'w':('Zimbabwe','ZWE'),'r':F}),
 (MUGABE, RHODESIA, ['ASSAULT'], "Mugabe led a militant guerrilla movement against Ian Smith's government", {'w':('Zimbabwe','ZWE')}),
 (MUGABE, NDEBELE, ['ASSAULT'], 'the Gukurahundi massacres saw thousands if not tens of thousands of ethnic Ndebele killed', {'w':('Zimbabwe','ZWE')}),
 (MUGABE, FARMERS, ['COERCE'], 'he instituted a policy of confiscating land from white farm-owners', {'w':('Zimbabwe','ZWE')}),
 (VETERANS, FARMERS, ['ASSAULT'], 'they would sometimes kill the farmers and the black laborers', {'w':('Zimbabwe','ZWE'),'r':F}),
 (EU, MUGABE, ['REJECT'], 'neither the European Union nor the United States would endorse the result', {}),
 (USA, MUGABE, ['REJECT'], 'neither the European Union nor the United States would endorse the result', {'r':F}),
 (MUGABE, MDC, ['AGREE'], 'Mugabe agreed to power-sharing in which Tsvangirai became prime minister', {'w':('Zimbabwe','ZWE')}),
 (MDC, MUGABE, ['ACCUSE'], "despite Tsvangirai's allegations of widespread fraud", {'w':('Zimbabwe','ZWE'),'r':F}),
 (MUGABE, MDC, ['REJECT','RETREAT'], 'fraud, Mugabe ended the power-sharing', {'w':('Zimbabwe','ZWE'),'r':F}),
 (MUGABE, ZW_VP, ['COERCE'], 'After Mugabe fired his vice president', {'w':('Zimbabwe','ZWE'),'r':F}),
 (ZW_ARMY, MUGABE, ['COERCE'], 'having first placed Mugabe under house arrest', {'w':('Zimbabwe','ZWE')}),
 (MUGABE, ZW_ARMY, ['CONCEDE'], 'in exchange for his official resignation on November 21', {'w':('Zimbabwe','ZWE'),'r':F}),
 (PUTIN, MUGABE, ['SUPPORT'], 'He made a great personal contribution to the battle', {'r':F}),
 (BUMHIRA, MUGABE, ['ACCUSE'], 'He was a dictator. He was ruthless.', {'r':F}),
],
'008-tonga-pohiva-dies.txt': [
 (TO_GOV, TO_PARL, ['COERCE'], 'the Legislative Assembly, was suspended indefinitely', {'w':('Tonga','TON'),'r':F}),
 (TO_PARL, POHIVA, ['SUPPORT'], 'When elected prime minister by the parliament in 2014', {'w':('Tonga','TON'),'r':F}),
 (TO_PARL, POHIVA, ['COERCE'], 'he was once jailed for contempt of parliament', {'w':('Tonga','TON')}),
 (TO_GOV, POHIVA, ['ACCUSE'], 'was also changed with sedition in the aftermath', {'w':('Tonga','TON'),'r':F}),
 (TO_RIOTERS, TO_GOV, ['PROTEST'], "the 2006 pro-democracy riots in Nukuʻalofa", {'w':("Nuku'alofa",'TON')}),
],
'009-uk-supreme-court-prorogation.txt': [
 (UK_SC, JOHNSON, ['ACCUSE','REJECT'], 'found the prorogation to be unlawful', {'w':('United Kingdom','GBR')}),
 (QUEEN, UK_PARL, ['COERCE'], 'Queen Elizabeth II suspended parliament at the behest of Boris Johnson', {'w':('United Kingdom','GBR'),'r':F}),
 (SESSION, JOHNSON, ['ACCUSE','REJECT'], 'the Court of Session in Scotland ruled on September 11', {'w':('Scotland','GBR')}),
 (EW_HC, None, ['REJECT'], 'The High Court of England and Wales also ruled on the same day', {'w':('England','GBR'),'r':F}),
 (MAJOR, JOHNSON, ['ACCUSE'], 'John Major has accused Johnson of misleading the Queen', {'r':F}),
],
'010-chirac-dies.txt': [
 (FR_VOTERS, CHIRAC, ['SUPPORT'], 'Chriac was elected to his first of two terms', {'w':('France','FRA'),'r':F}),
 (CHIRAC, USA, ['ACCUSE','REJECT'], 'outspoken opponent of the United States-led Iraq War', {}),
 (FR_COURT, CHIRAC, ['ACCUSE','COERCE'], 'Chirac was convicted of corruption, stemming from his years as mayor', {'w':('France','FRA')}),
 (FR_COURT, CHIRAC, ['COERCE'], 'He was given a two-year suspended sentence', {'w':('France','FRA'),'r':F}),
],
'011-qandeel-baloch-brother-sentenced.txt': [
 (MULTAN_COURT, WASEEM, ['COERCE'], 'was sentenced for her murder to life in prison by a court in Multan', {'w':('Multan','PAK')}),
 (WASEEM, BALOCH, ['ASSAULT'], 'Waseem confessed to killing his sister by strangling her in 2016', {}),
 (MULTAN_COURT, QAWI, ['ACCUSE'], 'were tried by the same court', {'w':('Multan','PAK'),'r':F}),
 (MULTAN_COURT, QAWI, ['CONCEDE'], 'All, including Qawi, were acquitted', {'w':('Multan','PAK'),'r':F}),
 (QAWI_FANS, QAWI, ['SUPPORT'], "Some of Qawi's supporters threw flower petals", {'w':('Multan','PAK'),'r':F}),
 (QAWI, None, ['REJECT'], 'accused of inciting the murder in some way, which he denied', {'r':F}),
],
'012-ecj-facebook-ruling.txt': [
 (ECJ, FACEBOOK, ['COERCE'], 'The Luxembourg-based court issued a judgement favorable to the plaintiff', {'w':('Luxembourg','LUX')}),
 (IE_USER, GLAWISCHNIG, ['ACCUSE'], 'a Facebook user registered from Ireland shared publicly a news article', {'w':('Ireland','IRL'),'r':F}),
 (GLAWISCHNIG, IE_USER, ['ACCUSE'], 'Glawischnig-Piesczek sued in Austria for defamation and won', {'w':('Austria','AUT')}),
 (AT_COURT, FACEBOOK, ['COERCE'], 'Facebook was ordered to remove the post', {'w':('Austria','AUT'),'r':F}),
 (AT_COURT, ECJ, ['REQUEST'], 'brought the case before the ECJ, asking for clarifications', {'w':('Austria','AUT'),'r':F}),
 (FACEBOOK, ECJ, ['ACCUSE'], 'This judgment raises critical questions around freedom of expression', {'r':F}),
],
'013-hungary-buys-hirtenberger.txt': [
 (HUNGARY, HIRTENBERGER, ['AGREE','COOPERATE'], 'acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group', {}),
 (HUNGARY, CZECH, ['COOPERATE','AGREE'], 'Hungary licensed Czech firearm technology and started assembling firearms in Kiskunfélegyháza', {'w':('Kiskunfélegyháza','HUN')}),
 (HUNGARY, AIRBUS, ['AGREE','COOPERATE'], 'agreed with Airbus to open a helicopter parts factory as a joint venture in Gyula', {'w':('Gyula','HUN'),'r':F}),
 (TRUMP, NATO, ['REQUEST'], 'US President Trump has called for NATO members to increase military spending', {}),
 (HUNGARY, None, ['MOBILIZE'], 'Hungary launched a military development program', {'w':('Hungary','HUN'),'r':F}),
],
'014-samoa-measles-shutdown.txt': [
 (WS_GOV, WS_PEOPLE, ['COERCE'], 'the government of Samoa began a planned two-day shutdown', {'w':('Samoa','WSM')}),
 (WS_GOV, WS_PEOPLE, ['COERCE'], 'Residents were told to stay off the roads', {'w':('Samoa','WSM'),'r':F}),
 (WS_GOV, WS_PEOPLE, ['REQUEST'], 'Prime Minister Tuilaepa called on "village councils', {'w':('Samoa','WSM'),'r':F}),
 (WS_GOV, WS_PEOPLE, ['COERCE'], 'The Samoan government declared a state of emergency on November 15', {'w':('Samoa','WSM')}),
 (WS_GOV, WS_PEOPLE, ['COERCE'], 'later banned children from public gatherings', {'w':('Samoa','WSM'),'r':F}),
],
'015-uk-general-election.txt': [
 (UK_VOTERS, CONSERVATIVES, ['SUPPORT'], "the United Kingdom's (UK) Conservative Party netted an additional 66 seats", {'w':('United Kingdom','GBR')}),
 (JOHNSON, EU, ['RETREAT','REJECT'], 'saying he intends to leave the EU by the end of January', {'s':'h','r':F}),
 (CORBYN, None, ['CONCEDE'], 'Jeremy Corbyn announced he will not seek the party\'s leadership position', {'r':F}),
 (SNP, SWINSON, ['REJECT'], 'Jo Swinson was defeated in Dunbartonshire East by an SNP candidate', {'w':('East Dunbartonshire','GBR')}),
 (UK_VOTERS, CONSERVATIVES, ['SUPPORT'], 'but elected a conservative candidate in this election', {'w':('Blyth','GBR'),'r':F}),
],
'016-sultan-qaboos-dies.txt': [
 (QABOOS, SAID, ['COERCE','ASSAULT'], 'Qaboos became Sultan in 1970 after overthrowing his father', {'w':('Oman','OMN')}),
 (UK, QABOOS, ['SUPPORT','AID'], 'was a bloodless British-backed coup', {'w':('Oman','OMN'),'r':F}),
 (QABOOS, IRAN, ['CONSULT'], 'he helped negotiate the Iran nuclear deal', {'r':F}),
 (ROYAL_COUNCIL, HAITHAM, ['SUPPORT'], "acknowledged Qaboos's cousin, Haitham, as the new Sultan", {'w':('Oman','OMN')}),
],
'017-wuhan-foreigners-die.txt': [
 (CN_CITIZENS, CN_POLICE, ['ACCUSE'], "Chinese citizens have criticized their government's initial response", {'w':('China','CHN'),'r':F}),
 (CN_POLICE, CN_CITIZENS, ['COERCE'], 'Police detained eight people for "spreading rumors,"', {'w':('Wuhan','CHN')}),
 (CN_POLICE, CN_CITIZENS, ['COERCE'], 'before being deleted by censors', {'w':('China','CHN'),'r':F}),
 (CN_POLICE, CN_CITIZENS, ['COERCE'], 'The government of China has quarantined a number of cities', {'w':('China','CHN')}),
 (gov(["governments in east asia","governments"], None), civ(["cruise ships","people on board"], None), ['REJECT','COERCE'], 'prevented at least two cruise ships from disembarking', {'r':F}),
],
'018-trump-clemency.txt': [
 (TRUMP, CONVICTS, ['CONCEDE'], 'issued a series of seven pardons and four commutations', {}),
 (US_REPS, TRUMP, ['REQUEST'], "multiple officials pressured Trump not to commute Blagojevich's sentence", {'r':F}),
 (US_COURT, CONVICTS, ['ACCUSE','COERCE'], 'in 2008 in the Western District of Texas', {'w':('Texas','USA')}),
 (US_COURT, CONVICTS, ['ACCUSE','COERCE'], 'in 2006 in the Northern District of Texas', {'w':('Texas','USA'),'r':F}),
 (US_COURT, CONVICTS, ['ACCUSE','COERCE'], 'in 2007 in the Northern District of Georgia', {'w':('Georgia','USA')}),
 (US_COURT, CONVICTS, ['COERCE'], 'He was sentenced to two months in prison in the Eastern District of Virginia', {'w':('Virginia','USA')}),
 (US_COURT, CONVICTS, ['CONCEDE'], 'The Court of Appeals for the D.C. Circuit vacated his conviction', {'w':('Washington','USA'),'r':F}),
 (US_COURT, CONVICTS, ['ACCUSE','COERCE'], 'in 2010 in the Eastern District of Texas', {'w':('Texas','USA'),'r':F}),
 (US_COURT, CONVICTS, ['ACCUSE','COERCE'], 'in 2010 in the Southern District of New York', {'w':('New York','USA')}),
 (US_COURT, CONVICTS, ['ACCUSE','COERCE'], 'in 1998 in the Middle District of Louisiana', {'w':('Louisiana','USA'),'r':F}),
],
'019-mubarak-dies.txt': [
 (EG_GOV, MUBARAK, ['ACCUSE'], "the government allegedly criticized Hosni's creation of new cities", {'w':('Egypt','EGY'),'r':F}),
],
'020-delhi-cow-urine-party.txt': [
 (ABHM, MEAT_EATERS, ['ACCUSE'], 'Coronavirus has come because of the people who kill and eat animals', {'w':('New Delhi','IND'),'r':F}),
 (ABHM, TELANGANA, ['ACCUSE'], 'these ignorant, arrogant Telangana ministers have challenged corona', {}),
 (ABHM, TELANGANA, ['REQUEST'], 'these ministers should promptly seek forgiveness from corona', {'r':F}),
 (IN_GOV, IN_PUBLIC, ['COERCE'], 'Multiple schools and colleges are closed across the country', {'w':('India','IND'),'r':F}),
],
'021-basilashvili-arrested.txt': [
 (GE_POLICE, BASILASHVILI, ['COERCE'], 'was arrested on Friday on a charge of domestic violence', {'w':('Georgia','GEO')}),
 (BASILASHVILI, DOROKASHVILI, ['ASSAULT'], 'an allegation he assaulted Neka Dorokashvili', {'s':'h','r':F}),
 (GE_POLICE, BASILASHVILI, ['COERCE'], 'The Tbilisi city court set bail yesterday', {'w':('Tbilisi','GEO')}),
 (TCHKADUA, GE_POLICE, ['REJECT'], 'The charge was denied by Irma Tchkadua', {'r':F}),
],
'022-nkurunziza-dies.txt': [
 (BI_VOTERS, NKURUNZIZA, ['SUPPORT'], 'Nkurunziza became president of the African nation in 2005', {'w':('Burundi','BDI'),'r':F}),
 (BI_COUP, NKURUNZIZA, ['ASSAULT','COERCE'], 'led to tensions and a failed coup in the country in which hundreds died', {'w':('Burundi','BDI')}),
 (BI_FIGHTERS, None, ['ASSAULT'], 'Around 300,000 people were killed in the conflict', {'w':('Burundi','BDI'),'r':F}),
],
'023-tamil-nadu-jackal-arrests.txt': [
 (TN_AUTH, TN_SUSPECTS, ['COERCE'], 'Authorities on Monday arrested twelve people in Tamil Nadu', {'w':('Tamil Nadu','IND')}),
 (TN_AUTH, TN_SUSPECTS, ['ACCUSE'], 'decided to question them after they aroused suspicion at a tea stall', {'w':('Tiruchirappalli','IND'),'r':F}),
 (TN_AUTH, TN_SUSPECTS, ['COERCE'], 'The forestry department arrested them.', {'w':('Tiruchirappalli','IND'),'r':F}),
 (KL_AUTH, KL_SUSPECT, ['COERCE'], 'in the neighbouring state of Kerala, one suspect was arrested', {'w':('Kerala','IND')}),
],
'024-seoul-mayor-found-dead.txt': [
 (SECRETARY, PARK, ['ACCUSE'], 'a case was reportedly filed against him by a former secretery', {'r':F}),
 (KR_POLICE, PARK, ['ACCUSE'], 'the police had said they would be investigating the allegations', {'s':'h','r':F}),
 (SEOUL_VOTERS, PARK, ['SUPPORT'], 'Park was elected mayor of the capital city in 2011', {'w':('Seoul','KOR'),'r':F}),
],
'025-pranab-mukherjee-dies.txt': [
 (INDIRA, MUKHERJEE, ['SUPPORT'], 'was soon given ministerial posts by Gandhi', {'w':('India','IND'),'r':F}),
 (IN_LEG, MUKHERJEE, ['SUPPORT'], 'Mukherjee was elected President in 2012', {'w':('India','IND'),'r':F}),
],
}
