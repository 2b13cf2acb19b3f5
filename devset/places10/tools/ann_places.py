# Gold events of the tenth place set (pages keyed by short name; see ANN at the end), annotated from reading each page only (Eventline was never run on
# these pages, and the geocoder, its gazetteer and their data were not read while choosing or annotating
# them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.1 degree; a note only, build_gold.py does not read it). Conventions: devset/events/README.md,
# devset/places/README.md to devset/places9/README.md (as places9's README states them). A natural event or an
# accident (an earthquake, a haze, a fire, a crash, a sinking) has no agent: its source is the event itself (kind
# other), its type is a nominal ASSAULT and it is never required; eval-places scores it like any other event with a place.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Montreal': (('Montreal', 'CAN'), (45.50, -73.57)),
 'Hobart': (('Hobart', 'AUS'), (-42.88, 147.33)),
 'Hemel Hempstead': (('Hemel Hempstead', 'GBR'), (51.75, -0.47)),
 'Borneo': (('Borneo', 'IDN'), (0.96, 114.55)),
 'Singapore': (('Singapore', 'SGP'), (1.35, 103.82)),
 'Malaysia': (('Malaysia', 'MYS'), (4.21, 101.98)),
 'Thailand': (('Thailand', 'THA'), (15.87, 100.99)),
 'Guam': (('Guam', 'GUM'), (13.44, 144.79)),
 'Indonesia': (('Indonesia', 'IDN'), (-0.79, 113.92)),
 'Sarawak': (('Sarawak', 'MYS'), (2.50, 113.00)),
 'Tarakan': (('Tarakan', 'IDN'), (3.30, 117.63)),
 'Elazig': (('Elazığ Province', 'TUR'), (38.67, 39.22)),
 'Norway': (('Norway', 'NOR'), (60.47, 8.47)),
 'Sumatra': (('Sumatra', 'IDN'), (-0.59, 101.34)),
 'Beaufort': (('Beaufort', 'USA'), (32.43, -80.67)),
 'New Castle': (('New Castle', 'USA'), (39.93, -85.37)),
 'Syria': (('Syria', 'SYR'), (34.80, 38.99)),
 'Tamil Nadu': (('Tamil Nadu', 'IND'), (11.13, 78.66)),
 'Jiangxi': (('Jiangxi', 'CHN'), (27.61, 115.72)),
 'Baltimore': (('Baltimore', 'USA'), (39.29, -76.61)),
 'San Marcos': (('San Marcos', 'GTM'), (14.96, -91.79)),
 'Guatemala': (('Guatemala', 'GTM'), (15.78, -90.23)),
 'Surrey': (('Surrey', 'GBR'), (51.27, -0.34)),
 'New Delhi': (('New Delhi', 'IND'), (28.61, 77.21)),
 'India': (('India', 'IND'), (20.59, 78.96)),
 'Beirut': (('Beirut', 'LBN'), (33.89, 35.50)),
 'Moscow': (('Moscow', 'RUS'), (55.76, 37.62)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)

