-- Top-level messages heard in Slack listening channels (no text kept): answered ones point at their
-- interaction, the silent ones count only as heard.
CREATE TABLE listened (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  platform TEXT NOT NULL,
  channel TEXT NOT NULL,
  interaction_id INTEGER,
  delivery_id TEXT UNIQUE
);
CREATE INDEX listened_at ON listened(at, interaction_id);
