# Gold events of the fiftieth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Israel': ('ISR', (31.4, 35.0)), 'Haiti': ('HTI', (19.0, -72.4)), 'Chad': ('TCD', (15.4, 18.7)),
 'Turkey': ('TUR', (39.0, 35.2)), 'Ecuador': ('ECU', (-1.5, -78.4)), 'Thailand': ('THA', (15.1, 101.0)),
 'Guinea': ('GIN', (10.4, -10.9)), 'Tanzania': ('TZA', (-6.4, 34.9)), 'Uganda': ('UGA', (1.4, 32.3)),
 'Maldives': ('MDV', (3.2, 73.2)), 'Lebanon': ('LBN', (33.9, 35.9)), 'Kuwait': ('KWT', (29.3, 47.6)),
 'Cuba': ('CUB', (21.7, -79.5)), 'Qatar': ('QAT', (25.3, 51.2)), 'United States': ('USA', (39.8, -98.6)),
 'United Kingdom': ('GBR', (54.0, -2.5)), 'Guyana': ('GUY', (4.9, -58.9)),
 # territories, regions, states, provinces, governorates, districts, an island, a mountain range
 'Gaza Strip': ('PSE', (31.42, 34.38)), 'West Bank': ('PSE', (31.95, 35.25)),
 'Tulkarm Governorate': ('PSE', (32.32, 35.12)), 'Deir al-Balah Governorate': ('PSE', (31.40, 34.35)),
 'Chhattisgarh': ('IND', (21.28, 81.87)), 'South Kivu': ('COD', (-3.2, 28.2)), 'Ituri Province': ('COD', (1.8, 29.5)),
 'Bari Region': ('SOM', (10.5, 49.8)), 'Golis Mountains': ('SOM', (10.8, 49.2)),
 'Balıkesir Province': ('TUR', (39.6, 28.0)), 'Bajaur District': ('PAK', (34.78, 71.53)),
 'La Gomera': ('ESP', (28.10, -17.22)), 'Kogi State': ('NGA', (7.8, 6.7)),
 # cities, towns, villages
 'Jannata': ('LBN', (33.24, 35.32)), 'Kufra': ('LBY', (24.18, 23.29)), 'Cárdenas': ('MEX', (20.57, -101.19)),
 'Kunduz': ('AFG', (36.73, 68.86)), 'London': ('GBR', (51.51, -0.13)), 'Nassau': ('BHS', (25.05, -77.35)),
 'Manisa': ('TUR', (38.61, 27.43)), 'Waldorf': ('USA', (38.62, -76.94)), 'Uberlândia': ('BRA', (-18.92, -48.28)),
 'Baghdad': ('IRQ', (33.31, 44.37)), 'Berlin': ('DEU', (52.52, 13.40)), 'Machala': ('ECU', (-3.26, -79.96)),
 'Sydney': ('AUS', (-33.87, 151.21)), 'Idlib': ('SYR', (35.93, 36.63)), 'Az-Zawayda': ('PSE', (31.44, 34.37)),
 'Akobo': ('SSD', (7.78, 33.00)), 'Havana': ('CUB', (23.13, -82.38)), 'Mathura': ('IND', (27.49, 77.67)),
 'Vladikavkaz': ('RUS', (43.02, 44.68)), 'Tubajon': ('PHL', (10.33, 125.56)), 'Ramadi': ('IRQ', (33.42, 43.30)),
 'Brussels': ('BEL', (50.85, 4.35)),
}
COUNTRY_LEVEL = {'Israel', 'Haiti', 'Chad', 'Turkey', 'Ecuador', 'Thailand', 'Guinea', 'Tanzania', 'Uganda', 'Maldives',
                 'Lebanon', 'Kuwait', 'Cuba', 'Qatar', 'United States', 'United Kingdom', 'Guyana'}


def at(name, r=True):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    return o


NOWHERE = {}                 # no place on the page
NOWHERE_NR = {'r': False}    # no place on the page, not required


def nat(names):
    """A natural event or an accident: no agent; the event is the source (kind other, nominal ASSAULT)."""
    return oth(names, None)


def unk(names=("unknown", "gunmen", "attackers"), c=None):
    """An agent the page does not name."""
    return ag(list(names), c)


