package org.deskbot.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.deskbot.index.EntryDocuments;
import org.deskbot.index.Fields;
import org.deskbot.ingest.KnowledgeItem;

/** Every moment of one video, passage by passage in time order, with the words said in each. */
final class VideoMoments {
  private VideoMoments() {}

  /** More passages than any video has (an hour is about 80). */
  private static final int MAX_PASSAGES = 2_000;

  /** How much of what follows a moment's start is checked for a problem being dealt with, in seconds. */
  static final int WINDOW_SECONDS = 15;

  /**
   * A moment of a passage: its similarity to the question, the words said until the next moment
   * starts ({@code text}), and the words of its first {@link #WINDOW_SECONDS} ({@code window}).
   */
  record Stretch(EntryDocuments.Moment moment, String text, String window) {}

  /** A passage of the video: its doc, its entry and its moments in order. */
  record Passage(int doc, KnowledgeItem item, List<Stretch> stretches) {}

  /** The title of the chapter a passage belongs to ("" when the video has none). */
  static String chapter(KnowledgeItem passage) {
    String prefix = passage.parent() + " — ";
    return passage.title().startsWith(prefix) ? passage.title().substring(prefix.length()) : "";
  }

  /** The passages of the video {@code group} that have moments, in time order, scored against {@code qv}. */
  static List<Passage> passages(IndexSearcher s, String group, float[] qv) throws IOException {
    List<Passage> out = new ArrayList<>();
    for (ScoreDoc sd : s.search(new TermQuery(new Term(Fields.GROUP, group)), MAX_PASSAGES).scoreDocs) {
      List<EntryDocuments.Moment> moments = ContentSearcher.moments(s.getIndexReader(), sd.doc, qv);
      if (moments.isEmpty()) {
        continue;
      }
      KnowledgeItem item = ContentSearcher.item(s.getIndexReader(), sd.doc);
      String text = item.text();
      List<Stretch> stretches = new ArrayList<>(moments.size());
      for (int i = 0; i < moments.size(); i++) {
        EntryDocuments.Moment m = moments.get(i);
        int from = Math.min(m.offset(), text.length());
        int next = i + 1 < moments.size() ? Math.min(moments.get(i + 1).offset(), text.length()) : text.length();
        int window = Math.min(Snippets.offsetAfter(item, m.seconds() + WINDOW_SECONDS), text.length());
        stretches.add(new Stretch(m, text.substring(from, Math.max(from, next)), text.substring(from, Math.max(from, window))));
      }
      out.add(new Passage(sd.doc, item, stretches));
    }
    out.sort(Comparator.comparingInt(p -> p.item().startSeconds()));
    return out;
  }
}
