-- Tracked links (/go/<id>), their clicks, and the team's own imported counts (opens, views, completions).
-- A sent link: the random id in PUBLIC_URL/go/<id> and the one address it may redirect to.
CREATE TABLE sent_links (
  id TEXT PRIMARY KEY,
  target TEXT NOT NULL,
  resource TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT '',
  interaction_id INTEGER REFERENCES interactions(id),
  platform TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX sent_links_interaction ON sent_links(interaction_id);

-- Every fetch of a sent link: which interaction, which resource, which platform, when. No IP, no user agent.
CREATE TABLE link_clicks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  link_id TEXT NOT NULL REFERENCES sent_links(id),
  interaction_id INTEGER,
  target TEXT NOT NULL,
  resource TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  platform TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX link_clicks_at ON link_clicks(at, interaction_id, resource, target);
CREATE INDEX link_clicks_interaction ON link_clicks(interaction_id);

-- Counts from the team's own tools, one per district date, resource and kind (a re-import replaces it).
CREATE TABLE engagement_counts (
  day TEXT NOT NULL,
  resource TEXT NOT NULL,
  kind TEXT NOT NULL,
  count INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL,
  PRIMARY KEY (day, resource, kind)
);