# actors
ISR_MIL = mil(["israel defense forces", "idf", "israeli forces", "israeli military", "israel", "israeli",
               "israeli air force", "israeli airstrikes", "israeli army", "israel defense forces soldiers"], "ISR")
HAMAS = ag(["hamas"], "PSE")
PSE_CIV = civ(["palestinians", "women", "two women", "people", "four people", "civilians", "civilian car"], "PSE")
LBN_CIV = civ(["people", "six people", "three people", "civilians", "lebanese", "vehicles"], "LBN")
REFUGEES = civ(["refugees", "bodies", "migrants", "nearly 50 bodies"], None)
IND_SF = gov(["security forces", "indian security forces", "police", "india", "district reserve guard", "two security forces"], "IND")
MAOISTS = ag(["maoist militants", "maoists", "naxalites", "maoist", "thirty-one maoist militants", "cpi (maoist)"], "IND")
MEX_CARTEL = ag(["santa rosa de lima cartel", "cartel", "unknown", "gunmen"], "MEX")
MEX_CIV = civ(["bodies", "five bodies", "people", "victims"], "MEX")
M23 = ag(["m23", "m23 rebel forces", "rwandan-backed m23 rebel forces", "rebels", "m23 rebels", "march 23 movement",
          "alliance fleuve congo"], "COD")
COD = st(["democratic republic of the congo", "drc", "congo", "congolese army", "fardc", "bukavu", "congolese government"], "COD")
CODECO = ag(["codeco", "codeco insurgents", "insurgents", "militia", "cooperative for the development of congo"], "COD")
COD_CIV = civ(["people", "civilians", "civilian homes", "homes", "52 people"], "COD")
PUNTLAND = mil(["puntland", "puntland forces", "puntland soldiers", "puntland security forces", "soldiers", "puntland defence forces"], "SOM")
ISIS_SOM = ag(["isil", "islamic state", "isil militants", "islamic state in somalia", "isis", "militants", "is-somalia"], "SOM")
NETANYAHU = gov(["benjamin netanyahu", "netanyahu", "israeli prime minister benjamin netanyahu", "prime minister",
                 "israel", "israeli government"], "ISR")
AFG_TALIBAN = ag(["taliban", "taliban members", "five taliban members", "afghan taliban", "new kabul bank"], "AFG")
HTI_GOV = gov(["haitian government", "haiti", "government", "haitian authorities"], "HTI")
UK_PROT = civ(["people", "protesters", "474 people", "supporters of palestine action", "palestine action supporters",
               "demonstrators", "palestine action"], "GBR")
UK_GOV = gov(["uk government", "british government", "united kingdom", "government", "home office"], "GBR")
PAL_ACTION = ag(["palestine action"], "GBR")
UK_POLICE = gov(["police", "metropolitan police", "london police", "british police", "united kingdom"], "GBR")
BHS_CIV = civ(["people", "two people", "bystanders", "civilians"], "BHS")
TCD_COURT = gov(["court", "chadian court", "chad", "chadian judiciary", "judiciary", "chadian government"], "TCD")
MASRA = per(["succès masra", "masra", "former chadian prime minister", "les transformateurs"], "TCD")
ECU_POLICE = gov(["ecuadorian police", "police", "ecuador", "ecuadorian government", "government"], "ECU")
CDF = ag(["comandos de la frontera", "armed group"], "ECU")
THA_COURT = gov(["thai supreme court", "supreme court", "court", "thailand", "thai court"], "THA")
THAKSIN = per(["thaksin shinawatra", "thaksin", "former prime minister"], "THA")
GIN_COURT = gov(["guinea's supreme court", "supreme court", "guinea", "guinean supreme court", "court"], "GIN")
KOUYATE = per(["lansana kouyaté", "kouyaté", "kouyate", "former prime minister"], "GIN")
TZA_AUTH = gov(["tanzanian authorities", "authorities", "tanzania", "tanzanian government", "police", "prosecutors"], "TZA")
TZA_OPP = civ(["people", "hundreds of people", "opposition officials", "john mnyika", "chadema", "protesters",
               "josephat gwajima", "gwajima", "others", "kawe mp josephat gwajima"], "TZA")
