# Gold events of the sixty-ninth place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree, some rougher: see the README's Doubts; a note only, build_gold.py does not
# read it). Conventions: those of places68's README (from places67, places61, places28, places26, places25,
# places24, places23); see this set's README.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 # countries
 'Turkey': ('TUR', (39.0, 35.0)), 'Pakistan': ('PAK', (30.0, 70.0)), 'Cuba': ('CUB', (21.5, -79.5)),
 'Lebanon': ('LBN', (33.9, 35.9)), 'Iran': ('IRN', (32.0, 53.0)), 'Spain': ('ESP', (40.2, -3.7)),
 'Cambodia': ('KHM', (12.6, 104.9)), 'Brazil': ('BRA', (-14.2, -51.9)),
 # regions, provinces, districts
 'Luhansk Oblast': ('UKR', (48.7, 39.2)), 'Swat': ('PAK', (34.78, 72.36)), 'Kurram': ('PAK', (33.8, 70.1)),
 # cities, towns, villages
 'Warsaw': ('POL', (52.23, 21.01)), 'Sanaa': ('YEM', (15.37, 44.19)), 'Sumy': ('UKR', (50.91, 34.80)),
 'Tokyo': ('JPN', (35.68, 139.69)), 'Lanciano': ('ITA', (42.23, 14.39)), 'Hua Hin': ('THA', (12.57, 99.96)),
 'Esmeraldas': ('ECU', (0.97, -79.65)), 'Ashmoun': ('EGY', (30.30, 30.98)), 'Silay': ('PHL', (10.80, 122.97)),
 'Champhol': ('FRA', (48.47, 1.50)), 'Kyiv': ('UKR', (50.45, 30.52)), 'Harouf': ('LBN', (33.36, 35.44)),
 'Dorogobuzh': ('RUS', (54.91, 33.30)), 'Tehran': ('IRN', (35.69, 51.39)), 'Juba': ('SSD', (4.85, 31.58)),
 'Bekasi': ('IDN', (-6.24, 106.99)), 'Golo': ('SDN', (13.0, 24.3)), 'Newry': ('GBR', (54.18, -6.34)),
 'São Paulo': ('BRA', (-23.55, -46.63)),
}
COUNTRY_LEVEL = {'Turkey', 'Pakistan', 'Cuba', 'Lebanon', 'Iran', 'Spain', 'Cambodia', 'Brazil'}


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
BLR_OPP = oth(["belarusian opposition", "opposition", "united states", "european parliament", "the belarusian opposition, the united states, and the european parliament"], None)
LUKASHENKO = gov(["alexander lukashenko", "lukashenko", "president alexander lukashenko", "belarus", "belarusian government", "president", "election", "lukashenko's rule"], "BLR")
TSIKH = per(["sviatlana tsikhanouskaya", "tsikhanouskaya", "belarusian opposition leader sviatlana tsikhanouskaya", "opposition leader", "belarusian opposition leader", "belarusian opposition", "protest", "protesters"], "BLR")
US_MIL = mil(["u.s. military", "us military", "united states military", "united states", "u.s.", "us", "american"], "USA")
HOUTHI_YEM = civ(["houthis", "houthi", "houthi-controlled areas", "yemen", "people", "four people", "sanaa", "houthi-controlled areas of yemen"], "YEM")
RUS_MIL = mil(["russia", "russian", "russian military", "russian forces", "russian armed forces", "moscow"], "RUS")
SUMY_CIV = civ(["ninety people", "people", "17 children", "children", "hospital", "school", "residential area", "sumy", "civilians"], "UKR")
UKR_MIL = mil(["ukraine", "ukrainian", "ukrainian military", "ukrainian forces", "ukrainian armed forces", "kyiv"], "UKR")
RUS_JOURN = civ(["six people", "people", "journalists", "izvestia", "zvezda", "russian journalists", "several journalists"], "RUS")
USA = st(["united states", "us", "u.s.", "america", "american", "washington"], "USA")
RUSSIA = st(["russia", "russian", "moscow", "kremlin", "russian government"], "RUS")
TUR_AUTH = gov(["turkish authorities", "authorities", "police", "turkish police", "turkey", "turkish government", "tayyip erdoğan", "erdoğan", "erdogan"], "TUR")
TUR_PROT = civ(["turkish civilians", "civilians", "over 1,400 turkish civilians", "journalists", "protesters", "anti-government protesters", "demonstrators"], "TUR")
TOKYO_COURT = gov(["tokyo district court", "court", "district court", "japan", "japanese court"], "JPN")
UNIF = oth(["unification church", "church", "religious organization", "religious group"], "JPN")
PAK_MIL = mil(["soldiers", "five soldiers", "pakistan", "pakistani soldiers", "pakistani military", "pakistan army", "security forces"], "PAK")
PAK_GUN = ag(["gunmen", "25 gunmen", "militants", "pakistani taliban", "ttp"], "PAK")
UKR_CIV = civ(["people", "four people", "residential areas", "civilians", "kyiv", "ukraine"], "UKR")
IDF = mil(["israel", "israeli", "israel defense forces", "idf", "israeli military", "israeli forces", "israeli airstrikes"], "ISR")
LBN_CIV = civ(["two people", "people", "car", "motorcycle", "hezbollah", "lebanon", "harouf", "qlayleh"], "LBN")
RUS_PLANT = civ(["seven people", "people", "fertilizer plant", "plant", "dorogobuzh", "russia", "civilians", "workers"], "RUS")
CUB_CG = mil(["cuban coast guard", "coast guard", "cuba", "cuban", "coast guard personnel", "cuban government", "coast guard commander"], "CUB")
BOAT = oth(["american marked speedboat", "speedboat", "boat", "boat's occupants", "occupants", "gunmen", "unidentified gunmen", "six unidentified gunmen"], "USA")
MEK = ag(["mojahedin-e-khalq", "mojahedin-e-khalq (mek) fighters", "mek", "mek fighters", "fighters", "people's mojahedin", "dozens of mek fighters"], "IRN")
IRN_SEC = gov(["iranian security forces", "security forces", "iran", "iranian government", "government forces", "ali khamenei", "khamenei", "supreme leader ali khamenei"], "IRN")
LBN_FM = gov(["lebanese foreign ministry", "foreign ministry", "lebanon", "lebanese", "lebanese government", "beirut"], "LBN")
IRAN = st(["iran", "iranian", "iranian ambassador", "ambassador", "mohammad reza raouf sheibani", "sheibani", "tehran", "iranian government"], "IRN")
HEZB = ag(["hezbollah", "shia paramilitary group hezbollah", "paramilitary group", "shia paramilitary group"], "LBN")
IRN_FM = gov(["iranian foreign ministry", "foreign ministry", "iran", "iranian", "tehran", "iranian government"], "IRN")
VESSELS = oth(["vessels", "countries", "vessels linked to countries", "ships", "shipping"], None)
ESP_CG = gov(["civil guard", "guardia civil", "national court of spain", "national court", "spain", "spanish police", "audiencia nacional"], "ESP")
PSOE = oth(["psoe", "ruling psoe party", "psoe party", "party", "party's headquarters", "party’s manager", "the party’s manager", "manager", "two former senior officials", "businessman", "spanish socialist workers' party"], "ESP")
KHM_COURT = gov(["cambodian court", "court", "cambodia", "cambodian"], "KHM")
CHN_NAT = civ(["six chinese nationals", "chinese nationals", "chinese", "nationals", "fraud network", "transnational fraud network"], "CHN")
KOR_STU = civ(["south korean student", "student", "south korean"], "KOR")
NI_COURT = gov(["newry crown court", "crown court", "court", "prosecutors", "prosecution", "public prosecution service"], "GBR")
DONALDSON = per(["jeffrey donaldson", "donaldson", "former northern irish mp jeffrey donaldson", "former mp", "mp jeffrey donaldson"], "GBR")
BRAZIL = st(["brazil", "brazilian", "brazilian government", "brasília", "brasilia", "itamaraty", "lula", "luiz inácio lula da silva"], "BRA")
ARGENTINA = st(["argentina", "argentine", "argentina's ambassador", "ambassador", "argentine government", "buenos aires", "javier milei", "milei"], "ARG")
MILEI = gov(["javier milei", "milei", "argentine president javier milei", "argentine president", "argentina", "president"], "ARG")
LULA = gov(["luiz inácio lula da silva", "lula", "lula da silva", "brazilian president luiz inácio lula da silva", "brazilian president", "alexandre de moraes", "de moraes", "moraes", "brazil", "supreme court justice alexandre de moraes"], "BRA")
UKRAINE = st(["ukraine", "ukrainian", "ukrainian chargé d'affaires", "chargé d'affaires", "ukrainian government", "kyiv", "ukrainian military"], "UKR")
IRN_SHIP = civ(["iranian ship", "ship", "iranian sailor", "sailor", "iran"], "IRN")

