# Gold events of the sixty-first place set (pages keyed by short name; see ANN at the end), annotated from
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
 # countries (and Puerto Rico, a territory with its own ISO code)
 'Democratic Republic of the Congo': ('COD', (-2.9, 23.6)), 'Djibouti': ('DJI', (11.8, 42.6)),
 'Puerto Rico': ('PRI', (18.22, -66.59)), 'Qatar': ('QAT', (25.3, 51.2)), 'Sri Lanka': ('LKA', (7.9, 80.8)),
 'Turkey': ('TUR', (39.0, 35.2)), 'Lebanon': ('LBN', (33.9, 35.9)), 'Ecuador': ('ECU', (-1.8, -78.2)),
 'United States': ('USA', (39.8, -98.6)),
 # regions, states, provinces, districts, counties, islands
 'Vakhdat District': ('TJK', (38.56, 69.01)), 'Bardhere District': ('SOM', (2.34, 42.28)),
 'Southwest Region': ('CMR', (5.0, 9.3)), 'Edo State': ('NGA', (6.6, 5.9)), 'Sirmaur district': ('IND', (30.6, 77.4)),
 'Tawi-Tawi': ('PHL', (5.2, 120.0)), 'County Durham': ('GBR', (54.7, -1.8)),
 'Sichuan Province': ('CHN', (30.6, 102.7)), 'Euboea': ('GRC', (38.5, 23.8)), 'Qeshm Island': ('IRN', (26.80, 55.90)),
 'Gaza Strip': ('PSE', (31.42, 34.36)), 'North Kordofan': ('SDN', (14.0, 29.8)),
 # cities, towns, villages
 'Guayaquil': ('ECU', (-2.19, -79.89)), 'Dharin': ('SOM', (10.8, 49.6)), 'Izium': ('UKR', (49.21, 37.26)),
 'Khartoum North': ('SDN', (15.64, 32.53)), 'Khartoum': ('SDN', (15.50, 32.56)), 'Al-Kamlin': ('SDN', (15.07, 33.18)),
 'Nuevo Laredo': ('MEX', (27.48, -99.52)), 'Villahermosa': ('MEX', (17.99, -92.93)),
 'Naivasha': ('KEN', (-0.72, 36.43)), 'Mwihoko': ('KEN', (-1.19, 36.94)), 'Visakhapatnam': ('IND', (17.69, 83.22)),
 'East Alton': ('USA', (38.88, -90.11)), 'Darul Jamal': ('NGA', (11.5, 13.9)), 'Mumbai': ('IND', (19.08, 72.88)),
 'São José da Tapera': ('BRA', (-9.56, -37.38)), 'Chios': ('GRC', (38.37, 26.14)), 'Tehran': ('IRN', (35.69, 51.39)),
 'Aramoun': ('LBN', (33.77, 35.50)), 'Saadiyat': ('LBN', (33.71, 35.43)), 'Beirut': ('LBN', (33.89, 35.50)),
 'Puerto Valencia': ('COL', (2.3, -72.6)), 'Rayones': ('MEX', (25.02, -100.08)),
 'New York City': ('USA', (40.71, -74.01)), 'Bogotá': ('COL', (4.71, -74.07)), 'Nasiriyah': ('IRQ', (31.05, 46.26)),
 'La Romana': ('DOM', (18.43, -68.97)), 'Bandar Abbas': ('IRN', (27.18, 56.27)), 'Bandar Sirik': ('IRN', (26.52, 57.10)),
 'Damascus': ('SYR', (33.51, 36.29)),
}
COUNTRY_LEVEL = {'Democratic Republic of the Congo', 'Djibouti', 'Puerto Rico', 'Qatar', 'Sri Lanka', 'Turkey',
                 'Lebanon', 'Ecuador', 'United States'}


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
COD_GOV = gov(["congolese government", "government", "democratic republic of the congo", "drc", "congo", "dr congo"], "COD")
COD_CONVICTS = civ(["102 individuals", "individuals", "convicts", "prisoners", "armed robbers"], "COD")
ECU_AUTH = gov(["authorities", "prison authorities", "ecuador", "ecuadorian authorities", "la roca prison"], "ECU")
GLAS = per(["jorge glas", "glas", "former ecuadorian vice president jorge glas", "former vice president"], "ECU")
SYR_MIN = gov(["shadi al-waisi", "al-waisi", "syrian justice minister", "justice minister", "syrian justice minister shadi al-waisi"], "SYR")
SYR_WOMEN = civ(["two women", "women"], "SYR")
TJK_INMATES = civ(["inmates", "islamic state-linked inmates", "three islamic state-linked inmates", "prisoners", "rioters"], "TJK")
TJK_GUARDS = gov(["guards", "three guards", "prison guards", "tajikistan"], "TJK")

