package org.deskbot.answer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.deskbot.index.Analyzers;
import org.deskbot.index.EntryDocuments;
import org.deskbot.index.Fields;
import org.deskbot.ingest.KnowledgeItem;

/**
 * Searches the content index: weighted multi-field BM25 over title, aliases, body, tags and the
 * parent title. A {@link SearcherManager} picks up a new ingest without a restart.
 */
public final class ContentSearcher implements Closeable {
  /** How much each field counts: the question as the team titled it beats a word in a body. */
  public record Weights(float title, float aliases, float body, float tags, float parent) {
    public static final Weights DEFAULT = new Weights(2.0f, 1.5f, 1.0f, 0.5f, 0.5f);
  }

  /** A retrieved entry with its BM25 score and its collapse group (no stored fields loaded). */
  public record Hit(int doc, String group, double bm25) {}

  private final Directory directory;
  private final SearcherManager manager;
  private final Analyzer content = Analyzers.content();
  private final Analyzer question;
  private final Weights weights;
  private volatile long lastRefresh;

  private ContentSearcher(Directory directory, SearcherManager manager, Analyzer question, Weights weights) {
    this.directory = directory;
    this.manager = manager;
    this.question = question;
    this.weights = weights;
  }

  /** Opens the index in {@code dir}; fails with a clear message when nothing was ingested yet. */
  public static ContentSearcher open(Path dir, Weights weights) throws IOException {
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException("no content index at " + dir + ": run `deskbot ingest` first");
    }
    SearcherManager manager = new SearcherManager(directory, new SearcherFactory());
    return new ContentSearcher(
        directory, manager, Analyzers.question(Analyzers.bundledSynonyms()), weights);
  }

  Analyzer contentAnalyzer() {
    return content;
  }

  Analyzer questionAnalyzer() {
    return question;
  }

  /** Sees a newer ingest, at most once a second. */
  public void refresh() throws IOException {
    long now = System.nanoTime();
    if (now - lastRefresh > 1_000_000_000L) {
      lastRefresh = now;
      manager.maybeRefresh();
    }
  }

  /** Runs {@code work} with one consistent view of the index. */
  public <T> T withSearcher(SearcherWork<T> work) throws IOException {
    refresh();
    IndexSearcher searcher = manager.acquire();
    try {
      return work.apply(searcher);
    } finally {
      manager.release(searcher);
    }
  }

  /** Work done against one searcher. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** The BM25 query for a question over the English or the Spanish fields. */
  Query bm25Query(String text, boolean spanish) {
    String suffix = spanish ? EntryDocuments.SPANISH : "";
    Analyzer analyzer = spanish ? Analyzers.spanish() : question;
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder bq = new BooleanQuery.Builder();
    addField(bq, builder, Fields.TITLE + suffix, text, weights.title());
    addField(bq, builder, Fields.ALIASES + suffix, text, weights.aliases());
    addField(bq, builder, Fields.BODY + suffix, text, weights.body());
    if (!spanish) {
      addField(bq, builder, Fields.TAGS, text, weights.tags());
      addField(bq, builder, Fields.PARENT, text, weights.parent());
    }
    return bq.build();
  }

  private static void addField(BooleanQuery.Builder bq, QueryBuilder builder, String field, String text, float boost) {
    Query q = builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
    if (q != null && boost > 0) {
      bq.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }
  }

  /** The top {@code depth} entries by BM25, best first. */
  List<Hit> bm25(IndexSearcher searcher, String text, boolean spanish, int depth) throws IOException {
    Query q = bm25Query(text, spanish);
    if (spanish) {
      q = new BooleanQuery.Builder()
          .add(q, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(Fields.LANG, "es")), BooleanClause.Occur.FILTER)
          .build();
    }
    List<Hit> hits = new ArrayList<>();
    if (q instanceof BooleanQuery b && b.clauses().isEmpty()) {
      return hits;
    }
    ScoreDoc[] top = searcher.search(q, depth).scoreDocs;
    List<Integer> docs = new ArrayList<>();
    for (ScoreDoc sd : top) {
      docs.add(sd.doc);
    }
    Map<Integer, String> groups = groups(searcher.getIndexReader(), docs);
    for (ScoreDoc sd : top) {
      hits.add(new Hit(sd.doc, groups.get(sd.doc), sd.score));
    }
    return hits;
  }

  /**
   * What is read once for a doc of a segment and then kept: a segment never changes, and its map
   * goes when the segment is closed. Every answer reads a few dozen entries and their groups, and
   * decompressing stored fields was the largest cost of an answer under load.
   */
  private static final class SegmentMemo<T> {
    interface Load<T> {
      /** The value of {@code local} in {@code reader}, or null when it has none (not kept). */
      T load(org.apache.lucene.index.LeafReader reader, int local) throws IOException;
    }

    private final Map<Object, Map<Integer, T>> bySegment = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private final Load<T> load;

    SegmentMemo(Load<T> load) {
      this.load = load;
    }

    T get(LeafReaderContext leaf, int local) throws IOException {
      IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
      if (helper == null) {
        return load.load(leaf.reader(), local);
      }
      Map<Integer, T> known = bySegment.computeIfAbsent(helper.getKey(), k -> new java.util.concurrent.ConcurrentHashMap<>());
      T value = known.get(local);
      if (value == null) {
        value = load.load(leaf.reader(), local);
        if (value != null) {
          known.put(local, value);
        }
      }
      return value;
    }
  }

  private static final SegmentMemo<String> GROUPS = new SegmentMemo<>((reader, local) -> {
    SortedDocValues values = reader.getSortedDocValues(Fields.GROUP);
    return values != null && values.advanceExact(local) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
  });

  private static final SegmentMemo<KnowledgeItem> ENTRIES =
      new SegmentMemo<>((reader, local) -> EntryDocuments.fromDocument(reader.storedFields().document(local)));

  /** The collapse group of each doc, from doc values. */
  static Map<Integer, String> groups(IndexReader reader, java.util.Collection<Integer> docs) throws IOException {
    Map<Integer, String> out = new HashMap<>();
    for (int doc : docs) {
      LeafReaderContext leaf = leaf(reader, doc);
      String group = GROUPS.get(leaf, doc - leaf.docBase);
      out.put(doc, group != null ? group : "doc:" + doc);
    }
    return out;
  }

  /** Loads the entry of one doc. */
  static KnowledgeItem item(IndexReader reader, int doc) throws IOException {
    LeafReaderContext leaf = leaf(reader, doc);
    return ENTRIES.get(leaf, doc - leaf.docBase);
  }

  /** The top {@code depth} entries by semantic similarity: doc id → cosine. */
  Map<Integer, Double> knn(IndexSearcher searcher, float[] vector, int depth) throws IOException {
    Map<Integer, Double> out = new LinkedHashMap<>();
    if (!hasVectors(searcher.getIndexReader())) {
      return out;
    }
    for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, depth), depth).scoreDocs) {
      out.put(sd.doc, 2.0 * sd.score - 1.0); // DOT_PRODUCT scores are (1 + cos) / 2
    }
    return out;
  }

  /** The cosine between {@code vector} and the stored vector of {@code doc}, or 0 when it has none. */
  static double cosine(IndexReader reader, int doc, float[] vector) throws IOException {
    LeafReaderContext leaf = leaf(reader, doc);
    FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
    if (values == null) {
      return 0;
    }
    KnnVectorValues.DocIndexIterator it = values.iterator();
    if (it.advance(doc - leaf.docBase) != doc - leaf.docBase) {
      return 0;
    }
    float[] v = values.vectorValue(it.index());
    double dot = 0;
    for (int i = 0; i < v.length && i < vector.length; i++) {
      dot += v[i] * vector[i];
    }
    return dot;
  }

  /**
   * The best cosine between {@code vector} and the question phrasings of {@code doc} (an FAQ's
   * title and aliases), or -1 when it has none.
   */
  static double phrasingCosine(IndexReader reader, int doc, float[] vector) throws IOException {
    BytesRef packed = binaryValue(reader, doc, Fields.PHRASINGS);
    return packed == null ? -1 : EntryDocuments.maxDot(packed, vector);
  }

  /** The moments of a video passage with their similarity to {@code vector}; empty when none. */
  static List<EntryDocuments.Moment> moments(IndexReader reader, int doc, float[] vector) throws IOException {
    BytesRef packed = binaryValue(reader, doc, Fields.MOMENTS);
    return packed == null ? List.of() : EntryDocuments.moments(packed, vector);
  }

  /** The segment that holds {@code doc}. */
  static LeafReaderContext leaf(IndexReader reader, int doc) {
    List<LeafReaderContext> leaves = reader.leaves();
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }

  /** A binary doc value of {@code doc}, or null when it has none. */
  private static BytesRef binaryValue(IndexReader reader, int doc, String field) throws IOException {
    LeafReaderContext leaf = leaf(reader, doc);
    BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
    return values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue() : null;
  }

  /** Whether the index holds embeddings (it was built with semantic search on). */
  static boolean hasVectors(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
      if (values != null && values.size() > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether any entry is in {@code lang}. */
  static boolean hasLanguage(IndexSearcher searcher, String lang) throws IOException {
    return searcher.count(new TermQuery(new Term(Fields.LANG, lang))) > 0;
  }

  /** Inverse document frequency of each question stem over the body field. */
  Map<String, Double> idf(IndexReader reader, QuestionTerms terms, boolean spanish) throws IOException {
    String body = spanish ? Fields.BODY + EntryDocuments.SPANISH : Fields.BODY;
    String title = spanish ? Fields.TITLE + EntryDocuments.SPANISH : Fields.TITLE;
    Map<String, Double> out = new HashMap<>();
    int n = Math.max(1, reader.numDocs());
    for (String stem : terms.groups().keySet()) {
      int df = 0;
      for (String alt : terms.groups().get(stem)) {
        df = Math.max(df, reader.docFreq(new Term(body, alt)) + reader.docFreq(new Term(title, alt)));
      }
      out.put(stem, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return out;
  }

  /** Keeps the best entry of each group (a video, a newsletter issue, a module). */
  static <T> List<T> collapse(List<T> ranked, java.util.function.Function<T, String> group, int limit) {
    Map<String, T> best = new LinkedHashMap<>();
    for (T t : ranked) {
      best.putIfAbsent(group.apply(t), t);
      if (best.size() >= limit) {
        break;
      }
    }
    return new ArrayList<>(best.values());
  }

  /** Counts the searchable entries (manifest records excluded). */
  public int entryCount() throws IOException {
    return withSearcher(
        s -> s.getIndexReader().numDocs() - s.count(new TermQuery(new Term(Fields.MANIFEST, "1"))));
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
