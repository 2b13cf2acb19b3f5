package org.eventline.nlp;

/**
 * One token of an analysed sentence.
 *
 * @param index 0-based position in its sentence
 * @param word the word as written
 * @param lemma its lemma (lower case for most words)
 * @param pos Penn Treebank tag (NNP, VBD...)
 * @param ner CoreNLP's coarse entity tag (PERSON, LOCATION, ORGANIZATION, MISC, O...)
 * @param begin character offset of the token in the analysed text
 * @param end character offset after the token
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
