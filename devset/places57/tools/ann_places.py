# Gold events of the fifty-seventh place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23).
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries and territories
 'Syria': ('SYR', (35.0, 38.5)), 'United States': ('USA', (39.8, -98.6)), 'Australia': ('AUS', (-25.3, 133.8)),
 'Pakistan': ('PAK', (30.0, 70.0)), 'India': ('IND', (22.0, 79.0)), 'Chad': ('TCD', (15.45, 18.73)),
 'South Korea': ('KOR', (36.5, 127.9)), 'France': ('FRA', (46.6, 2.4)), 'Israel': ('ISR', (31.4, 35.0)),
 'Mali': ('MLI', (17.6, -4.0)), 'Ukraine': ('UKR', (49.0, 31.4)), 'Poland': ('POL', (52.0, 19.4)),
 'Cuba': ('CUB', (21.7, -79.5)), 'Trinidad and Tobago': ('TTO', (10.45, -61.3)), 'Afghanistan': ('AFG', (33.9, 67.7)),
 'Myanmar': ('MMR', (21.0, 96.0)),
 # regions, states, provinces, districts, areas
 'Lohagara Upazila': ('BGD', (22.02, 92.10)), 'Buldhana': ('IND', (20.53, 76.18)), 'Irkutsk Oblast': ('RUS', (56.5, 106.0)),
 'Gaza Strip': ('PSE', (31.42, 34.38)), 'Plateau State': ('NGA', (9.2, 9.5)),
 'Pakistan-administered Kashmir': ('PAK', (33.9, 73.8)), 'Indian-administered Kashmir': ('IND', (33.5, 75.0)),
 'Punjab': ('PAK', (30.8, 72.7)), 'West Bank': ('PSE', (31.95, 35.25)), 'Mount Hebron': ('PSE', (31.45, 35.10)),
 'Sambisa Forest': ('NGA', (11.3, 13.4)), 'Borno': ('NGA', (11.9, 13.1)), 'Bari': ('SOM', (10.6, 49.9)),
 'Hadhramaut Governorate': ('YEM', (16.0, 49.0)), 'Tatarstan': ('RUS', (55.6, 50.9)),
 # cities, towns, villages, sites
 'Gaza': ('PSE', (31.50, 34.47)), 'Dera Ismail Khan': ('PAK', (31.83, 70.90)), 'El Paso': ('USA', (31.76, -106.49)),
 'Newcastle': ('AUS', (-32.93, 151.78)), 'Seiyun': ('YEM', (15.94, 48.79)), 'Rafah': ('PSE', (31.28, 34.25)),
 'Khan Younis': ('PSE', (31.34, 34.30)), 'New York': ('USA', (40.71, -74.01)), 'Kawasaki': ('JPN', (35.53, 139.70)),
 'Nœux-les-Mines': ('FRA', (50.48, 2.66)), 'Thessaloniki': ('GRC', (40.64, 22.94)), 'Spokane': ('USA', (47.66, -117.43)),
 'Nazca Lines': ('PER', (-14.74, -75.13)), 'Broad Peak': ('PAK', (35.81, 76.57)),
}
COUNTRY_LEVEL = {'Syria', 'United States', 'Australia', 'Pakistan', 'India', 'Chad', 'South Korea', 'France', 'Israel',
                 'Mali', 'Ukraine', 'Poland', 'Cuba', 'Trinidad and Tobago', 'Afghanistan', 'Myanmar'}

def at(name, r=True):
    c, ll = P[name]
    return {'w': (name, c), 'll': ll, 'r': r}
NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': F}
def nat(names): return oth(names, None)
def unk(names=("unknown", "unidentified")): return oth(list(names), None)

ISR_MIL = mil(["israeli military", "israel defense forces", "idf", "israeli army", "israel", "israeli", "israeli forces", "israeli air force"], "ISR")
PSE_CIV = civ(["palestinians", "palestinian", "civilians", "people"], "PSE")
HAMAS = ag(["hamas", "al-qassam brigades", "qassam brigades", "militants"], "PSE")
PAK = st(["pakistan", "pakistani", "pakistani military", "pakistan army", "shehbaz sharif", "islamabad"], "PAK")
IND = st(["india", "indian", "indian military", "indian air force", "new delhi"], "IND")

