package org.deskbot.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies a home's SQLite history into a PostgreSQL database with the same schema: every table in
 * the order it was made (so a row's references are there before it), the columns both have, rows
 * keyed as they were. A row already there (same key) is left alone, so a second run copies nothing
 * twice; the id sequences then continue after the copied ids.
 */
public final class HistoryCopy {
  /** Tables that belong to the instances of a database, not to its history. */
  static final Set<String> NOT_COPIED = Set.of("schema_version", "leases");

  /** Rows per transaction. */
  static final int BATCH = 5_000;

  private HistoryCopy() {}

  /** One table's rows: in the SQLite file, copied now, and on PostgreSQL afterwards. */
  public record Table(String name, long source, long copied, long target) {
    /** Every row of the file is on the server. */
    public boolean complete() {
      return target >= source;
    }
  }

  /**
   * Copies {@code from} (the SQLite file) into {@code to} (PostgreSQL); returns each table's
   * counts.
   */
  public static List<Table> copy(Database from, Database to) throws SQLException {
    if (from.dialect() != Dialect.SQLITE || to.dialect() != Dialect.POSTGRES) {
      throw new SQLException("copies a SQLite file into a PostgreSQL database");
    }
    List<Table> out = new ArrayList<>();
    for (String table : tables(from)) {
      List<String> columns = common(from, to, table);
      if (columns.isEmpty()) {
        continue; // a table the server's schema does not have
      }
      long before = count(to, table);
      long source = count(from, table);
      copyRows(from, to, table, columns);
      resetSequences(to, table);
      analyze(to, table);
      long after = count(to, table);
      out.add(new Table(table, source, after - before, after));
    }
    return out;
  }

  private static List<String> tables(Database db) throws SQLException {
    return db.read(
        c -> {
          List<String> names = new ArrayList<>();
          try (Statement st = c.createStatement();
              ResultSet rs =
                  st.executeQuery(
                      "SELECT name FROM sqlite_master WHERE type = 'table'"
                          + " AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
            while (rs.next()) {
              if (!NOT_COPIED.contains(rs.getString(1))) {
                names.add(rs.getString(1));
              }
            }
          }
          return names;
        });
  }

  private static List<String> common(Database from, Database to, String table) throws SQLException {
    Set<String> source = columns(from, table);
    Set<String> target = columns(to, table);
    source.retainAll(target);
    return List.copyOf(source);
  }

  private static Set<String> columns(Database db, String table) throws SQLException {
    return db.read(
        c -> {
          Set<String> names = new LinkedHashSet<>();
          try (ResultSet rs = c.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
              names.add(rs.getString("COLUMN_NAME"));
            }
          }
          return names;
        });
  }

  private static long count(Database db, String table) throws SQLException {
    return db.read(
        c -> {
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private static void copyRows(Database from, Database to, String table, List<String> columns)
      throws SQLException {
    String list = String.join(", ", columns);
    String insert =
        "INSERT INTO "
            + table
            + "("
            + list
            + ") VALUES ("
            + String.join(",", java.util.Collections.nCopies(columns.size(), "?"))
            + ") ON CONFLICT DO NOTHING";
    from.read(
        c -> {
          try (Statement st = c.createStatement();
              ResultSet rs =
                  st.executeQuery("SELECT " + list + " FROM " + table + " ORDER BY rowid")) {
            List<Object[]> batch = new ArrayList<>(BATCH);
            while (rs.next()) {
              Object[] row = new Object[columns.size()];
              for (int k = 0; k < row.length; k++) {
                row[k] = rs.getObject(k + 1);
              }
              batch.add(row);
              if (batch.size() == BATCH) {
                write(to, insert, batch);
                batch.clear();
              }
            }
            write(to, insert, batch);
          }
          return null;
        });
  }

  private static void write(Database to, String insert, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    to.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (Object[] row : rows) {
              Rows.bind(ps, row);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  /** Identity columns continue after the largest id copied (the next ticket number follows). */
  private static void resetSequences(Database to, String table) throws SQLException {
    to.inTransaction(
        c -> {
          for (String column : identities(c, table)) {
            try (Statement st = c.createStatement()) {
              st.execute(
                  "SELECT setval(pg_get_serial_sequence('"
                      + table
                      + "', '"
                      + column
                      + "'), COALESCE(MAX("
                      + column
                      + "), 0) + 1, false) FROM "
                      + table);
            }
          }
          return null;
        });
  }

  /** Fresh statistics, so the report's first queries on a bulk-loaded table use its indexes. */
  private static void analyze(Database to, String table) throws SQLException {
    to.read(
        c -> {
          try (Statement st = c.createStatement()) {
            st.execute("ANALYZE " + table);
          }
          return null;
        });
  }

  private static List<String> identities(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
            Rows.bind(
                c.prepareStatement(
                    "SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'"),
                table);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
