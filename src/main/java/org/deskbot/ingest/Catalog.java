package org.deskbot.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where ingested entries go (the Lucene index). Changes become visible together at {@link
 * #commit()}: a crash before it leaves the previous state intact.
 */
public interface Catalog {

  /** What is indexed for each content file: its hash, entry count and findings. */
  Map<String, FileRecord> files() throws IOException;

  /**
   * Replaces everything from {@code source} with {@code items}, recording its hash; {@code isNew}
   * says the catalog has nothing from it yet (so nothing needs deleting).
   */
  void replace(
      String source, String hash, List<KnowledgeItem> items, List<Finding> findings, boolean isNew)
      throws IOException;

  /** Removes every entry from {@code source}. */
  void remove(String source) throws IOException;

  /** How many searchable entries the catalog holds, committed or not. */
  int entryCount() throws IOException;

  /** Makes all changes since the last commit durable and visible at once. */
  void commit() throws IOException;

  /** What the catalog knows of one content file. */
  record FileRecord(String source, String hash, int items, List<Finding> findings) {}
}
