# Gold events of the eleventh place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and the geocoder, its gazetteer and their data were not
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.1 degree; a note only, build_gold.py does not read it). Conventions: devset/events/README.md,
# devset/places/README.md to devset/places10/README.md (as places10's README states them). A natural event or an
# accident (an epidemic death, a storm, a crash) has no agent: its source is the event itself (kind other), its type
# is a nominal ASSAULT and it is never required; eval-places scores it like any other event with a place.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Cote dIvoire': (("Côte d'Ivoire", 'CIV'), (7.54, -5.55)),
 'Haiti': (('Haiti', 'HTI'), (18.97, -72.29)),
 'Greece': (('Greece', 'GRC'), (39.07, 21.82)),
 'Bulgaria': (('Bulgaria', 'BGR'), (42.73, 25.49)),
 'Italy': (('Italy', 'ITA'), (41.87, 12.57)),
 'Austria': (('Austria', 'AUT'), (47.52, 14.55)),
 'Germany': (('Germany', 'DEU'), (51.17, 10.45)),
 'Slovenia': (('Slovenia', 'SVN'), (46.15, 14.99)),
 'Croatia': (('Croatia', 'HRV'), (45.10, 15.20)),
 'Denmark': (('Denmark', 'DNK'), (56.26, 9.50)),
 'Sweden': (('Sweden', 'SWE'), (60.13, 18.64)),
 'Netherlands': (('Netherlands', 'NLD'), (52.13, 5.29)),
 'Hungary': (('Hungary', 'HUN'), (47.16, 19.50)),
 'France': (('France', 'FRA'), (46.23, 2.21)),
 'Egypt': (('Egypt', 'EGY'), (26.82, 30.80)),
 'Cairo': (('Cairo', 'EGY'), (30.04, 31.24)),
 'Woolwich': (('Woolwich', 'GBR'), (51.49, 0.07)),
 'London': (('London', 'GBR'), (51.51, -0.13)),
 'USA': (('United States', 'USA'), (39.83, -98.58)),
 'Ankara': (('Ankara', 'TUR'), (39.93, 32.86)),
 'Sindh': (('Sindh', 'PAK'), (25.89, 68.52)),
 'Pakistan': (('Pakistan', 'PAK'), (30.38, 69.35)),
 'Jakarta': (('Jakarta', 'IDN'), (-6.21, 106.85)),
 'Basra': (('Basra', 'IRQ'), (30.51, 47.78)),
 'Guatemala': (('Guatemala', 'GTM'), (15.78, -90.23)),
 'Villahermosa': (('Villahermosa', 'MEX'), (17.99, -92.93)),
 'Angelina County': (('Angelina County', 'USA'), (31.25, -94.61)),
 'Lufkin': (('Lufkin', 'USA'), (31.34, -94.73)),
 'Afghanistan': (('Afghanistan', 'AFG'), (33.94, 67.71)),
 'Kabul': (('Kabul', 'AFG'), (34.56, 69.21)),
 'Kosovo': (('Kosovo', 'XKX'), (42.60, 20.90)),
 'Exeter': (('Exeter', 'GBR'), (50.72, -3.53)),
 'Manchester': (('Manchester', 'GBR'), (53.48, -2.24)),
 'Crowthorne': (('Crowthorne', 'GBR'), (51.37, -0.79)),
 'Mount Vernon': (('Mount Vernon', 'USA'), (38.71, -77.09)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)

