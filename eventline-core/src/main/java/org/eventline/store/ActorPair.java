package org.eventline.store;

/**
 * How often one actor acted on another with events of one quad class: an edge of the actor
 * network. Codes stand for the actors; names are the ones last coded.
 */
public record ActorPair(
    String sourceCode, String sourceName, String targetCode, String targetName, int quadClass, long events) {}
