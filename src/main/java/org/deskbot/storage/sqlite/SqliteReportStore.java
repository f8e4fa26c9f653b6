package org.deskbot.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deskbot.escalate.StoreException;
import org.deskbot.report.ReportStore;

/** The weekly report's aggregates in SQL, over the covering indexes of migration 003. */
public final class SqliteReportStore implements ReportStore {
  /**
   * Stored instants are {@code Instant.toString()} text, whose fraction is omitted when zero; a
   * bound written with {@code .000} compares correctly as text against both forms.
   */
  private static final DateTimeFormatter BOUND =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final String ANSWERED = "decision IN ('answer','suggest')";

  /** Solved, and no ticket from that thread within 7 days. */
  private final String confirmed;

  /**
   * The same as a CASE, so the ticket is only looked up for a solved answer that has one (a third
   * faster over a week).
   */
  private final String confirmedCase;

  /** Resolved by the champion it was routed to, before it went to the team. */
  private static final String BY_CHAMPION =
      "champion IS NOT NULL AND handed_at IS NULL AND assignee = champion";

  private final Database db;

  public SqliteReportStore(Database db) {
    this.db = db;
    String ticketWithinAWeek = db.dialect().withinDays("t.created_at", "i.created_at", 7);
    this.confirmed =
        ANSWERED
            + " AND feedback = 'solved' AND NOT EXISTS (SELECT 1 FROM tickets t"
            + " WHERE t.id = i.ticket_id AND "
            + ticketWithinAWeek
            + ")";
    this.confirmedCase =
        "CASE WHEN feedback <> 'solved' OR decision NOT IN ('answer','suggest') THEN 0"
            + " WHEN ticket_id IS NULL THEN 1 WHEN EXISTS (SELECT 1 FROM tickets t WHERE t.id = i.ticket_id"
            + " AND "
            + ticketWithinAWeek
            + ") THEN 0 ELSE 1 END";
  }

  static String bound(Instant at) {
    return BOUND.format(at);
  }

  @Override
  public Counts counts(Instant from, Instant to) throws StoreException {
    return read(
        "count",
        c -> {
          long[] i =
              numbers(
                  c,
                  "SELECT COUNT(CASE WHEN decision <> 'not-a-question' THEN 1 END),"
                      + " COUNT(CASE WHEN decision = 'not-a-question' THEN 1 END),"
                      + " COUNT(CASE WHEN "
                      + ANSWERED
                      + " THEN 1 END), COUNT(CASE WHEN decision = 'escalate' THEN 1 END), COALESCE(SUM("
                      + confirmedCase
                      + "),0)"
                      + " FROM interactions i WHERE created_at >= ? AND created_at < ?",
                  from,
                  to);
          long[] opened =
              numbers(
                  c,
                  "SELECT COUNT(*), COUNT(interaction_id) FROM tickets WHERE created_at >= ? AND created_at < ?",
                  from,
                  to);
          long[] resolved =
              numbers(
                  c,
                  "SELECT COUNT(*), COALESCE(SUM(CASE WHEN "
                      + BY_CHAMPION
                      + " THEN 0 ELSE minutes END),0) FROM tickets WHERE resolved_at >= ? AND resolved_at < ?",
                  from,
                  to);
          return new Counts(
              i[0], i[1], i[2], i[3], i[4], opened[0], opened[1], resolved[0], resolved[1]);
        });
  }

  @Override
  public Listening listening(Instant from, Instant to) throws StoreException {
    return read(
        "count the listening channels",
        c -> {
          long[] n =
              numbers(
                  c,
                  "SELECT COUNT(*), COUNT(interaction_id) FROM listened WHERE at >= ? AND at < ?",
                  from,
                  to);
          return new Listening(n[0], n[1]);
        });
  }

