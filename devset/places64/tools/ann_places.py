# Gold events of the sixty-fourth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Democratic Republic of the Congo': ('COD', (-4.0, 21.8)), 'Chad': ('TCD', (15.45, 18.73)),
 'Pakistan': ('PAK', (30.4, 69.3)), 'Ukraine': ('UKR', (48.4, 31.2)), 'Guatemala': ('GTM', (15.6, -90.3)),
 'Greece': ('GRC', (39.1, 21.8)), 'Hungary': ('HUN', (47.2, 19.5)), 'United Kingdom': ('GBR', (54.0, -2.5)),
 'Afghanistan': ('AFG', (33.9, 67.7)), 'Uganda': ('UGA', (1.4, 32.3)), 'Iran': ('IRN', (32.4, 53.7)),
 # regions, states, provinces, governorates, districts, counties, townships
 'Catatumbo': ('COL', (8.6, -73.0)), 'Netzarim Corridor': ('PSE', (31.46, 34.42)),
 'North Waziristan District': ('PAK', (32.9, 70.0)), 'Saada Governorate': ('YEM', (16.9, 43.8)),
 'Borno State': ('NGA', (11.9, 13.0)), 'Bannang Sata': ('THA', (6.27, 101.26)),
 'Kilimanjaro Region': ('TZA', (-3.7, 37.6)), 'Kaufman County': ('USA', (32.6, -96.29)),
 'Yumbe District': ('UGA', (3.5, 31.3)), 'Namhkam Township': ('MMR', (23.83, 97.68)), 'Papua': ('IDN', (-3.0, 139.0)),
 'Huize County': ('CHN', (26.42, 103.30)), 'Gaza': ('PSE', (31.45, 34.40)),  # Gaza: the Strip
 # cities, towns, villages, camps-as-towns
 'Río Iró': ('COL', (5.2, -76.5)), 'El Fasher': ('SDN', (13.63, 25.35)), 'Goma': ('COD', (-1.68, 29.22)),
 'Kalungu': ('COD', (-1.9, 28.95)), 'Shangeed': ('SOM', (8.5, 46.1)), 'Södertälje': ('SWE', (59.20, 17.63)),
 'Khan Yunis': ('PSE', (31.35, 34.31)), 'Sumy': ('UKR', (50.91, 34.80)), 'Wana': ('PAK', (32.30, 69.57)),
 'Mogadishu': ('SOM', (2.04, 45.34)), 'Seoul': ('KOR', (37.57, 126.98)), 'Medellín': ('COL', (6.25, -75.57)),
 'Kolomna': ('RUS', (55.08, 38.78)), 'Beled Hawo': ('SOM', (3.93, 41.87)),
 'Kamakombe': ('COD', (-2.4, 28.6)), 'Pyongyang': ('PRK', (39.03, 125.75)), 'Hailin': ('CHN', (44.57, 129.38)),
 'Accra': ('GHA', (5.60, -0.19)), 'Kehl': ('DEU', (48.57, 7.81)), 'Angeles': ('PHL', (15.15, 120.59)),
 'Ochopee': ('USA', (25.90, -81.30)), 'Istanbul': ('TUR', (41.01, 28.98)), 'Kampala': ('UGA', (0.35, 32.58)),
 'Nuseirat': ('PSE', (31.45, 34.39)), 'Kissufim': ('ISR', (31.37, 34.40)), 'Hodeidah': ('YEM', (14.80, 42.95)),
 'Yanbu': ('SAU', (24.09, 38.06)), 'Jizan': ('SAU', (16.89, 42.55)), 'Umm Sayala': ('SDN', (14.2, 30.8)),
 'Jebrat al Sheikh': ('SDN', (14.6, 31.2)), 'Bara': ('SDN', (13.70, 30.37)), 'Al-Baraka': ('SDN', (13.8, 30.4)),
}
COUNTRY_LEVEL = {'Democratic Republic of the Congo', 'Chad', 'Pakistan', 'Ukraine', 'Guatemala', 'Greece', 'Hungary',
                 'United Kingdom', 'Afghanistan', 'Uganda', 'Iran'}


def at(name, **kw):
    c, ll = P[name]
    return dict(w=(name, c), ll=ll, **kw)


NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': F}


