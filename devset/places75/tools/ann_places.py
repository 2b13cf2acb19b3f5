# Gold events of the seventy-fifth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree for towns; a state's, region's or country's point is its rough middle; a
# note only, build_gold.py does not read it). Conventions: those of devset/places68/README.md (as places72
# applies them to Wikinews articles); see this set's README. A natural event or an accident has no agent: its
# source is the event itself (kind other) and it is never required; acts with an unnamed agent and background
# acts of earlier days or years are not required. The types are placeholders where no PLOVER type fits well
# (endorsements, primary wins, nominations, sales of stores, cancelled games).
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name -> ISO alpha-3, the annotator's coordinates)
P = {
 # countries
 'United States': ('USA', (39.8, -98.6)), 'Malawi': ('MWI', (-13.25, 34.30)), 'Zambia': ('ZMB', (-13.13, 27.85)),
 'Russia': ('RUS', (61.5, 105.3)), 'Portugal': ('PRT', (39.5, -8.0)), 'Thailand': ('THA', (15.87, 100.99)),
 'Poland': ('POL', (52.0, 19.4)), 'South Korea': ('KOR', (36.5, 127.9)), 'Hungary': ('HUN', (47.16, 19.50)),
 # states, regions
 'Maryland': ('USA', (39.0, -76.8)), 'Montana': ('USA', (47.0, -109.6)), 'Michigan': ('USA', (44.3, -85.4)),
 'Missouri': ('USA', (38.4, -92.5)), 'Mississippi': ('USA', (32.7, -89.7)), 'Ohio': ('USA', (40.4, -82.9)),
 # cities and towns
 'Kinnear': ('USA', (43.14, -108.67)), 'Oklahoma City': ('USA', (35.47, -97.52)), 'Moscow': ('RUS', (55.76, 37.62)),
 'Mecca': ('SAU', (21.42, 39.83)), 'Medina': ('SAU', (24.47, 39.61)), 'Poznań': ('POL', (52.41, 16.93)),
}
COUNTRY_LEVEL = {'United States', 'Malawi', 'Zambia', 'Russia', 'Portugal', 'Thailand', 'Poland', 'South Korea',
                 'Hungary'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}                 # required, no place on the page
NOWHERE_NR = {'r': False}    # not required, no place on the page
NOWHERE_H = {'s': 'h'}       # hypothetical, no place on the page
NOWHERE_N = {'s': 'n'}       # negated, no place on the page


def nat(names):              # a natural event or an accident: the event itself is the source
    return oth(names, None)


def unk(names=("unknown", "unidentified")):
    return oth(list(names), None)


