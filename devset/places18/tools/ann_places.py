# Gold events of the eighteenth place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was read while
# choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.1 degree; a note only, build_gold.py does not read it). Conventions: those of
# devset/places13/README.md as places16 applies them (see this set's README). A natural event, an outbreak or an
# accident has no agent: its source is the event itself (kind other), its type is a nominal ASSAULT and it is
# never required.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Samoa': (('Samoa', 'WSM'), (-13.76, -172.10)),
 'Melbourne': (('Melbourne', 'AUS'), (-37.81, 144.96)),
 'Philippines': (('Philippines', 'PHL'), (12.88, 121.77)),
 'New Zealand': (('New Zealand', 'NZL'), (-40.90, 174.89)),
 'Puerto Rico': (('Puerto Rico', 'PRI'), (18.22, -66.59)),
 'Guánica': (('Guánica', 'PRI'), (17.97, -66.91)),
 'Guayanilla': (('Guayanilla', 'PRI'), (18.02, -66.79)),
 'Wuhan': (('Wuhan', 'CHN'), (30.59, 114.31)),
 'Singapore': (('Singapore', 'SGP'), (1.35, 103.82)),
 'Hong Kong': (('Hong Kong', 'HKG'), (22.32, 114.17)),
 'United States': (('United States', 'USA'), (39.83, -98.58)),
 'Germany': (('Germany', 'DEU'), (51.17, 10.45)),
 'China': (('China', 'CHN'), (35.86, 104.20)),
 'Calabasas': (('Calabasas', 'USA'), (34.14, -118.64)),
 'New Hampshire': (('New Hampshire', 'USA'), (43.68, -71.58)),
 'Iowa': (('Iowa', 'USA'), (42.03, -93.58)),
 'Nevada': (('Nevada', 'USA'), (39.33, -116.63)),
 'South Carolina': (('South Carolina', 'USA'), (33.84, -81.16)),
 'Tehran': (('Tehran', 'IRN'), (35.69, 51.39)),
 'Iran': (('Iran', 'IRN'), (32.43, 53.69)),
 'Northern Mariana Islands': (('Northern Mariana Islands', 'MNP'), (15.19, 145.75)),
 'Basel': (('Basel', 'CHE'), (47.56, 7.59)),
 'Moscow': (('Moscow', 'RUS'), (55.76, 37.62)),
 'Saudi Arabia': (('Saudi Arabia', 'SAU'), (23.89, 45.08)),
 'Juba': (('Juba', 'SSD'), (4.85, 31.58)),
 'Dolgellau': (('Dolgellau', 'GBR'), (52.74, -3.88)),
 'Winchester': (('Winchester', 'GBR'), (51.06, -1.31)),
 'Groom': (('Groom', 'AUS'), (-27.56, 151.95)),
 'Queensland': (('Queensland', 'AUS'), (-22.58, 144.08)),
 'Slovakia': (('Slovakia', 'SVK'), (48.67, 19.70)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)
NOWHERE = {'w': None}

