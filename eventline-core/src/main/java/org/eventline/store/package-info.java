/**
 * The store: articles and their coded events in one embedded DuckDB file, queried and exported.
 *
 * <p>{@link org.eventline.store.EventStore} is the front door; {@link org.eventline.store.EventQuery}
 * says which events to list. The schema lives in versioned SQL migrations under
 * {@code resources/org/eventline/store/V<n>.sql}. Every value a caller gives is a bound parameter.
 *
 * <p>A data folder holds {@code eventline.duckdb} (the record of truth), {@code lucene/} (the text
 * index: articles and event sentences) and {@code rows/} (a row-wise copy of each event and article
 * header, from which pages are read). Both folders are derived: delete one and the next open builds
 * it again from the DuckDB file.
 */
package org.eventline.store;
