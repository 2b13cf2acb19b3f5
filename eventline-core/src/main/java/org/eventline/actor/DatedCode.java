package org.eventline.actor;

import java.time.LocalDate;

/**
 * A CAMEO code valid between two dates, as in a TABARI date restriction
 * ({@code [SYRGOV 20000717-20241208]}); a null bound is open. A code with both bounds null is the
 * record's default.
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {
  public DatedCode {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a dated code needs a code");
    }
  }

  public boolean isDefault() {
    return from == null && to == null;
  }

  /** True when {@code date} lies within the bounds, both inclusive as in TABARI. */
  public boolean holdsOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