# ---- actors
# 001 Cruz
CRUZ = gov(["ted cruz", "cruz", "senator ted cruz", "francis rooney", "rooney", "representative francis rooney"], "USA")
CONGRESS = gov(["congress", "u.s. congress", "members of congress", "senate", "house", "colleagues", "my colleagues", "both houses of the u.s. congress", "both houses"], "USA")
COSPONSORS = gov(["marco rubio", "rubio", "senators marco rubio", "mike lee", "lee", "david perdue", "perdue", "senators"], "USA")
TERMLIM = oth(["term limits", "congressional term limits", "proposal", "amendment", "constitutional amendment"], "USA")
TRUMP_DEMS = gov(["president trump", "trump", "some democrats", "democrats", "beto o'rourke", "o'rourke"], "USA")
# 002 Facebook records
UPGUARD = oth(["upguard", "cybersecurity firm", "a cybersecurity firm", "report"], None)
FACEBOOK = oth(["facebook", "databases", "two databases", "cultura colectiva", "at the pool"], None)
CULTURA = oth(["cultura colectiva", "mexican company cultura colectiva", "mexican company"], "MEX")
AWS = oth(["amazon web services", "amazon", "aws"], "USA")
BLOOMBERG = oth(["bloomberg"], "USA")
CAMBRIDGE = oth(["cambridge analytica", "cambridge analytica scandal"], "GBR")
FB_USERS = civ(["users", "50 million facebook profiles", "facebook profiles", "profiles"], None)
# 003 Gillibrand
GILLIBRAND = per(["kirsten gillibrand", "gillibrand", "her campaign", "campaign"], "USA")
DEM_RACE = oth(["democratic primary", "race", "campaign", "presidential election", "one of her now-former rivals", "rivals"], "USA")
CLINTON = gov(["hillary clinton", "clinton"], "USA")
# 004 Cummings
CUMMINGS = gov(["elijah cummings", "cummings", "representative elijah cummings", "elijah eugene cummings", "representatives", "house oversight and reform committee", "committee", "the committee"], "USA")
IRAQ_WAR = oth(["iraq war", "iraq"], "IRQ")
TRUMP = gov(["president trump", "trump", "donald trump", "president donald trump", "republican president trump"], "USA")
MD_VOTERS = civ(["voters", "maryland"], "USA")
MFUME = gov(["kweisi mfume", "mfume", "representative kweisi mfume"], "USA")
HOGAN = gov(["larry hogan", "hogan", "republican larry hogan", "governor", "the current governor"], "USA")
# 005 Arapaho
ARAPAHO = oth(["northern arapaho tribe", "northern arapaho", "arapaho", "tribe", "members", "the arapaho"], "USA")
BUFFALO = oth(["buffalo", "ten buffalo", "american bison", "bison", "the buffalo", "animals"], None)
USFED = gov(["u.s. federal government", "federal government", "national bison range"], "USA")
SHOSHONE = oth(["eastern shoshone tribe", "eastern shoshone", "shoshone"], "USA")
# 006 impeachment
PELOSI = gov(["nancy pelosi", "pelosi", "speaker nancy pelosi", "united states house of representatives speaker nancy pelosi", "house", "u.s. house", "house of representatives", "united states house of representatives"], "USA")
HOUSE = gov(["house", "the house", "u.s. house", "house of representatives", "united states house of representatives", "nancy pelosi", "pelosi", "the first", "the second"], "USA")
MCCONNELL = gov(["mitch mcconnell", "mcconnell", "senate majority leader", "senate", "u.s. senate"], "USA")
TRUMP6 = gov(["president donald trump", "donald trump", "trump", "president trump", "him"], "USA")
# 007 primaries
DEMS = oth(["democratic party", "united states democratic party", "democrats", "the democratic party"], "USA")
VOTERS7 = civ(["voters", "democratic party", "democrats", "primary elections", "michigan", "missouri", "mississippi"], "USA")
BIDEN = per(["joe biden", "biden", "former vice president of the united states joe biden", "former vice president"], "USA")
# 008 NBA
NBA = oth(["national basketball association", "nba", "the nba", "united states' national basketball association"], "USA")
NBA_SEASON = oth(["season", "professional basketball season", "basketball season", "game play"], "USA")
JAZZ_GAME = oth(["utah jazz", "jazz", "oklahoma city thunder", "the jazz's game", "game"], "USA")
KINGS_GAME = oth(["sacramento kings", "kings", "new orleans pelicans", "pelicans", "another nba game", "game"], "USA")
NCAA = oth(["national collegiate athletic association", "ncaa"], "USA")
MARCH_MADNESS = oth(["march madness", "tournament", "its own tournament"], "USA")
# 009 COVID world
COVID = nat(["coronavirus", "sars-cov-2", "covid-19", "coronavirus infections", "disease", "sars-cov-2 coronavirus"])
MWI_PEOPLE = civ(["malawi", "first coronavirus infections"], "MWI")
ZMB_PEOPLE = civ(["zambia", "first coronavirus-related death"], "ZMB")
US_PEOPLE = civ(["united states", "us", "coronavirus cases", "deaths"], "USA")
SOBYANIN = gov(["sergei sobyanin", "sobyanin", "mayor of moscow", "the mayor of moscow", "moscow"], "RUS")
MOSCOW_PEOPLE = civ(["city", "moscow", "city lockdown", "lockdown"], "RUS")
PUTIN = gov(["vladimir putin", "putin", "president vladimir putin"], "RUS")
RUSSIANS = civ(["russians"], "RUS")
PRT_PARL = gov(["parliament of portugal", "the parliament of portugal", "parliament", "portugal"], "PRT")
PRT_PEOPLE = civ(["state of emergency", "national state of emergency", "portugal"], "PRT")
SAUDI = st(["saudi arabia", "saudi"], "SAU")
HOLY_CITIES = civ(["holy cities", "mecca", "medina", "curfews"], "SAU")
THAILAND = st(["thailand"], "THA")
THA_PEOPLE = civ(["curfew", "thailand"], "THA")
DEWINE = gov(["mike dewine", "dewine", "governor of ohio", "the governor of ohio", "the state", "ohio"], "USA")
OHIO_PEOPLE = civ(["stay-at-home order", "ohio", "the state"], "USA")
# 010 Warren
WARREN = per(["elizabeth warren", "warren", "former us presidential candidate elizabeth warren"], "USA")
SANDERS_OBAMA = per(["bernie sanders", "sanders", "barack obama", "obama", "former president barack obama"], "USA")
# 011 Tesco
TESCO = oth(["tesco", "uk-based retailer tesco", "tesco polska", "the company", "company", "the chain"], "GBR")
SALLING = oth(["salling group", "salling", "denmark-based retailer salling group", "netto"], "DNK")
TESCO_PL = oth(["polish operation", "tesco's polish operation", "polish branch", "stores", "polish market", "the deal"], "POL")
UOKIK = gov(["uokik", "polish anti-monopoly agency", "anti-monopoly agency"], "POL")
POL_GOV = gov(["sunday trade ban", "poland", "polish government"], "POL")
SHOPS_PL = oth(["stores", "shops", "tesco", "retailers"], "POL")
CP = oth(["charoen pokphand"], "THA")
CRH = oth(["china resources holdings", "joint venture"], "CHN")
HOMEPLUS = oth(["homeplus", "south korean chain", "its south korean chain"], "KOR")
SIMISTER = oth(["matt simister", "simister", "tesco's ceo for central europe", "tesco"], "GBR")
HUN_MARKET = oth(["hungary", "hungarian market"], "HUN")
# 012 Harris
BIDEN12 = per(["joe biden", "biden", "democratic party's presumptive nominee", "presumptive nominee"], "USA")
HARRIS = gov(["kamala harris", "harris", "senator", "u.s. senator"], "USA")
WOMAN = per(["a woman", "woman", "running mate"], "USA")
MCCAIN = per(["john mccain", "mccain"], "USA")
PALIN = gov(["sarah palin", "palin", "governor of alaska", "then-governor of alaska sarah palin"], "USA")
DNC72 = oth(["1972 democratic national convention", "democratic national convention", "delegates"], "USA")
STEINEM = per(["gloria steinem", "steinem"], "USA")

