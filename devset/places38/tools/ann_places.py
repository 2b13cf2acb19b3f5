# Gold events of the thirty-eighth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Israel': ('ISR', (31.4, 35.0)), 'Ghana': ('GHA', (7.9, -1.0)), 'Mexico': ('MEX', (23.6, -102.5)),
 'Italy': ('ITA', (42.8, 12.8)), 'Peru': ('PER', (-9.2, -75.0)), 'Malaysia': ('MYS', (4.2, 102.0)),
 'Russia': ('RUS', (61.5, 105.3)), 'South Africa': ('ZAF', (-29.0, 24.0)), 'Bolivia': ('BOL', (-16.3, -63.6)),
 'Colombia': ('COL', (3.9, -73.1)), 'United States': ('USA', (39.8, -98.6)),
 # regions, states, provinces, districts, counties, island groups
 'Ashanti Region': ('GHA', (6.75, -1.52)), 'Dawunt District': ('ETH', (11.6, 38.9)),
 'Visayas': ('PHL', (11.0, 123.5)), 'Luzon': ('PHL', (15.5, 121.0)), 'Zamfara State': ('NGA', (12.1, 6.2)),
 'Nile Delta': ('EGY', (30.9, 31.0)), 'North Kordofan': ('SDN', (13.9, 29.8)),
 'Bannu District': ('PAK', (32.99, 70.60)), 'Bajaur District': ('PAK', (34.78, 71.52)),
 'Fairfax County': ('USA', (38.84, -77.28)), 'Kanawha County': ('USA', (38.33, -81.52)),
 'District of Columbia': ('USA', (38.90, -77.04)), 'Onikişubat': ('TUR', (37.60, 36.93)),
 # cities, towns, villages
 'Kryvyi Rih': ('UKR', (47.91, 33.39)), 'Kyiv': ('UKR', (50.45, 30.52)), 'Tel Aviv': ('ISR', (32.08, 34.78)),
 'Tehran': ('IRN', (35.69, 51.39)), 'Phnom Penh': ('KHM', (11.56, 104.92)), 'Aksu-Ayuly': ('KAZ', (48.77, 73.68)),
 'El-Obeid': ('SDN', (13.18, 30.22)), 'Al-Safa': ('SYR', (33.1, 37.0)), 'Sorab': ('PAK', (28.49, 66.26)),
 'Reynosa': ('MEX', (26.09, -98.28)), 'Genoa': ('ITA', (44.41, 8.93)), 'Livorno': ('ITA', (43.55, 10.31)),
 'Trieste': ('ITA', (45.65, 13.78)), 'Venice': ('ITA', (45.44, 12.33)), 'Milan': ('ITA', (45.46, 9.19)),
 'Rome': ('ITA', (41.90, 12.50)), 'Gaza City': ('PSE', (31.52, 34.45)), 'Dera Ismail Khan': ('PAK', (31.83, 70.90)),
 'Raipur': ('IND', (21.25, 81.63)), 'Daejeon': ('KOR', (36.35, 127.38)), 'Mykolaivka': ('UKR', (51.0, 34.6)),
 'Donetsk': ('UKR', (48.00, 37.80)), 'El Fasher': ('SDN', (13.63, 25.35)), 'An-Naqoura': ('LBN', (33.12, 35.14)),
 'Baalbek': ('LBN', (34.01, 36.21)), 'Kfar Kila': ('LBN', (33.28, 35.55)), 'Georgetown': ('GUY', (6.80, -58.16)),
 'Al-Dumayr': ('SYR', (33.64, 36.69)), 'Zapopan': ('MEX', (20.72, -103.39)), 'Vienna': ('AUT', (48.21, 16.37)),
 'Los Angeles': ('USA', (34.05, -118.24)), 'Prague': ('CZE', (50.08, 14.44)), 'Colombo': ('LKA', (6.93, 79.85)),
 'Epsom': ('GBR', (51.33, -0.27)), 'Mirzapur': ('IND', (25.15, 82.57)), 'San Juan del Río': ('MEX', (20.39, -99.99)),
 'Burgas': ('BGR', (42.50, 27.47)), 'Ōtsuchi': ('JPN', (39.36, 141.90)), 'Vilnius': ('LTU', (54.69, 25.28)),
 'Garowe': ('SOM', (8.41, 48.48)), 'Zamboanga City': ('PHL', (6.91, 122.07)), 'Islamabad': ('PAK', (33.69, 73.05)),
}
COUNTRY_LEVEL = {'Israel', 'Ghana', 'Mexico', 'Italy', 'Peru', 'Malaysia', 'Russia', 'South Africa', 'Bolivia',
                 'Colombia', 'United States'}


