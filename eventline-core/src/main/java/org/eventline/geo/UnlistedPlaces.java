package org.eventline.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventline.nlp.Token;

/**
 * The name of a place the gazetteer lacks that a sentence puts inside the place it resolved: a
 * village, a town, a district too small for GeoNames' list ("in Al-Hashamah, Taiz Governorate",
 * "Hawadley village in the Middle Shabelle region", "the village of Yuryevka, Omsk Oblast", "the
 * town of Kotkai"). A coder places the event there, by name; the gazetteer can only give the place
 * around it. The event's place then keeps the written name as its text and the resolved place's
 * name, position and kind: text and name differ, which says the position is the surrounding
 * place's.
 */
final class UnlistedPlaces {
  /** Nouns that say the name beside them is a settlement or a division ("village of", "Beji village"). */
  private static final Set<String> FEATURES = Set.of("village", "villages", "town", "towns", "city", "hamlet",
      "settlement", "community", "township", "commune", "suburb", "neighbourhood", "neighborhood", "district",
      "region", "province", "county", "governorate", "island", "atoll", "locality", "municipality", "area", "camp",
      "quarter", "subgroup", "groupement", "chiefdom", "sector", "upazila", "tehsil", "subdistrict", "woreda",
      "barangay", "parish");
  /** The feature words of parts of a town or city: a settlement holds these, not other villages or provinces. */
  private static final Set<String> PARTS_OF_TOWNS = Set.of("suburb", "neighbourhood", "neighborhood", "district", "area",
      "camp", "quarter");
  /** Capitalised words that open a sentence or a name's phrase and are no name ("The town of Munda"). */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "his", "her", "their", "our", "in", "on", "at", "of", "and", "or", "but", "for", "with", "by", "from", "to");
  /** Prepositions that say where, before a name ("in Chaten, Sikkim"); not "from" or "to", which say whence and whither. */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "around", "inside", "within", "on");
  /** Lower-case words inside a name ("Ali al-Taher", "Don Victoriano"): articles and particles. */
  private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "en", "es",
      "ed", "er", "ech", "de", "del", "da", "di", "do", "dos", "das", "la", "le", "bin", "ibn");
  /** Words that write a known place's name another way: "Lingbao City". */
  private static final Set<String> WAYS_OF_WRITING = Set.of("City", "Town");
  /** Bodies named after the place they sit in: "Christchurch District Court". */
  private static final Set<String> BODIES = Set.of("court", "police", "council", "assembly", "ministry", "government");
  /** The kinds of the gazetteer's settlements. */
  private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "locality");
  /** The most words between a feature word and the container it is said near. */
  private static final int NEAR = 10;
  /** The most words of a name. */
  private static final int LONGEST = 4;
  /** Words that open a description in apposition: "al-Rabu’ah, a town in ...". */
  private static final Set<String> INDEFINITE = Set.of("a", "an");

  private final Gazetteer gazetteer;

  UnlistedPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The name the gazetteer lacks that the sentence gives for where the place named at tokens
   * {@code first}..{@code last} is more exactly, or null. With {@code first} of -1 (a place carried
   * from another sentence), only a name its feature word marks as a place counts ("the town of
   * Kotkai", "in Beji village"). A town or city ({@code settlement}) holds only its parts ("the al-Shaar
   * neighbourhood"): another village or a province named beside it is not in it.
   */
  String within(List<Token> tokens, int first, int last, boolean settlement, String country) {
    Set<String> features = settlement ? PARTS_OF_TOWNS : FEATURES;
    if (first >= 0) {
      String before = beforeContainer(tokens, first, last, features, country);
      if (before != null) {
        return before;
      }
    }
    return featured(tokens, first, last, features, country);
  }

  /**
   * "in Riggae, Kuwait", "in Hawadley village in the Middle Shabelle region", "the Burtse region of
   * northern Ladakh", "in Handwara area of North Kashmir": a name just before the container, after a
   * comma or a feature word and "in" or "of".
   */
  private String beforeContainer(List<Token> tokens, int first, int last, Set<String> features, String country) {
    String after = lower(tokens, last + 1);
    if (after.equals("'s") || after.equals("’s")) {
      return null; // "an earthquake in the Pacific Ocean, Japan's Meteorological Agency has": Japan is whose agency
    }
    int i = first - 1;
    // "the", compass words and other lower-case adjectives between ("of northern Ladakh", "in the Middle Shabelle region")
    while (i >= 0 && (lower(tokens, i).equals("the") || WordsAround.COMPASS.contains(lower(tokens, i)))) {
      i--;
    }
    if (i >= 1 && tokens.get(i).word().equals(",")) {
      int end = i - 1;
      if (end >= 0 && features.contains(tokens.get(end).word())) {
        end--; // "Unguwan Mantau community, Katsina State"
      }
      return nameEndingAt(tokens, end, true, country);
    }
    if (i >= 2 && lower(tokens, i).equals("in") && !features.contains(tokens.get(i - 1).word())) {
      return nameEndingAt(tokens, i - 1, true, country); // "near Iliamna in southwest Alaska", "arrived in Kibua in North Kivu"
    }
    if (i >= 2 && (lower(tokens, i).equals("in") || lower(tokens, i).equals("of")) && features.contains(tokens.get(i - 1).word())) {
      return nameEndingAt(tokens, i - 2, false, country); // the feature word says it is a place
    }
    return null;
  }

  /**
   * "the village of Yuryevka", "the coastal village of Betu Monga", "in Beji village",
   * "al-Rabu’ah, a town in": a name a feature word (in lower case) marks as a place, outside the
   * container's own words and, when the sentence names the container, near it.
   */
  private String featured(List<Token> tokens, int first, int last, Set<String> features, String country) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (!features.contains(w) || first >= 0 && (i >= first && i <= last || Math.abs(i - first) > NEAR)) {
        continue;
      }
      String name = null;
      if (lower(tokens, i + 1).equals("of")) {
        name = nameStartingAt(tokens, i + 2, first, last, country); // "the village of X", "the North Waziristan village of X"
      } else if (i >= 1) {
        int start = startOfName(tokens, i - 1);
        if (locativeBefore(tokens, start) && !isContainer(i - 1, first, last)) {
          name = nameEndingAt(tokens, i - 1, false, country); // "in Beji village"
        }
      }
      if (name == null && i >= 3 && INDEFINITE.contains(lower(tokens, i - 1)) && tokens.get(i - 2).word().equals(",")
          && !isContainer(i - 3, first, last)) {
        name = nameEndingAt(tokens, i - 3, false, country); // "al-Rabu’ah, a town in Saudi Arabia's southwestern Asir region"
      }
      if (name != null) {
        return name;
      }
    }
    return null;
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

  /** The unknown name whose last word is token {@code end}; with {@code locative}, only after a locative word or a feature word's "of". */
  private String nameEndingAt(List<Token> tokens, int end, boolean locative, String country) {
    if (end < 0 || !nameWord(tokens.get(end).word(), true)) {
      return null;
    }
    int start = startOfName(tokens, end);
    if (locative && !(locativeBefore(tokens, start)
        || start > 1 && lower(tokens, start - 1).equals("of") && FEATURES.contains(tokens.get(start - 2).word()))) {
      return null;
    }
    return unknown(tokens, start, end, country);
  }

  private String nameStartingAt(List<Token> tokens, int start, int first, int last, String country) {
    if (start >= tokens.size() || !nameWord(tokens.get(start).word(), true) || isContainer(start, first, last)) {
      return null;
    }
    int end = start;
    while (end + 1 < tokens.size() && end - start + 1 < LONGEST && !isContainer(end + 1, first, last)
        && nameWord(tokens.get(end + 1).word(), false)) {
      end++;
    }
    while (end > start && (PARTICLES.contains(lower(tokens, end)) || tokens.get(end).word().equals("-"))) {
      end--;
    }
    return unknown(tokens, start, end, country);
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

  /** The words as one name when the gazetteer does not know it and it is no demonym; else null. */
  private String unknown(List<Token> tokens, int start, int end, String country) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i <= end; i++) {
      String w = tokens.get(i).word();
      boolean joined = i > start && (w.startsWith("-") || tokens.get(i - 1).word().endsWith("-"));
      b.append(i == start || joined ? "" : " ").append(w);
    }
    String name = b.toString();
    String lastWord = tokens.get(end).word();
    if (!capitalised(name) || FUNCTION_WORDS.contains(lower(tokens, start)) || known(name, country)
        || gazetteer.isDemonym(name) || gazetteer.isDemonym(lastWord) // "the South Indian town of Vellore"
        || PlaceFinder.CALENDAR.contains(name.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return name;
  }

  /**
   * True when the gazetteer has the name here, or has it as something other than towns abroad, or
   * has a place of this country inside it as its landmark or another way to write it. A name it has
   * in this country would have been found as a place; one it has only as towns abroad ("Triangle",
   * Zimbabwe; "Nasir", South Sudan) is unlisted here, but not an ocean ("Pacific Ocean"). A name
   * holding a place of this country is that place's landmark or body, or the place written another way
   * ("Four Seasons Hotel Damascus", "Christchurch District Court", "Lingbao City", "North Kashmir"),
   * unless the rest is a name of its own or a division ("Bandar Sirik", "Lohagara Upazila").
   */
  private boolean known(String name, String country) {
    if (country == null) {
      return gazetteer.knows(name);
    }
    if (gazetteer.locate(name, country) != null) {
      return true;
    }
    if (gazetteer.candidates(name).stream().anyMatch(p -> !SETTLEMENTS.contains(p.kind()))) {
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

  /** A word of a name: capitalised ("Hawadley", "Al-Hashamah", "al-Rabu’ah"), or inside one a particle. */
  private static boolean nameWord(String w, boolean edge) {
    if (capitalised(w) || w.matches("(?:al|el|ad|ar|as|ash|at|az|an)-\\p{Lu}.*")) {
      return true;
    }
    // inside a name, or opening one when walking back: a particle, and the hyphen CoreNLP splits off ("Al - Hashamah")
    return !edge && (PARTICLES.contains(w.toLowerCase(Locale.ROOT)) || w.equals("-"));
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || w.matches("(?:al|el|ad|ar|as|ash|at|az|an)-\\p{Lu}.*"))
        && w.codePoints().anyMatch(Character::isLowerCase);
  }

  private static String lower(List<Token> tokens, int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word().toLowerCase(Locale.ROOT);
  }
}
