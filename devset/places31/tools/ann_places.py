# Gold events of the thirty-first place set (pages keyed by short name; see ANN at the end), annotated from
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
 'France': ('FRA', (46.6, 2.4)), 'Hungary': ('HUN', (47.2, 19.5)), 'United Kingdom': ('GBR', (54.0, -2.5)),
 'Peru': ('PER', (-9.2, -75.0)), 'Burkina Faso': ('BFA', (12.3, -1.6)), 'Argentina': ('ARG', (-34.0, -64.0)),
 'Finland': ('FIN', (64.0, 26.0)), 'Nepal': ('NPL', (28.4, 84.1)), 'Turkey': ('TUR', (39.0, 35.2)),
 'Yemen': ('YEM', (15.6, 48.0)), 'Lebanon': ('LBN', (33.9, 35.9)), 'Israel': ('ISR', (31.4, 35.0)),
 'Mali': ('MLI', (17.6, -4.0)), 'Colombia': ('COL', (4.6, -74.1)),
 # regions, provinces, districts, townships, counties
 'Malir District': ('PAK', (24.95, 67.20)), 'Kyauktaw Township': ('MMR', (20.84, 92.98)),
 'Paktia Province': ('AFG', (33.60, 69.40)), 'Elmore County': ('USA', (43.35, -115.47)),
 'Ubon Ratchathani Province': ('THA', (15.0, 105.1)), 'Oddar Meanchey Province': ('KHM', (14.2, 103.6)),
 'Preah Vihear Province': ('KHM', (13.8, 105.0)), 'North Bank Division': ('GMB', (13.53, -16.0)),
 # cities, towns, villages
 'Koszalin': ('POL', (54.19, 16.17)), 'Stuttgart': ('DEU', (48.78, 9.18)), 'Busra al-Sham': ('SYR', (32.52, 36.48)),
 'Nabire': ('IDN', (-3.37, 135.48)), 'Bandung': ('IDN', (-6.91, 107.61)), 'Lima': ('PER', (-12.05, -77.04)),
 'Tzova': ('ISR', (31.77, 35.12)), 'Port-au-Prince': ('HTI', (18.54, -72.34)), 'Istanbul': ('TUR', (41.01, 28.98)),
 'Ankara': ('TUR', (39.93, 32.86)), 'Kabul': ('AFG', (34.53, 69.17)), 'Coahuayana': ('MEX', (18.73, -103.68)),
 'Balboa': ('COL', (2.04, -77.22)), 'Hebron': ('PSE', (31.53, 35.10)), 'Aden': ('YEM', (12.79, 45.03)),
 'Heglig': ('SDN', (9.98, 29.40)), 'San Marcos': ('MEX', (16.80, -99.39)), 'Bhadrapur': ('NPL', (26.54, 88.09)),
 'Indore': ('IND', (22.72, 75.86)), 'Pelotas': ('BRA', (-31.77, -52.34)), 'Nairobi': ('KEN', (-1.29, 36.82)),
 'Bologna': ('ITA', (44.49, 11.34)), 'Milan': ('ITA', (45.46, 9.19)), 'Ufa': ('RUS', (54.74, 55.97)),
 'Chemmad': ('IND', (11.05, 75.92)), 'Thessaloniki': ('GRC', (40.64, 22.94)), 'Stutterheim': ('ZAF', (-32.57, 27.42)),
 'Bekasi': ('IDN', (-6.24, 106.99)), 'Samarkandek': ('KGZ', (40.0, 70.7)), 'Glasgow': ('GBR', (55.86, -4.25)),
 'Bangkok': ('THA', (13.75, 100.50)), 'Tel Aviv': ('ISR', (32.08, 34.78)), 'Jerusalem': ('ISR', (31.78, 35.22)),
 'Haifa': ('ISR', (32.79, 34.99)), 'Aguelhok': ('MLI', (19.46, 0.86)), 'Anéfis': ('MLI', (18.05, 0.60)),
 'Gao': ('MLI', (16.27, -0.04)), 'Sévaré': ('MLI', (14.53, -4.10)), 'Kostiantynivka': ('UKR', (48.53, 37.71)),
 'Hodeidah': ('YEM', (14.80, 42.95)), 'Juba': ('SSD', (4.85, 31.58)), 'Sevastopol': ('UKR', (44.60, 33.52)),
 'Plovdiv': ('BGR', (42.14, 24.75)),
}
COUNTRY_LEVEL = {'France', 'Hungary', 'United Kingdom', 'Peru', 'Burkina Faso', 'Argentina', 'Finland', 'Nepal',
                 'Turkey', 'Yemen', 'Lebanon', 'Israel', 'Mali', 'Colombia'}


