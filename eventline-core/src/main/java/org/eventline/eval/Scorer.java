package org.eventline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eventline.event.Event;
import org.eventline.event.EventStatus;
import org.eventline.event.Participant;
import org.eventline.geo.Gazetteer;
import org.eventline.geo.Geocoder;
import org.eventline.geo.Place;

/**
 * Scores produced events against gold by the matching rules of {@code shared/fixtures/README.md}:
 * type in the gold types; source and target match by name, text, containment as whole words, or
 * country for states, governments and militaries; sides may swap for CONSULT, COOPERATE and AGREE;
 * the event comes from the sentence holding the gold fragment. Each gold event matches once.
 */
public final class Scorer {
  private static final Set<String> COUNTRY_KINDS = Set.of("state", "government", "military");
  private static final double PLACE_KM = 25;

  private Scorer() {}

  /** Scores one page's events against its gold. */
  public static Score score(GoldPage gold, List<Event> produced) {
    List<GoldEvent> goldEvents = gold.events();
    boolean[] used = new boolean[goldEvents.size()];
    int requiredMatched = 0;
    int assertedProduced = 0;
    int assertedCorrect = 0;
    int statusErrors = 0;
    int placesScored = 0;
    int placesRight = 0;
    List<String> misses = new ArrayList<>();
    List<String> falsePositives = new ArrayList<>();
    List<String> misplaced = new ArrayList<>();
    // First, match each produced event to an unused gold event, best (required, asserted) first.
    for (Event e : produced) {
      int best = -1;
      for (int i = 0; i < goldEvents.size(); i++) {
        GoldEvent g = goldEvents.get(i);
        if (!used[i] && matches(g, e) && (best < 0 || rank(g) > rank(goldEvents.get(best)))) {
          best = i;
        }
      }
      boolean asserted = e.status() == EventStatus.ASSERTED;
      if (asserted) {
        assertedProduced++;
      }
      if (best < 0) {
        // A produced asserted event may still match an asserted gold event already taken.
        boolean matchesAny = false;
        for (GoldEvent g : goldEvents) {
          if (g.status().equals("asserted") && matches(g, e)) {
            matchesAny = true;
          }
        }
        if (asserted && matchesAny) {
          assertedCorrect++;
        } else if (asserted) {
          falsePositives.add(describe(e));
        }
        continue;
      }
      used[best] = true;
      GoldEvent g = goldEvents.get(best);
      if (asserted && g.status().equals("asserted")) {
        assertedCorrect++;
      } else if (asserted) {
        statusErrors++;
        falsePositives.add(describe(e) + "  [gold says " + g.status() + "]");
      }
      if (g.required()) {
        requiredMatched++;
      }
      if (g.where() != null) {
        placesScored++;
        if (placeRight(g.where(), e.where())) {
          placesRight++;
        } else {
          misplaced.add(describe(e) + "  [gold place " + g.where().name() + " (" + g.where().country() + "), got "
              + (e.where() == null ? "none" : e.where().name() + " (" + e.where().country() + ", " + e.where().how() + ")")
              + "]");
        }
      }
    }
    int required = 0;
    for (int i = 0; i < goldEvents.size(); i++) {
      if (goldEvents.get(i).required()) {
        required++;
        if (!used[i]) {
          misses.add(describe(goldEvents.get(i)));
        }
      }
    }
    return new Score(gold.file(), required, requiredMatched, assertedProduced, assertedCorrect, statusErrors,
        placesScored, placesRight, misses, falsePositives, misplaced);
  }

  private static int rank(GoldEvent g) {
    return (g.required() ? 2 : 0) + (g.status().equals("asserted") ? 1 : 0);
  }

  static boolean matches(GoldEvent g, Event e) {
    if (!g.types().contains(e.type().name())) {
      return false;
    }
    if (g.sentence() != null && e.sentence() != null
        && !normalise(e.sentence().text()).contains(normalise(g.sentence()))) {
      return false;
    }
    // A null gold actor matches any: a gold file may leave out a source no one names ("a blast
    // killed four") as it leaves out targets.
    boolean straight = (g.source() == null || actorMatches(g.source(), e.source()))
        && (g.target() == null || actorMatches(g.target(), e.target()));
    if (straight) {
      return true;
    }
    return e.type().symmetric() && g.source() != null && g.target() != null
        && actorMatches(g.source(), e.target()) && actorMatches(g.target(), e.source());
  }

  static boolean actorMatches(GoldEvent.GoldActor g, Participant p) {
    if (p == null) {
      return false;
    }
    for (String candidate : new String[] {p.name(), p.text()}) {
      String c = bare(candidate);
      if (c.isEmpty()) {
        continue;
      }
      for (String name : g.names()) {
        String n = bare(name);
        if (n.equals(c) || containsWords(c, n) || containsWords(n, c)) {
          return true;
        }
      }
    }
    return g.kind() != null && COUNTRY_KINDS.contains(g.kind()) && g.country() != null
        && g.country().equals(p.country());
  }

  private static boolean containsWords(String haystack, String needle) {
    return Pattern.compile("(^|[^\\p{L}\\p{N}])" + Pattern.quote(needle) + "($|[^\\p{L}\\p{N}])").matcher(haystack).find();
  }

  /** Lower case, no leading "the", curly quotes straightened. */
  static String bare(String s) {
    if (s == null) {
      return "";
    }
    String b = s.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    return b.startsWith("the ") ? b.substring(4).strip() : b;
  }

  private static String normalise(String s) {
    return s.replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static boolean placeRight(GoldEvent.GoldPlace g, Place p) {
    if (p == null) {
      return false;
    }
    if (g.country() != null && !g.country().equals(p.country())) {
      return false;
    }
    if (g.name() != null && (g.name().equalsIgnoreCase(p.name()) || g.name().equalsIgnoreCase(p.text()))) {
      return true;
    }
    if (g.name() == null || g.country() == null || p.lat() == null || p.lon() == null) {
      return false;
    }
    // The gold names a place and its country only: the gazetteer puts that name in that country.
    Place gold = Gazetteer.defaults().locate(g.name(), g.country());
    return gold != null && Geocoder.km(gold.lat(), gold.lon(), p.lat(), p.lon()) <= PLACE_KM;
  }

  private static String describe(Event e) {
    return e.type() + " " + e.source().text() + " (" + e.source().code() + ") -> "
        + (e.target() == null ? "-" : e.target().text() + " (" + e.target().code() + ")")
        + " [" + e.status().label() + "] in: " + abbreviate(e.sentence().text());
  }

  private static String describe(GoldEvent g) {
    return g.types().get(0) + " " + (g.source() == null ? "-" : g.source().names().get(0)) + " -> "
        + (g.target() == null ? "-" : g.target().names().get(0)) + " in: " + abbreviate(g.sentence());
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 90 ? s.substring(0, 87) + "..." : s;
  }
}