  @Override
  public Map<String, Long> categories(Instant from, Instant to) throws StoreException {
    return counted(
        "SELECT category, COUNT(*) FROM ("
            + "SELECT category FROM interactions WHERE created_at >= ? AND created_at < ? AND decision <> 'not-a-question'"
            + " UNION ALL SELECT category FROM tickets WHERE created_at >= ? AND created_at < ? AND interaction_id IS NULL) AS c"
            + " GROUP BY category ORDER BY 2 DESC, 1",
        from,
        to);
  }

  @Override
  public Map<String, Long> confirmedByCategory(Instant from, Instant to) throws StoreException {
    return counted(
        "SELECT category, COUNT(*) FROM interactions i WHERE created_at >= ? AND created_at < ? AND "
            + confirmed
            + " GROUP BY category ORDER BY 2 DESC, 1",
        from,
        to);
  }

  @Override
  public List<Silent> silent(Instant from, Instant to) throws StoreException {
    return list(
        "SELECT user_id, category, created_at FROM interactions WHERE created_at >= ? AND created_at < ? AND "
            + ANSWERED
            + " AND feedback = 'none'",
        from,
        to,
        rs -> new Silent(rs.getString(1), rs.getString(2), Rows.instant(rs, "created_at")));
  }

  @Override
  public List<Opened> opened(Instant from, Instant to) throws StoreException {
    return list(
        "SELECT requester, category, created_at FROM tickets WHERE created_at >= ? AND created_at < ?",
        from,
        to,
        rs -> new Opened(rs.getString(1), rs.getString(2), Rows.instant(rs, "created_at")));
  }

  @Override
  public List<Timing> firstResponded(Instant from, Instant to) throws StoreException {
    return timings("first_response_at", from, to);
  }

  @Override
  public List<Timing> resolved(Instant from, Instant to) throws StoreException {
    return timings("resolved_at", from, to);
  }

