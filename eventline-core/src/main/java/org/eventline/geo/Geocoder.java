package org.eventline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventline.actor.ActorKind;
import org.eventline.event.AnalysedSentence;
import org.eventline.event.Event;
import org.eventline.event.EventType;
import org.eventline.event.Participant;
import org.eventline.nlp.Sentence;
import org.eventline.nlp.Token;

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
 * most, title first); on a page of briefs about many countries, an item that names no place is placed
 * in its actors' country ("actors"). When the sentence's place is one of a list ("protests in Montreal and
 * Vancouver"), the event is given once for each place of the list.
 */
public final class Geocoder {
  private final Gazetteer gazetteer;
  private final PlaceFinder finder;
  private final NameBinder binder;

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.finder = new PlaceFinder(gazetteer);
    this.binder = new NameBinder(gazetteer, finder);
  }

  public static Geocoder defaults() {
    return new Geocoder(Gazetteer.defaults());
  }

  /**
   * The events of one article with {@code where} set where the text places them; the order is kept.
   * An event whose own sentence names no place (and whose target is no city) takes the place of the
   * sentence before ("previous sentence"), else the article's focus place ("article focus"). An
   * attack with no target, by a state's side on a place abroad its sentence names, gets that country
   * for its target ({@link #struckCountry}).
   */
  public List<Event> place(List<Event> events, List<AnalysedSentence> sentences) {
    if (events.isEmpty()) {
      return events;
    }
    ArticlePlaces article = new ArticlePlaces(gazetteer, finder, binder, sentences, events);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      AnalysedSentence s = article.byIndex.get(e.sentence().index());
      Place target = s == null ? null : targetPlace(e, article);
      List<Place> where = s == null ? List.of() : placesOf(s.index(), e.sentence().trigger(), target, article);
      if (where.isEmpty()) {
        out.add(e);
        continue;
      }
      // "Protests in Montreal and Vancouver": one act in each place of the list, as a coder splits
      // an act of several actors into one event each
      Event placed = struckCountry(e.withWhere(where.get(0)));
      List<Place> all = new ArrayList<>(where);
      all.set(0, placed.where());
      all = article.withUnlisted(all, s.index());
      out.add(placed.withWhere(all.get(0)));
      for (Place also : all.subList(1, all.size())) {
        out.add(struckCountry(e.alsoAt(also)));
      }
    }
    return out;
  }

  /**
   * An attack that names no target, by a state's side on a place its own sentence names in another
   * country, is on that country: "Israel launches airstrikes in the Baalbek area in northeastern
   * Lebanon" on Lebanon, "The U.S. launches airstrikes on targets in Al Hudaydah" on Yemen, as a
   * coder reads them. A place carried from another sentence is too unsure to say whom, and a sea is
   * no one's.
   */
  private Event struckCountry(Event e) {
    Place where = e.where();
    if (where != null && where.how().equals("target") && where.country() != null && e.target() != null
        && (e.target().code() == null || aPerson(e.target())) && e.type() == EventType.ASSAULT && !where.kind().equals("country")) {
      // "Russian missiles struck Odesa": the coder's unknown person is the place struck
      // ({@link #struckByName}), so the attack is on the place's country, as a coder reads it
      return onCountry(e, where.text());
    }
    String attacker = e.source().country();
    if (e.type() != EventType.ASSAULT || e.target() != null || attacker == null || where == null
        || where.country() == null || where.country().equals(SentenceContext.gazetteerCode(attacker)) || where.kind().equals("sea")
        || !(where.how().equals("sentence") || where.how().equals("clause"))) {
      return e;
    }
    return onCountry(e, where.kind().equals("country") ? where.text() : null);
  }

  /**
   * The attack with the country of its place for target, written as {@code text} (null: the
   * country's name); the attack as it is when the gazetteer has no such country.
   */
  private Event onCountry(Event e, String text) {
    Place country = gazetteer.country(e.where().country());
    if (country == null) {
      return e;
    }
    String code = SentenceContext.actorCode(e.where().country());
    return e.withTarget(new Participant(text == null ? country.name() : text, country.name(), code, code,
        ActorKind.STATE.label()));
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
    Located located = locate(sentences, events);
    List<List<Place>> out = new ArrayList<>(sentences.size());
    for (AnalysedSentence s : sentences) {
      out.add(located.at(s.index(), -1));
    }
    return out;
  }

  /**
   * The article's places, to ask where the act told at a given word was ({@link Located#at}): a
   * sentence of several clauses may tell of acts at several places ("detained in Poland and two
   * others are arrested in Romania").
   */
  public Located locate(List<AnalysedSentence> sentences, List<Event> events) {
    ArticlePlaces article = new ArticlePlaces(gazetteer, finder, binder, sentences, events);
    Map<Integer, List<Coded>> coded = new HashMap<>();
    for (Event e : events) {
      coded.computeIfAbsent(e.sentence().index(), k -> new ArrayList<>())
          .add(new Coded(e.sentence().trigger(), targetPlace(e, article)));
    }
    return new Located(article, coded);
  }

  /** An event's trigger word and the place its target gives (null when none), for {@link Located#at}. */
  private record Coded(int trigger, Place target) {}

  /** One article's places, by sentence and word. */
  public static final class Located {
    private final ArticlePlaces article;
    /** Per sentence, its events in the order coded. */
    private final Map<Integer, List<Coded>> coded;

    private Located(ArticlePlaces article, Map<Integer, List<Coded>> coded) {
      this.article = article;
      this.coded = coded;
    }

    /**
     * The places of the act told at token {@code token} of sentence {@code index} (-1 for the
     * sentence as a whole), as {@link #placeSentenceLists} gives a sentence's: empty when none. The
     * act is the event coded nearest after the token, else nearest before it, and only its own
     * target may say where, as {@link #place} places each event ("Protesters in Stockholm gather
     * to protest against Israel's attacks in Gaza": the protest is in Stockholm, the attacks in Gaza).
     * For the sentence as a whole, the first target of its events says where.
     */
    public List<Place> at(int index, int token) {
      List<Coded> here = coded.getOrDefault(index, List.of());
      List<Place> places;
      if (token < 0 || here.isEmpty()) {
        Place first = here.stream().map(Coded::target).filter(t -> t != null).findFirst().orElse(null);
        places = placesOf(index, token, first, article);
      } else {
        Coded act = null;
        for (Coded c : here) {
          if (act == null || better(c, act, token)) {
            act = c;
          }
        }
        places = placesOf(index, token, act.target(), article);
      }
      return article.withUnlisted(places, index);
    }

    /** True when {@code a}'s trigger is nearer to {@code token} than {@code b}'s, one at or after it nearer than any before. */
    private static boolean better(Coded a, Coded b, int token) {
      boolean aAfter = a.trigger() >= token;
      boolean bAfter = b.trigger() >= token;
      if (aAfter != bAfter) {
        return aAfter;
      }
      return Math.abs(a.trigger() - token) < Math.abs(b.trigger() - token);
    }
  }

  /**
   * The target's place (may be null) where it says where, else the places of the clause holding token
   * {@code token} ({@link ArticlePlaces#placesAt}; -1 for the sentence's own places).
   */
  private static List<Place> placesOf(int index, int token, Place target, ArticlePlaces article) {
    List<Place> own = article.placesAt(index, token);
    return target != null && !ownPlaceStands(own, target, article.namesPlace(index)) ? List.of(target) : own;
  }

  /**
   * True when the target is a country visited and the sentence names a place of its own as a place
   * (not a country it only names as an actor, as in "United States vice president JD Vance visits
   * Armenia"): a finer place in the country ("visits Kenya and speaks in Nairobi"), or another country
   * ("traveled to Sudan where he met ..." beside a visit coded to Chad).
   */
  private static boolean ownPlaceStands(List<Place> own, Place target, boolean namesPlace) {
    if (target.isDivision()) {
      // "airstrikes on the Gaza Strip, with severe attacks carried out in Khan Yunis and Rafah": a
      // region struck holds the finer place the sentence names in it
      return namesPlace && own.stream().anyMatch(p -> p.how().equals("sentence") && p.country().equals(target.country())
          && !p.isDivision() && !p.kind().equals("country"));
    }
    return target.kind().equals("country") && namesPlace && own.stream().anyMatch(p -> p.how().equals("sentence")
        && !(p.country().equals(target.country()) && p.kind().equals("country")));
  }

  /**
   * A target named by a city is where a visit or a material act happened: visiting, besieging,
   * shelling, supplying it. A statement addressed to a capital ("shares the idea with Tehran")
   * happens nowhere in particular, so verbal events other than visits keep to their sentence.
   */
  private Place targetPlace(Event e, ArticlePlaces article) {
    Focus focus = article.focus;
    Participant target = e.target();
    boolean material = e.quadClass() == 2 || e.quadClass() == 4;
    // a protest is where the protesters are, not where what they protest happened ("Protesters in
    // Stockholm gather ... to protest against Israel's attacks in Gaza")
    if (e.type() == EventType.PROTEST) {
      return null;
    }
    Place struck = struckByName(e, article);
    if (struck != null) {
      return struck;
    }
    // an uncoded target ("the Temple of Bel", "the town") is a thing, not an actor named by its place
    if (!placeLikeName(target) || target.code() == null || !(material || "visit".equals(e.mode())) || aPerson(target)) {
      return null;
    }
    GazetteerEntry entry = targetEntry(article, e, target.text());
    // "shelled Tavush Province": a province or district struck is where; a country struck or visited
    // ("Russia attacked Ukraine") says too little to be the place, and a visit to a region too
    // A visit to a country is in it ("Vance visits Armenia"), unless its sentence names a place there
    // (the caller keeps that one).
    boolean visitedCountry = entry != null && entry.isCountry() && "visit".equals(e.mode());
    if (entry == null || entry.isCountry() && !visitedCountry || (entry.isRegion() || entry.isCounty()) && !material) {
      return null;
    }
    if (focus.share(entry.country()) == 0 && !entry.curated()) {
      return null; // a target city in none of the article's countries is more likely a person ("Khan")
    }
    return entry.toPlace(target.text(), "target");
  }

  /**
   * The place a target's name stands for: the one the event's sentence binds it to when it writes the
   * name with the place it lies in ("captured Pokrovsk, Donetsk Oblast"), else the likeliest for the article.
   */
  private GazetteerEntry targetEntry(ArticlePlaces article, Event e, String name) {
    GazetteerEntry qualified = article.qualifiedName(e.sentence().index(), name);
    return qualified != null ? qualified : gazetteer.best(name, article.focus, false);
  }

  /**
   * True when the target is written as a proper name that may be a place's: not a demonym
   * ("Syrians"), nor a world region ("the Middle East"), nor a common noun ("the town").
   */
  private boolean placeLikeName(Participant target) {
    return target != null && target.text() != null && !gazetteer.isDemonym(target.text())
        && !WorldRegions.isName(target.text()) && properName(target.text());
  }

  /**
   * Verbs whose target, when a name, is a place more than a person: "Russian missiles struck Odesa",
   * "dropped barrel bombs on Daraa".
   */
  private static final Set<String> PLACE_VERBS = Set.of("shell", "bomb", "bombard", "strike", "hit", "capture",
      "seize", "retake", "recapture", "raid", "storm", "besiege", "overrun", "invade", "occupy", "liberate",
      "encircle", "surround", "enter", "attack", "target", "pound", "assault", "drop");

  /**
   * The place an attack names as its object when the coder took the name for no one or for a person
   * it knows nothing of ("Russian missiles struck Odesa", "Israeli forces shelled Deir al-Balah",
   * "Thai troops shelled Preah Vihear": CoreNLP tags such names PERSON, so the coder codes an unknown
   * person, and the place would be lost to the attacker's country): a city, town, district or region
   * the gazetteer has, struck, shelled, captured or entered, is where, whichever country it lies in;
   * not a name the article gives a person by ("Smith" after "John Smith"). Null otherwise.
   */
  private Place struckByName(Event e, ArticlePlaces article) {
    Participant target = e.target();
    AnalysedSentence s = article.byIndex.get(e.sentence().index());
    int trigger = e.sentence().trigger();
    if (e.quadClass() != 4 || !placeLikeName(target) || s == null || trigger < 0
        || trigger >= s.sentence().tokens().size() || !(target.code() == null || aPerson(target))
        || !PLACE_VERBS.contains(s.sentence().tokens().get(trigger).lemma().toLowerCase(Locale.ROOT))
        || article.surname(target.text().strip()) || modifies(s, trigger)) {
      return null;
    }
    String name = fullName(s.sentence(), trigger, target.text().strip());
    GazetteerEntry entry = targetEntry(article, e, name);
    if (entry == null || entry.isCountry() || entry.isLocality() || entry.isSea()
        || !(entry.kind().equals("city") || entry.kind().equals("town") || entry.curated() || entry.isRegion() || entry.isCounty())) {
      return null;
    }
    return entry.toPlace(name, "target");
  }

  /**
   * The longest name the gazetteer knows that begins with the target after the trigger, through
   * names, hyphens and Arabic articles ("Deir ez-Zor", where CoreNLP tags only "Deir" a person), or
   * the target's text as it is.
   */
  private String fullName(Sentence sentence, int trigger, String text) {
    List<Token> tokens = sentence.tokens();
    String firstWord = text.split(" ")[0];
    for (int first = trigger + 1; first < tokens.size(); first++) {
      if (!tokens.get(first).word().equals(firstWord)) {
        continue;
      }
      int last = first;
      while (last + 1 < tokens.size() && nameGoesOn(tokens.get(last + 1))) {
        last++;
      }
      for (int end = last; end > first; end--) {
        String longer = sentence.span(first, end);
        if (longer.length() > text.length() && !tokens.get(end).word().equals("-") && gazetteer.knows(longer)) {
          return longer;
        }
      }
      break;
    }
    return text;
  }

  private static boolean nameGoesOn(Token t) {
    return t.isProperNoun() || t.word().equals("-") || Names.isArticle(t.word().toLowerCase(Locale.ROOT));
  }

  /** True when the trigger is no verb of the clause but a noun's modifier ("the occupied West Bank"). */
  private static boolean modifies(AnalysedSentence s, int trigger) {
    return !s.sentence().tokens().get(trigger).pos().startsWith("VB")
        || s.parse() != null && s.parse().heads(trigger).stream().anyMatch(d -> d.relation().equals("amod"));
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
    return WordsAround.capitalised(t);
  }

  /** Great-circle distance in kilometres. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  }
}
