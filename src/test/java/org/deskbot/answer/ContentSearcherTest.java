package org.deskbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.deskbot.index.ContentIndex;
import org.deskbot.index.Embedder;
import org.deskbot.index.Fields;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.KnowledgeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSearcherTest {
  @TempDir Path dir;

  /** Random unit vectors, the same for the same text. */
  private static final class RandomEmbedder implements Embedder {
    static float[] vector(String text) {
      Random r = new Random(text.hashCode());
      float[] v = new float[16];
      double norm = 0;
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) r.nextGaussian();
        norm += v[i] * v[i];
      }
      for (int i = 0; i < v.length; i++) {
        v[i] /= (float) Math.sqrt(norm);
      }
      return v;
    }

    @Override
    public float[][] embedEntries(List<KnowledgeItem> items) {
      return items.stream().map(i -> vector(i.text())).toArray(float[][]::new);
    }

    @Override
    public float[][] embedPhrasings(KnowledgeItem item) {
      return new float[0][];
    }

    @Override
    public Moments embedMoments(KnowledgeItem item) {
      return Moments.NONE;
    }

    @Override
    public float[] embedQuestion(String question) {
      return vector(question);
    }

    @Override
    public int dimension() {
      return 16;
    }
  }

  @Test
  void exactNearestEntriesAreWhatTheVectorIndexFinds() throws Exception {
    try (ContentIndex index = ContentIndex.openForWriting(dir, new RandomEmbedder())) {
      for (int file = 0; file < 40; file++) {
        List<KnowledgeItem> items = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
          String id = "f" + file + "e" + e;
          items.add(
              new KnowledgeItem(
                  id,
                  ContentType.FAQ,
                  "Entry " + id,
                  "text of " + id,
                  "https://help.example/" + id,
                  "devices",
                  List.of(),
                  List.of(),
                  "en",
                  "faq/f" + file + ".md",
                  -1,
                  "",
                  List.of(),
                  null));
        }
        index.replace("faq/f" + file + ".md", "h" + file, items, List.of(), true);
      }
      index.commit();
    }
    try (ContentSearcher searcher = ContentSearcher.open(dir, ContentSearcher.Weights.DEFAULT)) {
      for (String question : List.of("printer jam", "wifi drops", "reset password")) {
        float[] q = RandomEmbedder.vector(question);
        Map<Integer, Double> exact = searcher.withSearcher(s -> searcher.knn(s, q, 10));
        List<Integer> graph =
            searcher.withSearcher(
                s -> {
                  List<Integer> docs = new ArrayList<>();
                  for (ScoreDoc sd :
                      s.search(new KnnFloatVectorQuery(Fields.VECTOR, q, 10), 10).scoreDocs) {
                    docs.add(sd.doc);
                  }
                  return docs;
                });
        assertEquals(graph, List.copyOf(exact.keySet()), question);
        double previous = Double.MAX_VALUE;
        for (double cosine : exact.values()) {
          assertEquals(
              true,
              cosine <= previous && cosine >= -1.0001 && cosine <= 1.0001,
              "best first, cosines: " + exact);
          previous = cosine;
        }
      }
    }
  }

  @Test
  void termStatisticsGoWithTheIndexViewTheyWereLookedUpIn() throws Exception {
    try (ContentIndex index = ContentIndex.openForWriting(dir, null)) {
      index.replace(
          "faq/a.md",
          "h1",
          List.of(faq("a", "Printer jam", "Open the tray and pull the paper out.")),
          List.of(),
          true);
      index.commit();
    }
    int before = ContentSearcher.TermStatistics.views();
    try (ContentSearcher searcher = ContentSearcher.open(dir, ContentSearcher.Weights.DEFAULT)) {
      assertEquals(
          1, searcher.withSearcher(s -> searcher.bm25(s, "printer paper jam", false, 10)).size());
      assertEquals(before + 1, ContentSearcher.TermStatistics.views());
      try (ContentIndex index = ContentIndex.openForWriting(dir, null)) {
        index.replace(
            "faq/b.md",
            "h2",
            List.of(faq("b", "Paper jam in the copier", "Call the office.")),
            List.of(),
            true);
        index.commit();
      }
      Thread.sleep(1_100); // the searcher looks for a new ingest at most once a second
      assertEquals(
          2,
          searcher.withSearcher(s -> searcher.bm25(s, "paper jam", false, 10)).size(),
          "the new view's statistics");
      assertEquals(
          before + 1,
          ContentSearcher.TermStatistics.views(),
          "the replaced view's statistics are gone");
    }
    assertEquals(before, ContentSearcher.TermStatistics.views());
  }

  private static KnowledgeItem faq(String id, String title, String text) {
    return new KnowledgeItem(
        id,
        ContentType.FAQ,
        title,
        text,
        "https://help.example/" + id,
        "printing",
        List.of(),
        List.of(),
        "en",
        "faq/" + id + ".md",
        -1,
        "",
        List.of(),
        null);
  }
}
