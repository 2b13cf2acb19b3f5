package org.eventline.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventline.actor.ActorKind;
import org.eventline.actor.ActorMention;
import org.eventline.nlp.Dependency;
import org.eventline.nlp.Token;

/**
 * Cheap pronoun resolution within an article: "it", "its", "they", "them", "their", "he", "she"
 * to the actor they most likely stand for, looking back at most two sentences.
 *
 * <p>The rules are the classic salience ones: a subject pronoun prefers the subject of the
 * sentence before; an object pronoun prefers the most recent actor; number must agree
 * (states and single groups are "it", plural nouns, groups and forces are "they").
 */
final class Antecedents {
  private static final Set<String> SINGULAR = Set.of("it", "its", "itself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
  private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers");
  private static final int LOOK_BACK = 2;

  private final List<AnalysedSentence> sentences;

  Antecedents(List<AnalysedSentence> sentences) {
    this.sentences = sentences;
  }

  static boolean isPronoun(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return SINGULAR.contains(w) || PLURAL.contains(w) || PERSONAL.contains(w);
  }

  /**
   * The mention a pronoun stands for, or null.
   *
   * @param position index of {@code s} in the article's sentence list
   * @param exclude an actor code the pronoun cannot stand for (the other side of the event)
   */
  ActorMention resolve(int position, Token pronoun, boolean subject, String exclude) {
    String w = pronoun.word().toLowerCase(Locale.ROOT);
    boolean possessive = pronoun.pos().equals("PRP$");
    AnalysedSentence here = sentences.get(position);
    // "Ankara reopened its borders": a possessive first looks for an earlier actor in its own sentence.
    if (possessive) {
      ActorMention m = pick(here, w, pronoun.index(), true, exclude);
      if (m != null) {
        return m;
      }
      ActorMention viaPronoun = earlierPronoun(position, pronoun.index(), w, exclude);
      if (viaPronoun != null) {
        return viaPronoun;
      }
    }
    if (subject && !possessive) {
      ActorMention speaker = speakerOfClause(here, pronoun.index(), w, exclude);
      if (speaker != null) {
        return speaker;
      }
    }
    for (int back = 1; back <= LOOK_BACK && position - back >= 0; back++) {
      ActorMention m = pick(sentences.get(position - back), w, Integer.MAX_VALUE, subject || possessive, exclude);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * "Police said they arrested five suspects", "The Israeli military said it struck Hamas targets":
   * the subject pronoun of a clause a verb reports stands for that verb's subject, when it agrees.
   */
  private ActorMention speakerOfClause(AnalysedSentence s, int pronoun, String w, String exclude) {
    if (s.parse() == null) {
      return null;
    }
    int clause = s.parse().head(pronoun);
    Dependency up = clause < 0 ? null : s.parse().between(clause, pronoun);
    if (up == null || !up.base().equals("nsubj")) {
      return null;
    }
    int verb = s.parse().head(clause);
    Dependency reported = verb < 0 ? null : s.parse().between(verb, clause);
    if (reported == null || !reported.relation().equals("ccomp")) {
      return null;
    }
    for (int subject : s.parse().children(verb, "nsubj")) {
      for (ActorMention m : s.mentions()) {
        if (m.headToken() == subject && agrees(w, m, s) && !m.actor().code().equals(exclude)) {
          return m;
        }
      }
    }
    return null;
  }

  /** "It also doubled its backup": "its" stands for what "It" stands for. */
  private ActorMention earlierPronoun(int position, int before, String w, String exclude) {
    AnalysedSentence here = sentences.get(position);
    for (Token t : here.sentence().tokens()) {
      if (t.index() >= before) {
        break;
      }
      if (isPronoun(t) && !t.pos().equals("PRP$") && sameNumber(t.word().toLowerCase(Locale.ROOT), w)) {
        return resolve(position, t, true, exclude);
      }
    }
    return null;
  }

  private static boolean sameNumber(String a, String b) {
    return (SINGULAR.contains(a) && SINGULAR.contains(b)) || (PLURAL.contains(a) && PLURAL.contains(b))
        || (PERSONAL.contains(a) && PERSONAL.contains(b));
  }

  private ActorMention pick(AnalysedSentence s, String pronoun, int before, boolean preferSubject, String exclude) {
    ActorMention first = null;
    ActorMention last = null;
    ActorMention subject = null;
    for (ActorMention m : s.mentions()) {
      if (m.lastToken() >= before || !agrees(pronoun, m, s) || m.actor().code().equals(exclude)) {
        continue;
      }
      if (first == null) {
        first = m;
      }
      last = m;
      if (subject == null && s.parse() != null && isSubject(s, m)) {
        subject = m;
      }
    }
    if (preferSubject) {
      return subject != null ? subject : first;
    }
    return last;
  }

  /** A subject of its own clause: not one lent by control ("allowed fighters to join"). */
  private static boolean isSubject(AnalysedSentence s, ActorMention m) {
    boolean subject = false;
    for (Dependency d : s.parse().heads(m.headToken())) {
      if (d.relation().equals("obj") || d.relation().equals("iobj")) {
        return false;
      }
      subject |= d.relation().equals("nsubj") || d.relation().equals("nsubj:pass");
    }
    return subject;
  }

  private static boolean agrees(String pronoun, ActorMention m, AnalysedSentence s) {
    Token head = s.sentence().tokens().get(m.headToken());
    // "police" is plural in English, though the tagger may call it a singular noun
    boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS") || head.word().equalsIgnoreCase("police");
    ActorKind kind = m.actor().kind();
    if (SINGULAR.contains(pronoun)) {
      // a name with a plural head is one body ("The Israel Defense Forces says it", "the United States")
      return (!plural || head.pos().equals("NNPS")) && kind != ActorKind.PERSON && kind != ActorKind.CIVILIANS;
    }
    if (PLURAL.contains(pronoun)) {
      return plural || kind == ActorKind.ARMED_GROUP || kind == ActorKind.MILITARY || kind == ActorKind.CIVILIANS;
    }
    // he/she: a named person, or a single office holder ("the foreign minister"), not a body the
    // dictionaries code as government ("the prison", "the court", "the ministry")
    return kind == ActorKind.PERSON || (kind == ActorKind.GOVERNMENT && head.pos().equals("NN")
        && !BODIES.contains(head.word().toLowerCase(Locale.ROOT)));
  }

  /** Nouns of institutions, which are "it" or "they", never "he" or "she". */
  private static final Set<String> BODIES = Set.of("police", "court", "prison", "jail", "government", "ministry",
      "parliament", "army", "military", "navy", "council", "cabinet", "administration", "regime", "department",
      "agency", "authority", "office", "tribunal", "legislature", "assembly", "senate", "congress", "embassy",
      "state", "committee", "commission", "party", "service", "guard", "judiciary", "prosecution", "presidency");
}
