package org.deskbot.storage.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.deskbot.escalate.StoreException;
import org.deskbot.report.Interaction;
import org.deskbot.report.InteractionLog;

/** The interaction log in SQLite. */
public final class SqliteInteractionLog implements InteractionLog {
  private final Database db;

  public SqliteInteractionLog(Database db) {
    this.db = db;
  }

  @Override
  public Interaction record(NewInteraction i, Instant at, String deliveryId) throws StoreException {
    try {
      return db.inTransaction(
          c -> {
            if (deliveryId != null) {
              try (PreparedStatement ps =
                      Rows.bind(
                          c.prepareStatement("SELECT * FROM interactions WHERE delivery_id = ?"),
                          deliveryId);
                  ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                  return interaction(rs);
                }
              }
            }
            long id;
            try (PreparedStatement ps =
                Rows.bind(
                    c.prepareStatement(
                        "INSERT INTO interactions(created_at, platform, user_id, place, question, language, category, category_confidence, decision, results, delivery_id)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        Statement.RETURN_GENERATED_KEYS),
                    at,
                    i.platform(),
                    i.userId(),
                    i.place(),
                    i.question(),
                    i.language(),
                    i.category(),
                    i.categoryConfidence(),
                    i.decision(),
                    i.results(),
                    deliveryId)) {
              ps.executeUpdate();
              try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
              }
            }
            // what was just written, without reading it back inside the write lock
            return i.recorded(id, at);
          });
    } catch (SQLException e) {
      throw new StoreException("cannot record the interaction: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Interaction> find(long id) throws StoreException {
    return Rows.first(
        db,
        "read the interaction",
        SqliteInteractionLog::interaction,
        "SELECT * FROM interactions WHERE id = ?",
        id);
  }

  @Override
  public Interaction feedback(long id, String feedback, Instant at) throws StoreException {
    Interaction updated =
        Rows.write(
            db,
            "record feedback",
            c -> {
              int changed =
                  Rows.update(
                      c,
                      "UPDATE interactions SET feedback = ?, feedback_at = ? WHERE id = ?",
                      feedback,
                      at,
                      id);
              return changed == 0 ? null : load(c, id);
            });
    if (updated == null) {
      throw new StoreException(StoreException.Kind.NOT_FOUND, "no interaction " + id);
    }
    return updated;
  }

  @Override
  public void linkTicket(long id, long ticketId) throws StoreException {
    Rows.update(
        db, "link the ticket", "UPDATE interactions SET ticket_id = ? WHERE id = ?", ticketId, id);
  }

  @Override
  public List<Interaction> since(Instant since) throws StoreException {
    return Rows.list(
        db,
        "read interactions",
        SqliteInteractionLog::interaction,
        "SELECT * FROM interactions WHERE created_at >= ? ORDER BY id",
        since);
  }

  @Override
  public int purgeText(Instant before) throws StoreException {
    return Rows.write(
        db,
        "purge",
        c -> {
          int n =
              Rows.update(
                  c,
                  "UPDATE interactions SET question = NULL WHERE created_at < ? AND question IS NOT NULL",
                  before);
          n +=
              Rows.update(
                  c,
                  "UPDATE tickets SET question = NULL, details = NULL WHERE created_at < ? AND (question IS NOT NULL OR details IS NOT NULL)",
                  before);
          Rows.update(
              c,
              "UPDATE ticket_events SET detail = NULL WHERE at < ? AND kind = 'replied'",
              before);
          return n;
        });
  }

  private static Interaction load(java.sql.Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
            Rows.bind(c.prepareStatement("SELECT * FROM interactions WHERE id = ?"), id);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("interaction " + id + " vanished");
      }
      return interaction(rs);
    }
  }

  private static Interaction interaction(ResultSet rs) throws SQLException {
    return new Interaction(
        rs.getLong("id"),
        Rows.instant(rs, "created_at"),
        rs.getString("platform"),
        rs.getString("user_id"),
        rs.getString("place"),
        rs.getString("question"),
        rs.getString("language"),
        rs.getString("category"),
        rs.getDouble("category_confidence"),
        rs.getString("decision"),
        rs.getString("results"),
        rs.getString("feedback"),
        Rows.instant(rs, "feedback_at"),
        Rows.longOrNull(rs, "ticket_id"));
  }
}
