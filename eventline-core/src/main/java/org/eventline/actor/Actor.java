package org.eventline.actor;

/**
 * An actor as coded: a CAMEO-style code ({@code RUS}, {@code RUSGOV}, {@code SYRREB}, {@code IMGMUSISI}),
 * a readable name, the ISO 3166 alpha-3 country it belongs to (null for IGOs and transnational groups)
 * and its kind.
 */
public record Actor(String code, String name, String country, ActorKind kind) {
  public Actor {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("an actor needs a code");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor " + code + " needs a name");
    }
    if (kind == null) {
      throw new IllegalArgumentException("actor " + code + " needs a kind");
    }
  }
}
