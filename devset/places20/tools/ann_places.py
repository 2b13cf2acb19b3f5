# Gold events of the twentieth place set (pages keyed by short name; see ANN at the end), annotated from reading
# each page only (Eventline was never run on these pages, and nothing of its code, gazetteer or data was read while
# choosing or annotating them; places were checked against the annotator's own knowledge only).
# One tuple per event: (source, target, types, sentence fragment, options); options: w=(place, ISO alpha-3),
# s='h'|'n' for hypothetical/negated, r=False for not required, ll=(lat, lon) of the place as the annotator
# knows it (to about 0.01-0.5 degree; a state's or country's point is its rough middle; a note only,
# build_gold.py does not read it). Conventions: those of devset/places13/README.md as places19 applies them (see
# this set's README). A natural event or an accident has no agent: its source is the event itself (kind other),
# its type is a nominal ASSAULT and it is never required. An election result is coded as the voters' SUPPORT of
# the winner, placed in the state whose contest it is.
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'events', 'tools'))
from actors import st, gov, mil, ag, igo, per, civ, oth
F = False

# places (name, ISO alpha-3) and the annotator's coordinates
P = {
 'Alachua': (('Alachua', 'USA'), (29.79, -82.50)),
 'Florida': (('Florida', 'USA'), (28.00, -81.70)),
 'Texas': (('Texas', 'USA'), (31.00, -99.00)),
 'United States': (('United States', 'USA'), (39.83, -98.58)),
 'Cahors': (('Cahors', 'FRA'), (44.45, 1.44)),
 'New Hampshire': (('New Hampshire', 'USA'), (43.70, -71.60)),
 'Randolph': (('Randolph', 'USA'), (44.37, -71.28)),
 'Massachusetts': (('Massachusetts', 'USA'), (42.30, -71.80)),
 'Bahamas': (('Bahamas', 'BHS'), (24.25, -76.00)),
 'Sangatte': (('Sangatte', 'FRA'), (50.94, 1.75)),
 "St Margaret's at Cliffe": (("St Margaret's at Cliffe", 'GBR'), (51.15, 1.38)),
 'France': (('France', 'FRA'), (46.23, 2.21)),
 'Santa Cruz Island': (('Santa Cruz Island', 'USA'), (34.00, -119.73)),
 'Nevada': (('Nevada', 'USA'), (39.30, -116.60)),
 'Iowa': (('Iowa', 'USA'), (42.00, -93.50)),
 'South Carolina': (('South Carolina', 'USA'), (33.80, -80.90)),
 'Karnataka': (('Karnataka', 'IND'), (15.30, 75.70)),
 'Mysore': (('Mysore', 'IND'), (12.30, 76.64)),
 'American Samoa': (('American Samoa', 'ASM'), (-14.27, -170.70)),
 'Australia': (('Australia', 'AUS'), (-25.27, 133.78)),
 'Canberra': (('Canberra', 'AUS'), (-35.28, 149.13)),
 'Melbourne': (('Melbourne', 'AUS'), (-37.81, 144.96)),
 'Fairfield': (('Fairfield', 'USA'), (38.25, -122.04)),
 'England': (('England', 'GBR'), (52.50, -1.50)),
 'Northern Ireland': (('Northern Ireland', 'GBR'), (54.60, -6.70)),
 'Scotland': (('Scotland', 'GBR'), (56.50, -4.20)),
 'White Plains': (('White Plains', 'USA'), (41.03, -73.76)),
 'Cleveland': (('Cleveland', 'USA'), (41.50, -81.69)),
 'Pennsylvania': (('Pennsylvania', 'USA'), (40.90, -77.80)),
 'Nashville': (('Nashville', 'USA'), (36.16, -86.78)),
 'Miami': (('Miami', 'USA'), (25.76, -80.19)),
 'Washington, D.C.': (('Washington, D.C.', 'USA'), (38.90, -77.04)),
 'Michigan': (('Michigan', 'USA'), (44.30, -85.60)),
}
def at(name, **kw):
    w, ll = P[name]
    return dict(w=w, ll=ll, **kw)