def at(name, r=True, s='a'):
    iso, ll = P[name]
    return {'w': (name, iso), 'll': ll, 'r': r, 's': s}


NOWHERE_NR = {'w': None, 'r': False}


def nat(names):  # a natural event or an accident: no agent, the event is the source
    return oth(names, None)


def unk(names=("unknown", "unidentified attackers", "attackers")):  # an act whose agent the page does not name
    return oth(list(names), None)


# actors
RUS_MIL = mil(["russia", "russian", "russian forces", "russian military", "russian army"], "RUS")
UKR_MIL = mil(["ukraine", "ukrainian", "ukrainian forces", "ukrainian military", "ukrainian army"], "UKR")
UKR_CIV = civ(["people", "civilians", "four people", "at least four people", "residents", "ukrainians"], "UKR")
ISR_GOV = gov(["government of israel", "israeli government", "israel", "israeli cabinet", "government"], "ISR")
ISR_MIL = mil(["israel", "israeli", "israeli forces", "israeli military", "idf", "israel defense forces",
               "israeli army", "israeli drone", "israeli airstrikes"], "ISR")
HAMAS = ag(["hamas"], "PSE")
PAL_MAN = per(["palestinian man", "palestinian", "man", "perpetrator", "attacker"], "PSE")
ISR_CIV = civ(["man", "israeli man", "israeli", "civilian", "a man"], "ISR")
ISR_ARMED = civ(["armed civilian", "civilian", "israeli civilian"], "ISR")
IRN_JUDGES = gov(["judges", "two judges", "supreme court of iran", "supreme court", "iranian judges", "judge"], "IRN")
GHA_MIL = mil(["ghanian soldiers", "ghanaian soldiers", "soldiers", "ghana", "ghanaian army", "ghana armed forces"], "GHA")
GHA_MINERS = civ(["illegal miners", "miners", "seven people", "galamsey miners"], "GHA")
MAHAMA = gov(["john mahama", "mahama", "ghanian president", "ghanaian president", "president", "ghana"], "GHA")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SDN_CIV = civ(["people", "civilians", "patients", "hospital", "sudanese"], "SDN")
SDN_MIL = mil(["sudanese armed forces", "saf", "sudanese army", "sudan", "army"], "SDN")
ISIL = ag(["islamic state", "isil", "isis", "is", "daesh"], None)
SYR_MIL = mil(["soldiers", "syrian transitional government", "syrian army", "syrian forces", "syria",
               "syrian soldiers"], "SYR")
BLA = ag(["balochistan liberation army", "bla", "militants", "insurgents"], "PAK")
PAK_GOV = gov(["government official", "pakistan", "pakistani government", "government", "official", "bank",
               "security forces"], "PAK")
MEX_POLICE = gov(["mexican law enforcement", "law enforcement", "mexican authorities", "police", "mexico",
                  "authorities"], "MEX")
LOS_METROS = ag(["los metros", "los metros drug cartel", "cartel", "nine alleged members", "gulf cartel",
                 "drug cartel"], "MEX")
