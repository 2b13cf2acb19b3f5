package org.eventline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eventline.actor.Sentences.tokens;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorResolverTest {
  private static final LocalDate JUNE_2016 = LocalDate.of(2016, 6, 25);
  private final ActorResolver resolver = ActorResolver.defaults();

  private List<ActorMention> resolve(String tagged) {
    return resolver.resolve(tokens(tagged), JUNE_2016);
  }

  private ActorMention only(String tagged) {
    List<ActorMention> found = resolve(tagged);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void defaultsAreLoadedOnce() {
    assertThat(ActorResolver.defaults()).isSameAs(resolver);
    assertThat(resolver.phraseCount()).isGreaterThan(20_000);
  }

  @Test
  void countryNameResolvesToState() {
    ActorMention m = only("Iran/NNP rejected/VBD the/DT offer/NN");
    assertThat(m.actor()).isEqualTo(new Actor("IRN", "Iran", "IRN", ActorKind.STATE));
    assertThat(m.text()).isEqualTo("Iran");
  }

  @Test
  void congoAloneIsTheDemocraticRepublic() {
    assertThat(only("Congo/NNP rejected/VBD the/DT offer/NN").actor().country()).isEqualTo("COD");
    assertThat(resolve("the/DT Republic/NNP of/IN Congo/NNP rejected/VBD the/DT offer/NN"))
        .anyMatch(m -> "COG".equals(m.actor().country())).noneMatch(m -> "COD".equals(m.actor().country()));
  }

  @Test
  void aRoleWordReadAsTheVerbEndsTheActorPhrase() {
    // "convicts" is a role word of the dictionaries (criminals) too; here it is the court's verb
    List<ActorMention> found = resolve("The/DT Regional/NNP/ORGANIZATION Court/NNP/ORGANIZATION convicts/VBZ "
        + "Alexander/NNP/PERSON Scheuermann/NNP/PERSON");
    assertThat(found).extracting(ActorMention::text).doesNotContain("Court convicts Alexander Scheuermann")
        .noneMatch(text -> text.contains("convicts"));
  }

  @Test
  void thePopeIsTheVaticansHeadOfStateButTheCopticPopeIsNot() {
    assertThat(only("Pope/NNP Francis/NNP announced/VBD a/DT law/NN").actor().code()).isEqualTo("VATGOV");
    assertThat(only("The/DT Pope/NNP met/VBD them/PRP").actor().country()).isEqualTo("VAT");
    assertThat(only("Pope/NNP Benedict/NNP XVI/NNP resigned/VBD").actor().name()).isEqualTo("Pope Benedict XVI");
    assertThat(resolve("Coptic/NNP Pope/NNP Tawadros/NNP II/NNP condemned/VBD the/DT attack/NN"))
        .anyMatch(m -> "EGY".equals(m.actor().country())).noneMatch(m -> "VAT".equals(m.actor().country()));
  }

  @Test
  void theBritishMonarchIsBritishNotOfAnotherRealm() {
    // Phoenix files Queen Elizabeth II under Saint Kitts and Nevis, one of her realms
    Actor queen = only("Queen/NNP Elizabeth/NNP II/NNP spoke/VBD").actor();
    assertThat(queen.country()).isEqualTo("GBR");
    assertThat(queen.name()).isEqualTo("Queen Elizabeth II");
  }

  @Test
  void capitalResolvesToGovernment() {
    ActorMention m = only("Ankara/NNP protested/VBD");
    assertThat(m.actor()).isEqualTo(new Actor("TURGOV", "Türkiye", "TUR", ActorKind.GOVERNMENT));
  }

  @Test
  void metonymResolvesToGovernment() {
    ActorMention m = only("the/DT Kremlin/NNP denied/VBD it/PRP");
    assertThat(m.actor().code()).isEqualTo("RUSGOV");
    assertThat(m.actor().kind()).isEqualTo(ActorKind.GOVERNMENT);
  }

  @Test
  void aCapitalNamedWithTheIsNoCommonNoun() {
    // "The Valley" is Anguilla's capital; without its article it would be every valley
    assertThat(resolve("Thames/NNP Valley/NNP Police/NNP arrested/VBD a/DT man/NN"))
        .noneMatch(m -> "AIA".equals(m.actor().country()));
    assertThat(resolve("fighting/NN in/IN the/DT Swat/NNP Valley/NNP"))
        .noneMatch(m -> "AIA".equals(m.actor().country()));
  }

  @Test
  void adjectivePlusAgentGivesRoleCode() {
    ActorMention m = only("the/DT Russian/JJ foreign/JJ minister/NN visited/VBD");
    assertThat(m.actor()).isEqualTo(new Actor("RUSGOV", "Russia", "RUS", ActorKind.GOVERNMENT));
    assertThat(m.text()).isEqualTo("the Russian foreign minister");
    assertThat(m.firstToken()).isZero();
    assertThat(m.lastToken()).isEqualTo(3);
  }

  @Test
  void adjectivePlusMilitaryAgentGivesMilitary() {
    ActorMention m = only("Russian/JJ ground/NN troops/NNS arrived/VBD");
    assertThat(m.actor().code()).isEqualTo("RUSMIL");
    assertThat(m.actor().kind()).isEqualTo(ActorKind.MILITARY);
  }

  @Test
  void adjectivePlusPoliceAndOppositionKeepTheirRoles() {
    assertThat(only("Turkish/JJ police/NNS detained/VBD them/PRP").actor().code()).isEqualTo("TURCOP");
    assertThat(only("the/DT Syrian/JJ opposition/NN walked/VBD out/RP").actor().code())
        .isEqualTo("SYROPP");
  }

  @Test
  void adjectiveBeforeOtherNounIsNoActor() {
    assertThat(resolve("fighting/NN in/IN Syrian/JJ regions/NNS and/CC Iraqi/JJ towns/NNS")).isEmpty();
  }

  @Test
  void aDemonymATerritorySharesIsTheStates() {
    // world-countries gives the British Indian Ocean Territory "Indian", Svalbard "Norwegian", the
    // Northern Mariana Islands "American": the state's, whatever order the countries load in
    assertThat(only("Indian/JJ troops/NNS crossed/VBD the/DT line/NN").actor().code()).isEqualTo("INDMIL");
    assertThat(only("Norwegian/JJ police/NN arrested/VBD him/PRP").actor().code()).isEqualTo("NORCOP");
    assertThat(only("American/JJ troops/NNS arrived/VBD").actor().code()).isEqualTo("USAMIL");
    assertThat(only("French/JJ troops/NNS arrived/VBD").actor().code()).isEqualTo("FRAMIL");
    assertThat(only("Dutch/JJ troops/NNS arrived/VBD").actor().code()).isEqualTo("NLDMIL");
    assertThat(only("Congolese/JJ troops/NNS arrived/VBD").actor().code()).isEqualTo("CODMIL");
    assertThat(only("Dominican/JJ police/NN arrested/VBD him/PRP").actor().code()).isEqualTo("DOMCOP");
  }

  @Test
  void pluralDemonymIsTheState() {
    ActorMention m = only("the/DT Russians/NNPS ’/POS view/NN");
    assertThat(m.actor().code()).isEqualTo("RUS");
    assertThat(m.text()).isEqualTo("the Russians");
    assertThat(m.headToken()).isEqualTo(1);
  }

  @Test
  void possessiveChainTakesTheLastRoleWord() {
    ActorMention m = only("by/IN the/DT Syrian/JJ government/NN ’s/POS forces/NNS");
    assertThat(m.actor().code()).isEqualTo("SYRMIL");
    assertThat(m.headToken()).isEqualTo(5);
    assertThat(m.firstToken()).isEqualTo(1);
  }

  @Test
  void countryPossessiveThenAgentComposes() {
    ActorMention m = only("Egypt/NNP 's/POS foreign/JJ minister/NN flew/VBD");
    assertThat(m.actor().code()).isEqualTo("EGYGOV");
  }

  @Test
  void countryPossessiveAloneIsTheState() {
    List<ActorMention> found = resolve("Syria/NNP ’s/POS Aleppo/NNP");
    assertThat(found).extracting(ActorMention::text).containsExactly("Syria");
  }

  @Test
  void namedGroupAbsorbsTheRoleWordAfterIt() {
    ActorMention m = only("Hezbollah/NNP fighters/NNS crossed/VBD");
    assertThat(m.actor().code()).isEqualTo("LBNREB");
    assertThat(m.text()).isEqualTo("Hezbollah fighters");
    assertThat(m.headToken()).isEqualTo(1);
  }

  @Test
  void bareAgentHasNoCountry() {
    ActorMention m = only("the/DT terrorist/JJ groups/NNS attacked/VBD");
    assertThat(m.actor().code()).isEqualTo("---UAF");
    assertThat(m.actor().country()).isNull();
    assertThat(m.actor().kind()).isEqualTo(ActorKind.ARMED_GROUP);
    assertThat(only("rebels/NNS retreated/VBD").actor().code()).isEqualTo("---REB");
  }

  @Test
  void roleWordModifyingANounIsNoActor() {
    assertThat(resolve("no/DT military/JJ moves/NNS were/VBD made/VBN")).isEmpty();
    assertThat(resolve("renewed/VBN terrorist/JJ assaults/NNS")).isEmpty();
    assertThat(resolve("Russian/JJ military/JJ aid/NN arrived/VBD")).isEmpty();
  }

  @Test
  void aPluralRoleWordBeforeANounIsStillAnActor() {
    // The tagger takes the verb for a noun ("stage/NN"); troops modify no noun.
    ActorMention m = only("Filipino/JJ troops/NNS stage/NN raids/NNS");
    assertThat(m.actor().code()).isEqualTo("PHLMIL");
    assertThat(m.text()).isEqualTo("Filipino troops");
  }

  @Test
  void commonWordsCodedByImportedFilesAreIgnored() {
    assertThat(resolve("Youth/NNP groups/NNS and/CC Hassan/NNP/PERSON met/VBD"))
        .extracting(m -> m.actor().code()).doesNotContain("FRAREB", "JORGOV", "JORELI");
  }

  @Test
  void civiliansAreCivilians() {
    ActorMention m = only("Palestinian/JJ protesters/NNS marched/VBD");
    assertThat(m.actor().code()).isEqualTo("PSECVL");
    assertThat(m.actor().kind()).isEqualTo(ActorKind.CIVILIANS);
  }

  @Test
  void longestMatchWins() {
    ActorMention m = only("the/DT Free/NNP Syrian/NNP Army/NNP withdrew/VBD");
    assertThat(m.actor().code()).isEqualTo("SYRREB");
    assertThat(m.text()).isEqualTo("the Free Syrian Army");
  }

  @Test
  void leadingTheDoesNotHideALongerName() {
    ActorMention m = only("The/DT UN/NNP Security/NNP Council/NNP condemned/VBD it/PRP");
    assertThat(m.text()).isEqualTo("The UN Security Council");
    assertThat(m.actor()).isEqualTo(new Actor("IGOUNO", "United Nations Security Council", null, ActorKind.IGO));
  }

  @Test
  void hyphenatedNameMatchesWholeOrSplit() {
    assertThat(only("al-Nusra/NNP/MISC attacked/VBD").actor().code()).isEqualTo("SYRREBNUS");
    assertThat(resolve("al/NNP -/HYPH Nusra/NNP Front/NNP"))
        .extracting(x -> x.actor().code(), ActorMention::lastToken)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SYRREBNUS", 3));
  }

  @Test
  void dictionaryOverridesMisleadingNer() {
    ActorMention m = resolve("backed/VBN al-Nusra/NNP/MISC and/CC Damascus/NNP/PERSON").get(0);
    assertThat(m.actor().kind()).isEqualTo(ActorKind.ARMED_GROUP);
    assertThat(resolve("backed/VBN al-Nusra/NNP/MISC and/CC Damascus/NNP/PERSON").get(1).actor())
        .extracting(Actor::code, Actor::kind).containsExactly("SYRGOV", ActorKind.GOVERNMENT);
  }

  @Test
  void aCapitalOrCountryThatEndsAPersonsNameIsTheSurname() {
    // CoreNLP tags the whole name PERSON; Santiago is Chile's capital in the dictionaries, Jordan a state
    ActorMention mayor = only("José/NNP/PERSON Murguía/NNP/PERSON Santiago/NNP/PERSON is/VBZ arrested/VBN");
    assertThat(mayor.actor().kind()).isEqualTo(ActorKind.PERSON);
    assertThat(mayor.actor().country()).isNull();
    assertThat(mayor.text()).isEqualTo("José Murguía Santiago");
    assertThat(only("Michael/NNP/PERSON Jordan/NNP/PERSON spoke/VBD").actor().country()).isNull();
    // the capital itself, tagged PERSON alone, is still the government seated there
    assertThat(only("Santiago/NNP/PERSON protested/VBD").actor().code()).isEqualTo("CHLGOV");
  }

  @Test
  void aRoleOfAStateNamedAfterOfIsThatStatesRole() {
    ActorMention government = only("The/DT government/NN of/IN Sudan/NNP spoke/VBD");
    assertThat(government.actor().code()).isEqualTo("SDNGOV");
    assertThat(government.text()).isEqualTo("The government of Sudan");
    assertThat(government.headToken()).isEqualTo(1); // the verb attaches to "government", not "Sudan"
    ActorMention president = only("President/NNP Oscar/NNP/PERSON Berger/NNP/PERSON of/IN Guatemala/NNP agrees/VBZ");
    assertThat(president.actor().code()).isEqualTo("GTMGOV");
    assertThat(president.actor().name()).isEqualTo("President Oscar Berger");
    assertThat(resolve("the/DT Prime/NNP Minister/NNP of/IN the/DT United/NNP States/NNPS spoke/VBD"))
        .extracting(m -> m.actor().code()).containsExactly("USAGOV");
    // a state that possesses what follows is no role's: "the leader of Russia's opposition"
    assertThat(resolve("the/DT leader/NN of/IN Russia/NNP 's/POS opposition/NN spoke/VBD"))
        .extracting(m -> m.actor().code()).doesNotContain("RUSGOV");
  }

  @Test
  void americaAfterCentralSouthOrLatinIsNoState() {
    assertThat(resolve("the/DT candidate/NN should/MD be/VB from/IN Central/NNP America/NNP")).isEmpty();
    assertThat(resolve("Latin/JJ American/JJ leaders/NNS met/VBD")).extracting(m -> m.actor().country())
        .doesNotContain("USA");
    assertThat(only("America/NNP objected/VBD").actor().code()).isEqualTo("USA");
  }

  @Test
  void shortNamesNeedCapitals() {
    assertThat(resolve("let/VB us/PRP see/VB who/WP is/VBZ there/RB")).isEmpty();
    assertThat(only("the/DT US/NNP objected/VBD").actor().code()).isEqualTo("USA");
    assertThat(only("the/DT WHO/NNP warned/VBD").actor().code()).startsWith("IGOUNO");
  }

  @Test
  void officeHolderIsCodedByDate() {
    String s = "Bashar/NNP/PERSON al-Assad/NNP/PERSON spoke/VBD";
    assertThat(resolver.resolve(tokens(s), JUNE_2016).get(0).actor().code()).isEqualTo("SYRGOV");
    Actor later = resolver.resolve(tokens(s), LocalDate.of(2025, 3, 1)).get(0).actor();
    assertThat(later.code()).isEqualTo("SYRELI");
    assertThat(later.kind()).isEqualTo(ActorKind.PERSON);
  }

  @Test
  void aKnownPersonOutsideEveryDatedRoleIsStillAPerson() {
    // The Phoenix dictionary lists Zalmay Khalilzad as a US official until 2009 only.
    String s = "Zalmay/NNP/PERSON Khalilzad/NNP/PERSON met/VBD";
    assertThat(resolver.resolve(tokens(s), LocalDate.of(2008, 6, 1)).get(0).actor().code()).isEqualTo("USAGOV");
    List<ActorMention> found = resolver.resolve(tokens(s), LocalDate.of(2019, 1, 28));
    assertThat(found).hasSize(1);
    Actor later = found.get(0).actor();
    assertThat(later.code()).isEqualTo("---PER");
    assertThat(later.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(later.name()).containsIgnoringCase("Khalilzad");
  }

  @Test
  void titleAndCountryBeforeKnownPersonUseThePersonsCode() {
    ActorMention m = only("the/DT Syrian/JJ President/NNP Bashar/NNP/PERSON al-Assad/NNP/PERSON");
    assertThat(m.actor().code()).isEqualTo("SYRGOV");
    assertThat(m.lastToken()).isEqualTo(4);
  }

  @Test
  void titleAndCountryCodeAnUnknownPerson() {
    ActorMention m = only("French/JJ President/NNP Emmanuel/NNP/PERSON Macron/NNP/PERSON said/VBD");
    assertThat(m.actor()).isEqualTo(new Actor("FRAGOV", "France", "FRA", ActorKind.GOVERNMENT));
    assertThat(m.text()).isEqualTo("French President Emmanuel Macron");
    assertThat(m.headToken()).isEqualTo(3);
  }

  @Test
  void unknownPersonFromNerIsAPerson() {
    ActorMention m = only("Jane/NNP/PERSON Okafor/NNP/PERSON resigned/VBD");
    assertThat(m.actor()).isEqualTo(new Actor("---PER", "Jane Okafor", null, ActorKind.PERSON));
  }

  @Test
  void headIsTheLastNounAndOffsetsComeFromTokens() {
    ActorMention m = only("yesterday/NN the/DT Iranian/JJ army/NN said/VBD");
    assertThat(m.headToken()).isEqualTo(3);
    assertThat(m.start()).isEqualTo(10); // "yesterday " is 10 characters
    assertThat(m.end()).isEqualTo(10 + "the Iranian army".length());
  }

  @Test
  void capitalAndRoleInOneSentence() {
    List<ActorMention> found =
        resolve("Houthi/NNP rebels/NNS fired/VBD missiles/NNS at/IN Riyadh/NNP ./.");
    assertThat(found).extracting(x -> x.actor().code()).containsExactly("YEMREB", "SAUGOV");
  }

  @Test
  void anIslandsNameIsNoIceland() {
    assertThat(resolve("Oil/NN reached/VBD the/DT shore/NN of/IN Al-Qibliyah/NNP Island/NNP ./.")).isEmpty();
    assertThat(resolve("Iceland/NNP protested/VBD ./.")).extracting(x -> x.actor().code()).containsExactly("ISL");
  }

  @Test
  void severalActorsComeInOrder() {
    List<ActorMention> found = resolve(
        "The/DT Pentagon/NNP said/VBD U.S./NNP troops/NNS and/CC NATO/NNP allies/NNS met/VBD in/IN Berlin/NNP");
    assertThat(found).extracting(x -> x.actor().code())
        .containsExactly("USAGOV", "USAMIL", "IGOWSTNAT", "DEUGOV");
  }

  @Test
  void usersCanAddTheirOwnDictionaries() throws IOException {
    TabariDictionaryReader reader = new TabariDictionaryReader("mine.actors.txt");
    List<ActorEntry> mine = reader.readActors(new StringReader(
        "SOUTHERN_TRANSITIONAL_COUNCIL [YEMREBSTC]\n+STC\n"));
    ActorResolver custom = ActorResolver.builder().actors(mine).build();
    ActorMention m = custom.resolve(tokens("the/DT STC/NNP seized/VBD Aden/NNP"), null).get(0);
    assertThat(m.actor()).extracting(Actor::code, Actor::country, Actor::kind)
        .containsExactly("YEMREBSTC", "YEM", ActorKind.ARMED_GROUP);
  }
}
