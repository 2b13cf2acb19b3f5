package org.eventline.actor;

/** What a dictionary phrase can mean; one phrase may carry several senses ("British"). */
sealed interface Sense {
  /** "Russia", "the Russians": the state. */
  record StateName(Country country) implements Sense {}

  /** "Moscow", "the Kremlin": the government. */
  record Metonym(Country country) implements Sense {}

  /** "Russian": an actor only before an agent ("Russian troops"). */
  record Adjective(Country country) implements Sense {}

  /** "the Russians", "the British": the state when used as a noun. */
  record Plural(Country country) implements Sense {}

  /** "foreign minister", "troops": a role, composed with a country before it. */
  record Agent(AgentEntry entry) implements Sense {}

  /** "Hezbollah", "Sergei Lavrov": an actor of its own, coded by date. */
  record Named(ActorEntry entry) implements Sense {}
}
