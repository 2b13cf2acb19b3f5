# Gold events of the fifty-eighth place set (pages keyed by short name; see ANN at the end), annotated from
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
 'Lebanon': ('LBN', (33.9, 35.9)), 'Bangladesh': ('BGD', (23.7, 90.4)), 'Romania': ('ROU', (45.9, 25.0)),
 'Somalia': ('SOM', (5.2, 46.2)), 'Syria': ('SYR', (35.0, 38.5)), 'Pakistan': ('PAK', (30.4, 69.3)),
 'United States': ('USA', (39.8, -98.6)), 'India': ('IND', (22.0, 79.0)), 'Austria': ('AUT', (47.5, 14.5)),
 'Mali': ('MLI', (17.6, -4.0)), 'Philippines': ('PHL', (12.9, 122.0)),
 # regions, states, provinces, oblasts
 'Bari': ('SOM', (10.4, 49.4)), 'Krasnodar Krai': ('RUS', (45.3, 39.0)), 'Carabaya Province': ('PER', (-13.8, -70.3)),
 'North Darfur': ('SDN', (15.8, 25.4)), 'Kursk Oblast': ('RUS', (51.6, 36.1)), 'Bekaa Valley': ('LBN', (33.85, 35.9)),
 'Blue Nile State': ('SDN', (11.5, 34.1)), 'Ituri Province': ('COD', (1.6, 29.8)), 'South Carolina': ('USA', (33.9, -80.9)),
 # cities, towns, villages
 'Doha': ('QAT', (25.29, 51.53)), 'Omdurman': ('SDN', (15.64, 32.48)), 'Guatemala City': ('GTM', (14.63, -90.51)),
 'Scottsdale': ('USA', (33.49, -111.93)), 'Kyiv': ('UKR', (50.45, 30.52)), 'Bucharest': ('ROU', (44.43, 26.10)),
 'Beledweyne': ('SOM', (4.74, 45.20)), 'Sudzha': ('RUS', (51.19, 35.27)), 'Washington, D.C.': ('USA', (38.90, -77.04)),
 'Lima': ('PER', (-12.05, -77.04)), 'Kedarnath': ('IND', (30.73, 79.07)), 'Kundamala': ('IND', (18.72, 73.70)),
 'Calldetenes': ('ESP', (41.93, 2.28)), 'Estação': ('BRA', (-27.91, -52.26)), 'Gaza City': ('PSE', (31.50, 34.47)),
 'Suwayda': ('SYR', (32.71, 36.57)), 'Dhahar': ('SOM', (9.76, 48.85)), 'Moscow': ('RUS', (55.76, 37.62)),
 'Kharkiv': ('UKR', (49.99, 36.23)), 'Bamako': ('MLI', (12.64, -8.00)), 'Bannu': ('PAK', (32.99, 70.60)),
 'Los Gallardos': ('ESP', (37.17, -1.94)), 'Jinjiang': ('CHN', (24.78, 118.55)), 'Giza': ('EGY', (30.01, 31.21)),
 'New Delhi': ('IND', (28.61, 77.21)),
}
COUNTRY_LEVEL = {'Lebanon', 'Bangladesh', 'Romania', 'Somalia', 'Syria', 'Pakistan', 'United States', 'India', 'Austria',
                 'Mali', 'Philippines'}


def at(name, r=True, s=None):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s: o['s'] = s
    return o


NOWHERE = {'w': None}
NOWHERE_NR = {'w': None, 'r': False}
def nat(names): return oth(names, None)          # a natural event or accident as source (never required)
def unk(names=("unknown", "unknown attackers", "gunmen", "attackers")): return oth(list(names), None)