NETANYAHU = gov(["benjamin netanyahu", "netanyahu", "israeli prime minister benjamin netanyahu", "israel", "israeli prime minister"], "ISR")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump", "united states", "u.s.", "us",
             "trump administration", "the trump administration", "u.s. president"], "USA")
PSE = st(["palestinians", "gaza", "palestine"], "PSE")
ISR_SOLDIERS = mil(["israeli soldiers", "two israeli soldiers", "soldiers", "israel", "idf"], "ISR")
PUNTLAND = mil(["puntland security forces", "puntland", "puntland forces", "security forces"], "SOM")
ISIL_SOM = ag(["isil militants", "isil", "islamic state", "militants", "fighters"], "SOM")
JUBALAND = mil(["jubaland forces", "jubaland"], "SOM")
SOM_FED = mil(["federal forces", "somali federal forces", "somalia", "somali government"], "SOM")
RUSSIA = st(["russia", "russian", "russian missile", "russian forces", "russian military"], "RUS")
UKR_CIV = civ(["residential building", "people", "four people", "civilians", "ukraine", "ukrainian"], "UKR")
RSF = ag(["rapid support forces", "rsf", "the rsf"], "SDN")
SDN_CIV = civ(["engineers", "people", "six people", "hospital", "civilians", "patients"], "SDN")
SAF = mil(["sudanese armed forces", "saf", "sudanese army", "army", "sudan"], "SDN")
MEX_GUNMEN = ag(["gunmen", "cártel del noreste", "cartel del noreste", "cartel", "cartel members", "armed wing"], "MEX")
MEX_FORCES = mil(["security forces", "authorities", "mexican authorities", "government forces", "mexico", "army"], "MEX")
MEX_INMATES = civ(["inmates", "seven inmates", "rioters", "prisoners"], "MEX")
DJI_MIL = mil(["djiboutian armed forces", "djibouti", "djiboutian forces", "armed forces", "djiboutian government", "government"], "DJI")
DJI_TARGET = ag(["terrorist group", "members", "eight members", "militants"], None)

HAMAS = ag(["hamas"], "PSE")
ISR_HOSTAGES = civ(["israeli hostages", "hostages", "two israeli hostages"], "ISR")
UN_HR = igo(["united nations human rights office", "un human rights office", "united nations", "un", "ohchr"])
M23 = ag(["m23 rebels", "m23", "rebels", "congolese armed forces", "other groups"], "COD")
COD_CIV = civ(["civilians", "children", "people"], "COD")
USA_MIL = mil(["united states", "u.s.", "us", "trump administration", "the trump administration", "f-35 fighter jets",
               "u.s. forces", "us forces", "american forces", "united states military", "u.s. military"], "USA")
