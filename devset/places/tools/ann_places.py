# Gold events of the place set, annotated from reading each page (Eventline was not run on them first).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required. Conventions: devset/events/README.md.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

PARIS_COURT = gov(["court","paris court","jury","french court"], "FRA")
PARIS_OFFICERS = gov(["antoine quirin","quirin","nicolas redouane","redouane","two french police officers","officers","two officers","the two officers","men","defendants","the accused"], "FRA")
SPANTON = per(["emily spanton","spanton","canadian tourist","victim"], "CAN")
NZ_COURT = gov(["christchurch district court","court","judge paul kellar","paul kellar","kellar","police","authorities"], "NZL")
NZ_POLICE = gov(["police","new zealand police","authorities"], "NZL")
TARRANT = per(["brenton tarrant","tarrant","brenton","the accused","australian","attacker","gunman","suspect"], "AUS")
WORSHIPPERS = civ(["people","worshippers","al noor mosque","linwood mosque"], "NZL")
IVEY = gov(["kay ivey","ivey","governor kay ivey","governor","governor of alabama","alabama"], "USA")
ALA_OPP = oth(["planned parenthood","american civil liberties union","aclu"], "USA")
GUPTA = per(["arnav gupta","gupta","man","33-year-old"], "USA")
USGOV = gov(["united states government","us government","u.s. government","white house","secret service","us park police","park police","officials","responders"], "USA")
FIELDS = per(["james alex fields","fields","ohio man","self-described neo-nazi","neo-nazi"], "USA")
URBANSKI = gov(["michael urbanski","urbanski","judge","federal district judge","united states federal district judge michael urbanski","court"], "USA")
COUNTERPROT = civ(["crowd","counter-protesters","crowd of people","heather heyer","heyer","woman"], "USA")
SUPREMACISTS = civ(["white supremacists","unite the right rally","rally"], "USA")
VA_COURT = gov(["state of virginia","virginia","jury","court"], "USA")
CRUSIUS = per(["patrick crusius","crusius","gunman","suspect","suspected gunman","attacker"], "USA")
SHOPPERS = civ(["shoppers","people","mexican nationals","mexicans"], "USA")
ELPASO_POLICE = gov(["police","officers","el paso police"], "USA")
GUNMEN = per(["gunman","shooter","attacker"], "USA")
VICTIMS = civ(["people","victims"], "USA")
PR_COURT = gov(["supreme court of puerto rico","supreme court","court","puerto rico supreme court"], "PRI")
PR_SENATE = gov(["puerto rico senate","senate","thomas rivera schatz","rivera schatz","senate president thomas rivera schatz"], "PRI")
PR_HOUSE = gov(["house of representatives","house"], "PRI")
PIERLUISI = gov(["pedro pierluisi","pierluisi","pedro r. pierluisi urrutia","pierluisi urrutia","governor"], "PRI")
SESSION = gov(["court of session","court","three-judge court","lord carloway","colin sutherland","scottish court"], "GBR")
JOHNSON = gov(["boris johnson","johnson","prime minister","prime minister boris johnson","uk government","british government","government","10 downing street"], "GBR")
CHERRY = gov(["joanna cherry","cherry","scottish national party","snp","co-petitioners","petitioners"], "GBR")
ATTACKER_FR = per(["it worker","attacker","man","suspect"], "FRA")
FR_POLICE = gov(["police","police officers","police officer","paris police prefecture","police prefecture","officers","three officers"], "FRA")
FR_PROS = gov(["remy heitz","heitz","local prosecutor","prosecutor","police","officials"], "FRA")
WIFE = per(["suspect's wife","wife"], "FRA")
MARRERO = gov(["victor marrero","marrero","judge marrero","united states district court judge victor marrero","district court","court"], "USA")
TRUMP = gov(["donald trump","trump","president trump","president donald trump","the president","president","president's legal team"], "USA")
VANCE = gov(["manhattan district attorney","cyrus r. vance, jr.","cyrus vance","vance","district attorney vance","manhattan district attorney's office","new york city prosecutors","prosecutors","grand jury"], "USA")
WIRANTO = gov(["wiranto","security minister","indonesia's security minister wiranto","minister"], "IDN")
ATTACKERS_ID = ag(["attackers","two suspects","suspects","jamaah ansharut daulah"], "IDN")
WIDODO = gov(["joko widodo","widodo","indonesian president joko widodo","president"], "IDN")
LAM = gov(["carrie lam","lam","chief executive","chief executive of hong kong carrie lam","hong kong government","government"], "HKG")
HK_DEMS = gov(["protesting legislators","legislators","lawmakers","pro-democracy camp","lawmakers from the pro-democracy camp","tanya chan","chan","legislator tanya chan","colleagues"], "HKG")
HK_COUNCIL = gov(["legislative council","council","andrew leung","council president andrew leung"], "HKG")
IP = gov(["regina ip","ip","pro-beijing camp"], "HKG")
HK_VOTERS = civ(["hong kongers","voters","kitty mak","voter kitty mak","public"], "HKG")
HK_PROT = civ(["protesters","pro-democracy protests","protests"], "HKG")
KHAN = per(["usman khan","khan","28-year-old usman khan","attacker","man"], "GBR")
LDN_PEOPLE = civ(["people","members of the public","victims","bystanders","łukasz","polish chef"], "GBR")
MET = gov(["police","metropolitan police","officers","armed plainclothes officers","the officers","counter-terrorism police"], "GBR")
USMIL = mil(["united states military","united states","us","u.s.","united states military airstrike"], "USA")
SOLEIMANI = mil(["qasem soleimani","soleimani","general qasem soleimani","iranian commander","quds force"], "IRN")
MITSOTAKIS = gov(["kyriakos mitsotakis","mitsotakis","greek prime minister","greece","greek","greek prime minister kyriakos mitsotakis"], "GRC")
TURKEY = gov(["turkey","turkish","turkish-libyan","turkish government"], "TUR")
LIBYA = gov(["libya","libyan","turkish-libyan"], "LBY")
LIBHOR = gov(["libyan house of representatives","house of representatives"], "LBY")
IMF = igo(["international monetary fund","imf"])
USTRUMP = gov(["donald trump","trump","president trump"], "USA")
CYPRUS = gov(["cyprus","cypriot","delegations of cyprus","nicos anastasiades","anastasiades","georgios lakkotrypis"], "CYP")
GREECE = gov(["greece","greek","konstantinos hatzidakis","hatzidakis","energy ministers","greek prime minister kyriakos mitsotakis"], "GRC")
ISRAEL = gov(["israel","israeli","benjamin netanyahu","netanyahu","yuval steinitz","steinitz"], "ISR")
DISY = oth(["democratic rally","ruling democratic rally","democratic rally in cyprus"], "CYP")
PIPELINE = oth(["eastmed","eastmed pipeline","pipeline","eastmed project"], None)
AMMAN = per(["sudesh amman","amman","man","attacker"], "GBR")
STREATHAM_PEOPLE = civ(["people","man and two women","a man and two women"], "GBR")
FERNANDEZ = gov(["alberto fernández","fernández","president of argentina alberto fernández","president","argentine president"], "ARG")
ARG_CONGRESS = gov(["national congress","congress","argentine congress"], "ARG")
ARG_SENATE = gov(["senate","argentine senate"], "ARG")
ARG_PROT = civ(["thousands of people","people","protesters"], "ARG")
MT_PLAINTIFFS = oth(["american civil liberties union of montana","aclu","native american rights fund","narf","plaintiffs","western native voice"], "USA")
MONTANA = gov(["state of montana","montana","corey stapleton","stapleton","montana secretary of state corey stapleton"], "USA")
WI_COURT = gov(["wisconsin supreme court","court"], "USA")
EVERS = gov(["tony evers","evers","governor of wisconsin","governor"], "USA")
WI_STATE = gov(["state","wisconsin","state of wisconsin"], "USA")
NATGUARD = mil(["national guard"], "USA")
KELLY = gov(["bridget anne kelly","kelly","william baroni","baroni","public officials","officials"], "USA")
FORTLEE = gov(["mayor of fort lee","mayor"], "USA")
CHRISTIE = gov(["chris christie","christie","new jersey governor","governor"], "USA")
SAADALLAH = per(["khairi saadallah","saadallah","man","25-year-old man","attacker"], "GBR")
READING_PEOPLE = civ(["people","group of middle-aged men","middle-aged men"], "GBR")
TVP = gov(["thames valley police","police","counter terror police"], "GBR")
BLM = civ(["black lives matter","black lives matter protest","protesters"], "GBR")
DEZOYSA = per(["louis de zoysa","de zoysa","prisoner","shooter","alleged shooter"], "GBR")
RATANA = gov(["matt ratana","ratana","matiu ratana","sergeant ratana","metropolitan police sergeant","police officer"], "GBR")
SUPPLIER = per(["man","man suspected to have supplied the gun"], "GBR")
RITTENHOUSE = per(["kyle rittenhouse","rittenhouse","suspect","defendant"], "USA")
KEN_PROT = civ(["protesters","demonstrators","people","two people"], "USA")
WI_COURT2 = gov(["court","authorities","court commissioner loren keating","loren keating","keating"], "USA")
WI_SUSPECT = per(["suspect","older friend"], "USA")

