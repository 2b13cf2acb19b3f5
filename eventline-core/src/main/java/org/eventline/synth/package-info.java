/**
 * Synthetic but realistic articles and events, from a seed: the data the store benchmark loads
 * ({@code eventline bench store}) and that tests can use at any size without the NLP.
 *
 * <p>{@link org.eventline.synth.SyntheticCorpus} is the front door.
 */
package org.eventline.synth;
