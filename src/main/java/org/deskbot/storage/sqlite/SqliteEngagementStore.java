package org.deskbot.storage.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deskbot.escalate.StoreException;
import org.deskbot.report.EngagementStore;
import org.deskbot.report.LinkStore;

/** Sent links, their clicks and the imported counts (migration 004). */
public final class SqliteEngagementStore implements EngagementStore, LinkStore {
  private final Database db;

  public SqliteEngagementStore(Database db) {
    this.db = db;
  }

  @Override
  public void save(List<SentLink> links, Instant at) throws StoreException {
    write(
        "remember the links sent",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO sent_links(id, target, resource, title, type, interaction_id, platform, created_at)"
                      + " VALUES (?,?,?,?,?,?,?,?)")) {
            for (SentLink l : links) {
              Rows.bind(
                  ps,
                  l.id(),
                  l.target(),
                  l.resource(),
                  l.title() == null ? "" : l.title(),
                  l.type() == null ? "" : l.type(),
                  l.interaction(),
                  l.platform(),
                  at);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  @Override
  public Optional<String> click(String id, Instant at) throws StoreException {
    return write(
        "record a click",
        c -> {
          try (PreparedStatement ps =
                  Rows.bind(
                      c.prepareStatement(
                          "SELECT target, resource, title, interaction_id, platform FROM sent_links WHERE id = ?"),
                      id);
              ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            String target = rs.getString("target");
            try (PreparedStatement in =
                Rows.bind(
                    c.prepareStatement(
                        "INSERT INTO link_clicks(link_id, interaction_id, target, resource, title, platform, at)"
                            + " VALUES (?,?,?,?,?,?,?)"),
                    id,
                    Rows.longOrNull(rs, "interaction_id"),
                    target,
                    rs.getString("resource"),
                    rs.getString("title"),
                    rs.getString("platform"),
                    at)) {
              in.executeUpdate();
            }
            return Optional.of(target);
          }
        });
  }

  @Override
  public Optional<String> target(String id) throws StoreException {
    return read(
        "look up a link",
        c -> {
          try (PreparedStatement ps =
                  Rows.bind(c.prepareStatement("SELECT target FROM sent_links WHERE id = ?"), id);
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
          }
        });
  }

  @Override
  public Written put(List<Count> counts, Instant at) throws StoreException {
    return write(
        "write the counts",
        c -> {
          int added = 0;
          int replaced = 0;
          int unchanged = 0;
          try (PreparedStatement find =
                  c.prepareStatement(
                      "SELECT count, title FROM engagement_counts WHERE day = ? AND resource = ? AND kind = ?");
              PreparedStatement upsert =
                  c.prepareStatement(
                      "INSERT INTO engagement_counts(day, resource, kind, count, title, imported_at) VALUES (?,?,?,?,?,?)"
                          + " ON CONFLICT(day, resource, kind) DO UPDATE SET count = excluded.count,"
                          + " title = excluded.title, imported_at = excluded.imported_at")) {
            for (Count n : counts) {
              String day = n.date().toString();
              String kind = n.kind().label();
              String title = n.title() == null ? "" : n.title();
              Long before = null;
              String beforeTitle = null;
              try (ResultSet rs = Rows.bind(find, day, n.resource(), kind).executeQuery()) {
                if (rs.next()) {
                  before = rs.getLong(1);
                  beforeTitle = rs.getString(2);
                }
              }
              if (before != null && before == n.count() && title.equals(beforeTitle)) {
                unchanged++;
                continue;
              }
              Rows.bind(upsert, day, n.resource(), kind, n.count(), title, at).executeUpdate();
              if (before == null) {
                added++;
              } else {
                replaced++;
              }
            }
          }
          return new Written(added, replaced, unchanged);
        });
  }

  @Override
  public Usage usage(Instant from, Instant to, LocalDate first, LocalDate last)
      throws StoreException {
    return read(
        "count the week's use",
        c -> {
          long clicks =
              Rows.number(
                  c,
                  "SELECT COUNT(*) FROM link_clicks WHERE at >= ? AND at < ? AND interaction_id IS NOT NULL",
                  SqliteReportStore.bound(from),
                  SqliteReportStore.bound(to));
          long solved =
              Rows.number(
                  c,
                  "SELECT COUNT(*) FROM interactions i WHERE created_at >= ? AND created_at < ?"
                      + " AND feedback = 'solved' AND decision IN ('answer','suggest')"
                      + " AND EXISTS (SELECT 1 FROM link_clicks k WHERE k.interaction_id = i.id)",
                  SqliteReportStore.bound(from),
                  SqliteReportStore.bound(to));
          Map<String, Long> kinds =
              Rows.counted(
                  c,
                  "SELECT kind, SUM(count) FROM engagement_counts WHERE day >= ? AND day <= ? GROUP BY kind",
                  first.toString(),
                  last.toString());
          return new Usage(
              clicks,
              solved,
              kinds.getOrDefault(Kind.NEWSLETTER_OPEN.label(), 0L),
              kinds.getOrDefault(Kind.VIDEO_VIEW.label(), 0L),
              kinds.getOrDefault(Kind.MODULE_COMPLETION.label(), 0L),
              kinds.getOrDefault(Kind.PAGE_VIEW.label(), 0L));
        });
  }

  @Override
  public List<ResourceCount> byResource(
      Instant from, Instant to, LocalDate first, LocalDate last, int limit) throws StoreException {
    return read(
        "count the week's use by resource",
        c -> {
          try (PreparedStatement ps =
                  Rows.bind(
                      c.prepareStatement(
                          "SELECT resource, MAX(title), '"
                              + LINK_CLICK
                              + "', COUNT(*) FROM link_clicks WHERE at >= ? AND at < ? AND interaction_id IS NOT NULL"
                              + " GROUP BY resource"
                              + " UNION ALL SELECT resource, MAX(title), kind, SUM(count) FROM engagement_counts"
                              + " WHERE day >= ? AND day <= ? GROUP BY resource, kind"
                              + " ORDER BY 4 DESC, 1, 3 LIMIT ?"),
                      SqliteReportStore.bound(from),
                      SqliteReportStore.bound(to),
                      first.toString(),
                      last.toString(),
                      limit);
              ResultSet rs = ps.executeQuery()) {
            List<ResourceCount> out = new ArrayList<>();
            while (rs.next()) {
              out.add(
                  new ResourceCount(
                      rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
            return out;
          }
        });
  }

  @Override
  public Map<String, Long> clicksByTarget(Instant from, Instant to) throws StoreException {
    return read(
        "count clicks by link",
        c ->
            Rows.counted(
                c,
                "SELECT target, COUNT(*) FROM link_clicks WHERE at >= ? AND at < ? GROUP BY target",
                SqliteReportStore.bound(from),
                SqliteReportStore.bound(to)));
  }

  @Override
  public long eventClicks(Instant from, Instant to) throws StoreException {
    return read(
        "count clicks on live sessions",
        c ->
            Rows.number(
                c,
                "SELECT COUNT(*) FROM link_clicks k JOIN sent_links s ON s.id = k.link_id"
                    + " WHERE k.at >= ? AND k.at < ? AND s.type = 'event'",
                SqliteReportStore.bound(from),
                SqliteReportStore.bound(to)));
  }

  private <T> T read(String what, Database.Work<T> work) throws StoreException {
    return Rows.read(db, what, work);
  }

  private <T> T write(String what, Database.Work<T> work) throws StoreException {
    return Rows.write(db, what, work);
  }
}