# Montreal
CLIMATE_NATIONS = oth(["european union", "canada", "indonesia", "other nations", "participants at the meeting", "environment ministers from over 90 countries", "environment ministers"], None)
US = st(["united states", "us", "washington", "u.s."], "USA")
# Hobart
JP_WHALERS = oth(["japanese whaling ship", "keiko maru", "the ship", "japan"], "JPN")
GREENPEACE = oth(["greenpeace", "steve shallhorn", "greenpeace ceo steve shallhorn", "greenpeace activists"], None)
AU_GOV = gov(["australian government", "the government", "ian campbell", "federal environment minister ian campbell", "australia"], "AUS")
# Buncefield
BUNCEFIELD = oth(["buncefield oil depot fire", "fire", "explosion", "the first explosion", "the explosion and fire"], None)
UK_RESIDENTS = civ(["local residents", "many local residents", "residents"], "GBR")
HSE = gov(["british health and safety executive", "health and safety executive", "hse", "hse report"], "GBR")
PENNING = gov(["mike penning", "mp for the hemel hempstead mike penning", "some"], "GBR")
# Haze
HAZE = oth(["haze", "the haze", "acrid haze", "smoke", "slash and burn clearance", "fires", "poor visibility"], None)
SEA_CIV = civ(["schools", "helicopter service", "aviation", "neighboring countries"], None)
MANDALA = oth(["mandala airlines boeing 737-200", "the aircraft", "mandala airlines"], "IDN")
ENV_GROUPS = oth(["environmentalist groups", "greenpeace"], None)
ID_GOV = gov(["indonesian government", "malem sambat kaban", "forestry minister malem sambat kaban"], "IDN")
# Earthquakes
QUAKE = oth(["earthquake", "4.7-magnitude earthquake", "3.8-magnitude earthquake", "5.2-magnitude earthquake", "two earthquakes", "the quake", "tremors"], None)
ID_CIV = civ(["at-least 70 people", "people", "buildings"], "IDN")
# Beaufort
BA_CRASH = oth(["f/a-18 hornet jet", "jet", "the jet", "crash", "accident", "blue angels"], None)
BA_PILOT = civ(["pilot", "the pilot", "lt. commander kevin davis", "eight injuries", "neighborhood"], "USA")
US_NAVY = mil(["u.s. navy", "navy", "blue angels squadron"], "USA")
# New Castle
INMATES = civ(["inmates", "prisoners", "the prisoners", "new inmates from arizona"], "USA")
IN_PRISON = gov(["prison employees", "two prison employees", "prison officials", "new castle correctional facility", "the prison"], "USA")
IN_POLICE = gov(["police", "state police", "city police officers", "tom nipp", "mayor of new castle"], "USA")
INDIANA = gov(["indiana", "states of indiana and arizona"], "USA")
ARIZONA = gov(["arizona"], "USA")
# Syria
ISR = st(["israel", "israeli fighter jet", "the israelis", "israeli"], "ISR")
SYR = st(["syria", "syrian building", "syrian"], "SYR")
ISIS_INST = oth(["institute for science and international security", "isis", "researchers", "the researchers", "the institute"], "USA")
US_GOV = gov(["united states", "the united states"], "USA")
IAEA = igo(["international atomic energy agency", "iaea"])
# Tamil Nadu
TN_GOV = gov(["tamil nadu", "chief minister", "m.karunanidhi", "security arrangements", "tight security arrangements"], "IND")
TN_GROUPS = civ(["groups", "group clashes", "sporadic instances of violence"], "IND")
# Yangtze
SHIP_SINK = oth(["ship carrying a hazardous cargo", "the vessel", "the stricken ship", "collision", "strong winds"], None)
CN_CREW = civ(["crew", "the crew", "another vessel"], "CHN")
CN_AUTH = gov(["authorities", "hubei provincial environmental protection department", "xinhua"], "CHN")
# Baltimore
GUNMAN = per(["a man", "gunman", "the gunman", "shooter", "the shooter", "suspected shooter", "suspect", "warren davis"], "USA")
BA_VICTIMS = civ(["faculty physician", "doctor", "unnamed doctor", "his own mother", "mother", "his mother", "jean davis"], "USA")
BA_POLICE = gov(["baltimore police", "police", "baltimore area police", "law enforcement officers", "frederick bealefeld"], "USA")
JHH = oth(["johns hopkins hospital", "hospital", "all major hospital facilities", "johns hopkins"], "USA")
FBI = gov(["federal bureau of investigation", "fbi"], "USA")
# Guatemala
GT_CRASH = oth(["bus crash", "bus", "the bus", "crash", "accident", "incident"], None)
GT_PASS = civ(["former paramilitary group members", "paramilitaries", "passengers", "survivors", "at least fourteen former paramilitary group members"], "GTM")
GT_MIL = mil(["military", "the military", "the group"], "GTM")
GT_REBELS = ag(["left-wing rebels", "rebels"], "GTM")
# Surrey
MET = gov(["metropolitan police", "police", "officers", "scotland yard", "metropolitan police service's serious and organised crime command", "surrey police"], "GBR")
EMMANUEL = per(["david emmanuel", "emmanuel", "smiley culture", "reggae singer", "british reggae singer", "48-year-old man"], "GBR")
IPCC = gov(["independent police complaints commission", "ipcc", "mike franklin", "investigators"], "GBR")
GB_COURT = gov(["trial", "court"], "GBR")
# India
IN_UNIONS = civ(["central trade unions", "trade unions", "protestors", "hundreds of protestors", "centre of indian trade unions", "all india trade union congress", "swadesh dev roye", "amarjeet kaur", "forum of central trade unions"], "IND")
IN_GOV = gov(["indian government", "modi government", "narendra modi", "government"], "IND")
# Beirut
LB_BUSINESS = oth(["businesses operating in downtown beirut", "businesses", "tony salameh", "lawyers of affected firms", "tourist associations", "aishti"], "LBN")
LB_GOV = gov(["the government", "government", "lebanese politicians", "president emile lahoud", "emile lahoud", "prime minister fouad siniora", "fouad siniora", "internal security forces"], "LBN")
HEZBOLLAH_PROT = ag(["hezbollah", "groups opposed to the government", "large numbers of people", "general michel aoun", "michel aoun", "the protest", "protest"], "LBN")
# Moscow
RU_CRASH = oth(["bombardier challenger corporate jet", "jet", "the aircraft"], None)
RU_CREW = civ(["all three crew members", "crew members", "passengers"], None)

