package org.deskbot.classify;

import java.util.Random;

/**
 * A linear support vector machine (L2-regularised, squared hinge loss) trained by dual coordinate
 * descent (Hsieh et al., "A Dual Coordinate Descent Method for Large-scale Linear SVM", ICML 2008 —
 * the method behind LIBLINEAR's default solver), one category against the rest. A constant feature
 * of 1 gives each category its bias.
 */
final class LinearSvm {
  /**
   * Stop when the projected gradient's spread falls below this (LIBLINEAR's default for this solver
   * is 0.1).
   */
  static final double TOLERANCE = 0.01;

  static final int MAX_EPOCHS = 1_000;

  private LinearSvm() {}

  /**
   * The weights separating the {@code positive} examples from the others: {@code dimensions}
   * feature weights, then the bias. Examples are visited in an order shuffled with {@code seed}, so
   * the same data and seed give the same weights.
   */
  static float[] train(Row[] x, boolean[] positive, int dimensions, double c, long seed) {
    int n = x.length;
    double[] w = new double[dimensions + 1];
    double[] alpha = new double[n];
    double diagonal = 0.5 / c;
    double[] qd = new double[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      qd[i] = diagonal + 1 + x[i].squaredNorm(); // the bias feature is 1
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < MAX_EPOCHS; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double maxGradient = Double.NEGATIVE_INFINITY;
      double minGradient = Double.POSITIVE_INFINITY;
      for (int i : order) {
        int y = positive[i] ? 1 : -1;
        int[] index = x[i].indexes();
        float[] value = x[i].values();
        double dot = w[dimensions];
        for (int k = 0; k < index.length; k++) {
          dot += w[index[k]] * value[k];
        }
        double gradient = y * dot - 1 + diagonal * alpha[i];
        double projected = alpha[i] == 0 ? Math.min(gradient, 0) : gradient;
        maxGradient = Math.max(maxGradient, projected);
        minGradient = Math.min(minGradient, projected);
        if (Math.abs(projected) > 1e-12) {
          double old = alpha[i];
          alpha[i] = Math.max(old - gradient / qd[i], 0);
          double step = (alpha[i] - old) * y;
          for (int k = 0; k < index.length; k++) {
            w[index[k]] += step * value[k];
          }
          w[dimensions] += step;
        }
      }
      if (maxGradient - minGradient <= TOLERANCE) {
        break;
      }
    }
    float[] weights = new float[dimensions + 1];
    for (int d = 0; d <= dimensions; d++) {
      weights[d] = (float) w[d];
    }
    return weights;
  }

  /** One example as a sparse vector: feature indexes and their values, side by side. */
  record Row(int[] indexes, float[] values) {
    double squaredNorm() {
      double sum = 0;
      for (float v : values) {
        sum += v * v;
      }
      return sum;
    }
  }
}
