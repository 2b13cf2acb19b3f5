package org.eventline.event;

import java.io.InputStream;
import java.util.List;
import org.eventline.actor.ActorMention;
import org.eventline.article.Article;
import org.eventline.nlp.Sentence;
import org.eventline.nlp.Token;

/**
 * Codes events from an article's analysed sentences: PLOVER type and mode with the CAMEO code,
 * quad class and Goldstein score beside them, the status, the sides, the sentence and a confidence.
 *
 * <p>Patterns and status words are data ({@code patterns.txt}, {@code status.txt}); this class
 * only applies them. Only parsed sentences are coded; {@link #mayCarryEvent} tells the pipeline
 * which sentences are worth a parse.
 *
 * <pre>{@code
 * EventCoder coder = EventCoder.defaults();
 * List<Event> events = coder.code(article, analysedSentences);
 * }</pre>
 */
public final class EventCoder {
  private static volatile EventCoder defaults;

  private final EventLexicon lexicon;
  private final StatusFinder statusFinder;
  private final Ontology ontology;

  EventCoder(EventLexicon lexicon, StatusLexicon status, Ontology ontology) {
    this.lexicon = lexicon;
    this.statusFinder = new StatusFinder(status);
    this.ontology = ontology;
  }

  /** The coder with the shipped patterns and ontology. */
  public static EventCoder defaults() {
    EventCoder c = defaults;
    if (c == null) {
      synchronized (EventCoder.class) {
        if (defaults == null) {
          defaults = new EventCoder(
              EventLexicon.load(resource("patterns.txt"), "patterns.txt"),
              StatusLexicon.load(resource("status.txt")),
              Ontology.defaults());
        }
        c = defaults;
      }
    }
    return c;
  }

  private static InputStream resource(String name) {
    InputStream in = EventCoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource org/eventline/event/" + name + " is missing from the jar");
    }
    return in;
  }

  /**
   * True when a sentence may carry an event, so is worth a dependency parse: it has an event
   * word and enough parties for it. A one-sided act ("troops attacked") needs one actor or
   * pronoun; a dyadic act (a request, an accusation) and a noun event ("Qatar's support for
   * Hamas") need two, unless a dyadic word may take its target from an earlier act ("condemned
   * the move"), which one party and an act noun allow.
   */
  public boolean mayCarryEvent(Sentence sentence, List<ActorMention> mentions) {
    int parties = mentions.size();
    boolean actNoun = false;
    for (Token t : sentence.tokens()) {
      if (Antecedents.isPronoun(t) || ArgumentFinder.isWeapon(t)) {
        parties++; // a weapon stands for its unnamed user: "a car bomb killed six"
      }
      actNoun |= t.pos().startsWith("NN") && lexicon.isActNoun(ArgumentFinder.lemma(t));
    }
    if (parties == 0) {
      return false;
    }
    for (Token t : sentence.tokens()) {
      String lemma = ArgumentFinder.lemma(t);
      if (t.pos().startsWith("VB")) {
        for (EventPattern p : lexicon.verbPatterns(lemma)) {
          boolean dyadic = lexicon.needsTarget(entryFor(p).type());
          if (!dyadic || parties >= 2 || actNoun) {
            return true;
          }
        }
      } else if (t.pos().startsWith("NN") && !lexicon.nounPatterns(lemma).isEmpty()
          && (parties >= 2 || actNoun)) {
        return true;
      }
    }
    return false;
  }

  /** Codes the events of one article; sentences without a parse are context only. */
  public List<Event> code(Article article, List<AnalysedSentence> sentences) {
    return new ArticleCoding(this, article, sentences).code();
  }

  EventLexicon lexicon() {
    return lexicon;
  }

  StatusFinder statusFinder() {
    return statusFinder;
  }

  Ontology.Entry entryFor(EventPattern p) {
    Ontology.Entry e = ontology.entry(p.cameo()).orElseThrow(
        () -> new IllegalStateException("patterns.txt: CAMEO code " + p.cameo() + " is not in the ontology"));
    if (p.typeOverride() != null) {
      return new Ontology.Entry(e.cameo(), p.typeOverride(), p.modeOverride(), e.quadClass(), e.goldstein(), e.name());
    }
    return e;
  }
}
