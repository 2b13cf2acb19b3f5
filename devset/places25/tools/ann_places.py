# Gold events of the twenty-fifth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree; a note only, build_gold.py does not read it). Conventions: those of
# places24's README (from places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries (and Greenland, Monaco)
 'Yemen': ('YEM', (15.6, 48.0)), 'United States': ('USA', (39.83, -98.58)), 'Venezuela': ('VEN', (7.0, -66.0)),
 'Chile': ('CHL', (-35.7, -71.5)), 'Austria': ('AUT', (47.5, 14.55)), 'Hungary': ('HUN', (47.16, 19.50)),
 'Germany': ('DEU', (51.2, 10.4)), 'Portugal': ('PRT', (39.5, -8.0)), 'Azerbaijan': ('AZE', (40.1, 47.6)),
 'Greenland': ('GRL', (72.0, -40.0)), 'Somalia': ('SOM', (5.2, 46.2)), 'Iran': ('IRN', (32.4, 53.7)),
 'Israel': ('ISR', (31.4, 35.0)), 'South Korea': ('KOR', (36.5, 127.9)), 'North Korea': ('PRK', (40.3, 127.5)),
 'Monaco': ('MCO', (43.74, 7.42)), 'Philippines': ('PHL', (12.9, 121.8)),
 # regions, provinces, states, districts, counties, islands, forests
 'Maros Regency': ('IDN', (-5.0, 119.7)), 'Balochistan': ('PAK', (28.5, 65.0)), 'Nakhchivan': ('AZE', (39.21, 45.41)),
 'Tehri Garhwal district': ('IND', (30.38, 78.43)), 'North Darfur': ('SDN', (15.8, 25.0)),
 'Los Angeles County': ('USA', (34.3, -118.2)), 'Fishlake National Forest': ('USA', (38.6, -111.7)),
 'British Columbia': ('CAN', (53.7, -127.6)), 'Ryukyu Islands': ('JPN', (26.3, 127.9)),
 'Al-Qibliyah Island': ('OMN', (17.50, 56.35)),
 # cities, towns, villages, districts
 'Al-Jumayjimah': ('LBN', (33.19, 35.43)), 'Aleppo': ('SYR', (36.20, 37.16)), 'Kyiv': ('UKR', (50.45, 30.52)),
 'Lviv': ('UKR', (49.84, 24.03)), 'Riyadh': ('SAU', (24.71, 46.68)), 'Cebu City': ('PHL', (10.32, 123.89)),
 'Karachi': ('PAK', (24.86, 67.01)), 'Sargodha': ('PAK', (32.08, 72.67)), 'Woolwich': ('GBR', (51.49, 0.07)),
 'Bristol': ('GBR', (51.45, -2.59)), 'West Palm Beach': ('USA', (26.72, -80.05)), 'Budapest': ('HUN', (47.50, 19.04)),
 'Tirana': ('ALB', (41.33, 19.82)), 'Hillerød': ('DNK', (55.93, 12.31)), 'Enid': ('USA', (36.40, -97.88)),
 'Ōtsuchi': ('JPN', (39.36, 141.90)), 'Bandar Abbas': ('IRN', (27.18, 56.27)), 'Abu Dhabi': ('ARE', (24.45, 54.38)),
 'Midland': ('USA', (31.99, -102.08)), 'Negombo': ('LKA', (7.21, 79.84)), 'Savar': ('BGD', (23.85, 90.26)),
 'Rio de Janeiro': ('BRA', (-22.91, -43.17)),
}
COUNTRY_LEVEL = {'Yemen', 'United States', 'Venezuela', 'Chile', 'Austria', 'Hungary', 'Germany', 'Portugal',
                 'Azerbaijan', 'Greenland', 'Somalia', 'Iran', 'Israel', 'South Korea', 'North Korea', 'Monaco',
                 'Philippines'}
def at(name, **kw):
    c, ll = P[name]
    return dict(w=(name, c), ll=ll, **kw)
NOWHERE = {'w': None, 'r': F}
def acc(names):  # an accident or natural event: no agent (source = the event)
    return oth(names, None)

