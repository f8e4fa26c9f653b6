-- Browser sessions, shared by every instance on the database (the key is a digest of the cookie).
CREATE TABLE web_sessions (
  session_key TEXT PRIMARY KEY,
  user_id TEXT,
  csrf TEXT NOT NULL,
  expires TEXT NOT NULL
);
CREATE INDEX web_sessions_expires ON web_sessions(expires);

-- Who runs a chore (the daily purge, the weekly post) until when, among instances on one database.
CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  until TEXT NOT NULL
);
