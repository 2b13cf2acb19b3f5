# Gold events of the forty-second place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places28's README (from places26, places25, places24, places23); see this set's
# README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth, TRUMP, ISRAEL
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'United States': ('USA', (39.8, -98.6)), 'Myanmar': ('MMR', (21.0, 96.0)), 'Turkey': ('TUR', (39.0, 35.2)),
 'Tanzania': ('TZA', (-6.4, 34.9)), 'Guyana': ('GUY', (4.9, -58.9)), 'Israel': ('ISR', (31.4, 35.0)),
 'Pakistan': ('PAK', (30.0, 69.3)), 'Azerbaijan': ('AZE', (40.3, 47.7)), 'Tajikistan': ('TJK', (38.9, 71.0)),
 'Philippines': ('PHL', (12.9, 122.0)), 'Dominican Republic': ('DOM', (18.8, -70.2)), 'Thailand': ('THA', (15.9, 100.9)),
 # regions, states, provinces, districts, regencies (and one mountain range)
 'Unity': ('SSD', (9.2, 29.8)), 'French Alps': ('FRA', (45.3, 6.4)),
 'Nangarhar Province': ('AFG', (34.2, 70.6)), 'Khost Province': ('AFG', (33.3, 69.9)),
 'Tak Province': ('THA', (16.9, 98.8)), 'Andhra Pradesh': ('IND', (15.9, 79.7)), 'Florida': ('USA', (27.8, -81.7)),
 'California': ('USA', (37.2, -119.5)), 'Pataz District': ('PER', (-7.78, -77.60)),
 'Maros Regency': ('IDN', (-5.0, 119.7)), 'Latehar district': ('IND', (23.74, 84.50)),
 'Kharkiv Oblast': ('UKR', (49.6, 36.4)), 'Katsina State': ('NGA', (12.4, 7.6)),
 'Chatra district': ('IND', (24.21, 84.87)),
 # cities, towns, villages (and one ski resort)
 'Prayagraj': ('IND', (25.44, 81.85)), 'Washington, D.C.': ('USA', (38.90, -77.04)), 'Kangaba': ('MLI', (11.93, -8.42)),
 'Caracas': ('VEN', (10.49, -66.88)), 'Al-Fashir': ('SDN', (13.63, 25.35)), 'Ovruch': ('UKR', (51.32, 28.80)),
 'London': ('GBR', (51.51, -0.13)), 'Epping': ('GBR', (51.70, 0.11)), 'Kartalkaya': ('TUR', (40.62, 32.05)),
 'Latakia': ('SYR', (35.52, 35.79)), 'Puerto López': ('ECU', (-1.56, -80.81)), 'Lordegan': ('IRN', (31.51, 50.83)),
 'Chicago': ('USA', (41.88, -87.63)), 'Los Angeles': ('USA', (34.05, -118.24)), 'Portland': ('USA', (45.52, -122.68)),
 'Adamuz': ('ESP', (38.03, -4.52)), 'Cebu City': ('PHL', (10.32, 123.89)), 'Baotou': ('CHN', (40.66, 109.84)),
 'Gaza City': ('PSE', (31.50, 34.47)), 'Chala': ('PER', (-15.85, -74.25)), 'Benighat': ('NPL', (27.80, 84.77)),
 'Meerut': ('IND', (28.98, 77.71)), 'Lucknow': ('IND', (26.85, 80.95)), 'Rodriguez': ('PHL', (14.73, 121.14)),
 'Seoul': ('KOR', (37.57, 126.98)), 'Dubai': ('ARE', (25.20, 55.27)), 'Rome': ('ITA', (41.90, 12.50)),
 'San Francisco': ('USA', (37.77, -122.42)), 'Madrid': ('ESP', (40.42, -3.70)),
}
COUNTRY_LEVEL = {'United States', 'Myanmar', 'Turkey', 'Tanzania', 'Guyana', 'Israel', 'Pakistan', 'Azerbaijan',
                 'Tajikistan', 'Philippines', 'Dominican Republic', 'Thailand'}


def at(name, r=True):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    return o


NOWHERE = {}                 # the page does not place the event
NOWHERE_NR = {'r': False}    # ... and it is not required


def nat(names, c=None):
    """A natural event or an accident: no agent; the source is the event itself (kind other)."""
    return oth(names, c)


def unk(names=("gunmen", "unknown", "unidentified gunmen", "attackers"), c=None):
    """An agent the page does not name."""
    return ag(list(names), c)


