package org.eventline.store;

/**
 * What a store reports while it catches up on minutes of work. Above all story clusters, which it
 * assigns to many articles at once when opening catches up on articles stored before the store knew
 * stories (V6) or left by a stopped run, and when {@link EventStore#finishAppend(StoryProgress)}
 * ends a bulk load: called after each pass of {@code StoryClusters.PASS} articles, on the calling
 * thread. Also the row copies of events that a store opened by this build for the first time lacks
 * ({@link #rowsCopied}).
 *
 * <pre>{@code
 * EventStore.open(dir, (done, total) -> System.err.printf("\rstories: %d of %d articles", done, total));
 * }</pre>
 */
@FunctionalInterface
public interface StoryProgress {
  /** {@code done} of {@code total} articles have their story; {@code total} is counted once, at the start. */
  void storiesAssigned(long done, long total);

  /**
   * {@code done} of {@code total} events have their row copy for fast pages ({@code EventDocs}):
   * made once for a store that never had it (minutes at ten million events), then kept up by writes.
   */
  default void rowsCopied(long done, long total) {}

  /** Reports nothing. */
  StoryProgress NONE = (done, total) -> {};
}
