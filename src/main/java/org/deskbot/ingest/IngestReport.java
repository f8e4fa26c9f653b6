package org.deskbot.ingest;

import java.util.List;

/**
 * What one ingest run did, counted per content file.
 *
 * @param indexed files read and (re)indexed in this run
 * @param entries searchable entries those files gave
 * @param unchanged files skipped because their content hash did not change
 * @param removed files that left the content folder, and so the index
 * @param skipped files that are not content, with why
 * @param errors files that could not be read ({@code file:line: reason}); their previous entries,
 *     if any, are kept
 * @param findings accessibility and content findings over the whole folder
 * @param totalEntries entries in the index after the run
 * @param bytesRead bytes of content read in this run
 * @param millis how long the run took
 */
public record IngestReport(
    int indexed,
    int entries,
    int unchanged,
    int removed,
    List<Skip> skipped,
    List<ContentException> errors,
    List<Finding> findings,
    int totalEntries,
    long bytesRead,
    long millis) {

  /** A file that was passed over, and why. */
  public record Skip(String file, String reason) {}

  /** The one-line summary: "indexed 12 files (148 entries), unchanged 3, ...". */
  public String summary() {
    return "indexed %d files (%d entries), unchanged %d, removed %d, skipped %d, errors %d; %d entries in the index"
        .formatted(
            indexed, entries, unchanged, removed, skipped.size(), errors.size(), totalEntries);
  }

  /** Exit code for the CLI: 0 when every file was read, 1 when some failed. */
  public int exitCode() {
    return errors.isEmpty() ? 0 : 1;
  }
}
