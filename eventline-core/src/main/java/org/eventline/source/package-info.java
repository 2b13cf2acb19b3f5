/**
 * Where pages come from: files and folders of pages, WARC files, RSS and Atom feeds, JSON Lines of
 * scraped pages, and URL lists fetched politely. {@link org.eventline.source.Sources} opens what a
 * user names; each {@link org.eventline.source.Source} hands {@link org.eventline.source.PageInput}s
 * (bytes plus provenance, or an error naming the input) to a sink, and never throws for bad input.
 *
 * <p>{@link org.eventline.source.PageFiles} is the older, simpler expander of page files used by
 * the commands that print one page's results.
 */
package org.eventline.source;
