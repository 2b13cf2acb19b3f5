# Gold events of the sixth place set, annotated from reading each page only (Eventline was never run on
# these pages, and the geocoder, its gazetteer and their data were not read while choosing or annotating
# them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required. Conventions: devset/events/README.md,
# devset/places/README.md to devset/places5/README.md. A natural event (an earthquake, a tsunami, a
# typhoon) has no agent: its source is the event itself (kind other), its type is nominal and it is never
# required; eval-places scores it like any other event with a place.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# 001 Baghdad and Tikrit
IQ_INSURG = ag(["insurgents", "car bomber", "car bombers", "anti-coalition insurgencies", "suicide bombers"], "IRQ")
IQ_CIV = civ(["people", "shiite ahl al-bait mosque", "witnesses"], "IRQ")
IQ_POLICE = gov(["police", "iraqi security forces", "army liaison office", "police station"], "IRQ")
US_MIL_IQ = mil(["us soldier", "us soldiers", "us convoys", "us patrol", "marine convoy", "us sailor"], "USA")
CHALABI = per(["ahmed chalabi", "chalabi"], "IRQ")
IQ_ASSEMBLY = gov(["national assembly", "iraqi prime minister-designate ibrahim al-jaafari", "al-jaafari"], "IRQ")
# 002 Netanya
PIJ = ag(["islamic jihad", "ahmad abu-halil", "abu-halil", "suicide bomber", "bomber"], "PSE")
IL_CIV = civ(["people", "group of four young women", "french tourists", "civilian settlement"], "ISR")
PA = gov(["palestinian authority", "pa", "jibril rajoub", "saeb erakat", "mohammed dahlan"], "PSE")
IL_GOV = gov(["israeli government", "david baker", "ariel sharon", "shaul mofaz", "israeli defence minister"], "ISR")
IL_MIL = mil(["israeli soldiers", "two israeli soldiers"], "ISR")
PS_MIL = ag(["bomb", "attackers"], "PSE")
# 003 Karachi
PK_BOMBER = ag(["suicide bomber", "bomber", "driver of the car bomb"], "PAK")
US_CONSULATE = gov(["us consulate", "consulate", "united states diplomat", "us diplomat"], "USA")
BUSH = gov(["george w. bush", "bush", "president bush", "united states president george w. bush"], "USA")
MUSHARRAF = gov(["pervez musharraf", "president musharraf", "musharraf", "pakistan"], "PAK")
PK_CIV = civ(["pakistanis", "14 pakistanis", "victims", "individuals lost in the attack"], "PAK")
# 004 Buratha mosque
IQ_BOMBERS = ag(["bombers", "suicide attack"], "IRQ")
IQ_SHIA = civ(["civilians", "buratha mosque", "shias"], "IRQ")
SAGHIR = per(["sheikh jalaluddin al-saghir", "al-saghir", "chief imam of buratha mosque"], "IRQ")
SADR = per(["moqtada sadr", "sadr", "moqtada al-sadr", "al-sadr"], "IRQ")
COALITION = mil(["us-led coalition forces", "occupation forces", "occupying forces", "united states", "coalition"], "USA")
KHALILZAD = gov(["zalmay khalilzad", "khalilzad", "u.s. ambassador"], "USA")
IQ_ALL = st(["iraqis", "all parties", "iraq"], "IRQ")
IQ_MOI = gov(["iraqi interior ministry", "interior ministry"], "IRQ")
# 005 Galle
LTTE = ag(["liberation tigers of tamil eelam", "ltte", "terrorists", "tamil tigers"], "LKA")
LK_NAVY = mil(["sri lankan naval officers", "naval officers", "gunboats", "naval base"], "LKA")
LK_GOV = gov(["sri lankan government", "government", "sri lanka"], "LKA")
IPKF = mil(["indian peace keeping force", "ipkf"], "IND")
GANDHI = gov(["rajiv gandhi", "indian prime minister"], "IND")
ENVOYS = st(["envoys", "u.s.", "japan", "norway"], None)
# 006 Bangkok
TH_BOMBERS = ag(["bombers", "a man", "attackers"], "THA")
TH_CIV = civ(["people", "revelers", "thousands of gathered revelers", "victims"], "THA")
TH_POLICE = gov(["police", "police box", "bomb squad", "bangkok governor apirak kosayothin", "apirak kosayothin"], "THA")
TH_MIL = mil(["military", "thai military"], "THA")
THAKSIN = gov(["thaksin shinawatra", "thaksin", "prime minister thaksin shinawatra"], "THA")
THAKSIN_FANS = civ(["thaksin sympathizers", "suspected thaksin sympathizers"], "THA")
# 007 Kandahar
AF_INSURG = ag(["insurgents", "taliban", "road-side bombs"], "AFG")
CA_MIL = mil(["canadian soldiers", "two canadian soldiers", "canadian forces", "convoy", "task force afghanistan", "six canadian soldiers"], "CAN")
# 008 Khiam
LB_BOMB = ag(["roadside bomb", "landmine", "attackers"], "LBN")
UNIFIL = igo(["united nations peacekeepers", "un peacekeepers", "peacekeepers", "unifil", "united nations"])
HEZBOLLAH = ag(["hezbollah", "unnamed hezbollah official"], "LBN")
# 009 Bouaké
CI_ATTACKERS = ag(["attackers", "those who fired", "missile"], "CIV")
SORO = gov(["guillaume soro", "soro", "prime minister of the ivory coast", "ivory coast pm"], "CIV")
NEW_FORCES = ag(["forces nouvelles de côte d'ivoire", "new forces", "new forces of the ivory coast", "sidiki konate"], "CIV")
UNSC = igo(["un security council", "united nations", "ban ki-moon", "un"])
CI_ALL = st(["all involved in the current power conflict", "all parties"], "CIV")
# 010 Simeulue
QUAKE = oth(["earthquake", "quake", "tremors"], None)
ID_CIV = civ(["people", "local citizens", "buildings"], "IDN")
TSUNAMI = oth(["tsunami", "possible tsunami"], None)
# 011 Darra Adam Khel
PK_BOMB = ag(["suicide attack", "bomb", "bomber"], "PAK")
JIRGA = civ(["people", "jirga", "tribal meeting"], "PAK")
# 012 Urumqi and Lanzhou
CN_POLICE = gov(["chinese police", "police", "xinjiang government", "nur bekri", "wang lequan"], "CHN")
CN_GANG = ag(["suspected terrorists", "suspect terrorist gang", "gang", "east turkestan islamic movement", "alleged attackers"], "CHN")
CN_CREW = oth(["flight crew", "air crew", "crew"], "CHN")
# 013 Gërdec
AL_BLAST = oth(["explosions", "series of explosions", "initial blast", "arms depot"], "ALB")
AL_CIV = civ(["people", "residents", "tirana residents", "three teams"], "ALB")
AL_GOV = gov(["police and army units", "interior ministry", "avni neza", "sali berisha"], "ALB")
# 014 Shiraz
IR_BOMB = ag(["bomb", "perpetrators"], "IRN")
IR_CIV = civ(["people", "worshippers", "mosque"], "IRN")
# 015 Ulaanbaatar
ENKHBAYAR = gov(["nambaryn enkhbayar", "president nambaryn enkhbayar", "enkhbayar", "government"], "MNG")
MN_POLICE = gov(["riot police", "police", "police and army", "army"], "MNG")
MN_PROT = civ(["protesters", "protests", "violent protests", "peaceful protests"], "MNG")
MPRP = oth(["mongolian people's revolutionary party", "mprp", "ruling party", "party headquarters"], "MNG")
# 016 Kuqa
XJ_ATTACKERS = ag(["violent terrorists", "terrorists", "attackers", "attacker"], "CHN")
XJ_POLICE = gov(["police", "authorities", "public safety building", "security official", "military personnel"], "CHN")
CN_GOV = gov(["china", "chinese government"], "CHN")
UYGHUR_SEP = ag(["uyghur separatists", "east turkestan islamic movement"], "CHN")
# 017 Cairo
EG_BOMB = ag(["bomb", "islamic militants", "attackers"], "EGY")
TOURISTS = civ(["western tourists", "tourists", "17-year-old french girl", "people"], None)
# 018 Lalitpur
NDA = ag(["national defence army", "hindu extremist group", "bomb"], "NPL")
NP_CIV = civ(["people", "church of the assumption", "church", "worshippers"], "NPL")
MISSIONARY = per(["missionary"], None)
# 019 Jakarta
ID_BOMBERS = ag(["suicide bombers", "bomber", "jemaah islamiyah", "two suicide bombers"], "IDN")
HOTEL_GUESTS = civ(["people", "victims", "marriott", "ritz-carlton", "foreign businessmen"], None)
CAR = oth(["explosion", "car accident"], "IDN")
# 020 Manila
TYPHOON = oth(["typhoon ketsana", "ketsana", "heavy rains", "floods", "rain"], None)
PH = gov(["philippines", "philippine government", "gloria macapagal-arroyo", "vilma cabrera", "gilberto teodoro"], "PHL")
PH_CIV = civ(["victims", "people", "residents", "hundreds of thousands of people"], "PHL")
US = st(["united states", "us soldiers"], "USA")
CN = st(["china"], "CHN")
JP = st(["japan"], "JPN")
AU = st(["australia"], "AUS")
TH = st(["thailand"], "THA")
# 021 Port-au-Prince
HT_CIV = civ(["people", "haitians", "hospital"], "HTI")
HT_GOV = gov(["haiti", "raymond joseph", "haitian ambassador"], "HTI")
CLINTON = gov(["hillary clinton", "us secretary of state hillary clinton", "united states"], "USA")
OBAMA = gov(["barack obama", "president barack obama", "united states"], "USA")
# 022 Lower Dir
PK_TALIBAN = ag(["taliban", "azam tariq", "roadside bomb"], "PAK")
US_TRAINERS = mil(["united states military personnel", "us troops", "three americans", "us military personnel", "schoolgirls"], "USA")
# 023 Chile
CL_QUAKE = oth(["earthquake", "8.8 magnitude earthquake", "tsunami", "large waves", "wave", "waves"], None)
CL_CIV = civ(["people", "inhabited area", "coastal areas"], "CHL")
NZ = gov(["new zealand", "ministry of civil defense"], "NZL")
# 024 Rann
NG_AF = mil(["nigerian military", "military", "jet", "nigerian air force", "air force"], "NGA")
NG_IDP = civ(["refugees", "refugee camp", "camp", "red cross workers"], "NGA")
MSF = oth(["médecins sans frontières", "msf"], None)
HRW = oth(["human rights watch"], None)
BUHARI = gov(["muhammadu buhari", "president muhammadu buhari"], "NGA")
BOKO = ag(["boko haram", "boko haram militants"], "NGA")

