package org.eventline.store;

/**
 * An actor code as last coded, with the number of stored events naming it as source or target.
 *
 * @param kind the {@link org.eventline.actor.ActorKind} label ({@code government}), as the JSON shows it
 */
public record ActorCount(String code, String name, String country, String kind, long events) {}
