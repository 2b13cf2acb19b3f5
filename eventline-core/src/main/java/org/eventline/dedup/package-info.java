/**
 * Duplicates: the same story on several sites, and the same event in many articles.
 * {@link org.eventline.dedup.Deduplicator} finds near-duplicate articles with MinHash over word
 * shingles and LSH banding, and groups them in {@link org.eventline.dedup.StoryCluster}s with the
 * original marked (the credited source, else the earliest). {@link org.eventline.dedup.EventAggregator}
 * folds the same who-did-what-to-whom-where-when reported by many articles into one
 * {@link org.eventline.dedup.AggregatedEvent} that keeps its mentions, as GDELT separates events
 * from mentions.
 */
package org.eventline.dedup;
