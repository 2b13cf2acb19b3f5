# Gold events of the forty-first place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Israel': ('ISR', (31.4, 35.0)), 'Madagascar': ('MDG', (-19.0, 46.7)), 'Bolivia': ('BOL', (-16.3, -63.6)),
 'Malaysia': ('MYS', (4.2, 102.0)), 'United States': ('USA', (39.8, -98.6)), 'Pakistan': ('PAK', (30.4, 69.3)),
 'Spain': ('ESP', (40.2, -3.7)), 'Ecuador': ('ECU', (-1.8, -78.2)), 'Croatia': ('HRV', (45.1, 15.2)),
 # territories, regions, states, provinces, districts, departments, islands
 'Gaza': ('PSE', (31.42, 34.37)), 'Oléron': ('FRA', (45.93, -1.30)), 'Akita Prefecture': ('JPN', (39.7, 140.4)),
 'Hazaribagh district': ('IND', (24.0, 85.4)), 'Colorado': ('USA', (39.0, -105.5)),
 'West Java': ('IDN', (-6.9, 107.6)), 'Jalisco': ('MEX', (20.6, -103.6)), 'Sindh': ('PAK', (26.0, 68.5)),
 'Flores': ('IDN', (-8.65, 121.1)), 'Granada': ('ESP', (37.3, -3.3)), 'Mbam-et-Inoubou': ('CMR', (4.75, 11.2)),
 'Zhejiang': ('CHN', (29.2, 120.1)), 'Ko Samui': ('THA', (9.51, 100.01)),
 # cities, towns, villages
 'Bint Jbeil': ('LBN', (33.12, 35.43)), 'Shebaa': ('LBN', (33.35, 35.74)), 'Shaqra': ('LBN', (33.19, 35.45)),
 'Mallam Fatori': ('NGA', (13.67, 13.34)), 'Port-au-Prince': ('HTI', (18.54, -72.34)),
 'Dobropillia': ('UKR', (48.47, 37.08)), 'Al-Fashir': ('SDN', (13.63, 25.35)), 'Gaza City': ('PSE', (31.50, 34.47)),
 'Kabul': ('AFG', (34.53, 69.17)), 'Daraban': ('PAK', (31.73, 70.33)), 'Brussels': ('BEL', (50.85, 4.35)),
 'Aachen': ('DEU', (50.78, 6.08)), 'Würselen': ('DEU', (50.82, 6.13)), 'Doha': ('QAT', (25.29, 51.53)),
 'Talkalakh': ('SYR', (34.67, 36.26)), 'Abu Jarin': ('SYR', (36.2, 37.5)), 'Portland': ('USA', (45.52, -122.68)),
 'Minneapolis': ('USA', (44.98, -93.27)), 'Tegucigalpa': ('HND', (14.07, -87.19)), 'Hoskote': ('IND', (13.07, 77.80)),
 'Don Victoriano': ('PHL', (8.25, 123.55)), 'Steamboat Springs': ('USA', (40.48, -106.83)),
 'Budakeszi': ('HUN', (47.51, 18.93)), "Val-d'Isère": ('FRA', (45.45, 6.98)), 'Karachi': ('PAK', (24.86, 67.01)),
 'Lahore': ('PAK', (31.55, 74.34)), 'Viña del Mar': ('CHL', (-33.02, -71.55)), 'Hamburg': ('DEU', (53.55, 9.99)),
 'Leipzig': ('DEU', (51.34, 12.37)),
}
COUNTRY_LEVEL = {'Israel', 'Madagascar', 'Bolivia', 'Malaysia', 'United States', 'Pakistan', 'Spain', 'Ecuador',
                 'Croatia'}


def at(name, **kw):
    c, ll = P[name]
    return dict(w=(name, c), ll=ll, **kw)


NOWHERE_NR = dict(w=None, r=F)


def nat(names):
    """a natural event or an accident: no agent; the source is the event itself (kind other)"""
    return oth(names, None)