# 001 I-75 pileup
PILEUP = oth(["road accident", "accident", "fire", "collision", "pileup", "crash"], None)
PILEUP_VIC = civ(["five children", "children", "church bus", "two truck drivers", "truck drivers", "victims"], "USA")
FHP = gov(["florida highway patrol", "highway patrol"], "USA")
# 002 draft ruling
MILLER = gov(["gray miller", "judge miller", "federal judge", "u.s. district judge gray miller", "judge", "a federal judge in texas"], "USA")
US_GOV = gov(["united states federal government", "federal government", "government", "u.s. government", "selective service system"], "USA")
NCFM = civ(["national coalition for men", "men's rights group", "men's rights group national coalition for men"], "USA")
US = st(["united states", "u.s.", "us", "united states government"], "USA")
US_DRAFTEES = civ(["men", "draftees", "conscripts"], "USA")
# 003 Cahors
CAHORS_FAITHFUL = civ(["nearly 2000 people", "believers", "procession", "people", "diocese of cahors", "volunteers"], "FRA")
CAHORS_CITY = gov(["city of cahors", "state of france", "cahors", "france"], "FRA")
# 004 Randolph crash
ZHUK = per(["volodoymyr zhukovskyy", "zhukovskyy", "driver", "pickup truck"], None)
NH_COURT = gov(["court", "new hampshire", "prosecutors", "police and county officials"], "USA")
RIDERS = civ(["motorcycles", "group of motorcycles", "seven riders", "riders", "bikes"], "USA")
POLICE = gov(["police"], "USA")
# 005 tropical depression
TD3 = oth(["tropical depression three", "depression", "tropical depression", "storm"], None)
BAHAMAS = civ(["bahamas"], "BHS")
FLORIDA = civ(["florida", "coast of florida"], "USA")
# 006 Zapata
ZAPATA = per(["franky zapata", "zapata", "inventor", "french inventor franky zapata"], "FRA")
REPORTERS = civ(["reporters"], None)
FR_MIL = mil(["bastille day military parade", "military parade"], "FRA")
# 007 boat fire
BOAT_FIRE = oth(["boat fire", "fire", "deadly boat fire"], None)
CONCEPTION = civ(["conception", "passengers", "33 passengers", "boat", "all 33 passengers"], "USA")
USCG = mil(["united states coast guard", "uscg", "coast guard"], "USA")
# 008-011 primaries
VOTERS_NV = civ(["voters", "nevada caucuses", "younger voters", "latino voters", "nevada"], "USA")
VOTERS_IA = civ(["iowa", "caucuses", "voters"], "USA")
VOTERS_NH = civ(["new hampshire", "voters", "vote"], "USA")
VOTERS_SC = civ(["south carolina", "voters", "vote", "south carolina primary election"], "USA")
VOTERS = civ(["voters", "states", "four states", "ten states", "vote"], "USA")
VOTERS_AS = civ(["american samoa", "caucus in american samoa", "voters"], "ASM")
VOTERS_MA = civ(["massachusetts", "voters"], "USA")
SANDERS = per(["bernie sanders", "sanders", "senator bernie sanders", "united states senator from vermont bernie sanders"], "USA")
BUTTIGIEG = per(["pete buttigieg", "buttigieg"], "USA")
BIDEN = per(["joe biden", "biden", "former vice president of the united states joe biden", "former vice-president biden", "president-elect joe biden", "president-elect"], "USA")
STEYER = per(["tom steyer", "steyer"], "USA")
BLOOMBERG = per(["michael bloomberg", "bloomberg"], "USA")
GABBARD = per(["tulsi gabbard", "gabbard", "u.s. representative tulsi gabbard"], "USA")
WARREN = per(["elizabeth warren", "warren", "senator elizabeth warren", "senator warren"], "USA")
# 010 Tippu Express
IN_RAIL = gov(["indian railways", "indian railway", "state-run indian railways", "all-women crew", "mysore division", "south west railway", "swr"], "IND")
# 012 toilet paper
AU_CHAINS = oth(["woolworths", "coles", "aldi", "store chains", "australian store chains woolworths and coles", "stores"], "AUS")
COSTCO = oth(["costco", "costco's store in canberra"], "AUS")
AU_BUYERS = civ(["buyers", "customers", "people", "shoppers"], "AUS")
SELLERS = civ(["property sellers", "sellers"], "AUS")
# 013 national emergency
TRUMP = gov(["donald trump", "trump", "president donald trump", "united states president donald trump", "president trump", "trump administration", "the president", "president"], "USA")
WHO = igo(["world health organization", "who"])
HHS = gov(["united states department of health and human services", "department of health and human services"], "USA")
US_PUBLIC = civ(["borrowers", "students", "people"], "USA")
# 014 Fairfield
HELI = oth(["helicopter", "bell 206", "crash"], None)
PGE = oth(["pacific gas and electric", "pg&e", "occupants", "three occupants", "contract employees"], "USA")
FIREFIGHTERS = civ(["three firefighters", "firefighters"], "USA")
CALFIRE = gov(["california department of forestry and fire protection", "calfire"], "USA")
# 015 face coverings
SHAPPS = gov(["grant shapps", "shapps", "transport secretary", "england's transport secretary", "uk government", "government"], "GBR")
UK_PUBLIC = civ(["people", "passengers", "general public", "people using public trains"], "GBR")
NI_GOV = gov(["northern ireland", "northern ireland executive"], "GBR")
STURGEON = gov(["nicola sturgeon", "sturgeon", "scotland first minister nicola sturgeon", "first minister"], "GBR")
RMT = civ(["rmt union", "rmt", "mick cash", "national union of rail, maritime and transport workers"], "GBR")
# 016 White Plains
WATER_MAIN = oth(["water main", "burst pipe", "water pipe"], None)
WP_RES = civ(["city", "residents", "customers", "white plains"], "USA")
WP_CITY = gov(["city", "department of public works", "dpw", "white plains"], "USA")
# 017 debates
CPD = gov(["united states commission on presidential debates", "commission on presidential debates", "commission", "cpd"], "USA")
BIDEN_CAMP = per(["biden campaign", "biden", "joe biden"], "USA")
# 018 projection
MEDIA = oth(["associated press", "ap", "nbc news", "media outlets", "multiple media outlets"], "USA")
US_VOTERS = civ(["american people", "voters"], "USA")
VOTERS_PA = civ(["pennsylvania", "voters"], "USA")
VOTERS_NV2 = civ(["nevada", "voters"], "USA")
# 019 transition
MURPHY = gov(["emily w. murphy", "murphy", "general services administration", "gsa", "united states general services administration administrator emily w. murphy"], "USA")
FED_JUDGE = gov(["federal judge", "judge"], "USA")
MI_OFFICIALS = gov(["michigan", "state of michigan"], "USA")
GOP_EXPERTS = per(["over 100 republican national security experts", "republican national security experts"], "USA")
GOP = per(["republican officials"], "USA")

