# Gold events of the fifteenth place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was read while
# choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.1 degree; a note only, build_gold.py does not read it). Conventions: those of
# devset/places13/README.md (see this set's README). A natural event or an accident has no agent: its source is the
# event itself (kind other), its type is a nominal ASSAULT and it is never required.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Praia Grande': (('Praia Grande', 'BRA'), (-24.01, -46.41)),
 'Macedonia': (('Macedonia', 'MKD'), (41.61, 21.75)),
 'Rio de Janeiro': (('Rio de Janeiro', 'BRA'), (-22.91, -43.17)),
 'Colombia': (('Colombia', 'COL'), (4.57, -74.30)),
 'Brazil': (('Brazil', 'BRA'), (-14.24, -51.93)),
 'Vellore': (('Vellore', 'IND'), (12.92, 79.13)),
 'Mahboobnagar': (('Mahboobnagar', 'IND'), (16.74, 78.00)),
 'India': (('India', 'IND'), (20.59, 78.96)),
 'Iraq': (('Iraq', 'IRQ'), (33.22, 43.68)),
 'Baghdad': (('Baghdad', 'IRQ'), (33.31, 44.37)),
 'Catak': (('Catak', 'TUR'), (38.01, 43.06)),
 'Turkey': (('Turkey', 'TUR'), (38.96, 35.24)),
 'Algiers': (('Algiers', 'DZA'), (36.75, 3.06)),
 'Bab Ezzouar': (('Bab Ezzouar', 'DZA'), (36.72, 3.18)),
 'Thailand': (('Thailand', 'THA'), (15.87, 100.99)),
 'Pattani': (('Pattani', 'THA'), (6.87, 101.25)),
 'Saba Yoi': (('Saba Yoi', 'THA'), (6.61, 100.93)),
 'Narathiwat': (('Narathiwat', 'THA'), (6.20, 101.70)),
 'Hat Yai': (('Hat Yai', 'THA'), (7.01, 100.47)),
 'Xinjiang': (('Xinjiang', 'CHN'), (41.7, 85.5)),
 'Gaza': (('Gaza', 'PSE'), (31.45, 34.40)),
 'Rafah': (('Rafah', 'PSE'), (31.29, 34.25)),
 'Israel': (('Israel', 'ISR'), (31.05, 34.85)),
 'Peshawar': (('Peshawar', 'PAK'), (34.01, 71.58)),
 'Pakistan': (('Pakistan', 'PAK'), (30.38, 69.35)),
 'Kotkai': (('Kotkai', 'PAK'), (32.45, 69.95)),
 'Sardiha': (('Sardiha', 'IND'), (22.43, 86.93)),
 'Copenhagen': (('Copenhagen', 'DNK'), (55.68, 12.57)),
 'Denmark': (('Denmark', 'DNK'), (56.26, 9.50)),
 'Christchurch': (('Christchurch', 'NZL'), (-43.53, 172.64)),
 'Tasman Glacier': (('Tasman Glacier', 'NZL'), (-43.60, 170.20)),
 'Mogadishu': (('Mogadishu', 'SOM'), (2.05, 45.32)),
 'Kunming': (('Kunming', 'CHN'), (25.04, 102.71)),
 'China': (('China', 'CHN'), (35.86, 104.20)),
 'Beijing': (('Beijing', 'CHN'), (39.90, 116.40)),
 'Dallas': (('Dallas', 'USA'), (32.78, -96.80)),
 'Louisiana': (('Louisiana', 'USA'), (31.0, -92.0)),
 'Minnesota': (('Minnesota', 'USA'), (46.3, -94.3)),
 'Russia': (('Russia', 'RUS'), (61.52, 105.32)),
 'Saint Petersburg': (('Saint Petersburg', 'RUS'), (59.94, 30.31)),
 'Moscow': (('Moscow', 'RUS'), (55.76, 37.62)),
 'Ukraine': (('Ukraine', 'UKR'), (48.38, 31.17)),
 'Odesa': (('Odesa', 'UKR'), (46.48, 30.73)),
 'Shahid Rajaee': (('Shahid Rajaee', 'IRN'), (27.11, 56.06)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)