def unk(names=("unknown", "unidentified gunmen", "gunmen", "attackers")):
    return oth(list(names), None)


# actors
ISR_MIL = mil(["israel", "israeli", "israeli forces", "israeli military", "israel defense forces", "idf",
               "israeli airstrikes", "israeli army"], "ISR")
ISR_CAB = gov(["israeli cabinet", "cabinet", "israel", "israeli government", "israeli security cabinet"], "ISR")
PSE_CIV = civ(["palestinians", "people", "civilians", "gazans", "palestinian civilians", "four people",
               "twenty-nine people"], "PSE")
HAMAS = ag(["hamas"], "PSE")
LBN_CIV = civ(["person", "one person", "people", "lebanese", "civilians", "others", "lebanon"], "LBN")
HOUTHIS = ag(["houthis", "houthi", "houthi rebels", "ansar allah"], "YEM")
SHIP = oth(["magic seas", "bulk carrier", "liberian-flagged bulk carrier magic seas", "crew", "ship", "vessel"], "LBR")
BOKO = ag(["boko haram", "boko haram insurgents", "insurgents", "militants"], "NGA")
NGA_CIV = civ(["people", "nine people", "civilians", "residents", "villagers"], "NGA")
HTI_GANGS = ag(["armed gangs", "gangs", "gang", "gang members"], "HTI")
HOTEL = oth(["hotel oloffson", "historic hotel oloffson", "hotel"], "HTI")
RUS_MIL = mil(["russian forces", "russia", "russian army", "russian troops", "russian military", "russian"], "RUS")
UKR_MIL = mil(["ukraine", "ukrainian forces", "ukrainian army", "ukrainian troops", "ukrainian military",
               "armed forces of ukraine"], "UKR")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SDN_CIV = civ(["people", "displaced people", "civilians", "displacement camp", "famine-stricken displacement camp",
               "idps"], "SDN")
CHN_CG = mil(["china coast guard", "china", "chinese coast guard", "coast guard", "china coast guard vessel",
              "chinese navy"], "CHN")
PHL_CG = mil(["philippine coast guard", "philippines", "philippine coast guard vessel", "coast guard"], "PHL")
USA = st(["united states", "us", "u.s.", "america", "american", "us officials", "u.s. central command",
          "central command", "washington", "united states government", "us government", "u.s. government"], "USA")
USA_MIL = mil(["united states", "us", "u.s.", "american", "us military", "u.s. military", "united states military",
               "american airstrike", "pentagon"], "USA")
BOAT = oth(["people", "three people", "boat", "drug traffickers", "alleged drug traffickers"], None)
PAK_MIL = mil(["pakistan air force", "pakistan", "pakistani air force", "pakistani military", "paf",
               "security forces", "pakistani security forces", "pakistan army", "pakistani army", "major",
               "inter-services public relations", "ispr"], "PAK")
TTP = ag(["pakistani taliban", "tehrik-i-taliban pakistan", "ttp", "pakistani taliban members",
          "pakistani taliban leaders", "pakistani taliban militants", "militants", "taliban", "terrorists"], "PAK")
PAK_CIV = civ(["tribal leaders", "three tribal leaders", "people", "civilians", "elders"], "PAK")
MDG_PRES = gov(["andry rajoelina", "rajoelina", "president rajoelina", "malagasy president andry rajoelina",
                "malagasy president", "president", "madagascar"], "MDG")
MDG_NA = gov(["national assembly", "malagasy national assembly", "assembly", "parliament", "lawmakers",
              "madagascar"], "MDG")
MDG_MIL = mil(["malagasy military", "military", "army", "malagasy army", "military council", "capsat",
               "madagascar"], "MDG")
BEL_POL = gov(["federal police", "police", "belgian police", "belgium", "belgian federal police"], "BEL")
BEL_PROT = civ(["demonstrators", "protesters", "80,000 demonstrators", "belgians", "unions", "trade unions",
                "workers"], "BEL")
