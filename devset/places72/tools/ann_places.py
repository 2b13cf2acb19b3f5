# Gold events of the seventy-second place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree for towns; a state's, region's or country's point is its rough middle; a
# note only, build_gold.py does not read it). Conventions: those of devset/places68/README.md (as places21 and
# places67 apply them); see this set's README. A natural event or an accident has no agent: its source is the
# event itself (kind other) and it is never required; acts with an unnamed agent and background acts of earlier
# days or years are not required. The types are placeholders where no PLOVER type fits well (nominations,
# court hearings).
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name -> ISO alpha-3, the annotator's coordinates)
P = {
 # countries
 'Netherlands': ('NLD', (52.13, 5.29)), 'Russia': ('RUS', (61.5, 105.3)), 'Brazil': ('BRA', (-14.2, -51.9)),
 'Israel': ('ISR', (31.05, 34.85)), 'United States': ('USA', (39.8, -98.6)), 'United Kingdom': ('GBR', (54.0, -2.5)),
 'Uganda': ('UGA', (1.37, 32.29)), 'Guatemala': ('GTM', (15.78, -90.23)), 'Costa Rica': ('CRI', (9.75, -83.75)),
 # states, regions
 'Alaska': ('USA', (64.2, -149.5)), 'Connecticut': ('USA', (41.60, -72.70)), 'Ohio': ('USA', (40.4, -82.9)),
 'Gaza': ('PSE', (31.42, 34.37)), 'Northern Ireland': ('GBR', (54.6, -6.7)),
 # cities and towns
 'Brasília': ('BRA', (-15.79, -47.88)), 'Nairobi': ('KEN', (-1.29, 36.82)), 'Craig': ('USA', (55.48, -133.15)),
 'Juneau': ('USA', (58.30, -134.42)), 'Washington': ('USA', (38.91, -77.04)), 'Rockville': ('USA', (41.87, -72.45)),
 'Kampala': ('UGA', (0.35, 32.58)),
}
COUNTRY_LEVEL = {'Netherlands', 'Russia', 'Brazil', 'Israel', 'United States', 'United Kingdom', 'Uganda',
                 'Guatemala', 'Costa Rica'}


def at(name, r=True, s='a'):
    c, ll = P[name]
    o = {'w': (name, c), 'll': ll}
    if not r: o['r'] = False
    if s != 'a': o['s'] = s
    return o


NOWHERE = {}                 # required, no place on the page
NOWHERE_NR = {'r': False}    # not required, no place on the page
NOWHERE_H = {'s': 'h'}       # hypothetical, no place on the page


def nat(names):              # a natural event or an accident: the event itself is the source
    return oth(names, None)


def unk(names=("unknown", "unidentified")):
    return oth(list(names), None)


