package org.eventline.store;

import org.eventline.event.EventType;

/** How many events of one type fell in one day, week or month: one point of a timeline. */
public record PeriodCount(String period, EventType type, long events) {}
