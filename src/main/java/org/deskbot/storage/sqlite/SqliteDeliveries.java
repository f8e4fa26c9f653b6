package org.deskbot.storage.sqlite;

import java.time.Instant;
import java.util.Optional;
import org.deskbot.chat.Deliveries;
import org.deskbot.escalate.MessageRefs;
import org.deskbot.escalate.StoreException;

/**
 * Handled delivery ids and the platforms' message references. The delivery id is the table's key,
 * so of several instances that receive the same delivery exactly one records it first.
 */
public final class SqliteDeliveries implements Deliveries, MessageRefs {
  private final Database db;

  public SqliteDeliveries(Database db) {
    this.db = db;
  }

  @Override
  public boolean first(String deliveryId, String kind, Instant at) throws StoreException {
    return Rows.update(
            db,
            "record the delivery",
            "INSERT INTO deliveries(delivery_id, kind, result, at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
            deliveryId,
            kind,
            "",
            at)
        == 1;
  }

  @Override
  public void forget(String deliveryId, String kind) throws StoreException {
    Rows.update(
        db,
        "forget the delivery",
        "DELETE FROM deliveries WHERE delivery_id = ? AND kind = ?",
        deliveryId,
        kind);
  }

  @Override
  public void put(long ticket, String platform, String kind, String ref) throws StoreException {
    Rows.update(
        db,
        "record the message reference",
        "INSERT INTO message_refs(ticket_id, platform, kind, ref) VALUES (?,?,?,?)"
            + " ON CONFLICT(ticket_id, platform, kind) DO UPDATE SET ref = excluded.ref",
        ticket,
        platform,
        kind,
        ref);
  }

  @Override
  public Optional<String> get(long ticket, String platform, String kind) throws StoreException {
    return Rows.first(
        db,
        "read the message reference",
        rs -> rs.getString(1),
        "SELECT ref FROM message_refs WHERE ticket_id = ? AND platform = ? AND kind = ?",
        ticket,
        platform,
        kind);
  }

  @Override
  public Optional<Long> ticketAt(String platform, String kind, String ref) throws StoreException {
    return Rows.first(
        db,
        "read the message reference",
        rs -> rs.getLong(1),
        "SELECT ticket_id FROM message_refs WHERE platform = ? AND kind = ? AND ref = ?"
            + " ORDER BY ticket_id DESC",
        platform,
        kind,
        ref);
  }
}
