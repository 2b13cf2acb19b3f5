package org.eventline.geo;

/**
 * A place an event happened: the name as written and where the gazetteer put it.
 *
 * <p>The text is the place as the sentence names it; the name, position, id and kind are the
 * gazetteer's place. A place the gazetteer lacks that the sentence puts inside one it has ("in
 * Al-Hashamah, Taiz Governorate") has the kind "unlisted", the written name for text, and the
 * surrounding place's name and position, with no GeoNames id (see {@code UnlistedPlaces}).
 *
 * @param kind city, village, region, country..., or "unlisted" (named as written, positioned at the place around it)
 * @param how how the place was chosen: "target", "sentence", "clause" (named in the clause of the
 *     sentence the event was coded from, where another clause names another place), "previous
 *     sentence", "article focus", or "actors" (the country of the actors of an item on a page of
 *     briefs about many countries)
 */
public record Place(
    String text, String name, String country, Double lat, Double lon, Long geonamesId, String kind, String how) {

  /** The kind of a place the gazetteer lacks, named as written and positioned at the place around it. */
  public static final String UNLISTED = "unlisted";

  /** True for a place the gazetteer lacks, named as written and positioned at the place around it. */
  public boolean isUnlisted() {
    return UNLISTED.equals(kind);
  }

  /** A region, a county or a named area: a division of a country larger than any one settlement in it. */
  public boolean isDivision() {
    return kind.equals("region") || kind.equals("county") || kind.equals("area");
  }
}