def nat(names):  # a natural event or an accident: no agent, the event itself is the source
    return oth(names, None)


def unk(names=("unknown", "attackers", "gunmen"), c=None):  # an agent the page does not name
    return oth(list(names), c)


# actors
ELN = ag(["national liberation army", "eln", "eln combatants", "combatants", "eln sniper", "sniper", "eln's 33rd front"], "COL")
COL_GOV = gov(["colombian authorities", "authorities", "colombia", "colombian government", "colombian army"], "COL")
COL_POLICE = gov(["police officer", "police", "colombian police", "officer"], "COL")
COL_CHILD = civ(["child soldiers", "20 child soldiers", "children"], "COL")
ISR_MIL = mil(["israeli forces", "israel defense forces", "idf", "israeli military", "israeli army", "israel", "israeli"], "ISR")
ISRAEL_ST = st(["israel", "israeli government", "israeli authorities", "israeli"], "ISR")
PSE_CIV = civ(["palestinians", "displaced palestinians", "crowd", "crowd of displaced palestinians", "people", "palestinian"], "PSE")
HAMAS = ag(["hamas", "al-qassam brigades", "hamas militants"], "PSE")
ISR_HOST = civ(["israeli hostages", "hostages", "four israeli hostages", "eight hostages", "naama levy", "israelis"], "ISR")
PSE_PRIS = civ(["palestinian prisoners", "prisoners", "110 palestinian prisoners"], "PSE")
M23 = ag(["m23", "m23 rebels", "march 23 movement", "rebels", "m23 forces", "rwandan-backed m23 rebels",
          "congo river alliance", "afc", "corneille nangaa", "nangaa"], "COD")
COD_GOV = gov(["government forces", "democratic republic of the congo", "drc", "congo", "congolese government",
               "félix tshisekedi", "tshisekedi", "president félix tshisekedi", "congolese president félix tshisekedi",
               "guy kabombo muadiamvita", "congolese defence minister guy kabombo muadiamvita", "defence minister",
               "fardc", "congolese army"], "COD")
COD_YOUTH = civ(["young males", "youth", "young men"], "COD")
SDN_CIV = civ(["people", "patients", "civilians", "saudi hospital"], "SDN")
SSC = ag(["ssc khaatumo", "ssc-khaatumo", "ssc khaatumo officials", "khaatumo"], "SOM")
SOMALILAND = mil(["somaliland forces", "somaliland", "somaliland army"], "SOM")
MOMIKA = per(["salwan momika", "momika", "islam critic", "quran burner"], "SWE")
RUS_MIL = mil(["russia", "russian", "russian forces", "russian military", "russian drone", "russian armed forces"], "RUS")
UKR_CIV = civ(["people", "civilians", "residents", "ukrainians", "nine people", "ukraine", "two people"], "UKR")
FRA_MIL = mil(["french armed forces", "france", "french military", "french army", "french forces"], "FRA")
TCD_MIL = mil(["chad national army", "chad", "chadian army", "chadian armed forces", "chadian government"], "TCD")
PAK_MIL = mil(["pakistan army", "pakistani army", "army", "pakistan", "pakistani military", "soldiers", "security forces"], "PAK")
TTP = ag(["pakistani taliban", "ttp", "tehrik-i-taliban pakistan", "taliban", "militants"], "PAK")
ASIF = gov(["khawaja asif", "pakistani defence minister khawaja asif", "defence minister", "pakistan", "pakistani government"], "PAK")
INDIA = st(["india", "indian", "indian military", "indian army"], "IND")
USA_MIL = mil(["united states", "u.s.", "us", "u.s. military", "us military", "american", "u.s. central command",
               "central command", "centcom", "u.s. airstrike", "us airstrike"], "USA")
