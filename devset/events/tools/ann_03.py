from actors import *
F = False
STATEDEPT = gov(["us state department","state department","united states department of state","department of state"], "USA")
SOLEIMANI = mil(["qasem soleimani","soleimani","general soleimani","quds force","iran's quds force","islamic revolutionary guard corps-quds force","iranian general","head of iran's quds force"], "IRN")
USMIL = mil(["united states military forces","united states military","u.s. military","us military","united states","us","u.s.","department of defense","united states department of defense","pentagon"], "USA")
PMF = ag(["popular mobilization forces","pmf","abu mahdi al-muhandis","al-muhandis","iranian-backed militia","ahmed al-assadi","sympathizers of the pmf","kataeb hezbollah"], "IRQ")
USEMBIRQ = gov(["united states embassy in baghdad","u.s. embassy in baghdad","united states embassy in iraq","united states embassy","embassy","u.s. citizens"], "USA")
KHAMENEI = gov(["sayyid ali hosseini khamenei","ali khamenei","khamenei","supreme leader of iran","supreme leader","iran"], "IRN")
NETANYAHU = gov(["benjamin netanyahu","netanyahu","israeli prime minister benjamin netanyahu","israel","israeli"], "ISR")
ABDULMAHDI = gov(["adil abdul-mahdi","abdul-mahdi","acting prime minister of iraq","caretaker prime minister","prime minister","iraq","iraqi government","foreign ministry of iraq"], "IRQ")
IRQPARL = gov(["parliament of iraq","iraqi parliament","parliament","iraq","iraqi"], "IRQ")
KURDSUNNI = gov(["kurdish and sunni members of parliament","kurdish","sunni members of parliament","kurdish and sunni"], "IRQ")
ORTAGUS = gov(["morgan ortagus","ortagus","united states department of state","state department","united states","us"], "USA")
EGYPT = gov(["egypt","egyptian","cairo","sameh shoukry","shoukry","egyptian foreign minister sameh shoukry","foreign ministers","assembly of several foreign ministers","summit","they"], "EGY")
GREECE2 = gov(["greece","greek","athens","nikos dendias","dendias","kyriakos mitsotakis","mitsotakis","greek prime minister kyriakos mitsotakis","greek counterparts"], "GRC")
CYPRUS = gov(["cyprus","cypriot","nikos christodoulides","christodoulides","nicosia"], "CYP")
FRANCE = gov(["france","french","jean-yves le drian","le drian","paris"], "FRA")
ITALY = gov(["italy","italian","luigi di maio","di maio","italian foreign minister"], "ITA")
TURKEY2 = gov(["turkey","turkish","ankara","turkish ministry of foreign affairs","turkish government","erdoğan","erdogan","turkish president erdoğan"], "TUR")
LIBYA = gov(["libya","libyan","tripoli","libyan ambassador","libyan ambassador to greece","libyan government"], "LBY")
LIBHOR = gov(["libyan house of representatives","house of representatives"], "LBY")
UKR_JET = oth(["ukrainian passenger jet","ukrainian jet","boeing 737-800 jet","ukraine","passenger jet","176 people on board"], "UKR")
ZELENSKYY = gov(["volodymyr zelenskyy","zelenskyy","volodymyr zelensky","zelensky","president of ukraine","ukraine","ukrainian president","ukrainian government"], "UKR")
HONCHARUK = gov(["oleksiy honcharuk","honcharuk","prime minister","prime minister oleksiy honcharuk"], "UKR")
UKRSEC = gov(["security agencies","ukrainian security agencies"], "UKR")
PHLGOV = gov(["philippine government","government","national telecommunications commission","ntc","commission","philippines"], "PHL")
NTC = gov(["national telecommunications commission","ntc","commission","philippine government"], "PHL")
ABSCBN = oth(["abs-cbn","abs-cbn corporation","network","the network","carlo katigbak","katigbak","abs-cbn ceo carlo katigbak","company"], "PHL")
PHLSEN = gov(["senators","a number of senators","senate","philippine senate"], "PHL")
DUTERTE2 = gov(["rodrigo duterte","duterte","philippine president rodrigo duterte","president","philippine government"], "PHL")
CALIDA = gov(["jose calida","calida","solicitor general jose calida","solicitor general"], "PHL")
MARCOS = gov(["ferdinand marcos","marcos","philippine government"], "PHL")
ASSAILANTS = oth(["assailants","multiple assailants","gunmen","attackers"], "YEM")
QUAETY = per(["nabil hasan al-quaety","al-quaety","nabil","journalist","photo- and videojournalist"], "YEM")
STC = ag(["southern transitional council","stc","council","southern separatists"], "YEM")
YEMGOV = gov(["yemeni government","government","yemen","abdullah al-jahafi","security chief","security officials"], "YEM")
RSF = oth(["reporters without borders","rsf","sabrina bennoui"], None)
AFP = oth(["agence france-presse","afp","phil chetwynd","chetwynd"], "FRA")
TEHRANPROS = gov(["ali alghasi mehr","alghasi mehr","prosecutor general of tehran","prosecutor","iran","iranian judiciary"], "IRN")
INTERPOL = igo(["interpol","interpol spokesperson","international criminal police organization"])
HOOK = gov(["brian hook","hook","us special representative for iran brian hook","us special representative for iran","united states","us"], "USA")
SUSPECTS36 = oth(["36 people","the 36","36"], None)
SRBPROT = civ(["protesters","serbians","anti-government protests","violent protesters","demonstrators"], "SRB")
SRBGOV = gov(["serbian government","government","aleksandar vučić","vučić","vucic","president aleksandar vučić","president vučić","serbia"], "SRB")
SRBPOL = gov(["police","serbian police","vladimir rebic","rebic","police director vladimir rebic","director rebic"], "SRB")
SRBCRIT = oth(["criticism within serbia","critics"], "SRB")
SRBOPP = oth(["opposition parties","members of opposition parties","opposition"], "SRB")
FOREIGNSEC = oth(["unspecified foreign security forces","foreign security forces"], None)
JOURN = civ(["journalists","a number of journalists"], "SRB")
TSIKH = oth(["sviatlana tsikhanouskaya","tsikhanouskaya","opposition candidate","opposition"], "BLR")
BLRGOV = gov(["belarusian kgb","kgb","belarus","belarusian government","government","alexander lukashenko","lukashenko"], "BLR")
RUSMERC = civ(["33 russian individuals","russian individuals","mercenaries","russians","russia"], "RUS")
NAVASSOC = oth(["associates","his associates","associates of navalny","navalny's associates"], "RUS")
NAVALNY = per(["alexei navalny","navalny","russian opposition leader alexei navalny","opposition leader"], "RUS")
PUTIN = gov(["vladimir putin","putin","russian president vladimir putin","russia","kremlin"], "RUS")
CFP = oth(["cinema for peace foundation","berlin non-profit","non-profit"], "DEU")
DEGOV = gov(["german government","germany","berlin","spokesperson for the german government","german","angela merkel","merkel"], "DEU")
RUGOV = gov(["russian government","russia","russian","moscow","kremlin"], "RUS")
TRUMPSUP = civ(["several thousand people","supporters","pro-trump","protesters","demonstrators","trump supporters","conservative groups","several conservative groups","women for america first","organizers"], "USA")
COUNTERP = civ(["counter-protesters","counter protesters"], "USA")
DCPOL = gov(["police","mayor's office","washington police"], "USA")
BOWSER = gov(["muriel bowser","bowser","mayor","democratic mayor muriel bowser"], "USA")
DEMLEAD = oth(["democratic leadership","democrats"], "USA")
ELECOFF = gov(["state and federal election officials","election officials","officials"], "USA")
SCOTUS = gov(["supreme court of the united states","supreme court","u.s. supreme court"], "USA")
TEXAS = gov(["texas","state of texas"], "USA")
SWING = gov(["georgia","michigan","pennsylvania","wisconsin"], "USA")
FLYNN = per(["michael flynn","flynn","retired general michael flynn","former trump adviser"], "USA")
BIDEN2 = per(["joe biden","biden","former us vice-president joe biden"], "USA")

