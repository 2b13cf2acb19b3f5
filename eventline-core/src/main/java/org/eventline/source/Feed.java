package org.eventline.source;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An RSS 2.0 or Atom feed file: each item's own text is a page ({@code feed.rss#item3}); with
 * {@link SourceOptions#fetchLinks()} each item's link is fetched too, politely.
 *
 * <p>Feeds come from strangers, so the XML parser refuses any DOCTYPE: that closes both entity
 * expansion ("billion laughs") and external entities (XXE reading local files or URLs).
 */
record Feed(String name, Path path, Sources.Opener opener) implements Source {
  @Override
  public void read(PageSink sink) {
    PageInput file = new PageFile(name, path, null, opener.options.maxBytes()).read();
    if (file.failed()) {
      sink.accept(PageInput.failed(name, null, null, file.error().replaceFirst("^page ", "feed ")));
      return;
    }
    List<String> links = new ArrayList<>();
    int items = 0;
    try {
      XMLStreamReader xml = SafeXml.reader(new ByteArrayInputStream(file.bytes()));
      try {
        FeedItem.Reader reader = new FeedItem.Reader(xml);
        for (FeedItem item; (item = reader.next()) != null; ) {
          items++;
          String input = name + "#item" + items;
          if (item.isEmpty()) {
            sink.accept(PageInput.failed(input, name, item.link(), "feed item " + input + ": no title, text or link; skipped"));
            continue;
          }
          sink.accept(PageInput.of(input, name, item.link(), item.html().getBytes(StandardCharsets.UTF_8))
              .withContentType("text/html; charset=UTF-8"));
          if (item.link() != null) {
            links.add(item.link());
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      sink.accept(PageInput.failed(name, null, null, "feed " + name + ": " + SafeXml.describe(e)
          + (items > 0 ? "; the " + items + " items before it were read" : "")));
    }
    if (opener.options.fetchLinks() && !links.isEmpty()) {
      new UrlList(name, links, name, opener).read(sink);
    }
  }

  static String where(Location loc) {
    return loc == null ? "" : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
  }
}
