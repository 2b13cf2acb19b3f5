package org.eventline.store;

import org.eventline.event.EventType;

/** How many matching events have one PLOVER type. */
public record TypeCount(EventType type, long events) {}
