package org.eventline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends the tagger's slip the other way from {@link HeadlineVerbs}: a noun read as a base-form verb
 * inside a noun phrase. CoreNLP's tagger reads "drone" as a verb in "A Russian drone/VB attack on
 * Kharkiv killed two people" and "Israeli drone/VBP strikes killed five", and "glide" in "a glide/VB
 * bomb", so the parse has no attack noun with its attacker and no event is coded.
 *
 * <p>A word tagged VB or VBP becomes NN when a determiner opens its phrase ("a", "the", "its",
 * "Russia's"), with only adjectives and singular names between ("A Russian drone", "A US drone"),
 * and a noun, a conjoined noun or a verb follows ("drone attack", "drone and missile attack", "a
 * drone struck"); or, with no determiner (at the start of the sentence or a clause, or after a verb
 * of saying), when nouns follow it and then a finite verb, perhaps with the nouns' prepositional
 * phrase between ("Russian drone attacks killed", "said drone attacks killed", "Ukrainian drone
 * strikes on Belgorod killed"). A gerund so placed is a noun only when a finite verb follows it at
 * once ("Russian shelling/VBG killed three civilians"; "the ruling party" keeps its participle). A
 * common noun, a plural, "to" or a modal before it leaves it a verb ("helped the army retake", "to
 * further attack", "will strike"), and so does a verb that news writes after a plural name of one
 * ("The Taliban retake government buildings": {@link HeadlineVerbs#BASE_VERBS}).
 */
final class NounModifiers {
  private static final Set<String> BASE_TAGS = Set.of("VB", "VBP", "VBG");
  /** What a noun phrase may hold between its determiner and the mistagged noun. */
  private static final Set<String> MODIFIERS = Set.of("JJ", "NNP");
  private static final Set<String> DETERMINERS = Set.of("DT", "PRP$", "POS");
  private static final Set<String> COMMON_NOUNS = Set.of("NN", "NNS");
  private static final Set<String> VERBS_AFTER = Set.of("VBD", "VBZ", "VBP", "VBN", "MD");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  /** What a noun's prepositional phrase may hold after its one preposition: "on Belgorod", "on the Russian border". */
  private static final Set<String> PHRASE_WORDS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD");
  /** What may come before a phrase with no determiner: a preposition, a conjunction, a verb ("said"). */
  private static final Set<String> CLAUSE_OPENERS = Set.of("IN", "CC", "VBD", "VBZ", "VBP");

  private NounModifiers() {}

  static List<Token> mend(List<Token> tokens) {
    List<Token> out = tokens;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (BASE_TAGS.contains(t.pos()) && !HeadlineVerbs.BASE_VERBS.contains(t.word().toLowerCase(Locale.ROOT))
          && insideNounPhrase(tokens, i)) {
        if (out == tokens) {
          out = new ArrayList<>(tokens);
        }
        out.set(i, HeadlineVerbs.retag(t, "NN"));
      }
    }
    return out;
  }

  private static boolean insideNounPhrase(List<Token> tokens, int i) {
    int j = i - 1;
    while (j >= 0 && MODIFIERS.contains(tokens.get(j).pos())) {
      j--;
    }
    boolean determiner = j >= 0 && DETERMINERS.contains(tokens.get(j).pos());
    boolean bare = j < 0 || CLAUSE_OPENERS.contains(tokens.get(j).pos()) || tokens.get(j).word().equals(",");
    String next = tokens.get(i + 1).pos();
    if (tokens.get(i).pos().equals("VBG")) {
      // "the ruling party", "a growing number": a participle before a noun is its adjective
      return (determiner || bare) && FINITE.contains(next);
    }
    if (determiner) {
      return COMMON_NOUNS.contains(next) || VERBS_AFTER.contains(next)
          || next.equals("CC") && i + 2 < tokens.size() && COMMON_NOUNS.contains(tokens.get(i + 2).pos());
    }
    int k = i + 1;
    while (k < tokens.size() && COMMON_NOUNS.contains(tokens.get(k).pos())) {
      k++;
    }
    if (k > i + 1 && k < tokens.size() && tokens.get(k).pos().equals("IN")) {
      k++; // "drone strikes on Belgorod killed": the nouns' prepositional phrase, then the verb
      while (k < tokens.size() && PHRASE_WORDS.contains(tokens.get(k).pos())) {
        k++;
      }
    }
    return bare && k > i + 1 && k < tokens.size() && FINITE.contains(tokens.get(k).pos());
  }
}
