package org.eventline.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventline.nlp.Token;

/**
 * Resolves one sentence, left to right: at each token the longest dictionary phrase, then the
 * role words that follow it ("Syrian" + "government" + 's + "forces"), then a CoreNLP PERSON after
 * a title. Tokens no phrase covers may still be a PERSON that no dictionary knows.
 */
final class SentenceResolver {
  private final Lexicon lexicon;
  private final CodeReader codes;
  private final List<Token> tokens;
  private final LocalDate date;
  private final Units units;

  SentenceResolver(Lexicon lexicon, CodeReader codes, List<Token> tokens, LocalDate date) {
    this.lexicon = lexicon;
    this.codes = codes;
    this.tokens = tokens;
    this.date = date;
    this.units = Units.of(tokens);
  }

  List<ActorMention> resolve() {
    List<ActorMention> out = new ArrayList<>();
    boolean[] covered = new boolean[tokens.size()];
    int t = 0;
    while (t < tokens.size()) {
      Lexicon.Match m = lexicon.longest(units, tokens, t);
      if (m == null || finiteVerb(t) && m.sense(Sense.Agent.class) != null) {
        t++; // "The court convicts/VBZ Scheuermann": a role word the tagger reads as the verb is none
        continue;
      }
      if (insidePersonsName(m)) {
        t = m.last() + 1; // "José Murguía Santiago", "Michael Jordan": a person, whose name CoreNLP reads whole
        continue;
      }
      if (continentsPart(m)) {
        t = m.last() + 1; // "from Central America", "Latin American leaders": a region, not the United States
        continue;
      }
      Phrase p = phrase(m);
      for (int i = m.first(); i <= p.last; i++) {
        covered[i] = true;
      }
      if (p.actor != null) {
        out.add(p.head >= 0 ? mention(m.first(), p.last, p.head, p.actor) : mention(m.first(), p.last, p.actor));
      }
      t = p.last + 1;
    }
    unknownNames(covered, out, "PERSON");
    unknownNames(covered, out, "ORGANIZATION");
    out.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
    return titledNames(out);
  }

