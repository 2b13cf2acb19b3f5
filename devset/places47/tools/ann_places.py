# Gold events of the forty-seventh place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this
# set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Rwanda': ('RWA', (-1.9, 29.9)), 'Indonesia': ('IDN', (-2.5, 118.0)), 'Mexico': ('MEX', (23.6, -102.5)),
 'Sudan': ('SDN', (15.5, 30.2)), 'Ukraine': ('UKR', (49.0, 31.4)), 'Bahrain': ('BHR', (26.07, 50.55)),
 'Spain': ('ESP', (40.2, -3.7)), 'Nicaragua': ('NIC', (12.9, -85.2)),
 # territories, regions, states, provinces, oblasts, governorates, districts, counties
 'Kivu': ('COD', (-1.5, 28.8)), 'Niger State': ('NGA', (9.9, 5.6)),
 'Telangana': ('IND', (17.9, 79.0)), 'Antioquia': ('COL', (7.0, -75.5)), 'Gaza Strip': ('PSE', (31.42, 34.37)),
 'Poltava Oblast': ('UKR', (49.6, 34.0)), 'Chernihiv Oblast': ('UKR', (51.4, 32.3)),
 'Suwayda Governorate': ('SYR', (32.7, 36.7)), 'Barmal District': ('AFG', (32.7, 69.3)),
 'Urgun District': ('AFG', (32.9, 69.2)), 'Catalonia': ('ESP', (41.8, 1.5)), 'Luxi County': ('CHN', (28.2, 110.2)),
 'Samburu County': ('KEN', (1.2, 37.0)), 'Al Khor': ('QAT', (25.68, 51.50)),
 # cities, towns, villages
 'Ranhghati': ('IND', (26.6, 73.8)),  # not known to the annotator: Rajasthan's rough centre
 'Riyadh': ('SAU', (24.71, 46.68)), 'Trujillo': ('PER', (-8.11, -79.03)), 'Maguiresbridge': ('GBR', (54.29, -7.47)),
 'Nir Oz': ('ISR', (31.31, 34.40)), 'Deir al-Balah': ('PSE', (31.42, 34.35)), 'Khan Younis': ('PSE', (31.35, 34.30)),
 'Unguwan Mantau': ('NGA', (11.8, 7.6)), 'Gaza City': ('PSE', (31.52, 34.45)),
 'Novokuybyshevsk': ('RUS', (53.10, 49.93)), 'Saratov': ('RUS', (51.53, 46.03)), 'Cité Soleil': ('HTI', (18.58, -72.33)),
 'Kabul': ('AFG', (34.53, 69.17)), 'Spin Boldak': ('AFG', (31.01, 66.40)), 'Mir Ali': ('PAK', (32.98, 70.27)),
 'Kupiansk': ('UKR', (49.71, 37.61)), 'Zaporizhzhia': ('UKR', (47.84, 35.14)), 'East Jerusalem': ('PSE', (31.78, 35.23)),
 'Agwara': ('NGA', (10.7, 4.6)), 'Jolfa': ('IRN', (38.94, 45.63)), 'Shreveport': ('USA', (32.52, -93.75)),
 'Bossier City': ('USA', (32.52, -93.73)), 'Los Angeles': ('USA', (34.05, -118.24)), 'Hanoi': ('VNM', (21.03, 105.85)),
 'Shanghai': ('CHN', (31.23, 121.47)), 'Wichita': ('USA', (37.69, -97.34)), 'Dix': ('USA', (38.44, -88.94)),
 'Newburgh': ('USA', (37.94, -87.40)), 'Jalpaiguri': ('IND', (26.52, 88.72)), 'New Delhi': ('IND', (28.61, 77.21)),
 'Goronyo': ('NGA', (13.44, 5.67)), 'Ipiranga': ('BRA', (-25.02, -50.58)), 'Kolkata': ('IND', (22.57, 88.36)),
}
COUNTRY_LEVEL = {'Rwanda', 'Indonesia', 'Mexico', 'Sudan', 'Ukraine', 'Bahrain', 'Spain', 'Nicaragua'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    return {'w': (name, c), 'll': ll, 'r': r, 's': s}


NOWHERE_NR = {'w': None, 'r': False}


def nat(names, c=None):  # a natural event or an accident: the event itself is the source
    return oth(names, c)


def unk(names=("unknown", "gunmen", "attackers"), c=None):
    return oth(list(names), c)


# actors
USA_ = st(["united states", "us", "u.s.", "america", "american", "washington", "united states government"], "USA")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump", "president donald trump",
             "u.s. president", "united states", "u.s."], "USA")
