package org.eventline.geo;

/**
 * A place an event happened: the name as written and where the gazetteer put it.
 *
 * <p>The text is the place the sentence names; the name, position, id and kind are the gazetteer's
 * place. They differ when the text names a place the gazetteer lacks that the sentence puts inside
 * a place it has ("in Al-Hashamah, Taiz Governorate": text Al-Hashamah, the governorate's name and
 * position), so the position is only the surrounding place's (see {@code UnlistedPlaces}).
 *
 * @param kind city, village, region, country...
 * @param how how the place was chosen: "target", "sentence", "clause" (named in the clause of the
 *     sentence the event was coded from, where another clause names another place), "previous
 *     sentence", "article focus", or "actors" (the country of the actors of an item on a page of
 *     briefs about many countries)
 */
public record Place(
    String text, String name, String country, Double lat, Double lon, Long geonamesId, String kind, String how) {

  /** A region, a county or a named area: a division of a country larger than any one settlement in it. */
  public boolean isDivision() {
    return kind.equals("region") || kind.equals("county") || kind.equals("area");
  }
}
