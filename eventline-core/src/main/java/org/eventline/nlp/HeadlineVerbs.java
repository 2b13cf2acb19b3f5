package org.eventline.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Mends one tagging slip of news briefs' present tense: CoreNLP's tagger reads "summons" and
 * "sentences" as plural nouns in "The Iranian foreign ministry summons the British chargé
 * d'affaires" and "A court sentences him to life", and "capture" and "launch" as singular nouns in
 * "Rapid Support Forces capture Heglig" and "The rebels launch drone strikes", so the parse has no
 * main verb and the brief's clauses run together.
 *
 * <p>A word of {@link #VERBS} tagged NNS becomes VBZ when it follows the head of a subject (a noun
 * or pronoun, not a determiner or adjective: "the summons", "Israeli strikes" stay nouns); a word of
 * {@link #BASE_VERBS} tagged NN becomes VBP when it follows a plural noun ("militants", "Forces", "police"), and
 * so does any base form tagged VB there ("militants seize/VB two towns", where no "to" or modal is).
 * A noun so retagged must come before the start of an object ("the", "him", a name, a number) with no finite
 * verb before it in the sentence, or, in a sentence with no finite verb at all (a headline), before
 * a noun or adjective ("Police fire tear gas"), and a base form before a preposition too ("M23 rebels
 * advance on the city"; "Shark attacks in Australia" stays a noun).
 * A verb of the same list after "and" then takes the same tense ("... and capture Kamanyola").
 * "open" read as an adjective before "fire" after a plural subject is the idiom's verb ("Police open fire").
 */
final class HeadlineVerbs {
  /** Verbs whose third person singular is also a plural noun that news uses as a noun. */
  static final Set<String> VERBS = Set.of("summons", "sentences", "charges", "arrests", "attacks", "strikes",
      "raids", "bombs", "shells", "fines", "jails", "bans", "orders", "appeals", "pledges", "vows", "claims",
      "protests", "demands", "rejects", "backs", "sanctions", "deploys", "launches", "signs", "grants", "bars",
      "convicts", "rules", "kidnaps", "captures", "seizes", "targets", "releases", "frees", "visits", "hosts",
      "calls", "warns", "urges", "blocks", "lands", "stops", "storms", "fires", "shoots", "rescues", "reports");

  /**
   * Verbs whose base form is also a singular noun that news uses as a noun: those of {@link #VERBS}, and
   * verbs of fighting that news writes mostly after a plural subject ("rebels advance", "troops retake").
   */
  static final Set<String> BASE_VERBS = Stream.concat(VERBS.stream().map(HeadlineVerbs::baseForm),
      Stream.of("advance", "damage", "battle", "stage", "clash", "escape", "retake", "recapture", "march", "rally",
          "kill", "wound", "hit", "destroy", "withdraw", "enter", "control", "surround", "besiege", "overrun", "repel",
          "intercept")).collect(Collectors.toUnmodifiableSet());

  /** Nouns singular in form that take a plural verb, which the tagger may tag NN: "French police arrest/NN nine". */
  private static final Set<String> COLLECTIVES = Set.of("police", "personnel");
  private static final Set<String> SUBJECT_ENDS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");
  private static final Set<String> PLURAL_ENDS = Set.of("NNS", "NNPS");
  private static final Set<String> OBJECT_STARTS = Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "CD");
  private static final Set<String> HEADLINE_NEXT = Set.of("NN", "NNS", "JJ");
  /** A base form goes on with a preposition ("advance on", "fire at"); a plural noun does too ("attacks in Yemen"). */
  private static final Set<String> HEADLINE_NEXT_BASE = Set.of("NN", "NNS", "JJ", "IN", "RP");
  private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP", "MD");

  private HeadlineVerbs() {}

  static List<Token> mend(List<Token> tokens) {
    boolean headline = tokens.stream().noneMatch(t -> FINITE.contains(t.pos()));
    for (int i = 1; i + 1 < tokens.size() && !FINITE.contains(tokens.get(i).pos()); i++) {
      String before = subjectEndTag(tokens, i - 1);
      if (opensFire(tokens, i, before)) {
        List<Token> out = new ArrayList<>(tokens);
        out.set(i, retag(tokens.get(i), "VBP"));
        return out;
      }
      String tag = finiteTag(tokens.get(i), before);
      String next = tokens.get(i + 1).pos();
      if (tag != null && (OBJECT_STARTS.contains(next) || tokens.get(i).pos().equals("VB") || andVerb(tokens, i + 1)
          || headline && (tag.equals("VBP") ? HEADLINE_NEXT_BASE : HEADLINE_NEXT).contains(next))) {
        List<Token> out = new ArrayList<>(tokens);
        out.set(i, retag(tokens.get(i), tag));
        mendConjoined(out, i + 1, tag);
        return out;
      }
    }
    return tokens;
  }

  /**
   * True when "open" after a plural subject goes on with "fire": "Security forces open/JJ fire/NN on
   * protesters" is the idiom, tense and all, though the tagger reads an adjective and its noun.
   */
  private static boolean opensFire(List<Token> tokens, int i, String before) {
    Token t = tokens.get(i);
    return t.word().equalsIgnoreCase("open") && (t.pos().equals("JJ") || t.pos().equals("NN"))
        && tokens.get(i + 1).word().equalsIgnoreCase("fire") && PLURAL_ENDS.contains(before);
  }

  /** VBZ or VBP for a verb the tagger took for a noun after the head of its subject, else null. */
  private static String finiteTag(Token t, String before) {
    String word = t.word().toLowerCase(Locale.ROOT);
    if (t.pos().equals("NNS") && VERBS.contains(word) && SUBJECT_ENDS.contains(before)) {
      return "VBZ";
    }
    if (t.pos().equals("NN") && BASE_VERBS.contains(word) && PLURAL_ENDS.contains(before)) {
      return "VBP";
    }
    if (t.pos().equals("VB") && PLURAL_ENDS.contains(before)) {
      return "VBP"; // "militants seize/VB two towns": no "to" or modal before it, so present tense
    }
    return null;
  }

  /**
   * True when the token is a name in the plural that the tagger took for a singular one: "The Houthis
   * launch/NN a ballistic missile", where "Houthis" is NNP after "the".
   */
  private static boolean pluralName(List<Token> tokens, int i) {
    String word = tokens.get(i).word();
    return i > 0 && tokens.get(i).pos().equals("NNP") && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
        && tokens.get(i - 1).word().equalsIgnoreCase("the");
  }

  /**
   * The tag the word before a candidate verb counts as: a plural name ("the Houthis") and a
   * collective ("police") count as plural nouns, a comma closing an apposition as the name before it.
   */
  private static String subjectEndTag(List<Token> tokens, int i) {
    if (pluralName(tokens, i)) {
      return "NNPS";
    }
    if (COLLECTIVES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      return "NNS";
    }
    return closesApposition(tokens, i) ? "NNP" : tokens.get(i).pos();
  }

  /** "A court in Lima, Peru, sentences him": a comma after a name closes the subject's apposition. */
  private static boolean closesApposition(List<Token> tokens, int i) {
    return i > 1 && tokens.get(i).word().equals(",") && tokens.get(i - 1).pos().equals("NNP")
        && tokens.subList(0, i - 1).stream().anyMatch(t -> t.word().equals(","));
  }

  /** "police arrest/NN and detain/VB": a conjunction before a base form goes on with a second verb. */
  private static boolean andVerb(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).pos().equals("CC") && tokens.get(i + 1).pos().equals("VB");
  }

  /** "... and capture Kamanyola": the first verb of the list after the mended one's "and". */
  private static void mendConjoined(List<Token> tokens, int from, String tag) {
    for (int i = from; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (FINITE.contains(t.pos())) {
        return;
      }
      if (t.word().equals("and") && tokens.get(i + 1).pos().startsWith("NN")) {
        Token verb = tokens.get(i + 1);
        Set<String> list = tag.equals("VBZ") ? VERBS : BASE_VERBS;
        if (list.contains(verb.word().toLowerCase(Locale.ROOT)) && verb.pos().equals(tag.equals("VBZ") ? "NNS" : "NN")) {
          tokens.set(i + 1, retag(verb, tag));
        }
        return;
      }
    }
  }

  /** The base form of a verb of {@link #VERBS}: "launches" to "launch", "summons" to "summon". */
  private static String baseForm(String thirdPerson) {
    return thirdPerson.endsWith("ches") || thirdPerson.endsWith("shes")
        ? thirdPerson.substring(0, thirdPerson.length() - 2) : thirdPerson.substring(0, thirdPerson.length() - 1);
  }

  static Token retag(Token t, String tag) {
    return new Token(t.index(), t.word(), Morphology.lemmaStatic(t.word(), tag), tag, t.ner(), t.begin(), t.end());
  }
}
