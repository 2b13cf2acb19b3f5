/**
 * Event coding: who did what to whom, from parsed sentences and the actors found in them.
 *
 * <p>{@link org.eventline.event.EventCoder} is the front door. Patterns ({@code patterns.txt}) say
 * which verbs and nouns are events and which CAMEO code they carry; the CAMEO code brings the PLOVER
 * type and mode, quad class and Goldstein score ({@link org.eventline.event.Ontology}). Around each
 * event word, {@code ArgumentFinder} finds sources and targets over the dependency parse (subjects,
 * passive agents, objects, a pattern's prepositions, possessives of event nouns, light verbs,
 * coordination), {@code Antecedents} resolves pronouns, {@code StatusFinder} decides asserted,
 * negated or hypothetical ({@code status.txt}), and {@code EventDates} dates the event.
 */
package org.eventline.event;
