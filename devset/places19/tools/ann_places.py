# Gold events of the nineteenth place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was read while
# choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree; a note only, build_gold.py does not read it). Conventions: those of
# devset/places13/README.md as places16 and places17 apply them (see this set's README). A natural event or an
# accident has no agent: its source is the event itself (kind other), its type is a nominal ASSAULT and it is
# never required.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Mulan': (('Mulan', 'AUS'), (-20.06, 127.62)),
 'Australia': (('Australia', 'AUS'), (-25.27, 133.78)),
 'São Paulo': (('São Paulo', 'BRA'), (-23.55, -46.63)),
 'Praia Grande': (('Praia Grande', 'BRA'), (-24.01, -46.41)),
 'Washington': (('Washington', 'USA'), (47.40, -120.50)),
 'London': (('London', 'GBR'), (51.51, -0.13)),
 'United States': (('United States', 'USA'), (39.83, -98.58)),
 'Baghdad': (('Baghdad', 'IRQ'), (33.31, 44.37)),
 'Iran': (('Iran', 'IRN'), (32.43, 53.69)),
 'Punjab': (('Punjab', 'PAK'), (31.17, 72.71)),
 'Pakistan': (('Pakistan', 'PAK'), (30.38, 69.35)),
 'Takhar': (('Takhar', 'AFG'), (36.67, 69.48)),
 'Kunduz': (('Kunduz', 'AFG'), (36.73, 68.86)),
 'Afghanistan': (('Afghanistan', 'AFG'), (33.94, 67.71)),
 'North Korea': (('North Korea', 'PRK'), (40.34, 127.51)),
 'Yeonpyeong': (('Yeonpyeong', 'KOR'), (37.67, 125.70)),
 'Jerusalem': (('Jerusalem', 'ISR'), (31.78, 35.22)),
 'Abbottabad': (('Abbottabad', 'PAK'), (34.15, 73.21)),
 'Saudi Arabia': (('Saudi Arabia', 'SAU'), (23.89, 45.08)),
 'Quetta': (('Quetta', 'PAK'), (30.18, 66.99)),
 'Mumbai': (('Mumbai', 'IND'), (19.08, 72.88)),
 'India': (('India', 'IND'), (20.59, 78.96)),
 'Iraq': (('Iraq', 'IRQ'), (33.22, 43.68)),
 'Kut': (('Kut', 'IRQ'), (32.51, 45.82)),
 'Costa Rica': (('Costa Rica', 'CRI'), (9.75, -83.75)),
 'Bodh Gaya': (('Bodh Gaya', 'IND'), (24.70, 84.99)),
 'Brussels': (('Brussels', 'BEL'), (50.85, 4.35)),
 'Zaventem': (('Zaventem', 'BEL'), (50.90, 4.48)),
 'Nice': (('Nice', 'FRA'), (43.70, 7.27)),
 'France': (('France', 'FRA'), (46.23, 2.21)),
 'Paris': (('Paris', 'FRA'), (48.86, 2.35)),
 'Turkey': (('Turkey', 'TUR'), (38.96, 35.24)),
 'Istanbul': (('Istanbul', 'TUR'), (41.01, 28.98)),
 'Ankara': (('Ankara', 'TUR'), (39.93, 32.86)),
 'Greece': (('Greece', 'GRC'), (39.07, 21.82)),
 'Mogadishu': (('Mogadishu', 'SOM'), (2.05, 45.32)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)

