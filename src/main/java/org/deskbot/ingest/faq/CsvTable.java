package org.deskbot.ingest.faq;

import java.util.ArrayList;
import java.util.List;
import org.deskbot.ingest.ContentException;

/**
 * A spreadsheet export parsed as RFC 4180 CSV: quoted fields, doubled quotes, line breaks in
 * quotes.
 */
record CsvTable(List<String> header, List<Row> rows) {

  /** One record and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {}

  static CsvTable parse(String relative, String text) throws ContentException {
    char delimiter = sniffDelimiter(text);
    List<Row> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        quoteLine = line;
        field.setLength(0);
        fieldStarted = true;
      } else if (c == delimiter) {
        fields.add(field.toString().trim());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (fieldStarted || !field.isEmpty()) {
          fields.add(field.toString().trim());
          records.add(new Row(recordLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        fieldStarted = false;
        line++;
        recordLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new ContentException(
          relative, quoteLine, "a quoted field is never closed (missing \")");
    }
    if (fieldStarted || !field.isEmpty()) {
      fields.add(field.toString().trim());
      records.add(new Row(recordLine, List.copyOf(fields)));
    }
    if (records.isEmpty()) {
      throw new ContentException(relative, 0, "the file is empty");
    }
    return new CsvTable(records.get(0).fields(), records.subList(1, records.size()));
  }

  /** Spreadsheets in some locales export with ';': use it when the header has no comma. */
  private static char sniffDelimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.indexOf(',') < 0 && first.indexOf(';') >= 0 ? ';' : ',';
  }
}
