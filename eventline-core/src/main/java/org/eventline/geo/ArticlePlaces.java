package org.eventline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eventline.actor.Actor;
import org.eventline.actor.ActorMention;
import org.eventline.event.AnalysedSentence;
import org.eventline.event.Event;
import org.eventline.event.EventType;
import org.eventline.geo.NameBinder.Bound;
import org.eventline.nlp.Dependency;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Token;

/**
 * What the geocoder knows of one article: each sentence's place mentions bound to the gazetteer, the
 * article's {@link Focus}, each sentence's own place, the article's place, and which sentences tell of
 * an incident at one spot. {@link #placesOf} gives a sentence's place from them.
 */
final class ArticlePlaces {
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
  /** The people of a city whose name CoreNLP's person tag does not outweigh after "in" ("Khan Younis"). */
  private static final int LARGE_CITY = 100_000;

  private final Gazetteer gazetteer;
  private final PlaceFinder finder;
  private final NameBinder binder;
  private final UnlistedPlaces unlisted;
  final Map<Integer, AnalysedSentence> byIndex = new HashMap<>();
  private final Map<Integer, List<PlaceMention>> mentions = new HashMap<>();
  /** Each sentence's mentions with the places they name in the article's focus, resolved once. */
  private final Map<Integer, List<Bound>> bound = new HashMap<>();
  private final Map<Integer, Resolved> own = new HashMap<>();
  /** Each sentence's candidate places, in the order named. */
  private final Map<Integer, List<Resolved>> candidatesOf = new HashMap<>();
  /** Each sentence's clauses, which may tell of acts at places of their own. */
  private final Map<Integer, Clauses> clauses = new HashMap<>();
  /** The other places of the list a sentence's own place belongs to ("in Montreal and Vancouver"). */
  private final Map<Integer, List<Resolved>> listedWithOwn = new HashMap<>();
  final Focus focus;
  private final Resolved focusPlace;
  /** The sentences that tell of an incident at one spot (a bombing, an arrest, a clash). */
  private final Set<Integer> incidents = new HashSet<>();
  /**
   * Of those, the ones that are incidents only for the coercion coded from them ("Turkey sentenced
   * two smugglers", "Iran banned the players"): a state that coerces does so at home.
   */
  private final Set<Integer> coercions = new HashSet<>();
  /**
   * Of the incidents, the ones whose main act is none ({@link SentenceContext#mainActIncident}): the
   * incident is told aside, in an adverbial or relative clause or as what a verb of reaction answers.
   */
  private final Set<Integer> incidentsAside = new HashSet<>();
  /** The sentences some event is coded from. */
  private final Set<Integer> coded = new HashSet<>();
  /** The last words of the persons' names of two or more words the article gives: their surnames. */
  private final Set<String> surnames = new HashSet<>();
  /** The page reads as a digest of briefs about many countries ({@link #readsAsDigest}). */
  private final boolean digest;
  /** The page's title names a place of its own: the page is one story, not briefs whose place is a vote. */
  private final boolean titlePlaced;
  private final PageLayout layout;

