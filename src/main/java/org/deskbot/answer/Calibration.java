package org.deskbot.answer;

import java.util.List;

/**
 * Fits the {@link DecisionModel} from labelled examples: a logistic regression over the features
 * (standardised, L2-regularised, weighted), then the two thresholds: escalate below the one that
 * best separates questions the bot cannot answer while still answering almost all it can, and
 * answer (rather than suggest) above the one where the top link is right nearly every time.
 */
public final class Calibration {
  private Calibration() {}

  /**
   * One question's features and whether answering it would be right (a right link in the top 3).
   *
   * @param answerable whether the content has an answer at all
   * @param weight how much the example counts (to balance question sets of different sizes)
   */
  public record Example(
      Features features, boolean right, boolean rightFirst, boolean answerable, double weight) {}

  /**
   * What the thresholds aim for: escalate below the threshold with the best escalate F1 that still
   * answers at least {@code minShareOfRight} of the questions the ranking gets right (a right link
   * in the top 3); answer rather than suggest where the first link is right at least {@code
   * answerPrecision} of the time.
   */
  public record Targets(double minShareOfRight, double answerPrecision) {
    /**
     * 0.94: of five rules (0.88 … 0.97 of those the ranking gets right, and the earlier "92 % of
     * all answerable, or 97 % of those right"), fitted from the demo and StackFAQ content alone,
     * the one with the best escalate F1 on both StackFAQ dev (.803) and the demo golden questions
     * (.857) while answering ≥ .92 of them correctly (BENCHMARKS.md).
     */
    public static final Targets DEFAULT = new Targets(0.94, 0.95);
  }

  public static DecisionModel fit(List<Example> examples, Targets targets) {
    int n = examples.size();
    int d = Features.NONE.vector().length;
    double[][] x = new double[n][];
    double[] y = new double[n];
    double[] sw = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = examples.get(i).features().vector();
      y[i] = examples.get(i).right() ? 1 : 0;
      sw[i] = examples.get(i).weight();
    }
    double[] mean = new double[d];
    double[] std = new double[d];
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += sw[i];
      for (int j = 0; j < d; j++) mean[j] += sw[i] * x[i][j];
    }
    for (int j = 0; j < d; j++) mean[j] /= total;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) std[j] += sw[i] * (x[i][j] - mean[j]) * (x[i][j] - mean[j]);
    }
    for (int j = 0; j < d; j++)
      std[j] = Math.sqrt(std[j] / total) < 1e-9 ? 1 : Math.sqrt(std[j] / total);

    double[] w = new double[d + 1];
    double lambda = 0.01;
    double rate = 0.5;
    for (int iter = 0; iter < 3000; iter++) {
      double[] grad = new double[d + 1];
      for (int i = 0; i < n; i++) {
        double z = w[d];
        for (int j = 0; j < d; j++) z += w[j] * (x[i][j] - mean[j]) / std[j];
        double err = (1 / (1 + Math.exp(-z)) - y[i]) * sw[i];
        for (int j = 0; j < d; j++) grad[j] += err * (x[i][j] - mean[j]) / std[j];
        grad[d] += err;
      }
      for (int j = 0; j < d; j++) w[j] -= rate * (grad[j] / total + lambda * w[j]);
      w[d] -= rate * grad[d] / total;
    }
    // fold the standardisation into the weights so the model works on raw features
    double[] raw = new double[d + 1];
    raw[d] = w[d];
    for (int j = 0; j < d; j++) {
      raw[j] = w[j] / std[j];
      raw[d] -= w[j] * mean[j] / std[j];
    }
    DecisionModel unthresholded = new DecisionModel(raw, 0.5, 0.5);
    double[] conf = new double[n];
    for (int i = 0; i < n; i++) conf[i] = unthresholded.confidence(examples.get(i).features());
    double suggestAt = suggestThreshold(examples, conf, targets);
    double answerAt = answerThreshold(examples, conf, suggestAt, targets.answerPrecision());
    return new DecisionModel(raw, answerAt, suggestAt);
  }

  /**
   * {@code current}'s weights with its two thresholds fitted again on {@code examples}: what a
   * district's own log can support. Nine weights need thousands of labelled questions (the content
   * gives them); two thresholds need tens.
   */
  public static DecisionModel refitThresholds(
      DecisionModel current, List<Example> examples, Targets targets) {
    double[] conf = new double[examples.size()];
    for (int i = 0; i < conf.length; i++) {
      conf[i] = current.confidence(examples.get(i).features());
    }
    double suggestAt = suggestThreshold(examples, conf, targets);
    double answerAt = answerThreshold(examples, conf, suggestAt, targets.answerPrecision());
    return new DecisionModel(
        current.weights(), answerAt, suggestAt, current.curve(), current.fittedOn());
  }

  /**
   * The escalation threshold with the best escalate F1 among those that still answer enough of the
   * questions the ranking gets right.
   */
  private static double suggestThreshold(List<Example> ex, double[] conf, Targets targets) {
    double best = 0;
    double bestF1 = -1;
    double maxCorrect = 0;
    for (Example e : ex) if (e.answerable() && e.right()) maxCorrect += e.weight();
    for (double t = 0.01; t < 0.99; t += 0.005) {
      // escalation is the positive class: a question without an answer escalated is a hit
      double escalatedRight = 0, escalatedWrongly = 0, notEscalated = 0, correct = 0;
      for (int i = 0; i < ex.size(); i++) {
        Example e = ex.get(i);
        boolean escalate = conf[i] < t;
        if (!e.answerable()) {
          if (escalate) escalatedRight += e.weight();
          else notEscalated += e.weight();
        } else if (escalate) {
          escalatedWrongly += e.weight();
        } else if (e.right()) {
          correct += e.weight();
        }
      }
      if (correct + 1e-9 < targets.minShareOfRight() * maxCorrect) {
        continue;
      }
      double escalated = escalatedRight + escalatedWrongly;
      double p = escalated == 0 ? 0 : escalatedRight / escalated;
      double r =
          escalatedRight + notEscalated == 0 ? 0 : escalatedRight / (escalatedRight + notEscalated);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }

  /**
   * The lowest threshold above which the first link is right at least {@code precision} of the
   * time.
   */
  private static double answerThreshold(
      List<Example> ex, double[] conf, double suggestAt, double precision) {
    for (double t = Math.max(suggestAt, 0.05); t < 0.995; t += 0.005) {
      double right = 0, all = 0;
      for (int i = 0; i < ex.size(); i++) {
        if (conf[i] >= t) {
          all += ex.get(i).weight();
          if (ex.get(i).rightFirst()) right += ex.get(i).weight();
        }
      }
      if (all > 0 && right / all >= precision) {
        return t;
      }
    }
    return 0.995;
  }
}
