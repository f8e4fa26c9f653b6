package org.deskbot.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Puts a teacher's message into one of the help desk's categories, with a model trained by
 * {@link CategorizerTrainer} ({@code deskbot train}). Safe to share between threads.
 */
public final class QuestionCategorizer {
  /** Where the model trained from {@code models/categories.csv} sits on the classpath. */
  public static final String SHIPPED_RESOURCE = "models/categorizer.bin";

  private final DoccatModel model;
  private final List<String> categories;
  // DocumentCategorizerME keeps per-call state and is not thread-safe; the model it reads is.
  private final ThreadLocal<DocumentCategorizerME> categorizer;

  /** A categorizer over a model in memory, as the trainer returns it. */
  public QuestionCategorizer(DoccatModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    DocumentCategorizerME me = categorizer.get();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < me.getNumberOfCategories(); i++) {
      names.add(me.getCategory(i));
    }
    this.categories = List.copyOf(names);
  }

  /** Loads a model file written by {@link #save}. */
  public static QuestionCategorizer load(Path file) throws IOException {
    SkipPairsFeatureGenerator.trust();
    return new QuestionCategorizer(new DoccatModel(file));
  }

  /** Loads a model from a stream (a classpath resource, say). */
  public static QuestionCategorizer load(InputStream in) throws IOException {
    SkipPairsFeatureGenerator.trust();
    return new QuestionCategorizer(new DoccatModel(in));
  }

  /** The model shipped in the jar, trained on the K-12 categories in {@code models/categories.csv}. */
  public static QuestionCategorizer shipped() {
    try (InputStream in = QuestionCategorizer.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED_RESOURCE + " is missing from the classpath (run `deskbot train --data models/categories.csv`)");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED_RESOURCE, e);
    }
  }

  /** The most likely category for a message, with every category's probability. */
  public Prediction categorize(String text) {
    double[] probabilities = categorizer.get().categorize(CategorizerText.words(Objects.requireNonNull(text, "text")));
    Integer[] order = new Integer[probabilities.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // best first; equal scores keep the model's order so the answer never depends on chance
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -probabilities[i]));
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i : order) {
      scores.put(categories.get(i), probabilities[i]);
    }
    return new Prediction(categories.get(order[0]), probabilities[order[0]], Collections.unmodifiableMap(scores));
  }

  /** The categories the model knows, in the model's order. */
  public List<String> categories() {
    return categories;
  }

  /**
   * Writes the model; {@link #load(Path)} reads it back. It goes to a temporary file first and is
   * then moved into place, so a crash never leaves a half-written model where the old one was.
   */
  public void save(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    // not Files.createTempFile: its owner-only permissions would stay on the model after the move
    Path temporary = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        model.serialize(out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The model, for callers that want OpenNLP's own API. */
  public DoccatModel model() {
    return model;
  }
}