ANN = {
 'disasters-apr-02': [
  (nat(["collision", "microbus", "bus"]), None, ['ASSAULT'], "A microbus collided head-on with a bus in Lohagara Upazila", at('Lohagara Upazila', r=F)),
  (nat(["collision", "bus", "maharashtra state road transport corporation bus"]), None, ['ASSAULT'], "collides head-on with two vehicles on the Khamgaon-Shegaon highway in Buldhana", at('Buldhana', r=F)),
  (nat(["crash", "tupolev tu-22m", "bomber", "strategic bomber"]), None, ['ASSAULT'], "strategic bomber crashes due to a technical malfunction in Irkutsk Oblast", at('Irkutsk Oblast', r=F)),
 ],
 'conflicts-apr-07': [
  (gov(["pro-syrian government forces", "syrian government forces", "government forces", "sunni parties", "syrian government"], "SYR"), civ(["alawite syrian civilians", "syrian civilians", "civilians", "alawites"], "SYR"), ['ASSAULT'], "killed in ongoing sectarian reprisal massacres by pro-Syrian government forces", at('Syria', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT', 'OCCUPY'], "after razing multiple Palestinian properties to expand its buffer zone", at('Gaza Strip', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "An Israeli airstrike near a charity kitchen in Gaza", at('Gaza')),
  (ag(["rival herders", "herders"], "NGA"), ag(["rival herders", "herders"], "NGA"), ['ASSAULT'], "in tit for tat attacks by rival herders over control of arable land in Plateau State", at('Plateau State', r=F)),
  (mil(["pakistan army", "pakistani army", "pakistan", "army"], "PAK"), ag(["pakistani taliban", "taliban", "militants", "ttp", "tehrik-i-taliban pakistan", "nine militants"], "PAK"), ['ASSAULT'], "A Pakistan Army raid on a Pakistani Taliban militant hideout in Dera Ismail Khan", at('Dera Ismail Khan')),
 ],
 'law-crime-may-02': [
  (gov(["united states department of defense", "department of defense", "pentagon", "united states", "us"], "USA"), None, ['MOBILIZE'], "designates a second area on the Mexico–United States border", at('El Paso', r=F)),
  (gov(["united states department of state", "department of state", "state department", "united states", "us"], "USA"), ag(["viv ansanm", "viv ansanm coalition", "gran grif", "gran grif gang"], "HTI"), ['COERCE'], "The United States Department of State designates the Viv Ansanm coalition", at('United States')),
  (gov(["court", "australian court", "australia"], "AUS"), per(["tyrone thompson", "thompson"], "AUS"), ['COERCE'], "25-year-old Tyrone Thompson is sentenced to 22 years", at('Australia', r=F)),
  (per(["tyrone thompson", "thompson"], "AUS"), per(["mackenzie anderson", "anderson"], "AUS"), ['ASSAULT'], "for murdering 21-year-old Mackenzie Anderson on 25 March 2022 in Newcastle", at('Newcastle', r=F)),
 ],
 'conflicts-may-07': [
  (IND, PAK, ['ASSAULT'], "Indian airstrikes impact multiple locations in Pakistan", at('Pakistan')),
  (IND, PAK, ['ASSAULT'], "in Pakistan and Pakistan-administered Kashmir, killing", at('Pakistan-administered Kashmir', r=F)),
  (PAK, IND, ['ASSAULT'], "Pakistan launches retaliatory strikes into India", at('India')),
  (PAK, IND, ['ASSAULT'], "into India and Indian-administered Kashmir", at('Indian-administered Kashmir', r=F)),
  (PAK, IND, ['THREATEN'], "declares the Indian attacks to be an act of war and vows further retaliation", at('Pakistan', r=F)),
  (gov(["punjab government", "government of punjab", "pakistan", "authorities"], "PAK"), None, ['MOBILIZE'], "A state of emergency is declared in Pakistan's Punjab province", at('Punjab', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israeli airstrikes kill at least 92 Palestinians", NOWHERE_NR),
  (unk(("gunmen", "unknown", "palestinian gunmen")), civ(["four people", "people", "israelis"], "ISR"), ['ASSAULT'], "in a drive-by shooting at a car at the Reihan crossing", at('West Bank', r=F)),
  (unk(("attacker", "unknown", "assailant")), civ(["one person", "person"], None), ['ASSAULT'], "in an attempted car ramming and stabbing in Mount Hebron", at('Mount Hebron', r=F)),
 ],
 'relations-jun-05': [
  (st(["chad", "chadian government", "n'djamena"], "TCD"), st(["united states", "us", "u.s. citizens", "americans"], "USA"), ['COERCE', 'REJECT'], "Chad suspends the issuance of visas to U.S. citizens", at('Chad')),
  (gov(["donald trump", "trump", "u.s. president donald trump", "united states", "us"], "USA"), st(["chad", "twelve countries"], "TCD"), ['COERCE'], "in response to a new travel ban announced by U.S. president Donald Trump", at('United States', r=F)),
  (gov(["u.s. supreme court", "supreme court", "united states supreme court", "united states", "us"], "USA"), gov(["mexican government", "mexico", "government of mexico"], "MEX"), ['REJECT'], "The U.S. Supreme Court unanimously blocks a 10-billion dollar lawsuit", at('United States')),
  (st(["united states", "us", "u.s."], "USA"), igo(["icc", "icc judges", "international criminal court", "judges"]), ['COERCE'], "The United States imposes sanctions on 4 ICC judges", at('United States')),
 ],
 'politics-jul-03': [
  (gov(["south korean national assembly", "national assembly", "south korea"], "KOR"), per(["kim min-seok", "kim"], "KOR"), ['AGREE'], "The South Korean National Assembly votes 173–3", at('South Korea', r=F)),
  (civ(["air traffic controllers", "controllers", "air traffic controllers in france"], "FRA"), gov(["french government", "france", "management"], "FRA"), ['PROTEST'], "Air traffic controllers in France go on strike to protest understaffing", at('France')),
 ],
 'conflicts-sep-03': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "More than 70 Palestinians are killed by the Israeli military in the Gaza Strip", at('Gaza Strip')),
  (ag(["houthis", "houthi", "ansar allah"], "YEM"), st(["israel", "israeli"], "ISR"), ['ASSAULT'], "The Houthis launch a ballistic missile at Israel", at('Israel')),
  (mil(["nigerian air force", "air force", "nigeria's air force", "nigeria", "nigerian military"], "NGA"), ag(["islamist fighters", "boko haram", "fighters", "islamists"], "NGA"), ['ASSAULT'], "kills more than 15 Islamist fighters in an airstrike on hideouts in Borno's Sambisa forest", at('Sambisa Forest')),
  (mil(["troops", "nigerian troops", "nigerian army", "nigeria"], "NGA"), ag(["boko haram", "boko haram militants", "militants"], "NGA"), ['ASSAULT'], "troops separately kill 13 Boko Haram militants", at('Borno')),
  (ag(["boko haram", "boko haram militants", "militants"], "NGA"), mil(["military convoy", "troops", "nigerian army", "nigeria"], "NGA"), ['ASSAULT'], "after repelling an ambush on a military convoy along the Gubio–Damasak road", at('Borno', r=F)),
  (ag(["jama'at nasr al-islam wal muslimin", "jnim", "abou houfeiza al-bambari"], "MLI"), None, ['COERCE'], "announces a blockade on all fuel trucks that enter Mali", at('Mali', r=F)),
  (mil(["puntland forces", "puntland", "puntland security forces"], "SOM"), ag(["isis", "isis fighters", "islamic state", "is", "militants"], None), ['ASSAULT'], "Puntland forces kill at least 15 ISIS fighters", at('Bari')),
  (mil(["puntland forces", "puntland", "puntland security forces"], "SOM"), ag(["isis", "isis fighters", "islamic state", "is", "militants"], None), ['OCCUPY', 'ASSAULT'], "capture key militant positions, including Ceelasha Burti-Cise", at('Bari', r=F)),
  (st(["russia", "russian", "russian military"], "RUS"), st(["ukraine", "ukrainian"], "UKR"), ['ASSAULT'], "Russia fires more than 500 drones and two dozen missiles at Ukraine", at('Ukraine')),
  (st(["poland", "polish", "polish military"], "POL"), None, ['MOBILIZE'], "Poland scrambles its fighter jets", at('Poland', r=F)),
 ],
 'conflicts-dec-03': [
  (ag(["houthis", "houthi", "ansar allah"], "YEM"), civ(["seamen", "eleven seamen", "crew"], None), ['YIELD', 'COOPERATE'], "The Houthis release eleven seamen from the Eternity C carrier", NOWHERE_NR),
  (ag(["southern transitional council", "stc"], "YEM"), gov(["government of yemen", "yemeni government", "yemen"], "YEM"), ['OCCUPY', 'ASSAULT'], "seizes swathes of territory from the government of Yemen in Hadhramaut Governorate", at('Hadhramaut Governorate')),
  (ag(["southern transitional council", "stc"], "YEM"), gov(["government of yemen", "yemeni government", "yemen"], "YEM"), ['OCCUPY', 'ASSAULT'], "in Hadhramaut Governorate, including Seiyun", at('Seiyun', r=F)),
  (st(["israel", "israeli"], "ISR"), civ(["palestinians"], "PSE"), ['COOPERATE', 'YIELD'], "Israel says it will reopen the Rafah border crossing with Egypt", at('Rafah', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "are killed by Israeli drone strikes near Khan Younis", at('Khan Younis')),
  (HAMAS, ISR_MIL, ['ASSAULT'], "four of its soldiers were wounded in a Hamas attack in Rafah", at('Rafah')),
 ],
 'law-crime-mar-03': [
  (gov(["cuban prosecutors", "prosecutors", "cuba", "cuban government"], "CUB"), civ(["six cuban nationals", "cuban nationals"], "CUB"), ['COERCE', 'ACCUSE'], "Cuban prosecutors charge six Cuban nationals", at('Cuba')),
  (mil(["cuban coast guard", "coast guard", "cuba"], "CUB"), civ(["six cuban nationals", "cuban nationals", "boat"], "CUB"), ['ASSAULT', 'COERCE'], "which was intercepted by the Cuban coast guard, resulting in a shootout", NOWHERE_NR),
  (gov(["trinidad and tobago", "government of trinidad and tobago"], "TTO"), None, ['MOBILIZE'], "Trinidad and Tobago declares a new state of emergency", at('Trinidad and Tobago', r=F)),
  (gov(["new york federal court", "federal court", "court", "united states"], "USA"), per(["takeshi ebisawa", "ebisawa"], "JPN"), ['COERCE'], "is convicted by a New York federal court", at('New York')),
 ],
 'disasters-apr-07': [
  (nat(["shipwrecks", "shipwreck"]), None, ['ASSAULT'], "feared dead or missing in the latest shipwrecks", NOWHERE_NR),
  (nat(["fire", "large fire"]), None, ['ASSAULT'], "from a large fire at a petrochemical plant in Tatarstan", at('Tatarstan', r=F)),
  (nat(["collapse", "scaffolding collapse"]), None, ['ASSAULT'], "after a scaffolding collapse at a steel plant in Kawasaki", at('Kawasaki', r=F)),
  (nat(["collision", "tgv train", "train", "military lorry"]), None, ['ASSAULT'], "A TGV train collides with a military lorry on a level crossing", at('Nœux-les-Mines', r=F)),
  (nat(["natural disasters", "heavy rain", "storms", "floods"]), None, ['ASSAULT'], "The death toll from natural disasters, including heavy rain", at('Afghanistan', r=F)),
  (nat(["natural disasters", "heavy rain", "storms", "floods"]), None, ['ASSAULT'], "storms and floods, rises to 188 in Afghanistan and Pakistan", at('Pakistan', r=F)),
 ],
 'conflicts-jul-01': [
  (unk(("explosion", "unknown")), oth(["hmm namu", "cargo vessel", "vessel"], None), ['ASSAULT'], "after it was attacked in a explosion on May 4", NOWHERE_NR),
  (ISR_MIL, HAMAS, ['ASSAULT'], "they have launched strikes in the northern Gaza Strip", at('Gaza Strip')),
  (mil(["military junta", "junta", "myanmar military", "tatmadaw"], "MMR"), civ(["people", "civilians"], "MMR"), ['ASSAULT'], "more than 100,000 people have died from the civil war in Myanmar", at('Myanmar', r=F)),
  (unk(("attackers", "unknown", "firebombers")), civ(["new democracy party members", "new democracy", "party members"], "GRC"), ['ASSAULT'], "A firebombing on the homes of ruling New Democracy party members in Thessaloniki", at('Thessaloniki', r=F)),
 ],
 'disasters-aug-01': [
  (nat(["wildfire", "old trails wildfire", "fire"]), None, ['ASSAULT'], "The Old Trails wildfire in northwestern Spokane", at('Spokane', r=F)),
  (nat(["power grid", "collapse", "blackout"]), None, ['ASSAULT'], "Cuba reports a partial collapse of the national power grid", at('Cuba', r=F)),
  (nat(["crash", "small aircraft", "aircraft", "cessna 208"]), None, ['ASSAULT'], "when a small aircraft crashes near the Nazca Lines", at('Nazca Lines', r=F)),
  (nat(["avalanche"]), None, ['ASSAULT'], "are confirmed deceased after an avalanche at Broad Peak", at('Broad Peak', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
