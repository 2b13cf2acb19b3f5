# Gold events of the seventy-fourth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places68's README (from places67, places61, places28, places26, places25,
# places24, places23), as places71 applied them; see this set's README. PLOVER types are placeholders.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Colombia': ('COL', (4.0, -72.5)), 'United States': ('USA', (39.8, -98.6)), 'Belarus': ('BLR', (53.7, 28.0)),
 'Brazil': ('BRA', (-14.2, -51.9)), 'Mexico': ('MEX', (23.6, -102.5)), 'United Kingdom': ('GBR', (54.0, -2.5)),
 'Tajikistan': ('TJK', (38.9, 71.3)), 'Afghanistan': ('AFG', (33.9, 67.7)), 'The Gambia': ('GMB', (13.45, -15.4)),
 'Iraq': ('IRQ', (33.2, 43.7)), 'Iran': ('IRN', (32.4, 53.7)), 'Bahrain': ('BHR', (26.07, 50.55)),
 # regions, provinces, states, districts
 'Hualien County': ('TWN', (23.8, 121.4)), 'Amazon region': ('COL', (1.0, -72.0)),
 'South Waziristan': ('PAK', (32.3, 69.7)), 'Ouest': ('HTI', (18.5, -72.3)),
 'Aleppo Governorate': ('SYR', (36.2, 37.5)), 'Balochistan': ('PAK', (28.5, 65.5)),
 'Gaza Strip': ('PSE', (31.42, 34.37)),
 # cities, towns, villages
 'Thessaloniki': ('GRC', (40.64, 22.94)), 'Kolkata': ('IND', (22.57, 88.36)), 'Aquidauana': ('BRA', (-20.47, -55.79)),
 'Charlotte': ('USA', (35.23, -80.84)), 'Belfast': ('GBR', (54.60, -5.93)), 'Derry': ('GBR', (55.00, -7.32)),
 'New Delhi': ('IND', (28.61, 77.21)), 'Dnipro': ('UKR', (48.46, 35.05)), 'Pokrovsk': ('UKR', (48.28, 37.18)),
 'Babanusa': ('SDN', (11.33, 27.82)), 'Pont-Sondé': ('HTI', (19.15, -72.61)), 'Crans-Montana': ('CHE', (46.31, 7.48)),
 'Amsterdam': ('NLD', (52.37, 4.90)), 'Dayr Hafir': ('SYR', (36.16, 37.71)), 'Al-Tabqah': ('SYR', (35.84, 38.55)),
 'Nushki': ('PAK', (29.55, 66.02)), 'Druzhkivka': ('UKR', (48.63, 37.53)), 'Logan Township': ('USA', (39.79, -75.35)),
 'Tamacine': ('DZA', (33.01, 6.02)), 'Washington, D.C.': ('USA', (38.90, -77.04)), 'Ilam': ('IRN', (33.64, 46.42)),
 'Barinas': ('VEN', (8.62, -70.21)), 'Santo Tomas': ('PHL', (17.0, 121.77)), 'Kabul': ('AFG', (34.53, 69.17)),
}
COUNTRY_LEVEL = {'Colombia', 'United States', 'Belarus', 'Brazil', 'Mexico', 'United Kingdom', 'Tajikistan',
                 'Afghanistan', 'The Gambia', 'Iraq', 'Iran', 'Bahrain'}


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
PETRO = gov(["gustavo petro", "petro", "president gustavo petro", "colombian president gustavo petro", "president petro", "colombia", "colombian government", "commerce ministry"], "COL")
US_GOV = gov(["donald trump", "trump", "u.s. president donald trump", "president donald trump", "united states", "u.s.", "us", "trump administration", "u.s. military aircraft", "two u.s. military aircraft"], "USA")
COLOMBIA = st(["colombia", "colombian", "colombian government", "gustavo petro", "petro", "deported colombians", "deportees"], "COL")
BELARUS = gov(["belarus", "belarusian government", "belarusian authorities", "alexander lukashenko", "lukashenko", "prison"], "BLR")
NUFER = per(["anastasia nufer", "nufer", "american citizen anastasia nufer", "american citizen"], "USA")
UN = igo(["united nations", "un", "antonio guterres", "guterres", "united nations secretary-general antonio guterres", "secretary-general"])
RWANDA = st(["rwanda", "rwandan", "rwandan soldiers", "rwandan government", "kigali"], "RWA")
DRC = gov(["thérèse kayikwamba wagner", "therese kayikwamba wagner", "kayikwamba wagner", "wagner", "congolese foreign minister", "democratic republic of the congo", "congo", "drc", "congolese"], "COD")
BRA_POL = gov(["police", "federal police", "brazilian federal police", "brazil"], "BRA")
LUPI = gov(["carlos lupi", "lupi", "brazilian social security minister carlos lupi", "social security minister", "national social security institute", "inss", "minister"], "BRA")
BRA_GOV = gov(["brazilian government", "government", "brazil", "luiz inácio lula da silva", "lula"], "BRA")
MEX_AUTH = gov(["mexican authorities", "authorities", "prosecutors", "police", "mexico", "attorney general"], "MEX")
MURGUIA = gov(["josé murguía santiago", "jose murguia santiago", "murguía santiago", "murguía", "mayor", "mayor of teuchitlán"], "MEX")
US_LE = gov(["united states law enforcement", "law enforcement", "fbi", "united states", "us", "prosecutors", "federal prosecutors"], "USA")
GAMBLERS = civ(["more than 30 people", "people", "damon jones", "terry rozier", "chauncey billups", "american mafia", "mafia"], "USA")
UK_FO = gov(["united kingdom foreign office", "foreign office", "united kingdom", "uk", "british government", "uk government"], "GBR")
BALKAN_GANGS = ag(["gangs", "gangs from the balkans", "balkan gangs", "smugglers", "people smugglers"], None)
US_JURY = gov(["grand jury", "jury", "prosecutors", "court", "united states", "north carolina"], "USA")
BROWN = per(["decarlos brown jr.", "decarlos brown", "brown", "perpetrator"], "USA")
ZARUTSKA = civ(["iryna zarutska", "zarutska", "ukrainian refugee", "refugee"], "UKR")
BEL_COURT = gov(["court", "a court in belfast", "court in belfast", "belfast court", "judge", "united kingdom"], "GBR")
SOLDIER_F = mil(["british soldier", "soldier", "soldier f", "british army", "paratroopers"], "GBR")
DERRY_CIV = civ(["civilians", "protesters", "people", "bloody sunday victims", "victims"], "GBR")
DELHI_VICT = civ(["thirteen people", "people", "civilians", "over 20 others"], "IND")
COL_MIL = mil(["colombian military", "military", "colombian armed forces", "colombia", "colombian air force"], "COL")
FARC_D = ag(["farc splinter group", "farc", "19 farc splinter group fighters", "farc dissidents", "fighters", "farc splinter group fighters", "splinter group"], "COL")
TTP = ag(["pakistani taliban", "tehrik-i-taliban pakistan", "ttp", "taliban", "militants"], "PAK")
CADETS = civ(["cadet college", "people", "three people", "cadets", "students", "cadet college wana"], "PAK")
RUS_MIL = mil(["russia", "russian", "russian forces", "russian military", "russian armed forces", "its forces"], "RUS")
UKR_CIV = civ(["people", "civilians", "four people", "dnipro", "seven civilians", "market"], "UKR")
UKR_MIL = mil(["ukrainian forces", "ukraine", "ukrainian army", "ukrainian military", "pokrovsk"], "UKR")
RSF = ag(["rapid support forces", "rsf"], "SDN")
SAF = mil(["sudanese armed forces", "saf", "sudanese army", "sudan", "babanusa"], "SDN")
HTI_GANGS = ag(["haitian gangs", "gangs", "gang", "viv ansanm", "gran grif"], "HTI")
HTI_CIV = civ(["people", "hundreds of people", "residents", "civilians", "ouest", "artibonite"], "HTI")
TAJIK = gov(["tajikistan", "tajik government", "tajik", "tajikistan's government", "tajik border guards"], "TJK")
AFGHAN = st(["afghanistan", "afghan", "taliban", "its neighbour", "neighbour"], "AFG")
TJK_VICT = civ(["two tajik and three chinese citizens", "tajik citizens", "chinese citizens", "citizens", "people"], "TJK")
SYR_MIL = mil(["syrian government forces", "syrian army", "government forces", "syria", "syrian transitional government", "syrian forces"], "SYR")
SDF = ag(["syrian democratic forces", "sdf", "sdf units", "syrian democratic forces (sdf) units"], "SYR")
US_MIL = mil(["united states armed forces", "united states", "us", "u.s.", "us military", "u.s. forces", "american forces"], "USA")
IRQ_MIL = mil(["iraqi armed forces", "iraq", "iraqi military", "iraqi forces", "iraqi army"], "IRQ")
PAK_MIL = mil(["pakistan armed forces", "pakistani military", "pakistan army", "pakistan", "pakistani forces", "military"], "PAK")
BLA = ag(["balochistan liberation army", "bla", "insurgents", "balochistan liberation army insurgents", "baloch insurgents", "militants"], "PAK")
BAL_VICT = civ(["people", "over 200 people", "civilians", "security personnel"], "PAK")
IDF = mil(["israeli military", "israel", "israeli", "israel defense forces", "idf", "israeli forces", "israeli army"], "ISR")
GAZANS = civ(["palestinians", "23 palestinians", "people", "women", "children", "paramedic", "gaza strip"], "PSE")
PAL_MIL = ag(["palestinian militant", "palestinian militants", "militants", "hamas", "militant"], "PSE")
IDF_SOLDIER = mil(["israeli soldier", "soldier", "idf", "israel defense forces", "israel"], "ISR")
PIJ = ag(["palestinian islamic jihad", "pij", "islamic jihad", "ali al-razayneh", "al-razayneh", "northern gaza brigade", "commander"], "PSE")
US_PROT = civ(["protesters", "demonstrators", "protest", "people"], "USA")
TRUMP = gov(["president trump", "trump", "donald trump", "us president", "white house", "united states", "u.s."], "USA")
IRN_GOV = gov(["iran", "iranian government", "iranian authorities", "iranian", "tehran"], "IRN")
IRN_POP = civ(["population", "people", "iranians", "citizens", "citizens in ilam", "protesters", "human chains", "human chain"], "IRN")
IRAN = st(["iran", "iranian", "critical infrastructure", "infrastructure", "power stations", "bridges"], "IRN")
BHR = gov(["bahrain", "bahraini court", "court", "bahraini government", "bahraini authorities"], "BHR")
BHR_SPIES = civ(["nine people", "people", "spies", "defendants", "islamic revolutionary guard corps", "irgc"], "BHR")
INMATES = civ(["inmates", "hundreds of inmates", "prisoners"], "VEN")
VEN_PRISON = gov(["prison director", "prison", "prison authorities", "venezuela", "venezuelan government", "director", "security forces"], "VEN")
VEN_SEC = gov(["security forces", "venezuelan security forces", "national guard", "venezuela", "police"], "VEN")
PHL_VICT = civ(["four people", "people", "village chief", "police officer", "victims"], "PHL")
AFG_VICT = civ(["four people", "people", "victims", "civilians"], "AFG")

