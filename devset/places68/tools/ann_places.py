# Gold events of the sixty-eighth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places67's README (from places61, places28, places26, places25, places24,
# places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'India': ('IND', (22.0, 79.0)), 'United Kingdom': ('GBR', (54.0, -2.5)), 'Indonesia': ('IDN', (-2.5, 118.0)),
 'Bolivia': ('BOL', (-16.5, -64.7)), 'Mexico': ('MEX', (23.6, -102.5)), 'United States': ('USA', (39.8, -98.6)),
 # regions, provinces, states
 'Borno': ('NGA', (11.5, 13.0)), 'Kashmir': ('IND', (34.0, 75.0)), 'Mid North Coast': ('AUS', (-31.3, 152.6)),
 'Guizhou': ('CHN', (26.8, 106.8)), 'Rayong province': ('THA', (12.8, 101.4)), 'Darfur': ('SDN', (13.5, 24.0)),
 # cities, towns, villages
 'Ririe': ('USA', (43.63, -111.77)), 'Kaanapali': ('USA', (20.93, -156.69)), 'Nasir': ('SSD', (8.60, 33.07)),
 'San Diego': ('USA', (32.72, -117.16)), 'Khan Younis': ('PSE', (31.35, 34.30)), 'Damascus': ('SYR', (33.51, 36.29)),
 'Brize Norton': ('GBR', (51.77, -1.57)), 'Kumshe': ('NGA', (11.1, 14.3)), 'Mexico City': ('MEX', (19.43, -99.13)),
 'New Delhi': ('IND', (28.61, 77.21)), 'Athens': ('GRC', (37.98, 23.73)), 'The Hague': ('NLD', (52.08, 4.31)),
 'Lagos': ('NGA', (6.52, 3.38)), 'Middlesbrough': ('GBR', (54.57, -1.23)),
}
COUNTRY_LEVEL = {'India', 'United Kingdom', 'Indonesia', 'Bolivia', 'Mexico', 'United States'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}                 # required, no place on the page
NOWHERE_NR = {'r': False}    # not required, no place on the page


def nat(names):              # a natural event or an accident: the event itself is the source
    return oth(names, None)


def unk(names=("unknown", "unidentified")):
    return oth(list(names), None)


