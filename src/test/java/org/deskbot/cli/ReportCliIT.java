package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStore;
import org.deskbot.report.Interaction;
import org.deskbot.report.InteractionLog;
import org.deskbot.storage.sqlite.Database;
import org.deskbot.storage.sqlite.SqliteInteractionLog;
import org.deskbot.storage.sqlite.SqliteTicketStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deskbot report --format json} on a small dated history written through the stores, with
 * every figure counted by hand (see the comments): Chicago time, school 08:00-16:00, holidays on
 * Veterans Day and the Thanksgiving Thursday and Friday.
 */
class ReportCliIT {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final String SSO =
      "[{\"type\":\"faq\",\"title\":\"Sign in with SSO\",\"url\":\"https://help.example.org/sso\",\"score\":0.9}]";
  static final String PRINT =
      "[{\"type\":\"video\",\"title\":\"Printing from a Chromebook\",\"url\":\"https://youtu.be/p?t=10\",\"score\":0.7}]";
  static final String WIFI =
      "[{\"type\":\"tip\",\"title\":\"When the wifi drops\",\"url\":\"https://news.example.org/nov#wifi\",\"score\":0.6}]";

  @TempDir static Path home;
  static InteractionLog log;
  static TicketStore tickets;

  static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(CHICAGO).toInstant();
  }

  static Interaction ask(
      String user, String category, String decision, String question, String results, String when)
      throws Exception {
    return log.record(
        new InteractionLog.NewInteraction(
            "test", user, "C1", question, "en", category, 0.9, decision, results),
        at(when),
        null);
  }

  static Ticket ticket(Interaction from, String user, String category, String question, String when)
      throws Exception {
    Ticket t =
        tickets.create(
            new TicketStore.NewTicket(
                user,
                "test",
                "C1",
                "Oak Hollow",
                "normal",
                category,
                question,
                "",
                from == null ? "[]" : from.results(),
                from == null ? null : from.id(),
                null),
            at(when),
            null);
    if (from != null) {
      log.linkTicket(from.id(), t.id());
    }
    return t;
  }

  @BeforeAll
  static void history() throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        """
        district:
          timezone: America/Chicago
          school_day_start: "08:00"
          school_day_end: "16:00"
          holidays: [2026-11-11, 2026-11-26..2026-11-27]
        """);
    try (Database db = Database.open(home.resolve("data/deskbot.db"))) {
      log = new SqliteInteractionLog(db);
      tickets = new SqliteTicketStore(db);

      // Baseline W43-W46 (Oct 19 - Nov 15): 10 silent answers a week: login 5/5/5/5, printing
      // 3/3/2/2, wifi 2/2/3/3.
      String[] mondays = {"2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09"};
      int[] printing = {3, 3, 2, 2};
      for (int w = 0; w < 4; w++) {
        for (int k = 0; k < 10; k++) {
          String cat = k < 5 ? "login" : k < 5 + printing[w] ? "printing" : "wifi";
          ask(
              "b" + k,
              cat,
              "answer",
              "baseline question " + k,
              cat.equals("login") ? SSO : PRINT,
              mondays[w] + "T09:" + (10 + k) + ":00");
        }
      }
      // W44: a printing ticket opened directly, first answered the same morning, resolved 3 weeks
      // later (W47).
      Ticket old = ticket(null, "b9", "printing", "the copier jams", "2026-10-26T09:00:00");
      tickets.reply(old.id(), "luis", "on it", at("2026-10-26T10:00:00"));
      // W45: a login ticket opened directly and resolved within the hour, 12 minutes.
      Ticket login = ticket(null, "b8", "login", "locked out", "2026-11-02T09:00:00");
      tickets.resolve(login.id(), "luis", 12, "reset", at("2026-11-02T10:00:00"));

      // W47 (Mon Nov 16 - Sun Nov 22).
      Interaction i1 =
          ask(
              "u1",
              "login",
              "answer",
              "how do i sign in with the new sso",
              SSO,
              "2026-11-16T09:00:00");
      log.feedback(i1.id(), "solved", at("2026-11-16T09:05:00")); // confirmed
      Interaction i2 =
          ask("u2", "login", "answer", "sso password reset", SSO, "2026-11-16T10:00:00");
      log.feedback(i2.id(), "solved", at("2026-11-16T10:05:00")); // confirmed
      Interaction i3 =
          ask(
              "u3",
              "printing",
              "suggest",
              "the printer in room 12 jams on every page",
              PRINT,
              "2026-11-16T11:00:00");
      log.feedback(
          i3.id(), "solved", at("2026-11-16T11:05:00")); // solved, but a ticket within 7 days
      ask(
          "u4",
          "printing",
          "answer",
          "print double sided",
          PRINT,
          "2026-11-17T10:00:00"); // probable
      ask(
          "u5",
          "wifi",
          "answer",
          "wifi is slow",
          WIFI,
          "2026-11-16T13:00:00"); // a ticket next day: not probable
      ask(
          "u6",
          "wifi",
          "answer",
          "wifi in the gym",
          WIFI,
          "2026-11-20T10:00:00"); // ticket after 2 school days: probable
      ask("u7", "", Interaction.NOT_A_QUESTION, "hi there", "[]", "2026-11-16T08:30:00");
      Interaction i8 =
          ask(
              "u8",
              "canvas",
              "escalate",
              "how do I add a co-teacher to my canvas course",
              "[]",
              "2026-11-18T14:00:00");
      ask(
          "u9",
          "canvas",
          "escalate",
          "canvas course co-teacher cannot see grades",
          "[]",
          "2026-11-19T10:00:00");
      Interaction i10 =
          ask(
              "u10",
              "login",
              "answer",
              "sso loops back to the login page",
              SSO,
              "2026-11-17T11:00:00");
      log.feedback(i10.id(), "not-solved", at("2026-11-17T11:05:00"));
      ask("u1", "", Interaction.NOT_A_QUESTION, "thanks!", "[]", "2026-11-16T09:06:00");
      ask(
          "u11",
          "wifi",
          "escalate",
          null,
          "[]",
          "2026-11-19T11:00:00"); // text removed by retention

      Ticket t5 = ticket(null, "u5", "wifi", "wifi drops in the library", "2026-11-17T09:00:00");
      tickets.reply(
          t5.id(), "luis", "checking the access point", at("2026-11-17T11:00:00")); // 2.0 school h
      tickets.resolve(
          t5.id(), "luis", 20, "new access point", at("2026-11-18T12:00:00")); // 7 + 4 = 11.0 h
      Ticket t8 = ticket(i8, "u8", "canvas", i8.question(), "2026-11-18T15:00:00");
      tickets.reply(
          t8.id(), "priya", "sharing steps", at("2026-11-19T10:30:00")); // 1 + 2.5 = 3.5 h
      tickets.resolve(t8.id(), "priya", 45, "added", at("2026-11-19T14:00:00")); // 1 + 6 = 7.0 h
      ticket(i3, "u3", "printing", i3.question(), "2026-11-19T09:00:00");
      tickets.resolve(old.id(), "luis", 30, "new roller", at("2026-11-16T10:00:00"));
      // Oct 26 9-16 (7) + Oct 27-30 (32) + Nov 2-6 (40) + Nov 9-13 without the 11th (32) + Nov 16
      // 8-10 (2) = 113.0 h

      // W48, the Thanksgiving week: no questions; u6's wifi ticket, answered and resolved on
      // Saturday.
      Ticket t6 = ticket(null, "u6", "wifi", "gym wifi still down", "2026-11-25T10:00:00");
      tickets.reply(
          t6.id(), "luis", "fixed the switch", at("2026-11-28T10:00:00")); // Wed 10-16 = 6.0 h
      tickets.resolve(t6.id(), "luis", 10, "switch", at("2026-11-28T11:00:00")); // 6.0 h
    }
  }

  static JsonNode report(String week) throws Exception {
    CliRun run = CliRun.of("report", "--home", home.toString(), "--week", week, "--format", "json");
    assertEquals(0, run.exit(), run.out() + run.err());
    assertFalse(run.out().contains("NaN") || run.out().contains("Infinity"), run.out());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void weekFiguresMatchHandCounts() throws Exception {
    JsonNode r = report("2026-W47");
    assertEquals("2026-W47", r.get("week").asText());
    assertEquals("2026-11-16", r.get("from").asText());
    assertEquals(10, r.get("questions").asLong());
    assertEquals(2, r.get("not_questions").asLong());
    assertEquals(7, r.get("answered").asLong());
    assertEquals(3, r.get("unanswered").asLong());
    assertEquals(2, r.get("confirmed_deflections").asLong());
    assertEquals(2, r.get("probable_deflections").asLong());
    assertEquals(3, r.get("escalations").asLong());
    assertEquals(2, r.get("escalations_from_bot").asLong());
    assertEquals(3, r.get("tickets_opened").asLong());
    assertEquals(3, r.get("tickets_resolved").asLong());
    assertEquals(0.2, r.get("deflection_rate").asDouble());
    assertEquals(0.2, r.get("probable_rate").asDouble());
    assertEquals(95, r.get("minutes_spent").asLong());
    assertEquals(2.75, r.get("median_first_response_hours").asDouble());
    assertEquals(11.0, r.get("median_resolution_hours").asDouble());
    assertEquals(24.0, r.get("time_saved_minutes").asDouble());
    JsonNode part = r.get("time_saved").get("parts").get(0);
    assertEquals("login", part.get("category").asText());
    assertEquals(2, part.get("confirmed").asLong());
    assertEquals(12.0, part.get("median_minutes").asDouble());
    assertEquals("category", part.get("basis").asText());
    assertTrue(r.get("time_saved").get("formula").asText().contains("median minutes per ticket"));

    // questions + tickets without a question: wifi 2+1+1, login 3, printing 2, canvas 2 = 11;
    // baseline: login 20+1, printing 10+1, wifi 10 = 42
    List<String> rows = new ArrayList<>();
    for (JsonNode c : r.get("categories")) {
      rows.add(
          c.get("category").asText()
              + " "
              + c.get("count").asLong()
              + " "
              + c.get("share").asDouble()
              + " "
              + c.get("baseline_count").asLong()
              + " "
              + c.get("baseline_share").asDouble()
              + " "
              + c.get("significant").asBoolean()
              + " "
              + c.get("first_seen").asBoolean());
    }
    assertEquals(
        List.of(
            "wifi 4 0.3636 10 0.2381 false false",
            "login 3 0.2727 21 0.5 false false",
            "printing 2 0.1818 11 0.2619 false false",
            "canvas 2 0.1818 0 0.0 false true"),
        rows);

    JsonNode gaps = r.get("gaps");
    assertEquals(3, gaps.size(), gaps.toString());
    assertEquals(2, gaps.get(0).get("size").asInt());
    assertEquals("canvas", gaps.get(0).get("category").asText());
    assertEquals(
        "how do I add a co-teacher to my canvas course",
        gaps.get(0).get("examples").get(0).asText());
    assertEquals(
        "the printer in room 12 jams on every page", gaps.get(1).get("examples").get(0).asText());
    assertEquals("wifi drops in the library", gaps.get(2).get("examples").get(0).asText());
    assertEquals(1, r.get("gaps_without_text").asLong());

    JsonNode res = r.get("resources");
    assertEquals("https://help.example.org/sso 3 2", line(res.get(0)));
    assertEquals("https://youtu.be/p?t=10 2 1", line(res.get(1)));
    assertEquals("https://news.example.org/nov#wifi 2 0", line(res.get(2)));

    JsonNode trend = r.get("trend");
    assertEquals(12, trend.size());
    assertEquals("2026-W36", trend.get(0).get("week").asText());
    assertEquals(0, trend.get(0).get("questions").asLong());
    assertTrue(trend.get(0).get("deflection_rate").isNull());
    assertEquals(10, trend.get(7).get("questions").asLong()); // W43
    assertEquals(10, trend.get(11).get("questions").asLong());
    assertEquals(95, trend.get(11).get("minutes_spent").asLong());
    assertTrue(r.get("definitions").get("probable deflection").asText().contains("never merged"));
    assertFalse(
        r.toString().contains("\"u1\"") || r.toString().contains("luis"), "reports name no one");
  }

  static String line(JsonNode res) {
    return res.get("url").asText()
        + " "
        + res.get("linked").asLong()
        + " "
        + res.get("solved").asLong();
  }

  @Test
  void holidayWeekWithNoQuestions() throws Exception {
    JsonNode r = report("2026-W48");
    assertEquals(0, r.get("questions").asLong());
    assertTrue(r.get("deflection_rate").isNull());
    assertTrue(r.get("probable_rate").isNull());
    assertEquals(1, r.get("tickets_opened").asLong());
    assertEquals(1, r.get("tickets_resolved").asLong());
    assertEquals(10, r.get("minutes_spent").asLong());
    assertEquals(
        6.0,
        r.get("median_first_response_hours")
            .asDouble()); // Thanksgiving Thursday and Friday are not school hours
    assertEquals(6.0, r.get("median_resolution_hours").asDouble());
    assertEquals(0.0, r.get("time_saved_minutes").asDouble());
    JsonNode wifi = r.get("categories").get(0);
    assertEquals(
        "wifi 1 1.0",
        wifi.get("category").asText()
            + " "
            + wifi.get("count").asLong()
            + " "
            + wifi.get("share").asDouble());
  }

  @Test
  void emptyWeekAndEveryFormat() throws Exception {
    JsonNode r = report("2027-W10");
    assertEquals(0, r.get("questions").asLong());
    assertEquals(0, r.get("tickets_opened").asLong());
    assertTrue(r.get("median_first_response_hours").isNull());
    assertTrue(r.get("median_resolution_hours").isNull());
    assertEquals(0, r.get("categories").size());
    assertEquals(0, r.get("gaps").size());

    Path out = home.resolve("out");
    CliRun run =
        CliRun.of(
            "report", "--home", home.toString(), "--week", "2027-W10", "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    for (String f : new String[] {"md", "html", "csv", "json"}) {
      assertTrue(Files.size(out.resolve("deskbot-2027-W10." + f)) > 100, f);
    }
    assertTrue(Files.size(out.resolve("deskbot-2027-W10-trend.png")) > 1000);
    String md = Files.readString(out.resolve("deskbot-2027-W10.md"));
    assertTrue(md.contains("## Definitions") && md.contains("confirmed deflection"), md);
    assertFalse(md.contains("NaN"));
  }

  @Test
  void htmlReportOpensInChromiumWithItsChartsVisible() throws Exception {
    Path out = home.resolve("html");
    CliRun run =
        CliRun.of(
            "report",
            "--home",
            home.toString(),
            "--week",
            "2026-W47",
            "--out",
            out.toString(),
            "--format",
            "html");
    assertEquals(0, run.exit(), run.err());
    Path page = out.resolve("deskbot-2026-W47.html");
    assertFalse(Files.readString(page).contains("src=\"http"), "self-contained: no remote images");
    org.openqa.selenium.chrome.ChromeDriver browser = org.deskbot.testing.Chrome.start();
    try {
      browser.get(page.toUri().toString());
      Object images =
          browser.executeScript(
              "return Array.from(document.images).map(i => [i.id, i.complete, i.naturalWidth, i.getBoundingClientRect().width, i.alt.length]);");
      List<?> list = (List<?>) images;
      assertEquals(3, list.size(), String.valueOf(images)); // trend, categories, capacity
      for (Object o : list) {
        List<?> img = (List<?>) o;
        assertEquals(true, img.get(1), "loaded: " + img);
        assertTrue(((Number) img.get(2)).longValue() >= 700, "naturalWidth: " + img);
        assertTrue(((Number) img.get(3)).doubleValue() > 100, "shown: " + img);
        assertTrue(((Number) img.get(4)).longValue() > 40, "alt text: " + img);
      }
      assertEquals(
          12,
          browser.findElements(org.openqa.selenium.By.cssSelector("#trend-table tbody tr")).size());
      assertEquals(
          4,
          browser
              .findElements(org.openqa.selenium.By.cssSelector("#categories-table tbody tr"))
              .size());
      assertEquals(
          12,
          browser
              .findElements(org.openqa.selenium.By.cssSelector("#capacity-table tbody tr"))
              .size());
      assertTrue(
          browser
              .findElement(org.openqa.selenium.By.id("definitions"))
              .getText()
              .contains("confirmed deflection"));
      org.deskbot.testing.Chrome.screenshot(browser, "weekly-report");
    } finally {
      browser.quit();
    }
  }

  @Test
  void pastTicketsImportOnceWithBadRowsReportedByLine(@TempDir Path other) throws Exception {
    Files.writeString(other.resolve("deskbot.yml"), "district:\n  timezone: America/Chicago\n");
    Path csv = other.resolve("old-helpdesk.csv");
    Files.writeString(
        csv,
        """
        created,category,minutes,resolved,school,question
        2026-09-08,Password reset,10,2026-09-08 11:00,Oak Hollow,"locked out, again"
        2026-09-08,Password reset,10,2026-09-08 11:00,Oak Hollow,"locked out, again"
        2026-09-09 10:15,printing,25,2026-09-10,Summit,copier jam
        2026-09-10,Cafeteria menu,5,2026-09-10 12:00,,
        yesterday,printing,5,,,
        2026-09-11,wifi,lots,2026-09-11,,
        2026-09-14,Smartboard,,,,panel dead
        """);
    CliRun first = CliRun.of("import", "tickets", "--home", other.toString(), csv.toString());
    assertEquals(1, first.exit(), first.out() + first.err());
    assertTrue(
        first.out().contains("old-helpdesk.csv:6: `created` is not a date or time: `yesterday`"),
        first.out());
    assertTrue(
        first.out().contains("old-helpdesk.csv:7: `minutes` is not a whole number"), first.out());
    assertTrue(
        first.out().contains("unknown category `Cafeteria menu` on 1 row: counted as other"),
        first.out());
    assertTrue(
        first.out().contains("imported 5 tickets, already imported 0, rows with errors 2"),
        first.out());
    CliRun again = CliRun.of("import", "tickets", "--home", other.toString(), csv.toString());
    assertTrue(
        again.out().contains("imported 0 tickets, already imported 5, rows with errors 2"),
        again.out());

    CliRun run =
        CliRun.of("report", "--home", other.toString(), "--week", "2026-W37", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertEquals(0, r.get("questions").asLong());
    assertEquals(4, r.get("tickets_opened").asLong());
    assertEquals(4, r.get("tickets_resolved").asLong());
    assertEquals(50, r.get("minutes_spent").asLong());
    List<String> cats = new ArrayList<>();
    r.get("categories")
        .forEach(c -> cats.add(c.get("category").asText() + " " + c.get("count").asLong()));
    assertEquals(List.of("accounts-login 2", "other 1", "printing 1"), cats);
    JsonNode w38 = report(other, "2026-W38");
    assertEquals(1, w38.get("tickets_opened").asLong(), "the open Smartboard ticket");
    assertEquals("av-display", w38.get("categories").get(0).get("category").asText());
  }

  static JsonNode report(Path h, String week) throws Exception {
    CliRun run = CliRun.of("report", "--home", h.toString(), "--week", week, "--format", "json");
    assertEquals(0, run.exit(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void badInputIsOneLine() {
    CliRun week =
        CliRun.of("report", "--home", home.toString(), "--week", "2026-W60", "--format", "json");
    assertEquals(2, week.exit());
    assertEquals("deskbot: --week: 2026 has ISO weeks 1 to 53, not 60", week.err().strip());
    CliRun format = CliRun.of("report", "--home", home.toString(), "--format", "pdf");
    assertEquals(2, format.exit());
    assertEquals(
        "deskbot: --format: `pdf` is not one of md, html, csv, json", format.err().strip());
    CliRun two = CliRun.of("report", "--home", home.toString(), "--format", "md,json");
    assertEquals(2, two.exit());
  }
}
