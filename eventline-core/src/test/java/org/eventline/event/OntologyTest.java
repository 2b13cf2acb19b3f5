package org.eventline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OntologyTest {
  private final Ontology ontology = Ontology.defaults();

  @Test
  void visitIsConsultWithVisitMode() {
    Ontology.Entry e = ontology.entry("042").orElseThrow();
    assertThat(e.type()).isEqualTo(EventType.CONSULT);
    assertThat(e.mode()).isEqualTo("visit");
    assertThat(e.quadClass()).isEqualTo(1);
    assertThat(e.goldstein()).isEqualTo(1.9);
  }

  @Test
  void militaryForceIsMaterialConflict() {
    Ontology.Entry e = ontology.entry("190").orElseThrow();
    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(e.quadClass()).isEqualTo(4);
    assertThat(e.goldstein()).isEqualTo(-10.0);
  }

  @Test
  void occupyingTerritoryIsCoercionInPlover() {
    assertThat(ontology.entry("192").orElseThrow().type()).isEqualTo(EventType.COERCE);
  }

  @Test
  void quadClassFollowsCameoRootCodes() {
    assertThat(Ontology.quadClass("0841")).isEqualTo(2);
    assertThat(Ontology.quadClass("112")).isEqualTo(3);
    assertThat(Ontology.quadClass("057")).isEqualTo(1);
  }

  @Test
  void unknownCodeHasNoEntry() {
    assertThat(ontology.entry("999")).isEmpty();
  }

  @Test
  void everyShippedPatternHasAnOntologyEntry() {
    EventCoder coder = EventCoder.defaults();
    assertThat(coder.lexicon().size()).isGreaterThan(150);
  }
}
