package org.deskbot.ingest;

import java.util.List;

/** Reads one kind of content file into searchable entries. One implementation per format. */
public interface ContentReader {

  /** Whether this reader handles the file (by its folder and name). */
  boolean accepts(ContentFile file);

  /**
   * Reads the file. Throws {@link ContentException} with file, line and reason when the file cannot
   * be used at all; problems that still allow indexing are returned as findings.
   */
  Result read(ContentFile file) throws ContentException;

  /** What one file gave. */
  record Result(List<KnowledgeItem> items, List<Finding> findings) {
    public Result {
      items = List.copyOf(items);
      findings = List.copyOf(findings);
    }

    public static Result of(List<KnowledgeItem> items) {
      return new Result(items, List.of());
    }
  }
}