FUGITIVO = civ(["grupo fugitivo", "musical group", "musicians", "band"], "MEX")
ITA_PROT = civ(["people", "thousands of people", "protesters", "demonstrators", "italians", "workers",
                "unions"], "ITA")
ITA_DOCK = civ(["dock workers", "workers", "dockworkers", "port workers", "unions"], "ITA")
ITA_MARCH = civ(["people", "20,000 people", "protesters", "demonstrators", "marchers"], "ITA")
ITA_POLICE = gov(["police", "italian police", "riot police"], "ITA")
ISR = st(["israel", "israeli", "israeli government", "israeli occupation"], "ISR")
PSE_CIV = civ(["gaza city", "palestinians", "gaza", "gaza strip", "hamas"], "PSE")
SYR_GOV = gov(["syrian transitional government", "syrian government", "syria", "transitional government",
               "government"], "SYR")
SYR_OLD = gov(["previous administration", "assad government", "former government", "covert operation"], "SYR")
MACC = gov(["malaysian anti-corruption commission", "macc", "anti-corruption commission", "malaysia",
            "commission"], "MYS")
MYS_COMP = oth(["companies", "multiple companies", "firms"], "MYS")
CJNG = ag(["jalisco new generation cartel", "cjng", "gunmen", "suspected jalisco new generation cartel gunmen",
           "cartel gunmen"], "MEX")
MEX_CIV = civ(["people", "three people", "lamborghini", "occupants", "victims"], "MEX")
PUTIN = gov(["vladimir putin", "putin", "russian president", "russian president vladimir putin", "russia",
             "government", "russian government"], "RUS")
INTL_COURTS = igo(["foreign or international courts", "international courts", "courts", "foreign courts"])
USA_MIL = mil(["u.s. forces", "us forces", "united states", "u.s.", "us", "us military", "u.s. military",
               "american forces"], "USA")
SMUGGLERS = oth(["alleged drug smuggling boats", "drug smugglers", "boats", "drug traffickers", "eleven people",
                 "people"], None)
PAK_POLICE = gov(["police", "police station", "pakistani police", "pakistan", "security forces"], "PAK")
PAK_ATTACKERS = ag(["attackers", "12 attackers", "militants", "gunmen"], "PAK")
PAK_MIL = mil(["security post", "security forces", "pakistani forces", "pakistan", "soldiers", "army"], "PAK")
AUT_PROS = oth(["prosecutors", "authorities", "austrian prosecutors", "austria", "court"], None)
IS_MEMBER = per(["islamic state member", "21-year-old islamic state member", "islamic state", "member",
                 "suspect"], None)
SWIFT_FANS = civ(["taylor swift concert", "concert", "concertgoers", "fans", "taylor swift"], "AUT")
TUR_SHOOTER = oth(["perpetrator", "shooter", "school shooting", "gunman", "attacker", "unknown"], "TUR")
TUR_CIV = civ(["students", "victims", "victim", "people", "school"], "TUR")
USA_POLICE = gov(["police", "los angeles police", "lapd", "los angeles police department", "authorities"], "USA")
D4VD = per(["d4vd", "singer d4vd", "singer"], "USA")
CZE_AUTH = gov(["czech authorities", "czech police", "czech republic", "czechia", "authorities", "police"], "CZE")
ZALDY_CO = per(["zaldy co", "former legislator zaldy co", "legislator", "co"], "PHL")
LKA_CUSTOMS = gov(["sri lankan customs officials", "customs officials", "sri lankan customs", "sri lanka",
                   "customs", "officials"], "LKA")
CHN_NATS = civ(["nine chinese nationals", "chinese nationals", "chinese", "smugglers"], "CHN")
SURREY_POLICE = gov(["surrey police", "police", "riot police"], "GBR")
GBR_PROT = civ(["protesters", "anti-immigration protesters", "demonstrators"], "GBR")
GBR_RAPISTS = oth(["men", "unknown", "attackers", "rapists"], None)
GBR_WOMAN = civ(["woman", "a woman", "victim"], "GBR")
ZAF_COURT = gov(["court", "south african court", "south africa", "judge", "magistrate"], "ZAF")
MALEMA = per(["julius malema", "malema", "economic freedom fighters leader julius malema",
              "economic freedom fighters", "eff"], "ZAF")
