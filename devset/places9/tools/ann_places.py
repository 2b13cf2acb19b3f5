# Gold events of the ninth place set (pages keyed by short name; see ANN at the end), annotated from reading each page only (Eventline was never run on
# these pages, and the geocoder, its gazetteer and their data were not read while choosing or annotating
# them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01 degree; a note only, build_gold.py does not read it). Conventions: devset/events/README.md,
# devset/places/README.md to devset/places8/README.md. A natural event or an accident (a typhoon, a flood, an
# earthquake, a crash) has no agent: its source is the event itself (kind other), its type is a nominal
# ASSAULT and it is never required; eval-places scores it like any other event with a place.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# Brazil
BR_INDIANS = civ(["indians", "hundreds of indians", "indigenous people", "eight indians", "around a dozen indians", "first people"], "BRA")
BR_POLICE = gov(["police", "police operation", "government of brazil"], "BRA")
# Chad and Sudan
DEBY = gov(["idriss déby", "déby", "chadian president idriss déby", "chad", "chad's president déby"], "TCD")
KOUCHNER = gov(["bernard kouchner", "kouchner", "french foreign minister bernard kouchner", "foreign minister kouchner", "france"], "FRA")
BASHIR = gov(["omar al-bashir", "al-bashir", "sudan's president omar al-bashir", "sudanese president omar al-bashir", "sudan"], "SDN")
CHAD_GOV = gov(["the government", "chad", "chadian authorities"], "TCD")
CHAD_REBELS = ag(["insurgency", "insurgents"], "TCD")
DARFUR_VIOL = oth(["the violence", "violence"], "SDN")
SD_REFUGEES = civ(["sudanese refugees", "refugees"], "SDN")
UN_AU = igo(["un-au force", "un", "african union", "au", "united nations"])
US = st(["united states"], "USA")
# Finland
FI_NBI = gov(["finnish national bureau of investigation", "nbi", "göran wennqvist", "police"], "FIN")
FI_MEN = oth(["three finnish men", "suspects", "small gang of people"], "FIN")
BBC = oth(["british broadcasting corporation", "bbc"], "GBR")
# Typhoon Fitow
FITOW = oth(["typhoon fitow", "fitow", "the storm", "storm", "typhoon", "landslide"], None)
JP_CIV = civ(["people", "construction worker", "52-year-old man", "76-year-old man"], "JPN")
JP_GOV = gov(["authorities", "fire and disaster management agency"], "JPN")
# Khartoum
SD_POLICE = gov(["police", "sudanese police", "sudan's criminal investigation department"], "SDN")
GIBBONS = per(["gillian gibbons", "ms gibbons", "british teacher", "teacher", "mrs gibbons", "miss gibbons"], "GBR")
SD_MEN = civ(["group of angry men", "angry men", "parents"], "SDN")
SD_JUSTICE = gov(["mohammed ali mardhi", "sudan's justice minister", "general prosecutor salaheddin abu zaid", "prosecutor"], "SDN")
UK_GOV = gov(["gordon brown", "british prime minister", "louise ellman", "foreign office"], "GBR")
# Alaska
AK_CRASH = oth(["airplane crash", "plane", "piper pa-31 navajo chieftain", "crash"], None)
AK_PASS = civ(["six of the ten on board", "pilot", "survivors", "passengers"], "USA")
# Bristol
AS_POLICE = gov(["avon and somerset police", "police"], "GBR")
BR_SUSPECT = oth(["a man", "man"], "GBR")
BR_FAMILIES = civ(["families"], "GBR")
# Ferry
FRANK = oth(["typhoon fengshen", "frank", "severe storm", "the loss"], None)
FERRY = civ(["mv princess of the stars", "philippine ferry", "those on board"], "PHL")
SULPICIO = oth(["sulpicio lines", "sulpicio", "suplicio", "ship owner", "plaintiff"], "PHL")
DELMONTE = oth(["del monte philippines", "del monte"], "PHL")
BMI = gov(["board of marine inquiry", "bmi", "bmo"], "PHL")
PH_GOV = gov(["government", "elena bautista", "transportation undersecretary elena bautista", "government task force", "court"], "PHL")
PH_FISHERS = civ(["fishing"], "PHL")
# Khadr
KHADR_LAWYERS = civ(["coalition to repatriate omar khadr", "dennis edney", "edney", "khadr's lawyer"], "CAN")
HARPER = gov(["stephen harper", "harper", "prime minister", "government", "canadian government"], "CAN")
KHADR = per(["omar khadr", "khadr", "the youth"], "CAN")
US_MIL = mil(["american special forces", "guantanamo military tribunals", "united states"], "USA")
CA_OPP = gov(["leaders of the three opposition parties", "185 canadian groups and individuals", "amnesty international", "representatives of amnesty international"], "CAN")
OBAMA = gov(["barack obama", "obama"], "USA")
# Moscow
RU_MIL = mil(["military", "troops", "russian military", "interior ministry troops", "air force"], "RUS")
RU_POLICE = gov(["interior ministry troops", "police", "authorities"], "RUS")
# Burkina Faso
BF_FLOOD = oth(["flooding", "severe flooding", "the waters", "waters"], None)
BF_CIV = civ(["people", "homes", "patients", "main hospital"], "BFA")
BF_GOV = gov(["officials", "government", "simon compaore"], "BFA")
# Iraq
IQ_BOMBERS = oth(["blasts", "explosive devices", "bombings", "attacks", "three explosive devices"], "IRQ")
IQ_CIV = civ(["people", "iraqi government's nerve center", "several iraqi politicians", "mosque"], "IRQ")
# Iran
IR_CAO = gov(["reza nakhjavani", "nakhjavani", "iran's civil aviation organization", "hamid behbahani", "iran"], "IRN")
IR_CRASH = oth(["jet crash", "tupolev tu-154", "tu-154", "taban air plane", "aircraft", "crash"], None)
TABAN = oth(["pilot", "taban air", "air taban", "taban", "flight crew"], "IRN")
IR_CIV = civ(["forty-six people", "passengers", "168 people"], "IRN")
# Georgetown
DC_POLICE = gov(["washington, d.c. metro police department", "police", "law enforcement authorities"], "USA")
GU_STUDENTS = civ(["three students", "students"], "USA")
# Norway
BREIVIK = per(["anders behring breivik", "breivik", "gunman", "arrested gunman", "the man behind the attacks"], "NOR")
NO_CIV = civ(["over 92 people", "people"], "NOR")
NO_GOV = gov(["police", "prosecutors", "norway"], "NOR")
# Chardon
LANE = per(["t.j. lane", "alleged gunman", "gunman", "lane"], "USA")
OH_STUDENTS = civ(["three students", "students", "demetrius hewlin"], "USA")
# Jordan
JO_GOV = gov(["jordan", "interior ministry", "hussein al-majali"], "JOR")
JO_MEN = civ(["eleven men", "the men", "prisoners", "convicts"], "JOR")
# Saudi Arabia
SA_GOV = gov(["saudi arabian officials", "saudi arabia", "saudi authorities", "saudi court"], "SAU")
SA_EXECUTED = civ(["47 people", "those executed", "al-qaeda militants", "shi'a muslim cleric"], "SAU")
AQAP = ag(["al-qaeda branch from yemen", "al-qaeda"], "YEM")
BAHRAIN = gov(["bahrain"], "BHR")
BH_PROT = civ(["protests", "protesters"], "BHR")
IR_OFF = gov(["iranian officials"], "IRN")
AMNESTY = oth(["amnesty international", "james lynch", "the organization"], None)
# ICC
ICC = igo(["international criminal court", "icc", "judges", "the court", "fatou bensouda", "bensouda", "chief prosecutor fatou bensouda"])
IL = st(["israel", "israeli defence forces", "benjamin netanyahu", "netanyahu", "israeli officials", "israeli government"], "ISR")
HAMAS = ag(["hamas"], "PSE")
PS_CIV = civ(["civilians", "palestinians"], "PSE")
US_STATE = gov(["united states", "ned price", "state department"], "USA")
# Fukushima
QUAKE = oth(["earthquake", "magnitude 7.3 earthquake", "tremor"], None)

