from actors import *
F = False
ARAMCO = oth(["saudi aramco","aramco","oil facilities","saudi arabia","saudi","processing plant"], "SAU")
SAREA = ag(["yahya sarea","sarea","saree","houthi military spokesperson","houthis","houthi movement","houthi"], "YEM")
HADI = gov(["abdrabbuh mansur hadi","hadi","government of abdrabbuh mansur hadi","yemeni government","yemen"], "YEM")
AQ = ag(["al-qaeda","al-qa'ida","al qaeda","al-qa’ida"], None)
HAMZA = per(["hamza bin laden","hamza bin ladin","hamza","son of usama bin ladin","al-qaeda","al-qa’ida member"], None)
OSAMA = per(["osama bin laden","osama","usama bin ladin","al-qaeda founder osama bin laden"], "SAU")
USSF = mil(["us special forces","u.s. special forces","special forces","united states","us"], "USA")
STATEDEPT = gov(["us state department","state department","united states department of state","department of state"], "USA")
ROUHANI = gov(["hassan rouhani","rouhani","president hassan rouhani","iran","iranian","tehran"], "IRN")
FOREIGNP = mil(["foreign powers","foreign forces","united states","us","americans"], None)
CHINAST = st(["china","chinese","beijing"], "CHN"); INDIA = st(["india","indian"], "IND"); OMAN = st(["oman","omani"], "OMN")
PAKISTAN = st(["pakistan","pakistani"], "PAK"); AUSTRALIA = st(["australia","australian"], "AUS"); BAHRAIN = st(["bahrain"], "BHR")
UAE = st(["united arab emirates","uae","emirati"], "ARE")
PELOSI = gov(["nancy pelosi","pelosi","speaker","speaker of the house","house of representatives","house","democrats"], "USA")
COLLINS = gov(["doug collins","collins","republican committee member doug collins"], "USA")
ZELENSKY = gov(["volodymyr zelensky","zelensky","ukrainian president volodymyr zelensky","ukraine","ukrainian government","ukrainians","president zelensky"], "UKR")
CENGIZ = per(["hatice cengiz","cengiz","fiancée of journalist jamal khashoggi"], "TUR")
MBS = gov(["mohammad bin salman","crown prince mohammad bin salman","crown prince","mohammad","saudi arabia","saudi government","saudi"], "SAU")
KILLERS = oth(["killers","killers of khashoggi","perpetrators","rogue operatives","saudi agents"], "SAU")
KHASHOGGI = per(["jamal khashoggi","khashoggi","jamal","journalist"], "SAU")
CALLAMARD = igo(["agnès callamard","callamard","un rapporteur","united nations","un","office of the un high commissioner for human rights"])
CIA = gov(["cia","central intelligence agency","intelligence agencies","united states"], "USA")
WORLDL = oth(["world leaders"], None)
HOUSECOMM = gov(["united states house of representatives","house of representatives","house","u.s. house","eliot engel","adam schiff","elijah cummings","congress"], "USA")
VOLKER = gov(["kurt volker","volker","special envoy","united states special envoy for ukraine negotiations"], "USA")
GIULIANI = per(["rudy giuliani","giuliani","trump's personal lawyer"], "USA")
YERMAK = gov(["andriy yermak","yermak","one of president zelensky's aides"], "UKR")
BIDEN = per(["joe biden","biden","former vice president joe biden","vice president"], "USA")
AMODEI = gov(["mark amodei","amodei","republican"], "USA")
HKPROTESTER = civ(["protester","protesters","eighteen-years-old","high school student","victim","attacker"], "HKG")
YU = gov(["yolanda yu hoi-kwan","yolanda yu","police senior superintendent yolanda yu hoi-kwan","police"], "HKG")
SDF = ag(["syrian democratic forces","sdf","kurdish groups","kurds","kurdish","kino gabriel","ypg","kurdish-led syrian democratic forces"], "SYR")
YPG = ag(["people's protection units","ypg","pkk-ypg","kurdistan workers' party","pkk","kurds"], "SYR")
EUROPE = oth(["european nations","europe"], None)
HALEY = per(["nikki haley","haley","former us ambassador to the united nations nikki haley"], "USA")
MCGURK = per(["brett mcgurk","mcgurk"], "USA")
GRAHAM = gov(["lindsey graham","graham","senator lindsey graham"], "USA")
UKOFF = gov(["united kingdom officials","uk officials","boris johnson","johnson","prime minister boris johnson","united kingdom","uk","britain","british government"], "GBR")
SACOOLAS = per(["anne sacoolas","sacoolas","diplomat's wife","she"], "USA")
USEMB = gov(["us embassy","us embassy in london","embassy","american ambassador","united states","us"], "USA")
NPOLICE = gov(["northamptonshire police","nick adderley","adderley","northamptonshire's chief constable nick adderley","chief constable","police","stephen mold"], "GBR")
RAAB = gov(["dominic raab","raab","foreign secretary dominic raab","foreign secretary","uk","britain"], "GBR")
NATO = igo(["nato","jens stoltenberg","stoltenberg","nato secretary-general jens stoltenberg","north atlantic treaty organization"])
TURKEYST = st(["turkey","turkish","ankara","turkish government","turkish military","recep tayyip erdoğan","erdoğan","erdogan","turkish president recep tayyip erdoğan"], "TUR")
US_DOT = gov(["united states department of transportation","department of transportation","us","united states","trump administration","elaine chao"], "USA")
CUBA = gov(["cuba","cuban","havana","cuban government","cuba's government","bruno parrilla","bruno rodríguez parrilla","parrilla","foreign affairs minister of cuba"], "CUB")
CUBANS = civ(["cuban people"], "CUB")
MADURO = gov(["nicolás maduro","maduro","venezuela","venezuelan government"], "VEN")
COALITION = mil(["combined joint task force operation inherent resolve","coalition","coalition forces","coalition troops","u.s. military personnel","u.s. troops","us troops","united states","u.s."], "USA")
IRQMIL = mil(["iraqi security forces","iraqi military","iraq","iraqi","government of iraq","iraqi government"], "IRQ")
IRQGOV = gov(["government of iraq","iraqi government","iraq","iraqi","their government","parliament","baghdad"], "IRQ")
MILITIAS = ag(["iraqi militias associated with iran","iraqi militias","militias"], "IRQ")
IRQPROT = civ(["protesters","anti-government protests","protests"], "IRQ")
SADDAM = gov(["saddam hussein","saddam","iraq"], "IRQ")
USCOAL = mil(["u.s.-led coalition","us-led coalition","united states","us","u.s."], "USA")
DEMREPS = gov(["collin peterson","jeff van drew","two democratic representatives"], "USA")

