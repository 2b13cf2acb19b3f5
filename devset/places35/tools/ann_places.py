# Gold events of the thirty-fifth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this
# set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth, USA, TRUMP, UKRAINE, RUSSIA, ISRAEL, IRAN, IRGC
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'United States': ('USA', (39.8, -98.6)), 'Czech Republic': ('CZE', (49.8, 15.5)), 'Guatemala': ('GTM', (15.7, -90.2)),
 'Mexico': ('MEX', (23.6, -102.6)), 'Tanzania': ('TZA', (-6.4, 34.9)), 'Ecuador': ('ECU', (-1.8, -78.2)),
 'Kazakhstan': ('KAZ', (48.0, 66.9)), 'Peru': ('PER', (-9.2, -75.0)), 'Iran': ('IRN', (32.4, 53.7)),
 'Philippines': ('PHL', (12.9, 122.0)), 'Sudan': ('SDN', (15.5, 30.0)),
 # regions, states, provinces, districts, territories
 'Kwamouth Territory': ('COD', (-3.18, 16.20)), 'California': ('USA', (37.2, -119.5)), 'West Bank': ('PSE', (31.95, 35.25)),
 'Zamfara State': ('NGA', (12.1, 6.2)), 'Manitoba': ('CAN', (55.0, -97.5)), 'East Jaintia Hills': ('IND', (25.36, 92.37)),
 'Eliodoro Camacho Province': ('BOL', (-15.4, -69.1)), 'Kwara State': ('NGA', (8.9, 4.6)),
 'North Kordofan': ('SDN', (14.0, 30.0)), 'Chin State': ('MMR', (22.0, 93.5)), 'West Sumatra': ('IDN', (-0.8, 100.6)),
 # cities, towns, villages, islands
 'Kalat': ('PAK', (29.03, 66.59)), 'Los Angeles': ('USA', (34.05, -118.24)), 'Glendale': ('USA', (34.14, -118.25)),
 'Ballymena': ('GBR', (54.86, -6.28)), 'Prague': ('CZE', (50.08, 14.44)), 'San José Pinula': ('GTM', (14.55, -90.41)),
 'New Delhi': ('IND', (28.61, 77.21)), 'Seoul': ('KOR', (37.57, 126.98)), 'Tobruk': ('LBY', (32.08, 23.96)),
 'Madrid': ('ESP', (40.42, -3.70)), 'Memphis': ('USA', (35.15, -90.05)), 'Hlybokaye': ('BLR', (55.14, 27.69)),
 'Chicago': ('USA', (41.88, -87.63)), 'Linstead': ('JAM', (18.14, -77.03)), 'Zapopan': ('MEX', (20.72, -103.39)),
 'Samarkand': ('UZB', (39.65, 66.96)), 'Ndu': ('CMR', (6.40, 10.77)), 'Rio de Janeiro': ('BRA', (-22.91, -43.17)),
 'Kathmandu': ('NPL', (27.72, 85.32)), 'Dublin': ('IRL', (53.35, -6.26)), 'Dubai': ('ARE', (25.20, 55.27)),
 'Islamabad': ('PAK', (33.69, 73.05)), 'Lavan Island': ('IRN', (26.81, 53.36)), 'Cité Soleil': ('HTI', (18.58, -72.33)),
 'Gardabani': ('GEO', (41.46, 45.09)), 'Alimathaa': ('MDV', (3.63, 73.42)), 'Ruidoso': ('USA', (33.33, -105.67)),
}
COUNTRY_LEVEL = {'United States', 'Czech Republic', 'Guatemala', 'Mexico', 'Tanzania', 'Ecuador', 'Kazakhstan', 'Peru',
                 'Iran', 'Philippines', 'Sudan'}


def at(name, r=True, s=None):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s: o['s'] = s
    return o


NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': False}


def nat(names):
    """a natural event or an accident: no agent; the event itself is the source (kind other)"""
    return oth(names, None)


# actors
TRUMP_ADMIN = gov(["donald trump", "trump", "u.s. president donald trump", "president donald trump", "trump administration",
                   "donald trump administration", "united states", "u.s.", "us"], "USA")
