-- School champions: the champion a ticket was routed to (kept after hand-over, for the report) and
-- when an unclaimed one became the tech team's.
ALTER TABLE tickets ADD COLUMN champion TEXT;
ALTER TABLE tickets ADD COLUMN handed_at TEXT;
CREATE INDEX tickets_champion ON tickets(champion, created_at);
