# Gold events of the fourteenth place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and the geocoder, its gazetteer and their data were not
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.1 degree, or worse where README's Doubts say so; a note only, build_gold.py does not
# read it). Conventions: devset/places13/README.md (and through it devset/places12, devset/events and the
# earlier place sets). A natural event or an accident (a flood, a storm, an earthquake, a crash, a fire, a
# stampede, an explosion with no agent named) has no agent: its source is the event itself (kind other), its
# type is a nominal ASSAULT and it is never required; eval-places scores it like any other event with a place.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Munich': (('Munich', 'DEU'), (48.14, 11.58)),
 'Yemen': (('Yemen', 'YEM'), (15.55, 48.52)),
 "Mare'": (("Mare'", 'SYR'), (36.48, 37.20)),
 'Tajikistan': (('Tajikistan', 'TJK'), (38.86, 71.28)),
 'Brooklyn': (('Brooklyn', 'USA'), (40.65, -73.95)),
 'Lebanon': (('Lebanon', 'LBN'), (33.85, 35.86)),
 'Abu al-Duhur': (('Abu al-Duhur', 'SYR'), (35.73, 37.10)),
 'Idlib': (('Idlib', 'SYR'), (35.80, 36.60)),
 'Denmark': (('Denmark', 'DNK'), (56.26, 9.50)),
 'Joso': (('Jōsō', 'JPN'), (36.02, 139.99)),
 'Asir': (('Asir', 'SAU'), (19.00, 42.80)),
 'North Sinai': (('North Sinai', 'EGY'), (30.60, 33.70)),
 'Gulbarga': (('Gulbarga', 'IND'), (17.33, 76.83)),
 'Multan': (('Multan', 'PAK'), (30.20, 71.47)),
 'Jerusalem': (('Jerusalem', 'ISR'), (31.78, 35.23)),
 'Najran': (('Najran', 'SAU'), (17.60, 44.40)),
 'Da Nang': (('Da Nang', 'VNM'), (16.05, 108.22)),
 'Hildale': (('Hildale', 'USA'), (37.00, -112.97)),
 'Borno': (('Borno', 'NGA'), (11.90, 13.10)),
 'Huaping County': (('Huaping County', 'CHN'), (26.63, 101.27)),
 'Japan': (('Japan', 'JPN'), (36.20, 138.25)),
 'Croatia': (('Croatia', 'HRV'), (45.10, 15.20)),
 'Lesbos': (('Lesbos', 'GRC'), (39.20, 26.30)),
 'Canakkale': (('Canakkale', 'TUR'), (40.15, 26.41)),
 'Baghdad': (('Baghdad', 'IRQ'), (33.31, 44.36)),
 'Auckland': (('Auckland', 'NZL'), (-36.85, 174.76)),
 'Philippines': (('Philippines', 'PHL'), (12.88, 121.77)),
 'Mecca': (('Mecca', 'SAU'), (21.42, 39.83)),
 'West Papua': (('West Papua', 'IDN'), (-1.34, 133.17)),
 'Sirnak': (('Şırnak', 'TUR'), (37.42, 42.49)),
 'Dohuk': (('Dohuk', 'IRQ'), (36.87, 43.00)),
 'London': (('London', 'GBR'), (51.51, -0.13)),
 'Timbuktu': (('Timbuktu', 'MLI'), (16.77, -3.01)),
 'Syria': (('Syria', 'SYR'), (34.80, 38.99)),
 'Benghazi': (('Benghazi', 'LBY'), (32.12, 20.09)),
 'Kunduz': (('Kunduz', 'AFG'), (36.73, 68.86)),
 'Wahijah': (('Wahijah', 'YEM'), (13.40, 43.30)),
 'Podgorica': (('Podgorica', 'MNE'), (42.44, 19.26)),
 'Adana': (('Adana', 'TUR'), (37.00, 35.32)),
 'Ashdod': (('Ashdod', 'ISR'), (31.80, 34.65)),
 'Burkina Faso': (('Burkina Faso', 'BFA'), (12.24, -1.56)),
 'Mexico': (('Mexico', 'MEX'), (23.63, -102.55)),
 'Oregon': (('Oregon', 'USA'), (43.80, -120.55)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)

