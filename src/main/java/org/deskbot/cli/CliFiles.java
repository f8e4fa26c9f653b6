package org.deskbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What several commands share: the JSON mapper they print with, and removing a scratch folder. */
final class CliFiles {
  private CliFiles() {}

  /** The commands' JSON reader and writer. */
  static final ObjectMapper JSON = new ObjectMapper();

  /** Deletes a scratch folder and what is in it; one left behind is harmless. */
  static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
