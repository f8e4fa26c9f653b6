package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.Reply;
import org.deskbot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A week of real conversations (the answer engine on the demo content) through the service on a
 * dated clock, and the CLI for the feedback; then {@code deskbot report --format json} against what
 * happened, counted by hand.
 */
class ReportServiceIT {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  @TempDir Path home;

  /** A clock the test moves. */
  static final class Moving extends Clock {
    volatile Instant now;

    void set(String local) {
      now = LocalDateTime.parse(local).atZone(CHICAGO).toInstant();
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void reportFiguresMatchTheWeekAsItHappened() throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "content: "
            + Path.of("demo/content").toAbsolutePath()
            + "\nsearch:\n  semantic: off\nteam:\n  members: [luis]\ndistrict:\n  timezone: America/Chicago\n");
    assertEquals(0, CliRun.of("ingest", "--home", home.toString()).exit());
    Settings settings = Settings.load(home, Map.of());
    Moving clock = new Moving();
    Map<String, Integer> categories = new TreeMap<>();
    long t1;
    boolean t2Answered;
    try (Wiring.Conversation c = Wiring.openConversation(settings, clock)) {
      ConversationService s = c.service();
      clock.set("2026-11-16T09:00:00");
      Reply r1 =
          s.ask(
              new ConversationService.Incoming(
                  "test", "t1", "C1", "how do i post final grades in powerschool", null));
      assertNotEquals("escalate", r1.decision());
      t1 = r1.interaction();
      categories.merge(r1.category(), 1, Integer::sum);
      clock.set("2026-11-16T10:00:00");
      Reply r2 =
          s.ask(
              new ConversationService.Incoming(
                  "test", "t2", "C1", "print from chromebook to the copier", null));
      t2Answered = !r2.decision().equals("escalate");
      categories.merge(r2.category(), 1, Integer::sum);
      clock.set("2026-11-16T11:00:00");
      assertEquals(
          "not-a-question",
          s.ask(new ConversationService.Incoming("test", "t3", "C1", "hi there!", null))
              .decision());
      clock.set("2026-11-17T08:55:00");
      Reply r4 =
          s.ask(
              new ConversationService.Incoming(
                  "test", "t4", "C1", "the laminator in the workroom smells like smoke", null));
      categories.merge(r4.category(), 1, Integer::sum);
      clock.set("2026-11-17T09:00:00");
      long ticket =
          s.escalate(
                  r4.interaction(),
                  "t4",
                  new ConversationService.EscalationForm("Oak Hollow", "high", ""),
                  null)
              .ticket()
              .id();
      clock.set("2026-11-17T10:00:00");
      s.claim(ticket, "luis");
      clock.set("2026-11-17T10:30:00");
      s.reply(ticket, "luis", "Unplug it, I'm on my way."); // first response: 1.5 school hours
      clock.set("2026-11-18T09:00:00");
      s.resolve(
          ticket,
          "luis",
          15,
          "replaced the laminator"); // Tue 9-16 (7) + Wed 8-9 (1) = 8.0 school hours
    }
    CliRun fb = CliRun.of("feedback", "--home", home.toString(), String.valueOf(t1), "solved");
    assertEquals(0, fb.exit(), fb.err());

    CliRun run =
        CliRun.of("report", "--home", home.toString(), "--week", "2026-W47", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertEquals(3, r.get("questions").asLong());
    assertEquals(1, r.get("not_questions").asLong());
    assertEquals(1, r.get("confirmed_deflections").asLong());
    assertEquals(t2Answered ? 1 : 0, r.get("probable_deflections").asLong());
    assertEquals(1, r.get("escalations").asLong());
    assertEquals(1, r.get("tickets_resolved").asLong());
    assertEquals(0.3333, r.get("deflection_rate").asDouble());
    assertEquals(15, r.get("minutes_spent").asLong());
    assertEquals(1.5, r.get("median_first_response_hours").asDouble());
    assertEquals(8.0, r.get("median_resolution_hours").asDouble());
    Map<String, Integer> reported = new TreeMap<>();
    for (JsonNode c : r.get("categories")) {
      reported.put(c.get("category").asText(), c.get("count").asInt());
      assertEquals(
          Math.round(c.get("count").asDouble() / 3 * 10000) / 10000.0, c.get("share").asDouble());
    }
    assertEquals(categories, reported);
    assertTrue(r.get("time_saved_minutes").asDouble() >= 0);

    CliRun post = CliRun.of("report", "--home", home.toString(), "--week", "2026-W47", "--post");
    assertEquals(1, post.exit(), post.out() + post.err());
    assertEquals(
        "deskbot: no chat platform is configured (set SLACK_BOT_TOKEN for Slack or TEAMS_APP_ID for Teams): the 2026-W47 summary was not posted",
        post.err().strip());
  }

