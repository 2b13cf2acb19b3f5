package org.eventline.geo;

/**
 * A run of tokens in a sentence that names a place.
 *
 * @param firstToken index of the first token in its sentence
 * @param lastToken index of the last token, inclusive
 * @param afterPreposition it follows "in", "at", "near", "into"...: a location of something, not a name used as a noun
 * @param regionSaid the text calls it a province, governorate or region
 * @param at it follows "in", "at", "near", "inside", "outside", "within", "into" or "off", or "the
 *     village (countries, ...) of", or an appositive calls it a town or village ("Moqokori, a town in
 *     ..."): where something is, even when the name is also an actor of an event here ("met ... in
 *     Qatar"); also set for a destination
 * @param destination it follows "to" after a word of going ("a visit to Ireland", "heading to St.
 *     Petersburg"): where someone went, a weaker guess of where things happened than "in" or "near"
 * @param quoted it stands inside a quotation: what someone said, which places what they talk about
 *     more often than where the reported event happened
 * @param otherEntity CoreNLP tags a word of it PERSON or ORGANIZATION ("Lam" of Carrie Lam, "Supreme"
 *     of "Supreme Court"): a place only where the article's countries make it likely
 * @param landmark it begins the name of a landmark ("Baghdad" of "Baghdad International Airport"),
 *     which lies there only if the place is in one of the article's countries
 * @param offset it is the point another place is measured from ("40 km north of Baghdad", "the
 *     outskirts of Kabul", "as far as Argentina", "at X near Indianapolis"): near where things
 *     happened, a weaker guess than "in"
 * @param institution it names an institution's seat ("the Tbilisi city court", "the Luxembourg-based
 *     court", "Tonga's parliament", "the government of Samoa", "the Samoan government"): the
 *     institution acts there, even when the name is also its actor
 * @param listStart the first token of the list of places it belongs to ("Turkey" of "in Denmark,
 *     Greece, Spain and Turkey": Denmark's), its own first token when it is in no list
 * @param whereFollows "where" follows it ("traveled to Sudan where he met..."), or, for a destination,
 *     an infinitive of purpose ("deploys jets to Puerto Rico to take part in ..."): the clause after
 *     says what happened there
 * @param origin it says where people come from ("visas to U.S. citizens", "screening for Wuhan
 *     airline passengers"): they are elsewhere, so it is a weaker guess of where than a place named
 *     for itself
 */
record PlaceMention(String text, int firstToken, int lastToken, boolean afterPreposition, boolean regionSaid,
    boolean at, boolean destination, boolean quoted, boolean otherEntity, boolean landmark, boolean institution,
    boolean offset, int listStart, boolean whereFollows, boolean origin) {
  /** The country an article is mostly about, as a mention no sentence holds. */
  static PlaceMention ofArticle(String name) {
    return new PlaceMention(name, -1, -1, false, false, false, false, false, false, false, false, false, -1, false, false);
  }

  PlaceMention asOffset() {
    return new PlaceMention(text, firstToken, lastToken, afterPreposition, regionSaid, at, destination, quoted, otherEntity,
        landmark, institution, true, listStart, whereFollows, origin);
  }

  PlaceMention asLandmark() {
    return new PlaceMention(text, firstToken, lastToken, afterPreposition, regionSaid, at, destination, quoted, otherEntity, true,
        institution, offset, listStart, whereFollows, origin);
  }

  /**
   * This name as the next of a list that {@code head} belongs to: it stands where the list's first
   * name stands ("in Denmark, Greece, Spain and Turkey": in Turkey too).
   */
  PlaceMention listedWith(PlaceMention head) {
    return new PlaceMention(text, firstToken, lastToken, head.afterPreposition, regionSaid, head.at, head.destination,
        quoted, otherEntity, landmark, institution, head.offset, head.listStart, whereFollows, origin);
  }

  /** This mention under a longer name that begins at {@code first} ("central Darfur" as "Central Darfur"). */
  PlaceMention named(String longer, int first) {
    return new PlaceMention(longer, first, lastToken, afterPreposition, regionSaid, at, destination, quoted, otherEntity,
        landmark, institution, offset, listStart == firstToken ? first : listStart, whereFollows, origin);
  }

  /** This mention looked up as the division {@code division} names ("Niger" of "Kaduna and Niger States" as "Niger State"). */
  PlaceMention asDivision(String division) {
    return new PlaceMention(division, firstToken, lastToken, afterPreposition, true, at, destination, quoted, otherEntity,
        landmark, institution, offset, listStart, whereFollows, origin);
  }

  /** True when it follows another name of its list. */
  boolean listed() {
    return listStart >= 0 && listStart < firstToken;
  }

  boolean overlaps(int first, int last) {
    return firstToken <= last && first <= lastToken;
  }
}
