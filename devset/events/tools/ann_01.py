from actors import *
F = False
SCHUMER = gov(["chuck schumer","schumer","senate minority leader","senate minority leader chuck schumer","democrats"], "USA")
DURBIN = gov(["dick durbin","durbin","senate minority whip dick durbin","senate minority whip"], "USA")
SCHIFF = gov(["adam schiff","schiff","representative adam schiff","house intelligence committee"], "USA")
DEMS = oth(["democrats","opposition","democratic party","nancy pelosi","pelosi","congress"], "USA")
STEFANW = per(["stefan w","attacker","assailant","individual","suspect","detained suspect"], "POL")
ADAMOWICZ = gov(["paweł adamowicz","pawel adamowicz","adamowicz","mayor adamowicz","mayor","mayor of gdańsk"], "POL")
PL_POLICE = gov(["police","polish police","poland","polish authorities"], "POL")
BRUDZ = gov(["joachim brudziński","brudziński","brudzinski","interior minister joachim brudziński","interior minister","poland"], "POL")
TUSK = per(["donald tusk","tusk","ex-prime minister donald tusk","president of the european council"], "POL")
DUDA = gov(["andrzej duda","duda","president andrzej duda","poland"], "POL")
MORAW = gov(["mateusz morawiecki","morawiecki","prime minister mateusz morawiecki","poland"], "POL")
CIVICPL = oth(["civic platform","adamowicz's former party"], "POL")
SIERAK = gov(["krzysztof sierak","prosecutor krzysztof sierak","prosecutor","prosecutors"], "POL")
MAHAN = oth(["mahan air","mahan","iranian airline mahan air","airline","iran's first in private hands"], "IRN")
GRENELL = gov(["richard grenell","grenell","us ambassador to germany richard grenell","us ambassador","united states"], "USA")
DE_FIRMS = oth(["german firms","deutsche bahn","deutsche telekom","daimler","siemens"], "DEU")
DISSIDENTS = civ(["dissidents"], None)
NDS = gov(["national directorate for security","nds","afghan forces","security forces","military base","training centre","afghan government"], "AFG")
AFGGOV = gov(["central government","afghan government","government","interior ministry","kabul"], "AFG")
HOTAK = gov(["sharif hotak","hotak","maidan wardak provincial council","provincial council"], "AFG")
KHALILZAD = gov(["zalmay khalilzad","khalilzad","us peace envoy","united states","us"], "USA")
FOREIGN = mil(["foreign forces","us forces","nato"], None)
ABUSAYYAF = ag(["abu sayyaf group","abu sayyaf","asg","perpetrators"], "PHL")
PHL_ARMY = mil(["army","armed forces","western mindanao command","arnel dela vega","army's western mindanao command","philippine army","troops"], "PHL")
LORENZANA = gov(["delfin lorenzana","lorenzana","defence secretary","philippines","philippine government"], "PHL")
PHL_CIV = civ(["civilians","worshippers","cathedral","jolo cathedral","churchgoers"], "PHL")
HATAMAN = gov(["mujiv hataman","hataman","regional governor mujiv hataman","regional governor"], "PHL")
OIC = igo(["organisation of islamic cooperation","oic","yousef al-othaimeen","organization of islamic cooperation"])
POPE = per(["pope francis","pope","vatican","holy see"], "VAT")
DUTERTE = gov(["rodrigo duterte","duterte","president rodrigo duterte","philippines"], "PHL")
COASTGUARD = mil(["coast guard","coast guard commandant admiral elson hermogino","elson hermogino","coast guard units"], "PHL")
TAMIM = oth(["ali bin tamim","tamim","abu dhabi media","dr ali bin tamim","abu dhabi tv"], "ARE")
ERYANI = gov(["moammar al-eryani","al-eryani","eryani","minister of information","saba","yemeni government","yemen"], "YEM")
YEM_CIV = civ(["civilians","ziad al-sharabi","photojournalist","journalists","journalist"], "YEM")
YEMCOAL = mil(["anti-houthi, pro-government coalition","pro-government coalition","coalition","yemeni government"], "YEM")
TRC = oth(["thai raksa chart party","thai raksa chart","party","thai raksa chart party's"], "THA")
KING = gov(["king maha vajiralongkorn","king","palace","maha vajiralongkorn","royal command","thailand"], "THA")
PRINCESS = per(["princess ubolratana mahidol","princess ubolratana","ubolratana","princess","princess's candidacy"], "THA")
THAIMIL = mil(["military political party","opposing military political party","military","thai military"], "THA")
THAKSIN = per(["thaksin shinawatra","thaksin","then-prime-minister thaksin shinawatra"], "THA")
YINGLUCK = per(["yingluck shinawatra","yingluck"], "THA")
STATES_AG = gov(["attorneys general","attorneys general from sixteen states","sixteen states","states","california attorney general xavier becerra","xavier becerra","becerra"], "USA")
BECERRA = gov(["xavier becerra","becerra","california attorney general xavier becerra","california attorney general","california"], "USA")
ENVGROUP = oth(["environmental group","private property owners","an environmental group and private property owners"], "USA")
UKPROT = civ(["protesters","marchers","one million people","people","anti-brexit protesters","people's vote"], "GBR")
UKGOV = gov(["government","uk government","british government","theresa may","prime minister theresa may","politicians","parliament"], "GBR")
KHAN = gov(["sadiq khan","khan","mayor of london","mayor of london, sadiq khan"], "GBR")
WATSON = gov(["tom watson","watson","labour mp","labour"], "GBR")
MAY = gov(["theresa may","prime minister theresa may","may","uk government","british government"], "GBR")
GREECE = gov(["greece","greek","greek foreign minister","george katrougalos","katrougalos","greek foreign minister george katrougalos","athens"], "GRC")
UNESCO = igo(["unesco","united nations educational, scientific and cultural organization","world heritage committee"])
USCIRF = gov(["united states commission on international religious freedom","uscirf","commission"], "USA")
ERDOGAN = gov(["recep tayyip erdoğan","erdoğan","erdogan","president erdogan","turkish president recep tayyip erdoğan","turkey","turkish president"], "TUR")
HKSTUD = civ(["hong kong student groups","student groups","students"], "HKG")
LEGALREL = civ(["legal and religious groups"], "HKG")
TN_GOV = gov(["youssef chahed","chahed","prime minister of tunisia","tunisia","tunisian government","government"], "TUN")
TN_CIV = civ(["anyone wearing a niqab","niqab","muslim females","women"], "TUN")
MSALLEM = oth(["jamel msallem","msallem","tunisian league for the defence of human rights"], "TUN")
DILOU = gov(["samir dilou","dilou","member of the tunisian parliament"], "TUN")
ALGERIA = st(["algeria","algerian"], "DZA")
MOROCCO = st(["morocco","moroccan"], "MAR")
NIGERIA = gov(["nigeria","nigerian","muhammadu buhari","buhari","president muhammadu buhari","abuja"], "NGA")
BENIN = gov(["benin","beninese","patrice talon","talon","porto-novo"], "BEN")
AU = igo(["african union","au","african continental free trade area","afcfta","au summit","african leaders"])
NIGER = gov(["niger","mahamadou issoufou","issoufou","niger's president mahamadou issoufou","niamey"], "NER")
ERITREA = st(["eritrea","eritrean"], "ERI")
PR_PROT = civ(["protesters","protests","protestors"], "PRI")
ROSSELLO = gov(["ricardo rosselló nevares","ricardo rosselló","rosselló","rossello","governor","puerto rico's governor","puerto rico"], "PRI")
VAZQUEZ = gov(["wanda vázquez garced","wanda vázquez","vázquez","vazquez","secretary of justice"], "PRI")
PUBFIG = civ(["public figures","hurricane maria victims","public officials"], "PRI")
CHRF = civ(["civil human rights front","chrf","organizers"], "HKG")
PLA = mil(["people's liberation army","pla","chinese army"], "CHN")
MACRON = gov(["emmanuel macron","macron","french president emmanuel macron","france","french","french president"], "FRA")
G7 = igo(["g7","group of seven","g-7","members of the g7 summit","g7 summit"])
BOLSONARO = gov(["jair bolsonaro","bolsonaro","brazilian president jair bolsonaro","brazil","brazilian"], "BRA")
BRAZIL = st(["brazil","brazilian","amazon rainforest","brasília"], "BRA")
GREENPEACE = oth(["greenpeace","critics","non-governmental environmental activism group greenpeace"], None)
WONG = per(["joshua wong","wong","student protester joshua wong"], "HKG")
KATYA = per(["katya","protester"], "HKG")
AMNESTY = oth(["amnesty international","amnesty","man-kei tam","hong kong director of amnesty international"], None)
QUEEN = gov(["queen","queen elizabeth ii","queen elizabeth","the queen"], "GBR")
PARL = gov(["parliament","uk parliament","house of commons","members of the house of commons","mps"], "GBR")
IRELAND = gov(["ireland","irish","leo varadkar","varadkar","taoiseach leo varadkar","taoiseach","dublin"], "IRL")
CORBYN = oth(["jeremy corbyn","corbyn","labour party","labour","opposition leader jeremy corbyn","opposition"], "GBR")
BOLTON = gov(["john r. bolton","john bolton","bolton","national security advisor","ambassador bolton","john"], "USA")

