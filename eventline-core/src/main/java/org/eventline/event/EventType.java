package org.eventline.event;

/** The sixteen PLOVER event types, from cooperative to conflictual. */
public enum EventType {
  AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
  ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

  /** CONSULT, COOPERATE and AGREE are joint acts: "A met B" is also "B met A". */
  public boolean symmetric() {
    return this == CONSULT || this == COOPERATE || this == AGREE;
  }
}