FAIRFAX = per(["justin fairfax", "fairfax", "former virginia lieutenant governor", "lieutenant governor"], "USA")
FAIRFAX_WIFE = civ(["his wife", "wife", "cerina fairfax"], "USA")
BOLIVIA = st(["bolivia", "bolivian", "bolivian government", "la paz"], "BOL")
COLOMBIA = st(["colombia", "colombian", "colombian government", "gustavo petro", "petro", "bogota", "bogotá"], "COL")
BOL_PROT = civ(["protesters", "anti-government protests", "protests", "bolivians", "demonstrators"], "BOL")
BOL_GOV = gov(["bolivian government", "government", "bolivia"], "BOL")
OFAC = gov(["u.s. office of foreign assets control", "office of foreign assets control", "ofac",
            "united states", "u.s.", "us", "us government", "treasury", "trump administration"], "USA")
ALBANESE = per(["francesca albanese", "albanese", "un special rapporteur", "special rapporteur"], "ITA")
USA_JUDGE = gov(["richard j. leon", "richard leon", "leon", "district judge", "judge", "court", "district court"], "USA")
LTU_GOV = gov(["lithuania", "lithuanian government", "lithuanian military", "military", "authorities"], "LTU")
LTU_CIV = civ(["general population", "population", "residents", "vilnius residents"], "LTU")
PUNTLAND = gov(["government of puntland", "puntland", "puntland officials", "puntland government", "officials"], "SOM")
USA = st(["united states", "us", "u.s.", "united states delegation", "u.s. representatives", "us delegation",
          "delegation", "american"], "USA")
PHL_SHOOTER = oth(["perpetrator", "student", "shooter", "gunman", "unknown"], "PHL")
PHL_CIV = civ(["student", "students", "people", "nine other people", "victims"], "PHL")
PAK_SC = gov(["pakistan's supreme court", "supreme court", "supreme court of pakistan", "pakistan", "court"], "PAK")
IMRAN = per(["imran khan", "khan", "former prime minister imran khan", "former prime minister"], "PAK")
UNIFIL = igo(["unifil", "unifil forces", "united nations interim force in lebanon", "peacekeepers"])
LBN_CIV = civ(["people", "three people", "lebanese", "civilians", "hezbollah"], "LBN")
GUY_CIV = civ(["child", "a child", "people", "four other people", "civilians"], "GUY")
GUY_BOMBER = oth(["man", "a man", "perpetrators", "unknown", "bomber"], None)
RSF_EF = ag(["rapid support forces", "rsf"], "SDN")

