package org.deskbot.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deskbot.csv.CsvException;
import org.deskbot.csv.CsvTable;
import org.deskbot.eval.Links;

/**
 * The team's own counts from its tools ({@code date,resource,kind,count}), read for {@code deskbot
 * import engagement}. Rows that do not parse are reported by their line (the header is line 1); the
 * rest are read.
 */
public final class EngagementImport {
  private EngagementImport() {}

  static final List<String> COLUMNS = List.of("date", "resource", "kind", "count");

  /** A content entry's link and titles, to name an imported URL. */
  public record ContentLink(String url, String title, String parent) {}

  /** A row that could not be read. */
  public record Problem(int line, String reason) {}

  /** What the file held: the counts read and the rows that were not. */
  public record Parsed(List<EngagementStore.Count> counts, List<Problem> problems) {}

  public static Parsed parse(String text, List<ContentLink> content) {
    List<EngagementStore.Count> counts = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    CsvTable table;
    try {
      table = CsvTable.parse(text);
    } catch (CsvException e) {
      problems.add(new Problem(e.line(), e.getMessage()));
      return new Parsed(counts, problems);
    }
    if (table.header().isEmpty()) {
      problems.add(new Problem(1, "the file is empty"));
      return new Parsed(counts, problems);
    }
    List<String> header = table.header();
    for (String need : COLUMNS) {
      if (!header.contains(need)) {
        problems.add(
            new Problem(
                1, "the header has no `" + need + "` column (need date,resource,kind,count)"));
        return new Parsed(counts, problems);
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      List<String> f = row.fields();
      int line = row.line();
      if (row.blank()) {
        continue;
      }
      try {
        LocalDate date = date(field(f, header, "date"));
        String resource = resource(field(f, header, "resource"));
        String k = field(f, header, "kind");
        EngagementStore.Kind kind =
            EngagementStore.Kind.of(k)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "`kind` must be newsletter-open, video-view, module-completion or page-view, not `"
                                + k.strip()
                                + "`"));
        long count = count(field(f, header, "count"));
        Integer earlier = seen.putIfAbsent(date + " " + kind + " " + resource, line);
        if (earlier != null) {
          throw new IllegalArgumentException(
              "the same date, resource and kind as line " + earlier + " (give each once)");
        }
        counts.add(
            new EngagementStore.Count(date, resource, kind, count, title(resource, content)));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(line, e.getMessage()));
      }
    }
    return new Parsed(counts, problems);
  }

  /** Counts as a {@code date,resource,kind,count} file (what {@link #parse} reads back). */
  public static String csv(List<EngagementStore.Count> counts) {
    StringBuilder s = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (EngagementStore.Count c : counts) {
      String url =
          c.resource().matches(".*[\",\\n\\r].*")
              ? "\"" + c.resource().replace("\"", "\"\"") + "\""
              : c.resource();
      s.append(c.date())
          .append(',')
          .append(url)
          .append(',')
          .append(c.kind().label())
          .append(',')
          .append(c.count())
          .append('\n');
    }
    return s.toString();
  }

  /**
   * The title of the content item {@code resource} points at, matched the way {@code eval} matches
   * links (no video time, no trailing slash; a fragment only when the resource has one): the
   * video's, issue's or module's title for a link to the whole of it; "" for a URL the content does
   * not have.
   */
  static String title(String resource, List<ContentLink> content) {
    for (ContentLink c : content) {
      if (Links.matches(c.url(), resource)) {
        boolean whole = !resource.contains("#") && !c.parent().isBlank();
        return whole ? c.parent() : c.title();
      }
    }
    return "";
  }

  private static String field(List<String> f, List<String> header, String name) {
    int i = header.indexOf(name);
    return i < 0 || i >= f.size() ? "" : f.get(i);
  }

  static LocalDate date(String s) {
    String v = s.strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("`date` is empty");
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("`date` is not a date: `" + v + "` (use 2026-11-16)");
    }
  }

  /** An http(s) URL, as the report keys it (no video time, no trailing slash). */
  static String resource(String s) {
    String v = s.strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("`resource` is empty");
    }
    try {
      URI uri = new URI(v);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new URISyntaxException(v, "not an http(s) address");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "`resource` is not a web address: `" + v + "` (use the page's https://... URL)");
    }
    return Links.normalize(v);
  }

  static long count(String s) {
    String v = s.strip();
    try {
      long n = Long.parseLong(v);
      if (n < 0) {
        throw new IllegalArgumentException("`count` must be 0 or more, not " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("`count` is not a whole number: `" + v + "`");
    }
  }
}
