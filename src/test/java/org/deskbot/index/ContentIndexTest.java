package org.deskbot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.KnowledgeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentIndexTest {
  @TempDir Path dir;

  private static KnowledgeItem faq(String id, String title) {
    return new KnowledgeItem(
        id,
        ContentType.FAQ,
        title,
        "Body of " + title,
        "https://help.example/" + id,
        "devices",
        List.of(),
        List.of(),
        "en",
        "faq/" + id + ".md",
        -1,
        "",
        List.of(),
        null);
  }

  @Test
  void aSmallIndexIsOneSegmentWithoutDeletedEntriesAfterEachIngest() throws Exception {
    for (int run = 0; run < 3; run++) {
      try (ContentIndex index = ContentIndex.openForWriting(dir, null)) {
        // the first run adds both files; later runs change one of them, which deletes its old
        // entries
        index.replace(
            "faq/a.md", "hash-a", List.of(faq("a", "Printer jam " + run)), List.of(), run == 0);
        if (run == 0) {
          index.replace("faq/b.md", "hash-b", List.of(faq("b", "Wifi drops")), List.of(), true);
        }
        index.commit();
      }
      try (FSDirectory d = FSDirectory.open(dir);
          DirectoryReader reader = DirectoryReader.open(d)) {
        assertEquals(1, reader.leaves().size(), "segments after run " + run);
        assertFalse(reader.hasDeletions(), "deleted entries after run " + run);
        assertEquals(4, reader.numDocs(), "two entries and two manifests");
      }
    }
  }
}
