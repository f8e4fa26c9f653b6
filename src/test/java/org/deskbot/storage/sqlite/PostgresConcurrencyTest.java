package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.escalate.TicketStore;
import org.deskbot.report.InteractionLog;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances (two pools) on one database, writing at once: what SQLite's one writer at a time
 * gave for free must hold on PostgreSQL too.
 */
class PostgresConcurrencyTest {
  @TempDir Path dir;

  private static TicketStore.NewTicket ticket(String requester) {
    return new TicketStore.NewTicket(
        requester, "web", "web", "Oak", "normal", "printing", "printer jam", "", "[]", null, null);
  }

  @OnBothDatabases
  void twoInstancesNumberTwoHundredTicketsUniquelyAndRecordADeliveryOnce(TestDatabases on)
      throws Exception {
    Path file = dir.resolve("d.db");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try (Database a = on.open(file);
        Database b = on.open(file)) {
      List<Future<Long>> made = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        TicketStore store = new SqliteTicketStore(i % 2 == 0 ? a : b);
        String who = "web:t" + i;
        made.add(pool.submit(() -> store.create(ticket(who), Instant.now(), null).id()));
      }
      Set<Long> numbers = new HashSet<>();
      for (Future<Long> f : made) {
        numbers.add(f.get());
      }
      assertEquals(200, numbers.size());

      // the same delivery reaching both instances at once: one ticket, one interaction, one first
      List<Future<Long>> same = new ArrayList<>();
      List<Future<Long>> logged = new ArrayList<>();
      List<Future<Boolean>> firsts = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Database db = i % 2 == 0 ? a : b;
        same.add(
            pool.submit(
                () ->
                    new SqliteTicketStore(db).create(ticket("web:x"), Instant.now(), "Ev1").id()));
        logged.add(
            pool.submit(
                () ->
                    new SqliteInteractionLog(db)
                        .record(
                            new InteractionLog.NewInteraction(
                                "slack", "U1", "C1", "jam", "en", "printing", 0.8, "answer", "[]"),
                            Instant.now(),
                            "Ev1")
                        .id()));
        firsts.add(
            pool.submit(() -> new SqliteDeliveries(db).first("slack:Ev1", "event", Instant.now())));
      }
      Set<Long> one = new HashSet<>();
      for (Future<Long> f : same) {
        one.add(f.get());
      }
      Set<Long> oneInteraction = new HashSet<>();
      for (Future<Long> f : logged) {
        oneInteraction.add(f.get());
      }
      int first = 0;
      for (Future<Boolean> f : firsts) {
        first += f.get() ? 1 : 0;
      }
      assertEquals(1, one.size());
      assertEquals(1, oneInteraction.size());
      assertEquals(1, first);

      // two team members claiming the same ticket at once: one claim, the other is refused
      long contested = numbers.iterator().next();
      List<Future<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        TicketStore store = new SqliteTicketStore(i % 2 == 0 ? a : b);
        String who = "TEAM" + i;
        claims.add(
            pool.submit(
                () -> {
                  try {
                    store.claim(contested, who, Instant.now());
                    return true;
                  } catch (org.deskbot.escalate.StoreException e) {
                    return false;
                  }
                }));
      }
      int claimed = 0;
      for (Future<Boolean> f : claims) {
        claimed += f.get() ? 1 : 0;
      }
      assertEquals(TicketStatus.CLAIMED, new SqliteTicketStore(a).find(contested).get().status());
      assertEquals(
          claimed + 1, new SqliteTicketStore(b).events(contested).size(), "one event per claim");
    } finally {
      pool.shutdown();
    }
  }
}