YEM_MIGR = civ(["african migrants", "migrants", "prisoners", "people", "prison"], "YEM")
HOUTHIS = ag(["houthis", "houthi", "houthi rebels", "ansar allah", "houthi movement"], "YEM")
NGA_CIV = civ(["people", "civilians", "sixteen people"], "NGA")
PAK_CIV = civ(["people", "peace committee", "anti-pakistani taliban peace committee", "civilians"], "PAK")
PUTIN = gov(["vladimir putin", "putin", "russian president vladimir putin", "russia", "kremlin", "russian president"], "RUS")
UKRAINE = st(["ukraine", "ukrainian", "ukrainian government", "kyiv"], "UKR")
THA_INS = ag(["suspected islamist insurgents", "islamist insurgents", "insurgents", "militants", "barisan revolusi nasional", "brn"], "THA")
THA_CIV = civ(["people", "three people", "civilians", "villagers"], "THA")
SHABAAB = ag(["al-shabaab", "al-shabaab militants", "alleged al-shabaab militants", "militants", "al shabaab"], "SOM")
UNSOM = igo(["unsom", "aussom", "united nations", "african union", "foreign embassies", "embassies",
             "aden adde airport", "halane camp"])
GTM_COURT = gov(["court", "court in guatemala", "guatemala", "guatemalan court", "judges", "tribunal"], "GTM")
GTM_MEN = per(["three men", "men", "former paramilitaries", "ex-paramilitaries", "three former civil defense patrollers"], "GTM")
GTM_WOMEN = civ(["36 women", "women", "maya achi women", "maya achi", "maya achi indigenous group"], "GTM")
GRC_GOV = gov(["makis voridis", "greece migration minister makis voridis", "migration minister", "greece", "greek government"], "GRC")
GRC_MIGR = civ(["migrants", "migrants with rejected asylum claims", "asylum seekers"], None)
KOR_ARSON = per(["man", "suspect", "arsonist", "a man"], "KOR")
KOR_CIV = civ(["passengers", "people", "twenty-one people", "commuters"], "KOR")
KOR_POLICE = gov(["police", "south korean police", "seoul police", "authorities"], "KOR")
SOM_MIL = mil(["federal troops", "somali federal troops", "somali national army", "somalia", "federal government",
               "somali army", "federal government of somalia"], "SOM")
JUBALAND = ag(["forces loyal to jubaland", "jubaland", "jubaland forces", "ahmed madobe"], "SOM")
WAZALENDO = ag(["wazalendo", "wazalendo militia", "decisive movement for the liberation of congo",
                "wazalendo militia decisive movement for the liberation of congo"], "COD")
UGA_MIL = mil(["uganda people's defence force", "updf", "uganda", "ugandan soldier", "ugandan army", "ugandan forces", "ugandan military"], "UGA")
SSD_MIL = mil(["south sudan people's defence forces", "sspdf", "south sudan", "south sudanese soldiers", "south sudanese army", "south sudanese forces"], "SSD")
LUKASHENKO = gov(["alexander lukashenko", "lukashenko", "belarusian president alexander lukashenko", "belarus", "belarusian president"], "BLR")
KIM = gov(["kim jong un", "north korea", "supreme leader", "pyongyang", "north korean government"], "PRK")
ORBAN = gov(["viktor orbán", "orbán", "orban", "hungarian prime minister viktor orbán", "hungary", "hungarian government"], "HUN")
STARMER = gov(["keir starmer", "starmer", "british prime minister keir starmer", "united kingdom", "uk", "britain",
               "british government", "military", "british military"], "GBR")
RUS_FLEET = st(["russian shadow fleet vessels", "shadow fleet", "russian shadow fleet", "russia", "russian government", "vessels"], "RUS")
FL_GOV = gov(["ron desantis", "desantis", "florida governor ron desantis", "florida", "florida government", "state of florida"], "USA")
DETAINEES = civ(["detainees", "migrants", "immigrants", "alligator alcatraz", "alligator alcatraz detention center"], None)
SOM_AUTH = gov(["somali authorities", "somalia", "authorities", "police", "somali police", "federal bureau of investigation", "fbi"], "SOM")
EIDLEH = per(["abdikerm abdelahi eidleh", "eidleh", "suspect", "central suspect"], "SOM")
TUR_POLICE = gov(["turkish police", "police", "turkey", "turkish authorities"], "TUR")
TUR_SUSP = per(["two people", "people", "suspects", "residence", "smugglers"], "TUR")
UGA_ARMY = mil(["uganda's military", "military", "uganda", "ugandan military", "army", "army chief muhoozi kainerugaba",
                "muhoozi kainerugaba", "updf", "uganda people's defence force"], "UGA")