BEL_GOV = gov(["bart de wever", "de wever", "prime minister bart de wever", "belgian government", "government",
               "belgium", "prime minister"], "BEL")
BOL_COURT = gov(["supreme court", "bolivia's supreme court", "bolivian supreme court", "bolivia", "court",
                 "supreme court of justice"], "BOL")
ANEZ = per(["jeanine áñez", "áñez", "jeanine anez", "anez", "former president jeanine áñez", "former president"], "BOL")
FRA_ATTACKER = oth(["perpetrator", "driver", "attacker", "man", "suspect"], "FRA")
FRA_CIV = civ(["people", "five people", "pedestrians", "cyclists", "victims", "civilians"], "FRA")
FRA_GEND = gov(["gendarmerie", "gendarmes", "french gendarmerie", "police", "france"], "FRA")
MYS_COURT = gov(["malaysian high court", "high court", "court", "malaysia", "judge"], "MYS")
MYS_GOV = gov(["police", "government", "malaysian police", "malaysian government", "royal malaysia police",
               "malaysia", "state"], "MYS")
DEU_COURT = gov(["court", "court in aachen", "aachen court", "regional court", "germany", "german court"], "DEU")
NURSE = per(["nurse", "palliative care nurse", "44-year-old palliative care nurse", "defendant"], "DEU")
DEU_PAT = civ(["patients", "10 patients", "victims"], "DEU")
JPN_MIL = mil(["troops", "japan self-defense forces", "self-defense forces", "sdf", "japan ground self-defense force",
               "japanese troops", "japan", "shinjiro koizumi", "koizumi", "defense minister",
               "japanese defense minister shinjiro koizumi", "ministry of defense"], "JPN")
AKITA = gov(["governor kenta suzuki", "kenta suzuki", "suzuki", "governor", "akita prefecture",
             "local authorities", "akita"], "JPN")
JPN_GOV = gov(["japan", "japanese government", "government", "defense ministry", "ministry of defense",
               "shinjiro koizumi", "koizumi"], "JPN")
BEARS = oth(["bears", "bear attacks", "bear", "bear attack", "bears attacks"], "JPN")
JPN_CIV = civ(["people", "residents", "victims", "civilians"], "JPN")
DRC = st(["democratic republic of the congo", "drc", "dr congo", "congo", "congolese government", "kinshasa",
          "democratic republic of congo"], "COD")
M23 = ag(["m23", "m23 rebels", "march 23 movement", "rebels", "alliance fleuve congo", "afc"], "COD")
SYR_CIV = civ(["people", "four people", "three people", "mayor", "mayor of wady al-mawla", "civilians",
               "customers"], "SYR")
USA_BP = gov(["border patrol", "border patrol officers", "u.s. border patrol", "us border patrol",
              "customs and border protection", "cbp", "federal agents", "immigration agents", "united states"], "USA")
USA_CIV = civ(["people", "two people", "civilians", "residents", "man", "woman"], "USA")
MPLS_PROT = civ(["protesters", "demonstrators", "protestors"], "USA")
MPLS_POL = gov(["police", "minneapolis police", "federal agents", "officers", "law enforcement", "ice",
                "federal officers", "immigration agents"], "USA")
ICE = gov(["ice", "ice agent", "an ice agent", "immigration and customs enforcement", "u.s. immigration and customs enforcement",
           "federal agent", "immigration agent", "united states"], "USA")
USA_WOMAN = civ(["civilian woman", "woman", "renee good", "civilian"], "USA")
HND_LOPEZ = gov(["gladys aurora lópez", "gladys aurora lopez", "congresswoman", "honduran congresswoman",
                 "honduran congresswoman gladys aurora lópez", "lópez", "lopez"], "HND")
RUBIO = gov(["marco rubio", "rubio", "u.s. secretary of state marco rubio", "secretary of state",
             "u.s. secretary of state", "us secretary of state", "state department", "united states", "u.s.", "us"],
            "USA")