ANN = {
'033-us-kills-soleimani.txt': [
 (USMIL, SOLEIMANI, ['ASSAULT'], 'United States military forces killed Qasem Soleimani', {'w':('Baghdad','IRQ')}),
 (USMIL, SOLEIMANI, ['ASSAULT'], 'The United States carried out the airstrike at Baghdad International Airport', {'w':('Baghdad International Airport','IRQ')}),
 (USMIL, PMF, ['ASSAULT'], 'who was also killed in the airstrike', {'w':('Baghdad International Airport','IRQ'),'r':F}),
 (USMIL, SOLEIMANI, ['ACCUSE'], 'General Soleimani was actively developing plans to attack American diplomats', {}),
 (SOLEIMANI, USMIL, ['ASSAULT'], 'He had orchestrated attacks on coalition bases in Iraq', {'r':F}),
 (SOLEIMANI, USEMBIRQ, ['ASSAULT'], 'General Soleimani also approved the attacks on the U.S. Embassy in Baghdad', {'r':F}),
 (USMIL, IRAN, ['THREATEN'], 'The United States will continue to take all necessary action', {'r':F}),
 (PMF, USEMBIRQ, ['ASSAULT'], 'the rocket strikes were carried out by sympathizers of the PMF', {'w':('Baghdad','IRQ'),'r':F}),
 (PMF, ISRAEL, ['ACCUSE'], 'blamed both Israel and the United States for the attack', {}),
 (PMF, USA, ['ACCUSE'], 'blamed both Israel and the United States for the attack', {}),
 (KHAMENEI, USA, ['THREATEN'], 'all who have a heart-felt connection to the resistance seek his blood revenge', {'r':F}),
 (NETANYAHU, TRUMP, ['SUPPORT'], 'found the air strike justified and called Trump\'s order swift', {}),
 (USEMBIRQ, IRAQ, ['RETREAT'], 'The United States Embassy in Iraq had suspended operations', {'r':F}),
 (ABDULMAHDI, USA, ['ACCUSE'], 'spoke out against the attack, calling it "an aggression on Iraq', {}),
 (USA, SOLEIMANI, ['SANCTION','ACCUSE'], 'labeled Soleimani as a terrorist and levied sanctions against him', {'r':F}),
 (STATEDEPT, IRGC, ['ACCUSE','SANCTION'], 'designated the IRGC as a terrorist organization', {'r':F}),
 (USA, PMF, ['SANCTION'], 'The United States had also levied individual sanctions against al-Muhandis.', {'r':F}),
],
'034-iraq-parliament-expel-us.txt': [
 (IRQPARL, USA, ['SANCTION','COERCE','REQUEST'], 'the Parliament of Iraq voted on a resolution to expel United States troops', {}),
 (USA, SOLEIMANI, ['ASSAULT'], "The move follows the United States' killing of Qasem Soleimani", {'r':F}),
 (KURDSUNNI, IRQPARL, ['PROTEST','REJECT'], 'was boycotted by both Kurdish and Sunni Members of Parliament', {'r':F}),
 (ABDULMAHDI, USA, ['REQUEST'], 'recommended the United States troops in Iraq withdraw', {}),
 (USA, IRAQ, ['RETREAT'], 'had not, as of yesterday, announced any plans to remove the troops', {'s':'n','r':F}),
 (ORTAGUS, IRQPARL, ['ACCUSE'], "the United States was disappointed by the Parliament's decision", {'r':F}),
 (ORTAGUS, IRAQ, ['REQUEST'], 'we strongly urge Iraqi leaders to reconsider', {}),
 (ABDULMAHDI, USA, ['ACCUSE'], 'characterized the attack as "a serious violation of Iraqi sovereignty"', {}),
],
'035-cairo-summit-turkey-libya.txt': [
 (EGYPT, TURKEY2, ['ACCUSE','REJECT'], 'an assembly of several foreign ministers in Cairo denounced the memoranda', {'w':('Cairo','EGY')}),
 (TURKEY2, LIBYA, ['AGREE'], 'in which Turkey and Libya agreed on maritime borders', {}),
 (LIBYA, TURKEY2, ['COOPERATE','MOBILIZE'], 'allowed Turkish army deployments in Libya', {'r':F}),
 (EGYPT, GREECE2, ['CONSULT'], 'gathered in Cairo on Wednesday to discuss Libya–Turkey relations', {'w':('Cairo','EGY')}),
 (EGYPT, CYPRUS, ['CONSULT'], 'gathered in Cairo on Wednesday to discuss Libya–Turkey relations', {'w':('Cairo','EGY'),'r':F}),
 (EGYPT, FRANCE, ['CONSULT'], 'gathered in Cairo on Wednesday to discuss Libya–Turkey relations', {'w':('Cairo','EGY'),'r':F}),
 (ITALY, EGYPT, ['CONSULT'], 'joined the talks as an observer', {'w':('Cairo','EGY'),'r':F}),
 (EGYPT, TURKEY2, ['REJECT','ACCUSE'], 'maritime border agreement between Turkey and Libya is "null and void"', {'r':F}),
 (EGYPT, TURKEY2, ['REQUEST'], 'They called on Turkey to halt their drilling operations within the EEZ of Cyprus', {}),
 (EGYPT, GREECE2, ['CONSULT','AGREE'], 'The foreign ministers agreed to a future meet on Crete.', {'s':'h','w':('Crete','GRC'),'r':F}),
 (TURKEY2, EGYPT, ['REJECT','ACCUSE'], 'the Turkish Ministry of Foreign Affairs denounced the conclusions of the summit', {}),
 (TURKEY2, EGYPT, ['REQUEST','CONSULT'], 'they invited the countries to open dialogue', {'r':F}),
 (TURKEY2, CYPRUS, ['REJECT'], 'which Turkey does not recognize', {'r':F}),
 (TURKEY2, None, ['REQUEST','COOPERATE'], 'called for a regional cooperation in the Eastern Mediterranean', {'r':F}),
 (TURKEY2, None, ['THREATEN'], 'No project excluding our country in the Eastern Mediterranean can be implemented', {'r':F}),
 (GREECE2, TURKEY2, ['REJECT','ACCUSE'], 'called the border agreement "null and void" and "geographically ridiculous"', {}),
 (LIBHOR, TURKEY2, ['AGREE'], 'the Libyan House of Representatives did not ratify the demarcation', {'s':'n','r':F}),
 (GREECE2, LIBYA, ['SANCTION','COERCE'], 'Athens expelled the Libyan ambassador to Greece over the agreement.', {}),
],
'036-iran-admits-downing-jet.txt': [
 (IRAN, UKR_JET, ['ASSAULT'], 'shot down a Ukrainian passenger jet near Tehran', {'w':('Tehran','IRN')}),
 (IRAN, USA, ['ACCUSE'], 'the fear of aggression from the United States', {'r':F}),
 (ROUHANI_ := gov(["hassan rouhani","rouhani","iranian president hassan rouhani","iran","islamic republic of iran"], "IRN"), ZELENSKYY, ['CONCEDE'], 'The Islamic Republic of Iran deeply regrets this disastrous mistake.', {}),
 (IRAN, USA, ['ASSAULT'], 'Iran launched missiles targeting US troops in Iraqi military bases', {'w':('Iraq','IRQ')}),
 (USA, SOLEIMANI, ['ASSAULT'], 'in response to the US airstrike that killed Iranian general', {'w':('Baghdad','IRQ'),'r':F}),
 (POMPEO, IRAN, ['ACCUSE'], 'said the crash was "likely" Iran\'s doing', {}),
 (IRAN, POMPEO, ['REJECT'], 'For several days Iran denied the accusation.', {'r':F}),
 (ZELENSKYY, IRAN, ['REQUEST'], 'We expect from Iran assurances of their readiness', {}),
],
'037-zelensky-rejects-resignation.txt': [
 (ZELENSKYY, HONCHARUK, ['REJECT'], "declined Prime Minister Oleksiy Honcharuk's offer to resign", {}),
 (HONCHARUK, ZELENSKYY, ['ACCUSE'], 'has a very primitive understanding of economic processes', {'r':F}),
 (HONCHARUK, ZELENSKYY, ['CONCEDE','RETREAT'], 'Honcharuk filed his resignation after the audio recording', {'r':F}),
 (HONCHARUK, ZELENSKYY, ['SUPPORT'], 'is "a model of honesty for me"', {'r':F}),
 (ZELENSKYY, HONCHARUK, ['CONSULT'], 'Zelensky said in a meeting with Honcharuk', {}),
 (ZELENSKYY, HONCHARUK, ['SUPPORT','CONCEDE'], 'I decided to give you and your government a chance', {'r':F}),
 (ZELENSKYY, UKRSEC, ['REQUEST'], 'He also instructed security agencies to investigate who leaked the recording.', {'r':F}),
],
'038-philippines-abs-cbn-shutdown.txt': [
 (PHLGOV, ABSCBN, ['COERCE'], 'the Philippine government issued a cease and desist order', {}),
 (MARCOS, ABSCBN, ['COERCE'], 'The last time the Philippine government ordered the network to shut down', {'r':F}),
 (NTC, ABSCBN, ['COERCE'], 'issued a cease and desist order to the network yesterday', {}),
 (ABSCBN, NTC, ['CONCEDE'], 'in compliance, the network signed off that night', {'r':F}),
 (NTC, ABSCBN, ['REJECT'], 'the commission refused to provide the network with said license', {}),
 (PHLSEN, NTC, ['ACCUSE'], 'A number of Senators condemned the act of the NTC', {}),
 (DUTERTE2, ABSCBN, ['THREATEN'], "threatened the network's franchise renewal before", {}),
 (DUTERTE2, ABSCBN, ['ACCUSE'], 'he accused the network of "swindling"', {}),
 (CALIDA, ABSCBN, ['ACCUSE'], 'filed a quo warranto petition on February 10', {}),
 (PHLSEN, ABSCBN, ['ACCUSE'], 'the Senate did not find the network had breached laws', {'s':'n','r':F}),
 (ABSCBN, DUTERTE2, ['CONCEDE'], 'Katigbak apologized to Duterte during the hearing', {}),
 (DUTERTE2, ABSCBN, ['AGREE','CONCEDE'], 'which the President accepted according to a statement', {'r':F}),
],
'039-aden-journalist-killed.txt': [
 (ASSAILANTS, QUAETY, ['ASSAULT'], 'Multiple assailants attacked al-Quaety shortly after he left his nearby home', {'w':('Aden','YEM')}),
 (STC, YEMGOV, ['ASSAULT','COERCE'], 'is currently in conflict against it', {'r':F}),
 (STC, HOUTHIS, ['REJECT'], 'Both sides also oppose Houthi rebels.', {'r':F}),
 (STC, None, ['REQUEST','ACCUSE'], 'Both the council and the government called for his death to be investigated.', {}),
 (YEMGOV, None, ['REQUEST','ACCUSE'], 'Both the council and the government called for his death to be investigated.', {'r':F}),
 (YEMGOV, ASSAILANTS, ['COERCE'], 'there were suspects in custody', {'w':('Aden','YEM'),'r':F}),
 (RSF, ASSAILANTS, ['ACCUSE'], "Nabil's murder is unacceptable and constitutes a terrible new blow", {'r':F}),
 (AFP, ASSAILANTS, ['ACCUSE'], 'the senseless killing of a courageous journalist', {'r':F}),
],
'040-iran-warrant-trump.txt': [
 (IRAN, TRUMP, ['THREATEN','ACCUSE','COERCE'], 'Iran issued arrest warrants on 36 people', {}),
 (IRAN, INTERPOL, ['REQUEST'], 'demanded from Interpol to publish a red notice for US president Donald Trump', {}),
 (USA, SOLEIMANI, ['ASSAULT'], 'involved in the assassination of the general Qasem Soleimani', {'r':F}),
 (TEHRANPROS, SUSPECTS36, ['ACCUSE'], 'the 36 must face "murder and terrorism charges"', {}),
 (TEHRANPROS, TRUMP, ['THREATEN'], 'Iran will pursue the prosecution of Trump even after', {'r':F}),
 (INTERPOL, IRAN, ['REJECT'], 'would not consider requests of this nature', {}),
 (HOOK, IRAN, ['ACCUSE','REJECT'], 'It is a propaganda stunt that no-one takes seriously.', {'w':('Saudi Arabia','SAU')}),
],
'041-serbia-parliament-protest.txt': [
 (SRBPROT, SRBGOV, ['PROTEST'], 'Friday night was the fourth night in a row that Serbians protested', {'w':('Belgrade','SRB')}),
 (SRBPOL, SRBPROT, ['COERCE'], 'at least 71 people were arrested Friday night', {'w':('Belgrade','SRB')}),
 (SRBPROT, SRBGOV, ['PROTEST'], 'Anti-government protests have been taking place since Tuesday in the Serbian capital Belgrade', {'w':('Belgrade','SRB'),'r':F}),
 (SRBGOV, SRBPROT, ['CONCEDE'], 'which the government dropped after the protests began', {}),
 (SRBCRIT, SRBGOV, ['ACCUSE'], 'criticism within Serbia has said COVID-19 cases rose', {'r':F}),
 (SRBPROT, SRBPOL, ['ASSAULT','PROTEST'], 'The protesters clashed in front of parliament with the police', {'w':('Belgrade','SRB')}),
 (SRBPOL, SRBPROT, ['COERCE','ASSAULT'], 'police in response fired tear gas at them', {'w':('Belgrade','SRB')}),
 (SRBPROT, JOURN, ['ASSAULT'], 'A number of journalists were also injured after being attacked by protesters.', {'r':F}),
 (SRBOPP, SRBGOV, ['ACCUSE'], 'violent protesters were sent by the government', {'r':F}),
 (SRBGOV, FOREIGNSEC, ['ACCUSE'], 'said unspecified foreign security forces were involved in the protests', {}),
],
'042-belarus-tsikhanouskaya-rally.txt': [
 (TSIKH, BLRGOV, ['PROTEST','MOBILIZE'], 'held a rally in Minsk, Belarus', {'w':('Minsk','BLR')}),
 (TSIKH, BLRGOV, ['REQUEST'], 'A main issue discussed was the liberation of political prisoners', {'w':('Minsk','BLR'),'r':F}),
 (BLRGOV, oth(["siarhei","her husband siarhei","siarhei tsikhanouski"], "BLR"), ['COERCE'], 'She spoke about her husband Siarhei, who was arrested in May', {'r':F}),
 (BLRGOV, per(["viktar babaryka","babaryka"], "BLR"), ['COERCE'], 'who was arrested and banned from the election', {'r':F}),
 (BLRGOV, RUSMERC, ['COERCE'], 'Belarusian KGB arrested 33 Russian individuals', {}),
 (BLRGOV, RUSMERC, ['ACCUSE'], 'claiming them to be mercenaries', {}),
 (BLRGOV, TSIKH, ['MOBILIZE'], 'The government strengthened security measures during the rally.', {'w':('Minsk','BLR'),'r':F}),
],
'043-navalny-airlifted-germany.txt': [
 (NAVASSOC, None, ['ACCUSE'], 'His associates have alleged Navalny was poisoned.', {}),
 (NAVALNY, PUTIN, ['ACCUSE'], 'is an outspoken critic of Russian president Vladimir Putin', {'r':F}),
 (CFP, NAVALNY, ['AID'], 'provided for the medical evacuation', {'r':F}),
 (NAVASSOC, None, ['ACCUSE'], 'Associates of Navalny alleged he drank tea laced with poison.', {'r':F}),
 (oth(["hospital officials in omsk","omsk hospital","hospital officials"], "RUS"), NAVASSOC, ['REJECT'], 'no traces of poison was found in his blood or urine', {'r':F}),
],
'044-navalny-novichok.txt': [
 (DEGOV, None, ['ACCUSE'], 'the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok', {}),
 (DEGOV, None, ['ACCUSE'], 'there was "unequivocal" proof he had been poisoned', {'r':F}),
 (DEGOV, None, ['ACCUSE'], 'The spokesperson for the German government strongly condemned the attack.', {}),
 (MERKEL, RUGOV, ['REQUEST'], 'demanded an explanation from Russia', {}),
 (RUGOV, DEGOV, ['REJECT'], 'The Russian government dismissed the claim from Berlin as groundless.', {}),
 (NAVALNY, PUTIN, ['ACCUSE'], 'Navalny is an outspoken critic of Russian president Vladimir Putin', {'r':F}),
 (CFP, NAVALNY, ['AID'], 'before he was airlifted by Berlin non-profit Cinema for Peace Foundation', {'r':F}),
],
'045-washington-pro-trump-violence.txt': [
 (TRUMPSUP, None, ['PROTEST'], 'several thousand people rallied at Freedom Plaza', {'w':('Washington, DC','USA')}),
 (TRUMPSUP, TRUMP, ['SUPPORT'], 'in support of US President Donald Trump to protest the results', {'w':('Washington, DC','USA'),'r':F}),
 (TRUMPSUP, COUNTERP, ['ASSAULT'], 'clashes with counter-protesters broke out by the evening hours', {'w':('Washington, DC','USA')}),
 (DCPOL, TRUMPSUP, ['COERCE'], 'twenty people were arrested, and two police officers were injured', {'w':('Washington, DC','USA'),'r':F}),
 (TRUMP, BOWSER, ['ACCUSE'], 'President Trump lashed out at the capital city\'s Democratic mayor Muriel Bowser', {}),
 (TRUMP, DEMLEAD, ['ACCUSE'], 'The president has blamed Democratic leadership for violence', {'r':F}),
 (TRUMP, BIDEN2, ['CONCEDE'], 'The president has not yet conceded the election', {'s':'n','r':F}),
 (TRUMP, None, ['ACCUSE'], 'has claimed widespread voter fraud with mail-in ballots', {'r':F}),
 (ELECOFF, TRUMP, ['REJECT'], "there is currently no evidence to support the President's claims", {'r':F}),
],
'046-washington-stolen-election-rally.txt': [
 (TRUMPSUP, None, ['PROTEST'], 'gathered on Saturday in the U.S. capital, Washington D.C.', {'w':('Washington, D.C.','USA')}),
 (TRUMPSUP, SCOTUS, ['PROTEST'], 'some in front of the Supreme Court of the United States', {'w':('Washington, D.C.','USA'),'r':F}),
 (SCOTUS, TEXAS, ['REJECT'], 'rejected, the day before the rally, a lawsuit filed by Texas', {}),
 (TEXAS, SWING, ['ACCUSE'], 'tried to overturn the results in Georgia, Michigan, Pennsylvania, and Wisconsin', {'r':F}),
 (TRUMP, TRUMPSUP, ['SUPPORT'], "Didn't know about this, but I'll be seeing them!", {'r':F}),
 (TRUMP, FLYNN, ['CONCEDE'], 'since he was pardoned by Trump', {'r':F}),
 (TRUMP, BIDEN2, ['ACCUSE'], 'claimed Joe Biden only won the elections due to voter fraud', {}),
 (FLYNN, None, ['ACCUSE'], 'there was a lack of transparency in the elections', {'r':F}),
],
}