# ---- actors
SSPDF = mil(["south sudan people's defence forces", "sspdf", "south sudan", "south sudanese army", "south sudan people's defense forces"], "SSD")
WHITE_ARMY = ag(["nuer white army", "white army", "nasir"], "SSD")
IS = ag(["islamic state", "isis", "isil", "is", "islamic state west africa province", "iswap"], None)
NGA_CHR = civ(["christians", "security forces", "people", "nine people", "christians and security forces"], "NGA")
INDIA = st(["india", "indian", "indian government", "new delhi"], "IND")
PAKISTAN = st(["pakistan", "pakistani", "pakistani diplomats", "islamabad", "indus water treaty", "main border crossing"], "PAK")
TOURISTS = civ(["tourists", "people", "indian-administered kashmir"], "IND")
HAMAS = ag(["hamas", "palestinian militant group hamas", "the palestinian militant group hamas", "militants"], "PSE")
HOSTAGES = civ(["hostages", "three hostages", "israelis", "israel"], "ISR")
IDF = mil(["israel defense forces", "idf", "israel", "israeli forces", "israeli military", "israeli"], "ISR")
GAZANS = civ(["people", "51 people", "palestinians", "gaza", "khan younis", "gaza city"], "PSE")
IS_ATTACKER = ag(["islamic state", "isis", "isil", "suicide attacker", "attacker", "islamic state suicide attacker", "perpetrator"], None)
WORSHIPPERS = civ(["people", "worshippers", "mar elias church", "christians", "church"], "SYR")
UK_GOV = gov(["united kingdom", "uk", "british government", "uk government", "britain"], "GBR")
PAL_ACT = ag(["palestine action", "direct action protest network palestine action", "the group", "group", "protest network"], "GBR")
RAF = mil(["raf brize norton", "raf", "royal air force", "brize norton", "raf brize norton base", "two planes", "planes"], "GBR")
THA_DSI = gov(["thai department of special investigation", "department of special investigation", "dsi", "thailand", "thai authorities"], "THA")
THA_SMUG = civ(["eight men", "men", "smugglers", "drug smugglers", "suspects"], "THA")
IDN_BNN = gov(["indonesian national narcotics board", "national narcotics board", "bnn", "indonesia", "indonesian authorities"], "IDN")
IDN_SUSP = civ(["285 people", "people", "suspects", "women", "foreigners", "drug traffickers"], "IDN")
NGA_AF = mil(["nigerian air force", "air force", "nigeria", "nigerian military", "troops", "nigerian troops"], "NGA")
ISWAP = ag(["iswap", "iswap fighters", "islamic state west africa province", "fighters", "35 iswap fighters", "boko haram"], "NGA")
BOL_GOV = gov(["rodrigo paz", "bolivian president rodrigo paz", "paz", "president", "bolivia", "bolivian government", "government"], "BOL")
BOL_MIL = mil(["military", "bolivian military", "armed forces", "bolivia", "army"], "BOL")
BOL_PROT = civ(["road blockades", "blockades", "protesters", "demonstrators", "blockaders"], "BOL")
CNTE = civ(["coordinadora nacional de trabajadores de la educación", "cnte", "members", "teachers", "members of mexico's coordinadora nacional de trabajadores de la educación", "coordinadora nacional de trabajadores de la educacion"], "MEX")
MEX_GOV = gov(["mexico", "mexican government", "government", "fifa world cup", "areas associated with the fifa world cup"], "MEX")
IND_POL = gov(["indian police", "police", "india", "delhi police"], "IND")
GANDHI = per(["rahul gandhi", "gandhi", "lok sabha opposition leader rahul gandhi", "opposition leader", "lok sabha opposition leader"], "IND")
IND_DEM = civ(["demonstrators", "protesters", "students"], "IND")
IND_GOV = gov(["parliament", "dharmendra pradhan", "pradhan", "education minister dharmendra pradhan", "narendra modi", "modi", "government", "india"], "IND")
ATH_SUSP = per(["60-year-old greek man", "greek man", "man", "attacker", "suspect"], "GRC")
US_TOURISTS = civ(["two american tourists", "american tourists", "tourists"], "USA")
GRC_POL = gov(["police", "greek police", "greece", "authorities"], "GRC")
US_JUDGE = gov(["united states federal judge john r. tunheim", "john r. tunheim", "tunheim", "judge", "federal judge", "united states", "court"], "USA")
BOELTER = per(["vance boelter", "boelter"], "USA")
ICC = igo(["international criminal court", "icc", "court"])
BANDA = per(["abdallah banda", "banda", "former militia leader abdallah banda", "militia leader", "militia"], "SDN")
AU_PK = igo(["african union peacekeepers", "peacekeepers", "african union", "au"])

