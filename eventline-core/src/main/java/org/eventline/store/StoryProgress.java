package org.eventline.store;

/**
 * What a store reports while it assigns story clusters to many articles at once, which on millions
 * of articles takes minutes: when opening catches up on articles stored before the store knew
 * stories (V6) or left by a stopped run, and when {@link EventStore#finishAppend(StoryProgress)}
 * ends a bulk load. Called after each pass of {@code StoryClusters.PASS} articles, on the calling
 * thread.
 *
 * <pre>{@code
 * EventStore.open(dir, (done, total) -> System.err.printf("\rstories: %d of %d articles", done, total));
 * }</pre>
 */
@FunctionalInterface
public interface StoryProgress {
  /** {@code done} of {@code total} articles have their story; {@code total} is counted once, at the start. */
  void storiesAssigned(long done, long total);

  /** Reports nothing. */
  StoryProgress NONE = (done, total) -> {};
}
