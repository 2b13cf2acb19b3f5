package org.eventline.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eventline.article.Article;
import org.eventline.event.Event;
import org.eventline.event.Participant;
import org.eventline.json.EventJson;
import org.eventline.store.StoredEvent;

/**
 * One event as a PLOVER record, with the field names of POLECAT, the PLOVER-coded public data set:
 * actor and recipient with their country and sector, the event type and mode, the place, and the
 * story it came from. Fields PLOVER defines but Eventline does not code (contexts) are empty lists.
 */
final class PloverRow implements LineFormat {
  @Override
  public String line(StoredEvent se) throws JsonProcessingException {
    Event e = se.event();
    ObjectNode o = EventJson.MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("date", e.date());
    o.put("event_type", e.type().name());
    o.put("mode", e.mode());
    o.putArray("contexts");
    o.put("quad_code", e.quadClass());
    o.put("goldstein", e.goldstein());
    o.put("status", e.status().label());
    side(o, "actor", e.source());
    side(o, "recipient", e.target());
    if (e.where() != null) {
      o.put("placename", e.where().name());
      o.put("country", e.where().country());
      o.put("latitude", e.where().lat());
      o.put("longitude", e.where().lon());
      o.put("geonames_id", e.where().geonamesId());
      o.put("raw_placename", e.where().text());
      o.put("feature_type", e.where().kind());
    }
    o.put("cameo", e.cameo());
    o.put("sentence", e.sentence().text());
    Article a = se.article();
    o.put("story_id", e.articleId());
    if (a != null) {
      o.put("story_title", a.title());
      o.put("story_url", a.url());
      o.put("publication_date", a.published());
      o.put("source", a.source());
    }
    o.put("confidence", e.confidence());
    o.put("coder", "eventline");
    return EventJson.MAPPER.writeValueAsString(o);
  }

  private static void side(ObjectNode o, String role, Participant p) {
    o.put(role + "_name", p == null ? null : p.name());
    o.put(role + "_name_raw", p == null ? null : p.text());
    o.put(role + "_code", p == null ? null : p.code());
    o.put(role + "_country", p == null ? null : p.country());
    o.put(role + "_sector", p == null ? null : p.kind());
  }
}
