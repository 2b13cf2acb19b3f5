/**
 * From a page to an {@link org.eventline.article.Article}: title, dates, credits, ids and the body
 * text without boilerplate. The front door is {@link org.eventline.article.ArticleExtractor}; it
 * never throws for bad input, it returns an article with a specific error.
 *
 * <h2>Scraped text pages</h2>
 * A scraper leaves, in some order, a header (dates, a story id, the title), the body's paragraphs
 * and a trailer (credits, the address, comment-form labels). Each line is classified alone, by its
 * form and never by site-specific words ({@code ScrapedLine}): a <em>date</em> is a line that
 * parses as a date and nothing else, in many formats ({@code PrintedDate}), optionally labelled
 * ("Published:", "Retrieved"); a <em>story code</em> is a label such as "Story Code", "News ID"
 * with an id; a <em>credit</em> is "By Name" or "Source: Name" where the name is a name; a
 * <em>URL</em> is a line that is an address; a <em>paragraph</em> has 8+ words and ends like a
 * sentence (or has 25+ words); every other line is <em>short</em>.
 * <ul>
 *   <li>The body starts at the first paragraph and ends at the first credit, URL, story code or
 *       date after it, or at three short lines in a row (a form or a link list). Short lines inside
 *       stay only when alone between paragraphs (subheadings); in twos they are form labels.
 *   <li>The title is the nearest short line above the body that looks like a headline: 2 to 30
 *       words, not ending in {@code . , ; :}.
 *   <li>A byline above the body names the author; a credit below it names the source, the original
 *       publisher of a repost ("By Al Waght" under the story, "Source: Reuters").
 *   <li>Dates: a label decides when there is one. Otherwise the crawl date is the latest date when
 *       it is later than every other and either more than 30 days later, or printed without a time,
 *       or alone at the very top or bottom of the file. The reason: a page cannot be saved before
 *       it is published, and scrapers stamp the save date at an edge of the file, bare. The
 *       publication date is the remaining date most like a story header: with a time (+2), a
 *       weekday (+1), within three lines of the title or story code (+2); ties go to the earliest.
 *       A lone date is the publication date. Without one, a {@code /2016/06/25/} URL path gives it.
 * </ul>
 *
 * <h2>HTML pages</h2>
 * One jsoup parse per page (two for a page whose first reading finds only a scrap). A page over
 * 3 MB loses its scripts and styles, then is cut ({@code HtmlBudget}): a run over a crawl never
 * stalls on one page. Metadata comes from the most deliberate source that has it
 * ({@code HtmlMetadata}): JSON-LD ({@code NewsArticle} and kin, also inside {@code @graph}), then
 * Open Graph and common meta names, then markup ({@code <time datetime>}, {@code rel=author},
 * byline classes, a plain "By Jemele Hill" line just after the {@code <h1>}), then the URL's path ({@code /2016/06/25/}, also {@code /2010/politics/08/13/}),
 * then a date printed just after the {@code <h1>}, then one labelled as the publication's anywhere
 * ("Publié le 29/10/2012" in a top bar or at the foot; {@code PageDates}), in seven European
 * languages' month names and the CJK forms ("2019年4月2日"); a page with no publication date takes
 * its last change. Titles lose a " | Site" suffix (and " : News :
 * Site" chains); when the declared title only adds to the page's {@code <h1>}, the {@code <h1>} is
 * the headline, and a blog's name in the {@code <h1>} gives way to the post's title when the
 * {@code <title>} names both (blog first, post last). Author fields are cleaned ({@code Byline}) of "By:", handles, dates and job
 * titles, and rejected when what is left is not a name. Dates keep their time and offset when given.
 * The language is the page's declaration unless the text, read by optimaize's n-gram detector
 * ({@code LanguageGuess}), confidently says otherwise.
 *
 * <p>The body ({@code BodyFinder}) is found the way readability-style extractors do it, with our
 * own weights:
 * <ol>
 *   <li>Remove what is never article text ({@code Boilerplate}): scripts, styles, hidden elements;
 *       page furniture by tag or role (nav, header, footer, aside, form, figure) unless it holds
 *       the article (old ASP.NET sites wrap the whole page in a {@code <form>}); and elements whose
 *       class or id names boilerplate (share, social, comment, related, promo, newsletter, cookie,
 *       sidebar, menu, breadcrumb, footer, ad...) unless they hold the article's own markup.
 *   <li>Measure every element once ({@code TextStats}: characters, characters in links, commas,
 *       prose), in one walk, so no step is quadratic in the depth of the page.
 *   <li>Every paragraph-like block ({@code p}, {@code pre}, {@code td}, {@code blockquote}, divs
 *       without blocks) of 25+ characters votes for its parent and, at half weight, its
 *       grandparent: 1 point, plus one per comma, plus one per 100 characters up to 3. Text
 *       written straight into a container (lines broken by {@code <br>}) votes for the container.
 *       Prose is long and comma-rich; menus and teasers are not. Containers whose class or id says
 *       content/article/story start at +25 (when they hold 200+ characters: a "content" div around
 *       a copyright line must not outvote a plain story on a small page), boilerplate names at -25.
 *   <li>Each container's score is multiplied by (1 - link density): link lists lose.
 *   <li>The best container gives way to its parent while the parent holds 15% more prose and is
 *       still mostly prose with few links, and what it adds is under a fifth links (a column of
 *       linked headlines with one-line teasers is prose too): stories printed as several
 *       wrappers are read whole.
 *       Wrappers that add no prose (a section around one chunk) are passed through; above them
 *       only the prose of chunks of the best container's own tag and class counts, and not those
 *       under a linked headline (teaser cards reuse the story's class).
 *   <li>The container and its siblings scoring at least a fifth of it (stories split over
 *       sibling divs) are read in page order: paragraphs, h2-h4 headings, list items,
 *       blockquotes, and loose text split at double {@code <br>}; link-heavy blocks and short
 *       non-sentences ("Advertisement") are dropped. Word counts treat Chinese and Japanese
 *       text (no spaces) as one word per two characters.
 *   <li>A body under 250 characters gets a second reading on a fresh parse in which class and id
 *       names condemn nothing: the story may sit in a "main-ad-wrapper".
 *   <li>A long JSON-LD {@code articleBody} (500+ characters) is the publisher's own statement of
 *       the story and wins, unless the page's paragraphs are at least 80% as long: they keep the
 *       paragraph breaks that articleBody often loses.
 *   <li>The ends are trimmed ({@code BodyEdges}): before the first full paragraph (20+ words)
 *       and after the last sentence (a copyright notice is not one), labels, one- and two-word
 *       lines, datelines, year-stamped non-sentences, bylines, photo credits, notices ("All
 *       rights reserved", "Publié le") and calls to action go ("Story Tools", "Follow us on
 *       Twitter!", a closing "Produced by:"); a photo credit goes wherever it stands. A "Source:"
 *       credit stays for the next step.
 *   <li>A closing "Source: Reuters" paragraph becomes the source.
 * </ol>
 *
 * <h2>Pages that are not articles</h2>
 * An error page (title or headline "404", "Not Found", "introuvable"...; {@code ErrorPage}) with
 * little text, and a list of stories (the best container is four or more linked headlines with
 * little prose, on a page that does not declare itself an article) give an empty body and an
 * error saying which. Empty, binary (an image served as HTML) and unreadable pages are failed
 * by {@code org.eventline.page} before any parsing.
 *
 * Paragraphs are joined with a blank line ({@code "\n\n"}); whitespace inside one (including
 * no-break spaces) becomes single spaces; characters are otherwise kept as printed.
 */
package org.eventline.article;
