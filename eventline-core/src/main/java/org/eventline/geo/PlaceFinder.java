package org.eventline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Sentence;
import org.eventline.nlp.Token;

/**
 * Finds place names in a tokenised sentence: runs of proper nouns or of tokens CoreNLP tags
 * LOCATION, split into the longest names the gazetteer knows. Demonyms are left out: "Russian
 * troops" says whose troops, not where they are.
 */
final class PlaceFinder {
  /** The months and the days of the week, lower case. */
  static final Set<String> MONTHS_AND_DAYS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** Dates are no places, though GeoNames has an August (USA) and a Sunday (Nigeria). */
  static final Set<String> CALENDAR = Stream.concat(MONTHS_AND_DAYS.stream(), Stream.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."))
      .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> FUNCTION_WORDS = Set.of("IN", "CC", "DT", "TO", "PRP", "PRP$", "WDT", "MD");
  private static final int LONGEST_NAME = 5;
  /** Institutions that act where they sit: a name before one ("Tbilisi city court") or after "the ... of" says where. */
  private static final Set<String> INSTITUTIONS = Set.of(
      "court", "courts", "government", "parliament", "cabinet", "legislature", "assembly", "ministry",
      "authorities", "police", "prosecutors", "municipality");
  /**
   * Authorities that, named with their country's demonym at the start of a sentence ("Swedish police
   * detained", "Iraqi officials said"), act at home.
   */
  private static final Set<String> AUTHORITIES = Set.of("police", "authorities", "prosecutors", "officials",
      "investigators");
  /** Words that begin a state's official name with "of" ("Republic of", "Kingdom of"). */
  private static final Set<String> STATE_WORDS = Set.of("Republic", "Kingdom", "Emirate", "Federation", "Commonwealth",
      "Principality", "Sultanate", "Union");

  /** Words that begin the names of forts, camps, mountains and capes ("Fort Tiuna", "Camp Lemonnier"), no place alone. */
  private static final Set<String> FEATURE_WORDS = Set.of("Fort", "Camp", "Mount", "Cape");

  /** The most words between a city and "Court" in the court's name ("Seoul Central District Court"). */
  private static final int COURT_NAME_WORDS = 4;

  /** Words that begin a facility's name with "of" its city ("Port of", "University of"). */
  private static final Set<String> FACILITY_WORDS = Set.of("Port", "Harbour", "Harbor", "University");

  /**
   * Courts, their officers and national commissions, who act at home when their country's demonym
   * opens the sentence ("A Finnish court sentences", "The Philippine Commission on Elections denies").
   */
  private static final Set<String> JUSTICE = Set.of("court", "judge", "judges", "prosecutor", "ministry", "regulator",
      "commission");
  /** The most lower-case adjectives between a demonym and its body ("An Argentine federal judge"). */
  private static final int BODY_ADJECTIVES = 2;
  /** Institutions named "the ... of" their country ("the government of Samoa"); "Court of Justice" names no seat. */
  private static final Set<String> GOVERNMENTS = Set.of("government", "parliament", "cabinet", "legislature");
  /** Words between a seat's name and its institution: "Tonga's parliament", "Tbilisi city court", "Luxembourg-based court". */
  private static final Set<String> SEAT_WORDS = Set.of("'s", "’s", "city", "-", "based", "-based");
  private final Gazetteer gazetteer;

  PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place names of a sentence, in order; the parse, when there is one (may be null), confirms lists of places. */
  List<PlaceMention> find(Sentence sentence, Parse parse) {
    List<Token> tokens = sentence.tokens();
    List<PlaceMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!mayName(tokens.get(i))) {
        int end = curatedNameEnd(sentence, i);
        if (end < 0) {
          end = hyphenedNameEnd(sentence, i); // "Val-d'Isère", which CoreNLP tags two common nouns
        }
        if (end < 0 && addressedWord(sentence, i)) {
          end = i; // "strikes Sagaing/VBG, Myanmar", "in Mare/NN ', Syria": untagged, but written with its country
        }
        PlaceMention curated = end < 0 ? null : mention(sentence, parse, out, i, end);
        if (curated != null) {
          out.add(curated);
          i = end + 1;
        } else {
          i++;
        }
        continue;
      }
      int runEnd = i;
      while (runEnd + 1 < tokens.size()) {
        if (mayName(tokens.get(runEnd + 1)) || mistaggedHead(tokens, runEnd + 1)) {
          runEnd++;
          continue;
        }
        int linked = hyphenLinked(sentence, runEnd);
        if (linked < 0) {
          linked = knownWithNextWord(sentence, i, runEnd);
        }
        if (linked < 0) {
          break;
        }
        runEnd = linked;
      }
      if (i > 0 && adjectiveBegins(tokens, i)) {
        i--; // "American Samoa", though CoreNLP tags "American" an adjective
      }
      // Longest known names first, left to right: "Saudi Arabia", not "Saudi" and "Arabia".
      int start = i;
      int consumed = i - 1; // the last token of the run that a name found before covers
      while (start <= runEnd) {
        if (stormName(tokens, start)) {
          start++; // "Hurricane Gonzalo" is a storm, neither Hurricane, Utah nor Gonzalo in the Dominican Republic
          continue;
        }
        int end = Math.min(runEnd, start + LONGEST_NAME - 1);
        PlaceMention found = officialName(sentence, start, runEnd);
        if (found != null) {
          runEnd = found.lastToken();
        }
        int knownEnd = -1; // the end of the longest name of two or more words the gazetteer knows here
        for (; end >= start && found == null; end--) {
          found = mention(sentence, parse, out, start, end);
          if (found == null && knownEnd < 0 && end > start && gazetteer.knows(sentence.span(start, end))) {
            knownEnd = end;
          }
        }
        if (found == null && knownEnd > start && WordsAround.carriedTo(tokens, start)) {
          // "Maduro is taken to New York": a known name the context rules out as the place ("taken to")
          // is no place of its last word either (York, England)
          start = knownEnd + 1;
          continue;
        }
        int world = worldRegionEnd(sentence, start, runEnd);
        if (world >= 0 && (found == null || world >= found.lastToken())) {
          start = world + 1; // "Africa", "Middle East": in no one country, not Mahdia (once Africa) in Tunisia
          continue;
        }
        if (found != null && found.firstToken() == found.lastToken() && found.lastToken() < runEnd
            && WordsAround.COMPASS.contains(tokens.get(start).word().toLowerCase(Locale.ROOT))) {
          found = null; // "Northern" in "Northern Syria" says which part, the name follows
        }
        if (found != null && found.lastToken() < runEnd && namesLandmark(tokens, found.lastToken() + 1, nameEnd(tokens, runEnd, found))) {
          // "Freedom Plaza": a landmark, not a place in some village called Freedom
          found = cityOrCurated(found.text()) ? found.asLandmark() : null;
          if (found != null && STREETS.contains(tokens.get(found.lastToken() + 1).word().toLowerCase(Locale.ROOT))) {
            // "Liverpool Street", "Haifa Street": a street named after a city leads there from another
            found = null;
          }
        }
        if (found != null && found.firstToken() > i && Landmarks.isHead(tokens.get(found.firstToken()).word())) {
          found = null; // "Plaza" of "Freedom Plaza" is the landmark's head, not Plaza in Spain
        }
        if (found != null && found.firstToken() > i && found.firstToken() == found.lastToken()
            && naturalHead(found.text())
            && !gazetteer.knows(tokens.get(found.firstToken() - 1).word())) {
          // "Island" of "Yeonpyeong Island", a name the gazetteer lacks, is not Iceland ("Island"), nor
          // "Valley" of "the Baallade Valley" The Valley in Anguilla
          found = null;
        }
        if (found != null && found.firstToken() == found.lastToken() && found.lastToken() + 1 < tokens.size()
            && tokens.get(found.lastToken() + 1).word().equals("of") && Landmarks.isHead(found.text())
            && !gazetteer.curated(found.text())) {
          found = null; // "the Church of the Assumption" is a building, not Church in Lancashire
        }
        if (found != null && foreignMission(tokens, found)) {
          found = null; // "captured the U.S. embassy" in Tehran: whose mission, not where
        }
        if (found != null && beginsUnknownName(tokens, found, runEnd)) {
          // "Grand Whatever Island", a name the gazetteer lacks, is not the French village Grand; the
          // name it is "of" may be known ("the Grand National Assembly of Turkey")
          int of = ofIn(tokens, found.lastToken() + 1, runEnd);
          if (of < 0) {
            break;
          }
          start = of + 1;
          continue;
        }
        if (found != null && beforeArabicArticle(tokens, found)) {
          break; // "Alma ash Shab", a Lebanese village the gazetteer lacks, is not Alma, Quebec
        }
        if (found != null && endsUnknownName(sentence, found, i, consumed)) {
          // "Naghar Kalai", a village the gazetteer lacks, is not Calais; "Dem. Republic" is no Republic, USA
          found = null;
        }
        if (found != null && found.firstToken() == found.lastToken() && found.lastToken() + 2 < tokens.size()
            && (STATE_WORDS.contains(found.text()) || FACILITY_WORDS.contains(found.text()))
            && tokens.get(found.lastToken() + 1).word().equals("of")
            && WordsAround.capitalised(tokens.get(found.lastToken() + 2).word())) {
          // "the Republic of Artsakh", a state the gazetteer lacks, is not Republic, Missouri; "the Port of
          // Helsingborg" is in Helsingborg, not Le Port in Réunion
          found = null;
        }
        if (found != null && found.firstToken() == found.lastToken() && FEATURE_WORDS.contains(found.text())
            && found.lastToken() + 1 < tokens.size() && WordsAround.capitalised(tokens.get(found.lastToken() + 1).word())) {
          found = null; // "striking Fort Tiuna", a base the gazetteer lacks, is not Fort, another name of Augusta
        }
        if (found != null && found.firstToken() == found.lastToken() && Gazetteer.isDivisionWord(found.text())) {
          found = null; // "the District of Sagaing": the word for a kind of division names none
        }
        if (found != null && WordsAround.riverFollows(tokens, found.lastToken())) {
          // "on the Maroni river near Albina": a river, not Saint-Laurent-du-Maroni; "on the
          // Mississippi River near East Alton": not the state, and "River" after it no place of its own
          if (found.lastToken() + 1 <= runEnd) {
            consumed = found.lastToken() + 1;
            start = consumed + 1;
            continue;
          }
          found = null;
        }
        if (found != null && WordsAround.theRiver(tokens, found.firstToken(), found.lastToken())
            && !gazetteer.curated(found.text())) {
          found = null; // "flees across the Red River": the river, not the village of Red River, New Mexico
        }
        if (found != null && inHyphenatedName(tokens, found)) {
          found = null; // "Sea-Eye", a rescue charity, is not in Eye, England
        }
        if (found == null && start < runEnd && gazetteer.isDemonym(tokens.get(start).word())) {
          break; // "Persian Gulf", "Saudi Air Force": a demonym begins a name the gazetteer lacks
        }
        if (found != null) {
          found = withCompassWord(sentence, found);
          out.add(found);
          consumed = found.lastToken();
          start = found.lastToken() + 1;
          if (start <= runEnd && ISLANDS.contains(tokens.get(start).word().toLowerCase(Locale.ROOT)) && countryOrRegion(found.text())) {
            // "the Cape Verde Islands", "the Seychelles Islands": the country's islands, not the
            // Islands district of Hong Kong
            consumed = start;
            start++;
          }
        } else {
          start++;
        }
      }
      i = runEnd + 1;
    }
    out = sharedDivisionWord(tokens, out);
    out.addAll(demonymInstitutions(sentence, out));
    boolean[] cited = sentence.citation();
    out.removeIf(m -> cited[m.firstToken()]); // "(The Hill)", "(Kyiv Independent)": a source, not a place
    return streetNamesLeftOut(tokens, out);
  }

  /**
   * The mentions with each name of a list before a plural division word looked up as that division:
   * "in Kaduna and Niger States" names Kaduna State and Niger State (not the city, not the country),
   * "Kherson, Mykolaiv, and Sumy Oblasts" three oblasts.
   */
  private List<PlaceMention> sharedDivisionWord(List<Token> tokens, List<PlaceMention> found) {
    List<PlaceMention> out = new ArrayList<>(found);
    for (int k = out.size() - 1; k >= 0; k--) {
      PlaceMention m = out.get(k);
      int after = m.lastToken() + 1;
      String singular = after < tokens.size() ? WordsAround.PLURAL_DIVISIONS.get(tokens.get(after).word().toLowerCase(Locale.ROOT)) : null;
      if (singular == null || gazetteer.knows(m.text() + " " + tokens.get(after).word())) {
        continue;
      }
      // back along the list: only commas and "and" between its names
      int head = k + 1;
      for (int j = k, next = after; j >= 0; j--) {
        PlaceMention n = out.get(j);
        String division = n.text() + " " + singular;
        if (!onlyJoinersBetween(tokens, n.lastToken() + 1, next) || !gazetteer.knows(division)) {
          break;
        }
        out.set(j, n.asDivision(division));
        next = n.firstToken();
        head = j;
      }
      // one list, which stands where its first name stands ("in Kaduna and Niger States")
      for (int j = head + 1; j <= k; j++) {
        out.set(j, out.get(j).listedWith(out.get(head)));
      }
      k = Math.min(k, head); // past the list's names
    }
    return out;
  }

  /** True when tokens from..to-1 are only commas and "and" (none at all for a name right before the word). */
  private static boolean onlyJoinersBetween(List<Token> tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      String w = tokens.get(t).word();
      if (!w.equals(",") && !w.equalsIgnoreCase("and")) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case compass words and the word a division's name begins with for them ("central" Darfur: Central Darfur). */
  private static final Map<String, String> COMPASS_PARTS = Map.of(
      "north", "North", "northern", "North", "south", "South", "southern", "South", "east", "East", "eastern", "East",
      "west", "West", "western", "West", "central", "Central");

  /**
   * The mention with the lower-case compass word before it when the two name a division of the
   * region the name alone names ("in central Darfur": the state of Central Darfur, not the middle of
   * Darfur; "in north Waziristan"); a country's part ("in northern Syria") stays the country.
   */
  private PlaceMention withCompassWord(Sentence sentence, PlaceMention m) {
    int before = m.firstToken() - 1;
    String part = before < 0 ? null : COMPASS_PARTS.get(sentence.tokens().get(before).word());
    if (part == null) {
      return m;
    }
    String text = part + " " + m.text();
    Place whole = gazetteer.resolve(m.text(), Focus.none(), false);
    Place division = whole == null || whole.kind().equals("country") ? null : gazetteer.resolve(text, Focus.none(), false);
    if (division == null || !division.country().equals(whole.country())
        || !division.isDivision()) {
      return m;
    }
    return m.named(text, before);
  }

  /**
   * The mentions less those that name a street, a building or the like written with a common noun
   * ("near Pine Grove and White Pine roads", "the Kabul hotel"): a plural noun after a list takes
   * the whole list. A city that gives such a landmark its name stays, as a landmark (which lies
   * there only if the city is in one of the article's countries).
   */
  private List<PlaceMention> streetNamesLeftOut(List<Token> tokens, List<PlaceMention> found) {
    List<PlaceMention> out = new ArrayList<>(found.size());
    for (PlaceMention m : found) {
      boolean street = false;
      for (PlaceMention later : found) {
        int after = later.lastToken() + 1;
        if (after < tokens.size() && !tokens.get(after).word().isEmpty()
            && Character.isLowerCase(tokens.get(after).word().codePointAt(0))
            && (later == m && Landmarks.isHead(tokens.get(after).word())
                || later.listStart() == m.listStart() && later.firstToken() >= m.firstToken()
                    && Landmarks.isPluralHead(tokens.get(after).word()))) {
          street = true;
          break;
        }
      }
      if (!street) {
        out.add(m);
      } else if (cityOrCurated(m.text())) {
        out.add(m.asLandmark());
      }
    }
    return out;
  }

  /**
   * True when a one-word name that only a town or village has is followed, in the same run of proper
   * nouns, by a word that begins no known name: the run is one longer name the gazetteer lacks
   * ("Grand Whatever Island"), and neither its first word nor a later one ("Island", Iceland in
   * Icelandic) says where. A city, region or country keeps
   * its place ("Kabul Bank" still names Kabul).
   */
  private boolean beginsUnknownName(List<Token> tokens, PlaceMention found, int runEnd) {
    int next = found.lastToken() + 1;
    if (found.firstToken() != found.lastToken() || next > runEnd || found.landmark()) {
      return false;
    }
    if (GENERIC_FIRST.contains(found.text().toLowerCase(Locale.ROOT)) && smallPlace(found.text())) {
      return true; // "Punta Ventana", a rock arch the gazetteer lacks, is not Punta in the Philippines
    }
    if (NATURAL_HEADS.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))) {
      return smallPlace(found.text()); // "Elbow Cay", an islet the gazetteer lacks, is not Elbow (once Portland, Maine)
    }
    if (PLACE_WORDS.contains(found.text()) || NAME_OPENERS.contains(found.text())) {
      // "in Abu Hamid, North Sinai", "Khan Abdel Sattar": a word that opens Arabic names of places
      // (and some other name for it in the gazetteer: Abu, India) opens one the gazetteer lacks
      return true;
    }
    if (gazetteer.knows(tokens.get(next).word()) || Landmarks.isHead(tokens.get(next).word())) {
      return false;
    }
    GazetteerEntry e = gazetteer.best(found.text(), Focus.none(), false);
    return e != null && e.isSmallSettlement();
  }

  /** The first "of" of tokens from..to, or -1. */
  private static int ofIn(List<Token> tokens, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (tokens.get(t).word().equals("of")) {
        return t;
      }
    }
    return -1;
  }

  /** Words that end the name of a small island or reef ("Elbow Cay"); a valley or river keeps its region's name ("Swat Valley"). */
  private static final Set<String> NATURAL_HEADS = Set.of("cay", "cays", "key", "keys", "atoll", "reef", "islet", "lagoon");

  /** Words for a landform that end its name ("the Baallade Valley", "Sambisa Forest"). */
  private static final Set<String> LANDFORMS = Set.of("valley", "forest", "mountains", "mountain", "hills", "hill",
      "desert", "river", "lake", "plateau", "plain", "canyon", "gorge", "peninsula");

  /** True for a word that ends the name of an island, a valley or the like ("Island", "Cay", "Reef", "Valley"). */
  private static boolean naturalHead(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return NATURAL_HEADS.contains(lower) || ISLANDS.contains(lower) || LANDFORMS.contains(lower);
  }

  /**
   * Generic words that begin the name of a cape, hill, lake or island ("Punta Ventana", "Cerro Azul"); as a
   * small place of their own (Punta, Philippines) they are no place before another name. Not "Bahia", a
   * Brazilian state.
   */
  private static final Set<String> GENERIC_FIRST = Set.of("punta", "ponta", "cabo", "cerro", "isla", "lago", "monte",
      "sierra", "playa", "pico", "laguna", "mount", "lake", "cape",
      // articles of Romance names ("Les Moulins", a quarter of Nice, is not Les in Catalonia)
      "les", "le", "la", "los", "las", "el");

  /** Words that name a storm with the proper noun after them ("Hurricane Dorian", "Typhoon Haiyan"). */
  private static final Set<String> STORMS = Set.of("hurricane", "typhoon", "cyclone", "storm");

  /** True when the token is a storm's word before its name, or the name after it. */
  private static boolean stormName(List<Token> tokens, int t) {
    boolean word = STORMS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT));
    if (word) {
      return t + 1 < tokens.size() && tokens.get(t + 1).isProperNoun();
    }
    return t > 0 && STORMS.contains(tokens.get(t - 1).word().toLowerCase(Locale.ROOT)) && tokens.get(t).isProperNoun();
  }

  /** Words for a state's mission abroad, which a country's name before them owns ("the U.S. embassy"). */
  private static final Set<String> MISSIONS = Set.of("embassy", "embassies", "consulate", "consulates", "legation",
      "base", "bases"); // "at a temporary U.S. base in Iran": whose base, not where

  /** True when a country's name owns the mission or base named right after it: it is in another country. */
  private boolean foreignMission(List<Token> tokens, PlaceMention found) {
    int next = found.lastToken() + 1;
    return next < tokens.size() && MISSIONS.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))
        && countryOrRegion(found.text());
  }

  /**
   * True when a small place's name ends or sits inside a longer run of proper nouns whose word
   * before it begins no name the gazetteer knows ("Naghar Kalai", a North Waziristan village the
   * gazetteer lacks, is not Calais; "Dem. Republic of Congo" is not Republic, USA). A country, a
   * region, a curated name or a city of 100,000 or more keeps its place ("Greater Kabul"); so does a
   * name after a compass word, a demonym, a generic geographic word ("Mount", "Lake", "Camp") or an
   * article of an Arabic name. In a title-cased headline every word is capitalised and says nothing.
   */
  private boolean endsUnknownName(Sentence sentence, PlaceMention found, int runStart, int consumed) {
    List<Token> tokens = sentence.tokens();
    int before = found.firstToken() - 1;
    if (before < runStart || before <= consumed || found.landmark() || titleCased(tokens)) {
      return false;
    }
    Token t = tokens.get(before);
    String word = t.word();
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.isEmpty() || FUNCTION_WORDS.contains(t.pos()) || !Character.isLetter(word.codePointAt(0)) || gazetteer.knows(word)
        || gazetteer.isDemonym(word) || WordsAround.COMPASS.contains(lower) || NAME_PREFIXES.contains(lower)
        || Landmarks.isHead(word)) {
      return false;
    }
    return smallPlace(found.text());
  }

  /**
   * A country's, region's or county's name written with "of" and "the" ("the Democratic Republic of the
   * Congo", "the Republic of Korea", "Isle of Wight County"), which CoreNLP seldom tags LOCATION and which
   * breaks the run of proper nouns at "of": taken whole when it begins at {@code start}, or null. Such a
   * long name says which place it is wherever it stands.
   */
  private PlaceMention officialName(Sentence sentence, int start, int runEnd) {
    List<Token> tokens = sentence.tokens();
    int limit = Math.min(tokens.size() - 1, start + LONGEST_NAME - 1);
    int reach = runEnd;
    while (reach < limit && (mayName(tokens.get(reach + 1)) || JOINING.contains(tokens.get(reach + 1).word()))) {
      reach++;
    }
    for (int end = reach; end > runEnd; end--) {
      if (!tokens.get(end).isProperNoun()) {
        continue;
      }
      String text = sentence.span(start, end);
      GazetteerEntry e = gazetteer.best(text, Focus.none(), false); // null for a name it does not know
      if (e != null && (e.isCountry() || e.isRegion() || e.isCounty())) {
        return placeMention(sentence, text, start, end, WordsAround.afterPreposition(tokens, start), false, false);
      }
    }
    return null;
  }

  /** Lower-case words inside official names of countries and regions. */
  private static final Set<String> JOINING = Set.of("of", "the", "and");

  /**
   * True when a small place's name is followed by a lower-case Arabic article and a capitalised
   * word ("Alma ash Shab", "Tall al Abyad", "Khan el-Khalili"): the first word of a longer name, which CoreNLP splits
   * at the article. Countries, regions, curated names and cities of 100,000 or more keep their place.
   */
  private boolean beforeArabicArticle(List<Token> tokens, PlaceMention found) {
    int article = found.lastToken() + 1;
    if (article < tokens.size() && hyphenatedArabicName(tokens.get(article).word())) {
      return smallPlace(found.text()); // "Khan el-Khalili", one token after the name
    }
    if (article + 1 >= tokens.size() || !ARABIC_ARTICLES.contains(tokens.get(article).word())) {
      return false;
    }
    int name = article + 1;
    if (WordsAround.isHyphen(tokens.get(name)) && name + 1 < tokens.size()) {
      name++; // "Khan el - Khalili", split at the hyphen
    }
    String next = tokens.get(name).word();
    if (!WordsAround.capitalised(next)) {
      return false;
    }
    return smallPlace(found.text());
  }

  /** True when the word is an Arabic article joined to a capitalised name by a hyphen ("el-Khalili", "al-Assal"). */
  private static boolean hyphenatedArabicName(String word) {
    int dash = word.indexOf('-');
    return dash > 0 && dash + 1 < word.length() && ARABIC_ARTICLES.contains(word.substring(0, dash))
        && Character.isUpperCase(word.codePointAt(dash + 1));
  }

  /**
   * Words for a kind of place that open Arabic, Hebrew and Persian place names ("Deir" a monastery,
   * "Kafr" a village, "Tal" a mound, "Khan" an inn, "Ras" a cape, "Jisr" a bridge, "Kiryat" a town,
   * "Qala" a fort, "Bandar" a port): a name of several words the gazetteer knows that opens with one
   * is a place, though CoreNLP tags "Deir el-Balah" a person and "Tal Abyad" an organisation. Not
   * "Abu" or "Umm", which open persons' names as often, nor "Sheikh" or "Sidi", titles.
   */
  private static final Set<String> PLACE_WORDS = Set.of("Deir", "Dayr", "Kafr", "Kfar", "Beit", "Bayt", "Tal", "Tall",
      "Tell", "Khan", "Ras", "Ain", "Ein", "Jisr", "Maarat", "Qasr", "Wadi", "Jabal", "Jebel", "Bir", "Marj", "Mazraat",
      "Kiryat", "Givat", "Ramat", "Qala", "Bandar", "Dasht");

  /** Words that open Arabic names of places and persons alike ("Abu Hamid", "Umm Qasr"), no place alone. */
  private static final Set<String> NAME_OPENERS = Set.of("Abu", "Umm", "Bab", "Hayy", "Nahr", "Sheikh", "Khor", "Khawr");

  /**
   * The Arabic article as romanised in lower case inside a name ("ash", "al", "el"); not the forms
   * that are English words ("at", "as", "an"), since "Kandahar at dawn" is no longer name.
   */
  private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ar", "ash", "ath", "az", "ez");

  /** Words that begin many place names the gazetteer may know only without them. */
  private static final Set<String> NAME_PREFIXES = Set.of(
      "mount", "mt.", "lake", "camp", "fort", "port", "saint", "st.", "san", "santa", "greater", "upper", "lower",
      "old", "new", "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ras", "tell", "tel", "tal", "jabal",
      "jebel", "wadi", "bir", "kafr", "deir", "beit", "ain", "cape", "gulf", "isla", "isle");
  /**
   * True when the name's likeliest place, with no focus, is no country, region, curated name or city
   * of 100,000 or more: the kind of place a word of some longer name often is by chance.
   */
  private boolean smallPlace(String text) {
    GazetteerEntry e = gazetteer.best(text, Focus.none(), false);
    return e != null && !e.curated() && !e.isCountry() && !e.isRegion()
        && !(e.kind().equals("city") && e.population() >= BIG_CITY);
  }

  /** A city this large names its banks, clubs and quarters ("Kabul Bank", "Greater Karachi"). */
  private static final int BIG_CITY = 100_000;

  /** True when most words of the sentence begin with a capital: a headline written in title case. */
  private static boolean titleCased(List<Token> tokens) {
    int words = 0;
    int capitals = 0;
    for (Token t : tokens) {
      String w = t.word();
      if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
        words++;
        if (Character.isUpperCase(w.codePointAt(0))) {
          capitals++;
        }
      }
    }
    return words > 0 && capitals * 10 > words * 6;
  }

  /** The last token of the longest world region name ({@link WorldRegions}) from {@code first}, or -1. */
  private static int worldRegionEnd(Sentence sentence, int first, int runEnd) {
    for (int end = Math.min(runEnd, first + LONGEST_NAME - 1); end >= first; end--) {
      if (WorldRegions.isName(sentence.span(first, end))) {
        return end;
      }
    }
    return -1;
  }

  /**
   * True when the name is one part of a hyphenated compound name whose other part is a capitalised
   * word that names no country, region or city ("Sea-Eye", "Coca-Cola"): the name of a ship, a
   * charity or a firm, not a place. Two places joined so ("Israel-Gaza") stay places, and a
   * lower-case part ("Saudi-led") is left to the other rules.
   */
  private boolean inHyphenatedName(List<Token> tokens, PlaceMention found) {
    int first = found.firstToken();
    int last = found.lastToken();
    if (WordsAround.isHyphen(tokens.get(last)) || WordsAround.isHyphen(tokens.get(first))) {
      return true; // "Trans-" of "the Trans-Siberian Railway", not Trans-en-Provence
    }
    if (first >= 2 && WordsAround.joinsAcross(tokens, first - 1) && notAPlaceWord(tokens.get(first - 2).word())) {
      return true;
    }
    return last + 2 < tokens.size() && WordsAround.joinsAcross(tokens, last + 1) && notAPlaceWord(tokens.get(last + 2).word());
  }

  /** A capitalised word that is no country, region or city the gazetteer knows, nor a world region. */
  private boolean notAPlaceWord(String word) {
    if (!WordsAround.capitalised(word) || WorldRegions.isName(word)) {
      return false;
    }
    GazetteerEntry e = gazetteer.best(word, Focus.none(), false);
    return e == null || !(e.isCountry() || e.isRegion() || e.kind().equals("city"));
  }

  private PlaceMention mention(Sentence sentence, Parse parse, List<PlaceMention> before, int first, int last) {
    List<Token> tokens = sentence.tokens();
    String text = sentence.span(first, last);
    if (FUNCTION_WORDS.contains(tokens.get(first).pos()) || FUNCTION_WORDS.contains(tokens.get(last).pos())) {
      return null; // "of" in "Gulf of Oman" is tagged LOCATION with the rest, and there is a town Of in Turkey
    }
    if (!WordsAround.capitalised(text)) {
      return null; // English writes place names capitalised; "police" and "capital" are common nouns
    }
    if (first > 0 && SHIP_PREFIXES.contains(tokens.get(first - 1).word())) {
      return null; // "aboard the USS Iwo Jima": a ship named after a place is no place
    }
    if (last > first && !gazetteer.knows(text) && WordsAround.COMPASS.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))) {
      // "Dunbartonshire East": British constituencies are often written compass word last
      String inverted = tokens.get(last).word() + " " + text.substring(0, tokens.get(last).begin() - tokens.get(first).begin()).strip();
      if (gazetteer.knows(inverted)) {
        text = inverted;
      }
    }
    if (!gazetteer.knows(text) || gazetteer.isDemonym(text)) {
      return null;
    }
    if (titled(tokens, first) && !gazetteer.goesWithThe(text)) {
      return null; // "told The Atlantic": a magazine, not Atlantic, Iowa
    }
    if (WordsAround.carriedTo(tokens, first)) {
      return null; // "rescued and flown to Moscow for treatment": the rescue was not in Moscow
    }
    if (!country(text) && (WordsAround.namedGroup(tokens, first) || WordsAround.kinFollows(tokens, last))) {
      return null; // "drug cartels Los Choneros and Los Lobos", "El Chapo's sons": a group's name, a person's
    }
    boolean destination = WordsAround.destination(tokens, first);
    // "the neighbouring countries of Benin, Ghana...", "the village of Chechal": the text calls it a place
    // "on Yemen's Al Hudaydah port": a name a place possesses is in it, and the preposition before
    // the possessor is its own
    int owner = placeOwner(sentence, first, text);
    boolean afterPreposition = WordsAround.afterPreposition(tokens, owner >= 0 ? owner : first) || destination
        || WordsAround.calledAPlace(tokens, first);
    PlaceMention head = PlaceLists.listHead(tokens, parse, before, first, last);
    boolean located = WordsAround.settlementOf(tokens, first) || head != null || owner >= 0;
    boolean tagged = true;
    for (int t = first; t <= last; t++) {
      // the adjective that begins "American Samoa" is tagged as one, the rest as a LOCATION
      boolean adjective = t == first && first < last && tokens.get(t).pos().startsWith("JJ");
      tagged &= adjective || tokens.get(t).ner().equals("LOCATION");
    }
    // "2026 Ōtsuchi wildfire", "the Haiti earthquake": where it happened, though CoreNLP tags no location
    located |= WordsAround.happeningFollows(tokens, last);
    // "the Engels-2 air base", "the Novi Sad railway station": a city names the facility that serves it
    located |= WordsAround.facilityFollows(tokens, last) && cityOrCurated(text);
    // "seized Tal Abyad", "in Deir el-Balah": a known name of several words that opens with a word
    // for a kind of place in Arabic, Hebrew or Persian is a place, whatever CoreNLP tags it
    located |= opensWithPlaceWord(tokens, first, last);
    // gazetteer look-ups only for a name nothing else has located yet
    located = located || tagged || gazetteer.namesSea(text) || namesADivision(text, first, last)
        || WordsAround.divisionWordFollows(tokens, last) && namesADivision(WordsAround.withDivisionWord(text, tokens, last), first, last + 1)
        || WordsAround.appositionCallsItAPlace(tokens, last)
        || countryAfterComma(sentence, last) >= 0 // "Sagaing, Myanmar": written with the country it lies in
        || regionAfterComma(sentence, first, last) // "captured Kostiantynivka, Donetsk Oblast": with its region
        // "Burkina Faso passes a law", which CoreNLP tags a person: a country's name of two or more
        // words is no one's name ("Jordan", "Chad" or "Georgia" alone may be)
        || first < last && country(text)
        // "Chad suspends ... a travel ban that includes Chad": tagged a place where it recurs
        || first == last && country(text) && taggedPlaceElsewhere(tokens, first);
    // "the doors of Rawalpindi General Hospital", "the Lahore High Court": a city that begins a
    // landmark's name is where the landmark is, though CoreNLP tags the whole name an organisation
    located |= beginsLandmarkName(tokens, last) && cityOrCurated(text);
    // Only a city, region or country by its own name gives an institution its seat: "Justice" of
    // "Court of Justice" is no town in the US, and "Valley" of "Thames Valley Police" is no seat.
    // "the Supreme Court of the United States": only a country ("the Assembly of the Republic of
    // Macedonia" is not in Republic, Washington)
    // A court whose name opens with a city's sits there; a country's ("United States District Court") sits anywhere in it.
    boolean institution = (institution(tokens, first, last) && cityOrCurated(text)
        || opensCourtsName(tokens, last) && cityOrCurated(text) && !countryOrRegion(text)
        || WordsAround.seatedBodyOf(tokens, first) && (country(text)
            || !WordsAround.ofFollows(tokens, last) && (countryOrRegion(text) || cityOrCurated(text))))
        && (first == 0 || !tokens.get(first - 1).isProperNoun());
    // A proper noun the gazetteer knows is often no place ("the West", "Saudi-led"): it needs
    // CoreNLP's LOCATION tag, a locative preposition, an institution it seats, or a curated name.
    // CoreNLP calls some villages persons ("Khan Touman"); the curated supplement outweighs that.
    if (!located && !afterPreposition && !institution && !gazetteer.curated(text)) {
      return null;
    }
    PlaceMention m = placeMention(sentence, text, first, last, afterPreposition, destination, institution);
    if (head == null && PlaceLists.nearAnother(tokens, before, first)) {
      m = m.asOffset();
    }
    return head == null ? m : m.listedWith(head);
  }

  private static PlaceMention placeMention(Sentence sentence, String text, int first, int last,
      boolean afterPreposition, boolean destination, boolean institution) {
    List<Token> tokens = sentence.tokens();
    boolean otherEntity = otherEntity(tokens, first, last) && !opensWithPlaceWord(tokens, first, last);
    return new PlaceMention(text, first, last, afterPreposition, WordsAround.regionSaid(tokens, first, last),
        destination || afterPreposition && WordsAround.AT.contains(WordsAround.preposition(tokens, first))
            || WordsAround.calledAPlace(tokens, first) || WordsAround.describedAsSettlement(tokens, last), destination,
        WordsAround.quoted(sentence.text(), tokens.get(first).begin() - sentence.begin()), otherEntity,
        false, institution, WordsAround.offsetFrom(tokens, first), first,
        last + 1 < tokens.size() && tokens.get(last + 1).word().equalsIgnoreCase("where")
            || destination && WordsAround.purposeFollows(tokens, last),
        !afterPreposition && WordsAround.originOf(tokens, last + 1));
  }

  /**
   * True when the demonym at {@code t} opens a body that sits in its country's capital and acts for the
   * whole country: a government, a court, a ministry ("The Peruvian foreign ministry opens an
   * investigation into the shooting" acts from Lima, not at the shooting), or a national body ("the
   * Iranian Chess Federation"); not its police, who act where things happen.
   */
  static boolean seatedBody(List<Token> tokens, int t) {
    if (t + 1 >= tokens.size()) {
      return false;
    }
    String noun = bodyNoun(tokens, t);
    return GOVERNMENTS.contains(noun) || JUSTICE.contains(noun) || WordsAround.nationalBody(tokens, t + 1);
  }

  /**
   * True when the demonym at {@code t} opens "authorities" ("Ugandan authorities"): a state's bodies, seated
   * at home when they decide, though what they say is often of an incident elsewhere ("Russian
   * authorities say that the sinking ... in Hurghada").
   */
  static boolean authorities(List<Token> tokens, int t) {
    return t + 1 < tokens.size() && bodyNoun(tokens, t).equals("authorities");
  }

  /** Titles of those who lead a state or act for it: "president", "prime minister", "foreign minister". */
  private static final Set<String> LEADERS = Set.of("president", "minister", "premier", "chancellor", "king", "queen",
      "emir", "sultan", "monarch", "leader", "secretary");

  /**
   * True when the demonym at {@code t} opens a leader's title, then the leader's name, then the verb
   * ("Bolivian president Rodrigo Paz declares", "The Israeli Prime Minister Benjamin Netanyahu says"):
   * the leader is the subject that acts. At most two words of the title before its head ("prime",
   * "defence") and four of the name.
   */
  private static boolean leaderActs(List<Token> tokens, int t) {
    int k = t + 1;
    while (k < tokens.size() && k <= t + 2 && !LEADERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
      k++;
    }
    if (k >= tokens.size() || !LEADERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int name = k + 1;
    while (name < tokens.size() && name <= k + 4 && tokens.get(name).isProperNoun()) {
      name++;
    }
    if (name == k + 1 || name >= tokens.size()) {
      return false;
    }
    return WordsAround.finite(tokens.get(name));
  }

  /** The noun of the body a demonym at {@code t} opens, past lower-case adjectives ("An Argentine federal judge"), lower case. */
  private static String bodyNoun(List<Token> tokens, int t) {
    int head = t + 1;
    while (head + 1 < tokens.size() && head < t + 1 + BODY_ADJECTIVES && tokens.get(head).pos().startsWith("JJ")
        && Character.isLowerCase(tokens.get(head).word().codePointAt(0))) {
      head++;
    }
    return tokens.get(head).word().toLowerCase(Locale.ROOT);
  }

  /**
   * "The Samoan government declared...": a demonym before a government word, as the subject that
   * opens the sentence, names the country where that government acts, though a demonym alone says
   * only whose ("Russian troops"). Further in, it is more often whom the sentence talks about ("a
   * law that would allow the Chinese government to remove people from Hong Kong"). Anywhere, a demonym
   * before "parliament" after a preposition of place names the building ("outside the Swedish
   * Parliament"), which the geocoder puts in the capital; and one before a settlement or coast noun
   * that no name follows names the country ("in the Greek city of", "the Costa Rican capital").
   */
  private List<PlaceMention> demonymInstitutions(Sentence sentence, List<PlaceMention> found) {
    List<Token> tokens = sentence.tokens();
    List<PlaceMention> out = new ArrayList<>();
    int t = 0;
    while (t < tokens.size() && tokens.get(t).pos().equals("DT")) {
      t++;
    }
    if (t + 1 < tokens.size()) {
      String word = tokens.get(t).word();
      if (capitalisedDemonym(word) && (AUTHORITIES.contains(bodyNoun(tokens, t)) || seatedBody(tokens, t)) && !covered(found, t)) {
        out.add(placeMention(sentence, word, t, t, false, false, true));
      } else if (found.isEmpty() && capitalisedDemonym(word) && leaderActs(tokens, t)) {
        // "Bolivian president Rodrigo Paz declares a state of emergency": a leader named with the
        // demonym of the country he leads, as the subject of a sentence that names no place, acts at
        // home; beside a place named ("... meets Trump in Alaska"), that place says where
        out.add(placeMention(sentence, word, t, t, false, false, true));
      }
    }
    // "a statement released by Swedish prosecutors", "arrested by Turkish police": authorities that
    // act, named as the agent, act at home as they do as the subject
    for (int d = t + 2; d + 1 < tokens.size(); d++) {
      String word = tokens.get(d).word();
      if (tokens.get(d - 1).word().equalsIgnoreCase("by") && capitalisedDemonym(word)
          && AUTHORITIES.contains(tokens.get(d + 1).word().toLowerCase(Locale.ROOT)) && !covered(found, d)) {
        out.add(placeMention(sentence, word, d, d, false, false, true));
      }
    }
    // "a protest outside the Swedish Parliament": the place is the parliament's building, in the capital
    for (int d = t + 1; d + 1 < tokens.size(); d++) {
      String word = tokens.get(d).word();
      if (capitalisedDemonym(word) && tokens.get(d + 1).word().equalsIgnoreCase("parliament")
          && WordsAround.AT.contains(WordsAround.preposition(tokens, d)) && !covered(found, d)) {
        out.add(placeMention(sentence, word, d, d, true, false, true));
      }
    }
    // "seeking asylum in the Greek city of" (a name the source lost), "strikes Costa Rican coast",
    // "west of the Costa Rican capital": a demonym before a settlement or coast noun that no name
    // follows says which country; "the Afghan village of Sangin" is the village's, left to its name
    for (int d = 0; d + 1 < tokens.size(); d++) {
      int last = capitalisedDemonym(tokens.get(d).word()) ? d
          : d + 2 < tokens.size() && capitalisedDemonym(tokens.get(d).word() + " " + tokens.get(d + 1).word()) ? d + 1 : -1;
      if (last < 0 || !WordsAround.COUNTRY_PARTS.contains(tokens.get(last + 1).word())
          || covered(found, d) || nameFollows(found, last + 1)) {
        continue;
      }
      String text = last == d ? tokens.get(d).word() : tokens.get(d).word() + " " + tokens.get(last).word();
      String before = WordsAround.preposition(tokens, d);
      out.add(placeMention(sentence, text, d, last, WordsAround.AT.contains(before) || before.equals("on"), false, true));
      d = last;
    }
    return out;
  }

  /** True when a mention begins within three tokens after {@code token} ("the Afghan village of Sangin"). */
  private static boolean nameFollows(List<PlaceMention> found, int token) {
    for (PlaceMention m : found) {
      if (m.firstToken() > token && m.firstToken() <= token + 3) {
        return true;
      }
    }
    return false;
  }

  /** True when the word is a demonym written with its capital ("Swedish", not a lower-case "dutch" oven). */
  boolean capitalisedDemonym(String word) {
    return WordsAround.capitalised(word) && gazetteer.isDemonym(word);
  }

  private static boolean covered(List<PlaceMention> found, int token) {
    for (PlaceMention m : found) {
      if (m.overlaps(token, token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the name is the seat of an institution named with it: an institution word after it,
   * past "'s", "city" and "-based" ("the Tbilisi city court", "the Luxembourg-based court", "Tonga's
   * parliament"), or "the government of" before it ("the government of Samoa"). Whether the name is
   * a place is for the caller to say.
   */
  static boolean institution(List<Token> tokens, int first, int last) {
    int after = last + 1;
    if (after < tokens.size() && INSTITUTIONS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))
        && WordsAround.capitalised(tokens.get(after).word())) {
      return false; // "the Superior Court": the word is part of the institution's own name, no seat
    }
    while (after < tokens.size() && SEAT_WORDS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))) {
      after++;
    }
    if (after < tokens.size() && INSTITUTIONS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("of")
        && GOVERNMENTS.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT));
  }

  /**
   * True when the name opens a court's name ("The Seoul Central District Court", "the Woolwich Crown
   * Court"): a few proper nouns after it, then "Court".
   */
  private static boolean opensCourtsName(List<Token> tokens, int last) {
    for (int t = last + 1; t < tokens.size() && t <= last + COURT_NAME_WORDS && tokens.get(t).isProperNoun(); t++) {
      if (tokens.get(t).word().equals("Court")) {
        return t > last + 1; // "Supreme Court" names no seat of its first word
      }
    }
    return false;
  }

  /**
   * True when a capitalised "The" stands before the name in running text ("told The Atlantic",
   * "wrote in The Guardian"): English capitalises it there only in the title of a paper, a book or
   * a band. In a title-cased headline ("Protests Grow In The Capital") the word before is
   * capitalised too, and says nothing.
   */
  private static boolean titled(List<Token> tokens, int first) {
    if (first < 2 || !tokens.get(first - 1).word().equals("The")) {
      return false;
    }
    String before = tokens.get(first - 2).word();
    return !before.isEmpty() && Character.isLowerCase(before.codePointAt(0));
  }

  /** True when the word at {@code at} recurs in the sentence tagged a location. */
  private static boolean taggedPlaceElsewhere(List<Token> tokens, int at) {
    String word = tokens.get(at).word();
    for (int t = 0; t < tokens.size(); t++) {
      if (t != at && tokens.get(t).word().equals(word) && tokens.get(t).ner().equals("LOCATION")) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensWithPlaceWord(List<Token> tokens, int first, int last) {
    return first < last && PLACE_WORDS.contains(tokens.get(first).word());
  }

  private static boolean otherEntity(List<Token> tokens, int first, int last) {
    for (int t = first; t <= last; t++) {
      String ner = tokens.get(t).ner();
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last token of the name that begins with the found one: the run ends at a possessive ("New
   * York's Times Square" is a square in New York, not one whose name begins with "New York").
   */
  private static int nameEnd(List<Token> tokens, int runEnd, PlaceMention found) {
    for (int t = found.lastToken() + 1; t <= runEnd; t++) {
      if (tokens.get(t).pos().equals("POS")) {
        return t - 1;
      }
    }
    return runEnd;
  }

  /**
   * True when the token is a capitalised word inside the sentence that CoreNLP tagged no proper noun
   * (a "Sagaing" it took for a participle) and that the country it lies in follows after a comma.
   */
  private boolean addressedWord(Sentence sentence, int i) {
    String word = sentence.tokens().get(i).word();
    return i > 0 && WordsAround.capitalised(word) && !CALENDAR.contains(word.toLowerCase(Locale.ROOT))
        && countryAfterComma(sentence, i) >= 0;
  }

  /**
   * The last token of the country that follows the name after a comma (past a closing apostrophe, as
   * in "Mare', Syria"), in one or two words, or -1 when no country follows.
   */
  private int countryAfterComma(Sentence sentence, int last) {
    List<Token> tokens = sentence.tokens();
    int comma = last + 1;
    if (comma < tokens.size() && (tokens.get(comma).word().equals("'") || tokens.get(comma).word().equals("’"))) {
      comma++;
    }
    return nameAfterComma(sentence, comma, 2, this::country);
  }

  /** The most words of a region's name after the comma of an address ("Donetsk Oblast", "Khyber Pakhtunkhwa"). */
  private static final int REGION_WORDS = 3;

  /**
   * True when the region the name lies in follows it after a comma ("Kostiantynivka, Donetsk
   * Oblast", which CoreNLP tagged a person): the name is written as a place's address, whatever its tag.
   */
  private boolean regionAfterComma(Sentence sentence, int first, int last) {
    int end = nameAfterComma(sentence, last + 1, REGION_WORDS, text -> {
      GazetteerEntry e = gazetteer.best(text, Focus.none(), true);
      return e != null && e.isRegion();
    });
    if (end < 0) {
      return false;
    }
    String region = sentence.span(last + 2, end);
    String country = gazetteer.best(region, Focus.none(), true).country();
    Place place = gazetteer.resolve(sentence.span(first, last), Focus.none().withCountry(country, 1), false);
    return place != null && gazetteer.inRegion(place, region, country);
  }

  /**
   * The last token of the longest run of capitalised words, of at most {@code words}, after the
   * comma at {@code comma} that {@code test} accepts, or -1 when there is no comma or no such run.
   */
  private static int nameAfterComma(Sentence sentence, int comma, int words, Predicate<String> test) {
    List<Token> tokens = sentence.tokens();
    if (comma + 1 >= tokens.size() || !tokens.get(comma).word().equals(",")) {
      return -1;
    }
    for (int end = Math.min(tokens.size() - 1, comma + words); end > comma; end--) {
      String text = sentence.span(comma + 1, end);
      if (WordsAround.capitalised(text) && test.test(text)) {
        return end;
      }
    }
    return -1;
  }

  /** True when a landmark head word ("Plaza", "Airport") is among these tokens. */
  private static boolean namesLandmark(List<Token> tokens, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (endsLandmarkName(tokens.get(t))) {
        return true;
      }
    }
    return false;
  }

  /** A landmark's head, or "Court" in a court's name ("Woolwich Crown Court"; a lower-case court is an institution). */
  private static boolean endsLandmarkName(Token t) {
    return Landmarks.isHead(t.word()) || t.word().equals("Court");
  }

  /** True when the proper nouns right after the name end in a landmark's head or "Court" ("General Hospital", "High Court"). */
  private static boolean beginsLandmarkName(List<Token> tokens, int last) {
    int end = last;
    while (end + 1 < tokens.size() && end + 1 <= last + LONGEST_NAME && mayName(tokens.get(end + 1))) {
      end++;
    }
    return namesLandmark(tokens, last + 1, end);
  }

  /** Heads of street names, which name a city the street leads to rather than lies in. */
  private static final Set<String> STREETS = Set.of("street", "road", "avenue", "boulevard", "lane");

  /** Words after a country's name that call it by its islands. */
  private static final Set<String> ISLANDS = Set.of("island", "islands", "isles");

  private boolean country(String text) {
    GazetteerEntry e = gazetteer.best(text, Focus.none(), false);
    return e != null && e.isCountry();
  }

  private boolean countryOrRegion(String text) {
    GazetteerEntry e = gazetteer.best(text, Focus.none(), false);
    return e != null && (e.isCountry() || e.isRegion());
  }

  /**
   * True when the name says in its last word that it is a division and the gazetteer has a region or
   * county of it: "shelled Tavush Province", which CoreNLP may leave untagged, names the province.
   */
  private boolean namesADivision(String text, int first, int last) {
    if (last == first || !Gazetteer.endsWithDivisionWord(text)) {
      return false;
    }
    GazetteerEntry e = gazetteer.best(text, Focus.none(), true);
    return e != null && (e.isRegion() || e.isCounty());
  }

  /** True when the name's likeliest place, with no article focus, may give a landmark its name. */
  private boolean cityOrCurated(String text) {
    GazetteerEntry e = gazetteer.best(text, Focus.none(), false);
    return e != null && Gazetteer.namesLandmarks(e, text);
  }

  /** True when the capitalised adjective before the token begins a name the gazetteer knows ("American Samoa"). */
  private boolean adjectiveBegins(List<Token> tokens, int i) {
    Token before = tokens.get(i - 1);
    return before.pos().startsWith("JJ") && WordsAround.capitalised(before.word())
        && gazetteer.knows(before.word() + " " + tokens.get(i).word());
  }

  /**
   * {@code last} + 1 when the capitalised word after the run {@code first..last}, which CoreNLP tagged
   * no proper noun ("Novi/NNP Sad/JJ"), ends a name the gazetteer knows that begins in the run; else -1.
   */
  private int knownWithNextWord(Sentence sentence, int first, int last) {
    List<Token> tokens = sentence.tokens();
    int next = last + 1;
    Token t = tokens.get(next);
    if (!WordsAround.capitalised(t.word()) || FUNCTION_WORDS.contains(t.pos()) || WordsAround.joined(tokens.get(last), t)
        || CALENDAR.contains(t.word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return knownNameEnds(sentence, Math.max(first, next - LONGEST_NAME + 1), last, next) ? next : -1;
  }

  /** True when the gazetteer knows a name from a token of {@code from..to} through token {@code end}. */
  private boolean knownNameEnds(Sentence sentence, int from, int to, int end) {
    for (int start = from; start <= to; start++) {
      if (gazetteer.knows(sentence.span(start, end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last token of a name of two or more capitalised words that the curated supplement has,
   * starting at {@code i}, whatever CoreNLP tagged its words ("entered Tell/VB Tamer/JJR"); -1 when
   * none starts there.
   */
  private int curatedNameEnd(Sentence sentence, int i) {
    List<Token> tokens = sentence.tokens();
    if (i == 0 || !WordsAround.capitalised(tokens.get(i).word())) {
      return -1; // the first word of a sentence is capitalised whatever it is
    }
    int end = -1;
    // "the Community of Madrid", which CoreNLP tags a common noun and an organisation: lower-case words
    // of official names may stand inside
    for (int last = i + 1; last < tokens.size() && last < i + LONGEST_NAME
        && (WordsAround.capitalised(tokens.get(last).word()) || JOINING.contains(tokens.get(last).word())); last++) {
      if (WordsAround.capitalised(tokens.get(last).word()) && gazetteer.curated(sentence.span(i, last))) {
        end = last;
      }
    }
    return end;
  }

  /**
   * The index of the last token of a name the gazetteer knows that a hyphen after {@code last} joins
   * to it, written without spaces ("Timor-Leste", "Guinea-Bissau", "Rostov-on-Don", which CoreNLP
   * splits at the hyphens and may tag an organisation inside "the Government of Timor-Leste"), or
   * -1; "the Texas-Louisiana border" joins no name.
   */
  private int hyphenLinked(Sentence sentence, int last) {
    List<Token> tokens = sentence.tokens();
    int hyphen = last + 1;
    String word = tokens.get(last).word();
    // "Abu al-Duhur", which CoreNLP splits at the hyphen after the article
    if (!WordsAround.joinsAcross(tokens, hyphen) || !WordsAround.capitalised(word) && !ARABIC_ARTICLES.contains(word)) {
      return -1;
    }
    int end = hyphen + 1;
    // "-on-", "-sur-", "-de-": a short lower-case word between two hyphens
    if (!WordsAround.capitalised(tokens.get(end).word()) && tokens.get(end).word().length() <= 3 && WordsAround.joinsAcross(tokens, end + 1)) {
      end += 2;
    } else if (!WordsAround.capitalised(tokens.get(end).word()) && end + 1 < tokens.size()
        && WordsAround.capitalised(tokens.get(end + 1).word()) && mayName(tokens.get(end + 1))) {
      // "Pakistan-administered Kashmir": a name the gazetteer knows whole, with a lower-case word after the hyphen
      end++;
    }
    if (!mayName(tokens.get(end)) || !WordsAround.capitalised(tokens.get(end).word())) {
      return -1;
    }
    int first = last;
    while (first > 0 && mayName(tokens.get(first - 1))) {
      first--;
    }
    return knownNameEnds(sentence, first, last, end) ? end : -1;
  }

  /**
   * The last token of a capitalised name joined by hyphens that the gazetteer knows, from token
   * {@code i} ("Val-d'Isère", "Saint-Denis" when CoreNLP tags its parts no names), else -1.
   */
  private int hyphenedNameEnd(Sentence sentence, int i) {
    List<Token> tokens = sentence.tokens();
    if (!WordsAround.capitalised(tokens.get(i).word())) {
      return -1;
    }
    int found = -1;
    for (int end = i + 2; end < tokens.size() && end <= i + 2 * HYPHENED_PARTS; end += 2) {
      if (!WordsAround.joinsAcross(tokens, end - 1)) {
        break;
      }
      if (gazetteer.knows(sentence.span(i, end))) {
        found = end;
      }
    }
    return found;
  }

  /** The most parts of a hyphened name ("Saint-Laurent-du-Maroni"). */
  private static final int HYPHENED_PARTS = 4;

  /**
   * True when the token is a capitalised landmark head after a proper noun that CoreNLP tagged no noun,
   * outside a title-cased headline: "Stop" of "Panjiawan Bus Stop", tagged a verb.
   */
  private static boolean mistaggedHead(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return !t.isProperNoun() && !t.pos().startsWith("NN") && WordsAround.capitalised(t.word()) && Landmarks.isHead(t.word())
        && tokens.get(i - 1).isProperNoun() && !titleCased(tokens);
  }

  /**
   * True when the token may be part of a place name. A weekday or month never is, so it ends the run:
   * "the resort city of Dahab Monday" names Dahab, not some longer "Dahab Monday" the gazetteer lacks.
   */
  private static boolean mayName(Token t) {
    // not a comma or "in" CoreNLP tags inside a location ("Kuru , Plateau State", "Kuru in Plateau
    // State" are one LOCATION to it): they part a place from the larger place it lies in, which
    // NameBinder reads as such ("Barrow-in-Furness" is joined by its hyphens)
    return (t.isProperNoun() || t.ner().equals("LOCATION")) && !t.pos().equals(",") && !t.word().equals("in")
        && !CALENDAR.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * The first token of the country, region or city whose possessive stands right before the name
   * ("Yemen" of "Yemen's Al Hudaydah port", "New York" of "near New York's Times Square"), or -1 when
   * there is none or the possessor is no such place.
   */
  private int placeOwner(Sentence sentence, int first, String name) {
    List<Token> tokens = sentence.tokens();
    int owner = WordsAround.possessor(tokens, first);
    if (owner < 0) {
      return -1;
    }
    GazetteerEntry e = gazetteer.best(sentence.span(owner, first - 2), Focus.none(), false);
    if (e == null || !e.isCountry() && !e.isRegion() && !e.isSettlement()) {
      return -1;
    }
    // a place of the owner's country ("Yemen's Al Hudaydah port"), not a thing of the owner's that
    // shares a town's name abroad ("China's Belt and Road Initiative" is no village in Montana)
    GazetteerEntry named = gazetteer.best(name, Focus.none().withCountry(e.country(), 5), false);
    if (named == null || !named.country().equals(e.country())) {
      return -1;
    }
    // a city holds only what lies in or by it: a quarter ("Beirut's Gemmayzeh"), a square, a port,
    // not a namesake across the country
    boolean holds = !e.isSettlement() || Geocoder.km(e.lat(), e.lon(), named.lat(), named.lon()) <= CITY_REACH_KM;
    return holds ? owner : -1;
  }

  /** How far from a city's point a place it possesses may lie ("Karachi's Port Qasim" is 35 km out). */
  private static final double CITY_REACH_KM = 40;

  /** Prefixes of ships' names, which are often places' ("USS Iwo Jima", "HMS Belfast", "INS Vikrant"). */
  private static final Set<String> SHIP_PREFIXES = Set.of("USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "PNS",
      "RFS", "TCG", "BRP", "KRI", "ROKS", "MV", "MS", "RV", "SS");

}