NMG = oth(["nation media group", "nation media group outlets", "offices", "company", "ntv uganda", "daily monitor"], "UGA")
ISRAEL_AIR = mil(["israeli airstrike", "israel", "israeli", "israeli military", "israeli forces", "idf", "israel defense forces"], "ISR")
PSE_MEDIC = civ(["palestinian medic", "medic", "palestinians"], "PSE")
HAMAS_POL = ag(["abdel-nasser al-maqadma", "al-maqadma", "hamas police force", "hamas", "senior brigadier general abdel-nasser al-maqadma"], "PSE")
HAMAS_NUKHBA = ag(["hamas", "nukhba forces", "nukhba forces cell commander", "hamas militants", "cell commander", "militants"], "PSE")
ISR_CIV = civ(["kissufim", "israelis", "residents", "civilians", "israeli civilians"], "ISR")
IRGC_NAVY = mil(["naval forces of the islamic revolutionary guard corps", "islamic revolutionary guard corps", "irgc",
                 "irgc navy", "iran", "revolutionary guards"], "IRN")
VESSELS = oth(["four vessels", "vessels", "ships"], None)
USA_ST = st(["united states", "u.s.", "us", "u.s. central command", "central command", "u.s. military", "american", "washington"], "USA")
IRAN_ST = st(["iran", "iranian", "the country", "iranian government"], "IRN")
SAU_COAL = mil(["saudi-led coalition", "coalition", "saudi arabia", "saudi", "saudi-led coalition airstrikes"], "SAU")
YEM_CIV = civ(["people", "two people", "hodeidah", "houthis"], "YEM")
ARAMCO = oth(["aramco facilities", "aramco", "saudi arabia", "saudi"], "SAU")
SDN_JOINT = mil(["darfur joint protection force", "joint force", "sudanese armed forces", "saf", "sudan", "sudanese army",
                 "mutawakkil ali wakil", "the joint force", "darfur joint forces"], "SDN")
RSF = ag(["rapid support forces", "rsf"], "SDN")

