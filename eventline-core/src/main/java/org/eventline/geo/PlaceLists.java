package org.eventline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventline.geo.NameBinder.Bound;
import org.eventline.nlp.Dependency;
import org.eventline.nlp.Parse;
import org.eventline.nlp.Token;

/**
 * Lists of places: whether a name is the next of a list that began with an earlier name ("in Denmark,
 * Greece, Spain and Turkey", "10 died in Cuba and 22 in Haiti"), so that it stands where the list's
 * first name stands, whether it is only the point another place is placed by ("near Indianapolis"), and
 * which states a subject counts ("countries including Denmark and Sweden").
 */
final class PlaceLists {
  private PlaceLists() {}

  /**
   * The countries a sentence's opening subject counts as its members ("A number of countries across
   * Europe, including Denmark, Sweden and the Netherlands", "Several nations such as France and Italy"),
   * in order; empty when the subject is no group of states or names none after "including" or "such as"
   * before the sentence's first verb.
   */
  static List<Resolved> countedStates(List<Token> tokens, List<Bound> bound) {
    int group = -1;
    int from = -1;
    for (int i = 0; i < tokens.size() && from < 0; i++) {
      Token t = tokens.get(i);
      String word = t.word().toLowerCase(Locale.ROOT);
      if (group >= 0 && (word.equals("including") || word.equals("as") && tokens.get(i - 1).word().equalsIgnoreCase("such"))) {
        from = i + 1;
      } else if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
        return List.of(); // the subject's phrase has ended
      } else if (STATE_GROUPS.contains(t.lemma().toLowerCase(Locale.ROOT)) && t.pos().equals("NNS")) {
        group = i;
      }
    }
    List<Resolved> out = new ArrayList<>();
    for (Bound b : bound) {
      PlaceMention m = b.mention();
      if (from < 0 || m.firstToken() < from) {
        continue;
      }
      if (b.entry() == null || !b.entry().isCountry() || !onlyListed(tokens, from, m.firstToken())) {
        break;
      }
      out.add(new Resolved(m, b.entry(), b.qualified()));
      from = m.lastToken() + 1;
    }
    return out;
  }

  /** Nouns that name a group of states. */
  private static final Set<String> STATE_GROUPS = Set.of("country", "nation", "state", "government");

  /**
   * True when the tokens from {@code from} up to {@code to} are only commas, "and", "or" and determiners
   * between names of a list. Not {@link #listHead}: the parser often misreads such a subject ("the
   * Netherlands have required" makes the last name the subject of its own clause), and listHead wants
   * each name a conjunct of the first.
   */
  private static boolean onlyListed(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (!w.equals(",") && !w.equals("and") && !w.equals("or") && !tokens.get(i).pos().equals("DT")) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the name follows "near" just after another place that is no destination ("at the New
   * Castle Correctional Facility near Indianapolis"): the point the first is placed by, not where.
   */
  static boolean nearAnother(List<Token> tokens, List<PlaceMention> before, int first) {
    if (!WordsAround.preposition(tokens, first).equals("near") || WordsAround.offsetFrom(tokens, first)) {
      return false;
    }
    for (PlaceMention m : before) {
      if (!m.destination() && m.lastToken() < first && first - m.lastToken() <= NEAR_SPAN) {
        return true;
      }
    }
    return false;
  }

  /** Tokens from a place to the one it is said to be near: "X Correctional Facility near Y". */
  private static final int NEAR_SPAN = 5;

  /**
   * The mention before this name when the name follows it in a list of places ("in Denmark, Greece,
   * Spain and Turkey", "in the cities of Basra and Baghdad", "in Chillan, Talca, Concepcion, and the
   * capital Santiago"), else null. Between the two stand only commas, "and", brackets, determiners,
   * compass words, a settlement noun ("the capital"), the preposition said again ("in Tirana and in
   * Durres") and, after a comma or "and", names the gazetteer lacks. ", and" joins a list only of
   * three or more ("killed in Damascus, and Turkey said..." begins a clause); a name before "'s" is
   * another's ("in Damascus and Turkey's capital"); and where the sentence has a parse, the parse must
   * make the name a conjunct of an earlier name of the list.
   */
  static PlaceMention listHead(List<Token> tokens, Parse parse, List<PlaceMention> before, int first, int last) {
    if (before.isEmpty()) {
      return null;
    }
    PlaceMention previous = before.get(before.size() - 1);
    int from = previous.lastToken() + 1;
    if (from < first && tally(tokens, previous, first)) {
      return previous;
    }
    // "in Novokuybyshevsk, Samara Oblast and Saratov, Saratov Oblast": the list goes on from the place
    // the region after its comma says where is, not from the region
    PlaceMention addressed = addressed(before, tokens, previous);
    PlaceMention head = addressed != null ? addressed : previous;
    if (from >= first) {
      return null;
    }
    boolean joined = false;
    boolean commaAnd = false;
    boolean dated = false;
    boolean semicolon = false;
    boolean divisionWord = false;
    int between = 0; // tokens between the names, less dates
    for (int t = from; t < first; t++) {
      int date = afterDate(tokens, t);
      if (date > t && date <= first) {
        // "held at Brasília, Brazil in September 2000 and Guayaquil, Ecuador in July 2002": each
        // place of the list with its own date
        t = date - 1;
        dated = true;
        continue;
      }
      if (++between > MOST_BETWEEN) {
        return null;
      }
      Token token = tokens.get(t);
      String w = token.word().toLowerCase(Locale.ROOT);
      if (w.equals(",") || w.equals(";") || w.equals("and") || w.equals("&") || w.equals("(") || w.equals(")")) {
        // "near Wichita, Kansas; Dix, Illinois; and Newburgh, Indiana": semicolons part a list of addresses
        // "Santiago (Santiago Metropolitan), Curicó (Maule)": a region in brackets says where the
        // name before it lies and the list goes on after it
        commaAnd |= w.equals("and") && t > from && tokens.get(t - 1).word().equals(",");
        semicolon |= w.equals(";");
        joined = true;
      } else if (joined && (WordsAround.LOCATIVE.contains(w) || token.isProperNoun())) {
        // "felt in Tirana and in Durres": the preposition said again; "Dhubri, Mangaldoi and
        // Nagaon": a name of the list the gazetteer lacks
        continue;
      } else if (t == from && Gazetteer.isDivisionWord(w) && Character.isLowerCase(token.word().codePointAt(0))) {
        // "in Oddar Meanchey province and Preah Vihear": the word for the first one's kind of division
        divisionWord = true;
      } else if (!token.pos().equals("DT") && !LIST_APPOSITIONS.contains(w) && !WordsAround.COMPASS.contains(w)) {
        return null; // "eastern Texas and western Louisiana" say which part of each
      }
    }
    if (!joined || commaAnd && !previous.listed()) {
      return null;
    }
    int after = last + 1;
    if (after < tokens.size() && tokens.get(after).pos().equals("POS")) {
      return null; // "in Damascus and Turkey's capital"; but "the Texas and Louisiana coasts" are two
    }
    // past a date the parser may join the name to the date or the "and" before it, or give up ("dep")
    int listLast = dated ? first - 1 : divisionWord ? previous.lastToken() + 1 : previous.lastToken();
    return parse == null || conjunct(parse, head.listStart(), listLast, first, last, dated)
        || semicolon && sibling(parse, head.listStart(), listLast, first, last) ? head : null;
  }

  /**
   * True when a token of first..last, or the name it is in apposition to, hangs from the same word by
   * the same relation as a token of listFirst..listLast: CoreNLP parses the items of a list parted by
   * semicolons ("near Wichita, Kansas; Dix, Illinois; and Newburgh, Indiana") as siblings, not conjuncts.
   */
  private static boolean sibling(Parse parse, int listFirst, int listLast, int first, int last) {
    for (int t = first; t <= last; t++) {
      for (Dependency d : parse.heads(t)) {
        if (sameAttachment(parse, d, listFirst, listLast)) {
          return true;
        }
        if (d.base().equals("appos")) {
          for (Dependency up : parse.heads(d.governor())) {
            if (sameAttachment(parse, up, listFirst, listLast)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean sameAttachment(Parse parse, Dependency d, int listFirst, int listLast) {
    for (int t = listFirst; t <= listLast; t++) {
      for (Dependency h : parse.heads(t)) {
        if (h.governor() == d.governor() && h.base().equals(d.base()) && h.governor() >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The place an unlisted name right after it and a comma says where is ("Novokuybyshevsk" of
   * "Novokuybyshevsk, Samara Oblast"), or after a landmark's head and "in" ("Copenhagen" of
   * "Copenhagen Airport in Denmark"), else null.
   */
  private static PlaceMention addressed(List<PlaceMention> before, List<Token> tokens, PlaceMention region) {
    int joint = region.firstToken() - 1;
    if (region.listed() || before.size() < 2 || joint < 1) {
      return null;
    }
    PlaceMention place = before.get(before.size() - 2);
    String w = tokens.get(joint).word();
    if (w.equals(",")) {
      return place.lastToken() == joint - 1 ? place : null;
    }
    if (!w.equalsIgnoreCase("in")) {
      return null;
    }
    int t = joint - 1;
    while (t > place.lastToken() && Landmarks.isHead(tokens.get(t).word())) {
      t--;
    }
    return t == place.lastToken() && t < joint - 1 ? place : null;
  }

  /**
   * True when the name is the next of a tally by place, as in "at least 10 died in Cuba and 22 in
   * Haiti" or "250 thousand in New York, 100 thousand in London, and 1.4 million in cities throughout
   * Germany": the place before follows "in"; then only a comma or "and", a count, "in" and this
   * name. Such a sentence tells of one act in each place, as a list does.
   */
  private static boolean tally(List<Token> tokens, PlaceMention previous, int first) {
    // "Seven people in Kyiv, Ukraine, and three more in Rostov-on-Don": the earlier name may be
    // written with its country, whose list began after the "in"
    int head = previous.listStart() >= 0 ? previous.listStart() : previous.firstToken();
    int from = previous.lastToken() + 1;
    return inBefore(tokens, head) >= 0 && countIn(tokens, first, from) == from;
  }

  /** The index of the "in" before the name at {@code first} ("in Cuba", "in cities throughout Germany"), or -1. */
  private static int inBefore(List<Token> tokens, int first) {
    int t = first - 1;
    if (t >= 0 && (tokens.get(t).word().equalsIgnoreCase("throughout") || tokens.get(t).word().equalsIgnoreCase("across"))) {
      t--;
      if (t >= 0 && tokens.get(t).pos().equals("NNS")) {
        t--;
      }
    }
    return t >= 0 && tokens.get(t).word().equalsIgnoreCase("in") ? t : -1;
  }

  /**
   * Where the count before the name at {@code first} begins, its "in" after it, with a comma or "and" before
   * the count allowed when it is no earlier than {@code from}; -1 when no count is there.
   */
  private static int countIn(List<Token> tokens, int first, int from) {
    int t = inBefore(tokens, first);
    if (t < 0) {
      return -1;
    }
    t--;
    if (t >= 0 && tokens.get(t).pos().equals("NNS")) {
      t--; // "250 thousand protesters in"
    }
    if (t >= 0 && MORE.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
      t--; // "and three more in", "and two others in"
    }
    int numbers = 0;
    while (t >= 0 && (tokens.get(t).pos().equals("CD") || COUNT_WORDS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT)))) {
      t--;
      numbers++;
    }
    if (numbers == 0) {
      return -1;
    }
    while (t >= from && t >= 0 && (tokens.get(t).word().equals(",") || tokens.get(t).word().equalsIgnoreCase("and"))) {
      t--;
    }
    return t + 1;
  }

  private static final Set<String> COUNT_WORDS = Set.of("thousand", "million", "hundred", "dozen", "dozens");

  /** Words after a count that add it to an earlier one ("three more", "two others"). */
  private static final Set<String> MORE = Set.of("more", "others", "other");

  /**
   * True when the parse makes a token of first..last a conjunct of a token of listFirst..listLast
   * (loosely: or an unlabelled dependent of one).
   */
  private static boolean conjunct(Parse parse, int listFirst, int listLast, int first, int last, boolean loosely) {
    for (int t = first; t <= last; t++) {
      for (Dependency d : parse.heads(t)) {
        // "countries such as Singapore, Malaysia, Thailand, and even ...": CoreNLP often makes the
        // later names appositions of the first
        if ((d.base().equals("conj") || d.base().equals("appos") || loosely && d.base().equals("dep"))
            && d.governor() >= listFirst && d.governor() <= listLast) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The token after a date phrase that begins at {@code t} ("in September 2000", "on Monday", "in
   * 2004"), else {@code t}.
   */
  private static int afterDate(List<Token> tokens, int t) {
    boolean preposition = t < tokens.size() && DATE_PREPOSITIONS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT));
    int start = preposition ? t + 1 : t;
    int u = start;
    while (u < tokens.size()) {
      String w = tokens.get(u).word().toLowerCase(Locale.ROOT);
      boolean calendar = PlaceFinder.CALENDAR.contains(w);
      boolean number = tokens.get(u).pos().equals("CD") && (u > start || preposition && YEAR.matcher(w).matches());
      if (!calendar && !number) {
        break;
      }
      u++;
    }
    return u > start ? u : t;
  }

  /** The most tokens between two names of a list, dates left out. */
  private static final int MOST_BETWEEN = 6;
  private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "on", "during");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

  /** Words that may stand between the names of a list: "and the capital Santiago", "and nearby Tyre". */
  private static final Set<String> LIST_APPOSITIONS = Set.of(
      "capital", "city", "town", "village", "port", "nearby", "neighbouring", "neighboring", "both");
}
