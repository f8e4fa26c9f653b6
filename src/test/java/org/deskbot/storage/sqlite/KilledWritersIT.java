package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} while two threads create 1,000 tickets: the database is whole afterwards. */
class KilledWritersIT {
  @TempDir Path dir;

  @Test
  void killedWritersLeaveAWholeDatabase() throws Exception {
    Path db = dir.resolve("deskbot.db");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                TicketWriters.class.getName(),
                db.toString(),
                "500")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    long deadline = System.currentTimeMillis() + 60_000;
    // kill it once it is well into the work
    while (count(db) < 200 && p.isAlive() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));

    Database database = Database.open(db); // reopening recovers from the WAL
    database.read(
        c -> {
          try (ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
          }
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM tickets")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 200, "tickets before the kill: " + rs.getInt(1));
            assertEquals(rs.getInt(1), rs.getInt(2), "ticket numbers are unique");
          }
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT COUNT(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'created')")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "every ticket has its creation event");
          }
          return null;
        });
    // and it keeps working
    assertEquals(20, StoreLoad.tickets(db, 2, 10).rows());
  }

  private static int count(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try {
      return Database.open(db)
          .read(
              c -> {
                try (ResultSet rs =
                    c.createStatement().executeQuery("SELECT COUNT(*) FROM tickets")) {
                  return rs.next() ? rs.getInt(1) : 0;
                }
              });
    } catch (Exception e) {
      return 0;
    }
  }
}