# ---- actors
# 001 Dutch blasphemy proposal
DONNER = gov(["piet hein donner", "donner", "dutch minister of justice piet hein donner", "minister of justice", "dutch minister of justice", "proposal"], "NLD")
TK = gov(["tweede kamer", "majority of the tweede kamer", "parliament", "dutch parliament", "country's parliament", "majority"], "NLD")
CDA = gov(["christian democratic appeal", "cda", "donner's own party"], "NLD")
VVD_D66 = gov(["people's party for freedom and democracy", "vvd", "democrats 66", "d66", "coalition partners", "two coalition partners", "volkspartij voor vrijheid en democratie"], "NLD")
PVDA = gov(["labour party", "the labour party", "largest opposition party"], "NLD")
VANDERLAAN = gov(["lousewies van der laan", "van der laan", "member of parliament lousewies van der laan"], "NLD")
VAN_GOGH = per(["theo van gogh", "van gogh", "dutch filmmaker theo van gogh", "filmmaker"], "NLD")
BLASPHEMY = oth(["article", "anti-blasphemy article", "criminal code", "the article"], "NLD")
# 002 and 004 Lula
LULA = gov(["luiz inácio lula da silva", "lula", "mr. luiz inácio lula da silva", "brazilian president", "president of brazil", "brazil", "luiz inacio lula da silva"], "BRA")
LUONG = gov(["trần đức lương", "tran duc luong", "president of vietnam", "vietnamese president", "mr. trần đức lương", "vietnam"], "VNM")
PUTIN = gov(["vladimir putin", "putin", "mr. vladimir putin", "president of russia", "russia", "russian government"], "RUS")
BRAZIL = st(["brazil", "brazilian authorities", "brazilian"], "BRA")
RUSSIA = st(["russia", "russian government", "russians", "russian"], "RUS")
BR_MEAT = oth(["brazilian meat", "brazilian meats", "meat", "embargo"], "BRA")
# 003 Kyoto
UN_ = igo(["united nations", "un", "kofi annan", "annan"])
KYOTO = oth(["kyoto treaty", "treaty", "kyoto protocol", "protocol"], None)
DENISOV = gov(["andrei denisov", "denisov", "russia's ambassador to the united nations", "russia", "ambassador"], "RUS")
REFUSERS = st(["united states of america", "australia", "several industrialized nations", "united states", "industrialized nations", "governments of both countries"], None)
# 005 Waterman
AK_POLICE = gov(["alaska state police", "police", "troopers", "trooper robert claus", "robert claus", "lt. rodney dial", "alaska state troopers", "authorities"], "USA")
WATERMAN = per(["rachelle waterman", "waterman", "rachelle", "16-year-old girl", "girl", "rachelle ann monica waterman"], "USA")
ACCUSED3 = per(["radel, arrant and waterman", "radel", "arrant", "waterman", "jason arrant", "brian radel", "three defendants", "defendants", "all three"], "USA")
RADEL = per(["brian radel", "radel", "arrant", "jason arrant", "accomplices", "alleged accomplices"], "USA")
LAURI = civ(["lauri waterman", "lauri", "mother", "her mother", "waterman's mother", "body", "van"], "USA")
CRAIG_COURT = gov(["craig district court", "district court", "court", "magistrate kay clark", "kay clark", "clark", "magistrate"], "USA")
GRAND_JURY_WIT = per(["trooper robert claus", "robert claus", "jan bush", "susan klingler", "deputy state medical examiner susan klingler"], "USA")
COLLINS = gov(["judge patricia collins", "patricia collins", "collins", "juneau superior court", "judge collins", "court officials"], "USA")
AK_CORR = gov(["corrections", "lemon creek correctional facility", "corrections deputy commissioner portia parker", "portia parker", "department of corrections"], "USA")
MURKOWSKI = gov(["governor of alaska", "frank murkowski", "murkowski", "governor"], "USA")
JUV = oth(["juvenile justice system", "personnel"], "USA")
# 006 Israel
LIKUD = gov(["likud", "likud party", "the likud party", "ariel sharon", "sharon", "key political parties", "political parties"], "ISR")
LABOUR_IL = gov(["labour party", "labour", "the labour party"], "ISR")
SHARON = gov(["ariel sharon", "sharon", "prime minister ariel sharon", "mr. sharon", "prime minister"], "ISR")
SHINUI = gov(["shinui"], "ISR")
GAZA_SETTLERS = civ(["gaza", "settlers", "settlements"], "PSE")
# 007 Leavitt
BUSH = gov(["george w. bush", "bush", "us president george w. bush", "president", "the president", "bush administration"], "USA")
LEAVITT = gov(["mike leavitt", "leavitt", "former utah governor mike leavitt", "epa administrator mike leavitt"], "USA")
KERIK = per(["bernard kerik", "kerik", "nominee bernard kerik", "nominee"], "USA")
SENATE = gov(["senate", "us senate", "the senate"], "USA")
# 008 bank robbery
THIEVES = ag(["thieves", "robbers", "armed gunmen", "gunmen", "gang", "gang members", "gang involved"], None)
BANK = civ(["bank", "headquarters", "northern bank", "vault"], "GBR")
FAMILIES = civ(["families of two executives", "families", "two executives", "executives", "hostages"], "GBR")
# 009 Ross
ROSS = per(["michael ross", "ross", "serial killer michael ross", "serial killer"], "USA")
CT_COURT = gov(["connecticut court", "court", "judge patrick clifford", "patrick clifford", "judge clifford", "clifford"], "USA")
ROSS_VICTIMS = civ(["eight women", "women"], "USA")
NORKO = per(["dr. michael norko", "michael norko", "norko"], "USA")
ROSS_DEF = gov(["ross' father", "connecticut public defender's office", "public defender's office", "father"], "USA")
ROCKVILLE_COURT = gov(["rockville superior court", "rockville court", "court"], "USA")
# 010 Ohio
OH_VOTERS = civ(["voters in ohio", "voters", "challengers", "challengers to the voting process", "those asking questions"], "USA")
BLACKWELL = gov(["j. kenneth blackwell", "blackwell", "ohio republican secretary of state j. kenneth blackwell", "secretary of state", "republican blackwell", "ohio republican secretary of state"], "USA")
GOP = gov(["several leading republicans", "republicans", "leading republicans", "blackwell", "george w. bush", "dick cheney", "karl rove", "bush", "cheney", "rove"], "USA")
BCR_LAWYER = per(["lawyer for the other three officials", "lawyer", "the lawyer"], "USA")
JACKSON = per(["reverend jesse jackson", "jesse jackson", "jackson"], "USA")
OH_BOARDS = gov(["boards", "precinct boards of elections", "election officials", "boards of elections"], "USA")
OH_COURT = gov(["ohio supreme court"], "USA")
# 011 Amin
AMIN = gov(["idi amin", "amin", "ugandan dictator idi amin", "uganda", "ugandan"], "UGA")
UK_GOV = gov(["british government", "uk government", "britain", "british", "united kingdom", "uk"], "GBR")
UK_HC = gov(["british high commissioner in kampala", "british high commissioner", "high commissioner"], "GBR")
UG_CIV = civ(["ugandans", "hundreds of thousands of ugandans", "asian community", "the country's asian community"], "UGA")
UG_REBELS = ag(["ugandan dissidents", "dissidents", "tanzanian army"], None)
NI_SIDES = civ(["opposing sides", "northern ireland"], "GBR")
# 012 Menchu
GUATEMALA = gov(["guatemala", "guatemalan government", "president oscar berger", "oscar berger", "berger", "current government"], "GTM")
MENCHU = per(["rigoberta menchú", "menchú", "rigoberta menchu", "menchu", "indigenous rights worker rigoberta menchú", "nobel peace prize winner"], "GTM")
CR_JUST = gov(["costa rica", "costa rican authorities", "corruption charges"], "CRI")
RODRIGUEZ = per(["miguel ángel rodriguez", "rodriguez", "miguel angel rodriguez", "previous secretary general"], "CRI")
CHL_MEX = st(["chile", "mexico", "chile and mexico"], None)
OAS_CAND = oth(["their own candidate", "candidate", "oas", "organization of american states"], None)
FRG = gov(["frg government", "previous frg government", "frg"], "GTM")

