package org.deskbot.ingest.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.KnowledgeItem;
import org.deskbot.ingest.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventReaderTest {
  private static final Path EXPORTS = Path.of("../shared/fixtures/exports");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @TempDir Path root;

  private ContentReader.Result read(String ics) throws Exception {
    Files.createDirectories(root.resolve("events"));
    Path f = Files.writeString(root.resolve("events/cal.ics"), ics.replace("\n", "\r\n"));
    return new EventReader().read(ContentFile.of(root, f));
  }

  private ContentReader.Result fixture(String name) throws Exception {
    Path f = EXPORTS.resolve(name);
    assumeTrue(Files.exists(f), "../shared/fixtures/exports is not beside this checkout: skipped");
    Files.createDirectories(root.resolve("events"));
    Path copy = Files.copy(f, root.resolve("events").resolve(name));
    return new EventReader().read(ContentFile.of(root, copy));
  }

  /** The next start after {@code now} within 60 days, as an instant. */
  private static Optional<Instant> next(KnowledgeItem item, String now) {
    Instant at = Instant.parse(now);
    return item.schedule().next(at, at.plusSeconds(60L * 86400), CHICAGO).map(z -> z.toInstant());
  }

  private static String event(String... lines) {
    return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:test\nBEGIN:VEVENT\n"
        + String.join("\n", lines)
        + "\nEND:VEVENT\nEND:VCALENDAR\n";
  }

  @Test
  void googleExportWithTzidRruleAndExdatesUnfoldedAndUnescaped() throws Exception {
    List<KnowledgeItem> items = fixture("google-calendar-office-hours.ics").items();
    assertEquals(1, items.size());
    KnowledgeItem hours = items.get(0);
    assertEquals(ContentType.EVENT, hours.type());
    assertEquals("EdTech Office Hours (drop-in)", hours.title());
    // the fold splits "\," exactly as Google does: unfolded first, then unescaped
    assertTrue(
        hours
            .text()
            .startsWith(
                "Where: Room 114, Lincoln Middle School.\nDrop-in help for staff: Canva for"
                    + " Education, Google Classroom, Clever badges and Chromebooks."),
        hours.text());
    assertEquals("", hours.url(), "no URL and no link in the location");
    assertTrue(
        EventReader.about(hours.text()).startsWith("Drop-in help"), "the place is not the topic");
    assertEquals("EdTech Office Hours", hours.parent());
    Schedule s = hours.schedule();
    assertEquals(ZoneId.of("America/Phoenix"), s.zone());
    assertEquals(60, s.minutes());
    assertEquals(
        List.of(LocalDateTime.parse("2025-10-28T15:30"), LocalDateTime.parse("2025-11-11T15:30")),
        s.excluded());
    // Tuesday 28 October is excluded: the next is 4 November, 15:30 MST
    assertEquals(
        Optional.of(Instant.parse("2025-11-04T22:30:00Z")), next(hours, "2025-10-27T12:00:00Z"));
    // the rule ends (UNTIL) after Tuesday 16 December
    assertEquals(
        Optional.of(Instant.parse("2025-12-16T22:30:00Z")), next(hours, "2025-12-10T12:00:00Z"));
    assertEquals(Optional.empty(), next(hours, "2025-12-16T23:00:00Z"));
  }

  @Test
  void outlookWindowsZoneNameReadFromItsVtimezone() throws Exception {
    KnowledgeItem pd = fixture("outlook-workshops.ics").items().get(0);
    assertEquals("After-School PD: Canva, Clever & Google Classroom", pd.title());
    ZoneId zone = pd.schedule().zone();
    // "Eastern Standard Time" is whichever IANA zone keeps US Eastern time
    for (String at : List.of("2025-01-15T12:00:00Z", "2025-07-15T12:00:00Z")) {
      assertEquals(
          ZoneId.of("America/New_York").getRules().getOffset(Instant.parse(at)),
          zone.getRules().getOffset(Instant.parse(at)));
    }
    // every other Wednesday; 5 November is excluded, so after 1 November comes 19 November (EST)
    assertEquals(
        Optional.of(Instant.parse("2025-11-19T20:30:00Z")), next(pd, "2025-11-01T12:00:00Z"));
    // in September the offset is daylight time
    assertEquals(
        Optional.of(Instant.parse("2025-09-24T19:30:00Z")), next(pd, "2025-09-11T12:00:00Z"));
  }

  @Test
  void utcOneOffIsNextOnlyBeforeItStarts() throws Exception {
    KnowledgeItem w =
        read(event(
                "SUMMARY:Nearpod webinar",
                "DTSTART:20261209T214500Z",
                "DTEND:20261209T224500Z",
                "URL:https://learn.example/nearpod",
                "LOCATION:Zoom: https://zoom.example/j/1"))
            .items()
            .get(0);
    assertEquals("https://learn.example/nearpod", w.url(), "URL wins over a link in LOCATION");
    assertEquals(ZoneOffset.UTC, w.schedule().zone());
    assertEquals(
        Optional.of(Instant.parse("2026-12-09T21:45:00Z")), next(w, "2026-12-01T00:00:00Z"));
    assertEquals(Optional.empty(), next(w, "2026-12-09T21:45:00Z"));
  }

  @Test
  void linkInLocationWhenThereIsNoUrl() throws Exception {
    KnowledgeItem w =
        read(event(
                "SUMMARY:Kami webinar",
                "DTSTART;TZID=America/Chicago:20261209T154500",
                "LOCATION:Join on Zoom: https://zoom.example/j/4471203385 (passcode 7)"))
            .items()
            .get(0);
    assertEquals("https://zoom.example/j/4471203385", w.url());
  }

  @Test
  void allDayEventsExcludeByDateEvenWhenOutlookWritesADateTime() throws Exception {
    KnowledgeItem day =
        read(event(
                "SUMMARY:Tech PD day",
                "DTSTART;VALUE=DATE:20261210",
                "DTEND;VALUE=DATE:20261211",
                "RRULE:FREQ=WEEKLY;COUNT=3",
                "EXDATE;TZID=Central Standard Time:20261217T000000",
                "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"))
            .items()
            .get(0);
    // (an unknown TZID on an all-day EXDATE does not matter: it is matched by its date)
    Schedule s = day.schedule();
    assertTrue(s.allDay());
    assertEquals(24 * 60, s.minutes());
    assertEquals(
        Optional.of(LocalDateTime.parse("2026-12-24T00:00").atZone(CHICAGO).toInstant()),
        next(day, "2026-12-11T00:00:00Z"));
  }

  @Test
  void aMovedOccurrenceMovesTheSeriesSession() throws Exception {
    String ics =
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:test\n"
            + "BEGIN:VEVENT\nUID:oh-1\nRECURRENCE-ID;TZID=America/Chicago:20261208T153000\n"
            + "DTSTART;TZID=America/Chicago:20261209T160000\nSUMMARY:Office hours\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nUID:oh-1\nSUMMARY:Office hours\nCATEGORIES:Office Hours,Drop-in\n"
            + "DTSTART;TZID=America/Chicago:20261201T153000\nRRULE:FREQ=WEEKLY;BYDAY=TU\n"
            + "END:VEVENT\nEND:VCALENDAR\n";
    List<KnowledgeItem> items = read(ics).items();
    assertEquals(1, items.size(), "the moved occurrence is not an entry of its own");
    assertEquals(List.of("Office Hours", "Drop-in"), items.get(0).tags());
    assertEquals(
        Optional.of(LocalDateTime.parse("2026-12-09T16:00").atZone(CHICAGO).toInstant()),
        next(items.get(0), "2026-12-07T12:00:00Z"));
  }

  @Test
  void cancelledAndPrivateEventsAreLeftOutAndAnUntitledOneIsAFinding() throws Exception {
    String ics =
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:test\n"
            + "BEGIN:VEVENT\nSUMMARY:Gone\nSTATUS:CANCELLED\nDTSTART:20261209T214500Z\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nSUMMARY:Dentist\nCLASS:PRIVATE\nDTSTART:20261209T214500Z\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nDTSTART:20261209T214500Z\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nSUMMARY:Canva workshop\nDTSTART:20261209T214500Z\nEND:VEVENT\n"
            + "END:VCALENDAR\n";
    ContentReader.Result r = read(ics);
    assertEquals(List.of("Canva workshop"), r.items().stream().map(KnowledgeItem::title).toList());
    assertEquals(1, r.findings().size());
    assertEquals(14, r.findings().get(0).line());
    assertEquals(EventReader.EVENT_WITHOUT_TITLE, r.findings().get(0).kind());
  }

  @Test
  void badFilesAreReportedWithTheirLine() {
    ContentException unparsable =
        assertThrows(
            ContentException.class,
            () ->
                read(
                    event("SUMMARY:x", "this line is not a property", "DTSTART:20261209T214500Z")));
    assertEquals(6, unparsable.line(), unparsable.getMessage());
    assertTrue(unparsable.getMessage().startsWith("events/cal.ics:6: not valid iCalendar"));

    ContentException rule =
        assertThrows(
            ContentException.class,
            () -> read(event("SUMMARY:x", "DTSTART:20261209T214500Z", "RRULE:FREQ=FORTNIGHTLY")));
    assertEquals(7, rule.line(), rule.getMessage());

    ContentException zone =
        assertThrows(
            ContentException.class,
            () -> read(event("SUMMARY:x", "DTSTART;TZID=Nowhere/Land:20261209T154500")));
    assertEquals(
        "events/cal.ics:6: unknown time zone `Nowhere/Land`: use a name such as America/Chicago or"
            + " add its VTIMEZONE",
        zone.getMessage());

    ContentException start =
        assertThrows(ContentException.class, () -> read(event("SUMMARY:Canva workshop")));
    assertEquals(
        "events/cal.ics:4: the event `Canva workshop` has no start (DTSTART)", start.getMessage());

    ContentException empty =
        assertThrows(
            ContentException.class,
            () -> read("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:test\nEND:VCALENDAR\n"));
    assertTrue(empty.getMessage().contains("no events"), empty.getMessage());
  }

  @Test
  void scheduleSurvivesItsStoredForm() throws Exception {
    Schedule s =
        read(event(
                "SUMMARY:x",
                "DTSTART;TZID=America/Chicago:20261201T153000",
                "DTEND;TZID=America/Chicago:20261201T163000",
                "RRULE:FREQ=WEEKLY;BYDAY=TU,TH",
                "EXDATE;TZID=America/Chicago:20261222T153000,20261224T153000"))
            .items()
            .get(0)
            .schedule();
    assertEquals(2, s.excluded().size());
    assertEquals(s, Schedule.decode(s.encode()));
  }
}
