package org.eventline.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Offline gazetteer: place names to coordinates, with CLIFF-CLAVIN-style disambiguation.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.defaults();
 * Place p = g.resolve("Tripoli", Focus.none().withCountry("LBN", 2), false); // Tripoli, Lebanon
 * g.resolve("Syrian", Focus.none(), false).kind(); // "country": demonyms give the country centroid
 * }</pre>
 *
 * <p>Knows GeoNames' populated places of 500+ people, first- and second-level regions and countries,
 * OpenFlights' airports, and the curated supplement (see the README under {@code org/eventline/geo/}). Loads in a few tenths
 * of a second from the place table the build makes of the readable files; a lookup is a hash probe and a few
 * comparisons. Immutable and thread-safe once built.
 */
public final class Gazetteer {
  static final String PLACES = "/org/eventline/geo/places.tsv.gz";
  static final String COUNTRIES = "/org/eventline/geo/countries.tsv";
  static final String SUPPLEMENT = "/org/eventline/geo/supplement.tsv";
  /**
   * Natural Earth's islands, peninsulas, deserts, seas and the like, in the supplement's format (see the README);
   * not curated (a script chose them), each counts as {@link #CURATED_POPULATION} people.
   */
  static final String NATURAL = "/org/eventline/geo/natural.tsv";
  static final String AIRPORTS = "/org/eventline/geo/airports.tsv.gz";
  static final String COUNTIES = "/org/eventline/geo/counties.tsv.gz";
  /**
   * Towns, villages and municipalities of the countries-states-cities database that no other file
   * has within 25 km under their name (see the README), kind {@code locality}. The database gives no
   * population, so each counts as 500 people, the least of a cities500 place, and is a candidate only
   * in an article that names its country: there it beats a foreign city of its name.
   */
  static final String LOCALITIES = "/org/eventline/geo/localities.tsv.gz";
  /** Place names of GeoNames' postal-code files that no other file has (see the README), read as {@link #LOCALITIES} are. */
  static final String POSTAL = "/org/eventline/geo/postal.tsv.gz";

  /** The share of an article's country mentions that makes a country the one it is mostly about. */
  static final double MAIN_COUNTRY_SHARE = 0.5;
  /** A curated place counts as a town of this many people at least: it has no census figure here. */
  static final int CURATED_POPULATION = 20_000;
  /** The most an article's countries add when none of them is its main country (log10 of 30). */
  static final double SPREAD_FOCUS_MAX = 1.5;
  /** Below this share of an article's country mentions a country is named only in passing. */
  static final double MINOR_SHARE = 0.1;
  /**
   * The population a first-level region counts as, whatever its places add up to: a region is a
   * large area news names often, so it beats a town of the same name ("Crete", Greece's island
   * region, over Crete, Illinois; the state over California, Maryland) but not a city of over
   * 100,000 of its own name ("Aleppo").
   */
  static final int REGION_POPULATION = 100_000;
  /**
   * The population a second-level division (a county, a district) counts as, the size of a small
   * city: with the article's focus it beats a foreign city of its name ("Norfolk", the English
   * county, over Norfolk, Virginia, in news about England), and a city of its name in its own
   * country beats it.
   */
  static final int COUNTY_POPULATION = 15_000;

  /**
   * {@link #PLACES}, {@link #AIRPORTS}, {@link #COUNTIES}, {@link #LOCALITIES} and {@link #POSTAL} as {@link PlaceTable}
   * arrays, made from them at build time
   * by {@link PlaceTableCompiler}: the form {@link #defaults()} loads.
   */
  static final String TABLE = "/org/eventline/geo/gazetteer.bin";

  private static volatile Gazetteer defaults;

  /** The shipped places when loaded from {@link #TABLE}; null when every name is in {@link #names}. */
  private final PlaceTable table;
  /** Every name read from a TSV file: all of them, or, beside a table, the countries and supplement. */
  private final NameIndex names = new NameIndex();
  private final Map<String, GazetteerEntry> countries = new HashMap<>();
  private final Set<String> demonyms = new HashSet<>();
  private final Map<String, String> capitals = new HashMap<>();

  private Gazetteer(PlaceTable table) {
    this.table = table;
  }