# several pages
US_MIL = mil(["united states", "united states military", "u.s. central command", "us", "u.s.", "american", "military strikes", "strikes"], "USA")
RUS_MIL = mil(["russia", "russian", "russian drone and missile strikes", "russian forces"], "RUS")
UKR_CIV = civ(["people", "civilians", "kyiv", "lviv", "ukraine", "high-rise apartment buildings", "critical infrastructure site"], "UKR")
HEZBOLLAH = ag(["hezbollah", "hezbollah militants", "militants"], "LBN")
STC = ag(["southern transitional council", "stc", "stc delegation", "delegation"], "YEM")
# 001 conflicts, 2026-01-04
YEM_GOV = gov(["yemeni forces", "saudi arabia-led coalition", "coalition", "yemen", "yemeni government", "saudi arabia"], "YEM")
VEN_VICTIMS = civ(["members of security forces", "security forces", "civilians", "venezuela"], "VEN")
CUBANS = civ(["cuba", "citizens", "32 of its citizens", "cubans"], "CUB")
FAA = gov(["united states federal aviation administration", "federal aviation administration", "faa"], "USA")
IDF = mil(["israel defense forces", "idf", "israel", "israeli"], "ISR")
# 002 conflicts, 2026-01-09
SYR_GOV = gov(["syrian defense ministry", "defense ministry", "government forces", "syria", "syrian government"], "SYR")
SDF = ag(["syrian democratic forces", "sdf", "kurdish-led syrian democratic forces"], "SYR")
TANKER = oth(["oil tanker", "tanker", "timor-leste-flagged oil tanker"], None)
QATAR_EMB = oth(["qatari embassy", "embassy"], "QAT")
# 003 disasters, 2026-01-17 (accidents only)
# 004 law and crime, 2026-02-04
WOOLWICH_COURT = gov(["woolwich crown court", "court"], "GBR")
PAL_ACTION = oth(["palestine action", "members of palestine action", "three out of six members"], "GBR")
ELBIT = oth(["elbit systems", "building", "israeli weapons manufacturer elbit systems"], "ISR")
GBR_COURT = gov(["court", "judge"], "GBR")
CAPTAIN = per(["cargo ship captain", "captain"], None)
USA_COURT = gov(["court", "judge", "federal court"], "USA")
ROUTH = per(["ryan wesley routh", "routh", "the man"], "USA")
TRUMP = per(["donald trump", "trump", "united states president donald trump"], "USA")
HUN_COURT = gov(["hungarian court", "court", "hungary"], "HUN")
MAJA = per(["maja t.", "german activist maja t.", "activist", "her"], "DEU")
RALLY = civ(["attendees", "attendees of a far-right rally", "far-right rally"], "HUN")
DEU_GOV = gov(["germany", "german authorities", "german"], "DEU")
# 005 politics, 2026-02-10
ALB_PROT = civ(["protesters", "people"], "ALB")
ALB_POLICE = gov(["riot police", "police"], "ALB")
AMARAL = gov(["maria lúcia amaral", "amaral", "portuguese home minister", "home minister"], "PRT")
# 006 international relations, 2026-03-09
AZE = st(["azerbaijan", "azerbaijani"], "AZE")
IRN = st(["iran", "iranian"], "IRN")
DRONE = oth(["drone", "drone incident"], None)
PEZESHKIAN = gov(["masoud pezeshkian", "pezeshkian", "iranian president masoud pezeshkian", "iran"], "IRN")
ALIYEV = gov(["ilham aliyev", "aliyev", "azerbaijani president ilham aliyev", "azerbaijan"], "AZE")
NATO = igo(["nato", "troops"])
# 007 disasters, 2026-04-23 (accidents only)
# 008 conflicts, 2026-05-25
IRN_MIL = mil(["iran", "iranian", "surface-to-air missile launch sites", "irgc navy boats", "irgc navy", "irgc", "boats"], "IRN")
NETANYAHU = gov(["benjamin netanyahu", "netanyahu", "israeli prime minister benjamin netanyahu", "israel", "military"], "ISR")
HRW = oth(["human rights watch", "hrw"], None)
UAE = st(["united arab emirates", "uae", "emirati"], "ARE")
MERCS = oth(["colombian mercenaries", "mercenaries", "rapid support forces", "rsf"], "COL")
RSF = ag(["rapid support forces", "rsf", "drone strikes"], "SDN")
SDN_CIV = civ(["civilians", "markets", "21 civilians"], "SDN")
# 009 law and crime, 2026-06-12
MIDLAND_GUNMAN = oth(["suspect", "gunman", "mass shooting", "shooting"], None)
MIDLAND_VICTIMS = civ(["one person", "people", "ten others"], "USA")
KOR_COURT = gov(["court", "south korean court", "south korea"], "KOR")
YOON = gov(["yoon suk yeol", "yoon", "former south korean president yoon suk yeol", "south korea"], "KOR")
PRK = st(["north korea", "north korean"], "PRK")
LA_JUDGE = gov(["judge", "judge in los angeles county"], "USA")
ACCUSERS = per(["wade robson", "james safechuck", "robson", "safechuck"], "USA")
# 010 law and crime, 2026-07-06
UNKNOWN = oth(["gunshot wounds", "unknown", "killers"], None)
BEREZOVSKA = per(["anastasiia berezovska", "berezovska", "suspect"], None)
IERMOLAIEV = per(["vadym iermolaiev", "ukrainian oligarch vadym iermolaiev", "his family", "oligarch"], "UKR")
INMATES = civ(["inmates", "rival drug gangs", "drug gangs", "inmates from rival drug gangs", "riots"], "LKA")
PRISON = civ(["people", "officers", "27 people", "four officers", "inmates"], "LKA")
PHL_POLICE = gov(["philippine police", "police"], "PHL")
PHL_COURT = gov(["anti-graft court", "court", "sandiganbayan"], "PHL")
MARCOLETA = gov(["rodante marcoleta", "marcoleta", "senator rodante marcoleta", "three co-accused", "mike defensor"], "PHL")
BOMB = oth(["crude bomb", "bomb"], None)
RALLY_BGD = civ(["rally", "post-march rally", "three", "national citizen party", "nabila tasnid"], "BGD")
# 011 disasters, 2026-08-08
BC_GOV = gov(["british columbia", "province", "british columbia government"], "CAN")

