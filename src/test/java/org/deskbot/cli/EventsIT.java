package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live sessions from the command line, scripted with {@code --at} in December 2026 (Chicago):
 * weekly office hours on Tuesdays at 15:30 (8 December cancelled), a Canva workshop on Wednesday 9
 * December at 15:45 and one that was on 18 November, written as Google Calendar and Outlook export
 * them, beside a calendar that cannot be read.
 */
@TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class EventsIT {
  @TempDir static Path home;
  static String h;

  static final String CANVA = "how do my students join my canva class";

  @BeforeAll
  static void content() throws Exception {
    h = home.toString();
    Path c = home.resolve("content");
    Files.createDirectories(c.resolve("faq"));
    Files.createDirectories(c.resolve("events"));
    config("");
    Files.writeString(
        c.resolve("faq/canva.md"),
        "---\ntitle: \"How do my students join my class in Canva for Education?\"\n"
            + "url: https://h.example/faq/canva\ncategory: classroom-apps\n---\n\n"
            + "Create a class in Canva, choose Invite students and share the join link in Google"
            + " Classroom. Students open Canva from the Clever tile.\n");
    Files.writeString(
        c.resolve("faq/copier.md"),
        "---\ntitle: \"The copier in the workroom is jammed\"\nurl: https://h.example/faq/jam\n"
            + "category: printing\n---\n\nOpen door A, pull the green lever and remove the paper.\n");
    crlf(
        c.resolve("events/office-hours.ics"),
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "X-WR-CALNAME:EdTech Office Hours",
        "X-WR-TIMEZONE:America/Chicago",
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Chicago:20261103T153000",
        "DTEND;TZID=America/Chicago:20261103T163000",
        "EXDATE;TZID=America/Chicago:20261208T153000",
        "RRULE:FREQ=WEEKLY;WKST=SU;BYDAY=TU",
        "UID:oh1@google.com",
        "DESCRIPTION:Drop-in help for staff: Chromebooks\\, Clever badges\\, Google Class",
        " room and Canva.",
        "LOCATION:Library",
        "URL:https://meet.example/office-hours",
        "CATEGORIES:Office Hours",
        "SUMMARY:EdTech Office Hours (drop-in)",
        "END:VEVENT",
        "END:VCALENDAR");
    crlf(
        c.resolve("events/workshops.ics"),
        "BEGIN:VCALENDAR",
        "METHOD:PUBLISH",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "TZID:Central Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0600",
        "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:canva-1",
        "SUMMARY:Canva for Education workshop: your class and students",
        "DESCRIPTION:Set up your Canva class and have students join it.",
        "DTSTART;TZID=Central Standard Time:20261209T154500",
        "DTEND;TZID=Central Standard Time:20261209T164500",
        "LOCATION:Join on Zoom: https://zoom.example/j/991",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:canva-0",
        "SUMMARY:Canva class basics for students (November)",
        "DESCRIPTION:How students join your Canva class.",
        "DTSTART;TZID=Central Standard Time:20261118T154500",
        "DTEND;TZID=Central Standard Time:20261118T164500",
        "URL:https://learn.example/canva-november",
        "END:VEVENT",
        "END:VCALENDAR");
    crlf(
        c.resolve("events/broken.ics"),
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:test",
        "BEGIN:VEVENT",
        "SUMMARY:Nearpod webinar",
        "DTSTART:20261210T220000Z",
        "RRULE:FREQ=FORTNIGHTLY",
        "END:VEVENT",
        "END:VCALENDAR");
  }

  static void config(String extra) throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "search:\n  semantic: off\nteam:\n  members: [luis]\n" + extra);
  }

  static void crlf(Path file, String... lines) throws Exception {
    Files.writeString(file, String.join("\r\n", lines) + "\r\n");
  }

  static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exit(), String.join(" ", args) + "\n" + run.out() + run.err());
    return new ObjectMapper().readTree(run.out());
  }

  static List<JsonNode> events(JsonNode answer) {
    List<JsonNode> out = new ArrayList<>();
    answer
        .get("results")
        .forEach(
            r -> {
              if (r.get("type").asText().equals("event")) {
                out.add(r);
              }
            });
    return out;
  }

  static JsonNode ask(String at, String question) throws Exception {
    return json("ask", "--home", h, "--json", "--at", at, question);
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void aBadCalendarIsReportedByLineAndTheRestIndexed() {
    CliRun run = CliRun.of("ingest", "--home", h);
    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("indexed 4 files (5 entries)"), run.out() + run.err());
    assertTrue(
        run.out()
            .contains(
                "events/broken.ics:7: not valid iCalendar: `RRULE:FREQ=FORTNIGHTLY`: unknown"
                    + " frequency `FORTNIGHTLY`"),
        run.out());
  }

  @Test
  @org.junit.jupiter.api.Order(2)
  void theWorkshopIsOfferedBeforeItStartsAndNeverAfter() throws Exception {
    List<JsonNode> before = events(ask("2026-12-04T10:00", CANVA));
    assertEquals(1, before.size(), before.toString());
    JsonNode workshop = before.get(0);
    assertEquals(
        "Canva for Education workshop: your class and students", workshop.get("title").asText());
    assertEquals("2026-12-09T15:45-06:00", workshop.get("start").asText());
    assertEquals(
        "https://zoom.example/j/991", workshop.get("url").asText(), "the link in LOCATION");
    assertTrue(
        workshop.get("snippet").asText().startsWith("Wednesday, December 9 at 3:45 PM CST"),
        workshop.toString());

    // a minute before it starts it is still offered; once it has started, never again
    assertEquals(1, events(ask("2026-12-09T15:44", CANVA)).size());
    assertEquals(List.of(), events(ask("2026-12-09T15:46", CANVA)));
    assertEquals(List.of(), events(ask("2026-12-20T09:00", CANVA)));

    // the November workshop is past at every one of these times: never offered
    for (String at : List.of("2026-11-19T08:00", "2026-12-04T10:00", "2026-12-09T15:44")) {
      for (JsonNode e : events(ask(at, CANVA))) {
        assertFalse(e.get("title").asText().contains("November"), at + ": " + e);
      }
    }
    // before it, on 17 November, it is the sooner of the two
    assertEquals(
        "2026-11-18T15:45-06:00",
        events(ask("2026-11-17T08:00", CANVA)).get(0).get("start").asText());

    // beyond events.horizon_days (5 days ahead, horizon 3): not yet
    config("events:\n  horizon_days: 3\n");
    try {
      assertEquals(List.of(), events(ask("2026-12-04T10:00", CANVA)));
      assertEquals(1, events(ask("2026-12-07T10:00", CANVA)).size());
    } finally {
      config("");
    }

    // an unrelated question gets no session
    assertEquals(
        List.of(), events(ask("2026-12-04T10:00", "the copier in the workroom is jammed")));
  }

  @Test
  @org.junit.jupiter.api.Order(3)
  void anEscalationNamesTheNextOfficeHoursAndTheReportCountsWhatWasOffered() throws Exception {
    // W49 (30 Nov - 6 Dec): two sessions offered (the workshop to mrs.k, office hours to mr.p)
    JsonNode a =
        json("ask", "--home", h, "--as", "mrs.k", "--json", "--at", "2026-12-04T10:00", CANVA);
    assertEquals(1, events(a).size(), a.toString());
    JsonNode b =
        json(
            "ask",
            "--home",
            h,
            "--as",
            "mr.p",
            "--json",
            "--at",
            "2026-12-05T09:00",
            "when are the office hours");
    assertEquals("EdTech Office Hours (drop-in)", events(b).get(0).get("title").asText());
    JsonNode c =
        json(
            "ask",
            "--home",
            h,
            "--as",
            "ms.r",
            "--json",
            "--at",
            "2026-12-06T11:00",
            "the copier in the workroom is jammed");
    assertEquals(List.of(), events(c));
    // W50: the workshop has started: nothing offered
    JsonNode d =
        json("ask", "--home", h, "--as", "mrs.k", "--json", "--at", "2026-12-09T16:30", CANVA);
    assertEquals(List.of(), events(d));

    // 8 December is cancelled: the next office hours after 4 December are on the 15th
    JsonNode ticket =
        json(
            "escalate",
            "--home",
            h,
            a.get("interaction").asText(),
            "--json",
            "--at",
            "2026-12-04T10:05");
    JsonNode hours = ticket.get("office_hours");
    assertEquals("EdTech Office Hours (drop-in)", hours.get("title").asText());
    assertEquals("2026-12-15T15:30-06:00", hours.get("start").asText());
    assertEquals("https://meet.example/office-hours", hours.get("url").asText());

    CliRun text =
        CliRun.of(
            "escalate", "--home", h, b.get("interaction").asText(), "--at", "2026-12-05T09:05");
    assertEquals(0, text.exit(), text.err());
    assertTrue(
        text.out()
            .contains(
                "EdTech Office Hours (drop-in) on Tuesday, December 15 at 3:30 PM CST:"
                    + " https://meet.example/office-hours"),
        text.out());

    // with no office hours within the horizon, none are named
    config("events:\n  horizon_days: 1\n");
    try {
      JsonNode none =
          json(
              "escalate",
              "--home",
              h,
              c.get("interaction").asText(),
              "--json",
              "--at",
              "2026-12-06T11:05");
      assertTrue(none.get("office_hours").isNull(), none.toString());
    } finally {
      config("");
    }

    JsonNode w49 = json("report", "--home", h, "--week", "2026-W49", "--format", "json");
    assertEquals(2, w49.get("events").get("offered").asInt(), w49.get("events").toString());
    assertEquals(0, w49.get("events").get("clicked").asInt());
    assertFalse(w49.get("events").get("clicks_tracked").asBoolean());
    JsonNode w50 = json("report", "--home", h, "--week", "2026-W50", "--format", "json");
    assertEquals(0, w50.get("events").get("offered").asInt());

    CliRun md = CliRun.of("report", "--home", h, "--week", "2026-W49");
    assertTrue(
        md.out().contains("2 live sessions offered in answers; clicks are not counted"), md.out());
  }
}
