-- Eventline store, schema version 6 (issue 5): story clusters, and events with their mentions.
--
-- Stories. Every article gets a row in article_stories: its MinHash signature (64 values over its
-- word 5-shingles, title and body, as org.eventline.dedup.Fingerprint computes them) and the story
-- it belongs to. story_bands holds its 32 LSH band keys, so a new article finds its candidate
-- copies among every stored one with one join, across runs. A candidate whose shorter text is
-- mostly (estimated containment >= 0.7) in the longer joins its story. A story's id is the id of
-- its first stored article and never changes, except when an article bridges two stories: they
-- merge under the older id. stories keeps each story's original (the article the others credit,
-- else the earliest published, else the first stored) and its publisher (the original's site).
-- article_row is articles.rowid: articles are never updated or deleted.
--
-- Events and mentions. Each stored event is one mention; event_mentions gives it the key of the
-- event it reports (EventGroups.KEY: day, CAMEO code else PLOVER type, status, the two sides,
-- place), and event_groups counts each key's mentions, distinct stories (num_articles) and
-- distinct publishers of those stories (num_sources), GDELT's NumMentions/NumArticles/NumSources
-- with reposts folded into their story. event_row is events.rowid, as in event_keys.
--
-- The tables start empty: signatures are computed in Java, so EventStore fills them on open for
-- every article and event past the last one they hold (all of them, on an upgraded store).

CREATE TABLE article_stories (
  article_row BIGINT NOT NULL,
  article_id  VARCHAR NOT NULL,
  story_id    VARCHAR NOT NULL,
  shingles    INTEGER NOT NULL,   -- 0: no words to compare; the article is a story of its own
  signature   INTEGER[]           -- NULL when shingles is 0
);

CREATE TABLE story_bands (
  band_key    BIGINT NOT NULL,    -- band number in the top bits, as Fingerprint.bandKeys() gives it
  article_row BIGINT NOT NULL
);

CREATE TABLE stories (
  story_id    VARCHAR PRIMARY KEY,
  original_id VARCHAR NOT NULL,
  publisher   VARCHAR NOT NULL,   -- the original's site without www., else the story id
  articles    INTEGER NOT NULL
);

CREATE TABLE event_mentions (
  event_row  BIGINT NOT NULL,
  article_id VARCHAR NOT NULL,
  event_key  VARCHAR NOT NULL
);

CREATE TABLE event_groups (
  event_key    VARCHAR PRIMARY KEY,
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources  INTEGER NOT NULL
);
