package org.deskbot.storage.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file: WAL, a busy timeout, numbered migrations applied at open, and IMMEDIATE
 * transactions for every write (a DEFERRED read-then-write fails with SQLITE_BUSY under two
 * writers). One connection per transaction keeps threads apart.
 */
public final class Database implements AutoCloseable {
  /** The migrations, in order; each is applied once and recorded in {@code schema_version}. */
  static final String[] MIGRATIONS = {
    "001_conversations.sql",
    "002_message_refs.sql",
    "003_report_indexes.sql",
    "004_engagement.sql",
    "007_conversation_turns.sql",
    "008_listened.sql",
    "009_champions.sql"
  };

  private final String url;
  private final Properties properties;

  /** Open connections to reuse: opening one per transaction costs more than the transaction. */
  private final java.util.concurrent.BlockingQueue<Connection> idle =
      new java.util.concurrent.LinkedBlockingQueue<>(8);

  private volatile boolean closed;

  private Database(String url, Properties properties) {
    this.url = url;
    this.properties = properties;
  }

  /** Opens (creating when needed) the database file and brings its schema up to date. */
  public static Database open(Path file) throws SQLException {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new SQLException("cannot create " + file.getParent() + ": " + e.getMessage(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(10_000);
    config.enforceForeignKeys(true);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    Database db = new Database("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    db.migrate();
    return db;
  }

  /**
   * How many WAL pages a commit may leave before it copies them into the database file. SQLite's
   * default (1,000) made a busy server checkpoint several times a second, each time holding the
   * write lock through an fsync while every other question waited to be recorded; most pages of
   * those commits are the same few index pages, so copying 10,000 costs about what 1,000 did.
   */
  static final int WAL_AUTOCHECKPOINT_PAGES = 10_000;

  /** A new connection; the caller closes it. */
  public Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url, properties);
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA wal_autocheckpoint=" + WAL_AUTOCHECKPOINT_PAGES);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /**
   * Writers in this process take turns on a lock of their own before SQLite's: a writer waiting in
   * SQLite's busy handler sleeps in growing steps (up to 100 ms) even when the lock is free sooner,
   * which under many concurrent askers is most of the latency. Other processes still meet the busy
   * timeout.
   */
  private static final java.util.concurrent.ConcurrentMap<
          String, java.util.concurrent.locks.ReentrantLock>
      WRITERS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Work inside one IMMEDIATE transaction, committed when it returns, rolled back when it throws.
   */
  public <T> T inTransaction(Work<T> work) throws SQLException {
    java.util.concurrent.locks.ReentrantLock writer =
        WRITERS.computeIfAbsent(url, u -> new java.util.concurrent.locks.ReentrantLock(true));
    writer.lock();
    try {
      return transaction(work);
    } finally {
      writer.unlock();
    }
  }

  private <T> T transaction(Work<T> work) throws SQLException {
    Connection c = borrow();
    boolean healthy = false;
    try {
      c.setAutoCommit(false);
      try {
        T result = work.apply(c);
        c.commit();
        healthy = true;
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
          healthy = true;
        } catch (SQLException rollback) {
          e.addSuppressed(rollback); // the connection is in doubt: it is closed, not reused
        }
        throw e;
      }
    } finally {
      giveBack(c, healthy);
    }
  }

  /** Read-only work on a connection of its own. */
  public <T> T read(Work<T> work) throws SQLException {
    Connection c = borrow();
    boolean healthy = false;
    try {
      c.setAutoCommit(true);
      T result = work.apply(c);
      healthy = true;
      return result;
    } finally {
      giveBack(c, healthy);
    }
  }

  /** Closes the idle connections; a connection in use closes when it is given back. */
  @Override
  public void close() {
    closed = true;
    for (Connection c; (c = idle.poll()) != null; ) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing: nothing more to do with it
      }
    }
  }

  private Connection borrow() throws SQLException {
    Connection c = idle.poll();
    return c != null ? c : connect();
  }

  private void giveBack(Connection c, boolean healthy) throws SQLException {
    if (healthy) {
      try {
        // sqlite-jdbc begins the next transaction right after a commit while auto-commit is off:
        // an idle connection must not hold the write lock
        c.setAutoCommit(true);
      } catch (SQLException e) {
        healthy = false;
      }
    }
    if (!healthy || closed || !idle.offer(c)) {
      c.close();
    }
  }

  /** Something done with a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  private void migrate() throws SQLException {
    inTransaction(
        c -> {
          try (Statement st = c.createStatement()) {
            st.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            int current;
            try (var rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
              current = rs.next() ? rs.getInt(1) : 0;
            }
            for (int v = current + 1; v <= MIGRATIONS.length; v++) {
              for (String sql : statements(MIGRATIONS[v - 1])) {
                st.execute(sql);
              }
              st.execute(
                  "INSERT INTO schema_version(version, applied_at) VALUES ("
                      + v
                      + ", '"
                      + Instant.now()
                      + "')");
            }
          }
          return null;
        });
  }

  private static String[] statements(String name) throws SQLException {
    try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new SQLException("migration " + name + " is missing from the build");
      }
      String text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      return java.util.Arrays.stream(text.split(";"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new SQLException(e);
    }
  }
}
