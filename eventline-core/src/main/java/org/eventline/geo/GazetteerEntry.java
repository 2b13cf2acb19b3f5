package org.eventline.geo;

/**
 * One place the gazetteer knows.
 *
 * @param geonamesId 0 when the place has none here (regions, countries, supplement lines)
 * @param kind city, town, village, locality (a name and a point of a secondary source), region (first level),
 *     county (second level), country, airport, or a supplement kind (base, crossing...)
 * @param admin1 GeoNames first-level region code ({@code SY.09}), "" for countries
 * @param curated true for supplement lines: places a person added because news names them
 */
record GazetteerEntry(
    long geonamesId, String name, String country, double lat, double lon, String kind, String admin1,
    int population, boolean curated) {
  /**
   * Places inside a city's own area count as in it (Khan Touman is 13 km from Aleppo's centre). The
   * area grows with the city: 30 km for a city of a million or more, 12 km for one of 160,000
   * (Jabalia, which does not hold Al-Mawasi 30 km off), never under {@link #TOWN_AREA_KM}.
   */
  private static final double CITY_AREA_KM = 30;
  private static final double TOWN_AREA_KM = 8;
  /** How many times fewer people a place within a city's area has than the city, to lie in it. */
  private static final int NEIGHBOUR_RATIO = 5;

  private double areaKm() {
    return Math.max(TOWN_AREA_KM, Math.min(CITY_AREA_KM, CITY_AREA_KM * Math.sqrt(population / 1_000_000.0)));
  }
  /** How far from its seat's point a second-level division reaches, at most (Gwynedd's seat to Dolgellau: 52 km). */
  private static final double COUNTY_AREA_KM = 60;
  /** How far from its point a curated area written as a place's container may reach (Darfur's middle to El Geneina: 350 km). */
  private static final double WRITTEN_AREA_KM = 500;

  boolean isCountry() {
    return kind.equals("country");
  }

  boolean isRegion() {
    return kind.equals("region");
  }

  /** A city, town, village or locality: a populated place rather than a division, a landmark or a feature. */
  boolean isSettlement() {
    return kind.equals("city") || kind.equals("town") || kind.equals("village") || isLocality();
  }

  /** A town, village or locality of the shipped data, not one the supplement lists for the news that names it. */
  boolean isSmallSettlement() {
    return !curated && (kind.equals("town") || kind.equals("village") || isLocality());
  }

  /**
   * A place of {@code localities.tsv.gz} or {@code postal.tsv.gz}: a name with a point and nothing
   * else known of it (no census figure, no feature code), so it answers only in an article about
   * its own country (see {@link Gazetteer}).
   */
  boolean isLocality() {
    return kind.equals("locality");
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
    // a town of half the city's people is a neighbour, not a quarter of it (Nuseirat beside Jabalia)
    return !inner.isRegion() && !inner.isCounty() && inner.population() * NEIGHBOUR_RATIO < population
        && Geocoder.km(lat, lon, inner.lat(), inner.lon()) <= areaKm();
  }

  /**
   * True when this is a curated area (Puntland, Darfur, Donbas, Iraqi Kurdistan) and {@code inner} a
   * place of its country within {@link #WRITTEN_AREA_KM} of its point: such an area has a point but no
   * bounds here, so it holds a place only as a text that names both means it ("Bari Region, Puntland",
   * "the Bari Region of Puntland"), not for the article's focus or a region's places.
   */
  boolean areaHolds(GazetteerEntry inner) {
    return curated && kind.equals("area") && country.equals(inner.country()) && !inner.isCountry()
        && Geocoder.km(lat, lon, inner.lat(), inner.lon()) <= WRITTEN_AREA_KM;
  }

  Place toPlace(String text, String how) {
    return new Place(text, name, country, lat, lon, geonamesId == 0 ? null : geonamesId, kind, how);
  }
}
