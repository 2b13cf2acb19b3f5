package org.eventline.geo;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventline.event.AnalysedSentence;
import org.eventline.nlp.Dependency;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Token;

/**
 * The clauses of a sentence that each tell of an act of their own, as the dependency parse joins
 * them: "Two farmers are killed in a wildfire in Catalonia, while three people die in Sardinia, and a
 * tourist dies in Paris" tells of three deaths in three places, "A Ukrainian is detained in Poland
 * and two others are arrested in Romania" of two arrests. A clause here is headed by a verb
 * coordinated with another verb ("and two others are arrested"), one a contrasting "while" or
 * "whereas" attaches, one set beside the main clause (parataxis), or a finite verb the parser left
 * hanging from another (dep); every other token belongs to the clause of its nearest such head, else
 * to the main clause. Relative clauses, complements and "after" clauses stay in the clause they
 * qualify: they say more of the same act. An incident a sentence names as the reason for its act
 * ("sentences him to life for the stabbing in Mannheim", "protests over the killing in Minneapolis")
 * is an act of its own too, with its own place.
 */
final class Clauses {
  /** Words that open a clause of another act at the same time: "..., while three people die in Sardinia". */
  private static final Set<String> CONTRASTS = Set.of("while", "whereas", "whilst");

  private static final Set<String> FINITE = Set.of("VBD", "VBP", "VBZ");
  /** Relations that attach a clause, not a noun phrase. */
  private static final Set<String> CLAUSAL = Set.of("conj", "advcl", "ccomp", "xcomp", "parataxis", "dep", "acl", "csubj");

  private final int[] clause;
  /** Per token: true when it heads the clause of an incident ({@link #reasonIncident}). */
  private final boolean[] incident;

  private Clauses(int[] clause, boolean[] incident) {
    this.clause = clause;
    this.incident = incident;
  }

  /** The clauses of the sentence; one clause (the whole sentence) when it has no parse. */
  static Clauses of(AnalysedSentence s) {
    int n = s.sentence().tokens().size();
    int[] clause = new int[n];
    Parse parse = s.parse();
    boolean[] incident = new boolean[n];
    if (parse == null) {
      return new Clauses(clause, incident);
    }
    boolean[] head = new boolean[n];
    for (int i = 0; i < n; i++) {
      incident[i] = reasonIncident(parse, i);
      head[i] = incident[i] || headsClause(parse, i);
    }
    for (int i = 0; i < n; i++) {
      int j = i;
      // the nearest clause head above the token, counting the token itself; the depth guard keeps a
      // malformed parse with a cycle from looping
      for (int depth = 0; j >= 0 && !head[j] && depth < n; depth++) {
        j = parse.head(j);
      }
      clause[i] = j >= 0 && head[j] ? j + 1 : 0;
    }
    return new Clauses(clause, incident);
  }

  /** True when clause {@code c} is an incident another act answers or is for ("protest the arrest", "for the stabbing"). */
  boolean incident(int c) {
    return c > 0 && incident[c - 1];
  }