# actors
USA_COURT = gov(["court", "judge", "united states", "us court", "jury", "prosecutors"], "USA")
USA_GOV = st(["united states", "us", "u.s.", "american", "us government", "u.s. government", "washington",
              "state department", "department of justice"], "USA")
UKR_BOMBER = per(["man", "a man", "perpetrator", "fugitive", "bomber", "attacker"], "UKR")
PAKISTAN = st(["pakistan", "pakistani government", "government of pakistan", "pakistani", "islamabad"], "PAK")
TLP = ag(["tehreek-e-labbaik", "tehreek-e-labbaik pakistan", "tlp", "party members", "party", "protesters"], "PAK")
PAK_POLICE = gov(["pakistani police", "police", "security forces", "pakistan"], "PAK")
AZE_COURT = gov(["court in azerbaijan", "court", "azerbaijani court", "azerbaijan", "baku court"], "AZE")
SPUTNIK_JOURNALIST = per(["senior russian journalist", "russian journalist", "journalist", "sputnik", "sputnik journalist"], "RUS")
ALIYEV = gov(["ilham aliyev", "aliyev", "azerbaijani president ilham aliyev", "azerbaijan", "azerbaijani president"], "AZE")
PUTIN = gov(["vladimir putin", "putin", "russian president vladimir putin", "russia", "russian president"], "RUS")
GBR_COURT = gov(["court in london", "court", "london court", "british court", "old bailey", "judge"], "GBR")
COL_MAN = per(["colombian man", "a colombian man", "man", "killer", "murderer"], "COL")
GBR_VICTIMS = civ(["two men", "men", "victims", "albert alfonso", "paul longworth"], "GBR")
PHL_COURT = gov(["anti-graft court", "sandiganbayan", "court", "philippines' anti-graft court", "philippines"], "PHL")
ENRILE = per(["juan ponce enrile", "enrile", "former senate president juan ponce enrile", "gigi reyes",
              "janet lim-napoles"], "PHL")
GBR_POLICE = gov(["police", "british police", "essex police", "authorities"], "GBR")
KEBATU = per(["hadush gerberslasie kebatu", "kebatu", "ethiopian national", "hadush kebatu"], "ETH")
GBR_PROT = civ(["protesters", "anti-immigration protesters", "protests", "demonstrators", "residents"], "GBR")
GBR_GOV = gov(["government", "british government", "uk government", "home office", "authorities"], "GBR")
RSF = ag(["rapid support forces", "rsf", "sudan's rapid support forces"], "SDN")
SDN_CIV = civ(["people", "civilians", "residents", "residential areas", "al-fashir", "city"], "SDN")
PAK_MIL = mil(["pakistan", "pakistani", "pakistani military", "pakistan air force", "pakistani airstrikes",
               "pakistani forces"], "PAK")
AFG_CIV = civ(["people", "civilians", "afghans", "afghanistan"], "AFG")
CANADA = st(["canada", "canadian", "canadian government", "ottawa", "government of ontario", "ontario"], "CAN")
MMR_MIL = mil(["tatmadaw", "myanmar military", "military", "junta", "tatmadaw's", "myanmar"], "MMR")
SCAM = oth(["kk park", "kk park scam center", "scam center", "foreigners", "scam workers"], None)
THAILAND = st(["thailand", "thai", "thai authorities", "thai government", "thai police"], "THA")
FOREIGNERS = civ(["677 people", "people", "foreigners", "nearly 700 foreigners", "migrants", "men", "women"], None)
TUR_COURT = gov(["court", "court in turkey", "turkish court", "turkey", "judge"], "TUR")
HOTEL_OWNER = per(["owner", "owner of kartalkaya hotel", "hotel owner"], "TUR")
TZA_PROT = civ(["protesters", "protests", "demonstrators", "tanzanians", "opposition supporters"], "TZA")
TZA_GOV = gov(["government", "tanzanian government", "tanzania", "security forces", "police", "authorities"], "TZA")
IND_COURT = gov(["court", "court in andhra pradesh", "andhra pradesh court", "indian court", "judge"], "IND")
IND_FIVE = per(["five people", "five", "convicts", "accused", "killers", "assassins"], "IND")
IND_MAYOR = per(["mayor of chittoor", "mayor", "her husband", "the mayor of chittoor and her husband"], "IND")
GUY_POLICE = gov(["police", "police in guyana", "guyana police", "guyanese police", "guyana"], "GUY")
MOHAMED = per(["azruddin mohamed", "mohamed", "opposition leader", "opposition leader azruddin mohamed"], "GUY")
SYR_PROT = civ(["protesters", "alawite-led protests", "alawites", "alawite protesters", "demonstrators"], "SYR")
SYR_GOV = gov(["transitional government", "syrian government", "government", "syria", "syrian transitional government",
               "security forces"], "SYR")
