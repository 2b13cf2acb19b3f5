/**
 * The HTTP shell around the store: a JSON API under {@code /api} (described by
 * {@code openapi.json} beside these classes), server-rendered HTML pages, and the explorer page
 * whose script and libraries ({@code assets/}, npm packages copied in at build time) draw the
 * timeline, the actor network and the map. {@code Access} decides who may read and write.
 *
 * <p>{@link org.eventline.server.EventlineServer} is the front door. Handlers only parse parameters
 * ({@code QueryParams}), call the {@link org.eventline.store.EventStore}, and format the answer:
 * JSON through {@link org.eventline.json.EventJson}, HTML through {@code Pages}, where every
 * scraped string passes {@code Html.escape}.
 */
package org.eventline.server;
