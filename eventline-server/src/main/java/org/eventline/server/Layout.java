package org.eventline.server;

import static org.eventline.server.Html.escape;

import java.util.List;
import org.eventline.event.Event;
import org.eventline.event.Participant;
import org.eventline.store.StoredEvent;

/** The page shell and the pieces both pages share. Takes HTML it is given as trusted; escapes the rest. */
final class Layout {
  private Layout() {}

  static String page(String title, String bodyHtml) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + escape(title) + " · Eventline</title>"
        + "<link rel=\"stylesheet\" href=\"/style.css\"></head>\n<body>"
        + "<header><a href=\"/\">Eventline</a></header>\n<main>" + bodyHtml + "</main></body></html>\n";
  }

  /** A table of events; {@code withArticle} adds a link to each event's article page. */
  static String eventTable(List<StoredEvent> events, boolean withArticle) {
    if (events.isEmpty()) {
      return "<p class=\"empty\">No events.</p>";
    }
    StringBuilder t = new StringBuilder("<table class=\"events\"><thead><tr><th>Date</th><th>Type</th>"
        + "<th>Source</th><th>Target</th><th>Status</th><th>Sentence</th>"
        + (withArticle ? "<th>Article</th>" : "") + "</tr></thead><tbody>\n");
    for (StoredEvent se : events) {
      Event e = se.event();
      t.append("<tr><td class=\"date\">").append(escape(e.date()))
          .append("</td><td>").append(escape(e.type().name()))
          .append("<div class=\"mode\">").append(escape(e.mode())).append("</div>")
          .append("</td><td>").append(participant(e.source()))
          .append("</td><td>").append(participant(e.target()))
          .append("</td><td class=\"status ").append(escape(e.status().label())).append("\">")
          .append(escape(e.status().label()))
          .append("</td><td class=\"sentence\">").append(escape(e.sentence().text())).append("</td>");
      if (withArticle) {
        String title = se.article() != null && se.article().title() != null ? se.article().title() : e.articleId();
        t.append("<td><a href=\"/articles/").append(Html.urlPart(e.articleId())).append("\">")
            .append(escape(title)).append("</a></td>");
      }
      t.append("</tr>\n");
    }
    return t.append("</tbody></table>").toString();
  }

  static String participant(Participant p) {
    if (p == null) {
      return "<span class=\"none\">—</span>";
    }
    return escape(p.name() != null ? p.name() : p.text())
        + (p.code() != null ? " <code>" + escape(p.code()) + "</code>" : "")
        + (p.text() != null ? "<div class=\"mention\">" + escape(p.text()) + "</div>" : "");
  }

  static String error(String message) {
    return page("Error", "<h1>Cannot show this</h1><p class=\"error\">" + escape(message) + "</p>"
        + "<p><a href=\"/\">All events</a></p>");
  }
}