ANN = {
 'florida-i75-pileup-fire': [
  (PILEUP, PILEUP_VIC, ['ASSAULT'], "A road accident followed by a fire on a Florida highway near Gainesville on Thursday killed five children", at('Alachua', r=F)),
  (FHP, None, ['ACCUSE'], "Also investigating is the Florida Highway Patrol, which is attempting to ascertain who", at('Florida', r=F)),
  (FHP, None, ['MOBILIZE'], "The state had lanes closed last night as it worked to repair the damaged surface.", at('Florida', r=F)),
 ],
 'texas-judge-male-only-draft': [
  (MILLER, US_GOV, ['REJECT', 'ACCUSE'], "a federal judge in Texas ruled the United States federal government's practice", at('Texas')),
  (NCFM, US_GOV, ['ACCUSE'], "In response to a lawsuit by the men's rights group National Coalition for Men", {'w': None, 'r': F}),
  (US_GOV, MILLER, ['REQUEST'], "the government asked Judge Miller to delay his ruling until after they made their recommendations", {'w': None, 'r': F}),
  (MILLER, US_GOV, ['REJECT'], "until after they made their recommendations, but he declined", at('Texas', r=F)),
  (US, US_DRAFTEES, ['MOBILIZE', 'COERCE'], "The last draft in the United States took place in 1973 during the Vietnam War.", at('United States', r=F)),
 ],
 'cahors-holy-headdress-procession': [
  (CAHORS_FAITHFUL, None, ['MOBILIZE', 'PROTEST'], "a precious relic was carried in procession through the streets of the city on Saturday, April 27", at('Cahors', r=F)),
  (CAHORS_CITY, CAHORS_FAITHFUL, ['SUPPORT', 'AID'], "The event was sustained by the city of Cahors, the State of France", at('Cahors', r=F)),
  (CAHORS_CITY, None, ['MOBILIZE'], "Other celebrations and other events have been planned in Cahors until December.", at('Cahors', s='h')),
 ],
 'new-hampshire-motorcycle-crash-plea': [
  (ZHUK, NH_COURT, ['REJECT'], "pleaded not guilty on Tuesday to seven counts of negligent homicide in New Hampshire", at('New Hampshire')),
  (ZHUK, RIDERS, ['ASSAULT'], "struck a group of motorcycles, killing seven riders and injuring three more", at('Randolph', r=F)),
  (POLICE, ZHUK, ['COERCE'], "Zhukovskyy was arrested Monday at his home in the neighboring state of Massachusetts", at('Massachusetts')),
  (NH_COURT, ZHUK, ['COERCE'], "For this reason, he was not granted bail.", at('New Hampshire', r=F)),
 ],
 'tropical-depression-three-florida': [
  (TD3, BAHAMAS, ['ASSAULT'], "Tropical Depression Three formed over the Bahamas this weekend", at('Bahamas', r=F)),
  (TD3, FLORIDA, ['ASSAULT'], "they reported the depression dissipated off the coast of Florida", at('Florida', r=F)),
 ],
 'zapata-flyboard-channel-crossing': [
  (ZAPATA, None, ['MOBILIZE'], "The flight started at 8:17 a.m. local time (0617 UTC) in Sangatte", at('Sangatte', r=F)),
  (ZAPATA, REPORTERS, ['CONSULT'], "Upon arrival, Zapata told reporters", at("St Margaret's at Cliffe", r=F)),
  (FR_MIL, None, ['MOBILIZE'], "previously presented the device at the Bastille Day military parade", at('France', r=F)),
 ],
 'california-conception-boat-fire': [
  (BOAT_FIRE, CONCEPTION, ['ASSAULT'], "A deadly boat fire earlier this week near Santa Cruz Island off the coast of California", at('Santa Cruz Island', r=F)),
  (USCG, None, ['MOBILIZE'], "The United States Coast Guard (USCG) called off its search late on Tuesday.", at('Santa Cruz Island', r=F)),
 ],
 'sanders-wins-nevada-caucuses': [
  (VOTERS_NV, SANDERS, ['SUPPORT'], "Bernie Sanders won the Democratic Party's Nevada caucuses", at('Nevada')),
  (VOTERS_IA, BUTTIGIEG, ['SUPPORT'], "the former mayor of South Bend, Indiana, came in first with 14", at('Iowa', r=F)),
  (VOTERS_NH, SANDERS, ['SUPPORT'], "In New Hampshire, Sanders secured a plurality of the vote, at 25.7%.", at('New Hampshire', r=F)),
 ],
 'biden-wins-south-carolina-primary': [
  (VOTERS_SC, BIDEN, ['SUPPORT'], "Joe Biden won the Democratic Party's South Carolina primary election", at('South Carolina')),
  (VOTERS_SC, SANDERS, ['SUPPORT'], "Bernie Sanders came in second, with about 20% of the vote", at('South Carolina', r=F)),
  (STEYER, None, ['RETREAT'], "Following the primary, Steyer dropped out of the presidential race.", {'w': None, 'r': F}),
  (BUTTIGIEG, None, ['RETREAT'], "Yesterday, Buttigieg followed suit, likewise dropping out of the race.", {'w': None, 'r': F}),
 ],
 'all-women-crew-tippu-express': [
  (IN_RAIL, None, ['MOBILIZE'], "an all-women crew ran the Mysuru–Bengaluru Tippu Express in the Indian state of Karnataka", at('Karnataka', r=F)),
  (IN_RAIL, None, ['MOBILIZE'], "The train left Mysore Junction railway station at 11:30 am IST", at('Mysore', r=F)),
  (IN_RAIL, None, ['MOBILIZE'], "Mysore Division of the SWR celebration of the Women's day started on March 1", at('Mysore', r=F)),
 ],
 'super-tuesday-bloomberg-warren-quit': [
  (VOTERS, SANDERS, ['SUPPORT'], "Sanders secured a plurality of the vote in four states, including his home state of Vermont", at('United States')),
  (VOTERS, BIDEN, ['SUPPORT'], "Former Vice-President Biden secured pluralities in ten states.", at('United States')),
  (VOTERS_AS, BLOOMBERG, ['SUPPORT'], "Bloomberg won the caucus in American Samoa, his first of the campaign season.", at('American Samoa')),
  (VOTERS_AS, GABBARD, ['SUPPORT'], "secured the last delegate from American Samoa, her first delegate", at('American Samoa', r=F)),
  (VOTERS_MA, BIDEN, ['SUPPORT'], "She came in third; Biden secured a plurality, and Sanders came in second.", at('Massachusetts', r=F)),
  (BLOOMBERG, BIDEN, ['SUPPORT'], "Bloomberg endorsed his former rival, Joe Biden.", {'w': None, 'r': F}),
  (WARREN, None, ['RETREAT'], "NBC News reported that Warren would be suspending her campaign", {'w': None, 'r': F}),
 ],
 'australia-toilet-paper-limits': [
  (AU_CHAINS, AU_BUYERS, ['COERCE'], "Australian store chains Woolworths and Coles lowered their purchase restrictions on toilet paper", at('Australia', r=F)),
  (AU_CHAINS, AU_BUYERS, ['COERCE'], "ALDI also introduced a one-pack limit, on Monday.", at('Australia', r=F)),
  (AU_CHAINS, AU_BUYERS, ['COERCE'], "Woolworths also limited toilet paper purchases for home delivery to one pack per order", at('Australia', r=F)),
  (COSTCO, AU_BUYERS, ['COERCE'], "Costco's store in Canberra also limited the allowed amount to two packs last week.", at('Canberra', r=F)),
  (SELLERS, AU_BUYERS, ['AID'], "some property sellers offering free toilet paper to the first bidder on auctions in Melbourne", at('Melbourne', r=F)),
 ],
 'trump-declares-covid-national-emergency': [
  (TRUMP, None, ['MOBILIZE'], "United States President Donald Trump declared a national emergency", at('United States')),
  (WHO, None, ['MOBILIZE'], "the World Health Organization declared the outbreak", {'w': None, 'r': F}),
  (HHS, None, ['MOBILIZE'], "The United States Department of Health and Human Services declared the outbreak", at('United States', r=F)),
  (TRUMP, US_PUBLIC, ['AID'], "including waiving the interest it collects on federal student loans", at('United States', r=F)),
 ],
 'fairfield-helicopter-crash': [
  (HELI, PGE, ['ASSAULT'], "on Tuesday struck power lines and crashed near Fairfield, California", at('Fairfield', r=F)),
  (HELI, FIREFIGHTERS, ['ASSAULT'], "three firefighters were injured when their appliance rolled", at('Fairfield', r=F)),
  (CALFIRE, PGE, ['REQUEST'], "CalFire requested power line de-energisation during the emergency", at('Fairfield', r=F)),
 ],
 'england-face-coverings-transport': [
  (SHAPPS, UK_PUBLIC, ['COERCE', 'MOBILIZE'], "wearing a face covering would become compulsory while riding public transport in England", at('England')),
  (RMT, SHAPPS, ['ACCUSE', 'REJECT'], "said the measure was \"nowhere near enough.\"", {'w': None, 'r': F}),
  (NI_GOV, UK_PUBLIC, ['REQUEST'], "Northern Ireland has suggested people \"think about\" it", at('Northern Ireland', r=F)),
  (STURGEON, UK_PUBLIC, ['COERCE'], "a compulsory introduction of face coverings could be \"inevitable\"", at('Scotland', s='h')),
 ],
 'white-plains-water-main-break': [
  (WATER_MAIN, WP_RES, ['ASSAULT'], "a water main broke in the US city of White Plains, New York", at('White Plains', r=F)),
  (WP_CITY, None, ['MOBILIZE'], "Emergency crews were on the scene to repair the pipes", at('White Plains', r=F)),
  (WP_CITY, WP_RES, ['MOBILIZE'], "the city issued an advisory of water outages", at('White Plains', r=F)),
  (WP_CITY, WP_RES, ['MOBILIZE'], "the city issued a follow-up statement announcing the break had been contained by DPW", at('White Plains', r=F)),
 ],
 'second-debate-cancelled': [
  (CPD, None, ['REJECT', 'RETREAT'], "The United States Commission on Presidential Debates announced on Friday the second presidential debate", at('United States')),
  (TRUMP, BIDEN, ['CONSULT'], "the second presidential debate, scheduled for October 15 in Miami, would be conducted virtually", at('Miami', s='h')),
  (TRUMP, BIDEN, ['CONSULT'], "within just days after traveling to Cleveland, Ohio to participate in the first presidential debate", at('Cleveland', r=F)),
  (BIDEN, None, ['MOBILIZE'], "Biden scheduled a town hall in Pennsylvania for the day the debate was to be held", at('Pennsylvania', s='h')),
  (TRUMP, CPD, ['REJECT'], "The president called the notion a \"waste of time\".", {'w': None, 'r': F}),
  (BIDEN_CAMP, TRUMP, ['ACCUSE'], "The Biden campaign criticized Trump's refusal to debate virtually", {'w': None, 'r': F}),
  (TRUMP, BIDEN, ['CONSULT'], "the final debate is still scheduled for October 22 at Belmont University in Nashville, Tennessee", at('Nashville', s='h')),
 ],
 'biden-projected-president-elect': [
  (US_VOTERS, BIDEN, ['SUPPORT'], "Joe Biden was projected by multiple media outlets to have surpassed 270 electoral college delegate total", at('United States')),
  (VOTERS_PA, BIDEN, ['SUPPORT'], "when Biden was declared to have won Pennsylvania's 20 electoral college votes", at('Pennsylvania')),
  (VOTERS_NV2, BIDEN, ['SUPPORT'], "the AP and NBC News also called Nevada for Biden", at('Nevada', r=F)),
  (TRUMP, BIDEN, ['REJECT', 'ACCUSE'], "Trump issued a statement at his golf club outside Washington, D.C.", at('Washington, D.C.', r=F)),
 ],
 'gsa-presidential-transition': [
  (MURPHY, BIDEN, ['CONCEDE', 'AGREE', 'COOPERATE'], "sent a letter to President-elect Joe Biden and his team, giving them permission", at('United States')),
  (TRUMP, BIDEN, ['CONCEDE'], "responded to her letter on Twitter, calling for the beginning of a presidential transition process", {'w': None, 'r': F}),
  (MI_OFFICIALS, BIDEN, ['SUPPORT'], "Two days prior to Michigan's final certification of its election results", at('Michigan', r=F)),
  (FED_JUDGE, TRUMP, ['REJECT'], "a federal judge dismissed a Trump lawsuit attempting to prevent the state of Pennsylvania", at('Pennsylvania', r=F)),
  (GOP_EXPERTS, GOP, ['REQUEST'], "signed an open letter urging Republican officials to push the president to concede", {'w': None, 'r': F}),
 ],
}

# the builder looks pages up by file name; map each short name to its numbered file through sources.json
import json as _json
_SRC = _json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sources.json'), encoding='utf-8'))
_BY_SHORT = {m['file'][4:-4]: m['file'] for m in _SRC}
ANN = {_BY_SHORT[k]: v for k, v in ANN.items()}
assert len(ANN) == len(_SRC)
