package org.eventline.actor;

/**
 * One phrase of an agents dictionary: a role word and the code part it adds to an actor.
 * {@code FOREIGN_MINISTER [~GOV]} reads as phrase "foreign minister", role "GOV", suffix true:
 * "the Russian foreign minister" becomes RUS + GOV. A prefix role ({@code [NGO~]}) goes before
 * the country code instead.
 *
 * @param phrase the words, lower case, separated by single spaces
 * @param role the code part without its {@code ~}
 * @param suffix true for {@code ~ROLE}, false for {@code ROLE~}
 * @param source where the entry was read from
 */
public record AgentEntry(String phrase, String role, boolean suffix, String source) {
  public AgentEntry {
    if (phrase == null || phrase.isBlank() || role == null || role.isBlank()) {
      throw new IllegalArgumentException("agent entry needs a phrase and a role (" + source + ")");
    }
  }

  /** The code for this role of a country; {@code ---} stands for an unknown country. */
  public String codeFor(String country) {
    String c = country == null ? ActorResolver.UNKNOWN_COUNTRY : country;
    return suffix ? c + role : role + (country == null ? "" : country);
  }
}