ANN = {
 'conflicts-jan-04': [
  (YEM_GOV, STC, ['ASSAULT', 'COERCE'], "capture the al-Mahrah and Hadhramaut governorates from the Southern Transitional Council", at('Yemen')),
  (US_MIL, VEN_VICTIMS, ['ASSAULT'], "The death toll from the strikes rises to at least 80", NOWHERE),
  (US_MIL, CUBANS, ['ASSAULT'], "Cuba confirms that 32 of its citizens were killed during the attacks", NOWHERE),
  (FAA, None, ['CONCEDE'], "The United States Federal Aviation Administration lifts the ban on US flights", at('United States')),
  (US_MIL, VEN_VICTIMS, ['ASSAULT'], "imposed following military strikes in Venezuela", at('Venezuela', r=F)),
  (IDF, HEZBOLLAH, ['ASSAULT'], "Two Hezbollah militants are killed in a strike by the Israel Defense Forces in Al-Jumayjimah", at('Al-Jumayjimah')),
 ],
 'conflicts-jan-09': [
  (SYR_GOV, SDF, ['AGREE', 'CONCEDE'], "The Syrian defense ministry declares a ceasefire in the Ashrafiyah", at('Aleppo')),
  (SYR_GOV, SDF, ['ASSAULT'], "after several days of armed conflict between government forces and the Kurdish-led Syrian Democratic Forces", at('Aleppo', r=F)),
  (US_MIL, TANKER, ['COERCE'], "The United States military seizes a Timor-Leste-flagged oil tanker in the Caribbean Sea", NOWHERE),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russian drone and missile strikes on Kyiv, Ukraine kill four people", at('Kyiv')),
  (RUS_MIL, QATAR_EMB, ['ASSAULT'], "The Qatari embassy is also damaged in the strikes.", at('Kyiv', r=F)),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russia strikes Lviv in western Ukraine with its Oreshnik intermediate-range ballistic missile", at('Lviv')),
  (STC, None, ['CONCEDE', 'RETREAT'], "A Southern Transitional Council (STC) delegation in Riyadh announces the group's dissolution", at('Riyadh')),
  (STC, None, ['REJECT'], "The STC rejects the announcement, saying the announcement was made under duress.", NOWHERE),
 ],
 'disasters-jan-17': [
  (acc(["landslide", "binaliw landslide", "binaliw landfill"]), None, ['ASSAULT'], "The death toll from the landslide in the Binaliw landfill in Cebu City", at('Cebu City', r=F)),
  (acc(["wildfires", "biobío wildfires"]), None, ['ASSAULT'], "a state of emergency is declared due to wildfires in Ñuble Region and Biobío Region, Chile", at('Chile', r=F)),
  (acc(["aircraft", "atr 42-512 aircraft", "crash", "indonesia air transport"]), None, ['ASSAULT'], "loses contact in Maros Regency, South Sulawesi, while flying to Makassar and crashes", at('Maros Regency', r=F)),
  (acc(["fire", "massive fire", "gul plaza shopping mall fire"]), None, ['ASSAULT'], "in a massive fire at a multi-story shopping mall in Karachi", at('Karachi', r=F)),
  (acc(["truck", "road crashes", "canal"]), None, ['ASSAULT'], "when a truck plunges into a canal in Sargodha", at('Sargodha', r=F)),
  (acc(["passenger bus", "bus", "road crashes"]), None, ['ASSAULT'], "a passenger bus overturns on a highway in Balochistan", at('Balochistan', r=F)),
  (acc(["avalanches", "avalanche"]), None, ['ASSAULT'], "Eight skiers are killed and another is seriously injured in separate avalanches", at('Austria', r=F)),
 ],
 'law-crime-feb-04': [
  (WOOLWICH_COURT, PAL_ACTION, ['CONCEDE', 'INVESTIGATE'], "The Woolwich Crown Court finds three out of six members of Palestine Action not guilty", at('Woolwich', r=F)),
  (PAL_ACTION, ELBIT, ['ASSAULT'], "relating to a raid on a building owned by Israeli weapons manufacturer Elbit Systems in Bristol", at('Bristol', r=F)),
  (GBR_COURT, CAPTAIN, ['COERCE', 'SANCTION'], "A cargo ship captain is sentenced to six years in prison for gross negligence", NOWHERE),
  (acc(["ship", "collision", "oil tanker"]), None, ['ASSAULT'], "after his ship collided with an oil tanker in the North Sea", NOWHERE),
  (USA_COURT, ROUTH, ['COERCE', 'SANCTION'], "is sentenced to life in prison without the possibility of parole", at('United States', r=F)),
  (ROUTH, TRUMP, ['ASSAULT'], "while he was golfing at his club in West Palm Beach, Florida, in 2024", at('West Palm Beach', r=F)),
  (HUN_COURT, MAJA, ['COERCE', 'SANCTION'], "A Hungarian court sentences German activist Maja T. to eight years in prison", at('Hungary')),
  (MAJA, RALLY, ['ASSAULT'], "for participating in assaults on attendees of a far-right rally in Budapest in 2023", at('Budapest', r=F)),
  (DEU_GOV, MAJA, ['COERCE'], "following her extradition from Germany despite later objections", at('Germany', r=F)),
 ],
 'politics-feb-10': [
  (ALB_PROT, ALB_POLICE, ['PROTEST', 'ASSAULT'], "Protesters clash with riot police in Tirana, Albania", at('Tirana')),
  (ALB_POLICE, ALB_PROT, ['COERCE'], "police say thirteen people have been arrested", at('Tirana', r=F)),
  (AMARAL, None, ['CONCEDE'], "Portuguese home minister Maria Lúcia Amaral resigns after criticism", at('Portugal', r=F)),
 ],
 'relations-mar-09': [
  (AZE, IRN, ['CONCEDE', 'COOPERATE'], "Azerbaijan reopens its border crossings with Iran to cargo traffic", at('Azerbaijan')),
  (DRONE, AZE, ['ASSAULT'], "following a drone incident in the Nakhchivan Autonomous Republic", at('Nakhchivan', r=F)),
  (PEZESHKIAN, ALIYEV, ['CONSULT'], "tells Azerbaijani president Ilham Aliyev that Iran is investigating the incident", NOWHERE),
  (NATO, None, ['MOBILIZE'], "NATO conducts military drills in Greenland involving over 25,000 troops", at('Greenland')),
 ],
 'disasters-apr-23': [
  (acc(["drought", "hunger", "famine", "climate shocks"]), None, ['ASSAULT'], "Somalis face hunger amid climate shocks, drought, and conflict", at('Somalia', r=F)),
  (acc(["boat", "boat capsizes"]), None, ['ASSAULT'], "A boat capsizes in waters between Algeria and Spain.", NOWHERE),
  (acc(["trains", "train collision", "two trains"]), None, ['ASSAULT'], "when two trains collide near Hillerød", at('Hillerød', r=F)),
  (acc(["vehicle", "gorge"]), None, ['ASSAULT'], "plunges into a gorge in Tehri Garhwal district", at('Tehri Garhwal district', r=F)),
  (acc(["ef4 tornado", "tornado"]), None, ['ASSAULT'], "dozens of houses are leveled in an EF4 tornado in Enid", at('Enid', r=F)),
  (acc(["wildfire", "ōtsuchi wildfire", "evacuation order"]), None, ['ASSAULT'], "Ōtsuchi issued an evacuation order for 1,880 residents.", at('Ōtsuchi', r=F)),
 ],
 'conflicts-may-25': [
  (US_MIL, IRN_MIL, ['ASSAULT'], "including strikes on surface-to-air missile launch sites in Bandar Abbas", at('Bandar Abbas')),
  (US_MIL, IRN_MIL, ['ASSAULT'], "that it launched \"self-defense\" airstrikes in southern Iran", at('Iran', r=F)),
  (US_MIL, IRN_MIL, ['ASSAULT'], "and on IRGC Navy boats attempting to lay mines", NOWHERE),
  (NETANYAHU, HEZBOLLAH, ['MOBILIZE', 'THREATEN'], "Israeli prime minister Benjamin Netanyahu says that he has ordered the military to intensify strikes", at('Israel')),
  (HRW, UAE, ['ACCUSE'], "Human Rights Watch accuses the United Arab Emirates of training Colombian mercenaries", NOWHERE),
  (UAE, MERCS, ['AID', 'COOPERATE'], "near Abu Dhabi, including a military base in Al Dhafra", at('Abu Dhabi', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "Around 21 civilians have been killed over the last two days in drone strikes conducted by the RSF", at('North Darfur')),
 ],
 'law-crime-jun-12': [
  (MIDLAND_GUNMAN, MIDLAND_VICTIMS, ['ASSAULT'], "in a mass shooting at an abandoned veterinary clinic in Midland", at('Midland')),
  (KOR_COURT, YOON, ['COERCE', 'SANCTION'], "Former South Korean president Yoon Suk Yeol is found guilty of treason", at('South Korea', r=F)),
  (YOON, PRK, ['COERCE', 'THREATEN'], "for ordering drones to be flown into North Korea", at('North Korea', r=F)),
  (LA_JUDGE, ACCUSERS, ['INVESTIGATE'], "A judge in Los Angeles County, California, sets a trial date", at('Los Angeles County', r=F)),
 ],
 'law-crime-jul-06': [
  (UNKNOWN, BEREZOVSKA, ['ASSAULT'], "is found dead near Kyiv, Ukraine, with gunshot wounds to the head", at('Kyiv', r=F)),
  (BEREZOVSKA, IERMOLAIEV, ['ASSAULT'], "the suspect in a bombing targeting Ukrainian oligarch Vadym Iermolaiev and his family in Monaco", at('Monaco', r=F)),
  (INMATES, PRISON, ['ASSAULT'], "Riots between inmates from rival drug gangs at a prison in Negombo", at('Negombo')),
  (PHL_POLICE, MARCOLETA, ['COERCE'], "arrest senator Rodante Marcoleta and three co-accused", at('Philippines')),
  (PHL_COURT, MARCOLETA, ['COERCE'], "after an anti-graft court orders their arrest", at('Philippines', r=F)),
  (BOMB, RALLY_BGD, ['ASSAULT'], "A crude bomb explodes during a post-march rally in Savar", at('Savar', r=F)),
 ],
 'disasters-aug-08': [
  (acc(["helicopter crash", "sikorsky s-64 skycrane helicopter", "helicopter"]), None, ['ASSAULT'], "helicopter crash in Fishlake National Forest, Utah", at('Fishlake National Forest', r=F)),
  (BC_GOV, None, ['MOBILIZE'], "British Columbia declares a state of emergency", at('British Columbia', r=F)),
  (acc(["wildfires", "105 wildfires"]), None, ['ASSAULT'], "after 105 wildfires were reported across the province", at('British Columbia', r=F)),
  (acc(["typhoon dolphin", "typhoon"]), None, ['ASSAULT'], "Typhoon Dolphin makes landfall in the Ryukyu Islands of Japan", at('Ryukyu Islands', r=F)),
  (acc(["helicopter", "helicopter crash"]), None, ['ASSAULT'], "A helicopter crashes in Tijuca National Park in Rio de Janeiro", at('Rio de Janeiro', r=F)),
  (acc(["explosion", "oil tanker", "caroline bezengi"]), None, ['ASSAULT'], "after an explosion was reported on the vessel on June 8", NOWHERE),
  (acc(["oil leaks", "oil tanker", "caroline bezengi"]), None, ['ASSAULT'], "The oil leaks have reportedly reached the shore of Al-Qibliyah Island.", at('Al-Qibliyah Island', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