  private JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exit(), String.join(" ", args) + "\n" + run.out() + run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void aHistoryScriptedWithAtThroughTheCommandLine() throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "content: "
            + Path.of("demo/content").toAbsolutePath()
            + "\nsearch:\n  semantic: off\nteam:\n  members: [luis]\ndistrict:\n  timezone: America/Chicago\n");
    String h = home.toString();
    assertEquals(0, CliRun.of("ingest", "--home", h).exit());
    JsonNode a =
        json(
            "ask",
            "--home",
            h,
            "--as",
            "t1",
            "--json",
            "--at",
            "2026-11-16T09:00",
            "how do i post final grades in powerschool");
    assertNotEquals("escalate", a.get("decision").asText());
    json(
        "feedback",
        "--home",
        h,
        a.get("interaction").asText(),
        "solved",
        "--at",
        "2026-11-16T09:05",
        "--json");
    JsonNode b =
        json(
            "ask",
            "--home",
            h,
            "--as",
            "t2",
            "--json",
            "--at",
            "2026-11-17T08:55",
            "the laminator in the workroom smells like smoke");
    JsonNode t =
        json(
            "escalate",
            "--home",
            h,
            b.get("interaction").asText(),
            "--school",
            "Oak Hollow",
            "--at",
            "2026-11-17T09:00",
            "--json");
    String n = t.get("number").asText();
    assertEquals("2026-11-17T15:00:00Z", t.get("created_at").asText());
    json("tickets", "claim", "--home", h, n, "--as", "luis", "--at", "2026-11-17T10:00", "--json");
    json(
        "tickets",
        "reply",
        "--home",
        h,
        n,
        "On my way",
        "--as",
        "luis",
        "--at",
        "2026-11-17T11:00",
        "--json");
    json(
        "tickets",
        "resolve",
        "--home",
        h,
        n,
        "--as",
        "luis",
        "--minutes",
        "25",
        "--at",
        "2026-11-24T09:00",
        "--json");
    CliRun bad =
        CliRun.of("feedback", "--home", h, a.get("interaction").asText(), "solved", "--at", "soon");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().startsWith("deskbot: --at: "), bad.err());

    JsonNode w47 = json("report", "--home", h, "--week", "2026-W47", "--format", "json");
    assertEquals(2, w47.get("questions").asLong());
    assertEquals(1, w47.get("confirmed_deflections").asLong());
    assertEquals(0, w47.get("probable_deflections").asLong());
    assertEquals(1, w47.get("escalations").asLong());
    assertEquals(0, w47.get("tickets_resolved").asLong());
    assertEquals(0.5, w47.get("deflection_rate").asDouble());
    assertEquals(2.0, w47.get("median_first_response_hours").asDouble());
    assertTrue(w47.get("median_resolution_hours").isNull());
    JsonNode w48 = json("report", "--home", h, "--week", "2026-W48", "--format", "json");
    assertEquals(0, w48.get("questions").asLong());
    assertEquals(1, w48.get("tickets_resolved").asLong());
    assertEquals(25, w48.get("minutes_spent").asLong());
    // Tue 9-16 (7) + Wed 18, Thu 19, Fri 20, Mon 23 (4 school days x 8 = 32) + Tue 24 8-9 (1) =
    // 40.0 school hours
    assertEquals(40.0, w48.get("median_resolution_hours").asDouble());
  }
}
