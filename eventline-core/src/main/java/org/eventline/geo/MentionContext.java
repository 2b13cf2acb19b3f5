package org.eventline.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventline.actor.ActorMention;
import org.eventline.event.AnalysedSentence;
import org.eventline.event.Event;
import org.eventline.event.Participant;
import org.eventline.nlp.Dependency;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Token;

/**
 * What the words around a place name say of it in its sentence: whose it is rather than where ("U.S.
 * President", "a U.S.-run facility", "Bernie Sanders of Vermont"), which part of it is meant ("Somalia's
 * capital"), and how it was written ("in Tamil Nadu", "OSLO —", "Aleppo province").
 */
final class MentionContext {
  private MentionContext() {}

  /**
   * True when the name is an island group's or an island's ("near the Nicobar Islands"): no stray
   * word like "Gulf" that a far-off province shares, so evidence of the article's countries whoever its actors are.
   */
  static boolean namesIslands(PlaceMention m) {
    String text = m.text();
    return m.firstToken() < m.lastToken() && (text.endsWith(" Islands") || text.endsWith(" Isles") || text.endsWith(" Island"));
  }

  /**
   * True when the name stands in a relative clause about someone ("Groves, a prisoner who escaped
   * the jail in New Orleans, is captured in Atlanta"): the clause tells of a person the sentence
   * names, not of what it reports. A clause opened by "that" or "which" may tell of the act itself
   * ("a manhunt that found him in Cairo"), so only "who" and "whom" count. The parse may label the
   * clause "acl:relcl" or, after a number ("a group of ten who escaped"), only "dep", so the clause
   * is known by its pronoun.
   */
  static boolean inRelativeClause(AnalysedSentence s, PlaceMention m) {
    Parse parse = s.parse();
    if (parse == null) {
      return false;
    }
    int node = m.lastToken();
    for (int step = 0; step < RELATIVE_CLAUSE_DEPTH && node >= 0; step++) {
      int head = parse.head(node);
      if (head >= 0 && opensWithWho(parse, node)) {
        return true;
      }
      node = head;
    }
    return false;
  }

  /**
   * True when the name modifies a noun that itself modifies a noun, on its way up to a verb ("a case
   * into alleged war crimes by U.S. troops in Afghanistan"): it says what a thing the act concerns is
   * about, not where the act is.
   */
  static boolean nestedInNouns(AnalysedSentence s, PlaceMention m) {
    Parse parse = s.parse();
    if (parse == null) {
      return false;
    }
    int node = m.lastToken();
    int nouns = 0;
    for (int step = 0; step < NOUN_NESTING_DEPTH && node >= 0; step++) {
      int head = parse.head(node);
      if (head < 0) {
        return false;
      }
      Dependency attached = parse.between(head, node);
      if (head >= m.firstToken() && head <= m.lastToken() || attached != null && attached.base().equals("compound")) {
        node = head; // within the name ("Gaza Strip")
        continue;
      }
      Token governor = parse.token(head);
      if (!governor.isNoun() || attached == null || !attached.base().equals("nmod")) {
        return nouns >= 2 && governor.pos().startsWith("VB");
      }
      nouns++;
      node = head;
    }
    return false;
  }

  /** The most steps up the parse from a name to the verb its nouns hang on. */
  private static final int NOUN_NESTING_DEPTH = 8;

