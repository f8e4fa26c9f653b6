package org.deskbot.ingest.event;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.Finding;
import org.deskbot.ingest.KnowledgeItem;
import org.deskbot.ingest.Schedule;

/**
 * {@code events/*.ics}: a calendar as Google Calendar or Outlook exports it. Each event (a series
 * counts once) becomes one {@code event} entry searched by its title, categories and description,
 * linking to its {@code URL}, else to a link in its {@code LOCATION}. When it happens is kept as
 * the calendar says ({@link Schedule}); which session is next is decided when a teacher asks.
 * Cancelled and private events are left out; a moved occurrence ({@code RECURRENCE-ID}) moves its
 * series' session.
 */
public final class EventReader implements ContentReader {
  /**
   * How an event's text starts when it has a place: shown to teachers, but not what the session is
   * about (a "Zoom" in a join link does not make a workshop about Zoom).
   */
  public static final String WHERE = "Where: ";

  /** An event's text without its place: what the session is about. */
  public static String about(String text) {
    int end = text.indexOf('\n');
    return text.startsWith(WHERE) && end > 0 ? text.substring(end + 1) : text;
  }

  /** Findings: an event the team gave no title, left out. */
  public static final String EVENT_WITHOUT_TITLE = "event-without-title";

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final Pattern TZID = Pattern.compile("(?i);TZID=(\"[^\"]*\"|[^;:]*)");
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

  /** The category of a live session unless its CATEGORIES name one of deskbot's. */
  static final String DEFAULT_CATEGORY = "training-pd";

  private static final List<String> CATEGORIES =
      List.of(
          "accounts-login",
          "devices",
          "network-wifi",
          "printing",
          "classroom-apps",
          "gradebook-sis",
          "av-display",
          "training-pd",
          "other");

  @Override
  public boolean accepts(ContentFile file) {
    return file.is("events", ".ics");
  }