  ArticlePlaces(Gazetteer gazetteer, PlaceFinder finder, NameBinder binder, List<AnalysedSentence> sentences,
      List<Event> events) {
    this.gazetteer = gazetteer;
    this.finder = finder;
    this.binder = binder;
    this.unlisted = new UnlistedPlaces(gazetteer);
    this.layout = new PageLayout(sentences);
    List<Event> uncoercive = events.stream().filter(e -> e.type() != EventType.COERCE).toList();
    for (Event e : events) {
      coded.add(e.sentence().index());
    }
    for (AnalysedSentence s : sentences) {
      byIndex.put(s.index(), s);
      if (SentenceContext.incident(s, events)) {
        incidents.add(s.index());
        if (!SentenceContext.incident(s, uncoercive)) {
          coercions.add(s.index());
        }
        if (!SentenceContext.mainActIncident(s, events)) {
          incidentsAside.add(s.index());
        }
      }
      mentions.put(s.index(), finder.find(s.sentence(), s.parse()));
      surnames.addAll(surnames(s.sentence().tokens()));
    }
    focus = focus(sentences, mentions);
    List<Resolved> all = new ArrayList<>();
    Map<GazetteerEntry, Integer> counts = new HashMap<>();
    AnalysedSentence lead = lead(sentences);
    for (AnalysedSentence s : sentences) {
      Focus here = briefFocus(s.index());
      bound.put(s.index(), binder.bind(s, mentions.get(s.index()), here));
      List<Resolved> candidates = candidates(s, mentions.get(s.index()), bound.get(s.index()), events, here);
      for (Resolved r : candidates) {
        if (s == lead && MentionContext.dateline(s, r.mention()) && focus.main() != null
            && !focus.main().equals(r.entry().country())) {
          // "OSLO —" above a story about Kenya: a dateline says where the reporter is, which is
          // not where the events of an article mostly about another country happen
          continue;
        }
        if (r.entry().isSea() || MentionContext.basedIn(s, r.mention())) {
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
        int weight = s.inTitle() ? TITLE_WEIGHT : s == lead ? LEAD_WEIGHT : 1;
        counts.merge(r.entry(), forceMayBeAbroad(s.index()) ? 2 * weight : weight, Integer::sum);
      }
      candidatesOf.put(s.index(), candidates);
      clauses.put(s.index(), Clauses.of(s));
      Resolved chosen = reportedChoice(s, candidates);
      Resolved sent = candidates.stream().filter(r -> MentionContext.sentTo(s, r.mention())).findFirst().orElse(null);
      if (sent != null && chosen != null && chosen.mention().institution() && chosen != sent) {
        // "The Italian government sends 40 asylum seekers to an internment camp in Albania": what a
        // government sends somewhere arrives there, and its act with it
        chosen = sent;
      }
      Resolved seat = sent != null && chosen == sent ? null : seatedSubject(s, candidates);
      if (seat != null && (chosen == null ? SentenceContext.decides(s) : !chosen.entry().country().equals(seat.entry().country()))) {
        // "The Israeli cabinet formally approves the ceasefire, with the military given 24 hours to
        // withdraw to the line within Gaza": a government, court or ministry that opens the sentence
        // acts at home, whatever place abroad its act concerns; and what it decides of places that are
        // not where, it decides at home ("Ugandan authorities approve a measure to send troops from
        // Uganda to the Gaza Strip"), though a court's trial of an incident is placed by the incident
        chosen = seat;
      }
      // a place named only inside a quotation is what the speaker talks of ("North Korea demands the
      // exercises be canceled saying, \"... the drills planned on Yeonpyeong\"")
      Resolved speaker = chosen != null && (namedOnlyAsConcerned(chosen) || chosen.mention().quoted()
          || MentionContext.nestedInNouns(s, chosen.mention()))
          && (SentenceContext.saysOrDecides(s) || chosen.mention().origin())
          && !forceMayBeAbroad(s.index()) ? speakingCountry(s) : null;
      if (speaker != null && !speaker.entry().country().equals(chosen.entry().country())) {
        // "The United Arab Emirates declares its willingness to join a coalition to secure the Strait
        // of Hormuz", "France suspends its agreements with the Mali government": what a state says or
        // decides it says at home; a place the sentence names only as what that concerns (after no
        // "in" or "at", not written with its country) is not where; nor is one that only says where
        // people come from ("Singapore and Hong Kong have intensified screening for Wuhan airline passengers")
        chosen = speaker;
      }
      List<Resolved> counted = PlaceLists.countedStates(s.sentence().tokens(), bound.get(s.index()));
      if (!counted.isEmpty() && (chosen == null || mentionedAmong(chosen, counted))) {
        // "A number of countries across Europe, including Denmark, Sweden and the Netherlands have
        // required that fowl be kept indoors": the states the subject counts act, each at home
        chosen = counted.get(0);
      }
      if (chosen != null) {
        own.put(s.index(), chosen);
        List<Resolved> listed = !counted.isEmpty() && chosen == counted.get(0) ? counted.subList(1, counted.size())
            : PlaceChoice.listedWith(chosen, candidates);
        if (!listed.isEmpty()) {
          listedWithOwn.put(s.index(), listed);
        }
      }
    }
    Resolved named = PlaceChoice.finestIn(PlaceChoice.focusPlace(all, counts, focus), all, counts, focus);
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
    digest = readsAsDigest(sentences);
    titlePlaced = sentences.stream().anyMatch(s -> s.inTitle() && own.containsKey(s.index()));
  }

  /**
   * True when sentence {@code index} tells of an incident other than a coercion (a strike, a bombing):
   * a state's act there may be force abroad, where an arrest or a statement is made at home.
   */
  private boolean forceMayBeAbroad(int index) {
    return incidents.contains(index) && !coercions.contains(index);
  }

  /** True when one of the list resolves the same mention as {@code r}. */
  private static boolean mentionedAmong(Resolved r, List<Resolved> list) {
    return list.stream().anyMatch(other -> other.mention().firstToken() == r.mention().firstToken());
  }

  /**
   * The place sentence {@code index} gives the name when it writes it with the place it lies in
   * ("captured Pokrovsk, Donetsk Oblast": the Ukrainian town, not Engels, a larger Russian city once
   * called so), else null.
   */
  GazetteerEntry qualifiedName(int index, String name) {
    for (Bound b : bound.getOrDefault(index, List.of())) {
      if (b.entry() != null && b.qualified() && b.mention().text().equals(name)) {
        return b.entry();
      }
    }
    return null;
  }

  /**
   * The place of the candidates a sentence's report is where: a place the sentence names in a relative
   * clause about someone is where that person did something ("a prisoner who escaped the jail in New
   * Orleans"), not where the reported act was, when the sentence says another place with a preposition
   * ("is captured in Atlanta").
   */
  private static Resolved reportedChoice(AnalysedSentence s, List<Resolved> candidates) {
    List<Resolved> reported = candidates.stream().filter(r -> !MentionContext.inRelativeClause(s, r.mention())).toList();
    boolean locatedElsewhere = reported.stream().anyMatch(r -> r.mention().afterPreposition());
    return PlaceChoice.choose(locatedElsewhere ? reported : candidates);
  }

  /**
   * The first country the sentence names after "from" ("was extradited from Germany", "returned from
   * Syria"), though as an actor; null when it names none. {@link #candidates} drops such a country as
   * whose, not where, but in a sentence that names no other place it says more of where than a place
   * carried from another sentence does.
   */
  private static Resolved countryComeFrom(AnalysedSentence s, List<Bound> bound) {
    for (Bound b : bound) {
      PlaceMention m = b.mention();
      if (b.entry() != null && b.entry().isCountry() && !m.institution() && !MentionContext.insideActorsName(s, m)
          && "from".equals(WordsAround.preposition(s.sentence().tokens(), m.firstToken()))) {
        return new Resolved(m, b.entry(), b.qualified());
      }
    }
    return null;
  }

  /** True when the place is named after no locative preposition and not written with its country: a topic, an object, a modifier. */
  private static boolean namedOnlyAsConcerned(Resolved r) {
    PlaceMention m = r.mention();
    return !m.afterPreposition() && !m.at() && !m.destination() && !m.offset() && !r.qualified() && !m.landmark();
  }

  /**
   * The article's focus, on a page of labelled briefs with the countries of the story labels above the
   * sentence's brief (those stacked right above it) weighed in twice as much as the whole
   * page, so that they outweigh the brief's own actors too: "Palmyra" under "Syrian conflict"
   * is the Syrian city, though the page names the United States more often than Syria.
   */
  private Focus briefFocus(int index) {
    if (!layout.labelled() || layout.label(index)) {
      return focus;
    }
    int total = Math.max(1, focus.mentions());
    Focus out = focus;
    // only the labels right above: a brief further down may be another story under a section heading
    // ("In the U.S.A." above the paragraph about protests in Toronto and Ottawa)
    for (int label = layout.paragraphStart(index) - 1; label >= 0 && layout.label(label); label--) {
      AnalysedSentence s = byIndex.get(label);
      Set<String> countries = new HashSet<>();
      for (ActorMention m : s.mentions()) {
        if (m.actor().country() != null) {
          countries.add(SentenceContext.gazetteerCode(m.actor().country()));
        }
      }
      for (Bound b : bound.getOrDefault(label, List.of())) {
        if (b.entry() != null && !b.entry().isSea()) {
          countries.add(b.entry().country());
        }
      }
      for (Token t : s.sentence().tokens()) {
        GazetteerEntry country = demonymsCountry(t.word());
        if (country != null) {
          countries.add(country.country());
        }
      }
      for (String c : countries) {
        out = out.withCountry(c, 2 * total);
      }
      if (!layout.heading(label - 1)) {
        break; // the labels stacked right above the brief ("Middle Eastern crisis" / "Gaza war"), no higher
      }
    }
    return out;
  }

  /**
   * True when the page's paragraphs open on many countries and none leads among them: a digest of
   * briefs ("Law and crime": a manhunt in Illinois, a Guatemalan president detained, riots in
   * Manipur), where one country named in several items is no country of the whole page.
   */
  private boolean readsAsDigest(List<AnalysedSentence> sentences) {
    Map<String, Integer> openers = new HashMap<>();
    int withCountry = 0;
    for (AnalysedSentence s : sentences) {
      if (s.inTitle() || !layout.opensParagraph(s.index()) || layout.heading(s.index())) {
        continue;
      }
      String home = briefsHome(s);
      if (home == null && own.containsKey(s.index())) {
        home = own.get(s.index()).entry().country(); // "In Lake County, Illinois, a manhunt is initiated"
      }
      if (home != null) {
        openers.merge(home, 1, Integer::sum);
        withCountry++;
      }
    }
    int most = openers.values().stream().max(Integer::compare).orElse(0);
    return withCountry >= MIN_BRIEFS && openers.size() >= 3 && most * 2 <= withCountry;
  }

  /** The fewest paragraphs naming a country that make a digest. */
  private static final int MIN_BRIEFS = 4;

  /**
   * The country that "the country" of the sentence refers back to: the last country or demonym the
   * sentence names before it, in one or two capitalised words ("South Korean"), and not as an actor
   * ("three US drug agents were killed in the country" were abroad); null when it names none.
   */
  private GazetteerEntry countryBeforeTheCountry(AnalysedSentence s) {
    List<Token> tokens = s.sentence().tokens();
    int at = SentenceContext.theCountryAt(tokens);
    GazetteerEntry found = null;
    for (int i = 0; i < at; i++) {
      for (int last = Math.min(i + 1, at - 1); last >= i; last--) {
        GazetteerEntry e = countryCalled(s, i, last);
        if (e != null) {
          // but not "a visa requirement for Iranian nationals entering the country": foreigners enter another country
          if (!WordsAround.originOf(tokens, last + 1)) {
            found = e;
          }
          i = last;
          break;
        }
      }
    }
    return found;
  }

  /** The country the capitalised words first..last name or are the demonym of, else null. */
  private GazetteerEntry countryCalled(AnalysedSentence s, int first, int last) {
    List<Token> tokens = s.sentence().tokens();
    for (int t = first; t <= last; t++) {
      if (!WordsAround.capitalised(tokens.get(t).word()) || first == 0 && tokens.get(t).pos().equals("DT")) {
        return null;
      }
    }
    for (ActorMention m : s.mentions()) {
      if (m.firstToken() <= last && m.lastToken() >= first) {
        return null;
      }
    }
    return countryNamed(s.sentence().span(first, last));
  }

  /** The country the text names or is the demonym of ("Syria", "Syrian"), else null. */
  private GazetteerEntry countryNamed(String text) {
    Place p = gazetteer.resolve(text, Focus.none(), false);
    return p == null || !p.kind().equals("country") ? null : gazetteer.countryEntry(p.country());
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
          && !MentionContext.followedBy(s, b.mention(), MentionContext.GEOGRAPHIC_NOUNS) && !MentionContext.titlesAPerson(s, b.mention())
          && !MentionContext.personsHome(s, b.mention()) && !MentionContext.insideActorsName(s, b.mention())) {
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
    List<Token> tokens = s.sentence().tokens();
    for (Bound b : bound.get(s.index())) {
      PlaceMention m = b.mention();
      int clause = SentenceContext.mainClauseStart(tokens);
      int first = m.firstToken() > clause && tokens.get(clause).pos().equals("DT") ? clause + 1 : clause;
      if (b.entry() == null || !b.entry().isCountry() || m.firstToken() != first || m.lastToken() + 1 >= tokens.size()) {
        continue;
      }
      int after = afterSubject(s, m);
      while (after + 1 < tokens.size() && tokens.get(after).pos().startsWith("RB")) {
        after++; // "Russia formally recognizes", "Japan also warns"
      }
      if (after >= tokens.size()) {
        continue;
      }
      Token verb = tokens.get(after);
      if (WordsAround.finite(verb) && !GIVING.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
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
    List<Token> tokens = s.sentence().tokens();
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

  /** True when the sentence names a place of its own as a place, not only countries it names as actors. */
  boolean namesPlace(int index) {
    return own.containsKey(index);
  }

  /** The sentence's place, with the other places of its list when it is one of a list; empty when none. */
  List<Place> placesOf(int index) {
    Place first = placeOf(index);
    return first == null ? List.of() : withListed(first, listedWithOwn.getOrDefault(index, List.of()), "sentence", index);
  }

  /** The place, then each other place of its list not already given, as the sentence's places. */
  private List<Place> withListed(Place first, List<Resolved> listed, String how, int index) {
    List<Place> out = new ArrayList<>(listed.size() + 1);
    out.add(first);
    for (Resolved r : listed) {
      Place p = finer(r, how, index, index);
      if (out.stream().noneMatch(q -> q.name().equals(p.name()) && q.country().equals(p.country()))) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The place an act told after the sentence's own place names first, when it names it after a
   * preposition: in "lifts the ban on US flights through the Caribbean imposed following military strikes
   * in Venezuela", the strikes are in Venezuela, and in "a press conference in Toronto, where ... his
   * strategy for the sole Western citizen still held at Guantanamo Bay" the holding is at Guantanamo
   * Bay. The act asked at token {@code token}, told in a clause of its own that begins after the
   * sentence's place ({@link Clauses#subordinateActStart}; without a parse, at the word asked at), is
   * at the first place from the clause's first word on, not at one named before the clause; so an event
   * asked at its trigger is placed as a gold fragment that opens the clause is. Null when the act has no
   * such place; when its first place follows no preposition
   * ("Copenhagen Airport in Denmark and Oslo Airport in Norway are closed": Oslo Airport, not Norway);
   * when that place holds the sentence's ("seize Abu al-Duhur military airport while taking control of
   * Syria's northwestern Idlib province": Syria holds the airport), or is listed with it ("the Kherson,
   * Mykolaiv, and Sumy Oblasts"); or when it ends a name ("Islamic State in Iraq and the Levant").
   */
  private Resolved placeAfterAct(int index, int token, Resolved sentencePlace) {
    AnalysedSentence s = byIndex.get(index);
    if (token <= 0 || sentencePlace == null || s == null) {
      return null;
    }
    // without a parse, only the word asked at says where the act begins, and only when no event coded
    // here asks at its trigger (a verb after its subject: "Protesters in Stockholm gather")
    int start = s.parse() != null ? Clauses.subordinateActStart(s.parse(), token) : coded.contains(index) ? -1 : token;
    if (start <= 0 || sentencePlace.mention().lastToken() >= start) {
      return null;
    }
    Resolved later = candidatesOf.get(index).stream().filter(r -> r.mention().firstToken() >= start).findFirst().orElse(null);
    if (later == null || !later.mention().afterPreposition() || later.entry().contains(sentencePlace.entry())
        || listedWithOwn.getOrDefault(index, List.of()).contains(later)) {
      return null;
    }
    List<Token> tokens = s.sentence().tokens();
    int beforePreposition = later.mention().firstToken() - 2;
    return beforePreposition >= 0 && tokens.get(beforePreposition).isProperNoun() ? null : later;
  }

  /**
   * The place of sentence {@code index} as the place the gazetteer lacks that the sentence puts inside
   * it, when it does ({@link UnlistedPlaces}): "in Al-Hashamah, Taiz Governorate" is in Al-Hashamah,
   * which only the governorate can position. That place has the kind "unlisted", the name as written
   * for text, and the surrounding place's name and position (no GeoNames id: it is not that place). A
   * place carried from another sentence takes only a name marked as a place by a feature word ("the
   * town of Kotkai"); a target's place is the target's. Else the place as it is (null stays null).
   */
  Place withUnlistedName(Place p, int index) {
    AnalysedSentence s = byIndex.get(index);
    boolean said = p != null && saidHere(p);
    if (p == null || s == null || p.how().equals("target") || p.isUnlisted() && said) {
      return p; // a place carried unlisted from another sentence yields to a name this one marks ("the nearby village of X")
    }
    List<Token> tokens = s.sentence().tokens();
    if (said) {
      List<Bound> here = bound.getOrDefault(index, List.of()).stream()
          .filter(b -> b.entry() != null && b.entry().country().equals(p.country())).toList();
      boolean saidWhere = false;
      for (Bound b : here) {
        if (b.entry().name().equals(p.name())) {
          String name = unlistedWithin(tokens, b, p.country());
          if (name != null) {
            return unlisted(name, p);
          }
          saidWhere |= b.mention().afterPreposition() && !b.mention().origin();
        }
      }
      if (saidWhere) {
        return p; // "in Latehar": the sentence says where; "Police in Jharkand, India" are elsewhere
      }
      // named only inside another name ("Old Oyo National Park ... in Orire, Oyo State"): a name before
      // another place of its country, which then holds it
      for (Bound b : here) {
        String name = unlistedWithin(tokens, b, p.country());
        if (name != null) {
          return unlisted(name, b.entry().toPlace(name, p.how()));
        }
      }
      return p;
    }
    String name = unlisted.within(tokens, -1, -1, UnlistedPlaces.SETTLEMENTS.contains(p.kind()), p.country());
    return name == null ? p : unlisted(name, p);
  }

  /**
   * The sentence's places with the first's unlisted name ({@link #withUnlistedName}), then the names the
   * gazetteer lacks listed with one of them ({@link UnlistedPlaces#listedWith}): "drone strikes in Bint
   * Jbeil, Shebaa, and Shaqra, in southern Lebanon" adds Shebaa and Shaqra, each an unlisted place at
   * the place the sentence puts the list in (Lebanon), else at the listed place's country; "in the
   * villages of Al-Kadaris and Al-Khelwat, White Nile State" adds Al-Khelwat at White Nile beside
   * Al-Kadaris.
   */
  List<Place> withUnlisted(List<Place> places, int index) {
    if (places.isEmpty()) {
      return places;
    }
    List<Place> out = new ArrayList<>(places);
    out.set(0, withUnlistedName(places.get(0), index));
    AnalysedSentence s = byIndex.get(index);
    if (s == null) {
      return out;
    }
    List<Token> tokens = s.sentence().tokens();
    List<Bound> here = bound.getOrDefault(index, List.of());
    for (Place p : List.copyOf(out)) {
      if (!saidHere(p)) {
        continue;
      }
      int[] span = p.isUnlisted() ? UnlistedPlaces.spanOf(tokens, p.text()) : spanOf(here, p);
      UnlistedPlaces.Listed list = span == null ? null : unlisted.listedWith(tokens, span[0], span[1], p.country());
      if (list == null) {
        continue;
      }
      Place around = p.isUnlisted() ? p : listContainer(here, list.end(), p);
      for (UnlistedPlaces.Name name : list.names()) {
        // a name found as a place of the country is in the list already ("Kaduna and Niger States")
        boolean found = here.stream().anyMatch(b -> b.entry() != null && b.entry().country().equals(p.country())
            && b.mention().firstToken() <= name.end() && b.mention().lastToken() >= name.start());
        if (!found && out.stream().noneMatch(q -> q.text().equals(name.text()))) {
          out.add(unlisted(name.text(), around));
        }
      }
    }
    return out;
  }

  /** True when the place is one its own sentence names ("sentence", or "clause"), not one carried there. */
  private static boolean saidHere(Place p) {
    return p.how().equals("sentence") || p.how().equals("clause");
  }

  /** The tokens of the mention bound to the place, or null. */
  private static int[] spanOf(List<Bound> here, Place p) {
    for (Bound b : here) {
      if (b.entry() != null && !b.entry().isCountry() && b.entry().name().equals(p.name())
          && b.entry().country().equals(p.country())) {
        return new int[] {b.mention().firstToken(), b.mention().lastToken()};
      }
    }
    return null;
  }

  /**
   * The place the sentence puts a list ending at token {@code end} in (", in southern Lebanon", ", White
   * Nile State"), a place of the listed place's country named within a few words after it; else that country.
   */
  private Place listContainer(List<Bound> here, int end, Place listed) {
    for (Bound b : here) {
      int at = b.mention().firstToken();
      if (at > end && at <= end + 6 && b.entry() != null && b.entry().country().equals(listed.country())) {
        return b.entry().toPlace(b.mention().text(), listed.how());
      }
    }
    GazetteerEntry country = gazetteer.countryEntry(listed.country());
    return country == null ? listed : country.toPlace(country.name(), listed.how());
  }

  /**
   * The unlisted place the sentence puts inside the place bound at {@code b}; a town or city holds
   * only its parts, unless written as the division it is the seat of ("Walungu Territory").
   */
  private String unlistedWithin(List<Token> tokens, Bound b, String country) {
    boolean settlement = b.entry().isSettlement() && !UnlistedPlaces.writtenAsDivision(b.mention().text());
    return unlisted.within(tokens, b.mention().firstToken(), b.mention().lastToken(), settlement, country);
  }

  private static Place unlisted(String name, Place around) {
    return new Place(name, around.name(), around.country(), around.lat(), around.lon(), null, Place.UNLISTED, around.how());
  }

  /**
   * The places of the clause holding token {@code token} of the sentence ({@link Clauses}), when that
   * clause names a place of its own and the sentence's own place lies in another clause: "A Ukrainian
   * is detained in Poland and two others are arrested in Romania" has the second arrest in Romania,
   * unless the clause's place holds the sentence's. Else, and for a token of -1, the sentence's places ({@link #placesOf}).
   */
  List<Place> placesAt(int index, int token) {
    Clauses c = clauses.get(index);
    Resolved sentencePlace = own.get(index);
    List<Place> home = statesAtHome(index, token, sentencePlace);
    if (!home.isEmpty()) {
      return home;
    }
    Resolved later = placeAfterAct(index, token, sentencePlace);
    if (later != null) {
      return clausePlaces(later, candidatesOf.get(index), index);
    }
    if (token < 0 || c == null || !c.several() || sentencePlace == null
        || c.of(sentencePlace.mention().firstToken()) == c.of(token)) {
      return placesOf(index);
    }
    List<Resolved> in = c.in(c.of(token), candidatesOf.get(index));
    if (in.isEmpty() && c.of(token) == 0 && c.incident(c.of(sentencePlace.mention().firstToken()))) {
      // "The march was held to protest the shooting deaths of Alton Sterling in Louisiana": the
      // sentence names only the place of the incident its act answers, not where the act was
      Place carried = carriedPlace(index, carriedFrom(index, byIndex.get(index)));
      if (carried != null) {
        return List.of(carried);
      }
    }
    Resolved subject = in.isEmpty() ? clauseSubjectsCountry(index, c.of(token)) : null;
    if (subject != null && !subject.entry().country().equals(sentencePlace.entry().country())) {
      // "Russia fires more than 500 drones at Ukraine ..., Poland scrambles its fighter jets": a
      // clause that names no place but has a country for its subject tells of an act there
      return List.of(subject.entry().toPlace(subject.mention().text(), "clause"));
    }
    GazetteerEntry body = in.isEmpty() && subject == null ? clauseSubjectsBody(index, c.of(token)) : null;
    if (body != null && !body.country().equals(sentencePlace.entry().country())) {
      // "Ziobro receives political asylum in Hungary while Polish prosecutors investigate him": a
      // clause that names no place but has a state's police, courts or legislature for its subject
      // tells of an act at their home
      return List.of(body.toPlace(body.name(), "clause"));
    }
    Resolved chosen = reportedChoice(byIndex.get(index), in);
    if (chosen == null || chosen.entry().contains(sentencePlace.entry())) {
      // a clause that names only the country of the sentence's town ("One person is shot, and 315
      // people are abducted ... in Agwara, Niger State, Nigeria") says no other place
      return placesOf(index);
    }
    return clausePlaces(chosen, in, index);
  }

  /** The place a clause chose, then the other places of its list among {@code among}, as the clause's places. */
  private List<Place> clausePlaces(Resolved chosen, List<Resolved> among, int index) {
    return withListed(finer(chosen, "clause", index, index), PlaceChoice.listedWith(chosen, among), "clause", index);
  }

  /**
   * The countries of the state bodies that are the subject of the act told at token {@code token}, when
   * every place the sentence names for that act hangs from it only through a clause of another act
   * or a possessor ({@link Clauses#aside}): "Bulgarian police arrest the owner of the ship that
   * brought explosive material to Beirut", "Rwanda suspends a humanitarian aid pact with Belgium after
   * Belgium's foreign minister criticized Rwanda's support for the M23 rebels in Kivu". A state's
   * police, courts and legislature act at home; a state or its government does too, unless the
   * sentence tells of an incident other than a coercion (its strikes may be abroad). So does a body the
   * coder gave a role but no country, of the state a word before its name names ("The Spanish Civil
   * Guard and the Ecuadorian National Police announce they have arrested 44 people ... financed by
   * investors in Dubai", "The U.S. Treasury Department imposes sanctions on ... sons who are believed to
   * be in Mexico"). Empty otherwise.
   */
  private List<Place> statesAtHome(int index, int token, Resolved sentencePlace) {
    AnalysedSentence s = byIndex.get(index);
    if (token < 0 || sentencePlace == null || s == null || s.parse() == null) {
      return List.of();
    }
    Parse parse = s.parse();
    int verb = Clauses.actOf(parse, token);
    if (verb < 0 || !Clauses.aside(parse, verb, sentencePlace.mention().firstToken())) {
      return List.of();
    }
    for (Resolved r : candidatesOf.get(index)) {
      if (!r.entry().isCountry() && !Clauses.aside(parse, verb, r.mention().firstToken())) {
        return List.of(); // the act has a place of its own besides
      }
    }
    boolean forceMayBeAbroad = forceMayBeAbroad(index);
    List<Place> out = new ArrayList<>();
    for (int subject : subjectsOf(parse, verb)) {
      for (ActorMention m : s.mentions()) {
        String country = m.covers(subject) ? statesCountry(m.actor(), forceMayBeAbroad) : null;
        GazetteerEntry home;
        if (country != null) {
          home = placedOtherwise(index, m) ? null : gazetteer.countryEntry(SentenceContext.gazetteerCode(country));
        } else {
          // a body the coder knows by role only ("the Spanish Civil Guard") is of the state its modifier names
          home = m.covers(subject) && nationalBody(m.actor()) ? modifiersCountry(s, subject) : null;
        }
        if (home != null && home.country().equals(sentencePlace.entry().country())) {
          // "Belarus and North Korea sign a treaty after Kim welcomed Lukashenko to Pyongyang": the
          // place of the act before is at home for one of them, and likely where they signed
          return List.of();
        }
        if (home != null && out.stream().noneMatch(p -> p.country().equals(home.country()))) {
          out.add(home.toPlace(m.text(), "actors"));
        }
      }
    }
    return out;
  }

  /**
   * True when the sentence names, with the actor's words, a place in another country than the actor
   * coder's: "the Georgia General Assembly" of a sentence about "Georgia's congressional districts"
   * in the United States is the state's.
   */
  private boolean placedOtherwise(int index, ActorMention m) {
    String country = SentenceContext.gazetteerCode(m.actor().country());
    List<String> words = List.of(m.text().split(" "));
    for (Resolved r : candidatesOf.get(index)) {
      if (!r.entry().country().equals(country) && words.containsAll(List.of(r.mention().text().split(" ")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the landmark the mention's name begins is said to lie in another place the sentence
   * names, one that does not hold the place of that name: "the bombing at the Erawan Shrine in
   * Bangkok" is in Bangkok, not in a district called Erawan ("Louisville ... Airport in Kentucky" is
   * in Louisville).
   */
  private static boolean placedLandmark(List<Token> tokens, PlaceMention m, GazetteerEntry named, List<Bound> bound) {
    int end = m.lastToken() + 1;
    while (end < tokens.size() && tokens.get(end).isProperNoun()) {
      end++;
    }
    if (end == m.lastToken() + 1 || end + 1 >= tokens.size() || !tokens.get(end).word().equals("in")) {
      return false;
    }
    int at = end + 1;
    return bound.stream().anyMatch(b -> b.entry() != null && b.mention().firstToken() == at && !b.entry().contains(named));
  }

  /**
   * The active subjects of verb {@code verb} and those coordinated with them ("The Spanish Civil Guard and
   * the Ecuadorian police"); for a verb of judgement, its passive subjects too ("Former South Korean
   * president Yoon Suk Yeol is found guilty").
   */
  private static List<Integer> subjectsOf(Parse parse, int verb) {
    List<Integer> out = new ArrayList<>();
    List<Token> tokens = parse.sentence().tokens();
    String lemma = tokens.get(verb).lemma();
    // "is found guilty", not "is found dead"
    boolean judged = JUDGED.contains(lemma) || lemma.equals("find") && verb + 1 < tokens.size()
        && VERDICTS.contains(tokens.get(verb + 1).word().toLowerCase(Locale.ROOT));
    for (Dependency d : parse.children(verb)) {
      if (d.relation().equals("nsubj") || judged && d.relation().equals("nsubj:pass")) {
        out.add(d.dependent());
        out.addAll(parse.children(d.dependent(), "conj"));
      }
    }
    return out;
  }

  /**
   * True when the actor is a body the coder gave no country ("Civil Guard", "National Police",
   * "Treasury Department"), so that the words before its name must say whose it is.
   */
  private static boolean nationalBody(Actor actor) {
    String role = role(actor);
    return actor.country() == null && (HOME_ROLES.contains(role) || role.equals("GOV") || role.equals("ORG"));
  }

  /**
   * The country that a word before the subject's head names as its modifier: a state the coder knows
   * ("The U.S. Treasury Department"), a country's name or its demonym ("The Spanish Civil Guard"); null otherwise.
   */
  private GazetteerEntry modifiersCountry(AnalysedSentence s, int subject) {
    Parse parse = s.parse();
    for (Dependency d : parse.children(subject)) {
      int w = d.dependent();
      if (w > subject || !(d.base().equals("compound") || d.base().equals("amod"))) {
        continue;
      }
      ActorMention m = s.mentionAt(w);
      if (m != null && !m.covers(subject) && m.actor().country() != null && m.actor().country().equals(m.actor().code())) {
        return gazetteer.countryEntry(SentenceContext.gazetteerCode(m.actor().country()));
      }
      GazetteerEntry demonym = demonymsCountry(s.sentence().tokens().get(w).word());
      if (demonym != null) {
        return demonym;
      }
    }
    return null;
  }

  /** Verbs of a court's judgement, whose passive subject is tried by the courts of the state it serves. */
  private static final Set<String> JUDGED = Set.of("convict", "sentence", "acquit", "indict", "jail", "imprison");

  /** Words after a passive "found" that make it a verdict. */
  private static final Set<String> VERDICTS = Set.of("guilty", "innocent", "not");

  /** The role of the actor's code, its letters after the country ("COP" of "BGRCOP", "---COP"); empty when it has none. */
  private static String role(Actor actor) {
    String code = actor.code();
    return code == null || code.length() < 6 ? "" : code.substring(3, 6);
  }

  /** Roles of a state's bodies that act at home (CAMEO: police, judiciary, legislature). */
  private static final Set<String> HOME_ROLES = Set.of("COP", "JUD", "LEG");

  /**
   * The country of an actor that is a state ("RWA") or its government, police, judiciary or
   * legislature; for a state or government, null when its act may be force abroad.
   */
  private static String statesCountry(Actor actor, boolean forceMayBeAbroad) {
    String code = actor.code();
    if (actor.country() == null || code == null || !code.startsWith(actor.country())) {
      return null;
    }
    String role = role(actor);
    if (HOME_ROLES.contains(role)) {
      return actor.country();
    }
    return !forceMayBeAbroad && (code.length() == 3 || role.equals("GOV")) ? actor.country() : null;
  }

  /**
   * The country of the state body that is the subject of clause {@code clause} of the sentence, when
   * it is one that acts at home (police, courts, legislature: "Polish prosecutors"; a state or its
   * government too, in a sentence that tells of no incident but a coercion), else null.
   */
  private GazetteerEntry clauseSubjectsBody(int index, int clause) {
    AnalysedSentence s = byIndex.get(index);
    if (clause <= 0 || s == null || s.parse() == null) {
      return null;
    }
    // "..., but the United States Department of Justice accused him"
    boolean forceMayBeAbroad = forceMayBeAbroad(index);
    for (int subject : Clauses.ownSubjects(s.parse(), clause - 1)) {
      for (ActorMention m : s.mentions()) {
        String country = m.covers(subject) ? statesCountry(m.actor(), forceMayBeAbroad) : null;
        if (country != null) {
          return gazetteer.countryEntry(SentenceContext.gazetteerCode(country));
        }
      }
    }
    return null;
  }

  /** The country that is the subject of clause {@code clause} of the sentence ("Poland" of "Poland scrambles its jets"), else null. */
  private Resolved clauseSubjectsCountry(int index, int clause) {
    AnalysedSentence s = byIndex.get(index);
    if (clause <= 0 || s == null || s.parse() == null) {
      return null;
    }
    for (int subject : Clauses.ownSubjects(s.parse(), clause - 1)) {
      for (Bound b : bound.get(index)) {
        if (b.entry() != null && b.entry().isCountry() && b.mention().overlaps(subject, subject)) {
          return new Resolved(b.mention(), b.entry(), false);
        }
      }
    }
    return null;
  }

  /**
   * The place a sentence naming none takes from sentence {@code from} before it ({@link #carriedFrom}),
   * else, for a {@code from} of -1, the article's place.
   */
  private Place carriedPlace(int index, int from) {
    if (from < 0) {
      return focusPlace == null ? null : focusPlace.entry().toPlace(focusPlace.mention().text(), "article focus");
    }
    Resolved r = own.get(from);
    Place carried = finer(r, "previous sentence", index, from);
    if (carried.how().equals("previous sentence") && carried.name().equals(r.entry().name())) {
      // "Militants attack a police post in Fafi, Garissa County. Dozens of militants are also killed.":
      // the place goes on under the name its own sentence gave it
      Place there = withUnlistedName(r.entry().toPlace(r.mention().text(), "sentence"), from);
      if (there.isUnlisted()) {
        return unlisted(there.text(), carried);
      }
    }
    return carried;
  }

  /**
   * The town or city that "the city" of sentence {@code index} refers back to: the one of sentence
   * {@code from} before it, else, for a {@code from} of -1, the article's place; null when that is no
   * town or city.
   */
  private Place settlementReferredTo(int index, int from) {
    Resolved before = from >= 0 ? own.get(from) : focusPlace;
    return before == null || !before.entry().isSettlement() ? null : carriedPlace(index, from);
  }

  private Place placeOf(int index) {
    Resolved r = own.get(index);
    AnalysedSentence s = byIndex.get(index);
    if (r != null && r.entry().isCountry() && focusPlace != null && !focusPlace.entry().isCountry()
        && focusPlace.entry().country().equals(r.entry().country()) && s != null
        && WordsAround.lostNameBefore(s.sentence().tokens(), r.mention().firstToken())) {
      // "attacked a train station in , China": the page lost the linked name of a place in China,
      // and the place in China the article is about (Kunming, in its title) is the likeliest
      return focusPlace.entry().toPlace(focusPlace.mention().text(), "article focus");
    }
    if (r != null && r.mention().institution() && s != null && SentenceContext.saysTheSettlement(s.sentence().tokens())) {
      // "The Russian Defence Ministry says its forces were targeting a military gathering in the
      // city": the ministry says who, "the city" says where, and it is the city named before
      Place city = settlementReferredTo(index, carriedFrom(index, s));
      if (city != null) {
        return city;
      }
    }
    if (r != null) {
      return finer(r, "sentence", index, index);
    }
    int from = carriedFrom(index, s); // the sentence before whose place this one would carry, or -1
    GazetteerEntry policed = s == null ? null : policeAtHome(index, s, from);
    if (policed != null) {
      return policed.toPlace(policed.name(), "actors");
    }
    // The country the sentence opens with, as the subject, says before the article's country named
    // later in it ("North Korea has warned of blows to South Korea"), and is what "the country" of
    // its apposition means ("Saudi Arabia, the country in which bin Laden was born, refused")
    Resolved speaker = s != null && (!forceMayBeAbroad(index) || incidentsAside.contains(index))
        ? speakingCountry(s) : null;
    Resolved main = mainCountry();
    GazetteerEntry antecedent = speaker == null && main == null && s != null ? countryBeforeTheCountry(s) : null;
    if (antecedent != null) {
      // "a South Korean fishing boat capsized off the country's southern coast", on a page about no
      // one country: the country the sentence named before. Where one country leads, "the country"
      // is that one ("U.S. forces killed bin Laden in the country", in news about Pakistan).
      return antecedent.toPlace(antecedent.name(), "sentence");
    }
    Resolved subject = speaker == null && s != null && SentenceContext.saysTheCountry(s.sentence().tokens())
        ? speakingCountry(s) : null;
    if (subject != null) {
      // "Singapore executes a man, bringing this year's executions in the country to 12": the
      // country that opens the sentence as its subject is the one it says "the country" of, even
      // when the act is an incident that is not said at home
      return subject.entry().toPlace(subject.mention().text(), "sentence");
    }
    if (speaker == null && main != null && s != null && SentenceContext.saysTheCountry(s.sentence().tokens())
        && !layout.labelled() && !digest) {
      // "a failed coup in the country", "president of the African nation": the country the article
      // is mostly about, not a place the sentence before names in passing, and the whole of it; on a
      // page of briefs, the brief's own country ("Somalia's federal government ... the country's
      // progress" on a page mostly about the United States)
      return main.entry().toPlace(main.mention().text(), "article focus");
    }
    if (speaker == null && focusPlace != null && focusPlace.entry().kind().equals("city") && s != null
        && SentenceContext.saysTheCity(s.sentence().tokens()) && !briefNamedCity(index, from)) {
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
    Resolved origin = s == null ? null : countryComeFrom(s, bound.get(index));
    if (origin != null) {
      return origin.entry().toPlace(origin.mention().text(), "sentence");
    }
    Place carried = carriedPlace(index, from);
    GazetteerEntry briefs = carried == null || s == null ? null : briefsCountry(s, from, carried);
    int label = from < 0 && s != null ? labelAbove(index) : -1;
    Place labels = label >= 0 && (briefs == null || SentenceContext.subjectsCountry(s) == null)
        ? labelsPlace(label, index, briefsHome(s) == null) : null;
    if (labels != null) {
      // "Flood control projects scandal in the Philippines" above a brief whose actors are of no
      // country, on a page of briefs mostly about the United States: the label's place, abroad or not;
      // so too when only actors other than the subject are of a country ("Kurdish separatism in Iran"
      // above "Armed groups of Iraqi Kurdish fighters, possibly affiliated with the PKK, have infiltrated")
      return labels;
    }
    if (briefs == null && from < 0 && s != null) {
      Place item = briefAbove(index);
      if (item != null) {
        return item;
      }
    }
    GazetteerEntry brief = briefs == null && from < 0 && s != null && carried != null ? briefsOwnCountry(s, carried) : null;
    if (brief != null) {
      return brief.toPlace(brief.name(), "actors");
    }
    return briefs != null ? briefs.toPlace(briefs.name(), "actors") : carried;
  }

  /**
   * The country of a brief's sentence that would take the page's place, on a page of briefs whose
   * title names no place: its actors' ({@link SentenceContext#actorsCountry}), else that of the
   * demonym it opens with ("Iranian singer Parastoo Ahmadi is sentenced"), when that is not the page
   * place's country. The page's place there is only the place most briefs name ("Gaza" on a day of
   * armed conflicts), not this brief's ("U.S. president Donald Trump rejects the assessment"); under
   * a title that names a place, the page is one story with subheadings, and its place is the story's
   * (U.S. troops attacked in Mosul are in Mosul). Null otherwise.
   */
  private GazetteerEntry briefsOwnCountry(AnalysedSentence s, Place pages) {
    if (!digest && !layout.labelled() || titlePlaced) {
      return null;
    }
    String home = SentenceContext.actorsCountry(s);
    if (home == null) {
      List<Token> tokens = s.sentence().tokens();
      GazetteerEntry opener = demonymsCountry(tokens.get(SentenceContext.subjectStart(tokens)).word());
      home = opener == null ? null : opener.country();
    }
    return home == null || home.equals(pages.country()) ? null : gazetteer.countryEntry(home);
  }

  /**
   * Where the brief a sentence naming no place goes on with was put, when no sentence of the brief
   * before it names a place of its own: the country its opening sentence was placed in by its actors
   * ("Montiel is sentenced ... the former president of Argentina. His girlfriend is sentenced to eight
   * years."), else the place of a story label (a heading or the title) that a sentence of the brief
   * carried, for a sentence too far below the label to carry it itself ("Corruption in Albania" /
   * "Former Albanian president Ilir Meta is charged ... The charges were detailed ... Meta was arrested
   * in October."). The place a sentence of the story named carries only {@link #CARRY_BACK} sentences;
   * a label's, its whole brief. Null otherwise.
   */
  private Place briefAbove(int index) {
    if (layout.opensParagraph(index)) {
      return null;
    }
    int start = layout.paragraphStart(index);
    for (int i = start; i < index; i++) {
      if (own.containsKey(i)) {
        return null;
      }
    }
    Place opening = placeOf(start);
    if (opening != null && opening.how().equals("actors")) {
      // "United States president Donald Trump says a ceasefire has been brokered. However, hours later,
      // Thai leaders announce ...": a sentence whose own subject is of another country acts there
      String subject = byIndex.containsKey(index) ? SentenceContext.subjectsCountry(byIndex.get(index)) : null;
      GazetteerEntry home = subject == null || subject.equals(opening.country()) ? null : gazetteer.countryEntry(subject);
      return home == null ? opening : home.toPlace(home.name(), "actors");
    }
    for (int above = index - 1; above >= start && above >= index - PARAGRAPH_CARRY; above--) {
      int from = carriedFrom(above, byIndex.get(above));
      if (from >= 0) {
        AnalysedSentence label = byIndex.get(from);
        return label != null && (label.inTitle() || layout.heading(from)) ? finer(own.get(from), "previous sentence", index, from) : null;
      }
    }
    return null;
  }

  /**
   * The story label right above the brief that holds the sentence, one or two sentences up, when the
   * page is one of labelled briefs and the label names a place; else -1.
   */
  private int labelAbove(int index) {
    int label = layout.paragraphStart(index) - 1;
    return layout.labelled() && index - label <= CARRY_BACK && layout.label(label) ? label : -1;
  }

  /**
   * The place of a story label: the place it names, else the country its demonym names ("2025
   * Bulgarian budget protests"), else, for a brief that names no country ({@link #briefsHome}), the
   * first country the label names otherwise ("Modern immigration to the United Kingdom"), else null.
   */
  private Place labelsPlace(int label, int index, boolean briefNamesNoCountry) {
    if (own.containsKey(label)) {
      return finer(own.get(label), "previous sentence", index, label);
    }
    List<Token> tokens = byIndex.get(label).sentence().tokens();
    for (int i = 0; i < tokens.size(); i++) {
      // a demonym of two words first: "North Korean missile tests" names North Korea; "Korean" alone, neither
      String pair = i + 1 < tokens.size() ? tokens.get(i).word() + " " + tokens.get(i + 1).word() : null;
      GazetteerEntry country = pair == null ? null : demonymsCountry(pair);
      String word = country != null ? pair : tokens.get(i).word();
      country = country != null ? country : demonymsCountry(word);
      if (country != null) {
        return country.toPlace(word, "previous sentence");
      }
    }
    if (!briefNamesNoCountry) {
      return null;
    }
    for (Bound b : bound.getOrDefault(label, List.of())) {
      if (b.entry() != null && b.entry().isCountry()) {
        // "Modern immigration to the United Kingdom": a country the label names, though not as where,
        // for a brief that names none of its own ("Proposed United States acquisition of Greenland"
        // says nothing of where Greenland's prime minister rules it out)
        return b.entry().toPlace(b.mention().text(), "previous sentence");
      }
    }
    return null;
  }

  /** The country a capitalised demonym names ("Syrian", "Bulgarian"), else null. */
  private GazetteerEntry demonymsCountry(String word) {
    return finder.capitalisedDemonym(word) ? countryNamed(word) : null;
  }

  /**
   * The country of the police that open a paragraph naming no place ("Indonesian National Police
   * arrest 44 people suspected of starting forest fires across the country"), when the place the
   * paragraph would otherwise take lies in another country (the brief above was about Northern
   * Ireland): a country's police act at home. Null otherwise.
   */
  private GazetteerEntry policeAtHome(int index, AnalysedSentence s, int from) {
    String police = layout.opensParagraph(index) ? SentenceContext.subjectsPolice(s) : null;
    if (police == null) {
      return null;
    }
    Resolved carried = from >= 0 ? own.get(from) : focusPlace;
    if (carried == null || from >= layout.paragraphStart(index) || police.equals(carried.entry().country())) {
      return null;
    }
    return gazetteer.countryEntry(police);
  }

  /**
   * True when, on a page of briefs, a sentence before in the same brief names a city or town: "the
   * city" of the brief is that one ("a missile strike ... in Kryvyi Rih, Ukraine ... its forces were
   * targeting a military gathering in the city"), not the city the page names most.
   */
  private boolean briefNamedCity(int index, int from) {
    if (!digest && !layout.labelled()) {
      return false;
    }
    return from >= layout.paragraphStart(index) && own.get(from) != null && own.get(from).entry().isSettlement();
  }

  /** How many sentences up a brief is followed for the label's place one of them carried. */
  private static final int PARAGRAPH_CARRY = 8;

  /**
   * The sentence before that names the place a sentence naming none takes, one or two back, or -1
   * when it takes the article's place.
   */
  private int carriedFrom(int index, AnalysedSentence s) {
    for (int back = 1; back <= CARRY_BACK; back++) {
      if (back > 1 && layout.labelled() && layout.label(index - back + 1)) {
        break; // a story label that names no place opens another story than the one above it
      }
      Resolved r = own.get(index - back);
      if (r != null && focus.main() != null && !focus.main().equals(r.entry().country())
          && !(s != null && WordsAround.quoted(s.sentence().text(), 0))
          && !((digest || layout.labelled()) && layout.paragraphStart(index) <= index - back)
          && !(s != null && layout.paragraphStart(index) <= index - back && r.entry().country().equals(SentenceContext.actorsCountry(s)))) {
        // "a similar fire in Cork, Ireland last year" in news about Norway: a place abroad is named
        // for its own sentence; the sentences after it are back in the article's country, unless
        // they go on quoting what was said there, or go on with the same item of a digest or of a
        // page of labelled briefs, or their actors are of the place's country ("A court in Prague, Czech
        // Republic, sentences ... Czech prime minister Petr Fiala says ...").
        break;
      }
      if (r != null) {
        return index - back;
      }
    }
    return -1;
  }

  /**
   * The country of the sentence's actors when the page reads as a digest of briefs and the sentence
   * opens a new one, else null. On a page of short items about many countries (a "world in brief",
   * a current-events portal) no country leads, or one leads only by the number of its mentions while
   * the items open on many countries ({@link #readsAsDigest}), or the item stands right under a story
   * label of a page of labelled briefs ({@link PageLayout#labelled}) whatever country leads, and an item that names no place ("Egypt pardons two
   * journalists", "Thailand's reform council rejects the draft") would otherwise take the place of
   * the item above it or of the page. Only a paragraph's first sentence opens an item, and only when
   * it names its own actors (no "He also commented"), tells of no incident that could have happened
   * abroad ("a bomber hit the vehicle of a United States diplomat") unless its subject says so
   * ("Netanyahu says that he has ordered strikes"), and its subject's country, or the one country of
   * all its actors, or else the first country it names ("A massive sandstorm hits Lebanon and Syria"),
   * differs from the carried place's. That place must come from
   * the page or an earlier paragraph that is no heading: a heading above briefs ("Russian invasion of
   * Ukraine") names the place of the briefs below it.
   *
   * @param from the sentence the carried place comes from, -1 for the article's place
   */
  private GazetteerEntry briefsCountry(AnalysedSentence s, int from, Place carried) {
    int index = s.index();
    boolean labelledBrief = layout.label(index - 1) && layout.labelled();
    if (focus.main() != null && !digest && !labelledBrief || !layout.opensParagraph(index)
        || from >= 0 && from >= layout.paragraphStart(index)
        || s.sentence().tokens().get(0).pos().startsWith("PRP")
        || forceMayBeAbroad(index) && !SentenceContext.openerSays(s) || from >= 0 && layout.heading(from)) {
      return null;
    }
    String home = briefsHome(s);
    return home == null || home.equals(carried.country()) ? null : gazetteer.countryEntry(home);
  }

  /**
   * The country a brief is about: its actors' ({@link SentenceContext#actorsCountry}), else the first
   * it names ("A massive sandstorm hits Lebanon and Syria"); null when neither.
   */
  private String briefsHome(AnalysedSentence s) {
    String home = SentenceContext.actorsCountry(s);
    return home != null ? home : firstCountryNamed(s);
  }

  /**
   * The first country the sentence names, as a place or an actor, or null; not one someone is to be
   * sent to ("blocks the deportation of an Eritrean asylum seeker to France"), which is not where the
   * act is.
   */
  private String firstCountryNamed(AnalysedSentence s) {
    for (Bound b : bound.get(s.index())) {
      if (b.entry() != null && b.entry().isCountry()
          && !WordsAround.removedTo(s.sentence().tokens(), b.mention().firstToken())) {
        return b.entry().country();
      }
    }
    return null;
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
    boolean onlyWhich = saysOnlyWhich(r, sentence, said);
    Resolved nearer = said == sentence && r.entry().isCountry() && onlyWhich
        && !(r.mention().institution() && PlaceFinder.seatedBody(byIndex.get(said).sentence().tokens(), r.mention().firstToken()))
        ? finerJustBefore(r.entry(), sentence) : null;
    if (nearer != null && (focusPlace == null || nearer.entry() != focusPlace.entry())) {
      // "A restaurant in Strømmen, Akershus, Norway, is damaged ... The Norwegian Police ... arrest two
      // teenagers": the country of an incident is the town of it the brief named a sentence before
      return nearer.entry().toPlace(nearer.mention().text(), "previous sentence");
    }
    if (onlyWhich && focusPlace != null && !focusPlace.entry().isCountry()
        && r.entry().contains(focusPlace.entry())) {
      return focusPlace.entry().toPlace(focusPlace.mention().text(), "article focus");
    }
    return r.entry().toPlace(r.mention().text(), how);
  }

  /**
   * The place below country level, in the country, of one of the two sentences before in the same
   * paragraph, the nearer first; null when neither names one.
   */
  private Resolved finerJustBefore(GazetteerEntry country, int sentence) {
    int start = layout.paragraphStart(sentence);
    for (int back = 1; back <= CARRY_BACK && sentence - back >= start; back++) {
      Resolved r = own.get(sentence - back);
      if (r != null && !r.entry().isCountry() && country.contains(r.entry())) {
        return r;
      }
    }
    return null;
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
      return incident && !MentionContext.across(byIndex.get(said), r.mention())
          || r.mention().institution() && WordsAround.beforeSettlementNoun(byIndex.get(said).sentence().tokens(), r.mention());
    }
    boolean placedIn = (MentionContext.placesIn(byIndex.get(said), r.mention()) || SentenceContext.wholeRegion(byIndex.get(said)))
        && (said == sentence || !incident);
    return r.entry().isRegion() && !placedIn;
  }

  /**
   * The country whose demonym opens the sentence before a body seated in its capital ("The Israeli
   * cabinet", "A Finnish court"), as a candidate of the sentence, else null.
   */
  private static Resolved seatedSubject(AnalysedSentence s, List<Resolved> candidates) {
    List<Token> tokens = s.sentence().tokens();
    int first = SentenceContext.subjectStart(tokens);
    for (Resolved r : candidates) {
      if (r.mention().institution() && r.mention().firstToken() == first && r.entry().isCountry()
          && (PlaceFinder.seatedBody(tokens, first) || PlaceFinder.authorities(tokens, first) && SentenceContext.decides(s))) {
        return r;
      }
    }
    return null;
  }

  /** True when another name of the sentence is a region or country that holds the mention's place. */
  private static boolean heldByAnother(Bound b, List<Bound> bound) {
    for (Bound other : bound) {
      if (other != b && other.entry() != null && other.entry() != b.entry() && (other.entry().isRegion() || other.entry().isCountry())
          && other.mention().firstToken() > b.mention().lastToken() && other.entry().contains(b.entry())) {
        return true;
      }
    }
    return false;
  }

  /** True when the token after {@code last} is no noun and no "of": the name ends its noun phrase. */
  private static boolean endsPhrase(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(last + 1);
    return !next.pos().startsWith("NN") && !next.word().equalsIgnoreCase("of") && !next.word().equals("-");
  }

  /** The first sentence of the body, or null when there is none. */
  private static AnalysedSentence lead(List<AnalysedSentence> sentences) {
    for (AnalysedSentence s : sentences) {
      if (!s.inTitle()) {
        return s;
      }
    }
    return null;
  }

  /** An island or a natural area (a peninsula, a desert), which the gazetteer knows by one point and no bounds. */
  private static boolean naturalArea(GazetteerEntry e) {
    return e.kind().equals("island") || e.kind().equals("area");
  }

  /** Counts the countries of every actor and named place, then the regions named, as CLIFF does. */
  private Focus focus(List<AnalysedSentence> sentences, Map<Integer, List<PlaceMention>> mentions) {
    Map<String, Integer> countries = new HashMap<>();
    for (AnalysedSentence s : sentences) {
      for (ActorMention m : s.mentions()) {
        if (m.actor().country() != null) {
          countries.merge(SentenceContext.gazetteerCode(m.actor().country()), 1, Integer::sum);
        }
      }
    }
    Focus byActors = new Focus(countries, Set.of());
    Focus focus = byActors;
    for (AnalysedSentence s : sentences) {
      for (Bound b : binder.bind(s, mentions.get(s.index()), byActors)) {
        PlaceMention m = b.mention();
        if (s.mentionAt(m.firstToken()) != null && !m.institution()) {
          continue; // already counted as an actor, unless the demonym says where too ("the Costa Rican coast")
        }
        GazetteerEntry e = b.entry();
        // A name written with the place it lies in ("Oxfordshire, England") or with its country's
        // demonym ("the Indonesian island of Sumatra") is evidence whoever the actors are.
        boolean saidWhose = e != null && binder.countriesSaidBefore(s.sentence().tokens(), m).contains(e.country());
        if (e != null && !b.paired() && !saidWhose && (e.isRegion() || e.isCounty()) && byActors.share(e.country()) == 0
            && !MentionContext.namedAsDivision(m) && !MentionContext.namesIslands(m)) {
          continue; // a region of a country no actor is from is no evidence ("Gulf" of Papua New Guinea)
        }
        if (e != null && !b.paired() && (m.otherEntity() || m.landmark()) && !e.isCountry()
            && byActors.share(e.country()) == 0) {
          continue; // nor is a person's name that is also a German town ("Lam"), or "Al" of "Al Noor Mosque"
        }
        if (e != null && !b.paired() && !e.isCountry() && !m.landmark() && !byActors.countries().isEmpty()
            && MentionContext.beginsLongerName(s, m, mentions.get(s.index())) && byActors.share(e.country()) == 0) {
          // nor "Green" of "the Green Belt Movement", a US city only by its first word, in news whose
          // actors are Kenyan; with no actor's country to go by, a city keeps its place ("Lyon Qarrow")
          continue;
        }
        if (e != null && !b.paired() && MentionContext.foreignByAnotherName(e, m, byActors)) {
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

  /** True when the word is the surname of a person the article names in full ("Rittenhouse" of "Kyle Rittenhouse"). */
  boolean surname(String word) {
    return surnames.contains(word);
  }

  /** The last word of each person's name of two or more words in the sentence ("Kyle Rittenhouse"). */
  private static List<String> surnames(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (int t = 1; t < tokens.size(); t++) {
      boolean ends = t + 1 == tokens.size() || !tokens.get(t + 1).ner().equals("PERSON");
      if (ends && tokens.get(t).ner().equals("PERSON") && tokens.get(t - 1).ner().equals("PERSON")
          && tokens.get(t).isProperNoun()) {
        out.add(tokens.get(t).word());
      }
    }
    return out;
  }

  /** The places a sentence names that are places here, not actors of its events; {@code bound} is {@link NameBinder#bind} of {@code found}. */
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
      // "a New Zealand outbreak", "the Haiti earthquake": a compound for something that happened
      // there says where, as a noun of land does
      boolean happening = WordsAround.happeningFollows(s.sentence().tokens(), m.lastToken());
      boolean modifier = MentionContext.beforeNoun(s, m) && !MentionContext.followedBy(s, m, MentionContext.GEOGRAPHIC_NOUNS)
          && !happening;
      // A city naming the noun after it ("a Kabul car bombing", "the San Juan streets") says where
      // that happened, even when the coder took the city for its government.
      boolean cityModifier = modifier && !entry.isCountry() && !entry.isRegion() && actor != null
          && MentionContext.sameName(actor, m);
      // Part of a longer actor phrase ("the Syrian government", "Saudi-led camp") or an actor
      // of an event here ("Turkey backed them"): a who, not a where. The city a landmark's name
      // begins with is where the landmark is ("Rawalpindi General Hospital"), whoever the landmark
      // is; a country's is whose ("the US Embassy", "US Marine Corps Air Station Futenma").
      boolean landmarkCity = m.landmark() && !entry.isCountry() && !entry.isRegion();
      if (MentionContext.insideActorsName(s, m) || m.landmark() && placedLandmark(s.sentence().tokens(), m, entry, bound)) {
        continue;
      }
      // "a mass shooting at a Christmas event in Chicama": a name the tagger took for no place that
      // names the kind of the noun after it is a holiday's, a brand's or a team's, not a town's
      if (modifier && !cityModifier && MentionContext.untagged(s, m) && WordsAround.indefiniteBefore(s.sentence().tokens(), m.firstToken())
          && !entry.isCountry() && !entry.isRegion() && !entry.curated()) {
        continue;
      }
      // "near the Waterman home" in a story about Rachelle Waterman, "Rittenhouse is accused" of
      // Kyle Rittenhouse: a one-word name that is the surname of a person the article names is
      // that person's or family's, whatever the tagger makes of it alone, unless an address says where
      if (m.firstToken() == m.lastToken() && surnames.contains(m.text()) && !b.paired() && !entry.curated()
          && !entry.isCountry() && !entry.isRegion()) {
        continue;
      }
      // "for Ishikawa prefecture": a name its division word follows is a place, though tagged a person
      boolean division = (entry.isRegion() || entry.isCounty())
          && WordsAround.divisionWordFollows(s.sentence().tokens(), m.lastToken());
      // "captured Kostiantynivka, Donetsk Oblast": a name written with the region it lies in is a
      // place, though the coder took that name alone for a person ("Paul Hastings, U.S. military
      // spokesman" is a person's name longer than the place's)
      boolean addressed = b.qualified() && !entry.isCountry() && !entry.isRegion() && actor != null
          && MentionContext.sameName(actor, m);
      if (actor != null && !m.at() && !cityModifier && !m.institution() && !landmarkCity && !division && !addressed
          && (!MentionContext.sameName(actor, m) || MentionContext.usedAsActor(actor, s.index(), events))) {
        continue;
      }
      // A country that is an actor here, or names the noun after it ("a US envoy", "UK Prime
      // Minister"), and follows no locative preposition is whose, not where.
      if (entry.isCountry() && !m.afterPreposition() && !m.institution() && !happening && (actor != null || modifier)) {
        continue;
      }
      // After the preposition a country that names an act or a force says whose it was: "killed in
      // the U.S. bombing of the village", "in a US airstrike" happened where the village is.
      if (entry.isCountry() && !m.institution() && !b.paired() && MentionContext.actsFor(s, m)) {
        continue;
      }
      // A person's or an organisation's name that the gazetteer also knows ("Lam", "Supreme" of
      // "Supreme Court", "White House" as another name of a Maryland town) is a place only as a
      // city or county in one of the article's countries, unless it names an institution's seat
      // ("the Tbilisi city court", which CoreNLP tags ORGANIZATION).
      // A name of several words after a locative preposition that is a city of 100,000 people is that
      // city all the same ("Israeli airstrikes in Khan Younis", which CoreNLP tags a person).
      boolean cityAfterPreposition = m.afterPreposition() && m.firstToken() < m.lastToken()
          && entry.kind().equals("city") && entry.population() >= LARGE_CITY;
      if (m.otherEntity() && !b.paired() && !m.institution() && !entry.curated() && !entry.isCountry() && !entry.isRegion()
          && !cityAfterPreposition
          && (focus.share(entry.country()) == 0 || !entry.kind().equals("city") && !entry.isCounty())) {
        continue;
      }
      // "the Kyoto pact", "the Minsk agreements", "the Oslo Accords": an agreement named after the
      // city where it was made, not where the news happens
      if (!entry.isCountry() && MentionContext.followedBy(s, m, MentionContext.AGREEMENTS)) {
        continue;
      }
      if (!b.paired() && MentionContext.personsHome(s, m) || MentionContext.residentsHome(s, m)) {
        // "Bernie Sanders of Vermont", "a Senator from Vermont" won in New Hampshire; "A resident of
        // Antioch, Illinois" acted in Kenosha, the address written with its state or not
        continue;
      }
      if (MentionContext.namesAnElection(s, m)) {
        continue; // "In the 2016 United States presidential election, Sanders lost in the Northern Mariana Islands"
      }
      if (!b.paired() && MentionContext.foreignByAnotherName(entry, m, focus)) {
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
      // A demonym that opens a national body's name ("The Indonesian National Narcotics Board
      // announces") is the body's seat, which begins its name by construction.
      if (!b.paired() && !m.landmark() && !entry.isCountry() && MentionContext.beginsLongerName(s, m, found)
          && focus.share(entry.country()) == 0 && !(m.institution() && finder.capitalisedDemonym(m.text())
              && !SentenceContext.saysTheCity(s.sentence().tokens()) && !SentenceContext.saysTheCountry(s.sentence().tokens()))) {
        continue;
      }
      // "Al Noor Mosque" is not in Ål, Norway: a landmark lies in the city it begins with only in
      // one of the article's countries, and one whose name is all proper nouns only in the leading
      // one ("Russell Square" in news about London is no square in Russell, Kansas, though the
      // article names the United States too; "a Baghdad airport" is in Baghdad all the same).
      // A court named after its city ("The Seoul Central District Court") sits there all the same, and
      // a landmark written with the region holding its city ("Louisville Muhammad Ali International
      // Airport in Kentucky") is there.
      if (m.landmark() && !b.paired() && !(m.institution() && focus.share(entry.country()) > 0) && !heldByAnother(b, bound)
          && (focus.share(entry.country()) == 0 || MentionContext.namesALandmark(s, m) && !focus.leading(entry.country()))) {
        continue;
      }
      // A region in none of the article's countries: a name the article means otherwise ("the
      // Persian Gulf region" is no province of Papua New Guinea in news about Iran); in an article
      // that names no country at all, the region is all there is ("a Gainsville, Florida man").
      // A region called so ("the Latakia Governorate", "Nangarhar Province") is one whatever the
      // article's countries.
      // A region of several words called by its own name after "in" ("in the West Bank") is the region.
      // Not a part of a longer name or a modifier: "in the Western District of Texas", "off the North-East coast".
      boolean calledByName = m.afterPreposition() && m.firstToken() < m.lastToken()
          && Names.key(entry.name()).equals(Names.key(m.text())) && endsPhrase(s.sentence().tokens(), m.lastToken());
      if ((entry.isRegion() || entry.isCounty()) && !b.paired() && focus.share(entry.country()) == 0
          && !focus.countries().isEmpty() && !MentionContext.namedAsDivision(m) && !calledByName) {
        // "a march in Geneva": the canton's city of that name, which the canton outranked for
        // bearing the name as its own; so too a district's seat ("killed in Jenin": the city, not
        // Jenin Governorate, which has the name as written while the city is "Janin")
        // A region of one word no other place is named after stands for itself, at its seat, where the
        // gazetteer puts it ("killed two men in Nabatieh": the city is GeoNames' "Nabatîyé et Tahta");
        // not a name of several words ("the Western District of Texas" is no district of American Samoa).
        GazetteerEntry city = m.regionSaid() ? null : gazetteer.cityOfRegion(m.text(), entry, focus);
        if (city != null) {
          entry = city;
        } else if (m.regionSaid() || m.firstToken() != m.lastToken() || !endsPhrase(s.sentence().tokens(), m.lastToken())
            || !gazetteer.onlyBearer(m.text(), entry)) {
          continue;
        }
      }
      candidates.add(new Resolved(m, entry, b.qualified()));
    }
    return candidates;
  }
}
