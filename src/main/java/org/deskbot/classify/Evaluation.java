package org.deskbot.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How well predicted categories match the true ones: accuracy, macro-averaged F1, precision, recall
 * and F1 per category, and the confusion matrix ({@code confusion[true][predicted]}, rows and
 * columns in the order of {@code categories}).
 */
public record Evaluation(
    List<String> categories,
    int[][] confusion,
    double accuracy,
    double macroF1,
    Map<String, ClassScores> perClass) {

  /** One category's figures; {@code support} is how many examples truly belong to it. */
  public record ClassScores(double precision, double recall, double f1, int support) {}

  public Evaluation {
    categories = List.copyOf(categories);
    confusion = Arrays.stream(confusion).map(int[]::clone).toArray(int[][]::new);
    perClass = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
  }

  /** A copy of the confusion matrix, so the record stays unchanged. */
  @Override
  public int[][] confusion() {
    return Arrays.stream(confusion).map(int[]::clone).toArray(int[][]::new);
  }

  /**
   * Compares predictions with the truth, pairwise. Categories are those seen on either side,
   * sorted; a category never predicted has precision 0 (as scikit-learn reports it).
   */
  public static Evaluation of(List<String> truth, List<String> predicted) {
    if (truth.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "truth and predictions differ in length: " + truth.size() + " vs " + predicted.size());
    }
    if (truth.isEmpty()) {
      throw new IllegalArgumentException("nothing to evaluate");
    }
    TreeSet<String> seen = new TreeSet<>(truth);
    seen.addAll(predicted);
    List<String> categories = new ArrayList<>(seen);
    int n = categories.size();
    int[][] confusion = new int[n][n];
    int correct = 0;
    for (int i = 0; i < truth.size(); i++) {
      int t = categories.indexOf(truth.get(i));
      int p = categories.indexOf(predicted.get(i));
      confusion[t][p]++;
      correct += t == p ? 1 : 0;
    }
    Map<String, ClassScores> perClass = new LinkedHashMap<>();
    double f1Sum = 0;
    for (int c = 0; c < n; c++) {
      int truePositives = confusion[c][c];
      int support = Arrays.stream(confusion[c]).sum();
      int predictedAs = 0;
      for (int[] row : confusion) {
        predictedAs += row[c];
      }
      double precision = predictedAs == 0 ? 0 : truePositives / (double) predictedAs;
      double recall = support == 0 ? 0 : truePositives / (double) support;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      perClass.put(categories.get(c), new ClassScores(precision, recall, f1, support));
      f1Sum += f1;
    }
    return new Evaluation(
        categories, confusion, correct / (double) truth.size(), f1Sum / n, perClass);
  }
}
