package org.deskbot.answer;

/**
 * Turns the features of a ranking into a confidence (0..1) that the top link answers, and the
 * confidence into a decision with two thresholds.
 *
 * @param weights logistic weights over {@link Features#vector()}; the last is the bias
 * @param answerAt confidence at or above which the bot answers
 * @param suggestAt confidence at or above which the bot suggests (below: escalate)
 */
public record DecisionModel(double[] weights, double answerAt, double suggestAt) {

  /**
   * Before calibration: coverage alone decides (most of the question's words found in the top
   * entry).
   */
  public static final DecisionModel UNCALIBRATED =
      new DecisionModel(new double[] {8, 0, 0, 0, 0, 0, 0, 0, -4}, 0.75, 0.4);

  public double confidence(Features f) {
    double[] x = f.vector();
    double z = weights[weights.length - 1];
    for (int i = 0; i < x.length && i < weights.length - 1; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  public Decision decide(double confidence) {
    if (confidence >= answerAt) {
      return Decision.ANSWER;
    }
    return confidence >= suggestAt ? Decision.SUGGEST : Decision.ESCALATE;
  }
}
