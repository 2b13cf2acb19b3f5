package org.eventline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.defaults();

  @Test
  void largerCityWinsWithoutFocus() {
    Place p = G.resolve("Damascus", Focus.none(), false);
    assertThat(p.country()).isEqualTo("SYR");
    assertThat(p.geonamesId()).isEqualTo(170654L);
  }

  @Test
  void aTransliterationHasTheSameSkeletonAsGeoNamesSpelling() {
    // "ei" and "ay", "o" and "aw", "ou" and "u" write the same Arabic sounds; other names stay apart
    assertThat(Names.skeleton(Names.key("Beit Hanoun"))).isEqualTo(Names.skeleton(Names.key("Bayt Hanun")));
    assertThat(Names.skeleton(Names.key("Deir ez-Zor"))).isEqualTo(Names.skeleton(Names.key("Dayr az-Zawr")));
    assertThat(Names.skeleton(Names.key("Kiryat Shmona"))).isEqualTo(Names.skeleton(Names.key("Qiryat Shemona")));
    assertThat(Names.skeleton(Names.key("Mayon"))).isNotEqualTo(Names.skeleton(Names.key("Megion")));
    assertThat(Names.skeleton(Names.key("Yemen"))).as("a word's first y is a consonant").isNotEqualTo(Names.skeleton(Names.key("Emen")));
  }

  @Test
  void congoAloneIsTheDemocraticRepublic() {
    assertThat(G.resolve("Congo", Focus.none(), false).country()).isEqualTo("COD");
    assertThat(G.resolve("Republic of Congo", Focus.none(), false).country()).isEqualTo("COG");
    assertThat(G.resolve("Republic of the Congo", Focus.none(), false).country()).isEqualTo("COG");
  }

  @Test
  void namesakeRegionsAreToldApartByTheirPeople() {
    Place florida = G.resolve("Florida", Focus.none(), false);
    assertThat(florida.kind()).isEqualTo("region");
    assertThat(florida.country()).as("the US state, not the Puerto Rican municipality").isEqualTo("USA");
    assertThat(G.resolve("Santa Catarina", Focus.none().withCountry("BRA", 1), false).kind()).isEqualTo("region");
    assertThat(G.resolve("Florida", Focus.none().withCountry("PRI", 3), false).country()).isEqualTo("PRI");
  }

  @Test
  void aLocalityAnswersOnlyInAnArticleAboutItsCountry() {
    // Catuji, a Brazilian municipality cities500 lacks, comes from the localities file, and only in
    // an article that names Brazil: a name with nothing known of it but its point is no place elsewhere
    Place catuji = G.resolve("Catuji", Focus.none().withCountry("BRA", 1), false);
    assertThat(catuji.country()).isEqualTo("BRA");
    assertThat(catuji.kind()).isEqualTo("locality");
    assertThat(G.resolve("Catuji", Focus.none(), false)).isNull();
    assertThat(G.resolve("Catuji", Focus.none().withCountry("PRT", 1), false)).isNull();
    // so too a place name of the postal-code files: Bad Friedrichshall, Germany
    assertThat(G.resolve("Bad Friedrichshall", Focus.none().withCountry("DEU", 1), false).kind()).isEqualTo("locality");
    // Sunderland, Jamaica, is a locality too; the English city keeps the name unless Jamaica is the focus
    assertThat(G.resolve("Sunderland", Focus.none(), false).country()).isEqualTo("GBR");
    assertThat(G.resolve("Sunderland", Focus.none().withCountry("JAM", 3), false).country()).isEqualTo("JAM");
  }

  @Test
  void focusCountryBeatsLargerCity() {
    assertThat(G.resolve("Tripoli", Focus.none(), false).country()).isEqualTo("LBY");
    assertThat(G.resolve("Tripoli", Focus.none().withCountry("LBN", 3), false).country()).isEqualTo("LBN");
  }

  @Test
  void cityBeatsRegionOfTheSameNameUnlessProvinceIsSaid() {
    assertThat(G.resolve("Aleppo", Focus.none(), false).kind()).isEqualTo("city");
    Place province = G.resolve("Aleppo", Focus.none(), true);
    assertThat(province.kind()).isEqualTo("region");
    assertThat(province.country()).isEqualTo("SYR");
  }

  @Test
  void aDivisionWrittenWithItsKindInGeoNamesIsFoundByItsNameAlone() {
    Place zambales = G.resolve("Zambales", Focus.none(), false);
    assertThat(zambales.kind()).isEqualTo("county");
    assertThat(zambales.country()).isEqualTo("PHL");
    assertThat(G.resolve("Temanggung Regency", Focus.none(), false).kind()).as("GeoNames: Kabupaten Temanggung")
        .isEqualTo("county");
  }

  @Test
  void demonymsAndCountryNamesGiveTheCountryCentroid() {
    Place syrian = G.resolve("Syrian", Focus.none(), false);
    assertThat(syrian.kind()).isEqualTo("country");
    assertThat(syrian.name()).isEqualTo("Syria");
    assertThat(G.isDemonym("Syrian")).isTrue();
    assertThat(G.resolve("Jordan", Focus.none(), false).kind()).isEqualTo("country");
  }

  @Test
  void conflictRegionsGoByTheNamesNewsGivesThem() {
    // Natural Earth's "Baluchistan" region lies mostly in Iran; news means Pakistan's province.
    assertThat(G.resolve("Baluchistan", Focus.none(), false).country()).isEqualTo("PAK");
    assertThat(G.resolve("NWFP", Focus.none(), false).name()).isEqualTo("North-West Frontier Province");
    assertThat(G.resolve("Donbass", Focus.none(), false).country()).isEqualTo("UKR");
    assertThat(G.resolve("Nagorno-Karabakh", Focus.none(), false).country()).isEqualTo("AZE");
    assertThat(G.resolve("North Darfur", Focus.none(), false).country()).isEqualTo("SDN");
    // A town of 16,000 that cities500 leaves out for want of a population figure.
    assertThat(G.resolve("Pichilemu", Focus.none(), false).country()).isEqualTo("CHL");
  }

  @Test
  void aDemonymADependencySharesNamesTheIndependentCountry() {
    assertThat(G.resolve("French", Focus.none(), false).country()).isEqualTo("FRA");
    assertThat(G.resolve("American", Focus.none(), false).country()).isEqualTo("USA");
    assertThat(G.resolve("Dutch", Focus.none(), false).country()).isEqualTo("NLD");
    assertThat(G.resolve("Dominican", Focus.none(), false).country()).isEqualTo("DOM");
  }

  @Test
  void accentsApostrophesAndTheArabicArticleAreFolded() {
    assertThat(G.resolve("Raqqa", Focus.none(), false).country()).isEqualTo("SYR");
    assertThat(G.resolve("al-Raqqah", Focus.none(), false).country()).isEqualTo("SYR");
    assertThat(G.resolve("Tehran", Focus.none(), false).country()).isEqualTo("IRN");
    assertThat(G.resolve("Téhéran", Focus.none(), false).country()).isEqualTo("IRN");
  }

  @Test
  void supplementKnowsVillagesTheCitiesExtractLacks() {
    Place p = G.resolve("Khan Tuman", Focus.none(), false);
    assertThat(p.name()).isEqualTo("Khan Touman");
    assertThat(p.country()).isEqualTo("SYR");
    assertThat(Geocoder.km(p.lat(), p.lon(), 36.2012, 37.1612)).isBetween(5.0, 25.0);
    Place karrada = G.resolve("Karradah", Focus.none(), false);
    assertThat(karrada.name()).as("a Baghdad district, by another spelling").isEqualTo("Karrada");
    assertThat(Geocoder.km(karrada.lat(), karrada.lon(), 33.3406, 44.4009)).as("from Baghdad's point").isLessThan(10.0);
  }

  @Test
  void locateKeepsToTheGivenCountry() {
    Place p = G.locate("Damascus", "USA");
    assertThat(p.country()).isEqualTo("USA");
    assertThat(G.locate("Nowhereville", "SYR")).isNull();
  }

  @Test
  void regionOfTheArticlesCountryBeatsACountryNamedInPassing() {
    Place state = G.resolve("Georgia", Focus.none().withCountry("USA", 20).withCountry("GEO", 1), false);
    assertThat(state.country()).isEqualTo("USA");
    assertThat(state.kind()).isEqualTo("region");
    assertThat(G.resolve("Georgia", Focus.none(), false).country()).isEqualTo("GEO");
    assertThat(G.resolve("Georgia", Focus.none().withCountry("USA", 5).withCountry("GEO", 3), false).country())
        .isEqualTo("GEO");
  }

  @Test
  void regionBeatsAForeignTownOfItsName() {
    Place crete = G.resolve("Crete", Focus.none().withCountry("GRC", 2).withCountry("TUR", 2), false);
    assertThat(crete.country()).isEqualTo("GRC");
    assertThat(crete.kind()).isEqualTo("region");
  }

  @Test
  void landmarkIsLocatedAtTheCityItIsNamedAfterNotAtAVillage() {
    Place station = G.locate("Baghdad Central Station", "IRQ");
    assertThat(station.name()).isEqualTo("Baghdad");
    assertThat(station.kind()).isEqualTo("city");
    assertThat(G.locate("Freedom Plaza", "USA")).isNull();
    assertThat(G.locate("Baghdad Lane Qqq", "IRQ")).isNull(); // no landmark word at the end
    // a district the gazetteer lacks as a division is at its seat of the same name
    assertThat(G.locate("Kanker district", "IND").name()).isEqualTo("Kānker");
    assertThat(G.locate("Nowhereville Territory", "COD")).isNull();
    // the local divisions of South Asia, Ethiopia, Ukraine and Haiti, at their seats
    assertThat(G.locate("Lohagara Upazila", "BGD").name()).isEqualTo("Lohagara");
    assertThat(G.locate("Port-au-Prince Arrondissement", "HTI").name()).isEqualTo("Port-au-Prince");
  }

  @Test
  void placeIsInTheRegionThatHoldsItsAdmin1Code() {
    Place milwaukee = G.resolve("Milwaukee", Focus.none().withCountry("USA", 1), false);
    assertThat(G.inRegion(milwaukee, "Wisconsin", "USA")).isTrue();
    assertThat(G.inRegion(milwaukee, "Texas", "USA")).isFalse();
    assertThat(G.inRegion(G.resolve("Wisconsin", Focus.none(), true), "Wisconsin", "USA")).isTrue();
    assertThat(G.inRegion(G.country("USA"), "Wisconsin", "USA")).isFalse();
  }

  @Test
  void airportsAreKnownByTheirNamesWithOrWithoutInternational() {
    Place p = G.resolve("Baghdad International Airport", Focus.none(), false);
    assertThat(p.kind()).isEqualTo("airport");
    assertThat(p.country()).isEqualTo("IRQ");
    assertThat(G.resolve("Baghdad Airport", Focus.none(), false).name()).isEqualTo(p.name());
    Place city = G.resolve("Baghdad", Focus.none(), false);
    assertThat(Geocoder.km(p.lat(), p.lon(), city.lat(), city.lon())).isBetween(10.0, 25.0);
  }

  @Test
  void regionBeatsATownOfItsNameInTheSameCountry() {
    Place state = G.resolve("California", Focus.none().withCountry("USA", 3), false);
    assertThat(state.kind()).isEqualTo("region");
    assertThat(state.country()).isEqualTo("USA");
  }

  @Test
  void countyOfTheArticlesCountryBeatsAForeignCityOfItsName() {
    Place county = G.resolve("Norfolk", Focus.none().withCountry("GBR", 4), false);
    assertThat(county.kind()).isEqualTo("county");
    assertThat(county.country()).isEqualTo("GBR");
    Place norwich = G.resolve("Norwich", Focus.none().withCountry("GBR", 1), false);
    assertThat(Geocoder.km(county.lat(), county.lon(), norwich.lat(), norwich.lon())).as("put at its seat").isLessThan(5.0);
    assertThat(G.resolve("Norfolk", Focus.none(), false).country()).isEqualTo("USA");
  }

  @Test
  void countiesAreKnownByTheirFullNames() {
    Place county = G.resolve("Yellowstone County", Focus.none(), false);
    assertThat(county.kind()).isEqualTo("county");
    assertThat(county.country()).isEqualTo("USA");
    Place billings = G.resolve("Billings", Focus.none().withCountry("USA", 1), false);
    assertThat(Geocoder.km(county.lat(), county.lon(), billings.lat(), billings.lon())).isLessThan(5.0);
  }

  @Test
  void cityBeatsTheCountyOfItsNameUnlessProvinceIsSaid() {
    Focus italy = Focus.none().withCountry("ITA", 2);
    assertThat(G.resolve("Palermo", italy, false).kind()).isEqualTo("city");
    assertThat(G.resolve("Palermo", italy, true).kind()).isEqualTo("county");
  }

  @Test
  void landmarkNameIsNoTownOfThatNameNorAnotherNameOfAPlace() {
    Focus usa = Focus.none().withCountry("USA", 5);
    // White House, Tennessee is a town; Fallston, Maryland and Casablanca have it as another name.
    assertThat(G.resolve("White House", usa, false)).isNull();
    assertThat(G.knows("White House")).isFalse();
    assertThat(G.resolve("Whitehouse", usa, false)).as("no landmark word: the town's other name still counts").isNotNull();
    assertThat(G.resolve("College Station", usa, false).kind()).as("a city of that very name").isEqualTo("city");
    assertThat(G.resolve("Hyde Park", Focus.none().withCountry("GBR", 2), false).country()).isEqualTo("GBR");
  }

  @Test
  void theIsNoTitleOfAPaperBeforePlacesWrittenWithIt() {
    assertThat(G.goesWithThe("Hague")).isTrue();
    assertThat(G.goesWithThe("Gambia")).isTrue();
    assertThat(G.goesWithThe("Atlantic")).isFalse();
  }

  @Test
  void regionByItsOwnNameBeatsSmallTownsWhateverTheFocus() {
    Focus usa = Focus.none().withCountry("USA", 5);
    Place england = G.resolve("England", usa, false);
    assertThat(england.country()).as("not England, Arkansas").isEqualTo("GBR");
    assertThat(england.kind()).isEqualTo("region");
    // A small city that has the name only as another name loses too.
    Place nebraska = G.resolve("Nebraska", usa, false);
    assertThat(nebraska.kind()).isEqualTo("region");
    assertThat(nebraska.name()).isEqualTo("Nebraska");
    // A city called so by its own name, in the country the article is mostly about, keeps its rank.
    Place victoria = G.resolve("Victoria", usa, false);
    assertThat(victoria.country()).isEqualTo("USA");
    assertThat(victoria.kind()).isEqualTo("city");
    assertThat(G.resolve("Victoria", Focus.none().withCountry("AUS", 5), false).kind()).isEqualTo("region");
    // but not against a region of its own country: "Nevada" is the state, not Nevada, Iowa, a county
    // seat, even in news that names Iowa
    Place nevada = G.resolve("Nevada", usa.withRegion("US.IA"), false);
    assertThat(nevada.kind()).isEqualTo("region");
    assertThat(nevada.name()).isEqualTo("Nevada");
  }

  @Test
  void americaIsTheUnitedStatesNotADutchVillage() {
    Place america = G.resolve("America", Focus.none(), false);
    assertThat(america.kind()).isEqualTo("country");
    assertThat(america.country()).isEqualTo("USA");
  }

  @Test
  void aNameWrittenWithThePlaceItLiesInResolvesInsideIt() {
    GazetteerEntry[] paris = G.within("Paris", false, "Texas", false, Focus.none().withCountry("FRA", 5));
    assertThat(paris[0].country()).isEqualTo("USA");
    assertThat(paris[1].kind()).isEqualTo("region");
    assertThat(G.within("Oxfordshire", false, "England", false, Focus.none().withCountry("USA", 5))[0].country())
        .isEqualTo("GBR");
    assertThat(G.within("Paris", false, "Japan", false, Focus.none())).as("no Paris lies in Japan").isNull();
  }

  @Test
  void islandGroupsAndAreasSplitByCompassAreTheirDivisions() {
    Place abaco = G.resolve("Abaco Islands", Focus.none(), false);
    assertThat(abaco.country()).isEqualTo("BHS");
    assertThat(abaco.name()).as("the central division first").isEqualTo("Central Abaco");
    Place grandBahama = G.resolve("Grand Bahama", Focus.none(), false);
    assertThat(grandBahama.country()).isEqualTo("BHS");
    assertThat(grandBahama.kind()).isEqualTo("region");
    assertThat(G.resolve("Darfur", Focus.none(), false).country()).isEqualTo("SDN");
    // One of two groups a region is named after ("Andaman and Nicobar") is that region.
    Place andaman = G.resolve("Andaman Islands", Focus.none(), false);
    assertThat(andaman.country()).isEqualTo("IND");
    assertThat(andaman.kind()).isEqualTo("region");
    assertThat(G.resolve("Nicobar Islands", Focus.none(), false).country()).isEqualTo("IND");
    // Only divisions: "Freedom" is a US village, and "Freedom Islands" is no place.
    assertThat(G.knows("Freedom")).isTrue();
    assertThat(G.resolve("Freedom Islands", Focus.none(), false)).isNull();
  }

  @Test
  void aPlaceCalledSoOnlyByAnotherNameRanksBelowOneOfThatOwnName() {
    // GeoNames gives Floridablanca, Colombia (267,000 people) "Florida" among its other names
    Place florida = G.resolve("Florida", Focus.none(), false);
    assertThat(florida.country()).isNotEqualTo("COL");
    assertThat(florida.kind()).isEqualTo("region");
    assertThat(G.resolve("Florida", Focus.none().withCountry("USA", 1), false).country()).isEqualTo("USA");
    // and Giza "Gizo": the Solomon Islands town is meant in news that names the Solomon Islands
    assertThat(G.resolve("Gizo", Focus.none().withCountry("SLB", 1), false).country()).isEqualTo("SLB");
    // a place of the article's country keeps its other names ("Gizeh" in news about Egypt)
    assertThat(G.resolve("Gizeh", Focus.none().withCountry("EGY", 1), false).name()).isEqualTo("Giza");
  }

  @Test
  void aDivisionWrittenWithTheWordForItsKindIsThatDivision() {
    Place prefecture = G.resolve("Shizuoka Prefecture", Focus.none(), false);
    assertThat(prefecture.kind()).isEqualTo("region");
    assertThat(prefecture.country()).isEqualTo("JPN");
    assertThat(G.locate("Shizuoka Prefecture", "JPN")).isNotNull();
    assertThat(G.resolve("Qarrowville Prefecture", Focus.none(), false)).as("no division of that name").isNull();
    // gold written with the word for its kind in front, as English writes Spanish and Italian provinces
    Place province = G.locate("Province of Ávila", "ESP");
    assertThat(province.name()).isEqualTo("Provincia de Ávila");
    assertThat(G.locate("Province of Qarrowville", "ESP")).isNull();
  }

  @Test
  void aBayIsLocatedAtTheCityItIsNamedAfter() {
    Place bay = G.locate("Tsuruga Bay", "JPN");
    assertThat(bay.name()).isEqualTo("Tsuruga");
    assertThat(bay.kind()).isEqualTo("city");
  }

  @Test
  void supplementKnowsTownsCitiesFiveHundredLacksOrMerged() {
    assertThat(G.resolve("Munda", Focus.none().withCountry("SLB", 2), false).country()).isEqualTo("SLB");
    assertThat(G.locate("Hamaoka", "JPN")).isNotNull();
  }

  @Test
  void supplementKnowsConflictPlacesOfItsFourthList() {
    assertThat(G.resolve("Datta Khel", Focus.none().withCountry("PAK", 2), false).country()).isEqualTo("PAK");
    assertThat(G.resolve("Moadamiyeh", Focus.none(), false).name()).isEqualTo("Muadamiyat al-Sham");
    assertThat(G.resolve("Ain al-Asad Air Base", Focus.none(), false).kind()).isEqualTo("base");
    // a place named the way news spells it, where GeoNames has "Māri‘"
    assertThat(G.resolve("Marea", Focus.none().withCountry("SYR", 2), false).country()).isEqualTo("SYR");
  }

  @Test
  void supplementKnowsPlacesOfNewsOf2025() {
    // GeoNames has only a Venezuelan municipality, a Swiss canton and a Polish town of these names
    assertThat(G.resolve("Catatumbo", Focus.none().withCountry("COL", 2), false).country()).isEqualTo("COL");
    assertThat(G.resolve("Uri", Focus.none().withCountry("IND", 2), false).country()).isEqualTo("IND");
    assertThat(G.resolve("Morag", Focus.none().withCountry("PSE", 2), false).country()).isEqualTo("PSE");
    assertThat(G.resolve("Shahid Rajaee Port", Focus.none(), false).kind()).isEqualTo("base");
    // the spelling with a hyphen, at GeoNames' Pétionville
    assertThat(G.resolve("Pétion-Ville", Focus.none(), false).country()).isEqualTo("HTI");
  }

  @Test
  void supplementKnowsInformalRegionsNewsNames() {
    // regions news names that GeoNames has no division for: an area at a town of it, not its state's capital
    assertThat(G.resolve("Mid North Coast", Focus.none(), false).kind()).isEqualTo("area");
    assertThat(G.resolve("Mid North Coast", Focus.none(), false).country()).isEqualTo("AUS");
    assertThat(G.resolve("South Florida", Focus.none(), false).lat()).isLessThan(27.0);
    assertThat(G.resolve("Texas Hill Country", Focus.none(), false).country()).isEqualTo("USA");
  }

  @Test
  void supplementKnowsRussianRegionsByTheNamesNewsGivesThem() {
    // GeoNames writes "Udmurtiya Republic", "Tatarstan Republic", "Stavropol Kray": news "Udmurtia",
    // "the Udmurt Republic", "Tatarstan", "Stavropol Krai"; each is GeoNames' region, by its admin1 code
    assertThat(G.best("Udmurt Republic", Focus.none(), false).admin1()).isEqualTo("RU.80");
    assertThat(G.best("Udmurtia", Focus.none(), false).admin1()).isEqualTo("RU.80");
    assertThat(G.best("Tatarstan", Focus.none(), false).admin1()).isEqualTo("RU.73");
    assertThat(G.best("Stavropol Krai", Focus.none(), false).admin1()).isEqualTo("RU.70");
    assertThat(G.resolve("Yakutia", Focus.none(), false).kind()).isEqualTo("region");
  }

  @Test
  void supplementKnowsConflictRegionsByTheNamesNewsGivesThem() {
    // GeoNames: "Muhafazat Hadramaout", "Lower Shabeelle", "Salah ad Din", "Sistan and Baluchestan", "Kayin State"
    assertThat(G.best("Hadhramaut", Focus.none(), true).admin1()).isEqualTo("YE.04");
    assertThat(G.best("Lower Shabelle", Focus.none(), true).admin1()).isEqualTo("SO.14");
    assertThat(G.best("Salahuddin", Focus.none(), true).admin1()).isEqualTo("IQ.18");
    assertThat(G.best("Sistan and Baluchistan", Focus.none(), true).admin1()).isEqualTo("IR.04");
    assertThat(G.best("Karen State", Focus.none(), true).admin1()).isEqualTo("MM.05");
    // "Karen", a given name, is not made a name of the state
    GazetteerEntry karen = G.best("Karen", Focus.none(), false);
    assertThat(karen == null ? null : karen.admin1()).isNotEqualTo("MM.05");
  }

  @Test
  void aValleyPlainOrPeninsulaTheGazetteerLacksIsTheDivisionNamedAfterIt() {
    assertThat(G.best("Swat Valley", Focus.none(), false).admin1()).isEqualTo("PK.03");
    assertThat(G.resolve("Bekaa Valley", Focus.none(), false).country()).isEqualTo("LBN");
    assertThat(G.resolve("Nineveh Plains", Focus.none(), false).country()).isEqualTo("IRQ");
    assertThat(G.resolve("Sinai Peninsula", Focus.none(), false).country()).isEqualTo("EGY");
    // a country's name is no division's: not Jordán, Colombia
    assertThat(G.resolve("Jordan Valley", Focus.none(), false)).isNull();
    // the supplement has the regions and valleys GeoNames has no feature of
    assertThat(G.resolve("Upper Galilee", Focus.none(), false).country()).isEqualTo("ISR");
    assertThat(G.resolve("Tirah Valley", Focus.none(), false).country()).isEqualTo("PAK");
  }

  @Test
  void theWordForAMoundIsFoundHoweverItIsSpelt() {
    // GeoNames: "Tall Abyaḑ"; news: "Tel Abyad", "Tell Abyad"
    assertThat(G.resolve("Tel Abyad", Focus.none(), false).country()).isEqualTo("SYR");
    assertThat(G.resolve("Tell Abyad", Focus.none(), false).country()).isEqualTo("SYR");
    // a name the gazetteer has as written keeps it
    assertThat(G.resolve("Tel Aviv", Focus.none(), false).country()).isEqualTo("ISR");
  }

  @Test
  void otherArabicOpeningWordsAreFoundHoweverTheyAreSpelt() {
    // GeoNames: "Dayr Qiddīs"; news: "Deir Qiddis" (a name no other file has, so that the spelling is what finds it)
    Place deir = G.resolve("Deir Qiddis", Focus.none(), false);
    assertThat(deir.country()).isEqualTo("PSE");
    assertThat(deir.name()).isEqualTo("Dayr Qiddīs");
  }

  @Test
  void anEndingTransliteratedTheOtherWayIsFound() {
    // GeoNames: "Yevpatoriya"; news: "Yevpatoria"
    Place yevpatoria = G.resolve("Yevpatoria", Focus.none(), false);
    assertThat(yevpatoria.country()).isEqualTo("UKR");
    assertThat(yevpatoria.kind()).isEqualTo("city");
    // GeoNames: "Al Lubban ash Sharqīyah", "Il’skiy"; news: "Al-Lubban ash-Sharqiya", "Ilsky"
    assertThat(G.resolve("Al-Lubban ash-Sharqiya", Focus.none(), false).name()).isEqualTo("Al Lubban ash Sharqīyah");
    Place ilsky = G.resolve("Ilsky", Focus.none(), false);
    assertThat(ilsky.country()).isEqualTo("RUS");
    assertThat(ilsky.name()).isEqualTo("Il’skiy");
  }

  @Test
  void demonymsNewsUsesResolveToTheirCountry() {
    // adjectives world-countries lacks: "Philippine" (only "Filipino"), "Kazakh" (only "Kazakhstani"),
    // and "Welsh", which would otherwise be Welsh, Louisiana
    assertThat(G.resolve("Philippine", Focus.none(), false).country()).isEqualTo("PHL");
    assertThat(G.resolve("Kazakh", Focus.none(), false).country()).isEqualTo("KAZ");
    Place welsh = G.resolve("Welsh", Focus.none(), false);
    assertThat(welsh.country()).isEqualTo("GBR");
    assertThat(welsh.kind()).isEqualTo("country");
    assertThat(G.isDemonym("Philippine")).isTrue();
  }

  @Test
  void aDivisionCalledSoIsTheRegion() {
    // the Gambia's regions were "divisions": "the North Bank Division" is GeoNames' "North Bank"
    Place northBank = G.resolve("North Bank Division", Focus.none(), false);
    assertThat(northBank.country()).isEqualTo("GMB");
    assertThat(northBank.kind()).isEqualTo("region");
    // an army's division is no region
    assertThat(G.resolve("Airborne Division", Focus.none(), false)).isNull();
  }

  @Test
  void aSovietStyleDistrictIsItsSeat() {
    // GeoNames has no Russian districts; "Shilovsky District" is named after its seat, Shilovo
    Place shilovsky = G.resolve("Shilovsky District", Focus.none().withCountry("RUS", 1), false);
    assertThat(shilovsky.name()).isEqualTo("Shilovo");
    assertThat(shilovsky.country()).isEqualTo("RUS");
    // "Bakhmutsky Raion" of Bakhmut, "Volnovakhsky District" of Volnovakha, in Ukraine
    assertThat(G.resolve("Bakhmutsky Raion", Focus.none(), false).name()).isEqualTo("Bakhmut");
    assertThat(G.resolve("Volnovakhsky District", Focus.none(), false).name()).isEqualTo("Volnovakha");
    // only in the former Soviet republics: a Polish "-ski" district is no town's adjective here
    assertThat(G.resolve("Krakowski District", Focus.none(), false)).isNull();
  }

  @Test
  void anArticleSpreadOverManyCountriesDoesNotTurnRomeIntoItsNamesakes() {
    // Protests in thirty cities: the US and Iraq named most, no country more than half, New York named.
    Focus spread = new Focus(Map.of("USA", 46, "IRQ", 37, "AUS", 10, "GRC", 6, "CAN", 6, "ITA", 4), Set.of("US.NY"));
    assertThat(G.resolve("Rome", spread, false).country()).isEqualTo("ITA");
    assertThat(G.resolve("Athens", spread, false).country()).isEqualTo("GRC");
    assertThat(G.resolve("Sydney", spread, false).country()).isEqualTo("AUS");
    // An article mostly about the US, naming New York state, means Rome, New York.
    Focus american = new Focus(Map.of("USA", 20, "ITA", 1), Set.of("US.NY"));
    assertThat(G.resolve("Rome", american, false).country()).isEqualTo("USA");
  }

  @Test
  void aCuratedVillageOfTheArticlesCountriesBeatsALargerPlaceKnownByTheNameOnlyAsAnotherName() {
    Focus lebanonWar = new Focus(Map.of("ISR", 21, "LBN", 16, "USA", 4, "GBR", 4, "EGY", 2), Set.of());
    assertThat(G.resolve("Qana", lebanonWar, false).country()).as("not Qinā, Egypt").isEqualTo("LBN");
  }

  @Test
  void naturalFeaturesFromNaturalEarthResolveWithoutFocus() {
    Place borneo = G.resolve("Borneo", Focus.none(), false);
    assertThat(borneo.kind()).isEqualTo("island");
    assertThat(borneo.country()).as("the country of the island's middle").isEqualTo("IDN");
    Place kamchatka = G.resolve("Kamchatka Peninsula", Focus.none(), false);
    assertThat(kamchatka.kind()).isEqualTo("area");
    assertThat(kamchatka.country()).isEqualTo("RUS");
    Place gobi = G.resolve("Gobi Desert", Focus.none(), false);
    assertThat(gobi.kind()).isEqualTo("area");
    assertThat(gobi.country()).isEqualTo("MNG");
    assertThat(G.resolve("Gobi", Focus.none(), false).country()).as("the short form").isEqualTo("MNG");
  }

  @Test
  void aNaturalFeatureDoesNotShadowTheCityOfItsName() {
    Place newBritain = G.resolve("New Britain", Focus.none(), false);
    assertThat(newBritain.country()).as("the Connecticut city, not Papua New Guinea's island").isEqualTo("USA");
    assertThat(newBritain.kind()).isEqualTo("city");
    Place saoTome = G.resolve("São Tomé", Focus.none(), false);
    assertThat(saoTome.kind()).as("the capital, not the island").isEqualTo("city");
  }

  @Test
  void aCityHoldsWhatLiesInItsAreaAndIsFarSmallerNotItsNeighbours() {
    GazetteerEntry aleppo = new GazetteerEntry(170063, "Aleppo", "SYR", 36.2021, 37.1343, "city", "SY.09", 1_602_264, false);
    GazetteerEntry khanTouman = new GazetteerEntry(0, "Khan Touman", "SYR", 36.12, 37.05, "village", "SY.09", 0, true);
    assertThat(aleppo.contains(khanTouman)).isTrue();
    GazetteerEntry jabalia = new GazetteerEntry(281129, "Jabalia", "PSE", 31.5272, 34.4835, "city", "PS.GZ", 168_568, false);
    GazetteerEntry nuseirat = new GazetteerEntry(281109, "Nuseirat", "PSE", 31.4486, 34.3925, "city", "PS.GZ", 36_123, false);
    GazetteerEntry mawasi = new GazetteerEntry(0, "Al-Mawasi", "PSE", 31.35, 34.25, "district", "PS.GZ", 0, true);
    // 12 km off with a fifth of its people: a neighbouring town; 30 km off: beyond a city of 170,000
    assertThat(jabalia.contains(nuseirat)).isFalse();
    assertThat(jabalia.contains(mawasi)).isFalse();
    GazetteerEntry khanYunis = new GazetteerEntry(281124, "Khan Yunis", "PSE", 31.3402, 34.3063, "city", "PS.GZ", 173_183, false);
    assertThat(khanYunis.contains(mawasi)).isTrue();
  }
}