  /** The tickets whose {@code column} falls in the week, with their times. */
  private List<Timing> timings(String column, Instant from, Instant to) throws StoreException {
    return list(
        "SELECT category, created_at, first_response_at, resolved_at, minutes FROM tickets WHERE "
            + column
            + " >= ? AND "
            + column
            + " < ?",
        from,
        to,
        rs ->
            new Timing(
                rs.getString(1),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "first_response_at"),
                Rows.instant(rs, "resolved_at"),
                Rows.intOrNull(rs, "minutes")));
  }

  @Override
  public Map<String, List<Integer>> minutes(Instant from, Instant to) throws StoreException {
    return read(
        "read minutes",
        c -> {
          try (PreparedStatement ps =
                  range(
                      c,
                      "SELECT category, minutes FROM tickets WHERE resolved_at >= ? AND resolved_at < ? AND minutes IS NOT NULL",
                      from,
                      to);
              ResultSet rs = ps.executeQuery()) {
            Map<String, List<Integer>> out = new java.util.TreeMap<>();
            while (rs.next()) {
              out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
            }
            return out;
          }
        });
  }

  @Override
  public List<Unanswered> unanswered(Instant from, Instant to) throws StoreException {
    return list(
        "SELECT question, category, created_at FROM interactions WHERE created_at >= ? AND created_at < ?"
            + " AND decision <> 'not-a-question' AND (decision = 'escalate' OR ticket_id IS NOT NULL)"
            + " UNION ALL SELECT question, category, created_at FROM tickets WHERE created_at >= ? AND created_at < ? AND interaction_id IS NULL"
            + " ORDER BY 3",
        from,
        to,
        rs -> new Unanswered(rs.getString(1), rs.getString(2)));
  }

  @Override
  public List<Resource> resources(Instant from, Instant to, int limit) throws StoreException {
    Dialect d = db.dialect();
    String url = d.jsonText("j.value", "url");
    return read(
        "read resources",
        c -> {
          try (PreparedStatement ps =
                  Rows.bind(
                      c.prepareStatement(
                          "SELECT "
                              + url
                              + " AS url, MAX("
                              + d.jsonText("j.value", "title")
                              + "), MAX("
                              + d.jsonText("j.value", "type")
                              + "), COUNT(*), COUNT(CASE WHEN i.feedback = 'solved' THEN 1 END)"
                              + " FROM interactions i, "
                              + d.jsonElements("i.results", "j")
                              + " WHERE i.created_at >= ? AND i.created_at < ? AND i.decision IN ('answer','suggest')"
                              + " AND "
                              + url
                              + " IS NOT NULL GROUP BY 1 ORDER BY 4 DESC, 5 DESC, 1 LIMIT ?"),
                      bound(from),
                      bound(to),
                      limit);
              ResultSet rs = ps.executeQuery()) {
            List<Resource> out = new ArrayList<>();
            while (rs.next()) {
              out.add(
                  new Resource(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getLong(4),
                      rs.getLong(5)));
            }
            return out;
          }
        });
  }

  @Override
  public long eventsOffered(Instant from, Instant to) throws StoreException {
    Dialect d = db.dialect();
    return read(
        "count live sessions offered",
        c ->
            numbers(
                c,
                "SELECT COUNT(*) FROM interactions i, "
                    + d.jsonElements("i.results", "j")
                    + " WHERE i.created_at >= ? AND i.created_at < ? AND "
                    + d.jsonText("j.value", "type")
                    + " = 'event'",
                from,
                to)[0]);
  }

  @Override
  public ChampionWork champions(Instant from, Instant to) throws StoreException {
    return read(
        "count the champions' tickets",
        c -> {
          long[] n = new long[4];
          String[] sql = {
            "SELECT COUNT(*) FROM tickets WHERE created_at >= ? AND created_at < ? AND champion IS NOT NULL",
            "SELECT COUNT(*) FROM tickets WHERE resolved_at >= ? AND resolved_at < ? AND "
                + BY_CHAMPION,
            "SELECT COALESCE(SUM(minutes),0) FROM tickets WHERE resolved_at >= ? AND resolved_at < ? AND "
                + BY_CHAMPION,
            "SELECT COUNT(*) FROM tickets WHERE handed_at >= ? AND handed_at < ?"
          };
          for (int k = 0; k < sql.length; k++) {
            n[k] = numbers(c, sql[k], from, to)[0];
          }
          return new ChampionWork(n[0], n[1], n[2], n[3]);
        });
  }

  private <T> List<T> list(String sql, Instant from, Instant to, Rows.Reader<T> row)
      throws StoreException {
    return Rows.list(db, "read the report", row, sql, ranges(sql, from, to));
  }

  private Map<String, Long> counted(String sql, Instant from, Instant to) throws StoreException {
    return read("count categories", c -> Rows.counted(c, sql, ranges(sql, from, to)));
  }

  private static PreparedStatement range(Connection c, String sql, Instant from, Instant to)
      throws SQLException {
    return Rows.bind(c.prepareStatement(sql), ranges(sql, from, to));
  }

  /** The one row of an aggregate over the week (each {@code >= ? AND < ?} pair bound to it). */
  private static long[] numbers(Connection c, String sql, Instant from, Instant to)
      throws SQLException {
    return Rows.numbers(c, sql, ranges(sql, from, to));
  }

  /**
   * The bounds of every {@code >= ? AND < ?} pair in {@code sql}, in order (PostgreSQL's driver has
   * no numbered parameters, so a union names the week twice).
   */
  private static Object[] ranges(String sql, Instant from, Instant to) {
    Object[] values = new Object[(int) sql.chars().filter(ch -> ch == '?').count()];
    for (int k = 0; k < values.length; k++) {
      values[k] = k % 2 == 0 ? bound(from) : bound(to);
    }
    return values;
  }

  private <T> T read(String what, Database.Work<T> work) throws StoreException {
    return Rows.read(db, what, work);
  }
}