def at(name, r=True, s=None):
    """options for an event placed at P[name]"""
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s: o['s'] = s
    return o


NOWHERE = {}                 # required, no place on the page
NOWHERE_NR = {'r': False}    # not required, no place on the page


def nat(names, c=None):
    """a natural event or an accident: no agent, the event itself is the source (kind other, nominal ASSAULT)"""
    return oth(names, c)


def unk(names=("unknown", "attackers", "gunmen", "assailants"), c=None):
    """an agent the page does not name"""
    return oth(list(names), c)


# actors
POL_MAN = per(["45-year old man", "45-year-old man", "man", "a 45-year old man"], "POL")
POL_DOCTOR = civ(["female doctor", "doctor", "woman"], "POL")
POL_POLICE = gov(["police", "police officers", "polish police", "officers"], "POL")
DEU_COURT = gov(["court", "court in stuttgart", "stuttgart court", "german court", "germany"], "DEU")
SYR_MAN = per(["syrian man", "man", "syrian"], "SYR")
SYR_SUNNI = civ(["sunni muslims", "sunnis", "civilians"], "SYR")
FRA_COURT = gov(["court", "french court", "france", "french judiciary", "prosecutors"], "FRA")
FRA_OFFICER = gov(["french police officer", "police officer", "officer", "police"], "FRA")
NAHEL = per(["nahel merzouk", "nahel", "merzouk", "17-year-old nahel merzouk"], "FRA")
FRA_RIOTERS = civ(["rioters", "riots", "protesters"], "FRA")
FRA_GOV = gov(["france", "french government", "police", "authorities"], "FRA")
HUN_POLICE = gov(["police", "police in hungary", "hungarian police", "hungary", "hungarian government"], "HUN")
BUD_PRIDE = civ(["budapest pride", "pride", "budapest pride event", "organizers", "lgbtq"], "HUN")
MI5 = gov(["mi5", "security service", "british security service"], "GBR")
UK_COURTS = gov(["uk high courts", "high courts", "high court", "courts"], "GBR")
PAK_PRISONERS = civ(["prisoners", "two hundred and sixteen prisoners", "inmates", "escapees"], "PAK")
PAK_GUARDS = gov(["prison officers", "officers", "two prison officers", "prison staff"], "PAK")
PAK_AUTH = gov(["authorities", "police", "pakistani authorities", "search operation", "pakistan"], "PAK")
IDN_PRISONERS = civ(["prisoners", "nineteen prisoners", "west papua national liberation army", "tpnpb",
                     "armed group", "inmates", "escapees"], "IDN")
IDN_STAFF = gov(["prison staff", "three prison staff", "staff", "guards"], "IDN")
IDN_POLICE = gov(["police", "indonesian police", "indonesia"], "IDN")
IDN_PROT = civ(["protesters", "students", "universitas pasundan", "universitas islam bandung"], "IDN")
IDN_DIPLOMAT = gov(["indonesian diplomat", "diplomat", "indonesia", "embassy"], "IDN")
PER_FM = gov(["peruvian foreign ministry", "foreign ministry", "peru", "peruvian government"], "PER")
BFA = st(["burkina faso", "burkinabe government", "government", "transitional legislative assembly"], "BFA")
BFA_LGBT = civ(["homosexuals", "homosexuality", "lgbtq people", "gay people"], "BFA")
ARG_JUDGE = gov(["argentine federal judge", "federal judge", "judge", "argentina", "court"], "ARG")
ARG_MEDIA = oth(["media outlets", "media", "outlets", "press"], "ARG")
FIN_COURT = gov(["finnish court", "court", "finland", "finnish district court"], "FIN")
EKPA = per(["simon ekpa", "ekpa", "biafran activist simon ekpa", "activist"], "NGA")
PSE_ATTACKER = per(["palestinian assailant", "assailant", "palestinian", "attacker"], "PSE")
ISR_CIV = civ(["israeli civilians", "two israeli civilians", "civilians", "israelis"], "ISR")
NPL_PRISONERS = civ(["prisoners", "nine prisoners", "inmates"], "NPL")
HTI_GANGS = ag(["armed gangs", "gangs", "viv ansamn", "gang"], "HTI")
HTI_CIV = civ(["people", "42 people", "civilians", "residents"], "HTI")
TATMADAW = mil(["tatmadaw", "myanmar military", "military", "junta", "myanmar armed forces", "myanmar"], "MMR")
MMR_CIV = civ(["students", "people", "schools", "civilians", "18 people"], "MMR")
TUR_POLICE = gov(["turkish police", "police", "turkey", "turkish authorities"], "TUR")
ISIL_TR = ag(["islamic state", "is", "isil", "isis", "suspects", "members of the islamic state", "161 people"], None)
AFG = st(["afghanistan", "afghan", "taliban", "afghan government", "zabihullah mujahid", "mujahid",
          "afghanistan spokesperson", "kabul", "islamic emirate"], "AFG")
