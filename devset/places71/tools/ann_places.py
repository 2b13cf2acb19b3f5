# Gold events of the seventy-first place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places68's README (from places67, places61, places28, places26, places25,
# places24, places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'United States': ('USA', (39.8, -98.6)), 'Vietnam': ('VNM', (14.1, 108.3)), 'United Kingdom': ('GBR', (54.0, -2.5)),
 'Australia': ('AUS', (-25.3, 133.8)), 'Myanmar': ('MMR', (21.9, 95.96)), 'Uganda': ('UGA', (1.37, 32.29)),
 'Ukraine': ('UKR', (49.0, 31.4)),
 # regions, provinces, states, islands, territories
 'Bari Region': ('SOM', (10.5, 49.5)), 'Gaza Strip': ('PSE', (31.42, 34.36)), 'New York': ('USA', (42.9, -75.5)),
 'Canindeyú Department': ('PRY', (-24.1, -55.4)), 'Madura': ('IDN', (-7.05, 113.3)),
 'Marib Governorate': ('YEM', (15.5, 45.5)), 'Bashkortostan': ('RUS', (54.2, 56.0)),
 # cities, towns, villages
 'Ryazan': ('RUS', (54.63, 39.73)), 'Marseille': ('FRA', (43.30, 5.37)), 'Odesa': ('UKR', (46.48, 30.72)),
 'Latehar': ('IND', (23.74, 84.50)), 'Dharali': ('IND', (31.04, 78.79)), 'Jijel': ('DZA', (36.82, 5.77)),
 'Chinle': ('USA', (36.15, -109.55)), 'Jodhpur': ('IND', (26.24, 73.02)), 'Srirangapatna': ('IND', (12.42, 76.69)),
 'Fátima': ('BRA', (-10.76, -48.90)), 'Salisbury': ('GBR', (51.07, -1.79)), 'Phoenix': ('USA', (33.45, -112.07)),
 'Des Moines': ('USA', (41.59, -93.62)), 'Vijayawada': ('IND', (16.51, 80.65)), 'Dubai': ('ARE', (25.20, 55.27)),
 'Athens': ('GRC', (37.98, 23.73)), 'Ceuta': ('ESP', (35.89, -5.32)), 'Colli sul Velino': ('ITA', (42.50, 12.78)),
 'Gaza City': ('PSE', (31.50, 34.47)), 'Deir al-Balah': ('PSE', (31.42, 34.35)), 'Gelendzhik': ('RUS', (44.56, 38.08)),
 'Yaroslavl': ('RUS', (57.63, 39.87)), 'Kherson': ('UKR', (46.64, 32.62)), 'Jaramana': ('SYR', (33.49, 36.35)),
}
COUNTRY_LEVEL = {'United States', 'Vietnam', 'United Kingdom', 'Australia', 'Myanmar', 'Uganda', 'Ukraine'}


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
PUNTLAND = mil(["puntland forces", "puntland", "troops", "puntland security forces", "puntland's forces"], "SOM")
IS_SOM = ag(["islamic state", "isil", "isis", "islamic state militias", "militias", "islamic state militants", "dararmadobe", "uraar"], None)
UKRAINE = st(["ukraine", "ukrainian", "ukrainian forces", "kyiv", "ukrainian military", "ukrainian drones"], "UKR")
RYAZAN_REF = oth(["ryazan refinery", "the ryazan refinery", "refinery", "main crude distillation unit", "russia", "facility"], "RUS")
SUWAYDA = ag(["suwayda military council", "council", "druze militia leaders", "druze militia", "druze"], "SYR")
SYR_GOV = gov(["syrian transitional government", "transitional government", "syria", "syrian government", "syrian armed forces"], "SYR")
RUS_CONSULATE = oth(["russian consulate", "consulate", "russia", "russian consulate in marseille"], "RUS")
RUSSIA = st(["russia", "russian", "russian forces", "moscow", "russian military", "russian drones"], "RUS")
ODESA = civ(["seaport", "odesa", "people", "two people", "ukraine", "seaport in odesa"], "UKR")
ISRAEL = st(["israel", "israeli", "israeli forces", "israel defense forces", "idf", "israeli military", "israeli airstrikes"], "ISR")
GAZANS = civ(["palestinians", "79 palestinians", "people", "civilians", "children", "gaza", "gaza strip", "palestinian civilians", "two palestinian civilians"], "PSE")
JHK_POL = gov(["police", "police in jharkand", "jharkhand police", "jharkand police", "indian police", "indian government", "india"], "IND")
NAXALS = ag(["naxal-maoist militants", "militants", "naxalites", "maoists", "two top naxal-maoist militants", "naxal", "naxals"], "IND")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump", "president donald trump", "united states", "us", "u.s.", "trump administration"], "USA")
HARVARD = oth(["harvard university", "harvard", "foreign nationals", "foreign students", "international students", "the institution"], "USA")
VNM_GOV = gov(["vietnam", "vietnamese government", "government", "vietnamese"], "VNM")
VNM_PEOPLE = civ(["families", "citizens", "vietnamese", "women", "people", "two-child policy"], "VNM")
UK_GOV = gov(["united kingdom", "uk", "british government", "uk government", "britain", "london"], "GBR")
GRU = mil(["gru", "russia's gru", "military intelligence officers", "russia", "russian military intelligence", "intelligence officers"], "RUS")
RUS_OPS = mil(["russian operatives", "operatives", "russia", "gru", "vladimir putin", "putin", "russian"], "RUS")
SKRIPALS = civ(["sergei skripal", "yulia skripal", "skripals", "sergei and yulia skripal", "skripal"], "GBR")
KELIN = gov(["andrey kelin", "kelin", "russian ambassador", "russian ambassador andrey kelin", "russia", "ambassador"], "RUS")
USA = st(["united states", "us", "u.s.", "america", "american", "united states government", "us government"], "USA")
KENYA = st(["kenya", "kenyan", "kenya's health system", "kenyan government", "nairobi"], "KEN")
WAR_TGT = oth(["war", "iran war", "united states", "us", "israel", "us-israel strikes", "strikes", "trump administration", "killing of former supreme leader ali khamenei"], None)
PSL = civ(["party for socialism and liberation", "psl", "protesters", "protest", "demonstrators"], "USA")
DSM_PROT = civ(["protesters", "anti-war protesters", "demonstrators", "anti-war protests", "protests"], "USA")
IND_LEFT = civ(["left-wing parties", "left-wing parties in india", "parties", "protesters", "leftists"], "IND")
AUS_COURT = gov(["court", "australian court", "australia", "judge", "magistrate"], "AUS")
ROBERTS_SMITH = per(["ben roberts-smith", "roberts-smith", "australian army veteran", "victoria cross recipient"], "AUS")
MMR_GOV = gov(["myanmar", "myanmar junta", "junta", "military government", "myanmar's military", "myanmar government", "state administration council"], "MMR")
WIN_MYINT = per(["win myint", "myanmar's ousted president win myint", "ousted president", "president win myint"], "MMR")
DUBAI_POL = gov(["police", "police in dubai", "dubai police", "united arab emirates", "uae", "dubai"], "ARE")
KINAHAN = per(["daniel kinahan", "kinahan", "drug kingpin daniel kinahan", "drug kingpin"], "IRL")
US_COURT = gov(["united states", "us", "u.s.", "federal court", "court", "prosecutors", "federal prosecutors", "federal trial"], "USA")
MATAR = per(["hadi matar", "matar", "the man"], "USA")
RUSHDIE = per(["salman rushdie", "rushdie", "author salman rushdie"], "GBR")
PRY_POL = gov(["police station", "officers", "police", "three officers", "paraguayan police", "police officers"], "PRY")
BOP = igo(["board of peace", "board of peace envoy", "envoy"])
NETANYAHU = gov(["benjamin netanyahu", "netanyahu", "israeli prime minister benjamin netanyahu", "israel", "israeli prime minister", "prime minister"], "ISR")
OCHA_ISR = ISRAEL
FATAIR = per(["mahmoud fatair", "fatair", "palestinian islamic jihad commander mahmoud fatair", "palestinian islamic jihad", "commander", "pij"], "PSE")
PIJ = ag(["palestinian islamic jihad", "mahmoud fatair", "fatair", "pij"], "PSE")
BRASLAVSKI = per(["rom braslavski", "braslavski"], "ISR")
HAMAS = ag(["hamas", "hamas militants", "two hamas militants", "militants"], "PSE")
GELENDZHIK = civ(["people", "seven people", "children", "beach", "crowded beach", "russia", "beachgoers"], "RUS")
UGA_GOV = gov(["ugandan authorities", "uganda", "ugandan government", "authorities"], "UGA")
ISF = igo(["international stabilization force", "board of peace", "isf", "gaza strip"])
HOUTHIS = ag(["houthis", "houthi", "ansar allah", "houthi rebels", "houthi movement"], "YEM")
YEM_GOV = mil(["saudi-backed government forces", "government forces", "yemeni government forces", "soldiers", "yemeni government", "yemen"], "YEM")
RUS_REFS = oth(["oil refineries", "refineries", "yaroslavl refinery", "bashneft-novoil refinery", "russia", "refinery", "facilities"], "RUS")
UKR_CIV = civ(["people", "six people", "civilians", "three civilians", "ukraine", "critical infrastructure", "infrastructure", "kherson"], "UKR")
JARAMANA = civ(["passenger minibus", "minibus", "people", "two people", "passengers"], "SYR")

