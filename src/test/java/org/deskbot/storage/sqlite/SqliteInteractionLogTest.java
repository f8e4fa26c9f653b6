package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.deskbot.escalate.StoreException;
import org.deskbot.report.InteractionLog;
import org.junit.jupiter.api.io.TempDir;

class SqliteInteractionLogTest {
  @TempDir Path dir;

  private static InteractionLog.NewInteraction question(String text) {
    return new InteractionLog.NewInteraction(
        "slack", "U1", "C1", text, "en", "printing", 0.8, "answer", "[]");
  }

  @OnBothDatabases
  void retriedDeliveryIsOneInteraction(TestDatabases on) throws Exception {
    InteractionLog log = new SqliteInteractionLog(on.open(dir.resolve("d.db")));
    Instant now = Instant.parse("2026-11-02T14:00:00Z");
    long a = log.record(question("printer jam"), now, "Ev1").id();
    long b = log.record(question("printer jam"), now.plusSeconds(3), "Ev1").id();
    assertEquals(a, b);
    assertEquals(1, log.since(Instant.EPOCH).size());
  }

  @OnBothDatabases
  void purgeClearsOldTextAndKeepsTheRows(TestDatabases on) throws Exception {
    InteractionLog log = new SqliteInteractionLog(on.open(dir.resolve("d.db")));
    Instant old = Instant.parse("2026-01-05T10:00:00Z");
    Instant recent = Instant.parse("2026-11-02T10:00:00Z");
    long o = log.record(question("old question"), old, null).id();
    long r = log.record(question("new question"), recent, null).id();
    assertEquals(1, log.purgeText(recent.minus(Duration.ofDays(180))));
    assertNull(log.find(o).orElseThrow().question());
    assertEquals("printing", log.find(o).orElseThrow().category());
    assertEquals("new question", log.find(r).orElseThrow().question());
    assertEquals(2, log.since(Instant.EPOCH).size());
  }

  @OnBothDatabases
  void feedbackOnAMissingInteraction(TestDatabases on) throws Exception {
    InteractionLog log = new SqliteInteractionLog(on.open(dir.resolve("d.db")));
    StoreException e =
        assertThrows(StoreException.class, () -> log.feedback(42, "solved", Instant.now()));
    assertEquals(StoreException.Kind.NOT_FOUND, e.kind());
  }

  @OnBothDatabases
  void migrationsApplyOnce(TestDatabases on) throws Exception {
    on.open(dir.resolve("d.db"));
    Database db = on.open(dir.resolve("d.db"));
    int versions =
        db.read(
            c -> {
              try (var rs =
                  c.createStatement().executeQuery("SELECT COUNT(*) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
              }
            });
    assertEquals(Database.MIGRATIONS.length, versions);
  }
}