  private static boolean opensWithWho(Parse parse, int clause) {
    for (Dependency d : parse.children(clause)) {
      String word = parse.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.dependent() < clause && (word.equals("who") || word.equals("whom"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the name is where a verb of sending sends something: the place "to" names after it
   * ("deploys ten fighter jets to Puerto Rico") or a place in what "to" names ("sends 40 asylum
   * seekers to an internment camp in Albania"). What is sent arrives there, and the act with it.
   */
  static boolean sentTo(AnalysedSentence s, PlaceMention m) {
    Parse parse = s.parse();
    if (parse == null) {
      return false;
    }
    boolean to = false;
    int node = m.lastToken();
    for (int step = 0; step < SENT_DEPTH && node >= 0; step++) {
      int head = parse.head(node);
      Dependency attached = head < 0 ? null : parse.between(head, node);
      if (attached == null || !SENT_RELATIONS.contains(attached.base())) {
        return false;
      }
      for (int c : parse.children(node, "case")) {
        to |= parse.token(c).word().equalsIgnoreCase("to");
      }
      Token governor = parse.token(head);
      if (governor.pos().startsWith("VB")) {
        // "approve a measure to send troops to the Gaza Strip": a sending only decided, planned or offered
        // is not done yet, and the decision is not made where the troops go
        return to && SENDING.contains(governor.lemma().toLowerCase(Locale.ROOT)) && !onlyIntended(parse, head);
      }
      node = head;
    }
    return false;
  }

  /** True when the verb at {@code verb} is what another verb decides, plans or offers ("approves ... to send"). */
  private static boolean onlyIntended(Parse parse, int verb) {
    for (Dependency d : parse.heads(verb)) {
      if (d.governor() >= 0 && (d.base().equals("xcomp") || d.base().equals("acl") || d.base().equals("ccomp"))
          && INTENDING.contains(parse.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of deciding, planning and offering an act that is not yet done. */
  private static final Set<String> INTENDING = Set.of("approve", "propose", "plan", "vote", "decide", "agree",
      "consider", "offer", "pledge", "vow", "promise", "threaten", "seek", "want", "authorize", "authorise");

  /** Verbs of sending people or things somewhere: where they are sent, the act is. */
  private static final Set<String> SENDING = Set.of("send", "deploy", "dispatch", "deport", "transfer", "relocate",
      "airlift");
  /** Relations from a sent-to place up to the verb: a noun's or the verb's "to" phrase, and what is sent. */
  private static final Set<String> SENT_RELATIONS = Set.of("nmod", "obl", "obj", "compound");
  /** How many heads up from the name the verb of sending is looked for ("to an internment camp in Albania"). */
  private static final int SENT_DEPTH = 4;

  /** How many heads up from a name its relative clause is looked for (enhanced graphs may loop). */
  private static final int RELATIVE_CLAUSE_DEPTH = 12;

  /** True when the place and the preposition before it are inside an actor's longer name ("claimed by Al-Qaeda in Iraq"). */
  static boolean insideActorsName(AnalysedSentence s, PlaceMention m) {
    ActorMention actor = s.mentionAt(m.firstToken());
    return actor != null && actor.firstToken() < m.firstToken() - 1 && m.afterPreposition();
  }

  /** True when the landmark's head after the name is capitalised, part of one proper name ("Russell Square"). */
  static boolean namesALandmark(AnalysedSentence s, PlaceMention m) {
    List<Token> tokens = s.sentence().tokens();
    int next = m.lastToken() + 1;
    return next < tokens.size() && WordsAround.capitalised(tokens.get(next).word());
  }

  /**
   * True when the name begins a person's title ("U.S. President Donald Trump", "then-U.S.-president
   * Jimmy Carter"): capitalised title words, then the person. The person acts, not the whole country.
   */
  static boolean titlesAPerson(AnalysedSentence s, PlaceMention m) {
    List<Token> tokens = s.sentence().tokens();
    for (int t = m.lastToken() + 1; t < tokens.size() && t <= m.lastToken() + 4; t++) {
      Token token = tokens.get(t);
      if (token.ner().equals("PERSON")) {
        return t > m.lastToken() + 1;
      }
      if (!token.isProperNoun() && !WordsAround.isHyphen(token) && !TITLE_WORDS.contains(token.word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return false;
  }

  /** Lower-case words of titles written after a country's name ("then-U.S.-president Carter"). */
  private static final Set<String> TITLE_WORDS = Set.of("president", "prime", "minister", "secretary", "governor",
      "senator", "ambassador", "envoy", "general", "king", "queen", "chancellor", "vice", "foreign", "defense",
      "defence", "former", "deputy");

  /**
   * True when the country's name or demonym says its capital: "Somalia's capital", "the Iraqi capital",
   * "the capital of Chad", "outside the Swedish Parliament"; not "capital punishment" or "Iraq's capital
   * markets".
   */
  static boolean namesItsCapital(List<Token> tokens, PlaceMention m) {
    int first = m.firstToken();
    if (m.afterPreposition() && m.lastToken() + 1 < tokens.size()
        && tokens.get(m.lastToken() + 1).word().equalsIgnoreCase("parliament")) {
      return true; // "outside the Swedish Parliament": its building stands in the capital
    }
    if (m.institution() && WordsAround.nationalBody(tokens, m.lastToken() + 1)) {
      return true; // "The Indian Home Ministry has told": a national body sits in the capital
    }
    if (m.institution() && WordsAround.seatedBodyOf(tokens, first)) {
      return true; // "in front of the Supreme Court of the United States": its building stands in the capital
    }
    if (first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("of")
        && tokens.get(first - 2).word().equalsIgnoreCase("capital")) {
      // not "the capital of Pakistan's province", "the capital of Iraq's Anbar province": a province's
      return !possessesAPart(tokens, m.lastToken());
    }
    int t = m.lastToken() + 1;
    if (possessiveAt(tokens, t)) {
      t++;
    }
    if (t >= tokens.size() || !tokens.get(t).word().equalsIgnoreCase("capital")) {
      return false;
    }
    int after = t + 1;
    return after >= tokens.size() || !tokens.get(after).pos().startsWith("NN")
        || tokens.get(after).word().equalsIgnoreCase("city") || tokens.get(after).isProperNoun();
  }

  /** True when the name is a possessor of a region or of another name: "Pakistan's province", "Iraq's Anbar province". */
  private static boolean possessesAPart(List<Token> tokens, int last) {
    int t = last + 1;
    if (t + 1 >= tokens.size() || !possessiveAt(tokens, t)) {
      return false;
    }
    Token next = tokens.get(t + 1);
    String noun = next.word().toLowerCase(Locale.ROOT);
    return next.isProperNoun() || WordsAround.isDivisionNoun(noun) || noun.equals("state");
  }

  /** True when the token at {@code t} is the possessive "'s" (either apostrophe). */
  private static boolean possessiveAt(List<Token> tokens, int t) {
    return t < tokens.size() && (tokens.get(t).word().equals("'s") || tokens.get(t).word().equals("’s"));
  }

  /**
   * True when a preposition of place comes right before the name, or before the list it opens ("arrested
   * twelve people in Tamil Nadu", "a suspect in Wisconsin"): a region the writer chose to name so is the
   * place, where a region named for its government or as an adjective ("the Chelyabinsk governor", "at an
   * Ohio school", "the Xinjiang province of") says only which.
   */
  static boolean placesIn(AnalysedSentence s, PlaceMention m) {
    int first = m.listStart() >= 0 ? m.listStart() : m.firstToken(); // a list's start, else its own first token
    if (s == null || first < 1 || m.destination() || m.offset()) {
      return false;
    }
    return PLACING.contains(s.sentence().tokens().get(first - 1).word().toLowerCase(Locale.ROOT));
  }

  private static final Set<String> PLACING = Set.of("in", "at", "near", "inside", "within", "throughout", "across");

  /**
   * True when things are spread over the place, a plural noun before "across" or "throughout": "a
   * series of bombings across Iraq" struck the whole country, "checks on escape rooms across Poland"
   * cover it; "tight security across Pakistan" says nothing of where the one bomb went off.
   */
  static boolean across(AnalysedSentence s, PlaceMention m) {
    int first = m.listStart() >= 0 ? m.listStart() : m.firstToken();
    if (s == null || first < 2) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    String before = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
    return (before.equals("across") || before.equals("throughout"))
        && tokens.get(first - 2).pos().equals("NNS");
  }

  /**
   * True when the mention opens its sentence in capitals and a dash or comma follows: a dateline
   * ("OSLO —", "ALMERIA, Spain.").
   */
  static boolean dateline(AnalysedSentence s, PlaceMention m) {
    List<Token> tokens = s.sentence().tokens();
    if (m.firstToken() != 0 || m.lastToken() + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(m.lastToken() + 1).word();
    boolean capitals = m.text().chars().anyMatch(Character::isLetter)
        && m.text().equals(m.text().toUpperCase(Locale.ROOT));
    return capitals && (next.equals(",") || next.equals("—") || next.equals("–") || next.equals("-") || next.equals("--"));
  }

  /**
   * True when a proper noun that begins no place mention follows the name directly ("Green Belt
   * Movement"): the name is the first word of a longer one.
   */
  static boolean beginsLongerName(AnalysedSentence s, PlaceMention m, List<PlaceMention> mentions) {
    List<Token> tokens = s.sentence().tokens();
    int next = m.lastToken() + 1;
    if (next >= tokens.size() || !tokens.get(next).isProperNoun()) {
      return false;
    }
    for (PlaceMention other : mentions) {
      if (other.overlaps(next, next)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a hyphen and a participle follow the name ("a U.S.-run facility"), or when the noun
   * after the name is an armed force, a strike or an official ("U.S. bombing",
   * "US drone strike", "Israeli-style", "NATO troops"): the name says who acted, never where.
   */
  static boolean actsFor(AnalysedSentence s, PlaceMention m) {
    List<Token> tokens = s.sentence().tokens();
    int hyphen = m.lastToken() + 1;
    if (hyphen + 1 < tokens.size() && WordsAround.isHyphen(tokens.get(hyphen))
        && (tokens.get(hyphen + 1).pos().equals("VBN") || tokens.get(hyphen + 1).pos().equals("VBD"))
        && !tokens.get(hyphen + 1).word().equalsIgnoreCase("based")) {
      return true; // "a U.S.-run facility", "the Saudi-led coalition": whose, not where ("Luxembourg-based" is where)
    }
    for (int next = m.lastToken() + 1; next < tokens.size() && next <= m.lastToken() + 2; next++) {
      String word = tokens.get(next).word().toLowerCase(Locale.ROOT);
      if (AGENT_NOUNS.contains(word)) {
        return true;
      }
      if (!tokens.get(next).pos().startsWith("NN") && !tokens.get(next).pos().startsWith("JJ")) {
        return false; // "US drone strike": one noun or adjective may stand between
      }
    }
    return false;
  }

  /** Nouns of acts and of those who act for a state: a country before one is their author. */
  private static final Set<String> AGENT_NOUNS = Set.of(
      "bombing", "bombings", "bombardment", "airstrike", "airstrikes", "strike", "strikes", "raid", "raids", "attack",
      "attacks", "offensive", "shelling", "invasion", "occupation", "troops", "forces", "soldiers", "military", "army",
      "navy", "marines", "aircraft", "warplanes", "jets", "helicopters", "drone", "drones", "missile", "missiles",
      "officials", "official", "envoy", "diplomats", "ambassador", "embassy", "spokesman", "spokeswoman",
      "spokesperson", "commanders", "commander", "intelligence", "operation", "operations", "sanctions", "seizure",
      "seizures", "blockade", "interception");

  /** True when the word right after the name, in lower case, is one of these ("the Seychelles coast", "the Kyoto pact"). */
  static boolean followedBy(AnalysedSentence s, PlaceMention m, Set<String> words) {
    List<Token> tokens = s.sentence().tokens();
    int next = m.lastToken() + 1;
    return next < tokens.size() && words.contains(tokens.get(next).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Nouns of land and sea: a place's name before one says where that land lies ("the Seychelles coast",
   * "two Afghanistan villages", "the Texas border").
   */
  static final Set<String> GEOGRAPHIC_NOUNS = Set.of(
      "coast", "coasts", "coastline", "shore", "shores", "waters", "island", "islands", "border", "borders",
      "village", "villages", "town", "towns", "city", "cities", "countryside", "mountains", "hills", "desert",
      "province", "provinces", "region", "regions", "district", "districts", "area", "areas", "territory");

  /** Nouns of agreements, which are often named after a city. */
  static final Set<String> AGREEMENTS = Set.of(
      "pact", "pacts", "protocol", "protocols", "accord", "accords", "agreement", "agreements", "treaty", "treaties",
      "convention", "conventions", "declaration", "format", "communique", "communiqué", "memorandum");

  /** True when "based" follows the name, with or without a hyphen: "Brussels-based media network". */
  static boolean basedIn(AnalysedSentence s, PlaceMention m) {
    List<Token> tokens = s.sentence().tokens();
    int t = m.lastToken() + 1;
    if (t < tokens.size() && WordsAround.isHyphen(tokens.get(t))) {
      t++;
    }
    return t < tokens.size() && (tokens.get(t).word().equalsIgnoreCase("based") || tokens.get(t).word().equalsIgnoreCase("-based"));
  }

  /**
   * True when the name says where a person is from or whom they represent: "of" or "from" right after
   * the person's name ("Bernie Sanders of Vermont") or after a title ("a Senator from Vermont"). An
   * actor's home is not where the act happened.
   */
  static boolean personsHome(AnalysedSentence s, PlaceMention m) {
    List<Token> tokens = s.sentence().tokens();
    int t = m.firstToken() - 1;
    while (t >= 0 && tokens.get(t).pos().equals("DT")) {
      t--; // "President of the United States"
    }
    if (t < 1) {
      return false;
    }
    String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
    Token before = tokens.get(t - 1);
    if (word.equals("of") && before.ner().equals("PERSON") && judgeNamed(tokens, t - 1)) {
      return false; // "United States district judge Christine Arguello of Colorado" sits in Colorado
    }
    return word.equals("of") && (before.ner().equals("PERSON") || HEADS_OF_STATE.contains(before.word().toLowerCase(Locale.ROOT)))
        || word.equals("from") && (before.ner().equals("PERSON") || REPRESENTATIVES.contains(before.word().toLowerCase(Locale.ROOT)));
  }

  /**
   * True when the name, with the region or country written after it, says where one person lives or
   * comes from: after "a resident of", "a native of" or "a man from" ("A resident of Antioch,
   * Illinois, Rittenhouse is accused of ... shooting in Kenosha", "a man from Kandahar was arrested in
   * Kabul"). The home of the one who acted is not where the act happened.
   */
  static boolean residentsHome(AnalysedSentence s, PlaceMention m) {
    List<Token> tokens = s.sentence().tokens();
    int t = m.firstToken() - 1;
    if (t >= 1 && tokens.get(t).word().equals(",")) {
      int name = t - 1;
      while (name >= 0 && tokens.get(name).isProperNoun()) {
        name--; // "Illinois" of "a resident of Antioch, Illinois" is the home's region
      }
      t = name < t - 1 ? name : t;
    }
    if (t < 2 || !tokens.get(t - 2).pos().equals("DT")) {
      return false;
    }
    String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
    String noun = tokens.get(t - 1).word().toLowerCase(Locale.ROOT);
    return word.equals("of") && RESIDENTS.contains(noun) || word.equals("from") && (RESIDENTS.contains(noun) || PEOPLE.contains(noun));
  }

  /** One person's home by residence or birth. */
  private static final Set<String> RESIDENTS = Set.of("resident", "native");

  /** A person told by where they are from. */
  private static final Set<String> PEOPLE = Set.of("man", "woman", "boy", "girl", "teenager");

  /** True when the person's name that ends at {@code last} follows the title "judge". */
  private static boolean judgeNamed(List<Token> tokens, int last) {
    int t = last;
    while (t >= 0 && tokens.get(t).ner().equals("PERSON")) {
      t--;
    }
    return t >= 0 && tokens.get(t).word().equalsIgnoreCase("judge");
  }

  /** Titles of a state's head ("the incumbent President of the United States"): the title, not a place of the act. */
  private static final Set<String> HEADS_OF_STATE = Set.of("president", "king", "queen", "emir", "sultan", "chancellor");

  /** Titles of those who represent a place ("a Senator from Vermont"). */
  private static final Set<String> REPRESENTATIVES = Set.of("senator", "congressman", "congresswoman",
      "representative", "delegate", "mp", "lawmaker", "legislator");

  /**
   * True when the name is part of an election's name with its year: "the 2016 United States presidential
   * election" is when, not where.
   */
  static boolean namesAnElection(AnalysedSentence s, PlaceMention m) {
    List<Token> tokens = s.sentence().tokens();
    int before = m.firstToken() - 1;
    if (before < 0 || !tokens.get(before).pos().equals("CD")) {
      return false;
    }
    for (int t = m.lastToken() + 1; t < tokens.size() && t <= m.lastToken() + 3; t++) {
      String w = tokens.get(t).lemma().toLowerCase(Locale.ROOT);
      if (w.equals("election") || w.equals("primary") || w.equals("referendum") || w.equals("caucus")) {
        return true;
      }
      if (!tokens.get(t).pos().startsWith("JJ") && !tokens.get(t).pos().startsWith("NN")) {
        return false;
      }
    }
    return false;
  }

  /** True when a common noun follows the name directly: the name is a modifier. */
  static boolean beforeNoun(AnalysedSentence s, PlaceMention m) {
    List<Token> tokens = s.sentence().tokens();
    int next = m.lastToken() + 1;
    return next < tokens.size() && tokens.get(next).pos().startsWith("NN");
  }

  /** True when the tagger gave no word of the name a named-entity class ("Christmas" of "a Christmas event"). */
  static boolean untagged(AnalysedSentence s, PlaceMention m) {
    for (int t = m.firstToken(); t <= m.lastToken(); t++) {
      if (!s.sentence().tokens().get(t).ner().equals("O")) {
        return false;
      }
    }
    return true;
  }

  /** True when the mention says it is a division: "Aleppo province", "the Latakia Governorate". */
  static boolean namedAsDivision(PlaceMention m) {
    return m.regionSaid() || Gazetteer.endsWithDivisionWord(m.text());
  }

  /** True when the actor mention is the place's name, less a leading "the" ("the Budapest" of "the Budapest Keleti station"). */
  static boolean sameName(ActorMention actor, PlaceMention m) {
    String text = actor.text();
    if (text.startsWith("the ") || text.startsWith("The ")) {
      text = text.substring(4);
    }
    return text.equals(m.text());
  }

  /** True when this actor mention is the source or target of some event coded from the same sentence. */
  static boolean usedAsActor(ActorMention m, int sentence, List<Event> events) {
    for (Event other : events) {
      if (other.sentence().index() == sentence && (is(m, other.source()) || is(m, other.target()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean is(ActorMention m, Participant p) {
    return p != null && m.text().equals(p.text()) && m.actor().code().equals(p.code());
  }

  /**
   * True when the name is only another name (historical, foreign-language) of a town of under
   * 100,000 people in a country the article is not about: "Mayon", a Philippine volcano the
   * gazetteer lacks, is no Megion in Russia. GeoNames keeps many such names, and a small place
   * abroad known by one is a likelier accident than a place of the article. A spelling of the
   * place's own name, transliterated otherwise ({@link Names#skeleton}: "Kiryat Shmona" for
   * "Qiryat Shemona", "Khan Younis" for "Khan Yunis"), is its name, not another one.
   */
  static boolean foreignByAnotherName(GazetteerEntry e, PlaceMention m, Focus focus) {
    String asked = Names.key(m.text());
    return !e.curated() && !e.isCountry() && !e.isRegion() && e.population() < FOREIGN_ALIAS_MAX
        && !focus.countries().isEmpty() && Gazetteer.byAnotherName(e, m.text(), asked, focus)
        && !Names.skeleton(Names.key(e.name())).equals(Names.skeleton(asked));
  }

  private static final int FOREIGN_ALIAS_MAX = 100_000;
}