# 001 Mulan
AU_GOV = gov(["australian federal government", "federal government", "government", "australian government", "the government"], "AUS")
MULAN = civ(["mulan", "aboriginal community mulan", "community", "members of the aboriginal community mulan", "mulan community", "residents of mulan"], "AUS")
SEWELL = per(["mark sewell", "sewell", "community administrator mark sewell", "community administrator"], "AUS")
GIBBONS = per(["wayne gibbons", "gibbons"], "AUS")
CALMA = gov(["tom calma", "calma", "acting race discrimination commissioner"], "AUS")
MANSELL = per(["michael mansell", "mansell", "aboriginal lawyer"], "AUS")
# 002 Robinho
KIDNAPPERS = oth(["kidnappers", "her kidnappers"], None)
SOUZA = per(["marina souza", "miss marina souza", "souza", "mother", "robinho's mother", "mother of robson de souza"], "BRA")
FAMILY = civ(["family and friends", "family", "friends"], "BRA")
# 003 Gregoire
REED = gov(["sam reed", "secretary of state sam reed", "secretary of state", "reed"], "USA")
GREGOIRE = per(["christine gregoire", "gregoire", "democrat christine gregoire", "governor-elect", "democrats"], "USA")
ROSSI = per(["dino rossi", "rossi", "republican dino rossi", "republican"], "USA")
WA_COURT = gov(["state supreme court", "supreme court"], "USA")
# 004 London
LON_BOMBERS = ag(["bombers", "terrorists", "attackers", "al-qaeda", "al qaeda"], None)
LON_CIV = civ(["london underground trains", "trains", "bus", "passengers", "people", "london's transport system", "double decker red london bus"], "GBR")
LON_AUTH = gov(["authorities", "transport for london", "police", "metropolitan police", "metropolitan police service"], "GBR")
DHS = gov(["us homeland security department", "homeland security department", "department", "department of homeland security"], "USA")
# 005 Baghdad markets
BAG_BOMBERS = ag(["attackers", "two women", "women", "bombers", "al-qaeda in iraq", "human bombs"], None)
BAG_CIV = civ(["marketplaces", "people", "shoppers", "iraqis", "innocent iraqis", "ghazl pet market", "pet market"], "IRQ")
STOVER = mil(["steve stover", "stover", "lt. col. steve stover", "u.s. military"], "USA")
AQI = ag(["al-qaeda in iraq", "al-qaeda"], None)
RICE = gov(["condoleezza rice", "rice"], "USA")
# 006 Iran / Israel
IRAN_MIL = mil(["iran", "iranian armed forces", "ahmad reza pourdastan", "pourdastan", "iran's ground force", "iran's military"], "IRN")
ISRAEL = st(["israel", "israeli military", "israeli forces", "israeli defense officials"], "ISR")
IRAN = st(["iran", "iranian nuclear facilities", "natanz"], "IRN")
# 007 Lahore
LAH_BOMBERS = ag(["suicide bombers", "two suicide bombings", "attackers", "two attackers"], None)
LAH_CIV = civ(["shrine", "worshippers", "people", "several thousand people"], "PAK")
PAK_GOV = gov(["pakistani government", "spokesperson for the pakistani government", "spokesperson"], "PAK")
# 008 Taloqan
TAL_BOMBERS = ag(["taliban", "terrorists", "bomb attack", "suicide bomber"], "AFG")
OMAR = gov(["mohammad omar", "mr omar", "omar", "governor", "a governor of the german-garrisoned province"], "AFG")
OMAR_BRO = per(["his brother", "brother"], "AFG")
NATO = igo(["nato troops", "nato", "nato-led"])
# 009 Koreas
PRK = st(["north korea", "north korean government", "dprk", "kcna", "north korean artillery"], "PRK")
ROK = st(["south korea", "south korean", "south korean puppet warmongers"], "KOR")
US_ROK = st(["u.s. and south korea", "united states", "u.s.", "south korea"], None)
# 010 Jerusalem
JER_BOMB = ag(["militant attack", "bomb", "device", "bomb explosion"], None)
JER_CIV = civ(["over 30 people", "people", "bus stop", "two buses", "mary gardner", "one woman"], "ISR")
IL_POLICE = gov(["israel police", "police", "authorities"], "ISR")
# 011 bin Laden
US_SF = mil(["u.s. special forces", "special forces", "u.s.", "u.s. forces", "united states", "cia", "small team of americans"], "USA")
BINLADEN = per(["osama bin laden", "bin laden", "al-qaeda leader"], None)
OTHERS = per(["four others", "a woman", "bin laden's son"], None)
HELI = oth(["american helicopter", "helicopter", "u.s. military helicopter"], None)
SAUDI = st(["saudi arabia"], "SAU")
US = st(["u.s.", "united states", "u.s. officials"], "USA")
QUETTA_PROT = civ(["more than 800 people", "800 people", "protesters"], "PAK")
FR_VICTIMS = civ(["eight french citizens", "french citizens"], "FRA")
BLAST = oth(["bomb blast", "bomb"], None)
TTP = ag(["tehrik-i-taliban pakistan", "tehrik-i-taliban", "rebel spoksperson"], "PAK")
PAK_US = st(["governments of pakistan and the united states", "pakistan", "united states"], None)
# 012 Mumbai
MUM_BOMBERS = ag(["terrorists", "bomb", "blasts", "explosions"], None)
MUM_CIV = civ(["people", "shoppers", "21 people", "victims"], "IND")
IN_HOME = gov(["home ministry", "ministry"], "IND")
NSG = mil(["national security guard"], "IND")
# 013 Iraq
IRQ_BOMBERS = ag(["bombers", "suicide bombers", "islamic state of iraq", "car bombs"], None)
IRQ_CIV = civ(["people", "shia muslim areas", "security personnel and other bystanders", "bystanders"], "IRQ")
IRQ_POL = gov(["anti-terrorism facility", "policemen", "three policemen"], "IRQ")
# 014 Costa Rica
QUAKE = oth(["earthquake", "7.6- earthquake", "quake"], None)
CR = civ(["coast", "costa rica", "costa rican coast"], "CRI")
PTWC = oth(["ptwc", "pacific tsunami warning center"], None)
QUAKE09 = oth(["6.1-mw quake", "quake in january 2009"], None)
# 015 Mahabodhi
MB_BOMBERS = ag(["two men", "terrorists", "indian mujahideen", "bombs"], None)
MB_TEMPLE = civ(["mahabodhi temple", "temple", "monks", "tergar"], "IND")
IN_POLICE = gov(["police", "police in delhi"], "IND")
SUSPECT = per(["suspect", "one suspect", "vinod mistri"], "IND")
IN_MIN = gov(["ministry", "home ministry", "union home ministry"], "IND")
# 016 Brussels
BRU_BOMBERS = ag(["suicide bomber", "terrorists", "attackers"], None)
BRU_CIV = civ(["people", "transport infrastructure", "passengers", "brussels"], "BEL")
BE_AUTH = gov(["authorities", "belgian officials", "brussels metro system", "metro"], "BEL")
BE_POLICE = gov(["police", "belgian police", "belgium"], "BEL")
ABDESLAM = per(["salah abdeslam", "abdeslam"], None)
# 017 Nice
NICE_ATT = per(["attacker", "truck", "driver", "31-year old tunisian-frenchman"], None)
NICE_CIV = civ(["people", "crowd", "84 people", "spectators"], "FRA")
FR_POLICE = gov(["police"], "FRA")
HOLLANDE = gov(["françois hollande", "hollande", "french president", "french president françois hollande"], "FRA")
FR_ARMY = mil(["armed forces", "operational reserves"], "FRA")
PARIS_ATT = ag(["attackers", "november's paris attack"], None)
PARIS_CIV = civ(["people"], "FRA")
# 018 Turkey
TR_REBELS = mil(["elements of the turkish", "rebels", "coup plotters", "coup supporters", "soldiers and officers", "turkish military"], "TUR")
TR_GOV = gov(["erdoğan's government", "turkish government", "recep tayyip erdoğan", "erdoğan", "government", "turkish prime minister", "prime minister yıldırım", "yıldırım", "officials"], "TUR")
TR_CIV = civ(["people", "citizens"], "TUR")
EIGHT = per(["eight people"], "TUR")
GREECE = st(["greece", "greek officials"], "GRC")
GULEN = per(["gülen", "fethullah gülen", "gulen"], "TUR")
# 019 Mogadishu
SHABAAB = ag(["al-shabaab", "al shabaab", "perpetrator", "suicide bomber"], "SOM")
SO_MIL = mil(["army recruits", "checkpoint", "general dhegobadan military camp", "soldiers"], "SOM")
SO_CIV = civ(["people", "85"], "SOM")
UNSC = igo(["united nations security council", "unsc", "resolution 2551"])

