package org.eventline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventline.actor.ActorKind;
import org.eventline.actor.ActorMention;
import org.eventline.event.AnalysedSentence;
import org.eventline.event.Event;
import org.eventline.event.EventType;
import org.eventline.event.Participant;

/**
 * Places coded events: gives each event the place its sentence names, or the place that is its
 * target ("visited Damascus"); when neither does, the place of a sentence just before or the
 * article's own place, and null only when the article names no place at all.
 *
 * <pre>{@code List<Event> placed = Geocoder.defaults().place(events, sentences);}</pre>
 *
 * <p>A city that is the target of a visit or a material act is the place ("visited Damascus").
 * Otherwise, in the sentence, a name used as an actor of an event there ("Turkey backed...") is no
 * place; of nested places the finest wins ("Khan Touman and other places in Aleppo": Khan Touman),
 * then one after a locative preposition, then a city over a country, then the first. Same-named places are told apart by the
 * article's {@link Focus}: the countries of its actors and places, and the regions it names.
 * The {@link Place#how()} of a placed event is "target", "sentence", or, when its sentence names no
 * place, "previous sentence" (one of the two before) or "article focus" (the place the article names
 * most, title first). When the sentence's place is one of a list ("protests in Montreal and
 * Vancouver"), the event is given once for each place of the list.
 */
public final class Geocoder {
  /** Places inside a city's own area count as in it (Khan Touman is 13 km from Aleppo's centre). */
  private static final double CITY_AREA_KM = 30;
  /** How far from its seat's point a second-level division reaches, at most (Gwynedd's seat to Dolgellau: 52 km). */
  private static final double COUNTY_AREA_KM = 60;
  /** How many sentences back a sentence that names no place looks for one ("He never came out."). */
  private static final int CARRY_BACK = 2;
  /** The most tokens an apposition after a sentence's subject holds ("Saudi Arabia, the country in which ..., refused"). */
  private static final int APPOSITION = 12;
  /** A place named in the title counts as often as this in the body when finding the article's place. */
  private static final int TITLE_WEIGHT = 3;
  /**
   * A place named in the lead, the body's first sentence, counts as often as this: news says where
   * in its first sentence ("Two bombings in Karachi, Pakistan have killed..."), and a place named
   * twice at the end for a related event elsewhere ("in Karbala, Iraq") is not the story's.
   */
  private static final int LEAD_WEIGHT = 2;

