package org.eventline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventline.actor.ActorKind;
import org.eventline.actor.ActorMention;
import org.eventline.article.Article;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Token;

/** The coding of one article, sentence by sentence; holds what later sentences refer back to. */
final class ArticleCoding {
  private final EventCoder coder;
  private final Article article;
  private final List<AnalysedSentence> sentences;
  private final Antecedents antecedents;
  private final LocalDate articleDate;
  /** Events coded so far, with their sides, so "the advances" can point back to an attack. */
  private final List<CodedEvent> coded = new ArrayList<>();

  private record CodedEvent(int position, EventType type, List<Side> sources) {}

  ArticleCoding(EventCoder coder, Article article, List<AnalysedSentence> sentences) {
    this.coder = coder;
    this.article = article;
    this.sentences = sentences;
    this.antecedents = new Antecedents(sentences);
    this.articleDate = article.publishedDay();
  }

  AnalysedSentence sentence(int position) {
    return sentences.get(position);
  }

  Antecedents antecedents() {
    return antecedents;
  }

  EventType typeOf(EventPattern p) {
    return coder.entryFor(p).type();
  }

  List<Side> sourcesOfRecentEvent(int position, Set<EventType> types) {
    for (int i = coded.size() - 1; i >= 0; i--) {
      CodedEvent e = coded.get(i);
      if (position - e.position() > 2) {
        break;
      }
      if (types.contains(e.type()) && !e.sources().isEmpty()) {
        return e.sources();
      }
    }
    return List.of();
  }

  List<Event> code() {
    List<Event> events = new ArrayList<>();
    for (int pos = 0; pos < sentences.size(); pos++) {
      AnalysedSentence s = sentences.get(pos);
      if (s.parse() != null && !isLabel(s)) {
        codeSentence(pos, s, events);
      }
    }
    return claimed(events);
  }

