package org.deskbot.classify;

import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;

/**
 * How a categorizer is trained: OpenNLP's algorithm name ({@code MAXENT_QN}, {@code MAXENT}, {@code
 * PERCEPTRON}, {@code NAIVEBAYES}), whether word pairs count besides single words, the feature
 * cutoff (a feature seen fewer times is dropped), the iteration limit, and the L1 / L2
 * regularisation of {@code MAXENT_QN} (ignored by the others), and the {@link LinearView}s trained
 * beside it, whose probabilities are averaged with its own.
 */
public record TrainingSetup(
    String algorithm,
    boolean bigrams,
    int cutoff,
    int iterations,
    double l1Cost,
    double l2Cost,
    List<TextFeatures> views) {

  /**
   * The setup measured best on a development split of real IT tickets (see BENCHMARKS.md): L-BFGS
   * maximum entropy over words, word pairs and pairs one word apart, every feature kept, L1 0.5 and
   * L2 0.5; averaged with two linear SVMs, one over rarity-weighted words and pairs, one over
   * letter runs.
   */
  public static final TrainingSetup DEFAULT =
      new TrainingSetup(
          QNTrainer.MAXENT_QN_VALUE,
          true,
          1,
          100,
          0.5,
          0.5,
          List.of(TextFeatures.WORDS, TextFeatures.LETTERS));

  /**
   * Threads for {@code MAXENT_QN}: fixed rather than one per core, so that the same data gives the
   * same model on any machine (the gradient is summed in per-thread parts).
   */
  static final int THREADS = 2;

  public TrainingSetup {
    views = List.copyOf(views);
    if (cutoff < 0 || iterations < 1 || l1Cost < 0 || l2Cost < 0) {
      throw new IllegalArgumentException(
          "cutoff >= 0, iterations >= 1 and costs >= 0 expected: "
              + cutoff
              + ", "
              + iterations
              + ", "
              + l1Cost
              + ", "
              + l2Cost);
    }
  }

  /**
   * Below this many examples {@code MAXENT_QN} trains without L1. OpenNLP's L1 line search
   * (OWL-QN's constrained search) has no step limit and loops forever when no feature's gradient at
   * zero exceeds the L1 cost — a handful of examples whose words each occur once (two examples,
   * "printer" and "wifi", hang it at L1 0.5). Any real training set has words said more than once;
   * a tiny one learns with L2 alone.
   */
  static final int MIN_EXAMPLES_FOR_L1 = 100;

  /**
   * OpenNLP's parameters for this setup and {@code examples} training examples; the model's
   * manifest records them.
   */
  public TrainingParameters parameters(int examples) {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    if (algorithm.equals(QNTrainer.MAXENT_QN_VALUE)) {
      p.put(QNTrainer.L1COST_PARAM, examples < MIN_EXAMPLES_FOR_L1 ? 0.0 : l1Cost);
      p.put(QNTrainer.L2COST_PARAM, l2Cost);
      p.put(QNTrainer.THREADS_PARAM, THREADS);
    }
    return p;
  }

  /**
   * The feature generators. Only classes with a no-argument constructor that means the same thing
   * survive a save and load (OpenNLP records class names only): {@code NGramFeatureGenerator()} is
   * word pairs, so single words come from the bag of words beside it, never from {@code (1, 2)}.
   * With pairs on, pairs one word apart count too ({@link SkipPairsFeatureGenerator}).
   */
  FeatureGenerator[] featureGenerators() {
    if (!bigrams) {
      return new FeatureGenerator[] {new BagOfWordsFeatureGenerator()};
    }
    try {
      SkipPairsFeatureGenerator.trust();
      return new FeatureGenerator[] {
        new BagOfWordsFeatureGenerator(),
        new NGramFeatureGenerator(),
        new SkipPairsFeatureGenerator()
      };
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e); // cannot happen: (2, 2) is a valid range
    }
  }
}
