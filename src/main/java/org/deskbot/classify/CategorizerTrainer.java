package org.deskbot.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;

/**
 * Trains a {@link QuestionCategorizer} from labelled examples with OpenNLP's document categorizer,
 * and measures one on held-out examples.
 */
public final class CategorizerTrainer {
  private final TrainingSetup setup;

  public CategorizerTrainer(TrainingSetup setup) {
    this.setup = setup;
  }

  /** A trainer with {@link TrainingSetup#DEFAULT}. */
  public CategorizerTrainer() {
    this(TrainingSetup.DEFAULT);
  }

  public TrainingSetup setup() {
    return setup;
  }

  /**
   * Trains on the examples, in their order.
   *
   * @throws IllegalArgumentException when the examples name fewer than two categories
   */
  public QuestionCategorizer train(List<LabeledExample> examples) {
    long distinct = examples.stream().map(LabeledExample::category).distinct().count();
    if (distinct < 2) {
      throw new IllegalArgumentException("training needs at least 2 categories, got " + distinct);
    }
    List<String[]> words = new ArrayList<>(examples.size());
    List<DocumentSample> samples = new ArrayList<>(examples.size());
    for (LabeledExample e : examples) {
      words.add(CategorizerText.words(e.text()));
      samples.add(new DocumentSample(e.category(), words.getLast()));
    }
    DoccatModel model;
    try {
      model =
          DocumentCategorizerME.train(
              "en",
              new CollectionObjectStream<>(samples),
              setup.parameters(examples.size()),
              new DoccatFactory(setup.featureGenerators()));
    } catch (IOException e) {
      throw new UncheckedIOException(
          e); // the samples are in memory: OpenNLP's signature, not a real failure
    }
    List<String> categories = QuestionCategorizer.categoriesOf(model);
    int[] labels = examples.stream().mapToInt(e -> categories.indexOf(e.category())).toArray();
    List<LinearView> views =
        setup.views().stream()
            .map(features -> LinearView.train(features, words, labels, categories.size()))
            .toList();
    return new QuestionCategorizer(model, views);
  }

  /** Categorizes every example and compares with its label. */
  public static Evaluation evaluate(
      QuestionCategorizer categorizer, List<LabeledExample> examples) {
    List<String> truth = new ArrayList<>(examples.size());
    List<String> predicted = new ArrayList<>(examples.size());
    for (LabeledExample e : examples) {
      truth.add(e.category());
      predicted.add(categorizer.categorize(e.text()).category());
    }
    return Evaluation.of(truth, predicted);
  }

  /** Examples split in two: what to train on and what to measure on. */
  public record Split(List<LabeledExample> train, List<LabeledExample> heldOut) {}

  /**
   * A stratified split: each category gives the same share (rounded) to the held-out part, chosen
   * at random with a fixed seed so a run can be repeated. A category keeps at least one example for
   * training. Both parts keep the file's order, which the trainer's result may depend on.
   */
  public static Split stratifiedSplit(
      List<LabeledExample> examples, double heldOutShare, long seed) {
    if (heldOutShare <= 0 || heldOutShare >= 1) {
      throw new IllegalArgumentException("held-out share must be between 0 and 1: " + heldOutShare);
    }
    Map<String, List<Integer>> byCategory = new TreeMap<>();
    for (int i = 0; i < examples.size(); i++) {
      byCategory.computeIfAbsent(examples.get(i).category(), k -> new ArrayList<>()).add(i);
    }
    Random random = new Random(seed);
    boolean[] held = new boolean[examples.size()];
    for (List<Integer> indexes : byCategory.values()) {
      List<Integer> shuffled = new ArrayList<>(indexes);
      Collections.shuffle(shuffled, random);
      int n = Math.min((int) Math.round(shuffled.size() * heldOutShare), shuffled.size() - 1);
      for (int i : shuffled.subList(0, n)) {
        held[i] = true;
      }
    }
    List<LabeledExample> train = new ArrayList<>();
    List<LabeledExample> heldOut = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      (held[i] ? heldOut : train).add(examples.get(i));
    }
    return new Split(List.copyOf(train), List.copyOf(heldOut));
  }

  /** How many examples each category has, by name. */
  public static Map<String, Long> counts(List<LabeledExample> examples) {
    return examples.stream()
        .collect(
            Collectors.groupingBy(LabeledExample::category, TreeMap::new, Collectors.counting()));
  }
}