  private static boolean headsClause(Parse parse, int i) {
    if (subjectOfDanglingVerb(parse, i)) {
      return true;
    }
    if (!verb(parse.token(i))) {
      return false;
    }
    for (Dependency d : parse.heads(i)) {
      if (d.governor() < 0) {
        continue;
      }
      switch (d.base()) {
        case "conj":
          // coordinated with the verb of a clause, not with a verbal noun ("Recent Tehran meeting and
          // Iran's moves ... resulted", where the tagger took "meeting" and "moves" for verbs)
          if ((verb(parse.token(d.governor())) || !parse.children(d.governor(), "cop").isEmpty()) && clausal(parse, d.governor())) {
            // a predicate with "is" heads a clause as a verb does: "Son is already in prison in South
            // Korea, but the United States Department of Justice accused him"
            return true;
          }
          break;
        case "parataxis":
          return true;
        case "dep":
          // a finite verb the parser could not attach to another finite verb ("..., while three people
          // die in Sardinia, and a tourist dies in Paris": "dies" as a dep of "die") heads a clause all
          // the same; one hanging from an infinitive is more likely the main verb the parser missed
          // ("Iran's moves to re-strengthen the forces resulted in ...")
          if (FINITE.contains(parse.token(d.governor()).pos()) && FINITE.contains(parse.token(i).pos())) {
            return true;
          }
          break;
        case "advcl":
          for (int mark : parse.children(i, "mark")) {
            if (CONTRASTS.contains(parse.token(mark).word().toLowerCase(Locale.ROOT))) {
              return true;
            }
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  /**
   * True when token {@code i} is a noun the parser joined to an earlier noun ("conj") though a finite
   * verb of its own hangs from it ("dep"): "a truck plunges into a canal in Sargodha, and a passenger
   * bus overturns on a highway in Balochistan", where "bus" is parsed as another place the truck
   * plunged "in" and "overturns" hangs from it. The noun and what hangs from it are the clause.
   */
  private static boolean subjectOfDanglingVerb(Parse parse, int i) {
    if (!parse.token(i).isNoun() || parse.token(i).isProperNoun()
        || parse.heads(i).stream().noneMatch(d -> d.base().equals("conj"))) {
      return false;
    }
    for (int v : parse.children(i, "dep")) {
      if (v > i && FINITE.contains(parse.token(v).pos())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token {@code i} is a noun of an incident that "for" or "over" makes the reason of
   * another act; the incident word may hang from the noun ("the mass/NN stabbing/VBG", which the
   * parser splits).
   */
  private static boolean reasonIncident(Parse parse, int i) {
    Token t = parse.token(i);
    if (!t.pos().startsWith("NN") || parse.head(i) < 0) {
      return false;
    }
    boolean incident = SentenceContext.namesIncident(t.lemma());
    for (Dependency d : parse.children(i)) {
      incident |= DESCRIBING.contains(d.base()) && SentenceContext.namesIncident(parse.token(d.dependent()).lemma());
    }
    if (!incident) {
      return false;
    }
    int head = parse.head(i);
    Token governor = parse.token(head);
    if (verb(governor) && reacts(governor)
        && parse.heads(i).stream().anyMatch(d -> d.governor() == head && d.base().equals("obj"))) {
      // the incident a protest or a condemnation is about: "to protest the arrest of seven Iranian
      // nationals in London", "the march was held to protest the shooting deaths of Alton Sterling in Louisiana"
      return true;
    }
    for (int c : parse.children(i, "case")) {
      if (SentenceContext.REASONS.contains(parse.token(c).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Relations of a word that says what the noun is ("mass stabbing", "knife attack"). */
  private static final Set<String> DESCRIBING = Set.of("acl", "compound", "amod");

  /** True when the verb answers an incident told as its object ({@link #REACTIONS}). */
  static boolean reacts(Token verb) {
    return REACTIONS.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /** Verbs that answer an incident told as their object: "protests the arrest", "condemned the bombing". */
  private static final Set<String> REACTIONS = Set.of("protest", "condemn", "denounce", "decry", "deplore",
      "criticise", "criticize", "mourn", "investigate", "probe", "commemorate");

  /** True when token {@code i} heads the sentence or a clause of it, not a noun phrase (a subject, an object). */
  private static boolean clausal(Parse parse, int i) {
    int head = parse.head(i);
    if (head < 0) {
      return true;
    }
    Dependency d = parse.between(head, i);
    return d != null && CLAUSAL.contains(d.base());
  }

  private static boolean verb(Token t) {
    return t.pos().startsWith("VB");
  }

  /**
   * The first token of the subordinate or coordinated clause whose act token {@code token} tells of
   * ("imposed following military strikes in Venezuela", "the citizen still held at Guantanamo Bay"):
   * the leftmost word below the nearest verb above the token, when that verb hangs from its head as a
   * clause; -1 when the act is the sentence's main one or its verb an object or subject ("detained
   * two others arrested in Romania"), or when no verb is above the token.
   */
  static int subordinateActStart(Parse parse, int token) {
    int verb = actOf(parse, token);
    if (verb < 0 || parse.head(verb) < 0 || !clausal(parse, verb)) {
      return -1;
    }
    int n = parse.sentence().tokens().size();
    int first = verb;
    boolean[] seen = new boolean[n];
    ArrayDeque<Integer> below = new ArrayDeque<>(List.of(verb));
    while (!below.isEmpty()) {
      int i = below.pop();
      if (i < 0 || i >= n || seen[i]) {
        continue; // a malformed parse with a cycle must not loop
      }
      seen[i] = true;
      first = Math.min(first, i);
      for (Dependency d : parse.children(i)) {
        below.push(d.dependent());
      }
    }
    return first;
  }

  /** The verb whose act token {@code token} tells of: the token itself or the nearest verb above it, else -1. */
  static int actOf(Parse parse, int token) {
    int j = token;
    for (int depth = 0; j >= 0 && depth < parse.sentence().tokens().size(); depth++) {
      if (verb(parse.token(j))) {
        return j;
      }
      j = parse.head(j);
    }
    return -1;
  }

  /** Relations under which words tell of another act than their head's, or whose thing they are. */
  private static final Set<String> ASIDES = Set.of("acl", "advcl");

  /**
   * True when token {@code token} hangs from verb {@code verb} only through a relative or adverbial
   * clause or a possessor: "Bulgarian police arrest the owner of the ship that brought the material
   * to Beirut", "Rwanda suspends a pact after the minister criticized support for the rebels in
   * Kivu", "withdraws from the case in South Africa's court". Such a place is where another act
   * was, or whose something is, not where the verb's act is. False when the token is not below the verb.
   */
  static boolean aside(Parse parse, int verb, int token) {
    boolean aside = false;
    int j = token;
    for (int depth = 0; j >= 0 && j != verb && depth < parse.sentence().tokens().size(); depth++) {
      int head = parse.head(j);
      Dependency d = parse.between(head, j);
      aside |= d != null && (ASIDES.contains(d.base()) || d.relation().equals("nmod:poss"));
      j = head;
    }
    return aside && j == verb;
  }

  /**
   * The subjects of the clause headed by token {@code head} that are its own: not also the subject of
   * another verb. "Israel conducts drone strikes in Bint Jbeil, killing one person and injuring
   * several others": the parse gives "killing" and "injuring" the subject of "conducts", and their
   * acts are the strikes' outcome, where the strikes were, not acts of Israel at home.
   */
  static List<Integer> ownSubjects(Parse parse, int head) {
    return parse.children(head, "nsubj").stream()
        .filter(subject -> parse.heads(subject).stream()
            .noneMatch(d -> d.governor() != head && d.governor() >= 0 && d.base().equals("nsubj")))
        .toList();
  }

  /** True when the sentence has more than one clause. */
  boolean several() {
    return Arrays.stream(clause).anyMatch(c -> c != 0);
  }

  /** The clause of token {@code i}: 0 for the main clause, else one more than its head's index. */
  int of(int i) {
    return i >= 0 && i < clause.length ? clause[i] : 0;
  }

  /** The candidates whose first token lies in the clause. */
  List<Resolved> in(int c, List<Resolved> candidates) {
    return candidates.stream().filter(r -> of(r.mention().firstToken()) == c).toList();
  }
}
