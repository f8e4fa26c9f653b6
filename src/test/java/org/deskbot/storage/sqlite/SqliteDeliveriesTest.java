package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.deskbot.escalate.TicketStore;
import org.junit.jupiter.api.io.TempDir;

class SqliteDeliveriesTest {
  @TempDir Path dir;

  @OnBothDatabases
  void aDeliveryIsFirstOnceAcrossReopens(TestDatabases on) throws Exception {
    Instant now = Instant.parse("2026-11-02T14:00:00Z");
    try (Database db = on.open(dir.resolve("d.db"))) {
      SqliteDeliveries d = new SqliteDeliveries(db);
      assertTrue(d.first("slack:Ev1", "event", now));
      assertFalse(d.first("slack:Ev1", "event", now.plusSeconds(2)));
      assertTrue(d.first("slack:Ev2", "event", now));
    }
    try (Database db = on.open(dir.resolve("d.db"))) {
      assertFalse(new SqliteDeliveries(db).first("slack:Ev1", "event", now.plusSeconds(60)));
    }
  }

  @OnBothDatabases
  void aForgottenDeliveryIsFirstAgain(TestDatabases on) throws Exception {
    Instant now = Instant.parse("2026-11-02T14:00:00Z");
    try (Database db = on.open(dir.resolve("d.db"))) {
      SqliteDeliveries d = new SqliteDeliveries(db);
      assertTrue(d.first("teams:A1", "teams-activity", now));
      d.forget("teams:A1", "slack-event"); // another kind's id: nothing forgotten
      assertFalse(d.first("teams:A1", "teams-activity", now.plusSeconds(1)));
      d.forget("teams:A1", "teams-activity");
      assertTrue(d.first("teams:A1", "teams-activity", now.plusSeconds(5)));
      assertFalse(d.first("teams:A1", "teams-activity", now.plusSeconds(6)));
    }
  }

  @OnBothDatabases
  void messageRefsAreReplacedPerTicketPlatformAndKind(TestDatabases on) throws Exception {
    try (Database db = on.open(dir.resolve("d.db"))) {
      long ticket =
          new SqliteTicketStore(db)
              .create(
                  new TicketStore.NewTicket(
                      "U1",
                      "slack",
                      "C1/1.0",
                      "Oak",
                      "normal",
                      "printing",
                      "printer jam",
                      "",
                      "[]",
                      null,
                      null),
                  Instant.parse("2026-11-02T14:00:00Z"),
                  null)
              .id();
      SqliteDeliveries refs = new SqliteDeliveries(db);
      assertEquals(Optional.empty(), refs.get(ticket, "slack", "triage-card"));
      refs.put(ticket, "slack", "triage-card", "C9/111.1");
      refs.put(ticket, "teams", "triage-card", "act-7");
      refs.put(ticket, "slack", "triage-card", "C9/222.2");
      assertEquals(Optional.of("C9/222.2"), refs.get(ticket, "slack", "triage-card"));
      assertEquals(Optional.of("act-7"), refs.get(ticket, "teams", "triage-card"));
    }
  }
}