  /**
   * The shipped gazetteer, loaded on first use: the build's place table, then the countries and
   * the supplement from their readable files. Classes compiled without the build's
   * {@code process-classes} step (an IDE's) have no table; then the TSV files are read, slower
   * but to the same places.
   */
  public static Gazetteer defaults() {
    Gazetteer g = defaults;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (defaults == null) {
          defaults = Gazetteer.class.getResource(TABLE) == null
              ? fromReadableFiles()
              : loadTable(TABLE, COUNTRIES, SUPPLEMENT);
        }
        g = defaults;
      }
    }
    return g;
  }

  /**
   * A fresh copy of the shipped gazetteer read from its readable TSV files alone, without the build's
   * table: the same places as {@link #defaults()}, loaded the slow way, as before the table
   * existed; for comparing the two ({@code eventline bench geo}).
   */
  public static Gazetteer fromReadableFiles() {
    return load(PLACES, COUNTRIES, SUPPLEMENT, AIRPORTS, COUNTIES, LOCALITIES, POSTAL);
  }

  /**
   * A gazetteer from classpath resources in the shipped formats; a user may pass their own
   * supplement. Each of {@code more} is read like {@code places} (the shipped airports are one).
   */
  public static Gazetteer load(String places, String countries, String supplement, String... more) {
    Gazetteer g = new Gazetteer(null);
    GazetteerReader reader = g.reader();
    reader.readPlaces(places);
    for (String resource : more) {
      reader.readPlaces(resource);
    }
    readTextFiles(reader, countries, supplement);
    return g;
  }

  /** A gazetteer whose places come from a place table resource, and countries and supplement from TSV. */
  static Gazetteer loadTable(String table, String countries, String supplement) {
    Gazetteer g = new Gazetteer(PlaceTableCompiler.readTable(table));
    readTextFiles(g.reader(), countries, supplement);
    return g;
  }

  private GazetteerReader reader() {
    return new GazetteerReader(names, countries, demonyms, capitals);
  }

  /** The files read as they are on every load, whether the places come from the table or not. */
  private static void readTextFiles(GazetteerReader reader, String countries, String supplement) {
    reader.readCountries(countries);
    reader.readSupplement(supplement);
    reader.readSupplement(NATURAL, CURATED_POPULATION, false);
  }

  /** True when some place or country goes by this name. */
  public boolean knows(String text) {
    return !lookup(text).isEmpty();
  }

  /** True when the name is a demonym ("Syrian"), which says whose, not where. */
  public boolean isDemonym(String text) {
    return demonyms.contains(Names.key(text));
  }

  /** Every place of this name, best first for an article with no focus; {@code how} is "candidate". */
  public List<Place> candidates(String text) {
    List<Place> out = new ArrayList<>();
    for (GazetteerEntry e : ranked(text, Focus.none(), false)) {
      out.add(e.toPlace(text, "candidate"));
    }
    return out;
  }

  /**
   * The place a name most likely means in an article with this focus, or null for an unknown name.
   *
   * @param regionSaid true when the text calls it a province, governorate or region ("Aleppo province"):
   *     then the region beats the city of the same name, which otherwise wins
   */
  public Place resolve(String text, Focus focus, boolean regionSaid) {
    GazetteerEntry best = best(text, focus, regionSaid);
    return best == null ? null : best.toPlace(text, "gazetteer");
  }

  /**
   * The place of this name within one country (how gold, which names a place and its country, is
   * located), or null. A landmark the gazetteer lacks is located at the city its name begins with
   * ("Baghdad International Airport": Baghdad), as {@link Landmarks} explains; a town or village
   * of that word is not enough ("Freedom Plaza" is not in Freedom). A district the gazetteer lacks
   * as a division is located at its seat of the same name ("Kanker district": Kanker), and one written
   * with the word for its kind in front is that division ("Province of Ávila").
   */
  public Place locate(String name, String alpha3) {
    Place whole = locateExactly(name, alpha3);
    if (whole != null) {
      return whole;
    }
    String[] words = name.trim().split("\\s+");
    if (words.length >= 3 && isDivisionWord(words[0]) && words[1].equalsIgnoreCase("of")) {
      // "Province of Ávila", as English writes Spanish and Italian provinces: the division of that name
      // (the text itself names it "Ávila" after "Province of", which PlaceFinder reads as a division)
      GazetteerEntry division = bestIn(String.join(" ", Arrays.copyOfRange(words, 2, words.length)), alpha3, Focus.none(), true);
      return division == null ? null : division.toPlace(name, "gazetteer");
    }
    if (words.length >= 2 && (isDivisionWord(words[words.length - 1]) || LOCAL_DIVISIONS.contains(words[words.length - 1].toLowerCase(Locale.ROOT)))) {
      // "Hazaribagh district", "Kwamouth Territory": a district the gazetteer lacks as a division lies
      // where its seat of the same name is
      return locateExactly(String.join(" ", Arrays.copyOf(words, words.length - 1)), alpha3);
    }
    if (words.length < 2 || !Landmarks.isHead(words[words.length - 1])) {
      return null;
    }
    for (int n = words.length - 1; n >= 1; n--) {
      String start = String.join(" ", Arrays.copyOf(words, n));
      GazetteerEntry head = locateEntry(start, alpha3);
      if (head != null && namesLandmarks(head, start)) {
        return head.toPlace(start, "gazetteer");
      }
    }
    return null;
  }

  /**
   * Words of local divisions news writes after a name, beside {@link #DIVISION_WORDS} ("Lubero Territory",
   * "Myaung Township", "Lohagara Upazila", "Kalat Tehsil", "Port-au-Prince Arrondissement").
   */
  private static final Set<String> LOCAL_DIVISIONS = Set.of("territory", "township", "upazila", "tehsil", "taluka",
      "taluk", "mandal", "woreda", "raion", "rayon", "commune", "arrondissement");

  private Place locateExactly(String name, String alpha3) {
    GazetteerEntry e = locateEntry(name, alpha3);
    return e == null ? null : e.toPlace(name, "gazetteer");
  }

  private GazetteerEntry locateEntry(String name, String alpha3) {
    for (GazetteerEntry e : ranked(name, Focus.none().withCountry(alpha3, 1), false)) {
      if (e.country().equals(alpha3)) {
        return e;
      }
    }
    return null;
  }

  /**
   * True when a landmark whose name begins with this text ("Baghdad International Airport") may be
   * taken to lie in this place: a city, region or country called so by its own name (not by one of
   * its alternate names: "Freedom" is one of Alliance, Ohio), or a place a person added.
   */
  static boolean namesLandmarks(GazetteerEntry e, String text) {
    return e.curated() || Names.key(e.name()).equals(Names.key(text))
        && (e.kind().equals("city") || e.isCountry() || e.isRegion());
  }

  /**
   * True when the place lies in the first-level region of that name and country ("Milwaukee" in
   * "Wisconsin"), or is that region. Regions are told by GeoNames admin1 code; a country or a
   * place the gazetteer does not know is in no region.
   */
  public boolean inRegion(Place place, String region, String alpha3) {
    Set<String> admin1 = new HashSet<>();
    for (GazetteerEntry e : lookup(region)) {
      if (e.isRegion() && e.country().equals(alpha3)) {
        admin1.add(e.admin1());
      }
    }
    if (admin1.isEmpty() || place.name() == null || !alpha3.equals(place.country())) {
      return false;
    }
    for (GazetteerEntry e : lookup(place.name())) {
      if (!e.isCountry() && e.country().equals(alpha3) && admin1.contains(e.admin1())
          && place.lat() != null && place.lat() == e.lat() && place.lon() == e.lon()) {
        return true;
      }
    }
    return false;
  }

  /** The country centroid for an ISO alpha-3 code, or null. */
  public Place country(String alpha3) {
    GazetteerEntry e = countries.get(alpha3);
    return e == null ? null : e.toPlace(e.name(), "gazetteer");
  }

  GazetteerEntry countryEntry(String alpha3) {
    return countries.get(alpha3);
  }

  /** The country's capital city ("Somalia's capital": Mogadishu), or null when the gazetteer does not know it. */
  GazetteerEntry capitalOf(String alpha3) {
    String name = capitals.get(alpha3);
    if (name == null) {
      return null;
    }
    for (GazetteerEntry e : ranked(name, Focus.none().withCountry(alpha3, 1), false)) {
      if (e.country().equals(alpha3) && !e.isCountry() && !e.isRegion() && !e.isCounty()) {
        return e;
      }
    }
    return null;
  }

  /** True when the name, of two words or more, is a sea's ("Java Sea", "Gulf of Aden"): such a name is no person's or firm's. */
  boolean namesSea(String text) {
    if (text.indexOf(' ') < 0) {
      return false;
    }
    for (GazetteerEntry e : lookup(text)) {
      if (e.isSea()) {
        return true;
      }
    }
    return false;
  }

  /** True when a place of this name comes from the curated supplement. */
  boolean curated(String text) {
    for (GazetteerEntry e : lookup(text)) {
      if (e.curated()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when some place of this name is written with "The" ("The Hague") or is a country or region,
   * which news may write so ("The Gambia", "The Crimea"): a capitalised "The" before the name does
   * not make it the title of a paper.
   */
  boolean goesWithThe(String text) {
    for (GazetteerEntry e : lookup(text)) {
      if (e.isCountry() || e.isRegion() || e.name().regionMatches(true, 0, "the ", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  /** Admin1 codes of the first-level regions that go by this name ("Aleppo" names region SY.09). */
  Set<String> regionsNamed(String text) {
    Set<String> out = new HashSet<>();
    for (GazetteerEntry e : lookup(text)) {
      if (e.isRegion()) {
        out.add(e.admin1());
      }
    }
    return out;
  }

  /**
   * The likeliest place of {@code inner} that lies in some place of {@code outer}, and that place, or
   * null when no place of the one lies in a place of the other: "Paris, Texas" is the Texan town
   * whatever the article is about, "Oxfordshire, England" the English county in the English region,
   * "Bari Region, Puntland" the Somali region in the curated area, which has no bounds of its own here.
   */
  GazetteerEntry[] within(String inner, boolean innerRegionSaid, String outer, boolean outerRegionSaid, Focus focus) {
    List<GazetteerEntry> outers = ranked(outer, focus, outerRegionSaid);
    for (GazetteerEntry in : ranked(inner, focus, innerRegionSaid)) {
      for (GazetteerEntry out : outers) {
        if (in != out && (out.contains(in) || out.areaHolds(in))) {
          return new GazetteerEntry[] {in, out};
        }
      }
    }
    return null;
  }

  /**
   * The likeliest country, or first-level region of this very name, or null when nothing of the name is one:
   * what a name written after a place it holds means ("Trenton, Ontario": the province, not the
   * Californian city).
   */
  GazetteerEntry areaCalled(String text, Focus focus, boolean regionSaid) {
    String key = Names.key(text);
    for (GazetteerEntry e : ranked(text, focus, regionSaid)) {
      if (e.isCountry() || e.isRegion() && Names.key(e.name()).equals(key)) {
        return e;
      }
    }
    return null;
  }

  /** The likeliest place of this name in the country (alpha-3), or null when none of its places is there. */
  GazetteerEntry bestIn(String text, String country, Focus focus, boolean regionSaid) {
    for (GazetteerEntry e : ranked(text, focus, regionSaid)) {
      if (e.country().equals(country)) {
        return e;
      }
    }
    return null;
  }

  GazetteerEntry best(String text, Focus focus, boolean regionSaid) {
    List<GazetteerEntry> ranked = ranked(text, focus, regionSaid);
    return ranked.isEmpty() ? null : ranked.get(0);
  }

  /**
   * The likeliest city of this name that lies in the region ("Geneva" the city in the canton of
   * Geneva), or null: what a region's name means where the region itself is unlikely.
   */
  GazetteerEntry cityOfRegion(String text, GazetteerEntry region, Focus focus) {
    for (GazetteerEntry e : ranked(text, focus, false)) {
      if (e.kind().equals("city") && e.country().equals(region.country()) && e.admin1().equals(region.admin1())) {
        return e;
      }
    }
    return null;
  }

  /** True when the gazetteer has this one place by the name, under its own name ("Nabatieh", a governorate). */
  boolean onlyBearer(String text, GazetteerEntry entry) {
    List<GazetteerEntry> looked = lookup(text);
    return looked.size() == 1 && looked.get(0).equals(entry) && Names.key(entry.name()).equals(Names.key(text));
  }

  private List<GazetteerEntry> ranked(String text, Focus focus, boolean regionSaid) {
    List<GazetteerEntry> looked = lookup(text);
    String asked = looked.size() > 1 ? Names.key(text) : null; // one place needs no ranking
    // Each place scored once (its own name folded once), then sorted by that score, stably.
    List<Scored> scored = new ArrayList<>(looked.size());
    for (GazetteerEntry e : looked) {
      if (e.isLocality() && focus.share(e.country()) <= 0) {
        // a name and a point with nothing else known: "Rhodesia", a hamlet of Nottinghamshire, in an
        // article about Zimbabwe, or "Sumatra", Montana, in one about Indonesia, are not what it means
        continue;
      }
      boolean another = asked != null && byAnotherName(e, text, asked, focus);
      // Equal scores are mostly namesake regions, which only their people tell apart ("Florida" the US
      // state, not Puerto Rico's municipality; a region's population is that of its places); places
      // found under another name keep the order they were found in (the central division first).
      int people = asked != null && Names.key(e.name()).equals(asked) ? e.population() : 0;
      scored.add(new Scored(e, score(e, focus, regionSaid) - (another ? ANOTHER_NAME_PENALTY : 0), people));
    }
    scored.sort(Comparator.comparingDouble((Scored x) -> -x.score()).thenComparingInt(x -> -x.people()));
    List<GazetteerEntry> found = new ArrayList<>(scored.size());
    for (Scored x : scored) {
      found.add(x.entry());
    }
    if (found.size() > 1 && found.get(0).isCountry() && focus.share(found.get(0).country()) < MINOR_SHARE) {
      // "Georgia" in news about the United States, where Georgia comes up once if at all, is the
      // US state: a region of the country the article is mostly about beats a country it is not about.
      for (GazetteerEntry e : found) {
        if (e.isRegion() && focus.share(e.country()) >= MAIN_COUNTRY_SHARE) {
          found.remove(e);
          found.add(0, e);
          break;
        }
      }
    }
    // "England" is the constituent country, not England, Arkansas, even in an article whose actors are
    // American; "Florida" the state, not a town that once had the name: a first-level region called by
    // its own name is what news means over a town or village that shares it, whatever the focus.
    String key = asked; // null only for a single place, which the loop below never reaches
    for (int r = 1; r < found.size(); r++) {
      GazetteerEntry region = found.get(r);
      if (region.isRegion() && Names.key(region.name()).equals(key)) {
        List<GazetteerEntry> keep = new ArrayList<>();
        List<GazetteerEntry> demoted = new ArrayList<>();
        for (GazetteerEntry e : found.subList(0, r)) {
          (smallPlaceUnderRegion(e, region, key, focus) ? demoted : keep).add(e);
        }
        if (!demoted.isEmpty()) {
          keep.add(region);
          keep.addAll(demoted);
          keep.addAll(found.subList(r + 1, found.size()));
          found = keep;
        }
        break;
      }
    }
    return found;
  }

  private record Scored(GazetteerEntry entry, double score, int people) {}

  /**
   * True when the place is a town or village, or a city of under {@link #REGION_POPULATION} people,
   * that may not outrank a first-level region of that name whatever the article's focus. A city (a seat,
   * or 15,000+ people) called so by its own name in the country the article is mostly about keeps its
   * rank against a region abroad: "Victoria" in news about Texas is Victoria, Texas, not the Australian
   * state; but "Nevada" in news about the United States is the state, not Nevada, Iowa (a city in the
   * region of its name, "Çanakkale" in Çanakkale province, keeps its rank). A city that has
   * the name only as another name ("Nebraska", once Appomattox's) does not keep it.
   */
  private static boolean smallPlaceUnderRegion(GazetteerEntry e, GazetteerEntry region, String key, Focus focus) {
    if (!e.isSettlement() || e.curated() || e.population() >= REGION_POPULATION) {
      return false;
    }
    return !(e.kind().equals("city") && Names.key(e.name()).equals(key) && focus.share(e.country()) > MAIN_COUNTRY_SHARE
        && (!region.country().equals(e.country()) || region.admin1().equals(e.admin1())));
  }

  /**
   * What a place called so only by one of its other names, in a country the article does not
   * name, loses in {@link #score}: the worth of a hundredfold population. GeoNames keeps historical
   * and other-language names ("Munda", Montilla's Roman name; "Gizo", Giza in some language;
   * "Florida", once Floridablanca's), and a large city known so is less likely than a small place
   * or a region that bears the name as its own, or any place of the article's countries.
   */
  static final double ANOTHER_NAME_PENALTY = 2;

  /**
   * True when the place has the asked name only as another name (not its own, nor its own less
   * a word such as "Province") and lies in none of the article's countries; curated places and
   * countries keep their rank (their other names are the ones news uses: "US", "Britain").
   */
  static boolean byAnotherName(GazetteerEntry e, String text, String asked, Focus focus) {
    if (e.curated() || e.isCountry() || e.name().equalsIgnoreCase(text) || focus.share(e.country()) > 0) {
      return false;
    }
    String own = Names.key(e.name());
    return !own.equals(asked) && !own.startsWith(asked + " ") && !own.endsWith(" " + asked);
  }

  private List<GazetteerEntry> lookup(String text) {
    String key = Names.key(text);
    List<GazetteerEntry> found = entries(key);
    // Localities are the last resort: a name only they hold ("Sumatra", Florida and Montana) is first
    // looked for as the other files would find it (the regions of Sumatra, less their compass word)
    List<GazetteerEntry> localities = List.of();
    if (!found.isEmpty() && found.stream().allMatch(GazetteerEntry::isLocality)) {
      localities = found;
      found = List.of();
    }
    if (found.isEmpty()) {
      String bare = Names.withoutArticle(key);
      if (bare != null) {
        found = entries(bare);
      }
    }
    if (found.isEmpty()) {
      found = divisionCalledSo(key);
    }
    if (found.isEmpty()) {
      found = landformOfDivision(key);
    }
    if (found.isEmpty()) {
      found = otherFirstWord(key);
    }
    if (found.isEmpty()) {
      found = otherEnding(key);
    }
    if (found.isEmpty()) {
      found = islandsOrParts(key);
    }
    if (found.isEmpty()) {
      found = seatOfRaion(key);
    }
    if (!localities.isEmpty()) {
      List<GazetteerEntry> all = new ArrayList<>(found);
      all.addAll(localities);
      found = all;
    }
    return Landmarks.isName(text) ? landmarks(found, text) : found;
  }

  /** Words news writes after a division's name that GeoNames leaves out ("Shizuoka Prefecture" is GeoNames' "Shizuoka"). */
  private static final List<String> DIVISION_WORDS = List.of(
      "prefecture", "province", "region", "governorate", "state", "oblast", "county", "district", "regency",
      "borough", "department", "municipality", "division");

  /** True when the word is one for a kind of division ("District", "Province"), which alone names none. */
  static boolean isDivisionWord(String word) {
    return DIVISION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when the name ends with the word for a division's kind ("Nangarhar Province", "Latakia Governorate"). */
  static boolean endsWithDivisionWord(String name) {
    String key = Names.key(name);
    String bare = withoutDivisionWord(key);
    // "Northern District" (of Texas, of Israel) is a name of many divisions, not of one
    return bare != null && !PARTS.contains(bare) && !key.startsWith("middle ");
  }

  /** The key less the division word it ends with ("shizuoka prefecture" -> "shizuoka"), or null when it ends with none. */
  private static String withoutDivisionWord(String key) {
    for (String word : DIVISION_WORDS) {
      if (key.endsWith(" " + word) && key.length() > word.length() + 1) {
        return key.substring(0, key.length() - word.length() - 1);
      }
    }
    return null;
  }

  /**
   * The first- or second-level divisions of a name written with the word for its kind that the
   * gazetteer knows only without it: "Shizuoka Prefecture" is the prefecture Shizuoka, not a city.
   */
  private List<GazetteerEntry> divisionCalledSo(String key) {
    String bare = withoutDivisionWord(key);
    return bare == null ? List.of() : divisions(bare);
  }

  /** The first- and second-level divisions (regions and counties) of this key. */
  private List<GazetteerEntry> divisions(String key) {
    List<GazetteerEntry> divisions = new ArrayList<>();
    for (GazetteerEntry e : entries(key)) {
      if (e.isRegion() || e.isCounty()) {
        divisions.add(e);
      }
    }
    return divisions;
  }

  /**
   * How English writes the Arabic and Hebrew words that begin many names, each group one word:
   * "Tel Abyad" is GeoNames' "Tall Abyad", "Deir Istiya" its "Dayr Istiya", "Beit Lahia" its "Bayt Lahya".
   */
  private static final List<List<String>> FIRST_WORDS = List.of(
      List.of("tel", "tell", "tal", "tall"),
      List.of("deir", "dayr", "dair"),
      List.of("kafr", "kfar", "kefar"),
      List.of("beit", "bayt", "bait"),
      List.of("khirbet", "khirbat"),
      List.of("jabal", "jebel", "jbel"));

  /** The places of the name with its first word spelt another way of {@link #FIRST_WORDS}. */
  private List<GazetteerEntry> otherFirstWord(String key) {
    for (List<String> group : FIRST_WORDS) {
      for (String word : group) {
        if (key.startsWith(word + " ")) {
          String rest = key.substring(word.length());
          for (String other : group) {
            List<GazetteerEntry> found = other.equals(word) ? List.of() : entries(other + rest);
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The places of the name with its ending transliterated the other way: Russian and Ukrainian names
   * end in "-iya" in GeoNames' spelling and "-ia" in news ("Yevpatoria" is GeoNames' "Yevpatoriya"),
   * their adjectives in "-skiy" and "-sky" ("Ilsky" is GeoNames' "Il'skiy"); Arabic names end in "-ah"
   * in GeoNames and often in "-a" in news ("Kufra" is GeoNames' "Al Kufrah", "Al-Lubban ash-Sharqiya"
   * its "Al Lubban ash Sharqiyah").
   */
  private List<GazetteerEntry> otherEnding(String key) {
    if (key.endsWith("iya") && key.length() > 5) {
      List<GazetteerEntry> found = entries(key.substring(0, key.length() - 3) + "ia");
      return found.isEmpty() ? entries(key + "h") : found;
    }
    if (key.endsWith("ia") && key.length() > 4) {
      return entries(key.substring(0, key.length() - 2) + "iya");
    }
    if (key.endsWith("sky") && key.length() > 4) {
      return entries(key.substring(0, key.length() - 1) + "iy");
    }
    if (key.endsWith("skiy") && key.length() > 6) {
      return entries(key.substring(0, key.length() - 2) + "y");
    }
    if (key.endsWith("ah") && key.length() > 5) {
      return entries(key.substring(0, key.length() - 1));
    }
    if (key.endsWith("a") && key.length() > 4) {
      return entries(key + "h");
    }
    return List.of();
  }

  /** Words news writes after the name of a district of Russia, Ukraine or another former Soviet republic. */
  private static final List<String> RAION_WORDS = List.of("district", "raion", "rayon");

  /** Adjective endings of a district's name ("Shilovsky", "Shilovskiy", "Pokrovskyi"). */
  private static final List<String> RAION_ENDINGS = List.of("skiy", "skyi", "skii", "sky", "ski");

  /** Endings of a seat's name the district's adjective drops ("Shilov-o", "Volnovakh-a", "Pokrov-sk"). */
  private static final List<String> SEAT_ENDINGS = List.of("", "o", "a", "sk", "e");

  /** Former Soviet republics, whose districts are named by an adjective of their seat. */
  private static final Set<String> RAION_COUNTRIES = Set.of(
      "RUS", "UKR", "BLR", "KAZ", "KGZ", "UZB", "TJK", "TKM", "MDA", "ARM", "AZE", "GEO");

  /**
   * The seat of a district of a former Soviet republic that GeoNames lacks as a division: such a
   * district is named by an adjective of its seat ("Shilovsky District" of Shilovo, "Pokrovsky
   * Raion" of Pokrovsk, "Volnovakhsky District" of Volnovakha), and news names it where the seat is
   * the place a reader knows. Only settlements of those countries.
   */
  private List<GazetteerEntry> seatOfRaion(String key) {
    for (String word : RAION_WORDS) {
      if (!key.endsWith(" " + word) || key.indexOf(' ') != key.length() - word.length() - 1) {
        continue;
      }
      String adjective = key.substring(0, key.length() - word.length() - 1);
      for (String ending : RAION_ENDINGS) {
        if (adjective.endsWith(ending) && adjective.length() > ending.length() + 2) {
          String stem = adjective.substring(0, adjective.length() - ending.length());
          // every seat the adjective may come from, ranked as namesakes are ("Pokrovsky": Pokrovsk
          // over the smaller Pokrov)
          List<GazetteerEntry> seats = new ArrayList<>();
          for (String seat : SEAT_ENDINGS) {
            entries(stem + seat).stream()
                .filter(e -> RAION_COUNTRIES.contains(e.country()) && !e.isCountry() && !e.isRegion())
                .forEach(seats::add);
          }
          return seats;
        }
      }
    }
    return List.of();
  }

  /** Words for the land a division is named after ("the Swat Valley", "the Nineveh Plains", "the Sinai Peninsula"). */
  private static final List<String> LANDFORMS = List.of("valley", "plains", "plain", "peninsula");

  /**
   * The divisions named after the land a name calls a valley, plain or peninsula, when the gazetteer
   * lacks the landform itself: "the Swat Valley" is the Swat district, "the Bekaa Valley" the Bekaa
   * governorate, "the Sinai Peninsula" North and South Sinai. Only regions and counties, and none
   * for a country's name, so "the Jordan Valley" is neither Jordan nor Jordán, Colombia, and "Death
   * Valley" no town called Death.
   */
  private List<GazetteerEntry> landformOfDivision(String key) {
    for (String landform : LANDFORMS) {
      if (key.endsWith(" " + landform) && key.length() > landform.length() + 1) {
        String land = key.substring(0, key.length() - landform.length() - 1);
        if (entries(land).stream().anyMatch(GazetteerEntry::isCountry)) {
          return List.of(); // "the Jordan Valley" lies along the river, not in Jordán, Colombia
        }
        List<GazetteerEntry> divisions = divisions(land);
        return divisions.isEmpty() ? parts(land) : divisions;
      }
    }
    return List.of();
  }

  /** Compass words that divide a named area into regions, the middle first: its seat is the likeliest centre. */
  private static final List<String> PARTS = List.of(
      "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western");

  /**
   * The divisions an unknown name stands for. An island group goes by its main island's name, and
   * GeoNames knows the divisions named after it, not the group ("Abaco Islands": the Abaco
   * divisions); an island or area split into compass-named regions is the whole of them ("Grand
   * Bahama": East and West Grand Bahama; "Darfur": its five states), given only when two or more
   * such parts exist, the central one first; a group that shares a region with another under
   * "and" is that region ("Andaman Islands": Andaman and Nicobar). Only regions and counties are taken, so an unknown
   * "Christmas Island" is no town called Christmas.
   */
  private List<GazetteerEntry> islandsOrParts(String key) {
    for (String islands : List.of(" islands", " island", " isles")) {
      if (key.endsWith(islands) && key.length() > islands.length()) {
        String group = key.substring(0, key.length() - islands.length());
        List<GazetteerEntry> divisions = divisions(group);
        if (divisions.isEmpty()) {
          divisions = joinedGroups().getOrDefault(group, List.of());
        }
        return divisions.isEmpty() ? parts(group) : divisions;
      }
    }
    return parts(key);
  }

  /** {@link #joinedGroups()}, made on first use. */
  private volatile Map<String, List<GazetteerEntry>> joinedGroups;

  /**
   * First-level regions named for two island groups or areas joined by "and", by the key of each
   * part less "Islands": GeoNames has "Andaman and Nicobar" (India's union territory), which news
   * calls "the Andaman Islands" or "the Nicobar Islands" by the group it means. Made by one scan of
   * the regions the first time an unknown island group is looked up.
   */
  private Map<String, List<GazetteerEntry>> joinedGroups() {
    Map<String, List<GazetteerEntry>> groups = joinedGroups;
    if (groups == null) {
      List<GazetteerEntry> regions = new ArrayList<>(table == null ? List.of() : table.ofKind("region"));
      for (String key : names.keys()) {
        for (GazetteerEntry e : names.get(key)) {
          if (e.isRegion() && !regions.contains(e)) {
            regions.add(e);
          }
        }
      }
      groups = new HashMap<>();
      for (GazetteerEntry e : regions) {
        String name = Names.key(e.name());
        int and = name.indexOf(" and ");
        if (and <= 0) {
          continue;
        }
        for (String part : List.of(name.substring(0, and), name.substring(and + 5))) {
          String group = part.replaceFirst(" (islands|island|isles)$", "");
          List<GazetteerEntry> named = groups.computeIfAbsent(group, k -> new ArrayList<>());
          if (!named.contains(e)) {
            named.add(e);
          }
        }
      }
      joinedGroups = groups;
    }
    return groups;
  }

  private List<GazetteerEntry> parts(String key) {
    List<GazetteerEntry> out = new ArrayList<>();
    int named = 0;
    for (String compass : PARTS) {
      boolean any = false;
      for (GazetteerEntry e : entries(compass + " " + key)) {
        if (e.isRegion() || e.isCounty()) {
          out.add(e);
          any = true;
        }
      }
      named += any ? 1 : 0;
    }
    return named >= 2 ? out : List.of();
  }

  /**
   * Of the places a landmark's name ("White House", "Union Station") finds, those it may mean: not a
   * town or village that is called so (White House, Tennessee), nor a populated place that has the
   * name only as another name (Fallston, Maryland, once White House; Casablanca, in translation):
   * news naming a landmark means the landmark. A city of that very name, an airport, a region or a
   * curated place stays.
   */
  private static List<GazetteerEntry> landmarks(List<GazetteerEntry> found, String text) {
    List<GazetteerEntry> kept = new ArrayList<>(found.size());
    for (GazetteerEntry e : found) {
      if (!e.isSettlement() || namesLandmarks(e, text)) {
        kept.add(e);
      }
    }
    return kept.size() == found.size() ? found : kept;
  }

  /** The places of a key in reading order: the table's (places, airports), then the TSV files' after them. */
  List<GazetteerEntry> entries(String key) {
    List<GazetteerEntry> read = names.get(key);
    if (table == null) {
      return read;
    }
    List<GazetteerEntry> shipped = table.get(key);
    if (read.isEmpty() || shipped.isEmpty()) {
      return read.isEmpty() ? shipped : read;
    }
    List<GazetteerEntry> both = new ArrayList<>(shipped.size() + read.size());
    both.addAll(shipped);
    both.addAll(read);
    return both;
  }

  /** Every key this gazetteer read from TSV files (all of them for {@link #load}). */
  List<String> readKeys() {
    return names.keys();
  }

  /**
   * Higher is likelier. A country's own name wins outright (a country named in news is the
   * country, not a village of that name); then population on a log scale (a city of 1.6 million
   * over a town of 15,000: about 2 points), the article's focus countries (up to 4 points, so
   * focus beats a tenfold population, as "Tripoli" in an article about Lebanon shows), a region
   * the article names (2), and region-versus-city by what the text says.
   */
  static double score(GazetteerEntry e, Focus focus, boolean regionSaid) {
    if (e.isCountry()) {
      return 100;
    }
    int people = e.isRegion() ? REGION_POPULATION
        : e.isCounty() ? Math.max(e.population(), COUNTY_POPULATION)
        : e.curated() ? Math.max(e.population(), CURATED_POPULATION) : e.population();
    double s = Math.log10(people + 10.0);
    if (e.curated()) {
      s += 1; // a person added it because news names it
    }
    double share = focus.share(e.country());
    double focused = share > 0 ? 1 + 3 * share : 0;
    if (!e.isRegion() && focus.regions().contains(e.admin1())) {
      focused += 2;
    }
    // An article spread over many countries (no main one: protests in thirty cities) says less of
    // which Rome it means than one about Lebanon says of which Tripoli: its countries and regions
    // outweigh at most a thirtyfold population, so Rome, Athens and Sydney are not their namesakes
    // in a New York or an Ohio the article also names.
    s += focus.main() == null ? Math.min(focused, SPREAD_FOCUS_MAX) : focused;
    if (e.isRegion()) {
      s += regionSaid ? 20 : 0; // a city of the region's name outweighs it by population ("Aleppo")
    } else if (regionSaid && (e.kind().equals("district") || e.kind().equals("area") || e.isCounty())) {
      // "the Central district", "Palermo province": a district or county is as much a region as a
      // governorate; "the Catatumbo region" is the area news calls so, not a municipality abroad
      s += 20;
    }
    return s;
  }
}