UGA = gov(["uganda", "ugandan authorities", "ugandan government", "yoweri museveni", "museveni",
           "ugandan president yoweri museveni"], "UGA")
KEN_ACT = civ(["kenyan activists", "two kenyan activists", "activists", "both men", "kenya", "kenyan authorities"], "KEN")
ECU_INMATES = civ(["inmates", "prisoners", "rioters", "four inmates", "27 inmates"], "ECU")
LKA = gov(["sri lanka", "sri lankan public security minister ananda wijepala", "ananda wijepala", "sri lankan police",
           "police and navy officers", "sri lankan government", "sri lankan"], "LKA")
MDV = st(["maldives", "maldivian authorities", "local authorities", "maldivian government"], "MDV")
MDV_MIL = mil(["maldivian military", "maldives", "maldivian national defence force", "maldivian"], "MDV")
LKA_SHIP = oth(["sri lankan ship", "ship", "sri lanka"], "LKA")
AUS_GUNMEN = ag(["gunmen", "two gunmen", "perpetrators", "perpetrator", "one perpetrator", "the other"], "AUS")
AUS_CIV = civ(["people", "15 people", "hanukkah celebration", "jewish community", "civilians", "42 others"], "AUS")
AUS_POLICE = gov(["police", "new south wales police", "australian police", "nsw police"], "AUS")
KHM = mil(["cambodia", "cambodian forces", "cambodian military", "cambodian army", "rocket"], "KHM")
THA_CIV = civ(["thai villager", "villager", "civilian", "thai civilians", "thailand"], "THA")
ZAMZAM = per(["ahmed zamzam", "hamas lieutenant colonel ahmed zamzam", "hamas", "lieutenant colonel"], "PSE")
PSE_GUNMAN = ag(["gunman", "perpetrator", "unknown"], "PSE")
PSE_SEC = gov(["security forces", "hamas", "police", "authorities", "gaza police"], "PSE")
SYR_GUNMEN = ag(["gunmen", "unknown", "attackers"], "SYR")
SYR_SEC = gov(["security force members", "security forces", "patrol", "syrian security forces", "syria",
               "four security force members"], "SYR")
PSE_POLICE = gov(["police officers", "eight police officers", "police", "police chief", "palestinian police",
                  "gaza police", "police vehicle"], "PSE")
IRN_MIL = mil(["iran", "iranian", "iranian forces", "islamic revolutionary guard corps", "irgc", "iranian military",
               "iranian drone strike"], "IRN")
ITA_MIL = mil(["italian mq-9 reaper", "italy", "italian military", "mq-9 reaper", "italian forces", "italian air force",
               "ali al salem air base"], "ITA")
AFG_MIL = mil(["afghan forces", "afghanistan", "taliban", "afghan taliban", "afghan military"], "AFG")
PAK_CIV = civ(["family", "four members of the same family", "residential property", "pakistani civilians", "pakistan",
               "members of the same family"], "PAK")
SSPDF = mil(["south sudan people's defence forces", "sspdf", "south sudanese army", "south sudan", "troops",
             "south sudan people's defense forces"], "SSD")
SSD_OPP = ag(["opposition forces", "splm-io", "spla-io", "opposition", "white army"], "SSD")
RYABKOV = gov(["sergei ryabkov", "ryabkov", "russian deputy foreign minister sergei ryabkov", "russia", "russian",
               "russian deputy foreign minister"], "RUS")
DIAZ_CANEL = gov(["miguel díaz-canel", "díaz-canel", "diaz-canel", "cuban president miguel díaz-canel", "cuba",
                  "cuban government", "cuban president"], "CUB")
RUSSIA = st(["russia", "russian", "russian oil shipment"], "RUS")
CUBA = st(["cuba", "cuban government", "cuban"], "CUB")
PURI = gov(["hardeep singh puri", "puri", "indian oil and gas minister hardeep singh puri", "india", "indian government",
            "indian oil and gas minister"], "IND")
QATAR = st(["qatar", "qatari government", "qatari"], "QAT")
LANDAU = gov(["christopher landau", "landau", "united states deputy secretary of state christopher landau",
              "united states", "us", "u.s.", "state department", "deputy secretary of state"], "USA")
