package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.deskbot.index.Fields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} in the middle of an ingest, then ingest again: every item exactly once. */
class KilledIngestIT {
  @TempDir Path home;

  @Test
  void killedIngestLeavesAConsistentIndex() throws Exception {
    Path content = home.resolve("content/faq");
    Files.createDirectories(content);
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      Files.writeString(
          content.resolve("q" + i + ".md"),
          "---\ntitle: \"Question number "
              + i
              + " about the projector\"\nurl: https://h.example/faq/"
              + i
              + "\n---\n\nAnswer "
              + i
              + ": check the cable, then the input.\n");
    }
    // a first, complete ingest of part of it, so the kill hits an index that already has a commit
    for (int i = n / 2; i < n; i++) {
      Files.move(content.resolve("q" + i + ".md"), home.resolve("q" + i + ".md"));
    }
    assertEquals(0, ingestInChildJvm(-1));
    for (int i = n / 2; i < n; i++) {
      Files.move(home.resolve("q" + i + ".md"), content.resolve("q" + i + ".md"));
    }
    for (int i = 0; i < 50; i++) {
      Files.writeString(
          content.resolve("q" + i + ".md"),
          "---\ntitle: \"Changed question "
              + i
              + "\"\nurl: https://h.example/faq/"
              + i
              + "\n---\n\nChanged answer.\n");
    }
    ingestInChildJvm(600); // killed mid-way
    assertEquals(n / 2, ids().size(), "the previous commit is intact after the kill");
    assertEquals(0, ingestInChildJvm(-1));
    List<String> ids = ids();
    assertEquals(n, ids.size());
    Set<String> unique = new HashSet<>(ids);
    assertEquals(n, unique.size(), "no entry twice");
    assertTrue(unique.contains("faq/q0.md"));
  }

  /**
   * Runs {@code deskbot ingest} in a child JVM; killMillis > 0 kills it (SIGKILL) after that long.
   */
  private int ingestInChildJvm(long killMillis) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "--add-modules",
                "jdk.incubator.vector",
                "-cp",
                System.getProperty("java.class.path"),
                "org.deskbot.Main",
                "ingest",
                "--home",
                home.toString())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("child.log").toFile());
    pb.environment().put("DESKBOT_SEMANTIC", "off");
    Process p = pb.start();
    if (killMillis > 0) {
      Path index = home.resolve("index");
      long deadline = System.currentTimeMillis() + 30_000;
      while (!Files.exists(index.resolve("write.lock")) && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(killMillis);
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback
      p.waitFor(30, TimeUnit.SECONDS);
      return -1;
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    return p.exitValue();
  }

  private List<String> ids() throws Exception {
    try (var dir = FSDirectory.open(home.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
      StoredFields stored = reader.storedFields();
      List<String> ids = new java.util.ArrayList<>();
      for (int d = 0; d < reader.maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        String id = stored.document(d).get(Fields.ID);
        if (id != null) {
          ids.add(id);
        }
      }
      return ids;
    }
  }
}