CARTELS = ag(["drug cartels", "cartels"], None)
VEN_AF = mil(["venezuelan air force", "venezuela", "venezuelan f-16", "f-16 fighter jets", "venezuelan military"], "VEN")
USS = mil(["uss jason dunham", "united states", "u.s. navy", "us navy", "united states navy"], "USA")
MADURO = gov(["nicolás maduro", "nicolas maduro", "maduro", "venezuelan president nicolás maduro", "venezuela", "venezuelan government"], "VEN")
USA = st(["united states", "u.s.", "us", "america", "united states government", "u.s. government", "us government", "washington"], "USA")
AMBAZONIA = ag(["english-speaking separatist group", "separatist group", "separatists", "anglophone separatists", "ambazonian separatists"], "CMR")
CMR_MIL = mil(["cameroonian soldiers", "seven cameroonian soldiers", "soldiers", "cameroon", "cameroonian army"], "CMR")
BOKO = ag(["boko haram", "boko haram jihadists", "jihadists"], "NGA")
NGA_CIV = civ(["people", "63 people", "civilians", "soldiers", "villagers"], "NGA")
NSCDC = gov(["security officials", "eight security officials", "nigeria security and civil defence corps", "nscdc", "convoy"], "NGA")
CHN_WORKERS = civ(["chinese workers", "five chinese workers", "workers"], "CHN")
NGA_GUNMEN = ag(["gunmen", "attackers", "kidnappers", "bandits"], "NGA")
LEJ = ag(["lashkar-e-jihadi", "lashkar-e-jihadi terrorists", "terrorists"], None)
MUM_POLICE = gov(["police", "mumbai police", "security", "indian police", "india"], "IND")

IRN_INTEL = gov(["iranian intelligence ministry", "intelligence ministry", "iran", "iranian"], "IRN")
CIA = gov(["united states central intelligence agency", "central intelligence agency", "cia", "united states", "us"], "USA")
IRAN = st(["iran", "iranian", "iranian ballistic missile", "iranian military", "iranian frigate", "iris dena", "tehran"], "IRN")
AL_UDEID = mil(["al udeid air base", "u.s. military base", "united states", "us military", "u.s.", "qatar"], "USA")
US_NAVY = mil(["u.s. navy", "us navy", "uss charlotte", "u.s. navy submarine uss charlotte", "united states", "u.s.", "us"], "USA")
LKA_NAVY = mil(["sri lanka navy", "sri lanka", "sri lankan navy"], "LKA")
TUR_NATO = mil(["turkey", "nato", "nato forces", "turkish forces", "turkish military"], "TUR")
ISR_AF = mil(["israeli air force", "israel", "israeli", "f-35", "israeli air force f-35", "idf", "israeli forces"], "ISR")
IRN_JET = mil(["iranian yak-130 fighter jet", "yak-130", "iran", "iranian", "iranian air force", "fighter jet"], "IRN")
LBN_CIV = civ(["people", "eleven people", "three people", "residential areas", "hotel", "civilians", "lebanon"], "LBN")
COL_TF = mil(["task force", "colombian army", "colombian military", "colombia", "security forces"], "COL")
FARC_DISS = ag(["farc dissidents", "farc", "dissidents", "militants", "four militants"], "COL")
MEX_CARTEL = ag(["cartel members", "five cartel members", "cartel", "gunmen"], "MEX")

AUS = st(["australia", "australian government", "australian defence force"], "AUS")
NZL = st(["new zealand", "rnzaf", "royal new zealand air force", "new zealand government"], "NZL")
LBN_CAB = gov(["lebanese cabinet", "cabinet", "lebanon", "lebanese government", "authorities"], "LBN")
IRGC = mil(["islamic revolutionary guard corps", "irgc", "iran's islamic revolutionary guard corps", "revolutionary guard corps", "members", "iran"], "IRN")
IRN_NATIONALS = civ(["iranian nationals", "iranians", "iran"], "IRN")
MACRON = gov(["emmanuel macron", "macron", "french president emmanuel macron", "france", "french president"], "FRA")
LAF = mil(["lebanese armed forces", "lebanese army", "lebanon", "laf"], "LBN")
ECUADOR = st(["ecuador", "ecuadorian government", "government of ecuador"], "ECU")
CUBA_AMB = gov(["cuba's ambassador", "ambassador", "cuban ambassador", "cuba", "diplomatic staff", "cuban embassy"], "CUB")
VENEZUELA = st(["venezuela", "venezuelan government"], "VEN")

