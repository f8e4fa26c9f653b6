package org.deskbot.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deskbot.report.EngagementStore;
import org.deskbot.report.EngagementStore.Count;
import org.deskbot.report.EngagementStore.Kind;
import org.deskbot.report.InteractionLog;
import org.deskbot.report.LinkStore;
import org.junit.jupiter.api.io.TempDir;

/** Imported counts replace their earlier selves; clicks are counted when they happen. */
class SqliteEngagementStoreTest {
  @TempDir Path dir;

  static final LocalDate MON = LocalDate.parse("2026-11-16");
  static final Instant FROM = Instant.parse("2026-11-16T06:00:00Z");
  static final Instant TO = Instant.parse("2026-11-23T06:00:00Z");

  @OnBothDatabases
  void aRowForTheSameDateResourceAndKindReplacesTheEarlierCount(TestDatabases on) throws Exception {
    SqliteEngagementStore store = new SqliteEngagementStore(on.open(dir.resolve("d.db")));
    Instant now = Instant.parse("2026-11-24T12:00:00Z");
    List<Count> first =
        List.of(
            new Count(MON, "https://n.example/nov", Kind.NEWSLETTER_OPEN, 400, "November"),
            new Count(MON.plusDays(1), "https://y.example/v", Kind.VIDEO_VIEW, 30, ""),
            new Count(MON.plusDays(7), "https://y.example/v", Kind.VIDEO_VIEW, 99, ""));
    assertEquals(new EngagementStore.Written(3, 0, 0), store.put(first, now));
    assertEquals(new EngagementStore.Written(0, 0, 3), store.put(first, now));
    EngagementStore.Usage u = store.usage(FROM, TO, MON, MON.plusDays(6));
    assertEquals(400, u.newsletterOpens());
    assertEquals(30, u.videoViews());

    // a corrected export: the open count changes, the video row is the same
    assertEquals(
        new EngagementStore.Written(0, 1, 1),
        store.put(
            List.of(
                new Count(MON, "https://n.example/nov", Kind.NEWSLETTER_OPEN, 412, "November"),
                new Count(MON.plusDays(1), "https://y.example/v", Kind.VIDEO_VIEW, 30, "")),
            now));
    u = store.usage(FROM, TO, MON, MON.plusDays(6));
    assertEquals(412, u.newsletterOpens());
    assertEquals(442, u.asyncUses());
    assertEquals(
        List.of(
            new EngagementStore.ResourceCount(
                "https://n.example/nov", "November", "newsletter-open", 412),
            new EngagementStore.ResourceCount("https://y.example/v", "", "video-view", 30)),
        store.byResource(FROM, TO, MON, MON.plusDays(6), 10));
  }

  @OnBothDatabases
  void aClickIsRecordedOnlyForASentLinkAndCountedInTheWeekItHappens(TestDatabases on)
      throws Exception {
    Database db = on.open(dir.resolve("d.db"));
    SqliteEngagementStore store = new SqliteEngagementStore(db);
    var log = new SqliteInteractionLog(db);
    long asked =
        log.record(
                new InteractionLog.NewInteraction(
                    "web", "web:ana", "web", "print", "en", "printing", 0.9, "answer", "[]"),
                Instant.parse("2026-11-16T15:00:00Z"),
                null)
            .id();
    store.save(
        List.of(
            new LinkStore.SentLink(
                "AAAAAAAAAAAAAAAAAAAAAA",
                "https://youtu.be/p?t=95",
                "https://youtu.be/p",
                "Printing",
                "video",
                asked,
                "web"),
            new LinkStore.SentLink(
                "BBBBBBBBBBBBBBBBBBBBBB",
                "https://desk.example/reports/2026-W47",
                "https://desk.example/reports/2026-W47",
                "Weekly summary",
                "report",
                null,
                "weekly-post")),
        Instant.parse("2026-11-16T15:00:01Z"));
    assertEquals(Optional.empty(), store.click("CCCCCCCCCCCCCCCCCCCCCC", FROM.plusSeconds(60)));
    assertEquals(
        Optional.of("https://youtu.be/p?t=95"),
        store.click("AAAAAAAAAAAAAAAAAAAAAA", Instant.parse("2026-11-16T15:01:00Z")));
    store.click("AAAAAAAAAAAAAAAAAAAAAA", Instant.parse("2026-11-17T15:01:00Z"));
    store.click("AAAAAAAAAAAAAAAAAAAAAA", TO.plusSeconds(1)); // next week
    store.click("BBBBBBBBBBBBBBBBBBBBBB", FROM.plusSeconds(1)); // the team reading its report
    assertEquals(Optional.of("https://youtu.be/p?t=95"), store.target("AAAAAAAAAAAAAAAAAAAAAA"));

    EngagementStore.Usage u = store.usage(FROM, TO, MON, MON.plusDays(6));
    assertEquals(2, u.linkClicks());
    assertEquals(0, u.clickedThenSolved());
    log.feedback(asked, "solved", Instant.parse("2026-11-16T15:02:00Z"));
    assertEquals(1, store.usage(FROM, TO, MON, MON.plusDays(6)).clickedThenSolved());
    assertEquals(
        Map.of("https://youtu.be/p?t=95", 2L, "https://desk.example/reports/2026-W47", 1L),
        store.clicksByTarget(FROM, TO));
    assertEquals(
        List.of(
            new EngagementStore.ResourceCount("https://youtu.be/p", "Printing", "link-click", 2)),
        store.byResource(FROM, TO, MON, MON.plusDays(6), 10));
    List<String> columns =
        db.read(
            c -> {
              List<String> names = new java.util.ArrayList<>();
              try (var rs = c.getMetaData().getColumns(null, null, "link_clicks", null)) {
                while (rs.next()) {
                  names.add(rs.getString("COLUMN_NAME"));
                }
              }
              return names;
            });
    assertTrue(columns.contains("link_id"), columns.toString());
    assertTrue(
        columns.stream().noneMatch(n -> n.contains("ip") || n.contains("agent")),
        columns.toString());
  }
}
