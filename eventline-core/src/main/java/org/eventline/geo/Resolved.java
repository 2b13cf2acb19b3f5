package org.eventline.geo;

/**
 * A place mention and the entry it resolved to.
 *
 * @param qualified it was written with the larger place it lies in ("Izmir, Turkey")
 */
record Resolved(PlaceMention mention, GazetteerEntry entry, boolean qualified) {}
