package org.deskbot.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the features of a ranking into a score (a weighted sum plus a bias), the score into a
 * confidence (0..1) that the top link answers, and the confidence into a decision with two
 * thresholds.
 *
 * @param weights logistic weights over {@link Features#vector()}; the last is the bias
 * @param answerAt confidence at or above which the bot answers
 * @param suggestAt confidence at or above which the bot suggests (below: escalate)
 * @param curve what each {@code search.answer_bias} setting did on held-out items when the model
 *     was calibrated (empty when not measured)
 * @param fittedOn what the model was fitted on, in words ("" when unknown)
 */
public record DecisionModel(
    double[] weights, double answerAt, double suggestAt, List<Setting> curve, String fittedOn) {

  /**
   * How far one unit of {@code search.answer_bias} moves both thresholds, in score (log-odds)
   * units: +1 answers where the calibrated model's confidence is e² ≈ 7 times lower.
   */
  public static final double SCORE_PER_BIAS = 2.0;

  /**
   * One row of the measured curve.
   *
   * @param bias the {@code search.answer_bias} setting
   * @param answeredRight share of answerable held-out questions answered or suggested with a right
   *     link in the top 3
   * @param wronglyAnswered share of unanswerable held-out questions answered or suggested
   */
  public record Setting(double bias, double answeredRight, double wronglyAnswered) {}

  /** A feature's value and what it added to the score. */
  public record Contribution(String name, double value, double contribution) {}

  public DecisionModel(double[] weights, double answerAt, double suggestAt) {
    this(weights, answerAt, suggestAt, List.of(), "");
  }

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
    List<Setting> curve = new ArrayList<>();
    for (var row : node.path("curve")) {
      curve.add(
          new Setting(
              row.path("answer_bias").asDouble(),
              row.path("answered_right").asDouble(),
              row.path("wrongly_answered").asDouble()));
    }
    return new DecisionModel(
        weights,
        node.path("answer_at").asDouble(),
        node.path("suggest_at").asDouble(),
        List.copyOf(curve),
        node.path("fitted_on").asText(""));
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
    if (!fittedOn.isEmpty()) {
      o.put("fitted_on", fittedOn);
    }
    var c = o.putArray("curve");
    for (Setting s : curve) {
      c.addObject()
          .put("answer_bias", s.bias())
          .put("answered_right", Math.round(s.answeredRight() * 1e3) / 1e3)
          .put("wrongly_answered", Math.round(s.wronglyAnswered() * 1e3) / 1e3);
    }
    return o;
  }

  /** The same model with its measured curve and what it was fitted on. */
  public DecisionModel measured(List<Setting> curve, String fittedOn) {
    return new DecisionModel(weights, answerAt, suggestAt, List.copyOf(curve), fittedOn);
  }

  /**
   * The same model with both thresholds moved by {@code bias} (−1 … +1): positive answers more,
   * negative hands over more.
   */
  public DecisionModel withBias(double bias) {
    if (bias == 0) {
      return this;
    }
    double shift = -bias * SCORE_PER_BIAS;
    return new DecisionModel(
        weights,
        sigmoid(logit(answerAt) + shift),
        sigmoid(logit(suggestAt) + shift),
        curve,
        fittedOn);
  }

  /** The score: the bias plus each feature's contribution, summed in {@link #explain} order. */
  public double score(Features f) {
    double z = bias();
    for (Contribution c : explain(f)) {
      z += c.contribution();
    }
    return z;
  }

  /** The bias (the score of a question with every feature at 0). */
  public double bias() {
    return weights[weights.length - 1];
  }

  /** Each feature's value and contribution (weight × value) to the score. */
  public List<Contribution> explain(Features f) {
    double[] x = f.vector();
    List<Contribution> out = new ArrayList<>(x.length);
    for (int i = 0; i < x.length; i++) {
      double w = i < weights.length - 1 ? weights[i] : 0;
      out.add(new Contribution(Features.NAMES.get(i), x[i], w * x[i]));
    }
    return out;
  }

  public double confidence(Features f) {
    return sigmoid(score(f));
  }

  public Decision decide(double confidence) {
    if (confidence >= answerAt) {
      return Decision.ANSWER;
    }
    return confidence >= suggestAt ? Decision.SUGGEST : Decision.ESCALATE;
  }

  public static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  public static double logit(double p) {
    double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
    return Math.log(q / (1 - q));
  }
}