PAK = st(["pakistan", "pakistani", "pakistani government", "islamabad", "pakistani military", "pakistan air force"], "PAK")
INDIA = st(["india", "indian", "s. jaishankar", "jaishankar", "indian foreign minister", "new delhi",
            "indian government"], "IND")
USA_DEF = gov(["pete hegseth", "hegseth", "us secretary of defense", "united states", "us", "u.s.",
               "department of defense", "pentagon"], "USA")
QATAR = st(["qatar", "qatari", "qatar emiri air force", "qeaf", "doha"], "QAT")
PAK_MIL = mil(["pakistani soldiers", "pakistani forces", "pakistan", "pakistani military", "soldiers"], "PAK")
AFG_MIL = mil(["afghan soldiers", "afghan forces", "afghanistan", "taliban", "soldiers"], "AFG")
MEX_POLICE = gov(["police station", "police", "mexican police"], "MEX")
COL_POLICE = gov(["police station", "police", "colombian police", "café"], "COL")
IDF = mil(["israel defense forces", "idf", "israeli soldiers", "soldiers", "israel", "israeli forces",
           "israel defense forces soldiers"], "ISR")
PSE_CIV = civ(["palestinians", "two palestinians", "car", "palestinian"], "PSE")
STC = ag(["southern transitional council", "stc", "separatists"], "YEM")
YEM_GOV = gov(["yemeni government", "presidential leadership council", "yemen", "government forces",
               "yemeni government forces", "saudi-backed government"], "YEM")
SAUDI = st(["saudi arabia", "saudi", "saudi troops", "troops", "riyadh", "saudi-led coalition"], "SAU")
CAMBODIA = st(["cambodia", "cambodian", "cambodian forces", "cambodian military", "phnom penh"], "KHM")
THAILAND = st(["thailand", "thai", "thai army", "thai soldiers", "thai forces", "bangkok", "thai military"], "THA")
THAI_AF = mil(["thai f-16 jets", "f-16 jets", "royal thai air force", "thai air force", "thailand", "thai",
               "thai military"], "THA")
KHM_TARGETS = mil(["cambodian military targets", "cambodian military", "cambodia", "cambodian civilians",
                   "civilians", "cambodian"], "KHM")
ISRAEL = st(["israel", "israeli", "israeli military", "idf", "israeli air force", "israel defense forces"], "ISR")
HEZBOLLAH = ag(["hezbollah", "hizbollah", "hizballah"], "LBN")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SAF = mil(["sudanese armed forces", "saf", "sudanese army", "army", "sudan"], "SDN")
ITA_SABOTEURS = oth(["suspected saboteurs", "saboteurs", "unknown", "attackers"], "ITA")
ITA_RAIL = oth(["rail infrastructure", "railway", "rail network", "trains"], "ITA")
ITA_PROT = civ(["anti-olympics protestors", "protestors", "protesters", "demonstrators", "anti-olympics protesters"], "ITA")
ITA_POLICE = gov(["police", "officers", "italian police", "riot police"], "ITA")
RUS_STABBER = per(["perpetrator", "attacker", "student", "assailant"], "RUS")
RUS_VICTIMS = civ(["people", "seven people", "students", "indian nationals", "four indian nationals"], "RUS")
IND_POLICE = gov(["police", "kerala police", "indian police"], "IND")
IND_WOMAN = per(["woman", "a woman"], "IND")
GRC_POLICE = gov(["police", "riot police", "greek police", "hellenic police"], "GRC")
GRC_PEOPLE = civ(["313 people", "people", "protesters", "students", "demonstrators"], "GRC")
IRN_DIASPORA = civ(["iranian diaspora protesters", "diaspora protesters", "protesters", "iranian diaspora",
                    "iranians"], "IRN")
