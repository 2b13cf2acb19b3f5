package org.eventline.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventline.nlp.Token;

/**
 * The name of a place the gazetteer lacks that a sentence puts inside the place it resolved: a
 * village, a town, a district too small for GeoNames' list ("in Al-Hashamah, Taiz Governorate",
 * "Hawadley village in the Middle Shabelle region", "the village of Yuryevka, Omsk Oblast", "the
 * town of Kotkai"). A coder places the event there, by name; the gazetteer can only give the place
 * around it. The event's place then has the written name as its text, the kind "unlisted", and the
 * surrounding place's name and position ({@link ArticlePlaces#withUnlistedName}).
 */
final class UnlistedPlaces {
  /** Nouns that say the name beside them is a settlement or a division ("village of", "Beji village"). */
  private static final Set<String> FEATURES = Set.of("village", "villages", "town", "towns", "city", "hamlet",
      "settlement", "community", "township", "commune", "suburb", "neighbourhood", "neighborhood", "district",
      "region", "province", "county", "governorate", "island", "atoll", "locality", "municipality", "area", "camp",
      "quarter", "subgroup", "groupement", "chiefdom", "sector", "upazila", "tehsil", "subdistrict", "woreda",
      "barangay", "parish", "volcano", "glacier");
  /** The feature words of parts of a town or city: a settlement holds these, not other villages or provinces. */
  private static final Set<String> PARTS_OF_TOWNS = Set.of("suburb", "neighbourhood", "neighborhood", "district", "area",
      "camp", "quarter");
  /** Capitalised words that open a sentence or a name's phrase and are no name ("The town of Munda"). */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "his", "her", "their", "our", "in", "on", "at", "of", "and", "or", "but", "for", "with", "by", "from", "to");
  /** Prepositions that say where, before a name ("in Chaten, Sikkim"); not "from" or "to", which say whence and whither. */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "nearby", "outside", "around", "inside", "within", "on");
  /** Lower-case words inside a name ("Ali al-Taher", "Don Victoriano"): articles and particles. */
  private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "en", "es",
      "ed", "er", "ech", "de", "del", "da", "di", "do", "dos", "das", "la", "le", "bin", "ibn");
  /** Words that write a known place's name another way: "Lingbao City". */
  private static final Set<String> WAYS_OF_WRITING = Set.of("City", "Town");
  /** Bodies named after the place they sit in: "Christchurch District Court". */
  private static final Set<String> BODIES = Set.of("court", "police", "council", "assembly", "ministry", "government");
  /** The tokens of a possessive: "Japan's", "New Orleans'". */
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'");
  /** A name opened by a lower-case Arabic article joined to it: "al-Rabu’ah". */
  private static final Pattern ARTICLED = Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|an)-\\p{Lu}.*");
  /** The kinds of the gazetteer's settlements. */
  static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "locality");
  /** The most words between a feature word and the container it is said near. */
  private static final int NEAR = 10;
  /** The most words of a name. */
  private static final int LONGEST = 4;
  /** Verbs of taking or striking a place, before one named with its container ("capture Kamakombe, Kabare Territory"). */
  private static final Set<String> ACTS_ON_PLACES = Set.of("capture", "captures", "captured", "seize", "seizes", "seized",
      "attack", "attacks", "attacked", "strike", "strikes", "struck", "hit", "hits", "bomb", "bombs", "bombed", "shell",
      "shells", "shelled", "raid", "raids", "raided", "storm", "storms", "stormed", "overrun", "overran", "overruns",
      "enter", "enters", "entered", "retake", "retakes", "retook", "recapture", "recaptures", "recaptured", "reach",
      "reaches", "reached", "take", "takes", "took");
  /** Words that put a place beside the container, not in it: "the village of X near Hama". */
  private static final Set<String> NEARBY = Set.of("near", "outside");
  /** Capitalised last words that make a name a natural place's ("Al-Qibliyah Island", "Tasman Glacier"). */
  private static final Set<String> NATURAL_HEADS = Set.of("Island", "Islands", "Atoll", "Glacier", "Volcano", "Peninsula");
  /** Named entity tags of words that are no place's name ("Syria's Assad"). */
  private static final Set<String> NOT_PLACES = Set.of("PERSON", "ORGANIZATION", "MISC");
  /** Words that open a description in apposition: "al-Rabu’ah, a town in ...". */
  private static final Set<String> INDEFINITE = Set.of("a", "an");

  /** Last words that write a place as a division, though the gazetteer holds it as its seat ("Walungu Territory"). */
  private static final Set<String> DIVISION_WORDS = Set.of("Territory", "District", "Province", "County", "State",
      "Region", "Governorate", "Oblast", "Prefecture", "Department", "Municipality", "Upazila", "Tehsil", "Division",
      "Krai", "Raion");

  private final Gazetteer gazetteer;

  UnlistedPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** True when the text names a division ("Walungu Territory"), whatever place the gazetteer gave it. */
  static boolean writtenAsDivision(String text) {
    String[] words = text.trim().split("\\s+");
    return words.length > 1 && DIVISION_WORDS.contains(words[words.length - 1]);
  }

  /** A name the sentence writes at tokens {@code start}..{@code end}. */
  record Name(String text, int start, int end) {}

  /**
   * The name the gazetteer lacks that the sentence gives for where the place named at tokens
   * {@code first}..{@code last} is more exactly, or null. With {@code first} of -1 (a place carried
   * from another sentence or the article's), only a name its feature word marks as a place counts
   * ("the town of Kotkai", "in Beji village"). A town or city ({@code settlement}) holds only its
   * parts ("the al-Shaar neighbourhood"): another village or a province named beside it is not in it.
   * {@code country} is the place's: a name the gazetteer has there is no unlisted place.
   */
  String within(List<Token> tokens, int first, int last, boolean settlement, String country) {
    // "the village of Kafr Zeita near Hama": a town holds only its parts, but has villages near it
    Set<String> features = settlement && first >= 0 && !NEARBY.contains(lower(tokens, first - 1)) ? PARTS_OF_TOWNS : FEATURES;
    if (first >= 0) {
      Name before = beforeContainer(tokens, first, last, features, country);
      // the innermost of a chain: "the town of Pumpunya in Chongos Bajo District, Junín"
      for (int depth = 0; before != null && depth < 2; depth++) {
        Name inner = beforeContainer(tokens, before.start(), before.end(), FEATURES, country);
        if (inner == null || Landmarks.isName(inner.text())) {
          break; // "at Cairine Wilson High School in Orléans, Ontario": a landmark is in the place, not one
        }
        before = inner;
      }
      if (before != null) {
        return before.text();
      }
      Name part = afterPossessive(tokens, last, settlement, country);
      if (part != null) {
        return part.text();
      }
    }
    Name marked = featured(tokens, first, last, features, country);
    return marked == null ? null : marked.text();
  }

  /** The other names of a list and where the list ends. */
  record Listed(List<Name> names, int end) {}

  /** Plural nouns that say the names of a list before or after them are places ("the villages of", "counties"). */
  private static final Set<String> PLURAL_FEATURES = Set.of("villages", "towns", "cities", "communities", "districts",
      "counties", "provinces", "regions", "areas", "camps", "neighbourhoods", "neighborhoods", "municipalities",
      "townships", "communes", "localities", "settlements", "islands", "suburbs", "upazilas", "hamlets");

  /**
   * The names the gazetteer lacks in the list of places that the name at tokens {@code start}..{@code
   * end} is one of, or null when it is in none: "drone strikes in Bint Jbeil, Shebaa, and Shaqra",
   * "the villages of Al-Kadaris and Al-Khelwat", "the Akobo, Nyirol, and Uror counties". A list's names
   * are joined by commas with "and" or "or" before the last, and a locative word or a plural feature word
   * says they are places. Names tagged a person's or an organisation's are left out unless a feature word
   * calls the list's names places, and so are names the gazetteer has ({@code country}'s or other than
   * towns abroad), which are places of their own.
   */
  Listed listedWith(List<Token> tokens, int start, int end, String country) {
    List<int[]> items = new ArrayList<>();
    items.add(new int[] {start, end});
    // forwards, to the name after "and" or "or"
    boolean joined = false;
    for (int i = end + 1; !joined && i < tokens.size();) {
      int next = i;
      if (tokens.get(next).word().equals(",")) {
        next++;
      }
      joined = CONJUNCTIONS.contains(lower(tokens, next));
      if (joined) {
        next++;
      } else if (next == i) {
        break; // no comma, no conjunction: the list (if any) has ended
      }
      int[] item = nameFrom(tokens, next, tokens.size() - 1);
      if (item == null) {
        break;
      }
      items.add(item);
      i = item[1] + 1;
    }
    if (!joined) {
      // the name was the list's last: a conjunction before it, commas before that
      items.subList(1, items.size()).clear();
    }
    // backwards, over commas (and the conjunction when the name is the last)
    for (int i = start - 1; i >= 1;) {
      int sep = i;
      boolean conjunction = CONJUNCTIONS.contains(lower(tokens, sep));
      if (conjunction && joined || !conjunction && !tokens.get(sep).word().equals(",")) {
        break;
      }
      if (conjunction) {
        joined = true;
        if (tokens.get(sep - 1).word().equals(",")) {
          sep--;
        }
      }
      int itemEnd = sep - 1;
      if (itemEnd < 0 || !nameWord(tokens.get(itemEnd).word(), true)) {
        break;
      }
      int itemStart = startOfName(tokens, itemEnd);
      items.add(0, new int[] {itemStart, itemEnd});
      i = itemStart - 1;
    }
    if (!joined || items.size() < 2) {
      return null;
    }
    int first = items.get(0)[0];
    int last = items.get(items.size() - 1)[1];
    int before = first - 1;
    while (before >= 0 && (lower(tokens, before).equals("the") || WordsAround.COMPASS.contains(lower(tokens, before)))) {
      before--;
    }
    boolean featureAfter = PLURAL_FEATURES.contains(lower(tokens, last + 1));
    boolean marked = featureAfter
        || lower(tokens, before).equals("of") && PLURAL_FEATURES.contains(lower(tokens, before - 1));
    if (!marked && !LOCATIVE.contains(lower(tokens, before))) {
      return null;
    }
    List<Name> names = new ArrayList<>();
    for (int[] item : items) {
      if (item[0] == start && item[1] == end || !marked && taggedOtherThanPlace(tokens, item[0], item[1])) {
        continue;
      }
      Name name = unknown(tokens, item[0], item[1], country, marked);
      if (name != null) {
        names.add(name);
      }
    }
    return new Listed(names, featureAfter ? last + 1 : last);
  }

  /** The words that join the last name of a list. */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");

  /**
   * The name that begins at token {@code start} and ends at token {@code limit} at the latest, as {start,
   * end}, or null when no name begins there; particles and hyphens do not end it.
   */
  private static int[] nameFrom(List<Token> tokens, int start, int limit) {
    if (start >= tokens.size() || !nameWord(tokens.get(start).word(), true)) {
      return null;
    }
    int end = start;
    while (end + 1 <= limit && end + 1 < tokens.size() && end - start + 1 < LONGEST
        && nameWord(tokens.get(end + 1).word(), false)) {
      end++;
    }
    while (end > start && (PARTICLES.contains(lower(tokens, end)) || tokens.get(end).word().equals("-"))) {
      end--;
    }
    return new int[] {start, end};
  }

  private static boolean taggedOtherThanPlace(List<Token> tokens, int start, int end) {
    for (int i = start; i <= end; i++) {
      if (NOT_PLACES.contains(tokens.get(i).ner())) {
        return true;
      }
    }
    return false;
  }

  /** Tokens {@code start}..{@code end} of the name written {@code text}, or null when the sentence does not write it. */
  static int[] spanOf(List<Token> tokens, String text) {
    for (int start = 0; start < tokens.size(); start++) {
      for (int end = start; end < tokens.size() && end - start < LONGEST + 2; end++) {
        String written = joined(tokens, start, end);
        if (written.equals(text)) {
          return new int[] {start, end};
        }
        if (!text.startsWith(written)) {
          break;
        }
      }
    }
    return null;
  }

  /**
   * "in Riggae, Kuwait", "capture Kamakombe, Kabare Territory", "in Hawadley village in the Middle
   * Shabelle region", "the Burtse region of northern Ladakh", "near Iliamna in southwest Alaska": a
   * name just before the container, after a comma, "in", or a feature word and "in" or "of".
   */
  private Name beforeContainer(List<Token> tokens, int first, int last, Set<String> features, String country) {
    if (POSSESSIVE.contains(lower(tokens, last + 1))) {
      return null; // "an earthquake in the Pacific Ocean, Japan's Meteorological Agency has": Japan is whose agency
    }
    int i = first - 1;
    // "the" and compass words between ("of northern Ladakh", "in the Middle Shabelle region")
    while (i >= 0 && (lower(tokens, i).equals("the") || WordsAround.COMPASS.contains(lower(tokens, i)))) {
      i--;
    }
    if (i >= 1 && tokens.get(i).word().equals(",")) {
      int end = i - 1;
      if (end >= 0 && features.contains(tokens.get(end).word())) {
        end--; // "Unguwan Mantau community, Katsina State"
      }
      Name name = nameEndingAt(tokens, end, true, country);
      if (name == null && end >= 0 && nameWord(tokens.get(end).word(), true)) {
        int start = startOfName(tokens, end);
        if (ACTS_ON_PLACES.contains(lower(tokens, start - 1)) || lower(tokens, start - 1).equals("from")) {
          // "M23 rebels briefly capture Kamakombe, Kabare Territory"; "evacuate 110,000 people from Cap
          // Ferret, Gironde": whence, but the container is the place chosen for the act, so it is there
          name = unknown(tokens, start, end, country, false);
        } else if (start >= 2 && tokens.get(start - 1).word().equals(",") && first - start <= NEAR) {
          // "in Msayleh, An-Najjariyah, Lebanon": the place before a place before the container
          return beforeContainer(tokens, start, end, FEATURES, country);
        }
      }
      return name;
    }
    if (i < 2) {
      return null;
    }
    String word = lower(tokens, i);
    boolean inOrNear = word.equals("in") || NEARBY.contains(word);
    boolean featureBefore = features.contains(tokens.get(i - 1).word());
    if (inOrNear && !featureBefore) {
      return nameEndingAt(tokens, i - 1, true, country); // "in Hawadley in Middle Shabelle", "in Abu Hamid near Aleppo"
    }
    if ((inOrNear || word.equals("of")) && featureBefore) {
      return nameEndingAt(tokens, i - 2, false, country); // the feature word says it is a place
    }
    return null;
  }

  /**
   * "New Orleans' Ninth Ward", "Aleppo's Sheikh Maqsoud": a part of a town or region named after it
   * with a possessive; not of a country, whose possessive names its people ("Syria's Assad"), nor a
   * name tagged a person's or an organisation's.
   */
  private Name afterPossessive(List<Token> tokens, int last, boolean settlement, String country) {
    if (!POSSESSIVE.contains(lower(tokens, last + 1)) || last + 2 >= tokens.size()) {
      return null;
    }
    int start = last + 2;
    int end = start;
    while (end + 1 < tokens.size() && end - start + 1 < LONGEST && nameWord(tokens.get(end + 1).word(), false)) {
      end++;
    }
    for (int i = start; i <= end; i++) {
      if (NOT_PLACES.contains(tokens.get(i).ner()) || !nameWord(tokens.get(i).word(), i == start || i == end)) {
        return null;
      }
    }
    if (!taggedLocation(tokens, start, end)) {
      return null; // "Puntland's Ministry of Fisheries"
    }
    return settlement || gazetteer.country(country) == null || !isCountryName(tokens, last)
        ? unknown(tokens, start, end, country, false) : null;
  }

  private boolean isCountryName(List<Token> tokens, int last) {
    Place c = gazetteer.resolve(tokens.get(last).word(), Focus.none(), false);
    return c != null && c.kind().equals("country");
  }

  /**
   * "the village of Yuryevka", "the coastal village of Betu Monga", "in Beji village",
   * "al-Rabu’ah, a town in", "the shore of Al-Qibliyah Island": a name a feature word (in lower case)
   * or a natural head marks as a place, outside the container's own words and, when the sentence names
   * the container, near it; or a name alone after a locative word ({@link #bareName}), near the container
   * or, when the gazetteer has it nowhere, anywhere after it.
   */
  private Name featured(List<Token> tokens, int first, int last, Set<String> features, String country) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (isContainer(i, first, last)) {
        continue;
      }
      String w = tokens.get(i).word();
      // a feature word far from the container may mark a place elsewhere; a name alone after "in", which
      // ends its phrase and which the gazetteer has nowhere, needs no nearness after it ("red alert in the
      // Guwahati city as an explosive timer device found in front of Kamrup SP office in Panbazar")
      boolean near = first < 0 || Math.abs(i - first) <= NEAR;
      Name name = null;
      if (near && features.contains(w) && lower(tokens, i + 1).equals("of")) {
        name = nameStartingAt(tokens, i + 2, first, last, country); // "the village of X", "the North Waziristan village of X"
      } else if (near && features.contains(w) && i >= 1) {
        int start = startOfName(tokens, i - 1);
        if (locativeBefore(tokens, start) && !isContainer(i - 1, first, last)) {
          name = nameEndingAt(tokens, i - 1, false, country); // "in Beji village"
        }
      } else if (near && NATURAL_HEADS.contains(w) && i >= 1) {
        int start = startOfName(tokens, i);
        if (locativeBefore(tokens, start) || lower(tokens, start - 1).equals("of") || lower(tokens, start - 2).equals("of")) {
          name = unknown(tokens, start, i, country, true); // "reached the shore of Al-Qibliyah Island"
        }
      }
      if (name == null && LOCATIVE.contains(lower(tokens, i)) && !isContainer(i + 1, first, last)) {
        name = bareName(tokens, i + 1, country); // "found in front of Kamrup SP office in Panbazar."
        if (name != null && !near && (i < first || gazetteer.knows(name.text()))) {
          // far from the container, a place abroad is that place ("A court in Stuttgart ... war crimes in Busra
          // al-Sham"), and a name before it is another clause's ("a store in Prachachuen, while another was
          // planted ... in suburban Bangkok's Prawet district")
          name = null;
        }
      }
      if (name == null && near && FEATURES.contains(w) && i >= 3 && INDEFINITE.contains(lower(tokens, i - 1))
          && tokens.get(i - 2).word().equals(",") && !isContainer(i - 3, first, last)) {
        name = nameEndingAt(tokens, i - 3, false, country); // "al-Rabu’ah, a town in Saudi Arabia's southwestern Asir region"
      }
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /**
   * A name alone after a locative word, ending its phrase ("a knife attack at Cairine Wilson High School
   * in Orléans."), when CoreNLP tags it a location and no word of it a person or an organisation;
   * not a world region ("in Europe").
   */
  private Name bareName(List<Token> tokens, int start, String country) {
    if (start >= tokens.size() || !nameWord(tokens.get(start).word(), true)) {
      return null;
    }
    int end = start;
    while (end + 1 < tokens.size() && end - start + 1 < LONGEST && nameWord(tokens.get(end + 1).word(), false)) {
      end++;
    }
    String next = lower(tokens, end + 1);
    // "emerging from a tunnel in Ali al-Taher": CoreNLP takes an Arabic name with its article for a
    // person's, but a person is seldom where something is "in", at the end of the phrase
    boolean arabic = end > start && withArabicArticle(tokens, start, end) && personOrPlace(tokens, start, end);
    if (!(next.isEmpty() || next.equals(".") || next.equals(",") || next.equals(";") || next.equals("and"))
        || !arabic && (!taggedLocation(tokens, start, end) || taggedOtherThanPlace(tokens, start, end))) {
      return null;
    }
    Name name = unknown(tokens, start, end, country, false);
    return name == null || WorldRegions.isName(name.text()) ? null : name;
  }

  /** True when a word after the first of the name is an Arabic article, alone or joined ("Ali al-Taher", "Ali al - Taher"). */
  private static boolean withArabicArticle(List<Token> tokens, int start, int end) {
    for (int i = start + 1; i <= end; i++) {
      String w = tokens.get(i).word();
      if (ARABIC_ARTICLES.contains(w) || ARTICLED.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  /** True when CoreNLP tags each word of the name a person's or a place's. */
  private static boolean personOrPlace(List<Token> tokens, int start, int end) {
    for (int i = start; i <= end; i++) {
      String ner = tokens.get(i).ner();
      if (!ner.equals("PERSON") && !ner.equals("LOCATION")) {
        return false;
      }
    }
    return true;
  }

  /** The Arabic article as romanised alone in lower case, not the forms that are English words ("at", "as", "an"). */
  private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ar", "ash", "az", "ed", "er");

  private static boolean taggedLocation(List<Token> tokens, int start, int end) {
    for (int i = start; i <= end; i++) {
      if (tokens.get(i).ner().equals("LOCATION")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContainer(int token, int first, int last) {
    return first >= 0 && token >= first && token <= last;
  }

  /** A locative word before token {@code start}, maybe with "the" between ("in the Burtse region"). */
  private static boolean locativeBefore(List<Token> tokens, int start) {
    int i = start - 1;
    if (lower(tokens, i).equals("the")) {
      i--;
    }
    return LOCATIVE.contains(lower(tokens, i));
  }

  /**
   * The unknown name whose last word is token {@code end}; with {@code locative}, only after a
   * locative word or a feature word's "of". Without, a feature word beside it marks it as a place.
   */
  private Name nameEndingAt(List<Token> tokens, int end, boolean locative, String country) {
    if (end < 0 || !nameWord(tokens.get(end).word(), true)) {
      return null;
    }
    int start = startOfName(tokens, end);
    boolean ofFeature = start > 1 && lower(tokens, start - 1).equals("of") && FEATURES.contains(tokens.get(start - 2).word());
    // "the Aboriginal community Mulan in Western Australia": the feature word right before it in apposition
    boolean featured = start >= 1 && FEATURES.contains(tokens.get(start - 1).word());
    if (locative && !(locativeBefore(tokens, start) || ofFeature || featured)) {
      return null;
    }
    return unknown(tokens, start, end, country, !locative || ofFeature || featured);
  }

  private Name nameStartingAt(List<Token> tokens, int start, int first, int last, String country) {
    if (isContainer(start, first, last)) {
      return null;
    }
    int[] name = nameFrom(tokens, start, first > start ? first - 1 : tokens.size() - 1); // up to the container
    return name == null ? null : unknown(tokens, name[0], name[1], country, true);
  }

  private static int startOfName(List<Token> tokens, int end) {
    int start = end;
    while (start - 1 >= 0 && end - start + 1 < LONGEST && nameWord(tokens.get(start - 1).word(), false)) {
      start--;
    }
    // a particle opens a name only joined to it ("al-Rabu’ah", split "al - Rabu’ah"); a hyphen never does
    while (start < end && (tokens.get(start).word().equals("-")
        || PARTICLES.contains(lower(tokens, start)) && !tokens.get(start + 1).word().equals("-"))) {
      start++;
    }
    return start;
  }

  /**
   * The words as one name when the gazetteer does not know it and it is no demonym; else null.
   * {@code marked}: a feature word calls it a place ("the island of Flores"), so a namesake abroad
   * of any kind does not make it known.
   */
  private Name unknown(List<Token> tokens, int start, int end, String country, boolean marked) {
    String name = joined(tokens, start, end);
    String lastWord = tokens.get(end).word();
    if (!capitalised(name) || FUNCTION_WORDS.contains(lower(tokens, start)) || known(name, country, marked)
        || gazetteer.isDemonym(name) || gazetteer.isDemonym(lastWord) // "the South Indian town of Vellore"
        || PlaceFinder.CALENDAR.contains(name.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return new Name(name, start, end);
  }

  /** Tokens {@code start}..{@code end} as one name: "Al-Hashamah" of "Al - Hashamah". */
  private static String joined(List<Token> tokens, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i <= end; i++) {
      String w = tokens.get(i).word();
      boolean glued = i > start && (w.startsWith("-") || tokens.get(i - 1).word().endsWith("-"));
      b.append(i == start || glued ? "" : " ").append(w);
    }
    return b.toString();
  }

  /**
   * True when the gazetteer has the name here, or has it as something other than towns and counties
   * abroad, or as a capital, or has a place of this country inside it as its landmark or another way to
   * write it. A name it has in this country would have been found as a place; one it has only as towns
   * or counties abroad ("Triangle", Zimbabwe; "Nasir", South Sudan; "Orléans", France, and Orleans
   * County, Brazil) is unlisted here, but not a capital ("New Delhi") nor an ocean ("Pacific Ocean") unless a
   * feature word calls it a place here ({@code marked}: "the island of Flores"). A name
   * holding a place of this country is that place's landmark or body, or the place written another way
   * ("Four Seasons Hotel Damascus", "Christchurch District Court", "Lingbao City", "North Kashmir"),
   * unless the rest is a name of its own or a division ("Bandar Sirik", "Lohagara Upazila" where the gazetteer had no upazilas).
   */
  private boolean known(String name, String country, boolean marked) {
    if (country == null) {
      return gazetteer.knows(name);
    }
    if (gazetteer.locate(name, country) != null) {
      return true;
    }
    // a county abroad is as far from here as a town abroad ("Orléans, Ontario" is not Orleans County, Brazil),
    // but a capital abroad is that capital ("New Delhi" in an article about Pakistan)
    if (!marked && gazetteer.candidates(name).stream().anyMatch(p -> isCapital(p)
        || !SETTLEMENTS.contains(p.kind()) && !(p.kind().equals("county") && !country.equals(p.country())))) {
      return true;
    }
    String[] words = name.split("[\\s-]+");
    for (int from = 0; from < words.length; from++) {
      for (int to = from + 1; to <= words.length; to++) {
        String part = String.join(" ", Arrays.copyOfRange(words, from, to));
        if (to - from == words.length || part.length() < 3 || PARTICLES.contains(part.toLowerCase(Locale.ROOT))
            || gazetteer.locate(part, country) == null) {
          continue;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(words).subList(0, from));
        rest.addAll(Arrays.asList(words).subList(to, words.length));
        if (rest.stream().allMatch(w -> WordsAround.COMPASS.contains(w.toLowerCase(Locale.ROOT)) || WAYS_OF_WRITING.contains(w))
            || rest.stream().anyMatch(w -> Landmarks.isHead(w) || BODIES.contains(w.toLowerCase(Locale.ROOT)))) {
          return true; // "North Kashmir", "Lingbao City"; "Four Seasons Hotel Damascus", "Christchurch District Court"
        }
      }
    }
    return false;
  }

  private boolean isCapital(Place p) {
    GazetteerEntry capital = gazetteer.capitalOf(p.country());
    return capital != null && capital.name().equals(p.name());
  }

  /** A word of a name: capitalised ("Hawadley", "Al-Hashamah", "al-Rabu’ah"), or inside one a particle. */
  private static boolean nameWord(String w, boolean edge) {
    if (capitalised(w)) {
      return true;
    }
    // inside a name, or opening one when walking back: a particle, and the hyphen CoreNLP splits off ("Al - Hashamah")
    return !edge && (PARTICLES.contains(w.toLowerCase(Locale.ROOT)) || w.equals("-"));
  }

  private static boolean capitalised(String w) {
    return (WordsAround.capitalised(w) || ARTICLED.matcher(w).matches())
        && w.codePoints().anyMatch(Character::isLowerCase);
  }

  private static String lower(List<Token> tokens, int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word().toLowerCase(Locale.ROOT);
  }
}
