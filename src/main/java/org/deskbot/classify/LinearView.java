package org.deskbot.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One of the categorizer's linear models: a message's {@link TextFeatures} as a vector (counts,
 * rarity-weighted for words, scaled to length 1) and one {@link LinearSvm} per category. Its scores
 * become probabilities with a softmax at {@link #TEMPERATURE}, so they can be averaged with the
 * maximum-entropy model's. Features seen in fewer than {@link #MIN_MESSAGES} training messages are
 * left out (they cannot generalise and would only make the model bigger).
 */
record LinearView(
    TextFeatures features, Map<String, Integer> vocabulary, float[] rarity, float[][] weights) {
  static final int MIN_MESSAGES = 2;

  /** The SVM's cost parameter. */
  static final double COST = 1.0;

  /**
   * Scores times this before the softmax: SVM margins are small numbers, probabilities want a
   * spread.
   */
  static final double TEMPERATURE = 3.0;

  /**
   * The order the SVM visits examples in, the same for every category (so their order does not
   * matter).
   */
  static final long SEED = 1;

  /** Trains on messages' words and their category numbers ({@code 0 … categories-1}). */
  static LinearView train(
      TextFeatures features, List<String[]> messages, int[] labels, int categories) {
    Map<String, int[]> seenIn = new HashMap<>();
    for (String[] words : messages) {
      for (String f : new HashSet<>(features.of(words))) {
        seenIn.computeIfAbsent(f, k -> new int[1])[0]++;
      }
    }
    Map<String, Integer> vocabulary = new HashMap<>();
    List<String> kept = new ArrayList<>();
    seenIn.forEach(
        (f, count) -> {
          if (count[0] >= MIN_MESSAGES) {
            kept.add(f);
          }
        });
    kept.sort(null); // a fixed order, so the same data gives the same model
    float[] rarity = new float[features.rarityWeighted ? kept.size() : 0];
    for (int i = 0; i < kept.size(); i++) {
      vocabulary.put(kept.get(i), i);
      if (features.rarityWeighted) {
        // smoothed inverse document frequency, as scikit-learn's TfidfVectorizer defines it
        rarity[i] =
            (float) (Math.log((1.0 + messages.size()) / (1.0 + seenIn.get(kept.get(i))[0])) + 1);
      }
    }
    LinearView empty = new LinearView(features, vocabulary, rarity, new float[0][]);
    LinearSvm.Row[] rows = messages.stream().map(empty::vector).toArray(LinearSvm.Row[]::new);
    float[][] weights =
        IntStream.range(0, categories)
            .parallel()
            .mapToObj(
                c -> {
                  boolean[] positive = new boolean[labels.length];
                  for (int m = 0; m < labels.length; m++) {
                    positive[m] = labels[m] == c;
                  }
                  return LinearSvm.train(rows, positive, kept.size(), COST, SEED);
                })
            .toArray(float[][]::new);
    return new LinearView(features, Map.copyOf(vocabulary), rarity, weights);
  }

  /** Each category's probability for a message's words, in the order the view was trained with. */
  double[] probabilities(String[] words) {
    LinearSvm.Row vector = vector(words);
    int dimensions = vocabulary.size();
    double[] scores = new double[weights.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < weights.length; c++) {
      float[] w = weights[c];
      double s = w[dimensions];
      int[] index = vector.indexes();
      float[] value = vector.values();
      for (int k = 0; k < index.length; k++) {
        s += w[index[k]] * value[k];
      }
      scores[c] = s * TEMPERATURE;
      max = Math.max(max, scores[c]);
    }
    double sum = 0;
    for (int c = 0; c < scores.length; c++) {
      scores[c] = Math.exp(scores[c] - max);
      sum += scores[c];
    }
    for (int c = 0; c < scores.length; c++) {
      scores[c] /= sum;
    }
    return scores;
  }

  /** The message as a sparse vector, its features in the order they first appear. */
  private LinearSvm.Row vector(String[] words) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (String f : features.of(words)) {
      Integer index = vocabulary.get(f);
      if (index != null) {
        counts.merge(index, 1, Integer::sum);
      }
    }
    int[] indexes = new int[counts.size()];
    float[] values = new float[counts.size()];
    double squares = 0;
    int k = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      indexes[k] = e.getKey();
      float v = features.rarityWeighted ? e.getValue() * rarity[e.getKey()] : e.getValue();
      values[k++] = v;
      squares += v * v;
    }
    if (squares > 0) { // else no feature the view knows: the biases alone decide
      float norm = (float) Math.sqrt(squares);
      for (int i = 0; i < values.length; i++) {
        values[i] /= norm;
      }
    }
    return new LinearSvm.Row(indexes, values);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeUTF(features.name());
    out.writeInt(weights.length);
    String[] byIndex = new String[vocabulary.size()];
    vocabulary.forEach((f, i) -> byIndex[i] = f);
    out.writeInt(byIndex.length);
    for (int i = 0; i < byIndex.length; i++) {
      out.writeUTF(byIndex[i]);
      if (features.rarityWeighted) {
        out.writeFloat(rarity[i]);
      }
    }
    for (float[] w : weights) {
      for (float v : w) {
        out.writeFloat(v);
      }
    }
  }

  static LinearView read(DataInputStream in) throws IOException {
    TextFeatures features;
    try {
      features = TextFeatures.valueOf(in.readUTF());
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown features in a categorizer view: " + e.getMessage());
    }
    int categories = in.readInt();
    int size = in.readInt();
    if (categories < 2 || size < 0) {
      throw new IOException(
          "a categorizer view with " + categories + " categories and " + size + " features");
    }
    Map<String, Integer> vocabulary = HashMap.newHashMap(size);
    float[] rarity = new float[features.rarityWeighted ? size : 0];
    for (int i = 0; i < size; i++) {
      vocabulary.put(in.readUTF(), i);
      if (features.rarityWeighted) {
        rarity[i] = in.readFloat();
      }
    }
    float[][] weights = new float[categories][size + 1];
    for (float[] w : weights) {
      for (int d = 0; d <= size; d++) {
        w[d] = in.readFloat();
      }
    }
    return new LinearView(features, vocabulary, rarity, weights);
  }
}
