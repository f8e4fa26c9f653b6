package org.deskbot.answer;

import java.util.List;

/**
 * What the answer engine says to a question.
 *
 * @param question the question as asked
 * @param cleaned the question without chat markup, as searched
 * @param language the detected language (ISO 639-1)
 * @param decision answer, suggest or escalate
 * @param results up to the requested number of links, best first
 * @param confidence the decision model's confidence that the top link answers, 0..1
 * @param millis how long answering took
 * @param features what the decision was made from (for calibration and diagnostics)
 */
public record Answer(
    String question,
    String cleaned,
    String language,
    Decision decision,
    List<Result> results,
    double confidence,
    double millis,
    Features features) {

  /** The same answer with its timing. */
  public Answer withMillis(double ms) {
    return new Answer(question, cleaned, language, decision, results, confidence, ms, features);
  }
}
