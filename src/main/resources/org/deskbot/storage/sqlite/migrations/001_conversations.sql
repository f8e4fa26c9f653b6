-- Interactions, tickets, their audit trail, and processed deliveries.
CREATE TABLE interactions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  question TEXT,
  language TEXT NOT NULL DEFAULT 'en',
  category TEXT NOT NULL DEFAULT 'other',
  category_confidence REAL NOT NULL DEFAULT 0,
  decision TEXT NOT NULL,
  results TEXT NOT NULL DEFAULT '[]',
  feedback TEXT NOT NULL DEFAULT 'none',
  feedback_at TEXT,
  ticket_id INTEGER,
  delivery_id TEXT UNIQUE
);
CREATE INDEX interactions_created ON interactions(created_at);
CREATE INDEX interactions_user ON interactions(user_id, created_at);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  requester TEXT NOT NULL,
  platform TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  school TEXT NOT NULL DEFAULT '',
  urgency TEXT NOT NULL DEFAULT 'normal',
  category TEXT NOT NULL DEFAULT 'other',
  question TEXT,
  details TEXT,
  suggested TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL,
  assignee TEXT,
  created_at TEXT NOT NULL,
  claimed_at TEXT,
  first_response_at TEXT,
  resolved_at TEXT,
  minutes INTEGER,
  resolution TEXT,
  interaction_id INTEGER REFERENCES interactions(id),
  delivery_id TEXT UNIQUE
);
CREATE INDEX tickets_status ON tickets(status);
CREATE INDEX tickets_requester ON tickets(requester);

CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id);

CREATE TABLE deliveries (
  delivery_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  result TEXT NOT NULL,
  at TEXT NOT NULL
);