INMATE = civ(["fellow inmate", "inmate", "prisoner"], "GBR")
HUNTLEY = per(["ian huntley", "huntley", "child murderer ian huntley"], "GBR")
NYC_PROT = civ(["protesters", "protest", "demonstrators"], "USA")
MAMDANI = gov(["zohran mamdani", "mamdani", "mayor zohran mamdani", "mayor", "residence"], "USA")
BOG_COURT = gov(["court", "a court in bogotá", "court in bogotá", "colombian court", "colombia"], "COL")
ESPRIELLA = per(["abelardo de la espriella", "de la espriella", "espriella", "presidential candidate abelardo de la espriella", "presidential candidate"], "COL")

VESSELS = oth(["commercial vessels", "three commercial vessels", "vessels", "al rekayyat", "qatari lng tanker al rekayyat", "tanker"], None)
US_GOV = gov(["united states", "u.s.", "us", "united states government", "u.s. government"], "USA")
IRN_SITES = mil(["iranian air-defence", "iranian air-defence, coastal surveillance, and missile sites", "iran", "iranian",
                 "missile sites", "iranian military"], "IRN")
IRAN_GOV = gov(["iran", "iranian government", "tehran"], "IRN")
ISR_MIL = mil(["israel", "israeli", "israeli airstrikes", "israel defense forces", "idf", "israeli forces", "shin bet"], "ISR")
GAZA_CIV = civ(["people", "seven people", "child", "palestinians", "hamas militants", "civilians"], "PSE")
HAMAS_CMD = ag(["hamas", "hamas nukhba force commander", "commander", "nukhba force", "commanders"], "PSE")
SDN_CIV2 = civ(["people", "15 people", "civilians"], "SDN")
SDN_ARMY = mil(["sudanese army", "army", "sudanese armed forces", "sudan"], "SDN")
DRONE = oth(["drone", "fh-95 drone", "chinese-made fh-95 drone", "rsf", "rapid support forces"], None)
SYR_CIV = civ(["people", "one person", "36 others", "civilians", "four seasons hotel damascus", "hotel"], "SYR")
SYRIA = st(["syria", "syrian government", "the country"], "SYR")