ANN = {
 'dutch-blasphemy-proposal-rejected': [
  (TK, DONNER, ['REJECT'], "has been rejected by a majority of the Tweede Kamer, the country's parliament", at('Netherlands')),
  (unk(("unknown", "murderer", "killer")), VAN_GOGH, ['ASSAULT'], "shortly after the murder of Dutch filmmaker Theo van Gogh", NOWHERE_NR),
  (CDA, DONNER, ['SUPPORT'], "the Christian Democratic Appeal (CDA), supported his proposal", at('Netherlands', r=F)),
  (VVD_D66, DONNER, ['REJECT'], "announced they would not back the ban", at('Netherlands')),
  (PVDA, DONNER, ['REJECT'], "also refused to vote in favour", at('Netherlands', r=F)),
  (DONNER, None, ['RETREAT', 'CONCEDE'], "Consequently, NRC Handelsblad reports, Donner withdrew his proposal.", at('Netherlands')),
  (VANDERLAAN, BLASPHEMY, ['REQUEST', 'REJECT'], "will make a motion on November 17 to have the article removed", at('Netherlands', s='h')),
 ],
 'lula-meets-tran-duc-luong': [
  (LULA, LUONG, ['CONSULT'], "will meet with the President of Vietnam Mr. Trần Đức Lương today at 11:30 AM", at('Brasília', s='h')),
  (LULA, LUONG, ['CONSULT'], "there will be a lunch with the Brazilian and Vietnamese Presidents", at('Brasília', s='h')),
  (LULA, LUONG, ['CONSULT', 'COOPERATE'], "will talk about economic cooperation between the two countries", at('Brasília', s='h')),
 ],
 'kyoto-treaty-binding': [
  (UN_, KYOTO, ['AGREE', 'MOBILIZE'], "The United Nations has announced that the Kyoto Treaty", at('Nairobi')),
  (RUSSIA, KYOTO, ['AGREE'], "Last month, Russia announced they would sign the treaty", at('Russia', r=F)),
  (DENISOV, UN_, ['AGREE', 'COOPERATE'], "handed Kofi Annan the official papers today", NOWHERE),
  (REFUSERS, KYOTO, ['REJECT'], "have refused to ratify the Kyoto Treaty, in particular the United States of America and Australia", NOWHERE_NR),
 ],
 'lula-meets-putin': [
  (LULA, PUTIN, ['CONSULT'], "met with the president of Russia, Mr. Vladimir Putin, at about 12:00", NOWHERE),
  (LULA, PUTIN, ['SUPPORT', 'AGREE'], "Lula said Brazil will support Russia to enter the World Trade Organization", NOWHERE_NR),
  (RUSSIA, BRAZIL, ['REJECT'], "Russia did not agree with the end of the embargo of Brazilian meat", NOWHERE_NR),
  (RUSSIA, BR_MEAT, ['SANCTION'], "Russia has forbidden the entrance of Brazilian meat in their country", at('Russia', r=F)),
  (BRAZIL, RUSSIA, ['REJECT', 'ACCUSE'], "Brazilian authorities said there is no danger", at('Brazil', r=F)),
  (BRAZIL, RUSSIA, ['COOPERATE', 'AID'], "Brazil will teach the Russians techniques of soccer", NOWHERE_H),
 ],
 'waterman-murder-charges': [
  (AK_POLICE, WATERMAN, ['ACCUSE', 'COERCE'], "has been charged with the first degree murder of her mother", at('Alaska', r=F)),
  (RADEL, LAURI, ['ASSAULT'], "where Radel proceeded to kidnap Lauri Waterman, force her into a minivan", at('Craig', r=F)),
  (RADEL, LAURI, ['ASSAULT'], "Radel doused the body and van with gasoline", at('Alaska', r=F)),
  (AK_POLICE, ACCUSED3, ['ACCUSE', 'COERCE'], "Radel, Arrant and Waterman have been charged with murder in the first degree.", at('Alaska', r=F)),
  (CRAIG_COURT, WATERMAN, ['ACCUSE', 'COERCE'], "Rachelle appeared in Craig District Court, dressed in an orange CCJF jumpsuit", at('Craig')),
  (GRAND_JURY_WIT, ACCUSED3, ['ACCUSE'], "testified before the grand jury", NOWHERE_NR),
  (CRAIG_COURT, WATERMAN, ['COERCE'], "Magistrate Kay Clark presided over the arraignment and set bail at $150,000", at('Craig')),
  (CRAIG_COURT, WATERMAN, ['COERCE'], "who was sent to the Juneau Department of Corrections facility", at('Juneau', r=F)),
  (COLLINS, WATERMAN, ['COERCE'], "the trial was rescheduled for August 22", at('Juneau', r=F)),
  (AK_CORR, WATERMAN, ['COERCE'], "is currently incarcerated at the Lemon Creek correctional facility, in Alaska", at('Alaska', r=F)),
  (MURKOWSKI, JUV, ['MOBILIZE', 'AID'], "has proposed increasing the number of personnel assigned to the juvenile justice system", at('Alaska', r=F)),
 ],
 'likud-labour-coalition-talks': [
  (LIKUD, LABOUR_IL, ['CONSULT'], "key political parties have begin conversations to form a new government", at('Israel')),
  (LIKUD, LABOUR_IL, ['COOPERATE'], "intend to cooperate to ensure a stable formation", at('Israel', s='h')),
  (SHARON, GAZA_SETTLERS, ['COERCE', 'RETREAT'], "can start his plan to evacuate Gaza", at('Gaza', s='h')),
  (SHARON, SHINUI, ['COERCE', 'REJECT'], "after sacking Shinui from government", at('Israel', r=F)),
 ],
 'leavitt-health-secretary': [
  (BUSH, LEAVITT, ['SUPPORT', 'AGREE'], "US President George W. Bush has chosen former Utah governor Mike Leavitt", at('Washington')),
  (SENATE, LEAVITT, ['AGREE', 'SUPPORT'], "will succeed Tommy Thompson if the Senate confirms him", at('United States', s='h')),
  (KERIK, BUSH, ['RETREAT'], "after nominee Bernard Kerik withdrew concerning immigration issues", NOWHERE_NR),
 ],
 'northern-bank-robbery': [
  (THIEVES, BANK, ['ASSAULT', 'COERCE'], "Thieves have gotten away with money believed to be in excess of 20m", at('United Kingdom', r=F)),
  (THIEVES, FAMILIES, ['COERCE', 'ASSAULT'], "the families of two executives were held hostage on Sunday night by armed gunmen", at('United Kingdom', r=F)),
  (THIEVES, FAMILIES, ['COERCE'], "The two executives were made to go to work yesterday", at('United Kingdom', r=F)),
 ],
 'michael-ross-competent': [
  (ROSS, CT_COURT, ['REQUEST'], "Serial killer Michael Ross appeared before a Connecticut court today", at('Connecticut')),
  (ROSS, ROSS_VICTIMS, ['ASSAULT'], "Ross admitted to killing eight women in Connecticut and New York in the 1980s", at('United States', r=F)),
  (NORKO, ROSS, ['ACCUSE'], "testified that Ross is a sexual sadist and is prone to depression", at('Connecticut', r=F)),
  (CT_COURT, ROSS, ['AGREE', 'CONCEDE'], "and the court agreed, finding Ross clear headed and well educated", at('Connecticut')),
  (ROSS_DEF, ROCKVILLE_COURT, ['REQUEST'], "have filed motions in Rockville Superior Court", at('Rockville')),
 ],
 'ohio-recount-subpoenas': [
  (OH_VOTERS, GOP, ['COERCE', 'ACCUSE'], "Voters in Ohio, alleging evidence of voter fraud in the presidential election, subpoenaed several leading Republicans", at('Ohio')),
  (JACKSON, OH_VOTERS, ['SUPPORT'], "in a challenge supported by the Reverend Jesse Jackson", at('Ohio', r=F)),
  (BLACKWELL, OH_VOTERS, ['REJECT'], "Blackwell has refused to appear, claiming in a court filing", at('Ohio')),
  (BCR_LAWYER, OH_VOTERS, ['REJECT'], "claims that his clients were not properly served the subpoenas", NOWHERE_NR),
  (OH_VOTERS, OH_COURT, ['ACCUSE', 'REQUEST'], "part of a lawsuit filed at the Ohio Supreme Court challenging the results", at('Ohio', r=F)),
  (BLACKWELL, OH_VOTERS, ['ACCUSE'], "Blackwell further called those asking questions about the vote engaging in 'frivolous conduct'", at('Ohio', r=F)),
  (OH_VOTERS, OH_BOARDS, ['ACCUSE'], "Challengers to the voting process have questioned whether these boards were adequately run", at('Ohio', r=F)),
 ],
 'idi-amin-northern-ireland': [
  (AMIN, UK_GOV, ['COOPERATE', 'AID', 'CONSULT'], "Idi Amin offered his services as a mediator and peacebroker during the 1970s", at('Uganda', r=F)),
  (AMIN, UG_CIV, ['ASSAULT'], "which was responsible for the death of hundreds of thousands of Ugandans", at('Uganda', r=F)),
  (AMIN, UG_CIV, ['COERCE'], "the complete expulsion of the country's Asian community", at('Uganda', r=F)),
  (AMIN, NI_SIDES, ['CONSULT', 'AID'], "stand a good chance of mediating between the opposing sides in the crisis", at('Northern Ireland', s='h')),
  (UK_GOV, AMIN, ['REJECT'], "a carefully worded reply was sent inviting Amin to mind his own business", at('United Kingdom', r=F)),
  (UK_HC, AMIN, ['CONSULT'], "the British High Commissioner in Kampala showed that while the offer", at('Kampala', r=F)),
  (UG_REBELS, AMIN, ['ASSAULT', 'COERCE'], "Amin was eventually toppled in 1979 by Ugandan dissidents, and the Tanzanian army.", at('Uganda', r=F)),
 ],
 'menchu-oas-nomination': [
  (GUATEMALA, MENCHU, ['SUPPORT'], "Guatemala has nominated a Nobel Peace Prize winner, indigenous rights worker Rigoberta Menchú", at('Guatemala')),
  (CR_JUST, RODRIGUEZ, ['ACCUSE'], "before returning home to Costa Rica to face corruption charges", at('Costa Rica', r=F)),
  (CHL_MEX, OAS_CAND, ['SUPPORT'], "Chile and Mexico have proposed their own candidate for the job.", NOWHERE_NR),
  (GUATEMALA, MENCHU, ['SUPPORT', 'AGREE'], "President Oscar Berger of Guatemala agrees that Menchú should be the Central American candidate", at('Guatemala', r=F)),
  (MENCHU, FRG, ['PROTEST', 'REJECT'], "prominent in her opposition to the previous FRG government", at('Guatemala', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
