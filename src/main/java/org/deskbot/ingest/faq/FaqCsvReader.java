package org.deskbot.ingest.faq;

import java.util.ArrayList;
import java.util.List;
import org.deskbot.csv.CsvException;
import org.deskbot.csv.CsvTable;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.KnowledgeItem;

/**
 * {@code faq/*.csv}: a spreadsheet export with the columns {@code question,answer,url} and
 * optionally {@code category,tags} (tags separated by ';'), in any order. One entry per row.
 */
public final class FaqCsvReader implements ContentReader {
  private static final List<String> REQUIRED = List.of("question", "answer", "url");

  @Override
  public boolean accepts(ContentFile file) {
    return file.is("faq", ".csv");
  }

  @Override
  public Result read(ContentFile file) throws ContentException {
    CsvTable table;
    try {
      table = CsvTable.parse(file.text());
    } catch (CsvException e) {
      throw new ContentException(file.relative(), e.line(), e.getMessage());
    }
    List<String> header = table.header();
    if (header.isEmpty()) {
      throw new ContentException(file.relative(), 0, "the file is empty");
    }
    for (String column : REQUIRED) {
      if (!header.contains(column)) {
        throw new ContentException(
            file.relative(),
            1,
            "missing column `"
                + column
                + "` (the header must name question,answer,url[,category,tags])");
      }
    }
    int q = table.column("question");
    int a = table.column("answer");
    int u = table.column("url");
    int c = table.column("category");
    int t = table.column("tags");
    List<KnowledgeItem> items = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      if (row.blank()) {
        continue;
      }
      List<String> f = row.fields().stream().map(String::trim).toList();
      if (f.size() != header.size()) {
        throw new ContentException(
            file.relative(),
            row.line(),
            "row has %d fields, the header has %d (a missing column or an unquoted comma)"
                .formatted(f.size(), header.size()));
      }
      for (int required : new int[] {q, a, u}) {
        if (f.get(required).isBlank()) {
          throw new ContentException(
              file.relative(), row.line(), "empty `" + header.get(required) + "` in this row");
        }
      }
      List<String> tags =
          t < 0
              ? List.of()
              : java.util.Arrays.stream(f.get(t).split("[;|]"))
                  .map(String::trim)
                  .filter(s -> !s.isEmpty())
                  .toList();
      items.add(
          new KnowledgeItem(
              file.relative() + "#" + row.line(),
              ContentType.FAQ,
              f.get(q),
              f.get(a),
              f.get(u),
              c < 0 ? "" : f.get(c),
              tags,
              List.of(),
              "en",
              file.relative(),
              -1,
              "",
              List.of(),
              null));
    }
    if (items.isEmpty()) {
      throw new ContentException(file.relative(), 2, "no rows after the header");
    }
    return Result.of(items);
  }
}
