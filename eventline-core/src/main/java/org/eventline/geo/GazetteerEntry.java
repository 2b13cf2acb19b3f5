package org.eventline.geo;

/**
 * One place the gazetteer knows.
 *
 * @param geonamesId 0 when the place has none here (regions, countries, supplement lines)
 * @param kind city, town, village, region (first level), county (second level), country, airport, or a
 *     supplement kind (base, crossing...)
 * @param admin1 GeoNames first-level region code ({@code SY.09}), "" for countries
 * @param curated true for supplement lines: places a person added because news names them
 */
record GazetteerEntry(
    long geonamesId, String name, String country, double lat, double lon, String kind, String admin1,
    int population, boolean curated) {

  boolean isCountry() {
    return kind.equals("country");
  }

  boolean isRegion() {
    return kind.equals("region");
  }

  /** A town or village of GeoNames, not one the supplement lists for the news that names it. */
  boolean isSmallSettlement() {
    return !curated && (kind.equals("town") || kind.equals("village"));
  }

  /** A sea, gulf, strait or bay: a place of no country, filed under the country of the nearest land. */
  boolean isSea() {
    return kind.equals("sea");
  }

  /** A second-level division: a county, a district, a province of Italy or Spain (GeoNames admin2). */
  boolean isCounty() {
    return kind.equals("county");
  }

  Place toPlace(String text, String how) {
    return new Place(text, name, country, lat, lon, geonamesId == 0 ? null : geonamesId, kind, how);
  }
}
