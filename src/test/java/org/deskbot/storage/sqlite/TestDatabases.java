package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The two databases a store test runs on ({@link OnBothDatabases}). */
public enum TestDatabases {
  SQLITE,
  POSTGRES;

  /** One PostgreSQL database per file a test names, so reopening the "file" reopens it. */
  private static final Map<Path, String> URLS = new ConcurrentHashMap<>();

  /**
   * Opens the database a test calls {@code file}: that SQLite file, or the PostgreSQL database made
   * for it (the same one each time the test opens that file again).
   */
  public Database open(Path file) throws SQLException {
    if (this == SQLITE) {
      return Database.open(file);
    }
    return Database.connect(url(file), TestPostgres.user(), "");
  }

  /** The JDBC URL of {@code file}'s database (PostgreSQL only). */
  public String url(Path file) throws SQLException {
    TestPostgres pg = TestPostgres.start();
    if (pg == null) {
      if (TestPostgres.required()) {
        fail("PostgreSQL did not start: " + TestPostgres.whyNot());
      }
      assumeTrue(false, "PostgreSQL did not start: " + TestPostgres.whyNot());
    }
    String url = URLS.get(file.toAbsolutePath());
    if (url == null) {
      url = pg.newDatabase();
      URLS.put(file.toAbsolutePath(), url);
    }
    return url;
  }
}
