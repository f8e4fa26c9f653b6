package org.deskbot.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.deskbot.ingest.Catalog;
import org.deskbot.ingest.Finding;
import org.deskbot.ingest.KnowledgeItem;

/**
 * The Lucene index of the content: one document per entry plus one manifest document per content
 * file (its hash), updated file by file with {@code updateDocuments} so a file's entries and its
 * manifest change together, and committed once per ingest.
 */
public final class ContentIndex implements Catalog, Closeable {
  private final Directory directory;
  private final IndexWriter writer;
  private final Embedder embedder;

  private ContentIndex(Directory directory, IndexWriter writer, Embedder embedder) {
    this.directory = directory;
    this.writer = writer;
    this.embedder = embedder;
  }

  /** Opens (or creates) the index in {@code dir} for writing; {@code embedder} may be null. */
  public static ContentIndex openForWriting(Path dir, Embedder embedder) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.perLanguage(Analyzers.content()));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
    config.setCommitOnClose(false);
    try {
      return new ContentIndex(directory, new IndexWriter(directory, config), embedder);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public Map<String, FileRecord> files() throws IOException {
    Map<String, FileRecord> out = new LinkedHashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TermQuery q = new TermQuery(new Term(Fields.MANIFEST, "1"));
      int n = Math.max(1, searcher.count(q));
      StoredFields stored = reader.storedFields();
      for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
        Document d = stored.document(sd.doc);
        String source = d.get(Fields.SOURCE);
        out.put(
            source,
            new FileRecord(
                source,
                d.get(Fields.HASH),
                d.getField(Fields.ITEM_COUNT).numericValue().intValue(),
                decodeFindings(d.getValues(Fields.FINDINGS))));
      }
    }
    return out;
  }

  @Override
  public void replace(
      String source, String hash, List<KnowledgeItem> items, List<Finding> findings, boolean isNew)
      throws IOException {
    float[][] vectors = embedder == null ? null : embedder.embedEntries(items);
    List<Document> docs = new ArrayList<>(items.size() + 1);
    for (int i = 0; i < items.size(); i++) {
      docs.add(
          EntryDocuments.toDocument(
              items.get(i),
              vectors == null ? null : vectors[i],
              embedder == null ? null : embedder.embedPhrasings(items.get(i)),
              embedder == null ? Embedder.Moments.NONE : embedder.embedMoments(items.get(i))));
    }
    Document manifest = new Document();
    manifest.add(new StringField(Fields.MANIFEST, "1", Field.Store.NO));
    manifest.add(new StringField(Fields.SOURCE, source, Field.Store.YES));
    manifest.add(new StoredField(Fields.HASH, hash));
    manifest.add(new StoredField(Fields.ITEM_COUNT, items.size()));
    for (Finding f : findings) {
      manifest.add(new StoredField(Fields.FINDINGS, encodeFinding(f)));
    }
    docs.add(manifest);
    if (isNew) {
      writer.addDocuments(docs); // nothing of it is committed: no delete to look up
    } else {
      writer.updateDocuments(new Term(Fields.SOURCE, source), docs);
    }
  }

  @Override
  public int entryCount() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return reader.numDocs()
          - new IndexSearcher(reader).count(new TermQuery(new Term(Fields.MANIFEST, "1")));
    }
  }

  @Override
  public void remove(String source) throws IOException {
    writer.deleteDocuments(new Term(Fields.SOURCE, source));
  }

  /**
   * Up to this many documents the index is kept in one segment: every question looks each of its
   * terms up once per segment, and a district's content merges in well under a second.
   */
  static final int ONE_SEGMENT_UP_TO = 50_000;

  @Override
  public void commit() throws IOException {
    writer.commit();
    if (writer.getDocStats().maxDoc <= ONE_SEGMENT_UP_TO
        && (writer.hasDeletions() || segments() > 1)) {
      writer.forceMerge(1);
      writer.commit();
    }
  }

  /** Segments in the commit just made (read from its commit point, no reader opened). */
  private int segments() throws IOException {
    return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).size();
  }

  @Override
  public void close() throws IOException {
    try {
      writer.rollback(); // anything not committed is dropped, as after a crash
    } finally {
      directory.close();
    }
  }

  private static String encodeFinding(Finding f) {
    return f.line() + "\t" + f.kind() + "\t" + f.file() + "\t" + f.detail();
  }

  private static List<Finding> decodeFindings(String[] values) {
    List<Finding> out = new ArrayList<>();
    for (String v : values) {
      String[] p = v.split("\t", 4);
      if (p.length == 4) {
        out.add(new Finding(p[2], Integer.parseInt(p[0]), p[1], p[3]));
      }
    }
    return out;
  }
}