  @Override
  public Result read(ContentFile file) throws ContentException {
    String text = file.text();
    String name = file.relative();
    Optional<Integer> bad = IcsLines.firstBadLine(text);
    if (bad.isPresent()) {
      throw new ContentException(
          name,
          bad.get(),
          "not valid iCalendar: a line must read NAME:value (or NAME;PARAM=x:value)");
    }
    Calendar calendar;
    CalendarBuilder builder = new CalendarBuilder();
    try {
      calendar = builder.build(new StringReader(text));
    } catch (ParserException e) {
      throw new ContentException(name, e.getLineNo(), reason(e, text));
    } catch (IOException | RuntimeException e) {
      throw new ContentException(name, 0, "not an iCalendar file: " + e.getMessage());
    }
    List<Component> events =
        new ArrayList<>(calendar.<CalendarComponent>getComponents(Component.VEVENT));
    List<IcsLines.Event> lines = IcsLines.events(text);
    if (events.isEmpty()) {
      throw new ContentException(name, 0, "the calendar has no events (no BEGIN:VEVENT)");
    }
    if (lines.size() != events.size()) {
      throw new ContentException(name, 0, "the events of the calendar cannot be told apart");
    }
    ZoneId calendarZone =
        calendar
            .getProperty("X-WR-TIMEZONE")
            .map(p -> zoneOrNull(((Property) p).getValue()))
            .orElse(null);
    String calendarName =
        calendar.getProperty("X-WR-CALNAME").map(p -> ((Property) p).getValue()).orElse("");
    Reading reading = new Reading(name, new CalendarZones(builder.getRegistry(), calendarZone));

    // moved or cancelled occurrences of a series, by the series' UID
    Map<String, List<Integer>> overrides = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).getProperty("RECURRENCE-ID").isPresent()) {
        overrides.computeIfAbsent(uid(events.get(i)), k -> new ArrayList<>()).add(i);
      }
    }
    List<KnowledgeItem> items = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Component e = events.get(i);
      IcsLines.Event at = lines.get(i);
      if (e.getProperty("RECURRENCE-ID").isPresent() || !shown(e)) {
        continue;
      }
      String title = value(e, "SUMMARY");
      if (title.isBlank()) {
        findings.add(
            new Finding(
                name,
                at.begin(),
                EVENT_WITHOUT_TITLE,
                "an event without a title (SUMMARY) is left out: give it one"));
        continue;
      }
      Schedule schedule;
      try {
        schedule =
            reading.schedule(e, at, overrides.getOrDefault(uid(e), List.of()), events, lines);
      } catch (RuntimeException ex) {
        throw new ContentException(
            name, at.begin(), "the event `" + title + "` cannot be read: " + ex.getMessage());
      }
      List<String> categories = categories(e);
      String location = value(e, "LOCATION");
      String description = description(value(e, "DESCRIPTION"));
      String where = location.isBlank() ? "" : WHERE + location + ".\n";
      items.add(
          new KnowledgeItem(
              name + "#" + i,
              ContentType.EVENT,
              title,
              (where + description).strip(),
              link(value(e, "URL"), location),
              categories.stream()
                  .map(c -> c.toLowerCase(Locale.ROOT))
                  .filter(CATEGORIES::contains)
                  .findFirst()
                  .orElse(DEFAULT_CATEGORY),
              categories,
              List.of(),
              "en",
              name,
              -1,
              calendarName,
              List.of(),
              schedule));
    }
    return new Result(items, findings);
  }

  /** Whether the team means teachers to see the event: not cancelled, not private. */
  private static boolean shown(Component e) {
    String status = value(e, "STATUS").toUpperCase(Locale.ROOT);
    String access = value(e, "CLASS").toUpperCase(Locale.ROOT);
    return !status.equals("CANCELLED")
        && !access.equals("PRIVATE")
        && !access.equals("CONFIDENTIAL");
  }

  /** What one file's events are read with: its name (for messages) and its zones. */
  private record Reading(String name, CalendarZones zones) {

    Schedule schedule(
        Component e,
        IcsLines.Event at,
        List<Integer> overrideIndexes,
        List<Component> events,
        List<IcsLines.Event> lines)
        throws ContentException {
      Optional<Property> found = e.getProperty("DTSTART");
      if (found.isEmpty()) {
        throw startProblem(e, at);
      }
      Property dtstart = found.get();
      String written;
      try {
        written = dtstart.getValue();
      } catch (RuntimeException ex) {
        throw startProblem(e, at); // ical4j could not place it in its zone
      }
      When start = when(dtstart, written, at.of("DTSTART"), null);
      long minutes = minutes(e, at, start);
      String rule = value(e, "RRULE");
      if (!rule.isBlank()) {
        Optional<String> problem = Schedule.problemWithRule(rule);
        if (problem.isPresent()) {
          throw new ContentException(name, at.of("RRULE"), problem.get());
        }
      }
      List<LocalDateTime> excluded = new ArrayList<>();
      for (Property p : e.<Property>getProperties("EXDATE")) {
        for (String v : p.getValue().split(",")) {
          excluded.add(when(p, v, at.of("EXDATE"), start).in(start));
        }
      }
      List<LocalDateTime> added = new ArrayList<>();
      for (Property p : e.<Property>getProperties("RDATE")) {
        if (p.getParameter("VALUE")
            .map(x -> ((Parameter) x).getValue())
            .orElse("")
            .equalsIgnoreCase("PERIOD")) {
          continue;
        }
        for (String v : p.getValue().split(",")) {
          added.add(when(p, v, at.of("RDATE"), start).in(start));
        }
      }
      for (int k : overrideIndexes) {
        Component moved = events.get(k);
        IcsLines.Event movedAt = lines.get(k);
        Property id = moved.<Property>getProperty("RECURRENCE-ID").orElseThrow();
        excluded.add(when(id, id.getValue(), movedAt.of("RECURRENCE-ID"), start).in(start));
        Optional<Property> newStart = moved.getProperty("DTSTART");
        if (shown(moved) && newStart.isPresent()) {
          added.add(
              when(newStart.get(), newStart.get().getValue(), movedAt.of("DTSTART"), start)
                  .in(start));
        }
      }
      return new Schedule(
          start.local(), start.zone(), start.date(), minutes, rule, excluded, added);
    }

    /** Why an event has no start the parser could read: none written, or one it dropped. */
    private ContentException startProblem(Component e, IcsLines.Event at) {
      String written = at.texts().get("DTSTART");
      if (written == null) {
        return new ContentException(
            name, at.begin(), "the event `" + value(e, "SUMMARY") + "` has no start (DTSTART)");
      }
      Matcher tzid = TZID.matcher(written);
      if (tzid.find() && zones.zone(tzid.group(1), java.time.Year.now().getValue()).isEmpty()) {
        return unknownZone(at.of("DTSTART"), tzid.group(1).replace("\"", ""));
      }
      return new ContentException(name, at.of("DTSTART"), "DTSTART cannot be read: " + written);
    }

    private ContentException unknownZone(int line, String tzid) {
      return new ContentException(
          name,
          line,
          "unknown time zone `"
              + tzid
              + "`: use a name such as America/Chicago or add its VTIMEZONE");
    }

    private long minutes(Component e, IcsLines.Event at, When start) throws ContentException {
      Optional<Property> end = e.getProperty("DTEND");
      if (end.isPresent()) {
        When w = when(end.get(), end.get().getValue(), at.of("DTEND"), start);
        return Math.max(0, Duration.between(start.local(), w.in(start)).toMinutes());
      }
      String duration = value(e, "DURATION");
      if (!duration.isBlank()) {
        return durationMinutes(duration)
            .orElseThrow(
                () ->
                    new ContentException(
                        name, at.of("DURATION"), "DURATION `" + duration + "` cannot be read"));
      }
      return start.date() ? 24 * 60 : 0;
    }

    /** A DATE or DATE-TIME value of {@code p} (UTC, with its TZID, or floating). */
    When when(Property p, String raw, int line, When reference) throws ContentException {
      String v = raw.strip();
      String type = p.getParameter("VALUE").map(x -> ((Parameter) x).getValue()).orElse("");
      try {
        if (type.equalsIgnoreCase("DATE") || v.length() == 8) {
          return new When(
              LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(), null, true);
        }
        if (v.endsWith("Z") || v.endsWith("z")) {
          return new When(
              LocalDateTime.parse(v.substring(0, v.length() - 1), DATE_TIME),
              ZoneOffset.UTC,
              false);
        }
        LocalDateTime local = LocalDateTime.parse(v, DATE_TIME);
        Optional<String> tzid = p.getParameter("TZID").map(x -> ((Parameter) x).getValue());
        if (tzid.isPresent()) {
          ZoneId zone =
              zones
                  .zone(tzid.get(), local.getYear())
                  .orElseThrow(() -> unknownZone(line, tzid.get()));
          return new When(local, zone, false);
        }
        return new When(local, reference != null ? reference.zone() : zones.calendarZone(), false);
      } catch (DateTimeParseException e) {
        throw new ContentException(
            name,
            line,
            p.getName() + " `" + v + "` is not a date (20261208) or a date-time (20261208T153000)");
      }
    }
  }

  /** A start as written: wall-clock time, its zone (null: floating) and whether it is a date. */
  record When(LocalDateTime local, ZoneId zone, boolean date) {
    /** This moment as wall-clock time in {@code event}'s zone (dates stay dates). */
    LocalDateTime in(When event) {
      if (date
          || event.date()
          || zone == null
          || event.zone() == null
          || zone.equals(event.zone())) {
        return local;
      }
      return local.atZone(zone).withZoneSameInstant(event.zone()).toLocalDateTime();
    }
  }

  /** An RFC 5545 duration ({@code PT1H30M}, {@code P1D}, {@code P2W}) in minutes. */
  static Optional<Long> durationMinutes(String duration) {
    Matcher weeks = Pattern.compile("([+-]?)P(\\d+)W").matcher(duration.strip());
    try {
      return Optional.of(
          weeks.matches()
              ? Long.parseLong(weeks.group(2)) * 7 * 24 * 60
              : Duration.parse(duration.strip()).toMinutes());
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The join or sign-up link: the event's URL, else a link written in its location. */
  static String link(String url, String location) {
    if (!url.isBlank()) {
      return url.strip();
    }
    Matcher m = LINK.matcher(location);
    return m.find() ? m.group() : "";
  }

  /**
   * The description as text: Google may write HTML, and a Meet invitation's block (after its {@code
   * -::~:~::~} rule) says nothing about the session.
   */
  static String description(String raw) {
    String text = raw;
    int meet = text.indexOf("-::~:~::~");
    if (meet >= 0) {
      text = text.substring(0, meet);
    }
    if (text.contains("<") && text.contains(">")) {
      text = org.jsoup.Jsoup.parse(text.replaceAll("(?i)<br\\s*/?>", "\n")).wholeText();
    }
    return text.strip();
  }

  private static List<String> categories(Component e) {
    List<String> out = new ArrayList<>();
    for (Property p : e.<Property>getProperties("CATEGORIES")) {
      for (String c : p.getValue().split(",")) {
        if (!c.isBlank()) {
          out.add(c.strip());
        }
      }
    }
    return out;
  }

  private static String uid(Component e) {
    return value(e, "UID");
  }

  private static String value(Component e, String property) {
    return e.<Property>getProperty(property).map(Property::getValue).map(String::strip).orElse("");
  }

  private static ZoneId zoneOrNull(String id) {
    try {
      return ZoneId.of(id.strip());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The parser's message in a teacher-facing form: the line it stopped at, and its reason without
   * its own "Error at line N:" or Java class names.
   */
  private static String reason(ParserException e, String text) {
    String m = e.getMessage() == null ? "cannot be parsed" : e.getMessage();
    m = m.replaceFirst("^Error at line \\d+:\\s*", "");
    Matcher constant = Pattern.compile("No enum constant ([\\w.]+)").matcher(m);
    if (constant.find()) {
      String[] parts = constant.group(1).split("\\.");
      m =
          parts.length < 2
              ? m
              : "unknown "
                  + parts[parts.length - 2].toLowerCase(Locale.ROOT)
                  + " `"
                  + parts[parts.length - 1]
                  + "`";
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    int n = e.getLineNo();
    String line = n >= 1 && n <= lines.length ? lines[n - 1].strip() : "";
    return "not valid iCalendar: "
        + (line.isEmpty() || line.length() > 80 ? "" : "`" + line + "`: ")
        + m;
  }
}
