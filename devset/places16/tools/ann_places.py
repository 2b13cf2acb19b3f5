# Gold events of the sixteenth place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was read while
# choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.1 degree; a note only, build_gold.py does not read it). Conventions: those of
# devset/places13/README.md as places15 applies them (see this set's README). A natural event or an accident has
# no agent: its source is the event itself (kind other), its type is a nominal ASSAULT and it is never required.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Ukraine': (('Ukraine', 'UKR'), (48.38, 31.17)),
 'Cuba': (('Cuba', 'CUB'), (21.52, -77.78)),
 'Haiti': (('Haiti', 'HTI'), (18.97, -72.29)),
 'Jamaica': (('Jamaica', 'JAM'), (18.11, -77.30)),
 'Dahab': (('Dahab', 'EGY'), (28.50, 34.51)),
 'Egypt': (('Egypt', 'EGY'), (26.82, 30.80)),
 'Auckland': (('Auckland', 'NZL'), (-36.85, 174.76)),
 'New Zealand': (('New Zealand', 'NZL'), (-40.90, 174.89)),
 'India': (('India', 'IND'), (20.59, 78.96)),
 'Mumbai': (('Mumbai', 'IND'), (19.08, 72.88)),
 'Baghdad': (('Baghdad', 'IRQ'), (33.31, 44.37)),
 'Iraq': (('Iraq', 'IRQ'), (33.22, 43.68)),
 'Rawalpindi': (('Rawalpindi', 'PAK'), (33.60, 73.05)),
 'Peshawar': (('Peshawar', 'PAK'), (34.01, 71.58)),
 'Islamabad': (('Islamabad', 'PAK'), (33.69, 73.05)),
 'Pakistan': (('Pakistan', 'PAK'), (30.38, 69.35)),
 'Zahedan': (('Zahedan', 'IRN'), (29.50, 60.86)),
 'Iran': (('Iran', 'IRN'), (32.43, 53.69)),
 'Indonesia': (('Indonesia', 'IDN'), (-0.79, 113.92)),
 'Betu Monga': (('Betu Monga', 'IDN'), (-2.9, 100.2)),
 'North Pagai': (('North Pagai', 'IDN'), (-2.70, 100.10)),
 'Fukushima': (('Fukushima', 'JPN'), (37.42, 141.03)),
 'Japan': (('Japan', 'JPN'), (36.20, 138.25)),
 'Marrakech': (('Marrakech', 'MAR'), (31.63, -7.99)),
 'Karachi': (('Karachi', 'PAK'), (24.86, 67.01)),
 'Massachusetts': (('Massachusetts', 'USA'), (42.26, -71.80)),
 'Boston': (('Boston', 'USA'), (42.36, -71.06)),
 'Jerusalem': (('Jerusalem', 'ISR'), (31.77, 35.21)),
 'Israel': (('Israel', 'ISR'), (31.05, 34.85)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)

