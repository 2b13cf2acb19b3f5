package org.eventline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.eventline.store.EventStore;
import org.eventline.store.StoryProgress;
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
    StoriesLine line = new StoriesLine(err, "store " + dir + ": finding the story clusters of articles stored before");
    EventStore store = EventStore.open(dir, line);
    line.end();
    return store;
  }

  /** Ends a bulk load, drawing how far the story clusters of the appended articles are. */
  static void finishAppend(EventStore store, PrintWriter err) {
    StoriesLine line = new StoriesLine(err, "finding the story clusters of the loaded articles");
    store.finishAppend(line);
    line.end();
  }

  /** One progress line on stderr, redrawn in place, ended only if it was drawn. */
  private static final class StoriesLine implements StoryProgress {
    private final PrintWriter err;
    private final String what;
    private boolean drawn;
    private String last;

    StoriesLine(PrintWriter err, String what) {
      this.err = err;
      this.what = what;
    }

    @Override
    public void storiesAssigned(long done, long total) {
      draw(what, done, total);
    }

    @Override
    public void rowsCopied(long done, long total) {
      draw("copying event rows for fast pages (once)", done, total);
    }

    private void draw(String line, long done, long total) {
      if (!line.equals(last)) {
        end();
        last = line;
      }
      err.printf("\r%s: %,d of %,d (%d%%)", line, done, total, total == 0 ? 100 : 100 * done / total);
      err.flush();
      drawn = true;
    }

    void end() {
      if (drawn) {
        err.println();
        err.flush();
        drawn = false;
      }
    }
  }
}
