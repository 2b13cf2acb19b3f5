package org.eventline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabariDictionaryReaderTest {
  /** An excerpt in the style of Phoenix.Countries.actors.txt, with its usual slips. */
  private static final String ACTORS = """
      # a comment line
      AFGHAN_NATIONAL_SECURITY_FORCES
      +ANSF
      +AFGHAN_NATIONAL_ARMY
      \t[AFGMIL]

      MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt
      \t[AFGELI 320101-331108]
      \t[AFGGOV 331108-730717]
      \t[AFGELI 730717-070723]
      HAMID_KARZAI_  [AFGMIL]; CountryInfo.txt
      JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # two codes on one line
      DAVID_CAMERON
      \t[GBRGOV >201005011]
      \t[GBRELI]
      """;

  private static final String AGENTS = """
      !PERSON! = MAN, MEN, WOMAN, WOMEN
      !MINIST! = MINISTER, MINISTERS
      FOREIGN_!MINIST! [~GOV] # substitution, no plural made
      CONGRESS!PERSON! [~LEG]
      TROOP [~MIL]
      ARMY [~MIL]
      POLICE {} [~COP]
      ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
      HUMAN_RIGHTS_BODY  [NGO~]
      DEPARMENT_OF_ENVIRONMENT [~ENV}
      ISLAMIC_EXTREMIST
      """;

  @Test
  void readsPrimaryPhraseSynonymsAndDefaultCode() throws IOException {
    List<ActorEntry> entries = new TabariDictionaryReader("x").readActors(new StringReader(ACTORS));
    ActorEntry ansf = entries.get(0);
    assertThat(ansf.phrases())
        .containsExactly("afghan national security forces", "ansf", "afghan national army");
    assertThat(ansf.codeOn(LocalDate.of(2010, 1, 1))).isEqualTo("AFGMIL");
    assertThat(entries.get(2).codeOn(null)).isEqualTo("AFGMIL");
  }

  @Test
  void datedCodesPickTheTermOfTheDate() throws IOException {
    ActorEntry shah = new TabariDictionaryReader("x").readActors(new StringReader(ACTORS)).get(1);
    assertThat(shah.codeOn(LocalDate.of(1950, 1, 1))).isEqualTo("AFGGOV");
    assertThat(shah.codeOn(LocalDate.of(1980, 1, 1))).isEqualTo("AFGELI");
    // Two-digit years below 30 are this century: the last term ends in 2007.
    assertThat(shah.codes().get(2).to()).isEqualTo(LocalDate.of(2007, 7, 23));
    assertThat(shah.codeOn(LocalDate.of(2010, 1, 1))).isNull();
  }

  @Test
  void severalCodesOnThePrimaryLine() throws IOException {
    ActorEntry solana = new TabariDictionaryReader("x").readActors(new StringReader(ACTORS)).get(3);
    assertThat(solana.codeOn(LocalDate.of(1997, 1, 1))).isEqualTo("IGOWSTNAT");
    assertThat(solana.codeOn(null)).isEqualTo("IGOWSTNAT");
  }

  @Test
  void badDateIsSkippedWithAWarningThatSaysWhere() throws IOException {
    TabariDictionaryReader reader = new TabariDictionaryReader("my.actors.txt");
    ActorEntry cameron = reader.readActors(new StringReader(ACTORS)).get(4);
    assertThat(cameron.codes()).extracting(DatedCode::code).containsExactly("GBRELI");
    assertThat(reader.warnings()).singleElement().asString()
        .contains("my.actors.txt line 14", ">201005011", "GBRGOV");
  }

  @Test
  void agentsGetRegularAndIrregularPlurals() throws IOException {
    List<AgentEntry> agents = new TabariDictionaryReader("x").readAgents(new StringReader(AGENTS));
    assertThat(agents).extracting(AgentEntry::phrase).contains(
        "troop", "troops", "army", "armies", "police", "attorney general", "attorneys general")
        .doesNotContain("polices", "attorney generals");
  }

  @Test
  void substitutionSetsExpandWithoutPlurals() throws IOException {
    List<AgentEntry> agents = new TabariDictionaryReader("x").readAgents(new StringReader(AGENTS));
    assertThat(agents).extracting(AgentEntry::phrase).contains(
        "foreign minister", "foreign ministers", "congressman", "congresswomen")
        .doesNotContain("foreign ministerss", "congressmans");
  }

  @Test
  void suffixAndPrefixCodesCompose() throws IOException {
    List<AgentEntry> agents = new TabariDictionaryReader("x").readAgents(new StringReader(AGENTS));
    AgentEntry minister = agents.get(0);
    assertThat(minister.codeFor("RUS")).isEqualTo("RUSGOV");
    assertThat(minister.codeFor(null)).isEqualTo("---GOV");
    AgentEntry body = agents.stream().filter(a -> a.phrase().equals("human rights body"))
        .findFirst().orElseThrow();
    assertThat(body.codeFor("KEN")).isEqualTo("NGOKEN");
  }

  @Test
  void slipsInAgentLinesAreToleratedOrReported() throws IOException {
    TabariDictionaryReader reader = new TabariDictionaryReader("my.agents.txt");
    List<AgentEntry> agents = reader.readAgents(new StringReader(AGENTS));
    assertThat(agents).extracting(AgentEntry::role).contains("ENV");
    assertThat(reader.warnings()).singleElement().asString()
        .contains("my.agents.txt line 11", "ISLAMIC_EXTREMIST");
  }
}