  private final Gazetteer gazetteer;
  private final PlaceFinder finder;

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.finder = new PlaceFinder(gazetteer);
  }

  public static Geocoder defaults() {
    return new Geocoder(Gazetteer.defaults());
  }

  /**
   * The events of one article with {@code where} set where the text places them; the order is kept.
   * An event whose own sentence names no place (and whose target is no city) takes the place of the
   * sentence before ("previous sentence"), else the article's focus place ("article focus").
   */
  public List<Event> place(List<Event> events, List<AnalysedSentence> sentences) {
    if (events.isEmpty()) {
      return events;
    }
    ArticlePlaces article = new ArticlePlaces(sentences, events);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      AnalysedSentence s = article.byIndex.get(e.sentence().index());
      Place target = s == null ? null : targetPlace(e, article.focus);
      List<Place> where = target != null ? List.of(target) : s == null ? List.of() : article.placesOf(s.index());
      if (where.isEmpty()) {
        out.add(e);
        continue;
      }
      // "Protests in Montreal and Vancouver": one act in each place of the list, as a coder splits
      // an act of several actors into one event each
      out.add(e.withWhere(where.get(0)));
      for (Place also : where.subList(1, where.size())) {
        out.add(e.alsoAt(also));
      }
    }
    return out;
  }

  /**
   * The place of each sentence, in the order given, as an event there is placed: the city an event
   * coded from it visits or acts on ("target"), else the sentence's own place ("sentence"), else the
   * place of one of the two sentences before ("previous sentence"), else the article's focus place
   * ("article focus"), else null. The events (may be empty) tell which names are actors rather than
   * places.
   */
  public List<Place> placeSentences(List<AnalysedSentence> sentences, List<Event> events) {
    List<Place> out = new ArrayList<>(sentences.size());
    for (List<Place> places : placeSentenceLists(sentences, events)) {
      out.add(places.isEmpty() ? null : places.get(0));
    }
    return out;
  }

  /**
   * The places of each sentence, as {@link #placeSentences} gives the first: empty when it has none,
   * and several when the sentence's own place is one of a list ("protests in Montreal and
   * Vancouver"), where {@link #place} gives an event in each.
   */
  public List<List<Place>> placeSentenceLists(List<AnalysedSentence> sentences, List<Event> events) {
    ArticlePlaces article = new ArticlePlaces(sentences, events);
    Map<Integer, Place> targets = new HashMap<>();
    for (Event e : events) {
      Place target = targetPlace(e, article.focus);
      if (target != null) {
        targets.putIfAbsent(e.sentence().index(), target);
      }
    }
    List<List<Place>> out = new ArrayList<>(sentences.size());
    for (AnalysedSentence s : sentences) {
      Place target = targets.get(s.index());
      out.add(target != null ? List.of(target) : article.placesOf(s.index()));
    }
    return out;
  }

  /** What the geocoder knows of one article: mentions, focus, each sentence's own place, the focus place. */
  private final class ArticlePlaces {
    final Map<Integer, AnalysedSentence> byIndex = new HashMap<>();
    final Map<Integer, List<PlaceMention>> mentions = new HashMap<>();
    /** Each sentence's mentions with the places they name in the article's focus, resolved once. */
    final Map<Integer, List<Bound>> bound = new HashMap<>();
    final Map<Integer, Resolved> own = new HashMap<>();
    /** The other places of the list a sentence's own place belongs to ("in Montreal and Vancouver"). */
    final Map<Integer, List<Resolved>> listedWithOwn = new HashMap<>();
    final Focus focus;
    final Resolved focusPlace;
    /** The sentences that tell of an incident at one spot (a bombing, an arrest, a clash). */
    final Set<Integer> incidents = new HashSet<>();
    /**
     * Of those, the ones that are incidents only for the coercion coded from them ("Turkey sentenced
     * two smugglers", "Iran banned the players"): a state that coerces does so at home.
     */
    final Set<Integer> coercions = new HashSet<>();

    ArticlePlaces(List<AnalysedSentence> sentences, List<Event> events) {
      List<Event> uncoercive = events.stream().filter(e -> e.type() != EventType.COERCE).toList();
      for (AnalysedSentence s : sentences) {
        byIndex.put(s.index(), s);
        if (incident(s, events)) {
          incidents.add(s.index());
          if (!incident(s, uncoercive)) {
            coercions.add(s.index());
          }
        }
        mentions.put(s.index(), finder.find(s.sentence(), s.parse()));
      }
      focus = focus(sentences, mentions);
      List<Resolved> all = new ArrayList<>();
      Map<GazetteerEntry, Integer> counts = new HashMap<>();
      AnalysedSentence lead = lead(sentences);
      for (AnalysedSentence s : sentences) {
        bound.put(s.index(), resolve(s, mentions.get(s.index()), focus));
        List<Resolved> candidates = candidates(s, mentions.get(s.index()), bound.get(s.index()), events, focus);
        for (Resolved r : candidates) {
          if (s == lead && dateline(s, r.mention()) && focus.main() != null
              && !focus.main().equals(r.entry().country())) {
            // "OSLO —" above a story about Kenya: a dateline says where the reporter is, which is
            // not where the events of an article mostly about another country happen
            continue;
          }
          if (r.entry().isSea() || basedIn(s, r.mention())) {
            // a sea is a place of the sentence, never the article's; so is the seat of a firm
            // ("told Brussels-based media network EURACTIV" in news about Slovakia)
            continue;
          }
          if (r.mention().quoted() && focus.main() != null && !focus.main().equals(r.entry().country())) {
            // "to take him from Villahermosa to Guatemala", said of a crash in Guatemala: a quotation
            // names what the speaker talks about, and a place abroad it names is not the article's
            continue;
          }
          all.add(r);
          counts.merge(r.entry(), s.inTitle() ? TITLE_WEIGHT : s == lead ? LEAD_WEIGHT : 1, Integer::sum);
        }
        Resolved chosen = choose(candidates);
        if (chosen != null) {
          own.put(s.index(), chosen);
          List<Resolved> listed = listedWith(chosen, candidates);
          if (!listed.isEmpty()) {
            listedWithOwn.put(s.index(), listed);
          }
        }
      }
      Resolved named = finestIn(focusPlace(all, counts, focus), all, counts, focus);
      String main = focus.main();
      // An article mostly about one country that names places of it only as actors ("the Chief
      // Executive of Hong Kong", "Hong Kong's government") happens in that country; and a country
      // named once as a place ("his widow was being treated in Kenya") does not outweigh the one
      // the article is mostly about (Burundi, named as its actors).
      boolean mainOutweighs = main != null
          && (named == null || named.entry().isCountry() && !main.equals(named.entry().country()));
      // An article that names no place at all ("Croatia closes seven border crossings with Serbia")
      // is placed, if at all, in the country its actors are mostly of.
      if (mainOutweighs && (named == null || namesPlaceIn(main, sentences))) {
        Resolved country = mainCountry();
        named = country == null ? named : country;
      }
      focusPlace = named;
    }

    /** The country the article is mostly about, as the article's place, or null when there is none. */
    private Resolved mainCountry() {
      GazetteerEntry country = focus.main() == null ? null : gazetteer.countryEntry(focus.main());
      return country == null ? null : new Resolved(PlaceMention.ofArticle(country.name()), country, false);
    }

    /** The country holding the article's place (else its main country) when the sentence names it, as an actor or not; else null. */
    private Resolved homeCountryNamed(AnalysedSentence s) {
      String home = focusPlace != null ? focusPlace.entry().country() : focus.main();
      if (home == null) {
        return null;
      }
      for (Bound b : bound.get(s.index())) {
        if (b.entry() != null && b.entry().isCountry() && b.entry().country().equals(home)
            && !followedBy(s, b.mention(), GEOGRAPHIC_NOUNS) && !titlesAPerson(s, b.mention())
            && !personsHome(s, b.mention()) && !insideActorsName(s, b.mention())) {
          return new Resolved(b.mention(), b.entry(), false);
        }
      }
      return null;
    }

    /**
     * The country that opens the sentence as the subject of its verb ("North Korea has warned",
     * "Saudi Arabia refused the offer"), when the sentence names no place of its own: what a state
     * says or decides, it says at home, not at the place the sentence before named. Null otherwise.
     */
    private Resolved speakingCountry(AnalysedSentence s) {
      List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
      for (Bound b : bound.get(s.index())) {
        PlaceMention m = b.mention();
        int first = m.firstToken() > 0 && tokens.get(0).pos().equals("DT") ? 1 : 0;
        if (b.entry() == null || !b.entry().isCountry() || m.firstToken() != first || m.lastToken() + 1 >= tokens.size()) {
          continue;
        }
        int after = afterSubject(s, m);
        if (after >= tokens.size()) {
          continue;
        }
        org.eventline.nlp.Token verb = tokens.get(after);
        String pos = verb.pos();
        if ((pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"))
            && !GIVING.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
          return new Resolved(m, b.entry(), false);
        }
      }
      return null;
    }

    /**
     * The token after the subject the country opens: after the other countries of its list
     * ("Singapore and Hong Kong have"), and after an apposition between commas ("Saudi Arabia, the
     * country in which bin Laden was born, refused").
     */
    private int afterSubject(AnalysedSentence s, PlaceMention m) {
      List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
      int after = m.lastToken() + 1;
      for (Bound b : bound.get(s.index())) {
        PlaceMention other = b.mention();
        if (b.entry() != null && b.entry().isCountry() && other.listStart() == m.listStart() && other.lastToken() >= after) {
          after = other.lastToken() + 1;
        }
      }
      if (after < tokens.size() && tokens.get(after).word().equals(",")) {
        for (int i = after + 1; i < tokens.size() && i <= after + APPOSITION; i++) {
          if (tokens.get(i).word().equals(",")) {
            return i + 1;
          }
        }
      }
      return after;
    }

    /** Verbs of giving: "Australia provided A$1 million" lands where the aid goes, not in Australia. */
    private static final Set<String> GIVING = Set.of("provide", "pledge", "send", "donate", "give", "offer", "contribute");

    /** True when some place name of the text, actor or not, resolves into this country. */
    private boolean namesPlaceIn(String alpha3, List<AnalysedSentence> sentences) {
      for (AnalysedSentence s : sentences) {
        for (Bound b : bound.get(s.index())) {
          if (b.entry() != null && b.entry().country().equals(alpha3)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The sentence's place, with the other places of its list when it is one of a list; empty when none. */
    List<Place> placesOf(int index) {
      Place first = placeOf(index);
      List<Resolved> listed = listedWithOwn.getOrDefault(index, List.of());
      if (first == null || listed.isEmpty()) {
        return first == null ? List.of() : List.of(first);
      }
      List<Place> out = new ArrayList<>(listed.size() + 1);
      out.add(first);
      for (Resolved r : listed) {
        Place p = finer(r, "sentence", index, index);
        if (out.stream().noneMatch(q -> q.name().equals(p.name()) && q.country().equals(p.country()))) {
          out.add(p);
        }
      }
      return out;
    }

    Place placeOf(int index) {
      Resolved r = own.get(index);
      if (r != null) {
        return finer(r, "sentence", index, index);
      }
      AnalysedSentence s = byIndex.get(index);
      // The country the sentence opens with, as the subject, says before the article's country named
      // later in it ("North Korea has warned of blows to South Korea"), and is what "the country" of
      // its apposition means ("Saudi Arabia, the country in which bin Laden was born, refused")
      Resolved speaker = s != null && (!incidents.contains(index) || coercions.contains(index)) ? speakingCountry(s) : null;
      Resolved main = mainCountry();
      if (speaker == null && main != null && s != null && saysTheCountry(s.sentence().tokens())) {
        // "a failed coup in the country", "president of the African nation": the country the article
        // is mostly about, not a place the sentence before names in passing, and the whole of it
        return main.entry().toPlace(main.mention().text(), "article focus");
      }
      if (speaker == null && focusPlace != null && focusPlace.entry().kind().equals("city") && s != null
          && saysTheCity(s.sentence().tokens())) {
        // "the bazaar of the city": the article's city, not a town the sentence before named
        return focusPlace.entry().toPlace(focusPlace.mention().text(), "article focus");
      }
      Resolved country = speaker;
      if (country == null && s != null && !incidents.contains(index)) {
        country = homeCountryNamed(s);
      }
      if (country != null) {
        // "Typhoon Fitow has struck Japan", "Hungary launched a military programme": a sentence that
        // names the article's country only as an actor, and tells of no incident at one spot, is
        // about the whole country rather than the article's city
        return country.entry().toPlace(country.mention().text(), "sentence");
      }
      for (int back = 1; back <= CARRY_BACK; back++) {
        r = own.get(index - back);
        if (r != null && focus.main() != null && !focus.main().equals(r.entry().country())
            && !(s != null && PlaceFinder.quoted(s.sentence().text(), 0))) {
          // "a similar fire in Cork, Ireland last year" in news about Norway: a place abroad is named
          // for its own sentence; the sentences after it are back in the article's country, unless
          // they go on quoting what was said there.
          break;
        }
        if (r != null) {
          return finer(r, "previous sentence", index, index - back);
        }
      }
      return focusPlace == null ? null : focusPlace.entry().toPlace(focusPlace.mention().text(), "article focus");
    }

    /**
     * A first-level region says only which; when the article's own place lies in it ("the Chelyabinsk
     * governor" in an article about Magnitogorsk), that place is the better guess of where in it, unless
     * the sentence puts things in the region itself ("arrested twelve people in Tamil Nadu"; a region
     * carried from the sentence before only when this one tells of no incident at one spot). So
     * for a whole country, but only in a sentence that tells of an incident at one spot ("A bomb in
     * Pakistan has killed 40" in an article about Darra Adam Khel): news that names the country for
     * what happens to the country (an earthquake that struck Japan, elections in Pakistan, a visit to
     * Canada) places it in the whole country.
     */
    private Place finer(Resolved r, String how, int sentence, int said) {
      if (said != sentence && r.entry().isSea() && focusPlace != null && !focusPlace.entry().isCountry()) {
        // "the boat sank in the Aegean Sea" and then "the coast guard rescued 11": on the article's
        // coast, not out at sea
        return focusPlace.entry().toPlace(focusPlace.mention().text(), "article focus");
      }
      if (said != sentence && naturalArea(r.entry()) && !r.entry().curated() && focusPlace != null && !focusPlace.entry().isCountry()
          && focusPlace.entry().country().equals(r.entry().country())) {
        // "a quake struck the South Island" in a story about Christchurch: the sentences after it that
        // name no place are at the article's city on the island, not anywhere on it (Natural Earth's
        // features are large; a small island of the supplement, a prison island, is its own place)
        return focusPlace.entry().toPlace(focusPlace.mention().text(), "article focus");
      }
      if (saysOnlyWhich(r, sentence, said) && focusPlace != null && !focusPlace.entry().isCountry()
          && contains(r.entry(), focusPlace.entry())) {
        return focusPlace.entry().toPlace(focusPlace.mention().text(), "article focus");
      }
      return r.entry().toPlace(r.mention().text(), how);
    }

    /**
     * True when the country or region, named in sentence {@code said}, says only in which one sentence
     * {@code sentence} happened: a country in an incident sentence; a region unless the sentence puts
     * things in it (and, carried to a later sentence, that one tells of no incident).
     */
    private boolean saysOnlyWhich(Resolved r, int sentence, int said) {
      boolean incident = incidents.contains(sentence);
      if (r.entry().isCountry()) {
        // an incident at one spot somewhere in the country, unless spread across it ("bombings across
        // Iraq"); "in the French city of" whose name the source lost: some city of it, the article's if there
        return incident && !across(byIndex.get(said), r.mention())
            || r.mention().institution() && PlaceFinder.beforeSettlementNoun(byIndex.get(said).sentence().tokens(), r.mention());
      }
      boolean placedIn = (placesIn(byIndex.get(said), r.mention()) || wholeRegion(byIndex.get(said)))
          && (said == sentence || !incident);
      return r.entry().isRegion() && !placedIn;
    }
  }

  /**
   * True when the name is an island group's or an island's ("near the Nicobar Islands"): no stray
   * word like "Gulf" that a far-off province shares, so evidence of the article's countries whoever its actors are.
   */
  private static boolean namesIslands(PlaceMention m) {
    String text = m.text();
    return m.firstToken() < m.lastToken() && (text.endsWith(" Islands") || text.endsWith(" Isles") || text.endsWith(" Island"));
  }

  /** True when the place and the preposition before it are inside an actor's longer name ("claimed by Al-Qaeda in Iraq"). */
  private static boolean insideActorsName(AnalysedSentence s, PlaceMention m) {
    ActorMention actor = s.mentionAt(m.firstToken());
    return actor != null && actor.firstToken() < m.firstToken() - 1 && m.afterPreposition();
  }

  /** True when the landmark's head after the name is capitalised, part of one proper name ("Russell Square"). */
  private static boolean namesALandmark(AnalysedSentence s, PlaceMention m) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    int next = m.lastToken() + 1;
    return next < tokens.size() && PlaceFinder.capitalised(tokens.get(next).word());
  }

  /**
   * True when the name begins a person's title ("U.S. President Donald Trump", "then-U.S.-president
   * Jimmy Carter"): capitalised title words, then the person. The person acts, not the whole country.
   */
  static boolean titlesAPerson(AnalysedSentence s, PlaceMention m) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    for (int t = m.lastToken() + 1; t < tokens.size() && t <= m.lastToken() + 4; t++) {
      org.eventline.nlp.Token token = tokens.get(t);
      if (token.ner().equals("PERSON")) {
        return t > m.lastToken() + 1;
      }
      if (!token.isProperNoun() && !PlaceFinder.isHyphen(token) && !TITLE_WORDS.contains(token.word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return false;
  }

  /** Lower-case words of titles written after a country's name ("then-U.S.-president Carter"). */
  private static final Set<String> TITLE_WORDS = Set.of("president", "prime", "minister", "secretary", "governor",
      "senator", "ambassador", "envoy", "general", "king", "queen", "chancellor", "vice", "foreign", "defense",
      "defence", "former", "deputy");

  /**
   * True when the country's name or demonym says its capital: "Somalia's capital", "the Iraqi capital",
   * "the capital of Chad", "outside the Swedish Parliament"; not "capital punishment" or "Iraq's capital
   * markets".
   */
  static boolean namesItsCapital(List<org.eventline.nlp.Token> tokens, PlaceMention m) {
    int first = m.firstToken();
    if (m.afterPreposition() && m.lastToken() + 1 < tokens.size()
        && tokens.get(m.lastToken() + 1).word().equalsIgnoreCase("parliament")) {
      return true; // "outside the Swedish Parliament": its building stands in the capital
    }
    if (first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("of")
        && tokens.get(first - 2).word().equalsIgnoreCase("capital")) {
      // not "the capital of Pakistan's province", "the capital of Iraq's Anbar province": a province's
      return !possessesAPart(tokens, m.lastToken());
    }
    int t = m.lastToken() + 1;
    if (possessiveAt(tokens, t)) {
      t++;
    }
    if (t >= tokens.size() || !tokens.get(t).word().equalsIgnoreCase("capital")) {
      return false;
    }
    int after = t + 1;
    return after >= tokens.size() || !tokens.get(after).pos().startsWith("NN")
        || tokens.get(after).word().equalsIgnoreCase("city") || tokens.get(after).isProperNoun();
  }

  /** True when the name is a possessor of a region or of another name: "Pakistan's province", "Iraq's Anbar province". */
  private static boolean possessesAPart(List<org.eventline.nlp.Token> tokens, int last) {
    int t = last + 1;
    if (t + 1 >= tokens.size() || !possessiveAt(tokens, t)) {
      return false;
    }
    org.eventline.nlp.Token next = tokens.get(t + 1);
    String noun = next.word().toLowerCase(Locale.ROOT);
    return next.isProperNoun() || PlaceFinder.isDivisionNoun(noun) || noun.equals("state");
  }

  /** True when the token at {@code t} is the possessive "'s" (either apostrophe). */
  private static boolean possessiveAt(List<org.eventline.nlp.Token> tokens, int t) {
    return t < tokens.size() && (tokens.get(t).word().equals("'s") || tokens.get(t).word().equals("’s"));
  }

  /** An island or a natural area (a peninsula, a desert), which the gazetteer knows by one point and no bounds. */
  private static boolean naturalArea(GazetteerEntry e) {
    return e.kind().equals("island") || e.kind().equals("area");
  }

  /**
   * True when a preposition of place comes right before the name, or before the list it opens ("arrested
   * twelve people in Tamil Nadu", "a suspect in Wisconsin"): a region the writer chose to name so is the
   * place, where a region named for its government or as an adjective ("the Chelyabinsk governor", "at an
   * Ohio school", "the Xinjiang province of") says only which.
   */
  private static boolean placesIn(AnalysedSentence s, PlaceMention m) {
    int first = m.listStart() >= 0 ? m.listStart() : m.firstToken(); // a list's start, else its own first token
    if (s == null || first < 1 || m.destination() || m.offset()) {
      return false;
    }
    return PLACING.contains(s.sentence().tokens().get(first - 1).word().toLowerCase(Locale.ROOT));
  }

  /**
   * True when the sentence says its act covers the whole region: "declared a state of emergency",
   * "for the state", "across the province", "statewide"; then the region it names is the place, not
   * the article's city in it.
   */
  private static boolean wholeRegion(AnalysedSentence s) {
    if (s == null) {
      return false;
    }
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    for (int t = 0; t < tokens.size(); t++) {
      String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
      if (word.equals("statewide") || word.equals("province-wide")) {
        return true;
      }
      if (word.equals("emergency") && t >= 2 && tokens.get(t - 1).word().equals("of")
          && tokens.get(t - 2).word().equalsIgnoreCase("state")) {
        return true; // a state of emergency is declared for a whole region
      }
      if (t >= 2 && DIVISIONS.contains(word) && tokens.get(t - 1).word().equalsIgnoreCase("the")
          && WHOLE.contains(tokens.get(t - 2).word().toLowerCase(Locale.ROOT))
          && (t + 1 >= tokens.size() || !tokens.get(t + 1).word().equals("of"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when things are spread over the place, a plural noun before "across" or "throughout": "a
   * series of bombings across Iraq" struck the whole country, "checks on escape rooms across Poland"
   * cover it; "tight security across Pakistan" says nothing of where the one bomb went off.
   */
  private static boolean across(AnalysedSentence s, PlaceMention m) {
    int first = m.listStart() >= 0 ? m.listStart() : m.firstToken();
    if (s == null || first < 2) {
      return false;
    }
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    String before = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
    return (before.equals("across") || before.equals("throughout"))
        && tokens.get(first - 2).pos().equals("NNS");
  }

  private static final Set<String> DIVISIONS = Set.of("state", "province", "region", "territory", "governorate");
  private static final Set<String> WHOLE = Set.of("for", "across", "throughout", "over");

  private static final Set<String> PLACING = Set.of("in", "at", "near", "inside", "within", "throughout", "across");

  /**
   * True when the sentence tells of an incident at one spot: an event of force, arrest or protest is
   * coded from it, or it names a bombing, a shooting, a raid, a crash and the like; not when it
   * names what strikes a whole region (an earthquake, a storm, a flood) or the whole nation, unless
   * it names the incident first.
   */
  static boolean incident(AnalysedSentence s, List<Event> events) {
    boolean incident = false;
    for (Event e : events) {
      if (e.sentence() != null && e.sentence().index() == s.index() && LOCAL_ACTS.contains(e.type())) {
        incident = true;
        break;
      }
    }
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    boolean named = false; // an incident word before any word of what strikes a whole region
    for (int i = 0; i < tokens.size(); i++) {
      String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      if (WIDESPREAD.contains(lemma)) {
        // what strikes a whole region makes the sentence no incident at one spot, unless an incident
        // comes first ("An explosion has been reported at the plant after ... an earthquake")
        return named;
      }
      // "cease-fire", "live-fire drills", "anti-missile shield" (CoreNLP splits at the hyphen): no shot is fired
      boolean negated = i >= 2 && tokens.get(i - 1).word().equals("-")
          && NO_INCIDENT_PREFIXES.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT));
      named |= INCIDENTS.contains(lemma) && !negated;
    }
    return incident || named;
  }

  private static final Set<String> NO_INCIDENT_PREFIXES = Set.of("cease", "live", "anti", "counter");

  private static final Set<EventType> LOCAL_ACTS = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.PROTEST);
  /** Words of incidents at one spot. */
  private static final Set<String> INCIDENTS = Set.of("bomb", "bombing", "bomber", "blast", "explosion", "explode",
      "explosive", "shoot", "shooting", "stab", "gunfire", "gunman", "stabbing", "raid", "clash", "crash", "collide", "collision",
      "derail", "sink", "capsize", "hijack", "hijacking", "arrest", "riot", "fire", "siege", "ambush", "rocket",
      "missile", "airstrike", "shelling", "grenade", "mortar");
  /** Words of what strikes a whole region or nation. */
  private static final Set<String> WIDESPREAD = Set.of("earthquake", "quake", "typhoon", "storm", "hurricane",
      "cyclone", "flood", "flooding", "haze", "tsunami", "drought", "outbreak", "epidemic", "pandemic", "nationwide",
      "election", "nation");

  /** The first sentence of the body, or null when there is none. */
  private static AnalysedSentence lead(List<AnalysedSentence> sentences) {
    for (AnalysedSentence s : sentences) {
      if (!s.inTitle()) {
        return s;
      }
    }
    return null;
  }

  /**
   * True when the mention opens its sentence in capitals and a dash or comma follows: a dateline
   * ("OSLO —", "ALMERIA, Spain.").
   */
  static boolean dateline(AnalysedSentence s, PlaceMention m) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    if (m.firstToken() != 0 || m.lastToken() + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(m.lastToken() + 1).word();
    boolean capitals = m.text().chars().anyMatch(Character::isLetter)
        && m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT));
    return capitals && (next.equals(",") || next.equals("—") || next.equals("–") || next.equals("-") || next.equals("--"));
  }

  /**
   * The place an article is about: the place below country level it names most often (a title
   * mention counts thrice; weighed by how much the article is about its country; the first named on a tie), else the country it names most often as a place; null when it names none.
   */
  static Resolved focusPlace(List<Resolved> all, Map<GazetteerEntry, Integer> counts, Focus focus) {
    Resolved best = null;
    for (Resolved r : all) {
      if (best == null || better(r, best, counts, focus)) {
        best = r;
      }
    }
    return best;
  }

  /**
   * A first-level region says only which region: when the article names places in the region it is
   * about ("California's Riverside County"), the one it names most, the first on a tie, is the better
   * guess of where; otherwise the region.
   */
  static Resolved finestIn(Resolved region, List<Resolved> all, Map<GazetteerEntry, Integer> counts, Focus focus) {
    if (region == null || !region.entry().isRegion()) {
      return region;
    }
    Resolved best = null;
    for (Resolved r : all) {
      if (!r.entry().isRegion() && contains(region.entry(), r.entry())
          && (best == null || weight(r, counts, focus) > weight(best, counts, focus))) {
        best = r;
      }
    }
    return best == null ? region : best;
  }

  /** Below country level (and below a large island) first; then how often named, weighed by how much the article is about its country. */
  private static boolean better(Resolved a, Resolved b, Map<GazetteerEntry, Integer> counts, Focus focus) {
    // A large island ("Mindanao", "Honshu") says as little of where as a country does
    boolean aCountry = a.entry().isCountry() || a.entry().kind().equals("island");
    boolean bCountry = b.entry().isCountry() || b.entry().kind().equals("island");
    if (aCountry != bCountry) {
      return !aCountry;
    }
    return weight(a, counts, focus) > weight(b, counts, focus);
  }

  private static double weight(Resolved r, Map<GazetteerEntry, Integer> counts, Focus focus) {
    return counts.get(r.entry()) * (1 + 2 * focus.share(r.entry().country()));
  }

  /**
   * The gazetteer's code for an actor's country: the same alpha-3 but for Kosovo, which CAMEO
   * dictionaries code KSV and GeoNames XKX.
   */
  static String gazetteerCode(String actorCountry) {
    return actorCountry.equals("KSV") ? "XKX" : actorCountry;
  }

  /** Counts the countries of every actor and named place, then the regions named, as CLIFF does. */
  Focus focus(List<AnalysedSentence> sentences, Map<Integer, List<PlaceMention>> mentions) {
    Map<String, Integer> countries = new HashMap<>();
    for (AnalysedSentence s : sentences) {
      for (ActorMention m : s.mentions()) {
        if (m.actor().country() != null) {
          countries.merge(gazetteerCode(m.actor().country()), 1, Integer::sum);
        }
      }
    }
    Focus byActors = new Focus(countries, Set.of());
    Focus focus = byActors;
    for (AnalysedSentence s : sentences) {
      for (Bound b : resolve(s, mentions.get(s.index()), byActors)) {
        PlaceMention m = b.mention();
        if (s.mentionAt(m.firstToken()) != null && !m.institution()) {
          continue; // already counted as an actor, unless the demonym says where too ("the Costa Rican coast")
        }
        GazetteerEntry e = b.entry();
        // A name written with the place it lies in ("Oxfordshire, England") or with its country's
        // demonym ("the Indonesian island of Sumatra") is evidence whoever the actors are.
        boolean saidWhose = e != null && countriesSaidBefore(s.sentence().tokens(), m).contains(e.country());
        if (e != null && !b.paired() && !saidWhose && (e.isRegion() || e.isCounty()) && byActors.share(e.country()) == 0
            && !namedAsDivision(m) && !namesIslands(m)) {
          continue; // a region of a country no actor is from is no evidence ("Gulf" of Papua New Guinea)
        }
        if (e != null && !b.paired() && (m.otherEntity() || m.landmark()) && !e.isCountry()
            && byActors.share(e.country()) == 0) {
          continue; // nor is a person's name that is also a German town ("Lam"), or "Al" of "Al Noor Mosque"
        }
        if (e != null && !b.paired() && !e.isCountry() && !m.landmark() && !byActors.countries().isEmpty()
            && beginsLongerName(s, m, mentions.get(s.index())) && byActors.share(e.country()) == 0) {
          // nor "Green" of "the Green Belt Movement", a US city only by its first word, in news whose
          // actors are Kenyan; with no actor's country to go by, a city keeps its place ("Lyon Qarrow")
          continue;
        }
        if (e != null && !b.paired() && foreignByAnotherName(e, m, byActors)) {
          continue; // nor "Mayon", a volcano, as another name of Megion in Russia in news about the Philippines
        }
        if (e != null && !b.paired() && !saidWhose && e.isSmallSettlement() && !byActors.countries().isEmpty()
            && byActors.share(e.country()) == 0) {
          continue; // nor a village of a country no actor is from ("Mulan", China, for an Australian community)
        }
        if (e != null && e.isSea()) {
          continue; // a sea is no country's: the Black Sea says nothing of Ukraine, the country of its nearest place
        }
        if (e != null) {
          focus = focus.withCountry(e.country(), 1);
        }
        for (String admin1 : gazetteer.regionsNamed(m.text())) {
          focus = focus.withRegion(admin1);
        }
      }
    }
    return focus;
  }

  /** The places a sentence names that are places here, not actors of its events; {@code bound} is {@link #resolve} of {@code found}. */
  private List<Resolved> candidates(AnalysedSentence s, List<PlaceMention> found, List<Bound> bound, List<Event> events,
      Focus focus) {
    List<Resolved> candidates = new ArrayList<>();
    for (Bound b : bound) {
      PlaceMention m = b.mention();
      ActorMention actor = s.mentionAt(m.firstToken());
      GazetteerEntry entry = b.entry();
      if (entry == null) {
        continue;
      }
      // "the Seychelles coast", "Afghanistan villages": a noun of land or sea after the name says
      // where, so the name is no modifier of whose
      boolean modifier = beforeNoun(s, m) && !followedBy(s, m, GEOGRAPHIC_NOUNS);
      // A city naming the noun after it ("a Kabul car bombing", "the San Juan streets") says where
      // that happened, even when the coder took the city for its government.
      boolean cityModifier = modifier && !entry.isCountry() && !entry.isRegion() && actor != null
          && sameName(actor, m);
      // Part of a longer actor phrase ("the Syrian government", "Saudi-led camp") or an actor
      // of an event here ("Turkey backed them"): a who, not a where. The city a landmark's name
      // begins with is where the landmark is ("Rawalpindi General Hospital"), whoever the landmark
      // is; a country's is whose ("the US Embassy", "US Marine Corps Air Station Futenma").
      boolean landmarkCity = m.landmark() && !entry.isCountry() && !entry.isRegion();
      if (insideActorsName(s, m)) {
        continue;
      }
      // "for Ishikawa prefecture": a name its division word follows is a place, though tagged a person
      boolean division = (entry.isRegion() || entry.isCounty())
          && PlaceFinder.divisionWordFollows(s.sentence().tokens(), m.lastToken());
      if (actor != null && !m.at() && !cityModifier && !m.institution() && !landmarkCity && !division
          && (!sameName(actor, m) || usedAsActor(actor, s.index(), events))) {
        continue;
      }
      // A country that is an actor here, or names the noun after it ("a US envoy", "UK Prime
      // Minister"), and follows no locative preposition is whose, not where.
      if (entry.isCountry() && !m.afterPreposition() && !m.institution() && (actor != null || modifier)) {
        continue;
      }
      // After the preposition a country that names an act or a force says whose it was: "killed in
      // the U.S. bombing of the village", "in a US airstrike" happened where the village is.
      if (entry.isCountry() && !m.institution() && !b.paired() && actsFor(s, m)) {
        continue;
      }
      // A person's or an organisation's name that the gazetteer also knows ("Lam", "Supreme" of
      // "Supreme Court", "White House" as another name of a Maryland town) is a place only as a
      // city or county in one of the article's countries, unless it names an institution's seat
      // ("the Tbilisi city court", which CoreNLP tags ORGANIZATION).
      if (m.otherEntity() && !b.paired() && !m.institution() && !entry.curated() && !entry.isCountry() && !entry.isRegion()
          && (focus.share(entry.country()) == 0 || !entry.kind().equals("city") && !entry.isCounty())) {
        continue;
      }
      // "the Kyoto pact", "the Minsk agreements", "the Oslo Accords": an agreement named after the
      // city where it was made, not where the news happens
      if (!entry.isCountry() && followedBy(s, m, AGREEMENTS)) {
        continue;
      }
      if (!b.paired() && personsHome(s, m)) {
        continue; // "Bernie Sanders of Vermont", "a Senator from Vermont" won in New Hampshire
      }
      if (namesAnElection(s, m)) {
        continue; // "In the 2016 United States presidential election, Sanders lost in the Northern Mariana Islands"
      }
      if (!b.paired() && foreignByAnotherName(entry, m, focus)) {
        continue;
      }
      // "the residents of Mulan", an Aboriginal community the gazetteer lacks, in news wholly about
      // Australia: not a Chinese village of that name, in a country the article never comes to
      if (!b.paired() && entry.isSmallSettlement() && focus.main() != null && focus.share(entry.country()) == 0) {
        continue;
      }
      // "the Green Belt Movement" is not in Green, Ohio: a name that begins a longer run of proper
      // nouns the gazetteer lacks is a place only in one of the article's countries ("Kabul Bank"
      // in news about Afghanistan still names Kabul).
      if (!b.paired() && !m.landmark() && !entry.isCountry() && beginsLongerName(s, m, found)
          && focus.share(entry.country()) == 0) {
        continue;
      }
      // "Al Noor Mosque" is not in Ål, Norway: a landmark lies in the city it begins with only in
      // one of the article's countries, and one whose name is all proper nouns only in the leading
      // one ("Russell Square" in news about London is no square in Russell, Kansas, though the
      // article names the United States too; "a Baghdad airport" is in Baghdad all the same).
      if (m.landmark() && !b.paired()
          && (focus.share(entry.country()) == 0 || namesALandmark(s, m) && !focus.leading(entry.country()))) {
        continue;
      }
      // A region in none of the article's countries: a name the article means otherwise ("the
      // Persian Gulf region" is no province of Papua New Guinea in news about Iran); in an article
      // that names no country at all, the region is all there is ("a Gainsville, Florida man").
      // A region called so ("the Latakia Governorate", "Nangarhar Province") is one whatever the
      // article's countries.
      if ((entry.isRegion() || entry.isCounty()) && !b.paired() && focus.share(entry.country()) == 0
          && !focus.countries().isEmpty() && !namedAsDivision(m)) {
        // "a march in Geneva": the canton's city of that name, which the canton outranked for
        // bearing the name as its own
        entry = m.regionSaid() || !entry.isRegion() ? null : gazetteer.cityOfRegion(m.text(), entry, focus);
        if (entry == null) {
          continue;
        }
      }
      candidates.add(new Resolved(m, entry, b.qualified()));
    }
    return candidates;
  }

  /**
   * Each mention of a sentence with the place it names (null when it names none), in the mentions'
   * order. A name written with the larger place it lies in after a comma or "in" ("Izmir, Turkey", "Oxfordshire,
   * England", "Paris, Texas", "Mount Vernon, in Virginia") binds tightly, as in a dateline: the two names resolve to the pair of
   * places that fits, whatever the article's focus says of either alone, and the first is qualified.
   */
  private List<Bound> resolve(AnalysedSentence s, List<PlaceMention> mentions, Focus focus) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    GazetteerEntry[] entries = new GazetteerEntry[mentions.size()];
    boolean[] paired = new boolean[mentions.size()];
    boolean[] qualified = new boolean[mentions.size()];
    boolean[] unknown = new boolean[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention inner = mentions.get(i);
      // "Izmir, Turkey", "Mount Vernon, in Virginia", "New Castle in Indiana"
      int next = inner.lastToken() + 1;
      if (next < tokens.size() && tokens.get(next).word().equals(",")) {
        next++;
      }
      if (next < tokens.size() && tokens.get(next).word().equals("in")) {
        next++;
      }
      if (paired[i] || next == inner.lastToken() + 1 || next >= tokens.size()) {
        continue;
      }
      for (int j = 0; j < mentions.size(); j++) {
        PlaceMention outer = mentions.get(j);
        if (outer.firstToken() != next) {
          continue;
        }
        GazetteerEntry[] pair = gazetteer.within(inner.text(), inner.regionSaid(), outer.text(), outer.regionSaid(), focus);
        if (pair != null) {
          entries[i] = pair[0];
          entries[j] = pair[1];
          paired[i] = paired[j] = qualified[i] = true;
        } else if (tokens.get(inner.lastToken() + 1).word().equals(",")) {
          // "CFB Trenton in Trenton, Ontario": no Trenton the gazetteer knows lies in Ontario, so this is
          // a place it lacks, in the region or country named after it, which is the pair's place
          GazetteerEntry area = gazetteer.areaCalled(outer.text(), focus, outer.regionSaid());
          GazetteerEntry alone = gazetteer.best(inner.text(), focus, inner.regionSaid());
          // not a list of peers ("Greece, Bulgaria", "Chillan, Talca, Concepcion"): the named place is
          // unknown, or a mere town abroad while the area is in a country the article is about
          if (area != null && (alone == null || !alone.isCountry() && !alone.isRegion() && !alone.isCounty()
              && focus.share(area.country()) > 0 && !alone.country().equals(area.country()))) {
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
      if (e != null && e.isCountry() && namesItsCapital(tokens, m)) {
        GazetteerEntry capital = gazetteer.capitalOf(e.country());
        e = capital == null ? e : capital; // "in Somalia's capital", "the Iraqi capital", "the capital of Chad"
      }
      if (e != null && !paired[i] && !e.isCountry() && outsideItsContainer(tokens, mentions, i, e, focus)) {
        e = null; // "the neighbourhood of Mansur in west Baghdad" is no Mansourah of Algeria
      }
      out.add(new Bound(m, e, paired[i], qualified[i]));
    }
    return out;
  }

  /**
   * The countries a demonym names before the settlement word that introduces the mention ("the Afghan
   * village of", "the Australian electoral district of", "the Egyptian resort city of"); none when no
   * demonym stands there.
   */
  private Set<String> countriesSaidBefore(List<org.eventline.nlp.Token> tokens, PlaceMention m) {
    if (!PlaceFinder.settlementOf(tokens, m.firstToken())) {
      return Set.of();
    }
    for (int t = m.firstToken() - 3; t >= 0 && t >= m.firstToken() - 6; t--) {
      org.eventline.nlp.Token token = tokens.get(t);
      String w = token.word();
      if (finder.capitalisedDemonym(w)) {
        // every country of the demonym: "Congolese" is both Congos'
        Set<String> countries = new java.util.LinkedHashSet<>();
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
   * True when the mention is written as lying in the next one ("Mansur in west Baghdad", "Beji in
   * Temanggung"), no place of its name lies there, and the one it resolves to is in another country:
   * a district or village the gazetteer lacks, not a namesake abroad.
   */
  private boolean outsideItsContainer(List<org.eventline.nlp.Token> tokens, List<PlaceMention> mentions, int i,
      GazetteerEntry entry, Focus focus) {
    PlaceMention inner = mentions.get(i);
    int t = inner.lastToken() + 1;
    if (t >= tokens.size() || !tokens.get(t).word().equalsIgnoreCase("in")) {
      return false;
    }
    t++;
    while (t < tokens.size() && (tokens.get(t).pos().equals("DT") || tokens.get(t).pos().startsWith("JJ")
        || COMPASS_WORDS.contains(tokens.get(t).word().toLowerCase(java.util.Locale.ROOT)))) {
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

  private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "central", "northern",
      "southern", "eastern", "western", "downtown", "suburban");

  /**
   * A mention and the place it names in its sentence.
   *
   * @param paired it is one of a name and the larger place written after it ("Izmir, Turkey")
   * @param qualified it is the first of such a pair: the place the pair says
   */
  private record Bound(PlaceMention mention, GazetteerEntry entry, boolean paired, boolean qualified) {}

  /** True when the sentence says "the country" or "the nation", with at most one adjective between ("the island nation"). */
  static boolean saysTheCountry(List<org.eventline.nlp.Token> tokens) {
    return saysThe(tokens, Set.of("country", "nation"));
  }

  /**
   * True when the sentence says "the city" with no name after it ("the Qissa Khawani Bazaar of the
   * city"), not "the city of Kabul".
   */
  static boolean saysTheCity(List<org.eventline.nlp.Token> tokens) {
    return saysThe(tokens, Set.of("city"));
  }

  private static boolean saysThe(List<org.eventline.nlp.Token> tokens, Set<String> nouns) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
      if (!nouns.contains(w) || i + 1 < tokens.size() && tokens.get(i + 1).word().equals("of")) {
        continue;
      }
      int before = i - 1;
      if (before >= 0 && tokens.get(before).pos().startsWith("JJ")) {
        before--;
      }
      if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the name is only another name (historical, foreign-language) of a town of under
   * 100,000 people in a country the article is not about: "Mayon", a Philippine volcano the
   * gazetteer lacks, is no Megion in Russia. GeoNames keeps many such names, and a small place
   * abroad known by one is a likelier accident than a place of the article.
   */
  private static boolean foreignByAnotherName(GazetteerEntry e, PlaceMention m, Focus focus) {
    return !e.curated() && !e.isCountry() && !e.isRegion() && e.population() < FOREIGN_ALIAS_MAX
        && !focus.countries().isEmpty() && Gazetteer.byAnotherName(e, m.text(), Names.key(m.text()), focus);
  }

  private static final int FOREIGN_ALIAS_MAX = 100_000;

  /**
   * True when a proper noun that begins no place mention follows the name directly ("Green Belt
   * Movement"): the name is the first word of a longer one.
   */
  private static boolean beginsLongerName(AnalysedSentence s, PlaceMention m, List<PlaceMention> mentions) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    int next = m.lastToken() + 1;
    if (next >= tokens.size() || !tokens.get(next).isProperNoun()) {
      return false;
    }
    for (PlaceMention other : mentions) {
      if (other.overlaps(next, next)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a hyphen and a participle follow the name ("a U.S.-run facility"), or when the noun
   * after the name is an armed force, a strike or an official ("U.S. bombing",
   * "US drone strike", "Israeli-style", "NATO troops"): the name says who acted, never where.
   */
  private static boolean actsFor(AnalysedSentence s, PlaceMention m) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    int hyphen = m.lastToken() + 1;
    if (hyphen + 1 < tokens.size() && PlaceFinder.isHyphen(tokens.get(hyphen))
        && (tokens.get(hyphen + 1).pos().equals("VBN") || tokens.get(hyphen + 1).pos().equals("VBD"))
        && !tokens.get(hyphen + 1).word().equalsIgnoreCase("based")) {
      return true; // "a U.S.-run facility", "the Saudi-led coalition": whose, not where ("Luxembourg-based" is where)
    }
    for (int next = m.lastToken() + 1; next < tokens.size() && next <= m.lastToken() + 2; next++) {
      String word = tokens.get(next).word().toLowerCase(java.util.Locale.ROOT);
      if (AGENT_NOUNS.contains(word)) {
        return true;
      }
      if (!tokens.get(next).pos().startsWith("NN") && !tokens.get(next).pos().startsWith("JJ")) {
        return false; // "US drone strike": one noun or adjective may stand between
      }
    }
    return false;
  }

  /** Nouns of acts and of those who act for a state: a country before one is their author. */
  private static final Set<String> AGENT_NOUNS = Set.of(
      "bombing", "bombings", "bombardment", "airstrike", "airstrikes", "strike", "strikes", "raid", "raids", "attack",
      "attacks", "offensive", "shelling", "invasion", "occupation", "troops", "forces", "soldiers", "military", "army",
      "navy", "marines", "aircraft", "warplanes", "jets", "helicopters", "drone", "drones", "missile", "missiles",
      "officials", "official", "envoy", "diplomats", "ambassador", "embassy", "spokesman", "spokeswoman",
      "spokesperson", "commanders", "commander", "intelligence", "operation", "operations", "sanctions");

  /** True when the word right after the name, in lower case, is one of these ("the Seychelles coast", "the Kyoto pact"). */
  private static boolean followedBy(AnalysedSentence s, PlaceMention m, Set<String> words) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    int next = m.lastToken() + 1;
    return next < tokens.size() && words.contains(tokens.get(next).word().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Nouns of land and sea: a place's name before one says where that land lies ("the Seychelles coast",
   * "two Afghanistan villages", "the Texas border").
   */
  private static final Set<String> GEOGRAPHIC_NOUNS = Set.of(
      "coast", "coasts", "coastline", "shore", "shores", "waters", "island", "islands", "border", "borders",
      "village", "villages", "town", "towns", "city", "cities", "countryside", "mountains", "hills", "desert",
      "province", "provinces", "region", "regions", "district", "districts", "area", "areas", "territory");

  /** Nouns of agreements, which are often named after a city. */
  private static final Set<String> AGREEMENTS = Set.of(
      "pact", "pacts", "protocol", "protocols", "accord", "accords", "agreement", "agreements", "treaty", "treaties",
      "convention", "conventions", "declaration", "format", "communique", "communiqué", "memorandum");

  /** True when "based" follows the name, with or without a hyphen: "Brussels-based media network". */
  static boolean basedIn(AnalysedSentence s, PlaceMention m) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    int t = m.lastToken() + 1;
    if (t < tokens.size() && PlaceFinder.isHyphen(tokens.get(t))) {
      t++;
    }
    return t < tokens.size() && (tokens.get(t).word().equalsIgnoreCase("based") || tokens.get(t).word().equalsIgnoreCase("-based"));
  }

  /**
   * True when the name says where a person is from or whom they represent: "of" or "from" right after
   * the person's name ("Bernie Sanders of Vermont") or after a title ("a Senator from Vermont"). An
   * actor's home is not where the act happened.
   */
  static boolean personsHome(AnalysedSentence s, PlaceMention m) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    int t = m.firstToken() - 1;
    while (t >= 0 && tokens.get(t).pos().equals("DT")) {
      t--; // "President of the United States"
    }
    if (t < 1) {
      return false;
    }
    String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
    org.eventline.nlp.Token before = tokens.get(t - 1);
    return word.equals("of") && (before.ner().equals("PERSON") || HEADS_OF_STATE.contains(before.word().toLowerCase(Locale.ROOT)))
        || word.equals("from") && (before.ner().equals("PERSON") || REPRESENTATIVES.contains(before.word().toLowerCase(Locale.ROOT)));
  }

  /** Titles of a state's head ("the incumbent President of the United States"): the title, not a place of the act. */
  private static final Set<String> HEADS_OF_STATE = Set.of("president", "king", "queen", "emir", "sultan", "chancellor");

  /** Titles of those who represent a place ("a Senator from Vermont"). */
  private static final Set<String> REPRESENTATIVES = Set.of("senator", "congressman", "congresswoman",
      "representative", "delegate", "mp", "lawmaker", "legislator");

  /**
   * True when the name is part of an election's name with its year: "the 2016 United States presidential
   * election" is when, not where.
   */
  private static boolean namesAnElection(AnalysedSentence s, PlaceMention m) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    int before = m.firstToken() - 1;
    if (before < 0 || !tokens.get(before).pos().equals("CD")) {
      return false;
    }
    for (int t = m.lastToken() + 1; t < tokens.size() && t <= m.lastToken() + 3; t++) {
      String w = tokens.get(t).lemma().toLowerCase(Locale.ROOT);
      if (w.equals("election") || w.equals("primary") || w.equals("referendum") || w.equals("caucus")) {
        return true;
      }
      if (!tokens.get(t).pos().startsWith("JJ") && !tokens.get(t).pos().startsWith("NN")) {
        return false;
      }
    }
    return false;
  }

  /** True when a common noun follows the name directly: the name is a modifier. */
  private static boolean beforeNoun(AnalysedSentence s, PlaceMention m) {
    List<org.eventline.nlp.Token> tokens = s.sentence().tokens();
    int next = m.lastToken() + 1;
    return next < tokens.size() && tokens.get(next).pos().startsWith("NN");
  }

  /**
   * A target named by a city is where a visit or a material act happened: visiting, besieging,
   * shelling, supplying it. A statement addressed to a capital ("shares the idea with Tehran")
   * happens nowhere in particular, so verbal events other than visits keep to their sentence.
   */
  private Place targetPlace(Event e, Focus focus) {
    Participant target = e.target();
    boolean material = e.quadClass() == 2 || e.quadClass() == 4;
    if (target == null || target.text() == null || gazetteer.isDemonym(target.text()) || WorldRegions.isName(target.text())
        || !(material || "visit".equals(e.mode())) || !properName(target.text()) || aPerson(target)) {
      return null;
    }
    GazetteerEntry entry = gazetteer.best(target.text(), focus, false);
    // "shelled Tavush Province": a province or district struck is where; a country struck or visited
    // ("Russia attacked Ukraine") says too little to be the place, and a visit to a region too
    if (entry == null || entry.isCountry() || (entry.isRegion() || entry.isCounty()) && !material) {
      return null;
    }
    if (focus.share(entry.country()) == 0 && !entry.curated()) {
      return null; // a target city in none of the article's countries is more likely a person ("Khan")
    }
    return entry.toPlace(target.text(), "target");
  }

  /**
   * True when the coder took the target for a person ("convicted Chirac", coded FRAELI; "Stanton",
   * ---PER): a man's name that is also a village's is no place the event happened.
   */
  private static boolean aPerson(Participant target) {
    String code = target.code() == null ? "" : target.code();
    return ActorKind.PERSON.label().equals(target.kind()) || code.endsWith("ELI") || code.endsWith("PER");
  }

  /**
   * True when the text, less a leading article, starts with a capital: "the police" is a common
   * noun, not Police in Poland, though the coder took it for an actor.
   */
  static boolean properName(String text) {
    String t = text.strip();
    for (String article : List.of("the ", "The ")) {
      if (t.startsWith(article)) {
        t = t.substring(article.length()).strip();
      }
    }
    return PlaceFinder.capitalised(t);
  }

  /** True when the mention says it is a division: "Aleppo province", "the Latakia Governorate". */
  private static boolean namedAsDivision(PlaceMention m) {
    return m.regionSaid() || Gazetteer.endsWithDivisionWord(m.text());
  }

  /** True when the actor mention is the place's name, less a leading "the" ("the Budapest" of "the Budapest Keleti station"). */
  private static boolean sameName(ActorMention actor, PlaceMention m) {
    String text = actor.text();
    if (text.startsWith("the ") || text.startsWith("The ")) {
      text = text.substring(4);
    }
    return text.equals(m.text());
  }

  /** True when this actor mention is the source or target of some event coded from the same sentence. */
  private static boolean usedAsActor(ActorMention m, int sentence, List<Event> events) {
    for (Event other : events) {
      if (other.sentence().index() == sentence && (is(m, other.source()) || is(m, other.target()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean is(ActorMention m, Participant p) {
    return p != null && m.text().equals(p.text()) && m.actor().code().equals(p.code());
  }

  /**
   * The finest of nested places, then one outside quotations (the reporter's words say where; a
   * quotation names what the speaker talks about), then one after a preposition or written with the
   * place it lies in ("Izmir, Turkey"), the latter first, then one that "where" follows ("travelled
   * to Sudan where he met..."), then a place over a whole country (a country named in passing is
   * more often context than location), then the first named.
   */
  static Resolved choose(List<Resolved> candidates) {
    Resolved best = null;
    for (Resolved c : candidates) {
      if (!containsAnother(c, candidates) && (best == null || rank(c) > rank(best))) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The other places of the list the chosen place belongs to ("in Denmark, Greece, Spain and
   * Turkey"), in the order written: each is the place of its own event. A country or region the
   * list also names a place of is no place of its own ("in Kuala Lumpur, Malaysia").
   */
  static List<Resolved> listedWith(Resolved chosen, List<Resolved> candidates) {
    List<Resolved> out = new ArrayList<>();
    int start = chosen.mention().listStart();
    for (Resolved c : candidates) {
      if (c != chosen && start >= 0 && c.mention().listStart() == start
          && c.mention().quoted() == chosen.mention().quoted() && !containsAnother(c, candidates)
          && !contains(chosen.entry(), c.entry()) && c.entry() != chosen.entry()) {
        out.add(c);
      }
    }
    return out;
  }

  private static int rank(Resolved c) {
    // The seat of an institution ("the Tbilisi city court") and a place written with its country
    // ("Izmir, Turkey") are as good as a place after "in"; the one written with its country is the
    // more deliberate of two ("buildings on Samos and in Izmir, Turkey").
    boolean located = c.mention().afterPreposition() || c.mention().institution() || c.qualified();
    // "heading to St. Petersburg ... derails near Malaya Vishera": where something is beats where
    // someone was going, and beats the point it is measured from ("south of Baghdad in Mahawil").
    // A point measured from ("southwest of Port-au-Prince and southeast of Miami, Florida") is no
    // more deliberate for being written with its state.
    boolean deliberate = c.qualified() && !c.mention().offset();
    // Any place on land the sentence names beats a sea: "sank in the Aegean Sea near Lesbos".
    return (c.entry().isSea() ? 0 : 32) + (c.mention().quoted() ? 0 : 16) + (located ? 8 : 0) + (deliberate ? 4 : 0)
        + (c.mention().destination() || c.mention().offset() ? 0 : 2) + (c.mention().whereFollows() ? 2 : 0)
        + (c.entry().isCountry() ? 0 : 1);
  }

  private static boolean containsAnother(Resolved outer, List<Resolved> candidates) {
    for (Resolved inner : candidates) {
      if (inner != outer && inner.entry() != outer.entry() && contains(outer.entry(), inner.entry())) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(GazetteerEntry outer, GazetteerEntry inner) {
    if (!outer.country().equals(inner.country()) || inner.isCountry()) {
      return false;
    }
    if (outer.isCountry()) {
      return true;
    }
    if (outer.isRegion()) {
      return !inner.isRegion() && outer.admin1().equals(inner.admin1());
    }
    // A second-level division ("Rhône", "Swat", "Gwynedd") is larger than any town, though the
    // gazetteer gives it a point at its seat and no population: a town of its region near that seat.
    if (outer.isCounty()) {
      return !inner.isRegion() && !inner.isCounty() && outer.admin1().equals(inner.admin1())
          && km(outer.lat(), outer.lon(), inner.lat(), inner.lon()) <= COUNTY_AREA_KM;
    }
    return !inner.isRegion() && !inner.isCounty() && inner.population() < outer.population()
        && km(outer.lat(), outer.lon(), inner.lat(), inner.lon()) <= CITY_AREA_KM;
  }

  /** Great-circle distance in kilometres. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  }

  /**
   * A place mention and the entry it resolved to.
   *
   * @param qualified it was written with the larger place it lies in ("Izmir, Turkey")
   */
  record Resolved(PlaceMention mention, GazetteerEntry entry, boolean qualified) {}
}