  /**
   * "A suicide bombing near the Swat Valley killed 41 people. The Pakistani Taliban claimed
   * responsibility.": an attack told only by itself (an uncoded source, the bombing) is the armed
   * group's that claims it in the same sentence or one of the next {@link #CLAIM_REACH} of its
   * paragraph, as a coder reads them.
   */
  private List<Event> claimed(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      ActorMention claimant = e.type() == EventType.ASSAULT && e.source().code() == null
          ? claimantAfter(e.sentence().index()) : null;
      out.add(claimant == null ? e : e.withSource(Participant.of(claimant)));
    }
    return out;
  }

  private static final int CLAIM_REACH = 2;

  private ActorMention claimantAfter(int position) {
    for (int p = position; p <= position + CLAIM_REACH && p < sentences.size(); p++) {
      if (p > position && !sameParagraph(p - 1, p)) {
        return null;
      }
      ActorMention claimant = claimantIn(sentences.get(p));
      if (claimant != null) {
        return claimant;
      }
    }
    return null;
  }

  /** True when two body sentences next to each other have no line break between them. */
  private boolean sameParagraph(int a, int b) {
    AnalysedSentence first = sentences.get(a);
    AnalysedSentence second = sentences.get(b);
    String body = article.body();
    int from = first.sentence().end();
    int to = second.sentence().begin();
    return !first.inTitle() && !second.inTitle() && body != null && from <= to && to <= body.length()
        && body.substring(from, to).indexOf('\n') < 0;
  }

  /**
   * The armed group a sentence says claimed responsibility ("The Pakistani Taliban claimed
   * responsibility", "the attack was claimed by Al-Shabaab"), else null; not when it says the group
   * did not, or that no group did.
   */
  private static ActorMention claimantIn(AnalysedSentence s) {
    Parse parse = s.parse();
    if (parse == null) {
      return null;
    }
    for (Token t : s.sentence().tokens()) {
      int i = t.index();
      if (!t.pos().startsWith("VB") || !t.lemma().equalsIgnoreCase("claim") || negated(parse, i)) {
        continue;
      }
      boolean responsibility = parse.children(i, "obj").stream()
          .anyMatch(o -> parse.token(o).lemma().equalsIgnoreCase("responsibility"));
      boolean passive = !parse.children(i, "aux:pass").isEmpty();
      List<Integer> claimers = responsibility ? parse.children(i, "nsubj")
          : passive ? parse.children(i, "obl:agent") : List.of();
      for (int c : claimers) {
        ActorMention m = s.mentionAt(c);
        if (m != null && m.actor().kind() == ActorKind.ARMED_GROUP && m.actor().code() != null
            && parse.children(c, "det").stream().noneMatch(d -> parse.token(d).word().equalsIgnoreCase("no"))) {
          return m;
        }
      }
    }
    return null;
  }

  private static final Set<String> NOT = Set.of("not", "n't", "never");

  private static boolean negated(Parse parse, int verb) {
    return parse.children(verb, "advmod").stream()
        .anyMatch(a -> NOT.contains(parse.token(a).word().toLowerCase(Locale.ROOT)));
  }

  /**
   * True for a line of the body with no finite verb and no closing stop: a section heading or a
   * story label ("Russian invasion of Ukraine", "Israeli bombing of the Gaza Strip") names a topic,
   * not an act of the day. The title is coded: a headline tells the story.
   */
  private static boolean isLabel(AnalysedSentence s) {
    if (s.inTitle()) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    if (LABEL_ENDS.contains(tokens.get(tokens.size() - 1).word())) {
      return false;
    }
    return tokens.stream().noneMatch(t -> FINITE.contains(t.pos()));
  }

  private static final Set<String> LABEL_ENDS = Set.of(".", "!", "?", "''", "\"", ":");
  private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP", "MD");

  private void codeSentence(int pos, AnalysedSentence s, List<Event> events) {
    Parse parse = s.parse();
    ArgumentFinder finder = new ArgumentFinder(this, pos, coder.lexicon());
    LocalDate date = EventDates.dateOf(s.sentence().tokens(), articleDate);
    // "the attack killed five and wounded 110": one act told by two verbs is one event.
    Set<String> told = new HashSet<>();
    List<Event> sentenceEvents = new ArrayList<>();
    for (Token t : s.sentence().tokens()) {
      String lemma = ArgumentFinder.lemma(t);
      Frame frame = null;
      if (t.pos().startsWith("VB")) {
        for (EventPattern p : coder.lexicon().verbPatterns(lemma)) {
          if (finder.verbMatches(t.index(), p)) {
            frame = finder.verbFrame(t.index(), p);
            break;
          }
        }
      } else if (t.pos().startsWith("NN")) {
        for (EventPattern p : coder.lexicon().nounPatterns(lemma)) {
          if (finder.nounMatches(t.index(), p)) {
            frame = finder.nounFrame(t.index(), p, typeOf(p));
            break;
          }
        }
      }
      if (frame != null && !frame.sources().isEmpty()) {
        EventStatus status = coder.statusFinder().statusOf(parse, t.index());
        List<Event> made = events(frame, s, status, date).stream().filter(e -> told.add(sameAct(e))).toList();
        sentenceEvents.addAll(made);
        if (!made.isEmpty()) {
          coded.add(new CodedEvent(pos, typeOf(frame.pattern()), frame.sources()));
        }
      }
    }
    // "Taliban fighters attacked and killed Afghan soldiers": the verb that lost its object in the
    // parse tells the same act as the one that kept it.
    Set<String> withTarget = new HashSet<>();
    for (Event e : sentenceEvents) {
      if (e.target() != null) {
        withTarget.add(sameAct(e.type(), e.status(), e.source(), null));
      }
    }
    for (Event e : sentenceEvents) {
      if (e.target() != null || !withTarget.contains(sameAct(e))) {
        events.add(e);
      }
    }
  }

  private List<Event> events(Frame f, AnalysedSentence s, EventStatus status, LocalDate date) {
    Ontology.Entry entry = coder.entryFor(f.pattern());
    EventType type = entry.type();
    List<Side[]> pairs = new ArrayList<>();
    // "The Congo and the M23 rebels sign a framework agreement": a cooperative act its object names,
    // done together by parties named side by side, is between them, as a symmetric act is.
    boolean jointly = f.targets().isEmpty() && f.sources().size() >= 2 && f.pattern().objectDescribesAct()
        && entry.quadClass() <= 2;
    // "Protesters and police clash": a mutual act between parties named together is each one's on
    // the other. A symmetric type is scored both ways already, so it needs one event a pair.
    boolean mutual = !type.symmetric() && coder.lexicon().isMutual(f.pattern().lemma())
        && (f.pairwise() || (f.targets().isEmpty() && f.sources().size() >= 2));
    if (f.pairwise() || (type.symmetric() && f.targets().isEmpty()) || jointly || mutual) {
      // "Iran, Russia and Syria held talks": one event for each pair of parties.
      List<Side> parties = f.sources();
      for (int i = 0; i < parties.size(); i++) {
        for (int j = i + 1; j < parties.size(); j++) {
          pairs.add(new Side[] {parties.get(i), parties.get(j)});
          if (mutual) {
            pairs.add(new Side[] {parties.get(j), parties.get(i)});
          }
        }
      }
    } else if (f.targets().isEmpty()) {
      if (coder.lexicon().needsTarget(type)) {
        return List.of();
      }
      for (Side src : f.sources()) {
        pairs.add(new Side[] {src, null});
      }
    } else {
      for (Side src : f.sources()) {
        for (Side tgt : f.targets()) {
          pairs.add(new Side[] {src, tgt});
        }
      }
    }
    List<Event> out = new ArrayList<>();
    for (Side[] pair : pairs) {
      Side src = pair[0];
      Side tgt = pair[1];
      if (tgt != null && tgt.identity().equals(src.identity())) {
        continue; // an actor acting on itself is a parse error more often than news
      }
      double confidence = confidence(f, src, tgt, status);
      var sentence = s.sentence();
      SentenceRef ref = s.inTitle()
          ? new SentenceRef(s.index(), sentence.text(), -1, -1, f.trigger())
          : new SentenceRef(s.index(), sentence.text(), sentence.begin(), sentence.end(), f.trigger());
      String id = id(s.index(), f.trigger(), type, src.identity(), tgt == null ? "" : tgt.identity());
      out.add(new Event(id, article.id(), date == null ? null : date.toString(), type,
          f.pattern().modeOverride() != null ? f.pattern().modeOverride() : entry.mode(),
          entry.cameo(), entry.quadClass(), entry.goldstein(), status,
          participant(src), tgt == null ? null : participant(tgt), null, ref, confidence));
    }
    return out;
  }

  /** What one act of a sentence is told by: its type, status and sides. */
  private static String sameAct(Event e) {
    return sameAct(e.type(), e.status(), e.source(), e.target());
  }

  private static String sameAct(EventType type, EventStatus status, Participant source, Participant target) {
    return type + "|" + status + "|" + side(source) + "|" + (target == null ? "" : side(target));
  }

  private static String side(Participant p) {
    return p.code() + "|" + p.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Participant participant(Side side) {
    var a = side.mention().actor();
    String code = a.code().equals(ArgumentFinder.UNCODED) ? null : a.code();
    return new Participant(side.text(), a.name(), code, a.country(), a.kind().label());
  }

  private static double confidence(Frame f, Side src, Side tgt, EventStatus status) {
    double c = 0.55;
    c += src.inferred() ? -0.1 : 0.15;
    if (tgt != null) {
      c += tgt.inferred() ? -0.05 : 0.1;
    }
    if (f.pattern().objectDescribesAct() || f.pattern().needsPreposition()) {
      c += 0.05;
    }
    if (f.pattern().noun()) {
      c -= 0.05;
    }
    return Math.max(0.1, Math.min(0.95, c));
  }

  private String id(int sentence, int trigger, EventType type, String src, String tgt) {
    return Event.idOf(article.id() + "|" + sentence + "|" + trigger + "|" + type + "|" + src + "|" + tgt);
  }
}
