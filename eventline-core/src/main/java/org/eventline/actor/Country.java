package org.eventline.actor;

import java.util.List;

/** One line of {@code countries.tsv}: a state and the words that name it. */
record Country(
    String code,
    String name,
    List<String> names,
    List<String> adjectives,
    List<String> plurals,
    List<String> metonyms) {

  /** Parses {@code code<TAB>name<TAB>names;..<TAB>adjectives;..<TAB>plurals;..<TAB>metonyms;..}. */
  static Country parse(String line, String source, int number) {
    String[] f = line.split("\t", -1);
    if (f.length != 6 || f[0].isBlank() || f[1].isBlank()) {
      throw new IllegalArgumentException(source + " line " + number
          + ": expected 6 tab-separated fields (code, name, names, adjectives, plurals, metonyms)");
    }
    return new Country(f[0].strip(), f[1].strip(), list(f[2]), list(f[3]), list(f[4]), list(f[5]));
  }

  private static List<String> list(String field) {
    return field.isBlank() ? List.of() : List.of(field.strip().split("\\s*;\\s*"));
  }
}
