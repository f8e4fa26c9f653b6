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
import org.apache.lucene.index.TermStates;
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
import org.deskbot.index.Embedder;
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

  private ContentSearcher(
      Directory directory, SearcherManager manager, Analyzer question, Weights weights) {
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

  /**
   * The BM25 query for a question over the English or the Spanish fields of {@code searcher}'s
   * view.
   */
  Query bm25Query(IndexSearcher searcher, String text, boolean spanish) {
    String suffix = spanish ? EntryDocuments.SPANISH : "";
    Analyzer analyzer = spanish ? Analyzers.spanish() : question;
    TermStatistics stats = TermStatistics.of(searcher);
    QueryBuilder builder =
        new QueryBuilder(analyzer) {
          @Override
          protected Query newTermQuery(Term term, float boost) {
            Query q = stats.termQuery(term);
            return boost == 1f ? q : new BoostQuery(q, boost);
          }
        };
    // analysed once, for the title; the other fields get a copy of the same query
    Query title =
        builder.createBooleanQuery(Fields.TITLE + suffix, text, BooleanClause.Occur.SHOULD);
    if (title == null) {
      return new BooleanQuery.Builder().build();
    }
    BooleanQuery.Builder bq = new BooleanQuery.Builder();
    addField(bq, title, weights.title());
    addField(bq, builder, stats, title, Fields.ALIASES + suffix, text, weights.aliases());
    addField(bq, builder, stats, title, Fields.BODY + suffix, text, weights.body());
    if (!spanish) {
      addField(bq, builder, stats, title, Fields.TAGS, text, weights.tags());
      addField(bq, builder, stats, title, Fields.PARENT, text, weights.parent());
    }
    return bq.build();
  }

  private static void addField(
      BooleanQuery.Builder bq,
      QueryBuilder builder,
      TermStatistics stats,
      Query title,
      String field,
      String text,
      float boost) {
    Query q = FieldCopy.to(title, field, stats::termQuery);
    addField(
        bq,
        q != null ? q : builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD),
        boost);
  }

  private static void addField(BooleanQuery.Builder bq, Query q, float boost) {
    if (q != null && boost > 0) {
      bq.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }
  }

  /**
   * Each term's statistics in one view of the index, looked up once and kept while that view is
   * searched: a question's words are looked up in five fields, and the same words come back
   * question after question. Kept per view (a new ingest starts afresh), at most {@link #LIMIT}
   * terms.
   */
  record TermStatistics(IndexSearcher searcher, Map<Term, TermStates> known) {
    static final int LIMIT = 100_000;
    // the statistics hold their view's reader: they go when it is closed, not when it is
    // unreachable
    private static final Map<IndexReader.CacheKey, Map<Term, TermStates>> BY_VIEW =
        new java.util.concurrent.ConcurrentHashMap<>();

    static TermStatistics of(IndexSearcher searcher) {
      IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
      if (helper == null) {
        return new TermStatistics(searcher, new HashMap<>());
      }
      Map<Term, TermStates> known =
          BY_VIEW.computeIfAbsent(
              helper.getKey(),
              k -> {
                helper.addClosedListener(BY_VIEW::remove);
                return new java.util.concurrent.ConcurrentHashMap<>();
              });
      return new TermStatistics(searcher, known);
    }

    /** How many views have statistics kept (for tests: closed views must not stay). */
    static int views() {
      return BY_VIEW.size();
    }

    TermStates states(Term term) {
      TermStates states = known.get(term);
      if (states == null) {
        try {
          states = TermStates.build(searcher, term, true);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        if (known.size() >= LIMIT) {
          known.clear();
        }
        known.put(term, states);
      }
      return states;
    }

    /** A term query that does not look its term up again. */
    Query termQuery(Term term) {
      return new TermQuery(term, states(term));
    }

    int docFreq(Term term) {
      return states(term).docFreq();
    }
  }

  /** The top {@code depth} entries by BM25, best first. */
  List<Hit> bm25(IndexSearcher searcher, String text, boolean spanish, int depth)
      throws IOException {
    Query q = bm25Query(searcher, text, spanish);
    if (spanish) {
      q =
          new BooleanQuery.Builder()
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

  private static final SegmentMemo<String> GROUPS =
      new SegmentMemo<>(
          (reader, local) -> {
            SortedDocValues values = reader.getSortedDocValues(Fields.GROUP);
            return values != null && values.advanceExact(local)
                ? values.lookupOrd(values.ordValue()).utf8ToString()
                : null;
          });

  private static final SegmentMemo<KnowledgeItem> ENTRIES =
      new SegmentMemo<>(
          (reader, local) -> EntryDocuments.fromDocument(reader.storedFields().document(local)));

  /** The collapse group of each doc, from doc values. */
  static Map<Integer, String> groups(IndexReader reader, java.util.Collection<Integer> docs)
      throws IOException {
    Map<Integer, String> out = new HashMap<>();
    for (int doc : docs) {
      String group = GROUPS.get(reader, doc);
      out.put(doc, group != null ? group : "doc:" + doc);
    }
    return out;
  }

  /** Every entry of the index (not the per-file manifests), in index order. */
  public List<KnowledgeItem> entries() throws IOException {
    return withSearcher(
        s -> {
          List<KnowledgeItem> out = new ArrayList<>();
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            var stored = leaf.reader().storedFields();
            for (int i = 0; i < leaf.reader().maxDoc(); i++) {
              if (live != null && !live.get(i)) {
                continue;
              }
              var doc = stored.document(i, java.util.Set.of(Fields.ID));
              if (doc.get(Fields.ID) != null) {
                out.add(item(leaf.reader(), i));
              }
            }
          }
          return out;
        });
  }

  /** Loads the entry of one doc. */
  static KnowledgeItem item(IndexReader reader, int doc) throws IOException {
    return ENTRIES.get(reader, doc);
  }

  /** Loads the entry of a segment's doc. */
  static KnowledgeItem item(org.apache.lucene.index.LeafReader segment, int local)
      throws IOException {
    return ENTRIES.get(segment, local);
  }

  /**
   * Up to this many vectors in a segment, the nearest ones are found by comparing them all: exact,
   * and for a district's content cheaper than walking the HNSW graph.
   */
  static final int EXACT_UP_TO = 2_000;

  /** The top {@code depth} entries by semantic similarity: doc id → cosine, best first. */
  Map<Integer, Double> knn(IndexSearcher searcher, float[] vector, int depth) throws IOException {
    Map<Integer, Double> out = new LinkedHashMap<>();
    if (!hasVectors(searcher.getIndexReader())) {
      return out;
    }
    if (!exactFits(searcher.getIndexReader())) {
      for (ScoreDoc sd :
          searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, depth), depth).scoreDocs) {
        out.put(sd.doc, 2.0 * sd.score - 1.0); // DOT_PRODUCT scores are (1 + cos) / 2
      }
      return out;
    }
    java.util.PriorityQueue<ScoreDoc> best =
        new java.util.PriorityQueue<>(
            java.util.Comparator.<ScoreDoc>comparingDouble(sd -> sd.score)
                .thenComparing(sd -> -sd.doc));
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
      if (values == null) {
        continue;
      }
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      KnnVectorValues.DocIndexIterator it = values.iterator();
      for (int local = it.nextDoc();
          local != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS;
          local = it.nextDoc()) {
        if (live == null || live.get(local)) {
          best.add(
              new ScoreDoc(
                  leaf.docBase + local,
                  (float) EntryDocuments.dot(values.vectorValue(it.index()), vector)));
          if (best.size() > depth) {
            best.poll();
          }
        }
      }
    }
    List<ScoreDoc> sorted = new ArrayList<>(best);
    sorted.sort(best.comparator().reversed());
    for (ScoreDoc sd : sorted) {
      out.put(sd.doc, (double) sd.score);
    }
    return out;
  }

  private static boolean exactFits(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
      if (values != null && values.size() > EXACT_UP_TO) {
        return false;
      }
    }
    return true;
  }

  /**
   * What an entry holds for semantic search, decoded once: its vector, the vectors of its question
   * phrasings (an FAQ's title and aliases) and of its moments (a video passage's ~15 s stretches).
   */
  private record DocVectors(float[] passage, float[][] phrasings, Embedder.Moments moments) {
    static final DocVectors NONE = new DocVectors(null, null, Embedder.Moments.NONE);

    static DocVectors load(org.apache.lucene.index.LeafReader reader, int local)
        throws IOException {
      float[] passage = null;
      FloatVectorValues values = reader.getFloatVectorValues(Fields.VECTOR);
      if (values != null) {
        KnnVectorValues.DocIndexIterator it = values.iterator();
        if (it.advance(local) == local) {
          passage = values.vectorValue(it.index()).clone();
        }
      }
      BytesRef phrasings = binaryValue(reader, local, Fields.PHRASINGS);
      BytesRef moments = binaryValue(reader, local, Fields.MOMENTS);
      if (passage == null && phrasings == null && moments == null) {
        return NONE;
      }
      return new DocVectors(
          passage,
          phrasings == null ? null : EntryDocuments.unpack(phrasings),
          moments == null ? Embedder.Moments.NONE : EntryDocuments.unpackMoments(moments));
    }
  }

  private static final SegmentMemo<DocVectors> VECTORS = new SegmentMemo<>(DocVectors::load);

  private static DocVectors vectors(IndexReader reader, int doc) throws IOException {
    return VECTORS.get(reader, doc);
  }

  /**
   * The cosine between {@code vector} and the stored vector of {@code doc}, or 0 when it has none.
   */
  static double cosine(IndexReader reader, int doc, float[] vector) throws IOException {
    float[] passage = vectors(reader, doc).passage();
    return passage == null ? 0 : EntryDocuments.dot(passage, vector);
  }

  /**
   * The best cosine between {@code vector} and the question phrasings of {@code doc} (an FAQ's
   * title and aliases), or -1 when it has none.
   */
  static double phrasingCosine(IndexReader reader, int doc, float[] vector) throws IOException {
    float[][] phrasings = vectors(reader, doc).phrasings();
    return phrasings == null ? -1 : EntryDocuments.maxDot(phrasings, vector);
  }

  /** The moments of a segment's video passage, not scored; none when it is not one. */
  static Embedder.Moments moments(org.apache.lucene.index.LeafReader segment, int local)
      throws IOException {
    return VECTORS.get(segment, local).moments();
  }

  /** The moments of a video passage with their similarity to {@code vector}; empty when none. */
  static List<EntryDocuments.Moment> moments(IndexReader reader, int doc, float[] vector)
      throws IOException {
    return EntryDocuments.scored(vectors(reader, doc).moments(), vector);
  }

  /** The segment that holds {@code doc}. */
  static LeafReaderContext leaf(IndexReader reader, int doc) {
    List<LeafReaderContext> leaves = reader.leaves();
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }

  /** A binary doc value of a segment's doc, or null when it has none. */
  private static BytesRef binaryValue(
      org.apache.lucene.index.LeafReader reader, int local, String field) throws IOException {
    BinaryDocValues values = reader.getBinaryDocValues(field);
    return values != null && values.advanceExact(local) ? values.binaryValue() : null;
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
  Map<String, Double> idf(IndexSearcher searcher, QuestionTerms terms, boolean spanish) {
    IndexReader reader = searcher.getIndexReader();
    TermStatistics stats = TermStatistics.of(searcher);
    String body = spanish ? Fields.BODY + EntryDocuments.SPANISH : Fields.BODY;
    String title = spanish ? Fields.TITLE + EntryDocuments.SPANISH : Fields.TITLE;
    Map<String, Double> out = new HashMap<>();
    int n = Math.max(1, reader.numDocs());
    for (String stem : terms.groups().keySet()) {
      int df = 0;
      for (String alt : terms.groups().get(stem)) {
        df = Math.max(df, stats.docFreq(new Term(body, alt)) + stats.docFreq(new Term(title, alt)));
      }
      out.put(stem, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return out;
  }

  /** Keeps the best entry of each group (a video, a newsletter issue, a module). */
  static <T> List<T> collapse(
      List<T> ranked, java.util.function.Function<T, String> group, int limit) {
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