# 001 Samoa
WS_CABINET = gov(["cabinet", "the island nation's cabinet", "samoan government", "government of samoa", "government", "national emergency operation centre", "neoc", "samoa"], "WSM")
WS_GOV = gov(["government", "the government", "government of samoa", "samoan government", "authorities", "samoa"], "WSM")
WS_CIV = civ(["residents", "public", "children", "people", "public gathering", "schools", "public services", "samoa", "population"], "WSM")
MEASLES = oth(["measles outbreak", "measles", "outbreak", "outbreaks of measles", "d8 strain", "disease"], None)
UNICEF = igo(["unicef"])
AU_MISSION = gov(["australian medical mission", "australia", "australian medical mission's fifth rotation"], "AUS")
VIDRL = gov(["victorian infectious disease reference laboratory", "laboratory"], "AUS")
PH_CIV = civ(["philippines", "people"], "PHL")
NZ_CIV = civ(["new zealand", "people"], "NZL")
# 002 Puerto Rico
QUAKE = oth(["earthquake", "quake", "magnitude 5.2 earthquake", "5.2 quake", "6.4 quake", "5.8 magnitude earthquake", "earthquakes"], None)
PR_CIV = civ(["puerto rico", "homes", "residents", "people", "island"], "PRI")
COSTA_SUR = oth(["island's largest power plant", "island's biggest power plant", "costa sur power plant", "costa sur", "power plant"], "PRI")
PR_GOV = gov(["governor of puerto rico", "wanda vázquez garced", "vázquez garced", "governor", "puerto rico"], "PRI")
PUNTA = oth(["punta ventana rock formation", "punta ventana"], "PRI")
MARIA = oth(["hurricane maria", "maria", "2017's hurricane maria"], None)
# 003 Wuhan study
CORONA = oth(["new coronavirus", "coronavirus", "sars-like virus", "virus", "novel coronavirus", "wuhan outbreak"], None)
CN_CIV = civ(["people", "200 people", "infected people", "wuhan"], "CHN")
SINGAPORE = st(["singapore"], "SGP")
HONGKONG = gov(["hong kong"], "HKG")
US_AUTH = gov(["united states authorities", "us authorities", "united states"], "USA")
WUHAN_PASS = civ(["wuhan airline passengers", "passengers", "airline passengers"], "CHN")
# 004 Germany
DE_MAN = per(["man", "a man from starnberg district", "man from starnberg district"], "DEU")
BY_MIN = gov(["bavarian state ministry of public health and health care", "bavarian state ministry", "ministry", "german authorities"], "DEU")
WHO = igo(["world health organization", "who"])
CHINA = st(["china", "chinese government"], "CHN")
CN_PEOPLE = civ(["china", "people", "2741 confirmed cases"], "CHN")
# 005 Kobe Bryant
CRASH = oth(["crash", "helicopter", "helicopter crash"], None)
HELI = civ(["kobe bryant", "bryant", "gianna", "helicopter", "passengers", "people on board", "eight others"], "USA")
US_INV = gov(["federal aviation administration", "faa", "national transportation safety board", "ntsb"], "USA")
# 006 New Hampshire
NH_VOTERS = civ(["voters", "new hampshire", "democratic primary", "primary", "new hampshire primaries"], "USA")
SANDERS = per(["bernie sanders", "sanders", "senator bernie sanders", "united states senator bernie sanders"], "USA")
TRUMP_P = per(["donald trump", "trump", "president donald trump", "president trump"], "USA")
CANDS = per(["three candidates", "andrew yang", "michael bennet", "deval patrick", "yang", "bennet", "patrick"], "USA")
IOWA_DEM = oth(["iowa democratic party", "iowa caucuses", "caucuses", "voters"], "USA")
BUTTIGIEG = per(["pete buttigieg", "buttigieg"], "USA")
DEM_PARTY = oth(["democratic party", "democratic party", "democrats", "the democratic party"], "USA")
REP_VOTERS = oth(["republican iowa caucuses", "caucuses", "voters"], "USA")
# 007 Iran
COVID = oth(["covid-19", "sars-cov-2", "virus", "coronavirus", "the virus"], None)
MIRMOHAMMADI = per(["seyed mohammad mir-mohammadi", "mohammad mir-mohammadi", "mir-mohammadi"], "IRN")
MIR_MOTHER = per(["mir-mohammadi's mother", "mother"], "IRN")
IR_CIV = civ(["people", "those infected", "iranians", "1501"], "IRN")
# 008 Northern Mariana Islands
NMI_DEM = oth(["democratic party", "united states democratic party", "caucuses", "voters", "northern mariana islands"], "USA")
BIDEN = per(["joe biden", "biden", "former vice president of the united states joe biden"], "USA")
CLINTON = per(["hillary clinton", "clinton"], "USA")
# 009 Derakhshani
ICF = gov(["iranian chess federation", "chess federation", "federation", "the federation", "mehrdad pahlavanzadeh", "pahlavanzadeh", "iranian chess federation president", "iran"], "IRN")
DERAKHSHANI = per(["dorsa derakhshani", "borna derakhshani", "derakhshani", "two teenage chess players", "teenage chess players", "these two", "players"], "IRN")
GHAEM = per(["ehasn ghaem-maghami", "ghaem-maghami", "iranian grand master"], "IRN")
IL_PLAYER = per(["israeli player", "player", "opponent"], "ISR")
HEJAZIPOUR = per(["mitra hejazipour", "hejazipour"], "IRN")
SA_STATE = st(["saudi arabia", "saudi", "riyadh", "saudi government"], "SAU")
IL_PLAYERS = per(["israeli chess players", "israeli players"], "ISR")
PAIKIDZE = per(["nazí paikidze", "paikidze", "wgm nazí paikidze"], "USA")
IRAN = st(["iran", "iranian government", "2017 women's world championship"], "IRN")
# 010 Kimura
BULLIES = oth(["cyber-bullying", "cyber-bullies", "social media", "online criticism", "critics"], None)
KIMURA = per(["hana kimura", "kimura"], "JPN")
# 011 Luk Jok
ILLNESS = oth(["prolonged illness", "illness"], None)
LUK = per(["john luk jok", "john luk", "luk"], "SSD")
MAKUEI = gov(["michael makuei", "makuei", "information minister"], "SSD")
NYANDENG = gov(["rebecca nyandeng de mabior", "rebecca nyandeng", "vice presidents", "south sudan's vice presidents"], "SSD")
# 012 Bontddu Hall
FIRE = oth(["fire", "blaze", "the fire"], None)
HALL = civ(["bontddu hall", "historic mansion", "woman", "a rescued woman", "former hotel"], "GBR")
NWFRS = gov(["north wales fire and rescue service", "fire service", "appliances", "police", "north wales police"], "GBR")
# 013 Winchester
BUS_CRASH = oth(["bus", "stagecoach south bus", "school bus", "collision", "serious collision"], None)
PUPILS = civ(["three children", "children", "students", "13 students", "school bus"], "GBR")
HANTS_POLICE = gov(["hampshire police", "police"], "GBR")
# 014/015 Groom
GROOM_VOTERS = civ(["voters", "voters in the australian electoral district of groom"], "AUS")
LNP = oth(["liberal national party", "lnp"], "AUS")
LABOR = oth(["labor party", "labor", "the labor party"], "AUS")
MCVEIGH = per(["john mcveigh", "mcveigh", "liberal national mp john mcveigh"], "AUS")
WIKINEWS = oth(["wikinews"], None)
FARQUHARSON = per(["craig farquharson", "farquharson"], "AUS")
JEPHCOTT = per(["sandra jephcott", "jephcott"], "AUS")
# 016 Slovakia
MATOVIC = gov(["igor matovič", "matovič", "prime minister igor matovič", "prime minister", "slovak republic"], "SVK")
MACRON = gov(["emmanuel macron", "macron", "president of france emmanuel macron", "president of france", "france"], "FRA")
SK_GOV = gov(["government ministers", "government", "matovič's government", "prime minister", "slovakia"], "SVK")
SK_PEOPLE = civ(["the nation's 5.5 million people", "people", "people of his country", "nation"], "SVK")
SULIK = gov(["richard sulík", "sulík", "economy minister", "minister of economy"], "SVK")

