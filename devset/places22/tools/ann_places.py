# Gold events of the twenty-second place set (pages keyed by short name; see ANN at the end), annotated from
# reading each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was
# read while choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.3 degree; a note only, build_gold.py does not read it). Conventions: those of
# devset/places13/README.md as places19 applies them (see this set's README).
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'United Kingdom': (('United Kingdom', 'GBR'), (54.0, -2.0)),
 'United States': (('United States', 'USA'), (39.83, -98.58)),
 'Baltimore': (('Baltimore', 'USA'), (39.29, -76.61)),
 'Egypt': (('Egypt', 'EGY'), (26.82, 30.80)),
 'New Zealand': (('New Zealand', 'NZL'), (-41.0, 174.0)),
 'Adelaide': (('Adelaide', 'AUS'), (-34.93, 138.60)),
 'Australia': (('Australia', 'AUS'), (-25.27, 133.78)),
 'Texas': (('Texas', 'USA'), (31.0, -99.0)),
 'Atlanta': (('Atlanta', 'USA'), (33.75, -84.39)),
 'Boston': (('Boston', 'USA'), (42.36, -71.06)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)

# 001 UK fingerprint database
UKPS = gov(["hm passport service", "passport service", "uk passport service", "ukps", "british government", "government", "the government"], "GBR")
UK_RES = civ(["uk residents", "passport holders", "residents", "eu citizens"], "GBR")
CRITICS = oth(["critics"], "GBR")
OATEN = gov(["mark oaten", "oaten", "mr oaten", "liberal democrats", "home affairs spokesman"], "GBR")
US = st(["usa", "united states", "us", "u.s."], "USA")
EUROPE = oth(["european governments", "eu citizens"], None)
# 002 Patriot Act
HOUSE = gov(["u.s. house of representatives", "house of representatives", "house", "u.s. house", "house lawmakers", "congress"], "USA")
BUSH = gov(["president bush", "bush", "george bush"], "USA")
MCNULTY = gov(["paul mcnulty", "mcnulty", "federal attorney"], "USA")
# 003 Egypt
EGYPT = gov(["egypt", "egyptian", "abdel aziz seif el-nasr", "seif el-nasr", "deputy foreign minister"], "EGY")
# 004 Nick Smith
SMITH = gov(["nick smith", "hon dr smith", "dr smith", "smith"], "NZL")
DUNNE = gov(["hon dunne", "dunne", "peter dunne"], "NZL")
WILSON = gov(["margaret wilson", "speaker", "the speaker", "speaker of the house"], "NZL")
NZGOV = gov(["government", "the government"], "NZL")
# 005 Vanstone
VANSTONE = gov(["amanda vanstone", "vanstone", "ms vanstone", "amanda"], "AUS")
SENATE = gov(["australian senate", "senate"], "AUS")
DOWNER = gov(["alexander downer", "downer", "mr downer", "foreign affairs minister"], "AUS")
PYNE = gov(["christopher pyne", "pyne", "federal ageing minister"], "AUS")
ITALY = st(["italy", "rome"], "ITA")
# 006 Texas
COMER = per(["christine comer", "comer"], "USA")
TEA = gov(["texas education agency", "tea", "commissioner robert scott", "robert scott", "texas"], "USA")
# 007 UK voters
UK_POLICE = gov(["police"], "GBR")
UK_VOTERS = civ(["voters", "angry voters", "thousands of voters"], "GBR")
POLLS = oth(["polling stations", "scores of polling stations", "returning officers"], "GBR")
ELECCOM = gov(["electoral commission", "the electoral commission"], "GBR")
# 2008 Anonymous protests
ANON = civ(["anonymous", "project chanology", "protesters", "anonymous protesters", "anons", "members of anonymous", "anon"], None)
SCIENTOLOGY = oth(["church of scientology", "scientology", "church", "scientologist", "scientology church", "boston church", "gerard renna", "renna"], None)
ANON_ONE = per(["person from the anonymous crowd", "him", "anon"], None)
US_POLICE = gov(["police", "riot police"], "USA")
BRENNAN = per(["larry brennan", "brennan", "ex-scientology member"], "USA")