ANN = {
 'brazil-indigenous-land-occupations': [
  (BR_INDIANS, None, ['PROTEST', 'COERCE'], "Hundreds of Indians occupied eight plots of land last week", {}),
  (BR_INDIANS, None, ['THREATEN'], "they threatened to destroy power lines", {'r': F}),
  (BR_POLICE, BR_INDIANS, ['ASSAULT', 'COERCE'], "around a dozen Indians were injured in a police operation", {'w': ('Brazil', 'BRA'), 'll': (-14.24, -51.93)}),
  (BR_POLICE, BR_INDIANS, ['COERCE'], "in the southern state of Catarina where eight Indians were arrested", {'w': ('Santa Catarina', 'BRA'), 'll': (-27.25, -50.22)}),
  (BR_INDIANS, BR_POLICE, ['PROTEST'], "so in April of this year there are major demonstrations planned", {'s': 'h'}),
 ],
 'chad-sudan-kouchner-troop-deployment': [
  (DEBY, KOUCHNER, ['CONSULT'], "After meeting Sunday with French Foreign Minister Bernard Kouchner", {'w': ('Chad', 'TCD'), 'll': (15.45, 18.73)}),
  (DEBY, UN_AU, ['YIELD', 'AGREE'], "opened the door to the possible deployment of United Nations (UN)", {'r': F}),
  (KOUCHNER, BASHIR, ['CONSULT'], "Yesterday, Kouchner met with Sudan's President Omar al-Bashir.", {'w': ('Sudan', 'SDN'), 'll': (12.86, 30.22)}),
  (CHAD_GOV, CHAD_REBELS, ['FIGHT', 'ASSAULT'], "the government has been fighting an insurgency", {'w': ('Chad', 'TCD'), 'r': F, 'll': (15.45, 18.73)}),
  (DARFUR_VIOL, SD_REFUGEES, ['ASSAULT'], "have fled the violence in the Darfur region of Sudan", {'w': ('Darfur', 'SDN'), 'r': F, 'll': (13.50, 24.00)}),
  (KOUCHNER, BASHIR, ['CONSULT'], "Kouchner traveled to Sudan where he met with Sudanese President Omar al-Bashir", {'w': ('Sudan', 'SDN'), 'r': F, 'll': (12.86, 30.22)}),
  (BASHIR, KOUCHNER, ['DEMAND', 'REJECT'], "al-Bashir told Kouchner that he would only accept troops from Africa", {'r': F}),
  (US, BASHIR, ['SANCTION'], "the unilateral sanctions imposed on Sudan by the United States", {'r': F}),
  (BASHIR, UN_AU, ['AGREE'], "the idea of a UN-AU force of 23,000 troops to be stationed in Darfur", {'w': ('Darfur', 'SDN'), 'r': F, 'll': (13.50, 24.00)}),
 ],
 'finland-dogfight-arrests': [
  (FI_NBI, FI_MEN, ['COERCE'], "Three Finnish men have been arrested as part of an investigation", {'w': ('Finland', 'FIN'), 'll': (61.92, 25.75)}),
  (BBC, FI_NBI, ['SHARE'], "after the British Broadcasting Corporation (BBC) forwarded information to the NBI", {'r': F}),
 ],
 'japan-typhoon-fitow': [
  (FITOW, JP_CIV, ['ASSAULT'], "Typhoon Fitow has struck Japan, leaving two people dead", {'w': ('Japan', 'JPN'), 'r': F, 'll': (36.20, 138.25)}),
  (FITOW, JP_CIV, ['ASSAULT'], "The storm moved through Tokyo yesterday.", {'w': ('Tokyo', 'JPN'), 'r': F, 'll': (35.68, 139.69)}),
  (FITOW, JP_CIV, ['ASSAULT'], "after a landslide at a dam construction site in Fukui Prefecture", {'w': ('Fukui Prefecture', 'JPN'), 'r': F, 'll': (35.85, 136.23)}),
  (FITOW, JP_CIV, ['ASSAULT'], "A 52-year-old man is missing in Kanagawa Prefecture", {'w': ('Kanagawa Prefecture', 'JPN'), 'r': F, 'll': (35.41, 139.34)}),
  (JP_GOV, JP_CIV, ['MOBILIZE', 'COERCE'], "3,000 last night in Miyagi Prefecture", {'w': ('Miyagi Prefecture', 'JPN'), 'r': F, 'll': (38.63, 140.92)}),
 ],
 'khartoum-teacher-teddy-bear-arrest': [
  (SD_POLICE, GIBBONS, ['COERCE'], "A British teacher working in Sudan was arrested on Sunday", {'w': ('Khartoum', 'SDN'), 'll': (15.50, 32.56)}),
  (SD_MEN, GIBBONS, ['THREATEN'], "as a group of angry men chanted threats", {'w': ('Khartoum', 'SDN'), 'r': F, 'll': (15.50, 32.56)}),
  (SD_POLICE, GIBBONS, ['COERCE'], "the police arrested Ms Gibbons at her lodgings in the School", {'w': ('Khartoum', 'SDN'), 'r': F, 'll': (15.50, 32.56)}),
  (SD_JUSTICE, GIBBONS, ['INVESTIGATE', 'ACCUSE'], "ordered General Prosecutor Salaheddin Abu Zaid to take personal charge of the case", {'r': F}),
  (UK_GOV, BASHIR, ['CONSULT'], "contacts had been made with the Sudanese government and police", {'r': F}),
  (UK_GOV, SD_POLICE, ['REQUEST'], "called for the release of Ms Gibbons", {'r': F}),
 ],
 'kodiak-alaska-plane-crash': [
  (AK_CRASH, AK_PASS, ['ASSAULT'], "Survivors of this weekend's airplane crash in Alaska", {'w': ('Kodiak Island', 'USA'), 'r': F, 'll': (57.47, -153.43)}),
  (AK_CRASH, AK_PASS, ['ASSAULT'], "close to the Kodiak Island accident site", {'w': ('Kodiak Island', 'USA'), 'r': F, 'll': (57.47, -153.43)}),
  (AK_CRASH, AK_PASS, ['ASSAULT'], "attempting takeoff at Point Hope had its forward door unexpectedly open", {'w': ('Point Hope', 'USA'), 'r': F, 'll': (68.35, -166.76)}),
 ],
 'bristol-terror-arrest-evacuation': [
  (AS_POLICE, BR_SUSPECT, ['COERCE'], "arrested a man in the Westbury on Trym area of the city", {'w': ('Westbury on Trym', 'GBR'), 'll': (51.49, -2.62)}),
  (AS_POLICE, BR_FAMILIES, ['COERCE', 'MOBILIZE'], "Families who were evacuated in Bristol, United Kingdom", {'w': ('Bristol', 'GBR'), 'r': F, 'll': (51.45, -2.59)}),
 ],
 'sibuyan-ferry-disaster-lawsuits': [
  (FRANK, FERRY, ['ASSAULT'], "The loss near Sibuyan island during Typhoon Fengshen", {'w': ('Sibuyan', 'PHL'), 'r': F, 'll': (12.42, 122.57)}),
  (SULPICIO, DELMONTE, ['ACCUSE'], "Ship owner Sulpicio Lines has sued Del Monte Philippines", {'w': ('Manila', 'PHL'), 'll': (14.60, 120.98)}),
  (SULPICIO, BMI, ['ACCUSE'], "Sulpicio yesterday sued the Board of Marine Inquiry", {'r': F}),
  (PH_GOV, SULPICIO, ['REJECT'], "Today, that request was denied.", {'r': F}),
  (SULPICIO, DELMONTE, ['ACCUSE'], "an eight-page complaint was filed against Del Monte at Manila City's regional trial court", {'w': ('Manila', 'PHL'), 'r': F, 'll': (14.60, 120.98)}),
  (PH_GOV, PH_FISHERS, ['COERCE'], "led to a ban on fishing in the nearby town of San Fernando", {'w': ('San Fernando', 'PHL'), 'r': F, 'll': (12.30, 122.60)}),
  (PH_GOV, SULPICIO, ['REJECT'], "Elena Bautista rejected this proposal", {'r': F}),
 ],
 'toronto-omar-khadr-repatriation-plea': [
  (KHADR_LAWYERS, HARPER, ['REQUEST'], "The Coalition to Repatriate Omar Khadr held a press conference in Toronto", {'w': ('Toronto', 'CAN'), 'll': (43.65, -79.38)}),
  (US_MIL, KHADR, ['COERCE'], "the sole Western citizen still held at Guantanamo Bay", {'w': ('Guantanamo Bay', 'CUB'), 'r': F, 'll': (19.90, -75.10)}),
  (US_MIL, KHADR, ['COERCE'], "when he was captured by American Special Forces in 2002", {'r': F}),
  (HARPER, KHADR_LAWYERS, ['REJECT'], "the government has refused to intervene", {'r': F}),
  (CA_OPP, OBAMA, ['REQUEST'], "sent a letter to Obama urging him to repatriate Khadr", {'r': F}),
  (CA_OPP, HARPER, ['ACCUSE'], "accused the Prime Minister of \"harbouring anti-Muslim sentiment\"", {'r': F}),
  (CA_OPP, HARPER, ['REQUEST'], "was also delivered to Parliament Hill by representatives of Amnesty International", {'w': ('Ottawa', 'CAN'), 'r': F, 'll': (45.42, -75.70)}),
 ],
 'moscow-victory-day-parade': [
  (RU_MIL, None, ['MOBILIZE'], "one of the largest military parades seen since the fall of the Soviet Union", {'w': ('Moscow', 'RUS'), 'r': F, 'll': (55.76, 37.62)}),
  (RU_POLICE, None, ['COERCE', 'MOBILIZE'], "the major entrance of Tverskaya Ulitsa completely locked down", {'w': ('Moscow', 'RUS'), 'r': F, 'll': (55.76, 37.62)}),
  (RU_MIL, None, ['MOBILIZE'], "with regular rehearsals in Alabino including the erection of a mock Red Square", {'w': ('Alabino', 'RUS'), 'r': F, 'll': (55.52, 36.93)}),
  (RU_MIL, None, ['MOBILIZE'], "Final dress rehearsals took place in Moscow on May 7", {'w': ('Moscow', 'RUS'), 'r': F, 'll': (55.76, 37.62)}),
  (RU_POLICE, None, ['MOBILIZE'], "albeit under extreme security and an ever watching eye from Interior Ministry troops", {'w': ('Moscow', 'RUS'), 'r': F, 'll': (55.76, 37.62)}),
 ],
 'ouagadougou-burkina-faso-floods': [
  (BF_FLOOD, BF_CIV, ['ASSAULT'], "severe flooding in Burkina Faso has affected over 100,000 people", {'w': ('Burkina Faso', 'BFA'), 'r': F, 'll': (12.24, -1.56)}),
  (BF_FLOOD, BF_CIV, ['ASSAULT'], "Thousands of homes in the vicinity of Ouagadougou", {'w': ('Ouagadougou', 'BFA'), 'r': F, 'll': (12.37, -1.53)}),
  (BF_GOV, None, ['REQUEST'], "Officials requested international aid for those affected by the disaster.", {'r': F}),
  (BF_FLOOD, BF_CIV, ['ASSAULT'], "the main hospital in Ouagadougou which is close to a dam was inundated", {'w': ('Ouagadougou', 'BFA'), 'r': F, 'll': (12.37, -1.53)}),
  (BF_FLOOD, None, ['ASSAULT'], "Flooding has also affected the neighbouring countries of Benin", {'w': ('Benin', 'BEN'), 'r': F, 'll': (9.31, 2.32)}),
  (BF_FLOOD, None, ['ASSAULT'], "Flooding has also affected the neighbouring countries of Benin", {'w': ('Ghana', 'GHA'), 'r': F, 'll': (7.95, -1.02)}),
  (BF_FLOOD, None, ['ASSAULT'], "Flooding has also affected the neighbouring countries of Benin", {'w': ('Guinea', 'GIN'), 'r': F, 'll': (9.95, -9.70)}),
  (BF_FLOOD, None, ['ASSAULT'], "Flooding has also affected the neighbouring countries of Benin", {'w': ('Niger', 'NER'), 'r': F, 'll': (17.61, 8.08)}),
  (BF_FLOOD, None, ['ASSAULT'], "Flooding has also affected the neighbouring countries of Benin", {'w': ('Senegal', 'SEN'), 'r': F, 'll': (14.50, -14.45)}),
 ],
 'baghdad-mosul-bombings': [
  (IQ_BOMBERS, IQ_CIV, ['ASSAULT'], "three blasts in Baghdad killed four people and wounded fourteen others", {'w': ('Baghdad', 'IRQ'), 'll': (33.31, 44.37)}),
  (IQ_BOMBERS, IQ_CIV, ['ASSAULT'], "Three other blasts also rocked the northern city of Mosul", {'w': ('Mosul', 'IRQ'), 'll': (36.34, 43.13)}),
  (IQ_BOMBERS, IQ_CIV, ['ASSAULT'], "blew up in parking lots in the Karrada District", {'w': ('Karrada', 'IRQ'), 'r': F, 'll': (33.30, 44.42)}),
  (IQ_BOMBERS, IQ_CIV, ['ASSAULT'], "Mortar attacks and assassination attempts against several Iraqi politicians", {'w': ('Baghdad', 'IRQ'), 'r': F, 'll': (33.31, 44.37)}),
  (IQ_BOMBERS, IQ_CIV, ['ASSAULT'], "the attacks in Mosul killed four people and wounded a further forty", {'w': ('Mosul', 'IRQ'), 'r': F, 'll': (36.34, 43.13)}),
 ],
 'mashad-tu154-crash-landing': [
  (IR_CAO, TABAN, ['ACCUSE'], "he blames yesterday's jet crash on pilot error", {}),
  (IR_CRASH, IR_CIV, ['ASSAULT'], "the aircraft was performing an emergency landing in Mashad", {'w': ('Mashhad', 'IRN'), 'r': F, 'll': (36.30, 59.61)}),
  (IR_CAO, TABAN, ['ACCUSE'], "accused the pilot of placing one life before over 150 others", {'r': F}),
  (IR_CAO, TABAN, ['SANCTION', 'COERCE'], "Taban's license is currently suspended.", {'r': F}),
  (IR_CRASH, IR_CIV, ['ASSAULT'], "a Tu-154 crash killed 168 people shortly after takeoff from Tehran", {'w': ('Tehran', 'IRN'), 'r': F, 'll': (35.69, 51.39)}),
 ],
 'georgetown-university-drug-lab': [
  (DC_POLICE, GU_STUDENTS, ['COERCE'], "three students have been arrested for drug paraphernalia possession at Georgetown University", {'w': ('Washington, D.C.', 'USA'), 'll': (38.91, -77.07)}),
  (DC_POLICE, GU_STUDENTS, ['COERCE', 'MOBILIZE'], "Students were evacuated from the building around 6:00 am EDT", {'w': ('Washington, D.C.', 'USA'), 'r': F, 'll': (38.91, -77.07)}),
 ],
 'oslo-utoya-breivik-motives': [
  (BREIVIK, NO_CIV, ['ASSAULT'], "the attacks that killed over 92 people in Utøya and Oslo, Norway", {'w': ('Utøya', 'NOR'), 'll': (60.02, 10.25)}),
  (BREIVIK, NO_CIV, ['ASSAULT'], "the attacks that killed over 92 people in Utøya and Oslo, Norway", {'w': ('Oslo', 'NOR'), 'll': (59.91, 10.75)}),
  (NO_GOV, BREIVIK, ['ACCUSE'], "Breivik has been charged with terrorism", {}),
 ],
 'chardon-ohio-school-shooting': [
  (LANE, OH_STUDENTS, ['ASSAULT'], "following a shooting which occurred at an Ohio school early on Monday", {'w': ('Chardon', 'USA'), 'll': (41.58, -81.20)}),
 ],
 'jordan-eleven-executions': [
  (JO_GOV, JO_MEN, ['ASSAULT', 'COERCE'], "Jordan yesterday ended a moratorium on executions that had stood since 2006", {'w': ('Jordan', 'JOR'), 'll': (31.24, 36.51)}),
  (JO_GOV, JO_MEN, ['ASSAULT', 'COERCE'], "The men were executed at a prison in the south early in the morning.", {'w': ('Jordan', 'JOR'), 'r': F, 'll': (31.24, 36.51)}),
 ],
 'saudi-arabia-47-executions': [
  (SA_GOV, SA_EXECUTED, ['ASSAULT', 'COERCE'], "Saudi Arabian officials said they have executed 47 people", {'w': ('Saudi Arabia', 'SAU'), 'll': (23.89, 45.08)}),
  (AQAP, SA_GOV, ['THREATEN'], "an Al-Qaeda branch from Yemen threatened Saudi authorities with violence", {'r': F}),
  (BAHRAIN, BH_PROT, ['COERCE'], "he condemned Bahrain's suppression of protests with Saudi aid", {'w': ('Bahrain', 'BHR'), 'r': F, 'll': (26.07, 50.55)}),
  (SA_GOV, SA_EXECUTED, ['REJECT'], "a Saudi court rejected his appeal of his conviction", {'r': F}),
  (IR_OFF, SA_GOV, ['ACCUSE', 'THREATEN'], "His execution led to condemnation from Iranian officials", {'r': F}),
  (AMNESTY, SA_GOV, ['ACCUSE'], "said Saudi Arabia was settling \"political scores\"", {'r': F}),
 ],
 'icc-palestine-jurisdiction': [
  (ICC, IL, ['INVESTIGATE', 'ACCUSE'], "ruled on Friday its territorial jurisdiction extends into the areas of Palestine", {}),
  (IL, PS_CIV, ['ASSAULT'], "war crimes have been or are being committed in the West Bank", {'w': ('West Bank', 'PSE'), 'r': F, 'll': (31.95, 35.30)}),
  (IL, PS_CIV, ['ASSAULT'], "war crimes have been or are being committed in the West Bank", {'w': ('East Jerusalem', 'PSE'), 'r': F, 'll': (31.78, 35.23)}),
  (IL, PS_CIV, ['ASSAULT'], "war crimes have been or are being committed in the West Bank", {'w': ('Gaza Strip', 'PSE'), 'r': F, 'll': (31.35, 34.31)}),
  (IL, ICC, ['ACCUSE', 'REJECT'], "condemned the decision as one of hypocrisy", {'r': F}),
  (US_STATE, ICC, ['REJECT'], "The United States also objected.", {'r': F}),
 ],
 'fukushima-offshore-earthquake': [
  (QUAKE, None, ['ASSAULT'], "A magnitude 7.3 earthquake occurred off the eastern coast of Japan", {'w': ('Japan', 'JPN'), 'r': F, 'll': (36.20, 138.25)}),
  (QUAKE, None, ['ASSAULT'], "In Tokyo, the BBC also noted, the earthquake was felt strongly.", {'w': ('Tokyo', 'JPN'), 'r': F, 'll': (35.68, 139.69)}),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
