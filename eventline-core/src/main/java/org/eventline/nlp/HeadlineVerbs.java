package org.eventline.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends one tagging slip of news briefs' present tense: CoreNLP's tagger reads "summons" and
 * "sentences" as plural nouns in "The Iranian foreign ministry summons the British chargé
 * d'affaires" and "A court sentences him to life", so the parse has no main verb and the brief's
 * clauses run together. A word of {@link #VERBS} tagged NNS becomes VBZ when it follows the head of
 * a subject (a noun or pronoun, not a determiner or adjective: "the summons", "Israeli strikes" stay
 * nouns), comes before the start of an object ("the", "him", a name, a number), and no finite verb
 * comes before it in the sentence.
 */
final class HeadlineVerbs {
  /** Verbs whose third person singular is also a plural noun that news uses as a noun. */
  static final Set<String> VERBS = Set.of("summons", "sentences", "charges", "arrests", "attacks", "strikes",
      "raids", "bombs", "shells", "fines", "jails", "bans", "orders", "appeals", "pledges", "vows", "claims",
      "protests", "demands", "rejects", "backs", "sanctions", "deploys", "launches");

  private static final Set<String> SUBJECT_ENDS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");
  private static final Set<String> OBJECT_STARTS = Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "CD");
  private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP", "MD");

  private HeadlineVerbs() {}

  static List<Token> mend(List<Token> tokens) {
    for (int i = 1; i + 1 < tokens.size() && !FINITE.contains(tokens.get(i).pos()); i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("NNS") && VERBS.contains(t.word().toLowerCase(Locale.ROOT))
          && SUBJECT_ENDS.contains(tokens.get(i - 1).pos()) && OBJECT_STARTS.contains(tokens.get(i + 1).pos())) {
        List<Token> out = new ArrayList<>(tokens);
        out.set(i, new Token(t.index(), t.word(), Morphology.lemmaStatic(t.word(), "VBZ"), "VBZ", t.ner(),
            t.begin(), t.end()));
        return out;
      }
    }
    return tokens;
  }
}