ANN = {
 'uk-fingerprint-database': [
  (UKPS, UK_RES, ['COERCE'], "HM passport service of Britain will begin use of biometric chips", at('United Kingdom', s='h')),
  (CRITICS, UKPS, ['ACCUSE'], "Critics say this is an attempt by the government to introduce", {'w': None, 'r': F}),
  (OATEN, UKPS, ['ACCUSE', 'CRITICIZE'], "said the government was trying to hide the true costs", {'w': None, 'r': F}),
  (US, EUROPE, ['COERCE', 'REQUEST'], "European governments have come under pressure from the USA", {'w': None, 'r': F}),
  (US, EUROPE, ['COERCE'], "They have imposed a deadline of 26 October 2005", at('United States')),
  (US, None, ['COERCE'], "Presently USA ports take fingerprint and iris scans on arrival.", at('United States', r=F)),
 ],
 'house-renews-patriot-act': [
  (HOUSE, None, ['AGREE'], "The U.S. House of Representatives voted Thursday night to renew", at('United States')),
  (BUSH, HOUSE, ['REQUEST'], "President Bush called on congress for passage of the act", at('Baltimore')),
  (MCNULTY, None, ['CONSULT'], "U.S. federal attorney Paul McNulty explained that a federal search", {'w': None, 'r': F}),
 ],
 'egypt-internet-crime-initiative': [
  (EGYPT, None, ['COOPERATE'], "Egypt intends to launch an international initiative to fight misuse", at('Egypt', s='h')),
  (EGYPT, None, ['COOPERATE'], "This statement was made by Egypt's Deputy Foreign Minister", at('Egypt')),
  (EGYPT, None, ['COOPERATE'], "soon Egypt will take necessary steps to present the idea", at('Egypt', s='h')),
 ],
 'nick-smith-worst-behaved': [
  (SMITH, DUNNE, ['CRITICIZE', 'REJECT'], "Hon Dr Smith said that Hon Dunne's way of assessing", at('New Zealand')),
  (WILSON, SMITH, ['COERCE'], "I was thrown out for disagreeing with Margaret Wilson", at('New Zealand', r=F)),
  (SMITH, WILSON, ['ACCUSE', 'CRITICIZE'], "Hon Dr Smith also challenges the speaker of the House", at('New Zealand', r=F)),
 ],
 'vanstone-quits-rome-posting': [
  (VANSTONE, SENATE, ['REJECT'], "Speaking in Adelaide Ms Vanstone announced her resignation from the senate", at('Adelaide')),
  (DOWNER, VANSTONE, ['SUPPORT'], "said that Ms Vanstone was a colourful character", at('Australia', r=F)),
  (PYNE, VANSTONE, ['SUPPORT'], "Christopher Pyne, Federal Ageing Minister, said Ms Vanstone", at('Australia', r=F)),
  (DOWNER, ITALY, ['COOPERATE'], "Alexander Downer this evening confirmed reports that Ms Vanstone will receive", at('Australia')),
 ],
 'texas-science-director-sues': [
  (COMER, TEA, ['ACCUSE'], "is suing the Commissioner Robert Scott for wrongful dismissal", at('Texas')),
  (TEA, COMER, ['COERCE'], "illegally fired for forwarding an e-mail about a lecture", at('Texas', r=F)),
 ],
 'uk-voters-turned-away': [
  (POLLS, UK_VOTERS, ['REJECT'], "leaving thousands of voters unable to cast their vote", at('United Kingdom')),
  (UK_POLICE, UK_VOTERS, ['COERCE'], "Police had to intervene in Heeley, Hackney, and Islington", at('United Kingdom')),
  (POLLS, UK_VOTERS, ['REJECT'], "Elsewhere voters were turned away before ten", at('United Kingdom', r=F)),
  (ELECCOM, None, ['INVESTIGATE'], "promised an inquiry into elections where people were unable to vote", at('United Kingdom', r=F)),
 ],
 'anonymous-anti-scientology-protests': [
  (ANON, SCIENTOLOGY, ['PROTEST'], "Project Chanology today held protests critical of the Church of Scientology", {'w': None, 'r': F}),
  (ANON, SCIENTOLOGY, ['PROTEST'], "About 150 anonymous protesters turned out in Adelaide", at('Adelaide')),
  (SCIENTOLOGY, ANON_ONE, ['ASSAULT'], "had an Anon attacked by a Scientologist trying to remove", at('Adelaide', r=F)),
  (ANON, SCIENTOLOGY, ['PROTEST'], "200+ members of Anonymous gathered in Atlanta.", at('Atlanta')),
  (US_POLICE, ANON_ONE, ['COERCE'], "to talk to them but police temporarily detained him", at('Atlanta', r=F)),
  (ANON, SCIENTOLOGY, ['PROTEST'], "Protesters in Boston covered all four corners of the block", at('Boston')),
  (BRENNAN, ANON, ['SUPPORT'], "showed up and said he applauded what", at('Boston', r=F)),
  (SCIENTOLOGY, ANON, ['ACCUSE'], "Gerard Renna of the Boston church referred to Anonymous", at('Boston', r=F)),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