IRQ_GOV = gov(["iraq", "ambassador of iraq", "iraqi government", "iraqi ambassador", "ambassador"], "IRQ")
IRQ_MILITIA = ag(["militia", "militias", "iraqi militias", "militia attacks"], "IRQ")
US_PERS = st(["american personnel", "united states", "us personnel", "americans"], "USA")

ANN = {
 'conflicts-feb-09': [
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "are killed and two others are wounded in Israeli airstrikes near Jannata", at('Jannata')),
  (ISR_MIL, None, ['RETREAT'], "the Israel Defense Forces fully withdraw from the Netzarim Corridor", at('Gaza Strip')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Two women are killed by Israeli forces in the Nur Shams refugee camp", at('Tulkarm Governorate')),
  (unk(("unknown", "smugglers", "traffickers", "authorities")), REFUGEES, ['ASSAULT'], "two mass graves containing nearly 50 bodies of refugees in Kufra", at('Kufra', r=F)),
  (IND_SF, MAOISTS, ['ASSAULT'], "Thirty-one Maoist militants and two security forces are killed during a shootout", at('Chhattisgarh')),
  (MAOISTS, IND_SF, ['ASSAULT'], "during a shootout around Indravati River in Chhattisgarh", at('Chhattisgarh', r=F)),
  (MEX_CARTEL, MEX_CIV, ['ASSAULT'], "At least five bodies are abandoned under a bridge near Cárdenas", at('Cárdenas', r=F)),
 ],
 'conflicts-feb-11': [
  (M23, COD, ['ASSAULT', 'MOBILIZE'], "Rwandan-backed M23 rebel forces initiate advances towards Bukavu", at('South Kivu')),
  (CODECO, COD_CIV, ['ASSAULT'], "CODECO insurgents kill at least 52 people and injure eight others in attacks across Ituri Province", at('Ituri Province')),
  (CODECO, COD_CIV, ['ASSAULT'], "At least 30 civilian homes were burned down during the attacks", at('Ituri Province', r=F)),
  (PUNTLAND, ISIS_SOM, ['ASSAULT'], "more than 70 ISIL militants are killed or wounded in fighting around the Togga Jacel area", at('Bari Region')),
  (ISIS_SOM, PUNTLAND, ['ASSAULT'], "At least 27 Puntland soldiers and more than 70 ISIL militants", at('Bari Region', r=F)),
  (PUNTLAND, ISIS_SOM, ['ASSAULT'], "since Puntland launched an offensive in December 2024 against Islamic State", at('Golis Mountains', r=F)),
  (NETANYAHU, HAMAS, ['THREATEN'], "says that if Hamas does not release Israeli hostages by noon on Saturday", at('Israel')),
  (unk(("suicide bomber", "suicide bombing", "unknown", "islamic state", "isil", "islamic state–khorasan province")), AFG_TALIBAN, ['ASSAULT'], "are injured during a suicide bombing outside New Kabul Bank in Kunduz", at('Kunduz', r=F)),
 ],
 'law-crime-aug-09': [
  (HTI_GOV, None, ['MOBILIZE', 'COERCE'], "The Haitian government announces a three-month state of emergency", at('Haiti', r=F)),
  (UK_PROT, UK_GOV, ['PROTEST'], "during a protest in support of Palestine Action", at('London')),
  (UK_POLICE, UK_PROT, ['COERCE'], "A total of 474 people are arrested in London", at('London', r=F)),
  (UK_GOV, PAL_ACTION, ['COERCE', 'SANCTION'], "which was proscribed as a terrorist group on 5 July", at('United Kingdom', r=F)),
  (unk(("gunmen", "shooters", "unknown", "drive-by shooters")), BHS_CIV, ['ASSAULT'], "are injured in a drive-by mass shooting in a busy area in Nassau", at('Nassau', r=F)),
  (TCD_COURT, MASRA, ['COERCE'], "Succès Masra is sentenced to 20 years in prison", at('Chad', r=F)),
 ],
 'disasters-aug-10': [
  (nat(["earthquake", "mw 6.1 earthquake", "balıkesir earthquake"]), None, ['ASSAULT'], "A Mw 6.1 earthquake strikes western Turkey", at('Turkey', r=F)),
  (nat(["earthquake", "mw 6.1 earthquake", "collapse"]), None, ['ASSAULT'], "two mosque minarets to collapse in Balıkesir Province", at('Balıkesir Province', r=F)),
  (nat(["earthquake", "mw 6.1 earthquake", "collapse"]), None, ['ASSAULT'], "in Balıkesir Province and Manisa", at('Manisa', r=F)),
  (nat(["fire", "two-alarm fire", "house fire"]), None, ['ASSAULT'], "in a two-alarm fire at a house in Waldorf", at('Waldorf', r=F)),
  (nat(["collision", "vehicle collision", "crash"]), None, ['ASSAULT'], "due to a vehicle collision on the BR-452 highway in Uberlândia", at('Uberlândia', r=F)),
  (nat(["chlorine leak", "leak", "chlorine", "water treatment station"]), None, ['ASSAULT'], "More than 600 pilgrims in Baghdad, Iraq, are hospitalised", at('Baghdad', r=F)),
 ],
 'law-crime-sep-09': [
  (ECU_POLICE, CDF, ['COERCE'], "Ecuadorian police seize more than US$313 million in real estate assets", at('Ecuador')),
  (unk(("arsonists", "unknown", "perpetrators", "arson attack", "left-wing extremists")), None, ['ASSAULT'], "An arson attack on two power poles in Berlin", at('Berlin', r=F)),
  (THA_COURT, THAKSIN, ['COERCE'], "The Thai Supreme Court rules that former prime minister Thaksin Shinawatra must serve", at('Thailand')),
 ],
 'politics-nov-08': [
  (GIN_COURT, KOUYATE, ['REJECT', 'COERCE'], "while excluding former prime minister Lansana Kouyaté on procedural grounds", at('Guinea', r=F)),
  (TZA_AUTH, TZA_OPP, ['COERCE'], "Tanzanian authorities charge hundreds of people with treason", at('Tanzania')),
  (TZA_OPP, TZA_AUTH, ['PROTEST'], "over protests linked to the disputed elections", at('Tanzania', r=F)),
  (TZA_AUTH, TZA_OPP, ['COERCE'], "additional arrest warrants are issued for others", at('Tanzania', r=F)),
  (UGA, KEN_ACT, ['COERCE'], "two Kenyan activists were detained after attending an opposition rally", at('Uganda', r=F)),
  (UGA, KEN_ACT, ['DISAPPROVE'], "accuses them of working with rival political groups", at('Uganda')),
  (UGA, KEN_ACT, ['CONCEDE', 'COOPERATE'], "both men are released to Kenyan authorities following diplomatic discussions", at('Uganda', r=F)),
 ],
 'law-crime-nov-09': [
  (ECU_INMATES, ECU_INMATES, ['ASSAULT'], "are injured during a prison riot in Machala", at('Machala', r=F)),
  (unk(("unknown", "inmates", "asphyxiation")), ECU_INMATES, ['ASSAULT'], "27 inmates at the Machala prison are found dead by asphyxiation", at('Machala', r=F)),
  (LKA, MDV, ['COOPERATE'], "police and navy officers have been sent to the Maldives to cooperate with local authorities", at('Maldives')),
  (MDV_MIL, LKA_SHIP, ['COERCE'], "after the Maldivian military seized a Sri Lankan ship", at('Maldives', r=F)),
 ],
 'conflicts-dec-14': [
  (AUS_GUNMEN, AUS_CIV, ['ASSAULT'], "Two gunmen open fire during a Hanukkah celebration at Bondi Beach in Sydney", at('Sydney', r=F)),
  (AUS_POLICE, AUS_GUNMEN, ['ASSAULT'], "One perpetrator is killed, while", at('Sydney', r=F)),
  (AUS_POLICE, AUS_GUNMEN, ['COERCE'], "while the other is arrested", at('Sydney', r=F)),
  (KHM, THA_CIV, ['ASSAULT'], "a rocket launched from Cambodia killed a Thai villager", at('Thailand')),
  (PSE_GUNMAN, ZAMZAM, ['ASSAULT'], "is shot and killed by a gunman inside the Maghazi refugee camp", at('Deir al-Balah Governorate', r=F)),
  (PSE_SEC, PSE_GUNMAN, ['COERCE'], "Gaza Strip. The perpetrator is arrested", at('Deir al-Balah Governorate', r=F)),
  (ISR_MIL, LBN_CIV, ['ASSAULT'], "Three people are killed in three separated Israeli airstrikes", at('Lebanon')),
  (SYR_GUNMEN, SYR_SEC, ['ASSAULT'], "when gunmen open fire on a patrol in Idlib", at('Idlib', r=F)),
 ],
 'conflicts-mar-15': [
  (ISR_MIL, PSE_POLICE, ['ASSAULT'], "are killed by an Israeli attack on a police vehicle in Az-Zawayda", at('Az-Zawayda')),
  (ISR_MIL, PSE_CIV, ['ASSAULT'], "Israel Defense Forces soldiers open fire on a civilian car", at('West Bank')),
  (IRN_MIL, ITA_MIL, ['ASSAULT'], "An Italian MQ-9 Reaper is destroyed in an Iranian drone strike on Ali Al Salem Air Base", at('Kuwait')),
  (AFG_MIL, PAK_CIV, ['ASSAULT'], "Afghan forces launch mortars into Pakistan", at('Bajaur District')),
  (SSPDF, SSD_OPP, ['MOBILIZE'], "announces that they have deployed troops in Akobo", at('Akobo')),
  (SSPDF, SSD_OPP, ['ASSAULT'], "after having previously recapturing the area from opposition forces", at('Akobo', r=F)),
 ],
 'relations-apr-09': [
  (RYABKOV, DIAZ_CANEL, ['CONSULT'], "Sergei Ryabkov meets with Cuban president Miguel Díaz-Canel in Havana", at('Havana')),
  (RUSSIA, CUBA, ['AID'], "the recent arrival of a Russian oil shipment to Cuba", at('Cuba', r=F)),
  (PURI, QATAR, ['CONSULT'], "Hardeep Singh Puri visits Qatar to discuss the prioritization of energy exports", at('Qatar')),
  (LANDAU, IRQ_GOV, ['DISAPPROVE'], "Christopher Landau summons the ambassador of Iraq", at('United States')),
  (IRQ_MILITIA, US_PERS, ['ASSAULT'], "failure to prevent militia attacks on American personnel", NOWHERE_NR),
 ],
 'disasters-apr-10': [
  (nat(["capsizing", "boat", "boat capsizing", "capsize"]), None, ['ASSAULT'], "capsizes in the Yamuna river in Mathura", at('Mathura', r=F)),
  (nat(["explosion", "fireworks warehouse explosion"]), None, ['ASSAULT'], "Two people are killed in an explosion at a fireworks warehouse in Vladikavkaz", at('Vladikavkaz', r=F)),
  (nat(["crash", "cessna 172", "aircraft", "cessna 172 aircraft"]), None, ['ASSAULT'], "which crashed into a mountain in Tubajon", at('Tubajon', r=F)),
  (nat(["crash", "tourist bus", "bus"]), None, ['ASSAULT'], "after a tourist bus falls off a ravine in La Gomera", at('La Gomera', r=F)),
  (nat(["crash", "cessna 208 caravan", "air services limited cessna 208 caravan", "cargo flight"]), None, ['ASSAULT'], "An Air Services Limited Cessna 208 Caravan crashes", at('Guyana', r=F)),
 ],
 'disasters-jul-14': [
  (nat(["blackout", "nationwide blackout", "grid failure"]), None, ['ASSAULT'], "Cuba suffers its third nationwide blackout", at('Cuba', r=F)),
  (nat(["collision", "two vehicles", "head-on collision"]), None, ['ASSAULT'], "two vehicles collided head-on just outside Ramadi", at('Ramadi', r=F)),
  (nat(["explosion", "gas-laden truck", "truck", "fire"]), None, ['ASSAULT'], "a gas-laden truck caught fire and exploded at a checkpoint", at('Kogi State', r=F)),
  (nat(["fire", "building fire"]), None, ['ASSAULT'], "Six workers are killed in a fire at a building under construction in Brussels", at('Brussels', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
