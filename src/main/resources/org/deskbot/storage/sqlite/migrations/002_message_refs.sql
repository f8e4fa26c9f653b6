-- Where each platform put a ticket's messages (the triage card), so they can be updated in place.
CREATE TABLE message_refs (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  platform TEXT NOT NULL,
  kind TEXT NOT NULL,
  ref TEXT NOT NULL,
  PRIMARY KEY (ticket_id, platform, kind)
);
