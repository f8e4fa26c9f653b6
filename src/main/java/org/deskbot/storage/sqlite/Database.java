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
 * The database: the SQLite file (WAL, a busy timeout, IMMEDIATE transactions for every write — a
 * DEFERRED read-then-write fails with SQLITE_BUSY under two writers) or a PostgreSQL server shared
 * by several instances (a HikariCP pool, REPEATABLE READ transactions retried when another
 * instance's commit conflicts). The same numbered migrations are applied to both at open, under a
 * lock. One connection per transaction keeps threads apart.
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
    "009_champions.sql",
    "010_sessions_and_leases.sql"
  };

  private final String url;
  private final Properties properties;
  private final Dialect dialect;

  /** PostgreSQL's pool; null for the SQLite file, whose connections are kept in {@link #idle}. */
  private final com.zaxxer.hikari.HikariDataSource pool;

  /** Open connections to reuse: opening one per transaction costs more than the transaction. */
  private final java.util.concurrent.BlockingQueue<Connection> idle =
      new java.util.concurrent.LinkedBlockingQueue<>(8);

  private volatile boolean closed;

  private Database(String url, Properties properties) {
    this.url = url;
    this.properties = properties;
    this.dialect = Dialect.SQLITE;
    this.pool = null;
  }

  private Database(com.zaxxer.hikari.HikariDataSource pool) {
    this.url = pool.getJdbcUrl();
    this.properties = new Properties();
    this.dialect = Dialect.POSTGRES;
    this.pool = pool;
  }

  /**
   * Connects to a PostgreSQL server ({@code jdbc:postgresql://host:port/name}) and brings its
   * schema up to date; several instances may do so at once.
   */
  public static Database connect(String url, String user, String password) throws SQLException {
    if (Dialect.of(url) != Dialect.POSTGRES) {
      throw new SQLException("not a PostgreSQL URL: " + url);
    }
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setJdbcUrl(url);
    // unset (empty) credentials leave the driver's own: those in the URL, or none (trust, peer)
    if (user != null && !user.isEmpty()) {
      config.setUsername(user);
    }
    if (password != null && !password.isEmpty()) {
      config.setPassword(password);
    }
    config.setPoolName("deskbot");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(10_000);
    // fail at once on a wrong address or password instead of retrying for the connection timeout
    config.setInitializationFailTimeout(1);
    config.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "deskbot");
    com.zaxxer.hikari.HikariDataSource pool;
    try {
      pool = new com.zaxxer.hikari.HikariDataSource(config);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new SQLException("cannot connect to " + url + ": " + cause.getMessage(), e);
    }
    Database db = new Database(pool);
    try {
      db.migrate();
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /**
   * Connections per instance: a server's handlers are short; more would only queue in the server.
   */
  static final int POOL_SIZE = 10;

  /** How often a PostgreSQL transaction is tried when another one's commit conflicts with it. */
  static final int ATTEMPTS = 8;

  /** Which SQL this database speaks where the two differ. */
  public Dialect dialect() {
    return dialect;
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
    if (pool != null) {
      return pool.getConnection();
    }
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
    if (pool != null) {
      return retried(work);
    }
    java.util.concurrent.locks.ReentrantLock writer =
        WRITERS.computeIfAbsent(url, u -> new java.util.concurrent.locks.ReentrantLock(true));
    writer.lock();
    try {
      return transaction(work);
    } finally {
      writer.unlock();
    }
  }

  /**
   * PostgreSQL: the transaction again when another instance's commit made it fail — a row it read
   * and changed (serialization failure), a unique key it also inserted (the retry reads the row the
   * other wrote, as SQLite's one-writer-at-a-time would have), or a deadlock.
   */
  private <T> T retried(Work<T> work) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction(work);
      } catch (SQLException e) {
        if (attempt >= ATTEMPTS || !conflict(e)) {
          throw e;
        }
        try {
          Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 5 * attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static boolean conflict(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null) {
        switch (s.getSQLState()) {
          case "40001", "40P01", "23505" -> {
            return true;
          }
          default -> {}
        }
      }
    }
    return false;
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
    if (pool != null) {
      pool.close();
    }
    for (Connection c; (c = idle.poll()) != null; ) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing: nothing more to do with it
      }
    }
  }

  private Connection borrow() throws SQLException {
    if (pool != null) {
      return pool.getConnection();
    }
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
    if (pool != null || !healthy || closed || !idle.offer(c)) {
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
            if (dialect == Dialect.POSTGRES) {
              // two instances starting on an empty database: the second waits here, then finds
              // the schema made (SQLite's IMMEDIATE transaction is already that lock)
              st.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            }
            st.execute(
                dialect.migration(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
            int current;
            try (var rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
              current = rs.next() ? rs.getInt(1) : 0;
            }
            for (int v = current + 1; v <= MIGRATIONS.length; v++) {
              for (String sql : statements(MIGRATIONS[v - 1])) {
                String translated = dialect.migration(sql);
                if (translated != null) {
                  st.execute(translated);
                }
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

  /** The advisory lock key PostgreSQL's migrations hold (any constant all instances share). */
  static final long MIGRATION_LOCK = 20_261_204L;

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