SYRIA = st(["syria", "syrian government", "syrian", "damascus"], "SYR")
PAK = st(["pakistan", "pakistani government", "government of pakistan", "islamabad"], "PAK")
PAK_PROT = civ(["protesters", "protestors", "demonstrators", "violent protests", "pakistani protesters", "people"], "PAK")
USA_CONS = oth(["u.s. consulate", "us consulate", "consulate", "united states consulate", "u.s. consulate in karachi"], "USA")
GRL_DNK = gov(["greenland", "denmark", "prime ministers", "jens-frederik nielsen", "nielsen", "mette frederiksen",
               "frederiksen", "prime ministers of greenland and denmark", "danish government"], "DNK")
TRUMP = gov(["trump", "donald trump", "united states", "us", "u.s.", "president trump"], "USA")
EP = igo(["european parliament", "eu", "european union", "parliament"])
ZELENSKYY = gov(["volodymyr zelenskyy", "zelenskyy", "ukrainian president volodymyr zelenskyy", "ukraine",
                 "ukrainian president", "president zelenskyy"], "UKR")
PAK_POLICE = gov(["sindh police", "police", "pakistani police", "pakistan", "sindh"], "PAK")
PAK_SUSPECTS = civ(["people", "19 people", "suspects"], "PAK")
RAZA = civ(["mir raza ali", "raza ali", "karachi entrepreneur", "entrepreneur", "wafflix founder"], "PAK")
DEU_HCOURT = gov(["hanseatic higher regional court", "higher regional court", "court", "hamburg court", "germany",
                  "german court"], "DEU")
LDW = ag(["last defense wave", "letzte verteidigungswelle", "right-wing extremist group", "seven members",
          "members", "extremist group", "group"], "DEU")
ASYLUM = civ(["asylum seeker shelters", "asylum seekers", "shelters", "refugees", "migrants"], "DEU")
ESP_GC = gov(["spanish civil guard", "civil guard", "guardia civil", "spain", "spanish police"], "ESP")
ECU_POL = gov(["ecuadorian national police", "national police", "ecuador", "ecuadorian police", "police"], "ECU")
TRAFF = ag(["drug trafficking ring", "44 people", "people", "drug traffickers", "traffickers", "ring", "suspects"], None)
DEU_AIRPORT = oth(["leipzig/halle airport", "airport", "germany"], "DEU")
VDM_DRIVER = civ(["driver", "the driver"], "CHL")
CHL_POL = gov(["police", "carabineros", "chilean police", "authorities", "chile"], "CHL")

