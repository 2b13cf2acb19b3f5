package org.eventline.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.eventline.actor.Actor;
import org.eventline.actor.ActorMention;
import org.eventline.event.AnalysedSentence;
import org.eventline.event.Event;
import org.eventline.event.EventType;
import org.eventline.nlp.Dependency;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Token;

/**
 * What a whole sentence says of where its events happen: an incident at one spot (a bombing, an
 * arrest) or something that strikes a whole region (an earthquake, an election), an act over a whole
 * region ("statewide"), or "the country" and "the city" of the article.
 */
final class SentenceContext {
  private SentenceContext() {}

  /**
   * True when the sentence tells of an incident at one spot: an event of force, arrest or protest is
   * coded from it, or it names a bombing, a shooting, a raid, a crash and the like; not when it
   * names what strikes a whole region (an earthquake, a storm, a flood) or the whole nation, unless
   * it names the incident first.
   */
  static boolean incident(AnalysedSentence s, List<Event> events) {
    return incident(s, events, i -> true);
  }

  /**
   * True when the act of the sentence's main verb is an incident at one spot ({@link #incident}, told
   * by the main verb, by words whose act it is, or by what it reports: "The South Korean military
   * reports that North Korea has fired a missile"): "Tajikistan reinforces its border with
   * Afghanistan, as the Tajik government says that the drone strikes which killed five originated
   * from its neighbour" names strikes and killings in an adverbial and a relative clause, but its own
   * act is the reinforcing; nor is the incident a main verb of reaction answers ("Japan condemns the
   * launch of a missile by North Korea"). As {@link #incident} without a parse.
   */
  static boolean mainActIncident(AnalysedSentence s, List<Event> events) {
    Parse parse = s.parse();
    int root = rootVerbAt(s);
    if (root < 0) {
      return incident(s, events);
    }
    boolean reacts = Clauses.reacts(parse.token(root));
    return incident(s, events, i -> i == root || !reacts && toldInMainAct(parse, i, root));
  }

  /** True when token {@code i} hangs from the main verb {@code root} through no adverbial or adnominal (relative) clause. */
  private static boolean toldInMainAct(Parse parse, int i, int root) {
    int j = i;
    for (int depth = 0; j >= 0 && depth < parse.sentence().tokens().size(); depth++) {
      if (j == root) {
        return true;
      }
      int head = parse.head(j);
      Dependency link = head < 0 ? null : parse.between(head, j);
      if (link != null && ASIDE_CLAUSES.contains(link.base())) {
        return false;
      }
      j = head;
    }
    return false;
  }

  /** Relations of a clause told aside: an adverbial ("as ...", "after ...") or a relative clause. */
  private static final Set<String> ASIDE_CLAUSES = Set.of("advcl", "acl");

