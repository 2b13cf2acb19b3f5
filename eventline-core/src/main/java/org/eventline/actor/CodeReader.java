package org.eventline.actor;

import java.util.Map;

/**
 * Reads a CAMEO actor code three letters at a time to tell its country and kind:
 * {@code SYRREBNUS} is Syria, rebels, so an armed group of SYR; {@code IGOUNO} an IGO;
 * {@code RUS} a state. The role table is {@code roles.tsv}.
 */
final class CodeReader {
  private final Map<String, Country> countries;
  private final Map<String, ActorKind> roles;

  CodeReader(Map<String, Country> countries, Map<String, ActorKind> roles) {
    this.countries = countries;
    this.roles = roles;
  }

  Country country(String code) {
    return code.length() < 3 ? null : countries.get(code.substring(0, 3));
  }

  /** The actor a code stands for; {@code name} is used unless the code is a bare state. */
  Actor actor(String code, String name) {
    Country country = country(code);
    String rest = country != null || code.startsWith(ActorResolver.UNKNOWN_COUNTRY)
        ? code.substring(3) : code;
    ActorKind kind = country != null && rest.isEmpty() ? ActorKind.STATE : kindOf(rest);
    String actorName = country != null && (name == null || rest.isEmpty()) ? country.name() : name;
    return new Actor(code, actorName == null ? code : actorName,
        country == null ? null : country.code(), kind);
  }

  private ActorKind kindOf(String roles) {
    for (int i = 0; i + 3 <= roles.length(); i += 3) {
      ActorKind kind = this.roles.get(roles.substring(i, i + 3));
      if (kind != null) {
        return kind;
      }
    }
    return ActorKind.OTHER;
  }
}
