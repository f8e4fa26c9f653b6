package org.deskbot.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.deskbot.ingest.Catalog;
import org.deskbot.ingest.KnowledgeItem;

/**
 * A copy of an index without some items: what the content would be had the team never written them.
 * Calibration asks an item's own phrasings there to see what a question without an answer looks
 * like.
 */
public final class HeldOutIndex {
  private HeldOutIndex() {}

  /** Copies the index in {@code from} to {@code to} (a new folder) without the {@code groups}. */
  public static void copyWithout(Path from, Path to, Collection<String> groups) throws IOException {
    copy(from, to);
    try (Directory dir = FSDirectory.open(to);
        IndexWriter writer =
            new IndexWriter(
                dir,
                new IndexWriterConfig(Analyzers.perLanguage(Analyzers.content()))
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      for (String group : groups) {
        writer.deleteDocuments(new Term(Fields.GROUP, group));
      }
      // merged, so word statistics no longer count the held-out entries
      writer.forceMerge(1);
      writer.commit();
    }
  }

  /**
   * Copies the index in {@code from} to {@code to} (a new folder) with the entries of some content
   * files replaced by {@code sources} (file → all its entries, as they should now be indexed).
   */
  public static void copyReplacing(
      Path from, Path to, Map<String, List<KnowledgeItem>> sources, Embedder embedder)
      throws IOException {
    copy(from, to);
    try (ContentIndex index = ContentIndex.openForWriting(to, embedder)) {
      Map<String, Catalog.FileRecord> files = index.files();
      for (var e : sources.entrySet()) {
        Catalog.FileRecord file = files.get(e.getKey());
        index.replace(e.getKey(), file.hash(), e.getValue(), file.findings(), false);
      }
      index.commit();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f) && !f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }
}