# actors
DE_POLICE = gov(['police and firefighters', 'police', 'firefighters'], 'DEU')
REFUGEES = civ(['refugees', 'thousands of refugees', 'them'], None)
DEPOT_BLAST = oth(['explosion', 'an explosion at an arms depot', 'arms depot'], None)
UAE_SOLDIERS = mil(['emirati soldiers', '45 emirati soldiers', 'soldiers', 'united arab emirates', 'emirati', 'saudi led coalition'], 'ARE')
ISIS = ag(['isis', 'isis fighters', 'islamic state', 'isil', 'islamic state of iraq and the levant', 'daesh', 'isis militants'], None)
SY_REBELS = ag(['syrian rebels', 'rebels', 'at least 20 syrian rebels'], 'SYR')
TJ_CLASHES = oth(['clashes', 'tajikistan clashes'], 'TJK')
GANGS = ag(['feuding gangs', 'gangs', 'crossfire between feuding gangs'], 'USA')
GABAY = per(['carey gabay', 'lawyer carey gabay', 'lawyer'], 'USA')
STABBER = oth(['stabbing', 'attacker'], 'USA')
STABBED_MAN = civ(['one man', 'man'], 'USA')
SANDSTORM = oth(['sandstorm', 'a massive sandstorm', 'storm', 'the storm'], None)
LB_CIV = civ(['lebanon', 'two women', 'women', 'syrian refugees', 'refugees'], 'LBN')
ISLAMIC_FRONT = ag(['islamic front', 'islamic front rebels', 'rebels'], 'SYR')
SY_AIRPORT = mil(['abu al-duhur military airport', 'military airport', 'airport', 'syrian army', 'syria'], 'SYR')
SYRIA_ST = st(["syria", "syria's northwestern idlib province", 'idlib province', 'syrian government'], 'SYR')
DENMARK = st(['denmark', 'danish', 'danish government'], 'DNK')
GERMANY = st(['germany', 'german'], 'DEU')
ETAU_FLOODS = oth(['floods and landslides', 'floods', 'landslides', 'heavy rainfall', 'tropical storm etau', 'etau'], None)
JP_CIV = civ(['people', 'three people', 'japan'], 'JPN')
HOUTHIS = ag(['houthi militants', 'houthis', 'houthi', 'militants', 'allied yemeni troops', 'yemeni troops', 'houthi rebels'], 'YEM')
SA_BASES = mil(['four saudi military bases', 'saudi military bases', 'saudi', 'saudi arabia', 'saudi military'], 'SAU')
EG_MIL = mil(['egyptian armed forces', 'armed forces', 'egyptian army', 'egypt', 'egyptian'], 'EGY')
EG_TROOPS = mil(['eight troops', 'troops', 'egyptian armed forces', 'egypt'], 'EGY')
DERAIL = oth(['train derailment', 'derailment', 'an indian railways train derailment', 'indian railways train', 'train'], 'IND')
IN_CIV = civ(['people', 'two people', 'at least two people'], 'IND')
MULTAN_BLAST = oth(['explosion', 'an explosion'], None)
PK_CIV = civ(['people', 'eleven people', 'at least eleven people'], 'PAK')
IL_POLICE = gov(['israeli police', 'police', 'israel', 'israeli'], 'ISR')
PS_PROT = civ(['palestinian protesters', 'protesters', 'palestinians', 'palestinian'], 'PSE')
SA_TROOPS = mil(['five saudi troops', 'saudi troops', 'troops', 'saudi', 'saudi arabia'], 'SAU')
VAMCO = oth(['tropical storm vamco', 'vamco', 'storm', 'flooding'], None)
VN_CIV = civ(['region', 'viet nam', 'vietnam'], 'VNM')
FLASH_FLOOD = oth(['flash flood', 'a flash flood', 'flood'], None)
US_CIV = civ(['people', 'seven people'], 'USA')
NG_ARMY = mil(['nigerian army', 'army', 'nigeria', 'nigerian'], 'NGA')
HUAPING_FLOODS = oth(['floods', 'flood'], None)
CN_CIV = civ(['one person', 'person', 'people'], 'CHN')
JP_LEG = gov(['legislators', 'national diet', 'national diet of japan', 'diet', 'japan', 'lawmakers'], 'JPN')
CROATIA = st(['croatia', 'croatian', 'croatian government', 'his country', 'zoran milanović', 'milanović'], 'HRV')
SERBIA = st(['serbia', 'serbian', 'border crossings with serbia'], 'SRB')
BOAT_SINKING = oth(['boat', 'their boat', 'boat sinks'], None)
SY_REFUGEES = civ(['five-year-old syrian girl', 'syrian girl', 'girl', 'refugees', 'people', '11 people'], 'SYR')
GR_COASTGUARD = gov(['greek coast guard', 'coast guard', 'greece', 'greek'], 'GRC')
COLLISION = oth(['ferry', 'collision', 'inflatable dinghy', 'a ferry and their inflatable dinghy'], None)
MIGRANTS = civ(['migrants', 'at least 13 migrants'], None)
IS_CARBOMB = ag(['islamic state', 'an islamic state car bomb', 'islamic state car bomb', 'car bomb', 'isis', 'isil', 'daesh'], None)
IQ_CIV = civ(['people', 'at least 12 people', '12 people'], 'IRQ')
USA = st(['u.s.', 'us', 'united states', 'american', 'extradition hearing'], 'USA')
DOTCOM = per(['kim dotcom', 'dotcom', 'former owner of a file sharing website'], None)
PH_MIL = mil(['filipino troops', 'troops', 'philippine army', 'philippines', 'filipino'], 'PHL')
ABU_SAYYAF = ag(['abu sayyaf', 'abu sayyaf militants', 'militants'], 'PHL')
STAMPEDE = oth(['stampede', 'a stampede'], None)
PILGRIMS = civ(['people', 'at least 719 people', 'pilgrims', 'hajj pilgrims'], None)
QUAKE = oth(['earthquake', 'an earthquake'], None)
ID_CIV = civ(['people', 'thirty-nine people'], 'IDN')
TR_MIL = mil(['turkish military', 'turkish soldiers', 'military', 'turkey', 'turkish', 'soldiers'], 'TUR')
PKK = ag(['pkk', 'pkk militants', 'pkk camps', 'kurdistan workers party', 'militants', 'suspected pkk militants'], 'TUR')
MOSQUE_FIRE = oth(['fire', 'a fire'], None)
BAITUL_FUTUH = oth(['baitul futuh mosque', 'mosque', 'the baitul futuh mosque, london'], 'GBR')
ICC = igo(['international criminal court', 'icc'])
AL_FAQI = per(['ahmad al-faqi', 'al-faqi'], 'MLI')
ML_SITES = oth(['cultural sites', 'cultural sites in timbuktu', 'timbuktu'], 'MLI')
FRANCE = st(['france', 'french', 'opération chammal', 'operation chammal'], 'FRA')
ISIL = ag(['islamic state of iraq and the levant', 'islamic state in iraq and the levant', 'islamic state', 'isil', 'isis', 'daesh', 'training camp'], None)
LY_GOV = gov(['libyan government forces', 'government forces', 'libyan government', 'libya', 'libyan'], 'LBY')
TALIBAN = ag(['taliban', 'the taliban', 'militants'], 'AFG')
AF_GOV = gov(['afghanistan', 'afghan government', 'kunduz', 'provincial capital of kunduz', 'the provincial capital of kunduz'], 'AFG')
COALITION = mil(['arab coalition', 'coalition', 'an arab coalition air-strike', 'saudi-led coalition', 'saudi arabia'], 'SAU')
YE_WEDDING = civ(['wedding party', 'a wedding party', 'yemeni civilians', 'civilians', 'people'], 'YEM')
UN_SG = igo(['un general secretary', 'un', 'united nations', 'secretary-general', 'un secretary-general'])
DF = oth(['democratic front', 'pro-serbian opposition', 'opposition', 'pro-serbian opposition from the democratic front'], 'MNE')
MNE_GOV = gov(['government', 'government of prime minister milo đukanović', 'milo đukanović', 'đukanović', 'montenegro', 'prime minister milo đukanović'], 'MNE')
TR_POLICE = gov(['police officers', 'two police officers', 'police', 'turkey', 'turkish police'], 'TUR')
GAZA_ROCKET = ag(['gaza strip', 'gaza', 'rocket', 'at least one rocket', 'militants', 'hamas'], 'PSE')
ISRAEL = st(['israel', 'israeli', 'ashdod', "israel's iron dome missile defense system", 'iron dome'], 'ISR')
BF_MIL = mil(["burkina faso's military", 'military', 'army', 'burkina faso', 'burkinabe army'], 'BFA')
BF_GUARD = mil(['elite presidential guard', 'presidential guard', 'guard', 'regiment of presidential security', "coup's abandoned headquarters"], 'BFA')
MX_AUTH = gov(['mexican authorities', 'authorities', 'mexico', 'mexican'], 'MEX')
JACKSON = per(['paul erven jackson', 'american paul erven jackson', 'jackson', 'american'], 'USA')
US_WOMEN = civ(['two women', 'women'], 'USA')