# Cote d'Ivoire
UNSC = igo(["united nations security council", "security council", "un security council"])
CI_SIDES = oth(["both sides", "both sides of the troubled ivoiran peace process", "ivoiran peace process"], "CIV")
UNOCI = igo(["un mission in cote d'ivoire", "representatives from the un mission in cote d'ivoire", "african union-appointed south african mediators", "south african mediation", "south african mediators"])
CI_REBELS = ag(["rebel forces", "the rebels", "rebels", "forces nouvelles"], "CIV")
CI_GOV = gov(["ivorian president gbagbo", "gbagbo", "ivorian government", "president gbagbo"], "CIV")
INTL = oth(["international community", "the international community"], None)
# Haiti
HT_CEP = gov(["electoral council", "the electoral council", "the council", "council", "one council member"], "HTI")
HT_PM = gov(["prime minister latortue", "latortue"], "HTI")
# Europe bird flu
H5N1 = oth(["bird flu", "h5n1", "virus", "the virus", "h5n1 strain", "deadly h5n1 strain of the virus", "avian flu", "avian flu virus", "h5n1 avian flu virus"], None)
EU_AUTH = gov(["authorities across europe", "authorities", "european health officials"], None)
WILD = civ(["wild swans", "swans", "migratory birds", "birds"], None)
DK_GOV = gov(["denmark", "a number of countries across europe"], "DNK")
SE_GOV = gov(["sweden", "a number of countries across europe"], "SWE")
NL_GOV = gov(["netherlands", "the netherlands", "a number of countries across europe"], "NLD")
DE_GOV = gov(["germany", "protection zones"], "DEU")
HU_GOV = gov(["hungary", "protection zones"], "HUN")
FR_GOV = gov(["france", "the government", "government", "french government"], "FRA")
FR_CIV = civ(["citizens"], "FRA")
EU = igo(["european union", "eu"])
POULTRY = civ(["poultry", "commercial poultry farms", "domesticated fowl", "poultry products"], None)
# Egypt
EG_VICTIM = civ(["30 year old egyptian woman", "egyptian woman", "the woman", "28 year old man", "the man"], "EGY")
NAMRU = mil(["us naval medical research unit", "namru", "cairo-based us naval medical research unit"], "USA")
# Barot
GB_COURT = gov(["woolwich crown court", "court", "judge", "the judge", "mr justice butterfield", "justice butterfield"], "GBR")
BAROT = per(["dhiren barot", "barot"], "GBR")
GB_TARGETS = oth(["prominent buildings in britain", "savoy hotel", "tube train", "buildings"], "GBR")
US_TARGETS = oth(["buildings in the united states", "united states"], "USA")
# Turkey
DINK_MOURNERS = civ(["thousands of people", "people", "mourners"], "TUR")
TRB = ag(["turkish revenge brigade", "türk intikam tugayı", "turkish militant group", "militant group", "the note", "package"], "TUR")
TR_SEC = gov(["turkish security forces", "security forces"], "TUR")
TBMM = gov(["grand national assembly of turkey", "tbmm", "grand national assembly"], "TUR")
TR_GOV = gov(["turkish authorities", "government", "turkey"], "TUR")
# Pakistan
PK_RIOTERS = civ(["violence", "rioters", "violence triggered by the assassination"], "PAK")
PK_ECP = gov(["pakistan election commission", "election commission", "election officials", "officials in pakistan", "officials", "qazi mohammed farooq", "chief election commissioner qazi mohammed farooq"], "PAK")
PK_GOV = gov(["government", "the government", "government of pakistan", "the government of pakistan", "pervez musharraf", "president pervez musharraf", "musharraf"], "PAK")
PK_OPP = oth(["opposition", "the opposition", "ppp", "pakistan people's party", "her supporters", "supporters", "latif khosa", "senator latif khosa"], "PAK")
BHUTTO = per(["benazir bhutto", "ms. bhutto", "bhutto", "opposition leader benazir bhutto"], "PAK")
ASSASSIN = oth(["assassin", "assassination"], None)
UK_INV = gov(["investigators from the uk", "uk", "investigators"], "GBR")
# Indonesia
ID_VICTIMS = civ(["two people", "nine year old boy", "23-year-old woman", "woman"], "IDN")
# Iraq
PETRAEUS = gov(["david petraeus", "petraeus", "general petraeus", "general david petraeus", "ryan crocker", "crocker", "ambassador crocker"], "USA")
US_SENATE = gov(["united states senate committee on armed services", "senate committee", "senators", "carl levin", "committee chairperson carl levin"], "USA")
IRAN = st(["iran"], "IRN")
IQ_INSURG = ag(["insurgents", "militia groups", "extremist, criminal, and militia groups", "masked gunmen", "these groups"], "IRQ")
IQ_GOV = gov(["iraqi", "iraqi government", "government of iraq", "nouri al-maliki", "prime minister of iraq nouri al-maliki", "maliki"], "IRQ")
US_PROT = civ(["protestors", "protesters", "one of them"], "USA")
# Guatemala
GT_CRASH = oth(["helicopter crash", "helicopter", "the helicopter", "accident", "the accident", "incident", "the incident"], None)
GT_MIN = gov(["vinicio gómez", "gómez", "guatemalan interior minister", "édgar hernández umaña", "deputy interior minister", "key minister"], "GTM")
MX_GOV = gov(["mexican government", "the mexican government", "mexico"], "MEX")
GT_PRES = gov(["president", "the president", "guatemalan government", "guatemala"], "GTM")
# Lufkin
TX_JURY = gov(["grand jury", "a grand jury in angelina county", "authorities", "the grand jury"], "USA")
SAENZ = per(["kimberly saenz", "saenz", "former nurse", "a former nurse from texas", "nurse", "the 35-year-old", "she"], "USA")
TX_PATIENTS = civ(["patients", "five people", "ten people", "clara strange", "two patients"], "USA")
TX_POLICE = gov(["police", "authorities"], "USA")
DAVITA = oth(["davita dialysis center", "center", "the center", "davita"], "USA")
# Afghanistan
UN = igo(["united nations", "un", "u.n."])
AFG = st(["afghanistan", "afghan people", "afghans", "the afghans"], "AFG")
OBAMA = gov(["barack obama", "obama", "u.s. president barack obama", "president barack obama"], "USA")
KERRY = gov(["john kerry", "kerry", "u.s. senate foreign relations committee chairman john kerry"], "USA")
KARZAI = gov(["hamid karzai", "karzai", "mr. karzai", "president karzai", "president hamid karzai"], "AFG")
AF_LOCAL = oth(["local powers of remote afghan regions", "local powers"], "AFG")
# Kosovo
KS_POLICE = gov(["kosovo police", "the kosovo police", "kosovo force", "kosovo force troops", "13,000 kosovo force troops", "kfor"], "XKX")
KS_VOTERS = civ(["voters", "ethnic albanians", "serb population", "eligible voters"], "XKX")
SRB = gov(["government in belgrade", "belgrade", "serbian orthodox church", "serbia"], "SRB")
KS_OBS = oth(["local and international observers", "observers"], None)
# Exeter
REILLY = per(["mohammed rashid saeed-alim", "saeed-alim", "alim", "nicky reilly", "failed english suicide bomber", "he", "the pair"], "GBR")
GIRAFFE = civ(["giraffe restaurant", "restaurant"], "GBR")
GB_POLICE = gov(["police", "greater manchester police", "prison service"], "GBR")
REILLY_MOTHER = civ(["his mother", "mother"], "GBR")
BROADMOOR = civ(["broadmoor nurses", "nurses"], "GBR")
# Mount Vernon
STORM = oth(["winter storm", "major winter storm", "friday's major winter storm", "gusts", "storm"], None)
TREE = oth(["227-year-old tree", "hemlock", "canadian hemlock", "tree", "mount vernon estate"], "USA")