  /** Of the sentence's events and words, only those at tokens {@code counted} accepts (an event of unknown trigger always). */
  private static boolean incident(AnalysedSentence s, List<Event> events, IntPredicate counted) {
    boolean incident = false;
    for (Event e : events) {
      int trigger = e.sentence() == null ? -1 : e.sentence().trigger();
      if (e.sentence() != null && e.sentence().index() == s.index() && LOCAL_ACTS.contains(e.type())
          && (trigger < 0 || counted.test(trigger))) {
        incident = true;
        break;
      }
    }
    List<Token> tokens = s.sentence().tokens();
    boolean named = false; // an incident word before any word of what strikes a whole region
    boolean tried = false; // a word of legal proceedings came before
    // "In response to resumed clashes with Thailand, Cambodia shuts its border crossings": the
    // opening phrase tells why, the main clause what happened
    for (int i = mainClauseStart(tokens); i < tokens.size(); i++) {
      String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      if (WIDESPREAD.contains(lemma)) {
        // what strikes a whole region makes the sentence no incident at one spot, unless an incident
        // comes first ("An explosion has been reported at the plant after ... an earthquake")
        return named;
      }
      // "cease-fire", "live-fire drills", "anti-missile shield" (CoreNLP splits at the hyphen): no shot is fired
      boolean negated = i >= 2 && tokens.get(i - 1).word().equals("-")
          && NO_INCIDENT_PREFIXES.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT));
      // "issues an arrest warrant", "sentenced to house arrest": no one is arrested at a spot
      boolean noArrest = lemma.equals("arrest") && (i + 1 < tokens.size() && tokens.get(i + 1).lemma().equalsIgnoreCase("warrant")
          || i >= 1 && tokens.get(i - 1).word().equalsIgnoreCase("house"));
      // "Italy's Supreme Court approves his extradition to Germany, where he faces charges related to
      // the Nord Stream explosions": an incident a court tries is not the act the sentence tells
      tried |= PROCEEDINGS.contains(lemma);
      // "France suspends its agreements with the Mali government over the arrest of a French
      // citizen": an incident given as the reason for the act is not the act
      boolean reason = i >= 2 && tokens.get(i - 1).pos().equals("DT") && REASONS.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT));
      named |= INCIDENTS.contains(lemma) && !negated && !noArrest && !tried && !reason && counted.test(i);
    }
    return incident || named;
  }

  /**
   * The first token of the main clause when the sentence opens with a phrase of cause or time and a
   * comma ("In response to resumed clashes with Thailand, Cambodia shuts ...", "Following the raid,
   * ..."), else 0.
   */
  static int mainClauseStart(List<Token> tokens) {
    int afterTime = afterOpeningTime(tokens);
    if (afterTime > 0) {
      return afterTime;
    }
    if (tokens.isEmpty() || !CAUSE_OPENERS.contains(tokens.get(0).word().toLowerCase(Locale.ROOT))) {
      return 0;
    }
    for (int i = 1; i < tokens.size() - 1 && i <= OPENING_PHRASE; i++) {
      if (tokens.get(i).word().equals(",")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static final Set<String> CAUSE_OPENERS = Set.of("in", "after", "following", "amid");

  /**
   * The token after the comma that closes a phrase of time or an adverb the sentence opens with
   * ("Last month, Russia announced", "On Tuesday, ...", "Meanwhile, ..."), else 0: only words of
   * time (tagged so, or known), adverbs, numbers and determiners before the comma.
   */
  private static int afterOpeningTime(List<Token> tokens) {
    for (int i = 0; i < tokens.size() - 1 && i <= TIME_PHRASE; i++) {
      Token t = tokens.get(i);
      if (t.word().equals(",")) {
        return i > 0 ? i + 1 : 0;
      }
      boolean timely = t.ner().equals("DATE") || t.ner().equals("TIME") || t.pos().startsWith("RB")
          || t.pos().equals("DT") || t.pos().equals("CD") || TIME_WORDS.contains(t.word().toLowerCase(Locale.ROOT))
          || PlaceFinder.MONTHS_AND_DAYS.contains(t.word().toLowerCase(Locale.ROOT));
      if (!timely) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * Words of an opening phrase of time the tagger may leave untagged ("Last month,", "On Tuesday,"),
   * beside the months and days ({@link PlaceFinder#MONTHS_AND_DAYS}).
   */
  private static final Set<String> TIME_WORDS = Set.of("on", "last", "next", "earlier", "later", "ago", "same",
      "day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "yesterday", "today",
      "tonight");

  /** The most tokens of an opening phrase of time. */
  private static final int TIME_PHRASE = 5;

  /** Prepositions that give an incident as the reason for an act: "over the arrest", "for the bombing". */
  static final Set<String> REASONS = Set.of("over", "for");

  /** The most tokens of an opening phrase. */
  private static final int OPENING_PHRASE = 15;

  private static final Set<String> NO_INCIDENT_PREFIXES = Set.of("cease", "live", "anti", "counter");

  private static final Set<EventType> LOCAL_ACTS = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.PROTEST);

  /** True when the lemma names an incident at one spot ("stabbing", "arrest", "airstrike"). */
  static boolean namesIncident(String lemma) {
    return INCIDENTS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Words of incidents at one spot. */
  private static final Set<String> INCIDENTS = Set.of("bomb", "bombing", "bomber", "blast", "explosion", "explode",
      "explosive", "shoot", "shooting", "stab", "gunfire", "gunman", "stabbing", "raid", "clash", "crash", "collide", "collision",
      "derail", "sink", "capsize", "hijack", "hijacking", "arrest", "riot", "fire", "siege", "ambush", "rocket",
      "missile", "airstrike", "shelling", "grenade", "mortar");

  /**
   * True when the sentence's main verb (the root of its parse) says or decides something ("declares",
   * "designates", "suspends"): an act a state does at home, whatever it concerns; not one done
   * somewhere ("have conducted searches of the Java Sea"). False without a parse.
   */
  static boolean saysOrDecides(AnalysedSentence s) {
    String lemma = rootVerb(s);
    return lemma != null && (SAYING.contains(lemma) || DECIDING.contains(lemma));
  }

  /** True when the sentence's main verb decides something ("approves", "suspends"), not says it. */
  static boolean decides(AnalysedSentence s) {
    String lemma = rootVerb(s);
    return lemma != null && DECIDING.contains(lemma);
  }

  /** The lemma of the sentence's main verb (the root of its parse), lower-case; null without a parse or verb root. */
  private static String rootVerb(AnalysedSentence s) {
    int root = rootVerbAt(s);
    return root < 0 ? null : s.sentence().tokens().get(root).lemma().toLowerCase(Locale.ROOT);
  }

  /** The token of the sentence's main verb (the root of its parse); -1 without a parse or verb root. */
  private static int rootVerbAt(AnalysedSentence s) {
    if (s.parse() == null) {
      return -1;
    }
    for (int i = 0; i < s.sentence().tokens().size(); i++) {
      Token t = s.sentence().tokens().get(i);
      if (s.parse().head(i) < 0 && t.pos().startsWith("VB") && !s.parse().heads(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /** Verbs of deciding and of saying beside {@link #SAYING}: what a state does with them, it does at home. */
  private static final Set<String> DECIDING = Set.of("urge", "call", "demand", "condemn", "criticize", "criticise",
      "reject", "blame", "suspend", "designate", "approve", "recognize", "recognise", "ban", "impose", "lift", "extend",
      "expel", "summon", "sign", "ratify", "agree", "vote", "decide", "refuse", "withdraw", "order", "propose",
      "sanction", "protest", "recall", "cancel", "revoke", "halt", "resume", "postpone", "welcome", "praise", "thank");

  /** Words of legal proceedings: an incident named after one is what a court tries, not what happened here. */
  private static final Set<String> PROCEEDINGS = Set.of("court", "charge", "accuse", "convict", "sentence", "extradite",
      "extradition", "indict", "prosecute", "prosecutor", "trial", "acquit", "verdict", "guilty");

  /** Words of what strikes a whole region or nation. */
  private static final Set<String> WIDESPREAD = Set.of("earthquake", "quake", "typhoon", "storm", "hurricane",
      "cyclone", "flood", "flooding", "haze", "tsunami", "drought", "outbreak", "epidemic", "pandemic", "nationwide",
      "election", "nation");

  /**
   * True when the sentence says its act covers the whole region: "declared a state of emergency",
   * "for the state", "across the province", "statewide"; then the region it names is the place, not
   * the article's city in it.
   */
  static boolean wholeRegion(AnalysedSentence s) {
    if (s == null) {
      return false;
    }
    List<Token> tokens = s.sentence().tokens();
    for (int t = 0; t < tokens.size(); t++) {
      String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
      if (word.equals("statewide") || word.equals("province-wide")) {
        return true;
      }
      if (word.equals("emergency") && t >= 2 && tokens.get(t - 1).word().equals("of")
          && tokens.get(t - 2).word().equalsIgnoreCase("state")) {
        return true; // a state of emergency is declared for a whole region
      }
      if (t >= 2 && DIVISIONS.contains(word) && tokens.get(t - 1).word().equalsIgnoreCase("the")
          && WHOLE.contains(tokens.get(t - 2).word().toLowerCase(Locale.ROOT))
          && (t + 1 >= tokens.size() || !tokens.get(t + 1).word().equals("of"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> DIVISIONS = Set.of("state", "province", "region", "territory", "governorate");

  private static final Set<String> WHOLE = Set.of("for", "across", "throughout", "over");

  /** True when the sentence says "the country" or "the nation", with at most one adjective between ("the island nation"). */
  static boolean saysTheCountry(List<Token> tokens) {
    return theCountryAt(tokens) >= 0;
  }

  /** Where the sentence says "the country" or "the nation" (the noun's token), or -1. */
  static int theCountryAt(List<Token> tokens) {
    return saysThe(tokens, Set.of("country", "nation"));
  }

  /**
   * True when the sentence says "the city" with no name after it ("the Qissa Khawani Bazaar of the
   * city"), not "the city of Kabul".
   */
  static boolean saysTheCity(List<Token> tokens) {
    return saysThe(tokens, Set.of("city")) >= 0;
  }

  /** True when the sentence says "the city", "the town" or "the village" with no name after it. */
  static boolean saysTheSettlement(List<Token> tokens) {
    return saysThe(tokens, Set.of("city", "town", "village")) >= 0;
  }

  private static int saysThe(List<Token> tokens, Set<String> nouns) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (!nouns.contains(w) || i + 1 < tokens.size() && tokens.get(i + 1).word().equals("of")) {
        continue;
      }
      int before = i - 1;
      if (before >= 0 && tokens.get(before).pos().startsWith("JJ")) {
        before--;
      }
      if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when the actor the sentence opens with says what follows ("Israeli prime minister Benjamin
   * Netanyahu says that he has ordered strikes"): an incident it tells is reported, and the saying is
   * the item's own act, at home.
   */
  static boolean openerSays(AnalysedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    int first = subjectStart(tokens);
    for (ActorMention m : s.mentions()) {
      if (m.firstToken() == first && m.actor().country() != null && m.lastToken() + 1 < tokens.size()) {
        Token verb = tokens.get(m.lastToken() + 1);
        return verb.pos().startsWith("VB") && SAYING.contains(verb.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  private static final Set<String> SAYING = Set.of("say", "announce", "warn", "claim", "vow", "threaten", "accuse",
      "state", "tell", "declare", "confirm", "deny", "pledge", "promise");

  /**
   * The country of the actor the sentence opens with ("Hungarian security forces confiscate a Croatian
   * train"), else the one country all its actors of a country are of; null when none or several.
   */
  static String actorsCountry(AnalysedSentence s) {
    String subject = subjectsCountry(s);
    if (subject != null) {
      return subject;
    }
    String home = null;
    for (ActorMention m : s.mentions()) {
      String c = m.actor().country();
      if (c == null) {
        continue;
      }
      c = gazetteerCode(c);
      if (home != null && !home.equals(c)) {
        return null;
      }
      home = c;
    }
    return home;
  }

  /** Where the sentence's opening subject begins: past its determiner ("The Israeli cabinet"), else 0. */
  static int subjectStart(List<Token> tokens) {
    return !tokens.isEmpty() && tokens.get(0).pos().equals("DT") ? 1 : 0;
  }

  /** The country of the actor the sentence opens with ("Hungarian security forces confiscate"), else null. */
  static String subjectsCountry(AnalysedSentence s) {
    return subjectsCountry(s, actor -> true);
  }

  /**
   * The country of the police the sentence opens with ("Indonesian National Police arrest 44 people"),
   * else null: a country's police act at home, wherever the brief before them was.
   */
  static String subjectsPolice(AnalysedSentence s) {
    return subjectsCountry(s, actor -> actor.code().length() >= 6 && actor.code().endsWith("COP"));
  }

  /** The country of the first actor of a country and of this kind that opens the sentence, else null. */
  private static String subjectsCountry(AnalysedSentence s, Predicate<Actor> kind) {
    int first = subjectStart(s.sentence().tokens());
    int subject = rootSubject(s);
    for (ActorMention m : s.mentions()) {
      // the subject's mention may hold its determiner ("The Thai Constitutional Court") or not, and
      // may follow an opening phrase ("However, hours later, Thai leaders announce")
      if ((m.firstToken() == first || m.firstToken() == 0 || subject >= 0 && m.covers(subject))
          && m.actor().country() != null && kind.test(m.actor())) {
        return gazetteerCode(m.actor().country());
      }
    }
    return null;
  }

  /** The subject of the sentence's main verb, by the parse, when an opening phrase that names nothing comes before it ({@link #openingComma}), else -1. */
  private static int rootSubject(AnalysedSentence s) {
    Parse parse = s.parse();
    if (parse == null) {
      return -1;
    }
    Dependency root = parse.dependencies().stream().filter(d -> d.governor() < 0).findFirst().orElse(null);
    List<Integer> subjects = root == null ? List.of() : parse.children(root.dependent(), "nsubj");
    return !subjects.isEmpty() && openingComma(s.sentence().tokens(), subjects.get(0)) ? subjects.get(0) : -1;
  }

  /**
   * True when a comma closes an opening phrase that names nothing before the subject's phrase
   * ("However, hours later, Thai leaders"); an opening phrase that names a place or a party ("In a
   * joint statement after talks hosted by the United States, DR Congo and Rwanda say") may be where.
   */
  private static boolean openingComma(List<Token> tokens, int subject) {
    int comma = -1;
    for (int i = subject - 1; i > 0 && comma < 0; i--) {
      if (tokens.get(i).word().equals(",")) {
        comma = i;
      }
    }
    for (int i = 0; i < comma; i++) {
      if (tokens.get(i).isProperNoun()) {
        return false;
      }
    }
    return comma > 0;
  }

  /**
   * The gazetteer's code for an actor's country: the same alpha-3 but for Kosovo, which CAMEO
   * dictionaries code KSV and GeoNames XKX.
   */
  static String gazetteerCode(String actorCountry) {
    return actorCountry.equals("KSV") ? "XKX" : actorCountry;
  }

  /** The actor dictionaries' code of a gazetteer country, {@link #gazetteerCode} the other way. */
  static String actorCode(String gazetteerCountry) {
    return gazetteerCountry.equals("XKX") ? "KSV" : gazetteerCountry;
  }

}
