package org.deskbot.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deskbot.csv.CsvException;
import org.deskbot.csv.CsvTable;

/**
 * Reads {@code text,category} examples from a CSV file ({@link CsvTable}): a header row naming the
 * two columns (any order, other columns ignored), quoted fields with doubled quotes and line
 * breaks. Rows whose text or category is blank are skipped: a spreadsheet export often ends with a
 * few.
 */
public final class LabeledCsv {
  private LabeledCsv() {}

  /** The examples in the file, in file order. */
  public static List<LabeledExample> read(Path file) throws IOException, TrainingDataException {
    if (!Files.isRegularFile(file)) {
      throw new TrainingDataException(file, 0, "file not found");
    }
    CsvTable table;
    try {
      table = CsvTable.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (CsvException e) {
      throw new TrainingDataException(file, e.line(), e.getMessage());
    }
    if (table.header().isEmpty()) {
      throw new TrainingDataException(file, 0, "the file is empty");
    }
    int textColumn = table.column("text");
    int categoryColumn = table.column("category");
    if (textColumn < 0 || categoryColumn < 0) {
      throw new TrainingDataException(
          file,
          1,
          "the header needs the columns text and category (found: "
              + String.join(",", table.header())
              + ")");
    }
    List<LabeledExample> examples = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      if (row.fields().size() == 1 && row.blank()) {
        continue; // a line of spaces
      }
      if (row.fields().size() <= Math.max(textColumn, categoryColumn)) {
        throw new TrainingDataException(
            file,
            row.line(),
            "expected " + table.header().size() + " columns, found " + row.fields().size());
      }
      String message = row.field(textColumn).strip();
      String category = row.field(categoryColumn).strip();
      if (!message.isEmpty() && !category.isEmpty()) {
        examples.add(new LabeledExample(message, category));
      }
    }
    return examples;
  }
}
