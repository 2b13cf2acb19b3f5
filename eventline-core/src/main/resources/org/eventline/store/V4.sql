-- Eventline store, schema version 4 (issue 6): event_keys, the events of each actor and country.
--
-- An actor filter compares both sides of every event, so a rare actor (or a rare actor with a rare
-- type) meant scanning all ten million rows. event_keys lists each event once under every actor
-- code it names ('a:' || code) and every actor country ('c:' || country), with the small columns a
-- page or a count of such a filter also tests, and its row in events. Kept sorted by key and day,
-- a key's events lie in a few row groups whose min-max zonemaps exclude the rest; a date window
-- then narrows them further. event_row is events.rowid, stable because events are only ever
-- appended or updated in place, never deleted.
--
-- EventStore keeps it in step with every write; rows added after the last sort sit unsorted at the
-- end, and a large bulk append sorts the table again (EventKeys.REBUILD, the same query as here).

CREATE TABLE event_keys AS
SELECT * FROM (
  SELECT 'a:' || source_code AS key, day, type, quad_class, status, rowid AS event_row FROM events
    WHERE source_code IS NOT NULL
  UNION ALL SELECT 'a:' || target_code, day, type, quad_class, status, rowid FROM events
    WHERE target_code IS NOT NULL AND target_code IS DISTINCT FROM source_code
  UNION ALL SELECT 'c:' || source_country, day, type, quad_class, status, rowid FROM events
    WHERE source_country IS NOT NULL
  UNION ALL SELECT 'c:' || target_country, day, type, quad_class, status, rowid FROM events
    WHERE target_country IS NOT NULL AND target_country IS DISTINCT FROM source_country
) ORDER BY key, day, event_row;