ANN = {
 'cote-divoire-un-sanctions-threat': [
  (UNSC, CI_SIDES, ['THREATEN', 'SANCTION'], "it would take all steps necessary, including the implementation of individual sanctions", {}),
  (UNOCI, UNSC, ['CONSULT'], "The remarks followed a briefing to the Security Council", {'r': F}),
  (UNOCI, CI_SIDES, ['AID', 'SUPPORT', 'COOPERATE'], "to ensure the holding of free, fair and transparent elections in Côte d'Ivoire", at('Cote dIvoire', s='h')),
  (CI_REBELS, CI_GOV, ['REJECT'], "following the failure of the rebel forces to begin the disarmament process", at('Cote dIvoire', r=F)),
  (CI_REBELS, CI_GOV, ['ACCUSE'], "claimed that Ivorian President Gbagbo had failed to make the necessary legal reforms", at('Cote dIvoire', r=F)),
  (INTL, CI_GOV, ['SUPPORT', 'AGREE'], "The international community later ratified the legal changes", {'r': F}),
 ],
 'haiti-electoral-council-delays-vote': [
  (HT_CEP, None, ['REJECT', 'CONCEDE'], "the electoral council decided push back the election dates", at('Haiti', r=F)),
  (HT_CEP, HT_PM, ['REJECT'], "would not be able to set up polling stations by the December 27 date", {'r': F}),
 ],
 'europe-bird-flu-swans-poultry-restrictions': [
  (EU_AUTH, POULTRY, ['COERCE', 'SANCTION'], "Authorities across Europe have issued restrictions on commercial poultry farms", {'r': F}),
  (H5N1, WILD, ['ASSAULT'], "Tests have confirmed that wild swans in Greece, Bulgaria, Italy, Austria and Germany", at('Greece', r=F)),
  (H5N1, WILD, ['ASSAULT'], "Tests have confirmed that wild swans in Greece, Bulgaria, Italy, Austria and Germany", at('Bulgaria', r=F)),
  (H5N1, WILD, ['ASSAULT'], "Tests have confirmed that wild swans in Greece, Bulgaria, Italy, Austria and Germany", at('Italy', r=F)),
  (H5N1, WILD, ['ASSAULT'], "Tests have confirmed that wild swans in Greece, Bulgaria, Italy, Austria and Germany", at('Austria', r=F)),
  (H5N1, WILD, ['ASSAULT'], "Tests have confirmed that wild swans in Greece, Bulgaria, Italy, Austria and Germany", at('Germany', r=F)),
  (H5N1, WILD, ['ASSAULT'], "Other suspected cases of the virus have been detected in Slovenia, Croatia and Denmark.", at('Slovenia', r=F)),
  (H5N1, WILD, ['ASSAULT'], "Other suspected cases of the virus have been detected in Slovenia, Croatia and Denmark.", at('Croatia', r=F)),
  (H5N1, WILD, ['ASSAULT'], "Other suspected cases of the virus have been detected in Slovenia, Croatia and Denmark.", at('Denmark', r=F)),
  (DK_GOV, POULTRY, ['COERCE'], "including Denmark, Sweden and the Netherlands have required that domesticated fowl be kept indoors", at('Denmark', r=F)),
  (SE_GOV, POULTRY, ['COERCE'], "including Denmark, Sweden and the Netherlands have required that domesticated fowl be kept indoors", at('Sweden', r=F)),
  (NL_GOV, POULTRY, ['COERCE'], "including Denmark, Sweden and the Netherlands have required that domesticated fowl be kept indoors", at('Netherlands', r=F)),
  (DE_GOV, POULTRY, ['COERCE'], "In Germany and Hungary, two mile protection zones have been placed", at('Germany', r=F)),
  (HU_GOV, POULTRY, ['COERCE'], "In Germany and Hungary, two mile protection zones have been placed", at('Hungary', r=F)),
  (EU, POULTRY, ['SANCTION', 'COERCE'], "The European Union has toughened its bans on poultry products", {'r': F}),
  (FR_GOV, FR_CIV, ['REQUEST', 'DEMAND'], "In France, the government asked citizens to keep domesticated fowl indoors", at('France')),
 ],
 'egypt-bird-flu-woman-death': [
  (H5N1, EG_VICTIM, ['ASSAULT'], "A 30 year old Egyptian woman has died from an infection with the H5N1 strain", at('Egypt', r=F)),
  (NAMRU, None, ['INVESTIGATE'], "The cause of death was confirmed by the Cairo-based US Naval Medical Research Unit", at('Cairo', r=F)),
  (H5N1, EG_VICTIM, ['ASSAULT'], "his is the second case of human infection in Egypt", at('Egypt', r=F)),
 ],
 'woolwich-barot-bomb-plot-sentence': [
  (GB_COURT, BAROT, ['COERCE', 'SANCTION'], "in Woolwich Crown Court, Dhiren Barot was sentenced to life imprisonment", at('Woolwich')),
  (BAROT, GB_TARGETS, ['ASSAULT'], "to bomb prominent buildings in Britain including the Savoy Hotel", at('London', s='h')),
  (BAROT, US_TARGETS, ['ASSAULT'], "Barot had planned to attack buildings in the United States before 9/11", at('USA', s='h')),
  (GB_COURT, BAROT, ['COERCE', 'SANCTION'], "told Barot that he must serve at least 40 years", at('Woolwich', r=F)),
 ],
 'turkish-parliament-fake-bomb-dink-placards': [
  (DINK_MOURNERS, TR_GOV, ['PROTEST'], "Thousands of people marched in Dink's Funeral to protest his assassination", {}),
  (TRB, DINK_MOURNERS, ['THREATEN', 'PROTEST'], "by placing a package, which was made to look like a bomb, to the wall of the Grand National Assembly", at('Ankara')),
  (TR_SEC, TRB, ['COERCE'], "The package was rendered ineffective by the Turkish security forces", at('Ankara', r=F)),
  (TRB, TR_GOV, ['DEMAND'], "It also asked Dink's assassin Ogün Samast and Yasin Hayal", {'r': F}),
 ],
 'pakistan-election-delay-sindh-violence': [
  (PK_ECP, None, ['REJECT', 'CONCEDE'], "Officials in Pakistan say parliamentary elections will be delayed until next month.", at('Pakistan', r=F)),
  (PK_RIOTERS, PK_ECP, ['ASSAULT'], "the destruction of election offices and materials in violence that broke out last week", at('Sindh', r=F)),
  (PK_RIOTERS, PK_ECP, ['ASSAULT'], "destroyed a number of election commission offices and voter rolls in Sindh Province", at('Sindh')),
  (PK_OPP, PK_GOV, ['ACCUSE'], "The opposition says the government of President Pervez Musharraf wants the election delayed", {'r': F}),
  (PK_OPP, PK_GOV, ['THREATEN', 'PROTEST'], "The opposition has vowed to mobilize street demonstrations to protest the delay.", {'s': 'h'}),
  (ASSASSIN, BHUTTO, ['ASSAULT'], "Ms. Bhutto was assassinated last Thursday while campaigning.", at('Pakistan')),
  (PK_OPP, PK_GOV, ['ACCUSE'], "Her supporters blame the government for failing to take adequate security measures", {}),
  (PK_GOV, PK_OPP, ['REJECT'], "The government denies the allegations of vote rigging.", {'r': F}),
  (PK_GOV, UK_INV, ['COOPERATE', 'AGREE'], "investigators from the UK will assist into the investigation into the death", {'r': F}),
 ],
 'jakarta-indonesia-bird-flu-deaths': [
  (H5N1, ID_VICTIMS, ['ASSAULT'], "a 23-year-old woman from Jakarta in Indonesia, have died from the H5N1 Avian Flu virus", at('Jakarta', r=F)),
 ],
 'basra-fighting-petraeus-crocker-hearing': [
  (PETRAEUS, US_SENATE, ['CONSULT'], "testified today before the United States Senate Committee on Armed Services", {'r': F}),
  (PETRAEUS, IRAN, ['ACCUSE'], "He said that Iran is supporting the insurgents.", {}),
  (IQ_GOV, IQ_INSURG, ['FIGHT', 'ASSAULT'], "the recent fighting that took place in southern Iraq, centered around Basra", at('Basra')),
  (IQ_GOV, IQ_INSURG, ['FIGHT', 'ASSAULT', 'MOBILIZE'], "the Iraqi decision to combat these groups in Basra has major significance", at('Basra', r=F)),
  (US_SENATE, IQ_GOV, ['ACCUSE', 'DISAPPROVE'], "criticized Prime Minister of Iraq Nouri al-Maliki", {}),
  (US_PROT, US_SENATE, ['PROTEST'], "were interrupted by protestors on more than one occasion", {'r': F}),
 ],
 'guatemala-interior-minister-helicopter-crash': [
  (GT_CRASH, GT_MIN, ['ASSAULT'], "were yesterday killed in a helicopter crash, according to government officials", at('Guatemala', r=F)),
  (GT_CRASH, GT_MIN, ['ASSAULT'], "the incident occurred at a point 42 miles away from La Aurora International Airport", at('Guatemala', r=F)),
  (MX_GOV, GT_PRES, ['AID', 'COOPERATE'], "The Mexican government is already lending its support.", {'r': F}),
  (MX_GOV, GT_PRES, ['AID'], "It has put a plane at the president's disposal to take him from Villahermosa", at('Villahermosa', r=F)),
 ],
 'lufkin-texas-nurse-bleach-murders': [
  (TX_JURY, SAENZ, ['ACCUSE', 'COERCE'], "a grand jury in Angelina County indicted her", at('Angelina County')),
  (SAENZ, TX_PATIENTS, ['ASSAULT'], "is suspected of killing five people at the DaVita Dialysis Center in Lufkin", at('Lufkin')),
  (DAVITA, None, ['RETREAT'], "A sudden string of deaths caused the center to close", at('Lufkin', r=F)),
  (TX_POLICE, SAENZ, ['COERCE'], "arrested last May under suspicion of having caused harm to two patients", at('Lufkin', r=F)),
  (SAENZ, TX_PATIENTS, ['ASSAULT'], "she injected ten people with bleach, killing five", at('Lufkin', r=F)),
  (TX_JURY, SAENZ, ['ACCUSE'], "The grand jury has issued an indictment for capital murder", at('Angelina County', r=F)),
 ],
 'afghanistan-runoff-ballot-delivery': [
  (UN, AFG, ['AID', 'COOPERATE'], "The United Nations has begun delivering ballots across Afghanistan", at('Afghanistan')),
  (OBAMA, KERRY, ['CONSULT'], "The remarks followed his meeting with U.S. Senate Foreign Relations Committee Chairman John Kerry", {'r': F}),
  (KERRY, AFG, ['CONSULT'], "who has just returned from the Afghan capital, Kabul", at('Kabul', r=F)),
  (KARZAI, AF_LOCAL, ['AGREE', 'COOPERATE'], "the deals Mr. Karzai struck with local powers of remote Afghan regions", at('Afghanistan', r=F)),
 ],
 'kosovo-local-elections-security': [
  (KS_POLICE, KS_VOTERS, ['MOBILIZE'], "The Kosovo police have tightened security", at('Kosovo')),
  (SRB, KS_VOTERS, ['REQUEST', 'DEMAND'], "The government in Belgrade and the Serbian Orthodox Church have called for a boycott.", {}),
  (KS_OBS, None, ['INVESTIGATE'], "Local and international observers will monitor polls.", at('Kosovo', s='h')),
 ],
 'exeter-failed-bomber-reilly-dies': [
  (REILLY, GIRAFFE, ['ASSAULT'], "Alim attempted to bomb the Giraffe restaurant in Exeter in 2008", at('Exeter')),
  (REILLY, GIRAFFE, ['ASSAULT'], "one went off prematurely as he prepared them in the restaurant's bathroom", at('Exeter', r=F)),
  (GB_COURT, REILLY, ['COERCE', 'SANCTION'], "was sentenced to life with a minimum term of eighteen years", {'r': F}),
  (REILLY_MOTHER, GB_POLICE, ['ACCUSE'], "His mother pursued a complaint against police in 2010", {'r': F}),
  (GB_POLICE, None, ['INVESTIGATE'], "His body was found on Wednesday at HMP Manchester.", at('Manchester', r=F)),
  (REILLY, BROADMOOR, ['ASSAULT'], "he was sentenced for an attack on Broadmoor nurses with an accomplice", at('Crowthorne', r=F)),
 ],
 'mount-vernon-storm-felled-tree': [
  (STORM, TREE, ['ASSAULT'], "claimed a 227-year-old tree on the estate of the first US President George Washington", at('Mount Vernon', r=F)),
  (STORM, TREE, ['ASSAULT'], "The hemlock, planted in 1791, was toppled by the gusts", at('Mount Vernon', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
