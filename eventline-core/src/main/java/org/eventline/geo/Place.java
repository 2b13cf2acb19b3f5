package org.eventline.geo;

/**
 * A place an event happened: the name as written and where the gazetteer put it.
 *
 * @param kind city, village, region, country...
 * @param how how the place was chosen (e.g. "sentence", "article")
 */
public record Place(
    String text, String name, String country, Double lat, Double lon, Long geonamesId, String kind, String how) {}
