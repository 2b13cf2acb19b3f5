package org.eventline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventline.event.AnalysedSentence;
import org.eventline.event.Event;
import org.eventline.geo.Gazetteer;
import org.eventline.geo.Geocoder;
import org.eventline.geo.Place;

/**
 * Location resolution scored apart from event matching: for every gold event with a {@code where},
 * the sentence holding the gold fragment is found and the geocoder is asked for the place of the
 * act told where the fragment starts ({@link Geocoder#locate}: the place of that clause of the
 * sentence when it names one other than the sentence's, else the sentence's own place, else the
 * previous sentence's, else the article's focus place; a sentence that lists places gives each, as
 * it gives an event in each, and the gold place is right when one of them is). Right when the countries agree and the place lies within 25 km
 * of the gold place (the gold name located in the gold country by the gazetteer); a gold place that
 * is a whole country ("Syria", "north-eastern Syria") is right when the country agrees, and one that
 * is a first-level region ("Wisconsin") when the place lies in it. A landmark the gazetteer lacks is
 * located at the city its name begins with, and a district it lacks as a division ("Kanker
 * district") at its seat of the same name ({@link Gazetteer#locate}).
 *
 * <pre>{@code
 * List<PlaceScorer.Item> items = PlaceScorer.score(gold, analysed.sentences(), analysed.events(), geocoder, gazetteer);
 * }</pre>
 */
public final class PlaceScorer {
  /** The tolerance: a resolved place within this distance of the gold place is right. */
  public static final double KM = 25;

  private static final Set<String> DIRECTIONS = Set.of(
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
      "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
      "southwestern");

  private PlaceScorer() {}

  /**
   * One gold place and what the geocoder said for its sentence.
   *
   * @param sentence the article sentence that holds the gold fragment, null when none does
   * @param place the geocoder's place for that sentence, null when it gave none
   * @param km distance from the located gold place, null when not measured
   * @param verdict "right", "no sentence", "no place", "wrong country", "too far", "gold not in gazetteer"
   * @param strict right by the fixtures README's rule for matched events ({@link Scorer#placeRight}): the
   *     name matches or the place lies within 25 km of the located gold place, in the gold country. A
   *     city is not right for a gold country, nor a country for a gold city.
   */
  public record Item(String file, String fragment, String goldName, String goldCountry, String sentence,
      Place place, Double km, String verdict, boolean strict) {
    Item(String file, String fragment, String goldName, String goldCountry, String sentence, Place place, Double km,
        String verdict) {
      this(file, fragment, goldName, goldCountry, sentence, place, km, verdict, false);
    }

    public boolean right() {
      return verdict.equals("right");
    }

    Item strictly(boolean strict) {
      return new Item(file, fragment, goldName, goldCountry, sentence, place, km, verdict, strict);
    }
  }

  /** Scores the gold places of one page against its analysed sentences and coded events. */
  public static List<Item> score(GoldPage gold, List<AnalysedSentence> sentences, List<Event> events,
      Geocoder geocoder, Gazetteer gazetteer) {
    Geocoder.Located located = geocoder.locate(sentences, events);
    List<Item> out = new ArrayList<>();
    for (GoldEvent g : gold.events()) {
      if (g.where() == null) {
        continue;
      }
      int i = sentenceOf(g.sentence(), sentences);
      AnalysedSentence s = i < 0 ? null : sentences.get(i);
      List<Place> places = s == null ? List.of() : located.at(s.index(), startToken(g.sentence(), s));
      out.add(judgeAny(gold.file(), g, s == null ? null : s.sentence().text(), places, i < 0, gazetteer));
    }
    return out;
  }