IRAN = st(["iran", "iranian regime", "regime", "iranian government", "islamic republic", "tehran"], "IRN")
ISR_PROT = civ(["protesters", "2,000 protesters", "anti-war protesters", "protests", "israelis", "demonstrators"], "ISR")
NETANYAHU = gov(["benjamin netanyahu", "netanyahu", "prime minister benjamin netanyahu", "israeli government",
                 "prime minister"], "ISR")
OMAN = st(["oman", "omani", "muscat", "omani government"], "OMN")
FR_UK = st(["france", "united kingdom", "uk", "britain", "french", "british"], None)
JNIM = ag(["jama'at nusrat al-islam wal-muslimin", "jnim", "al-qaeda", "al-qaeda-linked jama'at nusrat al-islam wal-muslimin",
           "tuareg azawad liberation front", "azawad liberation front", "fla", "separatists", "militants"], None)
MLI_MIL = mil(["malian army", "mali armed forces", "malian armed forces", "army", "mali", "malian forces"], "MLI")
RUSSIA = mil(["russia", "russian forces", "russian army", "russian military", "russian"], "RUS")
UKR_MIL = mil(["ukrainian forces", "ukrainian armed forces", "ukraine", "general staff of the ukrainian armed forces",
               "volodymyr zelenskyy", "zelenskyy", "ukrainian"], "UKR")
HOUTHIS = ag(["houthis", "houthi", "houthi fighters", "ansar allah", "houthi movement"], "YEM")
YEM_SOLDIERS = mil(["soldiers", "yemeni soldiers", "yemeni government forces", "government forces", "yemen",
                    "16 soldiers"], "YEM")
JEP = gov(["colombian special jurisdiction for peace", "special jurisdiction for peace", "jep", "colombia",
           "tribunal"], "COL")
FARC = ag(["farc", "former farc members", "27 former farc members", "timoleón jiménez", "timoleon jimenez",
           "farc members"], "COL")
SSD_POLICE = gov(["south sudanese police", "police", "south sudan", "south sudan national police service"], "SSD")
SSD_GANGS = ag(["suspected gang members", "gang members", "gangs", "criminal gangs", "60 suspected gang members"], "SSD")
RUS_SOLDIER = per(["rogue russian soldier", "russian soldier", "soldier", "gunman"], "RUS")
SEV_CIV = civ(["people", "four people", "civilians", "residents"], "UKR")
BGR_TEENS = civ(["group of teenagers", "teenagers", "teens", "group"], "BGR")
BGR_MAN = per(["37-year-old man", "man", "victim"], "BGR")

