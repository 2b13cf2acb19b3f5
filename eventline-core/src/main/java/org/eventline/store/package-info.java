/**
 * The store: articles and their coded events in one embedded DuckDB file, queried and exported.
 *
 * <p>{@link org.eventline.store.EventStore} is the front door; {@link org.eventline.store.EventQuery}
 * says which events to list. The schema lives in versioned SQL migrations under
 * {@code resources/org/eventline/store/V<n>.sql}. Every value a caller gives is a bound parameter.
 */
package org.eventline.store;
