package org.eventline.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What an article is about, geographically: how often each country comes up (through its actors
 * and places) and which first-level regions it names. Same-named places are told apart by it, as
 * CLIFF-CLAVIN's "focus" countries do.
 *
 * <pre>{@code Focus f = Focus.none().withCountry("LBN", 3); gazetteer.resolve("Tripoli", f); // Lebanon's}</pre>
 *
 * @param countries ISO alpha-3 code to number of mentions
 * @param regions GeoNames admin1 codes of regions the article names ({@code SY.09})
 */
public record Focus(Map<String, Integer> countries, Set<String> regions) {
  public Focus {
    countries = Map.copyOf(countries);
    regions = Set.copyOf(regions);
  }

  public static Focus none() {
    return new Focus(Map.of(), Set.of());
  }

  public Focus withCountry(String alpha3, int mentions) {
    Map<String, Integer> more = new HashMap<>(countries);
    more.merge(alpha3, mentions, Integer::sum);
    return new Focus(more, regions);
  }

  public Focus withRegion(String admin1) {
    Set<String> more = new HashSet<>(regions);
    more.add(admin1);
    return new Focus(countries, more);
  }

  /** The country with more than half of the country mentions, or null when none has. */
  String main() {
    for (String alpha3 : countries.keySet()) {
      if (share(alpha3) > Gazetteer.MAIN_COUNTRY_SHARE) {
        return alpha3;
      }
    }
    return null;
  }

  /** True when no country comes up more often than this one, which comes up at all. */
  boolean leading(String alpha3) {
    int mine = countries.getOrDefault(alpha3, 0);
    return mine > 0 && countries.values().stream().allMatch(n -> n <= mine);
  }

  /** The share of country mentions that are of this country, 0..1. */
  double share(String alpha3) {
    int total = mentions();
    return total == 0 ? 0 : countries.getOrDefault(alpha3, 0) / (double) total;
  }

  /** How many country mentions there are in all. */
  int mentions() {
    int total = 0;
    for (int n : countries.values()) {
      total += n;
    }
    return total;
  }
}