ANN = {
 'samoa-measles-emergency-ends': [
  (WS_CABINET, WS_CIV, ['CONCEDE'], "The island nation's cabinet unanimously voted to lift it on Saturday afternoon", at('Samoa')),
  (WS_GOV, WS_CIV, ['CONCEDE'], "the state of emergency begun on November 15 over a measles outbreak ended in Samoa", at('Samoa', r=F)),
  (UNICEF, WS_GOV, ['AID'], "UNICEF reported they had delivered over 105 thousand doses of vaccine to Samoa", at('Samoa', r=F)),
  (AU_MISSION, WS_GOV, ['AID'], "The Australian medical mission's fifth rotation is to remain on the islands", at('Samoa', r=F)),
  (WS_GOV, WS_CIV, ['COERCE', 'MOBILIZE'], "the government of Samoa executed a planned shutdown of public services", at('Samoa', r=F)),
  (WS_GOV, WS_CIV, ['COERCE'], "the government prohibited inter-island travel for those under 19", at('Samoa', r=F)),
  (VIDRL, WS_GOV, ['AID', 'COOPERATE'], "the Victorian Infectious Disease Reference Laboratory in Melbourne tested 7 out of 20 suspected cases positive", at('Melbourne', r=F)),
  (MEASLES, PH_CIV, ['ASSAULT'], "outbreaks of measles were declared in parts of the Philippines", at('Philippines', r=F)),
  (MEASLES, NZ_CIV, ['ASSAULT'], "The D8 strain, which caused a New Zealand outbreak", at('New Zealand', r=F)),
 ],
 'puerto-rico-earthquake': [
  (QUAKE, PR_CIV, ['ASSAULT'], "a magnitude 5.2 earthquake hit the already rattled United States commonwealth of Puerto Rico", at('Guánica', r=F)),
  (QUAKE, PR_CIV, ['ASSAULT'], "including a 6.4 quake that hit on January 7 and caused an island-wide blackout", at('Puerto Rico', r=F)),
  (QUAKE, PR_CIV, ['ASSAULT'], "That event destroyed at least 300 homes, ripped up roads", at('Puerto Rico', r=F)),
  (PR_GOV, PR_CIV, ['MOBILIZE'], "The governor of Puerto Rico, Wanda Vázquez Garced, declared a state of emergency.", at('Puerto Rico')),
  (QUAKE, PUNTA, ['ASSAULT'], "a 5.8 magnitude earthquake the previous day that collapsed the famous Punta Ventana rock formation", at('Puerto Rico', r=F)),
  (QUAKE, COSTA_SUR, ['ASSAULT'], "fixing the island's largest power plant, which was damaged by the quake", at('Guayanilla', r=F)),
  (MARIA, PR_CIV, ['ASSAULT'], "Puerto Rico had still not fully recovered from 2017's Hurricane Maria", at('Puerto Rico', r=F)),
 ],
 'wuhan-coronavirus-study': [
  (CORONA, CN_CIV, ['ASSAULT'], "The SARS-like virus first appeared in December in Wuhan, China.", at('Wuhan', r=F)),
  (CORONA, CN_CIV, ['ASSAULT'], "it has infected over 200 people mostly in Wuhan and killed three people", at('Wuhan', r=F)),
  (SINGAPORE, WUHAN_PASS, ['COERCE', 'MOBILIZE'], "Singapore and Hong Kong have intensified screening", at('Singapore')),
  (HONGKONG, WUHAN_PASS, ['COERCE', 'MOBILIZE'], "have intensified screening for Wuhan airline passengers", at('Hong Kong')),
  (US_AUTH, WUHAN_PASS, ['COERCE', 'MOBILIZE'], "United States authorities declared similar measures for San Francisco, Los Angeles and New York major airports", at('United States')),
 ],
 'germany-first-coronavirus-case': [
  (CORONA, DE_MAN, ['ASSAULT'], "confirmed a case of coronavirus infection in a man from Starnberg district", at('Germany', r=F)),
  (BY_MIN, DE_MAN, ['COERCE'], "The man has been isolated and is in good condition", at('Germany', r=F)),
  (WHO, None, ['MOBILIZE'], "raised the 2019-nCoV coronavirus global risk assessment", {'w': None, 'r': F}),
  (CORONA, CN_PEOPLE, ['ASSAULT'], "461 severe cases, and 5794 suspected cases in China", at('China', r=F)),
  (CHINA, None, ['AID', 'MOBILIZE'], "China has invested about nine billion US dollars to develop efficient diagnostics", at('China', r=F)),
 ],
 'kobe-bryant-helicopter-crash': [
  (CRASH, HELI, ['ASSAULT'], "a helicopter with United States basketball player Kobe Bryant and eight others on board crashed in Calabasas", at('Calabasas', r=F)),
  (US_INV, CRASH, ['ACCUSE'], "the Federal Aviation Administration and the National Transportation Safety Board were to investigate the cause of the crash", at('United States', s='h')),
 ],
 'new-hampshire-primaries': [
  (NH_VOTERS, SANDERS, ['SUPPORT'], "Sanders, a Senator from Vermont, won the Democratic primary with 25.7% of the vote", at('New Hampshire')),
  (NH_VOTERS, TRUMP_P, ['SUPPORT'], "Trump, the incumbent President of the United States, won the Republican primary", at('New Hampshire')),
  (CANDS, None, ['RETREAT'], "three candidates withdrew from the race", {'w': None, 'r': F}),
  (IOWA_DEM, BUTTIGIEG, ['SUPPORT'], "the Iowa Democratic Party had finalized the division of the state's 41 pledged delegates", at('Iowa', r=F)),
  (REP_VOTERS, TRUMP_P, ['SUPPORT'], "only secured 39 of the state's 40 delegates", at('Iowa', r=F)),
  (DEM_PARTY, None, ['SUPPORT'], "continue its primary season with the Nevada caucuses on February 22", at('Nevada', s='h')),
  (DEM_PARTY, None, ['SUPPORT'], "followed by the South Carolina primary election on February 29", at('South Carolina', s='h')),
 ],
 'iran-official-dies-covid': [
  (COVID, MIRMOHAMMADI, ['ASSAULT'], "he died at the Masih-e-Daneshavari hospital in the capital city Tehran", at('Tehran', r=F)),
  (COVID, MIR_MOTHER, ['ASSAULT'], "Mir-Mohammadi's mother died after contracting COVID-19", {'w': None, 'r': F}),
  (COVID, IR_CIV, ['ASSAULT'], "the total number of those infected until now is 1501", at('Iran', r=F)),
 ],
 'northern-mariana-caucus': [
  (NMI_DEM, SANDERS, ['SUPPORT'], "Bernie Sanders of Vermont won the caucuses, securing a majority", at('Northern Mariana Islands')),
  (NMI_DEM, BIDEN, ['SUPPORT'], "Joe Biden earned the other two delegates", at('Northern Mariana Islands', r=F)),
  (NMI_DEM, CLINTON, ['SUPPORT'], "Sanders lost the caucuses in the Northern Mariana Islands to Hillary Clinton", at('Northern Mariana Islands', r=F)),
 ],
 'derakhshani-chess-ban-interview': [
  (ICF, DERAKHSHANI, ['SANCTION', 'COERCE'], "were banned from representing the national team", at('Iran')),
  (ICF, DERAKHSHANI, ['SANCTION', 'COERCE'], "these two will be denied entry to all tournaments taking place in Iran", at('Iran', s='h')),
  (GHAEM, IL_PLAYER, ['REJECT'], "Ehasn Ghaem-Maghami refused to play against an [Israeli] player", at('Basel', r=F)),
  (HEJAZIPOUR, ICF, ['PROTEST', 'REJECT'], "in a tournament in Moscow: she chose not to wear [a] hijab", at('Moscow', r=F)),
  (ICF, HEJAZIPOUR, ['SANCTION', 'COERCE'], "Iranian Chess Federation President announced she was now banned from the Iranian Chess Team", at('Iran', r=F)),
  (SA_STATE, IL_PLAYERS, ['REJECT', 'SANCTION'], "Israeli chess players were denied visa", at('Saudi Arabia', r=F)),
  (PAIKIDZE, IRAN, ['PROTEST', 'REJECT'], "it was boycotted by [WGM] Nazí Paikidze due to the mandatory hijab", {'w': None, 'r': F}),
 ],
 'hana-kimura-dies': [
  (BULLIES, KIMURA, ['ACCUSE', 'THREATEN'], "suggesting she was a victim of cyber-bullying shortly before her death", {'w': None, 'r': F}),
  (BULLIES, KIMURA, ['ACCUSE'], "she received online criticism for her appearances on the show", {'w': None, 'r': F}),
 ],
 'john-luk-jok-dies': [
  (ILLNESS, LUK, ['ASSAULT'], "died yesterday in Juba, the capital city of South Sudan", at('Juba', r=F)),
  (MAKUEI, LUK, ['SUPPORT'], "Michael Makuei, the Information Minister paid tribute to Luk.", NOWHERE),
  (NYANDENG, LUK, ['SUPPORT'], "also commented on Luk's death to The EastAfrican", {'w': None, 'r': F}),
 ],
 'bontddu-hall-fire': [
  (FIRE, HALL, ['ASSAULT'], "A fire broke out yesterday at Bontddu Hall near Dolgellau", at('Dolgellau', r=F)),
  (NWFRS, HALL, ['AID'], "North Wales Fire and Rescue Service were called to the building", at('Dolgellau', r=F)),
  (NWFRS, FIRE, ['ACCUSE'], "The fire service indicated an investigation working alongside North Wales Police was underway.", {'w': None, 'r': F}),
 ],
 'winchester-bus-bridge': [
  (BUS_CRASH, PUPILS, ['ASSAULT'], "a Stagecoach South bus crashed into a tunnel in Winchester, Hampshire, England", at('Winchester', r=F)),
  (BUS_CRASH, PUPILS, ['ASSAULT'], "after a school bus collided with a railway bridge", at('Winchester', r=F)),
 ],
 'groom-by-election-farquharson': [
  (GROOM_VOTERS, None, ['SUPPORT'], "voters in the Australian electoral district of Groom are scheduled to go to the polls", at('Groom', s='h')),
  (MCVEIGH, None, ['RETREAT'], "following the resignation of Liberal National MP John McVeigh for family reasons", {'w': None, 'r': F}),
  (GROOM_VOTERS, LNP, ['SUPPORT'], "won this seat by over 70% of the two-party-preferred vote", at('Groom', r=F)),
  (GROOM_VOTERS, LABOR, ['REJECT'], "There was a 4.2% swing against the Labor Party in the state of Queensland", at('Queensland', r=F)),
 ],
 'groom-by-election-jephcott': [
  (GROOM_VOTERS, None, ['SUPPORT'], "Voters in the Australian electoral district of Groom are scheduled to go to the polls", at('Groom', s='h')),
  (MCVEIGH, None, ['RETREAT'], "following the resignation of Liberal National MP John McVeigh for family reasons", {'w': None, 'r': F}),
  (GROOM_VOTERS, LNP, ['SUPPORT'], "won this seat by over 70% of the two-party-preferred vote", at('Groom', r=F)),
  (GROOM_VOTERS, LABOR, ['REJECT'], "There was a 4.2% swing against the Labor Party in the state of Queensland", at('Queensland', r=F)),
 ],
 'slovakia-pm-covid-positive': [
  (MATOVIC, MACRON, ['CONSULT'], "he attended a summit with President of France Emmanuel Macron", NOWHERE),
  (SK_GOV, SK_PEOPLE, ['COERCE'], "it was agreed a partial lockdown would be instated on Saturday", at('Slovakia')),
  (COVID, MATOVIC, ['ASSAULT'], "announcing he had tested positive for COVID-19", {'w': None, 'r': F}),
  (MATOVIC, SULIK, ['ACCUSE'], "the Prime Minister apologised to the people of his country", at('Slovakia', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