ANN = {
 'cruz-term-limits-amendment': [
  (CRUZ, CONGRESS, ['REQUEST'], "proposed to set lifetime limits for service in the Senate and House", at('United States')),
  (COSPONSORS, CRUZ, ['SUPPORT'], "It was co-sponsored by Senators Marco Rubio of Florida", at('United States', r=F)),
  (CRUZ, CONGRESS, ['ACCUSE'], "members of Congress have abused their power and ignored the will", at('United States', r=F)),
  (CRUZ, CONGRESS, ['REQUEST'], "I urge my colleagues to submit this constitutional amendment", at('United States')),
  (TRUMP_DEMS, TERMLIM, ['SUPPORT'], "have expressed favorable interest in Congressional term limits in the past", at('United States', r=F)),
  (CONGRESS, TERMLIM, ['AGREE', 'SUPPORT'], "both houses of the U.S. Congress would have to pass it by two-thirds majority", at('United States', s='h')),
 ],
 'facebook-records-exposed': [
  (UPGUARD, FACEBOOK, ['ACCUSE'], "According to a report on Wednesday by UpGuard, a cybersecurity firm", NOWHERE),
  (UPGUARD, CULTURA, ['REQUEST', 'CONSULT'], "UpGuard reportedly sent an email to Cultura Colectiva on January 10", NOWHERE_NR),
  (UPGUARD, AWS, ['REQUEST', 'CONSULT'], "UpGuard reportedly emailed Amazon Web Services informing them of the situation", NOWHERE_NR),
  (AWS, FACEBOOK, ['ACCUSE'], "responding that they would investigate what else could be done about it", NOWHERE_H),
  (BLOOMBERG, FACEBOOK, ['CONSULT'], "the Amazon S3 Buckets were only secured after Bloomberg contacted Facebook", NOWHERE_NR),
  (CAMBRIDGE, FB_USERS, ['COERCE'], "over 50 million Facebook profiles were harvested for data", NOWHERE_NR),
 ],
 'gillibrand-ends-bid': [
  (GILLIBRAND, DEM_RACE, ['RETREAT', 'CONCEDE'], "ended her campaign on Wednesday", NOWHERE),
  (unk(("unknown", "governor")), GILLIBRAND, ['SUPPORT'], "she was appointed to fill Hillary Clinton's Senate seat", NOWHERE_NR),
  (GILLIBRAND, DEM_RACE, ['SUPPORT'], "Gillibrand has stated her intention to endorse one of her now-former rivals", NOWHERE_H),
 ],
 'elijah-cummings-dies': [
  (MD_VOTERS, CUMMINGS, ['SUPPORT'], "In 1982 Cummings successfully ran to be a state delegate", at('Maryland', r=F)),
  (MFUME, None, ['CONCEDE'], "Maryland's seventh Congressional District announced his resignation in 1995", at('Maryland', r=F)),
  (CUMMINGS, IRAQ_WAR, ['REJECT'], "He was among the Representatives who voted against the Iraq War in 2002", at('United States', r=F)),
  (CUMMINGS, TRUMP, ['ACCUSE'], "Cummings oversaw the committee's impeachment inquiry into President Trump", at('United States', r=F)),
  (HOGAN, None, ['REQUEST'], "has until October 28 to release plans for a special election", at('Maryland', s='h')),
 ],
 'arapaho-buffalo-wyoming': [
  (ARAPAHO, BUFFALO, ['COOPERATE'], "the buffalo were released from a livestock trailer", at('Kinnear')),
  (USFED, ARAPAHO, ['AID'], "came from the National Bison Range in western Montana", at('Montana', r=F)),
  (ARAPAHO, SHOSHONE, ['COOPERATE'], "considering eventually pooling resources with the nearby Eastern Shoshone Tribe", NOWHERE_H),
 ],
 'house-impeachment-articles-vote': [
  (HOUSE, TRUMP6, ['ACCUSE'], "confirmed a vote will be held today to decide whether to submit two articles", at('United States', s='h')),
  (MCCONNELL, TRUMP6, ['ACCUSE'], "has indicated the trial could possibly commence on Tuesday, January 21", at('United States', s='h')),
  (HOUSE, TRUMP6, ['ACCUSE'], "the House will appoint as yet unnamed impeachment managers", at('United States', s='h')),
  (HOUSE, TRUMP6, ['ACCUSE'], "On December 18, the House passed two articles of impeachment.", at('United States')),
  (HOUSE, TRUMP6, ['ACCUSE'], "The first charged President Trump with abuse of power", at('United States', r=F)),
  (HOUSE, TRUMP6, ['ACCUSE'], "the second accused him of obstruction of Congress", at('United States', r=F)),
 ],
 'biden-wins-three-primaries': [
  (DEMS, None, ['SUPPORT'], "the United States Democratic Party held primary elections in the US states of Idaho", at('United States', r=F)),
  (VOTERS7, BIDEN, ['SUPPORT'], "won the primary elections in Michigan, Missouri, and Mississippi", at('Michigan')),
  (VOTERS7, BIDEN, ['SUPPORT'], "won the primary elections in Michigan, Missouri, and Mississippi", at('Missouri', r=F)),
  (VOTERS7, BIDEN, ['SUPPORT'], "won the primary elections in Michigan, Missouri, and Mississippi", at('Mississippi', r=F)),
  (DEMS, None, ['SUPPORT'], "is scheduled to continue its primary season on March 17", at('United States', s='h')),
 ],
 'nba-suspends-season': [
  (NBA, NBA_SEASON, ['RETREAT'], "suspended its professional basketball season due to concerns regarding COVID-19", NOWHERE),
  (NBA, JAZZ_GAME, ['RETREAT'], "The Jazz's game was cancelled", at('Oklahoma City', r=F)),
  (NBA, KINGS_GAME, ['RETREAT'], "another NBA game Wednesday between the Sacramento Kings and the New Orleans Pelicans", NOWHERE_NR),
  (NCAA, MARCH_MADNESS, ['RETREAT'], "has cancelled its own tournament, March Madness", NOWHERE_NR),
 ],
 'covid-one-million-worldwide': [
  (COVID, MWI_PEOPLE, ['ASSAULT'], "Malawi confirmed its first coronavirus infections", at('Malawi', r=F)),
  (COVID, ZMB_PEOPLE, ['ASSAULT'], "Zambia had its first coronavirus-related death", at('Zambia', r=F)),
  (COVID, US_PEOPLE, ['ASSAULT'], "over 244 thousand coronavirus cases were recorded", at('United States', r=F)),
  (SOBYANIN, MOSCOW_PEOPLE, ['COERCE'], "Sergei Sobyanin, the mayor of Moscow, extended the city lockdown to May 1", at('Moscow')),
  (PUTIN, RUSSIANS, ['AID', 'COERCE'], "President Vladimir Putin declared Russians would continue to be paid", at('Russia')),
  (PRT_PARL, PRT_PEOPLE, ['COERCE'], "The parliament of Portugal voted to extend the national state of emergency", at('Portugal')),
  (SAUDI, HOLY_CITIES, ['COERCE'], "Saudi Arabia extended curfews in the holy cities of Mecca and Medina", at('Mecca')),
  (SAUDI, HOLY_CITIES, ['COERCE'], "Saudi Arabia extended curfews in the holy cities of Mecca and Medina", at('Medina', r=F)),
  (THAILAND, THA_PEOPLE, ['COERCE'], "Thailand planned to implement a curfew between 10 p.m. and 4 a.m.", at('Thailand', s='h')),
  (DEWINE, OHIO_PEOPLE, ['COERCE'], "announced the state had extended its stay-at-home order until May 1", at('Ohio')),
 ],
 'warren-endorses-biden': [
  (WARREN, BIDEN, ['SUPPORT'], "announced yesterday she was endorsing Joe Biden", NOWHERE),
  (SANDERS_OBAMA, BIDEN, ['SUPPORT'], "announced their own support for Biden", NOWHERE_NR),
  (WARREN, BIDEN, ['SUPPORT'], "Warren commended Biden for his empathy towards US citizens", NOWHERE_NR),
  (BIDEN, WARREN, ['SUPPORT'], "Biden praised Warren's endorsement on Twitter", NOWHERE_NR),
  (WARREN, None, ['SUPPORT'], "She did not immediately endorse another candidate at the time.", NOWHERE_N),
 ],
 'tesco-sells-polish-branch': [
  (TESCO, SALLING, ['AGREE', 'COOPERATE'], "announced their agreement over selling a large portion of Tesco's Polish operation", NOWHERE),
  (TESCO, TESCO_PL, ['RETREAT'], "Tesco stated its intention to leave the Polish market altogether", at('Poland', s='h')),
  (UOKIK, TESCO_PL, ['AGREE'], "UOKiK, the Polish anti-monopoly agency, has to approve the deal.", at('Poland', s='h')),
  (POL_GOV, SHOPS_PL, ['COERCE'], "The Sunday trade ban, introduced in 2018, also hurt sales.", at('Poland', r=F)),
  (TESCO, None, ['RETREAT'], "reportedly including last year its Poznan distribution center", at('Poznań', r=F)),
  (TESCO, CP, ['AGREE', 'COOPERATE'], "Tesco sold its roughly 2000 Thai and 74 Malaysian stores to Charoen Pokphand in March", at('Thailand', r=F)),
  (TESCO, CRH, ['RETREAT'], "announced leaving its joint venture with China Resources Holdings in February", NOWHERE_NR),
  (TESCO, HOMEPLUS, ['RETREAT'], "in 2015 sold its South Korean chain HomePlus", at('South Korea', r=F)),
  (SIMISTER, HUN_MARKET, ['COOPERATE'], "stated they want to stay in Hungary", at('Hungary', s='h')),
 ],
 'biden-picks-harris': [
  (BIDEN12, HARRIS, ['SUPPORT'], "announced Kamala Harris as his choice for running mate", NOWHERE),
  (BIDEN12, WOMAN, ['SUPPORT'], "Biden announced his plan to choose a woman to be his running mate", NOWHERE_NR),
  (MCCAIN, PALIN, ['SUPPORT'], "Sarah Palin was chosen by John McCain as his running mate", NOWHERE_NR),
  (DNC72, STEINEM, ['SUPPORT'], "Gloria Steinem received 400 votes for the party's vice presidential nomination", NOWHERE_NR),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
