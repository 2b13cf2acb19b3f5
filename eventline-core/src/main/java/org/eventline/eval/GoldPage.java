package org.eventline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The gold annotation of one page: the page's file name and the events in it.
 * Reads a JSON file with one object, or JSON Lines with one object a line.
 */
public record GoldPage(String file, List<GoldEvent> events) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static List<GoldPage> read(Path path) throws IOException {
    String text = Files.readString(path);
    List<GoldPage> pages = new ArrayList<>();
    String trimmed = text.strip();
    if (trimmed.startsWith("[")) {
      for (JsonNode n : MAPPER.readTree(trimmed)) {
        pages.add(of(n));
      }
    } else if (trimmed.startsWith("{") && !trimmed.contains("\n{")) {
      pages.add(of(MAPPER.readTree(trimmed)));
    } else {
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          pages.add(of(MAPPER.readTree(line)));
        }
      }
    }
    return pages;
  }

  static GoldPage of(JsonNode n) {
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : n.path("events")) {
      events.add(new GoldEvent(actor(e.get("source")), actor(e.get("target")), strings(e.path("types")),
          place(e.get("where")), e.path("status").asText("asserted"), e.path("required").asBoolean(false),
          e.path("sentence").asText(null)));
    }
    return new GoldPage(n.path("file").asText(), events);
  }

  private static GoldEvent.GoldActor actor(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return new GoldEvent.GoldActor(strings(n.path("names")), text(n.get("country")), text(n.get("kind")));
  }

  private static GoldEvent.GoldPlace place(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return new GoldEvent.GoldPlace(text(n.get("name")), text(n.get("country")));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }
}