ANN = {
'020-saudi-oil-drone-attacks.txt': [
 (HOUTHIS, ARAMCO, ['ASSAULT'], 'The Yemen-based Houthi movement claimed responsibility for the attacks.', {'w':('Abqaiq','SAU')}),
 (SAREA, ARAMCO, ['ASSAULT'], 'said it had carried out the attack using ten drones', {'w':('Abqaiq','SAU')}),
 (SAREA, SAUDI, ['THREATEN'], 'we warn the Saudis that our targets will keep expanding', {}),
 (SAUDI, HOUTHIS, ['ASSAULT'], 'the air strikes and the targeting of our civilians for the last five years', {'r':F}),
 (POMPEO, IRAN, ['ACCUSE'], 'posted a message on Twitter blaming Iran for the attacks', {}),
 (IRAN, HOUTHIS, ['AID'], 'how much direct Iranian assistance is received by the Houthis', {'s':'h','r':F}),
 (SAUDI, HADI, ['AID','SUPPORT'], 'Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi', {'r':F}),
 (SAUDI, HOUTHIS, ['ASSAULT'], 'providing airstrikes with the Royal Saudi Air Force', {'w':('Yemen','YEM'),'r':F}),
 (AQ, None, ['ASSAULT'], 'Abqaiq was the target of an Al-Qaeda suicide attack', {'w':('Abqaiq','SAU'),'r':F}),
],
'021-hamza-bin-laden-killed.txt': [
 (USA, HAMZA, ['ASSAULT'], 'has been killed in a US counter-terrorism operation', {}),
 (USA, HAMZA, ['ASSAULT'], 'was killed in a United States counterterrorism operation in the Afghanistan/Pakistan region', {'r':F}),
 (TRUMP, HAMZA, ['ACCUSE'], 'Hamza bin Ladin was responsible for planning and dealing with various terrorist groups', {'r':F}),
 (STATEDEPT, HAMZA, ['THREATEN','COERCE'], 'offered a one million US dollar reward for information leading to his capture', {'r':F}),
 (OSAMA, USA, ['ASSAULT'], 'orchestrated the 9/11 attacks on the US of 2001', {'r':F}),
 (USSF, OSAMA, ['ASSAULT'], 'Osama was killed by US special forces in Pakistan in 2011.', {'w':('Pakistan','PAK')}),
],
'022-rouhani-persian-gulf.txt': [
 (ROUHANI, FOREIGNP, ['REQUEST','REJECT'], 'then foreign powers should "get out of the region"', {'w':('Tehran','IRN')}),
 (ROUHANI, None, ['COOPERATE'], 'He also announced a new security initiative for the Persian Gulf', {'s':'h','r':F}),
 (ROUHANI, FOREIGNP, ['ACCUSE'], 'are lying like their past lies that have been revealed', {'r':F}),
 (ROUHANI, FOREIGNP, ['REQUEST'], 'they must not send weapons, fighter jets, bombs and dangerous arms to the region', {'r':F}),
 (ROUHANI, FOREIGNP, ['ACCUSE'], 'Your presence has always been a calamity for this region', {'w':('Tehran','IRN'),'r':F}),
 (IRAN, CHINAST, ['COOPERATE'], 'Iran has increased cooperation in the last few years with the navies of China', {}),
 (IRAN, RUSSIA, ['COOPERATE'], 'Iran has increased cooperation in the last few years with the navies of China', {'r':F}),
 (IRAN, INDIA, ['COOPERATE'], 'Iran has increased cooperation in the last few years with the navies of China', {'r':F}),
 (HOUTHIS, SAUDI, ['ASSAULT'], 'The attack was claimed by the Houthi movement in Yemen', {'r':F}),
 (SAUDI, IRAN, ['ACCUSE'], 'both Saudi Arabia and the United States have alleged Iranian involvement', {}),
 (USA, IRAN, ['ACCUSE'], 'both Saudi Arabia and the United States have alleged Iranian involvement', {}),
 (USA, IRAN, ['ACCUSE'], 'The United States was more forceful in blaming Iran for the attack', {'r':F}),
 (USA, SAUDI, ['MOBILIZE','AID'], 'committing to send more troops to Saudi Arabia', {'s':'h','r':F}),
 (AUSTRALIA, USA, ['COOPERATE'], 'which was joined by Australia, Bahrain, Saudi Arabia, the United Kingdom and the United Arab Emirates', {}),
 (UK, USA, ['COOPERATE'], 'which was joined by Australia, Bahrain, Saudi Arabia, the United Kingdom and the United Arab Emirates', {'r':F}),
 (SAUDI, USA, ['COOPERATE'], 'which was joined by Australia, Bahrain, Saudi Arabia, the United Kingdom and the United Arab Emirates', {'r':F}),
],
'023-pelosi-impeachment-inquiry.txt': [
 (PELOSI, TRUMP, ['ACCUSE'], 'announced that she would be launching an impeachment inquiry into the conduct', {}),
 (PELOSI, TRUMP, ['ACCUSE'], "Pelosi called Trump's conduct a \"breach of his Constitutional responsibilities,\"", {}),
 (COLLINS, PELOSI, ['REJECT'], 'nobody is conducting a formal inquiry', {'r':F}),
 (TRUMP, ZELENSKY, ['REQUEST','COERCE'], 'Trump might have encouraged newly elected Ukrainian president Volodymyr Zelensky', {'s':'h','r':F}),
 (TRUMP, PELOSI, ['ACCUSE','REJECT'], 'attacked the impeachment investigation as "Witch Hunt garbage."', {}),
],
'024-khashoggi-fiancee-un.txt': [
 (CENGIZ, KILLERS, ['REQUEST','ACCUSE'], 'calling for the killers of Khashoggi to be brought to justice', {'w':('New York','USA')}),
 (MBS, None, ['CONCEDE'], 'accepted responsibility for the murder of journalist Jamal Khashoggi', {}),
 (CENGIZ, MBS, ['ACCUSE'], 'Cengiz called Mohammad\'s admission a "political maneuver."', {}),
 (WORLDL, SAUDI, ['SANCTION'], 'did not persuade world leaders to sanction Saudi Arabia', {'s':'n','r':F}),
 (CALLAMARD, CENGIZ, ['REQUEST'], 'asking Cengiz to be "patient and resilient."', {'r':F}),
 (CIA, MBS, ['ACCUSE'], "believe the crown prince ordered Khashoggi's killing", {'r':F}),
 (CALLAMARD, CIA, ['REQUEST'], 'Callamard encouraged the CIA to release the files from their investigation', {}),
 (SAUDI, KILLERS, ['ACCUSE','COERCE'], 'eleven individuals have been charged with the murder', {'w':('Saudi Arabia','SAU'),'r':F}),
 (SAUDI, KHASHOGGI, ['ASSAULT'], 'Khashoggi was murdered last October in the Saudi consulate in Istanbul', {'w':('Istanbul','TUR'),'r':F}),
 (SAUDI, KHASHOGGI, ['ASSAULT'], 'Saudi Arabia initially denied all claims that Khashoggi was slain', {'s':'n','r':F}),
 (UN, SAUDI, ['ACCUSE'], 'a UN report eventually concluded evidence supported his murder', {}),
 (KILLERS, KHASHOGGI, ['ASSAULT'], 'his murder and dismemberment inside the consulate by Saudi agents', {'w':('Istanbul','TUR'),'r':F}),
],
'025-house-subpoena-pompeo.txt': [
 (HOUSECOMM, POMPEO, ['ACCUSE','REQUEST','COERCE'], 'issued a subpoena for documents from Secretary of State Mike Pompeo', {}),
 (HOUSECOMM, TRUMP, ['ACCUSE'], 'as part of its impeachment investigation into alleged misconduct', {'r':F}),
 (HOUSECOMM, VOLKER, ['REQUEST'], 'The House issued a deposition request for Volker', {}),
 (GIULIANI, YERMAK, ['CONSULT'], 'he helped facilitate a meeting between Giuliani', {'r':F}),
 (ZELENSKY, TRUMP, ['CONSULT'], 'Volker also worked to arrange a meeting between Zelensky and Trump himself', {'s':'h','r':F}),
 (STATEDEPT, HOUSECOMM, ['REJECT'], 'repeated failed attempts to obtain documents from the State Department', {'r':F}),
 (GIULIANI, ZELENSKY, ['REQUEST'], 'attempts by Rudy Giuliani to encourage investigations into Democratic challenger', {'r':F}),
 (TRUMP, ZELENSKY, ['REQUEST'], 'Trump asks Zelensky to investigate Joe Biden and his son', {}),
 (TRUMP, UKRAINE, ['SANCTION','COERCE'], 'Trump had ordered his staff to delay around US$400 million in military aid', {}),
 (RUSSIA, UKRAINE, ['ASSAULT'], 'which is currently in a military conflict with Russia', {'r':F}),
 (BIDEN, UKRAINE, ['REQUEST'], 'he called for the government of Ukraine to reduce corruption', {'r':F}),
 (TRUMP, UKRAINE, ['THREATEN','REQUEST'], 'he did indicate to the Ukrainians that the aid was contingent', {'r':F}),
 (TRUMP, ZELENSKY, ['COERCE','THREATEN'], 'I put no pressure on them whatsoever', {'s':'n','r':F}),
 (AMODEI, HOUSECOMM, ['SUPPORT'], 'has publicly voiced support for the impeachment inquiry', {'r':F}),
],
'026-hong-kong-teen-shot.txt': [
 (HKPOLICE, HKPROTESTER, ['ASSAULT'], 'police fired and landed a live round on a protester yesterday', {'w':('Tsuen Wan','HKG')}),
 (HKPOLICE, HKPROTESTER, ['ASSAULT'], 'he then drew his pistol, pointed it, and shot at one person', {'w':('Tsuen Wan','HKG'),'r':F}),
 (YU, HKPROTESTER, ['ACCUSE'], "The police officers' lives were seriously threatened.", {'r':F}),
 (AMNESTY, HKPOLICE, ['REQUEST','ACCUSE'], 'Amnesty International has called for an investigation into the shooting.', {}),
 (HKPOLICE, HKPROTESTER, ['COERCE','ASSAULT'], 'the police used water canons and tear gas against protesters', {'w':('Hong Kong','HKG')}),
 (HKPROTESTER, HKPOLICE, ['ASSAULT'], 'Some protesters responded by throwing things, including Molotov cocktails', {'w':('Hong Kong','HKG')}),
 (HKPROT, CHINA, ['PROTEST'], 'in Hong Kong it was met with protests and mourning', {'w':('Hong Kong','HKG'),'r':F}),
],
'027-trump-syria-withdrawal.txt': [
 (TRUMP, None, ['RETREAT'], 'announced US troops would be leaving Syria', {'w':('Syria','SYR')}),
 (TRUMP, ERDOGAN, ['CONSULT'], 'after Trump had a phone conversation with Turkish President Recep Tayyip Erdoğan', {}),
 (USA, ISIL, ['ASSAULT'], 'US troops had defeated ISIS', {'r':F}),
 (TURKEYST, None, ['MOBILIZE','ASSAULT'], 'Turkey would be moving into Northern Syria', {'s':'h','w':('Northern Syria','SYR'),'r':F}),
 (EUROPE, None, ['REJECT'], 'European nations have refused to repatriate', {'r':F}),
 (USA, SDF, ['COOPERATE'], 'The US had been allied with Kurdish groups in fighting ISIS.', {}),
 (SDF, USA, ['REJECT','ACCUSE'], 'opposed the withdrawal and said it was previously given', {}),
 (SDF, USA, ['ACCUSE'], 'it is a stab in the back for the SDF', {'r':F}),
 (TURKEYST, YPG, ['ASSAULT'], 'is an aim of the Turkish military operation', {'s':'h','r':F}),
 (HALEY, TRUMP, ['ACCUSE'], 'Leaving them to die is a big mistake.', {}),
 (MCGURK, TRUMP, ['ACCUSE'], 'also criticized the decision via Twitter', {}),
 (TRUMP, TURKEYST, ['THREATEN'], 'I will totally destroy and obliterate the Economy of Turkey', {}),
 (TRUMP, TURKEYST, ['REQUEST'], 'watch over the captured ISIS fighters and families', {'r':F}),
 (GRAHAM, TRUMP, ['ACCUSE'], 'impulsive decision by the president has undone all the gains', {}),
 (GRAHAM, TRUMP, ['ACCUSE'], 'The biggest lie being told by the administration', {'r':F}),
 (SDF, SYRIA, ['COOPERATE'], 'The Kurds will now align with [Bashir al] Assad', {'s':'h','r':F}),
],
'028-uk-us-diplomat-immunity.txt': [
 (UKOFF, USA, ['REQUEST'], 'asking the United States to waive diplomatic immunity for Anne Sacoolas', {}),
 (UKOFF, USA, ['ACCUSE','REJECT'], 'I do not think that it can be right to use the process of diplomatic immunity', {'r':F}),
 (UKOFF, SACOOLAS, ['REQUEST'], 'I hope that Anne Sacoolas will come back', {'r':F}),
 (UKOFF, USEMB, ['CONSULT'], "That's a point that we've raised or are raising today with the American ambassador", {'r':F}),
 (UKOFF, TRUMP, ['CONSULT'], 'I will be raising it myself personally with the White House', {'s':'h','r':F}),
 (NPOLICE, USEMB, ['REQUEST'], 'wrote to the US Embassy in London asking to waive her diplomatic immunity', {'w':('London','GBR')}),
 (USEMB, NPOLICE, ['REJECT'], 'The embassy declined the request', {}),
 (RAAB, USEMB, ['REQUEST'], 'Foreign Secretary Dominic Raab urged the embassy to reconsider', {}),
 (RAAB, POMPEO, ['CONSULT'], 'spoke with US Secretary of State Mike Pompeo about the case', {}),
 (STATEDEPT, UKOFF, ['SUPPORT'], 'The State Department gave its "deepest sympathies"', {'r':F}),
],
'029-kurds-assad-deal-turkey.txt': [
 (SDF, SYRIA, ['AGREE','COOPERATE'], 'announced it had entered into an agreement with the government of Syria', {}),
 (TURKEYST, SDF, ['ASSAULT'], 'after Turkey began a military offensive into north-eastern Syria on Wednesday', {'w':('north-eastern Syria','SYR')}),
 (SYRIA, SDF, ['MOBILIZE','COOPERATE'], 'government forces began deploying into previously SDF controlled territory', {'r':F}),
 (USA, None, ['RETREAT'], 'the United States announced a complete withdrawal from the region', {'w':('Syria','SYR')}),
 (SDF, SYRIA, ['AGREE','COOPERATE'], 'An agreement has been reached with the Syrian government', {'r':F}),
 (SDF, TURKEYST, ['ACCUSE'], 'to help the [SDF] stop [the Turkish] aggression', {'r':F}),
 (SYRIA, None, ['MOBILIZE'], 'entered Tell Tamer and Ain Issa yesterday according to state media', {'w':('Tell Tamer','SYR')}),
 (TURKEYST, None, ['ASSAULT'], 'fighters escaped following Turkish airstrikes from a camp at Ain Issa', {'w':('Ain Issa','SYR'),'r':F}),
 (TRUMP, ERDOGAN, ['CONSULT'], 'Turkish President Recep Tayyip Erdoğan spoke on the phone', {}),
 (TURKEYST, SDF, ['ASSAULT'], 'Turkey began a military offensive with airstrikes followed by a ground invasion', {}),
 (ERDOGAN, YPG, ['ACCUSE'], "named both the Kurdistan Workers' Party (PKK) and People's Protection Units (YPG) as terrorists", {}),
 (EU, TURKEYST, ['ACCUSE'], 'The operation was condemned by members of the European Union.', {}),
 (ERDOGAN, NATO, ['REQUEST'], 'They need to stand by us', {}),
 (NATO, TURKEYST, ['REQUEST'], 'I count on Turkey to act with restraint', {}),
],
'030-us-cuba-flight-restrictions.txt': [
 (US_DOT, CUBA, ['SANCTION'], 'announced new restrictions on flights to Cuba', {}),
 (US_DOT, CUBA, ['SANCTION'], 'prohibits all flights to Cuba, with the exception of flights', {'r':F}),
 (POMPEO, CUBA, ['ACCUSE'], 'ongoing repression of the Cuban people and its support for Nicolás Maduro', {}),
 (CUBA, CUBANS, ['COERCE'], 'ongoing repression of the Cuban people and its support for Nicolás Maduro', {'r':F}),
 (CUBA, MADURO, ['SUPPORT'], 'ongoing repression of the Cuban people and its support for Nicolás Maduro', {'r':F}),
 (CUBA, USA, ['REJECT','ACCUSE'], 'I strongly reject new #US blockade measure', {}),
 (CUBA, USA, ['CONCEDE'], "they won't extract any concession from us", {'s':'n','r':F}),
 (TRUMP, CUBA, ['COERCE','SANCTION'], "latest application of pressure on Cuba's government", {'r':F}),
 (USA, CUBA, ['COOPERATE'], 'following improved bilateral relations during the presidency of Barack Obama', {'r':F}),
],
'031-iraq-airbase-missile-strike.txt': [
 (oth(["attackers","unknown attackers"], None), COALITION, ['ASSAULT'], 'an attack that day on an Iraqi air base housing U.S. military personnel near Mosul', {'w':('Mosul','IRQ'),'r':F}),
 (COALITION, IRQMIL, ['SUPPORT'], "We appreciate the Iraqi Security Forces immediate response", {'r':F}),
 (IRQGOV, COALITION, ['REQUEST','COOPERATE'], 'Coalition forces are in Iraq at the invitation of the Government of Iraq', {'r':F}),
 (COALITION, None, ['THREATEN'], 'we will not be deterred by these attacks and maintain the right to defend ourselves', {'r':F}),
 (MILITIAS, COALITION, ['THREATEN'], 'some Iraqi militias associated with Iran had made threats against U.S. personnel', {}),
 (COALITION, IRQMIL, ['COOPERATE'], 'in cooperation with Iraqi security forces', {}),
 (COALITION, ISIL, ['ASSAULT'], 'there to eliminate Islamic State elements', {'r':F}),
 (IRQPROT, IRQGOV, ['PROTEST'], 'anti-government protests continue in Baghdad and through the southern part of Iraq', {'w':('Baghdad','IRQ')}),
 (IRQPROT, IRAN, ['ACCUSE'], 'Protesters have claimed Iran, especially, amongst other outside parties', {}),
 (IRQPROT, IRQGOV, ['REQUEST'], 'Their demands have included dissolving Parliament', {'r':F}),
 (USCOAL, SADDAM, ['ASSAULT','COERCE'], 'after a U.S.-led coalition ousted Saddam Hussein', {'r':F}),
 (USA, IRAQ, ['RETREAT'], 'U.S. troops left Iraq in 2011', {'r':F}),
 (IRQGOV, USA, ['REQUEST'], "then at the Iraqi government's request returned three years later", {'r':F}),
],
'032-house-impeaches-trump.txt': [
 (CONGRESS, TRUMP, ['ACCUSE'], 'the United States House of Representatives impeached President Donald Trump', {}),
 (CONGRESS, TRUMP, ['ACCUSE'], 'The first charged Trump with abuse of power', {'r':F}),
 (CONGRESS, TRUMP, ['ACCUSE'], 'the second accused him of obstruction of Congress', {}),
 (TRUMP, ZELENSKY, ['COERCE','REQUEST'], 'allegations Trump tried to pressure the Ukrainian government', {'s':'h','r':F}),
 (DEMREPS, CONGRESS, ['REJECT'], 'opposed both articles of impeachment', {'r':F}),
 (CONGRESS, None, ['CONCEDE'], 'The Senate acquitted both of them.', {'r':F}),
],
}