AID = oth(["aid groups", "aid organizations", "ngos", "humanitarian organizations", "humanitarian groups"], None)
ECU_CIV = civ(["people", "six people", "beachgoers", "two-year-old girl", "civilians", "others"], "ECU")
IRN_PROT = civ(["demonstrators", "protesters", "demonstrations", "iranians", "people"], "IRN")
IRN_SEC = gov(["basij", "basij officer", "iranian security forces", "security forces", "iran", "iranian government",
               "government"], "IRN")
NATIONAL_GUARD = mil(["national guard", "national guard troops", "troops", "us troops", "u.s. troops"], "USA")
USA_COURTS = gov(["federal courts", "courts", "court", "judges", "federal judge"], "USA")
THOMPSON = gov(["trina thompson", "judge trina thompson", "federal judge", "u.s. federal judge trina thompson", "judge",
                "court"], "USA")
TRUMP_ADM = gov(["trump administration", "administration", "donald trump", "trump", "united states", "us government"],
                "USA")
PER_MINERS = civ(["informal miners", "miners", "three informal miners", "people"], "PER")
PER_POLICE = gov(["police", "peruvian police", "authorities"], "PER")
CHN_POLICE = gov(["chinese police", "police", "china", "authorities"], "CHN")
CHN_MANAGERS = oth(["those in charge", "those in charge of the factory", "factory managers", "managers", "factory",
                    "steel factory"], "CHN")
RUS_MIL = mil(["russia", "russian", "russian forces", "russian military", "russian drone", "russian army"], "RUS")
UKR_CIV = civ(["people", "passengers", "civilians", "passenger train", "ukrainians", "train"], "UKR")
IDF = mil(["israeli forces", "israel defense forces", "idf", "israel", "israeli", "israeli military", "israeli army"],
          "ISR")
PSE_CIV = civ(["palestinians", "six palestinians", "people", "civilians", "gazans"], "PSE")
NGA_GANG = ag(["suspected armed gang members", "armed gang members", "gang members", "gunmen", "bandits", "armed gang"],
              "NGA")
NGA_POLICE = gov(["police", "police patrol", "officers", "police officers", "nigerian police", "three officers"], "NGA")
USA_SC = gov(["united states supreme court", "supreme court", "us supreme court", "court", "united states"], "USA")
LOUISIANA = gov(["louisiana", "state of louisiana", "louisiana's", "louisiana legislature"], "USA")
THA_CORR = gov(["thai corrections department", "corrections department", "thailand", "thai government",
                "department of corrections"], "THA")
THAKSIN = per(["thaksin shinawatra", "thaksin", "former prime minister thaksin shinawatra", "former prime minister"],
              "THA")
KOR_COURT = gov(["seoul high court", "court", "high court", "south korea", "south korean court"], "KOR")
YOON = per(["yoon suk yeol", "yoon", "former south korean president yoon suk yeol", "former president"], "KOR")
DUBAI_POLICE = gov(["police in dubai", "dubai police", "police", "united arab emirates", "uae", "emirati police"], "ARE")
FRAUD = oth(["276 individuals", "individuals", "fraud network", "transnational fraud network", "criminal groups",
             "scammers"], None)
ROCHA = gov(["rubén rocha moya", "ruben rocha moya", "rocha moya", "governor of sinaloa", "sinaloa", "politicians",
             "mexico"], "MEX")
ITA_POLICE = gov(["police", "italian police", "authorities", "carabinieri"], "ITA")
ITA_SHOOTER = per(["21-year-old", "a 21-year-old", "suspect", "shooter"], "ITA")
ITA_CIV = civ(["two people", "people", "celebrants", "victims"], "ITA")
IRN_DIASPORA = civ(["iranian americans", "iranian-americans", "protesters", "demonstrators", "iranian diaspora"], "USA")
IRAN_GOV = gov(["iran", "islamic republic", "islamic republic regime", "iranian government", "regime",
                "iranian regime"], "IRN")
