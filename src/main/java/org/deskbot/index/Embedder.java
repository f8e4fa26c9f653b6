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

  /** The vector of a teacher's question. */
  float[] embedQuestion(String question);

  /** The vectors' length. */
  int dimension();
}
