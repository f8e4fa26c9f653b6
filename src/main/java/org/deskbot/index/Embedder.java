package org.deskbot.index;

import java.util.List;
import org.deskbot.ingest.KnowledgeItem;

/** Turns entries and questions into unit-length dense vectors for semantic search. */
public interface Embedder {

  /** One vector per entry, in order. */
  float[][] embedEntries(List<KnowledgeItem> items);

  /**
   * The vectors of the other ways an entry is asked: an FAQ's question and its aliases (empty for
   * other entries), so a teacher's question can match a question, not only an answer.
   */
  float[][] embedPhrasings(KnowledgeItem item);

  /**
   * Vectors of short stretches of a video passage (starting every ~8 s, each read with the ~30 s
   * that follow it), each with where it starts, so an answer can link to the moment that answers,
   * not just to the passage. Empty for other entries.
   */
  Moments embedMoments(KnowledgeItem item);

  /** Short stretches of a passage: their start second, their offset in the text, their vectors. */
  record Moments(int[] seconds, int[] offsets, float[][] vectors) {
    public static final Moments NONE = new Moments(new int[0], new int[0], new float[0][]);

    public boolean isEmpty() {
      return vectors.length == 0;
    }
  }

  /** The vector of a teacher's question. */
  float[] embedQuestion(String question);

  /** The vectors' length. */
  int dimension();
}
