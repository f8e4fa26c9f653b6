package org.deskbot.index;

import java.util.List;
import org.deskbot.ingest.KnowledgeItem;

/** Turns entries and questions into unit-length dense vectors for semantic search. */
public interface Embedder {

  /** One vector per entry, in order. */
  float[][] embedEntries(List<KnowledgeItem> items);

  /** The vector of a teacher's question. */
  float[] embedQuestion(String question);

  /** The vectors' length. */
  int dimension();
}
