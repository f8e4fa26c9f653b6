package org.deskbot.answer;

import java.util.List;

/**
 * What the decision looks at for one question: properties of the ranking that carry over from one
 * district's content to another's (no raw words, no content ids).
 *
 * @param coverage share (IDF-weighted) of the question's words that the top entry contains
 * @param titleCoverage the same over the top entry's title and aliases only
 * @param bm25Top the top BM25 score divided by the question's total IDF (comparable across
 *     questions)
 * @param bm25Margin how far the top BM25 score stands above the second, relative to the top
 * @param cosineTop the top semantic similarity (0 when semantic search is off)
 * @param cosineMargin top minus second semantic similarity
 * @param agree 1 when BM25 and semantic search put the same entry first, else 0
 * @param questionWords how many meaningful words the question has
 */
public record Features(
    double coverage,
    double titleCoverage,
    double bm25Top,
    double bm25Margin,
    double cosineTop,
    double cosineMargin,
    double agree,
    int questionWords) {

  public static final Features NONE = new Features(0, 0, 0, 0, 0, 0, 0, 0);

  /** The names of {@link #vector()}'s slots, in order (decision.json, {@code ask --explain}). */
  public static final List<String> NAMES =
      List.of(
          "coverage",
          "title_coverage",
          "bm25_top",
          "bm25_margin",
          "cosine_top",
          "cosine_margin",
          "agree",
          "question_words");

  /** The features as a vector, in a fixed order, for the decision model. */
  public double[] vector() {
    return new double[] {
      coverage,
      titleCoverage,
      bm25Top,
      bm25Margin,
      cosineTop,
      cosineMargin,
      agree,
      Math.min(questionWords, 12) / 12.0
    };
  }
}