ANN = {
 'law-crime-jan-05': [
  (COD_GOV, COD_CONVICTS, ['ASSAULT'], "The Congolese government executes 102 individuals convicted of armed robbery", at('Democratic Republic of the Congo')),
  (ECU_AUTH, GLAS, ['COERCE'], "Former Ecuadorian Vice President Jorge Glas is evacuated", at('Guayaquil', r=F)),
  (unk(("unknown", "assassin", "assassination attempt")), GLAS, ['ASSAULT'], "La Roca Prison in Guayaquil following an alleged assassination attempt", at('Guayaquil', r=F)),
  (SYR_MIN, SYR_WOMEN, ['ASSAULT'], "overseeing the execution of two women in 2015", NOWHERE_NR),
 ],
 'law-crime-feb-03': [
  (unk(("guards", "security forces", "unknown")), TJK_INMATES, ['ASSAULT'], "Three Islamic State-linked inmates are killed", at('Vakhdat District', r=F)),
  (TJK_INMATES, TJK_GUARDS, ['ASSAULT', 'PROTEST'], "three guards are injured in a prison riot in Vakhdat District", at('Vakhdat District', r=F)),
 ],
 'conflicts-feb-04': [
  (NETANYAHU, TRUMP, ['CONSULT'], "Israeli Prime Minister Benjamin Netanyahu meets with U.S. President Donald Trump", NOWHERE_NR),
  (TRUMP, PSE, ['THREATEN', 'COERCE'], "announces a plan where the U.S. would seek \"long-term ownership\" of Gaza", NOWHERE_NR),
  (unk(("unknown gunman", "gunman", "unknown")), ISR_SOLDIERS, ['ASSAULT'], "in a shooting at the Taysir checkpoint by an unknown gunman", NOWHERE_NR),
  (PUNTLAND, ISIL_SOM, ['ASSAULT'], "Puntland Security Forces battle ISIL militants near Dharin", at('Dharin')),
  (PUNTLAND, ISIL_SOM, ['ASSAULT'], "They claim to have captured the village of Dharin", at('Dharin', r=F)),
  (JUBALAND, SOM_FED, ['ASSAULT', 'COERCE'], "Jubaland forces have regained control of Bardhere District", at('Bardhere District', r=F)),
  (SOM_FED, JUBALAND, ['RETREAT'], "after withdrawal of federal forces was reportedly linked", at('Bardhere District', r=F)),
  (RUSSIA, UKR_CIV, ['ASSAULT'], "A Russian missile strikes a residential building in Izium", at('Izium')),
  (RSF, SDN_CIV, ['ASSAULT'], "Engineers in Khartoum are attacked by the Rapid Support Forces", at('Khartoum North')),
  (RSF, SDN_CIV, ['ASSAULT'], "after an attack perpetrated by the RSF hits a hospital in Khartoum", at('Khartoum')),
  (SAF, RSF, ['ASSAULT'], "The Sudanese Armed Forces take Al-Kamlin", at('Al-Kamlin')),
  (unk(("gunmen", "cártel del noreste", "cartel del noreste", "unknown")), MEX_FORCES, ['ASSAULT'], "A series of shootouts and encounters are reported in Nuevo Laredo", at('Nuevo Laredo', r=F)),
  (MEX_FORCES, MEX_GUNMEN, ['COERCE'], "after the arrest of the regional leader of the Cártel del Noreste", NOWHERE_NR),
  (unk(("riot", "inmates", "unknown")), MEX_INMATES, ['ASSAULT'], "A riot within the Tabasco Social Reinsertion Center in Villahermosa", at('Villahermosa', r=F)),
  (DJI_MIL, DJI_TARGET, ['ASSAULT'], "Djiboutian armed forces execute a drone strike near the Ethiopian border", at('Djibouti', r=F)),
 ],
 'disasters-aug-07': [
  (nat(["collision", "train", "bus", "level crossing"]), None, ['ASSAULT'], "collide on a level crossing in Naivasha", at('Naivasha', r=F)),
  (nat(["crash", "air ambulance"]), None, ['ASSAULT'], "when an air ambulance crashes into a residential area in Mwihoko", at('Mwihoko', r=F)),
  (nat(["explosion", "gas cylinder", "malfunctioning gas cylinder"]), None, ['ASSAULT'], "when a malfunctioning gas cylinder explodes in Visakhapatnam", at('Visakhapatnam', r=F)),
  (nat(["crash", "helicopter", "barge"]), None, ['ASSAULT'], "on the Mississippi River near East Alton", at('East Alton', r=F)),
 ],
 'conflicts-sep-05': [
  (HAMAS, ISR_HOSTAGES, ['ASSAULT'], "kidnapped during the Nova music festival massacre in 2023", NOWHERE_NR),
  (UN_HR, M23, ['ACCUSE'], "The United Nations Human Rights Office reports that M23 rebels", NOWHERE_NR),
  (M23, COD_CIV, ['ASSAULT'], "and other groups in eastern Democratic Republic of the Congo have committed serious abuses", at('Democratic Republic of the Congo', r=F)),
  (USA_MIL, CARTELS, ['MOBILIZE'], "The Trump administration deploys ten F-35 fighter jets to Puerto Rico", at('Puerto Rico')),
  (VEN_AF, USS, ['THREATEN', 'MOBILIZE'], "Venezuelan Air Force F-16 fighter jets fly over the USS Jason Dunham", NOWHERE_NR),
  (MADURO, USA, ['ACCUSE'], "Venezuelan president Nicolás Maduro accuses the U.S. of seeking a regime change", NOWHERE_NR),
  (AMBAZONIA, CMR_MIL, ['ASSAULT'], "A roadside bomb kills seven Cameroonian soldiers in the Southwest Region", at('Southwest Region')),
  (BOKO, NGA_CIV, ['ASSAULT'], "in attacks by Boko Haram jihadists in Darul Jamal", at('Darul Jamal')),
  (NGA_GUNMEN, NSCDC, ['ASSAULT'], "Eight security officials are killed, four others are seriously injured", at('Edo State', r=F)),
  (NGA_GUNMEN, CHN_WORKERS, ['ASSAULT'], "and five Chinese workers are kidnapped", at('Edo State', r=F)),
  (LEJ, MUM_POLICE, ['THREATEN'], "Lashkar-e-Jihadi warns police that multiple terrorist attacks", at('Mumbai')),
  (MUM_POLICE, LEJ, ['MOBILIZE'], "in Mumbai, Maharashtra, India, causing security to be tightened", at('Mumbai', r=F)),
 ],
 'disasters-feb-03': [
  (nat(["crash", "bus", "bus crash"]), None, ['ASSAULT'], "overturns on a highway in São José da Tapera", at('São José da Tapera', r=F)),
  (nat(["collision", "boat", "hellenic coast guard vessel", "capsizing"]), None, ['ASSAULT'], "capsizes off the coast of Chios", at('Chios', r=F)),
  (nat(["crash", "bus"]), None, ['ASSAULT'], "after a bus plunges into a gorge in Sirmaur district", at('Sirmaur district', r=F)),
  (nat(["fire", "massive fire"]), None, ['ASSAULT'], "when a massive fire sweeps through an inlet in Tawi-Tawi", at('Tawi-Tawi', r=F)),
 ],
 'conflicts-mar-04': [
  (IRN_INTEL, CIA, ['CONSULT'], "the Iranian intelligence ministry have signalled to the United States Central Intelligence Agency", NOWHERE_NR),
  (IRAN, AL_UDEID, ['ASSAULT'], "An Iranian ballistic missile strikes the Al Udeid Air Base in Qatar", at('Qatar')),
  (US_NAVY, IRAN, ['ASSAULT'], "is torpedoed and sunk by U.S. Navy submarine USS Charlotte in waters off Sri Lanka", at('Sri Lanka')),
  (LKA_NAVY, IRAN, ['AID'], "while 32 others are rescued by the Sri Lanka Navy", at('Sri Lanka', r=F)),
  (TUR_NATO, IRAN, ['ASSAULT'], "Turkey and NATO forces shoot down a suspected Iranian ballistic missile", at('Turkey', r=F)),
  (ISR_AF, IRN_JET, ['ASSAULT'], "shoots down an Iranian Yak-130 fighter jet over Tehran", at('Tehran')),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "Israeli strikes on a hotel and residential areas in the towns of Aramoun", at('Aramoun')),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "in the towns of Aramoun and Saadiyat, in the south of Beirut", at('Saadiyat', r=F)),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "during two Israeli strikes on the road to the airport in Beirut", at('Beirut')),
  (COL_TF, FARC_DISS, ['ASSAULT', 'COERCE'], "A task force rescues two minors in an operation against FARC dissidents in Puerto Valencia", at('Puerto Valencia')),
  (COL_TF, FARC_DISS, ['COERCE'], "and arrests four militants and recovers M60 machine guns", at('Puerto Valencia', r=F)),
  (MEX_FORCES, MEX_CARTEL, ['ASSAULT'], "Five cartel members are killed in a shootout with government forces in Rayones", at('Rayones')),
  (MEX_CARTEL, MEX_FORCES, ['ASSAULT'], "in a shootout with government forces in Rayones, Nuevo León", at('Rayones', r=F)),
 ],
 'relations-mar-05': [
  (AUS, None, ['MOBILIZE'], "Australia and New Zealand deploy military assets", NOWHERE_NR),
  (NZL, None, ['MOBILIZE'], "including two RNZAF aircraft, and crisis response teams to the Middle East", NOWHERE_NR),
  (LBN_CAB, IRGC, ['SANCTION', 'COERCE'], "The Lebanese cabinet bans activities by members of Iran's Islamic Revolutionary Guard Corps", at('Lebanon')),
  (LBN_CAB, IRGC, ['COERCE'], "instructs authorities to detain and deport individuals linked to the group", at('Lebanon', r=F)),
  (LBN_CAB, IRN_NATIONALS, ['SANCTION'], "The cabinet also introduces a visa requirement for Iranian nationals", at('Lebanon', r=F)),
  (MACRON, LAF, ['AID', 'COOPERATE'], "France will strengthen its cooperation with the Lebanese Armed Forces", NOWHERE_NR),
  (ECUADOR, CUBA_AMB, ['SANCTION', 'REJECT', 'COERCE'], "Ecuador declares Cuba's ambassador to the country a persona non grata", at('Ecuador')),
  (USA, VENEZUELA, ['AGREE', 'COOPERATE'], "The United States and Venezuela agree to re-establish diplomatic and consular relations", NOWHERE_NR),
 ],
 'law-crime-mar-07': [
  (INMATE, HUNTLEY, ['ASSAULT'], "after being attacked by a fellow inmate at HM Prison Frankland in County Durham", at('County Durham', r=F)),
  (unk(("improvised explosive device", "ied", "unknown")), MAMDANI, ['ASSAULT'], "An improvised explosive device is detonated during a protest", at('New York City', r=F)),
  (NYC_PROT, MAMDANI, ['PROTEST'], "during a protest outside the residence of mayor Zohran Mamdani in New York City", at('New York City')),
 ],
 'politics-jun-04': [
  (BOG_COURT, ESPRIELLA, ['COERCE'], "A court in Bogotá, Colombia, orders presidential candidate Abelardo de la Espriella to stop", at('Bogotá')),
 ],
 'disasters-jun-07': [
  (nat(["crash", "bus", "fire"]), None, ['ASSAULT'], "after a bus overturned and caught fire near Nasiriyah", at('Nasiriyah', r=F)),
  (nat(["collision", "van", "truck"]), None, ['ASSAULT'], "after a van collided with a truck in Sichuan Province", at('Sichuan Province', r=F)),
  (nat(["crash", "gulfstream g200", "private jet", "jet"]), None, ['ASSAULT'], "crashes at La Romana International Airport in La Romana", at('La Romana', r=F)),
  (nat(["earthquake", "earthquakes", "landslides"]), None, ['ASSAULT'], "Mw 4.9 earthquakes strike Euboea, Greece", at('Euboea', r=F)),
 ],
 'conflicts-jul-07': [
  (unk(), VESSELS, ['ASSAULT'], "Three commercial vessels are reported to be attacked near the Strait of Hormuz", NOWHERE_NR),
  (US_GOV, IRAN_GOV, ['SANCTION'], "The United States revokes the temporary sanctions waiver against Iranian oil", at('United States')),
  (USA_MIL, IRN_SITES, ['ASSAULT'], "U.S. forces strike Iranian air-defence, coastal surveillance, and missile sites", at('Bandar Abbas')),
  (USA_MIL, IRN_SITES, ['ASSAULT'], "with explosions heard in Bandar Abbas, Bandar Sirik", at('Bandar Sirik', r=F)),
  (USA_MIL, IRN_SITES, ['ASSAULT'], "Bandar Sirik, and Qeshm Island", at('Qeshm Island', r=F)),
  (IRAN_GOV, USA, ['ACCUSE', 'THREATEN'], "Iran accuses the U.S. of violating their memorandum of understanding", NOWHERE_NR),
  (ISR_MIL, GAZA_CIV, ['ASSAULT'], "Israeli airstrikes and gunfire kill at least seven people, including a child, in the Gaza Strip", at('Gaza Strip')),
  (ISR_MIL, HAMAS_CMD, ['ASSAULT'], "they have killed a Hamas Nukhba Force commander", NOWHERE_NR),
  (unk(("drone strikes", "drones", "unknown")), SDN_CIV2, ['ASSAULT'], "15 people have been killed in drone strikes in Sudan's North Kordofan state", at('North Kordofan', r=F)),
  (SDN_ARMY, DRONE, ['ASSAULT'], "it has shot down a Chinese-made FH-95 drone in North Kordofan", at('North Kordofan', r=F)),
  (unk(("explosions", "two explosions", "unknown")), SYR_CIV, ['ASSAULT'], "in two explosions near Four Seasons Hotel Damascus", at('Damascus', r=F)),
  (MACRON, SYRIA, ['CONSULT'], "where French president Emmanuel Macron stayed during his state visit", at('Damascus', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