PAK_BOMBER = ag(["suicide bomber", "a suicide bomber", "bomber", "militants"], "PAK")
PAK_CIV = civ(["one person", "people", "three others", "civilians"], "PAK")
COD_MIL = mil(["congolese military", "army patrol", "army", "armed forces of the democratic republic of the congo", "fardc",
               "democratic republic of the congo", "dr congo"], "COD")
MOBONDO = ag(["mobondo militia", "mobondo", "militia", "eight members of the mobondo militia", "members"], "COD")
US_MARINES = mil(["marines", "500 marines", "us marines", "u.s. marines"], "USA")
LA_PROT = civ(["rioters", "protesters", "demonstrators", "riots"], "USA")
CALIFORNIA = gov(["california", "state of california", "u.s. state of california"], "USA")
GLENDALE = gov(["glendale", "city of glendale", "the city of glendale"], "USA")
ICE = gov(["u.s. immigration and customs enforcement", "immigration and customs enforcement", "ice"], "USA")
NIR_RIOT = civ(["rioters", "rioter", "riots", "one rioter"], "GBR")
NIR_POLICE = gov(["police", "police officers", "15 police officers", "police service of northern ireland", "psni"], "GBR")
ROM_TEENS = civ(["two romanian teenagers", "romanian teenagers", "teenagers"], "ROU")
CZ_COURT = gov(["court", "a court in prague", "czech court", "czech republic"], "CZE")
COL_NAT = per(["colombian national", "a colombian national", "colombian"], "COL")
FIALA = gov(["petr fiala", "fiala", "czech prime minister petr fiala", "czech prime minister", "czech republic"], "CZE")
CZ_PUB = civ(["public buses", "buses", "czech republic"], "CZE")
TREASURY = gov(["u.s. treasury department", "treasury department", "us treasury", "treasury", "united states", "u.s."], "USA")
GUZMAN = ag(["iván archivaldo guzmán salazar", "jesús alfredo guzmán salazar", "guzmán salazar", "el chapo's sons",
             "sinaloa cartel", "ivan archivaldo guzman salazar"], "MEX")
SETTLERS = civ(["israeli settlers", "settlers", "israel"], "ISR")
PAL_US_MAN = per(["palestinian-american man", "a palestinian-american man", "palestinian-american", "palestinian"], "PSE")
GTM_COURT = gov(["guatemalan court", "a guatemalan court", "court", "guatemala"], "GTM")
GTM_OFF = gov(["six former police officers and child protection officials", "former police officers", "police officers",
               "child protection officials", "officials"], "GTM")
