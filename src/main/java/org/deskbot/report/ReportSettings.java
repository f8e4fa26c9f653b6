package org.deskbot.report;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;

/**
 * The district's calendar and when the weekly summary is posted.
 *
 * @param zone the district's time zone ({@code district.timezone}, env {@code DESKBOT_TIMEZONE};
 *     default America/Chicago)
 * @param dayStart when the school day starts ({@code district.school_day_start}, env {@code
 *     DESKBOT_SCHOOL_DAY_START}; 08:00)
 * @param dayEnd when it ends ({@code district.school_day_end}, env {@code DESKBOT_SCHOOL_DAY_END};
 *     16:00)
 * @param holidays days without school ({@code district.holidays}: dates or {@code FROM..TO} ranges;
 *     env {@code DESKBOT_HOLIDAYS}, comma-separated)
 * @param postDay the day the summary is posted ({@code report.post_day}, env {@code
 *     DESKBOT_REPORT_DAY}; monday)
 * @param postTime the time it is posted, district time ({@code report.post_time}, env {@code
 *     DESKBOT_REPORT_TIME}; 07:00)
 * @param post whether {@code serve} posts it at all ({@code report.post}, env {@code
 *     DESKBOT_REPORT_POST}; on)
 */
public record ReportSettings(
    ZoneId zone,
    LocalTime dayStart,
    LocalTime dayEnd,
    Set<LocalDate> holidays,
    DayOfWeek postDay,
    LocalTime postTime,
    boolean post) {

  public static final String DEFAULT_ZONE = "America/Chicago";

  /** The defaults, in {@code zone}. */
  public static ReportSettings defaults(ZoneId zone) {
    return new ReportSettings(
        zone,
        LocalTime.of(8, 0),
        LocalTime.of(16, 0),
        Set.of(),
        DayOfWeek.MONDAY,
        LocalTime.of(7, 0),
        true);
  }

  public static ReportSettings load(ConfigSource config) throws ConfigException {
    String z = config.string("district", "timezone", "DESKBOT_TIMEZONE", DEFAULT_ZONE);
    ZoneId zone;
    try {
      zone = ZoneId.of(z);
    } catch (DateTimeException e) {
      throw new ConfigException(
          "district.timezone (DESKBOT_TIMEZONE) must be a time zone such as America/Chicago, not `"
              + z
              + "`");
    }
    LocalTime start =
        time(config, "district", "school_day_start", "DESKBOT_SCHOOL_DAY_START", "08:00");
    LocalTime end = time(config, "district", "school_day_end", "DESKBOT_SCHOOL_DAY_END", "16:00");
    if (!end.isAfter(start)) {
      throw new ConfigException(
          "district.school_day_end ("
              + end
              + ") must be after district.school_day_start ("
              + start
              + ")");
    }
    Set<LocalDate> holidays = new TreeSet<>();
    for (String h : holidayList(config)) {
      holidays.addAll(holiday(h));
    }
    String d = config.string("report", "post_day", "DESKBOT_REPORT_DAY", "monday");
    DayOfWeek day;
    try {
      day = DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "report.post_day (DESKBOT_REPORT_DAY) must be a day of the week such as monday, not `"
              + d
              + "`");
    }
    LocalTime at = time(config, "report", "post_time", "DESKBOT_REPORT_TIME", "07:00");
    boolean post = config.bool("report", "post", "DESKBOT_REPORT_POST", true);
    return new ReportSettings(zone, start, end, Set.copyOf(holidays), day, at, post);
  }

  /** The school calendar these settings describe. */
  public SchoolCalendar calendar() {
    return new SchoolCalendar(zone, dayStart, dayEnd, holidays);
  }

  private static LocalTime time(
      ConfigSource config, String section, String key, String env, String otherwise)
      throws ConfigException {
    String s = config.string(section, key, env, otherwise);
    try {
      return LocalTime.parse(s.length() == 4 ? "0" + s : s);
    } catch (DateTimeParseException e) {
      throw new ConfigException(
          section + "." + key + " (" + env + ") must be a time such as 07:30, not `" + s + "`");
    }
  }

  /** YAML reads an unquoted 2026-11-26 as a timestamp (midnight UTC): take its date back. */
  private static java.util.List<String> holidayList(ConfigSource config) throws ConfigException {
    if (config.env().get("DESKBOT_HOLIDAYS") == null
        && config.yaml().get("district") instanceof java.util.Map<?, ?> district
        && district.get("holidays") instanceof java.util.List<?> items) {
      java.util.List<String> out = new java.util.ArrayList<>();
      for (Object o : items) {
        out.add(
            o instanceof java.util.Date d
                ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString()
                : String.valueOf(o).strip());
      }
      return out;
    }
    return config.list("district", "holidays", "DESKBOT_HOLIDAYS");
  }

  private static Set<LocalDate> holiday(String s) throws ConfigException {
    try {
      int dots = s.indexOf("..");
      if (dots < 0) {
        return Set.of(LocalDate.parse(s));
      }
      LocalDate from = LocalDate.parse(s.substring(0, dots).strip());
      LocalDate to = LocalDate.parse(s.substring(dots + 2).strip());
      if (to.isBefore(from) || to.isAfter(from.plusDays(366))) {
        throw new ConfigException(
            "district.holidays: `" + s + "` must run forwards and last at most a year");
      }
      Set<LocalDate> days = new TreeSet<>();
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        days.add(d);
      }
      return days;
    } catch (DateTimeParseException e) {
      throw new ConfigException(
          "district.holidays (DESKBOT_HOLIDAYS): `"
              + s
              + "` is not a date (2026-11-26) or a range (2026-12-21..2027-01-01)");
    }
  }
}
