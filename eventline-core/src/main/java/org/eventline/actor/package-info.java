/**
 * Actors: who does what to whom. {@link org.eventline.actor.ActorResolver} finds
 * {@link org.eventline.actor.ActorMention}s in a tokenised sentence with CAMEO-style codes
 * ({@code RUS}, {@code RUSGOV}, {@code SYRREBNUS}, {@code IGOUNO}), using dictionaries shipped as
 * resource files under {@code org/eventline/actor/} (countries, role words, groups, office holders;
 * their provenance is in the README there). {@link org.eventline.actor.TabariDictionaryReader}
 * reads TABARI/PETRARCH files, so users can bring their own.
 */
package org.eventline.actor;