ANN = {
 'intl-relations-jan-26': [
  (PETRO, US_GOV, ['REJECT', 'COERCE'], "Colombian President Gustavo Petro blocks two U.S. military aircraft carrying deported Colombians", at('Colombia')),
  (US_GOV, COLOMBIA, ['SANCTION', 'COERCE'], "U.S. President Donald Trump enacts a 25% tariff on all goods traded", at('United States')),
  (PETRO, US_GOV, ['SANCTION', 'COERCE'], "President Petro orders the commerce ministry to raise tariffs on U.S. imports", at('Colombia')),
  (COLOMBIA, US_GOV, ['AGREE', 'COOPERATE'], "The dispute is settled with an agreement to use the Colombian presidential plane", NOWHERE_NR),
  (BELARUS, NUFER, ['CONCEDE'], "announces the release of American citizen Anastasia Nufer from a prison in Belarus", at('Belarus', r=F)),
  (UN, RWANDA, ['REQUEST'], "United Nations Secretary-General Antonio Guterres urges Rwanda to end its support for rebels", NOWHERE),
  (DRC, RWANDA, ['ACCUSE'], "Congolese Foreign Minister Thérèse Kayikwamba Wagner calls Rwanda's military support for M23 rebels", NOWHERE),
 ],
 'law-crime-may-03': [
  (BRA_POL, LUPI, ['ACCUSE'], "Federal police say that the National Social Security Institute made unauthorised deductions", at('Brazil')),
  (LUPI, BRA_GOV, ['CONCEDE', 'RETREAT'], "Brazilian social security minister Carlos Lupi resigns after police announce a corruption scandal", at('Brazil', r=F)),
  (nat(["bomb", "explosion", "woman"]), None, ['ASSAULT'], "A woman is killed in Thessaloniki, Greece, after a bomb she was carrying explodes", at('Thessaloniki', r=F)),
  (MEX_AUTH, MURGUIA, ['COERCE'], "is arrested on charges of organized crime and forced disappearance", at('Mexico', r=F)),
 ],
 'disasters-sep-23': [
  (nat(["barrier lake", "flooding", "ragasa", "typhoon ragasa"]), None, ['ASSAULT'], "after a barrier lake in Hualien County, Taiwan, bursts during Ragasa", at('Hualien County', r=F)),
  (nat(["flash flooding", "flooding", "cloudburst"]), None, ['ASSAULT'], "At least 12 people are killed during flash flooding in Kolkata", at('Kolkata', r=F)),
  (nat(["cessna 175 skylark aircraft", "aircraft", "crash", "cessna 175"]), None, ['ASSAULT'], "are killed when a Cessna 175 Skylark aircraft crashes in Aquidauana", at('Aquidauana', r=F)),
 ],
 'law-crime-oct-23': [
  (US_LE, GAMBLERS, ['COERCE'], "More than 30 people are arrested by United States law enforcement", at('United States')),
  (UK_FO, BALKAN_GANGS, ['SANCTION'], "The United Kingdom Foreign Office issues sanctions against gangs from the Balkans", at('United Kingdom')),
  (US_JURY, BROWN, ['COERCE', 'ACCUSE'], "A grand jury indicts Decarlos Brown Jr.", at('United States')),
  (BROWN, ZARUTSKA, ['ASSAULT'], "the perpetrator of the fatal stabbing of a Ukrainian refugee on a Charlotte Area Transit System train", at('Charlotte', r=F)),
  (BEL_COURT, SOLDIER_F, ['CONCEDE', 'REJECT'], "A court in Belfast, Northern Ireland, finds a British soldier not guilty", at('Belfast')),
  (SOLDIER_F, DERRY_CIV, ['ASSAULT'], "over killings on Bloody Sunday in 1972 in Derry", at('Derry', r=F)),
 ],
 'conflicts-nov-10': [
  (unk(("unknown", "bomber", "car bomb", "suspected car bombing", "attackers")), DELHI_VICT, ['ASSAULT'], "in a suspected car bombing near the Red Fort in New Delhi", at('New Delhi', r=F)),
  (COL_MIL, FARC_D, ['ASSAULT'], "The Colombian military conducts airstrikes in the Amazon region", at('Amazon region')),
  (TTP, CADETS, ['ASSAULT'], "during an attack by the Pakistani Taliban on a cadet college in South Waziristan District", at('South Waziristan')),
 ],
 'conflicts-dec-01': [
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "in a Russian Iskander missile strike on Dnipro, Ukraine", at('Dnipro')),
  (RUS_MIL, UKR_MIL, ['ASSAULT', 'COERCE'], "Russia says its forces have captured Pokrovsk, Donetsk Oblast", at('Pokrovsk')),
  (RSF, SAF, ['ASSAULT', 'COERCE'], "The Rapid Support Forces say that they have captured Babanusa", at('Babanusa')),
  (HTI_GANGS, HTI_CIV, ['ASSAULT'], "Haitian gangs launch a large-scale attack on the Ouest and Artibonite departments", at('Ouest')),
  (HTI_GANGS, HTI_CIV, ['COERCE', 'ASSAULT'], "Police say the gangs now control 50% of Artibonite", at('Pont-Sondé', r=F)),
  (TAJIK, AFGHAN, ['MOBILIZE'], "Tajikistan reinforces its border with Afghanistan", at('Tajikistan')),
  (unk(("unknown", "drone strikes", "drones", "afghanistan")), TJK_VICT, ['ASSAULT'], "the drone strikes which killed two Tajik and three Chinese citizens", NOWHERE_NR),
 ],
 'disasters-jan-01': [
  (nat(["explosion", "fire", "explosion and fire", "pyrotechnics", "bar fire"]), None, ['ASSAULT'], "in an explosion and fire suspected to be caused by pyrotechnics at a bar in Crans-Montana", at('Crans-Montana', r=F)),
  (nat(["flash floods", "floods", "heavy rains", "snowfall"]), None, ['ASSAULT'], "are killed and 11 others are injured in flash floods", at('Afghanistan', r=F)),
  (nat(["boat", "capsizes", "boat carrying hundreds of migrants"]), None, ['ASSAULT'], "when a boat carrying hundreds of migrants capsizes in The Gambia", at('The Gambia', r=F)),
  (nat(["fire", "vondelkerk", "tower"]), None, ['ASSAULT'], "The Vondelkerk in Amsterdam, Netherlands, catches fire", at('Amsterdam', r=F)),
 ],
 'conflicts-jan-17': [
  (SYR_MIL, SDF, ['ASSAULT', 'COERCE'], "Syrian government forces capture many towns in Aleppo Governorate", at('Dayr Hafir')),
  (SDF, SYR_MIL, ['RETREAT'], "after Syrian Democratic Forces (SDF) units withdraw from their positions", at('Aleppo Governorate', r=F)),
  (SYR_MIL, SDF, ['COERCE', 'ASSAULT'], "The Syrian Army also reportedly expelled the SDF from Al-Tabqah", at('Al-Tabqah')),
  (US_MIL, IRQ_MIL, ['RETREAT', 'COOPERATE'], "The United States Armed Forces formally withdraws from Iraq's Al-Asad Airbase", at('Iraq')),
 ],
 'conflicts-feb-04': [
  (PAK_MIL, BLA, ['ASSAULT'], "The Pakistan Armed Forces use drones and helicopters in an attempt to regain control of Nushki", at('Nushki')),
  (BLA, BAL_VICT, ['ASSAULT'], "after attacks across the province killed over 200 people", at('Balochistan', r=F)),
  (IDF, GAZANS, ['ASSAULT'], "are killed by Israeli military, airstrikes, and drone strikes in the Gaza Strip", at('Gaza Strip')),
  (PAL_MIL, IDF_SOLDIER, ['ASSAULT'], "after a Palestinian militant attack injures an Israeli soldier", NOWHERE_NR),
  (IDF, PIJ, ['ASSAULT'], "Ali al-Razayneh is killed in an airstrike on the Gaza Strip", at('Gaza Strip', r=F)),
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Russian forces strike a market in Druzhkivka, Donetsk Oblast, with cluster munitions", at('Druzhkivka')),
 ],
 'disasters-mar-04': [
  (nat(["explosion", "oil extraction plant", "plant"]), None, ['ASSAULT'], "after an explosion at an oil extraction plant in Logan Township", at('Logan Township', r=F)),
  (nat(["passenger bus", "semi-trailer truck", "bus", "truck", "collision"]), None, ['ASSAULT'], "when a passenger bus and a semi-trailer truck collide in Tamacine", at('Tamacine', r=F)),
  (nat(["blackout", "nationwide blackout", "power grid"]), None, ['ASSAULT'], "A nationwide blackout occurs in Iraq", at('Iraq', r=F)),
 ],
 'politics-apr-07': [
  (US_PROT, TRUMP, ['PROTEST', 'ACCUSE'], "A protest is held outside the White House in Washington, D.C.", at('Washington, D.C.', r=F)),
  (IRN_GOV, IRN_POP, ['REQUEST', 'MOBILIZE'], "Iran calls on the population to form human chains around critical infrastructure", at('Iran')),
  (TRUMP, IRAN, ['THREATEN'], "ahead of a U.S. deadline that threatens their destruction", NOWHERE_NR),
  (IRN_POP, TRUMP, ['PROTEST'], "Human chain protests are held across bridge and power plant structures in Iran", at('Iran', r=F)),
  (IRN_POP, TRUMP, ['PROTEST'], "Citizens in Ilam, Iran, form a human chain protest", at('Ilam', r=F)),
 ],
 'law-crime-may-24': [
  (BHR, BHR_SPIES, ['COERCE'], "Bahrain sentences nine people to life in prison for espionage", at('Bahrain')),
  (INMATES, VEN_PRISON, ['PROTEST', 'COERCE'], "Hundreds of inmates seize control of a prison in Barinas, Venezuela", at('Barinas', r=F)),
  (VEN_SEC, INMATES, ['COERCE', 'MOBILIZE'], "as security forces surround the facility", at('Barinas', r=F)),
  (unk(("unknown", "gunmen", "unidentified gunmen", "shooter")), PHL_VICT, ['ASSAULT'], "in a mass shooting in Santo Tomas, Isabela, Philippines", at('Santo Tomas', r=F)),
  (unk(("unknown", "gunmen", "one of the gunmen", "shooter")), AFG_VICT, ['ASSAULT'], "in a mass shooting in Kabul, Afghanistan", at('Kabul', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