# actors
PUNTLAND = mil(["puntland forces", "puntland", "puntland security forces", "puntland's defence forces", "puntland defence forces", "puntland interior ministry"], "SOM")
ISIL_SOM = ag(["islamic state", "islamic state militants", "twenty-six islamic state militants", "isis", "is"], "SOM")
HAMAS = ag(["hamas"], "PSE")
ISR = st(["israel", "israeli", "israeli officials", "negotiators"], "ISR")
IDF = mil(["israel defense forces", "idf", "israel", "israeli military", "israeli air force", "israeli warplanes", "israeli forces"], "ISR")
HEZBOLLAH = ag(["hezbollah", "hezbollah sites", "radwan force"], "LBN")
UKR = st(["ukraine", "ukrainian", "ukrainian forces", "ukrainian drones"], "UKR")
RUSSIA_ST = st(["russia", "russian", "russian forces", "russian troops", "russian military", "valery gerasimov", "gerasimov"], "RUS")
SDN_CIV = civ(["civilians", "sudanese civilians", "displaced people", "refugees", "people"], "SDN")
RSF = ag(["rapid support forces", "rsf"], "SDN")
UKR_CIV = civ(["civilians", "people", "one person", "ukrainian civilians", "kyiv", "kyiv residents"], "UKR")
TRUMP = gov(["donald trump", "trump", "u.s. president donald trump", "us president donald trump", "president trump", "trump administration", "united states", "u.s."], "USA")
PUTIN = gov(["vladimir putin", "putin", "russian president vladimir putin", "russia", "russian"], "RUS")
BGD_SEC = mil(["military", "police", "military and police", "bangladeshi government", "government of former bangladeshi prime minister sheikh hasina", "sheikh hasina", "bangladesh"], "BGD")
BGD_PROT = civ(["protesters", "people", "protests", "students"], "BGD")
ROU_BEC = gov(["central electoral bureau", "electoral bureau", "romania", "romanian authorities"], "ROU")
GEORGESCU = per(["călin georgescu", "calin georgescu", "georgescu", "nationalist candidate călin georgescu"], "ROU")
ROU_PROT = civ(["protesters", "protests", "demonstrators", "georgescu supporters"], "ROU")
ROU_POLICE = gov(["police", "romanian police"], "ROU")
SOM_SEC = mil(["somali security forces", "security forces", "somali forces", "somalia"], "SOM")
SHABAAB = ag(["al-shabaab", "al-shabaab attackers", "attackers", "al shabaab"], "SOM")
SOM_CIV = civ(["civilians", "fifteen civilians", "hotel guests"], "SOM")
SOM_MPS = gov(["somali parliament members", "parliament members", "over 100 somali parliament members", "mps", "somali parliament"], "SOM")
SOM_PRES = gov(["hassan sheikh mohamud", "president hassan sheikh mohamud", "somali president", "president"], "SOM")
SYR_GOVF = mil(["syrian transitional government", "fighters associated with the syrian transitional government", "syrian government forces", "government forces", "syrian forces", "syria"], "SYR")
ALAWITES = civ(["alawites", "alawite minority communities", "civilians", "alawite civilians"], "SYR")
PAK_SEC = mil(["security forces", "pakistani security forces", "pakistan army", "pakistan", "soldiers"], "PAK")
BLA = ag(["balochistan liberation army", "bla", "bla militants"], "PAK")
PAK_CIV = civ(["passengers", "passengers and security personnel", "jaffar express passengers"], "PAK")
USA_MIL = mil(["u.s. military", "us military", "united states military", "american troops"], "USA")
PAN = st(["panama", "panama canal", "panamanian government"], "PAN")
NATO = igo(["nato", "mark rutte", "secretary general of nato mark rutte", "rutte"])
GREENLAND = st(["greenland", "denmark"], "GRL")
ARM = st(["armenia", "armenian"], "ARM")
AZE = st(["azerbaijan", "azerbaijani"], "AZE")
KGZ = gov(["sadyr japarov", "japarov", "kyrgyz president sadyr japarov", "kyrgyzstan", "kyrgyz"], "KGZ")
TJK = gov(["emomali rahmon", "rahmon", "tajik president emomali rahmon", "tajikistan", "tajik"], "TJK")
ICC = igo(["international criminal court", "icc"])
TALIBAN = ag(["taliban", "hibatullah akhundzada", "abdul hakim haqqani", "taliban leader hibatullah akhundzada"], "AFG")
ESP_SHOOTER = oth(["perpetrator", "gunman", "shooter", "the perpetrator"], "ESP")
ESP_POLICE = gov(["police", "police officers", "mossos d'esquadra", "three police officers"], "ESP")
BRA_ATT = oth(["16-year-old", "a 16-year-old", "attacker", "student", "teenager"], "BRA")
BRA_CIV = civ(["9-year-old", "a 9-year-old", "children", "students", "pupils"], "BRA")
PSE_CIV = civ(["palestinians", "99 palestinians", "at least 99 palestinians", "civilians", "gaza"], "PSE")
PUNTLAND_OPP = ag(["militants", "militant", "militias", "assault backed by the somali federal government", "somali federal government", "federal government"], "SOM")
LBN_VICT = ag(["hezbollah", "people", "12 people", "radwan force", "military compounds"], "LBN")
UKR_ST = st(["ukraine", "ukrainian"], "UKR")
RUS_MIL = mil(["russia", "russian", "russian drone", "russian forces", "russian military"], "RUS")
JNIM = ag(["jama'at nusrat al-islam wal-muslimin", "jnim", "al-qaeda-linked jama'at nusrat al-islam wal-muslimin", "al-qaeda"], "MLI")
MLI_CIV = civ(["people", "70 people", "civilians"], "MLI")
MLI_SUPP = civ(["supporters of the mali military junta", "supporters", "junta supporters", "supporters of the mali military junta"], "MLI")
MLI_JUNTA = gov(["mali military junta", "junta", "transitional council authorities", "transitional council", "mali"], "MLI")
PAK_POLICE = gov(["police officers", "police", "21 police officers", "at least 21 police officers", "checkpoint"], "PAK")
SAF = mil(["sudanese army", "sudanese armed forces", "saf", "army", "sudan"], "SDN")
RSF_SPLM = ag(["rapid support forces", "rsf", "splm–n", "splm-n", "splm"], "SDN")
CODECO = ag(["codeco"], "COD")
COD_CIV = civ(["people", "69 people", "civilians"], "COD")
PHL_SEN = gov(["philippine senate", "senate", "philippine senate building", "senator ronald dela rosa", "ronald dela rosa"], "PHL")
US_COURT = gov(["u.s. court", "us court", "court", "united states"], "USA")
RICHINS = per(["kouri richins", "richins", "author kouri richins"], "USA")
ERIC = per(["eric richins", "her husband", "husband"], "USA")
SC_COURT = gov(["south carolina supreme court", "court", "supreme court"], "USA")
MURDAUGH = per(["alex murdaugh", "murdaugh"], "USA")
US_SENATE = gov(["u.s. senate", "us senate", "senate", "united states senate"], "USA")
TRUMP_W = gov(["donald trump", "trump", "president donald trump", "war powers resolution"], "USA")