  /**
   * The token of the sentence the fragment starts at, as the place of the act the fragment tells is
   * asked for there (a sentence's clauses may tell of acts at different places); -1 when the sentence
   * does not hold the fragment's first three words.
   */
  static int startToken(String fragment, AnalysedSentence s) {
    String text = normalise(s.sentence().text());
    List<String> words = List.of(normalise(fragment).split(" "));
    for (int n = words.size(); n >= Math.min(3, words.size()); n--) {
      int at = text.indexOf(String.join(" ", words.subList(0, n)));
      if (at >= 0) {
        int word = (int) text.substring(0, at).chars().filter(c -> c == ' ').count();
        var sentence = s.sentence();
        for (int k = 0; k < sentence.tokens().size(); k++) {
          int offset = Math.min(sentence.text().length(), Math.max(0, sentence.tokens().get(k).begin() - sentence.begin()));
          String before = normalise(sentence.text().substring(0, offset) + "x");
          if (before.chars().filter(c -> c == ' ').count() >= word) {
            return k;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /**
   * A sentence that lists places ("protests in Montreal and Vancouver") gives an event in each, so a
   * gold place is right when one of them is; otherwise it is judged by the first.
   */
  static Item judgeAny(String file, GoldEvent g, String sentence, List<Place> places, boolean noSentence,
      Gazetteer gazetteer) {
    boolean strict = !noSentence && places.stream().anyMatch(p -> Scorer.placeRight(g.where(), p));
    return judgeLeniently(file, g, sentence, places, noSentence, gazetteer).strictly(strict);
  }

  private static Item judgeLeniently(String file, GoldEvent g, String sentence, List<Place> places, boolean noSentence,
      Gazetteer gazetteer) {
    Item first = judge(file, g, sentence, places.isEmpty() ? null : places.get(0), noSentence, gazetteer);
    if (first.right() || places.size() < 2) {
      return first;
    }
    for (Place p : places.subList(1, places.size())) {
      Item other = judge(file, g, sentence, p, noSentence, gazetteer);
      if (other.right()) {
        return other;
      }
    }
    return first;
  }

  static Item judge(String file, GoldEvent g, String sentence, Place p, boolean noSentence, Gazetteer gazetteer) {
    String name = g.where().name();
    String country = g.where().country();
    if (noSentence) {
      return new Item(file, g.sentence(), name, country, null, null, null, "no sentence");
    }
    if (p == null) {
      return new Item(file, g.sentence(), name, country, sentence, null, null, "no place");
    }
    if (country != null && !country.equals(p.country())) {
      return new Item(file, g.sentence(), name, country, sentence, p, null, "wrong country");
    }
    if (name == null || isCountry(name, country, gazetteer) || name.equalsIgnoreCase(p.name())
        || name.equalsIgnoreCase(p.text())) {
      return new Item(file, g.sentence(), name, country, sentence, p, null, "right");
    }
    // A gold region (a US state, Scotland) is right anywhere inside it, as a gold country is.
    if (country != null && gazetteer.inRegion(p, name, country)) {
      return new Item(file, g.sentence(), name, country, sentence, p, null, "right");
    }
    Place located = gazetteer.locate(name, country);
    if (located == null || p.lat() == null || p.lon() == null) {
      return new Item(file, g.sentence(), name, country, sentence, p, null, "gold not in gazetteer");
    }
    double km = Geocoder.km(located.lat(), located.lon(), p.lat(), p.lon());
    return new Item(file, g.sentence(), name, country, sentence, p, km, km <= KM ? "right" : "too far");
  }

  /** True when the gold name is its country, maybe with a compass part ("north-eastern Syria"). */
  static boolean isCountry(String name, String country, Gazetteer gazetteer) {
    Place c = country == null ? null : gazetteer.country(country);
    if (c == null) {
      return false;
    }
    String[] words = name.toLowerCase(Locale.ROOT).replace('-', ' ').trim().split("\\s+");
    int first = 0;
    while (first < words.length - 1 && DIRECTIONS.contains(words[first])) {
      first++;
    }
    String rest = String.join(" ", List.of(words).subList(first, words.length));
    Place resolved = gazetteer.resolve(rest, org.eventline.geo.Focus.none().withCountry(country, 1), false);
    return resolved != null && "country".equals(resolved.kind()) && country.equals(resolved.country());
  }

  /**
   * The index of the sentence that holds the fragment. A fragment across sentences goes by its start;
   * when its start is only the tail of a sentence before ("Andalusia, Spain. The perpetrator is
   * arrested"), by the sentence its end opens.
   */
  static int sentenceOf(String fragment, List<AnalysedSentence> sentences) {
    if (fragment == null) {
      return -1;
    }
    List<String> words = List.of(normalise(fragment).split(" "));
    for (int n = words.size(); n >= Math.min(3, words.size()); n--) {
      int i = holding(String.join(" ", words.subList(0, n)), sentences);
      if (i >= 0) {
        return i;
      }
    }
    for (int from = 1; words.size() - from >= 3; from++) {
      if (words.get(from - 1).endsWith(".")) {
        int i = holding(String.join(" ", words.subList(from, words.size())), sentences);
        if (i >= 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static int holding(String part, List<AnalysedSentence> sentences) {
    for (int i = 0; i < sentences.size(); i++) {
      if (normalise(sentences.get(i).sentence().text()).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  static String normalise(String s) {
    return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
        .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The share of items that are right by the README's rule, 0 when there are none. */
  public static double strictShare(List<Item> items) {
    long right = items.stream().filter(Item::strict).count();
    return items.isEmpty() ? 0 : right / (double) items.size();
  }

  /** The share of items that are right, 0 when there are none. */
  public static double share(List<Item> items) {
    long right = items.stream().filter(Item::right).count();
    return items.isEmpty() ? 0 : right / (double) items.size();
  }
}
