/**
 * Where pages come from: files and folders given on the command line (later WARC files, feeds
 * and URL lists). Sources hand bytes and names to {@link org.eventline.article.ArticleExtractor}.
 */
package org.eventline.source;
