# Gold events of the seventeenth place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was read while
# choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree; a note only, build_gold.py does not read it). Conventions: those of
# devset/places13/README.md as places16 applies them (see this set's README). A natural event or an accident has
# no agent: its source is the event itself (kind other), its type is a nominal ASSAULT and it is never required.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Java Sea': (('Java Sea', 'IDN'), (-5.0, 110.0)),
 'Indonesia': (('Indonesia', 'IDN'), (-0.79, 113.92)),
 'Iran': (('Iran', 'IRN'), (32.43, 53.69)),
 'United States': (('United States', 'USA'), (39.83, -98.58)),
 'Babyninsky': (('Babyninsky', 'RUS'), (54.39, 35.80)),
 'Russia': (('Russia', 'RUS'), (61.52, 105.32)),
 'Philippines': (('Philippines', 'PHL'), (12.88, 121.77)),
 'Goa': (('Goa', 'IND'), (15.30, 74.08)),
 'Vatican City': (('Vatican City', 'VAT'), (41.90, 12.45)),
 'Rome': (('Rome', 'ITA'), (41.90, 12.50)),
 'Namibia': (('Namibia', 'NAM'), (-22.96, 18.49)),
 'Louisiana': (('Louisiana', 'USA'), (30.98, -91.96)),
 'New Orleans': (('New Orleans', 'USA'), (29.95, -90.07)),
 'Jefferson Parish': (('Jefferson Parish', 'USA'), (29.73, -90.10)),
 'Elbow Cay': (('Elbow Cay', 'BHS'), (26.55, -76.96)),
 'Bahamas': (('Bahamas', 'BHS'), (24.25, -76.0)),
 'Florida': (('Florida', 'USA'), (27.80, -81.70)),
 'South Carolina': (('South Carolina', 'USA'), (33.84, -81.16)),
 'Palm Beach County': (('Palm Beach County', 'USA'), (26.65, -80.45)),
 'Great Abaco': (('Great Abaco', 'BHS'), (26.45, -77.10)),
 'Bermuda': (('Bermuda', 'BMU'), (32.31, -64.75)),
 'Okinawa': (('Okinawa', 'JPN'), (26.50, 127.95)),
 'Stockholm': (('Stockholm', 'SWE'), (59.33, 18.07)),
 'Belgium': (('Belgium', 'BEL'), (50.50, 4.47)),
 'New York City': (('New York City', 'USA'), (40.71, -74.01)),
 'London': (('London', 'GBR'), (51.51, -0.13)),
 'Germany': (('Germany', 'DEU'), (51.17, 10.45)),
 'Hong Kong': (('Hong Kong', 'HKG'), (22.32, 114.17)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)

