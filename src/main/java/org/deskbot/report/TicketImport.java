package org.deskbot.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.deskbot.csv.CsvException;
import org.deskbot.csv.CsvTable;

/**
 * Past help-desk tickets exported from the district's old system or form, so the trend and the
 * category shifts start before deskbot did: {@code created,category,minutes,resolved} and optional
 * {@code school,question}. Rows that do not parse are reported by line; the rest are read.
 */
public final class TicketImport {
  private TicketImport() {}

  /** The categories deskbot reports (the shipped categorizer's labels). */
  public static final Set<String> CATEGORIES =
      Set.of(
          "accounts-login",
          "av-display",
          "classroom-apps",
          "devices",
          "gradebook-sis",
          "network-wifi",
          "printing",
          "training-pd",
          "other");

  /** Words in an old system's category that say which of ours it is; the first match wins. */
  private static final Map<String, String> ALIASES = aliases();

  private static Map<String, String> aliases() {
    String[][] table = { // our category, then the words that mean it
      {"accounts-login", "password", "login", "log in", "account", "sso", "clever", "mfa", "2fa"},
      {
        "av-display",
        "projector",
        "smartboard",
        "panel",
        "promethean",
        "activpanel",
        "audio",
        "display",
        "av",
        "document camera"
      },
      {"network-wifi", "wifi", "wi-fi", "network", "internet", "connectivity"},
      {"printing", "print", "copier", "scan", "toner"},
      {"devices", "chromebook", "laptop", "hardware", "device", "ipad", "computer", "monitor"},
      {"gradebook-sis", "powerschool", "grade", "sis", "attendance", "report card"},
      {"training-pd", "training", "pd", "professional development", "coaching", "workshop"},
      {
        "classroom-apps",
        "software",
        "app",
        "classroom",
        "canva",
        "kami",
        "nearpod",
        "seesaw",
        "lms",
        "canvas",
        "zoom"
      },
    };
    Map<String, String> m = new LinkedHashMap<>();
    for (String[] row : table) {
      for (int i = 1; i < row.length; i++) {
        m.put(row[i], row[0]);
      }
    }
    return m;
  }

  /**
   * One past ticket, read. {@code key} identifies the row so importing the file again does not
   * double it.
   */
  public record Row(
      int line,
      Instant created,
      String category,
      String sourceCategory,
      Integer minutes,
      Instant resolved,
      String school,
      String question,
      String key) {}

  /** A row that could not be read. */
  public record Problem(int line, String reason) {}

  /**
   * What the file held: readable rows, problems by line, and categories that were not ours (label →
   * rows).
   */
  public record Parsed(
      List<Row> rows, List<Problem> problems, Map<String, Integer> unknownCategories) {}

  /** The category a label from an old system means: ours as is, else by alias, else null. */
  public static String category(String label) {
    String s = label.strip().toLowerCase(Locale.ROOT);
    if (CATEGORIES.contains(s)) {
      return s;
    }
    for (var e : ALIASES.entrySet()) {
      if (java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(e.getKey()) + "\\b")
          .matcher(s)
          .find()) {
        return e.getValue();
      }
    }
    return null;
  }

  public static Parsed parse(String text, ZoneId zone) {
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> unknown = new LinkedHashMap<>();
    CsvTable table;
    try {
      table = CsvTable.parse(text);
    } catch (CsvException e) {
      problems.add(new Problem(e.line(), e.getMessage()));
      return new Parsed(rows, problems, unknown);
    }
    if (table.header().isEmpty()) {
      problems.add(new Problem(1, "the file is empty"));
      return new Parsed(rows, problems, unknown);
    }
    List<String> header = table.header();
    for (String need : List.of("created", "category", "minutes", "resolved")) {
      if (!header.contains(need)) {
        problems.add(
            new Problem(
                1,
                "the header has no `"
                    + need
                    + "` column (need created,category,minutes,resolved; optional school,question)"));
        return new Parsed(rows, problems, unknown);
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (CsvTable.Row record : table.rows()) {
      List<String> f = record.fields();
      int line = record.line();
      if (record.blank()) {
        continue;
      }
      try {
        String created = record.field(table.column("created"));
        Instant at = instant(created, zone, "created");
        if (at == null) throw new IllegalArgumentException("`created` is empty");
        String label = record.field(table.column("category"));
        String category = category(label);
        if (category == null) {
          unknown.merge(label.strip(), 1, Integer::sum);
          category = "other";
        }
        String m = record.field(table.column("minutes")).strip();
        Integer minutes = m.isEmpty() ? null : Integer.valueOf(m);
        if (minutes != null && (minutes < 0 || minutes > 10_000))
          throw new IllegalArgumentException("`minutes` must be 0 to 10000, not " + m);
        Instant resolved = instant(record.field(table.column("resolved")), zone, "resolved");
        if (resolved != null && resolved.isBefore(at))
          throw new IllegalArgumentException("`resolved` is before `created`");
        if (resolved != null && minutes == null)
          throw new IllegalArgumentException("a resolved ticket needs its `minutes`");
        String raw = String.join("\u0001", f);
        int n = seen.merge(raw, 1, Integer::sum);
        rows.add(
            new Row(
                line,
                at,
                category,
                label.strip(),
                minutes,
                resolved,
                record.field(table.column("school")).strip(),
                emptyToNull(record.field(table.column("question")).strip()),
                "import:" + sha(raw) + "#" + n));
      } catch (NumberFormatException e) {
        problems.add(new Problem(line, "`minutes` is not a whole number"));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(line, e.getMessage()));
      }
    }
    return new Parsed(rows, problems, unknown);
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /**
   * 2026-09-03 (09:00 district time), 2026-09-03 10:15 / 2026-09-03T10:15, or an instant with an
   * offset.
   */
  public static Instant instant(String s, ZoneId zone, String name) {
    String v = s.strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atTime(9, 0).atZone(zone).toInstant();
      }
      String t = v.replace(' ', 'T');
      if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(t).toInstant();
      }
      return LocalDateTime.parse(t).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "`" + name + "` is not a date or time: `" + v + "` (use 2026-09-03 or 2026-09-03 10:15)");
    }
  }

  private static String sha(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
