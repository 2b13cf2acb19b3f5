package org.eventline.server;

import static org.eventline.server.Html.escape;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eventline.article.Article;
import org.eventline.event.EventType;
import org.eventline.store.EventGroup;
import org.eventline.store.EventQuery;
import org.eventline.store.EventStore;
import org.eventline.store.Story;
import org.eventline.store.StoredEvent;
import org.eventline.store.Summary;

/**
 * The server-rendered pages: {@code /} lists events with the same filters as the API, and
 * {@code /articles/{id}} shows an article with its events beside it.
 */
final class Pages {
  private final EventStore store;

  Pages(EventStore store) {
    this.store = store;
  }

  void mount(JavalinDefaultRouting router) {
    router.get("/", this::index);
    router.get("/articles/{id}", this::article);
    router.get("/explore", this::explore);
  }

  /** The interactive page: a shell whose script (assets/explore.js) asks the API for everything. */
  private void explore(Context ctx) {
    ctx.html(Layout.explore());
  }

  private void index(Context ctx) {
    EventQuery q = QueryParams.events(ctx);
    List<StoredEvent> events = store.eventsWithArticles(q);
    Summary s = store.summary();
    String body = "<h1>Events</h1><p class=\"summary\">" + s.events() + " events from " + s.articles()
        + " articles, " + s.actors() + " actors.</p>"
        + filterForm(ctx) + Layout.eventTable(events, true, groups(events)) + pager(ctx, q, events.size());
    ctx.html(Layout.page("Events", body));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article a = store.article(id).orElse(null);
    if (a == null) {
      ctx.status(404).html(Layout.error("No article with id " + id + "."));
      return;
    }
    List<StoredEvent> events =
        store.eventsWithArticles(EventQuery.all().withArticleId(id).withLimit(EventQuery.MAX_LIMIT));
    String body = "<div class=\"article\"><article><h1>" + escape(a.title() != null ? a.title() : a.file())
        + "</h1>" + metadata(a) + store.story(id).map(s -> story(s, id)).orElse("") + legend()
        + "<div class=\"body highlighted\">"
        + Highlights.body(a.body(), events.stream().map(StoredEvent::event).toList()) + "</div></article>"
        + "<aside><h2>Events (" + events.size() + ")</h2>" + Layout.eventTable(events, false, groups(events))
        + "</aside></div>";
    ctx.html(Layout.page(a.title() != null ? a.title() : a.file(), body));
  }

  private Map<String, EventGroup> groups(List<StoredEvent> events) {
    return store.eventGroups(events.stream().map(se -> se.event().id()).toList());
  }

  /** "Repost of X" for a copy, "Also published by Y" for every other copy: the story the article belongs to. */
  static String story(Story s, String articleId) {
    if (s.size() == 1) {
      return "";
    }
    StringBuilder p = new StringBuilder("<div class=\"story\">");
    if (!s.originalId().equals(articleId)) {
      p.append("<p>Repost of ").append(copyLink(s.original())).append(".</p>");
    }
    List<Story.Copy> others = s.articles().stream()
        .filter(c -> !c.id().equals(articleId) && !c.id().equals(s.originalId())).toList();
    if (!others.isEmpty()) {
      p.append("<p>").append(s.originalId().equals(articleId) ? "Also published by " : "Also reposted by ");
      for (int i = 0; i < others.size(); i++) {
        p.append(i > 0 ? ", " : "").append(copyLink(others.get(i)));
      }
      p.append(".</p>");
    }
    return p.append("</div>").toString();
  }

  private static String copyLink(Story.Copy c) {
    String label = c.site() != null ? c.site() : c.title() != null ? c.title() : c.id();
    return "<a href=\"/articles/" + Html.urlPart(c.id()) + "\">" + escape(label) + "</a>"
        + (c.published() != null ? " (" + escape(c.published()) + ")" : "");
  }

  private static String metadata(Article a) {
    StringBuilder dl = new StringBuilder("<dl class=\"meta\">");
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("Published", a.published());
    rows.put("Author", a.author());
    rows.put("Source", a.source());
    rows.put("Site", a.site());
    rows.put("Language", a.language());
    rows.put("File", a.file());
    rows.put("Error", a.error());
    rows.forEach((k, v) -> {
      if (v != null) {
        dl.append("<dt>").append(k).append("</dt><dd>").append(escape(v)).append("</dd>");
      }
    });
    if (a.url() != null) {
      dl.append("<dt>URL</dt><dd>").append(Html.externalLink(a.url())).append("</dd>");
    }
    return dl.append("</dl>").toString();
  }

  private static String legend() {
    return "<p class=\"legend\"><mark class=\"actor\">actor</mark> <mark class=\"verb\">event words</mark>"
        + " <mark class=\"place\">place</mark> <span class=\"event-sentence\">sentence that yielded an event</span></p>";
  }

  private static String filterForm(Context ctx) {
    StringBuilder types = new StringBuilder("<option value=\"\">any type</option>");
    String chosen = ctx.queryParam("type");
    for (EventType t : EventType.values()) {
      types.append("<option").append(t.name().equalsIgnoreCase(chosen) ? " selected" : "").append(">")
          .append(t.name()).append("</option>");
    }
    return "<form class=\"filters\" method=\"get\" action=\"/\">"
        + "<label>Actor <input name=\"actor\" value=\"" + escape(ctx.queryParam("actor")) + "\"></label>"
        + "<label>Type <select name=\"type\">" + types + "</select></label>"
        + "<label>From <input type=\"date\" name=\"from\" value=\"" + escape(ctx.queryParam("from")) + "\"></label>"
        + "<label>To <input type=\"date\" name=\"to\" value=\"" + escape(ctx.queryParam("to")) + "\"></label>"
        + "<button>Filter</button></form>";
  }

  private static String pager(Context ctx, EventQuery q, int shown) {
    StringBuilder p = new StringBuilder("<nav class=\"pager\">");
    if (q.offset() > 0) {
      p.append("<a href=\"").append(pageLink(ctx, Math.max(0, q.offset() - q.limit()))).append("\">← newer</a> ");
    }
    if (shown == q.limit()) {
      p.append("<a href=\"").append(pageLink(ctx, q.offset() + q.limit())).append("\">older →</a>");
    }
    return p.append("</nav>").toString();
  }

  /** The current filters with another offset, every value URL-encoded and escaped. */
  private static String pageLink(Context ctx, int offset) {
    StringBuilder link = new StringBuilder("/?offset=").append(offset);
    for (String name : List.of("actor", "type", "from", "to", "article", "limit")) {
      String v = ctx.queryParam(name);
      if (v != null && !v.isBlank()) {
        link.append("&amp;").append(name).append('=').append(Html.urlPart(v));
      }
    }
    return link.toString();
  }
}
