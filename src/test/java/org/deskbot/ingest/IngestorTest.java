package org.deskbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deskbot.cli.Wiring;
import org.deskbot.index.ContentIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  @TempDir Path content;
  @TempDir Path index;

  private final Ingestor ingestor = new Ingestor(Wiring.readers(), 1_000_000, 2, "test");

  private IngestReport run() throws Exception {
    try (ContentIndex idx = ContentIndex.openForWriting(index, null)) {
      return ingestor.run(content, idx);
    }
  }

  private void faq(String name, String title) throws Exception {
    Files.createDirectories(content.resolve("faq"));
    Files.writeString(
        content.resolve("faq/" + name + ".md"),
        "---\ntitle: \""
            + title
            + "\"\nurl: https://h.example/faq/"
            + name
            + "\ncategory: devices\n---\n\nAn answer about "
            + title
            + ".\n");
  }

  @Test
  void incrementalUnchangedChangedDeleted() throws Exception {
    faq("a", "Alpha question");
    faq("b", "Beta question");
    IngestReport first = run();
    assertEquals(2, first.indexed());
    assertEquals(2, first.totalEntries());
    assertEquals(0, first.exitCode());

    IngestReport second = run();
    assertEquals(0, second.indexed());
    assertEquals(2, second.unchanged());

    faq("a", "Alpha question changed");
    Files.delete(content.resolve("faq/b.md"));
    IngestReport third = run();
    assertEquals(1, third.indexed());
    assertEquals(1, third.removed());
    assertEquals(1, third.totalEntries());
    assertEquals(
        "indexed 1 files (1 entries), unchanged 0, removed 1, skipped 0, errors 0; 1 entries in the index",
        third.summary());
  }

  @Test
  void badFilesAreReportedAndTheRestIndexed() throws Exception {
    faq("good", "Good question");
    Files.writeString(content.resolve("faq/broken.md"), "---\ntitle: [unclosed\n---\nbody\n");
    Files.write(content.resolve("faq/empty.md"), new byte[0]);
    Files.writeString(content.resolve("notes.txt"), "not content");
    Files.writeString(content.resolve("faq/.DS_Store"), "x");
    Files.write(content.resolve("faq/big.md"), new byte[2_000_000]);
    IngestReport report = run();
    assertEquals(1, report.indexed());
    assertEquals(1, report.exitCode());
    List<String> errors = report.errors().stream().map(ContentException::getMessage).toList();
    assertEquals(3, errors.size(), errors.toString());
    assertTrue(
        errors.get(0).startsWith("faq/big.md: file too large (2.0 MB; the limit is 1.0 MB)"),
        errors.get(0));
    assertTrue(errors.get(1).startsWith("faq/broken.md:2: broken front matter"), errors.get(1));
    assertEquals("faq/empty.md: the file is empty", errors.get(2));
    assertEquals(2, report.skipped().size());
  }

  @Test
  void aFileThatBreaksKeepsItsPreviousEntries() throws Exception {
    faq("a", "Alpha question");
    run();
    Files.writeString(content.resolve("faq/a.md"), "---\ntitle: \"x\n---\n");
    IngestReport report = run();
    assertEquals(1, report.errors().size());
    assertEquals(1, report.totalEntries(), "the last good version stays searchable");
  }

  @Test
  void findingsAreReportedAgainForUnchangedFiles() throws Exception {
    Files.createDirectories(content.resolve("faq"));
    Files.writeString(
        content.resolve("faq/img.md"),
        "---\ntitle: Q\nurl: https://h.example/q\n---\n\nSee ![](https://h.example/x.png) and [click here](https://h.example).\n");
    assertEquals(2, run().findings().size());
    IngestReport again = run();
    assertEquals(1, again.unchanged());
    assertEquals(2, again.findings().size());
  }
}