IND_POLICE = gov(["indian police", "police", "india"], "IND")
IND_ACT = civ(["animal rights activists", "activists", "dozens of animal rights activists"], "IND")
IND_SC = gov(["supreme court", "supreme court of india", "india"], "IND")
SEOUL_COURT = gov(["seoul central district court", "court", "south korea", "south korean court"], "KOR")
KIM_KH = per(["kim keon hee", "kim keon-hee", "former south korean first lady", "former first lady"], "KOR")
KEN_ACT = per(["activist", "an activist"], "KEN")
RITZ = oth(["ritz-carlton", "the ritz-carlton"], None)
NG_NATGUARD = mil(["army national guard", "national guard", "national guard personnel", "300 national guard personnel"], "USA")
USA_CRIME = civ(["crimes", "criminals", "crime"], "USA")
TZA_NEC = gov(["tanzania's electoral commission", "electoral commission", "tanzania", "national electoral commission"], "TZA")
MPINA = per(["luhaga mpina", "mpina", "act-wazalendo", "act-wazalendo candidate luhaga mpina"], "TZA")
BLR_AUTH = gov(["belarus", "belarusian authorities", "authorities", "penal colony"], "BLR")
STATKEVICH = per(["mikola statkevich", "statkevich", "belarusian opposition politician mikola statkevich"], "BLR")
ECU_GOV = gov(["ecuador", "ecuadorian government", "government", "ecuadorian"], "ECU")
ECU_PROT = civ(["indigenous-led protests", "protesters", "indigenous protesters", "protests", "indigenous"], "ECU")
JAM_SHOOTER = ag(["gunmen", "shooter", "attackers", "unknown"], "JAM")
JAM_CIV = civ(["five people", "people", "six others"], "JAM")
MEX_COURT = gov(["a court in mexico", "court", "mexico", "mexican court"], "MEX")
BRAVO = per(["omar bravo", "bravo", "footballer omar bravo"], "MEX")
MEX_POLICE = gov(["police", "mexican authorities", "authorities", "mexico"], "MEX")
UNSC = igo(["united nations security council", "security council", "unsc", "united nations", "un"])
SHARAA = gov(["ahmed al-sharaa", "al-sharaa", "syrian president ahmed al-sharaa", "anas khattab", "syria", "syrian"], "SYR")
KAZ = st(["kazakhstan", "kazakh"], "KAZ")
PER_CONG = gov(["peru's congress", "congress", "peru", "congress of peru", "peruvian congress"], "PER")
PER = st(["peru", "peruvian", "peruvian government"], "PER")
SHEINBAUM = gov(["claudia sheinbaum", "sheinbaum", "mexican president claudia sheinbaum", "mexico"], "MEX")
MEX = st(["mexico", "mexican", "mexican government"], "MEX")
CHAVEZ = per(["betssy chávez", "betssy chavez", "chávez", "former prime minister betssy chávez"], "PER")
UNESCO_GC = igo(["general conference", "unesco", "general conference of unesco", "unesco general conference"])
ENANY = per(["khaled el-enany", "el-enany", "khaled el enany"], "EGY")
CMR_GUNMEN = ag(["gunmen", "separatists", "ambazonian separatists", "unknown"], "CMR")
CMR_CIV = civ(["fifteen people", "people", "eight children", "children", "civilians"], "CMR")
BRA_POLICE = gov(["brazilian police", "police", "brazil"], "BRA")
CV = ag(["comando vermelho", "gang members", "four comando vermelho gang members", "gang", "cv"], "BRA")
KURD_FIGHT = ag(["iraqi kurdish fighters", "kurdish fighters", "armed groups", "armed groups of iraqi kurdish fighters", "pkk"], "IRQ")
IRGC_SF = mil(["irgc led security forces", "security forces", "irgc", "islamic revolutionary guard corps", "iran"], "IRN")
RUS_SHOOTER = per(["a 65-year-old man", "65-year-old man", "man", "suspect"], "RUS")
ALEKSEYEV = mil(["vladimir alekseyev", "lieutenant general vladimir alekseyev", "alekseyev", "russia"], "RUS")
UAE_AUTH = gov(["united arab emirates", "uae", "dubai", "emirati authorities", "authorities"], "ARE")
NGA_BANDITS = ag(["bandits", "heavily armed bandits", "armed bandits"], "NGA")
NGA_CIV = civ(["one person", "person", "community", "villagers"], "NGA")
RSF = ag(["rsf", "rapid support forces", "the rsf"], "SDN")
SDN_AID = civ(["humanitarian aid vehicle", "aid workers", "three people", "people", "civilians"], "SDN")
SAC = mil(["sac", "state administration council", "myanmar military", "tatmadaw", "junta", "myanmar"], "MMR")
MMR_CIV = civ(["civilians", "3 civilians", "three civilians", "homes", "buddhist dharma hall"], "MMR")
DAR = gov(["ishaq dar", "dar", "pakistani deputy prime minister", "pakistan", "pakistani foreign minister"], "PAK")
BAKER = gov(["natalie a. baker", "natalie baker", "baker", "united states", "u.s.", "us chargé d'affaires"], "USA")
UAE = st(["united arab emirates", "uae", "emirati forces", "emirati", "emirates"], "ARE")
SDN_CIV = civ(["civilians", "880 civilians", "sudanese civilians"], "SDN")
RIZQ = ag(["ali rizq", "rizq", "rsf field commander ali rizq"], "SDN")
HTI_GANG = ag(["gangs", "gang", "gang violence", "gangs in haiti"], "HTI")
HTI_CIV = civ(["40 people", "people", "residents", "civilians"], "HTI")

