/**
 * The {@code eventline} command line (picocli): thin commands that parse arguments, call the
 * core pipeline, the store or the server, and format output. {@link org.eventline.cli.EventlineCommand}
 * is the entry point.
 */
package org.eventline.cli;
