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
  /** Places inside a city's own area count as in it (Khan Touman is 13 km from Aleppo's centre). */
  private static final double CITY_AREA_KM = 30;
  /** How far from its seat's point a second-level division reaches, at most (Gwynedd's seat to Dolgellau: 52 km). */
  private static final double COUNTY_AREA_KM = 60;

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

  /**
   * True when {@code inner} lies in this place: in its country, its first-level region, near the seat
   * of its second-level division, or in a city's own area and smaller.
   */
  boolean contains(GazetteerEntry inner) {
    if (!country.equals(inner.country()) || inner.isCountry()) {
      return false;
    }
    if (isCountry()) {
      return true;
    }
    if (isRegion()) {
      return !inner.isRegion() && admin1.equals(inner.admin1());
    }
    // A second-level division ("Rhône", "Swat", "Gwynedd") is larger than any town, though the
    // gazetteer gives it a point at its seat and no population: a town of its region near that seat.
    if (isCounty()) {
      return !inner.isRegion() && !inner.isCounty() && admin1.equals(inner.admin1())
          && Geocoder.km(lat, lon, inner.lat(), inner.lon()) <= COUNTY_AREA_KM;
    }
    return !inner.isRegion() && !inner.isCounty() && inner.population() < population
        && Geocoder.km(lat, lon, inner.lat(), inner.lon()) <= CITY_AREA_KM;
  }

  Place toPlace(String text, String how) {
    return new Place(text, name, country, lat, lon, geonamesId == 0 ? null : geonamesId, kind, how);
  }
}