ANN = {
 'conflicts-mar-03': [
  (TRUMP_ADMIN, UKRAINE, ['SANCTION', 'RETREAT'], "U.S. President Donald Trump pauses all U.S. military aid to Ukraine", at('United States')),
  (PAK_BOMBER, PAK_CIV, ['ASSAULT'], "A suicide bomber kills one person and wounds three others in Kalat", at('Kalat', r=F)),
  (COD_MIL, MOBONDO, ['ASSAULT'], "eight members of the Mobondo militia, including one of their leaders, were killed", at('Kwamouth Territory', r=F)),
  (COD_MIL, MOBONDO, ['ASSAULT', 'COERCE'], "when an army patrol seized the group's headquarters in the Kwamouth Territory", at('Kwamouth Territory', r=F)),
 ],
 'law-crime-jun-09': [
  (TRUMP_ADMIN, LA_PROT, ['MOBILIZE'], "orders the deployment of roughly 500 Marines to Los Angeles", at('Los Angeles')),
  (LA_PROT, TRUMP_ADMIN, ['PROTEST', 'ASSAULT'], "amid the ongoing riots in Los Angeles, California", at('Los Angeles', r=F)),
  (CALIFORNIA, TRUMP_ADMIN, ['ACCUSE', 'DISAPPROVE'], "The U.S. state of California sues the Donald Trump administration", at('California')),
  (TRUMP_ADMIN, LA_PROT, ['MOBILIZE'], "for deploying the National Guard to Los Angeles", at('Los Angeles', r=F)),
  (GLENDALE, ICE, ['REJECT', 'SANCTION'], "The city of Glendale ends a contract with the U.S. Immigration and Customs Enforcement", at('Glendale')),
  (NIR_RIOT, NIR_POLICE, ['ASSAULT', 'PROTEST'], "Two police cars and multiple properties are damaged in Ballymena", at('Ballymena', r=F)),
  (NIR_POLICE, NIR_RIOT, ['COERCE'], "with 15 police officers being injured and one rioter arrested", at('Ballymena', r=F)),
  (NIR_POLICE, ROM_TEENS, ['ACCUSE', 'COERCE'], "two Romanian teenagers were charged for the attempted rape", NOWHERE_NR),
  (CZ_COURT, COL_NAT, ['COERCE'], "A court in Prague, Czech Republic, sentences a Colombian national to eight years in prison", at('Prague')),
  (COL_NAT, CZ_PUB, ['ASSAULT'], "over a 2024 arson attack on public buses", NOWHERE_NR),
  (FIALA, RUSSIA, ['ACCUSE'], "Czech prime minister Petr Fiala says the arson attack is part of Russia's hybrid war", at('Czech Republic', r=F)),
  (TREASURY, GUZMAN, ['SANCTION'], "The U.S. Treasury Department imposes sanctions on Iván Archivaldo Guzmán Salazar", at('United States')),
 ],
 'law-crime-aug-12': [
  (SETTLERS, PAL_US_MAN, ['ASSAULT'], "Israeli settlers beat a Palestinian-American man to death in the West Bank", at('West Bank')),
  (GTM_COURT, GTM_OFF, ['COERCE'], "A Guatemalan court sentences six former police officers and child protection officials", at('Guatemala')),
  (nat(["fire", "2017 fire", "orphanage fire"]), None, ['ASSAULT'], "a 2017 fire at an orphanage in San José Pinula", at('San José Pinula', r=F)),
  (IND_POLICE, IND_ACT, ['COERCE'], "Indian police arrest dozens of animal rights activists", at('New Delhi')),
  (IND_ACT, IND_SC, ['PROTEST'], "protesting at the India Gate in New Delhi against the Supreme Court's decision", at('New Delhi', r=F)),
  (SEOUL_COURT, KIM_KH, ['COERCE'], "The Seoul Central District Court issues an arrest warrant for former South Korean first lady", at('Seoul')),
  (KEN_ACT, RITZ, ['ACCUSE', 'DISAPPROVE'], "an activist files a lawsuit against the Ritz-Carlton", NOWHERE_NR),
 ],
 'disasters-sep-13': [
  (nat(["boat", "capsizing", "boat capsized"]), None, ['ASSAULT'], "after a boat carrying 74 passengers capsized off Tobruk", at('Tobruk', r=F)),
  (nat(["bus", "bus crash", "river"]), None, ['ASSAULT'], "after a bus carrying wedding guests plunged into a river in Zamfara State", at('Zamfara State', r=F)),
  (nat(["multi-vehicle collision", "collision", "crash"]), None, ['ASSAULT'], "in a multi-vehicle collision along Federal Highway 180 between Campeche and Mérida", at('Mexico', r=F)),
  (nat(["de havilland canada dhc-2 beaver", "crash", "plane", "dhc-2 beaver"]), None, ['ASSAULT'], "crashes near Makepeace Lake in Manitoba, Canada", at('Manitoba', r=F)),
  (nat(["explosion", "gas leak", "gas explosion"]), None, ['ASSAULT'], "in an explosion due to a gas leak at a bar in Madrid", at('Madrid', r=F)),
 ],
 'politics-sep-15': [
  (TRUMP_ADMIN, USA_CRIME, ['MOBILIZE'], "orders the deployment of the Army National Guard to Memphis", at('Memphis')),
  (TZA_NEC, MPINA, ['REJECT', 'COERCE'], "Tanzania's electoral commission disqualifies ACT-Wazalendo candidate Luhaga Mpina", at('Tanzania')),
  (BLR_AUTH, STATKEVICH, ['COERCE'], "is returned to a penal colony in Hlybokaye, Vitebsk region", at('Hlybokaye', r=F)),
  (STATKEVICH, BLR_AUTH, ['REJECT'], "after refusing deportation to Lithuania", NOWHERE_NR),
 ],
 'law-crime-oct-05': [
  (TRUMP_ADMIN, USA_CRIME, ['MOBILIZE'], "authorizes the deployment of 300 National Guard personnel to Chicago", at('Chicago')),
  (ECU_GOV, ECU_PROT, ['MOBILIZE', 'COERCE'], "Ecuador enforces a state of emergency in ten provinces", at('Ecuador', r=F)),
  (ECU_PROT, ECU_GOV, ['PROTEST'], "amid ongoing Indigenous-led protests against the government's removal", at('Ecuador', r=F)),
  (JAM_SHOOTER, JAM_CIV, ['ASSAULT'], "in a mass shooting at a local establishment in Commodore, Linstead", at('Linstead', r=F)),
  (MEX_COURT, BRAVO, ['ACCUSE', 'COERCE'], "A court in Mexico formally indicts footballer Omar Bravo", at('Mexico')),
  (MEX_POLICE, BRAVO, ['COERCE'], "following his arrest in Zapopan, Jalisco, yesterday afternoon", at('Zapopan', r=F)),
 ],
 'relations-nov-06': [
  (UNSC, SHARAA, ['CONCEDE', 'RETREAT', 'AGREE'], "The United Nations Security Council votes to lift sanctions on Syrian president", NOWHERE_NR),
  (KAZ, ISRAEL, ['AGREE', 'COOPERATE'], "Kazakhstan formally joins the Abraham Accords", at('Kazakhstan')),
  (PER_CONG, SHEINBAUM, ['REJECT', 'DISAPPROVE', 'SANCTION'], "Peru's Congress declares Mexican president Claudia Sheinbaum a persona non grata", at('Peru')),
  (PER, MEX, ['SANCTION', 'REJECT'], "after Peru cut diplomatic ties with Mexico", at('Peru', r=F)),
  (MEX, CHAVEZ, ['AID', 'SUPPORT'], "for granting asylum to former prime minister Betssy Chávez", NOWHERE_NR),
  (UNESCO_GC, ENANY, ['SUPPORT', 'AGREE'], "Khaled El-Enany is elected director-general of UNESCO by the General Conference", at('Samarkand', r=F)),
 ],
 'conflicts-jan-14': [
  (CMR_GUNMEN, CMR_CIV, ['ASSAULT'], "are killed by gunmen in a mass shooting in Ndu", at('Ndu', r=F)),
  (BRA_POLICE, CV, ['ASSAULT'], "Brazilian police kill four Comando Vermelho gang members in a raid in Rio de Janeiro", at('Rio de Janeiro')),
  (CV, BRA_POLICE, ['ASSAULT'], "A police helicopter is shot at and damaged", at('Rio de Janeiro', r=F)),
  (KURD_FIGHT, IRAN, ['ASSAULT', 'MOBILIZE'], "have allegedly infiltrated the Iranian border", at('Iran', r=F)),
  (KURD_FIGHT, IRGC_SF, ['ASSAULT'], "they engaged in clashes with IRGC led security forces", at('Iran', r=F)),
 ],
 'disasters-feb-05': [
  (nat(["tropical storm penha", "penha", "storm", "tropical storm"]), None, ['ASSAULT'], "after Tropical Storm Penha makes landfall in the southern Philippines", at('Philippines', r=F)),
  (nat(["explosion", "coal mine explosion", "illegal coal mine"]), None, ['ASSAULT'], "An explosion at an illegal coal mine in East Jaintia Hills district", at('East Jaintia Hills', r=F)),
  (nat(["bus", "bus crash", "slope"]), None, ['ASSAULT'], "falls down a 200-meter slope near Kathmandu", at('Kathmandu', r=F)),
  (nat(["bus", "bus crash", "ravine"]), None, ['ASSAULT'], "falls down a 100-meter ravine in Eliodoro Camacho Province", at('Eliodoro Camacho Province', r=F)),
  (nat(["car", "car crash", "crash"]), None, ['ASSAULT'], "when a car crashes into a 99 Ranch Market in Westwood", at('Los Angeles', r=F)),
  (nat(["double-decker bus", "bus", "collision"]), None, ['ASSAULT'], "when a double-decker bus strikes pedestrians in Dublin", at('Dublin', r=F)),
 ],
 'conflicts-feb-08': [
  (RUS_SHOOTER, ALEKSEYEV, ['ASSAULT'], "accused of shooting and critically injuring lieutenant general Vladimir Alekseyev", NOWHERE_NR),
  (UAE_AUTH, RUS_SHOOTER, ['COERCE'], "is detained in Dubai, United Arab Emirates", at('Dubai', r=F)),
  (UAE_AUTH, RUSSIA, ['COOPERATE', 'COERCE'], "and is deported to Moscow, Russia", NOWHERE_NR),
  (NGA_BANDITS, NGA_CIV, ['ASSAULT'], "One person is killed in a shooting attack by heavily armed bandits", at('Kwara State')),
  (RSF, SDN_AID, ['ASSAULT'], "when an airstrike carried out by the RSF hits a humanitarian aid vehicle in North Kordofan", at('North Kordofan')),
  (SAC, MMR_CIV, ['ASSAULT'], "3 civilians die in airstrikes carried out by the SAC in Chin State", at('Chin State')),
 ],
 'conflicts-may-11': [
  (DAR, BAKER, ['CONSULT'], "Ishaq Dar meets with United States chargé d'affaires Natalie A. Baker in Islamabad", at('Islamabad')),
  (UAE, IRAN, ['ASSAULT'], "the United Arab Emirates has secretly joined Israel and the U.S. in carrying out airstrikes on Iran", at('Iran', r=F)),
  (UAE, IRAN, ['ASSAULT'], "Emirati forces have reportedly struck a oil refinery on Lavan Island", at('Lavan Island', r=F)),
  (RSF, SDN_CIV, ['ASSAULT'], "880 civilians in Sudan had been killed in drone strikes by the Rapid Support Forces", at('Sudan', r=F)),
  (RIZQ, RSF, ['RETREAT', 'REJECT'], "RSF field commander Ali Rizq announces that he will defect", NOWHERE_NR),
  (HTI_GANG, HTI_CIV, ['ASSAULT'], "people are reported injured following gang violence in Cité Soleil", at('Cité Soleil')),
 ],
 'disasters-may-14': [
  (nat(["landslide"]), None, ['ASSAULT'], "Nine people are killed in a landslide near an illegal gold mining site", at('West Sumatra', r=F)),
  (nat(["speeding vehicle", "vehicle", "collision", "crash"]), None, ['ASSAULT'], "after a speeding vehicle collides with a tree near Gardabani", at('Gardabani', r=F)),
  (nat(["diving", "diving accident"]), None, ['ASSAULT'], "found dead after diving in the waters of Alimathaa", at('Alimathaa', r=F)),
  (nat(["medical plane", "plane", "crash", "trans aero medevac"]), None, ['ASSAULT'], "loses radio contact and crashes near Ruidoso", at('Ruidoso', r=F)),
  (nat(["truck", "bus", "collision"]), None, ['ASSAULT'], "after a truck collided with a bus in Dubai", at('Dubai', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
