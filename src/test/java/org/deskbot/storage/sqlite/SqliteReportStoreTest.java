package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.deskbot.escalate.TicketStore;
import org.deskbot.report.InteractionLog;
import org.deskbot.report.ReportStore;
import org.junit.jupiter.api.io.TempDir;

/** The report's aggregates: the same history gives the same figures on both databases. */
class SqliteReportStoreTest {
  @TempDir Path dir;

  static final Instant FROM = Instant.parse("2026-11-16T06:00:00Z");
  static final Instant TO = Instant.parse("2026-11-23T06:00:00Z");

  /** A week with answers (some solved, one followed by a ticket), escalations and a phone call. */
  static List<Object> history(Database db) throws Exception {
    InteractionLog log = new SqliteInteractionLog(db);
    TicketStore tickets = new SqliteTicketStore(db);
    String[] categories = {"printing", "wifi", "accounts", "printing", "Zoom", "wifi"};
    String[] decisions = {"answer", "suggest", "escalate", "answer", "not-a-question", "answer"};
    for (int i = 0; i < 60; i++) {
      // whole and fractional seconds both, as Instant.toString() writes them
      Instant at = FROM.plus(Duration.ofMinutes(157L * i)).plusMillis(i % 3 == 0 ? 0 : 250);
      String decision = decisions[i % decisions.length];
      String results =
          decision.equals("answer") || decision.equals("suggest")
              ? "[{\"url\":\"https://faq.example/"
                  + (i % 4)
                  + "\",\"title\":\"FAQ "
                  + (i % 4)
                  + "\",\"type\":\""
                  + (i % 5 == 0 ? "event" : "faq")
                  + "\"}]"
              : "[]";
      long id =
          log.record(
                  new InteractionLog.NewInteraction(
                      "slack",
                      "U" + (i % 7),
                      "C1",
                      "question " + i,
                      "en",
                      categories[i % categories.length],
                      0.7,
                      decision,
                      results),
                  at,
                  null)
              .id();
      if (i % 3 == 0) {
        log.feedback(id, "solved", at.plusSeconds(30));
      }
      if (decision.equals("escalate") || i % 9 == 0) {
        long t =
            tickets
                .create(
                    new TicketStore.NewTicket(
                        "U" + (i % 7),
                        "slack",
                        "C1",
                        "Oak",
                        "normal",
                        categories[i % categories.length],
                        "question " + i,
                        "",
                        "[]",
                        id,
                        null),
                    at.plus(Duration.ofDays(i % 2 == 0 ? 2 : 8)),
                    null)
                .id();
        log.linkTicket(id, t);
        if (i % 2 == 0) {
          tickets.claim(t, "TEAM", at.plus(Duration.ofDays(2)).plusSeconds(600));
          tickets.resolve(t, "TEAM", 5 + i, "fixed", at.plus(Duration.ofDays(2)).plusSeconds(900));
        }
      }
    }
    tickets.create(
        new TicketStore.NewTicket(
            "phone", "phone", "", "Elm", "high", "accounts", "locked out", "", "[]", null, null),
        FROM.plus(Duration.ofHours(30)),
        null);
    ReportStore r = new SqliteReportStore(db);
    List<Object> out = new ArrayList<>();
    out.add(r.counts(FROM, TO));
    out.add(r.listening(FROM, TO));
    out.add(r.categories(FROM, TO));
    out.add(r.confirmedByCategory(FROM, TO));
    out.add(r.silent(FROM, TO));
    out.add(r.opened(FROM, TO));
    out.add(r.firstResponded(FROM, TO));
    out.add(r.resolved(FROM, TO));
    out.add(r.minutes(FROM, TO));
    out.add(r.unanswered(FROM, TO));
    out.add(r.resources(FROM, TO, 10));
    out.add(r.eventsOffered(FROM, TO));
    return out;
  }

  @OnBothDatabases
  void theWeeksFiguresAreTheSameAsOnTheSqliteFile(TestDatabases on) throws Exception {
    List<Object> expected;
    try (Database sqlite = TestDatabases.SQLITE.open(dir.resolve("reference.db"))) {
      expected = history(sqlite);
    }
    ReportStore.Counts counts = (ReportStore.Counts) expected.get(0);
    assertTrue(counts.questions() > 0 && counts.confirmed() > 0 && counts.ticketsResolved() > 0);
    assertTrue(!((List<?>) expected.get(10)).isEmpty() && (long) expected.get(11) > 0);
    try (Database db = on.open(dir.resolve("d.db"))) {
      List<Object> actual = history(db);
      for (int k = 0; k < expected.size(); k++) {
        assertEquals(expected.get(k), actual.get(k), "figure " + k);
      }
    }
  }
}
