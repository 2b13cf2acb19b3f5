-- Eventline store, schema version 3 (issue 6): the event date as a real DATE.
--
-- event_date stays as printed (YYYY-MM-DD, what exports and the API show); day is the same date
-- typed, and is what filters, sorts and pages use: dates compare faster than strings and their
-- min-max zonemaps are exact, so a date-bounded scan skips the row groups outside its range
-- (events arrive clustered by date, and appended stores are loaded in date order).
-- Existing rows get their day from event_date; a value that is not an ISO date stays NULL.

ALTER TABLE events ADD COLUMN day DATE;
UPDATE events SET day = try_cast(event_date AS DATE);
