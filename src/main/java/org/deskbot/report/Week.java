package org.deskbot.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week ("2026-W47"), Monday to Sunday, in the district's time zone. */
public record Week(LocalDate monday) {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

  public Week {
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException(monday + " is not a Monday");
    }
  }

  /** Parses {@code 2026-W47}; throws IllegalArgumentException with a one-line reason. */
  public static Week parse(String s) {
    Matcher m = ISO.matcher(s.strip().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("`" + s + "` is not an ISO week such as 2026-W47");
    }
    int year = Integer.parseInt(m.group(1));
    int week = Integer.parseInt(m.group(2));
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    long weeks = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > weeks) {
      throw new IllegalArgumentException(year + " has ISO weeks 1 to " + weeks + ", not " + week);
    }
    return new Week(jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY));
  }

  /** The week that holds {@code date}. */
  public static Week of(LocalDate date) {
    return new Week(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  /** The last complete week before {@code now}, in {@code zone}. */
  public static Week lastComplete(Instant now, ZoneId zone) {
    return of(now.atZone(zone).toLocalDate()).minus(1);
  }

  public Week minus(int weeks) {
    return new Week(monday.minusWeeks(weeks));
  }

  public Week plus(int weeks) {
    return new Week(monday.plusWeeks(weeks));
  }

  public LocalDate sunday() {
    return monday.plusDays(6);
  }

  public Instant start(ZoneId zone) {
    return monday.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the week. */
  public Instant end(ZoneId zone) {
    return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
  }

  @Override
  public String toString() {
    return String.format(
        "%d-W%02d",
        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
