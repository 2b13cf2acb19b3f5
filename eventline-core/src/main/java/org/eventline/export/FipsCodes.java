package org.eventline.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * FIPS 10-4 country codes by ISO alpha-3, as GDELT writes them in its geography columns (Germany is
 * GM, not DE; Iraq IZ): a GDELT tool joins those columns against FIPS, so an ISO code there would
 * be read as another country. From {@code fips-countries.tsv} (GeoNames, see its header).
 */
final class FipsCodes {
  private static final Map<String, String> BY_ISO3 = load();

  private FipsCodes() {}

  /** The FIPS code of an ISO alpha-3 code, or null when it has none (or the code is unknown). */
  static String of(String iso3) {
    return iso3 == null ? null : BY_ISO3.get(iso3);
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = FipsCodes.class.getResourceAsStream("fips-countries.tsv")) {
      if (in == null) {
        throw new IllegalStateException("fips-countries.tsv is missing from the jar: rebuild Eventline");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.put(f[0], f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fips-countries.tsv", e);
    }
    return Map.copyOf(out);
  }
}
