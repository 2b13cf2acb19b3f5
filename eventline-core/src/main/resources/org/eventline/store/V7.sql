-- Eventline store, schema version 7: event_keys without event_id.
--
-- A development build's V5 added event_keys.event_id; V5 is now empty (see V5.sql). A store that
-- took the first V5 drops the column here, so that EventKeys' inserts fit the table again; any
-- other store has no such column and is left as it is.

ALTER TABLE event_keys DROP COLUMN IF EXISTS event_id;
