package org.eventline.store;

/** How many matching events happened at one place, for the map. */
public record PlaceCount(String name, String country, double lat, double lon, long events) {}
