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

  /** Reads the model stored under {@code key} ("semantic" or "lexical") in a decision.json. */
  public static DecisionModel read(String json, String key) throws java.io.IOException {
    var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    var node = root.path(key);
    if (node.isMissingNode()) {
      return UNCALIBRATED;
    }
    var w = node.path("weights");
    double[] weights = new double[w.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = w.get(i).asDouble();
    }
    if (weights.length != Features.NONE.vector().length + 1) {
      throw new java.io.IOException(
          "decision model `"
              + key
              + "` has "
              + weights.length
              + " weights, expected "
              + (Features.NONE.vector().length + 1));
    }
    return new DecisionModel(
        weights, node.path("answer_at").asDouble(), node.path("suggest_at").asDouble());
  }

  /** This model as a JSON object node. */
  public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
    var o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    var w = o.putArray("weights");
    for (double d : weights) {
      w.add(Math.round(d * 1e4) / 1e4);
    }
    o.put("answer_at", Math.round(answerAt * 1e4) / 1e4);
    o.put("suggest_at", Math.round(suggestAt * 1e4) / 1e4);
    return o;
  }

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
