package org.eventline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.eventline.article.Article;
import org.eventline.geo.Place;
import org.eventline.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The coder end to end over CoreNLP parses, on short sentences written for each behaviour
 * (none taken from the seed article).
 */
class EventCoderTest {
  static List<Event> code(String body) {
    return code(body, "2024-03-15");
  }

  static List<Event> code(String body, String published) {
    Article a = new Article(null, "test.txt", null, null, null, published, null, null, null, null, null, "en", body, null);
    Pipeline.Coded c = Pipeline.shared().code(a);
    assertThat(c.error()).isNull();
    return c.events();
  }

  static List<Event> ofType(List<Event> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void visitGoesFromVisitorToHost() {
    List<Event> events = ofType(code("The French foreign minister visited Beijing on Tuesday."), EventType.CONSULT);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.source().country()).isEqualTo("FRA");
    assertThat(e.target().country()).isEqualTo("CHN");
    assertThat(e.cameo()).isEqualTo("042");
    assertThat(e.mode()).isEqualTo("visit");
    assertThat(e.status()).isEqualTo(EventStatus.ASSERTED);
    assertThat(e.date()).isEqualTo("2024-03-12");
  }

  @Test
  void passiveVoiceSwapsSourceAndTarget() {
    List<Event> events = ofType(code("Hamas was condemned by Germany."), EventType.ACCUSE);
    assertThat(events).extracting(e -> e.source().country(), e -> e.target().name())
        .containsExactly(tuple("DEU", events.get(0).target().name()));
    assertThat(events.get(0).target().code()).doesNotStartWith("DEU");
  }

  @Test
  void coordinatedSubjectsEachGetAnEvent() {
    List<Event> events = ofType(code("Russia and China criticized Japan."), EventType.ACCUSE);
    assertThat(events).extracting(e -> e.source().country()).containsExactlyInAnyOrder("RUS", "CHN");
    assertThat(events).allSatisfy(e -> assertThat(e.target().country()).isEqualTo("JPN"));
  }

  @Test
  void jointTalksArePairwise() {
    List<Event> events = ofType(code("France, Germany and Italy held talks in Rome."), EventType.CONSULT);
    assertThat(events).hasSize(3);
  }

  @Test
  void negationMakesEventNegated() {
    List<Event> events = ofType(code("Israel did not attack Lebanon."), EventType.ASSAULT);
    assertThat(events).singleElement().extracting(Event::status).isEqualTo(EventStatus.NEGATED);
  }

