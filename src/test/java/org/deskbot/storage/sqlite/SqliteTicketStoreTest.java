package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketQuery;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.escalate.TicketStore;
import org.junit.jupiter.api.io.TempDir;

class SqliteTicketStoreTest {
  @TempDir Path dir;

  private static TicketStore.NewTicket ticket(String requester) {
    return new TicketStore.NewTicket(
        requester, "web", "web", "Oak", "normal", "printing", "printer jam", "", "[]", null, null);
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

  @OnBothDatabases
  void pagesTheQueueOpenFirstThenClaimedNewestFirstWithHowManyMatch(TestDatabases on)
      throws Exception {
    Instant at = Instant.parse("2026-11-02T14:00:00Z");
    try (Database db = on.open(dir.resolve("q.db"))) {
      SqliteTicketStore store = new SqliteTicketStore(db);
      for (int i = 1; i <= 7; i++) {
        store.create(ticket(i == 6 ? "web:ben" : "web:ana"), at.plusSeconds(i), null);
      }
      store.claim(2, "luis", at.plusSeconds(60));
      store.claim(5, "priya", at.plusSeconds(60));
      store.claim(3, "luis", at.plusSeconds(60));
      store.resolve(3, "luis", 10, "fixed", at.plusSeconds(120));
      Set<TicketStatus> active = EnumSet.of(TicketStatus.OPEN, TicketStatus.CLAIMED);

      TicketQuery.Page first =
          store.page(new TicketQuery(TicketQuery.EVERYONE, active, TicketQuery.ANY_ASSIGNEE, 0, 3));
      assertEquals(List.of(7L, 6L, 4L), ids(first));
      assertEquals(6, first.total());
      TicketQuery.Page second =
          store.page(new TicketQuery(TicketQuery.EVERYONE, active, TicketQuery.ANY_ASSIGNEE, 3, 3));
      assertEquals(List.of(1L, 5L, 2L), ids(second), "the last open one, then claimed");
      TicketQuery.Page past =
          store.page(new TicketQuery(TicketQuery.EVERYONE, active, TicketQuery.ANY_ASSIGNEE, 9, 3));
      assertEquals(List.of(), ids(past));
      assertEquals(6, past.total());

      TicketQuery.Page mine =
          store.page(
              new TicketQuery(
                  TicketQuery.EVERYONE, EnumSet.allOf(TicketStatus.class), "luis", 0, 50));
      assertEquals(List.of(2L, 3L), ids(mine), "claimed before resolved");
      TicketQuery.Page ben =
          store.page(new TicketQuery("web:ben", active, TicketQuery.ANY_ASSIGNEE, 0, 50));
      assertEquals(List.of(6L), ids(ben));
      TicketQuery.Page resolved =
          store.page(
              new TicketQuery(
                  TicketQuery.EVERYONE,
                  EnumSet.of(TicketStatus.RESOLVED),
                  TicketQuery.ANY_ASSIGNEE,
                  0,
                  50));
      assertEquals(List.of(3L), ids(resolved));
      assertEquals(1, resolved.total());
    }
  }

  private static List<Long> ids(TicketQuery.Page page) {
    return page.tickets().stream().map(Ticket::id).toList();
  }
}
