package org.deskbot.storage.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.deskbot.chat.Deliveries;
import org.deskbot.escalate.MessageRefs;
import org.deskbot.escalate.StoreException;

/** Handled delivery ids and the platforms' message references, in SQLite. */
public final class SqliteDeliveries implements Deliveries, MessageRefs {
  private final Database db;

  public SqliteDeliveries(Database db) {
    this.db = db;
  }

  @Override
  public boolean first(String deliveryId, String kind, Instant at) throws StoreException {
    try {
      return db.inTransaction(
          c -> {
            try (PreparedStatement ps =
                Rows.bind(
                    c.prepareStatement(
                        "INSERT OR IGNORE INTO deliveries(delivery_id, kind, result, at) VALUES (?,?,?,?)"),
                    deliveryId,
                    kind,
                    "",
                    at)) {
              return ps.executeUpdate() == 1;
            }
          });
    } catch (SQLException e) {
      throw new StoreException("cannot record the delivery: " + e.getMessage(), e);
    }
  }

  @Override
  public void forget(String deliveryId, String kind) throws StoreException {
    try {
      db.inTransaction(
          c -> {
            try (PreparedStatement ps =
                Rows.bind(
                    c.prepareStatement("DELETE FROM deliveries WHERE delivery_id = ? AND kind = ?"),
                    deliveryId,
                    kind)) {
              return ps.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw new StoreException("cannot forget the delivery: " + e.getMessage(), e);
    }
  }

  @Override
  public void put(long ticket, String platform, String kind, String ref) throws StoreException {
    try {
      db.inTransaction(
          c -> {
            try (PreparedStatement ps =
                Rows.bind(
                    c.prepareStatement(
                        "INSERT INTO message_refs(ticket_id, platform, kind, ref) VALUES (?,?,?,?)"
                            + " ON CONFLICT(ticket_id, platform, kind) DO UPDATE SET ref = excluded.ref"),
                    ticket,
                    platform,
                    kind,
                    ref)) {
              return ps.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw new StoreException("cannot record the message reference: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<String> get(long ticket, String platform, String kind) throws StoreException {
    try {
      return db.read(
          c -> {
            try (PreparedStatement ps =
                    Rows.bind(
                        c.prepareStatement(
                            "SELECT ref FROM message_refs WHERE ticket_id = ? AND platform = ? AND kind = ?"),
                        ticket,
                        platform,
                        kind);
                ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          });
    } catch (SQLException e) {
      throw new StoreException("cannot read the message reference: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Long> ticketAt(String platform, String kind, String ref) throws StoreException {
    try {
      return db.read(
          c -> {
            try (PreparedStatement ps =
                    Rows.bind(
                        c.prepareStatement(
                            "SELECT ticket_id FROM message_refs WHERE platform = ? AND kind = ? AND ref = ?"
                                + " ORDER BY ticket_id DESC LIMIT 1"),
                        platform,
                        kind,
                        ref);
                ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
          });
    } catch (SQLException e) {
      throw new StoreException("cannot read the message reference: " + e.getMessage(), e);
    }
  }
}