ANN = {
 'conflicts-jan-25': [
  (ELN, COL_GOV, ['CONCEDE', 'RETREAT'], "combatants surrender to Colombian authorities as offensive operations resume in the Catatumbo region", at('Catatumbo')),
  (COL_GOV, COL_CHILD, ['COERCE', 'AID'], "Colombian authorities also rescue 20 child soldiers from the ELN's 33rd Front", at('Catatumbo', r=F)),
  (ELN, COL_POLICE, ['ASSAULT'], "A police officer is shot dead by an ELN sniper in Río Iró", at('Río Iró')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israeli forces open fire on a crowd of displaced Palestinians waiting at the Netzarim Corridor", at('Netzarim Corridor')),
  (HAMAS, ISR_HOST, ['CONCEDE'], "Hamas frees four Israeli hostages, including Naama Levy", NOWHERE_NR),
  (ISRAEL_ST, HAMAS, ['ACCUSE'], "Israel accuses Hamas of violating the deal", NOWHERE_NR),
  (ISRAEL_ST, PSE_CIV, ['COERCE'], "Israel blocks Palestinians from returning to North Gaza through the Netzarim Corridor", at('Netzarim Corridor')),
  (M23, COD_GOV, ['ASSAULT'], "are killed as fighting intensifies in the Democratic Republic of the Congo between government forces and M23 rebels", at('Democratic Republic of the Congo')),
  (unk(("drone attack", "drone", "unknown", "attackers")), SDN_CIV, ['ASSAULT'], "At least 70 people are killed in a drone attack on the Saudi Hospital", at('El Fasher', r=F)),
 ],
 'conflicts-jan-30': [
  (M23, COD_GOV, ['THREATEN'], "Rwandan-backed M23 rebels say they will march on the Democratic Republic of the Congo capital city Kinshasa", NOWHERE_NR),
  (COD_GOV, COD_YOUTH, ['MOBILIZE'], "Congolese president Félix Tshisekedi calls for a mobilization of young males to reclaim lost territory", at('Democratic Republic of the Congo', r=F)),
  (COD_GOV, M23, ['REJECT'], "Congolese defence minister Guy Kabombo Muadiamvita says there will be no peace talks with the rebels", at('Democratic Republic of the Congo', r=F)),
  (M23, COD_GOV, ['COERCE'], "After establishing a new administration in Goma, Congo River Alliance leader", at('Goma', r=F)),
  (M23, COD_GOV, ['THREATEN'], "confirms his forces now plan on overthrowing president Félix Tshisekedi", NOWHERE_NR),
  (M23, COD_GOV, ['ASSAULT'], "M23 forces advance into South Kivu, capturing several towns and villages, including Kalungu in Kalehe Territory", at('Kalungu')),
  (SSC, SOMALILAND, ['ASSAULT'], "after heavy fighting erupted with undisclosed casualties early Thursday in the Shangeed area", at('Shangeed')),
  (unk(("unknown", "assassin", "gunman", "attackers")), MOMIKA, ['ASSAULT'], "Islam critic and Quran burner Salwan Momika is assassinated at his apartment in Södertälje", at('Södertälje', r=F)),
  (HAMAS, ISR_HOST, ['CONCEDE'], "Hamas free eight hostages, three Israelis and five Thai nationals", NOWHERE_NR),
  (ISRAEL_ST, PSE_PRIS, ['CONCEDE'], "Israel releases 110 Palestinian prisoners after initially delaying their release", NOWHERE_NR),
  (HAMAS, ISR_HOST, ['CONCEDE'], "the chaotic scenes at the handover of several hostages in Khan Yunis", at('Khan Yunis', r=F)),
  (ISR_MIL, HAMAS, ['ASSAULT'], "Hamas confirms that Israel killed Mohammed Deif", NOWHERE_NR),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "A Russian drone strikes a multi-storey apartment building in Sumy", at('Sumy')),
  (FRA_MIL, TCD_MIL, ['RETREAT', 'CONCEDE'], "The French Armed Forces returns their last military base in Chad to the Chad National Army", at('Chad')),
  (PAK_MIL, TTP, ['ASSAULT'], "A shootout between the Pakistan Army and Pakistani Taliban in North Waziristan District", at('North Waziristan District')),
 ],
 'conflicts-apr-28': [
  (ASIF, INDIA, ['ACCUSE', 'THREATEN'], "Pakistani Defence Minister Khawaja Asif says that a military incursion by India is imminent", at('Pakistan', r=F)),
  (USA_MIL, YEM_MIGR, ['ASSAULT'], "in a U.S. airstrike on a prison holding African migrants in Saada Governorate", at('Saada Governorate')),
  (HOUTHIS, USA_MIL, ['ASSAULT'], "engaged in evasive maneuvers to avoid a Houthi attack", NOWHERE_NR),
  (unk(("roadside bomb", "bomb", "unknown", "boko haram", "iswap")), NGA_CIV, ['ASSAULT'], "Sixteen people are killed after the explosion of a roadside bomb", at('Borno State', r=F)),
  (unk(("bomb", "unknown", "attackers", "militants")), PAK_CIV, ['ASSAULT'], "when a bomb explodes outside an anti-Pakistani Taliban peace committee office building in Wana", at('Wana', r=F)),
  (PUTIN, UKRAINE, ['CONCEDE', 'RETREAT'], "Russian president Vladimir Putin declares a three-day ceasefire in Ukraine", at('Ukraine', r=F)),
  (THA_INS, THA_CIV, ['ASSAULT'], "in two separate attacks by suspected Islamist insurgents in Bannang Sata district", at('Bannang Sata', r=F)),
  (SHABAAB, UNSOM, ['ASSAULT'], "Several mortars from alleged Al-Shabaab militants strike Aden Adde Airport and Halane Camp", at('Mogadishu', r=F)),
 ],
 'law-crime-may-31': [
  (GTM_COURT, GTM_MEN, ['COERCE'], "A court in Guatemala convicts three men of crimes against humanity", at('Guatemala')),
  (GTM_MEN, GTM_WOMEN, ['ASSAULT'], "for the rape of 36 women from the Maya Achi indigenous group during the civil war", NOWHERE_NR),
  (GRC_GOV, GRC_MIGR, ['THREATEN', 'COERCE'], "Greece migration minister Makis Voridis announces the end of mass legalization programs for migrants", at('Greece', r=F)),
  (KOR_ARSON, KOR_CIV, ['ASSAULT'], "Twenty-one people are hospitalized following an arson attack", at('Seoul', r=F)),
  (KOR_POLICE, KOR_ARSON, ['COERCE'], "The suspect is arrested near Yeouinaru Station in Seoul", at('Seoul', r=F)),
 ],
 'disasters-jun-28': [
  (nat(["collision", "buses", "bus collision", "two buses", "crash", "fire"]), None, ['ASSAULT'], "after two buses collide and burst into flames on a highway in Kilimanjaro Region", at('Kilimanjaro Region', r=F)),
  (nat(["landslide"]), None, ['ASSAULT'], "The death toll from the landslide in Medellín", at('Medellín', r=F)),
  (nat(["pileup", "seven-vehicle pileup", "crash", "collision"]), None, ['ASSAULT'], "in a seven-vehicle pileup on the Interstate 20 near Kaufman County", at('Kaufman County', r=F)),
  (nat(["crash", "aircraft", "yakovlev yak-18t", "yak-18t", "plane crash"]), None, ['ASSAULT'], "when a Yakovlev Yak-18T aircraft crashes near Kolomna", at('Kolomna', r=F)),
 ],
 'conflicts-jul-30': [
  (SOM_MIL, JUBALAND, ['ASSAULT'], "Federal troops capture Beled Hawo, Somalia, from forces loyal to Jubaland", at('Beled Hawo')),
  (unk(("unknown", "israeli forces", "gunfire", "attackers")), PSE_CIV, ['ASSAULT'], "At least 71 Palestinians are killed and dozens more are wounded while seeking humanitarian aid in Gaza", at('Gaza', r=F)),
  (M23, WAZALENDO, ['ASSAULT'], "M23 rebels expel Wazalendo militia Decisive Movement for the Liberation of Congo from Kamakombe", at('Kamakombe')),
  (UGA_MIL, SSD_MIL, ['ASSAULT'], "are killed in a shooting at two villages in Yumbe District", at('Yumbe District')),
  (SSD_MIL, UGA_MIL, ['ASSAULT'], "after the killing of a Uganda People's Defence Force soldier during border clashes", NOWHERE_NR),
  (UGA_MIL, SSD_MIL, ['AGREE'], "Both countries have agreed to an immediate ceasefire", NOWHERE_NR),
 ],
 'relations-mar-25': [
  (LUKASHENKO, KIM, ['CONSULT'], "Belarusian president Alexander Lukashenko visits Pyongyang, North Korea", at('Pyongyang')),
  (ORBAN, UKRAINE, ['SANCTION', 'THREATEN'], "Hungarian prime minister Viktor Orbán says Hungary will gradually suspend gas supplies to Ukraine", at('Hungary', r=F)),
  (STARMER, RUS_FLEET, ['COERCE', 'SANCTION', 'MOBILIZE'], "British prime minister Keir Starmer authorizes the military to board Russian shadow fleet vessels", at('United Kingdom')),
 ],
 'disasters-mar-29': [
  (nat(["severe weather", "storms", "floods", "rain", "weather"]), None, ['ASSAULT'], "At least 45 people are killed and 74 others are injured", at('Afghanistan', r=F)),
  (nat(["severe weather", "storms", "floods", "rain", "weather"]), None, ['ASSAULT'], "severe weather across parts of Afghanistan and Pakistan", at('Pakistan', r=F)),
  (nat(["collapse", "building collapse", "building"]), None, ['ASSAULT'], "after a building partially collapses in Hailin", at('Hailin', r=F)),
  (nat(["collapse", "church collapse", "church"]), None, ['ASSAULT'], "when a church collapses in Accra", at('Accra', r=F)),
  (nat(["fire", "nightclub fire", "nightclub"]), None, ['ASSAULT'], "A nightclub burns down in Kehl", at('Kehl', r=F)),
 ],
 'disasters-may-31': [
  (nat(["collapse", "building collapse", "building"]), None, ['ASSAULT'], "the collapse of an under construction nine-story building in Angeles", at('Angeles', r=F)),
  (nat(["explosion", "explosives"]), None, ['ASSAULT'], "in an explosion at a building storing explosives for mining in Namhkam Township", at('Namhkam Township', r=F)),
  (nat(["explosion", "shell", "suspected shell", "unexploded ordnance"]), None, ['ASSAULT'], "explodes under a stilt house in Papua", at('Papua', r=F)),
  (nat(["collapse", "mine collapse", "illegal mine", "mine"]), None, ['ASSAULT'], "when an illegal mine collapses in Huize County", at('Huize County', r=F)),
 ],
 'law-crime-jun-25': [
  (FL_GOV, DETAINEES, ['CONCEDE', 'RETREAT'], "Florida governor Ron DeSantis confirms that the Alligator Alcatraz detention center in Ochopee", at('Ochopee', r=F)),
  (SOM_AUTH, EIDLEH, ['COERCE'], "is apprehended in Mogadishu, Somalia", at('Mogadishu', r=F)),
  (TUR_POLICE, TUR_SUSP, ['COERCE'], "Turkish police seize more than 10,000 historical artifacts during a raid on a residence in Istanbul", at('Istanbul')),
  (TUR_POLICE, TUR_SUSP, ['COERCE'], "arrest two people in connection with an investigation", at('Istanbul', r=F)),
 ],
 'politics-jun-28': [
  (UGA_ARMY, NMG, ['COERCE'], "Uganda's military surrounds the offices of Nation Media Group outlets in Kampala", at('Kampala')),
  (UGA_ARMY, NMG, ['COERCE', 'SANCTION'], "after army chief Muhoozi Kainerugaba orders the shutdown of the company's newspapers", at('Uganda', r=F)),
 ],
 'conflicts-jul-25': [
  (ISRAEL_AIR, PSE_MEDIC, ['ASSAULT'], "A Israeli airstrike reportedly kills a Palestinian medic at the Nuseirat refugee camp", at('Nuseirat')),
  (ISRAEL_AIR, HAMAS_POL, ['ASSAULT'], "An Israeli airstrike reportedly kills senior brigadier general Abdel-Nasser Al-Maqadma", NOWHERE_NR),
  (ISRAEL_AIR, HAMAS_NUKHBA, ['ASSAULT'], "The Israeli military confirms that they have killed several Hamas militants", NOWHERE_NR),
  (HAMAS_NUKHBA, ISR_CIV, ['ASSAULT'], "took part in the Kissufim massacre during the October 7, 2023 attacks", at('Kissufim', r=F)),
  (IRGC_NAVY, VESSELS, ['COERCE'], "claims to have stopped four vessels from transiting the Strait of Hormuz", NOWHERE_NR),
  (USA_ST, IRAN_ST, ['ASSAULT'], "reports no U.S. military strikes against Iran", at('Iran', s='n')),
  (USA_ST, IRAN_ST, ['ASSAULT'], "after 13 consecutive nights of strikes by the U.S. Central Command against the country", at('Iran', r=F)),
  (USA_ST, IRAN_ST, ['RETREAT', 'CONCEDE'], "The United States halts strikes against Iran", NOWHERE_NR),
  (SAU_COAL, YEM_CIV, ['ASSAULT'], "Two people are injured by Saudi-led coalition airstrikes on Hodeidah", at('Hodeidah')),
  (HOUTHIS, ARAMCO, ['ASSAULT'], "two ballistic missiles fired by the Houthis at Aramco facilities in Yanbu", at('Yanbu')),
  (HOUTHIS, ARAMCO, ['ASSAULT'], "Aramco facilities in Yanbu and Jizan, Saudi Arabia", at('Jizan', r=F)),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "a Russian drone strike on a postal facility in Sumy has killed two people", at('Sumy')),
  (SDN_JOINT, RSF, ['ASSAULT'], "the joint force have retaken control of Umm Sayala, North Kordofan", at('Umm Sayala', r=F)),
  (SDN_JOINT, RSF, ['ASSAULT'], "The SAF and Darfur Joint Protection Force recapture Jebrat al Sheikh", at('Jebrat al Sheikh')),
  (SDN_JOINT, RSF, ['ASSAULT'], "alongside the North Kordofan towns of Bara and Al-Baraka", at('Bara', r=F)),
  (SDN_JOINT, RSF, ['ASSAULT'], "towns of Bara and Al-Baraka. Additionally, Darfur governor", at('Al-Baraka', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
