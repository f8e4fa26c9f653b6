package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.escalate.TicketStore;
import org.junit.jupiter.api.io.TempDir;

class SqliteTicketStoreTest {
  @TempDir Path dir;

  private static TicketStore.NewTicket ticket(String requester) {
    return new TicketStore.NewTicket(
        requester, "web", "web", "Oak", "normal", "printing", "printer jam", "", "[]", null);
  }

  @OnBothDatabases
  void countsEveryTicketByStateWithoutTheListsLimit(TestDatabases on) throws Exception {
    Instant at = Instant.parse("2026-11-02T14:00:00Z");
    try (Database db = on.open(dir.resolve("d.db"))) {
      SqliteTicketStore store = new SqliteTicketStore(db);
      for (int i = 0; i < 520; i++) {
        store.create(ticket(i % 2 == 0 ? "web:ana" : "web:ben"), at, null);
      }
      long claimed = store.create(ticket("web:ana"), at, null).id();
      store.claim(claimed, "U_TEAM", at.plusSeconds(60));

      Map<TicketStatus, Integer> all = store.countByStatus(null);
      assertEquals(
          Map.of(
              TicketStatus.OPEN,
              520,
              TicketStatus.CLAIMED,
              1,
              TicketStatus.RESOLVED,
              0,
              TicketStatus.CLOSED,
              0),
          all);
      assertEquals(
          261, store.countByStatus("web:ana").values().stream().mapToInt(Integer::intValue).sum());
      assertEquals(
          500,
          store
              .list(null, TicketStatus.OPEN, 500)
              .size()); // the list stops where asked; the count does not
    }
  }
}
