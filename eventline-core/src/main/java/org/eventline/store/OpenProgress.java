package org.eventline.store;

/**
 * What opening a store reports while it catches up on work an older store or a stopped run left
 * undone: story clusters for articles stored before the store knew them (V6), which on a store of
 * millions of articles takes minutes. Called after each pass of {@code StoryClusters.PASS}
 * articles, on the opening thread.
 *
 * <pre>{@code
 * EventStore.open(dir, (done, total) -> System.err.printf("\rstories: %d of %d articles", done, total));
 * }</pre>
 */
@FunctionalInterface
public interface OpenProgress {
  /** {@code done} of {@code total} articles have their story; {@code total} is counted once, at the start. */
  void storiesAssigned(long done, long total);

  /** Reports nothing. */
  OpenProgress NONE = (done, total) -> {};
}
