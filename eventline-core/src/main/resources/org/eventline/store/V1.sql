-- Eventline store, schema version 1: articles, the events coded from them, and the actors they name.
--
-- Migrations are V1.sql, V2.sql, ... beside this file; Schema applies the ones a store lacks, in order,
-- each in its own transaction, and records it in schema_version. Never edit a released migration:
-- add the next one.
--
-- No secondary indexes: DuckDB's min-max zonemaps already serve range filters, and events arrive
-- clustered by article; an ART index on an upserted table also costs more than it gives here.
-- No foreign keys either: DuckDB checks them eagerly inside a transaction, which fights upserts.

CREATE TABLE articles (
  id            VARCHAR PRIMARY KEY,
  file          VARCHAR NOT NULL,
  url           VARCHAR,
  canonical_url VARCHAR,
  title         VARCHAR,
  published     VARCHAR,   -- as printed: YYYY-MM-DD[THH:MM[:SS][offset]]
  crawled       VARCHAR,
  author        VARCHAR,
  source        VARCHAR,
  site          VARCHAR,
  site_story_id VARCHAR,
  language      VARCHAR,
  body          VARCHAR NOT NULL,
  error         VARCHAR,
  ingested_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

CREATE TABLE events (
  id                VARCHAR PRIMARY KEY,
  article_id        VARCHAR NOT NULL,
  event_date        VARCHAR,  -- YYYY-MM-DD; ISO strings compare in date order
  type              VARCHAR NOT NULL,  -- PLOVER type, EventType.name()
  mode              VARCHAR,
  cameo             VARCHAR,
  quad_class        TINYINT NOT NULL,
  goldstein         DOUBLE NOT NULL,
  status            VARCHAR NOT NULL,  -- asserted, negated, hypothetical
  source_text       VARCHAR,
  source_name       VARCHAR,
  source_code       VARCHAR,
  source_country    VARCHAR,
  source_kind       VARCHAR,
  target_text       VARCHAR,
  target_name       VARCHAR,
  target_code       VARCHAR,
  target_country    VARCHAR,
  target_kind       VARCHAR,
  where_text        VARCHAR,
  where_name        VARCHAR,
  where_country     VARCHAR,
  where_lat         DOUBLE,
  where_lon         DOUBLE,
  where_geonames_id BIGINT,
  where_kind        VARCHAR,
  where_how         VARCHAR,
  sentence_index    INTEGER NOT NULL,
  sentence_text     VARCHAR,
  sentence_start    INTEGER NOT NULL,
  sentence_end      INTEGER NOT NULL,
  confidence        DOUBLE NOT NULL
);

-- What each actor code was last coded as; how many events name it is a query, not a column.
CREATE TABLE actors (
  code    VARCHAR PRIMARY KEY,
  name    VARCHAR,
  country VARCHAR,
  kind    VARCHAR
);
