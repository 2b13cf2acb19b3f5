package org.eventline.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One record of an actors dictionary: the phrases that name an actor and its codes over time,
 * e.g. {@code BASHAR_AL_ASSAD} with {@code [SYRGOV 20000717-20241208]} and {@code [SYRELI]}.
 *
 * @param phrases the primary phrase first, then its synonyms, words separated by spaces
 * @param codes dated codes in file order; an undated one is the default
 * @param source where the record was read from (a file name)
 */
public record ActorEntry(List<String> phrases, List<DatedCode> codes, String source) {
  public ActorEntry {
    if (phrases == null || phrases.isEmpty()) {
      throw new IllegalArgumentException("an actor entry needs a phrase (" + source + ")");
    }
    phrases = List.copyOf(phrases);
    codes = List.copyOf(codes);
  }

  /**
   * The code on {@code date}: the first dated code that holds, else the default. With no date,
   * the code that starts latest, since news is usually read near the time it is about.
   * Null when the record has no code that applies (TABARI's null code).
   */
  public String codeOn(LocalDate date) {
    if (date != null) {
      for (DatedCode c : codes) {
        if (!c.isDefault() && c.holdsOn(date)) {
          return c.code();
        }
      }
      return codes.stream().filter(DatedCode::isDefault).map(DatedCode::code).findFirst().orElse(null);
    }
    return codes.stream()
        .max(Comparator.comparing((DatedCode c) -> c.from() == null ? LocalDate.MIN : c.from())
            .thenComparing(c -> c.to() == null ? LocalDate.MAX : c.to()))
        .map(DatedCode::code).orElse(null);
  }

  /**
   * True when every code of the record is dated and none holds on {@code date}: a person the
   * dictionary knows only in roles held before or after ("ZALMAY_KHALILZAD_" as US envoy until
   * 2009, named again in 2019). Still a person, but in no role the dictionary can vouch for.
   */
  public boolean outOfOffice(LocalDate date) {
    return date != null && !codes.isEmpty()
        && codes.stream().noneMatch(DatedCode::isDefault)
        && codes.stream().noneMatch(c -> c.holdsOn(date));
  }
}
