package org.eventline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.eventline.store.EventStore;
import picocli.CommandLine.Option;

/** The --data option: where the embedded store lives. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "eventline-data",
      description = "Folder of the embedded store (default: ${DEFAULT-VALUE}).")
  Path dir;

  /**
   * Opens the store, telling {@code err} how far it is when opening means assigning story clusters
   * to many articles stored before this Eventline knew them (minutes on a store of millions).
   */
  EventStore open(PrintWriter err) {
    return open(dir, err);
  }

  static EventStore open(Path dir, PrintWriter err) {
    boolean[] drawn = {false};
    EventStore store = EventStore.open(dir, (done, total) -> {
      err.printf("\rstore %s: finding the story clusters of articles stored before: %,d of %,d (%d%%)",
          dir, done, total, total == 0 ? 100 : 100 * done / total);
      err.flush();
      drawn[0] = true;
    });
    if (drawn[0]) {
      err.println();
      err.flush();
    }
    return store;
  }
}
