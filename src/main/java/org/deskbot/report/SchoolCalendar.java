package org.deskbot.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** School days (Monday to Friday, not holidays) and school hours, in the district's time zone. */
public record SchoolCalendar(
    ZoneId zone, LocalTime dayStart, LocalTime dayEnd, Set<LocalDate> holidays)
    implements org.deskbot.escalate.SchoolClock {

  public boolean schoolDay(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY
        && d.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(d);
  }

  /** School hours between two instants (0 when {@code to} is not after {@code from}). */
  public double hoursBetween(Instant from, Instant to) {
    if (from == null || to == null || !to.isAfter(from)) {
      return 0;
    }
    long seconds = 0;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
      if (!schoolDay(d)) {
        continue;
      }
      Instant open = d.atTime(dayStart).atZone(zone).toInstant();
      Instant close = d.atTime(dayEnd).atZone(zone).toInstant();
      Instant a = from.isAfter(open) ? from : open;
      Instant b = to.isBefore(close) ? to : close;
      if (b.isAfter(a)) {
        seconds += Duration.between(a, b).toSeconds();
      }
    }
    return seconds / 3600.0;
  }

  /**
   * The instant {@code hours} school hours after {@code from}: the hours run only on school days
   * between the day's start and end (a ticket opened on Friday at 15:00 with 4 hours to wait waits
   * until Monday at 11:00).
   */
  @Override
  public Instant plusSchoolHours(Instant from, double hours) {
    long left = Math.round(hours * 3600);
    LocalDate d = from.atZone(zone).toLocalDate();
    for (int guard = 0; guard < 800; guard++, d = d.plusDays(1)) {
      if (!schoolDay(d)) {
        continue;
      }
      Instant open = d.atTime(dayStart).atZone(zone).toInstant();
      Instant close = d.atTime(dayEnd).atZone(zone).toInstant();
      Instant a = from.isAfter(open) ? from : open;
      if (!close.isAfter(a)) {
        continue;
      }
      long today = Duration.between(a, close).toSeconds();
      if (left <= today) {
        return a.plusSeconds(left);
      }
      left -= today;
    }
    return from.plusSeconds(Math.round(hours * 3600));
  }

  /**
   * The close of the {@code n}th school day after the day of {@code at}: "within n school days"
   * ends there.
   */
  public Instant schoolDaysAfter(Instant at, int n) {
    LocalDate d = at.atZone(zone).toLocalDate();
    int found = 0;
    for (int guard = 0; found < n && guard < 800; guard++) {
      d = d.plusDays(1);
      if (schoolDay(d)) {
        found++;
      }
    }
    return d.atTime(dayEnd).atZone(zone).toInstant();
  }
}
