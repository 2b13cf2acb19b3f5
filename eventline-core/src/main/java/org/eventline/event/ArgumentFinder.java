package org.eventline.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventline.actor.Actor;
import org.eventline.actor.ActorKind;
import org.eventline.actor.ActorMention;
import org.eventline.actor.ActorResolver;
import org.eventline.nlp.Dependency;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Token;

/**
 * Finds who does and who undergoes an event word, over an enhanced++ dependency parse.
 *
 * <p>Verbs: the subject is the source ("nsubj", and "nsubj:xsubj" for "managed to seize"), the
 * passive agent too ("were backed by X"); the object or a pattern's preposition names the target,
 * and a passive subject is the target. Nouns: a possessive, an actor adjective or compound, "by"
 * or "from" name the source; the pattern's prepositions name the target; a light verb ("launched
 * an attack") lends its subject. Coordination ("Russia, Iran and Hezbollah") gives one side each.
 */
final class ArgumentFinder {
  private static final Set<String> AGENT_RELATIONS = Set.of("obl:agent", "obl:by", "nmod:agent", "nmod:by");
  private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "nmod:of", "compound", "amod");
  private static final Set<String> SOURCE_OF_NOUN = Set.of("nmod:poss", "amod", "compound", "nmod:by", "nmod:agent");
  private static final Set<EventType> GIVING = Set.of(EventType.SUPPORT, EventType.AID);
  private static final Set<EventType> DISAPPROVING = Set.of(EventType.ACCUSE, EventType.REJECT);
  /** Last tokens of a sentence of running text: a stop, or a closing quote after one. */
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "''", "\"");
  /** Prepositions that say where, not whom ("met with envoys in Qatar"). */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "within", "across");

  private final ArticleCoding article;
  private final int position;
  private final AnalysedSentence sentence;
  private final Parse parse;
  private final EventLexicon lexicon;

  ArgumentFinder(ArticleCoding article, int position, EventLexicon lexicon) {
    this.article = article;
    this.position = position;
    this.sentence = article.sentence(position);
    this.parse = sentence.parse();
    this.lexicon = lexicon;
  }

  // ---- verbs

  Frame verbFrame(int t, EventPattern p) {
    boolean passive = isPassive(t);
    boolean leftInState = isLeftInState(t);
    boolean headlinePassive = (!passive && isHeadlinePassive(t)) || leftInState;
    passive |= headlinePassive;
    List<Side> sources = new ArrayList<>();
    List<Side> targets = new ArrayList<>();
    boolean hasSubject = false;
    for (Dependency d : parse.children(t)) {
      String rel = d.relation();
      if (headlinePassive && rel.equals("nsubj")) {
        hasSubject = true;
        targets.addAll(targetOrEarlierEvent(d.dependent())); // "Mayor stabbed on stage"
      } else if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
        hasSubject = true;
        sources.addAll(actorsAt(d.dependent(), true, null));
      } else if (passive && AGENT_RELATIONS.contains(rel)) {
        sources.addAll(actorsAt(d.dependent(), true, null));
      } else if (rel.equals("nsubj:pass")) {
        targets.addAll(targetOrEarlierEvent(d.dependent()));
      }
    }
    int countedSubject = passive && !headlinePassive ? countedSubject(t) : -1;
    if (countedSubject >= 0) {
      targets.addAll(targetOrEarlierEvent(countedSubject)); // "Around 20 demonstrators were arrested"
    }
    if (sources.isEmpty() && passive) {
      // "was killed in a US counter-terrorism operation": the owner of the act named beside it.
      for (Dependency d : parse.children(t)) {
        if ((d.base().equals("obl")) && lexicon.isActNoun(lemma(parse.token(d.dependent())))) {
          for (Dependency o : parse.children(d.dependent())) {
            if (OWNER_RELATIONS.contains(o.relation()) && sentence.mentionAt(o.dependent()) != null) {
              ActorMention owner = sentence.mentionAt(o.dependent());
              sources.add(new Side(owner, owner.text(), false));
            }
          }
        }
      }
    }
    if (sources.isEmpty()) {
      // "The result was seizing back the town by terrorists": an agent further down the clause.
      for (int agent : agentsBelow(t, 3)) {
        sources.addAll(actorsAt(agent, true, null));
      }
    }
    boolean assault = article.typeOf(p) == EventType.ASSAULT;
    if (sources.isEmpty() && leftInState) {
      for (int s : parse.children(parse.head(t), "nsubj")) {
        sources.addAll(actorsAt(s, true, null));
        if (sources.isEmpty()) {
          addIfAny(sources, armsSide(s, true)); // "Bomb blasts left 34 people injured"
        }
      }
    }
    if (sources.isEmpty() && passive && assault) {
      // "7 soldiers were killed in a clash with PKK militants": the other side of the fighting.
      sources.addAll(fightingPartners(t));
    }
    if (sources.isEmpty() && passive && assault) {
      // "At least 29 people are killed in a bombing of a mosque": an attack whose doer goes unnamed
      // is told by the attack itself, an uncoded source as an unidentified attacker is in GDELT.
      for (Dependency d : parse.children(t)) {
        if (sources.isEmpty() && d.base().equals("obl") && ATTACK_SUFFIXES.contains(d.suffix())
            && ATTACKS.contains(singular(parse.token(d.dependent())))) {
          addIfAny(sources, attackSide(d.dependent()));
        }
      }
    }
    if (sources.isEmpty() && hasSubject && !passive && assault) {
      // "A car bomb kills six people", "three blasts killed four": the weapon stands for its
      // unnamed user, as the attack does above.
      for (int s : parse.children(t, "nsubj")) {
        if (sources.isEmpty()) {
          addIfAny(sources, armsSide(s, false));
        }
      }
    }
    if (sources.isEmpty() && passive) {
      // "Two suspects were arrested", "he was sentenced to life": an arrest is made by the police
      // and a sentence passed by a court, whether or not the text says so.
      Side implied = impliedAgent(t);
      if (implied != null) {
        sources.add(implied);
      }
    }
    if (sources.isEmpty() && !hasSubject && !passive) {
      // A passive with no agent names no doer: "civilians were wounded" says nothing of by whom.
      sources.addAll(inheritedSubject(t, assault));
    }
    String exclude = sources.isEmpty() ? null : sources.get(0).code();
    int object = firstChild(t, "obj");
    if (!p.objectDescribesAct() && object >= 0 && !passive) {
      targets.addAll(targetOrEarlierEvent(object));
    }
    for (int io : parse.children(t, "iobj")) {
      targets.addAll(actorsAt(io, false, exclude));
    }
    // "a gunman shot shoppers at a Walmart store": beside the verb's own object, "at" says where, not
    // whom, unless the pattern aims the act with it ("fires more than 500 drones at Ukraine")
    boolean objectTold = object >= 0 && !passive && !p.objectDescribesAct() && !p.needsPreposition();
    targets.addAll(prepositionalTargets(t, p, exclude, objectTold ? Set.of("at") : Set.of()));
    if (p.objectDescribesAct() && object >= 0) {
      targets.addAll(prepositionalTargets(object, p, exclude)); // "held talks with X"
    }
    if (targets.isEmpty() && p.objectDescribesAct() && object >= 0 && DISAPPROVING.contains(article.typeOf(p))) {
      // "attacked Russia's decision", "attacked the proclamation": a verbal attack on an act is
      // aimed at whoever made it, its owner or else the side of the most recent event.
      targets.addAll(targetOrEarlierEvent(object));
    }
    if (targets.isEmpty() && !article.typeOf(p).symmetric()) {
      // "threatened to attack Israel", "promised to help Iraq": the aim's object is the target.
      for (int x : parse.children(t, "xcomp")) {
        for (int o : parse.children(x, "obj")) {
          targets.addAll(actorsAt(o, false, exclude));
        }
      }
    }
    if (targets.isEmpty() && !lexicon.needsTarget(article.typeOf(p))) {
      // "Bulgarian police arrest the owner of the ship", "the building is hit by an Israeli
      // airstrike": what an act coded anyway is done to is its target, an actor or not.
      int undergoer = passive ? (countedSubject >= 0 ? countedSubject : firstChild(t, "nsubj:pass"))
          : p.objectDescribesAct() ? -1 : object;
      if (undergoer < 0) {
        undergoer = firstTargetPhrase(t, "obl", p); // "launch 270 drones at critical infrastructure"
      }
      if (undergoer < 0 && object >= 0 && p.objectDescribesAct()) {
        undergoer = firstTargetPhrase(object, "nmod", p); // "seize control of al-Rabu'ah"
      }
      Side entity = undergoer < 0 ? null : entityAt(undergoer);
      if (entity != null) {
        targets.add(entity);
      }
    }
    boolean ownObject = (object >= 0 && !p.objectDescribesAct()) || !parse.children(t, "nsubj:pass").isEmpty();
    if (ownObject && targets.isEmpty() && article.typeOf(p).symmetric()) {
      return new Frame(t, p, List.of(), List.of(), false); // "joined by A, B and C" (a coalition): no pairs
    }
    return new Frame(t, p, dedupe(sources), dedupe(targets), false);
  }

  /**
   * A capital that the dictionaries read as its government ("Kabul said") but the tagger as a
   * place: before an attack noun it says where the attack was.
   */
  private boolean isCityNamingWhere(int token) {
    ActorMention m = sentence.mentionAt(token);
    if (m == null || m.actor().kind() != ActorKind.GOVERNMENT) {
      return false;
    }
    for (int i = m.firstToken(); i <= m.lastToken(); i++) {
      if (!parse.token(i).ner().equals("LOCATION")) {
        return false;
      }
    }
    return true;
  }

  /** Does the verb pattern's condition hold at token t? */
  boolean verbMatches(int t, EventPattern p) {
    int head = parse.head(t);
    if (head >= 0 && relationBetween(head, t).equals("amod")) {
      return false; // "a stabbing incident": a participle before a noun describes it, it tells no act
    }
    int object = firstChild(t, "obj");
    String objLemma = object < 0 ? null : lemma(parse.token(object));
    if (!p.objects().isEmpty() && (objLemma == null || !p.objects().contains(objLemma))) {
      return false;
    }
    if (objLemma != null && p.notObjects().contains(objLemma)) {
      return false;
    }
    if (!p.adverbs().isEmpty() && !hasChildLemma(t, "advmod", p.adverbs())) {
      return false;
    }
    if (p.particle() != null && !hasChildLemma(t, "compound", Set.of(p.particle().split("\\|")))) {
      return false;
    }
    if (!p.aims().isEmpty() && !aimedAt(t, p.aims())) {
      return false;
    }
    if (p.needsPreposition()) {
      boolean found = false;
      for (Dependency d : parse.children(t)) {
        if ((d.base().equals("obl") || d.base().equals("nmod")) && p.targetPrepositions().contains(d.suffix())) {
          found = true;
        }
      }
      return found;
    }
    return true;
  }

  /**
   * True when the verb at t, or its object, is aimed ("into the sea", "a missile toward the East
   * Sea") at a word of the set.
   */
  private boolean aimedAt(int t, Set<String> aims) {
    int object = firstChild(t, "obj");
    for (int at : object < 0 ? new int[] {t} : new int[] {t, object}) {
      for (Dependency d : parse.children(at)) {
        if ((d.base().equals("obl") || d.base().equals("nmod")) && EventPattern.AIMING.contains(d.suffix())
            && aims.contains(lemma(parse.token(d.dependent())))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isPassive(int t) {
    for (Dependency d : parse.children(t)) {
      if (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass") || d.relation().equals("obl:agent")) {
        return true;
      }
    }
    // A bare participle with a "by" phrase: "assaults spearheaded by al-Qaeda".
    return parse.token(t).pos().equals("VBN") && !parse.children(t, "obl:by").isEmpty();
  }

  /**
   * "Bomb blasts left 34 people injured": a participle whose subject is what "leave" leaves is a
   * passive, its subject the victim and the subject of "leave" the doer.
   */
  private boolean isLeftInState(int t) {
    int head = parse.head(t);
    return head >= 0 && parse.token(t).pos().equals("VBN") && !parse.children(t, "nsubj").isEmpty()
        && lemma(parse.token(head)).equals("leave") && relationBetween(head, t).matches("dep|xcomp|ccomp");
  }

  /**
   * Headline grammar drops the auxiliary: "Mayor stabbed on stage", "bin Laden's son killed" are
   * passives whose subject is the victim. A bare past participle with a subject, no auxiliary
   * and no object reads so.
   */
  private boolean isHeadlinePassive(int t) {
    if (parse.children(t, "nsubj").isEmpty() || !parse.children(t, "aux").isEmpty()
        || !parse.children(t, "obj").isEmpty() || !parse.children(t, "cop").isEmpty()) {
      return false;
    }
    boolean participle = parse.token(t).pos().equals("VBN");
    if (participle && isHeadline()) {
      return true;
    }
    // "1 US soldier killed, 2 US soldiers and 2 civilians wounded in a convoy attack", "the number of
    // US troops killed in Afghanistan": in running text too, and where the tagger reads the participle
    // as a past tense, a verb of harm that cannot go without its object and has none tells what was
    // done to its subject
    return (participle || parse.token(t).pos().equals("VBD")) && OBJECT_NEEDED.contains(lemma(parse.token(t)))
        && parse.children(t, "iobj").isEmpty() && parse.children(t, "ccomp").isEmpty()
        && parse.children(t, "xcomp").isEmpty() && agentsBelow(t, 1).isEmpty();
  }

  /** Verbs of harm that always take an object: "killed" without one is a participle of what was done. */
  private static final Set<String> OBJECT_NEEDED = Set.of("kill", "wound", "injure", "murder", "behead",
      "assassinate", "massacre", "abduct", "kidnap", "execute", "arrest", "detain");

  /**
   * The title, or a line without a closing stop. In a sentence of running text a bare participle
   * with a subject is more often a past tense the tagger misread ("Protesters called/VBN for his
   * resignation.") than a dropped auxiliary.
   */
  private boolean isHeadline() {
    if (sentence.inTitle()) {
      return true;
    }
    List<Token> tokens = sentence.sentence().tokens();
    return !SENTENCE_ENDS.contains(tokens.get(tokens.size() - 1).word());
  }

  /** Agents ("by X") anywhere in the clause below t, nearest first. */
  private List<Integer> agentsBelow(int t, int depth) {
    List<Integer> out = new ArrayList<>();
    if (depth == 0) {
      return out;
    }
    for (Dependency d : parse.children(t)) {
      if (AGENT_RELATIONS.contains(d.relation())) {
        out.add(d.dependent());
      }
    }
    for (Dependency d : parse.children(t)) {
      String b = d.base();
      if (!b.equals("nsubj") && !b.equals("acl") && !b.equals("advcl") && !b.equals("ccomp") && !b.equals("conj")) {
        out.addAll(agentsBelow(d.dependent(), depth - 1));
      }
    }
    return out;
  }

  /**
   * A verb with no subject of its own ("managed to seize" under a clause the parser broke) takes
   * the subject of the verb it complements, or else the nearest actor on its left that stands
   * outside any prepositional phrase, with its conjuncts.
   */
  private List<Side> inheritedSubject(int t, boolean assault) {
    int node = t;
    for (int hop = 0; hop < 3; hop++) {
      int head = parse.head(node);
      if (head < 0) {
        break;
      }
      String rel = relationBetween(head, node);
      // "Two roadside bombs detonate, injuring six": a participle is done by its clause's subject.
      boolean participle = assault && (rel.startsWith("advcl") || rel.equals("dep")) && parse.token(node).pos().equals("VBG");
      if (!(rel.startsWith("xcomp") || rel.startsWith("conj") || participle)) {
        break;
      }
      if (participle && crashed(head)) {
        return List.of(); // "A Russian aircraft crashed near Moscow, killing 20": no one killed them
      }
      List<Side> found = new ArrayList<>();
      for (int s : parse.children(head, "nsubj")) {
        found.addAll(actorsAt(s, true, null));
        if (found.isEmpty() && assault) {
          addIfAny(found, armsSide(s, false)); // "three blasts killed four and wounded fourteen"
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      node = head;
    }
    if (hasMark(node, "to") && isPurposeOrModifier(node)) {
      return List.of(); // "attacks to capture the city": an aim has no subject of its own
    }
    return nearestFreeActorLeftOf(t);
  }

  /**
   * True when the clause tells of an aircraft or ship that crashed, sank or capsized: its nationality
   * names the state whose craft it was ("A Russian warplane crashed"), no attacker. A ship that collided
   * with another stays its crew's act.
   */
  private boolean crashed(int verb) {
    if (!CRASHES.contains(lemma(parse.token(verb)))) {
      return false;
    }
    for (int s : parse.children(verb, "nsubj")) {
      if (CRAFT.contains(singular(parse.token(s)))) {
        return true;
      }
    }
    return false;
  }

  /** Not "explode": a drone or a boat that exploded was most often the weapon of an attack. */
  private static final Set<String> CRASHES = Set.of("crash", "sink", "capsize");
  private static final Set<String> CRAFT = Set.of("aircraft", "plane", "warplane", "jet", "helicopter", "airliner",
      "ship", "warship", "boat", "submarine", "vessel");

  private boolean isPurposeOrModifier(int node) {
    String rel = relationBetween(parse.head(node), node);
    return rel.startsWith("advcl") || rel.startsWith("acl");
  }

  private List<Side> nearestFreeActorLeftOf(int t) {
    for (int i = sentence.mentions().size() - 1; i >= 0; i--) {
      ActorMention m = sentence.mentions().get(i);
      if (m.lastToken() >= t || insidePhrase(m.headToken())) {
        continue;
      }
      List<Side> out = new ArrayList<>();
      out.add(new Side(m, m.text(), true));
      for (int c : conjuncts(m.headToken())) {
        ActorMention cm = sentence.mentionAt(c);
        if (cm != null && !insidePhrase(cm.headToken())) {
          out.add(new Side(cm, cm.text(), true));
        }
      }
      // The nearest may be a later conjunct: take its first conjunct's family too.
      int head = parse.head(m.headToken());
      if (head >= 0 && relationBetween(head, m.headToken()).startsWith("conj")) {
        ActorMention first = sentence.mentionAt(head);
        if (first != null && !insidePhrase(first.headToken())) {
          out.add(new Side(first, first.text(), true));
        }
      }
      return out;
    }
    return List.of();
  }

  /** True when a token is governed by a preposition or modifies another word (not a clause argument). */
  private boolean insidePhrase(int token) {
    return insidePhrase(token, 3);
  }

  /** As above; an apposition or conjunct is inside the phrase its head is in ("near Bergen, Norway"). */
  private boolean insidePhrase(int token, int depth) {
    if (!parse.children(token, "case").isEmpty()) {
      return true;
    }
    for (Dependency d : parse.heads(token)) {
      String b = d.base();
      if (b.equals("obl") || b.equals("nmod") || b.equals("amod") || b.equals("compound") || b.equals("obj")) {
        return true;
      }
      if (depth > 0 && (b.equals("appos") || b.equals("conj")) && d.governor() >= 0 && insidePhrase(d.governor(), depth - 1)) {
        return true;
      }
    }
    return false;
  }

  // ---- nouns

  /** The frame of a noun event, or null when it names too little to code. */
  Frame nounFrame(int n, EventPattern p, EventType type) {
    List<Side> sources = new ArrayList<>();
    List<Side> targets = new ArrayList<>();
    boolean pairwise = false;
    for (Dependency d : parse.children(n)) {
      String rel = d.relation();
      if (rel.equals("compound") && type == EventType.ASSAULT && isCityNamingWhere(d.dependent())) {
        continue; // "a Kabul car bombing", "the Paris attacks": where, not who
      }
      if (SOURCE_OF_NOUN.contains(rel) || (rel.equals("nmod:from") && GIVING.contains(type))) {
        sources.addAll(actorsAt(d.dependent(), true, null));
      } else if (rel.equals("acl")) {
        for (int agent : agentsBelow(d.dependent(), 1)) {
          sources.addAll(actorsAt(agent, true, null)); // "assaults spearheaded by X"
        }
      }
    }
    String exclude = sources.isEmpty() ? null : sources.get(0).code();
    for (Dependency d : parse.children(n)) {
      if (d.base().equals("nmod") && d.suffix().equals("between")) {
        targets.addAll(actorsAt(d.dependent(), false, null));
        pairwise = true;
      }
    }
    targets.addAll(prepositionalTargets(n, p, exclude));
    boolean light = false;
    int head = parse.head(n);
    if (head >= 0 && relationBetween(head, n).equals("obj") && codedByVerb(head)) {
      return null; // "held discussions": the verb's pattern codes this event already
    }
    if (head >= 0 && relationBetween(head, n).equals("obj") && lexicon.isLightVerb(lemma(parse.token(head)))) {
      light = true;
      if (sources.isEmpty()) {
        for (int s : parse.children(head, "nsubj")) {
          sources.addAll(actorsAt(s, true, null));
        }
      }
      exclude = sources.isEmpty() ? null : sources.get(0).code();
      for (int io : parse.children(head, "iobj")) {
        targets.addAll(actorsAt(io, false, exclude));
      }
      targets.addAll(prepositionalTargets(head, p, exclude));
    }
    // "with a backing from Turkey, the Front took the city", "despite criticism by Greece, Ankara
    // went on": a dyadic act in a phrase of a clause is aimed at that clause's subject.
    String attachment = head >= 0 ? relationBetween(head, n) : "";
    if (!sources.isEmpty() && targets.isEmpty() && lexicon.needsTarget(type)
        && (attachment.startsWith("obl:") || attachment.startsWith("nmod:"))) {
      List<Side> aimedAt = new ArrayList<>();
      for (int subject : parse.children(head, "nsubj")) {
        aimedAt.addAll(actorsAt(subject, false, exclude));
      }
      for (Side s : aimedAt.isEmpty() ? nearestFreeActorLeftOf(n) : aimedAt) {
        if (!s.code().equals(exclude)) {
          targets.add(s);
        }
      }
    }
    if (!sources.isEmpty() && targets.isEmpty() && !light && !lexicon.needsTarget(type)) {
      // "an Israeli airstrike on a car", "Russia's shelling of the hospital": what the act is
      // aimed at is its target, an actor or not (not where it happened: "an attack in Kabul").
      for (Dependency d : parse.children(n)) {
        if (targets.isEmpty() && d.base().equals("nmod") && p.targetPrepositions().contains(d.suffix())
            && !LOCATIVE.contains(d.suffix())) {
          Side entity = entityAt(d.dependent());
          if (entity != null) {
            targets.add(entity);
          }
        }
      }
    }
    if (pairwise && sources.isEmpty() && targets.size() >= 2) {
      return new Frame(n, p, dedupe(targets), List.of(), true);
    }
    if (sources.isEmpty() || (targets.isEmpty() && !light)) {
      return null;
    }
    return new Frame(n, p, dedupe(sources), dedupe(targets), false);
  }

  private boolean codedByVerb(int verb) {
    if (!parse.token(verb).pos().startsWith("VB")) {
      return false;
    }
    for (EventPattern vp : lexicon.verbPatterns(lemma(parse.token(verb)))) {
      if (vp.objectDescribesAct() && verbMatches(verb, vp)) {
        return true;
      }
    }
    return false;
  }

  boolean nounMatches(int n, EventPattern p) {
    if (!p.needsPreposition()) {
      return true;
    }
    for (Dependency d : parse.children(n)) {
      if (d.base().equals("nmod") && p.targetPrepositions().contains(d.suffix())) {
        return true;
      }
    }
    return false;
  }

  // ---- shared

  /**
   * Targets named by the pattern's prepositions ("met with X"), and for {@code to=ccomp} the
   * subject of the clause the verb introduces ("alleged that Mahan had carried weapons").
   */
  private List<Side> prepositionalTargets(int t, EventPattern p, String exclude) {
    return prepositionalTargets(t, p, exclude, Set.of());
  }

  /** As {@link #prepositionalTargets(int, EventPattern, String)}, passing over the prepositions {@code wheres}. */
  private List<Side> prepositionalTargets(int t, EventPattern p, String exclude, Set<String> wheres) {
    List<Side> out = new ArrayList<>();
    for (Dependency d : parse.children(t)) {
      if ((d.base().equals("obl") || d.base().equals("nmod")) && p.targetPrepositions().contains(d.suffix())
          && !wheres.contains(d.suffix())) {
        List<Side> found = actorsAt(d.dependent(), false, exclude);
        if (found.isEmpty()) {
          // "restrictions on flights to Cuba": the target is one phrase further down.
          for (Dependency inner : parse.children(d.dependent())) {
            if (inner.base().equals("nmod") && !inner.suffix().equals("poss") && !LOCATIVE.contains(inner.suffix())) {
              found.addAll(actorsAt(inner.dependent(), false, exclude));
            }
          }
        }
        out.addAll(found);
      } else if (d.base().equals("ccomp") && p.targetPrepositions().contains("ccomp")) {
        for (int subject : parse.children(d.dependent(), "nsubj")) {
          out.addAll(actorsAt(subject, false, exclude));
        }
      }
    }
    return out;
  }

  /**
   * The actors a token stands for: a mention covering it, a pronoun's antecedent, or an actor
   * owning it ("the terrorists' positions", "fighters of ISIS"), each with its conjuncts.
   */
  List<Side> actorsAt(int token, boolean subject, String exclude) {
    List<Side> out = new ArrayList<>();
    addActors(token, subject, exclude, out);
    for (int c : conjuncts(token)) {
      addActors(c, subject, exclude, out);
    }
    return out;
  }

  private void addActors(int token, boolean subject, String exclude, List<Side> out) {
    ActorMention m = sentence.mentionAt(token);
    if (m != null) {
      out.add(new Side(ownedByPronoun(m, token, exclude), m.text(), false));
      return;
    }
    Token t = parse.token(token);
    if (Antecedents.isPronoun(t)) {
      ActorMention a = article.antecedents().resolve(position, t, subject, exclude);
      if (a != null) {
        out.add(new Side(a, a.text(), true));
      }
      return;
    }
    boolean act = lexicon.isActNoun(lemma(t));
    for (Dependency d : parse.children(token)) {
      if (act && d.relation().equals("compound") && isCityNamingWhere(d.dependent())) {
        continue; // "a Kabul car bombing killed five": where, not whose
      }
      // An act's owner may also be its agent: "the proclamation ... by President Trump".
      if (OWNER_RELATIONS.contains(d.relation()) || (act && AGENT_RELATIONS.contains(d.relation()))) {
        ActorMention owner = sentence.mentionAt(d.dependent());
        if (owner == null && act && d.relation().equals("compound")) {
          owner = ownerOfCompound(d.dependent()); // "Russian drone strikes": the drones' owner strikes
        }
        if (owner != null) {
          out.add(new Side(owner, owner.text(), false));
        } else if (d.relation().equals("nmod:poss") && Antecedents.isPronoun(parse.token(d.dependent()))) {
          ActorMention a = article.antecedents().resolve(position, parse.token(d.dependent()), subject, exclude);
          if (a != null) {
            out.add(new Side(a, a.text(), true));
          }
        }
      }
    }
  }

  /**
   * A role of no known country ("forces", "police") that a possessive pronoun gives to a state's
   * actor: "Russia says its forces have captured Pokrovsk" is RUSMIL; the mention as it is otherwise.
   */
  private ActorMention ownedByPronoun(ActorMention m, int token, String exclude) {
    Actor role = m.actor();
    if (role.country() != null || !role.code().startsWith(ActorResolver.UNKNOWN_COUNTRY) || role.code().length() < 6) {
      return m;
    }
    for (int owner : parse.children(token, "nmod:poss")) {
      Token pronoun = parse.token(owner);
      ActorMention a = Antecedents.isPronoun(pronoun) ? article.antecedents().resolve(position, pronoun, false, exclude) : null;
      String country = a == null ? null : a.actor().country();
      if (country != null && a.actor().code().startsWith(country)) {
        Actor owned = new Actor(country + role.code().substring(3), role.name(), country, role.kind());
        return new ActorMention(m.text(), owned, m.firstToken(), m.lastToken(), m.headToken(), m.start(), m.end());
      }
    }
    return m;
  }

  /**
   * A target that is itself an earlier event ("the fresh advances were backed by Riyadh"):
   * the side that carried out the most recent violent event in this or the two sentences before.
   */
  private List<Side> targetOrEarlierEvent(int token) {
    List<Side> direct = actorsAt(token, false, null);
    if (!direct.isEmpty()) {
      return direct;
    }
    if (!lexicon.isActNoun(lemma(parse.token(token)))) {
      return List.of();
    }
    List<Side> out = new ArrayList<>();
    for (Side s : article.sourcesOfRecentEvent(position, EnumSet.allOf(EventType.class))) {
      out.add(new Side(s.mention(), s.text(), true));
    }
    return out;
  }

  /** Words that open a count as a preposition would: "around 20 demonstrators", "over 100 people". */
  private static final Set<String> COUNT_OPENERS = Set.of("around", "about", "over", "some", "nearly", "almost",
      "approximately", "roughly", "under");

  /**
   * The subject of a passive verb that the parser took for a phrase of its own because a word of
   * estimate opens it ("Around/IN 20 demonstrators were arrested": obl:around): a counted noun before
   * the verb, when the verb has no passive subject; else -1.
   */
  private int countedSubject(int verb) {
    if (!parse.children(verb, "nsubj").isEmpty()) {
      return -1;
    }
    for (Dependency d : parse.children(verb)) {
      int noun = d.dependent();
      if (d.base().equals("obl") && noun < verb && COUNT_OPENERS.contains(d.suffix())
          && !parse.children(noun, "nummod").isEmpty()) {
        return noun;
      }
    }
    return -1;
  }

  /**
   * A side for a noun phrase that names no actor ("the owner", "three brothers", "the largest
   * bridge"): its words from the first modifier to the head, without the article, uncoded. Null for
   * a pronoun, a number or a word that is no noun.
   */
  private Side entityAt(int token) {
    Token head = parse.token(token);
    // "a Belarusian national": an adjective the tagger left as the head of a noun phrase is its noun
    boolean nominalAdjective = head.pos().startsWith("JJ") && !parse.children(token, "det").isEmpty();
    if (!head.pos().startsWith("NN") && !nominalAdjective || Antecedents.isPronoun(head)) {
      return null;
    }
    int first = leftmostModifier(token);
    String text = sentence.sentence().span(first, token);
    Actor entity = new Actor(UNCODED, text, null, ActorKind.OTHER);
    return new Side(new ActorMention(text, entity, first, token, token, parse.token(first).begin(), head.end()), text, false);
  }

  /**
   * An attack or weapon phrase as a source: the actor named inside it ("in a Russian drone attack":
   * Russia), else the phrase itself, uncoded and inferred; null when it is no noun.
   */
  private Side attackSide(int token) {
    Side attack = entityAt(token);
    if (attack == null) {
      return null;
    }
    for (int acl : parse.children(token, "acl")) {
      for (int agent : agentsBelow(acl, 1)) {
        ActorMention by = sentence.mentionAt(agent);
        if (by != null) {
          return new Side(by, by.text(), false); // "an airstrike carried out by the RSF"
        }
      }
    }
    ActorMention named = mentionWithin(attack.mention());
    if (named != null && isCityNamingWhere(named.headToken())) {
      named = null; // "a Kabul car bombing": where, not who
    }
    return named != null ? new Side(named, named.text(), false) : new Side(attack.mention(), attack.text(), true);
  }

  /**
   * A subject that stands for its unnamed user, as {@link #attackSide}: a weapon ("a car bomb"),
   * or with {@code attacksToo} an attack ("a raid"); null for any other word.
   */
  private Side armsSide(int subject, boolean attacksToo) {
    Token t = parse.token(subject);
    return isWeapon(t) || (attacksToo && ATTACKS.contains(singular(t))) ? attackSide(subject) : null;
  }

  private static void addIfAny(List<Side> sides, Side side) {
    if (side != null) {
      sides.add(side);
    }
  }

  /**
   * The other side of a fight a passive casualty verb names: "killed in a clash with PKK
   * militants", "killed during clashes with Houthi fighters", "wounded in fighting with the army".
   */
  private List<Side> fightingPartners(int t) {
    List<Side> out = new ArrayList<>();
    for (Dependency d : parse.children(t)) {
      if (d.base().equals("obl") && FIGHTS.contains(singular(parse.token(d.dependent())))) {
        for (Dependency w : parse.children(d.dependent())) {
          if (w.base().equals("nmod") && w.suffix().equals("with")) {
            out.addAll(actorsAt(w.dependent(), true, null));
          }
        }
      }
    }
    return out;
  }

  /** True for a noun naming a weapon that may stand for its unnamed user ("bomb", "blasts"). */
  static boolean isWeapon(Token t) {
    return t.pos().startsWith("NN") && WEAPONS.contains(singular(t));
  }

  /**
   * A noun's lemma in the singular: the tagger takes a plural it does not know for a singular
   * ("airstrikes/NN", "drones/NN") and the lemma then keeps its "s".
   */
  private static String singular(Token t) {
    String lemma = lemma(t);
    return t.pos().equals("NN") && lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss")
        ? lemma.substring(0, lemma.length() - 1) : lemma;
  }

  /** The actor an adjective or compound names before a compound noun ("Russian" of "Russian drone"), or null. */
  private ActorMention ownerOfCompound(int compound) {
    for (Dependency d : parse.children(compound)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound")) && sentence.mentionAt(d.dependent()) != null) {
        return sentence.mentionAt(d.dependent());
      }
    }
    return null;
  }

  /** The actor named among a phrase's words ("Russian" of "a Russian drone attack"), or null. */
  private ActorMention mentionWithin(ActorMention phrase) {
    for (int i = phrase.firstToken(); i <= phrase.lastToken(); i++) {
      ActorMention m = sentence.mentionAt(i);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** The first word of the modifiers before a noun, theirs included ("the al-Ruya Tower high-rise building"). */
  private int leftmostModifier(int token) {
    int first = token;
    for (Dependency d : parse.children(token)) {
      String rel = d.base();
      if ((rel.equals("compound") || rel.equals("amod") || rel.equals("nummod")) && d.dependent() < token) {
        first = Math.min(first, leftmostModifier(d.dependent()));
      }
    }
    return first;
  }

  /** Attacks that tell of their unnamed doer: "killed in a bombing", "wounded by an airstrike". */
  private static final Set<String> ATTACKS = Set.of("attack", "bombing", "airstrike", "strike", "shelling", "shooting",
      "ambush", "raid", "bombardment", "stabbing", "massacre", "assault", "blast", "explosion", "bomb");
  /** Weapons that, as the subject of a casualty verb, tell of their unnamed user: "a car bomb killed six". */
  private static final Set<String> WEAPONS = Set.of("bomb", "blast", "explosion", "explosive", "device", "ied",
      "missile", "rocket", "shell", "mortar", "grenade", "landmine", "mine", "drone", "airstrike", "strike", "attack",
      "bombing", "shelling", "gunfire", "bullet");
  /** Fighting between two sides, whose other side a casualty verb names by "with". */
  private static final Set<String> FIGHTS = Set.of("clash", "fighting", "battle", "firefight", "gunfight", "shootout",
      "skirmish", "confrontation", "exchange", "encounter");
  private static final Set<String> ATTACK_SUFFIXES = Set.of("in", "by", "during", "after");

  /** The code of a side that names no actor; the event's participant shows it as no code at all. */
  static final String UNCODED = "---";

  private List<Integer> conjuncts(int token) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : parse.children(token)) {
      if (d.base().equals("conj")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The first child of {@code head} by {@code base} ("obl", "nmod") through one of the pattern's target prepositions, or -1. */
  private int firstTargetPhrase(int head, String base, EventPattern p) {
    for (Dependency d : parse.children(head)) {
      if (d.base().equals(base) && p.targetPrepositions().contains(d.suffix())) {
        return d.dependent();
      }
    }
    return -1;
  }

  private int firstChild(int t, String relation) {
    List<Integer> c = parse.children(t, relation);
    return c.isEmpty() ? -1 : c.get(0);
  }

  private boolean hasChildLemma(int t, String relation, Set<String> lemmas) {
    for (int c : parse.children(t, relation)) {
      if (lemmas.contains(lemma(parse.token(c)))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasMark(int t, String word) {
    return hasChildLemma(t, "mark", Set.of(word));
  }

  private String relationBetween(int head, int dependent) {
    Dependency d = parse.between(head, dependent);
    return d == null ? "" : d.relation();
  }

  private static List<Side> dedupe(List<Side> sides) {
    Map<String, Side> byCode = new LinkedHashMap<>();
    for (Side s : sides) {
      byCode.merge(s.identity(), s, (a, b) -> a.inferred() && !b.inferred() ? b : a);
    }
    return new ArrayList<>(byCode.values());
  }

  private static final Actor POLICE = new Actor("---COP", "police", null, ActorKind.GOVERNMENT);
  private static final Actor COURT = new Actor("---JUD", "court", null, ActorKind.GOVERNMENT);
  /** Who does what a verb of arrest or sentence says, when the text does not: police, a court. */
  private static final Map<String, Actor> IMPLIED_AGENTS = Map.of(
      "arrest", POLICE, "detain", POLICE, "sentence", COURT, "convict", COURT, "jail", COURT, "imprison", COURT);

  /** The implied doer of an agentless passive of arrest or sentence, as an inferred side at the verb; else null. */
  private Side impliedAgent(int t) {
    Token verb = parse.token(t);
    Actor actor = IMPLIED_AGENTS.get(lemma(verb));
    if (actor == null) {
      return null;
    }
    ActorMention m = new ActorMention(actor.name(), actor, t, t, t, verb.begin(), verb.end());
    return new Side(m, actor.name(), true);
  }

  static String lemma(Token t) {
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }
}
