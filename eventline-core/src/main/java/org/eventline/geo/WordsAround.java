package org.eventline.geo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventline.nlp.Token;

/**
 * What the words next to a capitalised name say of it, read from the tokens before the name becomes a
 * {@link PlaceMention}: the preposition that governs it ("in", "near", "to" after a word of going),
 * the noun that calls it a place ("the village of", "the siege of"), its possessor ("Yemen's"), the
 * point it is measured from ("40 km north of"), the division word after it ("Aleppo province"), and
 * whether it stands inside a quotation.
 */
final class WordsAround {
  private WordsAround() {}

  /** Prepositions of place: a name after one is where something is ("in", "near", "throughout"). */
  static final Set<String> LOCATIVE = Set.of(
      "in", "at", "near", "into", "on", "around", "outside", "inside", "across", "toward", "towards",
      "within", "through", "throughout", "off");

  private static final Set<String> VISITS = Set.of("visit", "visits", "visited", "visiting");

  /**
   * True when a word of withdrawal or expulsion stands a few words before this "from" ("the withdrawal
   * of its military forces from", "expelled the SDF from Al-Tabqah"): a withdrawal happens where the
   * forces leave, unlike a flight from a place or a missile fired from one.
   */
  private static boolean withdrawnFrom(List<Token> tokens, int from) {
    for (int t = from - 1; t >= 0 && t >= from - WITHDRAWAL_REACH; t--) {
      String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
      if (WITHDRAWALS.contains(w)) {
        return true;
      }
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  private static final int WITHDRAWAL_REACH = 6;
  private static final Set<String> WITHDRAWALS = Set.of("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
      "withdrawal", "retreat", "retreats", "retreated", "retreating", "pullout", "evacuate", "evacuates", "evacuated",
      "evacuation", "expel", "expels", "expelled", "expelling", "expulsion", "oust", "ousts", "ousted", "ousting");

  /**
   * Nouns of an assault on a place, by the preposition the place's name follows: "the shelling of
   * Kharkiv", "strikes on Iran", "an attack on Kyiv".
   */
  private static final Map<String, Set<String>> ASSAULTS = Map.of(
      "of", Set.of("bombardment", "bombing", "shelling", "siege", "blockade", "storming", "encirclement", "capture",
          "recapture", "occupation"),
      "on", Set.of("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids", "assault",
          "assaults", "bombing", "bombings", "offensive"));

  /** Words that call the name next to them a region; a governor heads a first-level region ("Chelyabinsk's governor"). */
  private static final Set<String> REGION_WORDS = Set.of(
      "province", "prefecture", "governorate", "region", "district", "countryside", "oblast", "state", "county", "provinces",
      "governor");

  /** Prepositions after which a name is where something happened even when it is also an actor ("talks in Qatar"). */
  static final Set<String> AT = Set.of("in", "at", "near", "inside", "outside", "within", "into", "off");

  /** Compass words before a name ("Northern Syria"): part of no name the gazetteer knows by itself. */
  static final Set<String> COMPASS = Set.of(
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
      "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
      "southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western",
      "south-eastern", "south-western");

  /** Lemmas of going somewhere: the name after "to" that follows them is a destination. */
  private static final Set<String> GOING = Set.of(
      "visit", "trip", "journey", "tour", "travel", "fly", "flight", "go", "come", "return", "arrive", "move",
      "deploy", "deployment", "send", "head", "sail", "march");

  /**
   * Lemmas of carrying someone somewhere: the name after "to" that follows one in the passive ("was
   * flown to Moscow for treatment", "were taken to Kabul") is where people were brought after the
   * event, not where it happened.
   */
  private static final Set<String> CARRYING = Set.of(
      "fly", "take", "airlift", "rush", "transfer", "evacuate", "bring", "transport", "deport", "extradite",
      "carry", "ship", "drive");

  /** Words that end a clause when looking back for a participle's auxiliary. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "--", "—", "(", "``", "''");

  /** The "to" right before the name, past determiners ("to the Gaza Strip"), else -1. */
  private static int toBefore(List<Token> tokens, int first) {
    int to = first - 1;
    while (to >= 0 && tokens.get(to).pos().equals("DT")) {
      to--;
    }
    return to >= 0 && tokens.get(to).word().equalsIgnoreCase("to") ? to : -1;
  }

  /**
   * "a visit to Ireland", "travelled to Cairo", "deploys ten fighter jets to Puerto Rico": the name
   * after "to" that follows a word of going, or a verb of going or sending and what it sends, is where
   * someone or something went, so where what happened there happened.
   */
  static boolean destination(List<Token> tokens, int first) {
    int to = toBefore(tokens, first);
    if (to < 1) {
      return false;
    }
    // the word of going right before "to", or a verb of sending before what it sends ("deploys ten
    // F-35 fighter jets to Puerto Rico", "sends 40 asylum seekers to")
    int before = to - 1;
    while (before > 0 && to - before <= SENT_WORDS && SENT.contains(tokens.get(before).pos())) {
      before--;
    }
    String lemma = tokens.get(before).lemma().toLowerCase(Locale.ROOT);
    int went = to - 1;
    while (went > 0 && HOMEWARD.contains(tokens.get(went).word().toLowerCase(Locale.ROOT))) {
      went--; // "before returning home to Costa Rica", "flew back to Kenya"
    }
    return GOING.contains(tokens.get(went).lemma().toLowerCase(Locale.ROOT))
        || before < to - 1 && tokens.get(before).pos().startsWith("VB") && GOING.contains(lemma);
  }

  /** Adverbs between a word of going and its "to" ("returning home to", "flew back to"). */
  private static final Set<String> HOMEWARD = Set.of("home", "back");

  /** Parts of speech of the words of what is sent, between a verb of sending and "to". */
  private static final Set<String> SENT = Set.of("NN", "NNS", "NNP", "NNPS", "CD", "JJ", "DT", "HYPH", "PRP", "PRP$");
  /** The most words of what is sent. */
  private static final int SENT_WORDS = 8;

  /**
   * True when a name the page lost stands right before this one: "in , Jordan", where the scraped page
   * dropped the linked "Amman" and kept its comma and the country after it.
   */
  static boolean lostNameBefore(List<Token> tokens, int first) {
    int before = skipDeterminers(tokens, first - 1);
    return before >= 1 && tokens.get(before).word().equals(",")
        && LOCATIVE.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT));
  }