ANN = {
 'mulan-wash-for-fuel': [
  (AU_GOV, MULAN, ['COOPERATE', 'AGREE', 'COERCE'], "members of the Aboriginal community Mulan in Western Australia will be obliged to ensure", at('Mulan')),
  (AU_GOV, MULAN, ['AID'], "the community will receive $172,000 AUD in federal funding", at('Mulan', s='h')),
  (SEWELL, GIBBONS, ['CONSULT', 'REQUEST'], "Community administrator Mark Sewell approached Wayne Gibbons", {'w': None, 'r': F}),
  (CALMA, AU_GOV, ['AGREE', 'SUPPORT'], "Acting race discrimination commissioner, Tom Calma, has approved the deal", at('Australia', r=F)),
  (MANSELL, AU_GOV, ['ACCUSE', 'REJECT'], "claimed that placing conditions on funding is unlawful and unenforceable", {'w': None, 'r': F}),
 ],
 'robinho-mother-freed': [
  (KIDNAPPERS, SOUZA, ['CONCEDE', 'RETREAT'], "has been released Friday, December, 17 by her kidnappers at Santa Cruz Street", at('São Paulo')),
  (KIDNAPPERS, SOUZA, ['ASSAULT', 'COERCE'], "She was kidnapped last Saturday, November 6, in Praia Grande", at('Praia Grande')),
  (FAMILY, KIDNAPPERS, ['CONCEDE'], "A ransom (the quantity has not been revealed) has been paid by family and friends.", {'w': None, 'r': F}),
 ],
 'gregoire-wins-washington': [
  (REED, GREGOIRE, ['SUPPORT', 'AGREE'], "Secretary of State Sam Reed declared Democrat Christine Gregoire the governor-elect", at('Washington')),
  (ROSSI, REED, ['REJECT', 'REQUEST'], "this result was contested by Republican Dino Rossi, who is asking for a new election", at('Washington')),
  (ROSSI, GREGOIRE, ['THREATEN'], "Rossi has threatened on several occasions to file a lawsuit", at('Washington', r=F)),
 ],
 'london-transport-bombings': [
  (LON_BOMBERS, LON_CIV, ['ASSAULT'], "Three bomb explosions have hit London Underground trains, and a further bomb destroyed a bus", at('London')),
  (LON_BOMBERS, LON_CIV, ['ASSAULT'], "At 08:56 BST a bomb detonated on a Piccadilly Line train between King's Cross and Russell Square.", at('London', r=F)),
  (LON_BOMBERS, LON_CIV, ['ASSAULT'], "At 09:47 BST a No. 30 bus (Hackney - Marble Arch) blew up", at('London', r=F)),
  (LON_AUTH, None, ['MOBILIZE', 'COERCE'], "The entire tube network and all buses within zone 1 have been suspended", at('London', r=F)),
  (DHS, None, ['MOBILIZE'], "Later, the department raised the terror alert level to orange.", at('United States', r=F)),
 ],
 'baghdad-twin-market-bombings': [
  (BAG_BOMBERS, BAG_CIV, ['ASSAULT'], "the bombings targeted two marketplaces in Baghdad shortly before the call to Friday prayers", at('Baghdad')),
  (BAG_BOMBERS, BAG_CIV, ['ASSAULT'], "Forty-five were killed at the Ghazl pet market", at('Baghdad', r=F)),
  (BAG_BOMBERS, BAG_CIV, ['ASSAULT'], "and 27 were killed in New Baghdad", at('Baghdad', r=F)),
  (STOVER, AQI, ['ACCUSE'], "He blamed the attacks on Al-Qaeda in Iraq.", {'w': None, 'r': F}),
  (RICE, BAG_BOMBERS, ['ACCUSE'], "Condoleezza Rice said the bombings underlined", {'w': None, 'r': F}),
 ],
 'iran-warns-israel': [
  (IRAN_MIL, ISRAEL, ['THREATEN'], "Iran has warned Israel that an invasion of its country will be met with strong defense.", at('Iran')),
  (ISRAEL, IRAN, ['ASSAULT', 'THREATEN'], "the Israeli military was prepared to strike Iranian nuclear facilities", at('Iran', s='h')),
  (ISRAEL, IRAN, ['ASSAULT'], "The Times states that Israel will launch an air assault", at('Iran', s='h')),
  (IRAN_MIL, None, ['MOBILIZE'], "The parade was to show the public the latest military equipment", at('Iran', s='h')),
 ],
 'lahore-shrine-bombings': [
  (LAH_BOMBERS, LAH_CIV, ['ASSAULT'], "At least 37 people were killed after two suicide bombings struck the", at('Punjab')),
  (PAK_GOV, None, ['ACCUSE'], "still pretend that we are not a nation at war are complicit in these deaths", at('Pakistan', r=F)),
 ],
 'taloqan-mosque-governor-killed': [
  (TAL_BOMBERS, OMAR, ['ASSAULT'], "was killed by a bomb attack in a while attending Friday prayers in", at('Takhar')),
  (TAL_BOMBERS, OMAR_BRO, ['ASSAULT'], "his brother was assassinated last year by the Taliban", {'w': None, 'r': F}),
  (OMAR, TAL_BOMBERS, ['MOBILIZE', 'THREATEN'], "Last week Mr Omar announced plans to increase efforts to stop the Taliban", at('Afghanistan', r=F)),
  (TAL_BOMBERS, NATO, ['ASSAULT'], "who started attacking NATO troops in Kunduz three years ago", at('Kunduz', r=F)),
 ],
 'north-korea-warns-yeonpyeong-drill': [
  (PRK, ROK, ['THREATEN'], "North Korea has warned of \"self-defensive blows\" to South Korea", at('North Korea')),
  (US_ROK, None, ['MOBILIZE'], "will be taking part in a one day, live-fire exercise on Yeonpyeong Island", at('Yeonpyeong', s='h')),
  (PRK, ROK, ['ASSAULT'], "the island which was shelled by North Korean artillery on November 23", at('Yeonpyeong', r=F)),
  (ROK, PRK, ['ASSAULT'], "They returned fire, firing nearly 80 rounds of artillery", at('Yeonpyeong', r=F)),
  (PRK, ROK, ['REQUEST', 'THREATEN'], "North Korea further demands the exercises be canceled", at('North Korea', r=F)),
 ],
 'jerusalem-bus-stop-bomb': [
  (JER_BOMB, JER_CIV, ['ASSAULT'], "wounded over 30 people at a crowded bus stop Wednesday, leaving one woman dead", at('Jerusalem')),
  (IL_POLICE, None, ['MOBILIZE', 'COERCE'], "indicated that the entrance to the city had been closed", at('Jerusalem', r=F)),
 ],
 'bin-laden-killed': [
  (US_SF, BINLADEN, ['ASSAULT'], "had been killed by U.S. special forces in , Pakistan near the capital Islamabad", at('Abbottabad')),
  (US_SF, OTHERS, ['ASSAULT'], "four others were killed in the forty-minute raid", at('Abbottabad', r=F)),
  (HELI, US_SF, ['ASSAULT'], "An American helicopter was lost due to mechanical failure", at('Abbottabad', r=F)),
  (SAUDI, US, ['REJECT'], "refused a U.S. offer to take the body", at('Saudi Arabia', r=F)),
  (BLAST, FR_VICTIMS, ['ASSAULT'], "Eight French citizens were killed last week in a bomb blast in", {'w': None, 'r': F}),
  (QUETTA_PROT, US, ['PROTEST'], "more than 800 people marched in the Pakistani city of Quetta", at('Quetta')),
  (TTP, PAK_US, ['THREATEN'], "we will avenge his death and we will attack the governments of Pakistan and the United States", {'w': None, 'r': F}),
 ],
 'mumbai-three-blasts': [
  (MUM_BOMBERS, MUM_CIV, ['ASSAULT'], "Three blasts occurred in Mumbai Wednesday evening", at('Mumbai')),
  (MUM_BOMBERS, MUM_CIV, ['ASSAULT'], "a motorcycle had a bomb attached to it that exploded next to a jewelry shop", at('Mumbai', r=F)),
  (MUM_BOMBERS, MUM_CIV, ['ASSAULT'], "The second explosion happened at the in within a few minutes", at('Mumbai', r=F)),
  (MUM_BOMBERS, MUM_CIV, ['ASSAULT'], "The third one took place in Dadar", at('Mumbai', r=F)),
  (IN_HOME, NSG, ['MOBILIZE'], "The home ministry put the National Security Guard on alert", at('India', r=F)),
 ],
 'iraq-kut-bombings': [
  (IRQ_BOMBERS, IRQ_CIV, ['ASSAULT'], "after a series of bombings across Iraq on Monday", at('Iraq')),
  (IRQ_BOMBERS, IRQ_CIV, ['ASSAULT'], "The worst attack was in the city of Kut, where a pair of bombs killed 37 people.", at('Kut')),
  (IRQ_BOMBERS, IRQ_CIV, ['ASSAULT'], "Bombs also were detonated in the holy cities of and", {'w': None, 'r': F}),
  (IRQ_BOMBERS, IRQ_POL, ['ASSAULT'], "suicide bombers attacked an anti-terrorism facility, killing three policemen", {'w': None, 'r': F}),
  (IRQ_BOMBERS, IRQ_CIV, ['ASSAULT'], "Explosions were also reported in Baghdad", at('Baghdad', r=F)),
 ],
 'costa-rica-earthquake': [
  (QUAKE, CR, ['ASSAULT'], "are reporting a 7.6- earthquake striking the coast", at('Costa Rica', r=F)),
  (PTWC, None, ['MOBILIZE'], "prompting the (PTWC) to issue warnings", {'w': None, 'r': F}),
  (QUAKE09, CR, ['ASSAULT'], "A 6.1-Mw quake in January 2009, just 30km from the capital, killed at least 34", at('Costa Rica', r=F)),
 ],
 'mahabodhi-temple-bombs': [
  (MB_BOMBERS, MB_TEMPLE, ['ASSAULT'], "reportedly at least four explosions at the in , India", at('Bodh Gaya')),
  (MB_BOMBERS, MB_TEMPLE, ['ASSAULT'], "Four other explosions took place in the vicinity", at('Bodh Gaya', r=F)),
  (IN_POLICE, SUSPECT, ['COERCE'], "One suspect has been arrested based on closed circuit television", {'w': None, 'r': F}),
  (IN_MIN, MB_BOMBERS, ['ACCUSE'], "has declared the explosions an act of terrorism", at('India', r=F)),
  (IN_POLICE, None, ['MOBILIZE'], "Additional security has been placed at Buddhist temples and communities in India", at('India', r=F)),
 ],
 'brussels-airport-metro-attacks': [
  (BRU_BOMBERS, BRU_CIV, ['ASSAULT'], "following attacks on transport infrastructure in Brussels, the capital of Belgium", at('Brussels')),
  (BRU_BOMBERS, BRU_CIV, ['ASSAULT'], "was likely conducted by a suicide bomber", at('Zaventem', r=F)),
  (BRU_BOMBERS, BRU_CIV, ['ASSAULT'], "There was a subsequent attack at the , very close to the offices", at('Brussels', r=F)),
  (BE_AUTH, None, ['MOBILIZE', 'COERCE'], "The Brussels metro system has been shut down.", at('Brussels', r=F)),
  (BE_POLICE, ABDESLAM, ['COERCE'], "following the capture in Brussels of", at('Brussels', r=F)),
 ],
 'nice-truck-attack': [
  (NICE_ATT, NICE_CIV, ['ASSAULT'], "a truck killed at least 84 people and more than 100 people were injured", at('Nice')),
  (FR_POLICE, NICE_ATT, ['ASSAULT'], "The attacker was later shot dead by the police.", at('Nice', r=F)),
  (HOLLANDE, None, ['MOBILIZE'], "he announced extending the state of emergency into October", at('France')),
  (HOLLANDE, FR_ARMY, ['MOBILIZE'], "\"operational reserves\" will be called up to support the armed forces in France", at('France', r=F)),
  (PARIS_ATT, PARIS_CIV, ['ASSAULT'], "would be lifted on July 26 after November's Paris attack", at('Paris', r=F)),
 ],
 'turkey-coup-attempt': [
  (TR_REBELS, TR_GOV, ['ASSAULT', 'COERCE'], "In an unsuccessful attempt apparently by elements of the Turkish in Istanbul and Ankara", at('Turkey')),
  (TR_GOV, TR_REBELS, ['COERCE'], "2,839 soldiers and officers were detained", at('Turkey')),
  (TR_REBELS, None, ['COERCE'], "They shut down Istanbul Atatürk Airport", at('Istanbul', r=F)),
  (TR_REBELS, TR_GOV, ['ASSAULT'], "Tank fire and explosions were reported at the parliament.", at('Ankara', r=F)),
  (TR_GOV, TR_REBELS, ['COERCE', 'MOBILIZE'], "Prime Minister Yıldırım declared a no-fly zone over Ankara.", at('Ankara', r=F)),
  (EIGHT, GREECE, ['REQUEST'], "Eight people fled the country seeking asylum in the Greek city of", at('Greece', r=F)),
  (TR_GOV, GULEN, ['ACCUSE'], "who is currently in the United States on an exile, was responsible for the coup", at('Turkey', r=F)),
 ],
 'mogadishu-camp-suicide-bombing': [
  (SHABAAB, SO_MIL, ['ASSAULT'], "At least fifteen were reported killed on Tuesday in Mogadishu", at('Mogadishu')),
  (SHABAAB, SO_CIV, ['ASSAULT'], "That attack killed 85 outside Mogadishu also claimed by Al-Shabaab", at('Mogadishu', r=F)),
  (UNSC, SHABAAB, ['SANCTION', 'ACCUSE'], "Resolution 2551 condemned attacks by Al-Shabaab", {'w': None, 'r': F}),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
