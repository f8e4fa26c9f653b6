package org.deskbot.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deskbot.escalate.StoreException;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketChange;
import org.deskbot.escalate.TicketEvent;
import org.deskbot.escalate.TicketQuery;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.escalate.TicketStore;

/**
 * Tickets in SQLite; each change and its audit event commit together. What a change does is the
 * {@link TicketChange}'s (escalate/); this class only reads and writes rows.
 */
public final class SqliteTicketStore implements TicketStore {
  private final Database db;

  public SqliteTicketStore(Database db) {
    this.db = db;
  }

  @Override
  public Ticket create(NewTicket t, Instant at, String deliveryId) throws StoreException {
    return write(
        c -> {
          if (deliveryId != null) {
            try (PreparedStatement ps =
                    Rows.bind(
                        c.prepareStatement("SELECT id FROM tickets WHERE delivery_id = ?"),
                        deliveryId);
                ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                return load(c, rs.getLong(1));
              }
            }
          }
          long id;
          try (PreparedStatement ps =
              Rows.bind(
                  c.prepareStatement(
                      "INSERT INTO tickets(requester, platform, place, school, urgency, category, question, details, suggested, status, created_at, interaction_id, delivery_id, champion)"
                          + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                      Statement.RETURN_GENERATED_KEYS),
                  t.requester(),
                  t.platform(),
                  t.place(),
                  t.school(),
                  t.urgency(),
                  t.category(),
                  t.question(),
                  t.details(),
                  t.suggested(),
                  TicketStatus.OPEN.label(),
                  at,
                  t.interactionId(),
                  deliveryId,
                  t.champion())) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          event(c, id, at, t.requester(), TicketEvent.CREATED, t.urgency());
          if (t.champion() != null) {
            event(c, id, at, "deskbot", TicketEvent.ROUTED, t.champion());
          }
          return load(c, id);
        });
  }

  @Override
  public Optional<Ticket> find(long id) throws StoreException {
    return Rows.read(db, "read ticket", c -> Optional.ofNullable(loadOrNull(c, id)));
  }

  @Override
  public java.util.Map<TicketStatus, Integer> countByStatus(String requester)
      throws StoreException {
    return Rows.read(
        db,
        "count tickets",
        c -> {
          java.util.Map<TicketStatus, Integer> out = new java.util.EnumMap<>(TicketStatus.class);
          for (TicketStatus s : TicketStatus.values()) {
            out.put(s, 0);
          }
          Rows.counted(
                  c,
                  "SELECT status, COUNT(*) FROM tickets WHERE (CAST(? AS TEXT) IS NULL OR requester = ?) GROUP BY status",
                  requester,
                  requester)
              .forEach((status, n) -> out.put(TicketStatus.parse(status), n.intValue()));
          return out;
        });
  }

  @Override
  public List<Ticket> list(String requester, TicketStatus status, int limit) throws StoreException {
    String label = status == null ? null : status.label();
    return Rows.list(
        db,
        "list tickets",
        SqliteTicketStore::ticket,
        "SELECT * FROM tickets WHERE (CAST(? AS TEXT) IS NULL OR requester = ?) AND (CAST(? AS TEXT) IS NULL OR status = ?) ORDER BY id DESC LIMIT ?",
        requester,
        requester,
        label,
        label,
        limit);
  }

  @Override
  public TicketQuery.Page page(TicketQuery q) throws StoreException {
    List<Object> values = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE status IN (");
    for (TicketStatus s : q.states()) {
      where.append(values.isEmpty() ? "?" : ",?");
      values.add(s.label());
    }
    where.append(')');
    if (q.requester() != null) {
      where.append(" AND requester = ?");
      values.add(q.requester());
    }
    if (q.assignee() != null) {
      where.append(" AND assignee = ?");
      values.add(q.assignee());
    }
    StringBuilder order = new StringBuilder(" ORDER BY CASE status");
    for (TicketStatus s : TicketStatus.values()) { // the enum's labels, never a caller's text
      order.append(" WHEN '").append(s.label()).append("' THEN ").append(s.ordinal());
    }
    order.append(" END, id DESC LIMIT ? OFFSET ?");
    Object[] counted = values.toArray();
    values.add(q.limit());
    values.add(q.offset());
    return Rows.read(
        db,
        "list tickets",
        c -> {
          long total = Rows.number(c, "SELECT COUNT(*) FROM tickets" + where, counted);
          return new TicketQuery.Page(
              Rows.list(
                  c,
                  SqliteTicketStore::ticket,
                  "SELECT * FROM tickets" + where + order,
                  values.toArray()),
              (int) total);
        });
  }

  @Override
  public Ticket change(long id, TicketChange change) throws StoreException {
    return write(
        c -> {
          Ticket current = loadOrNull(c, id);
          if (current == null) {
            throw new StoreException(
                StoreException.Kind.NOT_FOUND, "no ticket " + Ticket.numberOf(id));
          }
          TicketChange.Applied applied = change.apply(current);
          Ticket t = applied.after();
          if (!t.equals(current)) {
            Rows.update(
                c,
                "UPDATE tickets SET status = ?, assignee = ?, claimed_at = ?, first_response_at = ?,"
                    + " resolved_at = ?, minutes = ?, resolution = ?, handed_at = ? WHERE id = ?",
                t.status().label(),
                t.assignee(),
                t.claimedAt(),
                t.firstResponseAt(),
                t.resolvedAt(),
                t.minutes(),
                t.resolution(),
                t.handedAt(),
                id);
          }
          TicketEvent e = applied.event();
          event(c, id, e.at(), e.actor(), e.kind(), e.detail());
          return load(c, id);
        });
  }

  @Override
  public List<TicketEvent> events(long id) throws StoreException {
    return Rows.list(
        db,
        "read events",
        rs ->
            new TicketEvent(
                id,
                Rows.instant(rs, "at"),
                rs.getString("actor"),
                rs.getString("kind"),
                rs.getString("detail")),
        "SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id",
        id);
  }

  @FunctionalInterface
  private interface Write<T> {
    T apply(Connection c) throws SQLException, StoreException;
  }

  private <T> T write(Write<T> work) throws StoreException {
    StoreException[] domain = new StoreException[1];
    try {
      return db.inTransaction(
          c -> {
            try {
              return work.apply(c);
            } catch (StoreException e) {
              domain[0] = e;
              throw new SQLException("rolled back: " + e.getMessage());
            }
          });
    } catch (SQLException e) {
      if (domain[0] != null) {
        throw domain[0];
      }
      throw new StoreException("ticket store failed: " + e.getMessage(), e);
    }
  }

  private static void event(
      Connection c, long id, Instant at, String actor, String kind, String detail)
      throws SQLException {
    Rows.update(
        c,
        "INSERT INTO ticket_events(ticket_id, at, actor, kind, detail) VALUES (?,?,?,?,?)",
        id,
        at,
        actor,
        kind,
        detail);
  }

  private static Ticket load(Connection c, long id) throws SQLException {
    Ticket t = loadOrNull(c, id);
    if (t == null) {
      throw new SQLException("ticket " + id + " vanished");
    }
    return t;
  }

  private static Ticket loadOrNull(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
            Rows.bind(c.prepareStatement("SELECT * FROM tickets WHERE id = ?"), id);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? ticket(rs) : null;
    }
  }

  private static Ticket ticket(ResultSet rs) throws SQLException {
    return new Ticket(
        rs.getLong("id"),
        rs.getString("requester"),
        rs.getString("platform"),
        rs.getString("place"),
        rs.getString("school"),
        rs.getString("urgency"),
        rs.getString("category"),
        rs.getString("question"),
        rs.getString("details"),
        rs.getString("suggested"),
        TicketStatus.parse(rs.getString("status")),
        rs.getString("assignee"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "claimed_at"),
        Rows.instant(rs, "first_response_at"),
        Rows.instant(rs, "resolved_at"),
        Rows.intOrNull(rs, "minutes"),
        rs.getString("resolution"),
        Rows.longOrNull(rs, "interaction_id"),
        rs.getString("champion"),
        Rows.instant(rs, "handed_at"));
  }
}
