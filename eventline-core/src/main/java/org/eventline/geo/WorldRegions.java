package org.eventline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Continents, oceans and supranational regions and bodies ("Africa", "Pacific", "Middle East",
 * "EU"): names that lie in no one country, so they place no event, though the gazetteer has towns
 * called so. The list is {@code world-regions.txt}, which says where it comes from.
 */
final class WorldRegions {
  static final String RESOURCE = "/org/eventline/geo/world-regions.txt";
  private static final Set<String> NAMES = read();

  private WorldRegions() {}

  /**
   * True when the text, spaces and hyphens as written, is one of these names. Case counts: "EU" is
   * the Union and "Eu" a town in France.
   */
  static boolean isName(String text) {
    return NAMES.contains(text.strip().replaceAll("\\s+", " "));
  }

  private static Set<String> read() {
    Set<String> names = new HashSet<>();
    try (InputStream in = WorldRegions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }
}
