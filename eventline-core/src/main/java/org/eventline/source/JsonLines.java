package org.eventline.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A JSON Lines file of scraped pages, one object a line: {@code {"url": ..., "html": ...}} or
 * {@code {"url": ..., "text": ...}}. Each line is an input of its own ({@code pages.jsonl#12}, by
 * line number), so one bad line costs one page, not the file.
 */
record JsonLines(String name, Path path, int maxBytes) implements Source {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void read(PageSink sink) {
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (!line.isBlank()) {
          sink.accept(page(name + "#" + lineNo, line));
        }
      }
    } catch (NoSuchFileException e) {
      sink.accept(PageInput.failed(name, null, null, "JSON Lines " + name + ": no such file"));
    } catch (AccessDeniedException e) {
      sink.accept(PageInput.failed(name, null, null, "JSON Lines " + name + ": permission denied; check the file's permissions"));
    } catch (CharacterCodingException e) {
      sink.accept(PageInput.failed(name + "#" + (lineNo + 1), name, null, "JSON Lines " + name + ": line " + (lineNo + 1)
          + " is not valid UTF-8 (JSON must be); the rest of the file was skipped"));
    } catch (IOException e) {
      sink.accept(PageInput.failed(name, null, null, "JSON Lines " + name + ": cannot be read after line " + lineNo
          + " (" + e.getMessage() + ")"));
    }
  }

  private PageInput page(String input, String line) {
    if (line.length() > maxBytes) {
      return PageInput.failed(input, name, null, "JSON Lines " + input + ": line of " + line.length()
          + " characters, over the page limit of " + maxBytes + "; skipped");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return PageInput.failed(input, name, null, "JSON Lines " + input + ": not JSON ("
          + e.getOriginalMessage() + "); skipped");
    }
    if (node == null || !node.isObject()) {
      return PageInput.failed(input, name, null, "JSON Lines " + input + ": not a JSON object; skipped");
    }
    String url = node.path("url").isTextual() ? node.get("url").asText() : null;
    if (node.path("html").isTextual()) {
      return PageInput.of(input, name, url, node.get("html").asText().getBytes(StandardCharsets.UTF_8))
          .withContentType("text/html; charset=UTF-8");
    }
    if (node.path("text").isTextual()) {
      return PageInput.of(input, name, url, node.get("text").asText().getBytes(StandardCharsets.UTF_8))
          .withContentType("text/plain; charset=UTF-8").asText();
    }
    return PageInput.failed(input, name, url, "JSON Lines " + input + ": has neither an \"html\" nor a \"text\""
        + " string; expected {\"url\": ..., \"html\": ...} or {\"url\": ..., \"text\": ...}");
  }
}
