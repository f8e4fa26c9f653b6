package org.deskbot.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code text,category} examples from an RFC 4180 CSV file: a header row naming the two
 * columns (any order, other columns ignored), quoted fields with doubled quotes and line breaks.
 * Rows whose text or category is blank are skipped: a spreadsheet export often ends with a few.
 */
public final class LabeledCsv {
  private LabeledCsv() {}

  /** The examples in the file, in file order. */
  public static List<LabeledExample> read(Path file) throws IOException, TrainingDataException {
    if (!Files.isRegularFile(file)) {
      throw new TrainingDataException(file, 0, "file not found");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text =
          text.substring(
              1); // Excel's byte-order mark would otherwise stick to the first column name
    }
    List<Row> rows = parse(file, text);
    if (rows.isEmpty()) {
      throw new TrainingDataException(file, 0, "the file is empty");
    }
    List<String> header =
        rows.get(0).fields().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    int textColumn = header.indexOf("text");
    int categoryColumn = header.indexOf("category");
    if (textColumn < 0 || categoryColumn < 0) {
      throw new TrainingDataException(
          file,
          1,
          "the header needs the columns text and category (found: "
              + String.join(",", header)
              + ")");
    }
    List<LabeledExample> examples = new ArrayList<>();
    for (Row row : rows.subList(1, rows.size())) {
      if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
        continue; // an empty line
      }
      if (row.fields().size() <= Math.max(textColumn, categoryColumn)) {
        throw new TrainingDataException(
            file,
            row.line(),
            "expected " + header.size() + " columns, found " + row.fields().size());
      }
      String message = row.fields().get(textColumn).strip();
      String category = row.fields().get(categoryColumn).strip();
      if (!message.isEmpty() && !category.isEmpty()) {
        examples.add(new LabeledExample(message, category));
      }
    }
    return examples;
  }

  private record Row(int line, List<String> fields) {}

  private static List<Row> parse(Path file, String text) throws TrainingDataException {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowLine = 1;
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
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
        quoteLine = line;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        rows.add(new Row(rowLine, List.copyOf(fields)));
        fields.clear();
        line++;
        rowLine = line;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new TrainingDataException(file, quoteLine, "a quoted field is never closed");
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
      fields.add(field.toString());
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
  }
}
