package org.eventline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eventline.store.EventStore;
import org.eventline.store.StoreException;

/**
 * Writes every stored event to a file in one of the {@link ExportFormat}s, streaming: a store of
 * ten million events is never held in memory.
 *
 * <pre>{@code
 * try (EventStore store = EventStore.open(Path.of("eventline-data"))) {
 *   long n = Exporter.write(store, ExportFormat.GDELT, Path.of("events.gdelt.tsv"));
 * }
 * }</pre>
 */
public final class Exporter {
  private Exporter() {}

  /** Writes the file, replacing it; returns how many events (or, for GEXF, edges) it holds. */
  public static long write(EventStore store, ExportFormat format, Path out) {
    return switch (format) {
      case CSV -> store(store, org.eventline.store.ExportFormat.CSV, out);
      case PARQUET -> store(store, org.eventline.store.ExportFormat.PARQUET, out);
      case JSONL -> store(store, org.eventline.store.ExportFormat.JSONL, out);
      case GDELT -> gdelt(store, out);
      case PLOVER -> lines(store, out, new PloverRow());
      case GEXF -> gexf(store, out);
    };
  }

  private static long store(EventStore store, org.eventline.store.ExportFormat format, Path out) {
    store.export(format, out);
    return store.summary().events();
  }

  /** One line per event, written by {@code row}. */
  private static long lines(EventStore store, Path out, LineFormat row) {
    return writeLines(out, sink -> store.forEach(se -> sink.accept(() -> row.line(se))));
  }

  /** One row per event, not per mention, as GDELT's event table has: its mentions are counted in it. */
  private static long gdelt(EventStore store, Path out) {
    GdeltRow row = new GdeltRow();
    return writeLines(out, sink -> store.forEachEvent((se, group) -> sink.accept(() -> row.line(se, group))));
  }

  /** One line of an export, made when it is written. */
  private interface Line {
    String text() throws IOException;
  }

  /** Writes the lines {@code source} gives, each ended by a newline; returns how many. */
  private static long writeLines(Path out, java.util.function.Consumer<java.util.function.Consumer<Line>> source) {
    long[] n = {0};
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      source.accept(line -> {
        try {
          w.write(line.text());
          w.write('\n');
          n[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      throw new StoreException("cannot write the export " + out + ": " + e.getMessage(), e);
    }
    return n[0];
  }

  private static long gexf(EventStore store, Path out) {
    try {
      return new GexfWriter().write(store, out);
    } catch (IOException e) {
      throw new StoreException("cannot write the export " + out + ": " + e.getMessage(), e);
    }
  }
}