ANN = {
'001-trump-border-emergency.txt': [
 (TRUMP, CONGRESS, ['THREATEN','COERCE'], 'said on Friday he can and may declare a national state of emergency', {'r': True}),
 (TRUMP, CONGRESS, ['AGREE'], 'could not agree on a national budget', {'s':'n','r':F}),
 (CONGRESS, TRUMP, ['REJECT'], 'but Congress has not passed his proposed budget', {'r':F}),
 (TRUMP, DEMS, ['AGREE','CONSULT'], 'he would prefer to agree a solution with the opposition', {'s':'h','r':F}),
 (SCHUMER, TRUMP, ['REQUEST'], 'We made a plea to the president once again', {}),
 (SCHUMER, TRUMP, ['REQUEST'], 'So we told the president we needed the government open', {'r':F}),
 (DURBIN, TRUMP, ['ACCUSE','REJECT'], "questioned the President's power to do as he proposed", {}),
 (SCHIFF, TRUMP, ['ACCUSE','REJECT'], "questioned the President's power to do as he proposed", {'r':F}),
 (SCHIFF, TRUMP, ['REJECT'], 'Schiff called it "a non-starter"', {'r':F}),
 (DURBIN, TRUMP, ['ACCUSE'], 'when he ignores the law and ignores tradition', {'r':F}),
],
'002-gdansk-mayor-stabbed.txt': [
 (STEFANW, ADAMOWICZ, ['ASSAULT'], 'was stabbed last night whilst on stage at a fundraising event', {'w':('Gdańsk','POL')}),
 (PL_POLICE, STEFANW, ['COERCE'], 'An individual has been arrested after', {'w':('Gdańsk','POL'),'r':F}),
 (STEFANW, CIVICPL, ['ACCUSE'], "claimed he was wrongfully imprisoned under Adamowicz's former party", {'r':F}),
 (TUSK, ADAMOWICZ, ['SUPPORT'], "Let's all pray for Mayor Adamowicz", {'r':F}),
 (BRUDZ, STEFANW, ['ACCUSE'], 'called the stabbing "an act of inexplicable barbarity."', {'r':F}),
 (MORAW, ADAMOWICZ, ['SUPPORT'], 'We are with Mayor Adamowicz in our thoughts and prayers.', {'r':F}),
 (DUDA, ADAMOWICZ, ['SUPPORT'], 'Today I am unconditionally with him and his loved ones', {'r':F}),
 (SIERAK, STEFANW, ['ACCUSE','COERCE'], 'A potential charge of murder against Stefan W carries', {'s':'h','r':F}),
],
'003-germany-bans-mahan-air.txt': [
 (GERMANY, MAHAN, ['SANCTION','REJECT'], 'Germany on Monday banned Iranian airline Mahan Air from flying', {}),
 (USA, MAHAN, ['SANCTION'], 'Mahan has been the subject of United States sanctions since 2011', {'r':F}),
 (POMPEO, MAHAN, ['ACCUSE'], 'The airline transports weapons and fighters across the Middle East', {}),
 (POMPEO, IRAN, ['ACCUSE'], "supporting the Iranian regime's destructive ambitions around the region", {'r':F}),
 (USA, GERMANY, ['REQUEST'], 'The US has been encouraging allies such as Germany to restrict', {}),
 (GERMANY, MAHAN, ['SANCTION'], "The Federal Aviation Office of Germany has suspended Mahan's permit", {'r':F}),
 (GRENELL, MAHAN, ['ACCUSE'], 'US Ambassador to Germany Richard Grenell alleged', {}),
 (MAHAN, SYRIA, ['AID','SUPPORT'], 'by supporting Syrian President Bashar al-Assad', {'r':F}),
 (USA, MAHAN, ['ACCUSE'], 'The United States government claims Mahan flies fighters', {'r':F}),
 (MAHAN, SYRIA, ['AID'], 'Mahan flies fighters and cargo to Syria in support of al-Assad', {'r':F}),
 (EU, IRAN, ['SANCTION'], 'the European Union sanctioned Iran earlier in the month', {}),
 (IRGC, DISSIDENTS, ['ASSAULT','THREATEN'], 'alleged Revolutionary Guards assassination plots against dissidents', {'s':'h','r':F}),
 (DE_FIRMS, IRAN, ['SANCTION','RETREAT'], 'have announced plans to pull out of the Middle Eastern nation', {'s':'h','r':F}),
 (TRUMP, IRAN, ['REJECT','SANCTION','RETREAT'], 'withdrew the US from a nuclear nonproliferation treaty with Iran', {'r':F}),
 (GERMANY, IRAN, ['SANCTION'], 'the ban on Mahan Air is not part of any broader plan to increase sanctions on Iran', {'s':'n','r':F}),
],
'004-wardak-base-attack.txt': [
 (TALIBAN, NDS, ['ASSAULT'], 'Dozens died in the attack, reportedly conducted by the Taliban.', {'w':('Maidan Shahr','AFG')}),
 (TALIBAN, NDS, ['ASSAULT'], 'A car bomb was on Monday rammed into a military base in Maidan Shahr', {'w':('Maidan Shahr','AFG'),'r':F}),
 (TALIBAN, NDS, ['ASSAULT'], 'The Taliban have claimed responsibility.', {'w':('Maidan Shahr','AFG'),'r':F}),
 (HOTAK, AFGGOV, ['ACCUSE'], 'Hotak also alleged the central government are', {}),
 (TALIBAN, KHALILZAD, ['CONSULT'], 'The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar.', {'w':('Qatar','QAT')}),
 (TALIBAN, None, ['ASSAULT'], 'Last week a Kabul car bombing killed five and wounded 110', {'w':('Kabul','AFG'),'r':F}),
 (TALIBAN, FOREIGN, ['REQUEST'], 'the Taliban wants foreign forces to leave', {'r':F}),
 (TALIBAN, AFGGOV, ['REJECT'], 'the Afghan government shut out of peace talks', {'r':F}),
],
'005-jolo-cathedral-bombs.txt': [
 (PHL_ARMY, ABUSAYYAF, ['ACCUSE'], 'said the Abu Sayyaf Group are the suspected perpetrators', {}),
 (ABUSAYYAF, PHL_CIV, ['ASSAULT'], 'said the Abu Sayyaf Group are the suspected perpetrators', {'w':('Jolo','PHL'),'r':F}),
 (ISIL, PHL_CIV, ['ASSAULT'], 'which is linked to the Abu Sayyaf Group, subsequently claimed responsibility', {'w':('Jolo','PHL')}),
 (LORENZANA, ABUSAYYAF, ['THREATEN','COERCE'], 'We will use the full force of the law to bring to justice the perpetrators', {}),
 (LORENZANA, ABUSAYYAF, ['ACCUSE'], 'he described the attacks as a "dastardly act"', {'r':F}),
 (LORENZANA, PHL_ARMY, ['MOBILIZE'], "he had ordered 'heightened alert' from troops", {}),
 (HATAMAN, ABUSAYYAF, ['ACCUSE'], 'Regional Governor Mujiv Hataman agreed', {'r':F}),
 (COASTGUARD, ABUSAYYAF, ['MOBILIZE','COERCE'], 'in the investigation and pursuit of the perpetrators', {'r':F}),
 (OIC, ABUSAYYAF, ['ACCUSE'], 'Statements of condemnation have come from Organisation of Islamic Cooperation', {}),
 (POPE, ABUSAYYAF, ['ACCUSE'], 'Yousef Al-Othaimeen, Pope Francis, and a spokesperson for President Rodrigo Duterte', {'r':F}),
],
'006-mokha-yemen-bomb.txt': [
 (TAMIM, HOUTHIS, ['ACCUSE'], 'attributed the bombing to Houthi rebels', {}),
 (HOUTHIS, YEM_CIV, ['ASSAULT'], 'attributed the bombing to Houthi rebels', {'w':('Mokha','YEM'),'r':F}),
 (ERYANI, HOUTHIS, ['ACCUSE'], 'Similar attributions of responsibility were made by state news firm Saba and al-Eryani.', {}),
 (TAMIM, HOUTHIS, ['ACCUSE'], 'Tamim claimed Houthis have attacked journalists previously.', {'r':F}),
 (IRAN, HOUTHIS, ['AID','SUPPORT'], 'the rebels are backed by Iran', {'r':F}),
 (ERYANI, IRAN, ['ACCUSE'], 'the rebels are backed by Iran', {'r':F}),
 (YEMCOAL, HOUTHIS, ['ASSAULT'], 'pro-government coalition fighting the Houthis', {'w':('Mokha','YEM'),'r':F}),
 (UN, None, ['AID','COOPERATE'], 'the United Nations is attempting a peacekeeping mission', {'w':('Yemen','YEM'),'r':F}),
],
'007-thai-princess-nomination.txt': [
 (TRC, KING, ['CONCEDE','RETREAT'], 'withdrew from using Princess Ubolratana Mahidol as their candidate', {}),
 (KING, PRINCESS, ['REJECT','ACCUSE'], 'the king considered it inappropriate for Thai royals to run for elected office', {}),
 (THAIMIL, PRINCESS, ['ACCUSE','REJECT'], 'had also been challenged by the opposing military political party', {'r':F}),
 (TRC, KING, ['CONCEDE'], 'party complies with the royal command', {}),
 (THAIMIL, THAKSIN, ['COERCE'], 'A military coup removed then-prime-minister Thaksin Shinawatra in 2006', {'r':F}),
 (THAIMIL, YINGLUCK, ['COERCE'], 'and another his sister Yingluck Shinawatra in 2014', {'r':F}),
 (TRC, PRINCESS, ['SUPPORT'], 'announced her candidacy for the prime ministry under the Thai Raksa Chart Party', {'r':F}),
],
'008-states-sue-trump-emergency.txt': [
 (STATES_AG, TRUMP, ['ACCUSE','REJECT'], 'attorneys general from sixteen states filed a combined lawsuit', {'w':('California','USA')}),
 (STATES_AG, TRUMP, ['ACCUSE'], "The motion claims Trump's declaration is unconstitutional", {'r':F}),
 (BECERRA, TRUMP, ['ACCUSE'], 'President Trump treats the rule of law with utter contempt', {}),
 (CONGRESS, TRUMP, ['REJECT'], 'Congress has repeatedly denied funding for such a wall', {}),
 (CONGRESS, TRUMP, ['AGREE','CONCEDE'], 'Congress approved a budget authorizing funding', {'r':F}),
 (ENVGROUP, TRUMP, ['ACCUSE'], 'filed a motion claiming the state of emergency is unconstitutional', {'r':F}),
],
'009-london-anti-brexit-march.txt': [
 (UKPROT, UKGOV, ['PROTEST'], 'roughly one million people marched in London on Saturday', {'w':('London','GBR')}),
 (UKPROT, UKGOV, ['REQUEST','PROTEST'], 'carrying placards asking the government to revoke Article 50', {'w':('London','GBR')}),
 (KHAN, UKGOV, ['REQUEST'], "it's time to give the British public the final say on Brexit", {'r':F}),
 (WATSON, MAY, ['ACCUSE','REJECT'], "Tom Watson called Prime Minister Theresa May's proposed Brexit deal", {}),
 (UKPROT, UKGOV, ['REQUEST'], 'wanted the politicians to stop ignoring them', {'r':F}),
],
'010-erdogan-hagia-sophia.txt': [
 (GREECE, ERDOGAN, ['ACCUSE','REJECT'], 'despite criticism by the Greek foreign minister', {}),
 (UNESCO, ERDOGAN, ['ACCUSE','REJECT'], 'who questioned his authority to make the change', {'r':F}),
 (GREECE, ERDOGAN, ['ACCUSE'], 'it is an insult to the international community and international law', {'r':F}),
 (UNESCO, ERDOGAN, ['REQUEST','REJECT'], 'UNESCO also said that this change would require its approval', {'r':F}),
 (USCIRF, ERDOGAN, ['ACCUSE'], 'Freedom (USCIRF) also criticized the move', {}),
 (USCIRF, ERDOGAN, ['REQUEST'], 'its status as a museum must be maintained', {'r':F}),
 (ERDOGAN, TRUMP, ['ACCUSE','REJECT'], 'Erdogan also attacked the proclamation of Golan Heights', {}),
 (TRUMP, ISRAEL, ['SUPPORT'], 'official Israeli territory by the President of the United States', {'r':F}),
 (ERDOGAN, TRUMP, ['ACCUSE'], 'Trump is behaving like a bully boy', {'r':F}),
 (ISRAEL, SYRIA, ['COERCE','ASSAULT'], 'which belonged to Syria and was occupied by Israel', {'r':F}),
],
'011-hong-kong-police-hq-siege.txt': [
 (HKPROT, HKPOLICE, ['PROTEST','COERCE'], "gathered around Hong Kong's principal police complex, blocking the exits", {'w':('Hong Kong','HKG')}),
 (HKPROT, HKGOV, ['PROTEST'], "weeks of protests against a proposed change to Hong Kong's extradition law", {'w':('Hong Kong','HKG'),'r':F}),
 (HKSTUD, HKGOV, ['REQUEST','THREATEN'], 'Hong Kong student groups had given the government until Thursday', {}),
 (HKPROT, HKGOV, ['REQUEST'], "Protesters' demands include investigation of alleged police violence", {'r':F}),
 (HKPOLICE, HKPROT, ['ASSAULT','COERCE'], 'alleged police violence against protesters on June 12', {'r':F}),
 (HKPROT, HKGOV, ['REQUEST'], 'They had asked Hong Kong Chief Executive Carrie Lam', {'r':F}),
 (CHINA, HKGOV, ['SUPPORT'], 'who is supported by the mainland Chinese government', {'r':F}),
 (LEGALREL, HKGOV, ['REQUEST'], 'Legal and religious groups have also called for the bill to be dropped', {'r':F}),
 (UK, CHINA, ['CONCEDE','RETREAT'], 'The British relinquished control of Hong Kong to China in 1997.', {'r':F}),
],
'012-tunisia-veil-ban.txt': [
 (TN_GOV, TN_CIV, ['COERCE'], 'signed a government decree banning anyone wearing a niqab', {}),
 (ISIL, None, ['ASSAULT'], 'claimed responsibility for all three attacks', {'w':('Tunisia','TUN')}),
 (MSALLEM, TN_GOV, ['SUPPORT'], 'we find justifications for this decision', {'r':F}),
 (DILOU, TN_GOV, ['SUPPORT'], 'every measure which is led by security motives is understandable', {'r':F}),
 (ALGERIA, None, ['COERCE'], 'cited security concerns to impose bans on niqabs', {'r':F}),
 (MOROCCO, None, ['COERCE'], 'cited security concerns to impose bans on niqabs', {'r':F}),
],
'013-benin-nigeria-afcfta.txt': [
 (NIGERIA, AU, ['AGREE','COOPERATE'], 'Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed', {'w':('Niamey','NER')}),
 (BENIN, AU, ['AGREE','COOPERATE'], 'Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed', {'w':('Niamey','NER')}),
 (NIGERIA, BENIN, ['AGREE','COOPERATE'], 'Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed', {'w':('Niamey','NER'),'r':F}),
 (AU, None, ['CONSULT'], 'Leaders of African Union (AU) member states met in Niamey', {'w':('Niamey','NER'),'r':F}),
 (NIGERIA, AU, ['AGREE','COOPERATE'], 'Nigeria previously announced it planned to join the AfCFTA', {'s':'h','r':F}),
 (NIGER, NIGERIA, ['SUPPORT'], "Nigeria is Africa's biggest economy and most populous country", {'r':F}),
 (ERITREA, AU, ['AGREE'], 'with Eritrea the only state unsigned', {'s':'n','r':F}),
 (AU, None, ['CONSULT'], 'African leaders have negotiated the deal over the last four years', {'r':F}),
],
'014-puerto-rico-governor-resigns.txt': [
 (PR_PROT, ROSSELLO, ['PROTEST'], 'His announcement followed two weeks of protests in the capital, San Juan', {'w':('San Juan','PRI')}),
 (PR_PROT, ROSSELLO, ['REQUEST','PROTEST'], "Protesters called for Rosselló's resignation", {}),
 (ROSSELLO, None, ['CONCEDE','RETREAT'], 'announced his resignation shortly before midnight Wednesday night', {}),
 (ROSSELLO, PUBFIG, ['ACCUSE'], 'Messages disparaged a variety of public figures', {'r':F}),
 (PR_PROT, ROSSELLO, ['PROTEST'], 'protests filled the San Juan streets daily', {'w':('San Juan','PRI'),'r':F}),
 (VAZQUEZ, ROSSELLO, ['SUPPORT'], 'I understand he made the right decision', {'r':F}),
 (VAZQUEZ, ROSSELLO, ['COOPERATE'], 'We will be working together to have a responsible and transparent transition process', {'s':'h','r':F}),
],
'015-hong-kong-protests-august.txt': [
 (HKPROT, CHINA, ['PROTEST'], 'marched from downtown Victoria Park toward the Central district', {'w':('Hong Kong','HKG')}),
 (HKPOLICE, CHRF, ['REJECT'], 'which they rejected, approving only a gathering in Victoria Park', {}),
 (CHRF, HKPOLICE, ['REQUEST'], 'The Civil Human Rights Front had sent the police a plan', {'r':F}),
 (PLA, HKPROT, ['THREATEN'], "threats of the People's Liberation Army and water cannons", {'r':F}),
 (HKPROT, HKGOV, ['PROTEST'], 'Hongkongers have been protesting since early June', {'r':F}),
 (HKPROT, HKGOV, ['REQUEST'], "protesters' demands have expanded to complete dismissal of the bill", {'r':F}),
 (UK, CHINA, ['CONCEDE','RETREAT'], 'The British relinquished control of Hong Kong to China in 1997.', {'r':F}),
],
'016-g7-amazon-fires.txt': [
 (MACRON, G7, ['REQUEST'], 'French President Emmanuel Macron called for G7 action', {}),
 (MERKEL, MACRON, ['SUPPORT'], 'The call was quickly seconded by German Chancellor Angela Merkel', {}),
 (JOHNSON, MACRON, ['SUPPORT'], 'The call was quickly seconded by German Chancellor Angela Merkel', {'r':F}),
 (MERKEL, MACRON, ['SUPPORT'], "Merkel seconded Macron's recommendation the fires be added", {'r':F}),
 (JOHNSON, BRAZIL, ['AID'], 'to provide whatever help we can to bring them under control', {'s':'h','r':F}),
 (BOLSONARO, MACRON, ['REJECT','ACCUSE'], "Brazilian President Jair Bolsonaro opposed Macron's statement", {}),
 (BOLSONARO, MACRON, ['ACCUSE'], 'evokes a colonialist mentality that is out of place', {'r':F}),
 (GREENPEACE, BOLSONARO, ['ACCUSE'], 'blame him for encouraging farmers and agrobusiness to set fires', {}),
],
'017-hong-kong-bill-withdrawn.txt': [
 (HKGOV, HKPROT, ['CONCEDE'], 'announced that her government will officially withdraw a proposed bill', {}),
 (HKGOV, HKPROT, ['CONCEDE'], 'The government will fully withdraw the bill', {'r':F}),
 (HKGOV, HKPROT, ['CONCEDE'], 'Lam also agreed to add two members', {'r':F}),
 (HKGOV, HKPROT, ['CONCEDE'], "did not accede to protesters' demands for a new judge-led investigation", {'s':'n','r':F}),
 (HKGOV, HKPROT, ['REJECT'], "did not accede to protesters' demands for a new judge-led investigation", {'r':F}),
 (WONG, HKGOV, ['ACCUSE'], 'They have conceded nothing in fact', {}),
 (KATYA, HKGOV, ['ACCUSE'], 'So they\'re using different tricks and lies', {'r':F}),
 (AMNESTY, HKGOV, ['ACCUSE'], 'have chosen to suppress protests in a grossly unlawful way', {}),
 (HKGOV, HKPROT, ['COERCE'], 'have chosen to suppress protests in a grossly unlawful way', {'r':F}),
 (HKPOLICE, HKPROT, ['COERCE'], 'More than 1000 people have been arrested since the protests began', {'r':F}),
],
'018-johnson-suspends-parliament.txt': [
 (JOHNSON, QUEEN, ['REQUEST'], 'Per request of United Kingdom Prime Minister Boris Johnson', {}),
 (QUEEN, PARL, ['COERCE'], 'the Queen suspended parliament for five weeks yesterday', {'r':F}),
 (PARL, JOHNSON, ['REJECT'], 'a second motion for snap elections failed to pass', {'r':F}),
 (JOHNSON, IRELAND, ['CONSULT'], 'in conjunction with a visit to Ireland with Taoiseach Leo Varadkar', {'w':('Ireland','IRL')}),
 (PARL, JOHNSON, ['PROTEST'], 'Members of the House of Commons protested by shouting', {}),
 (CORBYN, JOHNSON, ['REJECT'], 'we are not prepared to risk inflicting the disaster of no deal', {'r':F}),
 (JOHNSON, QUEEN, ['REQUEST'], 'Johnson asked Queen Elizabeth II for this prorogation in August.', {}),
 (MAY, EU, ['AGREE'], 'she was unable to negotiate a Brexit deal', {'s':'n','r':F}),
],
'019-trump-ousts-bolton.txt': [
 (TRUMP, BOLTON, ['REQUEST','COERCE'], "he had asked for national security advisor John R. Bolton's resignation", {}),
 (TRUMP, BOLTON, ['REQUEST','COERCE'], 'therefore I asked John for his resignation', {'r':F}),
 (TRUMP, BOLTON, ['REJECT'], 'I disagreed strongly with many of his suggestions', {'r':F}),
 (TRUMP, BOLTON, ['SUPPORT'], 'I thank John very much for his service.', {'r':F}),
 (BOLTON, TRUMP, ['CONCEDE','RETREAT'], 'I offered to resign last night', {'r':F}),
 (BOLTON, RUSSIA, ['ACCUSE'], 'Bolton was also much more of a critic of Russia than was Trump', {'r':F}),
 (POMPEO, BOLTON, ['REJECT'], 'There were many times that Ambassador Bolton and I disagreed.', {'r':F}),
],
}