TUR_POLICE = gov(["turkish police", "police", "turkey", "turkish government", "turkish authorities"], "TUR")
CHP = ag(["republican people's party", "chp", "its leadership", "özgür özel", "ozgur ozel", "opposition"], "TUR")
ESP_PROT = civ(["thousands of people", "people", "protesters", "demonstrators", "residents"], "ESP")
ESP_GOV = gov(["government", "spanish government", "spain", "authorities"], "ESP")

ANN = {
 'disasters-jan-29': [
  (nat(["crowd crush", "crush", "stampede", "maha kumbh mela crowd crush"], "IND"), None, ['ASSAULT'], "are killed in a crowd crush at a Hindu festival in Prayagraj", at('Prayagraj', r=F)),
  (nat(["crash", "beechcraft 1900d", "plane crash", "aircraft"], "SSD"), None, ['ASSAULT'], "A Beechcraft 1900D carrying employees of an oil company crashes in Unity", at('Unity', r=F)),
  (nat(["collision", "mid-air collision", "american eagle flight 5342", "black hawk", "crj-700"], "USA"), None, ['ASSAULT'], "collides with a U.S. Army Sikorsky UH-60 Black Hawk over the Potomac River", at('Washington, D.C.', r=F)),
  (nat(["flood", "tunnel", "gold mine", "reservoir spill", "mine flood"], "MLI"), None, ['ASSAULT'], "killed when a tunnel at a gold mine floods after a reservoir spill in Kangaba", at('Kangaba', r=F)),
  (nat(["avalanches", "avalanche", "two separate avalanches"], "FRA"), None, ['ASSAULT'], "are killed in two separate avalanches while off-piste skiing in the French Alps", at('French Alps', r=F)),
  (nat(["crash", "cessna citation ii", "aircraft", "plane crash"], "VEN"), None, ['ASSAULT'], "aircraft crashes shortly after takeoff from Generalissimo Francisco de Miranda Air Base in Caracas", at('Caracas', r=F)),
 ],
 'law-crime-oct-24': [
  (UKR_BOMBER, UKR_CIV, ['ASSAULT'], "A man detonates a grenade on a train in Ovruch", at('Ovruch', r=F)),
  (PAKISTAN, TLP, ['COERCE'], "Pakistan bans the Tehreek-e-Labbaik party", at('Pakistan')),
  (TLP, PAK_POLICE, ['ASSAULT', 'PROTEST'], "after deadly clashes between party members and Pakistani police", at('Pakistan', r=F)),
  (AZE_COURT, SPUTNIK_JOURNALIST, ['CONCEDE', 'COERCE'], "A court in Azerbaijan orders a senior Russian journalist", at('Azerbaijan')),
  (ALIYEV, PUTIN, ['CONSULT'], "a meeting between Azerbaijani President Ilham Aliyev and Russian President Vladimir Putin in Tajikistan", at('Tajikistan', r=F)),
  (GBR_COURT, COL_MAN, ['COERCE'], "A court in London, United Kingdom, sentences a Colombian man to life in prison", at('London')),
  (COL_MAN, GBR_VICTIMS, ['ASSAULT'], "for the murder and dismemberment of two men in London", at('London', r=F)),
  (PHL_COURT, ENRILE, ['CONCEDE'], "The Philippines' anti-graft court acquits former Senate president Juan Ponce Enrile", at('Philippines', r=F)),
  (GBR_POLICE, KEBATU, ['COERCE'], "A manhunt is launched for Ethiopian national Hadush Gerberslasie Kebatu", NOWHERE_NR),
  (GBR_PROT, GBR_GOV, ['PROTEST'], "sparked anti-immigration protests in Epping", at('Epping', r=F)),
 ],
 'conflicts-aug-27': [
  (RSF, SDN_CIV, ['ASSAULT'], "after Sudan's Rapid Support Forces shell residential areas of Al-Fashir", at('Al-Fashir')),
  (RSF, SDN_CIV, ['COERCE', 'ASSAULT'], "The city remains under siege as the last military stronghold", at('Al-Fashir', r=F)),
  (PAK_MIL, AFG_CIV, ['ASSAULT'], "in alleged Pakistani airstrikes on Nangarhar Province", at('Nangarhar Province', r=F)),
  (PAK_MIL, AFG_CIV, ['ASSAULT'], "Nangarhar Province and Khost Province, Afghanistan", at('Khost Province', r=F)),
 ],
 'relations-oct-23': [
  (TRUMP, CANADA, ['REJECT', 'SANCTION'], "announces all trade negotiations with Canada are \"terminated\"", at('United States')),
  (USA_GOV, ISRAEL, ['REJECT'], "The United States rules out Israel's plan to annex the West Bank", at('United States')),
  (MMR_MIL, SCAM, ['COERCE'], "following the Tatmadaw's raid on the KK Park scam center on Monday", at('Myanmar', r=F)),
  (THAILAND, FOREIGNERS, ['COERCE'], "Thailand detains 677 people, including 618 men and 59 women", at('Tak Province')),
 ],
 'law-crime-oct-31': [
  (TUR_COURT, HOTEL_OWNER, ['COERCE'], "A court in Turkey sentences the owner of Kartalkaya hotel to life in prison", at('Turkey')),
  (nat(["fire", "hotel fire", "kartalkaya hotel fire"], "TUR"), None, ['ASSAULT'], "in the fire at his hotel in January, which killed 78 people", at('Kartalkaya', r=F)),
  (TZA_PROT, TZA_GOV, ['PROTEST'], "ten deaths have occurred due to protests in Tanzania", at('Tanzania')),
  (IND_COURT, IND_FIVE, ['COERCE'], "A court in Andhra Pradesh, India, sentences five people to death", at('Andhra Pradesh')),
  (IND_FIVE, IND_MAYOR, ['ASSAULT'], "for the November 2015 assassination of the mayor of Chittoor", NOWHERE_NR),
  (GUY_POLICE, MOHAMED, ['COERCE'], "Police in Guyana arrest opposition leader Azruddin Mohamed", at('Guyana')),
  (USA_COURT, MOHAMED, ['ACCUSE'], "following an indictment by a federal grand jury in Florida", at('Florida', r=F)),
 ],
 'conflicts-dec-28': [
  (SYR_PROT, SYR_GOV, ['PROTEST'], "during Alawite-led protests in Latakia, Syria, demanding decentralization", at('Latakia')),
  (unk(("gunfire", "gunmen", "unknown", "security forces")), SYR_PROT, ['ASSAULT'], "are injured after gunfire erupts during Alawite-led protests", at('Latakia', r=F)),
  (ISRAEL, AID, ['COERCE'], "Israel introduces new rules for aid groups, forbidding activities or criticism", at('Israel')),
  (AID, ISRAEL, ['ACCUSE'], "Aid groups say that the requirements are political", NOWHERE_NR),
  (unk(), ECU_CIV, ['ASSAULT'], "are injured in a mass shooting at a beach in Puerto López", at('Puerto López', r=F)),
 ],
 'law-crime-dec-31': [
  (IRN_PROT, IRN_SEC, ['PROTEST'], "during demonstrations over rising living costs", at('Lordegan')),
  (IRN_PROT, IRN_SEC, ['ASSAULT'], "A Basij officer is killed and 13 others are injured in clashes in Lordegan", at('Lordegan', r=F)),
  (TRUMP, NATIONAL_GUARD, ['RETREAT'], "announces the withdrawal of National Guard troops from Chicago", at('Chicago')),
  (TRUMP, NATIONAL_GUARD, ['RETREAT'], "troops from Chicago, Los Angeles", at('Los Angeles', r=F)),
  (TRUMP, NATIONAL_GUARD, ['RETREAT'], "Los Angeles, and Portland after federal courts", at('Portland', r=F)),
  (USA_COURTS, TRUMP, ['REJECT', 'COERCE'], "after federal courts blocked or restricted the deployments", at('United States', r=F)),
  (THOMPSON, TRUMP_ADM, ['REJECT', 'COERCE'], "U.S. federal judge Trina Thompson of California blocks the Trump administration", at('California')),
  (unk(), PER_MINERS, ['ASSAULT'], "At least three informal miners are killed in a shooting in Pataz District", at('Pataz District', r=F)),
  (PER_POLICE, unk(("two people", "suspects", "people")), ['COERCE'], "Peru. Two people are arrested", at('Pataz District', r=F)),
 ],
 'disasters-jan-18': [
  (nat(["derailments", "train derailments", "derailment", "high speed trains", "trains"], "ESP"), None, ['ASSAULT'], "after two high speed trains derailed in Adamuz", at('Adamuz', r=F)),
  (nat(["landslide", "binaliw landslide", "collapsed landfill", "landfill collapse"], "PHL"), None, ['ASSAULT'], "Search and rescue operations in the collapsed landfill in Cebu City", at('Cebu City', r=F)),
  (nat(["crash", "atr 42-512", "aircraft", "plane crash", "indonesia air transport atr 42 crash"], "IDN"), None, ['ASSAULT'], "aircraft that crashed in Maros Regency", at('Maros Regency', r=F)),
  (nat(["bus", "bus accident", "brake failure", "overturned bus"], "IND"), None, ['ASSAULT'], "after a bus overturned due to brake failure in Latehar district", at('Latehar district', r=F)),
  (nat(["explosion", "steel factory explosion", "blast"], "CHN"), None, ['ASSAULT'], "are reported missing in an explosion at a steel factory in Baotou", at('Baotou', r=F)),
  (CHN_POLICE, CHN_MANAGERS, ['COERCE'], "Chinese police detain those in charge of the factory", at('Baotou', r=F)),
 ],
 'conflicts-jan-27': [
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in a Russian drone strike on a passenger train in Kharkiv Oblast", at('Kharkiv Oblast')),
  (IDF, PSE_CIV, ['ASSAULT'], "Israeli forces kill six Palestinians by shelling and gunfire in al-Tuffah", at('Gaza City')),
  (NGA_GANG, NGA_POLICE, ['ASSAULT'], "Suspected armed gang members ambush a police patrol on the Guga–Bakori road", at('Katsina State')),
 ],
 'disasters-feb-23': [
  (nat(["crash", "helicopter crash", "mil mi-17", "helicopter", "mi-17 crash"], "PER"), None, ['ASSAULT'], "that went missing the previous day is found crashed near Chala", at('Chala', r=F)),
  (nat(["crash", "beechcraft king air", "air ambulance", "plane crash"], "IND"), None, ['ASSAULT'], "Beechcraft King Air air ambulance crashes in Chatra district", at('Chatra district', r=F)),
  (nat(["power outage", "nationwide power outage", "blackout", "outage", "malfunction"], "DOM"), None, ['ASSAULT'], "A nationwide power outage occurs in the Dominican Republic", at('Dominican Republic', r=F)),
  (nat(["bus", "bus crash", "bus accident"], "NPL"), None, ['ASSAULT'], "A bus plunges off a mountainous section of the Prithvi Highway near Benighat", at('Benighat', r=F)),
  (nat(["fire", "building fire", "residential fire"], "IND"), None, ['ASSAULT'], "Six people are killed in a fire at a three-story residential building in Meerut", at('Meerut', r=F)),
  (nat(["bus", "double-decker bus", "bus accident"], "IND"), None, ['ASSAULT'], "when a double-decker bus overturns on the Purvanchal Expressway in Lucknow", at('Lucknow', r=F)),
  (nat(["collapse", "garbage mound", "landfill collapse", "landfill"], "PHL"), None, ['ASSAULT'], "after a garbage mound collapsed at a landfill in Rodriguez", at('Rodriguez', r=F)),
 ],
 'law-crime-apr-29': [
  (USA_SC, LOUISIANA, ['REJECT', 'COERCE'], "The United States Supreme Court rules that Louisiana's new redistricting map", at('United States')),
  (THA_CORR, THAKSIN, ['CONCEDE'], "The Thai corrections department approves the early release of former prime minister Thaksin Shinawatra", at('Thailand')),
  (KOR_COURT, YOON, ['COERCE'], "The Seoul High Court increases former South Korean president", at('Seoul')),
  (DUBAI_POLICE, FRAUD, ['COERCE'], "Police in Dubai, United Arab Emirates, arrest 276 individuals", at('Dubai')),
  (USA_GOV, ROCHA, ['ACCUSE', 'COERCE'], "The United States charges Rubén Rocha Moya", at('United States')),
  (ITA_POLICE, ITA_SHOOTER, ['COERCE'], "A 21-year-old is detained in Rome", at('Rome', r=F)),
  (ITA_SHOOTER, ITA_CIV, ['ASSAULT'], "for shooting and wounding two people with a non-lethal airsoft gun", at('Rome', r=F)),
 ],
 'politics-may-24': [
  (IRN_DIASPORA, IRAN_GOV, ['PROTEST'], "Iranian Americans gather in San Francisco", at('San Francisco')),
  (TUR_POLICE, CHP, ['COERCE'], "Turkish police raid the headquarters of the Republican People's Party", at('Turkey')),
  (ESP_PROT, ESP_GOV, ['PROTEST'], "Thousands of people protest in Madrid", at('Madrid')),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
