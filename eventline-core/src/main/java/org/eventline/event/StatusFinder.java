package org.eventline.event;

import java.util.Locale;
import java.util.Set;
import org.eventline.nlp.Dependency;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Token;

/**
 * Decides whether an event word is asserted, negated or hypothetical by walking from it up the
 * dependency tree: negation on the word itself ("did not attack", "no moves"), a negating governor
 * ("denied sending", "failed to take"), a modal ("may strike"), a condition ("if"), a hedge, a
 * governor of intent or talk ("threatened to", "plans to", "the talk is about"), a purpose clause
 * ("to capture"), or a question.
 */
final class StatusFinder {
  private static final int MAX_HOPS = 4;
  private static final Set<String> PURPOSE_RELATIONS = Set.of("advcl", "acl");

  private final StatusLexicon words;

  StatusFinder(StatusLexicon words) {
    this.words = words;
  }

  EventStatus statusOf(Parse parse, int trigger) {
    var tokens = parse.sentence().tokens();
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).word().equals("?")) {
      return EventStatus.HYPOTHETICAL;
    }
    int node = trigger;
    for (int hop = 0; hop <= MAX_HOPS && node >= 0; hop++) {
      EventStatus s = statusAt(parse, node, hop == 0);
      if (s != null) {
        return s;
      }
      int head = parse.head(node);
      if (head < 0) {
        break;
      }
      String rel = relation(parse, head, node);
      Token governor = parse.token(head);
      String lemma = lemma(governor);
      boolean complement = rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("csubj");
      if (complement && words.negating().contains(lemma)) {
        return EventStatus.NEGATED;
      }
      if (!rel.startsWith("conj") && words.governing().contains(lemma) && !rel.startsWith("nsubj")) {
        return EventStatus.HYPOTHETICAL;
      }
      if (PURPOSE_RELATIONS.contains(base(rel)) && hasMark(parse, node, "to")) {
        return EventStatus.HYPOTHETICAL; // "attacks to capture the city": the capture is the aim
      }
      // An infinitive complement is unrealised unless its verb implies it ("managed to seize").
      if (base(rel).equals("xcomp") && hasMark(parse, node, "to") && !words.implicative().contains(lemma)) {
        return EventStatus.HYPOTHETICAL;
      }
      node = head;
    }
    return EventStatus.ASSERTED;
  }

  /** What the words hanging on one node say, or null when they say nothing. */
  private EventStatus statusAt(Parse parse, int node, boolean isTrigger) {
    for (Dependency d : parse.children(node)) {
      String lemma = lemma(parse.token(d.dependent()));
      String base = d.base();
      if ((base.equals("advmod") || base.equals("neg") || base.equals("det") || base.equals("cc:preconj"))
          && words.negation().contains(lemma)) {
        return EventStatus.NEGATED;
      }
      if (base.equals("aux") && words.modal().contains(lemma)) {
        return EventStatus.HYPOTHETICAL;
      }
      if (base.equals("mark") && words.condition().contains(lemma)) {
        return EventStatus.HYPOTHETICAL;
      }
      if (base.equals("advmod") && words.hedge().contains(lemma)) {
        return EventStatus.HYPOTHETICAL;
      }
      // "the talk is about redeployment": a copular clause whose subject is talk of the event.
      if (base.equals("nsubj") && words.governing().contains(lemma) && hasChild(parse, node, "cop")) {
        return EventStatus.HYPOTHETICAL;
      }
    }
    return null;
  }

  private static String relation(Parse parse, int head, int dependent) {
    Dependency d = parse.between(head, dependent);
    return d == null ? "" : d.relation();
  }

  private static String base(String rel) {
    int c = rel.indexOf(':');
    return c < 0 ? rel : rel.substring(0, c);
  }

  private static boolean hasMark(Parse parse, int node, String word) {
    for (Dependency d : parse.children(node)) {
      if (d.base().equals("mark") && lemma(parse.token(d.dependent())).equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasChild(Parse parse, int node, String relation) {
    return !parse.children(node, relation).isEmpty();
  }

  private static String lemma(Token t) {
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }
}