ANN = {
 'conflicts-jan-18': [
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in a Russian ballistic missile strike on Kryvyi Rih", at('Kryvyi Rih')),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "killed in Russian missile and drone attacks on Kyiv", at('Kyiv')),
  (ISR_GOV, HAMAS, ['AGREE', 'COOPERATE'], "The Government of Israel approves the proposed Gaza ceasefire agreement", at('Israel')),
  (PAL_MAN, ISR_CIV, ['ASSAULT'], "stabs and seriously injures a man in central Tel Aviv", at('Tel Aviv')),
  (ISR_ARMED, PAL_MAN, ['ASSAULT'], "An armed civilian subsequently shoots and kills the perpetrator", at('Tel Aviv')),
  (unk(("perpetrator", "gunman", "shooter", "unknown")), IRN_JUDGES, ['ASSAULT'], "in a mass shooting at the Supreme Court of Iran in Tehran", at('Tehran', r=F)),
  (GHA_MIL, GHA_MINERS, ['ASSAULT'], "Ghanian soldiers open fire on illegal miners at a gold mine in Ashanti Region", at('Ashanti Region')),
  (MAHAMA, GHA_MIL, ['REQUEST'], "Ghanian president John Mahama calls for an investigation into the incident", at('Ghana', r=F)),
 ],
 'disasters-jan-23': [
  (nat(["bus", "bus overturned", "accident", "crash"]), None, ['ASSAULT'], "after a bus overturned in Dawunt District", at('Dawunt District', r=F)),
  (nat(["stampede", "crowd crush"]), None, ['ASSAULT'], "in a stampede at Cambodian businessman Sok Kong's home in Phnom Penh", at('Phnom Penh', r=F)),
  (nat(["pileup", "nineteen vehicles", "collision", "accident"]), None, ['ASSAULT'], "pileup along the Yekaterinburg-Almaty highway near Aksu-Ayuly", at('Aksu-Ayuly', r=F)),
 ],
 'conflicts-may-30': [
  (RSF, SDN_CIV, ['ASSAULT'], "in a drone strike by the Rapid Support Forces on a hospital in El-Obeid", at('El-Obeid')),
  (ISIL, SYR_MIL, ['ASSAULT'], "claims responsibility for a vehicle bombing in Al-Safa", at('Al-Safa', r=F)),
  (BLA, PAK_GOV, ['ASSAULT'], "briefly seizes control of a high-security area in Sorab", at('Sorab')),
  (BLA, PAK_GOV, ['ASSAULT'], "killing a government official and looting a bank before fleeing", at('Sorab', r=F)),
  (MEX_POLICE, LOS_METROS, ['COERCE'], "Nine alleged members of the Los Metros drug cartel are arrested by Mexican law enforcement", at('Mexico')),
  (LOS_METROS, FUGITIVO, ['ASSAULT'], "who disappeared in Reynosa, Tamaulipas", at('Reynosa', r=F)),
 ],
 'politics-sep-23': [
  (ITA_PROT, ISR, ['PROTEST'], "Thousands of people across Italy hold rallies and a general strike", at('Italy')),
  (ITA_DOCK, None, ['PROTEST'], "Dock workers at ports in Genoa", at('Genoa')),
  (ITA_DOCK, None, ['PROTEST'], "at ports in Genoa, Livorno", at('Livorno', r=F)),
  (ITA_DOCK, None, ['PROTEST'], "ports in Genoa, Livorno, Trieste", at('Trieste', r=F)),
  (ITA_DOCK, None, ['PROTEST'], "Trieste, and Venice hold strikes", at('Venice', r=F)),
  (ITA_PROT, ITA_POLICE, ['PROTEST', 'ASSAULT'], "protesters clash with police in Milan", at('Milan')),
  (ITA_POLICE, ITA_PROT, ['COERCE', 'ASSAULT'], "clash with police in Milan and", at('Milan', r=F)),
  (ITA_MARCH, None, ['PROTEST'], "20,000 people march in Rome", at('Rome')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "recent ground offensive into Gaza City", at('Gaza City', r=F)),
 ],
 'disasters-sep-26': [
  (nat(["typhoon bualoi", "typhoon", "bualoi"]), None, ['ASSAULT'], "Typhoon Bualoi makes landfall in Visayas", at('Visayas', r=F)),
  (nat(["typhoon bualoi", "typhoon", "bualoi"]), None, ['ASSAULT'], "in Visayas and southern Luzon in the Philippines", at('Luzon', r=F)),
  (nat(["collapse", "gold mining pit", "mine collapse"]), None, ['ASSAULT'], "collapse of a gold mining pit in Zamfara State", at('Zamfara State', r=F)),
  (nat(["collision", "minibus", "trucks"]), None, ['ASSAULT'], "when a minibus collides with two trucks in the southern Peruvian Andes", at('Peru', r=F)),
  (nat(["building collapse", "fire", "collapse"]), None, ['ASSAULT'], "when a building collapses following a fire in Nile Delta", at('Nile Delta', r=F)),
  (nat(["truck crash", "truck", "crash"]), None, ['ASSAULT'], "after a truck crashes in Dera Ismail Khan", at('Dera Ismail Khan', r=F)),
  (nat(["roof collapse", "roof", "steel plant"]), None, ['ASSAULT'], "when a roof collapses at a steel plant in Raipur", at('Raipur', r=F)),
  (nat(["fire", "explosion", "lithium-ion battery", "blaze"]), None, ['ASSAULT'], "A fire at a South Korean government data center in Daejeon", at('Daejeon', r=F)),
 ],
 'conflicts-oct-26': [
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in a Russian drone strike on a minibus in Mykolaivka", at('Mykolaivka')),
  (UKR_MIL, civ(["people", "two people", "elderly woman", "residents", "civilians"], "UKR"), ['ASSAULT'], "in a Ukrainian drone strike on an apartment building", at('Donetsk')),
  (RSF_EF, SDN_MIL, ['ASSAULT'], "The Rapid Support Forces say that they have captured El Fasher", at('El Fasher', r=F)),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "two Israeli airstrikes in An-Naqoura", at('An-Naqoura')),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "in An-Naqoura and Baalbek, Lebanon", at('Baalbek', r=F)),
  (ISR_MIL, UNIFIL, ['ASSAULT'], "an Israeli drone drops a grenade near UNIFIL forces in Kfar Kila", at('Kfar Kila')),
  (GUY_BOMBER, GUY_CIV, ['ASSAULT'], "A man plants an explosive near propane gas cylinders", at('Georgetown', r=F)),
 ],
 'law-crime-dec-29': [
  (MACC, MYS_COMP, ['COERCE'], "The Malaysian Anti-Corruption Commission raids multiple companies", at('Malaysia')),
  (SYR_GOV, None, ['MOBILIZE'], "orders the military to secure a mass grave at a former military base near Al-Dumayr", at('Al-Dumayr')),
  (SYR_GOV, SYR_OLD, ['ACCUSE', 'COERCE'], "opens a criminal investigation into a covert operation", at('Al-Dumayr', r=F)),
  (CJNG, MEX_CIV, ['ASSAULT'], "gunmen open fire on a Lamborghini in Zapopan", at('Zapopan')),
  (PUTIN, INTL_COURTS, ['REJECT'], "Russian president Vladimir Putin signs a law allowing the government to disregard criminal judgments", at('Russia', r=F)),
 ],
 'conflicts-feb-16': [
  (unk(("drone strikes", "drones", "unknown")), SDN_CIV, ['ASSAULT'], "in drone strikes on two crowded markets in North Kordofan", at('North Kordofan', r=F)),
  (USA_MIL, SMUGGLERS, ['ASSAULT'], "U.S. forces launch strikes on three alleged drug smuggling boats", NOWHERE_NR),
  (unk(("motorcycle bombing", "bombing", "bomb", "unknown")), PAK_POLICE, ['ASSAULT'], "in a motorcycle bombing near a police station in Bannu District", at('Bannu District', r=F)),
  (PAK_ATTACKERS, PAK_MIL, ['ASSAULT'], "in an attack on a security post in Bajaur District", at('Bajaur District', r=F)),
  (AUT_PROS, IS_MEMBER, ['ACCUSE', 'COERCE'], "A 21-year-old Islamic State member is charged with terrorism", NOWHERE_NR),
  (IS_MEMBER, SWIFT_FANS, ['ASSAULT'], "for plotting an attack on a Taylor Swift concert in Vienna", at('Vienna', s='h')),
 ],
 'law-crime-apr-16': [
  (TUR_SHOOTER, TUR_CIV, ['ASSAULT'], "yesterday's school shooting in Onikişubat", at('Onikişubat', r=F)),
  (USA_POLICE, D4VD, ['COERCE'], "Police arrest singer d4vd in Los Angeles", at('Los Angeles')),
  (CZE_AUTH, ZALDY_CO, ['COERCE'], "Czech authorities have arrested former legislator Zaldy Co in Prague", at('Prague')),
  (LKA_CUSTOMS, CHN_NATS, ['COERCE'], "Sri Lankan customs officials arrest nine Chinese nationals", at('Colombo')),
  (SURREY_POLICE, GBR_PROT, ['COERCE', 'THREATEN'], "Surrey Police issue a disorder warning in Epsom", at('Epsom', r=F)),
  (GBR_PROT, SURREY_POLICE, ['PROTEST', 'ASSAULT'], "after protesters clash with riot police in the town", at('Epsom')),
  (GBR_RAPISTS, GBR_WOMAN, ['ASSAULT'], "men who gang raped a woman outside a Methodist Church", at('Epsom', r=F)),
  (ZAF_COURT, MALEMA, ['COERCE'], "Economic Freedom Fighters leader Julius Malema is sentenced to five years imprisonment", at('South Africa', r=F)),
  (FAIRFAX, FAIRFAX_WIFE, ['ASSAULT'], "former Virginia lieutenant governor Justin Fairfax murdered his wife", at('Fairfax County')),
 ],
 'disasters-apr-22': [
  (nat(["leak", "chemical reaction", "chemical disaster", "nitric acid"]), None, ['ASSAULT'], "at a facility in Kanawha County, West Virginia", at('Kanawha County', r=F)),
  (nat(["collision", "multiple-vehicle collision", "crash"]), None, ['ASSAULT'], "in a multiple-vehicle collision in Mirzapur", at('Mirzapur', r=F)),
  (nat(["bus", "bus crash", "crash"]), None, ['ASSAULT'], "bus crashes into a tree on a highway near San Juan del Río", at('San Juan del Río', r=F)),
  (nat(["passenger bus", "bus", "crash"]), None, ['ASSAULT'], "crashes into a ditch in Burgas, Bulgaria", at('Burgas', r=F)),
  (nat(["wildfires", "wildfire", "two wildfires"]), None, ['ASSAULT'], "Two wildfires broke out in Ōtsuchi", at('Ōtsuchi', r=F)),
 ],
 'relations-may-20': [
  (BOLIVIA, COLOMBIA, ['SANCTION', 'COERCE'], "Bolivia and Colombia expel each other's ambassadors", at('Bolivia')),
  (COLOMBIA, BOLIVIA, ['SANCTION', 'COERCE'], "expel each other's ambassadors amid a diplomatic dispute", at('Colombia', r=F)),
  (BOL_PROT, BOL_GOV, ['PROTEST'], "regarding anti-government protests in Bolivia", at('Bolivia', r=F)),
  (OFAC, ALBANESE, ['CONCEDE'], "The U.S. Office of Foreign Assets Control removes sanctions on Francesca Albanese", at('United States')),
  (USA_JUDGE, OFAC, ['REJECT'], "district judge Richard J. Leon of the District of Columbia blocked measures", at('District of Columbia', r=F)),
  (LTU_GOV, LTU_CIV, ['MOBILIZE'], "Lithuania issues an air raid alert in Vilnius", at('Vilnius', r=F)),
  (PUNTLAND, USA, ['CONSULT'], "hosted a high-level United States delegation in the presidential palace in Garowe", at('Garowe')),
 ],
 'law-crime-aug-18': [
  (PHL_SHOOTER, PHL_CIV, ['ASSAULT'], "in a mass shooting at a junior secondary school building", at('Zamboanga City', r=F)),
  (PAK_SC, IMRAN, ['CONCEDE', 'COERCE'], "Pakistan's Supreme Court orders imprisoned former prime minister Imran Khan transferred", at('Islamabad', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