ANN = {
'001-baghdad-tikrit-bombings.txt': [
 (IQ_INSURG, IQ_CIV, ["ASSAULT"], "Two car-rigged explosions in Baghdad killed 15", {'w': ("Baghdad", "IRQ")}),
 (IQ_INSURG, IQ_POLICE, ["ASSAULT"], "In Tikrit, 140km northeast of Baghdad, 6 were killed", {'w': ("Tikrit", "IRQ")}),
 (IQ_INSURG, IQ_POLICE, ["ASSAULT"], "30 wounded in car-rigged blast at police station in western Baghdad", {'w': ("Baghdad", "IRQ"), 'r': F}),
 (IQ_INSURG, IQ_INSURG, ["ASSAULT"], "bomb accidentally exploded south of Baghdad in Mahawil", {'w': ("Mahawil", "IRQ"), 'r': F}),
 (IQ_INSURG, US_MIL_IQ, ["ASSAULT"], "wounded in convoy attack in east Baghdad", {'w': ("Baghdad", "IRQ"), 'r': F}),
 (IQ_INSURG, US_MIL_IQ, ["ASSAULT"], "was attacked by a roadside bomb near Fallujah", {'w': ("Fallujah", "IRQ"), 'r': F}),
 (IQ_POLICE, IQ_INSURG, ["COERCE"], "6 more arrests in last Tuesday’s downing of a Mi-8 helicopter", {'r': F}),
 (CHALABI, IQ_ASSEMBLY, ["REQUEST"], "We need a government immediately.", {'r': F}),
],
'002-netanya-mall-bombing.txt': [
 (PIJ, IL_CIV, ["ASSAULT"], "Four people were killed today at a suicide bombing near a shopping center in Netanya", {'w': ("Netanya", "ISR")}),
 (PIJ, IL_CIV, ["ASSAULT"], "Abu-Halil detonated himself on a crosswalk", {'w': ("Netanya", "ISR"), 'r': F}),
 (PA, PIJ, ["ACCUSE"], "The Palestinian Authority (PA) condemned the attack.", {}),
 (IL_GOV, PA, ["ACCUSE"], "alleges that the PA is not doing enough to stop terrorism", {}),
 (IL_GOV, PA, ["REJECT"], "cancelled a meeting with the Palestinian minister for civil affairs", {}),
 (PS_MIL, IL_MIL, ["ASSAULT"], "two Israeli soldiers were injured when a bomb was detonated near the automobile", {'w': ("Netzer Hazani", "PSE"), 'r': F}),
 (PIJ, IL_CIV, ["ASSAULT"], "drove a stolen truck loaded with explosives into a civilian settlement of Shavey Shomron", {'w': ("Shavei Shomron", "PSE")}),
],
'003-karachi-us-consulate-bombing.txt': [
 (PK_BOMBER, US_CONSULATE, ["ASSAULT"], "Two explosions near a US consulate in Karachi, Pakistan killed five", {'w': ("Karachi", "PAK")}),
 (PK_BOMBER, US_CONSULATE, ["ASSAULT"], "a suicide bomber apparently hit the vehicle of a United States diplomat", {'w': ("Karachi", "PAK"), 'r': F}),
 (PK_BOMBER, PK_CIV, ["ASSAULT"], "an attack in 2002 left 14 Pakistanis dead", {'w': ("Karachi", "PAK"), 'r': F}),
 (BUSH, MUSHARRAF, ["CONSULT"], "President Bush stated he would still travel to Pakistan despite the explosions", {'w': ("Pakistan", "PAK"), 's': 'h'}),
 (BUSH, PK_CIV, ["SUPPORT"], "Bush also expressed his condolences to the individuals lost in the attack during the conference", {'w': ("New Delhi", "IND"), 'r': F}),
],
'004-baghdad-buratha-mosque-bombing.txt': [
 (IQ_BOMBERS, IQ_SHIA, ["ASSAULT"], "in an apparent suicide attack at the popular Buratha mosque in northern Baghdad", {'w': ("Baghdad", "IRQ")}),
 (IQ_MOI, IQ_SHIA, ["THREATEN"], "the Iraqi interior ministry issued a warning about possible attacks on mosques", {'r': F}),
 (SADR, COALITION, ["ACCUSE"], "asserts that recent bombings were in fact the work of the US-led coalition forces", {}),
 (IQ_BOMBERS, IQ_SHIA, ["ASSAULT"], "Regarding Thursday's Najaf bombing, he was quoted", {'w': ("Najaf", "IRQ"), 'r': F}),
 (SADR, COALITION, ["ACCUSE"], "Sadr further charged the occupying forces", {'r': F}),
 (KHALILZAD, IQ_ALL, ["REQUEST"], "urging all parties to remain calm", {}),
],
'005-galle-naval-base-attack.txt': [
 (LTTE, LK_NAVY, ["ASSAULT"], "the suicide attack of unarmed Sri Lankan naval officers in Habarana", {'w': ("Habarana", "LKA"), 'r': F}),
 (LTTE, LK_NAVY, ["ASSAULT"], "another was launched in the early hours of the morning in the southern port city of Galle", {'w': ("Galle", "LKA"), 'r': F}),
 (LTTE, LK_NAVY, ["ASSAULT"], "detonated after ramming into gunboats anchored at the naval base", {'w': ("Galle", "LKA")}),
 (LK_GOV, LTTE, ["ACCUSE"], "The government has accused the Liberation Tigers of Tamil Eelam", {}),
 (LTTE, GANDHI, ["ASSAULT"], "the assassination of the Indian Prime Minister, Rajiv Gandhi", {'r': F}),
 (IPKF, LTTE, ["ASSAULT"], "committed by the Indian Peace Keeping Force in Sri Lanka", {'w': ("Sri Lanka", "LKA"), 's': 'h'}),
 (ENVOYS, LK_GOV, ["CONSULT"], "are expected for this week's scheduled government talks with the LTTE", {'s': 'h'}),
],
'006-bangkok-new-year-bombings.txt': [
 (TH_BOMBERS, TH_CIV, ["ASSAULT"], "At least seven bomb blasts occurred early on New Year's Eve in Bangkok", {'w': ("Bangkok", "THA")}),
 (TH_BOMBERS, TH_CIV, ["ASSAULT"], "The first blast was in a bus-stop shelter at Victory Monument", {'w': ("Bangkok", "THA"), 'r': F}),
 (TH_BOMBERS, TH_CIV, ["ASSAULT"], "Another fatal attack was in the Khlong Toei port district", {'w': ("Khlong Toei", "THA"), 'r': F}),
 (TH_BOMBERS, TH_POLICE, ["ASSAULT"], "a police box near a Big C supermarket at the Saphan Kwai intersection", {'w': ("Bangkok", "THA"), 'r': F}),
 (TH_BOMBERS, TH_POLICE, ["ASSAULT"], "A blast was reported at a police box in Nonthaburi Province", {'w': ("Nonthaburi Province", "THA"), 'r': F}),
 (TH_BOMBERS, TH_CIV, ["ASSAULT"], "There was another explosion at a Tesco Lotus store in Prachachuen", {'w': ("Bangkok", "THA"), 'r': F}),
 (TH_BOMBERS, TH_CIV, ["ASSAULT"], "a shopping mall in suburban Bangkok's Prawet district", {'w': ("Prawet", "THA"), 'r': F}),
 (TH_POLICE, TH_CIV, ["REQUEST"], "urging the thousands of gathered revelers", {'w': ("Bangkok", "THA")}),
 (TH_MIL, THAKSIN, ["COERCE", "ASSAULT"], "the military ousted prime minister Thaksin Shinawatra", {'w': ("Thailand", "THA"), 'r': F}),
 (THAKSIN_FANS, TH_CIV, ["ASSAULT"], "a number of schools burnt by suspected Thaksin sympathizers", {'w': ("Thailand", "THA"), 's': 'h'}),
],
'007-kandahar-canadian-convoy-bombs.txt': [
 (AF_INSURG, CA_MIL, ["ASSAULT"], "two Canadian soldiers were killed in two separate road-side bombings", {'w': ("Kandahar", "AFG"), 'r': F}),
 (AF_INSURG, CA_MIL, ["ASSAULT"], "In the first incident a soldier was injured", {'w': ("Kandahar", "AFG"), 'r': F}),
 (AF_INSURG, CA_MIL, ["ASSAULT"], "Six Canadian soldiers that were killed in southern Afghanistan last Sunday", {'w': ("Afghanistan", "AFG"), 'r': F}),
],
'008-khiam-unifil-bomb.txt': [
 (LB_BOMB, UNIFIL, ["ASSAULT"], "has killed at least four United Nations peacekeepers from Spain", {'w': ("Khiam", "LBN")}),
 (HEZBOLLAH, LB_BOMB, ["REJECT"], "Hezbollah has stated that it is not responsible for the blast", {}),
 (HEZBOLLAH, LB_BOMB, ["ACCUSE"], "for the blast and condemns the attack", {'r': F}),
],
'009-bouake-soro-plane-attack.txt': [
 (CI_ATTACKERS, SORO, ["ASSAULT"], "after a missile struck his aircraft upon landing at Bouaké Airport, Ivory Coast", {'w': ("Bouaké", "CIV")}),
 (CI_ATTACKERS, SORO, ["ASSAULT"], "a total of three missiles were fired", {'w': ("Bouaké", "CIV"), 'r': F}),
 (NEW_FORCES, CI_ATTACKERS, ["COERCE"], "announced several arrests had been made in connection to the failed assassination attempt", {'r': F}),
 (UNSC, CI_ATTACKERS, ["ACCUSE"], "The UN security council condemned the attack, and urged", {}),
 (UNSC, CI_ALL, ["REQUEST"], "urged all involved in the current power conflict to respect the peace deal", {'r': F}),
 (NEW_FORCES, CI_ATTACKERS, ["MOBILIZE"], "Security was stepped up in Bouaké after the attack", {'w': ("Bouaké", "CIV"), 'r': F}),
],
'010-simeulue-aceh-earthquake.txt': [
 (QUAKE, ID_CIV, ["ASSAULT"], "The Indonesian province of Aceh was struck by a 7.5 magnitude earthquake", {'w': ("Aceh", "IDN"), 'r': F}),
 (QUAKE, ID_CIV, ["ASSAULT"], "close to the island of Simeulue", {'w': ("Simeulue", "IDN"), 'r': F}),
 (QUAKE, ID_CIV, ["ASSAULT"], "was felt in Banda Aceh, the province capital", {'w': ("Banda Aceh", "IDN"), 'r': F}),
 (QUAKE, ID_CIV, ["ASSAULT"], "also in Meulaboh and Gunung Sitoli on Nias island", {'w': ("Meulaboh", "IDN"), 'r': F}),
 (QUAKE, ID_CIV, ["ASSAULT"], "also in Meulaboh and Gunung Sitoli on Nias island", {'w': ("Gunungsitoli", "IDN"), 'r': F}),
 (TSUNAMI, ID_CIV, ["ASSAULT"], "parts of the Sumatran coast were at risk of a possible tsunami", {'w': ("Sumatra", "IDN"), 's': 'h'}),
 (TSUNAMI, ID_CIV, ["ASSAULT"], "India's Andaman and Nicobar island chain was also at risk", {'w': ("Andaman and Nicobar Islands", "IND"), 's': 'h'}),
],
'011-darra-adam-khel-jirga-bombing.txt': [
 (PK_BOMB, JIRGA, ["ASSAULT"], "A bomb in Pakistan has killed at least 40 people", {'w': ("Darra Adam Khel", "PAK")}),
 (PK_BOMB, JIRGA, ["ASSAULT"], "The attack took place on the outskirts of Dara Adamkhel", {'w': ("Darra Adam Khel", "PAK"), 'r': F}),
],
'012-urumqi-lanzhou-plots.txt': [
 (CN_POLICE, CN_GANG, ["COERCE", "ASSAULT"], "Chinese police have captured and killed suspected terrorists", {'w': ("Ürümqi", "CHN")}),
 (CN_POLICE, CN_GANG, ["COERCE"], "The suspect terrorist gang was found on January 27 in Urumqi", {'w': ("Ürümqi", "CHN"), 'r': F}),
 (CN_POLICE, CN_GANG, ["ASSAULT", "COERCE"], "Two were killed and fifteen others were arrested", {'w': ("Ürümqi", "CHN"), 'r': F}),
 (CN_GANG, CN_POLICE, ["ASSAULT"], "the gang had planned an attack targeting the Olympics", {'s': 'h'}),
 (CN_POLICE, CN_GANG, ["THREATEN"], "Those terrorists, saboteurs and secessionists are to be battered resolutely", {'r': F}),
 (CN_CREW, CN_GANG, ["COERCE"], "The plane took off from Urumqi on Friday and landed in Lanzhou", {'w': ("Lanzhou", "CHN"), 'r': F}),
 (CN_GANG, CN_CREW, ["ASSAULT"], "some people were attempting to create an air disaster", {'s': 'h'}),
 (CN_POLICE, CN_GANG, ["COERCE"], "at least 2 passengers on the flight have been taken into custody", {'r': F}),
],
'013-gerdec-arms-depot-explosions.txt': [
 (AL_BLAST, AL_CIV, ["ASSAULT"], "A series of explosions have hit an Albanian arms depot near Tirana", {'w': ("Tirana", "ALB"), 'r': F}),
 (AL_CIV, AL_CIV, ["AID"], "Local media reports Tirana residents rushing to donate blood", {'w': ("Tirana", "ALB"), 'r': F}),
 (AL_BLAST, AL_CIV, ["ASSAULT"], "Explosions were felt in Tirana and in Durres", {'w': ("Tirana", "ALB"), 'r': F}),
 (AL_BLAST, AL_CIV, ["ASSAULT"], "Explosions were felt in Tirana and in Durres", {'w': ("Durrës", "ALB"), 'r': F}),
 (AL_BLAST, AL_CIV, ["ASSAULT"], "The initial blast was heard 150km away in Macedonia and Serbia", {'w': ("North Macedonia", "MKD"), 'r': F}),
 (AL_BLAST, AL_CIV, ["ASSAULT"], "The initial blast was heard 150km away in Macedonia and Serbia", {'w': ("Serbia", "SRB"), 'r': F}),
],
'014-shiraz-mosque-bombing.txt': [
 (IR_BOMB, IR_CIV, ["ASSAULT"], "ten people have been killed and 160 wounded in an explosion at a mosque", {'w': ("Shiraz", "IRN")}),
 (IR_BOMB, IR_CIV, ["ASSAULT"], "The bomb exploded in the city of Shiraz", {'w': ("Shiraz", "IRN"), 'r': F}),
],
'015-ulaanbaatar-riot-emergency.txt': [
 (ENKHBAYAR, MN_PROT, ["COERCE"], "A four-day state of emergency has been declared in the capital of Mongolia, Ulaanbaatar", {'w': ("Ulaanbaatar", "MNG"), 'r': F}),
 (MN_PROT, ENKHBAYAR, ["PROTEST"], "violent protests occurred after allegations of vote rigging", {'w': ("Ulaanbaatar", "MNG"), 'r': F}),
 (MN_PROT, MPRP, ["PROTEST"], "The protests on Tuesday began peacefully on Sukhbaatar Square", {'w': ("Ulaanbaatar", "MNG")}),
 (MN_PROT, MPRP, ["ASSAULT"], "began attacking the building with stones", {'w': ("Ulaanbaatar", "MNG")}),
 (MN_POLICE, MN_PROT, ["COERCE", "ASSAULT"], "they reacted with tear gas and rubber bullets", {'w': ("Ulaanbaatar", "MNG")}),
 (ENKHBAYAR, MN_PROT, ["COERCE"], "a four-day state of emergency was declared in Ulaanbaatar by President Nambaryn Enkhbayar", {'w': ("Ulaanbaatar", "MNG")}),
],
'016-kuqa-xinjiang-bombings.txt': [
 (XJ_ATTACKERS, XJ_POLICE, ["ASSAULT"], "attempted to blow up sites in the Xinjiang province of the country", {'w': ("Kuqa", "CHN")}),
 (XJ_POLICE, XJ_ATTACKERS, ["ASSAULT", "COERCE"], "authorities sealed off the town where the attacks have occurred", {'w': ("Kuqa", "CHN"), 'r': F}),
 (XJ_ATTACKERS, XJ_POLICE, ["ASSAULT"], "drove a three-wheeled bike packed with explosives into the public safety building in Kuqa", {'w': ("Kuqa", "CHN")}),
 (XJ_POLICE, XJ_ATTACKERS, ["ASSAULT"], "Police killed two, while three others", {'w': ("Kuqa", "CHN"), 'r': F}),
 (CN_GOV, UYGHUR_SEP, ["ACCUSE"], "China has stated that the Uyghur separatists are the biggest potential terrorist threat", {'r': F}),
],
'017-cairo-khan-el-khalili-bomb.txt': [
 (EG_BOMB, TOURISTS, ["ASSAULT"], "in a bomb blast targeting 'Western tourists' in Cairo, Egypt", {'w': ("Cairo", "EGY")}),
 (EG_BOMB, TOURISTS, ["ASSAULT"], "inside a cafe near a mosque in the Khan el-Khalili marketplace", {'w': ("Cairo", "EGY"), 'r': F}),
 (EG_BOMB, TOURISTS, ["ASSAULT"], "A second bomb was found, but was defused before it exploded", {'w': ("Cairo", "EGY"), 's': 'n'}),
 (EG_BOMB, TOURISTS, ["ASSAULT"], "The same marketplace was the target of a previous suicide attack in 2005", {'w': ("Cairo", "EGY"), 'r': F}),
],
'018-lalitpur-church-bombing.txt': [
 (NDA, NP_CIV, ["ASSAULT"], "a bomb blast in a church in Nepal on Saturday has killed two people", {'w': ("Lalitpur", "NPL")}),
 (NDA, NP_CIV, ["ASSAULT"], "The bomb detonated in the Church of the Assumption in the town of Lalitpur", {'w': ("Lalitpur", "NPL"), 'r': F}),
 (NDA, MISSIONARY, ["ASSAULT"], "It has taken responsibility for the killing of a missionary", {'r': F}),
],
'019-jakarta-hotel-bombings.txt': [
 (ID_BOMBERS, HOTEL_GUESTS, ["ASSAULT"], "in two explosions at around 7.50 am local time in the Indonesian capital of Jakarta", {'w': ("Jakarta", "IDN")}),
 (ID_BOMBERS, HOTEL_GUESTS, ["ASSAULT"], "The same Marriott was previously the target of a terrorist car bomb in 2003", {'w': ("Jakarta", "IDN"), 'r': F}),
 (CAR, HOTEL_GUESTS, ["ASSAULT"], "A third explosion took place some hours later, in Muara Angke, North Jakarta", {'w': ("Muara Angke", "IDN"), 's': 'n'}),
],
'020-manila-typhoon-ketsana.txt': [
 (PH, igo(["international community", "international humanitarian assistance"]), ["REQUEST"], "The Philippines has appealed for international assistance", {}),
 (TYPHOON, PH_CIV, ["ASSAULT"], "inundating most of the capital Manila and surrounding provinces", {'w': ("Manila", "PHL"), 'r': F}),
 (US, PH, ["AID"], "The United States donated about US$100,000 to the Philippines", {'w': ("Philippines", "PHL")}),
 (CN, PH, ["AID"], "China and Japan gave $140,000 and $220,000 respectively", {'w': ("Philippines", "PHL"), 'r': F}),
 (AU, PH, ["AID"], "Australia provided A$1 million and Thailand is providing medical staff", {'w': ("Philippines", "PHL"), 'r': F}),
 (TYPHOON, PH_CIV, ["ASSAULT"], "In Manila Saturday, a month's worth of rain fell in just 12 hours", {'w': ("Manila", "PHL"), 'r': F}),
],
'021-port-au-prince-earthquake.txt': [
 (QUAKE, HT_CIV, ["ASSAULT"], "A 7.0 magnitude earthquake has struck off the coast of Haiti", {'w': ("Haiti", "HTI"), 'r': F}),
 (QUAKE, HT_CIV, ["ASSAULT"], "the epicentre was fifteen kilometres (ten miles) southwest of Port-au-Prince", {'w': ("Port-au-Prince", "HTI"), 'r': F}),
 (QUAKE, HT_CIV, ["ASSAULT"], "a hospital in Port-au-Prince was damaged", {'w': ("Port-au-Prince", "HTI"), 'r': F}),
 (HT_GOV, st(["all friends of haiti"], None), ["REQUEST"], "I'm calling on all friends of Haiti", {}),
 (CLINTON, HT_GOV, ["AID"], "promised that her country would also provide assistance to Haitians", {'w': ("Haiti", "HTI"), 's': 'h'}),
 (OBAMA, HT_GOV, ["AID", "SUPPORT"], "the country would be \"ready to assist\" Haiti", {'w': ("Haiti", "HTI"), 's': 'h'}),
],
'022-lower-dir-school-bomb.txt': [
 (PK_TALIBAN, US_TRAINERS, ["ASSAULT"], "were killed earlier today by a roadside bomb near a girls' school in north-western Pakistan", {'w': ("Lower Dir District", "PAK")}),
 (PK_TALIBAN, US_TRAINERS, ["ASSAULT"], "The incident occurred in a village in the Lower Dir district, near Swat Valley", {'w': ("Lower Dir District", "PAK"), 'r': F}),
 (PK_TALIBAN, US_TRAINERS, ["ASSAULT"], "The Taliban, meanwhile, claimed responsibility for the attack", {'w': ("Lower Dir District", "PAK"), 'r': F}),
],
'023-chile-earthquake-tsunami.txt': [
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "An 8.8 magnitude earthquake was recorded in Chile on Saturday", {'w': ("Chile", "CHL"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "The earthquake was felt in Chillan, Talca, Concepcion, and the capital Santiago", {'w': ("Chillán", "CHL"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "The earthquake was felt in Chillan, Talca, Concepcion, and the capital Santiago", {'w': ("Talca", "CHL"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "The earthquake was felt in Chillan, Talca, Concepcion, and the capital Santiago", {'w': ("Concepción", "CHL"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "The earthquake was felt in Chillan, Talca, Concepcion, and the capital Santiago", {'w': ("Santiago", "CHL"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "was felt as far as Argentina", {'w': ("Argentina", "ARG"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "have struck Chile's Juan Fernández Islands", {'w': ("Juan Fernández Islands", "CHL"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "Reuters reported the Tsunami hit Tahiti at 16.50 UTC", {'w': ("Tahiti", "PYF"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "part of the Marquesas Islands in French Polynesia was hit by a 13 foot wave", {'w': ("Marquesas Islands", "PYF"), 'r': F}),
 (NZ, civ(["coastal areas"], "NZL"), ["MOBILIZE"], "New Zealand evacuated coastal areas at 8:00 AM local time", {'w': ("New Zealand", "NZL"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "Waves of 20 centimeters or less were reported at the Chatham Islands", {'w': ("Chatham Islands", "NZL"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "Coastal waters in Hilo, Hawaii were reported as \"visibly receding\"", {'w': ("Hilo", "USA"), 'r': F}),
 (CL_QUAKE, CL_CIV, ["ASSAULT"], "made land fall on Hilo Bay, Hawaii", {'w': ("Hilo", "USA"), 'r': F}),
],
'024-rann-camp-airstrike.txt': [
 (NG_AF, NG_IDP, ["ASSAULT"], "January 17's airstrike upon a refugee camp", {'w': ("Rann", "NGA")}),
 (NG_AF, NG_IDP, ["ASSAULT"], "The military said at the time a jet mistook refugees for rebels", {'w': ("Rann", "NGA"), 'r': F}),
 (MSF, NG_IDP, ["AID"], "are treating the majority of the wounded in makeshift tents in Rann", {'w': ("Rann", "NGA")}),
 (MSF, NG_IDP, ["AID"], "A small number have been evacuated to Maiduguri", {'w': ("Maiduguri", "NGA"), 'r': F}),
 (HRW, NG_AF, ["REQUEST"], "Human Rights Watch have called for compensation for victims", {}),
 (BUHARI, NG_IDP, ["CONCEDE"], "called it a \"regrettable operational mistake\"", {}),
 (BOKO, NG_IDP, ["ASSAULT"], "in excess of 100 Boko Haram militants attacked the camp", {'w': ("Rann", "NGA"), 's': 'h'}),
 (HRW, NG_AF, ["REQUEST"], "Human Rights Watch is urging an independent probe", {'r': F}),
],
}