ZELENSKYY = gov(["volodymyr zelenskyy", "zelenskyy", "zelensky", "ukrainian president volodymyr zelenskyy", "ukraine",
                 "ukrainian president"], "UKR")
UKR = st(["ukraine", "ukrainian", "ukrainian government", "kyiv"], "UKR")
UKR_MIL = mil(["ukrainian military", "ukrainian forces", "ukraine", "ukrainian drone", "ukrainian drone attack",
               "armed forces of ukraine"], "UKR")
UKR_CIV = civ(["people", "civilians", "ukrainians", "residents", "ukraine", "critical infrastructure",
               "residential buildings", "apartment block", "high-rise apartment block"], "UKR")
RUSSIA_ = st(["russia", "russian", "moscow", "kremlin", "russian government", "vladimir putin", "putin",
              "russian president vladimir putin"], "RUS")
RUS_MIL = mil(["russian forces", "russian military", "russia", "russian army", "valery gerasimov", "gerasimov",
               "russian chief of the general staff valery gerasimov", "russian glide bomb", "russian drone"], "RUS")
RUS_CIV = civ(["people", "oil refineries", "refineries", "civilians", "russia"], "RUS")
RWANDA = st(["rwanda", "rwandan", "rwandan government", "kigali"], "RWA")
BELGIUM = st(["belgium", "belgian", "belgian foreign minister maxime prévot", "maxime prévot", "prévot",
              "belgian government"], "BEL")
M23 = ag(["m23", "m23 rebel movement", "m23 rebels", "march 23 movement"], "COD")
ISR_MIL = mil(["israeli forces", "israel", "israeli", "idf", "israel defense forces", "israeli military",
               "israeli soldiers", "israelis", "israeli airstrikes", "israeli army"], "ISR")
KATZ = gov(["israel katz", "katz", "israeli defense minister israel katz", "israel", "israeli government"], "ISR")
HAMAS = ag(["hamas", "hamas military wing", "al-qassam brigades", "jihad kamal salem najjar", "najjar"], "PSE")
PSE_CIV = civ(["palestinians", "palestinian", "people", "civilians", "displaced family", "eleven palestinians",
               "two palestinian teenagers", "palestinian teenagers", "teenagers"], "PSE")
ISR_CIV = civ(["bibas family", "israelis", "hostages", "civilians"], "ISR")
UN_ = igo(["united nations", "un", "u.n."])
AID_WORKERS = civ(["aid workers", "humanitarian workers", "383 aid workers"], None)
NGA_BANDITS = ag(["bandits", "gunmen", "armed bandits"], "NGA")
NGA_CIV = civ(["people", "worshippers", "civilians", "villagers", "schoolchildren", "teachers", "students",
               "315 people", "catholic school", "nigerians"], "NGA")
BARREDORA = ag(["la barredora", "la barredora cartel", "cartel", "unknown"], "MEX")
MEX_CIV = civ(["people", "victims", "six people", "civilians"], "MEX")
BEDOUIN = ag(["bedouin tribes", "pro-government bedouin tribes", "bedouin", "tribes", "tribesmen"], "SYR")
DRUZE = ag(["druze insurgents", "druze", "druze militias", "insurgents", "druze forces"], "SYR")
HOSTAGES_SYR = civ(["hostages", "bedouin", "civilians"], "SYR")
HTI_CIV = civ(["children", "eight children", "people", "birthday party", "civilians", "adults", "suspected gang leader",
               "gang"], "HTI")
HTI_POLICE = gov(["police", "haitian police", "haiti", "haitian national police"], "HTI")
RIGHTS_GROUPS = oth(["human rights groups", "rights groups"], None)
PAKISTAN = st(["pakistan", "pakistani", "pakistani military", "pakistani army", "pakistani air force",
               "pakistani airstrikes", "islamabad"], "PAK")