ANN = {
 'conflicts-jan-13': [
  (PUNTLAND, ISIL_SOM, ['ASSAULT'], "when Puntland forces capture eight Islamic State bases", at('Bari')),
  (PUNTLAND, ISIL_SOM, ['ASSAULT'], "Twenty-six Islamic State militants are allegedly killed", at('Bari', r=F)),
  (HAMAS, ISR, ['COOPERATE', 'CONCEDE'], "Hamas is expected to release 33 hostages", {'w': None, 's': 'h'}),
  (ISR, HAMAS, ['CONSULT', 'AGREE'], "emerging ceasefire agreement being finalized by negotiators in Doha", at('Doha', r=F)),
  (IDF, HEZBOLLAH, ['ASSAULT'], "The Israel Defense Forces strike several Hezbollah sites in Lebanon", at('Lebanon')),
  (RUSSIA_ST, UKR, ['DISAPPROVE'], "Russia accuses Ukraine of targeting the Russkaya compressor station", NOWHERE_NR),
  (UKR, RUSSIA_ST, ['ASSAULT'], "which feeds gas for the TurkStream pipeline, in a failed drone attack", at('Krasnodar Krai', r=F)),
  (unk(("shelling", "unknown", "rapid support forces", "rsf")), SDN_CIV, ['ASSAULT'], "The shelling of an area of Omdurman", at('Omdurman', r=F)),
 ],
 'disasters-feb-10': [
  (nat(["bus crash", "bus", "crash"]), None, ['ASSAULT'], "A bus veers off a bridge and falls into a ravine in Guatemala City", at('Guatemala City', r=F)),
  (nat(["boat", "capsizing", "boat capsizes"]), None, ['ASSAULT'], "after a boat capsizes on the Inambari River in Carabaya Province", at('Carabaya Province', r=F)),
  (nat(["learjet 35a", "aircraft", "crash", "learjet"]), None, ['ASSAULT'], "crashes into a Gulfstream G200 aircraft at Scottsdale Airport", at('Scottsdale', r=F)),
 ],
 'conflicts-feb-12': [
  (RUSSIA_ST, UKR_CIV, ['ASSAULT'], "Russian forces launch an overnight ballistic missile attack on Kyiv", at('Kyiv')),
  (TRUMP, PUTIN, ['CONSULT'], "After holding a telephone call with Russian president Vladimir Putin", NOWHERE_NR),
  (RSF, SDN_CIV, ['ASSAULT'], "The Rapid Support Forces storm the Zamzam Refugee Camp in North Darfur", at('North Darfur')),
  (BGD_SEC, BGD_PROT, ['ASSAULT', 'COERCE'], "during violent crackdowns on protests against the government", at('Bangladesh', r=F)),
 ],
 'politics-mar-09': [
  (ROU_BEC, GEORGESCU, ['COERCE', 'REJECT'], "is barred from running in the 2025 election by the Central Electoral Bureau", at('Romania')),
  (ROU_PROT, ROU_BEC, ['PROTEST'], "In Bucharest, Romania, protests erupt in front of the Electoral Bureau", at('Bucharest')),
  (ROU_POLICE, ROU_PROT, ['ASSAULT', 'COERCE'], "Electoral Bureau with clashes with the police", at('Bucharest', r=F)),
 ],
 'conflicts-mar-12': [
  (SOM_SEC, SHABAAB, ['ASSAULT'], "Somali security forces end the 24-hour siege at a hotel in Beledweyne", at('Beledweyne')),
  (SHABAAB, SOM_CIV, ['ASSAULT'], "with at least fifteen civilians and all six Al-Shabaab attackers killed", at('Beledweyne', r=F)),
  (SOM_MPS, SOM_PRES, ['DEMAND'], "over 100 Somali parliament members urge President Hassan Sheikh Mohamud to resign", at('Somalia', r=F)),
  (SYR_GOVF, ALAWITES, ['ASSAULT'], "three further reprisal massacres of Alawite minority communities", at('Syria', r=F)),
  (PAK_SEC, BLA, ['ASSAULT'], "Security forces rescue all surviving passengers and security personnel", at('Pakistan')),
  (BLA, PAK_CIV, ['ASSAULT'], "hijacking of the Jaffar Express passenger train in Pakistan", at('Pakistan', r=F)),
  (RUSSIA_ST, UKR, ['ASSAULT'], "Russian troops, backed by close air support, enter the town of Sudzha", at('Sudzha')),
  (RUSSIA_ST, UKR, ['ASSAULT'], "remaining Ukrainian forces in Kursk Oblast are entirely surrounded", at('Kursk Oblast', r=F)),
 ],
 'relations-mar-13': [
  (TRUMP, PAN, ['MOBILIZE', 'THREATEN'], "orders the U.S. military to plan options to expand the presence", at('United States', r=F)),
  (TRUMP, NATO, ['CONSULT'], "During a meeting at the White House with Secretary General of NATO Mark Rutte", at('Washington, D.C.')),
  (TRUMP, GREENLAND, ['THREATEN'], "refuses to rule out the U.S. annexation of Greenland", at('Washington, D.C.', r=F)),
  (ARM, AZE, ['AGREE'], "Armenia and Azerbaijan agree on a peace treaty", NOWHERE_NR),
  (KGZ, TJK, ['AGREE'], "Emomali Rahmon sign a deal to formally end the border dispute", NOWHERE_NR),
 ],
 'disasters-jun-15': [
  (nat(["earthquake", "mw 6.1 earthquake", "callao earthquake"]), None, ['ASSAULT'], "A Mw 6.1 earthquake hits Lima", at('Lima', r=F)),
  (nat(["lightning", "rain", "lightning, rain-related incidents"]), None, ['ASSAULT'], "Twenty-five people are killed in lightning, rain-related incidents across India", at('India', r=F)),
  (nat(["bell 407", "aircraft", "helicopter", "crash"]), None, ['ASSAULT'], "when a Bell 407 aircraft crashes in a forested area", at('Kedarnath', r=F)),
  (nat(["bridge", "bridge collapse", "collapse"]), None, ['ASSAULT'], "when a bridge over a river collapses at a popular tourist destination in Kundamala", at('Kundamala', r=F)),
  (nat(["lightning", "lightning strike"]), None, ['ASSAULT'], "Three hikers are killed by a lightning strike on Mittagsspitze mountain", at('Austria', r=F)),
 ],
 'law-crime-jul-08': [
  (ICC, TALIBAN, ['COERCE'], "The International Criminal Court issues arrest warrants against Taliban leader", NOWHERE_NR),
  (ESP_SHOOTER, ESP_POLICE, ['ASSAULT'], "including three police officers and three seriously, in a shootout at a house in Calldetenes", at('Calldetenes', r=F)),
  (ESP_POLICE, ESP_SHOOTER, ['ASSAULT'], "Two people are killed, including the perpetrator", at('Calldetenes', r=F)),
  (BRA_ATT, BRA_CIV, ['ASSAULT'], "in a mass stabbing attack by a 16-year-old at a school in Estação", at('Estação', r=F)),
 ],
 'conflicts-jul-15': [
  (IDF, PSE_CIV, ['ASSAULT'], "At least 99 Palestinians are killed in Israeli airstrikes on Gaza City", at('Gaza City')),
  (IDF, SYR_GOVF, ['ASSAULT'], "Israeli warplanes carry out strikes targeting Syrian government forces", at('Suwayda')),
  (SYR_GOVF, civ(["druze", "suwayda"], "SYR"), ['MOBILIZE', 'ASSAULT'], "as they attempt to enter the Druze-majority city of Suwayda", at('Suwayda', r=F)),
  (PUNTLAND, PUNTLAND_OPP, ['ASSAULT'], "Puntland's defence forces repels an assault backed by the Somali federal government", at('Dhahar')),
  (PUNTLAND, PUNTLAND_OPP, ['ASSAULT'], "reports at least five militant casualties in Dhahar", at('Dhahar', r=F)),
  (IDF, LBN_VICT, ['ASSAULT'], "At least 12 people are killed in Israeli air strikes in Lebanon's eastern Bekaa Valley", at('Bekaa Valley')),
 ],
 'conflicts-may-09': [
  (PUTIN, UKR_ST, ['THREATEN'], "previously vowing victory over Ukraine during the Victory Day military parade in Moscow", at('Moscow', r=F)),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "a Russian drone has struck a residential building in Kharkiv", at('Kharkiv')),
  (JNIM, MLI_CIV, ['ASSAULT'], "70 people were killed in a new wave of attacks in central Mali", at('Mali', r=F)),
  (MLI_SUPP, MLI_JUNTA, ['PROTEST', 'SUPPORT'], "Supporters of the Mali military junta gather in Bamako", at('Bamako')),
  (unk(("car bomb", "unknown", "attackers", "gunmen", "militants")), PAK_POLICE, ['ASSAULT'], "are injured in a car bomb, followed by gunfire and other explosions", at('Bannu', r=F)),
  (SAF, RSF_SPLM, ['ASSAULT'], "it has seized control of the Al-Kili area in the Blue Nile State", at('Blue Nile State')),
  (CODECO, COD_CIV, ['ASSAULT'], "were killed in an attack by CODECO in Ituri Province", at('Ituri Province', r=F)),
 ],
 'law-crime-may-13': [
  (unk(("gunshots", "unknown", "gunmen", "shooter")), PHL_SEN, ['ASSAULT'], "Gunshots are reported at the Philippine senate building", at('Philippines', r=F)),
  (US_COURT, RICHINS, ['COERCE'], "A U.S. court sentences author Kouri Richins to life imprisonment", at('United States')),
  (RICHINS, ERIC, ['ASSAULT'], "convicting her of murdering her husband with fentanyl in 2022", NOWHERE_NR),
  (SC_COURT, MURDAUGH, ['REJECT', 'CONCEDE'], "The South Carolina Supreme Court overturns the sentence of Alex Murdaugh", at('South Carolina', r=F)),
  (US_SENATE, TRUMP_W, ['REJECT'], "The U.S. Senate blocks a War Powers Resolution", at('United States', r=F)),
 ],
 'disasters-jul-09': [
  (nat(["wildfire", "los gallardos wildfire", "fire"]), None, ['ASSAULT'], "reported missing in a wildfire in Los Gallardos", at('Los Gallardos', r=F)),
  (nat(["fire", "factory fire", "huiteng shoes factory fire"]), None, ['ASSAULT'], "after a fire at a shoe factory in Jinjiang", at('Jinjiang', r=F)),
  (nat(["apartment fire", "fire", "gas leak"]), None, ['ASSAULT'], "killed in an apartment fire caused by a gas leak in Giza", at('Giza', r=F)),
  (nat(["building collapse", "collapse", "rains", "monsoon"]), None, ['ASSAULT'], "are killed in a building collapse in New Delhi", at('New Delhi', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
