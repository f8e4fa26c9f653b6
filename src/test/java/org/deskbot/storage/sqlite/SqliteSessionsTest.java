package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.deskbot.chat.SessionStore;
import org.junit.jupiter.api.io.TempDir;

/** Sessions and leases live in the database, so every instance on it sees the same ones. */
class SqliteSessionsTest {
  @TempDir Path dir;

  static final Instant NOW = Instant.parse("2026-11-02T14:00:00Z");

  @OnBothDatabases
  void aSessionSavedByOneInstanceIsFoundByAnotherUntilItExpires(TestDatabases on) throws Exception {
    try (Database a = on.open(dir.resolve("d.db"));
        Database b = on.open(dir.resolve("d.db"))) {
      SessionStore one = new SqliteSessions(a);
      SessionStore other = new SqliteSessions(b);
      SessionStore.Stored s = new SessionStore.Stored("k1", "ana", "csrf1", NOW.plusSeconds(3600));
      one.save(s);
      one.save(new SessionStore.Stored("k2", null, "csrf2", NOW.plusSeconds(60)));
      assertEquals(Optional.of(s), other.find("k1", NOW.plusSeconds(10)));
      assertEquals(Optional.empty(), other.find("k2", NOW.plusSeconds(61)));
      assertEquals(Optional.empty(), other.find("k3", NOW));
      assertEquals(1, other.deleteExpired(NOW.plusSeconds(61)));
      other.delete("k1");
      assertEquals(Optional.empty(), one.find("k1", NOW.plusSeconds(10)));
    }
  }

  @OnBothDatabases
  void oneInstanceHoldsALeaseUntilItRunsOut(TestDatabases on) throws Exception {
    try (Database a = on.open(dir.resolve("d.db"));
        Database b = on.open(dir.resolve("d.db"))) {
      SqliteLeases first = new SqliteLeases(a, "host-a/1");
      SqliteLeases second = new SqliteLeases(b, "host-b/2");
      Duration day = Duration.ofHours(20);
      assertTrue(first.take("purge", NOW, day));
      assertFalse(second.take("purge", NOW.plusSeconds(5), day));
      assertTrue(second.take("weekly-summary", NOW, day), "another chore's lease is free");
      assertTrue(first.take("purge", NOW.plus(Duration.ofHours(1)), day), "the holder renews");
      assertFalse(second.take("purge", NOW.plus(Duration.ofHours(20)), day));
      assertTrue(second.take("purge", NOW.plus(Duration.ofHours(22)), day), "an expired lease");
      assertFalse(first.take("purge", NOW.plus(Duration.ofHours(23)), day));
    }
  }
}
