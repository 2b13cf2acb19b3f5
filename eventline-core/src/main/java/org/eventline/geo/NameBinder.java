package org.eventline.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventline.event.AnalysedSentence;
import org.eventline.nlp.Token;

/**
 * Binds each place name of a sentence to the gazetteer entry it names, reading what is written
 * around it: the larger place after it ("Izmir, Turkey"), a demonym before it ("the Afghan village
 * of Datta Khel"), the capital a country's name asks for ("Somalia's capital"), the place it is
 * said to lie in ("Mansur in west Baghdad").
 */
final class NameBinder {
  private final Gazetteer gazetteer;
  private final PlaceFinder finder;

  NameBinder(Gazetteer gazetteer, PlaceFinder finder) {
    this.gazetteer = gazetteer;
    this.finder = finder;
  }

  /**
   * Each mention of a sentence with the place it names (null when it names none), in the mentions'
   * order. A name written with the larger place it lies in after a comma or "in" ("Izmir, Turkey", "Oxfordshire,
   * England", "Paris, Texas", "Mount Vernon, in Virginia") binds tightly, as in a dateline: the two names resolve to the pair of
   * places that fits, whatever the article's focus says of either alone, and the first is qualified.
   */
  List<Bound> bind(AnalysedSentence s, List<PlaceMention> mentions, Focus article) {
    List<Token> tokens = s.sentence().tokens();
    Focus focus = withActorsOf(s, article);
    GazetteerEntry[] entries = new GazetteerEntry[mentions.size()];
    boolean[] paired = new boolean[mentions.size()];
    boolean[] qualified = new boolean[mentions.size()];
    boolean[] unknown = new boolean[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention inner = mentions.get(i);
      // "Izmir, Turkey", "Mount Vernon, in Virginia", "New Castle in Indiana", "Dharali village, Uttarkashi"
      int next = pastSettlementWord(tokens, inner.lastToken() + 1);
      int comma = next;
      if (next < tokens.size() && tokens.get(next).word().equals(",")) {
        next++;
      }
      if (next < tokens.size() && tokens.get(next).word().equals("in")) {
        next++;
        while (next < tokens.size() && COMPASS_WORDS.contains(tokens.get(next).word())) {
          next++; // "near Palmyra in central Syria"
        }
      }
      next = pastDivisionTitle(tokens, next);
      if (paired[i] || next == inner.lastToken() + 1 || next >= tokens.size()) {
        continue;
      }
      for (int j = 0; j < mentions.size(); j++) {
        PlaceMention outer = mentions.get(j);
        if (outer.firstToken() != next) {
          continue;
        }
        GazetteerEntry[] pair = gazetteer.within(inner.text(), inner.regionSaid(), outer.text(), outer.regionSaid(), focus);
        String bare = pair == null ? withoutDivisionTitle(inner.text()) : null;
        if (bare != null) {
          // "La Libertad Department, Peru": Peru's La Libertad region, not El Salvador's department of that name
          pair = gazetteer.within(bare, true, outer.text(), outer.regionSaid(), focus);
        }
        boolean titled = titledDivision(outer);
        if (pair != null) {
          entries[i] = pair[0];
          entries[j] = pair[1];
          paired[i] = paired[j] = qualified[i] = true;
        } else if (tokens.get(comma).word().equals(",") || titled && tokens.get(comma).word().equals("in")) {
          // "CFB Trenton in Trenton, Ontario": no Trenton the gazetteer knows lies in Ontario, so this is
          // a place it lacks, in the region or country named after it, which is the pair's place; so
          // too "the village of Kuru in Plateau State"
          GazetteerEntry area = gazetteer.areaCalled(outer.text(), focus, outer.regionSaid());
          GazetteerEntry alone = gazetteer.best(inner.text(), focus, inner.regionSaid());
          // not a list of peers ("Greece, Bulgaria", "Chillan, Talca, Concepcion"): the named place is
          // unknown, or a mere town abroad while the area is in a country the article is about or
          // is a division written with its title ("Kuru, Plateau State"), which no list of towns has
          if (area != null && (alone == null || !alone.isCountry() && !alone.isRegion() && !alone.isCounty()
              && (focus.share(area.country()) > 0 || titled) && !alone.country().equals(area.country()))) {
            unknown[i] = true;
            entries[j] = area;
            paired[j] = qualified[j] = true;
          }
        }
      }
    }
    List<Bound> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention m = mentions.get(i);
      GazetteerEntry e = paired[i] || unknown[i] ? entries[i] : gazetteer.best(m.text(), focus, m.regionSaid());
      Set<String> said = paired[i] || unknown[i] ? Set.of() : countriesSaidBefore(tokens, m);
      if (e != null && !said.isEmpty() && !e.isCountry() && !said.contains(e.country())) {
        // "the Afghan village of Datta Khel": a place of that name in Afghanistan, or one the gazetteer
        // lacks, never a namesake abroad
        e = null;
        for (String country : said) {
          e = gazetteer.bestIn(m.text(), country, focus, m.regionSaid());
          if (e != null) {
            break;
          }
        }
      }
      String chained = e == null || e.isCountry() ? null : countryEndingChain(tokens, mentions, i);
      if (chained != null && !chained.equals(e.country())) {
        // "Savar, Dhaka District, Bangladesh": a place in Bangladesh or one the gazetteer lacks, never
        // Sárvár in Hungary
        e = gazetteer.bestIn(m.text(), chained, focus, m.regionSaid());
      }
      if (e != null && !unknown[i] && !e.isRegion() && !e.isCounty() && !e.isCountry()
          && WordsAround.divisionWordFollows(tokens, m.lastToken())) {
        // "in Khandwa district, Madhya Pradesh": the district GeoNames calls so, whose seat is a city
        // of the name, in the same region
        GazetteerEntry division = gazetteer.best(WordsAround.withDivisionWord(m.text(), tokens, m.lastToken()), focus, true);
        e = division != null && (division.isCounty() || division.isRegion()) && division.country().equals(e.country())
            && division.admin1().equals(e.admin1()) ? division : e;
      }
      if (e != null && e.isCountry() && MentionContext.namesItsCapital(tokens, m)) {
        GazetteerEntry capital = gazetteer.capitalOf(e.country());
        e = capital == null ? e : capital; // "in Somalia's capital", "the Iraqi capital", "the capital of Chad"
      }
      if (e != null && !paired[i] && !e.isCountry() && outsideItsContainer(tokens, mentions, i, e, focus)) {
        e = null; // "the neighbourhood of Mansur in west Baghdad" is no Mansourah of Algeria
      }
      // "Amendolara, Province of Cosenza, Italy": a name its address's chain places in its country is as
      // deliberate as one written with its region, though the province is too large to be sure it holds it
      boolean addressed = chained != null && e != null && chained.equals(e.country());
      out.add(new Bound(m, e, paired[i], qualified[i] || addressed));
    }
    return out;
  }

  /**
   * The article's focus with the countries of the sentence's own actors weighed in: "Mexican law
   * enforcement announces a seizure in Sonora", on a page mostly about the United States, is in
   * Mexico's Sonora, not California's. Each actor's country named by a common noun or demonym ("Mexican law enforcement", not "Georgia") counts
   * as a quarter of the article's mentions.
   */
  private static Focus withActorsOf(AnalysedSentence s, Focus article) {
    int total = article.mentions();
    Focus focus = article;
    for (var m : s.mentions()) {
      // a place name that is itself an actor ("the Northern District of Georgia") says nothing of which it is
      if (m.actor().country() != null && !s.sentence().tokens().get(m.headToken()).isProperNoun()) {
        focus = focus.withCountry(SentenceContext.gazetteerCode(m.actor().country()), Math.max(1, total / 4));
      }
    }
    return focus;
  }

  /**
   * The countries a demonym names before the settlement word that introduces the mention ("the Afghan
   * village of", "the Australian electoral district of", "the Egyptian resort city of"); none when no
   * demonym stands there.
   */
  Set<String> countriesSaidBefore(List<Token> tokens, PlaceMention m) {
    if (!WordsAround.settlementOf(tokens, m.firstToken())) {
      return Set.of();
    }
    for (int t = m.firstToken() - 3; t >= 0 && t >= m.firstToken() - 6; t--) {
      Token token = tokens.get(t);
      String w = token.word();
      if (finder.capitalisedDemonym(w)) {
        // every country of the demonym: "Congolese" is both Congos'
        Set<String> countries = new LinkedHashSet<>();
        for (Place p : gazetteer.candidates(w)) {
          if (p.kind().equals("country")) {
            countries.add(p.country());
          }
        }
        return countries;
      }
      if (!token.pos().startsWith("JJ") && !token.pos().startsWith("NN")) {
        return Set.of();
      }
    }
    return Set.of();
  }

  /**
   * The country that ends a chain of two or more names after this one, each after a comma ("Savar,
   * Dhaka District, Bangladesh"), or null: the address the name is written with.
   */
  private String countryEndingChain(List<Token> tokens, List<PlaceMention> mentions, int i) {
    int at = i;
    int links = 0;
    while (true) {
      int comma = mentions.get(at).lastToken() + 1;
      if (comma >= tokens.size() || !tokens.get(comma).word().equals(",")) {
        break;
      }
      int name = pastDivisionTitle(tokens, comma + 1);
      int next = at + 1;
      while (next < mentions.size() && mentions.get(next).firstToken() != name) {
        next++;
      }
      if (next == mentions.size()) {
        break;
      }
      at = next;
      links++;
    }
    if (links < 2) {
      return null; // "Izmir, Turkey" is bound as a pair
    }
    GazetteerEntry last = gazetteer.best(mentions.get(at).text(), Focus.none(), false);
    return last != null && last.isCountry() ? last.country() : null;
  }

  /**
   * True when the mention is written as lying in the next one ("Mansur in west Baghdad", "Beji in
   * Temanggung"), no place of its name lies there, and the one it resolves to is in another country:
   * a district or village the gazetteer lacks, not a namesake abroad.
   */
  private boolean outsideItsContainer(List<Token> tokens, List<PlaceMention> mentions, int i,
      GazetteerEntry entry, Focus focus) {
    PlaceMention inner = mentions.get(i);
    int t = inner.lastToken() + 1;
    if (t >= tokens.size() || !tokens.get(t).word().equalsIgnoreCase("in")) {
      return false;
    }
    t++;
    while (t < tokens.size() && (tokens.get(t).pos().equals("DT") || tokens.get(t).pos().startsWith("JJ")
        || COMPASS_WORDS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT)))) {
      t++;
    }
    for (PlaceMention outer : mentions) {
      if (outer.firstToken() == t) {
        GazetteerEntry container = gazetteer.best(outer.text(), focus, outer.regionSaid());
        return container != null && !container.country().equals(entry.country())
            && gazetteer.within(inner.text(), inner.regionSaid(), outer.text(), outer.regionSaid(), focus) == null;
      }
    }
    return false;
  }

  /**
   * The token after a lower-case word for a settlement that a comma follows ("Dharali village, Uttarkashi,
   * Uttarakhand"), else {@code t}: the word says what the place is, the comma still brings its container.
   */
  private static int pastSettlementWord(List<Token> tokens, int t) {
    return t + 1 < tokens.size() && SETTLEMENT_WORDS.contains(tokens.get(t).word()) && tokens.get(t + 1).word().equals(",")
        ? t + 1 : t;
  }

  private static final Set<String> SETTLEMENT_WORDS = Set.of("village", "town", "city", "township", "hamlet", "camp",
      "suburb", "neighbourhood", "neighborhood", "locality", "area", "municipality", "district", "commune");

  /**
   * The token after a division's title that opens the name at {@code t} ("Amendolara, Province of
   * Cosenza, Italy": the name is Cosenza's), else {@code t}.
   */
  private static int pastDivisionTitle(List<Token> tokens, int t) {
    return t + 2 < tokens.size() && DIVISION_TITLES.contains(tokens.get(t).word()) && tokens.get(t + 1).word().equals("of")
        ? t + 2 : t;
  }

  /** The name less the title of its division written after it ("La Libertad Department": "La Libertad"), else null. */
  private static String withoutDivisionTitle(String text) {
    int space = text.lastIndexOf(' ');
    return space > 0 && DIVISION_TITLES.contains(text.substring(space + 1)) ? text.substring(0, space) : null;
  }

  /** True when the mention is a division's name with its title ("Plateau State", "Kunar Province"). */
  private static boolean titledDivision(PlaceMention m) {
    return withoutDivisionTitle(m.text()) != null;
  }

  private static final Set<String> DIVISION_TITLES = Set.of("Province", "District", "Governorate", "Department",
      "County", "Region", "State", "Municipality", "Prefecture");

  private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "central", "northern",
      "southern", "eastern", "western", "downtown", "suburban");

  /**
   * A mention and the place it names in its sentence.
   *
   * @param paired it is one of a name and the larger place written after it ("Izmir, Turkey")
   * @param qualified it is the first of such a pair: the place the pair says
   */
  record Bound(PlaceMention mention, GazetteerEntry entry, boolean paired, boolean qualified) {}
}
