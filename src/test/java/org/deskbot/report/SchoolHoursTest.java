package org.deskbot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** School hours added to an instant: what a champion's hours to claim a ticket end at. */
class SchoolHoursTest {
  private static final SchoolCalendar CHICAGO =
      new SchoolCalendar(
          ZoneId.of("America/Chicago"),
          LocalTime.of(8, 0),
          LocalTime.of(16, 0),
          Set.of(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-27")));

  private static Instant chicago(String local) {
    return java.time.LocalDateTime.parse(local).atZone(CHICAGO.zone()).toInstant();
  }

  @Test
  void hoursRunOnlyOnSchoolDaysBetweenTheDaysStartAndEnd() {
    // Tuesday 13:05 + 4 h: 2 h 55 min on Tuesday, 1 h 5 min on Wednesday
    assertEquals(
        chicago("2026-12-02T09:05"), CHICAGO.plusSchoolHours(chicago("2026-12-01T13:05"), 4));
    // Friday 15:00 + 4 h: Monday 11:00
    assertEquals(
        chicago("2026-12-07T11:00"), CHICAGO.plusSchoolHours(chicago("2026-12-04T15:00"), 4));
    // asked at night or on a Saturday: the hours start with the next school day
    assertEquals(
        chicago("2026-12-07T12:00"), CHICAGO.plusSchoolHours(chicago("2026-12-05T22:00"), 4));
    assertEquals(
        chicago("2026-12-02T12:00"), CHICAGO.plusSchoolHours(chicago("2026-12-01T19:00"), 4));
    // Wednesday 14:00 before Thanksgiving: the holidays do not count
    assertEquals(
        chicago("2026-11-30T10:00"), CHICAGO.plusSchoolHours(chicago("2026-11-25T14:00"), 4));
    // a whole day's hours end at the close
    assertEquals(
        chicago("2026-12-01T16:00"), CHICAGO.plusSchoolHours(chicago("2026-12-01T08:00"), 8));
  }

  @Test
  void theHoursAddedAreTheHoursBetween() {
    Instant from = chicago("2026-12-03T10:20");
    for (int h = 1; h <= 30; h++) {
      assertEquals(h, CHICAGO.hoursBetween(from, CHICAGO.plusSchoolHours(from, h)), 1e-9);
    }
  }
}