ANN = {
 'disasters-feb-20': [
  (nat(["helicopter", "crash", "bell 505 jet ranger x helicopter"]), None, ['ASSAULT'], "a Bell 505 Jet Ranger X helicopter crashes into ice at the Ririe Reservoir", at('Ririe', r=F)),
  (nat(["gas explosion", "explosion"]), None, ['ASSAULT'], "Seven people are injured in a gas explosion at The Whaler resort", at('Kaanapali', r=F)),
 ],
 'conflicts-apr-21': [
  (SSPDF, WHITE_ARMY, ['ASSAULT', 'COERCE'], "The South Sudan People's Defence Forces capture the town of Nasir", at('Nasir')),
  (IS, NGA_CHR, ['ASSAULT'], "a series of deadly attacks targeting Christians and security forces in Borno and Adamawa", at('Borno', r=F)),
 ],
 'intl-relations-apr-23': [
  (INDIA, PAKISTAN, ['SANCTION', 'REJECT'], "India announces several measures targeting Pakistan", at('India')),
  (INDIA, PAKISTAN, ['REJECT', 'SANCTION'], "suspending the Indus Water Treaty", at('India', r=F)),
  (INDIA, PAKISTAN, ['SANCTION', 'COERCE'], "and expelling Pakistani diplomats after the attack", at('India', r=F)),
  (unk(("unknown", "attackers", "militants", "gunmen")), TOURISTS, ['ASSAULT'], "the attack on tourists in Indian-administered Kashmir yesterday", at('Kashmir', r=F)),
 ],
 'disasters-may-22': [
  (nat(["aircraft", "cessna citation ii", "crash", "cessna citation ii aircraft"]), None, ['ASSAULT'], "when a Cessna Citation II aircraft crashes on approach to Montgomery-Gibbs Executive Airport", at('San Diego', r=F)),
  (nat(["flooding", "floods", "major flooding"]), None, ['ASSAULT'], "At least four people are killed in major flooding in various Mid North Coast areas", at('Mid North Coast', r=F)),
  (nat(["heavy rains", "landslides", "rains"]), None, ['ASSAULT'], "after heavy rains triggered landslides in Guizhou", at('Guizhou', r=F)),
 ],
 'conflicts-jun-22': [
  (HAMAS, HOSTAGES, ['COERCE', 'ASSAULT'], "who were abducted by the Palestinian militant group Hamas during the October 7 attacks", NOWHERE_NR),
  (IDF, GAZANS, ['ASSAULT'], "The Israel Defense Forces kill at least 51 people and injure 104 others in southern Khan Younis", at('Khan Younis')),
  (IS_ATTACKER, WORSHIPPERS, ['ASSAULT'], "at least one alleged Islamic State suicide attacker opens fire and detonates an explosive device", at('Damascus')),
 ],
 'law-crime-jun-23': [
  (UK_GOV, PAL_ACT, ['SANCTION', 'COERCE', 'THREATEN'], "The United Kingdom announces it will ban the direct action protest network Palestine Action", at('United Kingdom')),
  (PAL_ACT, RAF, ['ASSAULT', 'PROTEST'], "the group broke into the RAF Brize Norton base and vandalized two planes", at('Brize Norton', r=F)),
  (THA_DSI, THA_SMUG, ['COERCE'], "arrests eight men in Rayong province for attempted drug smuggling", at('Rayong province')),
  (IDN_BNN, IDN_SUSP, ['COERCE'], "The Indonesian National Narcotics Board announces it arrested 285 people", at('Indonesia')),
 ],
 'conflicts-aug-23': [
  (NGA_AF, ISWAP, ['ASSAULT'], "More than 35 ISWAP fighters are killed in airstrikes by the Nigerian Air Force", at('Kumshe')),
  (ISWAP, NGA_AF, ['ASSAULT'], "during an attempted ground assault on troops near the Cameroon–Nigeria border in Kumshe", at('Kumshe', r=F)),
 ],
 'politics-jun-20': [
  (BOL_GOV, BOL_PROT, ['COERCE', 'MOBILIZE'], "Bolivian president Rodrigo Paz declares a state of emergency", at('Bolivia')),
  (BOL_MIL, BOL_PROT, ['COERCE', 'MOBILIZE'], "deploying the military to clear the road blockades", at('Bolivia', r=F)),
  (CNTE, MEX_GOV, ['CONCEDE', 'PROTEST'], "Trabajadores de la Educación end a 20-day strike over wages and pensions", at('Mexico', r=F)),
  (CNTE, MEX_GOV, ['PROTEST'], "The protests included demonstrations and road blockades in Mexico City", at('Mexico City', r=F)),
 ],
 'law-crime-jul-21': [
  (IND_POL, GANDHI, ['COERCE'], "Indian police detain Lok Sabha opposition leader Rahul Gandhi during education-reform protests in New Delhi", at('New Delhi')),
  (IND_DEM, IND_GOV, ['PROTEST', 'REQUEST'], "as demonstrators demand accountability for examination scandals", at('New Delhi', r=F)),
  (ATH_SUSP, US_TOURISTS, ['ASSAULT'], "Two American tourists are injured, including one seriously, in a stabbing attack near the Acropolis", at('Athens', r=F)),
  (GRC_POL, ATH_SUSP, ['COERCE'], "A 60-year-old Greek man is taken into custody", at('Athens', r=F)),
 ],
 'law-crime-jul-23': [
  (US_JUDGE, BOELTER, ['COERCE'], "United States federal judge John R. Tunheim sentences Vance Boelter to two life terms", at('United States')),
  (BOELTER, civ(["melissa hortman", "hortman", "minnesota state representative melissa hortman", "her husband", "john hoffman", "state senator john hoffman"], "USA"), ['ASSAULT'], "for killing Minnesota state representative Melissa Hortman and her husband", NOWHERE_NR),
  (ICC, BANDA, ['CONCEDE', 'RETREAT'], "The International Criminal Court at The Hague, Netherlands, officially drops charges", at('The Hague')),
  (BANDA, AU_PK, ['ASSAULT'], "a 2007 attack on African Union peacekeepers during Sudan's Darfur conflict", at('Darfur', r=F)),
 ],
 'disasters-aug-22': [
  (nat(["road collision", "collision", "head-on road collision"]), None, ['ASSAULT'], "Five people are killed in a head-on road collision along the Lagos–Badagry Expressway", at('Lagos', r=F)),
  (nat(["three-vehicle collision", "collision", "crash"]), None, ['ASSAULT'], "in a three-vehicle collision on the A66 road in Middlesbrough", at('Middlesbrough', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
