package org.eventline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventline.actor.Actor;
import org.eventline.actor.ActorKind;
import org.eventline.actor.ActorMention;
import org.eventline.event.AnalysedSentence;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.event.SentenceRef;
import org.eventline.nlp.Dependency;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Sentence;
import org.eventline.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * Hand-made sentences, no CoreNLP: words split on spaces, tagged {@code word/POS/NER/lemma}; untagged
 * words are NN with NER O, and a word is its own lemma unless one is given; a word written
 * {@code +word} follows the one before with no space.
 * Actors are marked by the test.
 */
class GeocoderTest {
  private static final Geocoder GEOCODER = Geocoder.defaults();
  private static final Actor TURKEY = new Actor("TUR", "Turkey", "TUR", ActorKind.STATE);
  private static final Actor SYRIA_GOV = new Actor("SYRGOV", "Syria", "SYR", ActorKind.GOVERNMENT);
  private static final Actor REBELS = new Actor("SYRREB", "rebels", "SYR", ActorKind.ARMED_GROUP);
  private static final Actor RUSSIA_GOV = new Actor("RUSGOV", "Russia", "RUS", ActorKind.GOVERNMENT);
  private static final Actor PROTESTERS = new Actor("PROT", "protesters", null, ActorKind.CIVILIANS);
  private static final Actor POLICE = new Actor("POL", "police", null, ActorKind.GOVERNMENT);
  private static final Actor IRELAND = new Actor("IRL", "Ireland", "IRL", ActorKind.STATE);
  private static final Actor IRAQ_POLICE = new Actor("IRQGOV", "Iraqi police", "IRQ", ActorKind.GOVERNMENT);
  private static final Actor LEBANON_MIL = new Actor("LBNMIL", "Lebanese army", "LBN", ActorKind.MILITARY);
  private static final Actor USA_GOV = new Actor("USAGOV", "American officials", "USA", ActorKind.GOVERNMENT);
  private static final Actor MEXICO_POLICE = new Actor("MEXCOP", "Mexican police", "MEX", ActorKind.GOVERNMENT);
  private static final Actor GUNMEN = new Actor("UAF", "gunmen", null, ActorKind.ARMED_GROUP);

