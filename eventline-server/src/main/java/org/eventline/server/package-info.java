/**
 * The HTTP shell around the store: a JSON API under {@code /api} and server-rendered HTML pages.
 *
 * <p>{@link org.eventline.server.EventlineServer} is the front door. Handlers only parse parameters
 * ({@code QueryParams}), call the {@link org.eventline.store.EventStore}, and format the answer:
 * JSON through {@link org.eventline.json.EventJson}, HTML through {@code Pages}, where every
 * scraped string passes {@code Html.escape}.
 */
package org.eventline.server;