ANN = {
 'politics-jan-26': [
  (BLR_OPP, LUKASHENKO, ['ACCUSE', 'REJECT'], "the Belarusian opposition, the United States, and the European Parliament have called a sham election", NOWHERE_NR),
  (TSIKH, LUKASHENKO, ['PROTEST'], "A protest in Warsaw, Poland, is organized by Belarusian opposition leader Sviatlana Tsikhanouskaya", at('Warsaw')),
 ],
 'conflicts-mar-24': [
  (US_MIL, HOUTHI_YEM, ['ASSAULT'], "The U.S. military launches air raids across Houthi-controlled areas of Yemen overnight", at('Sanaa')),
  (RUS_MIL, SUMY_CIV, ['ASSAULT'], "Ninety people are injured, including 17 children, in a Russian missile attack", at('Sumy')),
  (UKR_MIL, RUS_JOURN, ['ASSAULT'], "A Ukrainian artillery strike kills six people, including several journalists", at('Luhansk Oblast')),
  (USA, RUSSIA, ['CONSULT'], "The United States and Russia conclude talks focusing on a ceasefire for the Black Sea", NOWHERE),
 ],
 'law-crime-mar-25': [
  (TUR_AUTH, TUR_PROT, ['COERCE'], "Over 1,400 Turkish civilians, including several journalists, are detained", at('Turkey', r=F)),
  (TUR_PROT, TUR_AUTH, ['PROTEST'], "are detained for participating in anti-government protests", at('Turkey', r=F)),
  (TOKYO_COURT, UNIF, ['COERCE', 'SANCTION'], "The Tokyo District Court orders the Unification Church to dissolve", at('Tokyo')),
 ],
 'disasters-apr-25': [
  (nat(["car", "80-year-old driver", "driver", "crash", "accident"]), None, ['ASSAULT'], "A man is killed and two women are wounded as an 80-year-old driver loses control", at('Lanciano', r=F)),
  (nat(["aircraft", "viking dhc-6 twin otter", "royal thai police viking dhc-6 twin otter aircraft", "crash", "twin otter"]), None, ['ASSAULT'], "A Royal Thai Police Viking DHC-6 Twin Otter aircraft crashes while conducting a test flight", at('Hua Hin', r=F)),
  (nat(["earthquake", "mw 6.3 earthquake", "quake"]), None, ['ASSAULT'], "A Mw 6.3 earthquake strikes Esmeraldas, Ecuador", at('Esmeraldas', r=F)),
 ],
 'disasters-jun-27': [
  (nat(["floods", "nationwide floods", "flooding"]), None, ['ASSAULT'], "The death toll from nationwide floods over the past 24 hours rises to 36", at('Pakistan', r=F)),
  (nat(["flash floods", "floods", "pre-monsoon rains", "rains"]), None, ['ASSAULT'], "after flash floods triggered by pre-monsoon rains swept away dozens of tourists", at('Swat', r=F)),
  (nat(["minibus", "truck", "collision", "crash"]), None, ['ASSAULT'], "Nineteen people are killed and three others are injured when a minibus collides with a truck", at('Ashmoun', r=F)),
  (nat(["mini dump truck", "dump truck", "truck", "accident"]), None, ['ASSAULT'], "Seven city government personnel are killed while 18 others are injured", at('Silay', r=F)),
  (nat(["cessna 172", "plane", "crash", "aircraft"]), None, ['ASSAULT'], "Three people are killed when a Cessna 172 crashes in a residential area", at('Champhol', r=F)),
 ],
 'conflicts-oct-25': [
  (RUS_MIL, UKR_CIV, ['ASSAULT'], "Four people are killed and 20 others are injured in overnight Russian missile and drone strikes", at('Kyiv')),
  (PAK_MIL, PAK_GUN, ['ASSAULT'], "Five soldiers and 25 gunmen are killed in a shootout between Kurram and North Waziristan", at('Kurram', r=F)),
  (IDF, LBN_CIV, ['ASSAULT'], "Two people are killed during two Israeli airstrikes against a car and a motorcycle", at('Harouf')),
 ],
 'conflicts-feb-25': [
  (UKR_MIL, RUS_PLANT, ['ASSAULT'], "Seven people are killed and ten others are injured in a Ukrainian drone strike", at('Dorogobuzh')),
  (CUB_CG, BOAT, ['ASSAULT'], "The Cuban coast guard trades fire with an American marked speedboat", at('Cuba')),
  (BOAT, CUB_CG, ['ASSAULT'], "the boat's occupants fired on coast guard personnel", at('Cuba', r=F)),
  (MEK, IRN_SEC, ['ASSAULT'], "Mojahedin-e-Khalq (MEK) fighters allegedly attack Iranian security forces", at('Tehran')),
  (IRN_SEC, MEK, ['ASSAULT', 'COERCE'], "dozens of MEK fighters were killed or arrested", at('Tehran', r=F)),
 ],
 'intl-relations-mar-24': [
  (LBN_FM, IRAN, ['SANCTION', 'COERCE', 'REJECT'], "The Lebanese foreign ministry declares the Iranian ambassador a persona non grata", at('Lebanon')),
  (IRAN, HEZB, ['AID', 'SUPPORT'], "due to Iran's financial and military support of Shia paramilitary group Hezbollah", NOWHERE_NR),
  (IRN_FM, VESSELS, ['THREATEN', 'COERCE', 'REJECT'], "The Iranian foreign ministry states that vessels it classifies as non-hostile may pass", at('Iran', r=F)),
 ],
 'disasters-apr-27': [
  (nat(["cessna 208b grand caravan", "cessna", "citylink aviation cessna 208b grand caravan", "crash", "plane", "aircraft"]), None, ['ASSAULT'], "A CityLink Aviation Cessna 208B Grand Caravan crashes during a domestic flight", at('Juba', r=F)),
  (nat(["train", "argo bromo anggrek train", "krl commuterline train", "collision", "crash"]), None, ['ASSAULT'], "Fourteen people are killed and 84 others are injured after an Argo Bromo Anggrek train collides", at('Bekasi', r=F)),
  (nat(["fire", "blaze"]), None, ['ASSAULT'], "Four people are killed in a fire at an IDP camp", at('Golo', r=F)),
 ],
 'law-crime-may-27': [
  (ESP_CG, PSOE, ['COERCE'], "Following an order from the National Court of Spain, the ruling PSOE party's headquarters are raided", at('Spain')),
  (ESP_CG, PSOE, ['ACCUSE', 'COERCE'], "The party’s manager, two former senior officials, and a businessman are charged", at('Spain', r=F)),
  (KHM_COURT, CHN_NAT, ['COERCE'], "A Cambodian court sentences six Chinese nationals to life imprisonment", at('Cambodia')),
  (CHN_NAT, KOR_STU, ['ASSAULT', 'COERCE'], "for kidnapping, torturing, and murdering a South Korean student", at('Cambodia', r=F)),
  (NI_COURT, DONALDSON, ['ACCUSE', 'COERCE'], "The trial of former Northern Irish MP Jeffrey Donaldson for sexual offences begins", at('Newry')),
 ],
 'intl-relations-jul-26': [
  (BRAZIL, ARGENTINA, ['SANCTION', 'REJECT'], "Brazil recalls its ambassador to Argentina", at('Brazil')),
  (BRAZIL, ARGENTINA, ['ACCUSE', 'REJECT'], "and summons Argentina's ambassador after Argentine president Javier Milei", at('Brazil', r=F)),
  (MILEI, LULA, ['ACCUSE'], "Argentine president Javier Milei made remarks deemed derogatory", at('São Paulo')),
  (IRN_FM, UKRAINE, ['ACCUSE', 'REJECT'], "The Iranian foreign ministry summons the Ukrainian chargé d'affaires in Tehran", at('Tehran')),
  (UKRAINE, IRN_SHIP, ['ASSAULT'], "an attack by Ukraine on an Iranian ship in the Caspian Sea", NOWHERE_NR),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
