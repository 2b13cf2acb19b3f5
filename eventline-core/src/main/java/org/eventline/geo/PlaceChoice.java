package org.eventline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which of the places a sentence names is the sentence's place, and which of an article's places is
 * the article's: the finest of nested places, then the likeliest by how it was written; the place
 * below country level the article names most.
 */
final class PlaceChoice {
  private PlaceChoice() {}

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
          && !chosen.entry().contains(c.entry()) && c.entry() != chosen.entry()) {
        out.add(c);
      }
    }
    return out;
  }

  private static int rank(Resolved c) {
    // The seat of an institution ("the Tbilisi city court") and a place written with its country
    // ("Izmir, Turkey") are as good as a place after "in"; the one written with its country is the
    // more deliberate of two ("buildings on Samos and in Izmir, Turkey").
    // So is a landmark that opens the sentence as its subject ("The Rafah Border Crossing ... reopens").
    boolean located = c.mention().afterPreposition() || c.mention().institution() || c.qualified()
        || c.mention().landmark() && c.mention().firstToken() <= 1;
    // "heading to St. Petersburg ... derails near Malaya Vishera": where something is beats where
    // someone was going, and beats the point it is measured from ("south of Baghdad in Mahawil").
    // A point measured from ("southwest of Port-au-Prince and southeast of Miami, Florida") is no
    // more deliberate for being written with its state.
    boolean deliberate = c.qualified() && !c.mention().offset();
    // Where people come from ("screening for Wuhan airline passengers") is as weak a guess as where they went.
    // Any place on land the sentence names beats a sea: "sank in the Aegean Sea near Lesbos".
    return (c.entry().isSea() ? 0 : 32) + (c.mention().quoted() ? 0 : 16) + (located ? 8 : 0) + (deliberate ? 4 : 0)
        + (c.mention().destination() || c.mention().offset() || c.mention().origin() ? 0 : 2) + (c.mention().whereFollows() ? 2 : 0)
        + (c.entry().isCountry() ? 0 : 1);
  }

  private static boolean containsAnother(Resolved outer, List<Resolved> candidates) {
    for (Resolved inner : candidates) {
      if (inner != outer && inner.entry() != outer.entry()
          && (outer.entry().contains(inner.entry()) || division(inner.entry()) && outer.entry().areaHolds(inner.entry())
              // a curated area the division itself holds (a forest, a refinery of its region) lies in it:
              // "the Sambisa Forest ... in Borno State" names a place in Borno, so neither may shut out the other
              && !inner.entry().contains(outer.entry()))) {
        return true;
      }
    }
    return false;
  }

  /** A first- or second-level division: a curated area that names one holds it ("Puntland's Bari Region"), a corridor no town. */
  private static boolean division(GazetteerEntry e) {
    return e.isRegion() || e.isCounty();
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
      if (!r.entry().isRegion() && region.entry().contains(r.entry())
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
    // a locality, a name and a point with nothing else known, counts half: it may be a namesake of the
    // street corner or bus stop the article names ("Panjiawan" in Kunming, a Panjiawan far off)
    double named = r.entry().isLocality() ? counts.get(r.entry()) / 2.0 : counts.get(r.entry());
    return named * (1 + 2 * focus.share(r.entry().country()));
  }
}
