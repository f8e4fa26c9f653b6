package org.deskbot.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.deskbot.index.Analyzers;
import org.deskbot.index.Embedder;
import org.deskbot.index.EntryDocuments;
import org.deskbot.index.Fields;
import org.deskbot.ingest.KnowledgeItem;

/**
 * Every moment of one video, passage by passage in time order, with the words said in each. What a
 * passage says does not depend on the question: it is analyzed once per index segment and kept (an
 * hour-long video has ~500 moments; analyzing them on every answer cost ~5 ms).
 */
final class VideoMoments {
  private VideoMoments() {}

  /** More passages than any video has (an hour is about 80). */
  private static final int MAX_PASSAGES = 2_000;

  /**
   * How much of what follows a moment's start is checked for a problem being dealt with, in
   * seconds.
   */
  static final int WINDOW_SECONDS = 15;

  /**
   * A moment of a passage: its similarity to the question, the (analyzed) words said until the next
   * moment starts, and whether its first {@link #WINDOW_SECONDS} (or its chapter's title) deal with
   * a problem.
   */
  record Stretch(EntryDocuments.Moment moment, Set<String> words, boolean trouble) {}

  /**
   * A passage of the video: its doc, its entry, the words of its chapter's title, its moments in
   * order.
   */
  record Passage(int doc, KnowledgeItem item, Set<String> chapterWords, List<Stretch> stretches) {}

  /** What a passage says, moment by moment (no question in it). */
  private record Said(
      KnowledgeItem item, Set<String> chapterWords, List<Set<String>> words, boolean[] trouble) {}

  /** How the index analyses what is said (the words the question's terms are compared with). */
  private static final Analyzer CONTENT = Analyzers.content();

  private static final SegmentMemo<Said> SAID =
      new SegmentMemo<>(
          (segment, local) ->
              analyze(
                  ContentSearcher.item(segment, local), ContentSearcher.moments(segment, local)));

  /**
   * The passages of the video {@code group} that have moments, in time order, scored against {@code
   * qv}.
   */
  static List<Passage> passages(IndexSearcher s, String group, float[] qv) throws IOException {
    IndexReader reader = s.getIndexReader();
    List<Passage> out = new ArrayList<>();
    for (ScoreDoc sd :
        s.search(new TermQuery(new Term(Fields.GROUP, group)), MAX_PASSAGES).scoreDocs) {
      List<EntryDocuments.Moment> moments = ContentSearcher.moments(reader, sd.doc, qv);
      if (moments.isEmpty()) {
        continue;
      }
      Said said = SAID.get(reader, sd.doc);
      List<Stretch> stretches = new ArrayList<>(moments.size());
      for (int i = 0; i < moments.size() && i < said.words().size(); i++) {
        stretches.add(new Stretch(moments.get(i), said.words().get(i), said.trouble()[i]));
      }
      out.add(new Passage(sd.doc, said.item(), said.chapterWords(), stretches));
    }
    out.sort(Comparator.comparingInt(p -> p.item().startSeconds()));
    return out;
  }

  private static Said analyze(KnowledgeItem item, Embedder.Moments moments) {
    String text = item.text();
    String chapter = chapter(item);
    boolean troubledChapter = TroubleWords.in(chapter);
    int n = moments.offsets().length;
    List<Set<String>> words = new ArrayList<>(n);
    boolean[] trouble = new boolean[n];
    for (int i = 0; i < n; i++) {
      int from = Math.min(moments.offsets()[i], text.length());
      int next = i + 1 < n ? Math.min(moments.offsets()[i + 1], text.length()) : text.length();
      int window =
          Math.min(
              Snippets.offsetAfter(item, moments.seconds()[i] + WINDOW_SECONDS), text.length());
      words.add(
          Set.copyOf(QuestionTerms.tokens(CONTENT, text.substring(from, Math.max(from, next)))));
      trouble[i] = troubledChapter || TroubleWords.in(text.substring(from, Math.max(from, window)));
    }
    return new Said(
        item, Set.copyOf(QuestionTerms.tokens(CONTENT, chapter)), List.copyOf(words), trouble);
  }

  /** The title of the chapter a passage belongs to ("" when the video has none). */
  static String chapter(KnowledgeItem passage) {
    String prefix = passage.parent() + " — ";
    return passage.title().startsWith(prefix) ? passage.title().substring(prefix.length()) : "";
  }
}