  /**
   * "US President Donald Trump", "Iranian airline Mahan Air": a coded title right before a name no
   * dictionary knows is one actor, coded by the title and named by the name. A titled person is
   * kind person; a titled organisation keeps the title's kind.
   */
  private List<ActorMention> titledNames(List<ActorMention> mentions) {
    List<ActorMention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      ActorMention title = mentions.get(i);
      ActorMention name = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
      boolean unknownName = name != null && name.actor().code().startsWith(ActorResolver.UNKNOWN_COUNTRY)
          && (name.actor().kind() == ActorKind.PERSON || name.actor().code().equals(UNKNOWN_ORGANIZATION));
      if (unknownName && name.firstToken() == title.lastToken() + 1 && title.actor().country() != null
          && title.actor().kind() != ActorKind.STATE) {
        ActorKind kind = name.actor().kind() == ActorKind.PERSON ? ActorKind.PERSON : title.actor().kind();
        Actor merged = new Actor(title.actor().code(), name.actor().name(), title.actor().country(), kind);
        out.add(new ActorMention(text(title.firstToken(), name.lastToken()), merged, title.firstToken(),
            name.lastToken(), name.headToken(), title.start(), name.end()));
        i++;
      } else {
        out.add(title);
      }
    }
    return out;
  }

  /** True when the tagger reads token {@code i} as a finite verb ("convicts/VBZ", "guards/VBP"). */
  private boolean finiteVerb(int i) {
    String pos = tokens.get(i).pos();
    return pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP");
  }

  /** What a phrase starting with match {@code m} means, and where it ends. */
  private record Phrase(Actor actor, int last, int head) {
    Phrase(Actor actor, int last) {
      this(actor, last, -1); // the head is the last noun
    }
  }

  private Phrase phrase(Lexicon.Match m) {
    Country country = countryOf(m);
    Sense.Agent agent = m.sense(Sense.Agent.class);
    Sense.Named named = country == null ? m.sense(Sense.Named.class) : null;
    if (named != null || country != null) {
      agent = null; // a name or a country leads; role words may follow it
    }
    int last = m.last();
    boolean titled = false;
    // Role words chain: "Syrian" "government" 's "forces" -> the last role word decides (SYRMIL),
    // since it is the head noun the verb attaches to.
    while (named == null && (country != null || agent != null)) {
      int next = skipPossessive(last + 1);
      Lexicon.Match n = next < tokens.size() ? lexicon.longest(units, tokens, next) : null;
      if (n == null || finiteVerb(next)) {
        // "The Mannheim Regional Court convicts Alexander Scheuermann": a role word the tagger reads
        // as the verb ("convicts") ends the phrase; it is no second role of the court
        break;
      }
      Sense.Agent role = n.sense(Sense.Agent.class);
      Sense.Named name = n.sense(Sense.Named.class);
      if (agent != null && name != null && next == last + 1 && isPersonOrProper(n)
          && !tokens.get(last).pos().endsWith("S")) {
        // "President Bashar al-Assad": a singular title names the person after it, who is coded
        // by date; a plural one does not ("the terrorist groups ISIS" is a list).
        named = name;
        last = n.last();
      } else if (role != null) {
        agent = role;
        last = n.last();
        continue;
      }
      break;
    }
    if (named != null && agent == null) {
      // "Hezbollah fighters", "NATO troops": the group itself, with its role word.
      Lexicon.Match n = lexicon.longest(units, tokens, last + 1);
      if (n != null && n.senses().size() == 1 && n.sense(Sense.Agent.class) != null) {
        last = n.last();
      }
    }
    if (agent != null && named == null) {
      // "Syrian President Bashar al-Assad" when no dictionary knows him: the title codes him.
      int j = last + 1;
      while (j < tokens.size() && "PERSON".equals(tokens.get(j).ner()) && !knownPlace(j)) {
        last = j++;
        titled = true;
      }
    }
    if (named != null) {
      String code = named.entry().codeOn(date);
      if (code == null && agent == null && named.entry().outOfOffice(date)) {
        // Known, but not in a dated role on this day: an actor still, coded as an unlisted person.
        return new Phrase(new Actor(UNKNOWN_PERSON, display(named.entry()), null, ActorKind.PERSON), last);
      }
      return new Phrase(code == null ? null : codes.actor(code, display(named.entry())), last);
    }
    if (agent != null && !titled && beforeCommonNoun(last) && !tokens.get(last).pos().equals("NNS")
        && !beforeWeapon(last)) {
      // "military moves", "terrorist assaults", "Russian military aid": the role word modifies
      // a noun that is not an actor, so the phrase is not an actor either. A plural one does not
      // modify ("Filipino troops stage raids", where the tagger takes "stage" for a noun).
      return new Phrase(null, last);
    }
    if (agent != null) {
      Lexicon.Match of = country == null ? countryAfterOf(last) : null;
      if (of != null) {
        // "the government of Sudan", "President Oscar Berger of Guatemala": the role of the state
        // named after "of", as "the Sudanese government" would be; the role word stays the head
        Country state = countryOf(of);
        String name = titled ? text(m.first(), last) : state.name();
        return new Phrase(codes.actor(agent.entry().codeFor(state.code()), name), of.last(), last);
      }
      String code = agent.entry().codeFor(country == null ? null : country.code());
      String name = country != null ? country.name()
          : titled ? text(m.first(), last) : agent.entry().phrase();
      return new Phrase(codes.actor(code, name), last);
    }
    return new Phrase(alone(m, country), last);
  }

  /** A country word with no role word after it. */
  private Actor alone(Lexicon.Match m, Country country) {
    if (country == null) {
      return null;
    }
    if (m.sense(Sense.StateName.class) != null) {
      return codes.actor(country.code(), null);
    }
    if (m.sense(Sense.Metonym.class) != null) {
      return codes.actor(country.code() + "GOV", country.name());
    }
    if (m.sense(Sense.Adjective.class) != null && beforeArms(m.last())) {
      // "Israeli strikes", "an Iranian ballistic missile", "Russian drone attacks": a nationality
      // before a strike or a weapon names the state that wields it, as "Israel's strikes" would.
      return codes.actor(country.code(), null);
    }
    // "the Russians" is the state; "Russian regions" is no actor at all.
    boolean beforeNoun = m.last() + 1 < tokens.size() && tokens.get(m.last() + 1).isNoun();
    if (m.sense(Sense.Plural.class) != null && !beforeNoun) {
      return codes.actor(country.code(), null);
    }
    return null;
  }

  /**
   * True when the first noun after token {@code last}, past up to two adjectives ("ballistic",
   * "heavy"), is a strike or a weapon, or "air" before one ("air strikes").
   */
  private boolean beforeArms(int last) {
    String word = firstNounAfter(last);
    return word != null && (ARMS.contains(word) || WEAPONS.contains(word));
  }

  /** True when the first noun after token {@code last}, past up to two adjectives, is a weapon or war craft. */
  private boolean beforeWeapon(int last) {
    String word = firstNounAfter(last);
    return word != null && WEAPONS.contains(word);
  }

  /**
   * The first common noun after token {@code last}, past up to two adjectives, lower case, and the
   * noun after "air" ("air strikes"); null when a proper noun or no noun comes first.
   */
  private String firstNounAfter(int last) {
    int i = last + 1;
    // "Russian guided/VBN bombs", "an Iranian ballistic/JJ missile": up to two modifiers between
    for (int adjectives = 0; i < tokens.size() && (tokens.get(i).pos().startsWith("JJ") || tokens.get(i).pos().equals("VBN"))
        && adjectives < 2; adjectives++) {
      i++;
    }
    if (i >= tokens.size() || !tokens.get(i).pos().startsWith("NN") || tokens.get(i).isProperNoun()) {
      return null;
    }
    String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
    if (word.equals("air") && i + 1 < tokens.size()) {
      word = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
    }
    return word;
  }

  /** Strikes and other acts of force whose nationality is the state that does them. */
  private static final Set<String> ARMS = Set.of(
      "strike", "strikes", "airstrike", "airstrikes", "air-strike", "air-strikes", "attack", "attacks",
      "bombardment", "bombardments", "shelling", "fire", "gunfire", "raid", "raids", "offensive", "incursion",
      "incursions", "invasion", "bombing", "bombings", "barrage", "assault");

  /**
   * Weapons and war craft, whose nationality is the state that uses them, and whose force is the
   * one that wields them ("Sudanese army drones struck Nyala", "Syrian army helicopters dropped
   * barrel bombs": the army, though "army" modifies the noun after it).
   */
  private static final Set<String> WEAPONS = Set.of(
      "missile", "missiles", "rocket", "rockets", "drone", "drones", "artillery", "warplane", "warplanes", "shells",
      "mortar", "mortars", "bomb", "bombs", "grenade", "grenades", "torpedo", "torpedoes", "jet", "jets", "helicopter",
      "helicopters", "warship", "warships", "gunboat", "gunboats", "aircraft", "tank", "tanks");

  private boolean beforeCommonNoun(int last) {
    if (last + 1 >= tokens.size()) {
      return false;
    }
    String pos = tokens.get(last + 1).pos();
    return pos.equals("NN") || pos.equals("NNS");
  }

  /**
   * The state named right after "of" behind token {@code last} ("of Sudan", "of the United States"),
   * else null; not one that possesses or modifies what follows ("the leader of Russia's opposition",
   * "a reporter of Russia Today").
   */
  private Lexicon.Match countryAfterOf(int last) {
    int of = last + 1;
    if (of + 1 >= tokens.size() || !tokens.get(of).word().equals("of")) {
      return null;
    }
    Lexicon.Match n = lexicon.longest(units, tokens, of + 1);
    if (n == null && tokens.get(of + 1).word().equalsIgnoreCase("the") && of + 2 < tokens.size()) {
      n = lexicon.longest(units, tokens, of + 2);
    }
    if (n == null || n.sense(Sense.StateName.class) == null || n.sense(Sense.Named.class) != null) {
      return null;
    }
    int after = n.last() + 1;
    boolean modifies = after < tokens.size()
        && (Units.isPossessive(tokens.get(after).word()) || tokens.get(after).isNoun());
    return modifies ? null : n;
  }

  /** Words before "America" that make it part of a continent ("Central America", "Latin American"). */
  private static final Set<String> CONTINENT_PARTS = Set.of("Central", "South", "Latin", "North");

  /** True when the match is "America" or "American" after a word that makes it a part of a continent. */
  private boolean continentsPart(Lexicon.Match m) {
    return m.first() > 0 && tokens.get(m.first()).word().startsWith("America")
        && CONTINENT_PARTS.contains(tokens.get(m.first() - 1).word());
  }

  private static Country countryOf(Lexicon.Match m) {
    for (Sense s : m.senses()) {
      if (s instanceof Sense.StateName n) {
        return n.country();
      }
      if (s instanceof Sense.Metonym n) {
        return n.country();
      }
      if (s instanceof Sense.Adjective n) {
        return n.country();
      }
      if (s instanceof Sense.Plural n) {
        return n.country();
      }
    }
    return null;
  }

  /**
   * True when the match is a country's or capital's name that goes on a person's name CoreNLP tags
   * as one ("José Murguía Santiago, the mayor of Teuchitlán", "Michael Jordan"): a surname, not the
   * Chilean government or Jordan. A name that opens the span ("Paris Hilton") is left to the dictionaries.
   */
  private boolean insidePersonsName(Lexicon.Match m) {
    if (m.sense(Sense.StateName.class) == null && m.sense(Sense.Metonym.class) == null) {
      return false;
    }
    for (int i = m.first(); i <= m.last(); i++) {
      if (!followsPersonsName(i)) {
        return false;
      }
    }
    return true;
  }

  /** True when token {@code t} and the proper noun before it are both tagged PERSON: it goes on a person's name. */
  private boolean followsPersonsName(int t) {
    return t > 0 && "PERSON".equals(tokens.get(t).ner()) && "PERSON".equals(tokens.get(t - 1).ner())
        && tokens.get(t - 1).isProperNoun();
  }

  private boolean isPersonOrProper(Lexicon.Match m) {
    Token head = tokens.get(m.last());
    return head.isProperNoun() || "PERSON".equals(head.ner());
  }

  private int skipPossessive(int i) {
    return i < tokens.size() && Units.isPossessive(tokens.get(i).word()) ? i + 1 : i;
  }

  /**
   * CoreNLP's PERSON or ORGANIZATION spans that no dictionary phrase covered: people and bodies
   * nobody listed ({@code ---PER}, {@code ---ORG}).
   */
  private void unknownNames(boolean[] covered, List<ActorMention> out, String nerType) {
    int t = 0;
    while (t < tokens.size()) {
      if (covered[t] || !nerType.equals(tokens.get(t).ner())) {
        t++;
        continue;
      }
      int end = t;
      boolean place = knownPlace(t);
      while (end + 1 < tokens.size() && !covered[end + 1] && nerType.equals(tokens.get(end + 1).ner())) {
        end++;
        place |= knownPlace(end) && !followsPersonsName(end);
      }
      // NER is often wrong on foreign place names; a span with a known place word is no actor.
      if (!place && tokens.get(end).isProperNoun()) {
        boolean person = nerType.equals("PERSON");
        Actor actor = new Actor(person ? UNKNOWN_PERSON : UNKNOWN_ORGANIZATION, text(t, end), null,
            person ? ActorKind.PERSON : ActorKind.OTHER);
        out.add(mention(t, end, actor));
        for (int i = t; i <= end; i++) {
          covered[i] = true;
        }
      }
      t = end + 1;
    }
  }

  private static final Set<String> SMALL_WORDS =
      Set.of("of", "the", "and", "for", "in", "on", "to", "at");

  static final String UNKNOWN_PERSON = ActorResolver.UNKNOWN_COUNTRY + "PER";
  static final String UNKNOWN_ORGANIZATION = ActorResolver.UNKNOWN_COUNTRY + "ORG";

  private boolean knownPlace(int t) {
    Lexicon.Match m = lexicon.longest(units, tokens, t);
    return m != null && countryOf(m) != null;
  }

  private ActorMention mention(int first, int last, Actor actor) {
    int head = last;
    while (head > first && !tokens.get(head).isNoun()) {
      head--;
    }
    if (!tokens.get(head).isNoun()) {
      head = last;
    }
    return mention(first, last, head, actor);
  }

  private ActorMention mention(int first, int last, int head, Actor actor) {
    if (first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("the")) {
      first--;
    }
    return new ActorMention(text(first, last), actor, first, last, head,
        tokens.get(first).begin(), tokens.get(last).end());
  }

  /** The words as written, spaced as in the text where offsets allow. */
  private String text(int first, int last) {
    StringBuilder s = new StringBuilder(tokens.get(first).word());
    for (int i = first + 1; i <= last; i++) {
      if (tokens.get(i).begin() > tokens.get(i - 1).end()) {
        s.append(' ');
      }
      s.append(tokens.get(i).word());
    }
    return s.toString();
  }

  /** A regnal or papal number after a name: "ii", "xvi", "iv" (not "xi", which is Xi Jinping's name). */
  private static final Pattern REGNAL_NUMBER = Pattern.compile("x{0,2}(ix|iv|v?i{0,3})(?<=..)");

  /** A readable name from a dictionary's primary phrase: "AL-NUSRA_FRONT" -> "Al-Nusra Front". */
  private static String display(ActorEntry entry) {
    String phrase = entry.phrases().get(0);
    if (phrase.startsWith("the ")) {
      phrase = phrase.substring(4);
    }
    if (!phrase.contains(" ") && phrase.length() <= 3) {
      return phrase.toUpperCase(Locale.ROOT); // UN, EU, PKK
    }
    StringBuilder s = new StringBuilder(phrase.length());
    for (String word : phrase.split(" ")) {
      if (!s.isEmpty()) {
        s.append(' ');
      }
      if (SMALL_WORDS.contains(word) && !s.isEmpty()) {
        s.append(word); // "Islamic State of Iraq", not "Of"
        continue;
      }
      if (!s.isEmpty() && REGNAL_NUMBER.matcher(word).matches() && !word.equals("xi")) {
        s.append(word.toUpperCase(Locale.ROOT)); // "Elizabeth II", not "Ii"
        continue;
      }
      boolean start = true;
      for (char c : word.toCharArray()) {
        s.append(start ? Character.toUpperCase(c) : c);
        start = c == '-';
      }
    }
    return s.toString();
  }
}
