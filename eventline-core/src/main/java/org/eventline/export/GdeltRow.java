package org.eventline.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.Participant;
import org.eventline.geo.Place;
import org.eventline.store.EventGroup;
import org.eventline.store.StoredEvent;

/**
 * One event as a row of GDELT 2.0's event table: 61 tab-separated columns in GDELT's order (see
 * docs/EXPORTS.md for the mapping and what stays empty). Tabs and newlines inside values become
 * spaces, since the format has no quoting.
 */
final class GdeltRow implements LineFormat {
  /** GDELT 2.0's column names, in order; the export has no header row, as GDELT's files have none. */
  static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  /** A mention alone, counted once (as exported before events were grouped). */
  @Override
  public String line(StoredEvent se) {
    return line(se, null);
  }

  /**
   * The event a group of mentions reports, standing for all of them: its id from the group's key,
   * so it is the same whichever mention stands for it, and GDELT's counts from the group.
   */
  String line(StoredEvent se, EventGroup g) {
    Event e = se.event();
    List<String> v = new ArrayList<>(COLUMNS.size());
    v.add(Long.toString(globalId(g == null ? e.id() : g.key())));
    LocalDate date = e.date() == null ? null : LocalDate.parse(e.date());
    v.add(date == null ? "" : date.toString().replace("-", ""));
    v.add(date == null ? "" : String.format("%04d%02d", date.getYear(), date.getMonthValue()));
    v.add(date == null ? "" : Integer.toString(date.getYear()));
    v.add(date == null ? "" : String.format("%.4f", date.getYear() + (date.getDayOfYear() - 1) / 365.0));
    actor(v, e.source());
    actor(v, e.target());
    // Our events come from the sentence they were coded in; GDELT's "root" means a lead paragraph.
    v.add(e.sentence().index() <= 1 ? "1" : "0");
    String cameo = e.cameo() == null ? "" : e.cameo();
    v.add(cameo);
    v.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
    v.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
    v.add(Integer.toString(e.quadClass()));
    v.add(Double.toString(e.goldstein()));
    v.add(g == null ? "1" : Integer.toString(g.numMentions()));
    v.add(g == null ? "1" : Integer.toString(g.numSources()));
    v.add(g == null ? "1" : Integer.toString(g.numArticles()));
    v.add(""); // AvgTone: not computed
    // Eventline places the event, not each actor: Actor1Geo and Actor2Geo stay empty.
    geo(v, null);
    geo(v, null);
    geo(v, e.where());
    Article a = se.article();
    v.add(dateAdded(a, date));
    v.add(a == null || a.url() == null ? "" : a.url());
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < v.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      line.append(clean(v.get(i)));
    }
    return line.toString();
  }

  /** CAMEO actor codes are 3-letter chunks: a country (or IGO/NGO...), then up to three role codes. */
  private static void actor(List<String> v, Participant p) {
    if (p == null) {
      for (int i = 0; i < 10; i++) {
        v.add("");
      }
      return;
    }
    String code = p.code() == null ? "" : p.code();
    v.add(code);
    v.add(p.name() == null ? "" : p.name().toUpperCase(java.util.Locale.ROOT));
    v.add(p.country() == null ? "" : p.country());
    v.add(""); // KnownGroupCode
    v.add(""); // EthnicCode
    v.add(""); // Religion1Code
    v.add(""); // Religion2Code
    String roles = p.country() != null && code.startsWith(p.country()) ? code.substring(p.country().length()) : "";
    for (int i = 0; i < 3; i++) {
      v.add(roles.length() >= 3 * (i + 1) ? roles.substring(3 * i, 3 * i + 3) : "");
    }
  }

  /**
   * GDELT's eight geography columns of a place. The country is its FIPS 10-4 code, as in GDELT
   * (empty when it has none); the ADM1 code is that country code for a country-level place, as
   * GDELT gives it, and empty below (the gazetteer carries no admin codes).
   */
  private static void geo(List<String> v, Place p) {
    if (p == null || p.lat() == null || p.lon() == null) {
      for (int i = 0; i < 8; i++) {
        v.add(i == 0 ? "0" : "");
      }
      return;
    }
    int type = geoType(p.kind(), p.country());
    String fips = FipsCodes.of(p.country());
    v.add(Integer.toString(type));
    // a place the gazetteer lacks: its written name, then the place around it whose position is given
    v.add(p.name() == null ? "" : p.isUnlisted() ? p.text() + ", " + p.name() : p.name());
    v.add(fips == null ? "" : fips);
    v.add(type == 1 && fips != null ? fips : "");
    v.add("");
    v.add(Double.toString(p.lat()));
    v.add(Double.toString(p.lon()));
    v.add(p.geonamesId() == null ? "" : Long.toString(p.geonamesId()));
  }

  /** GDELT: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (region). */
  static int geoType(String kind, String country) {
    boolean us = "USA".equals(country);
    if (kind == null) {
      return us ? 3 : 4;
    }
    return switch (kind) {
      case "country" -> 1;
      case "region", "state", "province" -> us ? 2 : 5;
      default -> us ? 3 : 4;
    };
  }

  private static String dateAdded(Article a, LocalDate eventDate) {
    String published = a == null ? null : a.published();
    if (published != null && published.length() >= 10) {
      String digits = published.replaceAll("[^0-9]", "");
      return (digits + "00000000000000").substring(0, 14);
    }
    return eventDate == null ? "" : eventDate.toString().replace("-", "") + "000000";
  }

  /** GDELT ids are integers; ours are strings, so the first 63 bits of their SHA-256 stand in. */
  static long globalId(String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
