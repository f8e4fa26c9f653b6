package org.deskbot.storage.sqlite;

import java.time.Instant;
import java.util.Optional;
import org.deskbot.chat.SessionStore;
import org.deskbot.escalate.StoreException;

/** Browser sessions in the database (migration 010), so every instance on it knows them. */
public final class SqliteSessions implements SessionStore {
  private final Database db;

  public SqliteSessions(Database db) {
    this.db = db;
  }

  @Override
  public Optional<Stored> find(String key, Instant now) throws StoreException {
    return Rows.first(
        db,
        "read the session",
        rs ->
            new Stored(
                rs.getString("session_key"),
                rs.getString("user_id"),
                rs.getString("csrf"),
                Rows.instant(rs, "expires")),
        "SELECT * FROM web_sessions WHERE session_key = ? AND expires >= ?",
        key,
        SqliteReportStore.bound(now));
  }

  @Override
  public void save(Stored s) throws StoreException {
    Rows.update(
        db,
        "save the session",
        "INSERT INTO web_sessions(session_key, user_id, csrf, expires) VALUES (?,?,?,?)"
            + " ON CONFLICT(session_key) DO UPDATE SET user_id = excluded.user_id,"
            + " csrf = excluded.csrf, expires = excluded.expires",
        s.key(),
        s.user(),
        s.csrf(),
        SqliteReportStore.bound(s.expires()));
  }

  @Override
  public void delete(String key) throws StoreException {
    Rows.update(db, "end the session", "DELETE FROM web_sessions WHERE session_key = ?", key);
  }

  @Override
  public int deleteExpired(Instant now) throws StoreException {
    return Rows.update(
        db,
        "forget expired sessions",
        "DELETE FROM web_sessions WHERE expires < ?",
        SqliteReportStore.bound(now));
  }
}
