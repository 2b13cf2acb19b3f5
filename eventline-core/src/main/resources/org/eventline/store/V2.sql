-- Eventline store, schema version 2 (issue 7): where every input came from, and every page that failed.
--
-- inputs is the ingest ledger: one row per input ingested, keyed by its content hash and URL, so that
-- ingesting the same input twice (or resuming after a crash) skips it before any coding. It also keeps
-- the provenance of each article: the input as given (a path, "crawl.warc.gz#1234", a URL) and the
-- container it came in (a WARC, a feed, a JSON Lines file, a URL list).
--
-- errors keeps one row per failed input and stage, so a resumed run that fails the same way again
-- replaces nothing and adds nothing.

CREATE TABLE inputs (
  content_hash VARCHAR NOT NULL,  -- SHA-256 of the input's bytes, hex
  url          VARCHAR NOT NULL,  -- '' when the input has no URL
  input        VARCHAR NOT NULL,  -- as given: path, WARC path#offset, feed path#item, JSON Lines path#line, URL
  via          VARCHAR,           -- the container it came in, or null for a file given directly
  article_id   VARCHAR,           -- the article made from it; null when none could be made
  ingested_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
  PRIMARY KEY (content_hash, url)
);

CREATE TABLE errors (
  input     VARCHAR NOT NULL,     -- as given, like inputs.input
  stage     VARCHAR NOT NULL,     -- source, fetch, page, code, store
  message   VARCHAR NOT NULL,     -- what went wrong, where, and what to do
  failed_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
  PRIMARY KEY (input, stage)
);
