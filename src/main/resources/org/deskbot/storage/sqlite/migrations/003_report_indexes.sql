-- The weekly report reads one week at a time: covering indexes so its aggregates never scan the table.
CREATE INDEX interactions_report ON interactions(created_at, decision, feedback, category, ticket_id, user_id);
CREATE INDEX tickets_created ON tickets(created_at, interaction_id, category, requester);
CREATE INDEX tickets_resolved ON tickets(resolved_at, category, minutes, created_at);
CREATE INDEX tickets_first_response ON tickets(first_response_at, created_at);