ANN = {
 'conflicts-feb-24': [
  (PUNTLAND, IS_SOM, ['ASSAULT', 'COERCE'], "Puntland forces capture key locations, including Dararmadobe", at('Bari Region')),
  (UKRAINE, RYAZAN_REF, ['ASSAULT'], "after an overnight drone attack by Ukraine destroys the main crude distillation unit", at('Ryazan')),
  (SUWAYDA, SYR_GOV, ['ACCUSE', 'THREATEN'], "The council accuses the Syrian transitional government of committing ethnic cleansing operations", NOWHERE_NR),
  (unk(("unknown", "perpetrators", "attackers")), RUS_CONSULATE, ['ASSAULT'], "Three molotov cocktails are thrown at the Russian consulate in Marseille", at('Marseille', r=F)),
 ],
 'conflicts-may-24': [
  (RUSSIA, ODESA, ['ASSAULT'], "Russia fires two ballistic missiles at the seaport in Odesa", at('Odesa')),
  (ISRAEL, GAZANS, ['ASSAULT'], "At least 79 Palestinians are killed by Israeli airstrikes on the Gaza Strip", at('Gaza Strip')),
  (JHK_POL, NAXALS, ['ASSAULT'], "confirm the deaths of two top Naxal-Maoist militants in an operation in Latehar", at('Latehar')),
 ],
 'politics-jun-04': [
  (VNM_GOV, VNM_PEOPLE, ['CONCEDE'], "Vietnam formally ends the two-child policy in effect since 2009", at('Vietnam', r=F)),
  (TRUMP, HARVARD, ['SANCTION', 'COERCE'], "U.S. president Donald Trump issues an order banning new visas for foreign nationals", at('United States')),
 ],
 'disasters-aug-05': [
  (nat(["cloudburst", "flash floods", "massive cloudburst", "floods", "flash flood"]), None, ['ASSAULT'], "after a massive cloudburst triggers flash floods in Dharali village", at('Dharali', r=F)),
  (nat(["aircraft", "safir-43 aircraft", "crash", "civil protection surveillance safir-43 aircraft"]), None, ['ASSAULT'], "Four people are killed when a civil protection surveillance Safir-43 aircraft crashes", at('Jijel', r=F)),
  (nat(["plane", "small plane", "beechcraft super king air", "crash", "medical transport beechcraft super king air small plane"]), None, ['ASSAULT'], "Four people are killed when a medical transport Beechcraft Super King Air small plane crashes", at('Chinle', r=F)),
 ],
 'disasters-nov-02': [
  (nat(["flooding", "floods", "flood"]), None, ['ASSAULT'], "The death toll from flooding in Vietnam increases to 35", at('Vietnam', r=F)),
  (nat(["passenger vehicle", "truck", "collision", "head-on collision"]), None, ['ASSAULT'], "a passenger vehicle collides head-on with a truck in Jodhpur", at('Jodhpur', r=F)),
  (nat(["drowning", "irrigation canal", "canal"]), None, ['ASSAULT'], "Four girls drown in an irrigation canal in Srirangapatna taluk", at('Srirangapatna', r=F)),
  (nat(["light aircraft", "aircraft", "crash"]), None, ['ASSAULT'], "Two people are killed after a light aircraft crashes in Fátima", at('Fátima', r=F)),
 ],
 'intl-relations-dec-04': [
  (UK_GOV, GRU, ['SANCTION'], "The United Kingdom imposes sanctions against Russia's GRU and several military intelligence officers", at('United Kingdom')),
  (RUS_OPS, SKRIPALS, ['ASSAULT'], "Russian operatives carried out the 2018 Novichok attack in Salisbury", at('Salisbury', r=F)),
  (UK_GOV, KELIN, ['ACCUSE', 'REJECT', 'SANCTION'], "The UK also summons Russian ambassador Andrey Kelin", at('United Kingdom', r=F)),
  (USA, KENYA, ['AID', 'AGREE', 'COOPERATE'], "The United States signs a five-year agreement to provide over $1.6 billion to Kenya's health system", NOWHERE),
 ],
 'politics-mar-02': [
  (PSL, WAR_TGT, ['PROTEST'], "A protest organized by the Party for Socialism and Liberation is held in Phoenix", at('Phoenix')),
  (DSM_PROT, WAR_TGT, ['PROTEST'], "Anti-war protests are held in Des Moines, Iowa, against the US-Israel strikes", at('Des Moines', r=F)),
  (IND_LEFT, WAR_TGT, ['PROTEST'], "Left-wing parties in India organize protests in Vijayawada", at('Vijayawada')),
 ],
 'law-crime-apr-17': [
  (AUS_COURT, ROBERTS_SMITH, ['CONCEDE', 'RETREAT'], "Ben Roberts-Smith is granted bail with travel restrictions", at('Australia', r=F)),
  (MMR_GOV, WIN_MYINT, ['CONCEDE', 'RETREAT'], "Myanmar's ousted president Win Myint is released under an amnesty", at('Myanmar', r=F)),
  (DUBAI_POL, KINAHAN, ['COERCE'], "drug kingpin Daniel Kinahan is arrested by police in Dubai", at('Dubai')),
 ],
 'law-crime-jul-22': [
  (US_COURT, MATAR, ['COERCE', 'ACCUSE'], "The federal trial against Hadi Matar", at('United States')),
  (MATAR, RUSHDIE, ['ASSAULT'], "the man who attempted to kill author Salman Rushdie in August 2022", at('New York', r=F)),
  (unk(("unknown gunmen", "gunmen", "unknown", "attackers")), PRY_POL, ['ASSAULT'], "Unknown gunmen open fire at a police station in Canindeyú Department", at('Canindeyú Department', r=F)),
 ],
 'disasters-aug-02': [
  (nat(["helicopters", "firefighting helicopters", "collision", "two firefighting helicopters"]), None, ['ASSAULT'], "Two people are killed when two firefighting helicopters collide near Athens", at('Athens', r=F)),
  (nat(["migrant crossing", "mass migrant crossing", "crossing"]), None, ['ASSAULT'], "at least 72 people died during the mass migrant crossing from Morocco", at('Ceuta', r=F)),
  (nat(["traffic collision", "collision", "bus", "camper"]), None, ['ASSAULT'], "Six people are killed and 27 more injured in a traffic collision", at('Colli sul Velino', r=F)),
  (nat(["ferry", "fire", "ferry fire"]), None, ['ASSAULT'], "A ferry catches fire off the coast of Madura", at('Madura', r=F)),
 ],
 'conflicts-aug-03': [
  (BOP, NETANYAHU, ['CONSULT', 'REQUEST'], "A Board of Peace envoy meets Israeli prime minister Benjamin Netanyahu", NOWHERE),
  (ISRAEL, GAZANS, ['ASSAULT'], "dozens of children and civilians have been killed in Israeli attacks on Gaza", at('Gaza Strip', r=F)),
  (ISRAEL, GAZANS, ['ASSAULT'], "Two Palestinian civilians are killed in an Israeli missile strike", at('Gaza City')),
  (ISRAEL, FATAIR, ['ASSAULT'], "The Israel Defense Forces (IDF) claim that they have killed Palestinian Islamic Jihad commander Mahmoud Fatair", at('Deir al-Balah')),
  (PIJ, BRASLAVSKI, ['ASSAULT', 'COERCE'], "who took part in the abduction of Rom Braslavski", NOWHERE_NR),
  (ISRAEL, HAMAS, ['ASSAULT'], "The IDF claim that they have killed two Hamas militants in separate airstrikes", at('Gaza City')),
  (unk(("drone debris", "drone", "unknown", "ukraine", "ukrainian drone")), GELENDZHIK, ['ASSAULT'], "when drone debris falls on a crowded beach in Gelendzhik", at('Gelendzhik', r=F)),
 ],
 'conflicts-aug-06': [
  (UGA_GOV, ISF, ['COOPERATE', 'AID', 'MOBILIZE'], "Ugandan authorities approve a measure to send troops from Uganda to the Gaza Strip", at('Uganda')),
  (HOUTHIS, YEM_GOV, ['ASSAULT'], "The Houthis announce a military offensive against Saudi-backed government forces in Marib Governorate", at('Marib Governorate')),
  (UKRAINE, RUS_REFS, ['ASSAULT'], "Ukrainian forces launch drone attacks on two oil refineries in Russia", at('Yaroslavl')),
  (UKRAINE, RUS_REFS, ['ASSAULT'], "a Bashneft-Novoil refinery in Bashkortostan", at('Bashkortostan', r=F)),
  (RUSSIA, UKR_CIV, ['ASSAULT'], "Six people are killed in Russian airstrikes across Ukraine", at('Ukraine')),
  (RUSSIA, UKR_CIV, ['ASSAULT'], "after critical infrastructure was targeted overnight by Russian drones", at('Kherson')),
  (unk(("unknown", "explosive device", "bomber", "attackers")), JARAMANA, ['ASSAULT'], "an explosive device detonates on a passenger minibus in Jaramana", at('Jaramana', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
