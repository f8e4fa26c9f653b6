package org.deskbot.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A spreadsheet export read as RFC 4180 CSV: quoted fields with doubled quotes, commas and line
 * breaks inside; {@code ;} as the separator when the first line has no comma (some locales export
 * so); a leading byte-order mark dropped; blank space before an opening quote ignored. Lines with
 * nothing on them are not rows. Fields are as written (callers strip what they use).
 *
 * @param header the first row's column names, stripped and lower-cased (empty for an empty file)
 * @param rows the rows after the header, each with the line it starts on
 */
public record CsvTable(List<String> header, List<Row> rows) {

  /** One record and the 1-based line it starts on. */
  public record Row(int line, List<String> fields) {
    /** The field in {@code column}, or "" when the column is absent or the row is short. */
    public String field(int column) {
      return column < 0 || column >= fields.size() ? "" : fields.get(column);
    }

    /** Whether every field is blank (a row of empty cells, or a line of spaces). */
    public boolean blank() {
      return fields.stream().allMatch(String::isBlank);
    }
  }

  /** The index of a column by its (lower-case) name, or -1. */
  public int column(String name) {
    return header.indexOf(name);
  }

  /** Reads {@code text}; a quoted field that is never closed is an error on the line it opens. */
  public static CsvTable parse(String text) throws CsvException {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Row> records = records(t, separator(t));
    if (records.isEmpty()) {
      return new CsvTable(List.of(), List.of());
    }
    List<String> header =
        records.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    return new CsvTable(header, List.copyOf(records.subList(1, records.size())));
  }

  private static List<Row> records(String text, char separator) throws CsvException {
    List<Row> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean started = false; // the line has something on it, if only a separator
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          line += c == '\n' ? 1 : 0;
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        quoteLine = line;
        field.setLength(0);
        started = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        started = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (started || !field.isEmpty()) {
          fields.add(field.toString());
          records.add(new Row(recordLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        started = false;
        line++;
        recordLine = line;
      } else {
        field.append(c);
        started = true;
      }
    }
    if (quoted) {
      throw new CsvException(quoteLine, "a quoted field is never closed (missing \")");
    }
    if (started || !field.isEmpty()) {
      fields.add(field.toString());
      records.add(new Row(recordLine, List.copyOf(fields)));
    }
    return records;
  }

  /** {@code ;} when the first line has one and no comma, else {@code ,}. */
  private static char separator(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.indexOf(',') < 0 && first.indexOf(';') >= 0 ? ';' : ',';
  }
}
