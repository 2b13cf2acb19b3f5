package org.eventline.geo;

import java.util.Locale;
import java.util.Set;

/**
 * Head words of named buildings, streets, squares and other landmarks ("Freedom Plaza", "Baghdad
 * International Airport"), and of seas and bays ("Aegean Sea": not the Aegean regions of Greece;
 * "Tsuruga Bay" lies off the city it is named after). A landmark's name often begins with a place name, but only a city that
 * gives it its name says where it is ("Baghdad" in "Baghdad International Airport"); a small town
 * of the same word elsewhere ("Freedom", a US village, in "Freedom Plaza") does not.
 */
final class Landmarks {
  private static final Set<String> HEADS = Set.of(
      "airport", "airfield", "airbase", "plaza", "square", "street", "road", "avenue", "boulevard", "lane", "park", "garden",
      "gardens", "hall", "bridge", "mosque", "church", "cathedral", "temple", "synagogue", "shrine", "hotel",
      "tower", "building", "station", "hospital", "university", "college", "school", "stadium", "arena", "center",
      "centre", "mall", "market", "palace", "monument", "memorial", "museum", "prison", "embassy", "consulate", "house",
      "casino", "resort", "restaurant", "cafe", "café", "theatre", "theater", "cinema", "club", "place", "crescent", "terrace",
      "sea", "bay", "gulf", "strait", "straits", "ocean", "crossing", "checkpoint", "stop", "terminal");

  private Landmarks() {}

  /** True when the word is the head of a landmark name ("Plaza", "Airport"), in any case. */
  static boolean isHead(String word) {
    return HEADS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when the word is a head's plural ("roads" of "Pine Grove and White Pine roads"). */
  static boolean isPluralHead(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("s") && HEADS.contains(w.substring(0, w.length() - 1));
  }

  /** True when the text is a landmark's name: two or more words, the last a head ("White House", "Freedom Plaza"). */
  static boolean isName(String text) {
    String t = text.strip();
    int space = t.lastIndexOf(' ');
    return space > 0 && isHead(t.substring(space + 1));
  }
}