# 001 Namse Bangdzod
VANISH = oth(["disappearance", "namse bangdzod", "mv namse bangdzod", "cargo ship", "tanker", "ship"], None)
SHIP = civ(["mv namse bangdzod", "namse bangdzod", "cargo ship", "tanker", "ship", "crew", "crewmembers", "vessel"], "IDN")
ID_NAVY = mil(["navy", "four navy ships", "navy ships", "indonesian navy", "1st fleet command", "coast guard", "search and rescue agency", "national search and rescue agency"], "IDN")
PIRATES = oth(["pirates", "piracy"], None)
SEARCHERS = st(["singapore", "india", "australia", "three nations", "all three nations"], None)
# 002 Lion Air
LION_CRASH = oth(["flight", "crash", "lion air flight 610", "aircraft", "boeing 737 max", "the flight"], None)
LION_PASS = civ(["all 189 on the aircraft", "189", "passengers", "lion air flight 610"], "IDN")
NTSC = gov(["national transportation safety committee", "national transportation safety committee of indonesia", "investigators", "authorities"], "IDN")
CVR = oth(["cockpit voice recorder", "voice recorder", "device", "recorder"], None)
# 003 Mendez
IR_REV = ag(["revolutionaries", "iranian revolutionaries", "iran"], "IRN")
IR_OLDGOV = gov(["iran", "iranian government"], "IRN")
US_EMB = gov(["u.s. embassy", "us embassy", "embassy", "dozens of people", "hostages", "united states"], "USA")
MENDEZ = gov(["tony mendez", "mendez", "another agent", "cia", "central intelligence agency"], "USA")
US_DIPL = gov(["six other u.s. diplomats", "u.s. diplomats", "diplomats", "u.s. nationals", "several u.s. nationals"], "USA")
CARTER = gov(["jimmy carter", "carter", "then-u.s.-president jimmy carter", "u.s. president"], "USA")
# 004 Babyninsky
BUS_CRASH = oth(["bus", "accident", "the accident", "bus carrying children"], None)
BUS_PASS = civ(["children", "occupants", "four children", "passengers", "45"], "RUS")
RU_POLICE = gov(["police", "russian police"], "RUS")
DRIVER = per(["driver", "the driver"], "RUS")
# 005 Gutierrez
MARBEL = oth(["diocese", "marbel diocese", "dinualdo gutierrez", "gutierrez", "bishop"], "PHL")
MINE = oth(["copper and gold mining project", "mining project", "mining interests"], None)
# 006 D'Souza
GOA_GOV = gov(["goa's government", "goa government", "government", "goa", "manohar parrikar", "chief minister manohar parrikar"], "IND")
DSOUZA = gov(["francis d'souza", "d'souza", "deputy chief minister", "minister"], "IND")
# 007 Manafort
JACKSON = gov(["judge amy berman jackson", "amy berman jackson", "judge jackson", "u.s. federal court", "federal court", "judge"], "USA")
MANAFORT = per(["paul manafort", "manafort", "former advisor", "former trump advisor"], "USA")
OTHER_JUDGE = gov(["another federal judge", "federal judge", "judge", "the judge in that case"], "USA")
MUELLER = gov(["robert mueller", "mueller", "robert mueller's investigation"], "USA")
# 008 Pope
POPE = gov(["pope francis", "pope", "holy see", "vatican", "roman catholic church", "church"], "VAT")
CLERGY = oth(["priests and nuns", "priests", "nuns", "church authorities", "catholic churches", "archbishops", "bishops"], None)
BISHOPS = oth(["catholic bishops", "bishops", "catholic bishops from around the world"], None)
ABUSERS = per(["george pell", "cardinal george pell", "theodore mccarrick", "mccarrick", "pell"], None)
COURTS = oth(["courts", "authorities"], None)
# 009 Iyambo
IYAMBO = gov(["nickey iyambo", "iyambo", "former vice-president", "vice-president"], "NAM")
NAM_PRES = gov(["president of namibia", "hage geingob", "geingob", "namibia"], "NAM")
# 010 Louisiana
EDWARDS = gov(["governor of louisiana", "john bel edwards", "edwards", "governor", "louisiana", "governor john bel edwards"], "USA")
LA_STATE = gov(["louisiana", "state", "the state", "residents"], "USA")
GUARD = mil(["national guard", "3000 of the national guard"], "USA")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "president"], "USA")
CANTRELL = gov(["mayor of new orleans", "latoya cantrell", "cantrell", "mayor"], "USA")
NOLA_RES = civ(["residents", "residents of her city", "new orleans"], "USA")
JP_OFF = gov(["officials", "jefferson parish officials", "jefferson parish", "authorities", "local officials"], "USA")
JP_RES = civ(["residents", "residents of some other areas", "jefferson parish"], "USA")
BARRY = oth(["tropical storm barry", "barry", "storm", "heavy rains", "rains", "flooding"], None)
# 011 Dorian
DORIAN = oth(["hurricane dorian", "dorian", "category 5 hurricane", "hurricane"], None)
BS_RES = civ(["residents", "bahamas", "people"], "BHS")
MINNIS = gov(["prime minister hubert minnis", "hubert minnis", "minnis", "prime minister", "bahamas"], "BHS")
DESANTIS = gov(["florida governor ron desantis", "ron desantis", "desantis", "florida", "governor"], "USA")
MCMASTER = gov(["south carolina governor henry mcmaster", "henry mcmaster", "mcmaster", "south carolina", "governor"], "USA")
PBC = gov(["palm beach county", "county"], "USA")
PBC_RES = civ(["residents", "some residents"], "USA")
# 012-013 Humberto
HUMBERTO = oth(["humberto", "hurricane humberto", "tropical storm humberto", "storm", "hurricane"], None)
BS_GOV = gov(["bahamian government", "bahamas", "government"], "BHS")
BM = civ(["bermuda", "islands", "residents"], "BMU")
GONZALO = oth(["hurricane gonzalo", "gonzalo"], None)
# 014 Grayback
JP_BOMBER = mil(["japanese nakajima b5n carrier bomber", "japanese bomber", "bomber", "nakajima b5n", "japan"], "JPN")
GRAYBACK = mil(["u.s.s. grayback", "grayback", "uss grayback", "submarine", "u.s. vessel", "80 men"], "USA")
JP_SHIPS = civ(["japanese cargo ships", "cargo ships"], "JPN")
# 015 Thunberg
THUNBERG = civ(["greta thunberg", "thunberg", "swedes", "thousands of swedes", "climate change activist"], "SWE")
SE_PARL = gov(["swedish parliament", "sweden", "parliament"], "SWE")
STUDENTS = civ(["students", "35 thousand students"], "BEL")
PROTESTERS = civ(["protesters", "people", "four million people", "marches", "250 thousand protesters", "1.4 million"], None)
WORLD_LEADERS = oth(["world leaders", "united nations", "pope francis", "united states congress"], None)
HK_PROT = civ(["protesters in hong kong", "protesters", "hong kong protesters"], "HKG")
CHINA = st(["china", "chinese"], "CHN")
# 016 Phanfone
PHANFONE = oth(["typhoon phanfone", "phanfone", "typhoon"], None)
PH_CIV = civ(["civilians", "58,000 civilians", "people", "at least 20", "15,000", "tourist attractions"], "PHL")
HAIYAN = oth(["typhoon haiyan", "haiyan"], None)

