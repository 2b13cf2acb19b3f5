-- Eventline store, schema version 5: withdrawn before any release; kept so that the numbering runs on.
--
-- It put each event's id into event_keys, so that a page could read its rows through the primary
-- key's index instead of by row id. Measured at 10 M events (docs/BENCHMARKS.md, store, 2026-11-29)
-- that was no faster once a store is warm, slower the first time a page's rows are read (the index
-- is loaded lazily), and 16 % larger on disk, so pages read by row id again. V7 drops the column
-- from the few development stores that took the first version of this migration.

SELECT 1;