# 001 Praia Grande
KIDNAPPERS = oth(["kidnappers", "kidnapper"], "BRA")
SOUZA = civ(["marina souza", "miss marina souza", "ms. souza", "souza", "mother of robson de souza"], "BRA")
# 002 Macedonia
KOSTOV = gov(["hari kostov", "kostov", "prime minister hari kostov", "prime minister hari kostov of macedonia"], "MKD")
MK_COAL = gov(["one of the parties in the current government", "coalition", "the coalition", "current government", "government"], "MKD")
MK_OPP = oth(["macedonian opposition", "opposition", "the macedonian opposition"], "MKD")
MK_GOV = gov(["macedonian parliament", "parliament", "government", "decentralisation law"], "MKD")
# 003 Rio
BR_POLICE = gov(["police", "brazilian federal police", "federal police", "officers", "brazilian federal police officers"], "BRA")
BM_LAWYERS = per(["two lawyers", "lawyers", "the lawyers", "two lawyers of accused drug dealer luiz fernando da costa"], "BRA")
BEIRA = per(["luiz fernando da costa", "fernando beira-mar", "beira-mar", "fernandinho beira-mar"], "BRA")
CO_ARMY = mil(["colombian army", "the colombian army"], "COL")
BR_GOV = gov(["brazil", "brazilian government"], "BRA")
# 004 Kanchi
IN_POLICE = gov(["police", "police custody", "court", "tamil nadu police"], "IND")
SEER = per(["jayendra saraswathi", "sri jayendra saraswathi", "kanchi mutt seer sri jayendra saraswathi", "the seer", "seer", "shankaracharya", "kanchi shankaracharya"], "IND")
JAYA = gov(["j. jayalalithaa", "jayalalithaa", "tamil nadu chief minister j. jayalalithaa", "chief minister"], "IND")
# 005 Iraq
IQ_PARL = gov(["iraq's parliament", "parliament", "iraq", "iraqis", "kurdish population of iraq"], "IRQ")
TALABANI = gov(["jalal talabani", "talabani", "veteran kurdish leader jalal talabani"], "IRQ")
NEIGHBOURS = oth(["neighbouring countries"], None)
US = st(["united states", "u.s.", "us", "u.s.-run high security facility"], "USA")
SADDAM = per(["saddam hussein", "saddam"], "IRQ")
# 006 Catak
TAK = ag(["kurdistan freedom falcons", "tak", "pkk", "kurdistan workers party", "bomb blasts", "two bombs", "bombs"], "TUR")
TR_POLICE = gov(["police", "police officer", "two people", "authorities"], "TUR")
PKK = ag(["pkk", "pkk militants", "kurdistan workers party", "militants", "the militants", "pkk targets"], "TUR")
TR_ARMY = mil(["turkish soldiers", "7 turkish soldiers", "soldiers", "soliders", "army post", "turkish defense forces"], "TUR")
TR_GOV = gov(["turkish government", "the turkish government", "turkey", "general yasar buyukanit", "buyukanit"], "TUR")
TOURISTS = civ(["tourists", "foreign tourists", "turkish holiday resorts", "3 people"], None)
# 007 Algiers
AQIM = ag(["suicide bombers", "salafist group for preaching and combat", "al-qaeda", "terrorist", "two deadly terrorist bombings", "bombers"], "DZA")
DZ_GOV = gov(["government palace", "government", "police station of bab ezzouar", "police station", "algiers", "algeria"], "DZA")
# 008 Thailand
TH_INSURG = ag(["gunmen", "insurgents", "an unknown number of gunmen", "militants", "separatist", "remote-control bomb", "roadside bombing"], "THA")
TH_ARMY = mil(["royal thai army soldiers", "12 soldiers", "soldiers", "12 royal thai army soldiers", "seven soldiers", "troops", "royal thai army"], "THA")
TH_PROT = civ(["muslim students", "around 2,000 muslim students and local residents", "local residents", "protest"], "THA")
TH_GOV = gov(["thai government", "government", "central government", "authorities", "emergency decree"], "THA")
TH_CIV = civ(["mosque", "five people", "people", "muslim villagers", "seven people", "12 people", "four people", "crowded market"], "THA")
# 009 Xinjiang
XJ_ATT = ag(["unidentified assailants", "assailants", "attackers", "two attackers", "the attackers"], "CHN")
XJ_POLICE = gov(["sixteen policemen", "policemen", "police officers", "police", "officers", "the station", "police barracks"], "CHN")
# 010 Gaza
IL = st(["israel", "israeli warplanes", "israelis", "israeli", "israeli soldier", "one israeli soldier"], "ISR")
GAZANS = civ(["9 people", "seven school children", "member of hamas", "gazans", "gaza tunnels", "metal foundry", "palestinians"], "PSE")
FATAH = ag(["an armed faction of the palestinian group fatah", "fatah", "armed faction", "rocket", "rockets"], "PSE")
GAZA_ATT = ag(["roadside bomb", "a roadside bomb"], "PSE")
RICE = gov(["susan rice", "rice", "u.s ambassador to the un", "newly appointed u.s ambassador to the un, susan rice"], "USA")
# 011 Peshawar
PK_BOMBERS = ag(["car bomb", "a car bomb", "bombers", "explosives-packed car"], "PAK")
PK_CIV = civ(["marketplace", "people", "100 people", "crowded market", "victims", "women"], "PAK")
PK_POLICE = gov(["police", "the police"], "PAK")
PK_MED = civ(["us", "local medical staff", "muzamil hussain"], "PAK")
CLINTON = gov(["clinton", "hillary clinton", "united states secretary of state", "secretary of state"], "USA")
PK_GOV = gov(["pakistan's military commanders", "pakistan", "political figures", "pakistani officials"], "PAK")
PK_ARMY = mil(["pakistani military forces", "pakistani military", "military forces"], "PAK")
TALIBAN = ag(["taliban", "taliban chief", "qari hussain"], "PAK")
# 012 West Bengal
MAOISTS = ag(["maoists", "suspected rebels", "rebels", "naxalites", "the maoists"], "IND")
TRAIN = civ(["train", "howrah-kurla lokmanya tilak gyaneshwari super deluxe express", "65 people", "passengers", "people"], "IND")
IN_STATE_POL = gov(["bhupinder singh", "singh", "police officials", "head of police of the state"], "IND")
IN_RAIL = gov(["railways minister of india", "railways minister", "the country's railways minister", "her ministry"], "IND")
VICTIM_FAM = civ(["families of the dead", "those wounded", "families"], "IND")
# 013 Copenhagen
DK_SUSPECT = per(["suspect", "the suspect", "french-speaking suspect", "the man", "man"], None)
DK_HOTEL = civ(["hotel", "a hotel", "hotel bathroom"], "DNK")
DK_POLICE = gov(["police", "authorities", "pet", "court"], "DNK")
DK_GOV = gov(["authorities", "government", "denmark"], "DNK")
# 014 Christchurch
QUAKE = oth(["earthquake", "magnitude 6.3 earthquake", "quake", "the earthquake"], None)
NZ_CIV = civ(["people", "75 people", "buildings", "collapsing buildings"], "NZL")
GLACIER = oth(["tasman glacier", "ice", "30 million tons of ice"], "NZL")
# 015 Mogadishu
SHABAB = ag(["al-shabab", "suicide bomber", "the suicide bomber", "veiled woman", "his teenage niece", "niece", "relative"], "SOM")
SO_MIN = gov(["interior minister of somalia", "the interior minister of somalia", "minister", "the minister", "hassan", "abdishakur sheikh hassan"], "SOM")
SO_CIT = civ(["citizens", "political protests"], "SOM")
SO_GOV = gov(["parliament", "president", "deal to extend the", "government"], "SOM")
# 016 Kunming
KM_ATT = ag(["attackers", "at least ten attackers", "separatist forces", "separatists", "suspects"], "CHN")
KM_CIV = civ(["train station", "victims", "people", "a train station"], "CHN")
CN_GOV = gov(["china", "local municipal government", "municipal government", "xi jinping", "police", "law enforcement", "xinhua"], "CHN")
# 017 Dallas
JOHNSON = per(["micah johnson", "johnson", "sniper", "a sniper", "25-year-old micah johnson", "suspect"], "USA")
DAL_POLICE = gov(["police officers", "five police officers", "police", "dallas police", "policemen"], "USA")
MARCHERS = civ(["public protest march", "a public protest march", "march", "the march", "protesters"], "USA")
US_POLICE = gov(["police officers", "police"], "USA")
STERLING = civ(["alton sterling", "sterling"], "USA")
CASTILE = civ(["philando castile", "castile"], "USA")
# 018 Saint Petersburg
RU = gov(["russia", "committee", "the committee", "government", "authorities", "investigative committee"], "RUS")
TREPOVA = per(["darya trepova", "trepova", "nastya", "anti-war activist darya trepova", "a woman"], "RUS")
FOMIN = per(["maxim fomin", "fomin", "pro-war blogger maxim fomin", "vladlen tartansky", "café"], "RUS")
UA = st(["ukraine", "ukrainian government"], "UKR")
# 019 Odesa
RU_MIL = mil(["russia", "russian troops", "russian", "russian missile strike", "missiles"], "RUS")
UA_CIV = civ(["20 dead", "residential buildings", "rescuers", "state emergency service", "civil infrastructure", "odesa"], "UKR")
# 020 Shahid Rajaee
BLAST = oth(["explosion", "an explosion", "fire", "the explosion", "several containers"], None)
PORT = oth(["port", "shahid rajaee port", "warehouse", "office buildings", "at least 40 dead"], "IRN")

