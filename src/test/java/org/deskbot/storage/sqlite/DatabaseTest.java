package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir Path dir;

  private static String pragma(Database db, String name) throws Exception {
    return db.read(
        c -> {
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
          }
        });
  }

  @Test
  void connectionsUseTheWalAndCheckpointRarely() throws Exception {
    try (Database db = Database.open(dir.resolve("d.db"))) {
      assertEquals("wal", pragma(db, "journal_mode"));
      assertEquals(
          String.valueOf(Database.WAL_AUTOCHECKPOINT_PAGES), pragma(db, "wal_autocheckpoint"));
      assertEquals("1", pragma(db, "synchronous")); // NORMAL
    }
  }

  @Test
  void closingCopiesTheWalIntoTheFile() throws Exception {
    Path file = dir.resolve("d.db");
    try (Database db = Database.open(file)) {
      for (int i = 0; i < 50; i++) {
        db.inTransaction(
            c -> {
              try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS t (x TEXT)");
                st.execute("INSERT INTO t VALUES ('" + "x".repeat(2000) + "')");
              }
              return null;
            });
      }
    }
    assertFalse(
        Files.exists(dir.resolve("d.db-wal")) && Files.size(dir.resolve("d.db-wal")) > 0,
        "the WAL is left behind");
  }
}
