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
import java.util.Optional;

/**
 * CAMEO codes and what stands beside them: the PLOVER type and mode (PLOVER's own CAMEO2PLOVER
 * table), the Goldstein score (GDELT's look-up) and the quad class (CAMEO's root code groups).
 *
 * <pre>{@code Ontology.defaults().entry("042")  // CONSULT, visit, quad 1, Goldstein 1.9}</pre>
 */
public final class Ontology {
  /** What one CAMEO code means in PLOVER and for GDELT users. */
  public record Entry(String cameo, EventType type, String mode, int quadClass, double goldstein, String name) {}

  private static volatile Ontology defaults;

  private final Map<String, EventType> types = new HashMap<>();
  private final Map<String, String> modes = new HashMap<>();
  private final Map<String, Double> goldstein = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  private Ontology() {}

  /** The tables shipped in resources (see the README beside them). */
  public static Ontology defaults() {
    Ontology o = defaults;
    if (o == null) {
      synchronized (Ontology.class) {
        if (defaults == null) {
          defaults = load();
        }
        o = defaults;
      }
    }
    return o;
  }

  private static Ontology load() {
    Ontology o = new Ontology();
    for (String line : lines("CAMEO2PLOVER-2021.txt")) {
      // "042: CONSULT, visit,   # Make a visit"; root lines like "04: CONSULT" carry no mode
      int colon = line.indexOf(':');
      if (colon < 2 || !Character.isDigit(line.charAt(0))) {
        continue;
      }
      String code = line.substring(0, colon).trim();
      String rest = line.substring(colon + 1);
      int hash = rest.indexOf('#');
      String[] fields = (hash < 0 ? rest : rest.substring(0, hash)).split(",");
      EventType type = EventType.valueOf(fields[0].trim().toUpperCase(Locale.ROOT));
      // Some codes appear twice (root "08" as CONCEDE and RETREAT); the first, more general, wins.
      o.types.putIfAbsent(code, type);
      if (fields.length > 1 && !fields[1].isBlank()) {
        o.modes.putIfAbsent(code, fields[1].trim());
      }
    }
    for (String line : lines("CAMEO.goldsteinscale.txt")) {
      String[] f = line.split("\t");
      if (f.length == 2 && Character.isDigit(f[0].charAt(0))) {
        o.goldstein.put(f[0].trim(), Double.parseDouble(f[1].trim()));
      }
    }
    for (String line : lines("CAMEO.eventcodes.txt")) {
      String[] f = line.split("\t");
      if (f.length == 2 && Character.isDigit(f[0].charAt(0))) {
        o.names.put(f[0].trim(), f[1].trim());
      }
    }
    return o;
  }

  private static Iterable<String> lines(String resource) {
    try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource org/eventline/event/" + resource + " is missing from the jar");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entry for a CAMEO code; type, mode and score fall back to the nearest parent code. */
  public Optional<Entry> entry(String cameo) {
    EventType type = lookUp(types, cameo);
    Double score = lookUp(goldstein, cameo);
    if (type == null || score == null) {
      return Optional.empty();
    }
    String mode = modes.get(cameo);
    return Optional.of(new Entry(cameo, type, mode, quadClass(cameo), score, lookUp(names, cameo)));
  }

  private static <V> V lookUp(Map<String, V> map, String code) {
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      V v = map.get(c);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * CAMEO's quad classes: 01-05 verbal cooperation, 06-08 material cooperation, 09-14 verbal
   * conflict, 15-20 material conflict.
   */
  public static int quadClass(String cameo) {
    int root = Integer.parseInt(cameo.substring(0, 2));
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 14 ? 3 : 4;
  }
}
