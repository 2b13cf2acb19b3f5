/**
 * Language analysis with Stanford CoreNLP: sentences, tokens, POS tags, lemmas and coarse NER for
 * a whole text, and Universal Dependencies parses (enhanced++) for the sentences worth parsing.
 * {@link org.eventline.nlp.NlpPipeline} is the front door; the models load once per process.
 */
package org.eventline.nlp;
