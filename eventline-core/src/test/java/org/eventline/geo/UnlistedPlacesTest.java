package org.eventline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventline.nlp.Token;
import org.junit.jupiter.api.Test;

class UnlistedPlacesTest {
  private static final UnlistedPlaces UNLISTED = new UnlistedPlaces(Gazetteer.defaults());

  /** Tokens split at spaces, as CoreNLP splits these sentences ("Al - Hashamah" written apart). */
  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    for (String w : text.split(" ")) {
      out.add(new Token(out.size(), w, w.toLowerCase(Locale.ROOT), "NN", "O", 0, 0));
    }
    return out;
  }

  /** Tokens as {@link #tokens}, with the words marked "/L" tagged LOCATION by CoreNLP and "/P" PERSON. */
  private static List<Token> tagged(String text) {
    List<Token> out = new ArrayList<>();
    for (String w : text.split(" ")) {
      boolean location = w.endsWith("/L");
      boolean person = w.endsWith("/P");
      String word = location || person ? w.substring(0, w.length() - 2) : w;
      String ner = location ? "LOCATION" : person ? "PERSON" : "O";
      out.add(new Token(out.size(), word, word.toLowerCase(Locale.ROOT), "NN", ner, 0, 0));
    }
    return out;
  }

  /** The names {@link UnlistedPlaces#listedWith} gives for the list holding the name {@code name}, or null. */
  private static List<String> listedWith(String text, String name, String country) {
    List<Token> t = tagged(text);
    int[] span = UnlistedPlaces.spanOf(t, name);
    UnlistedPlaces.Listed listed = UNLISTED.listedWith(t, span[0], span[1], country);
    return listed == null ? null : listed.names().stream().map(UnlistedPlaces.Name::text).toList();
  }

  private static String within(String text, String container) {
    List<Token> t = tokens(text);
    List<String> words = t.stream().map(Token::word).toList();
    String[] c = container.split(" ");
    int first = container.isEmpty() ? -1 : java.util.Collections.indexOfSubList(words, List.of(c));
    return UNLISTED.within(t, first, first < 0 ? -1 : first + c.length - 1, false, null);
  }

  @Test
  void aNameBeforeItsContainerIsWhereTheContainerHoldsIt() {
    assertThat(within("killed in a fire at an apartment block in Riggae , Kuwait .", "Kuwait")).isEqualTo("Riggae");
    assertThat(within("a device detonates in Al - Hashamah , Taiz Governorate , Yemen .", "Taiz Governorate"))
        .isEqualTo("Al-Hashamah");
    assertThat(within("seize control of Hawadley village in the Middle Shabelle region", "Middle Shabelle"))
        .isEqualTo("Hawadley");
    assertThat(within("troops face-off in the Burtse region of northern Ladakh .", "Ladakh")).isEqualTo("Burtse");
  }

  @Test
  void theNamesTheGazetteerLacksInAListOfPlaces() {
    // Shebaa is a Lebanese village the gazetteer has; Shaqra only Saudi and Yemeni towns
    assertThat(listedWith("drone strikes in Bint Jbeil , Shebaa , and Shaqra , in southern Lebanon/L", "Bint Jbeil", "LBN"))
        .containsExactly("Shaqra");
    assertThat(listedWith("drone strikes in Bint Jbeil , Shebaa , and Shaqra , in southern Lebanon/L", "Shaqra", "LBN"))
        .as("from the list's last name back").isEmpty();
    assertThat(listedWith("433 people in the villages of Al - Kadaris and Al - Khelwat , White/L Nile/L State/L", "Al-Kadaris", "SDN"))
        .containsExactly("Al-Khelwat");
    assertThat(listedWith("civilians in the Akobo/L , Nyirol/L , and Uror/L counties to leave", "Nyirol", "SSD"))
        .contains("Uror");
    // a plural feature word calls names places that CoreNLP tags a person's
    assertThat(listedWith("the villages of Bint/P Jbeil/P and Shaqra/P were shelled", "Bint Jbeil", "LBN"))
        .containsExactly("Shaqra");
  }

  @Test
  void noListOfPlaces() {
    assertThat(listedWith("the strikes in Bint Jbeil , Shaqra , in southern Lebanon/L", "Bint Jbeil", "LBN"))
        .as("no conjunction: a place and its container").isNull();
    assertThat(listedWith("talks between Bint Jbeil and Shaqra officials", "Bint Jbeil", "LBN"))
        .as("no locative word and no feature word").isNull();
    assertThat(listedWith("Leaders met in Paris/L , Macron/P and Merkel/P said", "Paris", "FRA"))
        .as("names tagged a person's").isEmpty();
  }

  @Test
  void aNameBeforeItsContainerAfterIn() {
    assertThat(within("a floatplane crashes during takeoff near Iliamna in southwest Alaska", "Alaska")).isEqualTo("Iliamna");
    // or after its feature word in apposition
    List<Token> community = tokens("members of the Aboriginal community Mulan in Western Australia");
    assertThat(UNLISTED.within(community, 7, 8, false, "AUS")).isEqualTo("Mulan");
    List<Token> told = tokens("members of the Aboriginal community told Mulan in Western Australia");
    assertThat(UNLISTED.within(told, 8, 9, false, "AUS")).isNull();
  }

  @Test
  void aPlaceTakenOrStruckIsNamedBeforeItsContainer() {
    assertThat(within("M23 rebels briefly capture Kamakombe , Kabare Territory , from the militia", "Kabare Territory"))
        .isEqualTo("Kamakombe");
    assertThat(within("authorities evacuate 110,000 people from Cap Ferret , Gironde , by land and sea", "Gironde"))
        .isEqualTo("Cap Ferret");
    // the innermost of a chain of places, each in the next
    assertThat(within("an earthquake strikes the town of Pumpunya in Chongos Bajo District , Junín .", "Junín"))
        .isEqualTo("Pumpunya");
  }

  @Test
  void aPartOfATownNamedWithItsPossessive() {
    List<Token> ward = tagged("New/L Orleans/L ' Ninth/L Ward/L , which saw as much as 20 feet of water");
    assertThat(UNLISTED.within(ward, 0, 1, true, "USA")).isEqualTo("Ninth Ward");
    // a country's possessive names its people
    List<Token> assad = tagged("Syria/L 's Bashar/L met the envoy");
    assertThat(UNLISTED.within(assad, 0, 0, false, "SYR")).isNull();
    // nor a body of it
    List<Token> ministry = tagged("Puntland/L 's Ministry of Fisheries said");
    assertThat(UNLISTED.within(ministry, 0, 0, false, "SOM")).isNull();
  }

  @Test
  void aNaturalPlaceNamedAsSuchAndAPlaceAnIslandOfNames() {
    assertThat(within("the oil leaks have reached the shore of Al - Qibliyah Island .", "")).isEqualTo("Al-Qibliyah Island");
    List<Token> flores = tokens("an earthquake strikes the coast of the island of Flores in East Nusa Tenggara , Indonesia");
    assertThat(UNLISTED.within(flores, 11, 13, false, "IDN")).isEqualTo("Flores");
  }

  @Test
  void aNameAloneAfterInWhenTaggedALocation() {
    List<Token> office = tagged("a device found in front of Kamrup/L SP/L office in Panbazar/L .");
    assertThat(UNLISTED.within(office, -1, -1, false, "IND")).isEqualTo("Panbazar");
    // "nearby" as a preposition
    List<Token> pipelines = tagged("explosions damaged two crude oil pipelines belonging to OIL , nearby Bhadoipanchali/L .");
    assertThat(UNLISTED.within(pipelines, -1, -1, false, "IND")).isEqualTo("Bhadoipanchali");
    // however far from the town the sentence names first
    List<Token> alert = tagged("red alert in the Guwahati/L city as an explosive timer device was found in front of "
        + "Kamrup/L SP/L office in Panbazar/L .");
    assertThat(UNLISTED.within(alert, 4, 4, true, "IND")).isEqualTo("Panbazar");
    // but far from it, a name the gazetteer has abroad is that place abroad
    List<Token> court = tagged("A court in Stuttgart/L , Germany/L , sentences a Syrian man to life in prison for committing "
        + "alleged war crimes against Sunni Muslims in Busra/L al-Sham/L .");
    assertThat(UNLISTED.within(court, 3, 3, true, "DEU")).isNull();
    // and a name far before it is another clause's
    List<Token> store = tagged("an explosion at a store in Prachachuen/L , while another was planted in a bin at a mall in "
        + "suburban Bangkok/L 's Prawet/L district .");
    assertThat(UNLISTED.within(store, 22, 22, false, "THA")).isNull();
    // untagged, or a world region
    assertThat(UNLISTED.within(tokens("a device found in front of the office in Panbazar ."), -1, -1, false, "IND")).isNull();
    assertThat(UNLISTED.within(tagged("protests spread in Europe/L ."), -1, -1, false, "FRA")).isNull();
  }

  @Test
  void aChainOfPlacesEachInTheNext() {
    List<Token> t = tokens("a route is severed in Israeli attacks in Msayleh , An-Najjariyah , Lebanon .");
    assertThat(UNLISTED.within(t, 12, 12, false, "LBN")).isEqualTo("Msayleh");
  }

  @Test
  void aNameTheGazetteerHasOnlyAbroadIsUnlistedHere() {
    List<Token> t = tokens("a freight train collides with a bus in Triangle , Masvingo , Zimbabwe .");
    assertThat(UNLISTED.within(t, 10, 10, false, null)).isNull(); // known somewhere
    assertThat(UNLISTED.within(t, 10, 10, false, "ZWE")).isEqualTo("Triangle"); // not in Zimbabwe
    // the gazetteer has Orleans as a town in France and a county in Brazil: no county of Canada
    List<Token> county = tokens("a knife attack at a high school in Orléans , Ontario .");
    assertThat(UNLISTED.within(county, 10, 10, false, "CAN")).isEqualTo("Orléans");
    List<Token> school = tokens("a knife attack at Cairine Wilson High School in Orléans , Ontario .");
    assertThat(UNLISTED.within(school, 11, 11, false, "CAN")).as("a landmark is in the place").isEqualTo("Orléans");
    // a capital abroad is that capital, not a place of this country the gazetteer lacks
    assertThat(UNLISTED.within(tagged("Bush said he had talks in New/L Delhi/L ."), -1, -1, false, "PAK")).isNull();
  }

  @Test
  void aLandmarkOrAnotherWayOfWritingAKnownPlaceIsNoUnlistedPlace() {
    List<Token> hotel = tokens("two explosions near Four Seasons Hotel Damascus , Syria");
    assertThat(UNLISTED.within(hotel, 8, 8, false, "SYR")).isNull();
    List<Token> city = tokens("a fire at a massage parlor in Lingbao City , Henan");
    assertThat(UNLISTED.within(city, 10, 10, false, "CHN")).isNull();
    // an upazila the gazetteer locates at its seat is a way of writing the seat
    List<Token> upazila = tokens("a bus collided in Lohagara Upazila , Bangladesh");
    assertThat(UNLISTED.within(upazila, 7, 7, false, "BGD")).isNull();
    // a known word beside a name of its own is no way of writing the known place
    List<Token> own = tokens("explosions heard in Aleppo Zorbanhill , Syria");
    assertThat(UNLISTED.within(own, 6, 6, false, "SYR")).isEqualTo("Aleppo Zorbanhill");
  }

  @Test
  void aFeatureWordMarksANameAsAPlace() {
    assertThat(within("after a house fire in the village of Yuryevka , Omsk Oblast , Russia .", "Omsk Oblast"))
        .isEqualTo("Yuryevka");
    assertThat(within("forces captured the town of Kotkai , the hometown of the Taliban chief .", "")).isEqualTo("Kotkai");
    assertThat(within("stormed a building in Beji village .", "")).isEqualTo("Beji");
    assertThat(within("seize control of al - Rabu’ah , a town in Saudi Arabia 's southwestern Asir region", "Asir"))
        .isEqualTo("al-Rabu’ah");
  }

  @Test
  void aTownHoldsItsPartsNotOtherVillagesOrItsProvince() {
    List<Token> t = tokens("a bomb went off in Zahedan and in Zorbanhill village , in the Sistan - Baluchestan province");
    assertThat(UNLISTED.within(t, 4, 4, true, null)).isNull();
    assertThat(UNLISTED.within(t, 4, 4, false, null)).isEqualTo("Zorbanhill");
    List<Token> quarter = tokens("forces target al - Shaar neighborhood in eastern Aleppo city");
    assertThat(UNLISTED.within(quarter, 7, 7, true, null)).isEqualTo("al-Shaar");
  }

  @Test
  void knownNamesActorsAndMereMentionsAreNoUnlistedPlaces() {
    // the gazetteer knows Paris: the sentence's own place is found without this
    assertThat(within("protests were held in Paris , France .", "France")).isNull();
    // a person before a comma, with no word saying where
    assertThat(within("said Jane Doe , Kuwait 's envoy .", "Kuwait")).isNull();
    // "to" says whither, not where
    assertThat(within("rebels advancing to Kibua , North Kivu .", "North Kivu")).isNull();
    // a bare name after "in", with no comma, container or feature word: too unsure
    assertThat(within("a militant emerging from a tunnel in Ali al-Taher .", "")).isNull();
    // a sentence's first word, a demonym
    assertThat(within("The town of Zorbanhill reports heavy damage", "")).isEqualTo("Zorbanhill");
    assertThat(within("in the South Indian town of Vellore", "Vellore")).isNull();
    // a capitalised feature word belongs to a name ("the City of London")
    assertThat(within("bankers in the City of Zorbanhill said", "")).isNull();
  }

  @Test
  void aVillageNearATownIsBesideItAndCalledByItsName() {
    // a town holds its parts, not villages; but one "near" it is beside it, and named there
    assertThat(UNLISTED.within(tokens("rebels attack the village of Kafr Zoubeir near Hama on Sunday"), 8, 8, true, "SYR"))
        .isEqualTo("Kafr Zoubeir");
    assertThat(UNLISTED.within(tokens("rebels attack Kafr Zoubeir village near Hama"), 6, 6, true, "SYR"))
        .isEqualTo("Kafr Zoubeir");
    assertThat(UNLISTED.within(tokens("gunmen kill 12 in Abu Hamid near Aleppo"), 7, 7, true, "SYR")).isEqualTo("Abu Hamid");
    // no feature word, no locative word: "Kafr Zoubeir" may be a person met near Hama
    assertThat(UNLISTED.within(tokens("rebels meet Kafr Zoubeir near Hama"), 5, 5, true, "SYR")).isNull();
  }

  @Test
  void anArabicNameWithItsArticleAfterInIsAPlaceThoughTaggedAPersons() {
    assertThat(UNLISTED.within(tagged("a militant emerging from a tunnel in Ali/P al/P -/P Taher/P ."), -1, -1, false, "LBN"))
        .isEqualTo("Ali al-Taher");
    // without the article a person's name stays a person's
    assertThat(UNLISTED.within(tagged("talks were held in Ali/P Hassan/P ."), -1, -1, false, "LBN")).isNull();
  }
}
