/**
 * The flow composed in one place: {@link org.eventline.pipeline.Pipeline} takes a page to an
 * article, sentences, actors, parses and events. The CLI, the server and batch jobs call it.
 */
package org.eventline.pipeline;
