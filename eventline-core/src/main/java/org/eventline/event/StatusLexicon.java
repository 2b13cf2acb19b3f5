package org.eventline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists of {@code status.txt}: what makes an event negated or hypothetical. */
record StatusLexicon(
    Set<String> negation, Set<String> negating, Set<String> modal, Set<String> hedge,
    Set<String> governing, Set<String> condition, Set<String> implicative) {

  static StatusLexicon load(InputStream in) {
    Map<String, Set<String>> lists = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\s+", 2);
        lists.put(f[0], Set.of(f[1].toLowerCase(Locale.ROOT).split("\\|")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StatusLexicon(list(lists, "negation"), list(lists, "negating"), list(lists, "modal"),
        list(lists, "hedge"), list(lists, "governing"), list(lists, "condition"), list(lists, "implicative"));
  }

  private static Set<String> list(Map<String, Set<String>> lists, String name) {
    Set<String> s = lists.get(name);
    if (s == null) {
      throw new IllegalArgumentException("status.txt has no '" + name + "' line");
    }
    return s;
  }
}