ANN = {
 'conflicts-jul-06': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israeli airstrikes kill at least 38 Palestinians in Gaza", at('Gaza')),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "Israel conducts four drone strikes in Bint Jbeil", at('Bint Jbeil')),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "drone strikes in Bint Jbeil, Shebaa", at('Shebaa', r=F)),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "Shebaa, and Shaqra, in southern Lebanon", at('Shaqra', r=F)),
  (HOUTHIS, SHIP, ['ASSAULT'], "is attacked by the Houthis with small arms fire and rocket-propelled grenades", NOWHERE_NR),
  (BOKO, NGA_CIV, ['ASSAULT'], "Boko Haram insurgents kill nine people and injure four others in an attack on Mallam Fatori", at('Mallam Fatori')),
  (HTI_GANGS, HOTEL, ['ASSAULT'], "is destroyed following an arson attack by armed gangs", at('Port-au-Prince')),
 ],
 'conflicts-aug-11': [
  (RUS_MIL, UKR_MIL, ['ASSAULT'], "Russian forces launch a full-scale ground assault in the direction of Dobropillia", at('Dobropillia')),
  (RSF, SDN_CIV, ['ASSAULT'], "in attacks by the Rapid Support Forces on a famine-stricken displacement camp in Al-Fashir", at('Al-Fashir')),
  (nat(["collision", "china coast guard vessel", "chinese navy ship"]), None, ['ASSAULT'], "A China Coast Guard vessel is damaged after colliding with a Chinese Navy ship", NOWHERE_NR),
  (CHN_CG, PHL_CG, ['COERCE'], "while trying to expel a Philippine Coast Guard vessel from Scarborough Shoal", NOWHERE_NR),
 ],
 'conflicts-oct-09': [
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "in an Israeli attack against a building in Sabra, Gaza City", at('Gaza City')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Twenty-nine people are killed in Israeli attacks against Gaza", at('Gaza')),
  (ISR_CAB, HAMAS, ['AGREE', 'COOPERATE'], "The Israeli cabinet formally approves the ceasefire agreement", at('Israel')),
  (USA, ISR_CAB, ['MOBILIZE', 'COOPERATE', 'AID'], "US officials announce that 200 troops will be sent to Israel", at('Israel', r=F)),
  (PAK_MIL, TTP, ['ASSAULT'], "The Pakistan Air Force carries out two airstrikes in Kabul", at('Kabul')),
  (PAK_MIL, TTP, ['ASSAULT'], "are killed in a raid and ensuing shootout in Daraban", at('Daraban')),
  (TTP, PAK_MIL, ['ASSAULT'], "Seven Pakistani Taliban members and a major are killed", at('Daraban', r=F)),
  (PAK_MIL, TTP, ['SEIZE', 'COERCE'], "the security forces recovered a cache of weapons and ammunition", at('Daraban', r=F)),
  (TTP, PAK_CIV, ['ASSAULT'], "are abducted and killed by Pakistani Taliban militants", NOWHERE_NR),
 ],
 'politics-oct-14': [
  (MDG_PRES, MDG_NA, ['COERCE'], "Malagasy president Andry Rajoelina issues a decree dissolving the National Assembly", at('Madagascar', r=F)),
  (MDG_NA, MDG_PRES, ['REJECT', 'COERCE'], "The National Assembly refuses to comply with Rajoelina's decree and votes to impeach him", at('Madagascar')),
  (MDG_MIL, MDG_PRES, ['COERCE'], "The Malagasy military formally announces it is \"taking power\"", at('Madagascar')),
  (BEL_POL, BEL_PROT, ['COERCE'], "Federal police fire tear gas and water cannon at over 80,000 demonstrators in Brussels", at('Brussels')),
  (BEL_PROT, BEL_GOV, ['PROTEST'], "protesting against Prime Minister Bart De Wever's proposed austerity laws", at('Brussels')),
 ],
 'law-crime-nov-05': [
  (BOL_COURT, ANEZ, ['CONCEDE', 'COOPERATE'], "Bolivia's Supreme Court overturns the 10-year prison sentence of former president Jeanine Áñez", at('Bolivia')),
  (FRA_ATTACKER, FRA_CIV, ['ASSAULT'], "in a vehicle-ramming attack on the French island of Oléron", at('Oléron', r=F)),
  (FRA_GEND, FRA_ATTACKER, ['COERCE'], "before being arrested by the gendarmerie", at('Oléron')),
  (MYS_COURT, MYS_GOV, ['ACCUSE', 'COERCE'], "A Malaysian high court rules that police and the government are responsible", at('Malaysia')),
  (DEU_COURT, NURSE, ['COERCE'], "sentences a 44-year-old palliative care nurse to life imprisonment", at('Aachen')),
  (NURSE, DEU_PAT, ['ASSAULT'], "with lethal injections at a hospital in Würselen", at('Würselen', r=F)),
  (JPN_MIL, BEARS, ['MOBILIZE'], "says that troops were sent to Akita Prefecture", at('Akita Prefecture', r=F)),
  (nat(["bear attacks", "bears", "bear"]), JPN_CIV, ['ASSAULT'], "after a series of more than 50 bear attacks since April", at('Akita Prefecture', r=F)),
  (AKITA, JPN_GOV, ['REQUEST'], "Governor Kenta Suzuki requested aid", at('Akita Prefecture', r=F)),
 ],
 'conflicts-nov-15': [
  (USA_MIL, BOAT, ['ASSAULT'], "Three people are killed in an American airstrike against a boat in the Pacific Ocean", NOWHERE_NR),
  (DRC, M23, ['AGREE', 'COOPERATE'], "The Democratic Republic of the Congo and the M23 rebels sign a framework agreement in Doha", at('Doha')),
  (unk(), SYR_CIV, ['ASSAULT'], "in a mass shooting by unidentified gunmen at a coffeehouse in Talkalakh", at('Talkalakh', r=F)),
  (unk(), SYR_CIV, ['ASSAULT'], "in a drive-by shooting by unidentified gunmen in Abu Jarin", at('Abu Jarin', r=F)),
 ],
 'law-crime-jan-08': [
  (USA_BP, USA_CIV, ['ASSAULT'], "after being shot by Border Patrol officers in Portland", at('Portland')),
  (MPLS_PROT, MPLS_POL, ['PROTEST', 'ASSAULT'], "Protesters and police clash in Minneapolis", at('Minneapolis')),
  (MPLS_POL, MPLS_PROT, ['COERCE', 'ASSAULT'], "a gas-like substance are fired toward the protesters", at('Minneapolis', r=F)),
  (ICE, USA_WOMAN, ['ASSAULT'], "after an ICE agent fatally shot a civilian woman yesterday", at('Minneapolis', r=F)),
  (unk(("unknown", "attacker", "explosive")), HND_LOPEZ, ['ASSAULT'], "is injured after being struck in the head by an explosive", at('Tegucigalpa', r=F)),
 ],
 'disasters-feb-13': [
  (nat(["collision", "multiple-vehicle collision", "crash"]), None, ['ASSAULT'], "Seven people are killed in a multiple-vehicle collision in Hoskote", at('Hoskote', r=F)),
  (nat(["wild elephants", "elephants", "elephant"]), None, ['ASSAULT'], "Six people are trampled to death by wild elephants near Hazaribagh district", at('Hazaribagh district', r=F)),
  (nat(["police vehicle", "accident", "crash"]), None, ['ASSAULT'], "falls off a cliff in Don Victoriano", at('Don Victoriano', r=F)),
  (nat(["crash", "epic e1000 aircraft", "aircraft", "plane crash"]), None, ['ASSAULT'], "Four people are killed after an Epic E1000 aircraft crashes at Steamboat Springs Airport", at('Steamboat Springs', r=F)),
  (nat(["fire", "residential building fire"]), None, ['ASSAULT'], "are injured in a fire at a residential building in Budakeszi", at('Budakeszi', r=F)),
  (nat(["avalanche"]), None, ['ASSAULT'], "are killed in an avalanche near Val-d'Isère", at("Val-d'Isère", r=F)),
 ],
 'relations-jul-08': [
  (RUBIO, SYRIA, ['CONCEDE', 'COOPERATE'], "U.S. Secretary of State Marco Rubio notifies Congress that the U.S. will remove Syria", at('United States')),
  (USA, PAK, ['COOPERATE'], "will resume regular consular services at its consulates in Karachi", at('Karachi')),
  (USA, PAK, ['COOPERATE'], "its consulates in Karachi and Lahore after previously suspending operations", at('Lahore', r=F)),
  (PAK_PROT, USA, ['PROTEST'], "during violent protests in Pakistan", at('Pakistan', r=F)),
  (PAK_PROT, USA_CONS, ['ASSAULT'], "including an attack on the U.S. consulate in Karachi", at('Karachi', r=F)),
  (GRL_DNK, TRUMP, ['REJECT'], "reaffirm that Greenland is not for sale", NOWHERE_NR),
  (EP, ZELENSKYY, ['ACCUSE'], "The European Parliament passes a resolution expressing regret", NOWHERE_NR),
 ],
 'disasters-jul-12': [
  (nat(["crash", "helicopter crash", "kaman k-1200 helicopter", "helicopter"]), None, ['ASSAULT'], "helicopter crashed into the Silver Jack Reservoir while fighting the Gold Mountain Fire", at('Colorado', r=F)),
  (nat(["collision", "multiple-vehicle collision", "pickup truck", "trucks"]), None, ['ASSAULT'], "in a multiple-vehicle collision involving a pickup truck carrying 17 passengers", at('West Java', r=F)),
  (nat(["crash", "multi-vehicle crash", "tractor-trailer"]), None, ['ASSAULT'], "after a tractor-trailer causes a multi-vehicle crash on a highway in Jalisco", at('Jalisco', r=F)),
  (nat(["crash", "driver", "car"]), None, ['ASSAULT'], "when a driver loses control near a street festival in Viña del Mar", at('Viña del Mar', r=F)),
  (CHL_POL, VDM_DRIVER, ['COERCE'], "The driver is detained and will undergo alcohol testing", at('Viña del Mar', r=F)),
 ],
 'law-crime-aug-05': [
  (PAK_POLICE, PAK_SUSPECTS, ['COERCE'], "Sindh Police detain 19 people for questioning", at('Sindh')),
  (unk(), RAZA, ['ASSAULT'], "the murder of Karachi entrepreneur and Wafflix founder Mir Raza Ali", NOWHERE_NR),
  (DEU_HCOURT, LDW, ['COERCE'], "The Hanseatic Higher Regional Court in Hamburg, Germany, convicts seven members", at('Hamburg')),
  (LDW, ASYLUM, ['ASSAULT'], "planning and carrying out arson and bomb attacks on asylum seeker shelters", NOWHERE_NR),
  (ESP_GC, TRAFF, ['COERCE', 'SEIZE'], "The Spanish Civil Guard and the Ecuadorian", at('Spain')),
  (ECU_POL, TRAFF, ['COERCE', 'SEIZE'], "Ecuadorian National Police announce they have arrested 44 people", at('Ecuador', r=F)),
  (unk(("unknown", "drone", "drone loaded with explosives")), DEU_AIRPORT, ['ASSAULT', 'THREATEN'], "A drone loaded with explosives is found and defused at Leipzig/Halle Airport", at('Leipzig', r=F)),
  (nat(["collision", "cargo boeing 757", "uav", "drone"]), None, ['ASSAULT'], "a cargo Boeing 757 had a collision with another supposed UAV", at('Leipzig', r=F)),
 ],
 'disasters-aug-14': [
  (nat(["wildfire", "severe wildfire", "fire", "croatia wildfires"]), None, ['ASSAULT'], "after a severe wildfire breaks out on Croatia's coastline", at('Croatia', r=F)),
  (nat(["earthquake", "mw 7.7 earthquake", "flores earthquake"]), None, ['ASSAULT'], "when a Mw 7.7 earthquake strikes the coast of the island of Flores", at('Flores', r=F)),
  (nat(["earthquake", "mw 4.8 earthquake"]), None, ['ASSAULT'], "A Mw 4.8 earthquake strikes the province of Granada in Spain", at('Granada', r=F)),
  (nat(["crash", "bus crash", "passenger bus", "truck"]), None, ['ASSAULT'], "after a passenger bus crashed into a parked truck carrying planks in Mbam-et-Inoubou", at('Mbam-et-Inoubou', r=F)),
  (nat(["capsizing", "jet ski", "capsize"]), None, ['ASSAULT'], "when their rented jet ski capsizes off Ko Samui", at('Ko Samui', r=F)),
  (nat(["flooding", "heavy rainfall", "typhoon dolphin", "rainfall", "flood"]), None, ['ASSAULT'], "resulting in flooding in Zhejiang province, China", at('Zhejiang', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
