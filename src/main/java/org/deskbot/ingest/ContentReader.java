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

  /**
   * Other files whose content changes what {@link #read} gives (a video's metadata sidecar), so
   * that a change to them re-reads this file. Paths that do not exist are ignored.
   */
  default java.util.List<java.nio.file.Path> companions(ContentFile file) {
    return java.util.List.of();
  }

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
