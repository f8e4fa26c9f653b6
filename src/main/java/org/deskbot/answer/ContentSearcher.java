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
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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

  /** A retrieved entry with its BM25 score. */
  public record Hit(int doc, KnowledgeItem item, double bm25) {}

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
    List<Hit> hits = new ArrayList<>();
    if (q instanceof BooleanQuery b && b.clauses().isEmpty()) {
      return hits;
    }
    var stored = searcher.getIndexReader().storedFields();
    for (ScoreDoc sd : searcher.search(q, depth).scoreDocs) {
      Document d = stored.document(sd.doc);
      hits.add(new Hit(sd.doc, EntryDocuments.fromDocument(d), sd.score));
    }
    return hits;
  }

  /** Inverse document frequency of each question stem over the body field. */
  Map<String, Double> idf(IndexReader reader, QuestionTerms terms) throws IOException {
    Map<String, Double> out = new HashMap<>();
    int n = Math.max(1, reader.numDocs());
    for (String stem : terms.groups().keySet()) {
      int df = 0;
      for (String alt : terms.groups().get(stem)) {
        df = Math.max(df, reader.docFreq(new Term(Fields.BODY, alt)) + reader.docFreq(new Term(Fields.TITLE, alt)));
      }
      out.put(stem, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return out;
  }

  /** Keeps the best entry of each group (a video, a newsletter issue, a module). */
  static <T> List<T> collapse(List<T> ranked, java.util.function.Function<T, KnowledgeItem> item, int limit) {
    Map<String, T> best = new LinkedHashMap<>();
    for (T t : ranked) {
      best.putIfAbsent(EntryDocuments.groupOf(item.apply(t)), t);
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