  @Test
  void deniedActIsNegated() {
    List<Event> events = ofType(code("Egypt denied sending troops to Libya."), EventType.MOBILIZE);
    assertThat(events).allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.NEGATED));
  }

  @Test
  void threatenedActIsHypotheticalButTheThreatIsAsserted() {
    List<Event> events = code("Iran threatened to attack Israel.");
    assertThat(ofType(events, EventType.THREATEN)).singleElement()
        .extracting(Event::status).isEqualTo(EventStatus.ASSERTED);
    assertThat(ofType(events, EventType.ASSAULT)).singleElement()
        .extracting(Event::status).isEqualTo(EventStatus.HYPOTHETICAL);
  }

  @Test
  void modalMakesEventHypothetical() {
    List<Event> events = ofType(code("Pakistan may expel the Indian ambassador."), EventType.SANCTION);
    assertThat(events).allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL));
  }

  @Test
  void nounEventTakesPossessiveSourceAndPrepositionalTarget() {
    List<Event> events = ofType(code("Qatar's support for Hamas angered Israel."), EventType.SUPPORT);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("QAT");
      assertThat(e.target().text()).containsIgnoringCase("Hamas");
    });
  }

  @Test
  void thePronounSubjectOfAReportedClauseIsTheReporter() {
    // the sentence before names another actor; "they" is the police who say what they did
    List<Event> arrest = ofType(code("Gunmen killed two people on Sunday. Police said they arrested five suspects on Monday."),
        EventType.COERCE);
    assertThat(arrest).singleElement().satisfies(e -> assertThat(e.source().code()).endsWith("COP"));
    List<Event> strike = ofType(code("The Israeli military said it struck Hamas targets in Gaza on Monday."), EventType.ASSAULT);
    assertThat(strike).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("ISRMIL");
      assertThat(e.target().code()).startsWith("PSE");
    });
    // a name with a plural head is one body, "it": not the ministry of the sentence before
    List<Event> forces = ofType(code("The Lebanese ministry condemned the raid. The Israel Defense Forces says it struck "
        + "Hezbollah targets on Monday."), EventType.ASSAULT);
    assertThat(forces).singleElement().satisfies(e -> assertThat(e.source().code()).isEqualTo("ISRMIL"));
  }

  @Test
  void aRoleAPossessivePronounGivesToAStateIsThatStates() {
    List<Event> strike = ofType(code("Russia says its forces struck a fuel depot in Kharkiv on Monday."), EventType.ASSAULT);
    assertThat(strike).singleElement().satisfies(e -> assertThat(e.source().code()).isEqualTo("RUSMIL"));
    List<Event> raid = ofType(code("The Israeli military said its soldiers killed two militants in Jenin on Monday."),
        EventType.ASSAULT);
    assertThat(raid).singleElement().satisfies(e -> assertThat(e.source().code()).isEqualTo("ISRMIL"));
  }

  @Test
  void besideTheVerbsOwnObjectAtSaysWhereNotWhom() {
    List<Event> shot = ofType(code("A gunman shot shoppers at a Walmart store on Saturday."), EventType.ASSAULT);
    assertThat(shot).singleElement().satisfies(e -> assertThat(e.target().text()).isEqualTo("shoppers"));
    // with no object, "at" names the target
    List<Event> shotAt = ofType(code("Police shot at protesters outside the parliament on Tuesday."), EventType.ASSAULT);
    assertThat(shotAt).singleElement().satisfies(e -> assertThat(e.target().text()).isEqualTo("protesters"));
    // nor where the pattern aims the act with "at": what is fired goes at the target
    List<Event> fired = ofType(code("Russia fires more than 500 drones at Ukraine overnight."), EventType.ASSAULT);
    assertThat(fired).singleElement().satisfies(e -> assertThat(e.target().code()).isEqualTo("UKR"));
  }

  @Test
  void pronounSubjectResolvesToEarlierActor() {
    List<Event> events = ofType(code("Egypt opened its border on Sunday. It also criticized Israel."), EventType.ACCUSE);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("EGY");
      assertThat(e.target().country()).isEqualTo("ISR");
    });
  }

  @Test
  void eventsCarryTheirSentenceAndOffsetsIntoTheBody() {
    String body = "Markets were calm. Ukraine accused Russia of shelling Kharkiv.";
    List<Event> events = ofType(code(body), EventType.ACCUSE);
    assertThat(events).isNotEmpty();
    SentenceRef s = events.get(0).sentence();
    assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
    assertThat(s.text()).startsWith("Ukraine accused");
  }

  @Test
  void everyEventCarriesOntologyFields() {
    List<Event> events = code("Turkish jets bombed Kurdish rebels in northern Iraq.");
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      assertThat(e.cameo()).isNotBlank();
      assertThat(e.quadClass()).isBetween(1, 4);
      assertThat(e.confidence()).isBetween(0.0, 1.0);
      assertThat(e.id()).hasSize(16);
    });
  }

  @Test
  void sentenceWithoutActorsGivesNothing() {
    assertThat(code("The weather attacked our plans for the weekend.")).isEmpty();
  }

  @Test
  void headlinePassiveMakesTheSubjectTheVictim() {
    List<Event> events = code("Venezuelan opposition leader shot in Caracas");
    assertThat(events).noneSatisfy(e -> assertThat(e.source().country()).isEqualTo("VEN"));
  }

  @Test
  void aBareParticipleInRunningTextIsAPastTenseNotAHeadlinePassive() {
    // The tagger reads "called" as VBN here; with a closing stop it is still the subject's act.
    List<Event> events = ofType(code("Protesters called for Rossello's resignation."), EventType.REQUEST);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().text()).isEqualTo("Protesters");
      assertThat(e.target().text()).isEqualTo("Rossello");
    });
  }

  @Test
  void aCapitalBeforeAnAttackNounSaysWhereNotWho() {
    assertThat(ofType(code("Last week a Kabul car bombing killed five people."), EventType.ASSAULT))
        .noneSatisfy(e -> assertThat(e.source().country()).isEqualTo("AFG"));
    assertThat(ofType(code("A Taliban car bombing killed five soldiers."), EventType.ASSAULT))
        .anySatisfy(e -> assertThat(e.source().text()).isEqualTo("Taliban"));
  }

  @Test
  void aPlaceAfterTheTargetPhraseIsNotATarget() {
    List<Event> events = ofType(code("The Taliban held a meeting with local elders in Qatar on Monday. "
        + "The Taliban met on Monday with the elders, in Qatar."),
        EventType.CONSULT);
    assertThat(events).noneSatisfy(e -> assertThat(e.target().country()).isEqualTo("QAT"));
  }

  @Test
  void aVerbalAttackOnAnActIsAimedAtWhoeverMadeIt() {
    assertThat(ofType(code("Germany attacked Russia's decision on Monday."), EventType.ACCUSE))
        .singleElement().satisfies(e -> {
          assertThat(e.source().country()).isEqualTo("DEU");
          assertThat(e.target().country()).isEqualTo("RUS");
        });
    assertThat(ofType(code("Turkey attacked Kurdish militants in Syria on Monday. "
        + "France attacked the decision."), EventType.ACCUSE))
        .singleElement().satisfies(e -> {
          assertThat(e.source().country()).isEqualTo("FRA");
          assertThat(e.target().country()).isEqualTo("TUR");
        });
  }

  @Test
  void releasingAReportIsNoRetreatButReleasingPrisonersIs() {
    assertThat(ofType(code("The White House released a summary of the call on Wednesday."), EventType.RETREAT))
        .isEmpty();
    assertThat(ofType(code("Russia released two Ukrainian sailors on Wednesday."), EventType.RETREAT))
        .anySatisfy(e -> assertThat(e.source().country()).isEqualTo("RUS"));
  }

  @Test
  void passiveWithoutAgentNamesNoDoer() {
    List<Event> events = ofType(code("Officials in Kabul said two Afghan soldiers were killed on Sunday."), EventType.ASSAULT);
    assertThat(events).isEmpty();
  }

  @Test
  void anArrestOrASentenceWithoutAgentIsMadeByPoliceOrACourt() {
    List<Event> arrests = ofType(code("Two Syrian rebels were arrested in Aleppo on Sunday."), EventType.COERCE);
    assertThat(arrests).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("---COP");
      assertThat(e.source().text()).isEqualTo("police");
      assertThat(e.target().text()).contains("rebels");
    });
    List<Event> sentences = ofType(code("The Syrian rebel commander was sentenced to life in prison."), EventType.COERCE);
    assertThat(sentences).extracting(e -> e.source().code()).containsExactly("---JUD");
  }

  @Test
  void dyadicActWithoutTargetIsNotCoded() {
    assertThat(ofType(code("Germany condemned the violence."), EventType.ACCUSE)).isEmpty();
  }

  @Test
  void actNounAsTargetStandsForItsDoer() {
    List<Event> events = ofType(code("Turkey attacked Kurdish militants in Syria on Monday. "
        + "France condemned the operation."), EventType.ACCUSE);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("FRA");
      assertThat(e.target().country()).isEqualTo("TUR");
    });
  }

  @Test
  void titledPersonIsOneActorCodedByTheTitle() {
    List<Event> events = ofType(code("US President Joe Biden met Chinese President Xi Jinping in Bali."), EventType.CONSULT);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().text()).contains("Joe Biden");
      assertThat(e.source().code()).isEqualTo("USAGOV");
      assertThat(e.target().country()).isEqualTo("CHN");
    });
  }

  @Test
  void coAgentsOfJoiningAreNotPairedWithEachOther() {
    List<Event> events = ofType(code("The naval coalition was joined by Australia, Bahrain and Britain."), EventType.COOPERATE);
    assertThat(events).isEmpty();
  }

  @Test
  void aNationalityBeforeAStrikeOrAWeaponIsTheStateThatActs() {
    List<Event> strikes = ofType(code("Israeli strikes killed at least 85 Palestinians in Gaza on Tuesday."), EventType.ASSAULT);
    assertThat(strikes).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("ISR");
      assertThat(e.target().country()).isEqualTo("PSE");
    });
    List<Event> missile = ofType(code("An Iranian ballistic missile struck the air base on Monday."), EventType.ASSAULT);
    assertThat(missile).extracting(e -> e.source().code()).containsExactly("IRN");
    List<Event> bombs = ofType(code("Russian guided bombs hit Zaporizhzhia on Tuesday."), EventType.ASSAULT);
    assertThat(bombs).extracting(e -> e.source().code()).containsExactly("RUS");
    // a weapon between the nationality and the attack noun ("drone", which the tagger reads as a verb)
    List<Event> drone = ofType(code("A Russian drone attack on Kharkiv killed two people on Monday."), EventType.ASSAULT);
    assertThat(drone).isNotEmpty().extracting(e -> e.source().code()).containsOnly("RUS");
    List<Event> tanks = ofType(code("Israeli tanks shelled Beit Hanoun on Monday."), EventType.ASSAULT);
    assertThat(tanks).extracting(e -> e.source().code()).containsExactly("ISR");
    List<Event> shelling = ofType(code("Russian shelling killed three civilians in Kherson on Monday."), EventType.ASSAULT);
    assertThat(shelling).extracting(e -> e.source().code()).containsExactly("RUS");
    List<Event> aircraft = ofType(code("Israeli aircraft bombed Quneitra on Monday."), EventType.ASSAULT);
    assertThat(aircraft).isNotEmpty().extracting(e -> e.source().code()).containsOnly("ISR");
    // a state's aircraft that crashed killed no one by an act of that state
    assertThat(ofType(code("A Russian aircraft crashed near Moscow on Monday, killing all 20 people on board."),
        EventType.ASSAULT)).isEmpty();
    List<Event> dropped = ofType(code("Syrian helicopters dropped barrel bombs on Daraa on Monday."), EventType.ASSAULT);
    assertThat(dropped).isNotEmpty().allSatisfy(e -> {
      assertThat(e.source().code()).isEqualTo("SYR");
      assertThat(e.cameo()).isEqualTo("195");
    });
    assertThat(ofType(code("Israeli aircraft dropped leaflets over Gaza City on Monday."), EventType.ASSAULT)).isEmpty();
    // a force before the weapon it wields is the actor, though "army" modifies the noun after it
    List<Event> armyDrones = ofType(code("Sudanese army drones struck Nyala on Monday."), EventType.ASSAULT);
    assertThat(armyDrones).extracting(e -> e.source().code()).containsExactly("SDNMIL");
    List<Event> armyHelicopters = ofType(code("Syrian army helicopters dropped barrel bombs on Daraa on Monday."), EventType.ASSAULT);
    assertThat(armyHelicopters).extracting(e -> e.source().code()).containsExactly("SYRMIL");
    // a nationality before anything else stays no actor
    assertThat(ofType(code("Russian regions were flooded after heavy rains on Monday."), EventType.ASSAULT)).isEmpty();
  }

  @Test
  void aTownTheGazetteerLacksIsPlacedInTheTitledDivisionWrittenAfterIt() {
    // CoreNLP tags "Kuru , Plateau State" and "Kuru in Plateau State" one location each; the
    // gazetteer has Kuru only in Finland
    String[] sentences = {"Gunmen killed five villagers in Kuru, Plateau State, on Monday.",
        "Gunmen killed five villagers in the village of Kuru in Plateau State on Monday."};
    for (String sentence : sentences) {
      assertThat(ofType(code(sentence), EventType.ASSAULT)).as(sentence).singleElement().satisfies(e -> {
        assertThat(e.where()).isNotNull();
        assertThat(e.where().country()).isEqualTo("NGA");
      });
    }
  }

  @Test
  void aCountryThatOpensABriefActsAtHomeThoughItNamesAnIncidentAside() {
    // a page of briefs: the second tells of strikes and killings only in its reported clause, and of
    // the country's own act in its main one; "Japan also condemns" puts an adverb before the verb
    String body = "Haitian gangs launch a large-scale attack on the town of Pont-Sondé, causing hundreds of people to flee.\n\n"
        + "Tajikistan reinforces its border with Afghanistan, as the government says that the drone strikes which "
        + "killed two Chinese citizens originated from its neighbour.\n\n"
        + "Japan also condemns the test of a ballistic missile by North Korea, the foreign ministry says.";
    Article a = new Article(null, "test.txt", null, null, null, "2025-12-01", null, null, null, null, null, "en", body, null);
    Pipeline.Analysed analysed = Pipeline.shared().analyse(a);
    List<Place> places = Pipeline.shared().geocoder().placeSentences(analysed.sentences(), analysed.events());
    assertThat(places).hasSize(3);
    assertThat(places.get(0).country()).isEqualTo("HTI");
    assertThat(places.get(1).country()).isEqualTo("TJK");
    assertThat(places.get(2).country()).isEqualTo("JPN");
  }

  @Test
  void closingABorderRestrictsAndClosingAnEmbassyReducesRelations() {
    List<Event> border = ofType(code("Pakistan closed its border with Afghanistan on Monday."), EventType.COERCE);
    assertThat(border).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("172");
      assertThat(e.source().code()).isEqualTo("PAK");
      assertThat(e.target().code()).isEqualTo("AFG");
    });
    List<Event> embassy = ofType(code("The United States closed its embassy in Kabul on Monday."), EventType.SANCTION);
    assertThat(embassy).extracting(Event::cameo).containsExactly("161");
    assertThat(code("The shop closed its doors on Monday.")).isEmpty();
  }

  @Test
  void aHijackingIsAnAbductionButAHijackedDebateIsNone() {
    List<Event> bus = ofType(code("Gunmen hijacked a bus in Peshawar on Monday."), EventType.ASSAULT);
    assertThat(bus).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("181");
      assertThat(e.mode()).isEqualTo("abduct");
    });
    List<Event> abduction = ofType(code("Hamas's abduction of Israeli soldiers triggered the war."), EventType.ASSAULT);
    assertThat(abduction).extracting(Event::cameo).containsExactly("181");
    assertThat(ofType(code("Critics said the populists hijacked the debate on Monday."), EventType.ASSAULT)).isEmpty();
  }

  @Test
  void whatIsFiredSaysTheKindOfAttackAndTheSeaIsNoTarget() {
    List<Event> rockets = ofType(code("Cambodian troops fired rockets into Surin province on Thursday."), EventType.ASSAULT);
    assertThat(rockets).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("KHMMIL");
      assertThat(e.cameo()).isEqualTo("194");
    });
    List<Event> gas = ofType(code("Police fired tear gas into the crowd in Nairobi on Monday."), EventType.COERCE);
    assertThat(gas).extracting(Event::cameo).containsExactly("175");
    // a missile fired or launched into the sea is a show of force, not an attack on Japan
    String[] tests = {"North Korea fired two ballistic missiles into the sea on Monday.",
        "North Korea launched a ballistic missile into the Sea of Japan on Monday."};
    for (String test : tests) {
      List<Event> events = code(test);
      assertThat(ofType(events, EventType.ASSAULT)).as(test).isEmpty();
      assertThat(ofType(events, EventType.MOBILIZE)).as(test).singleElement().satisfies(e -> {
        assertThat(e.source().code()).isEqualTo("PRK");
        assertThat(e.target()).isNull();
      });
    }
  }

  @Test
  void weaponsLaunchedAtATargetAreAnAttack() {
    List<Event> events = ofType(code("The Houthis launched a ballistic missile at Israel on Sunday."), EventType.ASSAULT);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().country()).isEqualTo("YEM");
      assertThat(e.target().code()).isEqualTo("ISR");
      assertThat(e.cameo()).isEqualTo("195");
    });
  }

  @Test
  void anAgreementSignedByPartiesNamedTogetherIsBetweenThem() {
    List<Event> events = ofType(code("Armenia and Azerbaijan signed a peace agreement in Washington on Friday."), EventType.SUPPORT);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(List.of(e.source().country(), e.target().country())).containsExactlyInAnyOrder("ARM", "AZE");
    });
  }

  @Test
  void whatAnActIsDoneToIsItsTargetThoughNoActor() {
    List<Event> arrest = ofType(code("Bulgarian police arrested the owner of the ship on Monday."), EventType.COERCE);
    assertThat(arrest).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("BGRCOP");
      assertThat(e.target().text()).isEqualTo("owner");
      assertThat(e.target().code()).isNull();
      assertThat(e.target().kind()).isEqualTo("other");
    });
    List<Event> hit = ofType(code("The old apartment building was destroyed by Russian forces on Monday."), EventType.ASSAULT);
    assertThat(hit).extracting(e -> e.target().text()).containsExactly("old apartment building");
    // a dyadic act still needs an actor for its target
    assertThat(ofType(code("Germany condemned the violence."), EventType.ACCUSE)).isEmpty();
  }

  @Test
  void anAdjectiveTheTaggerLeftAsANounPhrasesHeadIsTheTarget() {
    // the tagger reads "national" as an adjective; with its article it is the noun of the phrase
    List<Event> sentenced = ofType(code("A Russian military court sentences a Belarusian national to 22 years in prison."),
        EventType.COERCE);
    assertThat(sentenced).extracting(e -> e.target() == null ? null : e.target().text())
        .containsExactly("Belarusian national");
  }

  @Test
  void aVerbOfHarmWithoutItsObjectTellsWhatWasDoneToItsSubject() {
    // "killed" read as a past tense and "wounded" as a participle in running text: the soldiers and
    // civilians are the victims, not the attackers
    List<Event> events = ofType(code("1 US soldier killed, 2 US soldiers and 2 civilians wounded in convoy attack near Tikrit."),
        EventType.ASSAULT);
    assertThat(events).isNotEmpty().noneMatch(e -> "USAMIL".equals(e.source().code()));
    assertThat(events).anyMatch(e -> e.target() != null && "USAMIL".equals(e.target().code()));
  }

  @Test
  void heIsAPersonOrAnOfficeHolderNeverAnInstitution() {
    List<Event> events = ofType(code("A court in Prague sentences a Colombian national to eight years in prison. "
        + "Police have detained him for questioning."), EventType.COERCE);
    assertThat(events).filteredOn(e -> e.sentence().index() == 1)
        .noneMatch(e -> e.target() != null && e.target().text().equalsIgnoreCase("prison"));
  }

  @Test
  void anAttackToldOnlyByItselfIsTheGroupsThatClaimsIt() {
    String attack = "A car bomb exploded in Mogadishu, killing ten people. ";
    List<Event> claimed = ofType(code(attack + "The attack was claimed by Al-Shabaab."), EventType.ASSAULT);
    assertThat(claimed).filteredOn(e -> e.sentence().index() == 0).isNotEmpty()
        .allSatisfy(e -> assertThat(e.source().code()).isEqualTo("SOMREB"));
    // no group claimed it, or another paragraph tells of another attack
    List<Event> unclaimed = ofType(code(attack + "No group has claimed responsibility for the attack."), EventType.ASSAULT);
    assertThat(unclaimed).filteredOn(e -> e.sentence().index() == 0).isNotEmpty()
        .allSatisfy(e -> assertThat(e.source().code()).isNull());
    List<Event> apart = ofType(code(attack + "\n\nThe attack in Baidoa was claimed by Al-Shabaab."), EventType.ASSAULT);
    assertThat(apart).filteredOn(e -> e.sentence().index() == 0).isNotEmpty()
        .allSatisfy(e -> assertThat(e.source().code()).isNull());
  }

  @Test
  void aCountedPassiveSubjectTheParserTookForAPhraseIsTheTarget() {
    // "Around/IN 20 demonstrators" is parsed as a phrase of "around", not the subject of "were arrested"
    List<Event> arrests = ofType(code("Around 20 demonstrators were arrested in Washington."), EventType.COERCE);
    assertThat(arrests).singleElement().satisfies(e -> assertThat(e.target().text()).contains("demonstrators"));
  }

  @Test
  void anAttackWithNoTargetByAStateOnAPlaceAbroadIsOnThatCountry() {
    List<Event> abroad = ofType(code("Israel launches airstrikes in the Baalbek area in northeastern Lebanon."),
        EventType.ASSAULT);
    assertThat(abroad).singleElement().satisfies(e -> {
      assertThat(e.target().code()).isEqualTo("LBN");
      assertThat(e.target().kind()).isEqualTo("state");
    });
    // at home the attack stays without a target
    List<Event> home = ofType(code("Syrian forces launch airstrikes in Idlib."), EventType.ASSAULT);
    assertThat(home).isNotEmpty().allSatisfy(e -> assertThat(e.target()).isNull());
  }

  @Test
  void anAttackWhoseDoerGoesUnnamedIsTheSourceUncoded() {
    List<Event> events = ofType(code("At least 29 people were killed in a bombing of a mosque in Kabul on Friday."), EventType.ASSAULT);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().text()).isEqualTo("bombing");
      assertThat(e.source().code()).isNull();
      assertThat(e.target().code()).isEqualTo("---CVL");
    });
    // a death with no attack beside it still names no doer
    assertThat(ofType(code("Two Afghan soldiers were killed in an accident on Sunday."), EventType.ASSAULT)).isEmpty();
  }

  @Test
  void aWeaponThatKillsStandsForItsUnnamedUser() {
    List<Event> events = ofType(code("A car bomb in Somalia killed at least six people on Sunday."), EventType.ASSAULT);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().text()).isEqualTo("car bomb");
      assertThat(e.source().code()).isNull();
      assertThat(e.target().code()).isEqualTo("---CVL");
    });
    // a participle is done by its clause's subject, here the weapon
    List<Event> participle = ofType(code("A roadside bomb exploded near the convoy, wounding six soldiers."), EventType.ASSAULT);
    assertThat(participle).extracting(e -> e.source().text()).containsExactly("roadside bomb");
    // a blast with no doer at all is coded by its cause, as the development gold codes disasters
    assertThat(ofType(code("A gas explosion killed five people in a restaurant in Shenzhen."), EventType.ASSAULT))
        .extracting(e -> e.source().text()).containsExactly("gas explosion");
    // a weapon that names its user is that user
    List<Event> named = ofType(code("Russian missiles killed four people in Kharkiv on Monday."), EventType.ASSAULT);
    assertThat(named).extracting(e -> e.source().code()).containsExactly("RUS");
  }

  @Test
  void anAttackCarriedOutByAnActorIsThatActors() {
    // "airstrikes/NN": a plural the tagger takes for a singular is still an attack
    List<Event> events = ofType(code("Three civilians were killed in airstrikes carried out by the Myanmar military in Chin State."),
        EventType.ASSAULT);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("MMRMIL");
      assertThat(e.target().code()).isEqualTo("---CVL");
    });
  }

  @Test
  void fireSetOrOpenedAndGunningDownAreAttacks() {
    assertThat(ofType(code("Israeli settlers set fire to a mosque in the West Bank on Friday."), EventType.ASSAULT))
        .singleElement().satisfies(e -> assertThat(e.target().text()).isEqualTo("mosque"));
    assertThat(ofType(code("Israeli soldiers opened fire on a car in Hebron on Monday."), EventType.ASSAULT))
        .singleElement().satisfies(e -> assertThat(e.target().text()).isEqualTo("car"));
    assertThat(ofType(code("Two police officers were gunned down by PKK militants in Adana."), EventType.ASSAULT))
        .singleElement().satisfies(e -> assertThat(e.source().text()).isEqualTo("PKK militants"));
    // fire that is no attack
    assertThat(ofType(code("The company set fire safety rules for its plants."), EventType.ASSAULT)).isEmpty();
  }

  @Test
  void oneActToldByTwoVerbsIsOneEvent() {
    List<Event> events = ofType(code("Taliban fighters attacked and killed Afghan soldiers in Ghazni on Monday."), EventType.ASSAULT);
    assertThat(events).singleElement().satisfies(e -> assertThat(e.target().country()).isEqualTo("AFG"));
    // two acts on two targets stay two
    List<Event> two = ofType(code("Taliban fighters attacked Afghan soldiers and killed a Pakistani journalist on Monday."),
        EventType.ASSAULT);
    assertThat(two).hasSize(2);
  }

  @Test
  void whatAnAttackLeavesInjuredIsItsTarget() {
    List<Event> events = ofType(code("Bomb blasts left 34 people injured in the town on Saturday."), EventType.ASSAULT);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().text()).isEqualTo("Bomb blasts");
      assertThat(e.target().code()).isEqualTo("---CVL");
    });
  }

  @Test
  void aParticipleBeforeANounTellsNoAct() {
    // "stabbing" describes the incident; the victim is not its doer
    List<Event> events = ofType(code("Ukrainian refugee Iryna Zarutska was killed in a stabbing incident in Charlotte."),
        EventType.ASSAULT);
    assertThat(events).noneSatisfy(e -> assertThat(e.source().text()).contains("Zarutska"));
  }

  @Test
  void whatForcesWithdrawFromIsTheTarget() {
    assertThat(ofType(code("Israeli forces withdrew from the Qalandiyah refugee camp on Monday."), EventType.RETREAT))
        .singleElement().satisfies(e -> assertThat(e.target().text()).isEqualTo("Qalandiyah refugee camp"));
    // forces withdrawn are the act's words, not its target
    assertThat(ofType(code("Russia withdrew its forces from Kherson on Friday."), EventType.RETREAT))
        .singleElement().satisfies(e -> assertThat(e.target().text()).isEqualTo("Kherson"));
  }

  @Test
  void aCasualtyOfAClashIsHitByTheOtherSide() {
    List<Event> events = ofType(code("Seven Turkish soldiers were killed in a clash with PKK militants on Sunday."), EventType.ASSAULT);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().text()).isEqualTo("PKK militants");
      assertThat(e.target().country()).isEqualTo("TUR");
    });
  }

  @Test
  void partiesThatClashActOnEachOther() {
    List<Event> verb = ofType(code("Anti-government protesters and riot police clashed in Milan on Sunday."), EventType.ASSAULT);
    assertThat(verb).extracting(e -> e.source().text() + " -> " + e.target().text())
        .containsExactlyInAnyOrder("protesters -> riot police", "riot police -> protesters");
    List<Event> noun = ofType(code("Four people were killed in clashes between Turkish troops and PKK militants on Monday."),
        EventType.ASSAULT);
    assertThat(noun).extracting(e -> e.source().text() + " -> " + e.target().text())
        .contains("Turkish troops -> PKK militants", "PKK militants -> Turkish troops");
    // one side named alone keeps its act without a target
    assertThat(ofType(code("Rebels clashed near the airport on Monday."), EventType.ASSAULT))
        .singleElement().satisfies(e -> assertThat(e.target()).isNull());
  }

  @Test
  void aNounAttackOnSomethingThatIsNoActorIsAimedAtIt() {
    List<Event> events = ofType(code("Footage showed the aftermath of an Israeli airstrike on a car near the border on Monday."), EventType.ASSAULT);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("ISR");
      assertThat(e.target().text()).isEqualTo("car");
    });
  }

  @Test
  void aStoryLabelIsNotCoded() {
    String page = "Russian invasion of Ukraine\n\nRussian forces shelled Kharkiv on Monday, killing three civilians.";
    List<Event> events = ofType(code(page), EventType.ASSAULT);
    assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.sentence().text()).startsWith("Russian forces"));
  }

  @Test
  void anExpelledDiplomatIsTheTarget() {
    List<Event> events = ofType(code("Hungary expelled a Russian diplomat on Thursday."), EventType.SANCTION);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("HUN");
      assertThat(e.target().country()).isEqualTo("RUS");
      assertThat(e.mode()).isEqualTo("expel");
    });
  }

  @Test
  void controlSeizedIsOfThePlaceNotATarget() {
    List<Event> events = ofType(code("Houthi militants seized control of the border town on Sunday."), EventType.COERCE);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.mode()).isEqualTo("seize");
      assertThat(e.target().text()).isEqualTo("border town");
    });
  }
}
