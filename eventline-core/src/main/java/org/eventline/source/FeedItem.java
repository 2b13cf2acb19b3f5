package org.eventline.source;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;

/**
 * One RSS {@code <item>} or Atom {@code <entry>}: its title, link, date and text.
 *
 * @param text the item's description or content, as the HTML the feed carries
 */
record FeedItem(String title, String link, String published, String text) {

  boolean isEmpty() {
    return blank(title) && blank(text) && blank(link);
  }

  /**
   * The item as a small HTML page, so the article reader treats it like any page: the title as
   * {@code <title>} and {@code <h1>}, the date as {@code article:published_time}, the link as the
   * canonical URL. The text is the feed's HTML, which jsoup parses like any page's.
   */
  String html() {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\">");
    if (!blank(title)) {
      b.append("<title>").append(Entities.escape(title)).append("</title>");
    }
    if (!blank(published)) {
      b.append("<meta property=\"article:published_time\" content=\"").append(Entities.escape(published)).append("\">");
    }
    if (!blank(link)) {
      b.append("<link rel=\"canonical\" href=\"").append(Entities.escape(link)).append("\">");
    }
    b.append("</head><body><article>");
    if (!blank(title)) {
      b.append("<h1>").append(Entities.escape(title)).append("</h1>");
    }
    if (!blank(text)) {
      b.append("<div>").append(text).append("</div>");
    }
    return b.append("</article></body></html>\n").toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** RSS dates are RFC 822 ("Sat, 25 Jun 2016 16:04:00 +0000"); ISO is what the reader knows. */
  static String isoDate(String s) {
    if (blank(s)) {
      return null;
    }
    try {
      return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
    } catch (RuntimeException e) {
      return s.strip(); // Atom dates are ISO already; anything else is passed on as printed
    }
  }

  /** Pulls items from a feed one at a time, so a million-item feed needs no more memory than one. */
  static final class Reader {
    private final XMLStreamReader xml;

    Reader(XMLStreamReader xml) {
      this.xml = xml;
    }

    /** The next item, or null at the end of the feed. */
    FeedItem next() throws XMLStreamException {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && isItem(xml.getLocalName())) {
          return item();
        }
      }
      return null;
    }

    private FeedItem item() throws XMLStreamException {
      String title = null;
      String link = null;
      String date = null;
      String text = null;
      int depth = 1;
      while (depth > 0 && xml.hasNext()) {
        int ev = xml.next();
        if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = xml.getLocalName();
          switch (n) {
            case "title" -> title = xml.getElementText();
            case "link" -> {
              String href = xml.getAttributeValue(null, "href");
              String rel = xml.getAttributeValue(null, "rel");
              String value = href != null ? href : xml.getElementText();
              if (link == null && (rel == null || rel.equals("alternate"))) {
                link = value.strip();
              }
              if (href != null && xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                depth++; // an empty Atom <link/>: its end comes next, and must not end the item
              }
            }
            case "pubDate", "published", "updated", "date" -> {
              String d = isoDate(xml.getElementText());
              date = date == null ? d : date;
            }
            case "description", "summary" -> text = text == null ? xml.getElementText() : text;
            case "encoded", "content" -> text = xml.getElementText(); // full text beats a summary
            default -> depth++;
          }
        }
      }
      return new FeedItem(title, link, date, text);
    }

    private static boolean isItem(String localName) {
      return localName.equals("item") || localName.equals("entry");
    }
  }
}
