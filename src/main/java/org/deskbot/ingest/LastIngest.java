package org.deskbot.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The last ingest run's report, kept as JSON under the home so the dashboard can show its errors
 * and accessibility findings without re-reading the content.
 */
public final class LastIngest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LastIngest() {}

  /** Where a home keeps it. */
  public static Path file(Path home) {
    return home.resolve("data").resolve("last-ingest.json");
  }

  /** Writes {@code report} (atomically, so a reader never sees half a file). */
  public static void write(Path file, IngestReport report, Instant at) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("at", at.toString());
    o.put("summary", report.summary());
    o.put("indexed", report.indexed());
    o.put("entries", report.entries());
    o.put("unchanged", report.unchanged());
    o.put("removed", report.removed());
    o.put("total_entries", report.totalEntries());
    o.put("millis", report.millis());
    ArrayNode skipped = o.putArray("skipped");
    report
        .skipped()
        .forEach(s -> skipped.addObject().put("file", s.file()).put("reason", s.reason()));
    ArrayNode errors = o.putArray("errors");
    report
        .errors()
        .forEach(
            e ->
                errors
                    .addObject()
                    .put("file", e.file())
                    .put("line", e.line())
                    .put("reason", e.reason()));
    ArrayNode findings = o.putArray("findings");
    report
        .findings()
        .forEach(
            f ->
                findings
                    .addObject()
                    .put("file", f.file())
                    .put("line", f.line())
                    .put("kind", f.kind())
                    .put("detail", f.detail()));
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