ANN = {
 'praia-grande-robinho-mother-kidnapped': [
  (KIDNAPPERS, SOUZA, ['ASSAULT'], "was kidnapped last Saturday, November 6, in Praia Grande", at('Praia Grande')),
 ],
 'macedonia-kostov-resigns': [
  (KOSTOV, MK_COAL, ['CONCEDE', 'RETREAT', 'REJECT'], "has resigned from his position as of Monday, November 15", at('Macedonia', r=F)),
  (KOSTOV, MK_COAL, ['ACCUSE'], "one of the parties in the current government has been promoting corruption and nepotism", at('Macedonia')),
  (MK_OPP, MK_GOV, ['PROTEST', 'REJECT'], "a referendum organized by the Macedonian opposition, aimed against a decentralisation law", at('Macedonia', r=F)),
 ],
 'rio-beira-mar-lawyers-arrested': [
  (BR_POLICE, BM_LAWYERS, ['COERCE'], "were arrested Sunday November 14 in a restaurant located at Rio de Janeiro city", at('Rio de Janeiro')),
  (BR_POLICE, BM_LAWYERS, ['ACCUSE'], "They have been accused of bribing Brazilian federal police officers.", {'r': F}),
  (CO_ARMY, BEIRA, ['COERCE'], "Beira-Mar was arrested by the Colombian army at April 20-21, 2001", at('Colombia')),
  (BR_GOV, BEIRA, ['COERCE'], "then transferred to Brazil where he is been in prison until now", at('Brazil', r=F)),
 ],
 'kanchi-seer-police-custody': [
  (IN_POLICE, SEER, ['COERCE'], "has been remanded to 5 day's police custody in the South Indian town of Vellore", at('Vellore')),
  (IN_POLICE, SEER, ['COERCE'], "The seer was arrested on 11 November, 2004 at Mahboobnagar", at('Mahboobnagar')),
  (IN_POLICE, SEER, ['ACCUSE'], "of directing the murder of A.Sankararaman, a former Manager of the Mutt", {'r': F}),
  (JAYA, SEER, ['ACCUSE'], "that the arrest was made since they had solid evidence", at('India', r=F)),
 ],
 'iraq-talabani-elected-president': [
  (IQ_PARL, TALABANI, ['SUPPORT', 'AGREE'], "As well as electing Talabani, Iraq's Parliament also appointed", at('Iraq')),
  (TALABANI, NEIGHBOURS, ['REQUEST', 'DEMAND'], "has called upon neighbouring countries to stop insurgents from further disrupting Iraq", {'r': F}),
  (US, SADDAM, ['COERCE'], "imprisoned at a U.S.-run high security facility on the outskirts of Baghdad", at('Baghdad', r=F)),
 ],
 'catak-van-pkk-bombings': [
  (TAK, TR_POLICE, ['ASSAULT'], "Bomb blasts in South-eastern Turkey have claimed the lives of two people", at('Catak', r=F)),
  (TAK, TR_POLICE, ['ASSAULT'], "police investigated claims of a suspicious package left near a garden area in the town of Catak", at('Catak')),
  (TAK, TOURISTS, ['ASSAULT'], "The previous attacks at Turkish holiday resorts, which killed 3 people", at('Turkey', r=F)),
  (PKK, TR_ARMY, ['ASSAULT'], "7 Turkish soldiers were killed in a clash with PKK militants in the south east", at('Turkey')),
  (TR_GOV, PKK, ['THREATEN'], "it will take action against PKK targets in Iraq, sending its own troops across the border", {}),
 ],
 'algiers-double-bombing': [
  (AQIM, DZ_GOV, ['ASSAULT'], "Algiers, the capital of Algeria, was targeted by two deadly terrorist bombings", at('Algiers')),
  (AQIM, DZ_GOV, ['ASSAULT'], "located in downtown Algiers, killing twelve people and wounding 118", at('Algiers', r=F)),
  (AQIM, DZ_GOV, ['ASSAULT'], "The other target was the police station of Bab Ezzouar, east of Algiers", at('Bab Ezzouar')),
 ],
 'south-thailand-21-dead': [
  (TH_INSURG, TH_ARMY, ['ASSAULT'], "including 12 soldiers who were killed by a roadside bombing and ambush attack on Thursday night", at('Thailand')),
  (TH_INSURG, TH_CIV, ['ASSAULT'], "gunmen attacked a mosque and killed seven people", at('Saba Yoi', r=F)),
  (TH_PROT, TH_GOV, ['PROTEST'], "at a protest by around 2,000 Muslim students and local residents", at('Pattani')),
  (TH_INSURG, TH_CIV, ['ASSAULT'], "five people were killed and two injured when gunmen fired at a mosque in Saba Yoi, Songkhla", at('Saba Yoi')),
  (TH_INSURG, TH_ARMY, ['ASSAULT'], "seven soldiers were killed in an ambush in Narathiwat", at('Narathiwat')),
  (TH_INSURG, TH_CIV, ['ASSAULT'], "12 people were injured and one killed in a series of bombings in the city of Hat Yai", at('Hat Yai')),
  (TH_INSURG, TH_CIV, ['ASSAULT'], "four people were killed when a bomb-laden motorcycle exploded at a crowded market in Saba Yoi", at('Saba Yoi')),
  (TH_GOV, TH_INSURG, ['COERCE'], "Six men were arrested on Thursday in connection with Sunday's bombings", {'r': F}),
 ],
 'xinjiang-police-lorry-attack': [
  (XJ_ATT, XJ_POLICE, ['ASSAULT'], "Sixteen policemen were killed by unidentified assailants in", at('Xinjiang')),
  (XJ_ATT, XJ_POLICE, ['ASSAULT'], "the attackers drove a dump truck into the police officers", at('Xinjiang', r=F)),
 ],
 'gaza-raids-rice-war-crimes': [
  (IL, GAZANS, ['ASSAULT'], "An attack by Israeli warplanes injured 9 people today", at('Gaza')),
  (IL, GAZANS, ['ASSAULT'], "Israel bombed a metal foundry in Rafah", at('Rafah')),
  (FATAH, IL, ['ASSAULT'], "a rocket was fired at Israel from inside Gaza", at('Israel', r=F)),
  (IL, GAZANS, ['ASSAULT'], "Israel carried out raids on Gaza tunnels", at('Gaza')),
  (GAZA_ATT, IL, ['ASSAULT'], "a roadside bomb killed one Israeli soldier and wounded three others", {}),
  (RICE, IL, ['DEMAND', 'REQUEST', 'ACCUSE'], "said she supported the UN general assembly's insistence that Israel must investigate", {}),
 ],
 'peshawar-market-car-bomb': [
  (PK_BOMBERS, PK_CIV, ['ASSAULT'], "a car bomb exploded in a marketplace in the city of Peshawar on Wednesday", at('Peshawar')),
  (PK_POLICE, PK_MED, ['ASSAULT'], "the police even opened fire on us", at('Peshawar', r=F)),
  (CLINTON, PK_GOV, ['CONSULT'], "flew to the nation to discuss peace with Pakistan's military commanders", at('Pakistan', r=F)),
  (PK_ARMY, TALIBAN, ['ASSAULT', 'COERCE'], "Pakistani military forces captured the town of Kotkai", at('Kotkai')),
 ],
 'west-bengal-train-derailment': [
  (MAOISTS, TRAIN, ['ASSAULT'], "At least 65 people were killed and over 200 injured when a train derailed in West Bengal, India.", at('Sardiha')),
  (MAOISTS, TRAIN, ['ASSAULT'], "The train derailed near the city of Sardiha", at('Sardiha', r=F)),
  (IN_STATE_POL, MAOISTS, ['ACCUSE'], "Singh blamed the Maoists for the attack", {'r': F}),
  (IN_RAIL, VICTIM_FAM, ['AID'], "announced a compensation of $11,000 and a job in her ministry", at('India', r=F)),
 ],
 'copenhagen-hotel-explosion': [
  (DK_SUSPECT, DK_HOTEL, ['ASSAULT'], "An explosion on Friday in a hotel in could have been a terrorist attack", at('Copenhagen')),
  (DK_POLICE, DK_SUSPECT, ['COERCE'], "the French-speaking suspect was remanded in custody", at('Copenhagen', r=F)),
  (DK_POLICE, DK_SUSPECT, ['COERCE'], "The suspect was arrested in a park after being seen running from the hotel.", at('Copenhagen')),
  (DK_GOV, None, ['MOBILIZE'], "raised the country's terrorist alert level after the explosion", at('Denmark', r=F)),
 ],
 'christchurch-earthquake': [
  (QUAKE, NZ_CIV, ['ASSAULT'], "At least 75 people have been killed by collapsing buildings in central", at('Christchurch', r=F)),
  (QUAKE, NZ_CIV, ['ASSAULT'], "The historic in Christchurch has half collapsed", at('Christchurch', r=F)),
  (QUAKE, GLACIER, ['ASSAULT'], "caused an estimated 30 million tons of ice to break off of the Tasman Glacier", at('Tasman Glacier', r=F)),
 ],
 'mogadishu-interior-minister-killed': [
  (SHABAB, SO_MIN, ['ASSAULT'], "was killed in a bomb attack at his home in Mogadishu on Friday", at('Mogadishu')),
  (SHABAB, None, ['ASSAULT'], "This is the third suicide attack in as many weeks in Somalia's capital city.", at('Mogadishu', r=F)),
  (SO_CIT, SO_GOV, ['PROTEST'], "have been hit with two days of political protests", at('Mogadishu')),
 ],
 'kunming-station-knife-attack': [
  (KM_ATT, KM_CIV, ['ASSAULT'], "At least ten attackers with knives, dressed in black, attacked a train station", at('Kunming')),
  (CN_GOV, KM_ATT, ['ASSAULT', 'COERCE'], "One suspect was arrested, while four or five suspects were shot dead.", at('Kunming', r=F)),
  (CN_GOV, KM_ATT, ['ACCUSE'], "The local municipal government accuses", at('China', r=F)),
  (KM_ATT, None, ['ASSAULT'], "a suicide attack in late last year, in Beijing", at('Beijing', r=F)),
 ],
 'dallas-sniper-attack': [
  (JOHNSON, DAL_POLICE, ['ASSAULT'], "a sniper attacked a public protest march in downtown Dallas, Texas", at('Dallas')),
  (MARCHERS, US_POLICE, ['PROTEST'], "The march was held to protest the shooting deaths", at('Dallas')),
  (US_POLICE, STERLING, ['ASSAULT'], "the shooting deaths of Alton Sterling in Louisiana", at('Louisiana', r=F)),
  (US_POLICE, CASTILE, ['ASSAULT'], "Philando Castile in Minnesota during engagements with police officers", at('Minnesota', r=F)),
  (DAL_POLICE, None, ['COERCE'], "at least three other people were taken into custody for questioning", at('Dallas', r=F)),
  (DAL_POLICE, JOHNSON, ['ASSAULT'], "police killed Micah Johnson in 's parking lot by a bomb explosion", at('Dallas')),
 ],
 'st-petersburg-cafe-bombing-charge': [
  (RU, TREPOVA, ['ACCUSE', 'COERCE'], "Russia charged anti-war activist Darya Trepova with terrorism", at('Russia')),
  (TREPOVA, FOMIN, ['ASSAULT'], "the Sunday bombing of a café in Saint Petersburg", at('Saint Petersburg')),
  (TREPOVA, FOMIN, ['ASSAULT'], "Fomin was killed and about 30 others were injured in the explosion", at('Saint Petersburg', r=F)),
  (RU, UA, ['ACCUSE'], "The committee also alleged Trepova was working at the behest of Ukraine", at('Russia', r=F)),
  (RU, TREPOVA, ['COERCE'], "Trepova was transferred to a jail in Moscow pending trial.", at('Moscow')),
  (RU, UA, ['ASSAULT'], "which was invaded by Russia in February 2022", at('Ukraine', r=F)),
 ],
 'odesa-missile-strike': [
  (RU_MIL, UA_CIV, ['ASSAULT'], "Ukraine reported a minimum of 20 dead and over 70 injured", at('Odesa')),
  (RU_MIL, UA_CIV, ['ASSAULT'], "Russian troops fired missiles at Odesa twice.", at('Odesa', r=F)),
 ],
 'shahid-rajaee-port-explosion': [
  (BLAST, PORT, ['ASSAULT'], "On Saturday morning, an explosion occurred at the port in", at('Shahid Rajaee', r=F)),
  (BLAST, PORT, ['ASSAULT'], "the explosion of several containers stored in the Shahid Rajaee Port wharf area", at('Shahid Rajaee', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