  /**
   * True when the name follows "to" after a passive participle of carrying ("was flown to", "had been
   * taken to", "rescued and airlifted to", "the boy, flown to"): where someone was brought. The
   * participle after a form of "have" is active ("has flown to Paris" says where he went).
   */
  static boolean carriedTo(List<Token> tokens, int first) {
    int to = toBefore(tokens, first);
    if (to < 1) {
      return false;
    }
    Token verb = tokens.get(to - 1);
    if (!verb.pos().equals("VBN") || !CARRYING.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int t = to - 2; t >= 0 && !CLAUSE_ENDS.contains(tokens.get(t).word()); t--) {
      String lemma = tokens.get(t).lemma().toLowerCase(Locale.ROOT);
      if (lemma.equals("have")) {
        return false;
      }
      if (lemma.equals("be")) {
        return true;
      }
    }
    return true; // a participle with no auxiliary: "the boy, flown to Moscow"
  }

  /**
   * True when the name follows "to" after a word of sending someone away ("blocking the deportation
   * of an Eritrean asylum seeker to France", "extradited to the United States"), within the clause:
   * where someone is to be sent, not where the act is.
   */
  static boolean removedTo(List<Token> tokens, int first) {
    int to = skipDeterminers(tokens, first - 1);
    if (to < 1 || !tokens.get(to).word().equalsIgnoreCase("to")) {
      return false;
    }
    for (int t = to - 1; t >= 0 && to - t <= REMOVAL_REACH && !CLAUSE_ENDS.contains(tokens.get(t).word()); t--) {
      if (REMOVALS.contains(tokens.get(t).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Lemmas of sending someone away to another country. */
  private static final Set<String> REMOVALS = Set.of("deport", "deportation", "extradite", "extradition", "repatriate",
      "repatriation", "expel", "expulsion");

  /** The most words between a word of sending away and its "to". */
  private static final int REMOVAL_REACH = 10;

  private static final Set<String> APPOSITION_OPENERS = Set.of(",", "—", "–", "--", "(");

  private static final Set<String> APPOSED_PLACES = Set.of("village", "town", "city", "hamlet", "suburb", "port",
      "island", "islands", "archipelago", "province", "governorate", "district", "region", "capital", "country");

  /**
   * True when an apposition after the name calls it a place: "The Azores — autonomous islands of
   * Portugal —", "Pichilemu, a coastal town in", which CoreNLP may leave untagged. The settlement noun
   * must head the apposition ("Smith, a city councillor" is no place).
   */
  static boolean appositionCallsItAPlace(List<Token> tokens, int last) {
    int t = last + 1;
    if (t >= tokens.size() || !APPOSITION_OPENERS.contains(tokens.get(t).word())) {
      return false;
    }
    t++;
    int modifiers = 0;
    while (t < tokens.size() && modifiers < 4 && (tokens.get(t).pos().equals("DT") || tokens.get(t).pos().startsWith("JJ")
        || tokens.get(t).pos().equals("VBN") || tokens.get(t).pos().equals("RB"))) {
      t++;
      modifiers++;
    }
    if (t >= tokens.size() || !APPOSED_PLACES.contains(tokens.get(t).word())) {
      return false;
    }
    return t + 1 >= tokens.size() || !tokens.get(t + 1).pos().startsWith("NN") && !tokens.get(t + 1).pos().equals("POS");
  }

  /**
   * True when a noun for an armed or criminal group stands right before the name, or before the list of
   * names it ends ("Ecuadorian drug cartels Los Choneros and Los Lobos", "the gang Barrio 18"): the
   * group's name, not the village it shares it with.
   */
  static boolean namedGroup(List<Token> tokens, int first) {
    int t = first - 1;
    for (int steps = 0; t >= 0 && steps < GROUP_LIST_REACH; steps++, t--) {
      Token k = tokens.get(t);
      if (GROUPS.contains(k.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!k.isProperNoun() && !k.word().equals(",") && !k.word().equals("and")) {
        return false;
      }
    }
    return false;
  }

  /** The most tokens from the group noun back over the names before this one ("cartels Los Choneros and"). */
  private static final int GROUP_LIST_REACH = 8;

  /** Nouns for a group that a name in apposition after them names. */
  private static final Set<String> GROUPS = Set.of("cartel", "cartels", "gang", "gangs", "militia", "militias",
      "faction", "factions");

  /**
   * True when the name is a person's by what it owns: "El Chapo's sons", "Khan's widow". A place has
   * no kin.
   */
  static boolean kinFollows(List<Token> tokens, int last) {
    return last + 2 < tokens.size() && tokens.get(last + 1).pos().equals("POS")
        && KIN.contains(tokens.get(last + 2).word().toLowerCase(Locale.ROOT));
  }

  /** Words for a person's kin. */
  private static final Set<String> KIN = Set.of("son", "sons", "daughter", "daughters", "wife", "husband", "widow",
      "brother", "brothers", "sister", "sisters", "father", "mother", "parents", "children", "nephew", "niece", "cousin");

  /**
   * True when "river" or "lake" follows the name ("the Maroni river", "the Kabul river", "the
   * Mississippi River", "Arcadia Lake"): the name is the water's, which gives the town or region of
   * its name no place here. A town named so is found whole first ("Elliot Lake").
   */
  static boolean riverFollows(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(last + 1).word();
    return next.equalsIgnoreCase("river") || next.equalsIgnoreCase("lake");
  }

  /**
   * True when the name of tokens {@code first}..{@code last} is a river's written with "the" ("across the
   * Red River", "the Jordan River"): towns named after one go without it ("in Fall River").
   */
  static boolean theRiver(List<Token> tokens, int first, int last) {
    return last > first && first >= 1 && tokens.get(last).word().equals("River")
        && tokens.get(first - 1).word().equalsIgnoreCase("the");
  }

  /** True when a division word in lower case follows the name ("for Ishikawa prefecture", which CoreNLP tags a person). */
  static boolean divisionWordFollows(List<Token> tokens, int last) {
    return last + 1 < tokens.size() && (isDivisionNoun(tokens.get(last + 1).word())
        || PLURAL_DIVISIONS.containsKey(tokens.get(last + 1).word().toLowerCase(Locale.ROOT)));
  }

  /**
   * The name with the division word after its last token, in the singular ("Khandwa" + "district",
   * "Sumy" + "Oblast" of "Sumy Oblasts"); for a name {@link #divisionWordFollows} holds of.
   */
  static String withDivisionWord(String name, List<Token> tokens, int last) {
    return name + " " + singularDivision(tokens.get(last + 1).word());
  }

  /** Division words after a list of names ("Kaduna and Niger States"), and the singular each name takes. */
  static final Map<String, String> PLURAL_DIVISIONS = Map.of("states", "State", "provinces", "Province",
      "oblasts", "Oblast", "regions", "Region", "governorates", "Governorate", "districts", "District",
      "counties", "County", "prefectures", "Prefecture", "departments", "Department");

  /** The singular of a plural division word ("Oblasts": "Oblast", as "Sumy Oblasts" names Sumy Oblast), else the word. */
  static String singularDivision(String word) {
    return PLURAL_DIVISIONS.getOrDefault(word.toLowerCase(Locale.ROOT), word);
  }

  /** True when the word, as written, is the lower-case noun of a division ("province", "prefecture", "oblast"). */
  static boolean isDivisionNoun(String word) {
    return DIVISIONS_AFTER.contains(word);
  }

  private static final Set<String> DIVISIONS_AFTER = Set.of("province", "governorate", "prefecture", "oblast", "county",
      "district", "region");

  /** A lower-case participle after a determiner ("the damaged", "the besieged"), which modifies the name after it. */
  private static boolean participleAfterDeterminer(Token t, Token before) {
    String w = t.word();
    return t.pos().equals("VBN") && !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && before.pos().equals("DT");
  }

  static boolean afterPreposition(List<Token> tokens, int first) {
    String preposition = preposition(tokens, first);
    return LOCATIVE.contains(preposition) || preposition.equals("over") && overhead(tokens, first);
  }

  /**
   * True when the "over" before the name says where something flew ("a drone shot down over Al
   * Hudaydah", "missions over Kursk"), not what a dispute is about ("talks over Gaza").
   */
  private static boolean overhead(List<Token> tokens, int first) {
    int over = first - 1;
    while (over >= 0 && !tokens.get(over).word().equalsIgnoreCase("over")) {
      over--;
    }
    for (int t = Math.max(0, over - OVERHEAD_REACH); t < over; t++) {
      if (AIRBORNE.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The most words from a word of flying to the "over" that says where ("missions it calls hostile over"). */
  private static final int OVERHEAD_REACH = 4;

  /** Words of flying and of what is done to what flies. */
  private static final Set<String> AIRBORNE = Set.of("flight", "flights", "fly", "flies", "flew", "flying", "flown",
      "mission", "missions", "sortie", "sorties", "patrol", "patrols", "overflight", "overflights", "airspace",
      "drone", "drones", "jet", "jets", "aircraft", "plane", "planes", "helicopter", "helicopters", "shot", "downed",
      "intercepted", "crashed", "hovering", "spotted");

  /**
   * The word before the name and its determiners and compass words ("into northern Syria"), lower
   * case, "" at the start. A name in apposition to common nouns after a determiner ("near the
   * railway station Malaya Vishera", "in the capital Kabul") follows the preposition before them.
   */
  static String preposition(List<Token> tokens, int first) {
    if (offsetFrom(tokens, first)) {
      return "near"; // "15 km southwest of Port-au-Prince", "on the outskirts of Kabul", "as far as Argentina"
    }
    int before = skipDeterminers(tokens, first - 1);
    if (lostNameBefore(tokens, first)) {
      // "the bombing of hotels in , Jordan": a page that lost a linked name (Amman) keeps its preposition
      before--;
    } else if (before == first - 1 && tokens.get(first).ner().equals("LOCATION") && addressAfter(tokens, before)) {
      // "near Chakri, Pakistan": the country of an address is where the name before it is
      return tokens.get(namesBefore(tokens, before - 1)).word().toLowerCase(Locale.ROOT);
    }
    if (before >= 2 && tokens.get(before - 1).word().equals("-") && hyphenedModifier(tokens.get(before))) {
      // "in Houthi-controlled Yemen", "in rebel-held Idlib", which CoreNLP splits at the hyphen: the
      // word before the compound
      before = skipDeterminers(tokens, before - 3);
    } else if (before >= 0 && modifiesAName(tokens.get(before))
        || before >= 1 && participleAfterDeterminer(tokens.get(before), tokens.get(before - 1))) {
      // "in nearby Jamaica", "in war-torn Somalia", "in downtown Kabul", "at the damaged Fukushima
      // nuclear plant": the word before the modifier
      before = skipDeterminers(tokens, before - 1);
    }
    if (settlementOf(tokens, first)) {
      // "in the small village of Damadola", "in the southern port city of Galle": the preposition
      // before the settlement noun and its modifiers
      before = first - 2;
      while (before - 1 >= 0 && (tokens.get(before - 1).pos().startsWith("JJ") || tokens.get(before - 1).pos().equals("NN"))) {
        before--;
      }
      before = skipDeterminers(tokens, before - 1);
      return before < 0 ? "" : tokens.get(before).word().toLowerCase(Locale.ROOT);
    }
    int nouns = before;
    while (nouns >= 0 && (tokens.get(nouns).pos().equals("NN") || tokens.get(nouns).pos().equals("NNS"))) {
      nouns--;
    }
    if (nouns < before && nouns >= 0 && tokens.get(nouns).pos().equals("DT")) {
      before = skipDeterminers(tokens, nouns);
    }
    if (before < 0) {
      return "";
    }
    String word = tokens.get(before).word().toLowerCase(Locale.ROOT);
    if (word.equals("of") && before >= 1 && (tokens.get(before - 1).word().equalsIgnoreCase("off")
        || tokens.get(before - 1).word().equalsIgnoreCase("outside"))) {
      return tokens.get(before - 1).word().toLowerCase(Locale.ROOT); // "found off of the Cape Verde Islands", "outside of Kabul"
    }
    if (word.equals("of") && before >= 1 && PARTS.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT))) {
      // "declared in parts of the Philippines", "across much of Syria", "killed in a snowstorm in six
      // provinces of Afghanistan": the preposition before the part
      int p = before - 2;
      while (p >= 0 && (tokens.get(p).pos().equals("DT") || tokens.get(p).pos().startsWith("JJ") || tokens.get(p).pos().equals("CD"))) {
        p--;
      }
      return p < 0 ? "" : tokens.get(p).word().toLowerCase(Locale.ROOT);
    }
    if (word.equals("from") && withdrawnFrom(tokens, before)) {
      return "in"; // "rebels retreating from Walikale", "the withdrawal of its forces from the eastern DRC"
    }
    if (VISITS.contains(word) && (before == 0 || !tokens.get(before - 1).pos().equals("DT") && !tokens.get(before - 1).pos().equals("PRP$"))) {
      // "Syrian President Ahmed al-Sharaa visits Saudi Arabia", though CoreNLP may tag "visits" a
      // plural noun: the visit is there
      return "in";
    }
    if (before >= 1 && ASSAULTS.getOrDefault(word, Set.of()).contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT))) {
      // "the Russian bombardment of Kyiv", "the siege of Mariupol", "Israel's strikes on Iran": the assault was there
      return "in";
    }
    if (before >= 1 && tokens.get(before - 1).word().equalsIgnoreCase("born")) {
      return "born " + word; // "Born in Malaysia, Top...": a birthplace, not where the news happened
    }
    if (before >= 1 && tokens.get(before - 1).word().equalsIgnoreCase("from")) {
      return "from " + word; // "fired at Israel from inside Gaza": where it came from, not where it struck
    }
    return word;
  }

  /**
   * True when the name follows "the village of", "the town of", "the province of" and the like: the
   * text calls it a place, whatever CoreNLP tags it ("bombing the village of Chechal").
   */
  static boolean settlementOf(List<Token> tokens, int first) {
    return first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("of")
        && SETTLEMENTS.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT));
  }

  /**
   * True when an appositive after the name calls it a settlement: "Moqokori, a town in the Hiiraan
   * region", "Gonesse, a suburb of Paris", "Sampit, a port town on a river". The text says it is a
   * place, whatever CoreNLP tags the name (it took Moqokori for a person).
   */
  static boolean describedAsSettlement(List<Token> tokens, int last) {
    int t = last + 1;
    if (t + 2 >= tokens.size() || !tokens.get(t).word().equals(",")
        || !(tokens.get(t + 1).word().equalsIgnoreCase("a") || tokens.get(t + 1).word().equalsIgnoreCase("an"))) {
      return false;
    }
    // up to two words describing it ("a small coastal town", "a port town")
    for (int n = t + 2; n < tokens.size() && n <= t + 4; n++) {
      String word = tokens.get(n).word();
      if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
        return false;
      }
      if (SETTLEMENTS.contains(word) && !word.startsWith("countr") && !word.equals("state")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of the proper name whose possessive stands right before this one ("Yemen" of
   * "Yemen's Al Hudaydah port", "Bangkok" of "Bangkok's Prawet district"), or -1.
   */
  static int possessor(List<Token> tokens, int first) {
    if (first < 2 || !tokens.get(first - 1).pos().equals("POS") || !tokens.get(first - 2).isProperNoun()) {
      return -1;
    }
    int start = first - 2;
    while (start > 0 && tokens.get(start - 1).isProperNoun()) {
      start--;
    }
    return start;
  }

  /**
   * True when a settlement noun in lower case calls the name a place ("the neighbouring countries of
   * Benin", "the village of Chechal"): where, whatever else the name is in the sentence. "The Islamic
   * State of Iraq" is a name of its own.
   */
  static boolean calledAPlace(List<Token> tokens, int first) {
    if (first >= 3 && tokens.get(first - 2).word().equalsIgnoreCase("such") && tokens.get(first - 1).word().equalsIgnoreCase("as")
        && SETTLEMENTS.contains(tokens.get(first - 3).word().toLowerCase(Locale.ROOT))) {
      return true; // "neighbouring countries such as Singapore, Malaysia..."
    }
    if (first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("including")
        && SETTLEMENTS.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT))) {
      return true; // "several cities including Homs"
    }
    return settlementOf(tokens, first) && Character.isLowerCase(tokens.get(first - 2).word().codePointAt(0))
        || partOf(tokens, first) || seizedOrBesieged(tokens, first);
  }

  /**
   * True when a noun of taking or holding ground stands before "of" and the name ("took control of
   * Iran", "the siege of Sarajevo", "the fall of Kabul"), or a verb of taking ground right before it
   * ("The Sudanese Armed Forces take Al-Kamlin as they advance towards Khartoum"): the name is the
   * ground, so where, though it is also the country or city as an actor, or a name CoreNLP took
   * for a person's.
   */
  private static boolean seizedOrBesieged(List<Token> tokens, int first) {
    int of = skipDeterminers(tokens, first - 1);
    if (of >= 0 && tokens.get(of).pos().startsWith("VB")
        && GROUND_TAKING_VERBS.contains(tokens.get(of).lemma().toLowerCase(Locale.ROOT))) {
      return true; // "The Sudanese Armed Forces take Al-Kamlin", "rebels recapture Moqokori"
    }
    return of >= 1 && tokens.get(of).word().equalsIgnoreCase("of")
        && GROUND_TAKEN.contains(tokens.get(of - 1).word().toLowerCase(Locale.ROOT));
  }

  /** Verbs of taking ground, whose object is the ground taken. */
  private static final Set<String> GROUND_TAKING_VERBS = Set.of("capture", "seize", "take", "recapture", "retake",
      "overrun", "storm", "liberate", "besiege", "encircle");

  /** Nouns of taking, holding or besieging ground. */
  private static final Set<String> GROUND_TAKEN = Set.of("control", "siege", "capture", "fall", "invasion",
      "occupation", "liberation", "recapture", "encirclement", "blockade");

  /**
   * True when a compass word in lower case stands before the name ("hit southern Norway", "in
   * eastern Indonesia"): a part of the place, so a place, even where the name alone would be the
   * country as an actor.
   */
  private static boolean partOf(List<Token> tokens, int first) {
    return first >= 1 && Character.isLowerCase(tokens.get(first - 1).word().codePointAt(0))
        && COMPASS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
  }

  /**
   * True when the name before {@code after} says where people come from, not where they are: it
   * modifies a noun of travellers or foreigners, past at most one other noun ("U.S. citizens",
   * "Iranian nationals", "Wuhan airline passengers").
   */
  static boolean originOf(List<Token> tokens, int after) {
    for (int t = after; t < tokens.size() && t <= after + 1; t++) {
      Token token = tokens.get(t);
      if (!token.pos().startsWith("NN") || token.isProperNoun()) {
        return false;
      }
      if (ORIGIN_PEOPLE.contains(token.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** People named by where they come from, who are elsewhere: "U.S. citizens", "Iranian nationals". */
  private static final Set<String> ORIGIN_PEOPLE = Set.of("citizen", "national", "passenger", "tourist", "traveller",
      "traveler", "migrant", "refugee", "pilgrim", "expatriate", "expat", "diaspora");

  /**
   * True when the name is where something lies off or reaches: after a compass word and "of" ("40
   * km north of Baghdad"), "the outskirts (suburbs, vicinity) of", or "as far as".
   */
  static boolean offsetFrom(List<Token> tokens, int first) {
    int of = first - 1;
    while (of >= 0 && tokens.get(of).pos().equals("DT")) {
      of--; // "northeast of the Seychelles"
    }
    if (of >= 1 && tokens.get(of).word().equalsIgnoreCase("of")) {
      String w = tokens.get(of - 1).word().toLowerCase(Locale.ROOT);
      return COMPASS.contains(w) || OUTSKIRTS.contains(w);
    }
    return first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("as")
        && tokens.get(first - 2).word().equalsIgnoreCase("far");
  }

  /** Nouns of the edge of a place: "the outskirts of Kabul" is at Kabul, "off the coast of Malaysia" off Malaysia. */
  private static final Set<String> OUTSKIRTS = Set.of("outskirts", "suburbs", "vicinity", "environs", "edge", "heart",
      "centre", "center", "coast", "coasts", "shores");

  /** Nouns that, before "of", call the name after them a place. */
  private static final Set<String> SETTLEMENTS = Set.of(
      "village", "villages", "town", "towns", "city", "cities", "hamlet", "suburb", "neighbourhood", "neighborhood",
      "district", "province", "governorate", "region", "county", "municipality", "port", "island", "state",
      "country", "countries");

  private static int skipDeterminers(List<Token> tokens, int before) {
    while (before >= 0 && (tokens.get(before).pos().equals("DT") || tokens.get(before).pos().equals("CD")
        || tokens.get(before).word().equalsIgnoreCase("both")
        || COMPASS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT)))) {
      before--;
    }
    return before;
  }

  /** "Aleppo province", "Aleppo's countryside", "the province of Aleppo". */
  static boolean regionSaid(List<Token> tokens, int first, int last) {
    int after = last + 1;
    if (after < tokens.size() && tokens.get(after).pos().equals("POS")) {
      after++;
    }
    if (after < tokens.size() && REGION_WORDS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("of")
        && REGION_WORDS.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT));
  }

  /** True when a settlement noun follows the mention ("the French city of"). */
  static boolean beforeSettlementNoun(List<Token> tokens, PlaceMention m) {
    int next = m.lastToken() + 1;
    return next < tokens.size() && SETTLEMENTS.contains(tokens.get(next).word());
  }

  /**
   * Lower-case nouns of a part of a country that a demonym before them places ("the Greek city", "Costa
   * Rican coast", "entered Venezuelan airspace", "in Iranian waters", "on Afghan soil").
   */
  static final Set<String> COUNTRY_PARTS = Set.of("city", "town", "village", "capital", "coast", "coastline", "island", "port",
      "airspace", "waters", "territory", "soil", "cities", "towns", "villages", "islands", "ports", "region", "regions",
      "province", "provinces", "district", "districts", "areas");

  /**
   * True when the offset lies inside a quotation. Curly marks say which way they go; a straight
   * mark opens after a space or the start and closes otherwise. A sentence whose first mark closes
   * began inside a quotation opened in an earlier sentence.
   */
  static boolean quoted(String text, int offset) {
    boolean inside = false;
    boolean first = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '"' && c != '“' && c != '”') {
        continue;
      }
      boolean opens = c == '“' || c == '"' && (i == 0 || " \t([".indexOf(text.charAt(i - 1)) >= 0);
      if (first && !opens && i >= offset) {
        return true; // the sentence began inside a quotation and the offset comes before its end
      }
      first = false;
      if (i >= offset) {
        return inside;
      }
      inside = opens;
    }
    return inside;
  }

  static boolean isHyphen(Token t) {
    return t.word().equals("-") || t.word().equals("‐") || t.word().equals("‑");
  }

  /** True when token {@code hyphen} is a hyphen with a token on each side and no space on either ("Sea-Eye"). */
  static boolean joinsAcross(List<Token> tokens, int hyphen) {
    return hyphen >= 1 && hyphen + 1 < tokens.size() && isHyphen(tokens.get(hyphen))
        && joined(tokens.get(hyphen - 1), tokens.get(hyphen)) && joined(tokens.get(hyphen), tokens.get(hyphen + 1));
  }

  /** True when no space separates the two tokens. */
  static boolean joined(Token a, Token b) {
    return a.end() == b.begin();
  }

  /** True when the word begins with a capital letter ("Square", "Swedish"); false for an empty one. */
  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /**
   * Words for a part of a place, between a preposition and "of" ("in parts of", "across much of", "in
   * the 18th arrondissement of Paris", "in the centre of Kabul", "in six provinces of Afghanistan").
   */
  private static final Set<String> PARTS = Set.of("part", "parts", "areas", "much", "most", "swathes", "swaths",
      "arrondissement", "quarter", "centre", "center", "heart", "provinces", "districts", "regions", "counties",
      "governorates", "oblasts", "prefectures");

  /** Words that modify a place name without ending a phrase: lower-case adjectives, "downtown", "mainland". */
  /** The lower-case second half of a hyphened compound before a name ("-controlled", "-held", "-torn"). */
  private static boolean hyphenedModifier(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && (t.pos().startsWith("VB") || t.pos().startsWith("JJ"));
  }

  private static boolean modifiesAName(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))
        && (t.pos().startsWith("JJ") || w.equals("downtown") || w.equals("mainland"));
  }

  /**
   * True when the proper nouns from {@code first} name a national body, one a demonym opens, that acts
   * as the subject: "the Iranian Chess Federation announced", "Iranian Chess Federation President
   * announced", "the Slovak Health Ministry said". Such bodies act at home.
   */
  static boolean nationalBody(List<Token> tokens, int first) {
    boolean head = false;
    int t = first;
    while (t < tokens.size() && t < first + NATIONAL_BODY_WORDS && tokens.get(t).isProperNoun()) {
      head |= BODIES.contains(tokens.get(t).word().toLowerCase(Locale.ROOT));
      t++;
    }
    if (!head || t >= tokens.size()) {
      return false;
    }
    return finite(tokens.get(t));
  }

  /** True when the token is a finite verb or a modal ("says", "said", "say", "will"): a subject's verb. */
  static boolean finite(Token t) {
    String pos = t.pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /** True when "of" follows the name: it goes on ("the Republic of Macedonia"). */
  static boolean ofFollows(List<Token> tokens, int last) {
    return last + 1 < tokens.size() && tokens.get(last + 1).word().equals("of");
  }

  /**
   * True when the name is the place of a body named "the ... of" it that sits in one building:
   * "the Supreme Court of the United States", "the Grand National Assembly of Turkey", "the District
   * Court of Vermont", "the Archdiocese of New York". A national body meets in the capital; "the
   * government of Samoa" governs the whole country, and a lower-case "court of" is no body's name.
   */
  static boolean seatedBodyOf(List<Token> tokens, int first) {
    int of = first - 1;
    if (of >= 1 && tokens.get(of).word().equalsIgnoreCase("the")) {
      of--; // "of the United States": the article is not part of the name
    }
    if (of < 1 || !tokens.get(of).word().equals("of")) {
      return false;
    }
    String body = tokens.get(of - 1).word();
    return capitalised(body) && SEATED_BODIES.contains(body.toLowerCase(Locale.ROOT));
  }

  /** Heads of the names of bodies that meet in one building of the capital ("Supreme Court", "National Assembly"). */
  private static final Set<String> SEATED_BODIES = Set.of("court", "assembly", "congress", "senate", "diet", "palace",
      "archdiocese", "diocese");

  /**
   * True when an infinitive of purpose follows the name ("deploys ten jets to Puerto Rico to take part
   * in action against cartels in Venezuela"): what they went there to do is done there, and a place
   * the purpose names is what it aims at.
   */
  static boolean purposeFollows(List<Token> tokens, int last) {
    return last + 2 < tokens.size() && tokens.get(last + 1).word().equals("to") && tokens.get(last + 2).pos().equals("VB");
  }

  /**
   * True when common nouns after the name end in something that happened there ("Ōtsuchi wildfire",
   * "Spain car rally race crash", "New Zealand outbreak"), not in what somebody did ("US airstrike").
   */
  static boolean happeningFollows(List<Token> tokens, int last) {
    for (int t = last + 1; t < tokens.size() && t <= last + HAPPENING_REACH; t++) {
      Token k = tokens.get(t);
      if (!k.pos().startsWith("NN") || k.isProperNoun()) {
        return false;
      }
      if (HAPPENINGS.contains(k.word().toLowerCase(Locale.ROOT))) {
        return t + 1 >= tokens.size() || !tokens.get(t + 1).pos().startsWith("NN");
      }
    }
    return false;
  }

  /**
   * True when lower-case nouns after the name end in a facility the name's place holds ("the Novi Sad
   * railway station", "the Engels-2 air base", "the Kabul airport"), a number joined to the name by a
   * hyphen being the facility's own ("Engels-2").
   */
  static boolean facilityFollows(List<Token> tokens, int last) {
    int from = last + 1;
    if (joinsAcross(tokens, from) && tokens.get(from + 1).pos().equals("CD")) {
      from += 2;
    }
    for (int t = from; t < tokens.size() && t < from + FACILITY_REACH; t++) {
      Token k = tokens.get(t);
      if (!k.pos().startsWith("NN") || k.isProperNoun() || capitalised(k.word())) {
        return false;
      }
      if (FACILITIES.contains(k.word())) {
        return true;
      }
    }
    return false;
  }

  /** The most lower-case nouns from a name to its facility ("railway station", "air base"). */
  private static final int FACILITY_REACH = 3;

  /** Facilities a news story names after the city they serve. */
  private static final Set<String> FACILITIES = Set.of("airport", "airbase", "airfield", "base", "station", "port",
      "harbour", "harbor", "prison", "jail", "dam", "refinery", "plant", "bridge", "hospital", "market", "mosque",
      "stadium", "university", "checkpoint", "crossing");

  /** The most common nouns between a name and the happening it names ("Spain car rally race crash"). */
  private static final int HAPPENING_REACH = 4;

  /** Heads of compounds for what happened at a place, not what somebody did there. */
  private static final Set<String> HAPPENINGS = Set.of("outbreak", "epidemic", "crash", "crashes", "earthquake", "quake",
      "tsunami", "flood", "floods", "flooding", "wildfire", "wildfires", "landslide", "eruption", "derailment",
      "collapse", "disaster", "riots", "unrest", "referendum", "election", "elections");

  /** The most proper nouns after the demonym of a national body's name ("Chess Federation President"). */
  private static final int NATIONAL_BODY_WORDS = 5;

  /** Head words of the names of national bodies ("Chess Federation", "Health Ministry", "National Narcotics Board"). */
  private static final Set<String> BODIES = Set.of("federation", "association", "union", "committee", "council",
      "ministry", "commission", "agency", "authority", "institute", "foundation", "court", "assembly", "bureau",
      "board", "department", "directorate", "administration");

  /** True when "a" or "an" stands right before the token ("a Christmas event"). */
  static boolean indefiniteBefore(List<Token> tokens, int first) {
    if (first == 0) {
      return false;
    }
    String word = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
    return word.equals("a") || word.equals("an");
  }

  /** Named-entity classes of words that name no place ("On Sunday, ...", "the diplomat in Cuba, James Cason"). */
  private static final Set<String> NOT_PLACES = Set.of("DATE", "TIME", "PERSON", "NUMBER", "DURATION");

  /** The most capitalised words of a name before the comma of an address ("near Ras al-Ain, Syria"). */
  private static final int ADDRESS_WORDS = 4;

  /**
   * True when the comma at {@code comma} closes a name of capitalised words that follows a
   * preposition of place ("near Chakri, Pakistan", "in Msayleh, An-Najjariyah, Lebanon"): what
   * comes after the comma is that name's address.
   */
  private static boolean addressAfter(List<Token> tokens, int comma) {
    if (comma < 2 || !tokens.get(comma).word().equals(",")) {
      return false;
    }
    int at = namesBefore(tokens, comma - 1);
    // not an opening phrase ("In Idlib, the army said...")
    return at > 0 && at < comma - 1 && LOCATIVE.contains(tokens.get(at).word().toLowerCase(Locale.ROOT));
  }

  /**
   * The index of the word before the run of capitalised words (and hyphens, and commas between
   * them) that ends at {@code last}; {@code last} itself when the word there is not capitalised.
   */
  private static int namesBefore(List<Token> tokens, int last) {
    int i = last;
    int words = 0;
    while (i >= 0 && words <= ADDRESS_WORDS) {
      Token t = tokens.get(i);
      // "in Al-Loud, Libya": CoreNLP may tag a part of a place's name an adjective, yet a location
      if (capitalised(t.word()) && (t.pos().startsWith("NNP") || t.ner().equals("LOCATION")) && !NOT_PLACES.contains(t.ner())) {
        words++;
      } else if (!(t.word().equals("-") || t.word().equals(",") && i < last)) {
        break;
      }
      i--;
    }
    return words == 0 || words > ADDRESS_WORDS ? last : i;
  }
}