ANN = {
 'montreal-climate-talks-pressure': [
  (CLIMATE_NATIONS, US, ['DEMAND', 'REQUEST', 'COERCE'], "climate talks in Montreal have put pressure on the United States", at('Montreal')),
  (CLIMATE_NATIONS, US, ['REQUEST', 'DEMAND'], "Participants at the meeting want the US to join the global Kyoto pact", at('Montreal', r=F)),
  (CLIMATE_NATIONS, None, ['CONSULT'], "Environment ministers from over 90 countries are meeting to break a deadlock", at('Montreal', r=F)),
  (US, None, ['REJECT'], "Washington has rejected the pact, saying mandatory emissions cuts", {}),
  (US, CLIMATE_NATIONS, ['REJECT'], "brushing aside calls for it to commit to U.N. discussions", {'r': F}),
  (CLIMATE_NATIONS, None, ['CONSULT'], "At the heart of the Montreal meeting is how to cut emissions", at('Montreal', r=F)),
 ],
 'hobart-japanese-whaling-ship': [
  (JP_WHALERS, AU_GOV, ['MOBILIZE', 'COOPERATE'], "will be docking in Hobart on December 24", at('Hobart', s='h')),
  (GREENPEACE, AU_GOV, ['REQUEST', 'DEMAND'], "Greenpeace has called on the Australian government to prevent the ship from refuelling.", {}),
  (AU_GOV, GREENPEACE, ['REJECT'], "taking such action would be \"counter-productive\"", {'r': F}),
  (AU_GOV, GREENPEACE, ['REJECT'], "believes that such a protest would not be helpful", {'r': F}),
 ],
 'buncefield-depot-fire-report': [
  (HSE, None, ['INVESTIGATE'], "A report by the British Health and Safety Executive (HSE) into the Buncefield oil depot fire", {}),
  (BUNCEFIELD, UK_RESIDENTS, ['ASSAULT'], "into the Buncefield oil depot fire of December 2005", at('Hemel Hempstead', r=F)),
  (BUNCEFIELD, UK_RESIDENTS, ['ASSAULT'], "A fire soon spread throughout the depot and some of the surrounding area", at('Hemel Hempstead', r=F)),
  (BUNCEFIELD, UK_RESIDENTS, ['ASSAULT'], "The first explosion took place at 6:01 a.m.", at('Hemel Hempstead', r=F)),
  (BUNCEFIELD, UK_RESIDENTS, ['ASSAULT'], "Many local residents were forced to leave their homes", at('Hemel Hempstead', r=F)),
  (PENNING, HSE, ['REQUEST', 'DEMAND'], "have called for a full public inquiry", {'r': F}),
 ],
 'southeast-asia-haze-borneo-fires': [
  (HAZE, SEA_CIV, ['ASSAULT'], "illegal slash and burn clearance of land in Indonesia, particularly the island of Borneo", at('Borneo', r=F)),
  (HAZE, SEA_CIV, ['ASSAULT'], "The haze has spread over 2,250 miles (3,600 kilometers) into neighboring countries", at('Singapore', r=F)),
  (HAZE, SEA_CIV, ['ASSAULT'], "The haze has spread over 2,250 miles (3,600 kilometers) into neighboring countries", at('Malaysia', r=F)),
  (HAZE, SEA_CIV, ['ASSAULT'], "The haze has spread over 2,250 miles (3,600 kilometers) into neighboring countries", at('Thailand', r=F)),
  (HAZE, SEA_CIV, ['ASSAULT'], "The haze has spread over 2,250 miles (3,600 kilometers) into neighboring countries", at('Guam', r=F)),
  (HAZE, SEA_CIV, ['ASSAULT'], "Aviation has been severely impaired in Indonesia", at('Indonesia', r=F)),
  (HAZE, SEA_CIV, ['ASSAULT'], "Helicopter service in Malaysia's Sarawak state", at('Sarawak', r=F)),
  (MANDALA, None, ['ASSAULT'], "had overshot the runway at Tarakan airport in Kalimantan province", at('Tarakan', r=F)),
  (HAZE, SEA_CIV, ['ASSAULT'], "Schools in Thailand, and Indonesia have also been forced to closed", at('Thailand', r=F)),
  (HAZE, SEA_CIV, ['ASSAULT'], "Schools in Thailand, and Indonesia have also been forced to closed", at('Indonesia', r=F)),
  (ENV_GROUPS, ID_GOV, ['ACCUSE'], "The Indonesian government has been criticized by environmentalist groups such as Greenpeace", {}),
  (ID_GOV, ENV_GROUPS, ['REJECT'], "The Indonesian government has responded to the criticism", {'r': F}),
 ],
 'elazig-norway-indonesia-earthquakes': [
  (QUAKE, None, ['ASSAULT'], "a 4.7-magnitude earthquake struck the province of Elazig, Turkey", at('Elazig', r=F)),
  (QUAKE, None, ['ASSAULT'], "a 3.8-magnitude earthquake hit southern Norway", at('Norway', r=F)),
  (QUAKE, None, ['ASSAULT'], "On Monday a 5.2-magnitude earthquake hit eastern Indonesia.", at('Indonesia', r=F)),
 ],
 'sumatra-twin-earthquakes': [
  (QUAKE, ID_CIV, ['ASSAULT'], "struck the Indonesian island of Sumatra within the space of two hours", at('Sumatra', r=F)),
  (QUAKE, None, ['ASSAULT'], "The tremors were felt in Singapore and Malaysia as well.", at('Singapore', r=F)),
  (QUAKE, None, ['ASSAULT'], "The tremors were felt in Singapore and Malaysia as well.", at('Malaysia', r=F)),
 ],
 'beaufort-blue-angels-crash': [
  (BA_CRASH, BA_PILOT, ['ASSAULT'], "squadron crashed in Beaufort, South Carolina Saturday", at('Beaufort', r=F)),
  (BA_CRASH, BA_PILOT, ['ASSAULT'], "The pilot was killed while flying during an air-show", at('Beaufort', r=F)),
  (BA_CRASH, BA_PILOT, ['ASSAULT'], "The jet crashed into a neighborhood, sending debris scattering.", at('Beaufort', r=F)),
  (BA_CRASH, BA_PILOT, ['ASSAULT'], "The crash occurred approximately three miles beyond the air station", at('Beaufort', r=F)),
  (US_NAVY, None, ['INVESTIGATE'], "The cause of the accident is under investigation", {'r': F}),
 ],
 'new-castle-indiana-prison-riot': [
  (INMATES, IN_PRISON, ['PROTEST', 'ASSAULT', 'FIGHT'], "A prison riot occurred at the New Castle Correctional Facility", at('New Castle')),
  (INMATES, IN_PRISON, ['ASSAULT'], "Two prison employees have sustained injuries.", at('New Castle', r=F)),
  (INMATES, IN_PRISON, ['COERCE', 'ASSAULT'], "for a short time inmates took over the prison", at('New Castle', r=F)),
  (INMATES, IN_PRISON, ['ASSAULT'], "Inmates also set fires and the fire department was called.", at('New Castle', r=F)),
  (IN_POLICE, INMATES, ['COERCE', 'ASSAULT'], "They used tear gas to disperse the prisoners", at('New Castle')),
  (IN_POLICE, INMATES, ['MOBILIZE'], "dispatched all of the city police officers to the prison", at('New Castle', r=F)),
  (IN_POLICE, INMATES, ['MOBILIZE'], "State Police were also called in by prison officials", at('New Castle', r=F)),
  (INDIANA, ARIZONA, ['AGREE', 'COOPERATE'], "the states of Indiana and Arizona reached an agreement", {'r': F}),
 ],
 'syria-israeli-airstrike-reactor-site': [
  (ISIS_INST, SYR, ['ACCUSE'], "Researchers at the Institute for Science and International Security (ISIS) have stated", {}),
  (ISR, SYR, ['ASSAULT'], "at the site where Israel launched an airstrike on", at('Syria')),
  (SYR, ISIS_INST, ['REJECT'], "Syria denies that they are building any kind of nuclear facility", {'r': F}),
  (ISR, SYR, ['ASSAULT', 'COERCE'], "the Israeli fighter jet violated the airspace of a member state", at('Syria', r=F)),
  (SYR, ISR, ['ACCUSE', 'THREATEN'], "The Israelis have undertaken a provocative action", {'r': F}),
  (ISIS_INST, SYR, ['ACCUSE'], "suggests that Syria may be trying to hide what was there", {'r': F}),
  (US_GOV, ISIS_INST, ['REJECT'], "the United States denies that the satellite photos show any site", {'r': F}),
  (IAEA, None, ['REJECT'], "The International Atomic Energy Agency (IAEA) also refused to release a statement.", {'r': F}),
 ],
 'tamil-nadu-thevar-centenary-security': [
  (TN_GOV, None, ['MOBILIZE'], "begin in Tamil Nadu amidst tight security arrangements", at('Tamil Nadu', r=F)),
  (TN_GROUPS, TN_GROUPS, ['FIGHT', 'ASSAULT'], "Sporadic instances of violence and group clashes have been reported.", at('Tamil Nadu')),
 ],
 'yangtze-jiangxi-acid-ship-sinking': [
  (SHIP_SINK, CN_CREW, ['ASSAULT'], "a ship carrying a hazardous cargo has sunk into the Yangtze river", at('Jiangxi', r=F)),
  (SHIP_SINK, CN_CREW, ['ASSAULT'], "after colliding with another vessel today", at('Jiangxi', r=F)),
  (SHIP_SINK, CN_CREW, ['ASSAULT'], "The collision, attributed to strong winds, occurred in Jiangxi Province", at('Jiangxi', r=F)),
  (CN_AUTH, CN_CREW, ['AID'], "The crew have been rescued and authorities say", at('Jiangxi', r=F)),
 ],
 'baltimore-johns-hopkins-shooting': [
  (GUNMAN, BA_VICTIMS, ['ASSAULT'], "A man shot a faculty physician as well as his own mother", at('Baltimore')),
  (BA_POLICE, GUNMAN, ['COERCE', 'MOBILIZE'], "Baltimore police found the suspected shooter", at('Baltimore', r=F)),
  (GUNMAN, BA_VICTIMS, ['ASSAULT'], "an unnamed doctor was shot in the chest", at('Baltimore', r=F)),
  (JHH, None, ['MOBILIZE', 'COERCE'], "All major hospital facilities were placed under a lockdown", at('Baltimore', r=F)),
  (BA_POLICE, GUNMAN, ['MOBILIZE'], "in the process of a tactical operation", at('Baltimore', r=F)),
  (FBI, BA_POLICE, ['COOPERATE', 'AID'], "it had been assisting local police in the incident", at('Baltimore', r=F)),
  (GUNMAN, BA_VICTIMS, ['ASSAULT'], "found both him and his mother dead from gunshot wounds", at('Baltimore', r=F)),
 ],
 'san-marcos-guatemala-bus-crash': [
  (GT_CRASH, GT_PASS, ['ASSAULT'], "are dead as the result of a bus crash in Guatemala", at('San Marcos', r=F)),
  (GT_CRASH, GT_PASS, ['ASSAULT'], "The incident happened when the bus was near the city of San Marcos.", at('San Marcos', r=F)),
  (GT_MIL, GT_REBELS, ['FIGHT'], "to assist in fighting against left-wing rebels during the Guatemalan Civil War", at('Guatemala', r=F)),
 ],
 'surrey-smiley-culture-police-raid': [
  (MET, EMMANUEL, ['COERCE'], "has died during a police raid at his home in Surrey, England", at('Surrey')),
  (MET, EMMANUEL, ['COERCE'], "when the Metropolitan police arrived at his house", at('Surrey', r=F)),
  (GB_COURT, EMMANUEL, ['ACCUSE'], "was due to face trial for conspiracy to supply cocaine", {'s': 'h'}),
  (IPCC, MET, ['INVESTIGATE'], "investigators from the Independent Police Complaints Commission are looking", {}),
  (MET, EMMANUEL, ['COERCE'], "attended a residential address in east Surrey to carry out an arrest warrant", at('Surrey', r=F)),
 ],
 'india-general-strike-new-delhi': [
  (IN_UNIONS, IN_GOV, ['PROTEST'], "India entered the second day of a two-day nationwide general strike", at('India')),
  (IN_UNIONS, IN_GOV, ['PROTEST'], "Hundreds of protestors were seen with red flags in Jantar Mantar, New Delhi", at('New Delhi')),
  (IN_UNIONS, IN_GOV, ['ACCUSE'], "said that the Modi government \"wants to hide its economic criminality", {'r': F}),
  (IN_UNIONS, IN_GOV, ['DEMAND'], "The protestors demanded job security in the unorganised sector", {'r': F}),
  (IN_UNIONS, IN_GOV, ['PROTEST'], "protestors had participated on the first day", at('India', r=F)),
 ],
 'beirut-downtown-protest-business-suit': [
  (LB_BUSINESS, LB_GOV, ['THREATEN'], "are threatening to sue the government within the next two weeks", {}),
  (HEZBOLLAH_PROT, LB_GOV, ['PROTEST'], "the current street protests being held by groups opposed to the government", at('Beirut', r=F)),
  (HEZBOLLAH_PROT, LB_BUSINESS, ['PROTEST', 'COERCE'], "about eighty shops had been forced to close down due to the protest", at('Beirut', r=F)),
  (HEZBOLLAH_PROT, LB_GOV, ['PROTEST'], "Large numbers of people took part in the Hezbollah-led protests", at('Beirut')),
  (LB_GOV, HEZBOLLAH_PROT, ['MOBILIZE', 'COERCE'], "the security measures imposed by the Internal Security Forces", at('Beirut', r=F)),
  (LB_BUSINESS, LB_GOV, ['ACCUSE'], "at a news conference Thursday at the Phoenicia InterContinental", at('Beirut', r=F)),
  (LB_BUSINESS, LB_GOV, ['CONSULT'], "He had also met with President Emile Lahoud and Prime Minister Fouad Siniora", {'r': F}),
  (LB_BUSINESS, HEZBOLLAH_PROT, ['REQUEST'], "the Tourist Associations have pleaded with General Michel Aoun", {'r': F}),
 ],
 'moscow-vnukovo-jet-crash': [
  (RU_CRASH, RU_CREW, ['ASSAULT'], "crashed during take off from Moscow's Vnukovo International Airport", at('Moscow', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}# Beirut
LB_BUSINESS = oth(["businesses operating in downtown beirut", "businesses", "tony salameh", "lawyers of affected firms", "tourist associations", "aishti"], "LBN")
LB_GOV = gov(["the government", "government", "lebanese politicians", "president emile lahoud", "emile lahoud", "prime minister fouad siniora", "fouad siniora", "internal security forces"], "LBN")
HEZBOLLAH_PROT = ag(["hezbollah", "groups opposed to the government", "large numbers of people", "general michel aoun", "michel aoun", "the protest", "protest"], "LBN")
# Moscow
RU_CRASH = oth(["bombardier challenger corporate jet", "jet", "the aircraft"], None)
RU_CREW = civ(["all three crew members", "crew members", "passengers"], None)

ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