ANN = {
 'refugees-arrive-station-aid': [
  (DE_POLICE, REFUGEES, ['AID'], "Police and firefighters on the scene provide them with food", at('Munich')),
 ],
 'arms-depot-explosion': [
  (DEPOT_BLAST, UAE_SOLDIERS, ['ASSAULT'], "An explosion at an arms depot in Yemen kills 45 Emirati soldiers", at('Yemen', r=F)),
 ],
 'rebels-jihadists-battle': [
  (ISIS, SY_REBELS, ['ASSAULT'], "are killed in a battle in Mare', Syria", at("Mare'")),
 ],
 'clashes-death-toll': [
  (TJ_CLASHES, None, ['ASSAULT'], "The death toll in Tajikistan clashes rises to 22 dead", at('Tajikistan', r=F)),
 ],
 'carnival-shooting-lawyer': [
  (GANGS, GABAY, ['ASSAULT'], "lawyer Carey Gabay is shot in the head", at('Brooklyn')),
  (STABBER, STABBED_MAN, ['ASSAULT'], "one man is stabbed to death", at('Brooklyn', r=F)),
 ],
 'sandstorm-deaths': [
  (SANDSTORM, LB_CIV, ['ASSAULT'], "A massive sandstorm hits Lebanon and Syria", at('Lebanon', r=F)),
 ],
 'rebels-seize-airport': [
  (ISLAMIC_FRONT, SY_AIRPORT, ['ASSAULT', 'COERCE'], "Islamic Front rebels seize Abu al-Duhur military airport", at('Abu al-Duhur')),
  (ISLAMIC_FRONT, SYRIA_ST, ['ASSAULT', 'COERCE'], "while taking control of Syria's northwestern Idlib province", at('Idlib', r=F)),
 ],
 'rail-services-reopened': [
  (DENMARK, None, ['SANCTION', 'COERCE', 'MOBILIZE'], "after closing rail lines and a motorway", at('Denmark')),
  (DENMARK, GERMANY, ['CONCEDE', 'COOPERATE', 'AGREE'], "Denmark reopens rail services to Germany", at('Denmark', r=F)),
 ],
 'floods-landslides-storm': [
  (ETAU_FLOODS, JP_CIV, ['ASSAULT'], "the majority of them in and around Jōsō city", at('Joso', r=F)),
 ],
 'militants-seize-military-bases': [
  (HOUTHIS, SA_BASES, ['ASSAULT', 'COERCE'], "seize control of four Saudi military bases", at('Asir')),
 ],
 'offensive-insurgents-killed': [
  (EG_MIL, ISIS, ['ASSAULT'], "an offensive against ISIS militants in northern Sinai", at('North Sinai')),
  (ISIS, EG_TROOPS, ['ASSAULT'], "with the loss of eight troops", at('North Sinai', r=F)),
 ],
 'train-derailment': [
  (DERAIL, IN_CIV, ['ASSAULT'], "An Indian Railways train derailment near Gulbarga", at('Gulbarga', r=F)),
 ],
 'city-explosion': [
  (MULTAN_BLAST, PK_CIV, ['ASSAULT'], "An explosion in the Pakistan city of Multan", at('Multan', r=F)),
 ],
 'police-protesters-mosque': [
  (IL_POLICE, PS_PROT, ['COERCE', 'ASSAULT'], "Israeli police engage Palestinian protesters with tear gas", at('Jerusalem')),
  (PS_PROT, IL_POLICE, ['ASSAULT', 'PROTEST'], "Protesters throw fireworks and small explosive devices", at('Jerusalem')),
 ],
 'troops-killed-border-clashes': [
  (HOUTHIS, SA_TROOPS, ['ASSAULT'], "Five Saudi troops are killed following clashes with Houthi militants", at('Najran')),
 ],
 'tropical-storm-landfall': [
  (VAMCO, VN_CIV, ['ASSAULT'], "Tropical Storm Vamco makes landfall south of Da Nang", at('Da Nang', r=F)),
 ],
 'flash-flood-town': [
  (FLASH_FLOOD, US_CIV, ['ASSAULT'], "after a flash flood in the American town of Hildale", at('Hildale', r=F)),
 ],
 'army-rescues-women-children': [
  (NG_ARMY, None, ['AID', 'ASSAULT', 'COERCE'], "The Nigerian Army rescues dozens of women and children", at('Borno', r=F)),
 ],
 'county-floods': [
  (HUAPING_FLOODS, CN_CIV, ['ASSAULT'], "after floods hit Huaping County in China's Yunnan province", at('Huaping County', r=F)),
 ],
 'legislators-fist-fights': [
  (JP_LEG, JP_LEG, ['ASSAULT', 'PROTEST'], "Fist-fights erupt between legislators in the National Diet", at('Japan')),
 ],
 'border-crossings-closed': [
  (CROATIA, SERBIA, ['SANCTION', 'COERCE'], "Croatia closes seven out of eight border crossings with Serbia", at('Croatia')),
 ],
 'boat-sinks-girl-dies': [
  (BOAT_SINKING, SY_REFUGEES, ['ASSAULT'], "after their boat sinks in the Aegean Sea near the Greek island of Lesbos", at('Lesbos', r=F)),
  (GR_COASTGUARD, SY_REFUGEES, ['AID'], "The Greek Coast Guard says it rescued 11 people", at('Lesbos', r=F)),
 ],
 'ferry-dinghy-collision': [
  (COLLISION, MIGRANTS, ['ASSAULT'], "when a ferry and their inflatable dinghy collided", at('Canakkale', r=F)),
 ],
 'car-bomb-capital': [
  (IS_CARBOMB, IQ_CIV, ['ASSAULT'], "An Islamic State car bomb kills at least 12 people in Baghdad", at('Baghdad')),
 ],
 'extradition-hearing': [
  (USA, DOTCOM, ['COERCE', 'REQUEST', 'DEMAND'], "an extradition hearing for Kim Dotcom", at('Auckland')),
 ],
 'troops-raid-hostages': [
  (PH_MIL, ABU_SAYYAF, ['ASSAULT'], "Filipino troops stage raids to attempt to free", at('Philippines')),
 ],
 'pilgrimage-stampede': [
  (STAMPEDE, PILGRIMS, ['ASSAULT'], "in a stampede near Mecca during the Hajj pilgrimage", at('Mecca', r=F)),
 ],
 'offshore-earthquake': [
  (QUAKE, ID_CIV, ['ASSAULT'], "after an earthquake in the waters off the coast", at('West Papua', r=F)),
 ],
 'fighting-and-airstrikes': [
  (TR_MIL, PKK, ['ASSAULT'], "Fighting in the south-eastern Şırnak Province kills", at('Sirnak')),
  (TR_MIL, PKK, ['ASSAULT'], "the Turkish military conducts airstrikes on PKK camps", at('Dohuk')),
 ],
 'mosque-fire': [
  (MOSQUE_FIRE, BAITUL_FUTUH, ['ASSAULT'], "A fire severely damages the Baitul Futuh Mosque", at('London', r=F)),
 ],
 'cultural-destruction-trial': [
  (ICC, AL_FAQI, ['COERCE'], "Ahmad al-Faqi is transferred to the International Criminal Court", {}),
  (AL_FAQI, ML_SITES, ['ASSAULT'], "directing the destruction of cultural sites in Timbuktu", at('Timbuktu', r=F)),
 ],
 'first-air-strikes-camp': [
  (FRANCE, ISIL, ['ASSAULT'], "it has carried out its first air-strikes against the Islamic State", at('Syria')),
 ],
 'weekend-fighting-deaths': [
  (ISIL, LY_GOV, ['ASSAULT'], "as a result of fighting between Islamic State", at('Benghazi')),
 ],
 'provincial-capital-seized': [
  (TALIBAN, AF_GOV, ['ASSAULT', 'COERCE'], "The Taliban seize control of the provincial capital", at('Kunduz')),
 ],
 'wedding-party-air-strike': [
  (COALITION, YE_WEDDING, ['ASSAULT'], "An Arab coalition air-strike on a wedding party in Wahijah", at('Wahijah')),
  (UN_SG, COALITION, ['DISAPPROVE', 'ACCUSE'], "The UN general secretary condemns the attack", {}),
 ],
 'opposition-protest-rally': [
  (DF, MNE_GOV, ['PROTEST', 'DEMAND'], "holds a mass protest rally in the capital of Montenegro", at('Podgorica')),
 ],
 'police-officers-gunned-down': [
  (PKK, TR_POLICE, ['ASSAULT'], "Two police officers are gunned down by suspected PKK militants", at('Adana')),
 ],
 'rocket-intercepted': [
  (GAZA_ROCKET, ISRAEL, ['ASSAULT'], "At least one rocket is intercepted over Ashdod", at('Ashdod')),
 ],
 'presidential-guard-crushed': [
  (BF_MIL, BF_GUARD, ['ASSAULT', 'COERCE'], "Burkina Faso's military crushed the elite presidential guard", at('Burkina Faso')),
 ],
 'fugitive-arrested': [
  (MX_AUTH, JACKSON, ['COERCE'], "Mexican authorities arrest American Paul Erven Jackson", at('Mexico')),
  (JACKSON, US_WOMEN, ['ASSAULT', 'COERCE'], "for kidnapping and torturing two women in Oregon", at('Oregon', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