# 001 Ukraine
UA_PARL = gov(["ukrainian parliament", "parliament", "the parliament", "verkhovna rada", "ukrainian"], "UKR")
UA_GOV = gov(["government of prime minister", "government", "the government", "prime minister", "viktor yanukovych", "yanukovych"], "UKR")
MEDIATORS = oth(["international mediators", "mediators"], None)
# 002 Hurricane Dennis
DENNIS = oth(["hurricane dennis", "dennis", "storm", "the storm", "hurricane"], None)
CU_CIV = civ(["cubans", "people", "10 cubans", "residents"], "CUB")
HT_CIV = civ(["haitians", "people"], "HTI")
JM_CIV = civ(["jamaicans", "families", "communities", "28 communities"], "JAM")
CU_GOV = gov(["cuba", "cuban government", "fidel castro", "president fidel castro", "national emergency response program"], "CUB")
# 003 Dahab
DAHAB_MIL = ag(["militants", "terrorists", "bombers", "locals", "al-qaida"], "EGY")
EG_CIV = civ(["innocent civilians", "civilians", "tourists", "people"], "EGY")
BUSH = gov(["bush", "president bush", "george w. bush", "u.s. president", "united states"], "USA")
MUBARAK = gov(["hosni mubarak", "mubarak", "president hosni mubarak", "egyptian government", "egyptian president"], "EGY")
# 004 Rainbow Warrior
FR_AGENTS = gov(["divers", "two divers", "french intelligence", "dgse", "french intelligence sabotage squad", "gerard royal", "alain tonel", "jaques camurier", "france"], "FRA")
RW = oth(["rainbow warrior", "greenpeace ship", "greenpeace", "the rainbow warrior", "fernando pereira"], None)
NZ_GOV = gov(["new zealand police", "new zealand government", "new zealand", "new zealand authorities", "police"], "NZL")
G_ROYAL = per(["gerard royal", "royal", "gerard"], "FRA")
A_ROYAL = per(["antoine royal", "antoine"], "FRA")
PRIEUR = per(["dominique prieur", "alain mafart", "prieur", "mafart", "turenge couple", "false turenge couple", "two people"], "FRA")
FRANCE = st(["france", "french government"], "FRA")
# 005 Samjhauta Express
TRAIN_BOMBERS = oth(["bombers", "people responsible", "terrorists", "elements which want to sabotage"], None)
TRAIN_PASS = civ(["passengers", "samjhauta express", "friendship express", "night train", "train"], None)
IN_PMO = gov(["indian prime minister's office", "prime minister's office", "indian prime minister", "india"], "IND")
KASURI = gov(["pakistan's foreign minister", "kasuri", "khurshid kasuri", "foreign minister", "pakistan"], "PAK")
INDIA = st(["india", "indian government"], "IND")
MUMBAI_ATT = oth(["attackers", "terrorists"], None)
MUMBAI_PASS = civ(["trains in mumbai", "passengers", "186"], "IND")
# 006 Baghdad
BAG_ATT = oth(["suicide bombers", "bombers", "car bombings", "al-qaeda", "al-qaeda terrorists", "rebels"], None)
BAG_TGT = gov(["justice ministry", "justice ministry building", "provincial government office", "baghdad provincial council", "baghdad provincial administration", "people", "civilians"], "IRQ")
MALIKI = gov(["nouri maliki", "maliki", "prime minister nouri maliki", "prime minister"], "IRQ")
AQ = ag(["al-qaeda", "al-qaeda terrorists", "al qaeda"], None)
BAG_BUILD = gov(["government buildings", "two government buildings", "another two government buildings"], "IRQ")
# 007 Rawalpindi
PK_ATT = ag(["attackers", "suicide bombers", "attacker", "militants", "suicide bomber"], "PAK")
RWP_MOSQUE = civ(["mosque", "worshippers", "parade lane mosque", "people"], "PAK")
PK_GOV = gov(["government", "the government", "pakistan", "pakistani government"], "PAK")
PK_MIL = mil(["military", "troops", "pakistani forces", "pakistan army", "pakistani military"], "PAK")
TALIBAN = ag(["taliban", "al-qaeda", "militants", "suspected militants", "fifteen suspected miltants", "pakistani taliban", "tehrik-i-taliban pakistan", "attackers"], "PAK")
PK_POLICE = gov(["policemen", "police checkpoint", "police", "two policemen"], "PAK")
PK_NAVY = mil(["naval headquarters", "guards", "two guards", "navy"], "PAK")
# 008 Zahedan
JUNDALLAH = ag(["jundallah", "suicide bombers", "sunni rebel group", "bombers", "attacker"], "IRN")
ZAH_CIV = civ(["civilians", "worshippers", "shia mosque", "mosque", "government officials", "revolutionary guard"], "IRN")
IR_GOV = gov(["iranian government", "iran", "revolutionary guard", "revolutionary guard's top official", "government"], "IRN")
RIGI = per(["rigi", "abdolmalek rigi", "group's leader", "jundallah"], "IRN")
WEST = st(["united states", "israel", "european countries", "europeean countries", "zionists", "western powers", "u.s."], None)
# 009 Mentawai
TSUNAMI = oth(["tsunami", "earthquake", "wave", "the tsunami"], None)
ID_CIV = civ(["villages", "people", "villagers", "island villages", "remote islands"], "IDN")
# 010 Fukushima
BLAST = oth(["explosion", "the explosion", "nuclear power plant", "plant"], None)
PLANT = oth(["fukushima nuclear power plant", "nuclear power plant", "plant", "workers", "four workers", "tokyo electric power company"], "JPN")
QUAKE = oth(["earthquake", "8.9 magnitude earthquake", "massive 8.9 magnitude earthquake"], None)
JP_CIV = civ(["residents", "45,000 residents", "people"], "JPN")
JP_AUTH = gov(["authorities", "local authorities", "japan", "japanese government"], "JPN")
# 011 Marrakech
MAR_ATT = oth(["terrorists", "bomber", "attackers"], None)
MAR_CIV = civ(["argana café", "café", "people", "tourists", "victims", "foreign visitors"], "MAR")
FR_PRES = gov(["french president", "france", "nicolas sarkozy", "sarkozy"], "FRA")
# 012 Karachi
TTP = ag(["militants", "tehrik-i-taliban pakistan", "attackers", "twenty militants", "taliban"], "PAK")
PNS = mil(["pakistani military base", "military base", "base", "pakistani forces", "pakistani military forces"], "PAK")
US_MIL = mil(["u.s. forces", "us forces", "united states"], "USA")
OBL = per(["osama bin laden", "bin laden", "leader of al-qaeda"], None)
# 013 Tsarnaev
JURY = gov(["jurors", "jury", "us federal criminal trial", "federal court", "court", "prosecutors"], "USA")
TSARNAEV = per(["dzhokhar tsarnaev", "tsarnaev", "tamerlan", "tamerlan tsarnaev"], "USA")
MARATHON = civ(["boston marathon", "three people", "people", "martin richard"], "USA")
COLLIER = gov(["sean collier", "mit police officer", "collier"], "USA")
# 014 Jerusalem
PAL_ATT = ag(["palestinian assailants", "two palestinian assailants", "assailants", "attackers", "palestinians"], "PSE")
IL_CIV = civ(["israelis", "two israelis", "passengers", "bus", "israeli citizen", "one israeli citizen"], "ISR")
IL_FORCES = mil(["israeli forces", "israeli security forces", "israeli police", "citizens"], "ISR")