AFG_CIV = civ(["people", "civilians", "afghans", "media worker", "journalist", "afghanistan", "ten people"], "AFG")
HUJI = ag(["harkat-ul-jihad al-islami", "huji", "attackers", "militants", "suicide bomber", "six attackers"], "PAK")
PAK_MIL = mil(["pakistan army", "pakistani military", "military", "military compound", "soldiers",
               "security forces", "pakistan"], "PAK")
UNK_GUN = unk(["gunmen", "unknown", "unknown gunmen", "attackers", "gunman", "perpetrator", "assailant"])
COL_COURT = gov(["court", "specialized court", "colombian court", "colombia", "judiciary"], "COL")
CHIQUITA = oth(["chiquita executives", "former chiquita executives", "chiquita", "seven former chiquita executives",
                "executives"], "USA")
AUC = ag(["auc", "auc paramilitary group", "paramilitaries", "united self-defense forces of colombia"], "COL")
GBR_CIV = civ(["people", "three people", "victims", "civilians"], "GBR")
IDN_POLICE = gov(["indonesian national police", "police", "indonesia", "indonesian police"], "IDN")
IDN_SUSP = civ(["44 people", "people", "suspects", "arsonists"], "IDN")
USA_COURT = gov(["court", "judge", "united states", "idaho court", "idaho", "prosecutors"], "USA")
KOHBERGER = per(["bryan kohberger", "kohberger"], "USA")
USA_CIV = civ(["students", "university of idaho students", "four university of idaho students", "people", "children",
               "eight children", "women", "civilians"], "USA")
IRN_AUTH = gov(["iran", "iranian authorities", "authorities", "police", "iranian police", "security forces",
                "iranian government"], "IRN")
IRN_SUSP = civ(["four people", "people", "foreign nationals", "suspects"], None)
BAHRAIN = gov(["bahrain", "king hamad bin isa al khalifa", "hamad bin isa al khalifa", "king hamad", "bahraini",
               "bahraini government"], "BHR")
IRGC = mil(["islamic revolutionary guard corps", "irgc", "iran", "revolutionary guards"], "IRN")
SHOOTER = per(["perpetrator", "shooter", "gunman", "man"], "USA")
USA_POLICE = gov(["police", "bossier city police", "united states", "authorities", "fbi", "federal authorities",
                  "bill essayli", "u.s. attorney"], "USA")
IRN_WOMAN = per(["iranian woman", "woman", "suspect"], "IRN")
ESP_JUD = gov(["court", "spanish court", "judge", "prosecutors", "spain", "spanish judiciary", "national court",
               "supreme court"], "ESP")
ZAPATERO = per(["josé luis rodríguez zapatero", "zapatero", "former spanish prime minister josé luis rodríguez zapatero",
                "jose luis rodriguez zapatero"], "ESP")
CAT_POLICE = gov(["catalonian police", "police", "mossos d'esquadra", "catalan police", "spain", "catalonia"], "ESP")
ANDIC = per(["jonathan andic", "andic", "son"], "ESP")
VNM_POLICE = gov(["vietnamese police", "police", "vietnam", "vietnamese authorities"], "VNM")
SMUGGLERS = civ(["five chinese nationals", "chinese nationals", "smugglers", "gold smuggling network", "local",
                 "suspects"], "CHN")
CHN_CIV = civ(["three people", "people", "japanese nationals", "two japanese nationals", "chinese national",
               "restaurant", "diners"], "CHN")
IND_POLICE = gov(["indian riot police", "riot police", "police", "delhi police", "india", "indian police",
                  "indian government"], "IND")
IND_PROT = civ(["protesters", "thousands", "students", "demonstrators", "marchers"], "IND")
PRADHAN = gov(["dharmendra pradhan", "education minister dharmendra pradhan", "pradhan", "education minister",
               "indian government", "india"], "IND")
ORTEGA = gov(["daniel ortega", "ortega", "nicaraguan co-president daniel ortega", "nicaragua", "nicaraguan government",
              "co-president"], "NIC")
NIC_OPP = ag(["political opposition", "opposition", "nicaraguan opposition"], "NIC")

