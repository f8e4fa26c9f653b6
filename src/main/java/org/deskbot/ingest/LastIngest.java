package org.deskbot.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The last ingest run's report, kept as JSON under the home so the dashboard can show its errors
 * and accessibility findings without re-reading the content.
 */
public final class LastIngest {
  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private LastIngest() {}

  /** Where a home keeps it. */
  public static Path file(Path home) {
    return home.resolve("data").resolve("last-ingest.json");
  }

  /** The file's contents, written by Jackson in this order (snake_case keys). */
  record Saved(
      String at,
      String summary,
      int indexed,
      int entries,
      int unchanged,
      int removed,
      int totalEntries,
      long millis,
      List<IngestReport.Skip> skipped,
      List<Problem> errors,
      List<Finding> findings) {}

  /** A file that could not be read: where, and why. */
  record Problem(String file, int line, String reason) {}

  /** Writes {@code report} (atomically, so a reader never sees half a file). */
  public static void write(Path file, IngestReport report, Instant at) throws IOException {
    Saved o =
        new Saved(
            at.toString(),
            report.summary(),
            report.indexed(),
            report.entries(),
            report.unchanged(),
            report.removed(),
            report.totalEntries(),
            report.millis(),
            report.skipped(),
            report.errors().stream().map(e -> new Problem(e.file(), e.line(), e.reason())).toList(),
            report.findings());
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), ".last-ingest", ".tmp");
    Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The report last written, if any. */
  public static Optional<JsonNode> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(JSON.readTree(file.toFile()));
  }
}