ANN = {
 'ukraine-parliament-no-confidence': [
  (UA_PARL, UA_GOV, ['REJECT', 'SANCTION', 'ACCUSE'], "passed a vote of no-confidence in the government of Prime Minister", at('Ukraine')),
  (MEDIATORS, None, ['CONSULT'], "international mediators were to commence efforts to resolve the controversial election", {'s': 'h'}),
 ],
 'hurricane-dennis-cuba-haiti': [
  (DENNIS, CU_CIV, ['ASSAULT'], "According to reports from humanitarian aid organizations, at least 10 died in Cuba", at('Cuba', r=F)),
  (DENNIS, HT_CIV, ['ASSAULT'], "at least 10 died in Cuba and 22 in Haiti", at('Haiti', r=F)),
  (CU_GOV, CU_CIV, ['AID', 'MOBILIZE'], "evacuated 660,000 people from the eastern part of the island", at('Cuba', r=F)),
  (DENNIS, CU_CIV, ['ASSAULT'], "Dennis slammed into Cuba's southern coastal province of Friday afternoon", at('Cuba', r=F)),
  (DENNIS, JM_CIV, ['ASSAULT'], "rains and tidal swells caused widespread flooding in 28 communities", at('Jamaica', r=F)),
 ],
 'dahab-bombings-condemned': [
  (DAHAB_MIL, EG_CIV, ['ASSAULT'], "the deadly explosions in the Egyptian resort city of Dahab Monday", at('Dahab')),
  (BUSH, DAHAB_MIL, ['ACCUSE'], "President Bush condemned the deadly explosions", {'w': None}),
  (MUBARAK, DAHAB_MIL, ['ACCUSE'], "called the blasts a \"a wicked terrorist attack.\"", at('Egypt', r=F)),
 ],
 'rainbow-warrior-royal-suspect': [
  (FR_AGENTS, RW, ['ASSAULT'], "There were two divers who planted the bombs in Auckland Harbour", at('Auckland')),
  (A_ROYAL, G_ROYAL, ['ACCUSE'], "has been identified as a suspect in the 1985 bombing of the Greenpeace ship Rainbow Warrior", {'w': None, 'r': F}),
  (NZ_GOV, None, ['COERCE'], "they are probably not going to charge anyone else", at('New Zealand', s='h')),
  (NZ_GOV, PRIEUR, ['COERCE'], "were the only ones ever convicted in the bombing of the Rainbow Warrior", at('New Zealand', r=F)),
  (NZ_GOV, FRANCE, ['AGREE'], "In 1991 New Zealand made a deal with France to a stay of proceedings", {'w': None, 'r': F}),
  (NZ_GOV, PRIEUR, ['COERCE'], "unlike the false Turenge couple who were arrested", at('New Zealand', r=F)),
 ],
 'samjhauta-express-bombing': [
  (TRAIN_BOMBERS, TRAIN_PASS, ['ASSAULT'], "Around midnight on Sunday, a pair of bombs exploded on the (Friendship Express)", at('India')),
  (IN_PMO, TRAIN_BOMBERS, ['ACCUSE'], "The Indian prime minister's office condemned the act as an \"act of terror\"", at('India', r=F)),
  (KASURI, INDIA, ['CONSULT'], "a planned visit of Pakistan's foreign minister to India for peace talks", at('India', s='h')),
  (MUMBAI_ATT, MUMBAI_PASS, ['ASSAULT'], "Last July, attacks on trains in Mumbai killed 186.", at('Mumbai', r=F)),
 ],
 'baghdad-ministry-car-bombs': [
  (BAG_ATT, BAG_TGT, ['ASSAULT'], "two car bombings struck the Iraqi capital of Baghdad", at('Baghdad')),
  (BAG_ATT, BAG_TGT, ['ASSAULT'], "The attacks occurred at the Justice Ministry building and a provincial government office", at('Baghdad', r=F)),
  (MALIKI, AQ, ['ACCUSE'], "Prime Minister Nouri Maliki accused al-Qaeda of being behind the bombings.", at('Iraq')),
  (BAG_ATT, BAG_BUILD, ['ASSAULT'], "Twin bombings in August of this year struck another two government buildings", at('Baghdad', r=F)),
 ],
 'rawalpindi-mosque-attack': [
  (PK_ATT, RWP_MOSQUE, ['ASSAULT'], "An attack on a mosque has killed at least 32 people", at('Rawalpindi')),
  (PK_GOV, TALIBAN, ['ASSAULT', 'MOBILIZE'], "the government launched an offensive against al-Qaeda", at('Pakistan', r=F)),
  (PK_ATT, PK_POLICE, ['ASSAULT'], "a bomb blast at a police checkpoint wounded at least two policemen", at('Peshawar')),
  (PK_ATT, PK_NAVY, ['ASSAULT'], "a suicide bomber killed two guards and wounded eleven other people at naval headquarters", at('Islamabad')),
  (PK_MIL, TALIBAN, ['ASSAULT'], "the military said troops killed fifteen suspected miltants", at('Pakistan', r=F)),
 ],
 'zahedan-mosque-bombings': [
  (JUNDALLAH, ZAH_CIV, ['ASSAULT'], "Two suicide bombers detonated bombs at a mosque in southeastern Iran today", at('Zahedan')),
  (IR_GOV, RIGI, ['ASSAULT', 'COERCE'], "in retaliation for the execution of the group's leader", at('Iran', r=F)),
  (IR_GOV, WEST, ['ACCUSE'], "blamed the United States, Israel, and Europeean countries for the attacks", {'w': None}),
 ],
 'mentawai-tsunami': [
  (TSUNAMI, ID_CIV, ['ASSAULT'], "a 10 foot (3 m) tsunami destroyed several villages in a series of remote islands in western Indonesia", at('Indonesia', r=F)),
  (TSUNAMI, ID_CIV, ['ASSAULT'], "most of the buildings in the coastal village of Betu Monga had been destroyed", at('Betu Monga', r=F)),
  (TSUNAMI, ID_CIV, ['ASSAULT'], "Reports suggested that water had reached rooftops in North Pagai.", at('North Pagai', r=F)),
 ],
 'fukushima-plant-explosion': [
  (BLAST, PLANT, ['ASSAULT'], "An explosion has been reported at Japan's stricken nuclear power plant", at('Fukushima', r=F)),
  (QUAKE, None, ['ASSAULT'], "a massive 8.9 magnitude earthquake that hit off the North-East coast of Japan on Friday", at('Japan', r=F)),
  (JP_AUTH, JP_CIV, ['AID', 'MOBILIZE'], "More than 45,000 residents within a 10-kilometre radius of the plant have been evacuated.", at('Fukushima', r=F)),
 ],
 'marrakech-cafe-bombing': [
  (MAR_ATT, MAR_CIV, ['ASSAULT'], "At least sixteen people are reported killed in a terrorist bombing in the city of", at('Marrakech')),
  (MAR_ATT, MAR_CIV, ['ASSAULT'], "The bombing occurred in the busy Argana café before lunch time, Thursday.", at('Marrakech', r=F)),
  (FR_PRES, MAR_ATT, ['ACCUSE'], "French President has expressed his outrage", {'w': None, 'r': F}),
 ],
 'karachi-naval-base-attack': [
  (TTP, PNS, ['ASSAULT'], "At least four people have been killed in a militant attack on a Pakistani military base in Karachi.", at('Karachi')),
  (PNS, TTP, ['ASSAULT'], "Pakistani forces at the base are fighting back against the attackers", at('Karachi', r=F)),
  (US_MIL, OBL, ['ASSAULT'], "U.S. forces killed Osama bin Laden in a raid on his compound in the country", at('Pakistan', r=F)),
  (TTP, PK_MIL, ['THREATEN'], "A spokesperson for the militant group said they would launch attacks on Pakistani military forces", {'w': None, 'r': F}),
 ],
 'tsarnaev-guilty-verdict': [
  (JURY, TSARNAEV, ['COERCE'], "found him guilty yesterday of all 30 charges", at('Massachusetts')),
  (TSARNAEV, MARATHON, ['ASSAULT'], "the bombing of the Boston Marathon which occurred on April 15, 2013", at('Boston', r=F)),
  (TSARNAEV, COLLIER, ['ASSAULT'], "Tsarnaev was also found guilty of shooting dead Sean Collier", {'w': None, 'r': F}),
 ],
 'jerusalem-bus-attack': [
  (PAL_ATT, IL_CIV, ['ASSAULT'], "two Israelis were reported killed and several injured as a result of an attack on a bus in Jerusalem", at('Jerusalem')),
  (IL_FORCES, PAL_ATT, ['ASSAULT'], "Israeli forces arrived at the location and neutralized the attackers", at('Jerusalem', r=F)),
  (PAL_ATT, IL_CIV, ['ASSAULT'], "One Israeli citizen was killed and more were injured during knife and vehicle attacks", at('Israel')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
