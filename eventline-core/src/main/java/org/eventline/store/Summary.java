package org.eventline.store;

/** How much a store holds. */
public record Summary(long articles, long events, long actors) {}
