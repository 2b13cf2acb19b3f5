package org.eventline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {
  private static final String STORY = """
      <p>Iranian and Iraqi officials met in Baghdad on Sunday to discuss border security, water sharing,
      and the return of displaced families, the foreign ministry said in a statement.</p>
      <p>The talks, the third round this year, ended with a pledge to open two more crossings before
      the Arbaeen pilgrimage, when millions travel between the two countries.</p>
      """;

  private static Article extract(String html) {
    return ArticleExtractor.extract("page.html", html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void jsonLdGivesHeadlineDateAuthorAndPublisher() {
    Article a = extract("""
        <html lang="en"><head><title>Other | Site</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Gulf Wire"},
          {"@type":"NewsArticle","headline":"Iran and Iraq agree to open border crossings",
           "datePublished":"2023-08-20T09:30:00+03:30","author":[{"@type":"Person","name":"Sara Karimi"}],
           "publisher":{"@type":"Organization","name":"Gulf Wire"}}]}</script>
        </head><body><article>%s</article></body></html>""".formatted(STORY));
    assertThat(a.title()).isEqualTo("Iran and Iraq agree to open border crossings");
    assertThat(a.published()).isEqualTo("2023-08-20T09:30+03:30");
    assertThat(a.author()).isEqualTo("Sara Karimi");
    assertThat(a.site()).isEqualTo("Gulf Wire");
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void openGraphAndMetaTagsFillTheRest() {
    Article a = extract("""
        <html><head>
        <meta property="og:title" content="Iran and Iraq agree to open border crossings | Gulf Wire">
        <meta property="og:site_name" content="Gulf Wire">
        <meta property="og:url" content="https://www.gulfwire.example/news/2023/08/20/iran-iraq-border-771234">
        <meta property="og:locale" content="en_GB">
        <meta property="article:published_time" content="2023-08-20T06:00:00Z">
        <meta name="author" content="Sara Karimi">
        <link rel="canonical" href="https://gulfwire.example/news/iran-iraq-border-771234">
        </head><body><div class="story-body">%s</div></body></html>""".formatted(STORY));
    assertThat(a.title()).isEqualTo("Iran and Iraq agree to open border crossings");
    assertThat(a.published()).isEqualTo("2023-08-20T06:00Z");
    assertThat(a.author()).isEqualTo("Sara Karimi");
    assertThat(a.url()).isEqualTo("https://www.gulfwire.example/news/2023/08/20/iran-iraq-border-771234");
    assertThat(a.canonicalUrl()).isEqualTo("https://gulfwire.example/news/iran-iraq-border-771234");
    assertThat(a.siteStoryId()).isEqualTo("771234");
    assertThat(a.language()).isEqualTo("en-GB");
  }

  @Test
  void titleFallsBackToH1ThenTitleWithoutSiteSuffix() {
    assertThat(extract("<html><head><title>Talks resume in Doha - Gulf Wire</title></head><body>"
        + STORY + "</body></html>").title()).isEqualTo("Talks resume in Doha");
    assertThat(extract("<html><head><title>Gulf Wire</title></head><body><h1>Talks resume in Doha</h1>"
        + STORY + "</body></html>").title()).isEqualTo("Talks resume in Doha");
  }

  @Test
  void aSiteNameOrSectionAroundTheHeadlineIsDropped() {
    // a CJK title sets the site's name off with no space
    assertThat(extract("<html><head><meta property=og:site_name content=朝日新聞デジタル><meta property=og:title "
        + "content=\"メディア芸術祭賞が受賞：朝日新聞デジタル\"></head><body>" + STORY + "</body></html>").title())
        .isEqualTo("メディア芸術祭賞が受賞");
    // a section before the headline the page prints
    assertThat(extract("<html><head><meta property=og:title content=\"Opinion | Enough platitudes: name names\">"
        + "</head><body><h1>Enough platitudes: name names</h1>" + STORY + "</body></html>").title())
        .isEqualTo("Enough platitudes: name names");
    // an <h1> that is the site's name, the <title>'s last part, is no headline
    assertThat(extract("<html><head><title>约会软件帮你找对象_好奇心日报</title></head><body><h1 class=hidden>好奇心日报</h1>"
        + STORY + "</body></html>").title()).isEqualTo("约会软件帮你找对象");
  }

  @Test
  void blogNameInH1GivesWayToThePostTitleNamedInTheTitle() {
    Article a = extract("<html><head><title>Gulf Notes &raquo; Blog Archive &raquo; Talks resume in Doha</title></head>"
        + "<body><h1>Gulf Notes</h1><h2>Talks resume in Doha</h2>" + STORY + "<h2>Archives</h2></body></html>");
    assertThat(a.title()).isEqualTo("Talks resume in Doha");
    // A headline first and its section after: the <h1> is the headline, the <h2> the section's name.
    assertThat(extract("<html><head><title>Talks resume in Doha - Gulf Politics - Gulf Notes</title></head><body>"
        + "<h1>Talks resume in Doha</h1><h2>Gulf Politics</h2>" + STORY + "</body></html>").title())
        .isEqualTo("Talks resume in Doha");
  }

  @Test
  void dateComesFromTimeElementThenUrlThenPrintedText() {
    assertThat(extract("<html><body><h1>T</h1><time datetime=\"2022-02-24T05:00\">Thursday</time>"
        + STORY + "</body></html>").published()).isEqualTo("2022-02-24T05:00");
    assertThat(extract("<html><head><meta property=\"og:url\" content=\"https://x.example/2016/06/25/aleppo/\">"
        + "</head><body>" + STORY + "</body></html>").published()).isEqualTo("2016-06-25");
    assertThat(extract("<html><body><h1>Talks resume</h1><div class=meta><span>Posted on</span> "
        + "<span>March 3, 2021 10:15 am</span></div>" + STORY + "</body></html>").published())
        .isEqualTo("2021-03-03T10:15");
  }

  @Test
  void aDateLabelledAsThePublicationsCountsAnywhereOnThePage() {
    Article a = extract("<html lang=fr><body><h1>Talks</h1>" + STORY + "<div><div>Publié le 29/10/2012<br>"
        + "<em>Mis à jour le 30/10/2012 à 14h03</em></div></div></body></html>");
    assertThat(a.published()).isEqualTo("2012-10-29");
    assertThat(extract("<html lang=de><body><h1>Gespräche</h1>" + STORY + "<footer><p>Veröffentlicht am 5. März 2019 "
        + "um 14:00 Uhr</p></footer></body></html>").published()).isEqualTo("2019-03-05T14:00");
    // Labelled as an update only: the last change stands in, as the nearest date the page gives.
    assertThat(extract("<html><body><h1>Talks</h1>" + STORY + "<div><div><em>Mis à jour le 30/10/2012</em>"
        + "</div></div></body></html>").published()).isEqualTo("2012-10-30");
  }

  @Test
  void microdataContentAndAnAmpTwinsPathDeclareTheDate() {
    // "content" on an element other than <meta>, as schema.org microdata allows
    assertThat(extract("<html><body><h1>Talks</h1><dl><dt>Published</dt><dd itemprop=\"datePublished\" "
        + "content=\"2019-04-26\">April 26</dd></dl>" + STORY + "</body></html>").published()).isEqualTo("2019-04-26");
    // a dashed or compact date in the path; not a number in the query
    assertThat(extract("<html><head><meta property=og:url content=\"https://x.example/news/2019-03-05-aleppo-talks\">"
        + "</head><body><h1>Talks</h1>" + STORY + "</body></html>").published()).isEqualTo("2019-03-05");
    assertThat(extract("<html><head><meta property=og:url content=\"https://x.example/a/20190305/talks.html\">"
        + "</head><body><h1>Talks</h1>" + STORY + "</body></html>").published()).isEqualTo("2019-03-05");
    assertThat(extract("<html><head><meta property=og:url content=\"https://x.example/a/talks?d=20190305\">"
        + "</head><body><h1>Talks</h1>" + STORY + "</body></html>").published()).isNull();
    // the canonical address has no date, the AMP copy's does
    assertThat(extract("<html><head><link rel=canonical href=\"https://x.example/4603308/alexa/\">"
        + "<link rel=amphtml href=\"https://amp.x.example/2016/12/15/alexa/\"></head><body><h1>Talks</h1>" + STORY
        + "</body></html>").published()).isEqualTo("2016-12-15");
  }

  @Test
  void aDateInsideABylineOrBetweenBreaksIsFound() {
    assertThat(extract("<html><body><article><h1>Steam share ticks up</h1><div class=author>Written by "
        + "<a href=/a>Michael Larabel</a> in <a href=/v>Valve</a> on 1 June 2019 at 08:34 PM EDT. "
        + "<a href=/f>51 Comments</a></div>" + STORY + "</article></body></html>").published())
        .isEqualTo("2019-06-01T20:34");
    assertThat(extract("<html lang=ja><body><h1>注意喚起</h1><p>最終更新日：2019年4月2日<br>独立行政法人</p>"
        + STORY + "<p>公開日：2019年3月28日(木)<br>情報処理推進機構</p></body></html>").published())
        .isEqualTo("2019-03-28");
    // label and date in cells side by side
    assertThat(extract("<html lang=ja><body><h1>電子書籍</h1>" + STORY + "<dl><dt>配信開始日</dt><dd>2019/3/5</dd></dl>"
        + "</body></html>").published()).isEqualTo("2019-03-05");
    // no publication date: the update printed in the byline stands in
    assertThat(extract("<html><body><h1>China snubs</h1><div class=byline><a href=/a>Saibal Dasgupta</a> / TNN / "
        + "<span>Updated: Oct 9, 2019, 11:05 IST</span></div>" + STORY + "</body></html>").published())
        .isEqualTo("2019-10-09T11:05");
  }

  @Test
  void aBylinePrintedAsPlainTextUnderTheHeadlineGivesTheAuthor() {
    assertThat(extract("<html><body><h1>Talks</h1><cite><img alt=x> By Jemele Hill<br>Gulf Wire<br>"
        + "<a href=/a>Archive</a></cite>" + STORY + "</body></html>").author()).isEqualTo("Jemele Hill");
    // "By the time ..." opens a sentence, not a byline.
    assertThat(extract("<html><body><h1>Talks</h1><div>By the time talks ended, the Border Agency had left.</div>"
        + STORY + "</body></html>").author()).isNull();
  }

  @Test
  void theArticlesOwnAuthorFieldsComeBeforeThePagesAndTheSiteIsNoAuthor() {
    assertThat(extract("<html><head><meta name=author content=\"Condé Nast\"><meta property=article:author "
        + "content=\"Emma Grey Ellis\"></head><body><h1>Talks</h1>" + STORY + "</body></html>").author())
        .isEqualTo("Emma Grey Ellis");
    assertThat(extract("<html><head><meta property=og:site_name content=\"ABC News\"><meta name=author "
        + "content=\"ABC News\"></head><body><h1>Talks</h1><p class=byline>By Josh Haskell</p>" + STORY
        + "</body></html>").author()).isEqualTo("Josh Haskell");
    // a handle is no name: the next field is read
    assertThat(extract("<html><head><meta property=article:author content=\"/@timoreilly\"><meta name=author "
        + "content=\"Tim O'Reilly\"></head><body><h1>Talks</h1>" + STORY + "</body></html>").author())
        .isEqualTo("Tim O'Reilly");
  }

  @Test
  void aBylineOfSeveralLinkedNamesGivesThemAll() {
    assertThat(extract("<html><body><h1>Talks</h1><p class=credit>By <span class=byline-name><a href=/by/ms>Marc "
        + "Santora</a></span>, <span class=byline-name><a href=/by/ab>Al Baker</a></span> and <span "
        + "class=byline-name><a href=/by/ag>Adam Goldman</a></span></p>" + STORY + "</body></html>").author())
        .isEqualTo("Marc Santora, Al Baker and Adam Goldman");
  }

  @Test
  void byPrintedAloneBesideTheLinkedName() {
    assertThat(extract("<html><body><h1>Talks</h1><div><span>By</span><div><a href=/author/ct>Chris Thompson</a>"
        + "</div></div>" + STORY + "</body></html>").author()).isEqualTo("Chris Thompson");
  }

  @Test
  void bylineMarkupGivesTheAuthor() {
    Article a = extract("<html><body><h1>Talks</h1><p class=\"byline\">By <a rel=\"author\" href=\"/a/1\">Omar Aziz</a></p>"
        + STORY + "</body></html>");
    assertThat(a.author()).isEqualTo("Omar Aziz");
  }

  @Test
  void bodyIsTheStoryWithoutNavigationSharingRelatedOrComments() {
    Article a = extract("""
        <html><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <div class="share-bar"><a href="#">Share on Facebook</a> <p>Share this story with your friends, family and colleagues.</p></div>
        <main><article><h1>Border talks</h1><div class="article-content">%s
          <h2>What comes next</h2>
          <p>Engineers will survey the sites next month, according to the statement.</p>
          <div class="ad-slot"><p>Advertisement: buy cheap flights to Baghdad, Tehran and Basra today.</p></div>
        </div></article></main>
        <section class="related-stories"><p>Iraq, Iran sign a deal on gas payments, officials say, after months of talks.</p></section>
        <div id="comments"><p>Great article, I agree with everything, thanks a lot for writing it.</p></div>
        <footer><p>Copyright 2023, Gulf Wire, all rights reserved, no reuse without permission.</p></footer>
        </body></html>""".formatted(STORY));
    assertThat(a.body().split("\n\n")).containsExactly(
        "Iranian and Iraqi officials met in Baghdad on Sunday to discuss border security, water sharing, "
            + "and the return of displaced families, the foreign ministry said in a statement.",
        "The talks, the third round this year, ended with a pledge to open two more crossings before "
            + "the Arbaeen pilgrimage, when millions travel between the two countries.",
        "What comes next",
        "Engineers will survey the sites next month, according to the statement.");
  }

  @Test
  void storyInChunksIsReadWholeThroughWrappersAroundOneChunk() {
    // Two chunks of the same kind, the first wrapped once more (a video block around it): the best
    // chunk's own wrapper adds nothing, the column above holds the rest of the story.
    Article a = extract("""
        <html><body><div class="column">
        <section class="segment"><div class="video-text"><div class="text-only">
          <p>Ministers from six countries met in Amman on Tuesday, officials said, to discuss refugees.</p>
          <p>Jordan, Lebanon and Turkey host most of the region's refugees, and say aid has fallen by half.</p>
          <p>The United Nations, which called the meeting, asked donors for another two billion dollars.</p>
        </div></div></section>
        <section class="segment"><div class="text-only">%s
          <p>A further meeting, in Beirut, is planned for the spring, the statement said, if funds allow.</p>
        </div></section>
        </div></body></html>""".formatted(STORY));
    assertThat(a.body()).startsWith("Ministers from six countries met in Amman").contains("the third round this year")
        .endsWith("if funds allow.");
  }

  @Test
  void teaserCardsOfTheStorysOwnKindStayOut() {
    // Teasers under their own linked headlines reuse the story's class: they are not more story.
    Article a = extract("""
        <html><body><div class="column">
        <div class="wrap"><div class="body-description">%s</div></div>
        <div class="more"><h2>Stories chosen for you</h2>
          <div class="card"><h3><a href="/gas">Iraq and Iran sign a gas deal</a></h3><div class="body-description">
            <p>Iraq will pay for Iranian gas in goods, food and medicine, officials said on Monday, after talks.</p>
            <p>The deal, worth billions, ends a dispute that had cut power in Basra, Najaf and Karbala.</p></div></div>
          <div class="card"><h3><a href="/vote">Kuwait votes on the budget</a></h3><div class="body-description">
            <p>Kuwait's parliament will vote on the budget next week, deputies said, after a long delay.</p>
            <p>The vote, delayed twice, decides salaries, subsidies and the price of fuel, they said.</p></div></div>
        </div></div></body></html>""".formatted(STORY));
    assertThat(a.body()).startsWith("Iranian and Iraqi officials").doesNotContain("gas").doesNotContain("Kuwait");
  }

  @Test
  void aColumnOfTeasersBesideTheStoryStaysOut() {
    // The parent holds more prose than the story, but what it adds is a third links: teasers.
    Article a = extract("""
        <html><body><div class="columns">
        <div class="left">%s
          <p>A further meeting, in Beirut, is planned for the spring, the statement said, if funds allow.</p></div>
        <div class="right">
          <h4><a href="/1">Ten things to know about the border</a></h4>
          <p>Here are ten facts about one of the region's busiest crossings, and its history.</p>
          <h4><a href="/2">Staying safe when travelling by road</a></h4>
          <p>Water, fuel and papers are not the only things to consider before a long drive.</p>
          <h4><a href="/3">The deadliest floods on record</a></h4>
          <p>Here are the ten deadliest floods to hit the region, according to the ministry.</p>
        </div></div></body></html>""".formatted(STORY));
    assertThat(a.body()).startsWith("Iranian and Iraqi officials").endsWith("if funds allow.")
        .doesNotContain("ten facts");
  }

  @Test
  void aContentNameOnALineOfTextDoesNotOutvoteTheStory() {
    // A small page: the story's paragraphs have few commas, the footer's notice sits in a "content" div.
    Article a = extract("""
        <html><body>
        <div><p>A prominent expert on Chinese art has expressed doubts about a vase sold last month.</p>
          <p>The porcelain vase is said to be an eighteenth century piece from the imperial court.</p>
          <p>The buyer has not paid for the vase and the auction house has not commented on the delay.</p></div>
        <div class="content"><p>Copyright 2011 Example News. All rights reserved. Data delayed at least 15 minutes.</p></div>
        </body></html>""");
    assertThat(a.body()).startsWith("A prominent expert on Chinese art").doesNotContain("Copyright");
  }

  @Test
  void containerWithProseBeatsContainerWithLinks() {
    Article a = extract("""
        <html><body>
        <div class="list"><p><a href="/1">Iraq votes on the budget, with a long headline full of words</a></p>
          <p><a href="/2">Iran, Iraq sign a new gas deal after long talks, with a headline</a></p>
          <p><a href="/3">Kuwait and Iraq discuss the border, trade, and shared water</a></p></div>
        <div>%s</div>
        </body></html>""".formatted(STORY));
    assertThat(a.body()).startsWith("Iranian and Iraqi officials").doesNotContain("gas deal");
  }

  @Test
  void textSplitByBreaksBecomesParagraphs() {
    Article a = extract("<html><body><div id=\"text\">Officials met in Baghdad on Sunday to discuss border "
        + "security.<br><br>The talks ended with a pledge to open two more crossings.</div></body></html>");
    assertThat(a.body()).isEqualTo("Officials met in Baghdad on Sunday to discuss border security.\n\n"
        + "The talks ended with a pledge to open two more crossings.");
  }

  @Test
  void longJsonLdArticleBodyWinsOverAThinPage() {
    String declared = "Iranian and Iraqi officials met in Baghdad on Sunday. ".repeat(12).strip();
    Article a = extract("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Talks\",\"articleBody\":\"" + declared + "\"}</script></head><body>"
        + "<p>Iranian and Iraqi officials met in Baghdad on Sunday, the ministry said in a statement.</p>"
        + "</body></html>");
    assertThat(a.body()).isEqualTo(declared);
  }

  @Test
  void closingSourceCreditBecomesTheSource() {
    Article a = extract("<html><body><article>" + STORY + "<p>Source: Reuters</p></article></body></html>");
    assertThat(a.source()).isEqualTo("Reuters");
    assertThat(a.body()).doesNotContain("Reuters");
  }

  @Test
  void pageWithoutArticleTextHasMetadataAndAReason() {
    Article a = extract("<html><head><title>Gulf Wire: World news</title></head><body>"
        + "<nav><a href=/>Home</a></nav><ul><li><a href=/1>Iraq</a></li><li><a href=/2>Iran</a></li></ul>"
        + "</body></html>");
    assertThat(a.body()).isEmpty();
    assertThat(a.title()).isEqualTo("Gulf Wire: World news");
    assertThat(a.error()).startsWith("page page.html: no article text found");
  }
}