ANN = {
 'indonesian-tanker-vanishes': [
  (VANISH, SHIP, ['ASSAULT'], "In late December, Indonesian cargo ship MV Namse Bangdzod vanished in local waters.", at('Java Sea', r=F)),
  (ID_NAVY, SHIP, ['AID', 'MOBILIZE'], "Four Navy ships assisted by aircraft are searching.", at('Indonesia', r=F)),
  (PIRATES, SHIP, ['ASSAULT', 'COERCE'], "suggested piracy, perhaps to obtain the valuable cargo, is now the most prominent theory", {'w': None, 's': 'h'}),
  (SEARCHERS, None, ['AID', 'MOBILIZE'], "Singapore, India, and Australia have in the past conducted emergency searches of the Java Sea", at('Java Sea', r=F)),
 ],
 'lion-air-voice-recorder': [
  (NTSC, CVR, ['AID', 'MOBILIZE'], "the cockpit voice recorder from Lion Air Flight 610 has been recovered from the Java Sea", at('Java Sea', r=F)),
  (LION_CRASH, LION_PASS, ['ASSAULT'], "All 189 on the aircraft died when the flight came down last October.", at('Java Sea', r=F)),
 ],
 'tony-mendez-argo-dies': [
  (IR_REV, IR_OLDGOV, ['ASSAULT', 'COERCE'], "In 1979, revolutionaries took control of Iran", at('Iran', r=F)),
  (IR_REV, US_EMB, ['ASSAULT', 'COERCE'], "captured the U.S. embassy, taking dozens of people there hostage", at('Iran')),
  (MENDEZ, US_DIPL, ['AID'], "Mendez and another agent successfully smuggled them out of the country", at('Iran', r=F)),
  (CARTER, MENDEZ, ['SUPPORT'], "Mendez was awarded the Intelligence Star by then-U.S.-president Jimmy Carter", at('United States', r=F)),
 ],
 'babyninsky-bus-overturns': [
  (BUS_CRASH, BUS_PASS, ['ASSAULT'], "A bus carrying children from Smolensk to Kaluga on Sunday overturned in Babyninsky, Russia.", at('Babyninsky', r=F)),
  (RU_POLICE, DRIVER, ['COERCE'], "Police have opened a criminal case against the driver and detained him for questioning.", at('Russia')),
 ],
 'bishop-gutierrez-dies': [
  (MARBEL, MINE, ['PROTEST'], "Under him, the diocese had protested against a copper and gold mining project.", at('Philippines')),
 ],
 'francis-dsouza-dies': [
  (GOA_GOV, DSOUZA, ['SANCTION', 'REJECT', 'COERCE'], "had relatively recently been dismissed from being a minister because of his health", at('Goa', r=F)),
  (GOA_GOV, DSOUZA, ['SUPPORT'], "Goa's government announced three days of mourning for D'Souza.", at('Goa')),
 ],
 'manafort-second-sentence': [
  (JACKSON, MANAFORT, ['COERCE'], "Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months in federal prison", at('United States')),
  (OTHER_JUDGE, MANAFORT, ['COERCE'], "In last week's action, another federal judge sentenced Manafort to a 47 month prison term.", at('United States')),
  (MANAFORT, MUELLER, ['COOPERATE', 'AGREE'], "Manafort agreed to help with Robert Mueller's investigation", {'w': None, 'r': F}),
  (OTHER_JUDGE, MANAFORT, ['ACCUSE'], "the judge in that case determined Manafort had lied and violated that deal", at('United States', r=F)),
 ],
 'pope-abuse-reporting-law': [
  (POPE, CLERGY, ['COERCE', 'SANCTION'], "On Thursday, Pope Francis announced new church law to mandate reporting sexual abuses", at('Vatican City')),
  (BISHOPS, POPE, ['CONSULT'], "Catholic bishops from around the world attended a summit in Rome, overseen by the Pope", at('Rome', r=F)),
  (COURTS, ABUSERS, ['COERCE'], "were convicted for sexually abusing minors", {'w': None, 'r': F}),
 ],
 'nickey-iyambo-dies': [
  (IYAMBO, None, ['RETREAT'], "Last year, poor health was cited when he stepped down from his position.", at('Namibia')),
  (NAM_PRES, IYAMBO, ['SUPPORT'], "He was awarded the Most Brilliant Order of the Sun, first class", at('Namibia', r=F)),
 ],
 'louisiana-barry-emergency': [
  (EDWARDS, LA_STATE, ['MOBILIZE'], "declared a state of emergency for the state on Thursday", at('Louisiana')),
  (EDWARDS, GUARD, ['MOBILIZE'], "he has arranged for 3000 of the National Guard to be available", at('Louisiana', r=F)),
  (EDWARDS, TRUMP, ['REQUEST'], "has requested U.S. President Donald Trump declare a state of emergency", at('Louisiana')),
  (CANTRELL, NOLA_RES, ['MOBILIZE', 'AID'], "advised residents of her city to make plans and shelter in place", at('New Orleans', r=F)),
  (JP_OFF, JP_RES, ['MOBILIZE', 'AID'], "Residents of some other areas, such as Jefferson Parish, have been instructed to evacuate.", at('Jefferson Parish', r=F)),
  (BARRY, NOLA_RES, ['ASSAULT'], "The city of New Orleans already sustained heavy rains earlier this week, with flooding.", at('New Orleans', r=F)),
 ],
 'hurricane-dorian-bahamas': [
  (DORIAN, BS_RES, ['ASSAULT'], "Dorian reached the Bahamas earlier today, making landfall in Elbow Cay.", at('Elbow Cay', r=F)),
  (MINNIS, BS_RES, ['MOBILIZE', 'AID'], "Prime Minister Hubert Minnis urged residents to evacuate.", at('Bahamas', r=F)),
  (DESANTIS, None, ['MOBILIZE'], "Florida Governor Ron DeSantis declared a state of emergency in anticipation of Dorian", at('Florida')),
  (MCMASTER, None, ['MOBILIZE'], "with South Carolina Governor Henry McMaster following suit yesterday", at('South Carolina')),
  (PBC, PBC_RES, ['MOBILIZE', 'AID'], "Palm Beach County in Florida issued an evacuation order to some residents", at('Palm Beach County', r=F)),
 ],
 'humberto-upgraded-hurricane': [
  (HUMBERTO, None, ['ASSAULT'], "Humberto hovered to the east of Great Abaco Island for a few hours", at('Great Abaco', r=F)),
  (BS_GOV, None, ['RETREAT', 'AID'], "the Bahamian government withdrew its tropical storm warnings", at('Bahamas', r=F)),
 ],
 'humberto-approaches-bermuda': [
  (HUMBERTO, BM, ['ASSAULT'], "Humberto was expected to pass by Bermuda late Wednesday night.", at('Bermuda', s='h')),
  (GONZALO, BM, ['ASSAULT'], "The most recent hurricane to reach Bermuda, Hurricane Gonzalo, made landfall there in 2014.", at('Bermuda', r=F)),
 ],
 'grayback-wreck-okinawa': [
  (JP_BOMBER, GRAYBACK, ['ASSAULT'], "encountered a Japanese Nakajima b5N carrier bomber while returning from its tenth patrol", at('Okinawa')),
  (JP_BOMBER, GRAYBACK, ['ASSAULT'], "military records that showed a Japanese bomber had attacked a U.S. vessel in late February", {'w': None, 'r': F}),
  (GRAYBACK, JP_SHIPS, ['ASSAULT'], "The Grayback was short on torpedoes from its recent attack on Japanese cargo ships.", {'w': None, 'r': F}),
 ],
 'thunberg-person-of-year': [
  (THUNBERG, SE_PARL, ['PROTEST'], "Thunberg began her climate protest on August 20, 2018, at the age of fifteen, outside of the Swedish Parliament", at('Stockholm')),
  (THUNBERG, SE_PARL, ['PROTEST'], "but thousands of Swedes eventually joined the protest", at('Stockholm', r=F)),
  (STUDENTS, None, ['PROTEST'], "with 35 thousand students protesting in Belgium in January of this year", at('Belgium', r=F)),
  (THUNBERG, None, ['PROTEST', 'MOBILIZE'], "the largest climate change demonstration ever held to date, on September 20 of this year", {'w': None}),
  (PROTESTERS, None, ['PROTEST'], "This included marches of 250 thousand protesters in New York City", at('New York City', r=F)),
  (PROTESTERS, None, ['PROTEST'], "100 thousand in London, and 1.4 million", at('London', r=F)),
  (PROTESTERS, None, ['PROTEST'], "1.4 million in cities throughout Germany", at('Germany', r=F)),
  (THUNBERG, WORLD_LEADERS, ['CONSULT'], "Thunberg has met with multiple world leaders advocating climate change action", {'w': None, 'r': F}),
  (HK_PROT, CHINA, ['PROTEST'], "protesters in Hong Kong over Chinese extradition", at('Hong Kong', r=F)),
 ],
 'typhoon-phanfone-philippines': [
  (PHANFONE, PH_CIV, ['ASSAULT'], "Typhoon Phanfone made landfall on the central Philippines from Tuesday night through to Wednesday", at('Philippines', r=F)),
  (PHANFONE, PH_CIV, ['ASSAULT'], "Phanfone impacted upon popular tourist attractions, such as Boracay and Coron", at('Philippines', r=F)),
  (PHANFONE, PH_CIV, ['ASSAULT', 'COERCE'], "It also blocked roads and forced over 58,000 civilians to evacuate.", at('Philippines', r=F)),
  (HAIYAN, PH_CIV, ['ASSAULT'], "Phanfone damaged similar regions to Typhoon Haiyan, which killed over 6,000 people in 2013.", at('Philippines', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