  @Test
  void locationAfterPrepositionPlacesTheEvent() {
    AnalysedSentence s = sentence(0, "Rebels/NNS shelled positions in Aleppo/NNP/LOCATION", mention(REBELS, 0, 0));
    Place p = placeOne(s, REBELS, null);
    assertThat(p.name()).isEqualTo("Aleppo");
    assertThat(p.country()).isEqualTo("SYR");
    assertThat(p.kind()).isEqualTo("city");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void aDistrictOfACountryNoActorIsFromIsItsSeatOfTheSameName() {
    // GeoNames has the governorate as "Jenin" and the city only as "Janin" (Jenin another name), so
    // the district outranks the city; in news whose actors are Israeli it stands for the city
    Actor israelMil = new Actor("ISRMIL", "Israeli soldiers", "ISR", ActorKind.MILITARY);
    AnalysedSentence s = sentence(0, "Israeli/JJ/MISC soldiers/NNS killed two/CD people/NNS in Jenin/NNP/LOCATION",
        mention(israelMil, 0, 1));
    Place p = placeOne(s, israelMil, null);
    assertThat(p.country()).isEqualTo("PSE");
    assertThat(p.kind()).isEqualTo("city");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void aCityStruckThatTheCoderTookForAPersonIsWhereTheAttackWas() {
    // CoreNLP tags "Odesa" PERSON, and the coder makes an unknown person of it
    Actor russia = new Actor("RUS", "Russian", "RUS", ActorKind.STATE);
    Actor odesa = new Actor("---PER", "Odesa", null, ActorKind.PERSON);
    AnalysedSentence s = sentence(0, "Russian/JJ/MISC missiles/NNS struck/VBD/O/strike Odesa/NNP/PERSON overnight/RB",
        mention(russia, 0, 0), mention(odesa, 3, 3));
    Event placed = GEOCODER.place(List.of(atTrigger(event(s, russia, odesa), 2)), List.of(s)).get(0);
    Place p = placed.where();
    assertThat(p.country()).isEqualTo("UKR");
    assertThat(p.how()).isEqualTo("target");
    // and the attack is on the place's country, not on a person called Odesa
    assertThat(placed.target().code()).isEqualTo("UKR");
    // attacked, as struck: "Jihadists attacked Djibo", a town of Burkina Faso CoreNLP tags PERSON
    Actor jihadists = new Actor("---UAF", "Jihadists", null, ActorKind.ARMED_GROUP);
    Actor djibo = new Actor("---PER", "Djibo", null, ActorKind.PERSON);
    AnalysedSentence attacked = sentence(0, "Jihadists/NNPS attacked/VBD/O/attack Djibo/NNP/PERSON",
        mention(jihadists, 0, 0), mention(djibo, 2, 2));
    Place town = placeAtTrigger(attacked, jihadists, djibo, 1);
    assertThat(town).isNotNull();
    assertThat(town.country()).isEqualTo("BFA");
    // the whole name, where CoreNLP tags only its first word a person
    Actor usForces = new Actor("USAMIL", "US forces", "USA", ActorKind.MILITARY);
    Actor deir = new Actor("---PER", "Deir", null, ActorKind.PERSON);
    AnalysedSentence raided = sentence(0, "US/NNP/LOCATION forces/NNS raided/VBD/O/raid Deir/NNP/PERSON ez/NNP +-/HYPH +Zor/NNP",
        mention(usForces, 0, 1), mention(deir, 3, 3));
    Place city = placeAtTrigger(raided, usForces, deir, 2);
    assertThat(city).isNotNull();
    assertThat(city.country()).isEqualTo("SYR");
    assertThat(city.text()).isEqualTo("Deir ez-Zor");
    // bombs dropped on a name: "Syrian helicopters dropped barrel bombs on Daraa", Daraa tagged PERSON
    Actor syria = new Actor("SYR", "Syrian", "SYR", ActorKind.STATE);
    Actor daraa = new Actor("---PER", "Daraa", null, ActorKind.PERSON);
    AnalysedSentence bombed = sentence(0, "Syrian/JJ/MISC helicopters/NNS dropped/VBD/O/drop barrel/NN bombs/NNS on/IN Daraa/NNP/PERSON",
        mention(syria, 0, 0), mention(daraa, 6, 6));
    Place dropped = placeAtTrigger(bombed, syria, daraa, 2);
    assertThat(dropped).isNotNull();
    assertThat(dropped.country()).isEqualTo("SYR");
    assertThat(dropped.how()).isEqualTo("target");
    // a person the article names in full is no place, nor is one the verb does not strike
    AnalysedSentence named = sentence(0, "Russian/JJ/MISC police/NNS struck/VBD/O/strike John/NNP/PERSON Odesa/NNP/PERSON",
        mention(russia, 0, 0), mention(odesa, 4, 4));
    Place person = placeAtTrigger(named, russia, odesa, 2);
    assertThat(person == null ? "none" : person.country()).isNotEqualTo("UKR");
    AnalysedSentence met = sentence(0, "Russian/JJ/MISC envoys/NNS met/VBD/O/meet Odesa/NNP/PERSON",
        mention(russia, 0, 0), mention(odesa, 3, 3));
    Place meeting = placeAtTrigger(met, russia, odesa, 2);
    assertThat(meeting == null ? "none" : meeting.country()).isNotEqualTo("UKR");
  }

  @Test
  void aPlaceStruckWrittenWithItsRegionIsTheOneInThatRegion() {
    // GeoNames gives Engels, a Russian city of 200,000, the other name Pokrovsk; the Ukrainian town
    // of Donetsk Oblast is smaller, and an article about Russia's war names both countries
    Actor russia = new Actor("RUS", "Russia", "RUS", ActorKind.STATE);
    Actor pokrovsk = new Actor("---PER", "Pokrovsk", null, ActorKind.PERSON);
    AnalysedSentence captured = sentence(0, "Russia/NNP/LOCATION forces/NNS captured/VBD/O/capture Pokrovsk/NNP/PERSON ,/, "
        + "Donetsk/NNP/LOCATION Oblast/NNP/LOCATION", mention(russia, 0, 0), mention(pokrovsk, 3, 3));
    Place p = placeAtTrigger(captured, russia, pokrovsk, 2);
    assertThat(p.country()).isEqualTo("UKR");
    assertThat(p.how()).isEqualTo("target");
  }

  @Test
  void aForeignTownSpelledOtherwiseThanGeoNamesIsStillItself() {
    // GeoNames names it "Qiryat Shemona" and has "Kiryat Shmona" as another name: a transliteration,
    // not another name that a small town abroad would owe to chance ("Mayon" for Megion)
    Actor hezbollah = new Actor("LBNREB", "Hezbollah", "LBN", ActorKind.ARMED_GROUP);
    AnalysedSentence s = sentence(0, "Hezbollah/NNP/ORGANIZATION fired/VBD/O/fire rockets/NNS at/IN Kiryat/NNP/LOCATION Shmona/NNP/LOCATION",
        mention(hezbollah, 0, 0));
    Place p = placeOne(s, hezbollah, null);
    assertThat(p.country()).isEqualTo("ISR");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void aWordThatOpensArabicNamesIsNoPlaceOfItsOwn() {
    // "Abu" alone is Mount Abu's town in India, "Khan" Haan in Germany: here they open names the
    // gazetteer lacks, which are places near the town the sentence names
    Actor gunmen = new Actor("EGYREB", "Gunmen", "EGY", ActorKind.ARMED_GROUP);
    AnalysedSentence s = sentence(0, "Gunmen/NNS/O/gunman killed/VBD/O/kill 12/CD people/NNS in/IN Abu/NNP/LOCATION Hamid/NNP/LOCATION "
        + "near/IN Aleppo/NNP/LOCATION", mention(gunmen, 0, 0));
    Place p = placeOne(s, gunmen, null);
    assertThat(p.country()).isEqualTo("SYR");
    assertThat(p.text()).isEqualTo("Abu Hamid");
    assertThat(p.kind()).isEqualTo("unlisted");
    AnalysedSentence khor = sentence(0, "Tankers/NNS were/VBD struck/VBN/O/strike off/IN Khor/NNP/LOCATION Al/NNP/LOCATION "
        + "Zubair/NNP/LOCATION Port/NNP/LOCATION and/CC near/IN the/DT Al-Faw/NNP/LOCATION port/NN area/NN", mention(REBELS, 0, 0));
    assertThat(placeOne(khor, REBELS, null).country()).as("not Al Khor, Qatar").isEqualTo("IRQ");
    AnalysedSentence khan = sentence(0, "Rebels/NNS attacked/VBD/O/attack Khan/NNP/LOCATION Abdel/NNP/LOCATION Sattar/NNP/LOCATION",
        mention(REBELS, 0, 0));
    assertThat(placeOne(khan, REBELS, null).name()).isEqualTo("Syria");
  }

  @Test
  void anArabicNameWrittenWithEiIsGeoNamesOwnWithAy() {
    // GeoNames' "Bayt Hanun" written "Beit Hanoun": the same name, not a foreign other name to drop
    Actor israelMil = new Actor("ISRMIL", "Israeli soldiers", "ISR", ActorKind.MILITARY);
    AnalysedSentence s = sentence(0, "Israeli/JJ/MISC soldiers/NNS killed two/CD men/NNS in Beit/NNP/LOCATION Hanoun/NNP/LOCATION",
        mention(israelMil, 0, 1));
    Place p = placeOne(s, israelMil, null);
    assertThat(p.country()).isEqualTo("PSE");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void aRegionOfOneWordThatNoOtherPlaceIsNamedAfterStandsForItself() {
    // "Nabatieh" is only the governorate in GeoNames (the city is "Nabatiye et Tahta"), in a country no actor is from
    Actor israel = new Actor("ISR", "Israeli", "ISR", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "An/DT Israeli/JJ/MISC strike/NN killed two/CD men/NNS in Nabatieh/NNP/LOCATION",
        mention(israel, 1, 1));
    Place p = placeOne(s, israel, null);
    assertThat(p.country()).isEqualTo("LBN");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void aLargeCityOfSeveralWordsAfterInIsThatCityThoughTaggedAPerson() {
    // CoreNLP tags "Khan Younis" a person; a city of 170,000 after "in" is where the strikes were
    Actor israel = new Actor("ISR", "Israeli", "ISR", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "Israeli/JJ/MISC airstrikes/NNS in/IN Khan/NNP/PERSON Younis/NNP/PERSON killed/VBD ten/CD people/NNS",
        mention(israel, 0, 0));
    Place p = placeOne(s, israel, null);
    assertThat(p.country()).isEqualTo("PSE");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void aNameOpeningWithAWordForAKindOfPlaceIsAPlaceThoughTaggedAPersonOrOrganisation() {
    // "Deir" (a monastery) and "Tal" (a mound) open place names; CoreNLP tags these a person and an
    // organisation, and no actor is of the country they lie in
    AnalysedSentence deir = sentence(0, "Gunmen/NNS killed/VBD two/CD soldiers/NNS in/IN Deir/NNP/PERSON el/NNP/PERSON "
        + "+-/HYPH/PERSON +Balah/NNP/PERSON", mention(GUNMEN, 0, 0));
    assertThat(placeOne(deir, GUNMEN, null).country()).isEqualTo("PSE");
    Actor fighters = new Actor("UAF", "Kurdish fighters", null, ActorKind.ARMED_GROUP);
    AnalysedSentence tal = sentence(0, "Kurdish/JJ/MISC fighters/NNS seized/VBD Tal/NNP/ORGANIZATION Abyad/NNP/ORGANIZATION "
        + "from/IN Islamic/NNP/ORGANIZATION State/NNP/ORGANIZATION", mention(fighters, 0, 1));
    assertThat(placeOne(tal, fighters, null).country()).isEqualTo("SYR");
  }

  @Test
  void aTownTheGazetteerLacksInADivisionWithItsTitleIsPlacedInTheDivision() {
    // Kuru of Plateau State is not in the gazetteer, Finland's Kuru is; CoreNLP tags the comma and
    // the "in" between the two names a location too
    for (String between : new String[] {"+,/,/LOCATION", "in/IN/LOCATION"}) {
      AnalysedSentence s = sentence(0, "Gunmen/NNS killed/VBD five/CD villagers/NNS in/IN Kuru/NNP/LOCATION " + between
          + " Plateau/NNP/LOCATION State/NNP/LOCATION", mention(GUNMEN, 0, 0));
      Place p = placeOne(s, GUNMEN, null);
      assertThat(p).as(between).isNotNull();
      assertThat(p.country()).as(between).isEqualTo("NGA");
      assertThat(p.name()).as(between).isEqualTo("Plateau State");
    }
  }

  @Test
  void aTownNewsKnowsByANameGeoNamesHasOnlyAsAnotherIsItselfAbroad() {
    // GeoNames has "Kobani" only as another name of "'Ayn al 'Arab", and "Derna" of "Darnah"
    AnalysedSentence kobani = sentence(0, "Turkish/JJ/MISC jets/NNS bombed/VBD/O/bomb positions/NNS near/IN Kobani/NNP/LOCATION",
        mention(TURKEY, 0, 1));
    assertThat(placeOne(kobani, TURKEY, null).country()).isEqualTo("SYR");
    Actor egypt = new Actor("EGY", "Egyptian", "EGY", ActorKind.STATE);
    AnalysedSentence derna = sentence(0, "Egyptian/JJ/MISC jets/NNS bombed/VBD/O/bomb positions/NNS in/IN Derna/NNP/LOCATION",
        mention(egypt, 0, 1));
    assertThat(placeOne(derna, egypt, null).country()).isEqualTo("LBY");
  }

  @Test
  void provinceSaidGivesTheGovernorate() {
    AnalysedSentence s = sentence(0, "Rebels/NNS advanced in Aleppo/NNP/LOCATION province", mention(REBELS, 0, 0));
    assertThat(placeOne(s, REBELS, null).kind()).isEqualTo("region");
  }

  @Test
  void countryUsedAsActorIsNoPlace() {
    AnalysedSentence s = sentence(0, "Turkey/NNP/LOCATION backed the rebels/NNS", mention(TURKEY, 0, 0), mention(REBELS, 2, 3));
    assertThat(placeOne(s, TURKEY, REBELS)).isNull();
  }

  @Test
  void capitalThatIsTheTargetIsThePlace() {
    AnalysedSentence s = sentence(0, "The Russian/JJ/MISC minister visited Damascus/NNP/LOCATION",
        mention(RUSSIA_GOV, 0, 2), mention(SYRIA_GOV, 4, 4));
    Place p = placeOne(s, RUSSIA_GOV, SYRIA_GOV);
    assertThat(p.name()).isEqualTo("Damascus");
    assertThat(p.country()).isEqualTo("SYR");
    assertThat(p.how()).isEqualTo("target");
  }

  @Test
  void aCountryVisitedIsWhereTheVisitIsUnlessTheSentenceNamesAPlaceThere() {
    Actor usa = new Actor("USAGOV", "United States vice president", "USA", ActorKind.GOVERNMENT);
    Actor armenia = new Actor("ARM", "Armenia", "ARM", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "United/NNP/LOCATION States/NNP/LOCATION vice/NN president/NN JD/NNP/PERSON "
        + "Vance/NNP/PERSON visits/VBZ/O/visit Armenia/NNP/LOCATION ./.", mention(usa, 0, 5), mention(armenia, 7, 7));
    Event visit = withMode(event(s, usa, armenia), EventType.CONSULT, "visit");
    Place p = GEOCODER.place(List.of(visit), List.of(s)).get(0).where();
    assertThat(p.country()).isEqualTo("ARM");
    assertThat(p.how()).isEqualTo("target");
    AnalysedSentence yerevan = sentence(0, "United/NNP/LOCATION States/NNP/LOCATION vice/NN president/NN JD/NNP/PERSON "
        + "Vance/NNP/PERSON visits/VBZ/O/visit Armenia/NNP/LOCATION and/CC speaks/VBZ in/IN Gyumri/NNP/LOCATION ./.",
        mention(usa, 0, 5), mention(armenia, 7, 7));
    Event there = withMode(event(yerevan, usa, armenia), EventType.CONSULT, "visit");
    assertThat(GEOCODER.place(List.of(there), List.of(yerevan)).get(0).where().name()).isEqualTo("Gyumri");
    // a visit coded to another country than the one the sentence says the visitor went to
    Actor kouchner = new Actor("FRAGOV", "Kouchner", "FRA", ActorKind.GOVERNMENT);
    Actor chad = new Actor("TCD", "Chad", "TCD", ActorKind.STATE);
    AnalysedSentence sudan = sentence(0, "Kouchner/NNP/PERSON traveled/VBD to/TO Sudan/NNP/LOCATION where/WRB he/PRP "
        + "met/VBD/O/meet Chad/NNP/LOCATION 's/POS envoy/NN ./.", mention(kouchner, 0, 0), mention(chad, 7, 7));
    Event met = withMode(event(sudan, kouchner, chad), EventType.CONSULT, "visit");
    assertThat(GEOCODER.place(List.of(met), List.of(sudan)).get(0).where().country()).isEqualTo("SDN");
  }

  @Test
  void aDestinationThatAnInfinitiveOfPurposeFollowsIsWhereThePurposeIsDone() {
    AnalysedSentence purpose = sentence(0, "The/DT administration/NN deploys/VBZ/O/deploy jets/NNS to/TO Guam/NNP/LOCATION "
        + "to/TO take/VB/O/take part/NN in/IN exercises/NNS in/IN Japan/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(purpose), List.of()).get(0).name()).isEqualTo("Guam");
    // without one, where they went stays the weaker guess than where the exercises are
    AnalysedSentence plain = sentence(0, "The/DT administration/NN deploys/VBZ/O/deploy jets/NNS to/TO Guam/NNP/LOCATION "
        + "for/IN exercises/NNS in/IN Japan/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(plain), List.of()).get(0).name()).isEqualTo("Japan");
  }

  @Test
  void aPersonStruckIsNoPlaceThoughAVillageHasTheName() {
    // Chirac is a village of Lozère; the coder took "Chirac" for the former president (FRAELI).
    Actor france = new Actor("FRA", "France", "FRA", ActorKind.STATE);
    Actor chirac = new Actor("FRAELI", "Jacques Chirac", "FRA", ActorKind.PERSON);
    AnalysedSentence s = sentence(0, "France/NNP/LOCATION attacked/VBD Chirac/NNP/PERSON",
        mention(france, 0, 0), mention(chirac, 2, 2));
    Place p = placeOne(s, france, chirac);
    assertThat(p == null ? null : p.how()).as("not the village, as the event's target").isNotEqualTo("target");
  }

  @Test
  void aNameTheTextCallsATownIsAPlaceThoughTaggedAPerson() {
    Actor militants = new Actor("SOMREB", "Al-Shabaab", "SOM", ActorKind.ARMED_GROUP);
    Actor person = new Actor("---PER", "Moqokori", null, ActorKind.PERSON);
    AnalysedSentence s = sentence(0, "Militants/NNS shelled/VBD/O/shell Moqokori/NNP/PERSON ,/, a/DT town/NN in/IN the/DT "
        + "Hiiraan/NNP/LOCATION region/NN of/IN Somalia/NNP/LOCATION ./.", mention(militants, 0, 0), mention(person, 2, 2));
    Place p = placeOne(s, militants, person);
    assertThat(p.name()).as("the town, finer than the region that locates it").isEqualTo("Moqokori");
    AnalysedSentence unsaid = sentence(0, "Militants/NNS met/VBD/O/meet Moqokori/NNP/PERSON in/IN the/DT "
        + "Hiiraan/NNP/LOCATION region/NN of/IN Somalia/NNP/LOCATION ./.", mention(militants, 0, 0), mention(person, 2, 2));
    assertThat(placeOne(unsaid, militants, person).name()).as("without the appositive, a person's name").isNotEqualTo("Moqokori");
  }

  @Test
  void theGroundAForceTakesIsWhereThoughTaggedAPerson() {
    // "The Sudanese Armed Forces take Al-Kamlin as they advance towards Khartoum"
    Actor militants = new Actor("SOMREB", "Al-Shabaab", "SOM", ActorKind.ARMED_GROUP);
    Actor person = new Actor("---PER", "Moqokori", null, ActorKind.PERSON);
    AnalysedSentence s = sentence(0, "Militants/NNS recapture/VBP/O/recapture Moqokori/NNP/PERSON as/IN they/PRP "
        + "advance/VBP/O/advance towards/IN Mogadishu/NNP/LOCATION ./.", mention(militants, 0, 0), mention(person, 2, 2));
    assertThat(placeOne(s, militants, person).name()).isEqualTo("Moqokori");
    AnalysedSentence met = sentence(0, "Militants/NNS met/VBD/O/meet Moqokori/NNP/PERSON as/IN they/PRP "
        + "advance/VBP/O/advance towards/IN Mogadishu/NNP/LOCATION ./.", mention(militants, 0, 0), mention(person, 2, 2));
    assertThat(placeOne(met, militants, person).name()).as("a person met is no ground taken").isNotEqualTo("Moqokori");
  }

  @Test
  void aVillageTheGazetteerLacksKeepsItsNameAtThePlaceThatHoldsIt() {
    AnalysedSentence s = sentence(0, "Five/CD people/NNS are/VBP killed/VBN in/IN a/DT fire/NN in/IN Riggae/NNP/LOCATION ,/, "
        + "Kuwait/NNP/LOCATION ./.");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.text()).isEqualTo("Riggae");
    assertThat(p.name()).isEqualTo("Kuwait");
    assertThat(p.country()).isEqualTo("KWT");
    assertThat(p.kind()).isEqualTo("unlisted");
    assertThat(p.geonamesId()).isNull();
    // a town named before another place of its country, which then holds it
    AnalysedSentence oyo = sentence(0, "Old/JJ/LOCATION Oyo/NNP/LOCATION National/NNP/LOCATION Park/NNP/LOCATION guards/NNS "
        + "are/VBP killed/VBN in/IN Orire/NNP/LOCATION ,/, Oyo/NNP/LOCATION State/NNP/LOCATION ./.");
    Place orire = GEOCODER.placeSentences(List.of(oyo), List.of()).get(0);
    assertThat(orire.text()).isEqualTo("Orire");
    assertThat(orire.country()).isEqualTo("NGA");
    // the sentence after, which names no place, goes on there under that name
    AnalysedSentence after = sentence(1, "Two/CD others/NNS are/VBP injured/VBN ./.");
    Place carried = GEOCODER.placeSentences(List.of(s, after), List.of()).get(1);
    assertThat(carried.how()).isEqualTo("previous sentence");
    assertThat(carried.text()).isEqualTo("Riggae");
    assertThat(carried.name()).isEqualTo("Kuwait");
    assertThat(carried.kind()).isEqualTo("unlisted");
    // unless that sentence marks a name of its own as a place
    AnalysedSentence village = sentence(1, "A/DT man/NN died/VBD in/IN the/DT nearby/JJ village/NN of/IN Zorbanhill/NNP ./.");
    Place marked = GEOCODER.placeSentences(List.of(s, village), List.of()).get(1);
    assertThat(marked.text()).isEqualTo("Zorbanhill");
    assertThat(marked.name()).isEqualTo("Kuwait");
  }

  @Test
  void villagesTheGazetteerLacksListedWithAPlaceAreUnlistedPlacesOfTheList() {
    AnalysedSentence s = sentence(0, "Israel/NNP/LOCATION conducts/VBZ drone/NN strikes/NNS in/IN Bint/NNP/PERSON "
        + "Jbeil/NNP/PERSON ,/, Shebaa/NNP ,/, and/CC Shaqra/NNP/LOCATION ,/, in/IN southern/JJ Lebanon/NNP/LOCATION ./.");
    List<Place> places = GEOCODER.placeSentenceLists(List.of(s), List.of()).get(0);
    assertThat(places).extracting(Place::text).containsExactly("Bint Jbeil", "Shebaa", "Shaqra");
    Place shaqra = places.get(2);
    assertThat(shaqra.kind()).as("Shaqra is a Saudi and a Yemeni town, not a Lebanese one").isEqualTo("unlisted");
    assertThat(shaqra.name()).as("the list is said to be in southern Lebanon").isEqualTo("Lebanon");
    assertThat(shaqra.country()).isEqualTo("LBN");
    // the names of a list of people after a place are no places
    AnalysedSentence met = sentence(0, "Leaders/NNS met/VBD in/IN Paris/NNP/LOCATION ,/, Macron/NNP/PERSON and/CC "
        + "Merkel/NNP/PERSON said/VBD ./.");
    assertThat(GEOCODER.placeSentenceLists(List.of(met), List.of()).get(0)).extracting(Place::text).containsExactly("Paris");
  }

  @Test
  void aCountrysCapitalIsItsCapitalCity() {
    AnalysedSentence s = sentence(0, "A/DT bomb/NN exploded/VBD in/IN Somalia/NNP/LOCATION 's/POS capital/NN");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Mogadishu");
    assertThat(p.kind()).isEqualTo("city");
    AnalysedSentence of = sentence(0, "Troops/NNS entered/VBD the/DT capital/NN of/IN Chad/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(of), List.of()).get(0).name()).isEqualTo("N'Djamena");
    // Capital punishment is no city.
    AnalysedSentence punishment = sentence(0, "Somalia/NNP/LOCATION 's/POS capital/NN punishment/NN was/VBD debated/VBN "
        + "in/IN Somalia/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(punishment), List.of()).get(0).kind()).isEqualTo("country");
  }

  @Test
  void aProtestOutsideANationsParliamentIsInItsCapital() {
    AnalysedSentence s = sentence(0, "Thunberg/NNP/PERSON began/VBD her/PRP$ protest/NN outside/IN of/IN the/DT "
        + "Swedish/NNP Parliament/NNP/ORGANIZATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p).isNotNull();
    assertThat(p.name()).isEqualTo("Stockholm");
    AnalysedSentence voted = sentence(0, "The/DT Swedish/JJ parliament/NN voted/VBD");
    assertThat(GEOCODER.placeSentences(List.of(voted), List.of()).get(0).kind()).as("its act, in the country")
        .isEqualTo("country");
  }

  @Test
  void aCountryThatRunsOrLedSomethingIsWhoseNotWhere() {
    AnalysedSentence s = sentence(0, "He/PRP was/VBD held/VBN at/IN a/DT U.S./NNP/LOCATION -/HYPH run/VBN facility/NN "
        + "on/IN the/DT outskirts/NNS of/IN Baghdad/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).as("the place the facility is near, not the country that runs it").isEqualTo("Baghdad");
  }

  @Test
  void whatCameFromInsideAPlaceStruckElsewhere() {
    AnalysedSentence s = sentence(0, "A/DT rocket/NN was/VBD fired/VBN at/IN Israel/NNP/LOCATION from/IN inside/IN "
        + "Gaza/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("ISR");
  }

  @Test
  void demonymSaysWhoseNotWhere() {
    AnalysedSentence s = sentence(0, "Russian/JJ/MISC troops/NNS withdrew", mention(RUSSIA_GOV, 0, 1));
    assertThat(placeOne(s, RUSSIA_GOV, null).how()).as("the sentence names no place").isEqualTo("article focus");
  }

  @Test
  void countryNotUsedAsActorIsAPlaceWithKindCountry() {
    AnalysedSentence s = sentence(0, "Russia/NNP/LOCATION reduced its forces in Syria/NNP/LOCATION",
        mention(RUSSIA_GOV, 0, 0), mention(SYRIA_GOV, 5, 5));
    Place p = placeOne(s, RUSSIA_GOV, null);
    assertThat(p.kind()).isEqualTo("country");
    assertThat(p.country()).isEqualTo("SYR");
  }

  @Test
  void finestOfNestedPlacesWins() {
    AnalysedSentence s = sentence(0,
        "Rebels/NNS seized Khan/NNP/PERSON Touman/NNP/PERSON and other places in Aleppo/NNP/LOCATION",
        mention(REBELS, 0, 0));
    assertThat(placeOne(s, REBELS, null).name()).isEqualTo("Khan Touman");
  }

  @Test
  void personNamesAreNoPlacesUnlessAfterAPreposition() {
    // "Paris" is a place, but tagged PERSON and not after a locative preposition it is a person.
    AnalysedSentence s = sentence(0, "Rebels/NNS met Paris/NNP/PERSON Hilton/NNP/PERSON", mention(REBELS, 0, 0));
    assertNotFromTheSentence(placeOne(s, REBELS, null));
  }

  @Test
  void articleFocusPicksTheTripoliOfItsCountry() {
    AnalysedSentence first = sentence(0, "The Lebanese/JJ/MISC army/NN deployed", mention(LEBANON_MIL, 0, 2));
    AnalysedSentence second = sentence(1, "Clashes/NNS erupted in Tripoli/NNP/LOCATION");
    Event e = event(second, null, null).withWhere(null);
    e = new Event(e.id(), e.articleId(), e.date(), e.type(), e.mode(), e.cameo(), e.quadClass(), e.goldstein(),
        e.status(), participant(first, LEBANON_MIL), null, null, e.sentence(), e.confidence());
    List<Event> placed = GEOCODER.place(List.of(e), List.of(first, second));
    assertThat(placed.get(0).where().country()).isEqualTo("LBN");
  }

  @Test
  void nothingNamedLeavesWhereNull() {
    AnalysedSentence s = sentence(0, "Protesters/NNS attacked the convoy", mention(PROTESTERS, 0, 0));
    assertThat(placeOne(s, PROTESTERS, null)).as("no place and no actor's country").isNull();
  }

  @Test
  void sentenceNamingNoPlaceTakesThePreviousSentencesPlace() {
    AnalysedSentence first = sentence(0, "Rebels/NNS shelled positions in Aleppo/NNP/LOCATION", mention(REBELS, 0, 0));
    AnalysedSentence second = sentence(1, "Rebels/NNS attacked the convoy", mention(REBELS, 0, 0));
    Event e = event(second, REBELS, null);
    Place p = GEOCODER.place(List.of(e), List.of(first, second)).get(0).where();
    assertThat(p.name()).isEqualTo("Aleppo");
    assertThat(p.how()).isEqualTo("previous sentence");
  }

  @Test
  void aSentenceNamingOnlyTheCountrySomeoneCameFromIsThere() {
    // "She was extradited from Germany": the one country the sentence names, though only as an actor
    // after "from", says more of where than the Budapest of the sentence before
    Actor germany = new Actor("DEU", "Germany", "DEU", ActorKind.STATE);
    AnalysedSentence first = sentence(0, "Police/NNS in/IN Budapest/NNP/LOCATION arrested/VBD an/DT activist/NN ./.");
    AnalysedSentence second = sentence(1, "She/PRP was/VBD extradited/VBN from/IN Germany/NNP/LOCATION ./.", mention(germany, 4, 4));
    List<Place> places = GEOCODER.placeSentences(laidOut(" ", first, second), List.of());
    assertThat(places.get(1)).extracting(Place::name, Place::how).containsExactly("Germany", "sentence");
    // a sentence with a place of its own keeps it
    AnalysedSentence own = sentence(1, "She/PRP was/VBD flown/VBN from/IN Germany/NNP/LOCATION to/TO Vienna/NNP/LOCATION ./.",
        mention(germany, 4, 4));
    assertThat(GEOCODER.placeSentences(laidOut(" ", first, own), List.of()).get(1).name()).isEqualTo("Vienna");
  }

  @Test
  void sentenceFarFromAnyPlaceTakesTheArticlesPlace() {
    AnalysedSentence title = sentence(0, "Clashes/NNS in Aleppo/NNP/LOCATION");
    AnalysedSentence quiet1 = sentence(1, "Rebels/NNS regrouped", mention(REBELS, 0, 0));
    AnalysedSentence quiet2 = sentence(2, "Rebels/NNS waited", mention(REBELS, 0, 0));
    AnalysedSentence quiet3 = sentence(3, "Rebels/NNS attacked the convoy", mention(REBELS, 0, 0));
    List<Place> places = GEOCODER.placeSentences(List.of(title, quiet1, quiet2, quiet3), List.of());
    assertThat(places.get(0).how()).isEqualTo("sentence");
    assertThat(places.get(2).how()).isEqualTo("previous sentence");
    assertThat(places.get(3).name()).isEqualTo("Aleppo");
    assertThat(places.get(3).how()).isEqualTo("article focus");
  }

  @Test
  void aLocalityCountsHalfTowardTheArticlesPlace() {
    // Catuji, a locality (a name and a point, nothing else known), named twice, weighs as much as a
    // city named once, and the city named first is the article's place
    AnalysedSentence lead = sentence(0, "Talks/NNS went/VBD on/RP on/IN Monday/NNP/DATE ./.");
    AnalysedSentence met = sentence(1, "Officials/NNS met/VBD in/IN Teófilo/NNP/LOCATION Otoni/NNP/LOCATION ,/, "
        + "Brazil/NNP/LOCATION ./.");
    AnalysedSentence again = sentence(2, "Officials/NNS met/VBD in/IN Catuji/NNP/LOCATION ./.");
    AnalysedSentence later = sentence(3, "Officials/NNS met/VBD later/RB in/IN Catuji/NNP/LOCATION ./.");
    AnalysedSentence quiet1 = sentence(4, "Talks/NNS resumed/VBD ./.");
    AnalysedSentence quiet2 = sentence(5, "Talks/NNS ended/VBD ./.");
    AnalysedSentence agreed = sentence(6, "Both/DT sides/NNS agreed/VBD ./.");
    List<Place> places = GEOCODER.placeSentences(laidOut(" ", lead, met, again, later, quiet1, quiet2, agreed), List.of());
    assertThat(places.get(2).name()).as("named in its sentence, the locality is the place").isEqualTo("Catuji");
    assertThat(places.get(6).how()).isEqualTo("article focus");
    assertThat(places.get(6).name()).isEqualTo("Teófilo Otoni");
  }

  @Test
  void theArticlesPlaceIsWhereItsIncidentHappenedOverWhereStatementsWereMade() {
    // a town named once for a raid, the capital once for what officials said there: the raid's town
    // is what the article is about
    AnalysedSentence lead = sentence(0, "Talks/NNS went/VBD on/RP on/IN Monday/NNP/DATE ./.");
    AnalysedSentence said = sentence(1, "Officials/NNS in/IN Islamabad/NNP/LOCATION said/VBD so/RB ./.");
    AnalysedSentence raid = sentence(2, "A/DT raid/NN in/IN Abbottabad/NNP/LOCATION killed/VBD five/CD people/NNS ./.");
    AnalysedSentence quiet1 = sentence(3, "Talks/NNS resumed/VBD ./.");
    AnalysedSentence quiet2 = sentence(4, "Talks/NNS ended/VBD ./.");
    AnalysedSentence wounded = sentence(5, "Four/CD others/NNS were/VBD wounded/VBN ./.");
    Place p = GEOCODER.placeSentences(laidOut(" ", lead, said, raid, quiet1, quiet2, wounded), List.of()).get(5);
    assertThat(p.how()).isEqualTo("article focus");
    assertThat(p.name()).isEqualTo("Abbottabad");
  }

  @Test
  void compassWordsAndDatesAreNoPlaces() {
    AnalysedSentence s = sentence(0, "Turkey/NNP/LOCATION moved/VBD into/IN Northern/NNP/LOCATION Syria/NNP/LOCATION in/IN August/NNP/DATE",
        mention(TURKEY, 0, 0));
    Place p = placeOne(s, TURKEY, null);
    assertThat(p.name()).isEqualTo("Syria");
    assertThat(p.country()).isEqualTo("SYR");
  }

  @Test
  void countryNamingANounIsWhoseNotWhere() {
    AnalysedSentence s = sentence(0, "The/DT Taliban/NNP met/VBD a/DT US/NNP envoy/NN in/IN Qatar/NNP/LOCATION");
    List<Place> places = GEOCODER.placeSentences(List.of(s), List.of());
    assertThat(places.get(0).country()).isEqualTo("QAT");
  }

  @Test
  void lowerCaseTargetIsNoPlace() {
    AnalysedSentence s = sentence(0, "Protesters/NNS clashed/VBD with/IN the/DT police/NN",
        mention(PROTESTERS, 0, 0), mention(POLICE, 3, 4));
    assertThat(placeOne(s, PROTESTERS, POLICE)).isNull();
  }

  @Test
  void lowerCaseWordTaggedLocationIsNoPlace() {
    AnalysedSentence s = sentence(0, "Protesters/NNS gathered/VBD at/IN police/NN/LOCATION headquarters/NN");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0)).isNull();
  }

  @Test
  void landmarkNamedLikeAVillageIsNoPlace() {
    AnalysedSentence s = sentence(0, "Thousands/NNS rallied/VBD at/IN Freedom/NNP/LOCATION Plaza/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0)).isNull();
  }

  @Test
  void aStopNamedLikeAVillageIsNoPlaceThoughTheTaggerTookItsHeadForAVerb() {
    // Panjiawan is a Chinese village far from Kunming; its bus stop, in Kunming, is not there
    AnalysedSentence s = sentence(0, "The/DT explosion/NN was/VBD at/IN Panjiawan/NNP Bus/NNP Stop/VB on/IN Monday/NNP");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0)).isNull();
  }

  @Test
  void landmarkNamedLikeATownIsNoPlace() {
    AnalysedSentence s = sentence(0,
        "Protesters/NNS gathered/VBD outside/IN the/DT White/NNP/LOCATION House/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0)).isNull();
  }

  @Test
  void casinoOfAHotelNameIsNoTown() {
    // Casino is a town in New South Wales; here it is the last word of a hotel's name.
    AnalysedSentence s = sentence(0, "He/PRP spoke/VBD at/IN the/DT Venetian/NNP/LOCATION Resort/NNP/LOCATION Hotel/NNP/LOCATION "
        + "Casino/NNP/LOCATION where/WRB he/PRP was/VBD speaking/VBG");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0)).isNull();
  }

  @Test
  void aWeekdayAfterAPlaceEndsItsName() {
    AnalysedSentence s = sentence(0, "Bombs/NNS exploded/VBD in/IN the/DT resort/NN city/NN of/IN Dahab/NNP/LOCATION "
        + "Monday/NNP");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p).isNotNull();
    assertThat(p.name()).isEqualTo("Dahab");
    assertThat(p.country()).isEqualTo("EGY");
  }

  @Test
  void nameAfterACapitalisedTheInRunningTextIsATitle() {
    AnalysedSentence s = sentence(0, "A/DT voter/NN told/VBD The/DT Boston/NNP/LOCATION Globe/NNP");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0)).isNull();
    AnalysedSentence hague = sentence(0, "Ministers/NNS met/VBD in/IN The/DT Hague/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(hague), List.of()).get(0).country()).isEqualTo("NLD");
    AnalysedSentence headline = sentence(0, "Storm/NN Hits/VBZ The/DT Boston/NNP/LOCATION Coast/NN");
    assertThat(GEOCODER.placeSentences(List.of(headline), List.of()).get(0)).as("title case says nothing").isNotNull();
  }

  @Test
  void landmarkNamedAfterACityIsInThatCity() {
    AnalysedSentence s = sentence(0,
        "Iraqi/JJ/MISC police/NN said/VBD a/DT bomb/NN exploded/VBD at/IN Baghdad/NNP/LOCATION Central/NNP/LOCATION Station/NNP/LOCATION",
        mention(IRAQ_POLICE, 0, 1));
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Baghdad");
    assertThat(p.country()).isEqualTo("IRQ");
  }

  @Test
  void airportIsPlacedAtItsOwnPoint() {
    AnalysedSentence s = sentence(0,
        "A/DT drone/NN struck/VBD at/IN Baghdad/NNP/LOCATION International/NNP/LOCATION Airport/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.kind()).isEqualTo("airport");
    assertThat(p.country()).isEqualTo("IRQ");
    assertThat(Geocoder.km(p.lat(), p.lon(), 33.2625, 44.2346)).isLessThan(1.0);
  }

  @Test
  void countryTakesTheArticlesCityInIt() {
    AnalysedSentence title = sentence(0, "Strike/NN in/IN Baghdad/NNP/LOCATION");
    AnalysedSentence body = sentence(1, "Rockets/NNS/O/rocket hit/VBD an/DT embassy/NN in/IN Iraq/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(title, body), List.of()).get(1);
    assertThat(p.name()).isEqualTo("Baghdad");
    assertThat(p.how()).isEqualTo("article focus");
  }

  @Test
  void countryWithoutTheArticlesCityStaysTheCountry() {
    AnalysedSentence title = sentence(0, "Strike/NN in/IN Baghdad/NNP/LOCATION");
    AnalysedSentence body = sentence(1, "Rockets/NNS hit/VBD an/DT embassy/NN in/IN Syria/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(title, body), List.of()).get(1);
    assertThat(p.kind()).isEqualTo("country");
    assertThat(p.country()).isEqualTo("SYR");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void placeOutsideAQuotationBeatsOneInside() {
    AnalysedSentence s = sentence(0,
        "“/`` We/PRP stay/VBP in/IN Iraq/NNP/LOCATION ”/'' ,/, he/PRP said/VBD in/IN Cairo/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Cairo");
  }

  @Test
  void quotationsAreToldByTheirMarks() {
    String said = "\"We stay in Iraq\", he said in Cairo";
    assertThat(WordsAround.quoted(said, said.indexOf("Iraq"))).isTrue();
    assertThat(WordsAround.quoted(said, said.indexOf("Cairo"))).isFalse();
    String rest = "or else damage will be done in the UK\", Johnson said on a visit to Ireland";
    assertThat(WordsAround.quoted(rest, rest.indexOf("UK"))).isTrue(); // the quotation opened a sentence before
    assertThat(WordsAround.quoted(rest, rest.indexOf("Ireland"))).isFalse();
  }

  @Test
  void destinationOfAVisitIsThePlaceEvenWhenItIsAnActor() {
    AnalysedSentence visit = sentence(0, "He/PRP spoke/VBD on/IN a/DT visit/NN to/TO Ireland/NNP/LOCATION",
        mention(IRELAND, 6, 6));
    assertThat(GEOCODER.placeSentences(List.of(visit), List.of()).get(0).country()).isEqualTo("IRL");
    // Rebels from Syria as well: the article is not mostly about Ireland, so it has no place of its own.
    AnalysedSentence talk = sentence(0, "Rebels/NNS spoke/VBD to/TO Ireland/NNP/LOCATION",
        mention(REBELS, 0, 0), mention(IRELAND, 3, 3));
    assertThat(GEOCODER.placeSentences(List.of(talk), List.of()).get(0)).isNull();
    // "home" or "back" between the going and its "to" ("before returning home to Costa Rica")
    AnalysedSentence home = sentence(0, "Rebels/NNS will/MD return/VB home/RB to/TO Ireland/NNP/LOCATION",
        mention(REBELS, 0, 0), mention(IRELAND, 5, 5));
    assertThat(GEOCODER.placeSentences(List.of(home), List.of()).get(0).country()).isEqualTo("IRL");
  }

  @Test
  void personNameThatIsAForeignTownIsNoPlace() {
    // Lam is a town in Germany; tagged PERSON, after "at", in an article about Syria it is a person.
    AnalysedSentence s = sentence(0, "Rebels/NNS shouted/VBD at/IN Lam/NNP/PERSON", mention(REBELS, 0, 0));
    assertNotFromTheSentence(GEOCODER.placeSentences(List.of(s), List.of()).get(0));
    AnalysedSentence city = sentence(0, "Rebels/NNS shouted/VBD at/IN Aleppo/NNP/PERSON", mention(REBELS, 0, 0));
    assertThat(GEOCODER.placeSentences(List.of(city), List.of()).get(0).name()).isEqualTo("Aleppo");
  }

  @Test
  void landmarkNamedAfterAForeignCityIsNoPlace() {
    // Ål is a Norwegian municipality seat; "Al" of a landmark in an article about Syria says nothing.
    AnalysedSentence s = sentence(0,
        "Rebels/NNS attacked/VBD in/IN Al/NNP/LOCATION Noor/NNP/LOCATION Mosque/NNP/LOCATION", mention(REBELS, 0, 0));
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.country()).as("not Ål, Norway: only the rebels' country").isEqualTo("SYR");
    assertThat(p.how()).isEqualTo("article focus");
  }

  @Test
  void targetCityOutsideTheArticlesCountriesIsNoPlace() {
    Actor khan = new Actor("KHAN", "Khan", null, ActorKind.PERSON);
    AnalysedSentence s = sentence(0, "Rebels/NNS shot/VBD Haan/NNP/PERSON", mention(REBELS, 0, 0), mention(khan, 2, 2));
    Place p = placeOne(s, REBELS, khan);
    assertThat(p.name()).as("not Haan, Germany: only the rebels' country").isEqualTo("Syria");
    assertThat(p.how()).isEqualTo("article focus");
  }

  @Test
  void articleNamingItsCountryOnlyAsAnActorHappensThere() {
    AnalysedSentence s = sentence(0, "Syria/NNP/LOCATION arrested/VBD rebels/NNS",
        mention(SYRIA_GOV, 0, 0), mention(REBELS, 2, 2));
    Place p = placeOne(s, SYRIA_GOV, REBELS);
    assertThat(p.kind()).isEqualTo("country");
    assertThat(p.country()).isEqualTo("SYR");
    assertThat(p.how()).isEqualTo("article focus");
    AnalysedSentence demonym = sentence(0, "Syrian/JJ/MISC troops/NNS arrested/VBD rebels/NNS",
        mention(SYRIA_GOV, 0, 1), mention(REBELS, 3, 3));
    assertThat(placeOne(demonym, SYRIA_GOV, REBELS).country()).as("named by its demonym only").isEqualTo("SYR");
  }

  @Test
  void continentsOceansAndTheEuPlaceNothing() {
    for (String name : List.of("Africa/NNP/LOCATION", "Asia/NNP/LOCATION", "the/DT Pacific/NNP/LOCATION",
        "the/DT Middle/NNP/LOCATION East/NNP/LOCATION", "the/DT EU/NNP/ORGANIZATION")) {
      AnalysedSentence s = sentence(0, "Leaders/NNS met in/IN " + name);
      assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0)).as(name).isNull();
    }
    // A country whose name holds a continent's is still the country; a town's own spelling still the town.
    AnalysedSentence southAfrica = sentence(0, "Leaders/NNS met in/IN South/NNP/LOCATION Africa/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(southAfrica), List.of()).get(0).country()).isEqualTo("ZAF");
    AnalysedSentence eu = sentence(0, "Leaders/NNS met in/IN Eu/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(eu), List.of()).get(0).country()).isEqualTo("FRA");
  }

  @Test
  void continentIsNeverTheArticlesPlace() {
    AnalysedSentence title = sentence(0, "Mugabe/NNP/PERSON dies/VBZ");
    AnalysedSentence africa = sentence(1, "He/PRP was/VBD a/DT hero/NN across/IN Africa/NNP/LOCATION");
    AnalysedSentence harare = sentence(2, "He/PRP died/VBD in/IN Harare/NNP/LOCATION");
    List<Place> places = GEOCODER.placeSentences(List.of(title, africa, harare), List.of());
    assertThat(places.get(0).name()).isEqualTo("Harare");
    assertThat(places.get(0).how()).isEqualTo("article focus");
  }

  @Test
  void partOfAHyphenatedNameIsNoPlace() {
    AnalysedSentence ship = sentence(0, "The/DT charity/NN Sea/NNP/ORGANIZATION +-/HYPH +Eye/NNP/LOCATION renamed/VBD its/PRP$ ship/NN");
    assertThat(GEOCODER.placeSentences(List.of(ship), List.of()).get(0)).isNull();
    // Two places joined so stay places.
    AnalysedSentence border = sentence(0, "Talks/NNS on/IN the/DT Israel/NNP/LOCATION +-/HYPH +Egypt/NNP/LOCATION border/NN");
    assertThat(GEOCODER.placeSentences(List.of(border), List.of()).get(0)).isNotNull();
    // nor is a name's first part with its hyphen ("Trans-" of "the Trans-Siberian Railway")
    AnalysedSentence railway = sentence(0, "A/DT train/NN derailed/VBD on/IN the/DT Trans/NN/LOCATION +-/HYPH/LOCATION "
        + "+Siberian/JJ/LOCATION Railway/NN/LOCATION near/IN Sosnovka/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(railway), List.of()).get(0).country()).isEqualTo("RUS");
  }

  @Test
  void aWordCoreNlpTookForNoNameIsAPlaceWhenItsCountryFollows() {
    // "Sagaing" tagged a participle, "Mare" a common noun before its apostrophe: each written with its country
    AnalysedSentence quake = sentence(0, "A/DT earthquake/NN strikes/VBZ Sagaing/VBG ,/, Myanmar/NNP/LOCATION ,/, with/IN "
        + "damage/NN as/RB far/RB away/RB as/IN Bangkok/NNP/LOCATION ,/, Thailand/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(quake), List.of()).get(0);
    assertThat(p.country()).isEqualTo("MMR");
    assertThat(p.kind()).isNotEqualTo("country");
    AnalysedSentence battle = sentence(0, "Rebels/NNS were/VBD killed/VBN in/IN a/DT battle/NN in/IN Mare/NN '/'' ,/, "
        + "Syria/NNP/LOCATION ,/, in/IN northern/JJ Aleppo/NNP/LOCATION Governorate/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(battle), List.of()).get(0).name()).isEqualTo("Marea");
    // a capitalised word that begins the sentence says nothing
    AnalysedSentence opening = sentence(0, "Yesterday/NN ,/, Syria/NNP/LOCATION said/VBD so/RB");
    assertThat(GEOCODER.placeSentences(List.of(opening), List.of()).get(0).kind()).isEqualTo("country");
  }

  @Test
  void aNameThePageLostBeforeItsCountryIsTheArticlesPlaceInThatCountry() {
    // "in , China": the scraped page dropped the linked "Kunming"; the article is about Kunming
    AnalysedSentence title = sentence(0, "Knife/NN attack/NN at/IN Kunming/NNP/LOCATION station/NN");
    AnalysedSentence lost = sentence(1, "Attackers/NNS attacked/VBD a/DT train/NN station/NN in/IN ,/, China/NNP/LOCATION "
        + "yesterday/NN");
    Place p = GEOCODER.placeSentences(List.of(title, lost), List.of()).get(1);
    assertThat(p.name()).isEqualTo("Kunming");
    // a country written with a name before its comma is the country's
    AnalysedSentence named = sentence(1, "Attackers/NNS attacked/VBD a/DT station/NN in/IN China/NNP/LOCATION yesterday/NN");
    assertThat(GEOCODER.placeSentences(List.of(title, named), List.of()).get(1).kind()).isEqualTo("country");
  }

  @Test
  void theWordForAKindOfDivisionNamesNone() {
    // "the District of Sagaing": "District" is no Central District of Israel
    AnalysedSentence strike = sentence(0, "A/DT strike/NN on/IN a/DT monastery/NN in/IN the/DT District/NNP/LOCATION of/IN "
        + "Sagaing/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(strike), List.of()).get(0).country()).isEqualTo("MMR");
    AnalysedSentence alone = sentence(0, "Fighting/NN went/VBD on/RP in/IN the/DT District/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(alone), List.of()).get(0)).isNull();
  }

  @Test
  void aNameBeforeRiverNamesTheRiverNotItsTown() {
    // "on the Maroni river near Albina, Suriname": not Saint-Laurent-du-Maroni in French Guiana
    AnalysedSentence capsized = sentence(0, "A/DT boat/NN capsized/VBD on/IN the/DT Maroni/NNP/LOCATION river/NN near/IN "
        + "Albina/NNP/LOCATION ,/, Suriname/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(capsized), List.of()).get(0).name()).isEqualTo("Albina");
    // "River" written as part of the name: not the state, and "River" no place of its own
    AnalysedSentence crashed = sentence(0, "A/DT helicopter/NN crashed/VBD on/IN the/DT Mississippi/NNP/LOCATION "
        + "River/NNP/LOCATION near/IN East/NNP/LOCATION Alton/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(crashed), List.of()).get(0).name()).isEqualTo("East Alton");
    // a river written with "the" is the river, not a village named after it (Red River, New Mexico)
    AnalysedSentence across = sentence(0, "The/DT gunman/NN fled/VBD across/IN the/DT Red/NNP/LOCATION River/NNP/LOCATION "
        + "to/TO the/DT adjacent/JJ Bossier/NNP/LOCATION City/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(across), List.of()).get(0).name()).isEqualTo("Bossier City");
    AnalysedSentence river = sentence(0, "A/DT barge/NN sank/VBD in/IN the/DT Mississippi/NNP/LOCATION River/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(river), List.of()).get(0)).as("a river is in no one place here").isNull();
  }

  @Test
  void institutionPlacesTheEventAtItsSeat() {
    AnalysedSentence court = sentence(0, "The/DT Tbilisi/NNP/ORGANIZATION city/NN court/NN set/VBD bail/NN");
    Place p = GEOCODER.placeSentences(List.of(court), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Tbilisi");
    assertThat(p.country()).isEqualTo("GEO");
    assertThat(p.how()).isEqualTo("sentence");
    AnalysedSentence based = sentence(0,
        "The/DT Luxembourg/NNP/LOCATION +-/HYPH +based/VBN court/NN ruled/VBD for/IN an/DT Austria/NNP/LOCATION politician/NN");
    assertThat(GEOCODER.placeSentences(List.of(based), List.of()).get(0).country()).isEqualTo("LUX");
    // An institution named after no place, or a place word inside a longer name, gives no seat.
    AnalysedSentence justice = sentence(0, "The/DT Court/NNP/ORGANIZATION of/IN Justice/NNP/ORGANIZATION ruled/VBD");
    assertThat(GEOCODER.placeSentences(List.of(justice), List.of()).get(0)).isNull();
    AnalysedSentence police = sentence(0, "Thames/NNP/ORGANIZATION Valley/NNP/ORGANIZATION police/NN arrested/VBD a/DT man/NN");
    assertThat(GEOCODER.placeSentences(List.of(police), List.of()).get(0)).isNull();
  }

  @Test
  void courtWhoseOwnNameBeginsWithAPlaceWordIsNoSeat() {
    AnalysedSentence s = sentence(0, "He/PRP pleaded/VBD guilty/JJ at/IN the/DT Superior/NNP/ORGANIZATION Court/NNP/ORGANIZATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0)).isNull();
  }

  @Test
  void constituencyWrittenCompassWordLastIsFound() {
    // A county counts only in news about its country: British voters say so.
    Actor voters = new Actor("GBRCVL", "British voters", "GBR", ActorKind.CIVILIANS);
    AnalysedSentence s = sentence(0, "British/JJ voters/NNS defeated/VBD her/PRP in/IN Dunbartonshire/NNP/LOCATION East/NNP/LOCATION",
        mention(voters, 0, 1));
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.country()).isEqualTo("GBR");
    assertThat(p.name()).isEqualTo("East Dunbartonshire");
  }

  @Test
  void theCountrySaidIsTheArticlesCountryNotThePreviousSentencesPlace() {
    Actor burundi = new Actor("BDIGOV", "Burundi", "BDI", ActorKind.GOVERNMENT);
    AnalysedSentence title = sentence(0, "Burundi/NNP/LOCATION mourns/VBZ", mention(burundi, 0, 0));
    AnalysedSentence two = sentence(1, "Burundi/NNP/LOCATION declared/VBD mourning/NN", mention(burundi, 0, 0));
    AnalysedSentence widow = sentence(2, "His/PRP$ widow/NN was/VBD treated/VBN in/IN Kenya/NNP/LOCATION");
    AnalysedSentence coup = sentence(3, "A/DT coup/NN failed/VBD in/IN the/DT country/NN");
    AnalysedSentence nation = sentence(3, "He/PRP led/VBD the/DT African/JJ nation/NN");
    AnalysedSentence other = sentence(3, "A/DT coup/NN failed/VBD");
    for (AnalysedSentence s : List.of(coup, nation)) {
      Place p = GEOCODER.placeSentences(List.of(title, two, widow, s), List.of()).get(3);
      assertThat(p.country()).as(s.sentence().text()).isEqualTo("BDI");
    }
    // Without "the country" the sentence is in Burundi too: a place abroad does not carry over.
    Place quiet = GEOCODER.placeSentences(List.of(title, two, widow, other), List.of()).get(3);
    assertThat(quiet.country()).isEqualTo("BDI");
    assertThat(quiet.how()).isEqualTo("article focus");
  }

  @Test
  void governmentNamedByItsDemonymAsSubjectActsAtHome() {
    AnalysedSentence samoa = sentence(0, "The/DT Samoan/JJ/NATIONALITY government/NN declared/VBD an/DT emergency/NN");
    Place p = GEOCODER.placeSentences(List.of(samoa), List.of()).get(0);
    assertThat(p.country()).isEqualTo("WSM");
    assertThat(p.kind()).isEqualTo("country");
    // Further in the sentence, the government is what is talked about, not where.
    AnalysedSentence object = sentence(0, "Protesters/NNS fear/VBP the/DT Chinese/JJ/NATIONALITY government/NN");
    assertThat(GEOCODER.placeSentences(List.of(object), List.of()).get(0)).isNull();
  }

  @Test
  void aNationalBodyNamedByItsDemonymAsSubjectSitsInTheCapital() {
    AnalysedSentence ministry = sentence(0, "The/DT Indian/JJ/NATIONALITY Home/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION "
        + "has/VBZ told/VBN police/NN to/TO step/VB up/RP security/NN");
    assertThat(GEOCODER.placeSentences(List.of(ministry), List.of()).get(0).name()).isIn("New Delhi", "Delhi");
    AnalysedSentence federation = sentence(0, "Iranian/JJ/NATIONALITY Chess/NNP/ORGANIZATION Federation/NNP/ORGANIZATION "
        + "President/NNP announced/VBD a/DT ban/NN");
    assertThat(GEOCODER.placeSentences(List.of(federation), List.of()).get(0).name()).isEqualTo("Tehran");
    // players are no body: whose, not where
    AnalysedSentence players = sentence(0, "Iranian/JJ/NATIONALITY Chess/NNP Players/NNPS announced/VBD a/DT boycott/NN");
    assertThat(GEOCODER.placeSentences(List.of(players), List.of()).get(0)).isNull();
  }

  @Test
  void aBodyOfACountryThatSitsInOneBuildingIsInItsCapital() {
    AnalysedSentence court = sentence(0, "Supporters/NNS gathered/VBD in/IN front/NN of/IN the/DT Supreme/NNP/ORGANIZATION "
        + "Court/NNP/ORGANIZATION of/IN/ORGANIZATION the/DT/ORGANIZATION United/NNP/ORGANIZATION States/NNPS/ORGANIZATION");
    assertThat(GEOCODER.placeSentences(List.of(court), List.of()).get(0).name()).isEqualTo("Washington");
    AnalysedSentence assembly = sentence(0, "A/DT package/NN was/VBD placed/VBN by/IN the/DT wall/NN of/IN the/DT "
        + "Grand/NNP National/NNP Assembly/NNP of/IN Turkey/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(assembly), List.of()).get(0).name()).isEqualTo("Ankara");
    // CoreNLP may tag the whole name a location: "Grand", a French village, begins a name the
    // gazetteer lacks, and the country after its "of" is still read
    AnalysedSentence tagged = sentence(0, "A/DT package/NN was/VBD placed/VBN by/IN the/DT wall/NN of/IN the/DT "
        + "Grand/NNP/LOCATION National/NNP/LOCATION Assembly/NNP/LOCATION of/IN/LOCATION Turkey/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(tagged), List.of()).get(0).name()).isEqualTo("Ankara");
    AnalysedSentence diet = sentence(0, "Fights/NNS erupt/VBP between/IN legislators/NNS in/IN the/DT National/NNP/ORGANIZATION "
        + "Diet/NNP/ORGANIZATION of/IN/ORGANIZATION Japan/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(diet), List.of()).get(0).name()).isEqualTo("Tokyo");
    // "Republic" here begins the country's official name: no US town of that name
    AnalysedSentence republic = sentence(0, "Legislators/NNS met/VBD in/IN the/DT Assembly/NNP/ORGANIZATION of/IN/ORGANIZATION "
        + "the/DT/ORGANIZATION Republic/NNP/ORGANIZATION of/IN/ORGANIZATION Macedonia/NNP/ORGANIZATION");
    Place inMacedonia = GEOCODER.placeSentences(List.of(republic), List.of()).get(0);
    assertThat(inMacedonia == null ? null : inMacedonia.country()).isNotEqualTo("USA");
    // a court or a diocese of a region or a city sits there: the District Court of Vermont is no
    // court of the whole United States the sentence names after it
    AnalysedSentence vermont = sentence(0, "The/DT District/NNP/ORGANIZATION Court/NNP/ORGANIZATION of/IN/ORGANIZATION "
        + "Vermont/NNP/ORGANIZATION charged/VBD 25/CD people/NNS for/IN fraud/NN in/IN the/DT United/NNP/LOCATION "
        + "States/NNPS/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(vermont), List.of()).get(0).name()).isEqualTo("Vermont");
    // a government governs the whole country
    AnalysedSentence government = sentence(0, "The/DT government/NN of/IN Samoa/NNP/LOCATION declared/VBD an/DT emergency/NN");
    assertThat(GEOCODER.placeSentences(List.of(government), List.of()).get(0).kind()).isEqualTo("country");
  }

  @Test
  void theCountryAnArticleIsMostlyAboutBeatsOneNamedOnce() {
    Actor burundi = new Actor("BDIGOV", "Burundi", "BDI", ActorKind.GOVERNMENT);
    AnalysedSentence title = sentence(0, "Burundi/NNP/LOCATION mourns/VBZ", mention(burundi, 0, 0));
    AnalysedSentence widow = sentence(1, "His/PRP$ widow/NN was/VBD treated/VBN in/IN Kenya/NNP/LOCATION");
    AnalysedSentence two = sentence(2, "Burundi/NNP/LOCATION declared/VBD mourning/NN", mention(burundi, 0, 0));
    AnalysedSentence three = sentence(3, "Burundi/NNP/LOCATION closed/VBD schools/NNS", mention(burundi, 0, 0));
    AnalysedSentence quiet = sentence(4, "Hundreds/NNS died/VBD in/IN the/DT conflict/NN");
    List<Place> places = GEOCODER.placeSentences(List.of(title, widow, two, three, quiet), List.of());
    assertThat(places.get(1).country()).isEqualTo("KEN");
    assertThat(places.get(4).country()).isEqualTo("BDI");
    assertThat(places.get(4).how()).isEqualTo("article focus");
  }

  @Test
  void aPlaceWrittenWithItsCountryOrStateBindsToItAndOutranksAPlainPreposition() {
    AnalysedSentence s = sentence(0, "Storms/NNS damaged/VBD homes/NNS in/IN Lyon/NNP/LOCATION and/CC the/DT town/NN of/IN "
        + "Paris/NNP/LOCATION ,/, Texas/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Paris");
    assertThat(p.country()).as("Paris, Texas, though Lyon makes France the focus").isEqualTo("USA");
  }

  @Test
  void aPlaceTheGazetteerLacksInTheRegionWrittenAfterItIsThatRegion() {
    Actor canada = new Actor("CAN", "Canada", "CAN", ActorKind.STATE);
    AnalysedSentence title = sentence(0, "Canadian/JJ/LOCATION soldiers/NNS return/VBP", mention(canada, 0, 0));
    AnalysedSentence s = sentence(1, "They/PRP landed/VBD in/IN Walkerton/NNP/LOCATION ,/, Ontario/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(title, s), List.of()).get(1);
    assertThat(p.country()).as("no Walkerton of Indiana: the gazetteer has none in Ontario").isEqualTo("CAN");
    assertThat(p.name()).isEqualTo("Ontario");
    // Trenton, Ontario, is a locality of the postal-code files: itself, not Trenton of New Jersey
    AnalysedSentence trenton = sentence(1, "They/PRP landed/VBD in/IN Trenton/NNP/LOCATION ,/, Ontario/NNP/LOCATION");
    Place t = GEOCODER.placeSentences(List.of(title, trenton), List.of()).get(1);
    assertThat(t.name()).isEqualTo("Trenton");
    assertThat(t.country()).isEqualTo("CAN");
    // A list of peers is no such pair: each country is itself.
    AnalysedSentence list = sentence(0, "Swans/NNS died/VBD in/IN Greece/NNP/LOCATION ,/, Bulgaria/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(list), List.of()).get(0).name()).isEqualTo("Greece");
  }

  @Test
  void aPlaceWrittenWithItsRegionIsEvidenceWhateverTheActors() {
    Actor usa = new Actor("USA", "United States", "USA", ActorKind.STATE);
    AnalysedSentence title = sentence(0, "Painting/NN stolen/VBN in/IN England/NNP/LOCATION");
    AnalysedSentence theft = sentence(1, "It/PRP was/VBD taken/VBN from/IN a/DT manor/NN in/IN Kent/NNP/LOCATION ,/, "
        + "England/NNP/LOCATION");
    AnalysedSentence owner = sentence(2, "The/DT owner/NN lives/VBZ in/IN the/DT United/NNP/LOCATION States/NNP/LOCATION",
        mention(usa, 4, 5));
    AnalysedSentence sale = sentence(3, "The/DT United/NNP/LOCATION States/NNP/LOCATION bought/VBD it/PRP",
        mention(usa, 1, 2));
    AnalysedSentence arrest = sentence(4, "Police/NNS arrested/VBD a/DT man/NN");
    List<Place> places = GEOCODER.placeSentences(List.of(title, theft, owner, sale, arrest), List.of());
    assertThat(places.get(0).country()).as("England, not England, Arkansas").isEqualTo("GBR");
    assertThat(places.get(1).name()).isEqualTo("Kent");
    assertThat(places.get(1).country()).as("the English county, not Kent, Washington").isEqualTo("GBR");
  }

  @Test
  void aPlaceAbroadDoesNotCarryOverIntoTheNextSentenceUnlessItsQuotationGoesOn() {
    Actor norway = new Actor("NOR", "Norway", "NOR", ActorKind.STATE);
    AnalysedSentence title = sentence(0, "Norway/NNP/LOCATION closes/VBZ an/DT airport/NN", mention(norway, 0, 0));
    AnalysedSentence fire = sentence(1, "Fire/NN broke/VBD out/RP in/IN Bergen/NNP/LOCATION");
    AnalysedSentence help = sentence(2, "Norway/NNP/LOCATION sent/VBD firefighters/NNS", mention(norway, 0, 0));
    AnalysedSentence abroad = sentence(3, "A/DT similar/JJ fire/NN hit/VBD Lyon/NNP/LOCATION ,/, France/NNP/LOCATION "
        + "last/JJ year/NN");
    AnalysedSentence after = sentence(4, "Firefighters/NNS questioned/VBD the/DT owner/NN");
    List<Place> places = GEOCODER.placeSentences(List.of(title, fire, help, abroad, after), List.of());
    assertThat(places.get(3).country()).isEqualTo("FRA");
    assertThat(places.get(4).name()).isEqualTo("Bergen");
    assertThat(places.get(4).how()).isEqualTo("article focus");

    AnalysedSentence speech = sentence(3, "The/DT mayor/NN spoke/VBD in/IN Lyon/NNP/LOCATION ,/, France/NNP/LOCATION :/: "
        + "“/`` +We/PRP will/MD help/VB ./.");
    AnalysedSentence more = sentence(4, "Nobody/NN was/VBD hurt/VBN ./. +”/''");
    Place goesOn = GEOCODER.placeSentences(List.of(title, fire, help, speech, more), List.of()).get(4);
    assertThat(goesOn.country()).as("the quotation goes on").isEqualTo("FRA");
    assertThat(goesOn.how()).isEqualTo("previous sentence");
  }

  @Test
  void aCountryThatSpeaksAfterAnOpeningPhraseOfTimeSpeaksAtHome() {
    Actor russia = new Actor("RUS", "Russia", "RUS", ActorKind.STATE);
    AnalysedSentence talks = sentence(0, "Delegates/NNS met/VBD/O/meet in/IN Nairobi/NNP/LOCATION for/IN climate/NN talks/NNS");
    AnalysedSentence announced = sentence(1, "Last/JJ month/NN ,/, Russia/NNP/LOCATION announced/VBD/O/announce it/PRP "
        + "would/MD sign/VB/O/sign the/DT treaty/NN", mention(russia, 3, 3));
    Place p = GEOCODER.placeSentences(List.of(talks, announced), List.of()).get(1);
    assertThat(p.country()).isEqualTo("RUS");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void aPlaceNestedInTheNounsOfWhatADecisionConcernsIsNotWhere() {
    AnalysedSentence s = sentence(0, "The/DT United/NNP/LOCATION States/NNPS/LOCATION imposes/VBZ/O/impose sanctions/NNS "
        + "on/IN judges/NNS over/IN crimes/NNS by/IN troops/NNS in/IN Afghanistan/NNP/LOCATION");
    List<Dependency> deps = new ArrayList<>(List.of(new Dependency(-1, 3, "root"), new Dependency(2, 0, "det"),
        new Dependency(2, 1, "compound"), new Dependency(3, 2, "nsubj"), new Dependency(3, 4, "obj"),
        new Dependency(3, 6, "obl:on"), new Dependency(6, 8, "nmod:over"), new Dependency(8, 10, "nmod:by"),
        new Dependency(10, 12, "nmod:in")));
    assertThat(GEOCODER.placeSentences(List.of(parsed(s, deps)), List.of()).get(0).country()).isEqualTo("USA");
    // hung right on the verb, the place is where the sanctions are imposed
    List<Dependency> onVerb = new ArrayList<>(deps.subList(0, 6));
    onVerb.add(new Dependency(3, 12, "obl:in"));
    assertThat(GEOCODER.placeSentences(List.of(parsed(s, onVerb)), List.of()).get(0).country()).isEqualTo("AFG");
  }

  @Test
  void theCityOfAMinistrysStatementIsTheCityNamedBefore() {
    AnalysedSentence strike = sentence(0, "A/DT missile/NN strike/NN on/IN Kryvyi/NNP/LOCATION Rih/NNP/LOCATION kills/VBZ/O/kill "
        + "19/CD people/NNS");
    AnalysedSentence city = sentence(1, "The/DT Russian/JJ/MISC Defence/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION says/VBZ/O/say "
        + "its/PRP$ forces/NNS targeted/VBD/O/target a/DT gathering/NN in/IN the/DT city/NN");
    Place p = GEOCODER.placeSentences(List.of(strike, city), List.of()).get(1);
    assertThat(p.country()).isEqualTo("UKR");
    assertThat(p.how()).isEqualTo("previous sentence");
    // a statement that says no "the city" is the ministry's, at home
    AnalysedSentence home = sentence(1, "The/DT Russian/JJ/MISC Defence/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION says/VBZ/O/say "
        + "its/PRP$ forces/NNS targeted/VBD/O/target a/DT gathering/NN");
    assertThat(GEOCODER.placeSentences(List.of(strike, home), List.of()).get(1).country()).isEqualTo("RUS");
  }

  @Test
  void aPlaceSomeoneWasCarriedToIsNotWhereTheEventHappened() {
    AnalysedSentence title = sentence(0, "Blast/NN in/IN Omsk/NNP/LOCATION");
    AnalysedSentence flown = sentence(1, "A/DT girl/NN was/VBD/O/be rescued/VBN and/CC flown/VBN/O/fly to/TO "
        + "Moscow/NNP/LOCATION for/IN treatment/NN");
    Place p = GEOCODER.placeSentences(List.of(title, flown), List.of()).get(1);
    assertThat(p.name()).isEqualTo("Omsk");
    assertThat(p.how()).isEqualTo("previous sentence");
    // Who has flown somewhere went there: the active participle keeps its destination.
    AnalysedSentence went = sentence(1, "The/DT minister/NN has/VBZ/O/have flown/VBN/O/fly to/TO Moscow/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(title, went), List.of()).get(1).name()).isEqualTo("Moscow");
  }

  @Test
  void aGovernorsRegionThatHoldsTheArticlesPlaceIsThatPlace() {
    AnalysedSentence title = sentence(0, "Blast/NN in/IN Magnitogorsk/NNP/LOCATION");
    AnalysedSentence again = sentence(1, "Magnitogorsk/NNP/LOCATION mourns/VBZ");
    AnalysedSentence governor = sentence(2, "Chelyabinsk/NNP/LOCATION 's/POS governor/NN promised/VBD aid/NN");
    Place p = GEOCODER.placeSentences(List.of(title, again, governor), List.of()).get(2);
    assertThat(p.name()).as("the region, which holds Magnitogorsk, not Chelyabinsk city").isEqualTo("Magnitogorsk");
    assertThat(p.how()).isEqualTo("article focus");
    AnalysedSentence mayor = sentence(2, "Chelyabinsk/NNP/LOCATION 's/POS mayor/NN promised/VBD aid/NN");
    assertThat(GEOCODER.placeSentences(List.of(title, again, mayor), List.of()).get(2).name()).isEqualTo("Chelyabinsk");
  }

  @Test
  void aRegionWideActIsInTheWholeRegion() {
    AnalysedSentence title = sentence(0, "Blast/NN in/IN Magnitogorsk/NNP/LOCATION");
    AnalysedSentence again = sentence(1, "Magnitogorsk/NNP/LOCATION mourns/VBZ");
    AnalysedSentence emergency = sentence(2, "Chelyabinsk/NNP/LOCATION 's/POS governor/NN declared/VBD a/DT state/NN "
        + "of/IN emergency/NN");
    Place p = GEOCODER.placeSentences(List.of(title, again, emergency), List.of()).get(2);
    assertThat(p.kind()).as("a state of emergency covers the region").isEqualTo("region");
    AnalysedSentence forTheState = sentence(2, "Chelyabinsk/NNP/LOCATION 's/POS governor/NN ordered/VBD curfews/NNS "
        + "for/IN the/DT province/NN");
    assertThat(GEOCODER.placeSentences(List.of(title, again, forTheState), List.of()).get(2).kind()).isEqualTo("region");
  }

  @Test
  void aCountryInAPersonsTitleDoesNotMakeTheSentenceNational() {
    AnalysedSentence title = sentence(0, "Floods/NNS in/IN New/NNP/LOCATION Orleans/NNP/LOCATION");
    AnalysedSentence again = sentence(1, "New/NNP/LOCATION Orleans/NNP/LOCATION braces/VBZ");
    AnalysedSentence asked = sentence(2, "He/PRP asked/VBD U.S./NNP/LOCATION President/NNP Donald/NNP/PERSON "
        + "Trump/NNP/PERSON for/IN aid/NN");
    Place p = GEOCODER.placeSentences(List.of(title, again, asked), List.of()).get(2);
    assertThat(p.name()).as("the President acts, not the whole country").isEqualTo("New Orleans");
    AnalysedSentence hungary = sentence(2, "The/DT U.S./NNP/LOCATION launched/VBD a/DT programme/NN");
    assertThat(GEOCODER.placeSentences(List.of(title, again, hungary), List.of()).get(2).kind()).isEqualTo("country");
  }

  @Test
  void placesOfAListEachWithItsDateAreAList() {
    AnalysedSentence s = sentence(0, "Summits/NNS were/VBD held/VBN at/IN Brasília/NNP/LOCATION ,/, Brazil/NNP/LOCATION in/IN "
        + "September/NNP 2000/CD and/CC Guayaquil/NNP/LOCATION ,/, Ecuador/NNP/LOCATION in/IN July/NNP 2002/CD");
    assertThat(GEOCODER.placeSentenceLists(List.of(s), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Brasília", "Guayaquil");
  }

  @Test
  void aNameWrittenWithItsAddressLiesInTheAddresssCountry() {
    // the gazetteer lacks Savar; its Sárvár, in Hungary, a country the page is also about, is no
    // place of this address
    AnalysedSentence s = sentence(0, "A/DT bomb/NN exploded/VBD at/IN a/DT rally/NN in/IN Savar/NNP/LOCATION ,/, "
        + "Dhaka/NNP/LOCATION District/NNP/LOCATION ,/, Bangladesh/NNP/LOCATION ./.");
    Gazetteer gazetteer = Gazetteer.defaults();
    PlaceFinder finder = new PlaceFinder(gazetteer);
    List<NameBinder.Bound> bound = new NameBinder(gazetteer, finder).bind(s, finder.find(s.sentence(), s.parse()),
        Focus.none().withCountry("HUN", 3).withCountry("BGD", 1));
    NameBinder.Bound savar = bound.stream().filter(b -> b.mention().text().equals("Savar")).findFirst().orElseThrow();
    assertThat(savar.entry() == null ? null : savar.entry().country()).isNotEqualTo("HUN");
  }

  @Test
  void aTallyByPlaceIsAList() {
    AnalysedSentence s = sentence(0, "At/IN least/JJS 10/CD died/VBD in/IN Cuba/NNP/LOCATION and/CC 22/CD in/IN "
        + "Haiti/NNP/LOCATION");
    assertThat(GEOCODER.placeSentenceLists(List.of(s), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Cuba", "Haiti");
    AnalysedSentence marches = sentence(0, "Marches/NNS of/IN 250/CD thousand/CD in/IN Paris/NNP/LOCATION ,/, 100/CD "
        + "thousand/CD in/IN London/NNP/LOCATION ,/, and/CC 1.4/CD million/CD in/IN cities/NNS throughout/IN "
        + "Germany/NNP/LOCATION");
    assertThat(GEOCODER.placeSentenceLists(List.of(marches), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Paris", "London", "Germany");
    // A place that follows no count is no part of the tally.
    AnalysedSentence visit = sentence(0, "He/PRP died/VBD in/IN Cuba/NNP/LOCATION and/CC was/VBD buried/VBN "
        + "in/IN Haiti/NNP/LOCATION");
    assertThat(GEOCODER.placeSentenceLists(List.of(visit), List.of()).get(0)).hasSize(1);
  }

  @Test
  void aSeaIsAPlaceOnlyWhereTheSentenceNamesNoLand() {
    AnalysedSentence searches = sentence(0, "Navies/NNS conducted/VBD searches/NNS of/IN the/DT Java/NNP Sea/NNP");
    Place p = GEOCODER.placeSentences(List.of(searches), List.of()).get(0);
    assertThat(p.name()).as("a sea's name needs no LOCATION tag").isEqualTo("Java Sea");
    assertThat(p.kind()).isEqualTo("sea");
    AnalysedSentence near = sentence(0, "The/DT boat/NN sank/VBD in/IN the/DT Aegean/NNP/LOCATION Sea/NNP/LOCATION "
        + "near/IN Lesbos/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(near), List.of()).get(0).name()).isEqualTo("Lesbos");
    AnalysedSentence red = sentence(0, "Houthis/NNPS attacked/VBD ships/NNS in/IN the/DT Red/NNP/LOCATION "
        + "Sea/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(red), List.of()).get(0).kind()).as("not Sudan's Red Sea state")
        .isEqualTo("sea");
  }

  @Test
  void aSeaIsNeitherTheArticlesPlaceNorCarriedOutToSea() {
    AnalysedSentence title = sentence(0, "Storm/NN in/IN Izmir/NNP/LOCATION");
    AnalysedSentence sank = sentence(1, "Boats/NNS sank/VBD in/IN the/DT Aegean/NNP/LOCATION Sea/NNP/LOCATION");
    AnalysedSentence searched = sentence(2, "Rescuers/NNS searched/VBD");
    List<Place> places = GEOCODER.placeSentences(List.of(title, sank, searched), List.of());
    assertThat(places.get(1).name()).isEqualTo("Aegean Sea");
    assertThat(places.get(2).name()).isEqualTo("İzmir");
  }

  @Test
  void aTownInItsCountyIsTheTown() {
    AnalysedSentence s = sentence(0, "A/DT fire/NN broke/VBD out/RP at/IN Bontddu/NNP/LOCATION Hall/NNP/LOCATION near/IN "
        + "Dolgellau/NNP/LOCATION in/IN Gwynedd/NNP/LOCATION ,/, Wales/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Dolgellau");
  }

  @Test
  void aPersonsHomeIsNotWhereTheyActed() {
    AnalysedSentence title = sentence(0, "Primary/NN in/IN New/NNP/LOCATION Hampshire/NNP/LOCATION");
    AnalysedSentence from = sentence(1, "Sanders/NNP/PERSON ,/, a/DT Senator/NNP from/IN Vermont/NNP/LOCATION ,/, "
        + "won/VBD the/DT primary/NN");
    assertThat(GEOCODER.placeSentences(List.of(title, from), List.of()).get(1).name()).isEqualTo("New Hampshire");
    AnalysedSentence of = sentence(1, "Bernie/NNP/PERSON Sanders/NNP/PERSON of/IN Vermont/NNP/LOCATION won/VBD");
    assertThat(GEOCODER.placeSentences(List.of(title, of), List.of()).get(1).name()).isEqualTo("New Hampshire");
    AnalysedSentence governor = sentence(1, "The/DT governor/NN of/IN Vermont/NNP/LOCATION declared/VBD a/DT state/NN "
        + "of/IN emergency/NN");
    assertThat(GEOCODER.placeSentences(List.of(title, governor), List.of()).get(1).name()).as("a governor heads it")
        .isEqualTo("Vermont");
    AnalysedSentence judge = sentence(1, "District/NNP judge/NN Christine/NNP/PERSON Arguello/NNP/PERSON of/IN "
        + "Vermont/NNP/LOCATION sentences/VBZ/O/sentence a/DT man/NN");
    assertThat(GEOCODER.placeSentences(List.of(title, judge), List.of()).get(1).name()).as("a judge sits there")
        .isEqualTo("Vermont");
  }

  @Test
  void aHeadOfStatesTitleIsNoPlaceOfTheAct() {
    AnalysedSentence title = sentence(0, "Primary/NN in/IN New/NNP/LOCATION Hampshire/NNP/LOCATION");
    AnalysedSentence won = sentence(1, "Trump/NNP/PERSON ,/, the/DT incumbent/JJ President/NNP of/IN the/DT "
        + "United/NNP/LOCATION States/NNP/LOCATION ,/, won/VBD the/DT primary/NN");
    assertThat(GEOCODER.placeSentences(List.of(title, won), List.of()).get(1).name()).isEqualTo("New Hampshire");
  }

  @Test
  void aFirmsSeatIsNotTheArticlesPlace() {
    Actor slovakia = new Actor("SVKGOV", "Slovakia", "SVK", ActorKind.GOVERNMENT);
    AnalysedSentence title = sentence(0, "Slovak/JJ/MISC premier/NN falls/VBZ ill/JJ", mention(slovakia, 0, 1));
    AnalysedSentence told = sentence(1, "A/DT spokesman/NN told/VBD Brussels/NNP/LOCATION -/HYPH based/VBN "
        + "network/NN EURACTIV/NNP/ORGANIZATION");
    AnalysedSentence after = sentence(2, "The/DT premier/NN apologised/VBD", mention(slovakia, 1, 1));
    Place p = GEOCODER.placeSentences(List.of(title, told, after), List.of()).get(2);
    assertThat(p == null ? null : p.name()).as("the network's seat says nothing of where the story is").isNotEqualTo("Brussels");
  }

  @Test
  void anElectionsNameWithItsYearIsWhenNotWhere() {
    AnalysedSentence s = sentence(0, "In/IN the/DT 2016/CD United/NNP/LOCATION States/NNP/LOCATION presidential/JJ "
        + "election/NN ,/, Sanders/NNP/PERSON lost/VBD in/IN the/DT Northern/NNP/LOCATION Mariana/NNP/LOCATION "
        + "Islands/NNPS/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("MNP");
  }

  @Test
  void anAdjectiveThatBeginsAKnownNameIsPartOfIt() {
    AnalysedSentence s = sentence(0, "Measles/NNS spread/VBD to/TO American/JJ Samoa/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("ASM");
  }

  @Test
  void aGenericWordBeginningAnUnknownNameIsNoTown() {
    // Punta is a town in the Philippines; Punta Ventana was a rock arch in Puerto Rico.
    AnalysedSentence s = sentence(0, "The/DT quake/NN collapsed/VBD the/DT famous/JJ Punta/NNP/LOCATION "
        + "Ventana/NNP/LOCATION rock/NN formation/NN");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p == null ? null : p.country()).isNotEqualTo("PHL");
  }

  @Test
  void inPartsOfACountryIsInIt() {
    Actor philippines = new Actor("PHL", "Philippines", "PHL", ActorKind.STATE);
    AnalysedSentence title = sentence(0, "Measles/NNS in/IN Apia/NNP/LOCATION");
    AnalysedSentence s = sentence(1, "Outbreaks/NNS were/VBD declared/VBN in/IN parts/NNS of/IN the/DT "
        + "Philippines/NNPS/LOCATION", mention(philippines, 7, 7));
    Place p = GEOCODER.placeSentences(List.of(title, s), List.of()).get(1);
    assertThat(p).isNotNull();
    assertThat(p.country()).isEqualTo("PHL");
  }

  @Test
  void aPlaceCalledTheDemonymsSettlementIsInThatCountry() {
    // Groom is a village in Texas; the electorate of Groom, in Queensland, is not in the gazetteer.
    AnalysedSentence s = sentence(0, "Voters/NNS in/IN the/DT Australian/JJ electoral/JJ district/NN of/IN "
        + "Groom/NNP/LOCATION went/VBD to/TO the/DT polls/NNS");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p == null ? null : p.country()).isNotEqualTo("USA");
    AnalysedSentence dahab = sentence(0, "Bombs/NNS exploded/VBD in/IN the/DT Egyptian/JJ resort/NN city/NN of/IN "
        + "Dahab/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(dahab), List.of()).get(0).name()).isEqualTo("Dahab");
    AnalysedSentence dutch = sentence(0, "A/DT quake/NN struck/VBD the/DT Dutch/JJ province/NN of/IN "
        + "Groningen/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(dutch), List.of()).get(0).country()).as("Dutch is not only the BES's")
        .isEqualTo("NLD");
  }

  @Test
  void aStormsNameIsNoPlace() {
    // Hurricane is a city in Utah and Gonzalo a town in the Dominican Republic.
    AnalysedSentence s = sentence(0, "The/DT last/JJ hurricane/NN to/TO reach/VB Bermuda/NNP/LOCATION ,/, "
        + "Hurricane/NNP Gonzalo/NNP ,/, made/VBD landfall/NN there/RB");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Bermuda");
    AnalysedSentence fled = sentence(0, "Residents/NNS fled/VBD Hurricane/NNP/LOCATION Dorian/NNP");
    assertThat(GEOCODER.placeSentences(List.of(fled), List.of()).get(0)).isNull();
    AnalysedSentence typhoon = sentence(0, "The/DT typhoon/NN Hagibis/NNP struck/VBD Tokyo/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(typhoon), List.of()).get(0).name()).isEqualTo("Tokyo");
  }

  @Test
  void aCayWhoseFirstWordIsAnOldNameOfACityIsNoCity() {
    // GeoNames lists Elbow as a former name of Portland, Maine.
    AnalysedSentence s = sentence(0, "The/DT storm/NN made/VBD landfall/NN in/IN Elbow/NNP Cay/NNP");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p == null ? null : p.country()).isNotEqualTo("USA");
  }

  @Test
  void aCountrysEmbassyIsElsewhere() {
    AnalysedSentence s = sentence(0, "Protesters/NNS stormed/VBD the/DT U.S./NNP/LOCATION embassy/NN");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0)).isNull();
  }

  @Test
  void aGulfOfIsASeaNotAProvince() {
    // Gulf is a province of Papua New Guinea.
    AnalysedSentence title = sentence(0, "Floods/NNS in/IN Port/NNP/LOCATION Moresby/NNP/LOCATION");
    AnalysedSentence s = sentence(1, "Oil/NN spilled/VBD into/IN the/DT Gulf/NNP/LOCATION of/IN/LOCATION "
        + "Mexico/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(title, s), List.of()).get(1);
    assertThat(p == null ? null : p.country()).as("not Gulf Province, though the article is about Papua New Guinea")
        .isNotEqualTo("PNG");
  }

  @Test
  void aLargeIslandCarriedFromTheSentenceBeforeIsTheArticlesCityOnIt() {
    AnalysedSentence title = sentence(0, "Quake/NN in/IN Christchurch/NNP/LOCATION");
    AnalysedSentence again = sentence(1, "Christchurch/NNP/LOCATION mourns/VBZ");
    AnalysedSentence island = sentence(2, "The/DT quake/NN struck/VBD the/DT South/NNP/LOCATION Island/NNP/LOCATION");
    AnalysedSentence after = sentence(3, "Buildings/NNS collapsed/VBD");
    List<Place> places = GEOCODER.placeSentences(List.of(title, again, island, after), List.of());
    assertThat(places.get(2).name()).as("the island the sentence names").isEqualTo("South Island");
    assertThat(places.get(3).name()).as("not anywhere on the island").isEqualTo("Christchurch");
  }

  @Test
  void aRegionSomethingHappensInIsTheRegionNotTheArticlesPlaceInIt() {
    AnalysedSentence title = sentence(0, "Blast/NN in/IN Magnitogorsk/NNP/LOCATION");
    AnalysedSentence again = sentence(1, "Magnitogorsk/NNP/LOCATION mourns/VBZ");
    AnalysedSentence checks = sentence(2, "Inspectors/NNS began/VBD checks/NNS in/IN Chelyabinsk/NNP/LOCATION "
        + "Oblast/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(title, again, checks), List.of()).get(2);
    assertThat(p.name()).as("the region the sentence puts the checks in").isNotEqualTo("Magnitogorsk");
    assertThat(p.how()).isEqualTo("sentence");
    // The sentence after it tells of an incident: that one is at the article's place in the region.
    AnalysedSentence shot = sentence(3, "A/DT guard/NN was/VBD shot/VBN/O/shoot");
    assertThat(GEOCODER.placeSentences(List.of(title, again, checks, shot), List.of()).get(3).name())
        .isEqualTo("Magnitogorsk");
  }

  @Test
  void aSeaIsNoRegionItsFirstWordNames() {
    AnalysedSentence athens = sentence(0, "Ministers/NNS met/VBD in/IN Athens/NNP/LOCATION");
    AnalysedSentence sea = sentence(1, "A/DT quake/NN struck/VBD the/DT Aegean/NNP/LOCATION Sea/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(athens, sea), List.of()).get(1);
    assertThat(p.name()).as("not the North Aegean region, but the sea").isEqualTo("Aegean Sea");
    assertThat(p.kind()).isEqualTo("sea");
  }

  @Test
  void anArticleAboutARegionHappensAtThePlaceItNamesInIt() {
    AnalysedSentence title = sentence(0, "Texas/NNP/LOCATION jury/NN convicts/VBZ a/DT man/NN");
    AnalysedSentence trial = sentence(1, "He/PRP was/VBD tried/VBN in/IN Texas/NNP/LOCATION 's/POS Travis/NNP/LOCATION "
        + "County/NNP/LOCATION");
    Actor usa = new Actor("USA", "United States", "USA", ActorKind.STATE);
    AnalysedSentence quiet = sentence(2, "The/DT US/NNP/LOCATION jury/NN deliberated/VBD", mention(usa, 1, 1));
    AnalysedSentence wept = sentence(3, "Relatives/NNS wept/VBD");
    AnalysedSentence left = sentence(4, "Nobody/NN spoke/VBD");
    Place p = GEOCODER.placeSentences(List.of(title, trial, quiet, wept, left), List.of()).get(4);
    assertThat(p.how()).isEqualTo("article focus");
    assertThat(p.name()).as("the county the article names in Texas, not the state's seat").isEqualTo("Travis County");
  }

  @Test
  void aVillageWordThatBeginsALongerUnknownNameIsNoPlace() {
    AnalysedSentence island = sentence(0, "Flooding/NN hit/VBD Grand/NNP/LOCATION Qarrow/NNP/LOCATION Island/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(island), List.of()).get(0)).as("not Grand, a French village").isNull();
    AnalysedSentence city = sentence(0, "Flooding/NN hit/VBD Lyon/NNP/LOCATION Qarrow/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(city), List.of()).get(0).name()).as("a city keeps its place").isEqualTo("Lyon");
  }

  @Test
  void aSmallPlaceThatEndsALongerUnknownNameIsNoPlace() {
    AnalysedSentence village = sentence(0,
        "A/DT missile/NN hit/VBD the/DT house/NN in/IN Naghar/NNP Kalai/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(village), List.of()).get(0))
        .as("Kalai is another name of Calais, but here the last word of a village the gazetteer lacks").isNull();
    AnalysedSentence compass = sentence(0, "Fighting/NN spread/VBD in/IN Northern/NNP Kalai/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(compass), List.of()).get(0).country())
        .as("a compass word before the name leaves it the place").isEqualTo("FRA");
    AnalysedSentence headline = sentence(0, "Fighting/NNP Spreads/NNP Near/NNP Kalai/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(headline), List.of()).get(0).country())
        .as("in a title-cased headline every word is capitalised").isEqualTo("FRA");
    AnalysedSentence city = sentence(0, "Protests/NNS in/IN Greater/NNP Lyon/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(city), List.of()).get(0).name()).isEqualTo("Lyon");
  }

  @Test
  void aCountrysNameTaggedAPersonIsTheCountryWhereTheSentenceTagsItAPlaceAgain() {
    AnalysedSentence s = sentence(0, "Chad/NNP/PERSON suspends/VBZ visas/NNS over/IN a/DT ban/NN that/WDT includes/VBZ "
        + "Chad/NNP/LOCATION");
    assertThat(new PlaceFinder(Gazetteer.defaults()).find(s.sentence(), s.parse())).extracting(PlaceMention::firstToken)
        .containsExactly(0, 8);
    // alone, "Chad" tagged a person is someone's first name
    AnalysedSentence alone = sentence(0, "Chad/NNP/PERSON suspends/VBZ visas/NNS");
    assertThat(new PlaceFinder(Gazetteer.defaults()).find(alone.sentence(), alone.parse())).isEmpty();
  }

  @Test
  void aNameItsDivisionWordFollowsIsTheDivisionGeoNamesCallsSo() {
    // GeoNames calls the district "Khandwa district" and places it 46 km from Khandwa, its seat
    AnalysedSentence s = sentence(0, "Eleven/CD were/VBD killed/VBN in/IN Khandwa/NNP/LOCATION district/NN ,/, "
        + "Madhya/NNP/LOCATION Pradesh/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.kind()).isEqualTo("county");
    assertThat(p.name()).isEqualTo("Khandwa district");
    // without the word, the city
    AnalysedSentence city = sentence(0, "Eleven/CD were/VBD killed/VBN in/IN Khandwa/NNP/LOCATION ,/, "
        + "Madhya/NNP/LOCATION Pradesh/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(city), List.of()).get(0).kind()).isEqualTo("city");
  }

  @Test
  void aLandmarkWordBeforeOfNamesABuildingNotATown() {
    AnalysedSentence s = sentence(0, "The/DT bomb/NN went/VBD off/RP in/IN the/DT Church/NNP/LOCATION of/IN the/DT "
        + "Assumption/NNP in/IN Lalitpur/NNP/LOCATION ,/, Nepal/NNP/LOCATION");
    assertThat(new PlaceFinder(Gazetteer.defaults()).find(s.sentence(), s.parse())).extracting(PlaceMention::text)
        .as("not Church, a town in England").containsExactly("Lalitpur", "Nepal");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("NPL");
  }

  @Test
  void aPlaceMeasuredFromIsNearWhereThingsHappenedButLosesToThePlaceItself() {
    AnalysedSentence far = sentence(0, "The/DT quake/NN was/VBD felt/VBN as/RB far/RB as/IN Argentina/NNP");
    assertThat(GEOCODER.placeSentences(List.of(far), List.of()).get(0).country())
        .as("untagged, but 'as far as' says where it was felt").isEqualTo("ARG");
    AnalysedSentence south = sentence(0, "A/DT bomb/NN exploded/VBD south/RB of/IN Baghdad/NNP/LOCATION in/IN "
        + "Mahmudiyah/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(south), List.of()).get(0).name())
        .as("the town it exploded in, not the city it lies south of").isEqualTo("Al Maḩmūdīyah");
  }

  @Test
  void aSmallPlaceBeforeAnArabicArticleBeginsALongerName() {
    AnalysedSentence village = sentence(0, "Rockets/NNS fell/VBD in/IN Alma/NNP ash/NN Shab/NNP");
    assertThat(GEOCODER.placeSentences(List.of(village), List.of()).get(0))
        .as("Alma ash Shab, a Lebanese village, is not Alma, Quebec").isNull();
    AnalysedSentence dawn = sentence(0, "Rockets/NNS fell/VBD in/IN Alma/NNP/LOCATION at/IN Noon/NNP");
    assertThat(GEOCODER.placeSentences(List.of(dawn), List.of()).get(0).name()).isEqualTo("Alma");
  }

  @Test
  void aPlaceWrittenAsLyingInAnotherIsNoNamesakeAbroad() {
    AnalysedSentence s = sentence(0, "Bombs/NNS exploded/VBD in/IN the/DT neighbourhood/NN of/IN Mansur/NNP/LOCATION in/IN "
        + "west/JJ Baghdad/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.country()).as("a Baghdad district the gazetteer lacks, not Mansourah, Algeria").isEqualTo("IRQ");
    assertThat(p.name()).isEqualTo("Baghdad");
  }

  @Test
  void aCountrysOfficialNameWithOfAndTheIsOneName() {
    AnalysedSentence s = sentence(0, "Fighting/NN broke/VBD out/RP in/IN the/DT Democratic/NNP Republic/NNP of/IN the/DT "
        + "Congo/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.country()).as("not Republic, a US town, nor the Republic of the Congo").isEqualTo("COD");
    assertThat(p.text()).isEqualTo("Democratic Republic of the Congo");
  }

  @Test
  void aCountysNameWithOfIsOneName() {
    AnalysedSentence s = sentence(0, "Agents/NNS seized/VBD bombs/NNS from/IN a/DT home/NN in/IN Isle/NNP/LOCATION of/IN "
        + "Wight/NNP/LOCATION County/NNP/LOCATION ,/, Virginia/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.text()).as("not Isle, a town in France, nor only the state").isEqualTo("Isle of Wight County");
    assertThat(p.country()).isEqualTo("USA");
  }

  @Test
  void aNameAfterTheVillageOfIsAPlaceWhateverItsTag() {
    AnalysedSentence s = sentence(0, "Aircraft/NNS bombed/VBD the/DT village/NN of/IN Shinpokh/NNP");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p).as("CoreNLP did not tag it LOCATION, but the text calls it a village").isNotNull();
    assertThat(p.name()).isEqualTo("Shinpokh");
    AnalysedSentence port = sentence(0, "A/DT boat/NN exploded/VBD in/IN the/DT southern/JJ port/NN city/NN of/IN "
        + "Shinpokh/NNP");
    assertThat(new PlaceFinder(Gazetteer.defaults()).find(port.sentence(), port.parse())).singleElement()
        .as("'in' governs the settlement noun and its modifiers").matches(PlaceMention::at);
    AnalysedSentence untagged = sentence(0, "Aircraft/NNS bombed/VBD Shinpokh/NNP");
    assertThat(GEOCODER.placeSentences(List.of(untagged), List.of()).get(0)).isNull();
  }

  @Test
  void aCountryNamingAStrikeAfterInSaysWhoseNotWhere() {
    AnalysedSentence before = sentence(0, "Missiles/NNS hit/VBD a/DT house/NN in/IN Peshawar/NNP/LOCATION");
    AnalysedSentence strike = sentence(1, "Ten/CD died/VBD in/IN the/DT U.S./NNP/LOCATION bombing/NN of/IN the/DT house/NN");
    Place p = GEOCODER.placeSentences(List.of(before, strike), List.of()).get(1);
    assertThat(p.name()).as("the bombing was in Peshawar, by the United States").isEqualTo("Peshawar");
    AnalysedSentence soil = sentence(1, "Ten/CD died/VBD on/IN U.S./NNP/LOCATION soil/NN");
    assertThat(GEOCODER.placeSentences(List.of(before, soil), List.of()).get(1).country()).isEqualTo("USA");
  }

  @Test
  void aTownOutranksTheLargeIslandAroundItAsTheArticlesPlace() {
    AnalysedSentence title = sentence(0, "Bombs/NNS kill/VBP 20/CD in/IN Mindanao/NNP/LOCATION");
    AnalysedSentence lead = sentence(1, "Two/CD bombs/NNS struck/VBD a/DT church/NN in/IN Jolo/NNP/LOCATION");
    AnalysedSentence later = sentence(2, "Police/NNS named/VBD no/DT suspects/NNS");
    AnalysedSentence after = sentence(3, "Nobody/NN spoke/VBD");
    AnalysedSentence end = sentence(4, "Nobody/NN wept/VBD");
    Place p = GEOCODER.placeSentences(List.of(title, lead, later, after, end), List.of()).get(4);
    assertThat(p.how()).isEqualTo("article focus");
    assertThat(p.name()).as("Mindanao, named thrice as a title, says as little as a country").isEqualTo("Jolo");
  }

  @Test
  void aDatelineAbroadIsNotThePlaceOfAnArticleAboutAnotherCountry() {
    AnalysedSentence lead = sentence(0,
        "OSLO/NNP/LOCATION —/: The/DT prize/NN went/VBD to/IN an/DT activist/NN from/IN Kenya/NNP/LOCATION");
    AnalysedSentence jailed = sentence(1, "She/PRP led/VBD protests/NNS in/IN Kenya/NNP/LOCATION");
    List<AnalysedSentence> article = new ArrayList<>(List.of(lead, jailed));
    for (int i = 2; i <= 5; i++) {
      article.add(sentence(i, "She/PRP planted/VBD trees/NNS"));
    }
    List<Place> places = GEOCODER.placeSentences(article, List.of());
    assertThat(places.get(0).name()).as("the dateline's own sentence").isEqualTo("Oslo");
    assertThat(places.get(5).how()).isEqualTo("article focus");
    assertThat(places.get(5).country()).isEqualTo("KEN");
  }

  @Test
  void thePlaceOfTheLeadOutweighsOneNamedAsOftenLater() {
    AnalysedSentence lead = sentence(0, "Two/CD bombs/NNS/O/bomb exploded/VBD/O/explode in/IN Karachi/NNP/LOCATION");
    AnalysedSentence across = sentence(1, "Security/NN was/VBD tight/JJ across/IN Pakistan/NNP/LOCATION");
    AnalysedSentence quiet = sentence(2, "A/DT second/JJ bomb/NN killed/VBD ten/CD");
    AnalysedSentence quieter = sentence(3, "Police/NNS found/VBD a/DT third/JJ bomb/NN");
    AnalysedSentence elsewhere = sentence(4, "Another/DT bomb/NN exploded/VBD in/IN Karbala/NNP/LOCATION");
    AnalysedSentence again = sentence(5, "It/PRP was/VBD the/DT third/JJ attack/NN in/IN Karbala/NNP/LOCATION");
    List<Place> places = GEOCODER.placeSentences(List.of(lead, across, quiet, quieter, elsewhere, again), List.of());
    assertThat(places.get(1).name()).as("what holds across the country is in all of it").isEqualTo("Pakistan");
    assertThat(places.get(3).name()).isEqualTo("Karachi");
  }

  @Test
  void whereSomethingIsBeatsWhereItWasGoingAndANameMayFollowItsCommonNoun() {
    AnalysedSentence s = sentence(0, "The/DT train/NN heading/VBG/O/head to/TO St./NNP/LOCATION Petersburg/NNP/LOCATION "
        + "derailed/VBD near/IN the/DT railway/NN station/NN Malaya/NNP/LOCATION Vishera/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Malaya Vishera");
    assertThat(p.country()).isEqualTo("RUS");
  }

  @Test
  void aTownThatBeginsALongerProperNameIsAPlaceOnlyInTheArticlesCountries() {
    Actor kenyans = new Actor("KENCVL", "Kenyan activists", "KEN", ActorKind.CIVILIANS);
    AnalysedSentence kenya = sentence(0, "Kenyan/JJ/MISC activists/NNS met/VBD in/IN Kenya/NNP/LOCATION",
        mention(kenyans, 0, 1));
    AnalysedSentence movement = sentence(1,
        "The/DT Green/NNP/LOCATION Belt/NNP/LOCATION Movement/NNP/LOCATION planted/VBD trees/NNS");
    Place p = GEOCODER.placeSentences(List.of(kenya, movement), List.of()).get(1);
    assertThat(p.country()).as("not Green, Ohio").isEqualTo("KEN");
    Actor afghans = new Actor("AFGGOV", "Afghan government", "AFG", ActorKind.GOVERNMENT);
    AnalysedSentence bank = sentence(0, "The/DT Afghan/JJ/MISC government/NN seized/VBD Kabul/NNP/LOCATION Bank/NNP/ORGANIZATION",
        mention(afghans, 0, 2));
    assertThat(GEOCODER.placeSentences(List.of(bank), List.of()).get(0).name()).as("a city of the article's country")
        .isEqualTo("Kabul");
  }

  @Test
  void aListOfPlacesGivesAnEventInEach() {
    AnalysedSentence s = sentence(0, "Protests/NNS in/IN Lyon/NNP/LOCATION and/CC Grenoble/NNP "
        + "drew/VBD hundreds/NNS");
    List<List<Place>> lists = GEOCODER.placeSentenceLists(List.of(s), List.of());
    assertThat(lists.get(0)).extracting(Place::name).containsExactly("Lyon", "Grenoble");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Lyon");
    Event protest = event(s, null, null);
    List<Event> placed = GEOCODER.place(List.of(protest), List.of(s));
    assertThat(placed).extracting(e -> e.where().name()).containsExactly("Lyon", "Grenoble");
    assertThat(placed.get(0).id()).isEqualTo(protest.id());
    assertThat(placed.get(1).id()).as("an id of its own, the same on every run")
        .isNotEqualTo(protest.id()).isEqualTo(protest.alsoAt(placed.get(1).where()).id());
  }

  @Test
  void aListMayHaveTheWordForTheFirstPlacesKindOfDivisionInIt() {
    AnalysedSentence s = sentence(0, "Jets/NNS struck/VBD/O/strike targets/NNS in/IN Oddar/NNP/LOCATION Meanchey/NNP/LOCATION "
        + "province/NN and/CC Preah/NNP/LOCATION Vihear/NNP/LOCATION");
    assertThat(GEOCODER.placeSentenceLists(List.of(s), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Oddar Meanchey", "Preah Vihear");
    AnalysedSentence capital = sentence(0, "Jets/NNS struck/VBD/O/strike targets/NNS in/IN Oddar/NNP/LOCATION Meanchey/NNP/LOCATION "
        + "province/NN 's/POS capital/NN and/CC Preah/NNP/LOCATION Vihear/NNP/LOCATION");
    assertThat(GEOCODER.placeSentenceLists(List.of(capital), List.of()).get(0)).as("more than the division word between")
        .hasSize(1);
  }

  @Test
  void aListOfThreeOrMoreMayEndWithCommaAndAndASettlementNoun() {
    AnalysedSentence s = sentence(0, "The/DT quake/NN was/VBD felt/VBN in/IN Lyon/NNP/LOCATION ,/, Dijon/NNP/LOCATION "
        + ",/, Grenoble/NNP ,/, and/CC the/DT capital/NN Paris/NNP");
    assertThat(GEOCODER.placeSentenceLists(List.of(s), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Lyon", "Dijon", "Grenoble", "Paris");
    AnalysedSentence countries = sentence(0, "Turnout/NN was/VBD high/JJ in/IN Denmark/NNP/LOCATION ,/, "
        + "Greece/NNP/LOCATION ,/, Spain/NNP/LOCATION and/CC Turkey/NNP/LOCATION");
    assertThat(GEOCODER.placeSentenceLists(List.of(countries), List.of()).get(0)).extracting(Place::country)
        .containsExactly("DNK", "GRC", "ESP", "TUR");
    AnalysedSentence again = sentence(0, "Blasts/NNS were/VBD heard/VBN in/IN Lyon/NNP/LOCATION and/CC in/IN "
        + "Grenoble/NNP/LOCATION");
    assertThat(GEOCODER.placeSentenceLists(List.of(again), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Lyon", "Grenoble");
    AnalysedSentence parts = sentence(0, "Rain/NN fell/VBD across/IN eastern/JJ Lyon/NNP/LOCATION and/CC western/JJ "
        + "Grenoble/NNP");
    assertThat(GEOCODER.placeSentenceLists(List.of(parts), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Lyon", "Grenoble");
    AnalysedSentence modifiers = sentence(0, "It/PRP nears/VBZ the/DT Lyon/NNP/LOCATION and/CC Grenoble/NNP "
        + "suburbs/NNS");
    assertThat(GEOCODER.placeSentenceLists(List.of(modifiers), List.of()).get(0)).hasSize(2);
    AnalysedSentence bracketsAndGaps = sentence(0, "It/PRP was/VBD felt/VBN in/IN Lyon/NNP/LOCATION (/-LRB- Rhone/NNP )/-RRB- "
        + ",/, Zzyzxville/NNP and/CC Grenoble/NNP");
    assertThat(GEOCODER.placeSentenceLists(List.of(bracketsAndGaps), List.of()).get(0)).extracting(Place::name)
        .as("a bracket and a name the gazetteer lacks keep the list going").contains("Lyon", "Grenoble");
  }

  @Test
  void aNameAfterCommaAndOfTwoOrBeforeANounOrAPlaceItLiesInIsNoListedPlace() {
    AnalysedSentence clause = sentence(0, "Ten/CD died/VBD in/IN Lyon/NNP/LOCATION ,/, and/CC Grenoble/NNP "
        + "mourned/VBD");
    assertThat(GEOCODER.placeSentenceLists(List.of(clause), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Lyon");
    AnalysedSentence modifier = sentence(0, "Ten/CD died/VBD in/IN Lyon/NNP/LOCATION and/CC Grenoble/NNP "
        + "'s/POS mayor/NN wept/VBD");
    assertThat(GEOCODER.placeSentenceLists(List.of(modifier), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Lyon");
    AnalysedSentence pair = sentence(0, "Ten/CD died/VBD in/IN Izmir/NNP/LOCATION ,/, Turkey/NNP/LOCATION");
    assertThat(GEOCODER.placeSentenceLists(List.of(pair), List.of()).get(0)).extracting(Place::name)
        .containsExactly("İzmir");
  }

  @Test
  void aParseThatJoinsNoNamesAsConjunctsOrAppositionsMakesNoList() {
    AnalysedSentence s = sentence(0, "Protests/NNS in/IN Lyon/NNP/LOCATION and/CC Grenoble/NNP "
        + "drew/VBD hundreds/NNS");
    Sentence text = s.sentence();
    Parse joined = new Parse(text, List.of(new Dependency(2, 4, "conj:and"), new Dependency(4, 3, "cc")));
    Parse apart = new Parse(text, List.of(new Dependency(5, 4, "nsubj"), new Dependency(4, 3, "cc")));
    assertThat(GEOCODER.placeSentenceLists(List.of(new AnalysedSentence(0, false, text, List.of(), joined)), List.of())
        .get(0)).hasSize(2);
    assertThat(GEOCODER.placeSentenceLists(List.of(new AnalysedSentence(0, false, text, List.of(), apart)), List.of())
        .get(0)).extracting(Place::name).containsExactly("Lyon");
    Parse apposition = new Parse(text, List.of(new Dependency(2, 4, "appos"), new Dependency(4, 3, "cc")));
    assertThat(GEOCODER.placeSentenceLists(List.of(new AnalysedSentence(0, false, text, List.of(), apposition)),
        List.of()).get(0)).as("CoreNLP makes names of a list appositions too").hasSize(2);
  }

  @Test
  void aPlaceInARelativeClauseAboutSomeoneYieldsToTheReportedOne() {
    // "Groves, a prisoner who escaped in New Orleans, is captured in Atlanta"
    AnalysedSentence s = sentence(0, "Groves/NNP/PERSON ,/, a/DT prisoner/NN who/WP escaped/VBD in/IN New/NNP/LOCATION "
        + "Orleans/NNP/LOCATION ,/, is/VBZ captured/VBN in/IN Atlanta/NNP/LOCATION");
    Sentence text = s.sentence();
    List<Dependency> tree = new ArrayList<>(List.of(new Dependency(11, 0, "nsubj:pass"), new Dependency(0, 3, "appos"),
        new Dependency(5, 4, "nsubj"), new Dependency(8, 7, "compound"), new Dependency(5, 8, "obl:in"),
        new Dependency(13, 12, "case"), new Dependency(11, 13, "obl:in")));
    // the parser may call the clause "dep" rather than "acl:relcl": the pronoun says what it is
    for (String relation : List.of("acl:relcl", "dep")) {
      List<Dependency> deps = new ArrayList<>(tree);
      deps.add(new Dependency(3, 5, relation));
      Parse parse = new Parse(text, deps);
      Place p = GEOCODER.placeSentences(List.of(new AnalysedSentence(0, false, text, List.of(), parse)), List.of()).get(0);
      assertThat(p.name()).as(relation).isEqualTo("Atlanta");
    }
    // "a manhunt that found him in Cairo" tells of the act itself: its place stays a candidate
    AnalysedSentence manhunt = sentence(0, "Police/NNS began/VBD a/DT manhunt/NN that/WDT found/VBD him/PRP in/IN "
        + "Cairo/NNP/LOCATION after/IN the/DT London/NNP/LOCATION bombings/NNS");
    Parse hunted = new Parse(manhunt.sentence(), List.of(new Dependency(3, 5, "acl:relcl"), new Dependency(5, 4, "nsubj"),
        new Dependency(5, 8, "obl:in"), new Dependency(1, 3, "obj")));
    Place found = GEOCODER.placeSentences(List.of(new AnalysedSentence(0, false, manhunt.sentence(), List.of(), hunted)),
        List.of()).get(0);
    assertThat(found.name()).isEqualTo("Cairo");
  }

  @Test
  void anUntaggedNameOfTheNounAfterAnIndefiniteArticleIsNoPlace() {
    // "Christmas" is a Florida village too; the tagger takes it for no place, and it names the event's kind
    AnalysedSentence s = sentence(0, "Six/CD were/VBD injured/VBN at/IN a/DT Christmas/NNP/O event/NN in/IN "
        + "Chicama/NNP/LOCATION ,/, the/DT Department/NNP/ORGANIZATION of/IN La/NNP/ORGANIZATION Libertad/NNP/ORGANIZATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("PER");
  }

  @Test
  void theCountryOfAnAddressIsWhereEvenWhenTheCoderTookItForAnActor() {
    // "near Chakri, Pakistan": the gazetteer lacks the village, and the coder took Pakistan for the
    // act's source; the country of the address still says where
    Actor pakistan = new Actor("PAK", "Pakistan", "PAK", ActorKind.STATE);
    AnalysedSentence above = sentence(0, "A/DT fire/NN destroyed/VBD a/DT lodge/NN in/IN Arizona/NNP/LOCATION ./.");
    AnalysedSentence bus = sentence(1, "A/DT bus/NN plunges/VBZ into/IN a/DT ravine/NN near/IN Chakri/NNP/LOCATION ,/, "
        + "Pakistan/NNP/LOCATION ,/, killing/VBG six/CD ./.", mention(pakistan, 9, 9));
    List<AnalysedSentence> page = laidOut("\n\n", above, bus);
    Event killing = event(page.get(1), pakistan, null);
    assertThat(GEOCODER.place(List.of(killing), page).get(0).where().country()).isEqualTo("PAK");
    // a date before the comma is no address: "On Sunday, Pakistan closed its embassy" names no place
    AnalysedSentence said = sentence(1, "On/IN Sunday/NNP/DATE ,/, Pakistan/NNP/LOCATION closed/VBD/O/close "
        + "its/PRP$ embassy/NN ./.", mention(pakistan, 3, 3));
    List<AnalysedSentence> other = laidOut("\n\n", above, said);
    Place closed = GEOCODER.place(List.of(event(other.get(1), pakistan, null)), other).get(0).where();
    assertThat(closed == null ? null : closed.how()).isNotEqualTo("sentence");
  }

  @Test
  void aCountrysNameOfTwoWordsIsAPlaceThoughTaggedAPerson() {
    AnalysedSentence law = sentence(0, "Burkina/NNP/PERSON Faso/NNP/PERSON passes/VBZ/O/pass a/DT law/NN ./.");
    assertThat(GEOCODER.placeSentences(List.of(law), List.of()).get(0).country()).isEqualTo("BFA");
    // one word tagged a person stays a person: "Jordan passes the ball"
    AnalysedSentence ball = sentence(0, "Jordan/NNP/PERSON passes/VBZ/O/pass the/DT ball/NN ./.");
    assertThat(GEOCODER.placeSentences(List.of(ball), List.of()).get(0)).isNull();
  }

  @Test
  void aPlaceBeforeAPossessiveLandmarkIsWhereTheLandmarkIs() {
    AnalysedSentence s = sentence(0, "Protesters/NNS gathered/VBD near/IN London/NNP/LOCATION 's/POS/LOCATION "
        + "Trafalgar/NNP/LOCATION Square/NNP/LOCATION to/TO denounce/VB the/DT war/NN in/IN Iraq/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("London");
  }

  @Test
  void aCountryBeforeANounOfLandOrSeaSaysWhere() {
    AnalysedSentence villages = sentence(1, "Soldiers/NNS killed/VBD civilians/NNS in/IN two/CD northern/JJ "
        + "Iraq/NNP/LOCATION villages/NNS");
    assertThat(secondPlace(villages).country()).isEqualTo("IRQ");
    AnalysedSentence coast = sentence(1, "The/DT Somalia/NNP/LOCATION coast/NN was/VBD hit/VBN by/IN a/DT storm/NN");
    assertThat(secondPlace(coast).country()).isEqualTo("SOM");
    AnalysedSentence islands = sentence(1, "The/DT ship/NN was/VBD found/VBN off/IN of/IN the/DT Comoros/NNP/LOCATION "
        + "Islands/NNPS/LOCATION");
    assertThat(secondPlace(islands).country()).isEqualTo("COM");
  }

  /** The place of a sentence that follows one placing talks in Jordan: its own, else Jordan. */
  private static Place secondPlace(AnalysedSentence second) {
    return GEOCODER.placeSentences(List.of(talksInAmman(), second), List.of()).get(1);
  }

  /** The first sentence of an article about talks in Amman, Jordan, which a later sentence with no place borrows. */
  private static AnalysedSentence talksInAmman() {
    return sentence(0, "Talks/NNS were/VBD held/VBN in/IN Amman/NNP/LOCATION ,/, Jordan/NNP/LOCATION");
  }

  @Test
  void aBirthplaceIsNotWhereTheNewsHappened() {
    AnalysedSentence s = sentence(0, "Born/VBN in/IN Egypt/NNP/LOCATION ,/, the/DT suspect/NN carried/VBD out/RP "
        + "attacks/NNS in/IN France/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("FRA");
  }

  @Test
  void aPlaceThatWhereFollowsBeatsAnotherDestination() {
    AnalysedSentence s = sentence(0, "After/IN his/PRP$ visit/NN to/TO Mali/NNP/LOCATION ,/, the/DT minister/NN "
        + "travelled/VBD/O/travel to/TO Niger/NNP/LOCATION where/WRB he/PRP met/VBD the/DT president/NN");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("NER");
  }

  @Test
  void countriesOfAListAreTheirOwnPlacesEvenAsActors() {
    Actor mali = new Actor("MLI", "Mali", "MLI", ActorKind.STATE);
    Actor niger = new Actor("NER", "Niger", "NER", ActorKind.STATE);
    AnalysedSentence amman = talksInAmman();
    AnalysedSentence s = sentence(1, "Floods/NNS hit/VBD the/DT neighbouring/JJ countries/NNS of/IN Mali/NNP/LOCATION "
        + "and/CC Niger/NNP/LOCATION", mention(mali, 6, 6), mention(niger, 8, 8));
    assertThat(GEOCODER.placeSentenceLists(List.of(amman, s), List.of(event(s, mali, niger))).get(1))
        .extracting(Place::country).containsExactly("MLI", "NER");
  }

  @Test
  void aPlaceStruckIntoIsThePlaceThoughAlsoTheTarget() {
    Actor gaza = new Actor("PSEGZA", "Gaza", "PSE", ActorKind.OTHER);
    Actor israel = new Actor("ISRMIL", "Israeli military", "ISR", ActorKind.MILITARY);
    AnalysedSentence s = sentence(0, "The/DT Israeli/JJ military/NN launched/VBD airstrikes/NNS into/IN the/DT "
        + "Gaza/NNP/LOCATION Strip/NNP/LOCATION", mention(israel, 0, 2), mention(gaza, 6, 8));
    assertThat(placeOne(s, israel, gaza).country()).isEqualTo("PSE");
  }

  @Test
  void eachActOfASentenceTakesOnlyItsOwnTarget() {
    // "Protesters in Stockholm gather to protest against Israel's attacks in Gaza": the attacks are
    // in Gaza, the protest in Stockholm, whichever word of the sentence one asks at
    Actor gaza = new Actor("PSEGZA", "Gaza", "PSE", ActorKind.OTHER);
    Actor israel = new Actor("ISR", "Israel", "ISR", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "Protesters/NNS in/IN Stockholm/NNP/LOCATION gather/VBP/O/gather to/TO protest/VB "
        + "against/IN Israel/NNP/LOCATION 's/POS attacks/NNS/O/attack in/IN Gaza/NNP/LOCATION ./.",
        mention(PROTESTERS, 0, 0), mention(israel, 7, 7), mention(gaza, 11, 11));
    Event protest = atTrigger(withType(event(s, PROTESTERS, israel), EventType.PROTEST), 3);
    Event attacks = atTrigger(event(s, israel, gaza), 9);
    Geocoder.Located located = GEOCODER.locate(List.of(s), List.of(protest, attacks));
    assertThat(located.at(0, 0)).extracting(Place::name).containsExactly("Stockholm");
    assertThat(located.at(0, 7)).extracting(Place::name).containsExactly("Gaza");
    // and a protest is never placed at what it protests
    assertThat(GEOCODER.place(List.of(protest), List.of(s)).get(0).where().name()).isEqualTo("Stockholm");
  }

  @Test
  void whatAGovernmentSendsSomewhereIsThere() {
    // "The Italian government sends 40 asylum seekers to an internment camp in Albania"
    AnalysedSentence s = sentence(0, "The/DT Italian/JJ government/NN sends/VBZ/O/send 40/CD asylum/NN seekers/NNS to/IN "
        + "an/DT internment/NN camp/NN in/IN Albania/NNP/LOCATION");
    Parse sent = new Parse(s.sentence(), List.of(new Dependency(2, 1, "amod"), new Dependency(3, 2, "nsubj"),
        new Dependency(3, 6, "obj"), new Dependency(10, 7, "case"), new Dependency(3, 10, "obl:to"),
        new Dependency(12, 11, "case"), new Dependency(10, 12, "nmod:in")));
    Place p = GEOCODER.placeSentences(List.of(new AnalysedSentence(0, false, s.sentence(), List.of(), sent)), List.of()).get(0);
    assertThat(p.country()).isEqualTo("ALB");
    // what it holds or decides about a place abroad, it does at home
    AnalysedSentence held = sentence(0, "The/DT Italian/JJ government/NN holds/VBZ/O/hold 40/CD asylum/NN seekers/NNS at/IN "
        + "an/DT internment/NN camp/NN in/IN Albania/NNP/LOCATION");
    Parse holds = new Parse(held.sentence(), List.of(new Dependency(2, 1, "amod"), new Dependency(3, 2, "nsubj"),
        new Dependency(3, 6, "obj"), new Dependency(10, 7, "case"), new Dependency(3, 10, "obl:at"),
        new Dependency(12, 11, "case"), new Dependency(10, 12, "nmod:in")));
    Place h = GEOCODER.placeSentences(List.of(new AnalysedSentence(0, false, held.sentence(), List.of(), holds)), List.of()).get(0);
    assertThat(h.country()).isEqualTo("ITA");
  }

  @Test
  void aSendingOnlyApprovedIsDecidedAtHome() {
    // "Ugandan authorities approve a measure to send troops from Uganda to the Gaza Strip": the troops
    // are not there yet, and the authorities decide at home
    AnalysedSentence s = sentence(0, "Ugandan/JJ authorities/NNS approve/VBP/O/approve a/DT measure/NN to/TO "
        + "send/VB/O/send troops/NNS to/IN the/DT Gaza/NNP/LOCATION Strip/NNP/LOCATION");
    AnalysedSentence approved = parsed(s, List.of(new Dependency(-1, 2, "root"), new Dependency(1, 0, "amod"),
        new Dependency(2, 1, "nsubj"),
        new Dependency(2, 4, "obj"), new Dependency(6, 5, "mark"), new Dependency(2, 6, "xcomp"),
        new Dependency(6, 7, "obj"), new Dependency(11, 8, "case"), new Dependency(11, 9, "det"),
        new Dependency(11, 10, "compound"), new Dependency(6, 11, "obl:to")));
    Place p = GEOCODER.placeSentences(List.of(approved), List.of()).get(0);
    assertThat(p.country()).isEqualTo("UGA");
  }

  @Test
  void aSettlementWordBeforeTheCommaKeepsTheAddress() {
    // "in Dharali village, Uttarkashi, Uttarakhand, India": the village, written with its district
    AnalysedSentence s = sentence(0, "flash/NN floods/NNS in/IN Dharali/NNP/LOCATION village/NN ,/, "
        + "Uttarkashi/NNP/LOCATION ,/, Uttarakhand/NNP/LOCATION ,/, India/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Dharali");
  }

  @Test
  void countedProvincesOfACountryAreInIt() {
    // "killed in an avalanche in Chitral District, Pakistan, while eleven people are killed in a
    // snowstorm in six provinces of Afghanistan": the second act is in Afghanistan
    AnalysedSentence s = sentence(0, "killed/VBN in/IN an/DT avalanche/NN in/IN Chitral/NNP/LOCATION "
        + "District/NNP/LOCATION ,/, Pakistan/NNP/LOCATION ,/, while/IN eleven/CD people/NNS are/VBP killed/VBN in/IN "
        + "a/DT snowstorm/NN in/IN six/CD provinces/NNS of/IN Afghanistan/NNP/LOCATION");
    List<Token> tokens = s.sentence().tokens();
    assertThat(WordsAround.afterPreposition(tokens, tokens.size() - 1)).isTrue();
    // a part that is no division of it says whose, not where
    AnalysedSentence leaders = sentence(0, "talks/NNS with/IN the/DT leaders/NNS of/IN Afghanistan/NNP/LOCATION");
    assertThat(WordsAround.afterPreposition(leaders.sentence().tokens(), 5)).isFalse();
  }

  @Test
  void aLeaderNamedWithHisCountrysDemonymActsAtHomeWhenNoPlaceIsNamed() {
    AnalysedSentence paz = sentence(0, "Bolivian/JJ president/NN Rodrigo/NNP/PERSON Paz/NNP/PERSON declares/VBZ a/DT "
        + "state/NN of/IN emergency/NN ./.");
    assertThat(GEOCODER.placeSentences(List.of(paz), List.of()).get(0).country()).isEqualTo("BOL");
    // beside a place the sentence names, that place says where
    AnalysedSentence visit = sentence(0, "Bolivian/JJ president/NN Rodrigo/NNP/PERSON Paz/NNP/PERSON speaks/VBZ in/IN "
        + "Lima/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(visit), List.of()).get(0).name()).isEqualTo("Lima");
    // a leader who is not the subject that acts says whose, not where: "Bolivian president Rodrigo Paz's decree"
    AnalysedSentence decree = sentence(0, "Bolivian/JJ president/NN Rodrigo/NNP/PERSON Paz/NNP/PERSON 's/POS decree/NN "
        + "is/VBZ challenged/VBN ./.");
    assertThat(GEOCODER.placeSentences(List.of(decree), List.of()).get(0)).isNull();
  }

  @Test
  void aNationalBoardNamedWithItsCountrysDemonymSitsThere() {
    // "The Indonesian National Narcotics Board announces", in news that is otherwise about Thailand
    AnalysedSentence thai = sentence(0, "Police/NNS arrest/VBP eight/CD men/NNS in/IN Rayong/NNP/LOCATION province/NN ./.");
    AnalysedSentence board = sentence(1, "The/DT Indonesian/NNP/ORGANIZATION National/NNP/ORGANIZATION "
        + "Narcotics/NNP/ORGANIZATION Board/NNP/ORGANIZATION announces/VBZ it/PRP arrested/VBD 285/CD people/NNS ./.");
    assertThat(GEOCODER.placeSentences(List.of(thai, board), List.of()).get(1).country()).isEqualTo("IDN");
  }

  @Test
  void aLandmarkSaidToLieInAPlaceIsThere() {
    // "the Erawan Shrine in Bangkok": in Bangkok, not in the district of Erawan
    AnalysedSentence s = sentence(0, "A/DT court/NN sentences/VBZ two/CD men/NNS for/IN the/DT bombing/NN at/IN the/DT "
        + "Erawan/NNP/LOCATION Shrine/NNP in/IN Bangkok/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Bangkok");
  }

  @Test
  void aPointMeasuredFromIsNoBetterForItsCountry() {
    AnalysedSentence s = sentence(0, "The/DT epicentre/NN was/VBD 30/CD kilometres/NNS north/RB of/IN Lima/NNP/LOCATION "
        + "and/CC south/RB of/IN Quito/NNP/LOCATION ,/, Ecuador/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Lima");
  }

  @Test
  void aSmallTownAbroadKnownOnlyByAnotherNameIsNoPlace() {
    Actor jordan = new Actor("JOR", "Jordan", "JOR", ActorKind.STATE);
    AnalysedSentence amman = sentence(0, "Jordan/NNP/LOCATION hosted/VBD talks/NNS in/IN Amman/NNP/LOCATION",
        mention(jordan, 0, 0));
    AnalysedSentence tilsit = sentence(1, "Protesters/NNS marched/VBD in/IN Tilsit/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(amman, tilsit), List.of()).get(1);
    assertThat(p.country()).as("Tilsit is another name of Sovetsk, Russia, which the article is not about")
        .isEqualTo("JOR");
  }

  @Test
  void aCityThatNamesAnAgreementIsNoPlace() {
    AnalysedSentence s = sentence(1, "Ministers/NNS met/VBD to/TO save/VB the/DT Kyoto/NNP/LOCATION pact/NN");
    assertThat(secondPlace(s).country()).isEqualTo("JOR");
  }

  @Test
  void aPlaceWrittenWithItsRegionAfterCommaAndInIsThatRegionsPlace() {
    AnalysedSentence s = sentence(0, "A/DT storm/NN felled/VBD a/DT tree/NN at/IN Mount/NNP/LOCATION Vernon/NNP/LOCATION "
        + ",/, in/IN Virginia/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Mount Vernon");
    assertThat(p.lat()).as("Mount Vernon, Virginia, not New York's").isLessThan(40.0);
  }

  @Test
  void aPlaceNearAnotherIsOnlyItsLandmark() {
    AnalysedSentence s = sentence(0, "A/DT riot/NN broke/VBD out/RP at/IN the/DT Lyon/NNP/LOCATION Central/NNP Prison/NNP "
        + "near/IN Grenoble/NNP/LOCATION ,/, France/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Lyon");
    AnalysedSentence alone = sentence(0, "Protesters/NNS gathered/VBD near/IN Grenoble/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(alone), List.of()).get(0).name()).isEqualTo("Grenoble");
  }

  @Test
  void namesBeforeAStreetNounAreStreets() {
    AnalysedSentence s = sentence(1, "The/DT jet/NN crashed/VBD near/IN Pine/NNP/LOCATION Grove/NNP/LOCATION and/CC "
        + "White/NNP/LOCATION Pine/NNP/LOCATION roads/NNS");
    assertThat(secondPlace(s).country()).as("roads, not the towns Pine Grove and White Pine").isEqualTo("JOR");
  }

  @Test
  void countriesAfterSuchAsAndPartsOfCountriesArePlacesEvenAsActors() {
    Actor singapore = new Actor("SGP", "Singapore", "SGP", ActorKind.STATE);
    AnalysedSentence such = sentence(1, "Flights/NNS to/TO countries/NNS such/JJ as/IN Singapore/NNP/LOCATION "
        + "were/VBD cancelled/VBN", mention(singapore, 4, 4));
    AnalysedSentence amman0 = talksInAmman();
    assertThat(GEOCODER.placeSentences(List.of(amman0, such), List.of(event(such, null, singapore))).get(1).country())
        .isEqualTo("SGP");
    Actor norway = new Actor("NOR", "Norway", "NOR", ActorKind.STATE);
    Actor quake = new Actor("QUAKE", "earthquake", null, ActorKind.OTHER);
    AnalysedSentence part = sentence(1, "An/DT earthquake/NN hit/VBD southern/JJ Norway/NNP/LOCATION",
        mention(quake, 1, 1), mention(norway, 4, 4));
    AnalysedSentence amman = talksInAmman();
    assertThat(GEOCODER.placeSentences(List.of(amman, part), List.of(event(part, quake, norway))).get(1).country())
        .isEqualTo("NOR");
  }

  @Test
  void aTownBeforeAnArabicArticleAndAHyphenBeginsALongerName() {
    AnalysedSentence s = sentence(1, "A/DT bomb/NN exploded/VBD in/IN the/DT Khan/NNP/LOCATION el/NNP/LOCATION "
        + "+-/HYPH/LOCATION +Khalili/NNP/LOCATION marketplace/NN");
    assertThat(secondPlace(s).country()).as("not Haan, Germany").isEqualTo("JOR");
  }

  @Test
  void aNameAPlacePossessesIsInIt() {
    AnalysedSentence s = sentence(1, "An/DT air/NN raid/NN on/IN Syria/NNP/LOCATION 's/POS Latakia/NNP/PERSON port/NN "
        + "killed/VBD ten/CD");
    assertThat(secondPlace(s).name()).isEqualTo("Latakia");
  }

  @Test
  void aProvinceStruckIsWhere() {
    Actor province = new Actor("ARM", "Armenia", "ARM", ActorKind.OTHER);
    Actor forces = new Actor("AZEMIL", "Azerbaijani forces", "AZE", ActorKind.MILITARY);
    AnalysedSentence s = sentence(0, "Azerbaijani/JJ forces/NNS shelled/VBD Tavush/NNP Province/NNP",
        mention(forces, 0, 1), mention(province, 3, 4));
    Place p = placeOne(s, forces, province);
    assertThat(p.country()).isEqualTo("ARM");
    assertThat(p.how()).isEqualTo("target");
  }

  @Test
  void aCityTheCoderTookForItsGovernmentWithTheStillNamesTheLandmarkAfterIt() {
    Actor budapest = new Actor("HUNGOV", "Hungary", "HUN", ActorKind.GOVERNMENT);
    AnalysedSentence s = sentence(1, "Police/NNS closed/VBD the/DT Budapest/NNP/LOCATION Keleti/NNP/LOCATION "
        + "station/NN", mention(budapest, 2, 3));
    assertThat(secondPlace(s).name()).isEqualTo("Budapest");
  }

  @Test
  void aRegionCalledSoIsAPlaceWithNoCountryToGoBy() {
    AnalysedSentence s = sentence(0, "A/DT car/NN bomb/NN kills/VBZ seven/CD people/NNS in/IN the/DT "
        + "Latakia/NNP/LOCATION Governorate/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.country()).isEqualTo("SYR");
    assertThat(p.kind()).isEqualTo("region");
    AnalysedSentence district = sentence(0, "He/PRP was/VBD sentenced/VBN in/IN the/DT Northern/NNP/LOCATION "
        + "District/NNP/LOCATION of/IN Texas/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(district), List.of()).get(0).country())
        .as("a compass word and \"District\" name many divisions").isEqualTo("USA");
  }

  @Test
  void aCityBeginningAnOrganisationsLandmarkNameIsWhereItIs() {
    // A landmark lies in the city its name begins with only in one of the article's countries:
    // the Pakistani actors say Pakistan.
    Actor rioters = new Actor("PAKOPP", "Pakistani rioters", "PAK", ActorKind.CIVILIANS);
    Actor hospital = new Actor("---HLH", "Peshawar Central Hospital", null, ActorKind.OTHER);
    AnalysedSentence s = sentence(0, "Pakistani/JJ/MISC rioters/NNS stormed/VBD the/DT gates/NNS of/IN "
        + "Peshawar/NNP/ORGANIZATION Central/NNP/ORGANIZATION Hospital/NNP/ORGANIZATION",
        mention(rioters, 0, 1), mention(hospital, 6, 8));
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Peshawar");
    Actor court = new Actor("---JUD", "Lahore High Court", null, ActorKind.GOVERNMENT);
    AnalysedSentence ruling = sentence(0, "The/DT Lahore/NNP/ORGANIZATION High/NNP/ORGANIZATION Court/NNP/ORGANIZATION "
        + "freed/VBD the/DT Pakistani/JJ/MISC rioters/NNS", mention(court, 1, 3), mention(rioters, 6, 7));
    assertThat(GEOCODER.placeSentences(List.of(ruling), List.of()).get(0).name()).isEqualTo("Lahore");
    Actor base = new Actor("USAMIL", "US Naval Air Station", "USA", ActorKind.MILITARY);
    AnalysedSentence owned = sentence(0, "Protesters/NNS marched/VBD on/IN the/DT US/NNP/ORGANIZATION Naval/NNP/ORGANIZATION "
        + "Air/NNP/ORGANIZATION Station/NNP/ORGANIZATION", mention(base, 4, 7));
    assertThat(GEOCODER.placeSentences(List.of(owned), List.of()).get(0).kind())
        .as("a country beginning a landmark's name owns it: no landmark place").isEqualTo("country");
  }

  @Test
  void aCountryIsRefinedToTheArticlesCityOnlyForAnIncidentAtOneSpot() {
    AnalysedSentence market = sentence(1, "The/DT blast/NN struck/VBD a/DT market/NN in/IN Peshawar/NNP/LOCATION");
    AnalysedSentence bomb = sentence(0, "A/DT bomb/NN in/IN Pakistan/NNP/LOCATION killed/VBD 40/CD people/NNS");
    assertThat(GEOCODER.placeSentences(List.of(bomb, market), List.of()).get(0).name()).isEqualTo("Peshawar");
    AnalysedSentence felt = sentence(1, "The/DT tremor/NN was/VBD felt/VBN in/IN Peshawar/NNP/LOCATION");
    AnalysedSentence quake = sentence(0, "An/DT earthquake/NN in/IN Pakistan/NNP/LOCATION killed/VBD 40/CD people/NNS");
    Place whole = GEOCODER.placeSentences(List.of(quake, felt), List.of()).get(0);
    assertThat(whole.name()).as("an earthquake strikes the country").isEqualTo("Pakistan");
    assertThat(whole.kind()).isEqualTo("country");
    AnalysedSentence vote = sentence(0, "Officials/NNS in/IN Pakistan/NNP/LOCATION delayed/VBD the/DT vote/NN");
    assertThat(GEOCODER.placeSentences(List.of(vote, felt), List.of()).get(0).name())
        .as("no incident: the country").isEqualTo("Pakistan");
  }

  @Test
  void anArticleThatNamesNoPlaceIsInItsActorsCountry() {
    Actor troops = new Actor("PHLMIL", "Filipino troops", "PHL", ActorKind.MILITARY);
    AnalysedSentence s = sentence(0, "Filipino/JJ/MISC troops/NNS stage/VBP raids/NNS", mention(troops, 0, 1));
    Place p = placeOne(s, troops, null);
    assertThat(p).isNotNull();
    assertThat(p.country()).isEqualTo("PHL");
    assertThat(p.kind()).isEqualTo("country");
    assertThat(p.how()).isEqualTo("article focus");
  }

  @Test
  void aSentenceNamingTheArticlesCountryAsAnActorIsAboutTheWholeCountry() {
    Actor japan = new Actor("JPN", "Japan", "JPN", ActorKind.STATE);
    AnalysedSentence rescue = sentence(0, "Rescuers/NNS worked/VBD in/IN Tokyo/NNP/LOCATION");
    AnalysedSentence typhoon = sentence(1, "The/DT typhoon/NN struck/VBD Japan/NNP/LOCATION", mention(japan, 3, 3));
    Place p = GEOCODER.place(List.of(event(typhoon, null, japan)), List.of(rescue, typhoon)).get(0).where();
    assertThat(p.kind()).isEqualTo("country");
    assertThat(p.country()).isEqualTo("JPN");
    AnalysedSentence shot = sentence(1, "Gunmen/NNS/O/gunman shot/VBD/O/shoot Japan/NNP/LOCATION 's/POS consul/NN",
        mention(japan, 2, 2));
    assertThat(GEOCODER.place(List.of(event(shot, null, japan)), List.of(rescue, shot)).get(0).where().name())
        .as("an incident at one spot is in the article's city").isEqualTo("Tokyo");
  }

  @Test
  void kosovosActorsCountForTheGazetteersKosovo() {
    // CAMEO dictionaries code Kosovo KSV; GeoNames and the gazetteer XKX.
    Actor police = new Actor("KSVCOP", "Kosovar police", "KSV", ActorKind.GOVERNMENT);
    AnalysedSentence s = sentence(0, "The/DT police/NNS arrested/VBD protesters/NNS", mention(police, 0, 1),
        mention(PROTESTERS, 3, 3));
    Place p = placeOne(s, police, PROTESTERS);
    assertThat(p.country()).isEqualTo("XKX");
    assertThat(p.kind()).isEqualTo("country");
  }

  @Test
  void anAbbreviatedMonthIsNoPlace() {
    AnalysedSentence s = sentence(0, "Protesters/NNS marched/VBD on/IN 15/CD Nov/NNP");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0)).isNull();
  }

  @Test
  void anIslandWordAfterAnUnknownNameIsNoPlace() {
    // "Island" alone is Iceland in Icelandic; the name before it is one the gazetteer lacks.
    AnalysedSentence s = sentence(0, "Marines/NNS landed/VBD on/IN Qwertyuiop/NNP/LOCATION Island/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p == null ? null : p.country()).isNotEqualTo("ISL");
    // nor is "Valley" of a valley the gazetteer lacks The Valley in Anguilla
    AnalysedSentence valley = sentence(0, "Forces/NNS captured/VBD positions/NNS in/IN the/DT Qwertyuiop/NNP/LOCATION "
        + "Valley/NNP/LOCATION");
    Place v = GEOCODER.placeSentences(List.of(valley), List.of()).get(0);
    assertThat(v == null ? null : v.country()).isNotEqualTo("AIA");
  }

  @Test
  void aLandmarkAllInProperNounsLiesInItsCityOnlyInTheLeadingCountry() {
    AnalysedSentence london = sentence(0, "Bombs/NNS exploded/VBD in/IN London/NNP/LOCATION ,/, Britain/NNP/LOCATION");
    AnalysedSentence britain = sentence(1, "Britain/NNP/LOCATION mourned/VBD");
    AnalysedSentence us = sentence(2, "The/DT United/NNP/LOCATION States/NNP/LOCATION raised/VBD its/PRP$ alert/NN");
    AnalysedSentence square = sentence(3, "A/DT bomb/NN detonated/VBD between/IN King/NNP 's/POS Cross/NNP and/CC "
        + "Russell/NNP/LOCATION Square/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(london, britain, us, square), List.of()).get(3);
    assertThat(p).isNotNull();
    assertThat(p.country()).as("no square in Russell, Kansas, though the article names the US").isEqualTo("GBR");
    // A city before a common noun is the city's all the same, in one of the article's countries.
    AnalysedSentence iran = sentence(0, "Iran/NNP/LOCATION fired/VBD missiles/NNS at/IN US/NNP/LOCATION bases/NNS");
    AnalysedSentence airport = sentence(1, "Iran/NNP/LOCATION acted/VBD after/IN the/DT US/NNP/LOCATION strike/NN at/IN "
        + "a/DT Baghdad/NNP/LOCATION airport/NN in/IN Iraq/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(iran, airport), List.of()).get(1).name()).isEqualTo("Baghdad");
  }

  @Test
  void aDemonymBeforeASettlementOrCoastNounWithNoNameSaysTheCountry() {
    AnalysedSentence coup = sentence(0, "Soldiers/NNS attempted/VBD a/DT coup/NN in/IN Turkey/NNP/LOCATION");
    AnalysedSentence fled = sentence(1, "Eight/CD people/NNS sought/VBD asylum/NN in/IN the/DT Greek/JJ city/NN of/IN ,/, "
        + "according/VBG to/IN officials/NNS");
    assertThat(GEOCODER.placeSentences(List.of(coup, fled), List.of()).get(1).country()).isEqualTo("GRC");
    AnalysedSentence coast = sentence(0, "A/DT quake/NN struck/VBD the/DT Costa/NNP Rican/JJ coast/NN");
    AnalysedSentence waves = sentence(1, "Waves/NNS reached/VBD Nicaragua/NNP/LOCATION later/RB");
    assertThat(GEOCODER.placeSentences(List.of(coast, waves), List.of()).get(0).country()).isEqualTo("CRI");
    // airspace, waters, territory and soil are the country's too
    AnalysedSentence airspace = sentence(0, "A/DT plane/NN entered/VBD Venezuelan/JJ airspace/NN");
    AnalysedSentence border = sentence(1, "It/PRP crashed/VBD near/IN Colombia/NNP/LOCATION later/RB");
    assertThat(GEOCODER.placeSentences(List.of(airspace, border), List.of()).get(0).country()).isEqualTo("VEN");
    // and so are its regions, provinces, cities and towns, named together
    AnalysedSentence kyiv = sentence(0, "Talks/NNS went/VBD on/RP in/IN Kyiv/NNP/LOCATION");
    AnalysedSentence regions = sentence(1, "Civilians/NNS were/VBD killed/VBN in/IN coastal/JJ Syrian/JJ regions/NNS");
    assertThat(GEOCODER.placeSentences(List.of(kyiv, regions), List.of()).get(1).country()).isEqualTo("SYR");
    // In news about Nice, "the French city of" whose name was lost is Nice, the French city the article is about.
    AnalysedSentence nice = sentence(0, "A/DT truck/NN attack/NN hit/VBD Nice/NNP/LOCATION ,/, France/NNP/LOCATION");
    AnalysedSentence city = sentence(1, "In/IN the/DT French/JJ city/NN of/IN ,/, a/DT truck/NN killed/VBD 84/CD people/NNS");
    assertThat(GEOCODER.placeSentences(List.of(nice, city), List.of()).get(1).name()).isEqualTo("Nice");
  }

  @Test
  void thingsSpreadAcrossACountryAreInTheWholeCountry() {
    AnalysedSentence baghdad = sentence(0, "A/DT bomb/NN exploded/VBD in/IN Baghdad/NNP/LOCATION");
    AnalysedSentence across = sentence(1, "Bombings/NNS/O/bombing across/IN Iraq/NNP/LOCATION killed/VBD 74/CD people/NNS");
    assertThat(GEOCODER.placeSentences(List.of(baghdad, across), List.of()).get(1).name()).isEqualTo("Iraq");
    AnalysedSentence security = sentence(1, "Despite/IN tight/JJ security/NN across/IN Iraq/NNP/LOCATION ,/, a/DT "
        + "bomb/NN killed/VBD twelve/CD");
    assertThat(GEOCODER.placeSentences(List.of(baghdad, security), List.of()).get(1).name())
        .as("one bomb, at the article's city").isEqualTo("Baghdad");
  }

  @Test
  void aVillageOfACountryNoActorIsFromIsNoPlaceInNewsAboutAnother() {
    Actor government = new Actor("AUSGOV", "Australian government", "AUS", ActorKind.GOVERNMENT);
    AnalysedSentence deal = sentence(0, "The/DT Australian/JJ/MISC government/NN made/VBD a/DT deal/NN with/IN a/DT "
        + "community/NN in/IN Western/NNP/LOCATION Australia/NNP/LOCATION", mention(government, 1, 2));
    // Mulan is a village in China too; the Aboriginal community of that name is not in the gazetteer.
    AnalysedSentence fuel = sentence(1, "The/DT residents/NNS of/IN Mulan/NNP/LOCATION drive/VBP 44/CD km/NNS for/IN fuel/NN");
    Place p = GEOCODER.placeSentences(List.of(deal, fuel), List.of()).get(1);
    assertThat(p).isNotNull();
    assertThat(p.country()).isEqualTo("AUS");
  }

  @Test
  void aCountryThatOpensTheSentenceAsSubjectSpeaksAtHome() {
    AnalysedSentence seoul = sentence(0, "Crowds/NNS gathered/VBD in/IN Seoul/NNP/LOCATION ,/, South/NNP/LOCATION Korea/NNP/LOCATION");
    Actor northKorea = new Actor("PRK", "North Korea", "PRK", ActorKind.STATE);
    AnalysedSentence warned = sentence(1, "North/NNP/LOCATION Korea/NNP/LOCATION warned/VBD/O/warn of/IN retaliation/NN",
        mention(northKorea, 0, 1));
    Place p = GEOCODER.placeSentences(List.of(seoul, warned), List.of()).get(1);
    assertThat(p).isNotNull();
    assertThat(p.country()).isEqualTo("PRK");
    // A giver's act lands where the gift goes.
    AnalysedSentence manila = sentence(0, "A/DT typhoon/NN struck/VBD Manila/NNP/LOCATION ,/, Philippines/NNP/LOCATION");
    Actor australia = new Actor("AUS", "Australia", "AUS", ActorKind.STATE);
    AnalysedSentence aid = sentence(1, "Australia/NNP/LOCATION provided/VBD/O/provide A$/$ 1/CD million/CD",
        mention(australia, 0, 0));
    assertThat(GEOCODER.placeSentences(List.of(manila, aid), List.of()).get(1).country()).isEqualTo("PHL");
  }

  @Test
  void anIslandGroupIsEvidenceOfItsCountryWhoeverTheActorsAre() {
    Actor japan = new Actor("JPN", "Japan", "JPN", ActorKind.STATE);
    AnalysedSentence measured = sentence(0, "Japan/NNP/LOCATION measured/VBD the/DT quake/NN", mention(japan, 0, 0));
    AnalysedSentence near = sentence(1, "Its/PRP$ center/NN was/VBD near/IN the/DT Nicobar/NNP/LOCATION Islands/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(measured, near), List.of()).get(1);
    assertThat(p).isNotNull();
    assertThat(p.country()).as("India's islands, though no actor is Indian").isEqualTo("IND");
  }

  @Test
  void aPlaceInsideAGroupsNameIsNoPlace() {
    Actor aqi = new Actor("IRQREB", "Al-Qaeda in Iraq", "IRQ", ActorKind.ARMED_GROUP);
    AnalysedSentence bomb = sentence(0, "A/DT bomb/NN exploded/VBD in/IN Baghdad/NNP/LOCATION");
    AnalysedSentence claimed = sentence(1, "Responsibility/NN was/VBD claimed/VBN by/IN Al/NNP +-/HYPH +Qaeda/NNP in/IN "
        + "Iraq/NNP/LOCATION", mention(aqi, 4, 8));
    assertThat(GEOCODER.placeSentences(List.of(bomb, claimed), List.of()).get(1).name()).isEqualTo("Baghdad");
  }

  @Test
  void theSubjectCountrySpeaksPastItsAppositionAndBeforeTheArticlesCountry() {
    AnalysedSentence seoul = sentence(0, "Crowds/NNS gathered/VBD in/IN Seoul/NNP/LOCATION ,/, South/NNP/LOCATION Korea/NNP/LOCATION");
    Actor northKorea = new Actor("PRK", "North Korea", "PRK", ActorKind.STATE);
    Actor southKorea = new Actor("KOR", "South Korea", "KOR", ActorKind.STATE);
    // "live-fire" is split at its hyphen: a drill, no incident at one spot
    AnalysedSentence warned = sentence(1, "North/NNP/LOCATION Korea/NNP/LOCATION warned/VBD/O/warn South/NNP/LOCATION "
        + "Korea/NNP/LOCATION of/IN live/JJ +-/HYPH +fire/NN/O/fire drills/NNS", mention(northKorea, 0, 1), mention(southKorea, 3, 4));
    assertThat(GEOCODER.placeSentences(List.of(seoul, warned), List.of()).get(1).country()).isEqualTo("PRK");
    Actor saudi = new Actor("SAU", "Saudi Arabia", "SAU", ActorKind.STATE);
    AnalysedSentence refused = sentence(1, "Saudi/NNP/LOCATION Arabia/NNP/LOCATION ,/, the/DT country/NN where/WRB he/PRP "
        + "was/VBD born/VBN ,/, refused/VBD/O/refuse the/DT offer/NN", mention(saudi, 0, 1));
    Place p = GEOCODER.placeSentences(List.of(seoul, refused), List.of()).get(1);
    assertThat(p.country()).as("\"the country\" of the apposition is the subject").isEqualTo("SAU");
  }

  @Test
  void theCountryOfAnIncidentIsItsSubjectCountry() {
    // A page mostly about the United States; a brief opens on Singapore, which acts (an execution, an
    // incident): its "the country" is Singapore, not the page's country
    AnalysedSentence chicago = sentence(0, "Troops/NNS arrived/VBD near/IN Chicago/NNP/LOCATION ,/, Illinois/NNP/LOCATION ./.");
    AnalysedSentence atlanta = sentence(1, "A/DT prisoner/NN was/VBD captured/VBN in/IN Atlanta/NNP/LOCATION ,/, "
        + "Georgia/NNP/LOCATION ./.");
    Actor singapore = new Actor("SGP", "Singapore", "SGP", ActorKind.STATE);
    AnalysedSentence executes = sentence(2, "Singapore/NNP/LOCATION executes/VBZ/O/execute a/DT man/NN ,/, bringing/VBG "
        + "executions/NNS/O/execution in/IN the/DT country/NN to/TO 12/CD ./.", mention(singapore, 0, 0));
    Event execution = event(executes, singapore, null); // coded ASSAULT: an incident at one spot
    Place p = GEOCODER.placeSentences(laidOut("\n\n", chicago, atlanta, executes), List.of(execution)).get(2);
    assertThat(p.country()).isEqualTo("SGP");
    // "U.S. forces killed him in the country", in news about Pakistan: a country that only names
    // whose forces they were is not what "the country" means
    AnalysedSentence karachi = sentence(0, "Bombs/NNS exploded/VBD in/IN Karachi/NNP/LOCATION ,/, Pakistan/NNP/LOCATION ./.");
    AnalysedSentence lahore = sentence(1, "Police/NNS raided/VBD a/DT house/NN in/IN Lahore/NNP/LOCATION ./.");
    AnalysedSentence forces = sentence(2, "U.S./NNP/LOCATION forces/NNS killed/VBD/O/kill him/PRP in/IN the/DT country/NN ./.",
        mention(USA_GOV, 0, 1));
    Place killed = GEOCODER.placeSentences(laidOut(" ", karachi, lahore, forces), List.of()).get(2);
    assertThat(killed.country()).isEqualTo("PAK");
  }

  @Test
  void aBriefUnderAStoryLabelTakesItsActorsCountryOverThePagesPlace() {
    // A page of briefs under labels, most of them about the United States: an item that names no
    // place and names Argentina is in Argentina, not in the page's Chicago
    Actor argentina = new Actor("ARG", "Argentina", "ARG", ActorKind.STATE);
    AnalysedSentence label1 = sentence(0, "Operation/NNP Midway/NNP Blitz/NNP");
    AnalysedSentence troops = sentence(1, "Troops/NNS arrived/VBD near/IN Chicago/NNP/LOCATION ,/, Illinois/NNP/LOCATION ./.");
    AnalysedSentence label2 = sentence(2, "Chicago/NNP/LOCATION protests/NNS");
    AnalysedSentence marched = sentence(3, "Thousands/NNS marched/VBD in/IN Chicago/NNP/LOCATION ./.");
    AnalysedSentence label3 = sentence(4, "Attempted/VBN assassination/NN");
    AnalysedSentence sentenced = sentence(5, "Montiel/NNP/PERSON is/VBZ sentenced/VBN for/IN attacking/VBG the/DT former/JJ "
        + "president/NN of/IN Argentina/NNP/LOCATION ./.", mention(argentina, 8, 8));
    List<AnalysedSentence> page = new ArrayList<>(laidOut("\n\n", label1, troops, label2, marched, label3, sentenced));
    // the brief's next sentence names no place: it is in the brief's country too
    page.add(following(page.get(5), " ", sentence(6, "His/PRP$ girlfriend/NN is/VBZ sentenced/VBN to/TO eight/CD years/NNS ./.")));
    // a sentence of the brief whose subject, after an opening phrase, is of another country is there
    Actor thai = new Actor("THAGOV", "Thai leaders", "THA", ActorKind.GOVERNMENT);
    AnalysedSentence leaders = sentence(7, "However/RB ,/, hours/NNS later/RB ,/, Thai/JJ/MISC leaders/NNS "
        + "announce/VBP/O/announce talks/NNS ./.", mention(thai, 5, 6));
    List<Dependency> deps = List.of(new Dependency(-1, 7, "root"), new Dependency(7, 6, "nsubj"), new Dependency(6, 5, "amod"),
        new Dependency(7, 0, "advmod"), new Dependency(7, 2, "obl:tmod"), new Dependency(2, 3, "advmod"), new Dependency(7, 8, "obj"));
    page.add(following(page.get(6), " ", parsed(leaders, deps)));
    List<Place> places = GEOCODER.placeSentences(page, List.of());
    assertThat(places.get(5).country()).isEqualTo("ARG");
    assertThat(places.get(6).country()).isEqualTo("ARG");
    assertThat(places.get(7).country()).isEqualTo("THA");
    // one story with a section heading or two stays in its place
    Place story = GEOCODER.placeSentences(laidOut("\n\n", troops, label2, marched, label3, sentenced), List.of()).get(4);
    assertThat(story.country()).isEqualTo("USA");
  }

  @Test
  void aCountryThatCoercesDoesSoAtHome() {
    Actor turkey = new Actor("TUR", "Turkey", "TUR", ActorKind.STATE);
    Actor smugglers = new Actor("SMG", "smugglers", null, ActorKind.OTHER);
    AnalysedSentence boat = sentence(0, "The/DT boat/NN reached/VBD Lampedusa/NNP/LOCATION ,/, Italy/NNP/LOCATION");
    AnalysedSentence sentenced = sentence(1, "Turkey/NNP/LOCATION sentenced/VBD/O/sentence two/CD smugglers/NNS",
        mention(turkey, 0, 0), mention(smugglers, 3, 3));
    Event coerce = withType(event(sentenced, turkey, smugglers), EventType.COERCE);
    assertThat(GEOCODER.placeSentences(List.of(boat, sentenced), List.of(coerce)).get(1).country()).isEqualTo("TUR");
    // An assault is an incident at one spot: not placed at home for its subject
    Event assault = event(sentenced, turkey, smugglers);
    assertThat(GEOCODER.placeSentences(List.of(boat, sentenced), List.of(assault)).get(1).country()).isEqualTo("ITA");
  }

  @Test
  void aModifierOrAPartBetweenPrepositionAndNameStillPlaces() {
    Actor cuba = new Actor("CUB", "Cuba", "CUB", ActorKind.STATE);
    Actor jamaica = new Actor("JAM", "Jamaica", "JAM", ActorKind.STATE);
    AnalysedSentence struck = sentence(0, "The/DT hurricane/NN struck/VBD Cuba/NNP/LOCATION", mention(cuba, 3, 3));
    AnalysedSentence nearby = sentence(1, "In/IN nearby/JJ Jamaica/NNP/LOCATION ,/, rains/NNS caused/VBD flooding/NN",
        mention(jamaica, 2, 2));
    assertThat(GEOCODER.placeSentences(List.of(struck, nearby), List.of()).get(1).country()).isEqualTo("JAM");
    Actor france = new Actor("FRA", "France", "FRA", ActorKind.STATE);
    AnalysedSentence fire = sentence(0, "French/JJ/MISC police/NNS arrested/VBD/O/arrest a/DT man/NN for/IN a/DT fire/NN "
        + "in/IN the/DT 18th/JJ arrondissement/NN of/IN Paris/NNP/LOCATION", mention(france, 0, 1));
    assertThat(GEOCODER.placeSentences(List.of(fire), List.of()).get(0).name()).isEqualTo("Paris");
  }

  @Test
  void authoritiesNamedByTheirDemonymActAtHome() {
    AnalysedSentence toronto = sentence(0, "The/DT flight/NN left/VBD Toronto/NNP/LOCATION");
    AnalysedSentence detained = sentence(1, "Swedish/JJ/MISC police/NNS detained/VBD/O/detain a/DT passenger/NN");
    assertThat(GEOCODER.placeSentences(List.of(toronto, detained), List.of()).get(1).country()).isEqualTo("SWE");
  }

  @Test
  void authoritiesNamedByTheirDemonymAsTheAgentActAtHome() {
    AnalysedSentence toronto = sentence(0, "The/DT flight/NN left/VBD Toronto/NNP/LOCATION");
    AnalysedSentence released = sentence(1, "A/DT statement/NN released/VBN by/IN Swedish/JJ/MISC prosecutors/NNS "
        + "confirmed/VBD the/DT release/NN");
    assertThat(GEOCODER.placeSentences(List.of(toronto, released), List.of()).get(1).country()).isEqualTo("SWE");
  }

  @Test
  void anIncidentNamedBeforeAnEarthquakeIsStillAtOneSpot() {
    AnalysedSentence plant = sentence(0, "An/DT explosion/NN hit/VBD a/DT plant/NN in/IN Fukushima/NNP/LOCATION");
    AnalysedSentence explosion = sentence(1, "An/DT explosion/NN was/VBD reported/VBN at/IN Japan/NNP/LOCATION 's/POS "
        + "plant/NN after/IN an/DT earthquake/NN hit/VBD");
    assertThat(GEOCODER.placeSentences(List.of(plant, explosion), List.of()).get(1).name()).isEqualTo("Fukushima");
    // the earthquake first: what struck the whole country
    AnalysedSentence quake = sentence(1, "An/DT earthquake/NN hit/VBD Japan/NNP/LOCATION ,/, causing/VBG an/DT "
        + "explosion/NN");
    assertThat(GEOCODER.placeSentences(List.of(plant, quake), List.of()).get(1).name()).isEqualTo("Japan");
  }

  @Test
  void aNameItsDivisionWordFollowsIsAPlaceThoughTaggedAPerson() {
    Actor ishikawa = new Actor("PER", "Ishikawa", null, ActorKind.PERSON);
    AnalysedSentence lifted = sentence(0, "The/DT agency/NN lifted/VBD the/DT advisory/NN for/IN Ishikawa/NNP/PERSON "
        + "prefecture/NN", mention(ishikawa, 6, 6));
    Place p = GEOCODER.placeSentences(List.of(lifted), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Ishikawa");
    assertThat(p.kind()).isEqualTo("region");
  }

  @Test
  void anAppositionThatCallsTheNameAPlaceMakesItOne() {
    AnalysedSentence closed = sentence(0, "The/DT Azores/NNP —/HYPH autonomous/JJ islands/NNS of/IN Portugal/NNP/LOCATION "
        + "—/HYPH closed/VBD schools/NNS");
    assertThat(GEOCODER.placeSentences(List.of(closed), List.of()).get(0).name()).isEqualTo("Azores");
    // "a city councillor" is a person
    AnalysedSentence councillor = sentence(0, "Aleppo/NNP ,/, a/DT city/NN councillor/NN ,/, said/VBD so/RB in/IN "
        + "Portugal/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(councillor), List.of()).get(0).name()).isEqualTo("Portugal");
  }

  @Test
  void aCuratedNameOfCapitalisedWordsIsAPlaceWhateverItsTags() {
    AnalysedSentence entered = sentence(0, "The/DT army/NN entered/VBD Tell/VB Tamer/JJR and/CC "
        + "Ain/NNP/LOCATION Issa/NNP/LOCATION yesterday/NN");
    List<Place> places = GEOCODER.placeSentenceLists(List.of(entered), List.of()).get(0);
    assertThat(places).extracting(Place::name).contains("Tell Tamer");
  }

  @Test
  void aPrepositionBeforeANameThePageLostStillPlacesTheNameAfterIt() {
    Actor jordan = new Actor("JOR", "Jordan", "JOR", ActorKind.STATE);
    AnalysedSentence baghdad = sentence(0, "A/DT bomb/NN exploded/VBD in/IN Baghdad/NNP/LOCATION");
    Actor qaeda = new Actor("IMGSEN", "al-Qaeda", null, ActorKind.ARMED_GROUP);
    AnalysedSentence hotels = sentence(1, "Al-Qaeda/NNP bombed/VBD hotels/NNS in/IN ,/, Jordan/NNP/LOCATION",
        mention(qaeda, 0, 0), mention(jordan, 5, 5));
    Event bombing = event(hotels, qaeda, jordan);
    assertThat(GEOCODER.placeSentences(List.of(baghdad, hotels), List.of(bombing)).get(1).country()).isEqualTo("JOR");
  }

  @Test
  void theCapitalOfACountrysProvinceIsNotTheCountrysCapital() {
    AnalysedSentence lahore = sentence(0, "Mourners/NNS gathered/VBD in/IN Lahore/NNP/LOCATION");
    AnalysedSentence shrine = sentence(1, "Two/CD bombings/NNS/O/bombing struck/VBD a/DT shrine/NN in/IN the/DT capital/NN of/IN "
        + "Pakistan/NNP/LOCATION 's/POS province/NN");
    assertThat(GEOCODER.placeSentences(List.of(lahore, shrine), List.of()).get(1).name()).isEqualTo("Lahore");
  }

  @Test
  void aParticipleBetweenPrepositionAndNameStillPlaces() {
    AnalysedSentence tokyo = sentence(0, "Officials/NNS in/IN Tokyo/NNP/LOCATION spoke/VBD");
    AnalysedSentence workers = sentence(1, "Workers/NNS at/IN the/DT damaged/VBN Fukushima/NNP nuclear/JJ plant/NN "
        + "returned/VBD");
    assertThat(GEOCODER.placeSentences(List.of(tokyo, workers), List.of()).get(1).name()).isEqualTo("Fukushima");
  }

  @Test
  void theCityIsTheArticlesCity() {
    AnalysedSentence peshawar = sentence(0, "A/DT bomb/NN exploded/VBD in/IN Peshawar/NNP/LOCATION");
    AnalysedSentence peshawar2 = sentence(1, "Police/NNS in/IN Peshawar/NNP/LOCATION closed/VBD roads/NNS");
    AnalysedSentence kohat = sentence(2, "A/DT day/NN earlier/RB ,/, a/DT bomb/NN struck/VBD Kohat/NNP/LOCATION");
    AnalysedSentence city = sentence(3, "A/DT bomber/NN attacked/VBD the/DT bazaar/NN of/IN the/DT city/NN");
    Place p = GEOCODER.placeSentences(List.of(peshawar, peshawar2, kohat, city), List.of()).get(3);
    assertThat(p.name()).isEqualTo("Peshawar");
  }

  @Test
  void aNameEndingInItsDivisionWordIsAPlaceThoughUntagged() {
    Actor armenia = new Actor("ARM", "Armenia", "ARM", ActorKind.STATE);
    AnalysedSentence shelled = sentence(0, "The/DT government/NN of/IN Armenia/NNP/LOCATION claims/VBZ that/IN "
        + "Azerbaijani/NNP forces/NNS shelled/VBD Tavush/NNP Province/NNP", mention(armenia, 3, 3));
    Place p = GEOCODER.placeSentences(List.of(shelled), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Tavush");
    assertThat(p.kind()).isEqualTo("region");
  }

  @Test
  void groundTakenOrBesiegedIsWhere() {
    Actor iran = new Actor("IRN", "Iran", "IRN", ActorKind.STATE);
    AnalysedSentence film = sentence(0, "The/DT film/NN was/VBD made/VBN in/IN Hollywood/NNP/LOCATION");
    AnalysedSentence took = sentence(1, "In/IN 1979/CD ,/, revolutionaries/NNS took/VBD control/NN of/IN "
        + "Iran/NNP/LOCATION", mention(iran, 7, 7));
    Place p = GEOCODER.placeSentences(List.of(film, took), List.of()).get(1);
    assertThat(p.country()).isEqualTo("IRN");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void aRegionWrittenWithItsCountrysDemonymIsAPlaceWhateverTheActors() {
    AnalysedSentence struck = sentence(0, "Two/CD earthquakes/NNS struck/VBD the/DT Indonesian/JJ/MISC island/NN of/IN "
        + "Sumatra/NNP/LOCATION");
    AnalysedSentence felt = sentence(1, "The/DT tremors/NNS were/VBD felt/VBN in/IN Singapore/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(struck, felt), List.of()).get(0);
    assertThat(p.name()).isEqualTo("North Sumatra");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void aPlaceAbroadNamedOnlyInAQuotationIsNotTheArticles() {
    Actor minister = new Actor("GTMGOV", "Guatemalan Interior Minister", "GTM", ActorKind.GOVERNMENT);
    Actor government = new Actor("GTMGOV", "Guatemalan government", "GTM", ActorKind.GOVERNMENT);
    AnalysedSentence killed = sentence(0, "The/DT Guatemalan/JJ/MISC Interior/NNP Minister/NNP was/VBD killed/VBN "
        + "in/IN a/DT helicopter/NN crash/NN", mention(minister, 1, 3));
    AnalysedSentence said = sentence(1, "The/DT Guatemalan/JJ/MISC government/NN said/VBD ,/, “/`` It/PRP will/MD take/VB "
        + "him/PRP from/IN Villahermosa/NNP/LOCATION to/TO Mexico/NNP/LOCATION City/NNP/LOCATION ”/''", mention(government, 1, 2));
    Place p = GEOCODER.placeSentences(List.of(killed, said), List.of()).get(0);
    assertThat(p.country()).isEqualTo("GTM");
  }

  @Test
  void anItemOfBriefsAboutManyCountriesIsPlacedInItsActorsCountry() {
    // A page of briefs: three items, one paragraph each, about three countries; the third names no
    // place, and the item above it is about Ireland
    AnalysedSentence aleppo = sentence(0, "Protesters/NNS marched/VBD in/IN Aleppo/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence dublin = sentence(1, "Protesters/NNS marched/VBD in/IN Dublin/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence lebanon = sentence(2, "The/DT Lebanese/JJ/MISC army/NN announced/VBD new/JJ rules/NNS ./.",
        mention(LEBANON_MIL, 1, 2));
    Place item = GEOCODER.placeSentences(laidOut("\n\n", aleppo, dublin, lebanon), List.of()).get(2);
    assertThat(item.country()).isEqualTo("LBN");
    assertThat(item.how()).isEqualTo("actors");
    // an item whose actors are of several countries is placed in its subject's
    AnalysedSentence fined = sentence(2, "Lebanese/JJ/MISC soldiers/NNS fined/VBD Syrian/JJ/MISC officials/NNS ./.",
        mention(LEBANON_MIL, 0, 1), mention(SYRIA_GOV, 3, 4));
    assertThat(GEOCODER.placeSentences(laidOut("\n\n", aleppo, dublin, fined), List.of()).get(2).country()).isEqualTo("LBN");
    // under a heading, the briefs are where the heading says
    AnalysedSentence heading = sentence(1, "Protests/NNS in/IN Dublin/NNP/LOCATION", mention(PROTESTERS, 0, 0));
    assertThat(GEOCODER.placeSentences(laidOut("\n\n", aleppo, heading, lebanon), List.of()).get(2).name()).isEqualTo("Dublin");
    // the same sentence inside the Dublin item goes on telling of Dublin
    Place same = GEOCODER.placeSentences(laidOut(" ", aleppo, dublin, lebanon), List.of()).get(2);
    assertThat(same.name()).isEqualTo("Dublin");
    // and in an article mostly about Ireland it is no brief of its own
    AnalysedSentence irish = sentence(1, "Irish/JJ/MISC police/NN and/CC Irish/JJ/MISC protesters/NNS met/VBD in/IN Dublin/NNP/LOCATION ./.",
        mention(IRELAND, 0, 1), mention(IRELAND, 3, 4));
    Place article = GEOCODER.placeSentences(laidOut("\n\n", aleppo, irish, lebanon), List.of()).get(2);
    assertThat(article.name()).isEqualTo("Dublin");
  }

  @Test
  void aDigestWhoseItemsOpenOnManyCountriesHasBriefsEvenWhenOneCountryLeads() {
    // Ireland has most of the page's country mentions, but its five items open on four countries:
    // a digest, whose item about the Lebanese army is in Lebanon, not in Cork above it
    AnalysedSentence irish = sentence(0, "Irish/JJ/MISC police/NN and/CC Irish/JJ/MISC protesters/NNS met/VBD in/IN Dublin/NNP/LOCATION ./.",
        mention(IRELAND, 0, 1), mention(IRELAND, 3, 4));
    AnalysedSentence aleppo = sentence(1, "Protesters/NNS marched/VBD in/IN Aleppo/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence lima = sentence(2, "Protesters/NNS marched/VBD in/IN Lima/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence cork = sentence(3, "Protesters/NNS marched/VBD in/IN Cork/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence lebanon = sentence(4, "The/DT Lebanese/JJ/MISC army/NN announced/VBD new/JJ rules/NNS ./.",
        mention(LEBANON_MIL, 1, 2));
    Place item = GEOCODER.placeSentences(laidOut("\n\n", irish, aleppo, lima, cork, lebanon), List.of()).get(4);
    assertThat(item.country()).isEqualTo("LBN");
    assertThat(item.how()).isEqualTo("actors");
    // when most items open on Ireland, the page is about Ireland, and an item that names no place is there
    AnalysedSentence corkFirst = sentence(1, "Protesters/NNS marched/VBD in/IN Cork/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence aleppoThird = sentence(2, "Protesters/NNS marched/VBD in/IN Aleppo/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    Place article = GEOCODER.placeSentences(laidOut("\n\n", irish, corkFirst, aleppoThird, cork, lebanon), List.of()).get(4);
    assertThat(article.country()).isEqualTo("IRL");
  }

  @Test
  void anItemOfADigestGoesOnWhereItsFirstSentencePutIt() {
    // a digest led by Ireland's mentions: the Beirut item's second sentence is still in Beirut,
    // not in Cork two sentences back
    AnalysedSentence irish = sentence(0, "Irish/JJ/MISC police/NN and/CC Irish/JJ/MISC protesters/NNS met/VBD in/IN Dublin/NNP/LOCATION ./.",
        mention(IRELAND, 0, 1), mention(IRELAND, 3, 4));
    AnalysedSentence aleppo = sentence(1, "Protesters/NNS marched/VBD in/IN Aleppo/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence lima = sentence(2, "Protesters/NNS marched/VBD in/IN Lima/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence cork = sentence(3, "Protesters/NNS marched/VBD in/IN Cork/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence beirut = sentence(4, "Protesters/NNS marched/VBD in/IN Beirut/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence clashed = sentence(5, "They/PRP clashed/VBD with/IN police/NNS ./.", mention(POLICE, 3, 3));
    List<AnalysedSentence> page = new ArrayList<>(laidOut("\n\n", irish, aleppo, lima, cork, beirut));
    page.add(following(page.get(4), " ", clashed)); // the same paragraph
    Place item = GEOCODER.placeSentences(page, List.of()).get(5);
    assertThat(item.name()).isEqualTo("Beirut");
    assertThat(item.how()).isEqualTo("previous sentence");
  }

  @Test
  void theSentencesOwnActorsTellWhichOfTwoNamesakesItMeans() {
    // on a page mostly about the United States, Mexican police in Sonora are in Mexico's state, not
    // in the Californian town
    AnalysedSentence us = sentence(0, "American/JJ/MISC officials/NNS met/VBD in/IN Washington/NNP/LOCATION ,/, "
        + "Chicago/NNP/LOCATION ,/, Houston/NNP/LOCATION and/CC Dallas/NNP/LOCATION ./.", mention(USA_GOV, 0, 1));
    AnalysedSentence sonora = sentence(1, "Mexican/JJ/MISC law/NN enforcement/NN seized/VBD pills/NNS in/IN Sonora/NNP/LOCATION ./.",
        mention(MEXICO_POLICE, 0, 2));
    Place p = GEOCODER.placeSentences(laidOut("\n\n", us, sonora), List.of()).get(1);
    assertThat(p.name()).isEqualTo("Sonora");
    assertThat(p.country()).isEqualTo("MEX");
  }

  @Test
  void aNameWrittenWithItsRegionIsAPlaceThoughTakenForAPerson() {
    // CoreNLP tags the town a person and the coder makes it the target; its region after the comma says what it is
    Actor russia = new Actor("RUS", "Russia", "RUS", ActorKind.STATE);
    Actor town = new Actor("PER", "Kostiantynivka", null, ActorKind.PERSON);
    AnalysedSentence s = sentence(0, "Russia/NNP/LOCATION says/VBZ it/PRP captured/VBD/O/capture Kostiantynivka/NNP/PERSON ,/, "
        + "Donetsk/NNP/LOCATION Oblast/NNP/LOCATION ./.", mention(russia, 0, 0), mention(town, 4, 4));
    Event claim = event(s, russia, town);
    assertThat(GEOCODER.placeSentences(List.of(s), List.of(claim)).get(0).name()).isEqualTo("Kostiantynivka");
    // a person's longer name that ends in a town's is still the person's: "Colonel Paul Hastings, U.S. spokesman"
    Actor colonel = new Actor("PER2", "Paul Hastings", null, ActorKind.PERSON);
    AnalysedSentence said = sentence(0, "Air/NN strikes/NNS forced/VBD a/DT retreat/NN ,/, Colonel/NNP Paul/NNP/PERSON "
        + "Hastings/NNP/PERSON ,/, U.S./NNP/LOCATION military/JJ spokesman/NN ,/, said/VBD ./.", mention(colonel, 6, 8));
    Place p = GEOCODER.placeSentences(List.of(said), List.of()).get(0);
    assertThat(p == null ? null : p.name()).isNotEqualTo("Hastings");
  }

  @Test
  void countsInPlacesWrittenWithTheirCountriesMakeAList() {
    AnalysedSentence s = sentence(0, "Seven/CD people/NNS in/IN Kyiv/NNP/LOCATION ,/, Ukraine/NNP/LOCATION ,/, and/CC three/CD "
        + "more/JJR in/IN Rostov/NNP/LOCATION ,/, Russia/NNP/LOCATION ,/, are/VBP killed/VBN ./.");
    assertThat(GEOCODER.placeSentenceLists(List.of(s), List.of()).get(0)).extracting(Place::country)
        .containsExactlyInAnyOrder("UKR", "RUS");
  }

  @Test
  void aStatesOfficialNameTheGazetteerLacksIsNoTownOfItsFirstWord() {
    AnalysedSentence s = sentence(0, "Fighting/NN continued/VBD in/IN the/DT Republic/NNP/LOCATION of/IN/LOCATION "
        + "Zubrowka/NNP/LOCATION");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p == null ? null : p.name()).isNotEqualTo("Republic");
    // nor is a port the gazetteer lacks a town of its first word
    AnalysedSentence port = sentence(0, "Police/NNS seized/VBD cocaine/NN at/IN the/DT Port/NNP/LOCATION of/IN/LOCATION "
        + "Helsingborg/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(port), List.of()).get(0).country()).isEqualTo("SWE");
  }

  @Test
  void aNameCoreNlpSplitsAtItsHyphensIsOneName() {
    // CoreNLP splits "Timor-Leste" into three tokens and, inside a government's name, tags them an organisation
    AnalysedSentence s = sentence(0, "The/DT Government/NN/ORGANIZATION of/IN/ORGANIZATION Timor/NNP/ORGANIZATION "
        + "+-/HYPH/ORGANIZATION +Leste/NNP/ORGANIZATION announces/VBZ/O/announce a/DT deportation/NN");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("TLS");
  }

  @Test
  void aHyphenedNameCoreNlpTagsAsCommonNounsIsAPlace() {
    AnalysedSentence s = sentence(0, "Three/CD people/NNS are/VBP killed/VBN in/IN an/DT avalanche/NN near/IN Val/NN +-/HYPH "
        + "+d'Isère/NN ,/, France/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Val-d'Isère");
  }

  @Test
  void aKnownNameTheContextRulesOutLeavesNoPlaceOfItsParts() {
    // "taken to New York" is where someone was carried, and not York in England either
    AnalysedSentence s = sentence(0, "Maduro/NNP/PERSON is/VBZ taken/VBN to/TO New/NNP/LOCATION York/NNP/LOCATION ./.");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p == null ? null : p.country()).isNotEqualTo("GBR");
    // "Fort Tiuna", a base the gazetteer lacks, is not Fort, another name of Augusta, Maine
    AnalysedSentence fort = sentence(0, "Helicopters/NNS strike/VBP Fort/NNP/LOCATION Tiuna/NN ./.");
    Place base = GEOCODER.placeSentences(List.of(fort), List.of()).get(0);
    assertThat(base == null ? null : base.country()).isNotEqualTo("USA");
  }

  @Test
  void aPlaceWrittenInACompassPartOfItsCountryIsThatCountrys() {
    AnalysedSentence s = sentence(0, "Aircraft/NNS strike/VBP a/DT site/NN near/IN Palmyra/NNP/LOCATION in/IN central/JJ "
        + "Syria/NNP/LOCATION ./.", mention(USA_GOV, 0, 0));
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("SYR");
  }

  @Test
  void aLowerCaseCompassWordBeforeARegionNamesItsDivision() {
    AnalysedSentence darfur = sentence(0, "Doctors/NNS left/VBD a/DT hospital/NN in/IN central/JJ Darfur/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(darfur), List.of()).get(0).name()).isEqualTo("Central Darfur");
    // a country's part stays the country
    AnalysedSentence syria = sentence(0, "Troops/NNS entered/VBD northern/JJ Syria/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(syria), List.of()).get(0).name()).isEqualTo("Syria");
  }

  @Test
  void aGovernmentThatOpensTheSentenceActsAtHomeWhateverPlaceAbroadItsActConcerns() {
    AnalysedSentence s = sentence(0, "The/DT Israeli/JJ cabinet/NN approves/VBZ/O/approve the/DT ceasefire/NN ,/, with/IN "
        + "troops/NNS given/VBN 24/CD hours/NNS to/TO withdraw/VB within/IN Gaza/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("ISR");
    // a place in its own country, finer, stands
    AnalysedSentence haifa = sentence(0, "The/DT Israeli/JJ cabinet/NN meets/VBZ/O/meet in/IN Haifa/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(haifa), List.of()).get(0).name()).isEqualTo("Haifa");
  }

  @Test
  void aCourtOrMinistryItsDemonymOpensActsAtHome() {
    // a page about Indonesia; a court, a judge or a ministry that a demonym opens the sentence with,
    // past lower-case adjectives, acts in its country
    AnalysedSentence bandung = sentence(0, "Police/NNS stormed/VBD a/DT campus/NN in/IN Bandung/NNP/LOCATION ./.");
    for (String opening : List.of("A/DT Finnish/JJ court/NN sentences/VBZ/O/sentence", "An/DT Argentine/JJ federal/JJ "
        + "judge/NN bars/VBZ/O/bar", "The/DT Peruvian/JJ foreign/JJ ministry/NN opens/VBZ/O/open",
        "The/DT Nepalese/JJ Commission/NN for/IN the/DT Investigation/NN/ORGANIZATION charges/VBZ/O/charge")) {
      AnalysedSentence s = sentence(1, opening + " an/DT activist/NN ./.");
      Place p = GEOCODER.placeSentences(laidOut("\n\n", bandung, s), List.of()).get(1);
      assertThat(p.country()).as(opening).isNotEqualTo("IDN");
      assertThat(p.kind()).as(opening).isEqualTo("country");
    }
    // troops act abroad as often as at home: no place from their demonym
    AnalysedSentence troops = sentence(1, "Finnish/JJ troops/NNS detained/VBD/O/detain an/DT activist/NN ./.");
    assertThat(GEOCODER.placeSentences(laidOut("\n\n", bandung, troops), List.of()).get(1).country()).isEqualTo("IDN");
  }

  @Test
  void aBriefGoesOnWhereItsLabelPutItPastTwoSentences() {
    // briefs about several countries; a label names Albania, and its brief's third sentence names no place
    AnalysedSentence delhi = sentence(0, "Police/NNS raided/VBD a/DT house/NN in/IN Delhi/NNP/LOCATION ./.");
    AnalysedSentence lyon = sentence(1, "Police/NNS raided/VBD a/DT house/NN in/IN Lyon/NNP/LOCATION ./.");
    AnalysedSentence label = sentence(2, "Corruption/NN in/IN Albania/NNP/LOCATION");
    AnalysedSentence charged = sentence(3, "A/DT former/JJ president/NN is/VBZ charged/VBN ./.");
    List<AnalysedSentence> page = new ArrayList<>(laidOut("\n\n", delhi, lyon, label, charged));
    page.add(following(page.get(3), " ", sentence(4, "The/DT charges/NNS were/VBD detailed/VBN ./.")));
    page.add(following(page.get(4), " ", sentence(5, "He/PRP was/VBD arrested/VBN in/IN October/NNP/DATE ./.")));
    List<Place> places = GEOCODER.placeSentences(page, List.of());
    assertThat(places.get(4).country()).isEqualTo("ALB");
    assertThat(places.get(5).country()).isEqualTo("ALB");
  }

  @Test
  void aBriefThatWouldTakeThePagesPlaceTakesItsActorsCountryWhenTheTitleNamesNoPlace() {
    // labelled briefs under a title that names no place, most of them in Gaza; a brief under a label
    // naming no place goes on, in its second sentence, with the U.S. president: the page's place is a
    // vote among briefs, not this brief's, and the president's country is the better guess
    Actor president = new Actor("USAGOV", "U.S. president", "USA", ActorKind.GOVERNMENT);
    AnalysedSentence rejects = sentence(7, "The/DT U.S./NNP/LOCATION president/NN rejects/VBZ the/DT assessment/NN ./.",
        mention(president, 1, 2));
    assertThat(lastOfBriefsInGaza("Armed/JJ conflicts/NNS and/CC attacks/NNS", rejects).country()).isEqualTo("USA");
    // the same brief on a page whose title names its place: an article with subheadings, which is one story
    assertThat(lastOfBriefsInGaza("Rebels/NNS attack/VBP in/IN Gaza/NNP/LOCATION", rejects).country()).isEqualTo("PSE");
  }

  @Test
  void aBriefOpenedByADemonymWithNoActorTakesItsCountry() {
    // the brief's second sentence opens with a demonym the coder made no actor of
    AnalysedSentence sentenced = sentence(7, "Iranian/JJ singer/NN Parisa/NNP/PERSON is/VBZ sentenced/VBN ./.");
    assertThat(lastOfBriefsInGaza("Armed/JJ conflicts/NNS and/CC attacks/NNS", sentenced).country()).isEqualTo("IRN");
  }

  /**
   * The place of the last sentence of a page of labelled briefs with this title: two briefs in Gaza,
   * then, under a label that names no place, a brief whose first sentence names no place nor actor
   * and whose second is {@code last}, sentence 7.
   */
  private static Place lastOfBriefsInGaza(String title, AnalysedSentence last) {
    AnalysedSentence head = sentence(0, title);
    head = new AnalysedSentence(0, true, head.sentence(), head.mentions(), head.parse());
    AnalysedSentence label = sentence(1, "Gaza/NNP/LOCATION war/NN");
    AnalysedSentence gaza = sentence(2, "Rebels/NNS are/VBP killed/VBN in/IN Gaza/NNP/LOCATION ./.", mention(REBELS, 0, 0));
    AnalysedSentence label2 = sentence(3, "Gaza/NNP/LOCATION ceasefire/NN");
    AnalysedSentence gaza2 = sentence(4, "Rebels/NNS are/VBP released/VBN in/IN Gaza/NNP/LOCATION ./.", mention(REBELS, 0, 0));
    AnalysedSentence label3 = sentence(5, "Strikes/NNS on/IN nuclear/JJ sites/NNS");
    AnalysedSentence finds = sentence(6, "An/DT assessment/NN finds/VBZ that/IN the/DT programme/NN survived/VBD ./.");
    List<AnalysedSentence> page = new ArrayList<>(List.of(head));
    page.addAll(laidOut("\n\n", label, gaza, label2, gaza2, label3, finds));
    page.add(following(page.get(6), " ", last));
    return GEOCODER.placeSentences(page, List.of()).get(7);
  }

  @Test
  void twoStoryLabelsMakeAPageOfBriefs() {
    // a short page of briefs with only two labels, mostly about Australia; the brief under the second
    // label names no place and is where its label says, not at the page's place
    AnalysedSentence title = sentence(0, "Law/NN and/CC crime/NN");
    title = new AnalysedSentence(0, true, title.sentence(), title.mentions(), title.parse());
    AnalysedSentence label = sentence(1, "Organised/JJ crime/NN in/IN Australia/NNP/LOCATION");
    AnalysedSentence sydney = sentence(2, "Police/NNS seize/VBP cocaine/NN in/IN Sydney/NNP/LOCATION ./.");
    AnalysedSentence label2 = sentence(3, "Hijab/NN in/IN Iran/NNP/LOCATION");
    AnalysedSentence sentenced = sentence(4, "A/DT singer/NN is/VBZ sentenced/VBN to/TO lashes/NNS ./.");
    AnalysedSentence canberra = sentence(5, "Officials/NNS agree/VBP to/TO pay/VB in/IN Canberra/NNP/LOCATION ./.");
    List<AnalysedSentence> page = new ArrayList<>(List.of(title));
    page.addAll(laidOut("\n\n", label, sydney, label2, sentenced, canberra));
    assertThat(GEOCODER.placeSentences(page, List.of()).get(4).country()).isEqualTo("IRN");
  }

  @Test
  void aBriefsSubjectMayHoldItsDeterminer() {
    // briefs about several countries; the third's subject, with its "The", is a Thai court
    Actor thaiCourt = new Actor("THAJUD", "Thai court", "THA", ActorKind.GOVERNMENT);
    Actor cambodian = new Actor("KHMGOV", "Cambodian prime minister", "KHM", ActorKind.GOVERNMENT);
    AnalysedSentence beirut = sentence(0, "Protesters/NNS marched/VBD in/IN Beirut/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence dublin = sentence(1, "Protesters/NNS marched/VBD in/IN Dublin/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence removes = sentence(2, "The/DT Thai/JJ Constitutional/JJ Court/NN removes/VBZ/O/remove the/DT premier/NN "
        + "over/IN calls/NNS with/IN Cambodian/JJ prime/JJ minister/NN Hun/NNP Sen/NNP ./.",
        mention(thaiCourt, 0, 3), mention(cambodian, 11, 15));
    Place p = GEOCODER.placeSentences(laidOut("\n\n", beirut, dublin, removes), List.of()).get(2);
    assertThat(p.country()).isEqualTo("THA");
  }

  @Test
  void theCountryABriefNamesBeforeTheCountryIsWhatItMeans() {
    // Briefs about three countries, none leading: "the country" of the third is the one it named before,
    // not the page's city
    AnalysedSentence beirut = sentence(0, "Protesters/NNS marched/VBD in/IN Beirut/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence dublin = sentence(1, "Protesters/NNS marched/VBD in/IN Dublin/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence boat = sentence(2, "A/DT South/JJ Korean/JJ boat/NN capsized/VBD off/IN the/DT country/NN 's/POS "
        + "southern/JJ coast/NN ./.");
    Place capsized = GEOCODER.placeSentences(laidOut("\n\n", beirut, dublin, boat), List.of()).get(2);
    assertThat(capsized.country()).isEqualTo("KOR");
    // a country named as an actor is whose: "Syrian troops were killed in the country" were abroad (one
    // paragraph, so that no brief opens here)
    AnalysedSentence troops = sentence(2, "Syrian/JJ troops/NNS were/VBD killed/VBN in/IN the/DT country/NN ./.",
        mention(SYRIA_GOV, 0, 0));
    Place killed = GEOCODER.placeSentences(laidOut(" ", beirut, dublin, troops), List.of()).get(2);
    assertThat(killed == null ? null : killed.country()).isNotEqualTo("SYR");
  }

  @Test
  void aCountryThatNamesWhatHappenedThereIsWhere() {
    AnalysedSentence before = sentence(0, "Buses/NNS collided/VBD in/IN Sempach/NNP/LOCATION ./.");
    AnalysedSentence crash = sentence(1, "A/DT Spain/NNP/LOCATION car/NN rally/NN race/NN crash/NN leaves/VBZ six/CD dead/JJ");
    assertThat(GEOCODER.placeSentences(laidOut(" ", before, crash), List.of()).get(1).country()).isEqualTo("ESP");
    // an act somebody does says whose
    AnalysedSentence strike = sentence(1, "A/DT Spain/NNP/LOCATION air/NN strike/NN leaves/VBZ six/CD dead/JJ");
    assertThat(GEOCODER.placeSentences(laidOut(" ", before, strike), List.of()).get(1).country()).isEqualTo("CHE");
  }

  @Test
  void aSourceCitedInBracketsNamesNoPlace() {
    // a digest's item and the sources it cites, which the sentence splitter left as a sentence of their own
    AnalysedSentence item = sentence(0, "Protesters/NNS marched/VBD in/IN Beirut/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence cited = sentence(1, "(/-LRB- Reuters/NNP/ORGANIZATION )/-RRB- (/-LRB- The/DT Hill/NNP/LOCATION )/-RRB-");
    List<Place> places = GEOCODER.placeSentences(laidOut(" ", item, cited), List.of());
    assertThat(places.get(1).name()).isEqualTo("Beirut");
    // the same at the end of the item's own sentence
    AnalysedSentence inline = sentence(0, "Protesters/NNS marched/VBD ./. (/-LRB- The/DT Hill/NNP/LOCATION )/-RRB-",
        mention(PROTESTERS, 0, 0));
    Place none = GEOCODER.placeSentences(List.of(inline), List.of()).get(0);
    assertThat(none == null ? null : none.name()).isNotEqualTo("Hill City");
  }

  @Test
  void aBriefWhoseOpenerSaysWhatItOrderedIsAtHome() {
    // an item about strikes that its subject announces is the announcement's, at home
    AnalysedSentence aleppo = sentence(0, "Protesters/NNS marched/VBD in/IN Aleppo/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence dublin = sentence(1, "Protesters/NNS marched/VBD in/IN Dublin/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence says = sentence(2, "The/DT Lebanese/JJ/MISC army/NN says/VBZ/O/say it/PRP ordered/VBD more/JJR "
        + "airstrikes/NNS/O/airstrike ./.", mention(LEBANON_MIL, 1, 2));
    Place item = GEOCODER.placeSentences(laidOut("\n\n", aleppo, dublin, says), List.of()).get(2);
    assertThat(item.country()).isEqualTo("LBN");
    // told as an incident, it may have happened anywhere: the page's place stands
    AnalysedSentence struck = sentence(2, "The/DT Lebanese/JJ/MISC army/NN carried/VBD/O/carry out/RP more/JJR "
        + "airstrikes/NNS/O/airstrike ./.", mention(LEBANON_MIL, 1, 2));
    assertThat(GEOCODER.placeSentences(laidOut("\n\n", aleppo, dublin, struck), List.of()).get(2).country()).isNotEqualTo("LBN");
  }

  @Test
  void aNameBeforeWhatHappenedThereIsAPlaceThoughUntagged() {
    // a story label of a digest: the town the wildfire is named after
    AnalysedSentence label = sentence(0, "2026/CD Ōtsuchi/NNP wildfire/NN");
    assertThat(GEOCODER.placeSentences(List.of(label), List.of()).get(0).name()).isEqualTo("Ōtsuchi");
  }

  @Test
  void aCityBeforeTheFacilityNamedAfterItIsAPlaceThoughUntagged() {
    AnalysedSentence base = sentence(0, "Drones/NNS strike/VBP the/DT Engels/NNP +-/HYPH +2/CD air/NN base/NN ./.");
    assertThat(GEOCODER.placeSentences(List.of(base), List.of()).get(0).name()).isEqualTo("Engels");
    // the number after a hyphen is the base's, not a name the city begins
    AnalysedSentence unknown = sentence(0, "Drones/NNS strike/VBP the/DT Engels/NNP +-/HYPH +2/CD fleet/NN ./.");
    assertThat(GEOCODER.placeSentences(List.of(unknown), List.of()).get(0)).isNull();
  }

  @Test
  void overSaysWhereOnlyOfWhatFlies() {
    AnalysedSentence yemen = sentence(0, "Houthi/NNP rebels/NNS fire/VBP missiles/NNS from/IN Yemen/NNP/LOCATION ./.");
    AnalysedSentence drone = sentence(1, "The/DT Houthis/NNPS claim/VBP to/TO have/VB shot/VBN down/RP a/DT drone/NN "
        + "conducting/VBG missions/NNS over/IN Al/NNP/PERSON Hudaydah/NNP/PERSON ./.");
    Place p = GEOCODER.placeSentences(List.of(yemen, drone), List.of()).get(1);
    assertThat(p.text()).isEqualTo("Al Hudaydah");
    assertThat(p.how()).isEqualTo("sentence");
    // a dispute over a place is about it, wherever it is held
    AnalysedSentence talks = sentence(1, "Negotiators/NNS resume/VBP the/DT talks/NNS over/IN Al/NNP/PERSON Hudaydah/NNP/PERSON ./.");
    assertThat(GEOCODER.placeSentences(List.of(yemen, talks), List.of()).get(1).text()).isNotEqualTo("Al Hudaydah");
  }

  @Test
  void aNameAfterAGroupsNounOrOwningKinIsNoPlace() {
    AnalysedSentence cartels = sentence(0, "The/DT United/NNP/LOCATION States/NNP/LOCATION designates/VBZ drug/NN "
        + "cartels/NNS Los/NNP/PERSON Choneros/NNP/PERSON and/CC Los/NNP/LOCATION Lobos/NNP/LOCATION as/IN terrorist/JJ "
        + "organizations/NNS ./.");
    Place p = GEOCODER.placeSentences(List.of(cartels), List.of()).get(0);
    assertThat(p == null ? null : p.country()).as("Los Lobos, a Mexican village, is a cartel here").isNotEqualTo("MEX");
    AnalysedSentence sons = sentence(0, "Sanctions/NNS hit/VBP the/DT sons/NNS of/IN a/DT kingpin/NN ,/, El/NNP/LOCATION "
        + "Chapo/NNP/LOCATION +'s/POS sons/NNS ./.");
    assertThat(GEOCODER.placeSentences(List.of(sons), List.of()).get(0)).isNull();
    // a village named after the noun and a preposition is a place
    AnalysedSentence village = sentence(0, "Cartels/NNS clash/VBP in/IN Los/NNP/LOCATION Lobos/NNP/LOCATION ,/, "
        + "Sonora/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(village), List.of()).get(0).country()).isEqualTo("MEX");
  }

  @Test
  void aStreetNamedAfterACityIsNotInIt() {
    AnalysedSentence london = sentence(0, "Police/NNS cordoned/VBD off/RP streets/NNS in/IN London/NNP/LOCATION ./.");
    AnalysedSentence street = sentence(1, "A/DT bomb/NN exploded/VBD on/IN a/DT train/NN at/IN Liverpool/NNP/LOCATION "
        + "Street/NNP/LOCATION station/NN ./.");
    Place p = GEOCODER.placeSentences(List.of(london, street), List.of()).get(1);
    assertThat(p.name()).isEqualTo("London");
  }

  @Test
  void aResidentsHomeIsNotWhereTheyActed() {
    AnalysedSentence kenosha = sentence(0, "Protests/NNS continue/VBP in/IN Kenosha/NNP/LOCATION ,/, Wisconsin/NNP/LOCATION ./.");
    AnalysedSentence resident = sentence(1, "A/DT resident/NN of/IN Antioch/NNP/LOCATION ,/, Illinois/NNP/LOCATION ,/, "
        + "he/PRP is/VBZ accused/VBN of/IN shooting/VBG two/CD people/NNS ./.");
    Place p = GEOCODER.placeSentences(List.of(kenosha, resident), List.of()).get(1);
    assertThat(p.name()).isEqualTo("Kenosha");
  }

  @Test
  void aKnownNameWithALowerCaseWordAfterItsHyphenIsOneName() {
    AnalysedSentence s = sentence(0, "Missiles/NNS strike/VBP targets/NNS in/IN Pakistan/NNP/LOCATION and/CC "
        + "Pakistan/NNP/LOCATION +-/HYPH +administered/VBN Kashmir/NNP/LOCATION ,/, killing/VBG 26/CD ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Pakistan-administered Kashmir");
  }

  @Test
  void anArabicArticleJoinedByAHyphenStaysInsideTheName() {
    AnalysedSentence s = sentence(0, "Rebels/NNS seize/VBP Abu/NNP/PERSON al/NNP +-/HYPH +Duhur/NNP military/JJ airport/NN ./.");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Abu al-Duhur");
    assertThat(p.country()).isEqualTo("SYR");
  }

  @Test
  void aCapitalisedWordTaggedNoProperNounEndsTheKnownNameItCompletes() {
    // CoreNLP tags "Sad" of "Novi Sad" an adjective; "Novi" alone is a town in Michigan
    AnalysedSentence s = sentence(0, "Prosecutors/NNS indict/VBP ten/CD over/IN the/DT Novi/NNP Sad/JJ railway/NN "
        + "station/NN roof/NN collapse/NN ./.");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Novi Sad");
    assertThat(p.country()).isEqualTo("SRB");
  }

  @Test
  void aBriefAboutSeveralCountriesNoneOfWhichActsIsPlacedInTheFirst() {
    Actor lebanon = new Actor("LBN", "Lebanon", "LBN", ActorKind.STATE);
    AnalysedSentence lima = sentence(0, "Protesters/NNS marched/VBD in/IN Lima/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence dublin = sentence(1, "Protesters/NNS marched/VBD in/IN Dublin/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence storm = sentence(2, "A/DT sandstorm/NN hits/VBZ Lebanon/NNP/LOCATION and/CC Syria/NNP/LOCATION ./.",
        mention(lebanon, 3, 3), mention(SYRIA_GOV, 5, 5));
    Place item = GEOCODER.placeSentences(laidOut("\n\n", lima, dublin, storm), List.of()).get(2);
    assertThat(item.country()).isEqualTo("LBN");
    // not a country someone is to be sent to: the deportation is blocked where the court sits
    Actor france = new Actor("FRA", "France", "FRA", ActorKind.STATE);
    Actor eritrean = new Actor("ERICVL", "Eritrean", "ERI", ActorKind.CIVILIANS);
    AnalysedSentence deportation = sentence(2, "A/DT court/NN blocks/VBZ the/DT deportation/NN of/IN an/DT Eritrean/JJ "
        + "man/NN to/TO France/NNP/LOCATION ./.", mention(eritrean, 7, 8), mention(france, 10, 10));
    Place blocked = GEOCODER.placeSentences(laidOut("\n\n", lima, dublin, deportation), List.of()).get(2);
    assertThat(blocked == null ? "none" : blocked.country()).isNotEqualTo("FRA");
  }

  @Test
  void theFirstBriefBelowThePagesTitleOpensAnItem() {
    // A portal day's section: the title ("Politics and elections"), whose offsets are its own, then the
    // briefs; the first names no place and is about Lebanon, the page's places are in Ireland and Syria
    AnalysedSentence title = sentence(0, "Politics/NNS and/CC elections/NNS");
    title = new AnalysedSentence(0, true, title.sentence(), title.mentions(), title.parse());
    AnalysedSentence lebanon = sentence(1, "The/DT Lebanese/JJ/MISC army/NN announced/VBD new/JJ rules/NNS ./.",
        mention(LEBANON_MIL, 1, 2));
    AnalysedSentence dublin = sentence(2, "Protesters/NNS marched/VBD in/IN Dublin/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence aleppo = sentence(3, "Protesters/NNS marched/VBD in/IN Aleppo/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    List<AnalysedSentence> page = new ArrayList<>(List.of(title));
    page.addAll(laidOut("\n\n", lebanon, dublin, aleppo));
    Place first = GEOCODER.placeSentences(page, List.of()).get(1);
    assertThat(first.country()).isEqualTo("LBN");
    assertThat(first.how()).isEqualTo("actors");
  }

  @Test
  void aPlaceAfterAHyphenedModifierFollowsThePreposition() {
    // "in Houthi-controlled Yemen": CoreNLP splits the compound; Yemen is after "in", as Israel is after "on"
    Actor israelMil = new Actor("ISRMIL", "Israeli Air Force", "ISR", ActorKind.MILITARY);
    Actor yemen = new Actor("YEM", "Yemen", "YEM", ActorKind.STATE);
    Actor israel = new Actor("ISR", "Israel", "ISR", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "The/DT Israeli/NNP Air/NNP/ORGANIZATION Force/NNP/ORGANIZATION strikes/VBZ/O/strike "
        + "ports/NNS in/IN Houthi/NNP +-/HYPH +controlled/VBN Yemen/NNP/LOCATION after/IN attacks/NNS on/IN "
        + "Israel/NNP/LOCATION ./.", mention(israelMil, 0, 3), mention(yemen, 10, 10), mention(israel, 14, 14));
    Event strike = event(s, israelMil, null);
    assertThat(GEOCODER.placeSentences(List.of(s), List.of(strike)).get(0).country()).isEqualTo("YEM");
  }

  @Test
  void aStoryLabelAbroadPlacesTheBriefRightBelowIt() {
    // a page of labelled briefs mostly about the United States; one label names the Philippines, and
    // its brief, an arrest, names no place
    Actor senator = new Actor("USALEG", "senator", "USA", ActorKind.GOVERNMENT);
    AnalysedSentence title = sentence(0, "Law/NN and/CC crime/NN");
    title = new AnalysedSentence(0, true, title.sentence(), title.mentions(), title.parse());
    AnalysedSentence iowa = sentence(1, "Seven/CD are/VBP killed/VBN in/IN Muscatine/NNP/LOCATION ,/, Iowa/NNP/LOCATION ./.");
    AnalysedSentence label = sentence(2, "Flood/NN control/NN scandal/NN in/IN the/DT Philippines/NNP/LOCATION");
    AnalysedSentence arrest = sentence(3, "A/DT senator/NN surrenders/VBZ after/IN a/DT court/NN orders/VBZ his/PRP$ "
        + "arrest/NN ./.");
    AnalysedSentence label2 = sentence(4, "Regulation/NN of/IN AI/NN in/IN the/DT United/NNP/LOCATION States/NNP/LOCATION");
    AnalysedSentence florida = sentence(5, "The/DT U.S./NNP/LOCATION senator/NN sues/VBZ a/DT firm/NN in/IN "
        + "Florida/NNP/LOCATION ./.", mention(senator, 1, 2));
    AnalysedSentence label3 = sentence(6, "Crime/NN in/IN Ohio/NNP/LOCATION");
    AnalysedSentence ohio = sentence(7, "A/DT U.S./NNP/LOCATION senator/NN is/VBZ charged/VBN in/IN Columbus/NNP/LOCATION ./.",
        mention(senator, 1, 2));
    List<AnalysedSentence> page = new ArrayList<>(List.of(title));
    page.addAll(laidOut("\n\n", iowa, label, arrest, label2, florida, label3, ohio));
    assertThat(GEOCODER.placeSentences(page, List.of()).get(3).country()).isEqualTo("PHL");
    // a label that names its country but not as where ("Immigration to the Philippines") places it too,
    // though the brief names another country (where a man is not to be deported)
    AnalysedSentence to = sentence(2, "Immigration/NN to/TO the/DT Philippines/NNP/LOCATION",
        mention(new Actor("PHL", "Philippines", "PHL", ActorKind.STATE), 3, 3));
    Actor eritrean = new Actor("ERICVL", "Eritrean", "ERI", ActorKind.CIVILIANS);
    Actor france = new Actor("FRA", "France", "FRA", ActorKind.STATE);
    AnalysedSentence deportation = sentence(3, "A/DT court/NN blocks/VBZ the/DT deportation/NN of/IN an/DT Eritrean/JJ "
        + "man/NN to/TO France/NNP/LOCATION ./.", mention(eritrean, 7, 8), mention(france, 10, 10));
    List<AnalysedSentence> page2 = new ArrayList<>(List.of(title));
    page2.addAll(laidOut("\n\n", iowa, to, deportation, label2, florida, label3, ohio));
    assertThat(GEOCODER.placeSentences(page2, List.of()).get(3).country()).isEqualTo("PHL");
  }

  @Test
  void aNameUnderAStoryLabelIsTheLabelsCountrys() {
    // labelled briefs mostly about the United States; "Palmyra" under "Syrian conflict" is the Syrian city,
    // not a US one
    Actor american = new Actor("USAMIL", "American forces", "USA", ActorKind.MILITARY);
    AnalysedSentence label1 = sentence(0, "Protests/NNS in/IN Chicago/NNP/LOCATION");
    AnalysedSentence ohio = sentence(1, "American/JJ forces/NNS march/VBP in/IN Chicago/NNP/LOCATION ./.",
        mention(american, 0, 1));
    AnalysedSentence label2 = sentence(2, "Crime/NN in/IN Houston/NNP/LOCATION");
    AnalysedSentence texas = sentence(3, "American/JJ forces/NNS march/VBP in/IN Houston/NNP/LOCATION ./.",
        mention(american, 0, 1));
    AnalysedSentence label3 = sentence(4, "Syrian/JJ conflict/NN");
    AnalysedSentence palmyra = sentence(5, "An/DT attacker/NN opens/VBZ fire/NN on/IN American/JJ forces/NNS in/IN "
        + "Palmyra/NNP/LOCATION ./.", mention(american, 5, 6));
    List<Place> places = GEOCODER.placeSentences(laidOut("\n\n", label1, ohio, label2, texas, label3, palmyra), List.of());
    assertThat(places.get(5).country()).isEqualTo("SYR");
  }

  @Test
  void aCountryOpeningTheMainClauseAfterAPhraseOfCauseSpeaksAtHome() {
    // the clashes of the opening phrase say why; what Cambodia does, it does at home
    Actor cambodia = new Actor("KHM", "Cambodia", "KHM", ActorKind.STATE);
    Actor thailand = new Actor("THA", "Thailand", "THA", ActorKind.STATE);
    AnalysedSentence before = sentence(0, "Rebels/NNS captured/VBD Uvira/NNP/LOCATION ./.");
    AnalysedSentence shuts = sentence(1, "In/IN response/NN to/IN clashes/NNS/O/clash with/IN Thailand/NNP/LOCATION ,/, "
        + "Cambodia/NNP/LOCATION shuts/VBZ/O/shut its/PRP$ border/NN crossings/NNS ./.", mention(thailand, 5, 5),
        mention(cambodia, 7, 7));
    Place p = GEOCODER.placeSentences(laidOut(" ", before, shuts), List.of()).get(1);
    assertThat(p.country()).isEqualTo("KHM");
  }

  @Test
  void theStatesASubjectCountsActEachAtHome() {
    // an article about Germany; the countries named after "including" are the subject, each at home
    Actor denmark = new Actor("DNK", "Denmark", "DNK", ActorKind.STATE);
    Actor sweden = new Actor("SWE", "Sweden", "SWE", ActorKind.STATE);
    AnalysedSentence died = sentence(0, "Swans/NNS died/VBD in/IN Germany/NNP/LOCATION ./.");
    AnalysedSentence required = sentence(1, "A/DT number/NN of/IN countries/NNS/O/country ,/, including/VBG Denmark/NNP/LOCATION "
        + ",/, Sweden/NNP/LOCATION and/CC the/DT Netherlands/NNP/LOCATION have/VBP required/VBN/O/require that/IN "
        + "fowl/NN be/VB kept/VBN/O/keep indoors/RB ./.", mention(denmark, 6, 6), mention(sweden, 8, 8));
    AnalysedSentence closed = sentence(2, "Several/JJ countries/NNS/O/country ,/, including/VBG France/NNP/LOCATION ,/, "
        + "have/VBP closed/VBN/O/close their/PRP$ embassies/NNS in/IN Berlin/NNP/LOCATION ./.");
    List<List<Place>> places = GEOCODER.placeSentenceLists(laidOut(" ", died, required, closed), List.of());
    assertThat(places.get(1)).extracting(Place::country).containsExactly("DNK", "SWE", "NLD");
    assertThat(places.get(2)).extracting(Place::name).containsExactly("Berlin");
  }

  @Test
  void aLabelOfTwoStoriesPlacesABriefWhoseSubjectIsOfNoCountry() {
    // labelled briefs; the last label names two stories, and its brief's only actor of a country is
    // not its subject
    Actor pkk = new Actor("TURREB", "PKK", "TUR", ActorKind.ARMED_GROUP);
    Actor fighters = new Actor("UAF", "armed groups", null, ActorKind.ARMED_GROUP);
    AnalysedSentence label3 = sentence(4, "2025/CD -/HYPH 2026/CD Iranian/JJ protests/NNS ,/, Kurdish/JJ separatism/NN in/IN "
        + "Iran/NNP/LOCATION");
    AnalysedSentence infiltrated = sentence(5, "Armed/JJ groups/NNS ,/, possibly/RB affiliated/VBN with/IN the/DT PKK/NNP ,/, "
        + "have/VBP infiltrated/VBN the/DT border/NN ./.", mention(fighters, 0, 1), mention(pkk, 6, 7));
    assertThat(lastBriefsPlace(label3, infiltrated).country()).isEqualTo("IRN");
  }

  @Test
  void aSentenceWhoseActorsAreOfThePlaceBeforeGoesOnThere() {
    // a page about Los Angeles; a brief in Prague, then what the Czech prime minister says of it
    Actor czechPm = new Actor("CZEGOV", "Czech prime minister", "CZE", ActorKind.GOVERNMENT);
    AnalysedSentence title = sentence(0, "Protests/NNS in/IN Los/NNP/LOCATION Angeles/NNP/LOCATION");
    title = new AnalysedSentence(0, true, title.sentence(), title.mentions(), title.parse());
    AnalysedSentence la = sentence(1, "American/JJ officials/NNS deploy/VBP Marines/NNS to/TO Los/NNP/LOCATION "
        + "Angeles/NNP/LOCATION and/CC American/JJ officials/NNS deploy/VBP troops/NNS to/TO Long/NNP/LOCATION "
        + "Beach/NNP/LOCATION ./.", mention(USA_GOV, 0, 1), mention(USA_GOV, 8, 9));
    AnalysedSentence prague = sentence(2, "A/DT court/NN in/IN Prague/NNP/LOCATION ,/, Czech/NNP/LOCATION "
        + "Republic/NNP/LOCATION ,/, sentences/VBZ/O/sentence a/DT man/NN ./.");
    AnalysedSentence says = sentence(3, "Czech/JJ prime/JJ minister/NN Petr/NNP/PERSON Fiala/NNP/PERSON says/VBZ/O/say "
        + "the/DT attack/NN is/VBZ part/NN of/IN a/DT war/NN ./.", mention(czechPm, 0, 4));
    List<AnalysedSentence> page = new ArrayList<>(List.of(title));
    List<AnalysedSentence> body = laidOut("\n\n", la, prague);
    page.addAll(body);
    page.add(following(body.get(1), " ", says));
    assertThat(GEOCODER.placeSentences(page, List.of()).get(3).country()).isEqualTo("CZE");
  }

  @Test
  void aRegionCalledByItsNameAfterInIsTheRegion() {
    // an article whose actors are Israeli and American: the West Bank is still the West Bank
    Actor settlers = new Actor("ISRCVL", "Israeli settlers", "ISR", ActorKind.CIVILIANS);
    Actor man = new Actor("USAPPL", "American man", "USA", ActorKind.CIVILIANS);
    AnalysedSentence s = sentence(0, "Israeli/JJ settlers/NNS beat/VBD an/DT American/JJ man/NN to/TO death/NN in/IN "
        + "the/DT West/NNP/LOCATION Bank/NNP/LOCATION ./.", mention(settlers, 0, 1), mention(man, 4, 5));
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("PSE");
    // a US court's district is no region of that name abroad
    AnalysedSentence district = sentence(0, "He/PRP was/VBD sentenced/VBN in/IN the/DT Western/NNP/LOCATION "
        + "District/NNP/LOCATION of/IN Texas/NNP/LOCATION ./.", mention(man, 0, 0));
    assertThat(GEOCODER.placeSentences(List.of(district), List.of()).get(0).country()).isEqualTo("USA");
  }

  @Test
  void aCourtNamedAfterItsCitySitsThere() {
    Actor court = new Actor("KORJUD", "Seoul court", "KOR", ActorKind.GOVERNMENT);
    AnalysedSentence title = sentence(0, "Dog/NN bites/NNS in/IN New/NNP/LOCATION Delhi/NNP/LOCATION");
    title = new AnalysedSentence(0, true, title.sentence(), title.mentions(), title.parse());
    AnalysedSentence delhi = sentence(1, "Police/NNS arrest/VBP activists/NNS in/IN New/NNP/LOCATION Delhi/NNP/LOCATION ./.");
    AnalysedSentence seoul = sentence(2, "The/DT Seoul/NNP/ORGANIZATION Central/NNP/ORGANIZATION District/NNP/ORGANIZATION "
        + "Court/NNP/ORGANIZATION issues/VBZ/O/issue a/DT warrant/NN ./.", mention(court, 0, 4));
    List<AnalysedSentence> page = new ArrayList<>(List.of(title));
    page.addAll(laidOut("\n\n", delhi, seoul));
    assertThat(GEOCODER.placeSentences(page, List.of()).get(2).name()).isEqualTo("Seoul");
  }

  @Test
  void anUnknownPlaceWrittenWithItsCountryIsInTheCountry() {
    // CoreNLP tags "Loud" of "Al-Loud" an adjective; the town is unknown, its country is where
    Actor libya = new Actor("LBY", "Libya", "LBY", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "A/DT bus/NN crashed/VBD on/IN a/DT highway/NN in/IN Al/NNP/LOCATION +-/HYPH/LOCATION "
        + "+Loud/JJ/LOCATION ,/, Libya/NNP/LOCATION ,/, killing/VBG 23/CD ./.", mention(libya, 11, 11));
    AnalysedSentence title = sentence(0, "Fires/NNS in/IN Los/NNP/LOCATION Angeles/NNP/LOCATION");
    title = new AnalysedSentence(0, true, title.sentence(), title.mentions(), title.parse());
    AnalysedSentence fires = sentence(1, "Fires/NNS burn/VBP in/IN Los/NNP/LOCATION Angeles/NNP/LOCATION ./.");
    s = new AnalysedSentence(2, false, s.sentence(), s.mentions(), s.parse());
    List<AnalysedSentence> page = new ArrayList<>(List.of(title));
    page.addAll(laidOut("\n\n", fires, s));
    assertThat(GEOCODER.placeSentences(page, List.of(event(page.get(2), libya, null))).get(2).country()).isEqualTo("LBY");
  }

  @Test
  void aDivisionWrittenWithItsTitleAndCountryIsThatCountrys() {
    AnalysedSentence s = sentence(0, "Miners/NNS are/VBP trapped/VBN in/IN La/NNP/LOCATION Libertad/NNP/LOCATION "
        + "Department/NNP/LOCATION ,/, Peru/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("PER");
  }

  @Test
  void anArrestWarrantOrHouseArrestIsNoIncidentAtASpot() {
    // briefs about several countries; a country that issues a warrant, and a president sentenced to
    // house arrest, act at home
    Actor mauritius = new Actor("MUS", "Mauritius", "MUS", ActorKind.STATE);
    Actor uribe = new Actor("COLELI", "Former Colombian president", "COL", ActorKind.PERSON);
    AnalysedSentence caracas = sentence(0, "Protesters/NNS marched/VBD in/IN Caracas/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence caracas2 = sentence(1, "Protesters/NNS marched/VBD in/IN Caracas/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence warrant = sentence(2, "Mauritius/NNP/LOCATION issues/VBZ/O/issue an/DT arrest/NN/O/arrest warrant/NN "
        + "for/IN a/DT former/JJ minister/NN ./.", mention(mauritius, 0, 0));
    AnalysedSentence house = sentence(2, "Former/JJ Colombian/JJ president/NN Álvaro/NNP/PERSON Uribe/NNP/PERSON is/VBZ "
        + "sentenced/VBN/O/sentence to/TO house/NN arrest/NN/O/arrest ./.", mention(uribe, 0, 4));
    Event sentenced = withType(event(house, null, uribe), EventType.COERCE);
    assertThat(GEOCODER.placeSentences(laidOut("\n\n", caracas, caracas2, warrant), List.of()).get(2).country())
        .isEqualTo("MUS");
    AnalysedSentence dublin = sentence(1, "Protesters/NNS marched/VBD in/IN Dublin/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence lima = sentence(2, "Protesters/NNS marched/VBD in/IN Lima/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    house = new AnalysedSentence(3, false, house.sentence(), house.mentions(), house.parse());
    sentenced = withType(event(house, null, uribe), EventType.COERCE);
    assertThat(GEOCODER.placeSentences(laidOut("\n\n", caracas, dublin, lima, house), List.of(sentenced)).get(3).country())
        .isEqualTo("COL");
  }

  @Test
  void aCountryBeforeASeizureSaysWhoseItWas() {
    AnalysedSentence s = sentence(0, "The/DT Venezuelan/JJ government/NN accuses/VBZ/O/accuse a/DT neighbour/NN of/IN "
        + "taking/VBG part/NN in/IN the/DT United/NNP/LOCATION States/NNP/LOCATION seizure/NN of/IN a/DT tanker/NN ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("VEN");
  }

  @Test
  void aLabelsDemonymPlacesABriefThatNamesNoPlace() {
    AnalysedSentence label3 = sentence(4, "2025/CD Bulgarian/JJ budget/NN protests/NNS");
    AnalysedSentence resigns = sentence(5, "The/DT Zhelyazkov/NNP Government/NNP resigns/VBZ/O/resign after/IN weeks/NNS "
        + "of/IN protests/NNS ./.");
    assertThat(lastBriefsPlace(label3, resigns).country()).isEqualTo("BGR");
  }

  @Test
  void aLabelsDemonymOfTwoWordsPlacesABriefThatNamesNoPlace() {
    AnalysedSentence label3 = sentence(4, "North/JJ Korean/JJ missile/NN tests/NNS");
    AnalysedSentence fired = sentence(5, "A/DT missile/NN is/VBZ fired/VBN/O/fire ,/, the/DT first/JJ launch/NN in/IN two/CD "
        + "months/NNS ./.");
    assertThat(lastBriefsPlace(label3, fired).country()).isEqualTo("PRK");
  }

  @Test
  void anIncidentACourtTriesIsNotTheActOfTheBrief() {
    // on a page of labelled briefs mostly about the United States, a court that approves an extradition
    // for charges related to explosions acts at home; the explosions are what it tries
    Actor italianCourt = new Actor("ITAJUD", "Italy", "ITA", ActorKind.GOVERNMENT);
    Actor germany = new Actor("DEU", "Germany", "DEU", ActorKind.STATE);
    AnalysedSentence label3 = sentence(4, "Pipeline/NN sabotage/NN");
    AnalysedSentence approves = sentence(5, "Italy/NNP/LOCATION 's/POS Supreme/NNP Court/NNP approves/VBZ/O/approve his/PRP$ "
        + "extradition/NN/O/extradition to/TO Germany/NNP/LOCATION ,/, where/WRB he/PRP faces/VBZ charges/NNS/O/charge "
        + "related/VBN to/TO the/DT explosions/NNS/O/explosion ./.", mention(italianCourt, 0, 3), mention(germany, 8, 8));
    assertThat(lastBriefsPlace(label3, approves).country()).isEqualTo("ITA");
  }

  @Test
  void whatAStateDeclaresItDeclaresAtHomeWhateverPlaceItConcerns() {
    Actor uae = new Actor("ARE", "United Arab Emirates", "ARE", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "The/DT United/NNP/LOCATION Arab/NNP/LOCATION Emirates/NNPS/LOCATION declares/VBZ/O/declare "
        + "its/PRP$ willingness/NN to/TO join/VB a/DT coalition/NN to/TO secure/VB the/DT Strait/NNP/LOCATION of/IN/LOCATION "
        + "Hormuz/NNP/LOCATION ./.", mention(uae, 0, 3));
    List<Dependency> deps = List.of(new Dependency(-1, 4, "root"), new Dependency(4, 3, "nsubj"),
        new Dependency(4, 6, "obj"), new Dependency(6, 8, "acl"), new Dependency(8, 10, "obj"), new Dependency(8, 12, "advcl"),
        new Dependency(12, 14, "obj"), new Dependency(14, 16, "nmod:of"));
    AnalysedSentence declared = parsed(s, deps);
    assertThat(GEOCODER.placeSentences(List.of(declared), List.of()).get(0).country()).isEqualTo("ARE");
    // a state that patrols the strait does so there
    AnalysedSentence there = withToken(s, 4, "declares", "patrol", "VBZ", deps);
    assertThat(GEOCODER.placeSentences(List.of(there), List.of()).get(0).name()).isEqualTo("Strait of Hormuz");
  }

  @Test
  void anIncidentGivenAsTheReasonForAnActHasItsOwnPlace() {
    // "The Stuttgart court sentences a man for the mass stabbing in Mannheim": the sentencing is in
    // Stuttgart, the stabbing in Mannheim; the parser hangs "stabbing" from "mass"
    AnalysedSentence s = sentence(0, "The/DT Stuttgart/NNP/ORGANIZATION Higher/NNP/ORGANIZATION Regional/NNP/ORGANIZATION "
        + "Court/NNP/ORGANIZATION sentences/VBZ/O/sentence a/DT man/NN for/IN the/DT mass/NN stabbing/VBG/O/stab "
        + "in/IN Mannheim/NNP/LOCATION ./.");
    List<Dependency> deps = List.of(new Dependency(-1, 5, "root"), new Dependency(5, 4, "nsubj"),
        new Dependency(4, 1, "compound"), new Dependency(5, 7, "obj"), new Dependency(5, 10, "obl:for"),
        new Dependency(10, 8, "case"), new Dependency(10, 11, "acl"), new Dependency(11, 13, "obl:in"),
        new Dependency(13, 12, "case"));
    AnalysedSentence sentenced = parsed(s, deps);
    Geocoder.Located located = GEOCODER.locate(List.of(sentenced), List.of());
    assertThat(located.at(0, 5)).extracting(Place::name).containsExactly("Stuttgart");
    assertThat(located.at(0, 8)).extracting(Place::name).containsExactly("Mannheim");
    // "after" the stabbing says when, not another act: the sentence keeps one place
    List<Dependency> after = new ArrayList<>(deps);
    after.set(5, new Dependency(10, 8, "case"));
    Geocoder.Located one = GEOCODER.locate(List.of(withToken(s, 8, "after", "after", "IN", after)), List.of());
    assertThat(one.at(0, 5)).isEqualTo(one.at(0, 8));
  }

  @Test
  void anActToldAfterTheSentencesPlaceIsAtThePlaceItNamesAfterAPreposition() {
    // "a press conference in Toronto, where they unveiled a plan for the citizen still held at
    // Guantanamo Bay": the conference is in Toronto, the holding at Guantanamo Bay
    AnalysedSentence s = sentence(0, "The/DT coalition/NN held/VBD a/DT press/NN conference/NN in/IN Toronto/NNP/LOCATION ,/, "
        + "where/WRB it/PRP unveiled/VBD a/DT plan/NN for/IN the/DT citizen/NN still/RB held/VBN at/IN "
        + "Guantanamo/NNP/LOCATION Bay/NNP/LOCATION ./.");
    Geocoder.Located located = GEOCODER.locate(List.of(s), List.of());
    assertThat(located.at(0, 0)).extracting(Place::name).containsExactly("Toronto");
    assertThat(located.at(0, 15)).extracting(Place::name).containsExactly("Guantanamo Bay");
    // a place that ends a name ("Islamic State in Iraq") is not where the fighting in Benghazi is
    AnalysedSentence named = sentence(0, "Ten/CD people/NNS are/VBP dead/JJ in/IN Benghazi/NNP/LOCATION as/IN a/DT result/NN "
        + "of/IN fighting/NN between/IN Islamic/NNP/ORGANIZATION State/NNP/ORGANIZATION in/IN Iraq/NNP/LOCATION and/CC "
        + "Libyan/JJ forces/NNS ./.");
    assertThat(GEOCODER.locate(List.of(named), List.of()).at(0, 6)).extracting(Place::name).containsExactly("Benghazi");
    // with a parse, the act's clause begins where its verb's words do, so an event asked at its
    // trigger is placed as one asked at the clause's first word: "Police in London arrest a man wanted
    // for a bombing in Manchester" has the arrest in London, the wanted man's bombing in Manchester
    AnalysedSentence wanted = parsed(sentence(0, "Police/NNS in/IN London/NNP/LOCATION arrest/VBP/O/arrest a/DT man/NN "
        + "wanted/VBN for/IN a/DT bombing/NN in/IN Manchester/NNP/LOCATION ./."), List.of(new Dependency(-1, 3, "root"),
        new Dependency(3, 0, "nsubj"), new Dependency(0, 2, "nmod:in"), new Dependency(2, 1, "case"), new Dependency(3, 5, "obj"),
        new Dependency(5, 4, "det"), new Dependency(5, 6, "acl"), new Dependency(6, 9, "obl:for"), new Dependency(9, 7, "case"),
        new Dependency(9, 8, "det"), new Dependency(9, 11, "nmod:in"), new Dependency(11, 10, "case")));
    Geocoder.Located both = GEOCODER.locate(List.of(wanted), List.of());
    assertThat(both.at(0, 0)).extracting(Place::name).containsExactly("London");
    assertThat(both.at(0, 6)).extracting(Place::name).containsExactly("Manchester");
    assertThat(GEOCODER.place(List.of(atTrigger(event(wanted, null, null), 3)), List.of(wanted)))
        .extracting(e -> e.where().name()).containsExactly("London");
  }

  @Test
  void aListBeforeAPluralDivisionWordNamesEachDivisionThoughTaggedNoPlace() {
    // CoreNLP tags "Sumy Oblasts" no location when the word is capitalised
    AnalysedSentence s = sentence(0, "Russian/JJ/MISC attacks/NNS hit/VBD the/DT Kherson/NNP/LOCATION ,/, Mykolaiv/NNP/LOCATION ,/, "
        + "and/CC Sumy/NNP/ORGANIZATION Oblasts/NNPS/ORGANIZATION of/IN Ukraine/NNP/LOCATION ./.");
    assertThat(GEOCODER.locate(List.of(s), List.of()).at(0, -1)).extracting(p -> p.name() + " " + p.kind())
        .contains("Kherson region", "Sumy region");
  }

  @Test
  void aClauseThatNamesNoPlaceActsInTheCountryThatIsItsSubject() {
    // "Russia fires drones at Ukraine, Poland scrambles its jets": the scrambling is in Poland
    AnalysedSentence s = sentence(0, "Russia/NNP/LOCATION fires/VBZ/O/fire drones/NNS at/IN Ukraine/NNP/LOCATION ,/, "
        + "Poland/NNP/LOCATION scrambles/VBZ/O/scramble its/PRP$ jets/NNS ./.");
    List<Dependency> deps = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 2, "obj"), new Dependency(1, 4, "obl:at"), new Dependency(4, 3, "case"),
        new Dependency(1, 7, "parataxis"), new Dependency(7, 6, "nsubj"), new Dependency(7, 9, "obj"),
        new Dependency(9, 8, "nmod:poss"));
    Geocoder.Located located = GEOCODER.locate(List.of(parsed(s, deps)), List.of());
    assertThat(located.at(0, 0)).extracting(Place::country).containsExactly("UKR");
    assertThat(located.at(0, 6)).extracting(Place::country).containsExactly("POL");
  }

  @Test
  void aClauseThatSharesTheMainClausesSubjectStaysAtTheMainClausesPlace() {
    // "Israel conducts strikes in Lebanon, killing one person": the parse joins "killing" to
    // "conducts" and gives it Israel for subject too; the killing is where the strikes were
    AnalysedSentence s = sentence(0, "Israel/NNP/LOCATION conducts/VBZ/O/conduct strikes/NNS in/IN Lebanon/NNP/LOCATION "
        + ",/, killing/VBG/O/kill one/CD person/NN ./.");
    List<Dependency> deps = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 2, "obj"), new Dependency(2, 4, "nmod:in"), new Dependency(4, 3, "case"),
        new Dependency(1, 6, "conj:and"), new Dependency(6, 0, "nsubj"), new Dependency(6, 8, "obj"),
        new Dependency(8, 7, "nummod"));
    Geocoder.Located located = GEOCODER.locate(List.of(parsed(s, deps)), List.of());
    assertThat(located.at(0, 6)).extracting(Place::country).containsExactly("LBN");
  }

  @Test
  void aClauseWhoseSubjectIsAStatesCourtsOrPoliceActsAtTheirHome() {
    // "Ziobro receives asylum in Hungary while Polish prosecutors investigate him": the investigation
    // is in Poland; "while Polish tourists greet him" has no state body for its subject and stays in Hungary
    String words = "Ziobro/NNP/PERSON receives/VBZ/O/receive asylum/NN in/IN Hungary/NNP/LOCATION while/IN Polish/JJ/MISC ";
    List<Dependency> deps = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 2, "obj"), new Dependency(1, 4, "obl:in"), new Dependency(4, 3, "case"),
        new Dependency(1, 8, "advcl:while"), new Dependency(8, 5, "mark"), new Dependency(8, 7, "nsubj"),
        new Dependency(7, 6, "amod"), new Dependency(8, 9, "obj"));
    Actor prosecutors = new Actor("POLJUD", "Polish prosecutors", "POL", ActorKind.GOVERNMENT);
    AnalysedSentence s = sentence(0, words + "prosecutors/NNS investigate/VBP/O/investigate him/PRP ./.",
        mention(prosecutors, 6, 7));
    Geocoder.Located located = GEOCODER.locate(List.of(parsed(s, deps)), List.of());
    assertThat(located.at(0, 0)).extracting(Place::country).containsExactly("HUN");
    assertThat(located.at(0, 5)).extracting(Place::country).containsExactly("POL");
    Actor tourists = new Actor("POLCVL", "Polish tourists", "POL", ActorKind.CIVILIANS);
    AnalysedSentence t = sentence(0, words + "tourists/NNS greet/VBP/O/greet him/PRP ./.", mention(tourists, 6, 7));
    assertThat(GEOCODER.locate(List.of(parsed(t, deps)), List.of()).at(0, 5)).extracting(Place::country)
        .containsExactly("HUN");
  }

  @Test
  void aGovernmentSubjectOfAClauseAfterACopularOneActsAtHome() {
    // "Son is in prison in South Korea, but the United States Department of Justice accused him": a
    // predicate with "is" heads a clause as a verb does, and the clause's government acts at home
    String words = "Son/NNP/PERSON is/VBZ/O/be in/IN prison/NN in/IN South/NNP/LOCATION Korea/NNP/LOCATION ,/, but/CC "
        + "the/DT Justice/NNP Department/NNP accused/VBD/O/accuse him/PRP ./.";
    List<Dependency> deps = List.of(new Dependency(-1, 3, "root"), new Dependency(3, 0, "nsubj"),
        new Dependency(3, 1, "cop"), new Dependency(3, 2, "case"), new Dependency(3, 6, "nmod:in"),
        new Dependency(6, 4, "case"), new Dependency(6, 5, "compound"), new Dependency(3, 7, "punct"),
        new Dependency(12, 8, "cc"), new Dependency(11, 9, "det"), new Dependency(11, 10, "compound"),
        new Dependency(12, 11, "nsubj"), new Dependency(3, 12, "conj:but"), new Dependency(12, 13, "obj"));
    Actor justice = new Actor("USAGOV", "United States Department of Justice", "USA", ActorKind.GOVERNMENT);
    AnalysedSentence s = sentence(0, words, mention(justice, 9, 11));
    Geocoder.Located located = GEOCODER.locate(List.of(parsed(s, deps)), List.of());
    assertThat(located.at(0, 0)).extracting(Place::country).containsExactly("KOR");
    assertThat(located.at(0, 9)).extracting(Place::country).containsExactly("USA");
  }

  @Test
  void anIncidentGivenAsTheReasonLeavesADecisionAtHome() {
    // "France suspends its agreements with the Mali government over the arrest of a French citizen":
    // the suspension is decided in France; the arrest is why
    AnalysedSentence s = sentence(0, "France/NNP/LOCATION suspends/VBZ/O/suspend its/PRP$ agreements/NNS with/IN the/DT "
        + "Mali/NNP/LOCATION government/NN over/IN the/DT arrest/NN/O/arrest of/IN a/DT French/JJ/MISC citizen/NN ./.");
    List<Dependency> deps = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
        new Dependency(1, 3, "obj"), new Dependency(3, 2, "nmod:poss"), new Dependency(1, 7, "obl:with"),
        new Dependency(7, 4, "case"), new Dependency(7, 5, "det"), new Dependency(7, 6, "compound"),
        new Dependency(1, 10, "obl:over"), new Dependency(10, 8, "case"), new Dependency(10, 9, "det"),
        new Dependency(10, 14, "nmod:of"), new Dependency(14, 11, "case"), new Dependency(14, 12, "det"),
        new Dependency(14, 13, "amod"));
    assertThat(GEOCODER.placeSentences(List.of(parsed(s, deps)), List.of()).get(0).country()).isEqualTo("FRA");
  }

  @Test
  void aPlaceThatOnlySaysWherePeopleComeFromIsNotWhere() {
    // "Singapore and Hong Kong have intensified screening for Wuhan airline passengers": the screening
    // is at home; the passengers come from Wuhan
    AnalysedSentence s = sentence(0, "Singapore/NNP/LOCATION and/CC Hong/NNP/LOCATION Kong/NNP/LOCATION have/VBP "
        + "intensified/VBN screening/NN for/IN Wuhan/NNP/LOCATION airline/NN passengers/NNS/O/passenger ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("SGP");
    // screening at Wuhan's airport is there
    AnalysedSentence at = sentence(0, "Singapore/NNP/LOCATION and/CC Hong/NNP/LOCATION Kong/NNP/LOCATION have/VBP "
        + "intensified/VBN screening/NN for/IN Wuhan/NNP/LOCATION airline/NN routes/NNS ./.");
    assertThat(GEOCODER.placeSentences(List.of(at), List.of()).get(0).name()).isEqualTo("Wuhan");
  }

  @Test
  void aClauseTheParserHangsFromANounStillHasItsOwnPlace() {
    // "a truck plunges into a canal in Sargodha, and a bus overturns in Balochistan": the parser takes
    // "bus" for a second place of the plunge and hangs "overturns" from it
    AnalysedSentence s = sentence(0, "A/DT truck/NN plunges/VBZ/O/plunge into/IN a/DT canal/NN in/IN Sargodha/NNP/LOCATION ,/, "
        + "and/CC a/DT bus/NN overturns/VBZ/O/overturn in/IN Balochistan/NNP/LOCATION ./.");
    List<Dependency> deps = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 1, "nsubj"), new Dependency(1, 0, "det"),
        new Dependency(2, 5, "obl:into"), new Dependency(5, 3, "case"), new Dependency(5, 4, "det"),
        new Dependency(2, 7, "obl:in"), new Dependency(7, 6, "case"), new Dependency(2, 11, "obl:in"),
        new Dependency(7, 11, "conj:and"), new Dependency(11, 9, "cc"), new Dependency(11, 10, "det"),
        new Dependency(11, 12, "dep"), new Dependency(11, 14, "nmod:in"), new Dependency(14, 13, "case"));
    Geocoder.Located located = GEOCODER.locate(List.of(parsed(s, deps)), List.of());
    assertThat(located.at(0, 0)).extracting(Place::name).containsExactly("Sargodha");
    assertThat(located.at(0, 10)).extracting(Place::name).containsExactly("Balochistan");
  }

  @Test
  void aStatesPoliceActAtHomeWhenThePlaceIsOnlyThatOfAnotherAct() {
    // "Bulgarian police arrest the owner of the ship that brought explosives to Beirut": Beirut is
    // where the ship went, the arrest is in Bulgaria; "... the owner of the ship in Beirut" is there
    Actor police = new Actor("BGRCOP", "Bulgarian police", "BGR", ActorKind.GOVERNMENT);
    String words = "Bulgarian/JJ/MISC police/NNS arrest/VBP/O/arrest the/DT owner/NN of/IN the/DT ship/NN ";
    AnalysedSentence s = sentence(0, words + "that/WDT brought/VBD/O/bring explosives/NNS to/IN Beirut/NNP/LOCATION ./.",
        mention(police, 0, 1));
    List<Dependency> ship = List.of(new Dependency(-1, 2, "root"), new Dependency(2, 1, "nsubj"),
        new Dependency(1, 0, "amod"), new Dependency(2, 4, "obj"), new Dependency(4, 3, "det"),
        new Dependency(4, 7, "nmod:of"), new Dependency(7, 5, "case"), new Dependency(7, 6, "det"));
    List<Dependency> brought = new ArrayList<>(ship);
    brought.addAll(List.of(new Dependency(7, 9, "acl:relcl"), new Dependency(9, 7, "nsubj"), new Dependency(7, 8, "ref"),
        new Dependency(9, 10, "obj"), new Dependency(9, 12, "obl:to"), new Dependency(12, 11, "case")));
    assertThat(GEOCODER.locate(List.of(parsed(s, brought)), List.of()).at(0, 0)).extracting(Place::country)
        .containsExactly("BGR");
    AnalysedSentence in = sentence(0, words + "in/IN Beirut/NNP/LOCATION ./.", mention(police, 0, 1));
    List<Dependency> there = new ArrayList<>(ship);
    there.addAll(List.of(new Dependency(2, 9, "obl:in"), new Dependency(9, 8, "case")));
    assertThat(GEOCODER.locate(List.of(parsed(in, there)), List.of()).at(0, 0)).extracting(Place::country)
        .containsExactly("LBN");
  }

  @Test
  void aBodyTheCoderGaveNoCountryIsOfTheStateItsModifierNames() {
    // "The Spanish Civil Guard arrest the owner of the ship that brought explosives to Beirut": the
    // coder knows the body's role, not whose it is; its demonym says so, and it acts at home
    Actor guard = new Actor("---COP", "Civil Guard", null, ActorKind.GOVERNMENT);
    AnalysedSentence s = sentence(0, "The/DT Spanish/JJ/MISC Civil/NNP Guard/NNP arrest/VBP/O/arrest the/DT owner/NN "
        + "of/IN the/DT ship/NN that/WDT brought/VBD/O/bring explosives/NNS to/IN Beirut/NNP/LOCATION ./.",
        mention(guard, 2, 3));
    List<Dependency> deps = List.of(new Dependency(-1, 4, "root"), new Dependency(4, 3, "nsubj"),
        new Dependency(3, 0, "det"), new Dependency(3, 1, "amod"), new Dependency(3, 2, "compound"),
        new Dependency(4, 6, "obj"), new Dependency(6, 5, "det"), new Dependency(6, 9, "nmod:of"),
        new Dependency(9, 7, "case"), new Dependency(9, 8, "det"), new Dependency(9, 11, "acl:relcl"),
        new Dependency(11, 9, "nsubj"), new Dependency(9, 10, "ref"), new Dependency(11, 12, "obj"),
        new Dependency(11, 14, "obl:to"), new Dependency(14, 13, "case"));
    assertThat(GEOCODER.locate(List.of(parsed(s, deps)), List.of()).at(0, 0)).extracting(Place::country)
        .containsExactly("ESP");
    // with no word of whose it is, the body says nothing of where
    AnalysedSentence bare = withToken(s, 1, "local", "local", "JJ", deps);
    assertThat(GEOCODER.locate(List.of(bare), List.of()).at(0, 0)).extracting(Place::country)
        .doesNotContain("ESP");
  }

  @Test
  void anOfficialAConvictionNamesAsItsSubjectIsTriedAtHome() {
    // "Former South Korean president Yoon is found guilty ... for ordering drones to be flown into North
    // Korea": the passive subject of a judgement is tried by his own state's courts, not where his act was
    Actor minister = new Actor("LBNGOV", "Lebanese minister", "LBN", ActorKind.GOVERNMENT);
    AnalysedSentence s = sentence(0, "A/DT former/JJ Lebanese/JJ/MISC minister/NN is/VBZ convicted/VBN/O/convict of/IN "
        + "treason/NN for/IN aiding/VBG/O/aid rebels/NNS who/WP fought/VBD/O/fight in/IN Syria/NNP/LOCATION ./.",
        mention(minister, 1, 3));
    List<Dependency> deps = List.of(new Dependency(-1, 5, "root"), new Dependency(5, 3, "nsubj:pass"),
        new Dependency(3, 0, "det"), new Dependency(3, 1, "amod"), new Dependency(3, 2, "amod"),
        new Dependency(5, 4, "aux:pass"), new Dependency(5, 7, "obl:of"), new Dependency(7, 6, "case"),
        new Dependency(5, 9, "advcl:for"), new Dependency(9, 8, "mark"), new Dependency(9, 10, "obj"),
        new Dependency(10, 12, "acl:relcl"), new Dependency(12, 11, "nsubj"), new Dependency(12, 14, "obl:in"),
        new Dependency(14, 13, "case"));
    assertThat(GEOCODER.locate(List.of(parsed(s, deps)), List.of()).at(0, 0)).extracting(Place::country)
        .containsExactly("LBN");
    // the passive subject of any other act says nothing of where: "is wounded ... in Syria" stays there
    assertThat(GEOCODER.locate(List.of(withToken(s, 5, "wounded", "wound", "VBN", deps)), List.of()).at(0, 0))
        .extracting(Place::country).containsExactly("SYR");
    // "found" is a judgement only as "found guilty": "is found of treason" (as "is found dead") is not one
    assertThat(GEOCODER.locate(List.of(withToken(s, 5, "found", "find", "VBN", deps)), List.of()).at(0, 0))
        .extracting(Place::country).containsExactly("SYR");
    assertThat(GEOCODER.locate(List.of(withToken(withToken(s, 5, "found", "find", "VBN", deps), 6, "guilty", "guilty", "JJ",
        deps)), List.of()).at(0, 0)).extracting(Place::country).containsExactly("LBN");
  }

  @Test
  void anIncidentAProtestAnswersHasItsOwnPlace() {
    // "The Iranian foreign ministry summons the British envoy to protest the arrest of seven Iranian
    // nationals in London": the summons is in Tehran's ministry, the arrest in London
    AnalysedSentence s = sentence(0, "The/DT Iranian/JJ/MISC foreign/JJ ministry/NN summons/VBZ/O/summon the/DT "
        + "British/JJ/MISC envoy/NN to/TO protest/VB the/DT arrest/NN of/IN seven/CD Iranian/JJ/MISC nationals/NNS "
        + "in/IN London/NNP/LOCATION ./.");
    List<Dependency> deps = List.of(new Dependency(-1, 4, "root"), new Dependency(4, 3, "nsubj"),
        new Dependency(3, 0, "det"), new Dependency(3, 1, "amod"), new Dependency(3, 2, "amod"),
        new Dependency(4, 7, "obj"), new Dependency(7, 5, "det"), new Dependency(7, 6, "amod"),
        new Dependency(4, 9, "advcl"), new Dependency(9, 8, "mark"), new Dependency(9, 11, "obj"),
        new Dependency(11, 10, "det"), new Dependency(11, 15, "nmod:of"), new Dependency(15, 12, "case"),
        new Dependency(15, 13, "nummod"), new Dependency(15, 14, "amod"), new Dependency(15, 17, "nmod:in"),
        new Dependency(17, 16, "case"));
    Geocoder.Located located = GEOCODER.locate(List.of(parsed(s, deps)), List.of());
    assertThat(located.at(0, 0)).extracting(Place::country).containsExactly("IRN");
    assertThat(located.at(0, 10)).extracting(Place::name).containsExactly("London");
    // an arrest the ministry announces is no incident its summons answers, but an act told in a clause
    // of its own all the same: the summons is at home, the arrest where the clause places it
    Geocoder.Located one = GEOCODER.locate(List.of(withToken(s, 9, "announce", "announce", "VB", deps)), List.of());
    assertThat(one.at(0, 0)).extracting(Place::country).containsExactly("IRN");
    assertThat(one.at(0, 10)).extracting(Place::name).containsExactly("London");
  }

  @Test
  void aPlaceACityPossessesTakesThePrepositionBeforeTheCity() {
    // "near New York's Times Square": the square is where, as "on Yemen's Al Hudaydah port" is in
    // Yemen; the troops "in Iraq" are whose presence the speakers denounced
    AnalysedSentence s = sentence(0, "Protesters/NNS gathered/VBD near/IN New/NNP/LOCATION York/NNP/LOCATION 's/POS "
        + "Times/NNP/LOCATION Square/NNP/LOCATION at/IN a/DT rally/NN where/WRB speakers/NNS denounced/VBD the/DT "
        + "troop/NN presence/NN in/IN Iraq/NNP/LOCATION ./.");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Times Square");
    assertThat(p.country()).isEqualTo("USA");
  }

  @Test
  void aShipNamedAfterAPlaceIsNoPlace() {
    // "aboard the USS Iwo Jima": the amphibious assault ship, not the island
    AnalysedSentence s = sentence(0, "He/PRP was/VBD held/VBN aboard/IN the/DT USS/NNP Iwo/NNP/LOCATION "
        + "Jima/NNP/LOCATION for/IN two/CD days/NNS ./.");
    List<Place> places = GEOCODER.placeSentences(List.of(s), List.of());
    assertThat(places).allSatisfy(p -> assertThat(p == null ? null : p.country()).isNotEqualTo("JPN"));
    // without the prefix the island is named
    AnalysedSentence island = sentence(0, "Troops/NNS landed/VBD on/IN Iwo/NNP/LOCATION Jima/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(island), List.of()).get(0).country()).isEqualTo("JPN");
  }

  @Test
  void aCuratedAreaInsideTheRegionNamedWithItIsTheFinerPlace() {
    // the curated Sambisa Forest lies in Borno State's admin1: neither shuts the other out, so the
    // sentence keeps a place (it had none when the area "held" the region and the region the area)
    AnalysedSentence s = sentence(0, "Troops/NNS raided/VBD camps/NNS in/IN the/DT Sambisa/NNP/LOCATION Forest/NNP/LOCATION "
        + "in/IN Borno/NNP/LOCATION State/NNP/LOCATION ./.");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p).isNotNull();
    assertThat(p.name()).isEqualTo("Sambisa Forest");
    assertThat(p.how()).as("the sentence's own place, not the article's taken for want of one").isEqualTo("sentence");
  }

  @Test
  void aLandmarkWrittenWithTheRegionOfItsCityIsThere() {
    // a page about Indonesia; the airport named after Louisville is written with Kentucky
    AnalysedSentence jakarta = sentence(0, "Police/NNS raided/VBD a/DT house/NN in/IN Jakarta/NNP/LOCATION ./.");
    AnalysedSentence bandung = sentence(1, "Police/NNS raided/VBD a/DT house/NN in/IN Bandung/NNP/LOCATION ./.");
    AnalysedSentence crash = sentence(2, "A/DT plane/NN crashes/VBZ near/IN Louisville/NNP/LOCATION Muhammad/NNP Ali/NNP "
        + "International/NNP Airport/NNP in/IN Kentucky/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(laidOut("\n\n", jakarta, bandung, crash), List.of()).get(2).name())
        .isEqualTo("Louisville");
  }

  @Test
  void thePagesTitleAboveTheFirstBriefIsItsLabel() {
    // a portal section whose first label the page took for its title; two more labels below
    Actor somalia = new Actor("SOM", "Somalia", "SOM", ActorKind.STATE);
    Actor senator = new Actor("USALEG", "senator", "USA", ActorKind.GOVERNMENT);
    AnalysedSentence title = sentence(0, "Constitutional/JJ crisis/NN in/IN Somalia/NNP/LOCATION", mention(somalia, 3, 3));
    title = new AnalysedSentence(0, true, title.sentence(), title.mentions(), title.parse());
    AnalysedSentence calls = sentence(1, "Somalia/NNP/LOCATION 's/POS federal/JJ government/NN calls/VBZ for/IN a/DT "
        + "change/NN of/IN the/DT country/NN 's/POS rules/NNS ./.", mention(somalia, 0, 0));
    AnalysedSentence label = sentence(2, "Protests/NNS in/IN Los/NNP/LOCATION Angeles/NNP/LOCATION");
    AnalysedSentence removed = sentence(3, "A/DT U.S./NNP/LOCATION senator/NN is/VBZ removed/VBN from/IN a/DT "
        + "conference/NN in/IN Los/NNP/LOCATION Angeles/NNP/LOCATION ./.", mention(senator, 1, 2));
    AnalysedSentence label2 = sentence(4, "Crime/NN in/IN Ohio/NNP/LOCATION");
    AnalysedSentence ohio = sentence(5, "A/DT U.S./NNP/LOCATION senator/NN is/VBZ charged/VBN in/IN Columbus/NNP/LOCATION ./.",
        mention(senator, 1, 2));
    List<AnalysedSentence> page = new ArrayList<>(List.of(title));
    page.addAll(laidOut("\n\n", calls, label, removed, label2, ohio));
    assertThat(GEOCODER.placeSentences(page, List.of()).get(1).country()).isEqualTo("SOM");
  }

  @Test
  void aCountryOfAnIncidentIsTheTownTheSentenceBeforeNamed() {
    Actor norwegianPolice = new Actor("NORCOP", "Norwegian Police", "NOR", ActorKind.GOVERNMENT);
    // the page is mostly about Lyon, named in its title
    AnalysedSentence title = sentence(0, "Police/NNS raid/VBP a/DT house/NN in/IN Lyon/NNP/LOCATION");
    title = new AnalysedSentence(0, true, title.sentence(), title.mentions(), title.parse());
    AnalysedSentence lyon = sentence(1, "Police/NNS raided/VBD a/DT house/NN in/IN Lyon/NNP/LOCATION ./.");
    AnalysedSentence damaged = sentence(2, "A/DT restaurant/NN in/IN Strømmen/NNP/LOCATION ,/, Akershus/NNP/LOCATION ,/, "
        + "Norway/NNP/LOCATION ,/, is/VBZ damaged/VBN by/IN grenades/NNS ./.");
    AnalysedSentence arrests = sentence(3, "The/DT Norwegian/NNP/MISC Police/NNP suspects/VBZ a/DT gang/NN ,/, "
        + "arresting/VBG/O/arrest two/CD teenagers/NNS ./.", mention(norwegianPolice, 1, 2));
    List<AnalysedSentence> page = new ArrayList<>(List.of(title));
    List<AnalysedSentence> body = laidOut("\n\n", lyon, damaged);
    page.addAll(body);
    page.add(following(body.get(1), " ", arrests));
    List<Place> places = GEOCODER.placeSentences(page, List.of());
    assertThat(places.get(3).name()).isEqualTo("Strømmen");
    // a ministry acts from the capital for the whole country, not at the shooting it investigates
    AnalysedSentence shot = sentence(2, "A/DT man/NN is/VBZ shot/VBN/O/shoot in/IN Lima/NNP/LOCATION ./.");
    AnalysedSentence ministry = sentence(3, "The/DT Peruvian/JJ foreign/JJ ministry/NN opens/VBZ/O/open an/DT "
        + "investigation/NN into/IN the/DT shooting/NN ./.");
    List<AnalysedSentence> other = new ArrayList<>(List.of(title));
    List<AnalysedSentence> lines = laidOut("\n\n", lyon, shot);
    other.addAll(lines);
    other.add(following(lines.get(1), " ", ministry));
    Place opens = GEOCODER.placeSentences(other, List.of()).get(3);
    assertThat(opens.country()).isEqualTo("PER");
    assertThat(opens.kind()).isEqualTo("country");
  }

  @Test
  void aNameWrittenWithItsProvinceAndCountryIsThePlace() {
    AnalysedSentence s = sentence(0, "Four/CD are/VBP killed/VBN in/IN an/DT attack/NN in/IN Amendolara/NNP/LOCATION ,/, "
        + "Province/NNP/LOCATION of/IN/LOCATION Cosenza/NNP/LOCATION ,/, Italy/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Amendolara");
  }

  @Test
  void anArticleThatOpensAnUnknownRomanceNameIsNoPlaceAndTheTownItIsNearIs() {
    AnalysedSentence s = sentence(0, "Two/CD are/VBP killed/VBN in/IN a/DT shooting/NN in/IN Les/NNP/LOCATION "
        + "Moulins/NNP/LOCATION near/IN Nice/NNP/LOCATION ,/, France/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Nice");
  }

  @Test
  void aRegionStruckHoldsTheFinerPlaceTheSentenceNamesInIt() {
    Actor israel = new Actor("ISR", "Israel", "ISR", ActorKind.STATE);
    Actor gazaStrip = new Actor("PSEGZA", "Gaza Strip", "PSE", ActorKind.OTHER);
    AnalysedSentence s = sentence(0, "Palestinians/NNPS are/VBP killed/VBN in/IN Israeli/JJ airstrikes/NNS on/IN the/DT "
        + "Gaza/NNP/LOCATION Strip/NNP/LOCATION ,/, with/IN attacks/NNS in/IN Khan/NNP/LOCATION Yunis/NNP/LOCATION ./.",
        mention(israel, 4, 4), mention(gazaStrip, 7, 9));
    Place p = placeOne(s, israel, gazaStrip);
    assertThat(p.name()).isEqualTo("Khān Yūnis");
    assertThat(p.how()).isEqualTo("sentence");
    // with no finer place named, the region struck is where
    AnalysedSentence alone = sentence(0, "Israeli/JJ airstrikes/NNS hit/VBP the/DT Gaza/NNP/LOCATION Strip/NNP/LOCATION ./.",
        mention(israel, 0, 0), mention(gazaStrip, 3, 5));
    assertThat(placeOne(alone, israel, gazaStrip).how()).isEqualTo("target");
  }

  @Test
  void aTargetThatIsNoActorIsNotPlacedByItsName() {
    // the coder gives an uncoded target ("the largest bridge", "Palmyra" as a thing struck) no code: its
    // name is placed as the sentence's, not as a target's
    Actor russia = new Actor("RUS", "Russia", "RUS", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "Russian/JJ forces/NNS shelled/VBD Palmyra/NNP/LOCATION in/IN Syria/NNP/LOCATION ./.",
        mention(russia, 0, 1));
    Event e = event(s, russia, null);
    Event uncoded = new Event(e.id(), e.articleId(), e.date(), e.type(), e.mode(), e.cameo(), e.quadClass(), e.goldstein(),
        e.status(), e.source(), new Participant("Palmyra", "Palmyra", null, null, "other"), null, e.sentence(), e.confidence());
    Place p = GEOCODER.place(List.of(uncoded), List.of(s)).get(0).where();
    assertThat(p.text()).isEqualTo("Palmyra");
    assertThat(p.how()).isEqualTo("sentence");
  }

  @Test
  void theCityOfABriefIsTheCityTheBriefNamedNotThePagesCity() {
    AnalysedSentence label1 = sentence(0, "Kharkiv/NNP/LOCATION strikes/NNS");
    AnalysedSentence hit = sentence(1, "Drones/NNS hit/VBD Kharkiv/NNP/LOCATION again/RB ./.");
    AnalysedSentence label2 = sentence(2, "Kharkiv/NNP/LOCATION blackout/NN");
    AnalysedSentence power = sentence(3, "Power/NN fails/VBZ in/IN Kharkiv/NNP/LOCATION ./.");
    AnalysedSentence label3 = sentence(4, "Kryvyi/NNP/LOCATION Rih/NNP/LOCATION strikes/NNS");
    AnalysedSentence strike = sentence(5, "A/DT missile/NN strike/NN in/IN Kryvyi/NNP/LOCATION Rih/NNP/LOCATION ,/, "
        + "Ukraine/NNP/LOCATION ,/, kills/VBZ 19/CD people/NNS ./.");
    AnalysedSentence city = sentence(6, "Its/PRP$ forces/NNS targeted/VBD a/DT gathering/NN in/IN the/DT city/NN ./.");
    List<AnalysedSentence> page = new ArrayList<>(laidOut("\n\n", label1, hit, label2, power, label3, strike));
    page.add(following(page.get(5), " ", city));
    assertThat(GEOCODER.placeSentences(page, List.of()).get(6).name()).isEqualTo("Kryvyy Rih");
  }

  @Test
  void aPlaceAfterAnAssaultAndOfIsWhereTheAssaultWas() {
    Actor ukraine = new Actor("UKR", "Ukraine", "UKR", ActorKind.STATE);
    Actor kyiv = new Actor("UKRGOV", "Kyiv", "UKR", ActorKind.GOVERNMENT);
    AnalysedSentence s = sentence(0, "Ukraine/NNP/LOCATION mourns/VBZ the/DT victims/NNS of/IN the/DT Russian/JJ "
        + "bombardment/NN of/IN Kyiv/NNP ./.", mention(ukraine, 0, 0), mention(kyiv, 10, 10));
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Kyiv");
    // so is one after a strike and "on", though the place is the strike's target: "Israel's strikes on Iran"
    Actor israel = new Actor("ISR", "Israel", "ISR", ActorKind.STATE);
    Actor iran = new Actor("IRN", "Iran", "IRN", ActorKind.STATE);
    AnalysedSentence beersheba = sentence(0, "A/DT missile/NN hit/VBD a/DT hospital/NN in/IN Beersheba/NNP/LOCATION ./.");
    AnalysedSentence toll = sentence(1, "The/DT death/NN toll/NN from/IN Israel/NNP/LOCATION 's/POS strikes/NNS on/IN "
        + "Iran/NNP/LOCATION rises/VBZ to/TO 240/CD ./.", mention(israel, 4, 4), mention(iran, 8, 8));
    List<AnalysedSentence> page = laidOut(" ", beersheba, toll);
    Event strikes = event(page.get(1), israel, iran); // Iran is the strikes' target, an actor of the sentence
    assertThat(GEOCODER.placeSentences(page, List.of(strikes)).get(1).country()).isEqualTo("IRN");
  }

  @Test
  void aCountrysPoliceActAtHomeWhateverTheBriefAboveWasAbout() {
    Actor indonesianPolice = new Actor("IDNCOP", "Indonesian National Police", "IDN", ActorKind.GOVERNMENT);
    Actor britishPolice = new Actor("GBRCOP", "Police Service of Northern Ireland", "GBR", ActorKind.GOVERNMENT);
    AnalysedSentence shooting = sentence(0, "A/DT shooting/NN in/IN Belfast/NNP/LOCATION ,/, Northern/NNP/LOCATION "
        + "Ireland/NNP/LOCATION ,/, leaves/VBZ three/CD dead/JJ ./.");
    AnalysedSentence arrest = sentence(1, "Indonesian/NNP National/NNP Police/NNP arrest/VBP 44/CD people/NNS ./.",
        mention(indonesianPolice, 0, 2));
    assertThat(GEOCODER.placeSentences(laidOut("\n\n", shooting, arrest), List.of()).get(1).country()).isEqualTo("IDN");
    AnalysedSentence local = sentence(1, "Northern/NNP Ireland/NNP Police/NNP arrest/VBP a/DT man/NN ./.",
        mention(britishPolice, 0, 2));
    assertThat(GEOCODER.placeSentences(laidOut("\n\n", shooting, local), List.of()).get(1).name()).isEqualTo("Belfast");
  }

  @Test
  void aListOfAddressesGoesOnFromThePlaceNotItsRegion() {
    AnalysedSentence s = sentence(0, "Four/CD are/VBP killed/VBN in/IN attacks/NNS on/IN refineries/NNS in/IN "
        + "Novokuybyshevsk/NNP/LOCATION ,/, Samara/NNP/LOCATION Oblast/NNP/LOCATION and/CC Saratov/NNP/LOCATION ,/, "
        + "Saratov/NNP/LOCATION Oblast/NNP/LOCATION ,/, Russia/NNP/LOCATION ./.");
    // as CoreNLP parsed it: the region no conjunct of the town, the next town a conjunct of the region
    Parse parse = new Parse(s.sentence(), List.of(new Dependency(2, 8, "obl:in"), new Dependency(2, 11, "dep"),
        new Dependency(11, 10, "compound"), new Dependency(11, 13, "conj:and"), new Dependency(16, 15, "compound"),
        new Dependency(13, 16, "appos"), new Dependency(11, 18, "appos")));
    AnalysedSentence parsed = new AnalysedSentence(0, false, s.sentence(), List.of(), parse);
    assertThat(GEOCODER.placeSentenceLists(List.of(parsed), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Novokuybyshevsk", "Saratov");
  }

  @Test
  void semicolonsPartAListOfAddressesThatTheParseMakesSiblings() {
    AnalysedSentence s = sentence(0, "Tornadoes/NNS touch/VBP down/RP near/IN Wichita/NNP/LOCATION ,/, Kansas/NNP/LOCATION "
        + ";/: and/CC Newburgh/NNP/LOCATION ,/, Indiana/NNP/LOCATION ./.");
    Sentence text = s.sentence();
    Parse siblings = new Parse(text, List.of(new Dependency(1, 4, "obl:near"), new Dependency(4, 6, "appos"),
        new Dependency(1, 9, "obl:near"), new Dependency(9, 11, "appos")));
    Parse apart = new Parse(text, List.of(new Dependency(1, 4, "obl:near"), new Dependency(4, 6, "appos"),
        new Dependency(1, 9, "nsubj"), new Dependency(9, 11, "appos")));
    assertThat(GEOCODER.placeSentenceLists(List.of(new AnalysedSentence(0, false, text, List.of(), siblings)), List.of())
        .get(0)).extracting(Place::name).containsExactly("Wichita", "Newburgh");
    assertThat(GEOCODER.placeSentenceLists(List.of(new AnalysedSentence(0, false, text, List.of(), apart)), List.of())
        .get(0)).extracting(Place::name).containsExactly("Wichita");
  }

  @Test
  void aCountryVisitedIsWhereTheVisitIsThoughTheTaggerTakesVisitsForANoun() {
    Actor syria = new Actor("SYRGOV", "Syrian President", "SYR", ActorKind.GOVERNMENT);
    Actor saudi = new Actor("SAU", "Saudi Arabia", "SAU", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "Syrian/JJ President/NNP Ahmed/NNP/PERSON al-Sharaa/NNP/PERSON visits/NNS "
        + "Saudi/NNP/LOCATION Arabia/NNP/LOCATION ./.", mention(syria, 0, 3), mention(saudi, 5, 6));
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("SAU");
  }

  @Test
  void aCountrysBaseIsWhoseNotWhere() {
    Actor usa = new Actor("USA", "United States", "USA", ActorKind.STATE);
    Actor iran = new Actor("IRN", "Iran", "IRN", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "Aircraft/NNS are/VBP destroyed/VBN at/IN a/DT U.S./NNP/LOCATION base/NN in/IN "
        + "Iran/NNP/LOCATION ./.", mention(usa, 5, 5), mention(iran, 8, 8));
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("IRN");
  }

  @Test
  void aLandmarkThatOpensTheSentenceIsWhereItHappens() {
    AnalysedSentence s = sentence(0, "The/DT Rafah/NNP Border/NNP Crossing/NNP between/IN Egypt/NNP/LOCATION and/CC "
        + "the/DT Gaza/NNP/LOCATION Strip/NNP/LOCATION reopens/VBZ ,/, allowing/VBG people/NNS to/TO return/VB to/TO "
        + "Gaza/NNP/LOCATION ./.");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p.name()).isEqualTo("Rafaḩ");
  }

  @Test
  void anAreaNewsCallsARegionBeatsAMunicipalityAbroad() {
    AnalysedSentence s = sentence(0, "Rebels/NNS attack/VBP villages/NNS in/IN the/DT Catatumbo/NNP/LOCATION region/NN ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("COL");
  }

  @Test
  void aPluralDivisionWordMakesEachNameOfTheListADivision() {
    AnalysedSentence s = sentence(0, "Bandits/NNS attack/VBP three/CD bases/NNS in/IN Kaduna/NNP/LOCATION and/CC "
        + "Niger/NNP/LOCATION States/NNP/LOCATION in/IN Nigeria/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentenceLists(List.of(s), List.of()).get(0)).extracting(Place::name)
        .containsExactly("Kaduna State", "Niger State");
    // a name that is no division of that kind stays what it is (and the search for the list ends)
    AnalysedSentence regions = sentence(0, "Storms/NNS hit/VBD France/NNP/LOCATION regions/NNS ./.");
    assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThat(GEOCODER.placeSentences(List.of(regions), List.of()).get(0).name()).isEqualTo("France"));
  }

  @Test
  void aCuratedNameWithOfIsFoundThoughTaggedACommonNoun() {
    AnalysedSentence s = sentence(0, "Spain/NNP/LOCATION declares/VBZ an/DT emergency/NN over/IN wildfires/NNS in/IN "
        + "the/DT Community/NN/ORGANIZATION of/IN/ORGANIZATION Madrid/NNP/ORGANIZATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).name()).isEqualTo("Community of Madrid");
  }

  @Test
  void aWithdrawalIsWhereTheForcesLeaveNotTheirHome() {
    Actor burundi = new Actor("BDI", "Burundi", "BDI", ActorKind.STATE);
    AnalysedSentence s = sentence(0, "Burundi/NNP/LOCATION initiates/VBZ the/DT withdrawal/NN of/IN its/PRP$ military/JJ "
        + "forces/NNS from/IN the/DT eastern/JJ DRC/NNP/LOCATION ./.", mention(burundi, 0, 0));
    assertThat(GEOCODER.placeSentences(List.of(s), List.of()).get(0).country()).isEqualTo("COD");
    // the town left, not the town it is measured from
    AnalysedSentence left = sentence(0, "Burundi/NNP/LOCATION withdraws/VBZ troops/NNS from/IN Uvira/NNP/LOCATION "
        + "near/IN Bukavu/NNP/LOCATION ./.", mention(burundi, 0, 0));
    assertThat(GEOCODER.placeSentences(List.of(left), List.of()).get(0).name()).isEqualTo("Uvira");
    // an expulsion is where the expelled were
    AnalysedSentence expelled = sentence(0, "The/DT army/NN expelled/VBD the/DT SDF/NNP/ORGANIZATION from/IN "
        + "Tabqa/NNP/LOCATION near/IN Raqqa/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(expelled), List.of()).get(0).text()).isEqualTo("Tabqa");
    // a rocket fired from a place struck where it landed
    AnalysedSentence fired = sentence(0, "A/DT rocket/NN fired/VBN from/IN Gaza/NNP/LOCATION hit/VBD a/DT house/NN "
        + "in/IN Ashkelon/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(fired), List.of()).get(0).name()).isEqualTo("Ashkelon");
  }

  @Test
  void aThingOfACountryThatSharesATownsNameAbroadIsNoPlace() {
    AnalysedSentence s = sentence(0, "Panama/NNP/LOCATION will/MD not/RB renew/VB its/PRP$ contracts/NNS with/IN "
        + "China/NNP/LOCATION 's/POS Belt/NNP and/CC Road/NNP Initiative/NNP ./.");
    Place p = GEOCODER.placeSentences(List.of(s), List.of()).get(0);
    assertThat(p == null ? null : p.country()).isNotEqualTo("USA");
    // a place of the owner's country is still placed by its owner
    AnalysedSentence port = sentence(0, "Strikes/NNS hit/VBD Yemen/NNP/LOCATION 's/POS Hodeidah/NNP port/NN ./.");
    assertThat(GEOCODER.placeSentences(List.of(port), List.of()).get(0).country()).isEqualTo("YEM");
  }

  @Test
  void theSurnameOfAPersonTheArticleNamesIsNoPlace() {
    // "Rittenhouse" is another name of Queen Creek, Arizona; here it is Kyle Rittenhouse's, tagged a place
    AnalysedSentence lead = sentence(0, "Kyle/NNP/PERSON Rittenhouse/NNP/PERSON was/VBD released/VBN from/IN a/DT jail/NN "
        + "in/IN Kenosha/NNP/LOCATION ,/, Wisconsin/NNP/LOCATION ./.");
    AnalysedSentence later = sentence(1, "Police/NNS searched/VBD near/IN the/DT Rittenhouse/NNP/LOCATION home/NN ./.");
    List<Place> places = GEOCODER.placeSentences(List.of(lead, later), List.of());
    assertThat(places.get(1).name()).isEqualTo("Kenosha");
    // with no person of that name, the town is still found
    AnalysedSentence alone = sentence(1, "Police/NNS searched/VBD near/IN Rittenhouse/NNP/LOCATION ,/, Arizona/NNP/LOCATION ./.");
    assertThat(GEOCODER.placeSentences(List.of(alone), List.of()).get(0).name()).isNotEqualTo("Arizona");
  }

  @Test
  void aListOfLandmarksWrittenWithTheirCountriesGoesOnFromTheFirst() {
    AnalysedSentence s = sentence(0, "Copenhagen/NNP/LOCATION Airport/NNP/LOCATION in/IN Denmark/NNP/LOCATION and/CC "
        + "Oslo/NNP/LOCATION Airport/NNP/LOCATION in/IN Norway/NNP/LOCATION are/VBP closed/VBN ./.");
    assertThat(GEOCODER.placeSentenceLists(List.of(s), List.of()).get(0)).extracting(Place::country)
        .contains("DNK", "NOR");
  }

  /**
   * The sentences as one text, each after the one before with {@code separator} between them ("\n\n"
   * between paragraphs): the offsets the pipeline gives.
   */
  /** The sentence laid out after another, past the separator. */
  @Test
  void eachClauseOfASentencePlacesItsOwnAct() {
    // "A Ukrainian is detained in Poland and two others are arrested in Romania"
    AnalysedSentence s = sentence(0, "A/DT Ukrainian/NNP is/VBZ detained/VBN in/IN Poland/NNP/LOCATION and/CC two/CD "
        + "others/NNS are/VBP arrested/VBN in/IN Romania/NNP/LOCATION");
    List<Dependency> tree = new ArrayList<>(List.of(new Dependency(3, 1, "nsubj:pass"), new Dependency(3, 2, "aux:pass"),
        new Dependency(5, 4, "case"), new Dependency(3, 5, "obl:in"), new Dependency(10, 6, "cc"),
        new Dependency(8, 7, "nummod"), new Dependency(10, 8, "nsubj:pass"), new Dependency(10, 9, "aux:pass"),
        new Dependency(12, 11, "case"), new Dependency(10, 12, "obl:in")));
    List<Dependency> joined = new ArrayList<>(tree);
    joined.add(new Dependency(3, 10, "conj:and"));
    AnalysedSentence two = parsed(s, joined);
    Geocoder.Located located = GEOCODER.locate(List.of(two), List.of());
    assertThat(located.at(0, 7)).extracting(Place::name).containsExactly("Romania");
    assertThat(located.at(0, 0)).extracting(Place::name).containsExactly("Poland");
    assertThat(located.at(0, -1)).as("the sentence as a whole").extracting(Place::name).containsExactly("Poland");
    // an event coded from "arrested" is in Romania, one from "detained" in Poland
    Event arrest = atTrigger(event(two, null, null), 10);
    Event detention = atTrigger(event(two, null, null), 3);
    assertThat(GEOCODER.place(List.of(arrest, detention), List.of(two))).extracting(e -> e.where().name())
        .containsExactly("Romania", "Poland");
    // with no clause of its own ("two others arrested" as an object), the second part keeps the sentence's place
    List<Dependency> flat = new ArrayList<>(tree);
    flat.add(new Dependency(3, 10, "obj"));
    AnalysedSentence one = parsed(s, flat);
    assertThat(GEOCODER.locate(List.of(one), List.of()).at(0, 7)).extracting(Place::name).containsExactly("Poland");
  }

  @Test
  void aWhileClauseAndAFiniteVerbLeftHangingEachPlaceTheirOwnAct() {
    // "Two die in Barcelona, while three die in Naples, and a tourist dies in Paris" (CoreNLP: "dies" a dep of "die")
    AnalysedSentence s = sentence(0, "Two/CD die/VBP in/IN Barcelona/NNP/LOCATION ,/, while/IN three/CD die/VBP in/IN "
        + "Naples/NNP/LOCATION ,/, and/CC a/DT tourist/NN dies/VBZ in/IN Paris/NNP/LOCATION");
    List<Dependency> deps = List.of(new Dependency(1, 0, "nsubj"), new Dependency(3, 2, "case"),
        new Dependency(1, 3, "obl:in"), new Dependency(7, 5, "mark"), new Dependency(7, 6, "nsubj"),
        new Dependency(1, 7, "advcl:while"), new Dependency(9, 8, "case"), new Dependency(7, 9, "obl:in"),
        new Dependency(14, 11, "cc"), new Dependency(13, 12, "det"), new Dependency(7, 13, "obl:in"),
        new Dependency(7, 14, "dep"), new Dependency(16, 15, "case"), new Dependency(14, 16, "obl:in"));
    AnalysedSentence parsed = parsed(s, deps);
    Geocoder.Located located = GEOCODER.locate(List.of(parsed), List.of());
    assertThat(located.at(0, 0)).extracting(Place::name).containsExactly("Barcelona");
    assertThat(located.at(0, 5)).extracting(Place::name).containsExactly("Naples");
    assertThat(located.at(0, 14)).extracting(Place::name).containsExactly("Paris");
  }

  @Test
  void aRegionWrittenInACuratedAreaIsTheFinerPlace() {
    // Puntland is a curated area with a point and no bounds; Bari is the GeoNames region (Bosaso)
    AnalysedSentence pair = sentence(0, "Militants/NNS were/VBD killed/VBN in/IN Bari/NNP/LOCATION Region/NNP/LOCATION ,/, "
        + "Puntland/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(pair), List.of()).get(0).name()).isEqualTo("Bari");
    AnalysedSentence possessed = sentence(0, "Militants/NNS were/VBD killed/VBN in/IN Puntland/NNP/LOCATION 's/POS "
        + "Bari/NNP/LOCATION Region/NNP/LOCATION");
    assertThat(GEOCODER.placeSentences(List.of(possessed), List.of()).get(0).name()).isEqualTo("Bari");
  }

  /**
   * The place of {@code brief} (index 5) under its story label {@code label} (index 4), on a page of
   * labelled briefs whose first two are about Chicago and Houston.
   */
  private static Place lastBriefsPlace(AnalysedSentence label, AnalysedSentence brief) {
    AnalysedSentence label1 = sentence(0, "Protests/NNS in/IN Chicago/NNP/LOCATION");
    AnalysedSentence chicago = sentence(1, "Protesters/NNS march/VBP in/IN Chicago/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    AnalysedSentence label2 = sentence(2, "Crime/NN in/IN Houston/NNP/LOCATION");
    AnalysedSentence houston = sentence(3, "Protesters/NNS march/VBP in/IN Houston/NNP/LOCATION ./.", mention(PROTESTERS, 0, 0));
    return GEOCODER.placeSentences(laidOut("\n\n", label1, chicago, label2, houston, label, brief), List.of()).get(5);
  }

  private static Event atTrigger(Event e, int trigger) {
    SentenceRef s = e.sentence();
    return new Event(e.id() + trigger, e.articleId(), e.date(), e.type(), e.mode(), e.cameo(), e.quadClass(), e.goldstein(),
        e.status(), e.source(), e.target(), e.where(), new SentenceRef(s.index(), s.text(), s.start(), s.end(), trigger),
        e.confidence());
  }

  /** The sentence with a parse made of these dependencies. */
  private static AnalysedSentence parsed(AnalysedSentence s, List<Dependency> deps) {
    return new AnalysedSentence(s.index(), s.inTitle(), s.sentence(), s.mentions(), new Parse(s.sentence(), deps));
  }

  /** The sentence with token {@code i}'s word, lemma and tag replaced (its offsets and tag of entity kept), parsed so. */
  private static AnalysedSentence withToken(AnalysedSentence s, int i, String word, String lemma, String pos,
      List<Dependency> deps) {
    List<Token> tokens = new ArrayList<>(s.sentence().tokens());
    Token old = tokens.get(i);
    tokens.set(i, new Token(i, word, lemma, pos, old.ner(), old.begin(), old.end()));
    Sentence changed = new Sentence(s.sentence().index(), s.sentence().text(), s.sentence().begin(), s.sentence().end(), tokens);
    return parsed(new AnalysedSentence(s.index(), s.inTitle(), changed, s.mentions(), null), deps);
  }

  private static AnalysedSentence following(AnalysedSentence before, String separator, AnalysedSentence s) {
    return shifted(s, before.sentence().end() + separator.length());
  }

  /** The sentence with its text starting at this offset. */
  private static AnalysedSentence shifted(AnalysedSentence s, int at) {
    List<Token> tokens = s.sentence().tokens().stream()
        .map(k -> new Token(k.index(), k.word(), k.lemma(), k.pos(), k.ner(), k.begin() + at, k.end() + at)).toList();
    Sentence moved = new Sentence(s.index(), s.sentence().text(), at, at + s.sentence().text().length(), tokens);
    return new AnalysedSentence(s.index(), s.inTitle(), moved, s.mentions(), s.parse());
  }

  private static List<AnalysedSentence> laidOut(String separator, AnalysedSentence... sentences) {
    List<AnalysedSentence> out = new ArrayList<>();
    int at = 0;
    for (AnalysedSentence s : sentences) {
      AnalysedSentence moved = shifted(s, at);
      out.add(moved);
      at = moved.sentence().end() + separator.length();
    }
    return out;
  }

  /** No place the sentence names: at most the country of the article's actors ("article focus"). */
  private static void assertNotFromTheSentence(Place p) {
    if (p != null) {
      assertThat(p.how()).as(p.toString()).isEqualTo("article focus");
      assertThat(p.kind()).isEqualTo("country");
    }
  }

  private static Place placeOne(AnalysedSentence s, Actor source, Actor target) {
    Event e = event(s, source, target);
    return GEOCODER.place(List.of(e), List.of(s)).get(0).where();
  }

  /** The place of the one event of {@code s}, its trigger at token {@code trigger}. */
  private static Place placeAtTrigger(AnalysedSentence s, Actor source, Actor target, int trigger) {
    return GEOCODER.place(List.of(atTrigger(event(s, source, target), trigger)), List.of(s)).get(0).where();
  }

  private static Event event(AnalysedSentence s, Actor source, Actor target) {
    Participant src = source == null ? new Participant("someone", "someone", "X", null, "other") : participant(s, source);
    return new Event("id", "a", "2016-06-25", EventType.ASSAULT, null, "190", 4, -10, EventStatus.ASSERTED,
        src, participant(s, target), null,
        new SentenceRef(s.index(), s.sentence().text(), 0, s.sentence().text().length()), 0.8);
  }

  private static Event withMode(Event e, EventType type, String mode) {
    return new Event(e.id(), e.articleId(), e.date(), type, mode, e.cameo(), 1, e.goldstein(), e.status(),
        e.source(), e.target(), e.where(), e.sentence(), e.confidence());
  }

  private static Event withType(Event e, EventType type) {
    return new Event(e.id(), e.articleId(), e.date(), type, e.mode(), e.cameo(), e.quadClass(), e.goldstein(), e.status(),
        e.source(), e.target(), e.where(), e.sentence(), e.confidence());
  }

  private static Participant participant(AnalysedSentence s, Actor actor) {
    if (actor == null) {
      return null;
    }
    for (ActorMention m : s.mentions()) {
      if (m.actor() == actor) {
        return Participant.of(m);
      }
    }
    throw new IllegalArgumentException("no mention of " + actor.code());
  }

  /** A mention of tokens first..last; its text is filled in by {@link #sentence}. */
  private static int[] mention(Actor actor, int first, int last) {
    ACTORS.add(actor);
    return new int[] {ACTORS.size() - 1, first, last};
  }

  private static final List<Actor> ACTORS = new ArrayList<>();

  private static AnalysedSentence sentence(int index, String tagged, int[]... mentions) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String item : tagged.trim().split(" +")) {
      String[] parts = item.split("/");
      boolean glued = parts[0].startsWith("+"); // "+-/HYPH +Eye": no space before, as in "Sea-Eye"
      String word = glued ? parts[0].substring(1) : parts[0];
      if (text.length() > 0 && !glued) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      String pos = parts.length > 1 ? parts[1] : word.equalsIgnoreCase("the") ? "DT" : "NN";
      tokens.add(new Token(tokens.size(), word, parts.length > 3 ? parts[3] : word.toLowerCase(Locale.ROOT), pos,
          parts.length > 2 ? parts[2] : "O", begin, text.length()));
    }
    List<ActorMention> ms = new ArrayList<>();
    for (int[] m : mentions) {
      Token first = tokens.get(m[1]);
      Token last = tokens.get(m[2]);
      ms.add(new ActorMention(text.substring(first.begin(), last.end()), ACTORS.get(m[0]), m[1], m[2], m[2],
          first.begin(), last.end()));
    }
    Sentence sentence = new Sentence(index, text.toString(), 0, text.length(), tokens);
    return new AnalysedSentence(index, false, sentence, ms, null);
  }
}
