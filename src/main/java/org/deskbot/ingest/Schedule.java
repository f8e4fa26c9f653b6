package org.deskbot.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;

/**
 * When a live session happens, as its calendar says: the first start, and for a series its RFC 5545
 * rule with the starts taken out (EXDATE) or added (RDATE, a moved occurrence). The rule is kept as
 * written and expanded when a teacher asks, so "the next session" is always the one after the time
 * of asking, however long ago the content was ingested.
 *
 * @param start the first start, wall-clock time in {@code zone} (midnight for an all-day event)
 * @param zone the event's time zone, or null for floating times (read in the district's zone)
 * @param allDay a whole day ({@code DTSTART;VALUE=DATE}): excluded starts match by date
 * @param minutes how long one session lasts
 * @param rule the {@code RRULE} value, "" for a single session
 * @param excluded starts taken out of the series, wall-clock time in the event's zone
 * @param added starts added to it, wall-clock time in the event's zone
 */
public record Schedule(
    LocalDateTime start,
    ZoneId zone,
    boolean allDay,
    long minutes,
    String rule,
    List<LocalDateTime> excluded,
    List<LocalDateTime> added) {

  public Schedule {
    rule = rule == null ? "" : rule.strip();
    excluded = List.copyOf(excluded);
    added = List.copyOf(added);
  }

  /**
   * The first start after {@code now} and no later than {@code until}, in the event's zone ({@code
   * floating} for floating times); empty when there is none (a past session, a series that ended,
   * the next one too far ahead).
   */
  public Optional<ZonedDateTime> next(Instant now, Instant until, ZoneId floating) {
    ZoneId z = zone != null ? zone : floating;
    ZonedDateTime first = start.atZone(z);
    List<ZonedDateTime> starts = new ArrayList<>();
    starts.add(first);
    if (!rule.isEmpty() && !first.toInstant().isAfter(until)) {
      // the rule is checked at ingest; expanded from the first start, kept to the window asked
      starts.addAll(new Recur<ZonedDateTime>(rule).getDates(first, now.atZone(z), until.atZone(z)));
    }
    added.forEach(a -> starts.add(a.atZone(z)));
    Set<Object> out = new HashSet<>();
    for (LocalDateTime x : excluded) {
      out.add(allDay ? x.toLocalDate() : x);
    }
    return starts.stream()
        .filter(s -> s.toInstant().isAfter(now) && !s.toInstant().isAfter(until))
        .filter(s -> !out.contains(allDay ? s.toLocalDate() : s.toLocalDateTime()))
        .min(Comparator.comparing(ZonedDateTime::toInstant));
  }

  /** Checks that {@code rule} is an RRULE value deskbot can expand; the reason when it is not. */
  public static Optional<String> problemWithRule(String rule) {
    try {
      Recur<ZonedDateTime> recur = new Recur<>(rule);
      return recur.getFrequency() == null
          ? Optional.of("RRULE has no FREQ")
          : Optional.<String>empty();
    } catch (RuntimeException e) {
      return Optional.of("RRULE `" + rule + "` cannot be read: " + e.getMessage());
    }
  }

  /** The schedule as one stored string ({@link #decode} reads it back). */
  public String encode() {
    return String.join(
        "\n",
        "start=" + start,
        "zone=" + (zone == null ? "" : zone.getId()),
        "all_day=" + allDay,
        "minutes=" + minutes,
        "rule=" + rule,
        "excluded=" + String.join(",", excluded.stream().map(LocalDateTime::toString).toList()),
        "added=" + String.join(",", added.stream().map(LocalDateTime::toString).toList()));
  }

  /** Reads what {@link #encode} wrote. */
  public static Schedule decode(String encoded) {
    java.util.Map<String, String> v = new java.util.HashMap<>();
    for (String line : encoded.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        v.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    String zone = v.getOrDefault("zone", "");
    return new Schedule(
        LocalDateTime.parse(v.get("start")),
        zone.isEmpty() ? null : ZoneId.of(zone),
        Boolean.parseBoolean(v.get("all_day")),
        Long.parseLong(v.getOrDefault("minutes", "0")),
        v.getOrDefault("rule", ""),
        times(v.getOrDefault("excluded", "")),
        times(v.getOrDefault("added", "")));
  }

  private static List<LocalDateTime> times(String csv) {
    List<LocalDateTime> out = new ArrayList<>();
    for (String s : csv.split(",")) {
      if (!s.isBlank()) {
        out.add(LocalDateTime.parse(s));
      }
    }
    return out;
  }
}
