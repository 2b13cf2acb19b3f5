package org.eventline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Scraped text pages: the seed page end to end, then small pages of other sites. */
class ScrapedTextTest {

  private static Article extract(String name, String text) {
    return ArticleExtractor.extract(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Article seed() throws IOException {
    try (InputStream in = ScrapedTextTest.class.getResourceAsStream("/org/eventline/demo/alwaght-aleppo-2016.txt")) {
      return ArticleExtractor.extract("alwaght-aleppo-2016.txt", in.readAllBytes());
    }
  }

  @Test
  void seedPageGivesItsTitleDatesCreditAndLink() throws IOException {
    Article a = seed();
    assertThat(a.error()).isNull();
    assertThat(a.title()).isEqualTo("Russia, Iran and Hezbollah jointly work to stabilize Syria’s Aleppo");
    assertThat(a.published()).isEqualTo("2016-06-25T16:04");
    assertThat(a.crawled()).isEqualTo("2024-03-29");
    assertThat(a.source()).isEqualTo("Al Waght");
    assertThat(a.author()).isNull();
    assertThat(a.siteStoryId()).isEqualTo("220344");
    assertThat(a.url()).isEqualTo("https://theiranproject.com/vdcee78wejh8wxi.1kbj.html");
    assertThat(a.site()).isEqualTo("theiranproject.com");
  }

  @Test
  void seedBodyHoldsTheParagraphsAndNoBoilerplate() throws IOException {
    Article a = seed();
    assertThat(a.body()).startsWith("Alwaght- The last effort")
        .endsWith("a move carrying positive signals for the Resistance camp.")
        .doesNotContain("Your Name", "Your Email Address", "Story Code", "29 Mar 2024", "By Al Waght",
            "https://theiranproject.com");
    assertThat(a.body().split("\n\n")).hasSize(10);
  }

  @Test
  void aListOfIncidentsUnderAColonIsBodyThoughItsItemsEndNoSentence() {
    Article a = extract("roundup.txt", """
        Bombings kill dozens across Iraq
        April 24, 2005
        Two car bombs in Baghdad killed 15 people beside a mosque on Sunday, police said.

        The attacks were the heaviest since the January elections, officials said.

        Other reports Sunday include:

        30 wounded in car-rigged blast at police station in western Baghdad

        3 insurgents killed when their bomb accidentally exploded south of Baghdad in Mahawil

        No one hurt in explosion near a US patrol in western Baghdad
        Leave a comment:
        Your Name
        Your Email Address
        Post Comment
        """);
    assertThat(a.body()).contains("Other reports Sunday include:", "30 wounded in car-rigged blast",
        "exploded south of Baghdad in Mahawil", "No one hurt in explosion near a US patrol")
        .doesNotContain("Leave a comment", "Your Name", "Your Email Address", "Post Comment");
    Article menu = extract("menu.txt", """
        Talks resume in Muscat
        June 3, 2019
        Omani mediators brought Saudi and Houthi envoys back to the table on Monday, officials said.
        Sections:
        World news
        Middle East
        Business
        """);
    assertThat(menu.body()).as("a menu's items are a word or three").doesNotContain("Sections", "World news");
  }

  @Test
  void sourceCreditAndUsStyleDatesOnAnotherSite() {
    Article a = extract("wire.txt", """
        Talks on Yemen truce resume in Muscat
        June 3, 2019 at 9:15 pm
        Omani mediators brought Saudi and Houthi envoys back to the table on Monday, officials said.

        The two sides last met in April, when talks over prisoner swaps stalled.
        Source: Reuters
        https://www.example-news.net/world/2019/06/03/yemen-talks-resume-481516
        Leave a comment
        Name
        Email
        Post Comment
        """);
    assertThat(a.title()).isEqualTo("Talks on Yemen truce resume in Muscat");
    assertThat(a.published()).isEqualTo("2019-06-03T21:15");
    assertThat(a.crawled()).isNull();
    assertThat(a.source()).isEqualTo("Reuters");
    assertThat(a.site()).isEqualTo("example-news.net");
    assertThat(a.siteStoryId()).isEqualTo("481516");
    assertThat(a.body()).isEqualTo("Omani mediators brought Saudi and Houthi envoys back to the table on Monday, "
        + "officials said.\n\nThe two sides last met in April, when talks over prisoner swaps stalled.");
  }

  @Test
  void bylineAboveTheStoryIsTheAuthor() {
    Article a = extract("daily.txt", """
        Parliament rejects budget after all-night session
        By Leila Haddad
        12/03/2021 08:40
        Lawmakers voted 71 to 40 against the draft budget early on Friday, sending it back to the cabinet.
        """);
    assertThat(a.author()).isEqualTo("Leila Haddad");
    assertThat(a.source()).isNull();
    assertThat(a.published()).isEqualTo("2021-03-12T08:40");
  }

  @Test
  void isoDateWithOffsetKeepsTheOffset() {
    Article a = extract("iso.txt", """
        Ceasefire holds in Idlib
        Published: 2020-03-06T14:30:00+03:00
        Turkish and Russian patrols began along the M4 highway, the defence ministry in Ankara said.
        """);
    assertThat(a.published()).isEqualTo("2020-03-06T14:30+03:00");
  }

  @Test
  void muchLaterDateIsTheCrawlDateWhereverItStands() {
    Article a = extract("late.txt", """
        Sat, 14 Jan 2017
        Election commission confirms runoff date
        The commission said the runoff between the two leading candidates would be held on 5 February.
        Retrieved 2 May 2023
        """);
    assertThat(a.published()).isEqualTo("2017-01-14");
    assertThat(a.crawled()).isEqualTo("2023-05-02");
  }

  @Test
  void unlabelledLaterDateAtTheTopIsTheCrawlDate() {
    Article a = extract("top.txt", """
        05.09.2022

        Monday 12 July 2021 10:00
        News ID: 88123
        Protesters gather outside the ministry
        Hundreds of teachers gathered outside the education ministry to demand unpaid salaries.
        """);
    assertThat(a.crawled()).isEqualTo("2022-09-05");
    assertThat(a.published()).isEqualTo("2021-07-12T10:00");
    assertThat(a.siteStoryId()).isEqualTo("88123");
  }

  @Test
  void loneDateIsThePublicationDate() {
    Article a = extract("one.txt", """
        29 Mar 2024
        Border crossing reopens
        The crossing reopened to trucks carrying aid after a week of closure, the UN said.
        """);
    assertThat(a.published()).isEqualTo("2024-03-29");
    assertThat(a.crawled()).isNull();
  }

  @Test
  void loneSubheadingStaysAndFormLabelsGo() {
    Article a = extract("sub.txt", """
        Aid convoy reaches besieged town
        The first convoy in four months entered the town on Tuesday, the Red Crescent said.
        What comes next
        Officials hope to send a second convoy next week if the truce holds.
        Your Comment
        Send
        """);
    assertThat(a.body().split("\n\n")).containsExactly(
        "The first convoy in four months entered the town on Tuesday, the Red Crescent said.",
        "What comes next",
        "Officials hope to send a second convoy next week if the truce holds.");
  }

  @Test
  void briefsThatCiteTheirSourceInBracketsAreParagraphs() {
    // A current-events digest ends every item with its source: "... killing four. (Reuters)"
    Article a = extract("briefs.txt", """
        Armed conflicts and attacks
        Sudanese civil war
        The Rapid Support Forces shell a displacement camp near El Fasher, killing at least 12 people. (Al Jazeera)
        Insurgency in Balochistan
        Gunmen attack a police checkpoint in Balochistan, killing four officers. (Dawn) (Reuters)
        """);
    assertThat(a.error()).isNull();
    assertThat(a.body().split("\n\n")).containsExactly(
        "The Rapid Support Forces shell a displacement camp near El Fasher, killing at least 12 people. (Al Jazeera)",
        "Insurgency in Balochistan",
        "Gunmen attack a police checkpoint in Balochistan, killing four officers. (Dawn) (Reuters)");
  }

  @Test
  void briefsWhoseFullStopWasLeftOutBeforeTheSourceAreParagraphs() {
    // two items whose editors left out the full stop before the source; a run of them and their labels
    // is no page's tail
    Article a = extract("unstopped.txt", """
        Armed conflicts and attacks

        Nigerian bandit conflict

        One person is killed in a shooting attack by heavily armed bandits in a community in Kwara State, Nigeria. (The Punch)

        Sudanese civil war

        Three people are killed when an airstrike carried out by the RSF hits an aid vehicle in North Kordofan, Sudan (Sudan Tribune)

        Myanmar civil war

        Sixty homes are damaged and three civilians die in airstrikes carried out by the SAC in Chin State, Myanmar (BNI)
        """);
    assertThat(a.body()).contains("in North Kordofan, Sudan (Sudan Tribune)").contains("in Chin State, Myanmar (BNI)");
  }

  @Test
  void briefsBelowARunOfStoryLabelsAreBody() {
    // A digest nests its story labels three deep; the briefs below them are news, not a page's tail
    Article a = extract("nested.txt", """
        Armed conflicts and attacks

        Sudanese civil war

        The Rapid Support Forces shell a displacement camp near El Fasher, killing at least 12 people. (Al Jazeera)

        Middle Eastern crisis

        Gaza war

        Gaza humanitarian crisis

        Israeli strikes on a school sheltering displaced families in Gaza City kill at least 15 people, medics say. (AP)
        """);
    assertThat(a.body()).contains("Israeli strikes on a school sheltering displaced families in Gaza City");
    // labels that open with the year of their story ("2026 Lebanon war") are labels too
    Article years = extract("years.txt", """
        Armed conflicts and attacks

        Gaza war

        An Iranian missile strike hits a residential building in Haifa, Israel, killing two people and injuring nine. (Ynet)

        Israeli–Lebanese conflict

        2026 Lebanon war

        2026 Afghanistan–Pakistan war

        The Taliban claims six Pakistani soldiers are killed in clashes along the Durand Line in Tani District, Afghanistan. (CNN)
        """);
    assertThat(years.body()).contains("clashes along the Durand Line");
    // and the labels stay in the body, nested ones too, for they say what the briefs are about
    assertThat(years.body()).contains("Israeli–Lebanese conflict\n\n2026 Lebanon war\n\n2026 Afghanistan–Pakistan war");
    // a label that joins several titles with commas is a label, however many words it runs to
    Article joined = extract("joined.txt", """
        Armed conflicts and attacks

        Russo-Ukrainian war

        A Russian drone strike on a bus in Kherson kills two passengers and wounds eleven others, officials say. (Reuters)

        Russia–NATO relations

        Estonia–Russia relations, Violations of non-combatant airspaces during the Russian invasion of Ukraine

        Drone incidents

        Estonia says three Russian fighter jets entered its airspace over the Gulf of Finland for twelve minutes. (BBC News)
        """);
    assertThat(joined.body()).contains("three Russian fighter jets entered its airspace");
    // a tail of menu and form lines still ends the body, whatever long paragraph follows
    Article tail = extract("tail.txt", """
        Mortars hit a market

        Mortar shells struck a crowded market in the centre of the city on Sunday, killing at least nine people, officials said.

        Related Articles

        Share on Facebook

        Your Name

        Your Email Address

        The views expressed in this article are the author's own and do not necessarily reflect the editorial policy of this site.
        """);
    assertThat(tail.body()).doesNotContain("views expressed");
  }

  @Test
  void anInterviewsShortQuestionsAndAnswersAreBody() {
    Article a = extract("interview.txt", """
        A chess master talks to us

        The Iranian federation banned the two players from its national team in February, officials said.

        Which time control do you prefer?

        Standard.

        How do you prepare?

        With friends.

        Do you play online?

        Sometimes, at night.

        In a tournament in Moscow she chose not to wear a hijab, and the federation banned her too.
        """);
    assertThat(a.body()).contains("federation banned her too").contains("Which time control do you prefer?");
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    Article a = extract("wrapped.txt", """
        Navy seizes tanker in the Gulf

        The navy seized a foreign tanker in the Gulf on Sunday, accusing it of
        smuggling fuel, state media reported.
        """);
    assertThat(a.body()).isEqualTo(
        "The navy seized a foreign tanker in the Gulf on Sunday, accusing it of smuggling fuel, state media reported.");
  }

  @Test
  void textWithoutParagraphsHasAnEmptyBodyAndAReason() {
    Article a = extract("menu.txt", "Home\nWorld\nPolitics\nContact us\n");
    assertThat(a.body()).isEmpty();
    assertThat(a.error()).isEqualTo(
        "page menu.txt: no article text (no line reads as a paragraph: 8+ words ending a sentence)");
  }
}
