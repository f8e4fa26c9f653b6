package org.deskbot.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.deskbot.csv.CsvException;
import org.deskbot.csv.CsvTable;
import org.deskbot.eval.Links;

/**
 * The exports a district's tools give, read into the same counts as {@code
 * date,resource,kind,count}: a Mailchimp campaign report (recipients who opened, on the delivery
 * date), YouTube Studio's per-video table or chart data (views), and Moodle's course completion
 * report (completions per date). Problems are reported by the export's own line.
 */
public final class EngagementExports {
  private EngagementExports() {}

  /** The tools read. */
  public enum Source {
    MAILCHIMP,
    YOUTUBE,
    MOODLE
  }

  /**
   * What the export does not say, given on the command line.
   *
   * @param resource the newsletter issue's or the course's URL (Mailchimp, Moodle), or null
   * @param date the day to count YouTube views on when the export has no {@code Date} column
   */
  public record Options(String resource, LocalDate date) {}

  /** Thrown when the export cannot be read at all (a usage problem: the wrong file or option). */
  public static final class WrongExport extends IllegalArgumentException {
    public WrongExport(String message) {
      super(message);
    }
  }

  public static EngagementImport.Parsed read(
      Source source, String text, Options options, List<EngagementImport.ContentLink> content) {
    CsvTable table;
    try {
      // a campaign report starts with a line without a comma: a header line keeps commas the
      // separator
      table = CsvTable.parse(source == Source.MAILCHIMP ? "label,value\n" + text : text);
    } catch (CsvException e) {
      throw new WrongExport("line " + e.line() + ": " + e.getMessage());
    }
    if (table.header().isEmpty()) {
      throw new WrongExport("the file is empty");
    }
    return switch (source) {
      case MAILCHIMP -> mailchimp(table, options, content);
      case YOUTUBE -> youtube(table, options, content);
      case MOODLE -> moodle(table, options, content);
    };
  }

  private static final DateTimeFormatter MAILCHIMP_DELIVERY =
      DateTimeFormatter.ofPattern("EEE, MMM d, yyyy H:mm", Locale.ENGLISH);

  /** "Recipients Who Opened:" (unique opens) on the "Delivery Date/Time:" day. */
  private static EngagementImport.Parsed mailchimp(
      CsvTable table, Options options, List<EngagementImport.ContentLink> content) {
    String resource = required(options.resource(), "mailchimp", "the newsletter issue's URL");
    Map<String, String> labels = new TreeMap<>();
    for (CsvTable.Row row : table.rows()) {
      List<String> r = row.fields();
      if (r.size() >= 2 && r.get(0).strip().endsWith(":")) {
        labels.putIfAbsent(r.get(0).strip(), r.get(1).strip());
      }
    }
    String delivered = labels.get("Delivery Date/Time:");
    String opened = labels.get("Recipients Who Opened:");
    if (delivered == null || opened == null) {
      throw new WrongExport(
          "not a Mailchimp campaign report: it has no \"Delivery Date/Time:\" and \"Recipients Who Opened:\" lines");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(delivered, MAILCHIMP_DELIVERY);
    } catch (DateTimeParseException e) {
      throw new WrongExport(
          "the delivery date `" + delivered + "` is not like Tue, Oct 14, 2025 15:15");
    }
    long count = number(opened.replaceAll("\\s*\\(.*\\)$", ""));
    String url = EngagementImport.resource(resource);
    return new EngagementImport.Parsed(
        List.of(
            new EngagementStore.Count(
                day,
                url,
                EngagementStore.Kind.NEWSLETTER_OPEN,
                count,
                EngagementImport.title(url, content))),
        List.of());
  }

