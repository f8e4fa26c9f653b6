package org.deskbot.ingest.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;

/**
 * The time zones one calendar names in {@code TZID}, as IANA zones (what is stored and expanded at
 * ask time). Google writes IANA names; Outlook writes Windows names ({@code Eastern Standard Time})
 * with a {@code VTIMEZONE} block saying their rules: such a zone becomes the IANA zone whose
 * offsets agree with the block's over two years.
 */
final class CalendarZones {
  /** Weekly samples over two years: enough to see both daylight-saving changes twice. */
  private static final int SAMPLES = 105;

  private final TimeZoneRegistry registry;
  private final ZoneId calendarZone;
  private final Map<String, Optional<ZoneId>> known = new HashMap<>();

  /**
   * @param registry the zones of the calendar's {@code VTIMEZONE} blocks
   * @param calendarZone the calendar's default zone ({@code X-WR-TIMEZONE}), or null
   */
  CalendarZones(TimeZoneRegistry registry, ZoneId calendarZone) {
    this.registry = registry;
    this.calendarZone = calendarZone;
  }

  /** The calendar's default zone ({@code X-WR-TIMEZONE}), or null: floating times stay floating. */
  ZoneId calendarZone() {
    return calendarZone;
  }

  /** The zone {@code tzid} names (quotes allowed), judged from {@code year}; empty if unknown. */
  Optional<ZoneId> zone(String tzid, int year) {
    String id = tzid.strip();
    if (id.length() > 1 && id.startsWith("\"") && id.endsWith("\"")) {
      id = id.substring(1, id.length() - 1);
    }
    String key = id;
    return known.computeIfAbsent(key + "@" + year, k -> resolve(key, year));
  }

  private Optional<ZoneId> resolve(String id, int year) {
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      // not an IANA name: read the calendar's own definition of it
    }
    TimeZone defined;
    try {
      defined = registry.getTimeZone(id);
    } catch (RuntimeException e) {
      defined = null;
    }
    if (defined == null) {
      return Optional.empty();
    }
    long from = Instant.parse(year + "-01-01T00:00:00Z").toEpochMilli();
    List<ZoneId> candidates = new ArrayList<>();
    if (calendarZone != null) {
      candidates.add(calendarZone);
    }
    ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
        .sorted()
        .map(ZoneId::of)
        .forEach(candidates::add);
    for (ZoneId candidate : candidates) {
      if (agrees(defined, candidate, from)) {
        return Optional.of(candidate);
      }
    }
    int fixed = defined.getOffset(from);
    return defined.useDaylightTime()
        ? Optional.empty()
        : Optional.of(ZoneOffset.ofTotalSeconds(fixed / 1000));
  }

  private static boolean agrees(TimeZone defined, ZoneId candidate, long from) {
    var rules = candidate.getRules();
    for (int i = 0; i < SAMPLES; i++) {
      long at = from + i * 7L * 24 * 3600 * 1000;
      if (rules.getOffset(Instant.ofEpochMilli(at)).getTotalSeconds() * 1000
          != defined.getOffset(at)) {
        return false;
      }
    }
    return true;
  }
}
