package org.eventline.server;

import static org.eventline.server.Html.escape;

import java.util.List;
import java.util.Map;
import org.eventline.event.Event;
import org.eventline.event.Participant;
import org.eventline.store.EventGroup;
import org.eventline.store.StoredEvent;

/** The page shell and the pieces both pages share. Takes HTML it is given as trusted; escapes the rest. */
final class Layout {
  private Layout() {}

  static String page(String title, String bodyHtml) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + escape(title) + " · Eventline</title>"
        + "<link rel=\"stylesheet\" href=\"/style.css\"></head>\n<body>"
        + "<header><a href=\"/\">Eventline</a> <a href=\"/explore\">Explore</a></header>\n<main>" + bodyHtml + "</main></body></html>\n";
  }

  /** A table of events; {@code withArticle} adds a link to each event's article page. */
  static String eventTable(List<StoredEvent> events, boolean withArticle) {
    return eventTable(events, withArticle, Map.of());
  }

  /** The same, with a column saying how often each event was reported (when {@code groups} has it). */
  static String eventTable(List<StoredEvent> events, boolean withArticle, Map<String, EventGroup> groups) {
    if (events.isEmpty()) {
      return "<p class=\"empty\">No events.</p>";
    }
    StringBuilder t = new StringBuilder("<table class=\"events\"><thead><tr><th>Date</th><th>Type</th>"
        + "<th>Source</th><th>Target</th><th>Status</th><th>Sentence</th>"
        + (groups.isEmpty() ? "" : "<th>Reported</th>")
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
      if (!groups.isEmpty()) {
        t.append("<td class=\"reported\">").append(reported(groups.get(e.id()))).append("</td>");
      }
      if (withArticle) {
        String title = se.article() != null && se.article().title() != null ? se.article().title() : e.articleId();
        t.append("<td><a href=\"/articles/").append(Html.urlPart(e.articleId())).append("\">")
            .append(escape(title)).append("</a></td>");
      }
      t.append("</tr>\n");
    }
    return t.append("</tbody></table>").toString();
  }

  /** "3 mentions in 2 articles from 2 sources": a repost is a mention, not another article. */
  static String reported(EventGroup g) {
    if (g == null) {
      return "";
    }
    return g.numMentions() + (g.numMentions() == 1 ? " mention" : " mentions") + " in " + g.numArticles()
        + (g.numArticles() == 1 ? " article" : " articles") + " from " + g.numSources()
        + (g.numSources() == 1 ? " source" : " sources");
  }

  static String participant(Participant p) {
    if (p == null) {
      return "<span class=\"none\">—</span>";
    }
    return escape(p.name() != null ? p.name() : p.text())
        + (p.code() != null ? " <code>" + escape(p.code()) + "</code>" : "")
        + (p.text() != null ? "<div class=\"mention\">" + escape(p.text()) + "</div>" : "");
  }

  /** The explorer's shell: every element the script fills has an id; no data is in the HTML. */
  static String explore() {
    StringBuilder types = new StringBuilder("<option value=\"\">any type</option>");
    for (org.eventline.event.EventType t : org.eventline.event.EventType.values()) {
      types.append("<option>").append(t.name()).append("</option>");
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Explore · Eventline</title>"
        + "<link rel=\"stylesheet\" href=\"/style.css\">"
        + "<link rel=\"stylesheet\" href=\"/assets/vendor/leaflet/dist/leaflet.css\">"
        + "<link rel=\"stylesheet\" href=\"/assets/explore.css\">"
        + "<script src=\"/assets/vendor/leaflet/dist/leaflet.js\" defer></script>"
        + "<script src=\"/assets/vendor/topojson-client/dist/topojson-client.min.js\" defer></script>"
        + "<script src=\"/assets/explore.js\" defer></script></head>\n<body>"
        + "<header><a href=\"/\">Eventline</a> <a href=\"/explore\">Explore</a></header>\n<main class=\"explore\">"
        + "<form id=\"filters\" class=\"filters\">"
        + "<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search the text: words, &quot;phrases&quot;, -not\" size=\"40\">"
        + "<input name=\"actor\" placeholder=\"actor (code or name)\">"
        + "<select name=\"type\">" + types + "</select>"
        + "<select name=\"quad_class\"><option value=\"\">any quad class</option><option value=\"1\">1 verbal cooperation</option>"
        + "<option value=\"2\">2 material cooperation</option><option value=\"3\">3 verbal conflict</option>"
        + "<option value=\"4\">4 material conflict</option></select>"
        + "<select name=\"status\"><option value=\"\">any status</option><option>asserted</option><option>negated</option>"
        + "<option>hypothetical</option></select>"
        + "<input name=\"place_country\" placeholder=\"place country (SYR)\" size=\"8\">"
        + "<label>From <input type=\"date\" name=\"from\"></label><label>To <input type=\"date\" name=\"to\"></label>"
        + "<button id=\"search\">Search</button></form>"
        + "<p id=\"status\" class=\"summary\"></p><p id=\"error\" class=\"error\" hidden></p>"
        + "<section class=\"panels\"><figure><figcaption>Events by type over time</figcaption><div id=\"timeline\"></div></figure>"
        + "<figure><figcaption>Actor network</figcaption><div id=\"network\"></div></figure>"
        + "<figure><figcaption>Map</figcaption><div id=\"map\"></div></figure></section>"
        + "<table id=\"events\" class=\"events\"><thead><tr>"
        + "<th data-sort=\"oldest\">Date</th><th data-sort=\"type\">Type</th><th data-sort=\"source\">Source</th>"
        + "<th data-sort=\"target\">Target</th><th>Status</th><th data-sort=\"goldstein\">Goldstein</th><th>Place</th>"
        + "<th>Sentence</th><th>Article</th></tr></thead><tbody></tbody></table>"
        + "<nav class=\"pager\"><button id=\"prev\" type=\"button\">← newer</button> <button id=\"next\" type=\"button\">older →</button></nav>"
        + "</main></body></html>\n";
  }

  static String error(String message) {
    return page("Error", "<h1>Cannot show this</h1><p class=\"error\">" + escape(message) + "</p>"
        + "<p><a href=\"/\">All events</a></p>");
  }
}