ANN = {
'001-paris-police-rape-verdict.txt': [
 (PARIS_COURT, PARIS_OFFICERS, ['ACCUSE','COERCE'], 'two French police officers were found guilty on Thursday', {'w':('Paris','FRA')}),
 (PARIS_COURT, PARIS_OFFICERS, ['COERCE'], 'Both on Thursday received seven-year prison terms', {'w':('Paris','FRA'),'r':F}),
 (PARIS_OFFICERS, SPANTON, ['ASSAULT'], 'she was gang raped by Quirin, Redouane', {'w':('Paris','FRA'),'r':F}),
],
'002-christchurch-suspect-court.txt': [
 (NZ_COURT, TARRANT, ['ACCUSE'], 'charged with one count of murder pertaining to a mass shooting', {'w':('Christchurch','NZL')}),
 (NZ_COURT, TARRANT, ['COERCE'], 'Judge Paul Kellar ordered the accused remain in custody', {'w':('Christchurch','NZL')}),
 (TARRANT, WORSHIPPERS, ['ASSAULT'], 'The first attack reportedly was in Al Noor Mosque', {'w':('Christchurch','NZL')}),
 (TARRANT, WORSHIPPERS, ['ASSAULT'], 'The second attack reportedly was in Linwood Mosque', {'w':('Christchurch','NZL'),'r':F}),
 (NZ_POLICE, TARRANT, ['COERCE'], 'Police arrested the accused in the neighborhood of Strickland Street', {'w':('Christchurch','NZL')}),
],
'003-alabama-abortion-law.txt': [
 (IVEY, None, ['COERCE'], 'Governor Kay Ivey signed the Alabama Human Life Protection Act', {'w':('Alabama','USA'),'r':F}),
 (ALA_OPP, IVEY, ['ACCUSE'], 'have announced their plans to oppose the bill by lawsuit', {'s':'h','r':F}),
],
'004-white-house-self-immolation.txt': [
 (GUPTA, USGOV, ['PROTEST'], 'set himself on fire in a publicly accessible area called the Ellipse', {'w':('Washington','USA'),'r':F}),
 (USGOV, None, ['COERCE'], 'Surrounding areas were reportedly shut down', {'w':('Washington','USA'),'r':F}),
 (per(["wheelchair-using individual","individual"],"USA"), USGOV, ['PROTEST'], 'a wheelchair-using individual attempted to set his jacket on fire', {'w':('Washington','USA'),'r':F}),
],
'005-charlottesville-sentence.txt': [
 (URBANSKI, FIELDS, ['COERCE'], 'sentenced Ohio man James Alex Fields, now 22, to life in prison', {}),
 (FIELDS, COUNTERPROT, ['ASSAULT'], 'for driving his car into a crowd of people who were counter-protesting', {'w':('Charlottesville','USA'),'r':F}),
 (FIELDS, COUNTERPROT, ['ASSAULT'], 'killed a woman named Heather Heyer and injured at least nineteen others', {'w':('Charlottesville','USA')}),
 (VA_COURT, FIELDS, ['ACCUSE'], 'He has already been found guilty of criminal charges under the laws of the State of Virginia', {'w':('Virginia','USA'),'r':F}),
 (FIELDS, gov(["prosecutors"],"USA"), ['AGREE','CONCEDE'], 'Fields made an arrangement with prosecutors to plead guilty', {'r':F}),
],
'006-el-paso-shooting.txt': [
 (CRUSIUS, SHOPPERS, ['ASSAULT'], 'a gunman shot shoppers at a Walmart store', {'w':('El Paso','USA')}),
 (CRUSIUS, ELPASO_POLICE, ['CONCEDE'], 'the suspected gunman surrendered himself to police', {'w':('El Paso','USA'),'r':F}),
 (gov(["state prosecutors","prosecutors"],"USA"), CRUSIUS, ['ACCUSE'], 'State prosecutors charged the suspect in the shooting with capital murder', {}),
 (gov(["mexican government","mexico","marcelo ebrard","ebrard","mexico's foreign secretary marcelo ebrard"],"MEX"), gov(["u.s. government","us government","united states"],"USA"), ['REQUEST','COERCE'], 'the Mexican government would pressure the U.S. government', {'s':'h','r':F}),
 (GUNMEN, VICTIMS, ['ASSAULT'], 'one in California at a garlic festival in Gilroy, killing three', {'w':('Gilroy','USA'),'r':F}),
 (GUNMEN, VICTIMS, ['ASSAULT'], 'another in Chippewa Falls, Wisconsin where at least five died', {'w':('Chippewa Falls','USA'),'r':F}),
 (GUNMEN, VICTIMS, ['ASSAULT'], 'in Dayton, Ohio where ten people died', {'w':('Dayton','USA'),'r':F}),
],
'007-puerto-rico-court-governor.txt': [
 (PR_COURT, PIERLUISI, ['COERCE','ACCUSE'], 'the Supreme Court of Puerto Rico issued a ruling finding in favor of a lawsuit', {'w':('Puerto Rico','PRI')}),
 (PR_SENATE, PIERLUISI, ['ACCUSE'], 'Senate President Thomas Rivera Schatz filed the lawsuit against Pierliusi', {'w':('Puerto Rico','PRI')}),
 (PR_HOUSE, PIERLUISI, ['SUPPORT'], "the House of Representatives confirmed Pierluisi's nomination on Friday", {'w':('Puerto Rico','PRI'),'r':F}),
],
'008-scottish-court-prorogation.txt': [
 (SESSION, JOHNSON, ['ACCUSE','REJECT'], 'the Court of Session in Scotland issued an opinion on the suspension', {'w':('Scotland','GBR')}),
 (CHERRY, SESSION, ['REQUEST'], 'The court had been petitioned by Joanna Cherry of the Scottish National Party', {'w':('Scotland','GBR'),'r':F}),
 (gov(["nicola sturgeon","sturgeon","first minister of scotland nicola sturgeon"],"GBR"), JOHNSON, ['REQUEST'], 'so Parliament must be recalled immediately', {'r':F}),
],
'009-paris-police-hq-stabbing.txt': [
 (ATTACKER_FR, FR_POLICE, ['ASSAULT'], 'an IT worker went on a stabbing spree, killing four', {'w':('Paris','FRA')}),
 (FR_POLICE, ATTACKER_FR, ['ASSAULT'], 'The attacker was shot dead by police', {'w':('Paris','FRA')}),
 (ATTACKER_FR, FR_POLICE, ['ASSAULT'], 'the three officers were stabbed with a kitchen knife in their offices', {'w':('Paris','FRA'),'r':F}),
 (FR_PROS, WIFE, ['COERCE'], "the suspect's wife was taken into custody", {'w':('Paris','FRA'),'r':F}),
],
'010-trump-tax-records-ruling.txt': [
 (MARRERO, TRUMP, ['REJECT','ACCUSE'], 'issued a ruling against President Donald Trump', {'w':('New York City','USA')}),
 (VANCE, TRUMP, ['ACCUSE'], "The Manhattan district attorney's office is investigating Trump", {'w':('New York City','USA')}),
 (TRUMP, VANCE, ['ACCUSE'], 'President Trump sued Manhattan District Attorney Cyrus R. Vance', {'w':('New York City','USA')}),
 (MARRERO, TRUMP, ['REJECT'], "Judge Marrero dismissed the president's lawsuit", {'w':('New York City','USA'),'r':F}),
 (TRUMP, VANCE, ['ACCUSE'], 'attacking the subpoena as a political strategy', {'r':F}),
],
'011-wiranto-stabbed.txt': [
 (ATTACKERS_ID, WIRANTO, ['ASSAULT'], "Indonesia's security minister Wiranto was stabbed", {'w':('Pandeglang','IDN'),'r':F}),
 (ATTACKERS_ID, WIRANTO, ['ASSAULT'], 'who was visiting the town of Pandeglang in the province of Banten, survived the attack', {'w':('Pandeglang','IDN')}),
 (gov(["indonesian national police","police","dedi prasetyo"],"IDN"), ATTACKERS_ID, ['COERCE'], 'confirmed that two suspects were arrested', {}),
 (WIDODO, WIRANTO, ['CONSULT'], 'Widodo was planning to visit Wiranto', {'w':('Jakarta','IDN'),'s':'h','r':F}),
],
'012-carrie-lam-speech.txt': [
 (HK_DEMS, LAM, ['PROTEST'], 'Lam was interrupted by protesting legislators', {'w':('Hong Kong','HKG')}),
 (HK_DEMS, LAM, ['PROTEST'], 'Lawmakers from the pro-democracy camp shouted at Lam', {'w':('Hong Kong','HKG'),'r':F}),
 (HK_COUNCIL, HK_DEMS, ['COERCE'], 'A number of legislators were removed', {'w':('Hong Kong','HKG'),'r':F}),
 (HK_DEMS, LAM, ['REQUEST'], 'Legislator Tanya Chan spoke to the press after the speech', {'w':('Hong Kong','HKG'),'r':F}),
 (IP, HK_DEMS, ['ACCUSE'], 'Regina Ip from the pro-Beijing camp said in a press conference', {'w':('Hong Kong','HKG'),'r':F}),
],
'013-hong-kong-district-elections.txt': [
 (HK_VOTERS, LAM, ['PROTEST'], 'It is a protest vote against an authoritarian government', {'w':('Hong Kong','HKG'),'r':F}),
 (HK_PROT, LAM, ['PROTEST'], 'public support of the protesters who have demonstrated in Hong Kong since June', {'w':('Hong Kong','HKG'),'r':F}),
 (HK_PROT, LAM, ['REQUEST'], 'to include demands for investigations into police brutality', {'w':('Hong Kong','HKG'),'r':F}),
],
'014-london-bridge-attack.txt': [
 (KHAN, LDN_PEOPLE, ['ASSAULT'], "stabbed reportedly several people at Fishmongers' Hall in London", {'w':('London','GBR')}),
 (LDN_PEOPLE, KHAN, ['ASSAULT'], 'Members of the public confronted him', {'w':('London','GBR'),'r':F}),
 (MET, KHAN, ['ASSAULT'], 'Police arrived and shot him dead', {'w':('London','GBR')}),
 (KHAN, LDN_PEOPLE, ['ASSAULT'], 'Khan reportedly started attacking people there', {'w':('London','GBR'),'r':F}),
 (gov(["court"],"GBR"), KHAN, ['ACCUSE','COERCE'], 'Khan was convicted of terrorism years ago', {'r':F}),
],
'015-soleimani-funeral-stampede.txt': [
 (USMIL, SOLEIMANI, ['ASSAULT'], 'He was killed last week by a United States military airstrike in Iraq', {'w':('Iraq','IRQ')}),
],
'016-greece-eastmed-pipeline.txt': [
 (MITSOTAKIS, TURKEY, ['REJECT','ACCUSE'], 'He also commented on the Turkish-Libyan maritime border agreement', {'w':('Washington','USA')}),
 (LIBHOR, TURKEY, ['REJECT'], 'the Libyan House of Representatives rejected the demarcation', {'r':F}),
 (MITSOTAKIS, USTRUMP, ['CONSULT'], 'Later on Tuesday Mitsotakis met with the International Monetary Fund', {'w':('Washington','USA')}),
 (MITSOTAKIS, TURKEY, ['ACCUSE','REJECT'], 'where he denounced the border agreement again', {'w':('Washington','USA'),'r':F}),
 (CYPRUS, GREECE, ['CONSULT'], 'the delegations of Cyprus, Greece and Israel had met for their seventh trilateral summit', {'w':('Athens','GRC')}),
 (GREECE, CYPRUS, ['AGREE','COOPERATE'], 'The agreement was signed by the energy ministers', {'w':('Athens','GRC'),'r':F}),
 (ISRAEL, gov(["italy","egypt"],None), ['REQUEST'], 'Netanyahu called on Italy and Egypt to join the project', {'r':F}),
 (DISY, PIPELINE, ['SUPPORT'], 'the ruling Democratic Rally in Cyprus hailed the pipeline', {'w':('Cyprus','CYP'),'r':F}),
],
'017-streatham-attack.txt': [
 (AMMAN, STREATHAM_PEOPLE, ['ASSAULT'], 'grabbed a large knife, ran outside with it and began to stab people', {'w':('Streatham','GBR')}),
 (AMMAN, STREATHAM_PEOPLE, ['ASSAULT'], 'Reportedly he injured a man and two women on Streatham High Road', {'w':('Streatham','GBR'),'r':F}),
 (MET, AMMAN, ['ASSAULT'], 'The officers eventually shot him dead', {'w':('Streatham','GBR')}),
],
'018-argentina-abortion-bill.txt': [
 (FERNANDEZ, ARG_CONGRESS, ['REQUEST'], 'announced he is to send a bill to the congress in the next ten days', {'w':('Argentina','ARG'),'s':'h','r':F}),
 (ARG_PROT, FERNANDEZ, ['PROTEST','SUPPORT'], 'Thousands of people had gathered outside the National Congress', {'w':('Argentina','ARG'),'r':F}),
 (ARG_SENATE, ARG_CONGRESS, ['REJECT'], 'but it was dismissed by the senate', {'w':('Argentina','ARG'),'r':F}),
 (oth(["monsenor jorge eduardo scheinig","jorge eduardo scheinig","scheinig","archbishop"],"ARG"), FERNANDEZ, ['ACCUSE'], 'was criticised by archbishop Monsenor Jorge Eduardo Scheinig', {'r':F}),
],
'019-montana-ballot-lawsuit.txt': [
 (MT_PLAINTIFFS, MONTANA, ['ACCUSE'], 'filed a lawsuit against the state of Montana', {'w':('Yellowstone County','USA')}),
 (MONTANA, MT_PLAINTIFFS, ['REJECT','ACCUSE'], 'It\'s always dicey when plaintiffs try to overturn the will of the people', {'r':F}),
],
'020-wisconsin-election.txt': [
 (WI_COURT, EVERS, ['REJECT'], 'the Wisconsin Supreme Court ruled Evers lacked authority', {'w':('Wisconsin','USA')}),
 (gov(["united states supreme court","supreme court"],"USA"), gov(["william conley","conley"],"USA"), ['REJECT'], "The United States Supreme Court later ruled against Conley's extension", {'r':F}),
 (WI_STATE, NATGUARD, ['MOBILIZE'], 'the state using the National Guard to man polling booths', {'w':('Wisconsin','USA'),'r':F}),
],
'021-bridgegate-convictions.txt': [
 (gov(["united states supreme court","supreme court","elena kagan","kagan"],"USA"), KELLY, ['CONCEDE','REJECT'], 'the United States Supreme Court overturned the criminal convictions', {'r':F}),
 (KELLY, FORTLEE, ['COERCE'], 'to punish the mayor of Fort Lee for refusing to support', {'w':('Fort Lee','USA')}),
 (KELLY, None, ['COERCE'], 'The public officials who ordered that change claimed', {'w':('Fort Lee','USA'),'r':F}),
],
'022-reading-stabbing.txt': [
 (SAADALLAH, READING_PEOPLE, ['ASSAULT'], 'a mass stabbing killed three people and injured three others', {'w':('Reading','GBR')}),
 (TVP, SAADALLAH, ['COERCE'], 'was arrested by Thames Valley Police on suspicion of murder', {'w':('Reading','GBR')}),
 (SAADALLAH, READING_PEOPLE, ['ASSAULT'], 'a man approached and attacked a group of middle-aged men', {'w':('Reading','GBR'),'r':F}),
 (TVP, SAADALLAH, ['COERCE'], 'Thames Valley Police soon arrived and detained the man', {'w':('Reading','GBR'),'r':F}),
 (TVP, SAADALLAH, ['COERCE'], "A counter terror police raid removed various items from Saadallah's flat", {'w':('Reading','GBR'),'r':F}),
 (BLM, None, ['PROTEST'], 'A Black Lives Matter protest had taken place in Forbury Gardens', {'w':('Reading','GBR'),'r':F}),
],
'023-croydon-officer-shot.txt': [
 (DEZOYSA, RATANA, ['ASSAULT'], 'was shot at the Croydon, South London custody centre', {'w':('Croydon','GBR')}),
 (MET, SUPPLIER, ['COERCE'], 'was arrested in Norfolk at 2am local time', {'w':('Norfolk','GBR'),'r':F}),
 (MET, DEZOYSA, ['COERCE'], 'after being detained earlier Friday in an area near Norbury', {'w':('Norbury','GBR'),'r':F}),
],
'024-kenosha-suspect-released.txt': [
 (RITTENHOUSE, KEN_PROT, ['ASSAULT'], 'the suspect in a shooting of protesters in Kenosha, Wisconsin', {'w':('Kenosha','USA')}),
 (WI_COURT2, RITTENHOUSE, ['CONCEDE'], 'was released from a Wisconsin jail Friday', {'w':('Wisconsin','USA'),'r':F}),
 (RITTENHOUSE, KEN_PROT, ['ASSAULT'], 'shooting and killing two people who were participating in demonstrations', {'w':('Kenosha','USA'),'r':F}),
 (WI_COURT2, WI_SUSPECT, ['ACCUSE'], 'A suspect in Wisconsin has been charged', {'w':('Wisconsin','USA'),'r':F}),
 (WI_COURT2, RITTENHOUSE, ['ACCUSE'], 'considered Rittenhouse a flight risk', {'r':F}),
],
}