ANN = {
 'relations-feb-19': [
  (TRUMP, ZELENSKYY, ['ACCUSE'], "calls Ukrainian President Volodymyr Zelenskyy a \"dictator\"", NOWHERE_NR),
  (RUSSIA_, USA_, ['CONSULT'], "praises the high-level talks with the U.S. in Riyadh", at('Riyadh')),
  (RWANDA, BELGIUM, ['SANCTION', 'REJECT'], "Rwanda suspends a humanitarian aid pact with Belgium", at('Rwanda')),
  (BELGIUM, RWANDA, ['ACCUSE'], "after Belgian Foreign Minister Maxime Prévot criticized Rwanda's military support", NOWHERE_NR),
  (RWANDA, M23, ['AID', 'SUPPORT'], "military support for the M23 rebel movement in Kivu", at('Kivu', r=F)),
 ],
 'disasters-feb-22': [
  (nat(["collapse", "roof collapse", "structural collapse", "metal roof", "real plaza trujillo roof collapse"]), None,
   ['ASSAULT'], "the structural collapse of a metal roof of the Real Plaza Trujillo in Trujillo", at('Trujillo', r=F)),
  (nat(["bus", "crash", "petrol tanker", "collision"]), None, ['ASSAULT'],
   "A bus crashed into a petrol tanker in Niger State", at('Niger State', r=F)),
  (nat(["bus", "crash", "overturn"]), None, ['ASSAULT'],
   "overturns in Ranhghati, Rajasthan, India, killing two people", at('Ranhghati', r=F)),
  (nat(["tunnel collapse", "collapse", "telangana tunnel collapse", "tunnel"]), None, ['ASSAULT'],
   "A tunnel collapse in the under-construction Srisailam Left Bank Canal project in Telangana", at('Telangana', r=F)),
 ],
 'law-crime-jul-23': [
  (USA_COURT, KOHBERGER, ['COERCE'], "Bryan Kohberger is sentenced to four consecutive life sentences", NOWHERE_NR),
  (KOHBERGER, USA_CIV, ['ASSAULT'], "after pleading guilty to the murders of four University of Idaho students", NOWHERE_NR),
  (COL_COURT, CHIQUITA, ['COERCE'], "A specialized court in Antioquia, Colombia, sentences seven former Chiquita executives",
   at('Antioquia')),
  (CHIQUITA, AUC, ['AID', 'SUPPORT'], "for financing the now-defunct AUC paramilitary group", NOWHERE_NR),
  (UNK_GUN, GBR_CIV, ['ASSAULT'], "A mass shooting in Maguiresbridge, Northern Ireland, leaves three people dead",
   at('Maguiresbridge', r=F)),
  (IDN_POLICE, IDN_SUSP, ['COERCE'], "Indonesian National Police arrest 44 people suspected of starting forest fires",
   at('Indonesia')),
 ],
 'conflicts-aug-19': [
  (ISR_MIL, HAMAS, ['ASSAULT'], "Israeli forces kill Jihad Kamal Salem Najjar, a member of the Hamas military wing",
   NOWHERE_NR),
  (HAMAS, ISR_CIV, ['ASSAULT'], "who was responsible for abducting the Bibas family in Nir Oz", at('Nir Oz', r=F)),
  (HAMAS, KATZ, ['AGREE'], "Hamas positively receives an Egyptian–Qatari-mediated 60-day ceasefire proposal", NOWHERE_NR),
  (KATZ, HAMAS, ['REJECT'], "which is rejected by Israeli defense minister Israel Katz", NOWHERE_NR),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "At least 25 Palestinians are killed by Israeli airstrikes in Gaza", at('Gaza Strip')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "by Israeli airstrikes in Gaza, including in Deir al-Balah", at('Deir al-Balah', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "including in Deir al-Balah and Khan Younis", at('Khan Younis', r=F)),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russian forces launch 270 drones and ten missiles at critical infrastructure in Poltava",
   at('Poltava Oblast')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in Poltava and Chernihiv Oblasts, Ukraine", at('Chernihiv Oblast', r=F)),
  (NGA_BANDITS, NGA_CIV, ['ASSAULT'], "in a mass shooting by bandits at a mosque in Unguwan Mantau community",
   at('Unguwan Mantau')),
  (BARREDORA, MEX_CIV, ['ASSAULT'], "Six severed heads are discovered on a road that links the states of Puebla and Tlaxcala",
   at('Mexico', r=F)),
  (unk(["unknown", "attackers"]), AID_WORKERS, ['ASSAULT'], "including 181 who were killed in Gaza", at('Gaza Strip', r=F)),
  (unk(["unknown", "attackers"]), AID_WORKERS, ['ASSAULT'], "who were killed in Gaza and 60 in Sudan", at('Sudan', r=F)),
 ],
 'conflicts-sep-20': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "At least 91 Palestinians are killed by Israeli attacks across the Gaza Strip",
   at('Gaza Strip')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "including 76 people in Gaza City", at('Gaza City', r=F)),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in a Russian drone and missile attack on critical infrastructure and residential buildings across Ukraine",
   at('Ukraine')),
  (UKR_MIL, RUS_CIV, ['ASSAULT'], "in a Ukrainian drone attack on oil refineries in Novokuybyshevsk", at('Novokuybyshevsk')),
  (UKR_MIL, RUS_CIV, ['ASSAULT'], "Samara Oblast and Saratov, Saratov Oblast, Russia", at('Saratov', r=F)),
  (BEDOUIN, DRUZE, ['THREATEN'], "Pro-government Bedouin tribes issue a 10 day ultimatum to Druze insurgents",
   at('Suwayda Governorate', r=F)),
  (DRUZE, HOSTAGES_SYR, ['ASSAULT', 'COERCE'], "to release hostages held in the Suwayda Governorate",
   at('Suwayda Governorate', r=F)),
  (unk(["explosive drones", "drones", "unknown", "police"]), HTI_CIV, ['ASSAULT'],
   "after explosive drones strike the birthday party of a suspected gang leader in Cité Soleil", at('Cité Soleil', r=F)),
  (RIGHTS_GROUPS, HTI_POLICE, ['ACCUSE'], "with human rights groups accusing police of carrying out the attack", NOWHERE_NR),
 ],
 'conflicts-oct-17': [
  (PAKISTAN, AFG_CIV, ['ASSAULT'], "Pakistan carries out a series of airstrikes in Barmal District", at('Barmal District')),
  (PAKISTAN, AFG_CIV, ['ASSAULT'], "Barmal District and Urgun District, Paktia Province", at('Urgun District', r=F)),
  (PAKISTAN, AFG_CIV, ['ASSAULT'], "was among those killed during the Pakistani airstrikes in Kabul", at('Kabul', r=F)),
  (unk(["unknown", "gunmen", "pakistan"]), AFG_CIV, ['ASSAULT'],
   "Journalist Abdul Ghafoor Abed was also shot dead while covering the shootouts at the border", NOWHERE_NR),
  (PAKISTAN, AFG_CIV, ['ASSAULT'], "The casualty toll from the Pakistani airstrikes in Spin Boldak", at('Spin Boldak', r=F)),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israelis fire at a vehicle carrying a displaced family in Gaza City", at('Gaza City')),
  (HUJI, PAK_MIL, ['ASSAULT'], "in a suicide car bomb followed by gunfire at a military compound in Mir Ali",
   at('Mir Ali')),
  (HUJI, PAK_MIL, ['ASSAULT'], "Harkat-ul-Jihad al-Islami claims responsibility for the attack", at('Mir Ali', r=F)),
 ],
 'conflicts-nov-21': [
  (RUS_MIL, UKR, ['ASSAULT', 'COERCE'], "Russian forces have captured the city of Kupiansk", at('Kupiansk', r=F)),
  (USA_, UKR, ['REQUEST', 'CONSULT'], "The United States outlines a new 28-point peace proposal", NOWHERE_NR),
  (TRUMP, UKR, ['THREATEN'], "gives Ukraine a deadline of November 27 to accept the peace proposal", NOWHERE_NR),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in a Russian glide bomb strike on a high-rise apartment block in Zaporizhzhia",
   at('Zaporizhzhia')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "are killed by Israeli soldiers during a raid in East Jerusalem", at('East Jerusalem')),
  (unk(["gunmen", "unknown", "attackers", "bandits"]), NGA_CIV, ['ASSAULT'], "One person is shot, and 315 people",
   at('Agwara', r=F)),
  (unk(["gunmen", "unknown", "attackers", "bandits"]), NGA_CIV, ['ASSAULT', 'COERCE'],
   "are abducted in an attack on a Catholic school in Agwara", at('Agwara', r=F)),
 ],
 'law-crime-apr-19': [
  (IRN_AUTH, IRN_SUSP, ['COERCE'], "are arrested in Jolfa, East Azerbaijan province, Iran", at('Jolfa', r=F)),
  (BAHRAIN, IRGC, ['THREATEN', 'COERCE'], "announces that Bahraini nationality law will be reassessed", at('Bahrain', r=F)),
  (SHOOTER, USA_CIV, ['ASSAULT'], "in a domestic violence mass shooting in Shreveport", at('Shreveport', r=F)),
  (USA_POLICE, SHOOTER, ['ASSAULT'], "to the adjacent Bossier City, where he is fatally shot by police", at('Bossier City')),
  (USA_POLICE, IRN_WOMAN, ['COERCE'], "has been arrested at the Los Angeles International Airport in California",
   at('Los Angeles', r=F)),
 ],
 'law-crime-may-19': [
  (ESP_JUD, ZAPATERO, ['COERCE', 'ACCUSE'], "is charged with money laundering and membership of a criminal organisation",
   at('Spain', r=F)),
  (CAT_POLICE, ANDIC, ['COERCE'], "Catalonian police arrest Jonathan Andic, the son of Mango founder", at('Catalonia')),
  (VNM_POLICE, SMUGGLERS, ['COERCE'], "Vietnamese police arrest five Chinese nationals and a local", at('Hanoi')),
  (unk(["attacker", "unknown", "assailant", "man", "perpetrator"]), CHN_CIV, ['ASSAULT'],
   "are injured in a stabbing attack at a restaurant in Shanghai", at('Shanghai', r=F)),
 ],
 'disasters-jun-21': [
  (nat(["explosion", "fire", "gas facility", "ras laffan explosion"]), None, ['ASSAULT'],
   "in an explosion and fire at a gas facility in Ras Laffan Industrial City", at('Al Khor', r=F)),
  (nat(["tornadoes", "tornado", "three tornadoes"]), None, ['ASSAULT'], "after three tornadoes touch down near Wichita",
   at('Wichita', r=F)),
  (nat(["tornadoes", "tornado", "three tornadoes"]), None, ['ASSAULT'], "near Wichita, Kansas; Dix, Illinois",
   at('Dix', r=F)),
  (nat(["tornadoes", "tornado", "three tornadoes"]), None, ['ASSAULT'], "and Newburgh, Indiana, United States",
   at('Newburgh', r=F)),
  (nat(["house fire", "fire"]), None, ['ASSAULT'], "Six people are killed in a house fire in Luxi County",
   at('Luxi County', r=F)),
  (nat(["bus", "crash", "truck", "parked truck"]), None, ['ASSAULT'], "as a bus crashes into a parked truck in Jalpaiguri",
   at('Jalpaiguri', r=F)),
 ],
 'politics-jul-20': [
  (IND_POLICE, IND_PROT, ['COERCE', 'ASSAULT'], "Indian riot police baton-charge protesters marching toward the Parliament House in New Delhi",
   at('New Delhi')),
  (IND_PROT, PRADHAN, ['PROTEST'], "Thousands demand education minister Dharmendra Pradhan's resignation", at('New Delhi')),
  (IND_POLICE, IND_PROT, ['COERCE'], "while Delhi Police restrict internet access", at('New Delhi')),
  (ORTEGA, NIC_OPP, ['COERCE'], "announces that the country will hold no further elections", at('Nicaragua', r=F)),
 ],
 'disasters-aug-19': [
  (nat(["helicopter crash", "crash", "helicopter", "mount ololokwe helicopter crash"]), None, ['ASSAULT'],
   "are killed in a helicopter crash on Mount Ololokwe in Samburu County", at('Samburu County', r=F)),
  (nat(["boat", "capsize", "boat capsizing"]), None, ['ASSAULT'],
   "when a boat carrying farm workers capsizes in Goronyo", at('Goronyo', r=F)),
  (nat(["collision", "bus", "truck", "head-on collision"]), None, ['ASSAULT'],
   "in a head-on collision between a bus and a truck on the BR-373 near Ipiranga", at('Ipiranga', r=F)),
  (nat(["hotel fire", "fire"]), None, ['ASSAULT'], "are injured in a hotel fire in Kolkata", at('Kolkata', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