  /** Views per video: per day from {@code Chart data.csv}, or on {@code --date} from the table. */
  private static EngagementImport.Parsed youtube(
      CsvTable table, Options options, List<EngagementImport.ContentLink> content) {
    List<String> header = table.header();
    int id = header.indexOf("content");
    int views = header.indexOf("views");
    int title = header.indexOf("video title");
    int dated = header.indexOf("date");
    if (id < 0 || views < 0) {
      throw new WrongExport(
          "not a YouTube Studio export: the header has no `Content` and `Views` columns");
    }
    if (dated < 0 && options.date() == null) {
      throw new WrongExport(
          "this YouTube export has no Date column: give --date, the day to count its views on"
              + " (e.g. the last day of the export's range)");
    }
    List<EngagementStore.Count> counts = new ArrayList<>();
    List<EngagementImport.Problem> problems = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      List<String> f = row.fields();
      String video = cell(f, id).strip(); // ids starting with '-' are written with a space
      if (video.isEmpty() || video.equalsIgnoreCase("total")) {
        continue;
      }
      try {
        if (!video.matches("[A-Za-z0-9_-]{11}")) {
          throw new IllegalArgumentException("`" + video + "` is not a YouTube video id");
        }
        LocalDate day = dated < 0 ? options.date() : EngagementImport.date(cell(f, dated));
        String url = videoUrl(video, content);
        String named = EngagementImport.title(url, content);
        counts.add(
            new EngagementStore.Count(
                day,
                url,
                EngagementStore.Kind.VIDEO_VIEW,
                number(cell(f, views)),
                named.isEmpty() && title >= 0 ? cell(f, title).strip() : named));
      } catch (IllegalArgumentException e) {
        problems.add(new EngagementImport.Problem(row.line(), e.getMessage()));
      }
    }
    return new EngagementImport.Parsed(counts, problems);
  }

  /** The content's own link to the video when it has one (watch?v= or youtu.be), else watch?v=. */
  static String videoUrl(String id, List<EngagementImport.ContentLink> content) {
    for (EngagementImport.ContentLink c : content) {
      if (c.url()
          .matches(".*(?:[?&]v=|youtu\\.be/)" + java.util.regex.Pattern.quote(id) + "\\b.*")) {
        return Links.normalize(c.url());
      }
    }
    return "https://www.youtube.com/watch?v=" + id;
  }

  /** Older Moodle versions wrote the short English form, day first (strftimedatetimeshort). */
  private static final DateTimeFormatter MOODLE_OLD = DateTimeFormatter.ofPattern("d/M/yy");

  /**
   * Course completions per date ({@code Course complete} holds the date a participant finished).
   */
  private static EngagementImport.Parsed moodle(
      CsvTable table, Options options, List<EngagementImport.ContentLink> content) {
    String resource = required(options.resource(), "moodle", "the course's URL");
    List<String> header = table.header();
    int complete = header.indexOf("course complete");
    if (complete < 0) {
      throw new WrongExport(
          "not a Moodle course completion report: the header has no `Course complete` column");
    }
    String url = EngagementImport.resource(resource);
    String title = EngagementImport.title(url, content);
    Map<LocalDate, Long> perDay = new TreeMap<>();
    List<EngagementImport.Problem> problems = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String v = cell(row.fields(), complete).strip();
      if (v.isEmpty()) {
        continue; // not complete
      }
      try {
        LocalDate day =
            v.matches("\\d{4}-\\d{2}-\\d{2}.*")
                ? LocalDate.parse(v.substring(0, 10))
                : LocalDate.parse(v.replaceAll(",.*$", ""), MOODLE_OLD);
        perDay.merge(day, 1L, Long::sum);
      } catch (DateTimeParseException e) {
        problems.add(
            new EngagementImport.Problem(
                row.line(), "`Course complete` is not a date: `" + v + "`"));
      }
    }
    List<EngagementStore.Count> counts = new ArrayList<>();
    perDay.forEach(
        (day, n) ->
            counts.add(
                new EngagementStore.Count(
                    day, url, EngagementStore.Kind.MODULE_COMPLETION, n, title)));
    return new EngagementImport.Parsed(counts, problems);
  }

  private static String cell(List<String> f, int i) {
    return i < f.size() ? f.get(i) : "";
  }

  private static String required(String value, String source, String what) {
    if (value == null || value.isBlank()) {
      throw new WrongExport(
          "a " + source + " export does not say where it is online: give --resource, " + what);
    }
    return value;
  }

  /** A count as the tools write it: {@code 1,033} or {@code 212}. */
  private static long number(String s) {
    return EngagementImport.count(s.replace(",", ""));
  }
}
