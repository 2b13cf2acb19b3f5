package org.eventline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer's three resource files (formats in the README beside them) into a
 * {@link NameIndex}. A malformed line is an error naming the file and line: the files are data a
 * user edits, and a silent skip would hide a place.
 */
final class GazetteerReader {
  private final NameIndex names;
  private final Map<String, GazetteerEntry> countries;
  private final Set<String> demonyms;
  /** Each country's capital by name, as countries.tsv gives it ("SOM" -> "Mogadishu"). */
  private final Map<String, String> capitals;
  /** The places {@link #readPlaces} made, in file order: what {@link PlaceTable} numbers. */
  private final List<GazetteerEntry> places = new ArrayList<>();

  GazetteerReader(NameIndex names, Map<String, GazetteerEntry> countries, Set<String> demonyms,
      Map<String, String> capitals) {
    this.names = names;
    this.countries = countries;
    this.demonyms = demonyms;
    this.capitals = capitals;
  }

  static BufferedReader open(String resource) {
    InputStream in = GazetteerReader.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource " + resource + " is missing from the classpath");
    }
    try {
      InputStream raw = resource.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
      return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer resource " + resource + ": not gzip", e);
    }
  }

  /** geonames_id, name, country, lat, lon, kind, admin1, population, other names. */
  void readPlaces(String resource) {
    read(resource, 9, (f, where) -> {
      GazetteerEntry e = new GazetteerEntry(f[0].isEmpty() ? 0 : Long.parseLong(f[0]), f[1], f[2],
          Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5], f[6], Integer.parseInt(f[7]), false);
      places.add(e);
      addNames(e, f[1], f[8]);
    });
  }

  List<GazetteerEntry> places() {
    return places;
  }

  /** alpha-3, alpha-2, name, lat, lon, capital, other names, demonyms. */
  void readCountries(String resource) {
    read(resource, 8, (f, where) -> {
      GazetteerEntry e = new GazetteerEntry(0, f[2], f[0], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
          "country", "", 0, false);
      countries.put(f[0], e);
      if (!f[5].isBlank()) {
        capitals.put(f[0], f[5]);
      }
      addNames(e, f[2], f[6]);
      if (!f[7].isEmpty()) {
        for (String demonym : f[7].split("\\|")) {
          add(e, demonym);
          demonyms.add(Names.key(demonym));
        }
      }
    });
  }

  /** name, other names, country, lat, lon, kind, admin1, source. */
  void readSupplement(String resource) {
    readSupplement(resource, 0, true);
  }

  /**
   * A file in the supplement's format whose places are not curated but count as {@code population}
   * people (the natural features: made by a script, so a namesake city of more people keeps its name).
   */
  void readSupplement(String resource, int population, boolean curated) {
    read(resource, 8, (f, where) -> {
      if (f[7].isBlank()) {
        throw new IllegalArgumentException(where + ": a supplement line must say its source");
      }
      GazetteerEntry e = new GazetteerEntry(0, f[0], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
          f[5], f[6], population, curated);
      addNames(e, f[0], f[1]);
    });
  }

  private void addNames(GazetteerEntry e, String name, String others) {
    add(e, name);
    if (!others.isEmpty()) {
      for (String other : others.split("\\|")) {
        add(e, other);
      }
    }
  }

  private void add(GazetteerEntry e, String name) {
    String key = Names.key(name);
    names.add(key, e);
    String bare = Names.withoutArticle(key);
    if (bare != null) {
      names.add(bare, e);
    }
  }

  private interface LineHandler {
    void accept(String[] fields, String where);
  }

  private static void read(String resource, int columns, LineHandler handler) {
    try (BufferedReader in = open(resource)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String where = "gazetteer " + resource + " line " + n;
        String[] f = line.split("\t", -1);
        if (f.length != columns) {
          throw new IllegalArgumentException(where + ": " + f.length + " tab-separated fields, expected " + columns);
        }
        try {
          handler.accept(f, where);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(where + ": not a number (" + e.getMessage() + ")", e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer " + resource + ": could not be read", e);
    }
  }
}
