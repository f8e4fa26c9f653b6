-- The recent messages of each teacher's conversations (a Slack thread or DM, a Teams reply chain, a
-- web-page session): what a follow-up is searched with and which links were already shown. Kept a
-- day at most; the text is redacted like a question.
CREATE TABLE conversation_turns (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id TEXT NOT NULL,
  thread TEXT NOT NULL,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  interaction_id INTEGER NOT NULL DEFAULT 0,
  searched TEXT NOT NULL DEFAULT '',
  shown TEXT NOT NULL DEFAULT '[]',
  UNIQUE (user_id, thread, interaction_id, kind)
);
CREATE INDEX conversation_turns_thread ON conversation_turns(user_id, thread, at);
CREATE INDEX conversation_turns_at ON conversation_turns(at);