ANN = {
 'law-crime-jun-03': [
  (POL_MAN, POL_DOCTOR, ['ASSAULT'], "A female doctor was attacked and beaten up", at('Koszalin', r=F)),
  (POL_POLICE, POL_MAN, ['COERCE'], "police officers detained a 45-year-old man on a nearby street", at('Koszalin')),
  (DEU_COURT, SYR_MAN, ['COERCE'], "A court in Stuttgart, Germany, sentences a Syrian man to life in prison", at('Stuttgart')),
  (SYR_MAN, SYR_SUNNI, ['ASSAULT'], "committing alleged war crimes against Sunni Muslims in Busra al-Sham", at('Busra al-Sham', r=F)),
  (FRA_COURT, FRA_OFFICER, ['COERCE'], "A French police officer goes on trial", at('France', r=F)),
  (FRA_OFFICER, NAHEL, ['ASSAULT'], "after being charged with killing 17-year-old Nahel Merzouk", NOWHERE_NR),
  (FRA_RIOTERS, FRA_GOV, ['PROTEST', 'ASSAULT'], "whose death sparked the riots across France", at('France', r=F)),
  (HUN_POLICE, BUD_PRIDE, ['REJECT', 'COERCE'], "Police in Hungary deny the request for permission to hold the Budapest Pride event", at('Hungary')),
  (MI5, UK_COURTS, ['COOPERATE', 'CONCEDE'], "MI5 apologizes to the UK High Courts", at('United Kingdom', r=F)),
  (PAK_PRISONERS, PAK_GUARDS, ['ASSAULT'], "one prisoner is killed and two prison officers are injured", at('Malir District', r=F)),
  (PAK_AUTH, PAK_PRISONERS, ['COERCE'], "A search operation is ongoing and 80 prisoners have been recaptured", at('Malir District', r=F)),
  (IDN_PRISONERS, IDN_STAFF, ['ASSAULT'], "Three prison staff were critically injured", at('Nabire', r=F)),
 ],
 'law-crime-sep-01': [
  (IDN_POLICE, IDN_PROT, ['ASSAULT', 'COERCE'], "Police storm into the campuses of Universitas Pasundan and Universitas Islam Bandung", at('Bandung')),
  (unk(), IDN_DIPLOMAT, ['ASSAULT'], "An Indonesian diplomat attached to the embassy in Lima, Peru, is shot dead", at('Lima', r=F)),
  (PER_FM, unk(("unknown assailant", "assailant", "unknown")), ['COERCE'], "The Peruvian foreign ministry opens an investigation into the shooting", at('Peru', r=F)),
  (BFA, BFA_LGBT, ['COERCE'], "Burkina Faso passes a law criminalizing homosexuality", at('Burkina Faso', r=F)),
  (ARG_JUDGE, ARG_MEDIA, ['COERCE'], "An Argentine federal judge bars media outlets from publishing audio recordings", at('Argentina')),
  (FIN_COURT, EKPA, ['COERCE'], "A Finnish court sentences Biafran activist Simon Ekpa to six years in prison", at('Finland')),
 ],
 'conflicts-sep-12': [
  (PSE_ATTACKER, ISR_CIV, ['ASSAULT'], "A Palestinian assailant stabs two Israeli civilians in Tzova", at('Tzova')),
  (unk(("unknown", "police", "security forces")), NPL_PRISONERS, ['ASSAULT'], "nine prisoners have been killed and 12,500 others are at large", at('Nepal', r=F)),
  (HTI_GANGS, HTI_CIV, ['ASSAULT'], "At least 42 people are killed by armed gangs", at('Port-au-Prince')),
  (TATMADAW, MMR_CIV, ['ASSAULT'], "are killed in a Tatmadaw airstrike on two schools in Kyauktaw Township", at('Kyauktaw Township')),
  (TUR_POLICE, ISIL_TR, ['COERCE'], "Turkish police arrest 161 people suspected of being members of the Islamic State", at('Turkey')),
  (TUR_POLICE, ISIL_TR, ['COERCE'], "in raids in 38 provinces, including Istanbul", at('Istanbul', r=F)),
  (TUR_POLICE, ISIL_TR, ['COERCE'], "38 provinces, including Istanbul and Ankara", at('Ankara', r=F)),
 ],
 'relations-oct-10': [
  (PAK, AFG, ['ASSAULT'], "says Pakistan launched an airstrike in the country's eastern Paktia Province", at('Paktia Province', r=F)),
  (AFG, PAK, ['ACCUSE'], "Afghanistan spokesperson Zabihullah Mujahid says Pakistan launched an airstrike", NOWHERE_NR),
  (PAK, AFG, ['ACCUSE'], "the Pakistani government says the Pakistani Taliban was allowed to use Afghanistan", NOWHERE_NR),
  (INDIA, AFG, ['COOPERATE'], "the country will reopen its embassy in Kabul", at('Kabul', r=F)),
  (USA_DEF, QATAR, ['AGREE', 'COOPERATE'], "announces an agreement with Qatar to build a new Qatar Emiri Air Force facility", at('Elmore County')),
 ],
 'conflicts-dec-06': [
  (PAK_MIL, AFG_MIL, ['ASSAULT'], "in a shootout between Pakistani soldiers and Afghan soldiers at the border", NOWHERE_NR),
  (unk(("unknown", "attackers", "car bomb", "car bombing")), MEX_POLICE, ['ASSAULT'], "in a suspected car bombing terrorist attack when a vehicle explodes", at('Coahuayana', r=F)),
  (unk(("unknown", "attackers", "motorcycle bomb", "motorcycle bombing")), COL_POLICE, ['ASSAULT'], "in a motorcycle bombing at a café near a police station in Balboa", at('Balboa', r=F)),
  (IDF, PSE_CIV, ['ASSAULT'], "when Israel Defense Forces soldiers open fire on a car speeding toward troops in Hebron", at('Hebron')),
 ],
 'conflicts-dec-08': [
  (STC, YEM_GOV, ['ASSAULT', 'COERCE'], "The Southern Transitional Council (STC) captures all eight southern governorates of Yemen", at('Yemen')),
  (SAUDI, YEM_GOV, ['RETREAT'], "Saudi Arabia withdraws all of its troops from Aden", at('Aden')),
  (CAMBODIA, THAILAND, ['ASSAULT'], "after Cambodia shells Ubon Ratchathani province, Thailand", at('Ubon Ratchathani Province')),
  (THAI_AF, KHM_TARGETS, ['ASSAULT'], "Thai F-16 jets carry out airstrikes on Cambodian military targets in Oddar Meanchey province", at('Oddar Meanchey Province')),
  (THAI_AF, KHM_TARGETS, ['ASSAULT'], "Oddar Meanchey province and Preah Vihear, killing four Cambodian civilians", at('Preah Vihear Province', r=F)),
  (ISRAEL, HEZBOLLAH, ['ASSAULT'], "Israel carries out a wave of airstrikes in southern Lebanon", at('Lebanon')),
  (RSF, SAF, ['ASSAULT', 'COERCE'], "The Rapid Support Forces capture Heglig", at('Heglig')),
  (SAF, RSF, ['RETREAT'], "after the Sudanese Armed Forces withdraw from the area", at('Heglig')),
 ],
 'disasters-jan-02': [
  (nat(["earthquake", "mw 6.5 earthquake", "guerrero earthquake"]), None, ['ASSAULT'], "A Mw 6.5 earthquake strikes 14 km (8.7 mi) off the coast of San Marcos", at('San Marcos', r=F)),
  (nat(["atr 72-500", "buddha air flight 901", "buddha air", "aircraft", "runway overrun", "crash"]), None, ['ASSAULT'], "overran the runway upon landing at Bhadrapur Airport in Nepal", at('Bhadrapur', r=F)),
  (nat(["contaminated water", "water contamination", "water"]), None, ['ASSAULT'], "after drinking contaminated water in Indore", at('Indore', r=F)),
  (nat(["collision", "bus", "truck", "bus and a truck"]), None, ['ASSAULT'], "after a bus and a truck collide head-on on a federal highway in Pelotas", at('Pelotas', r=F)),
  (nat(["building collapse", "multi-story building", "building", "collapse"]), None, ['ASSAULT'], "when a multi-story building collapses in Nairobi", at('Nairobi', r=F)),
  (nat(["boat", "capsizing", "boat carrying over 200 migrants", "shipwreck"]), None, ['ASSAULT'], "capsizes off the coast of the North Bank Division of the Gambia", at('North Bank Division', r=F)),
 ],
 'law-crime-feb-07': [
  (ITA_SABOTEURS, ITA_RAIL, ['ASSAULT'], "Suspected saboteurs damage rail infrastructure in different locations near Bologna", at('Bologna', r=F)),
  (ITA_PROT, ITA_POLICE, ['PROTEST', 'ASSAULT'], "Anti-Olympics protestors and police clash in Milan", at('Milan')),
  (RUS_STABBER, RUS_VICTIMS, ['ASSAULT'], "in a mass stabbing at the Bashkir State Medical University in Ufa", at('Ufa', r=F)),
  (IND_POLICE, IND_WOMAN, ['COERCE'], "Police arrest a woman and seize over 10,500 blasting gelatin sticks", at('Chemmad')),
  (GRC_POLICE, GRC_PEOPLE, ['COERCE'], "Police detain 313 people involved in a raid on the Aristotle University campus", at('Thessaloniki')),
  (GRC_PEOPLE, GRC_POLICE, ['ASSAULT'], "after they attacked a group of riot police", at('Thessaloniki', r=F)),
 ],
 'disasters-mar-08': [
  (nat(["collision", "bus", "bus carrying zimbabwean nationals", "car"]), None, ['ASSAULT'], "collides with a car on N6 near Stutterheim", at('Stutterheim', r=F)),
  (nat(["landfill collapse", "bantar gebang landfill", "collapse", "heavy rainfall", "landslide"]), None, ['ASSAULT'], "a section of the Bantar Gebang landfill in Bekasi, West Java, Indonesia, collapses", at('Bekasi', r=F)),
  (nat(["mining incident", "mine", "mining accident"]), None, ['ASSAULT'], "following a mining incident in Samarkandek, Batken Region", at('Samarkandek', r=F)),
  (nat(["fire", "building collapse", "historic building"]), None, ['ASSAULT'], "A fire occurs in a historic building adjoining the Glasgow Central railway station", at('Glasgow', r=F)),
 ],
 'politics-apr-11': [
  (IRN_DIASPORA, IRAN, ['PROTEST'], "Iranian diaspora protesters gather in Bangkok", at('Bangkok')),
  (ISR_PROT, NETANYAHU, ['PROTEST'], "Anti-war and anti-government protests against prime minister Benjamin Netanyahu occur across Israel", at('Israel')),
  (ISR_PROT, NETANYAHU, ['PROTEST'], "including 2,000 protesters at Habima Square in Tel Aviv", at('Tel Aviv', r=F)),
  (ISR_PROT, NETANYAHU, ['PROTEST'], "Protests also occur in Jerusalem", at('Jerusalem', r=F)),
  (ISR_PROT, NETANYAHU, ['PROTEST'], "also occur in Jerusalem and Haifa", at('Haifa', r=F)),
 ],
 'conflicts-jul-04': [
  (OMAN, FR_UK, ['AGREE', 'COOPERATE'], "Oman reaches an agreement with France and the United Kingdom", NOWHERE_NR),
  (JNIM, MLI_MIL, ['ASSAULT'], "launch coordinated attacks on the Malian communes and towns of Aguelhok", at('Aguelhok')),
  (JNIM, MLI_MIL, ['ASSAULT'], "communes and towns of Aguelhok, Anéfis", at('Anéfis', r=F)),
  (JNIM, MLI_MIL, ['ASSAULT'], "towns of Aguelhok, Anéfis, Gao", at('Gao', r=F)),
  (JNIM, MLI_MIL, ['ASSAULT'], "Aguelhok, Anéfis, Gao, and Sévaré", at('Sévaré', r=F)),
  (MLI_MIL, JNIM, ['ASSAULT'], "The Malian army says it has repelled the assaults", at('Mali', r=F)),
  (RUSSIA, UKR_MIL, ['ASSAULT'], "deny Russia's claim that it captured Kostiantynivka", at('Kostiantynivka', r=F)),
  (UKR_MIL, RUSSIA, ['ASSAULT'], "saying Ukrainian forces still control the city and continue defensive operations there", at('Kostiantynivka', r=F)),
  (HOUTHIS, YEM_SOLDIERS, ['ASSAULT'], "are killed during clashes in Hodeidah", at('Hodeidah')),
  (YEM_SOLDIERS, HOUTHIS, ['ASSAULT'], "Over 50 Houthi fighters and 16 soldiers are killed", at('Hodeidah', r=F)),
 ],
 'law-crime-aug-04': [
  (JEP, FARC, ['COERCE', 'ACCUSE'], "The Colombian Special Jurisdiction for Peace charges 27 former FARC members", at('Colombia')),
  (SSD_POLICE, SSD_GANGS, ['COERCE'], "South Sudanese police arrest 60 suspected gang members", at('Juba')),
  (RUS_SOLDIER, SEV_CIV, ['ASSAULT'], "in a shooting spree by a rogue Russian soldier in Sevastopol", at('Sevastopol', r=F)),
  (BGR_TEENS, BGR_MAN, ['ASSAULT'], "A 37-year-old man is killed in Plovdiv", at('Plovdiv', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
