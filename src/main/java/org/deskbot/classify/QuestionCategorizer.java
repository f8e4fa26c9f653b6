package org.deskbot.classify;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Puts a teacher's message into one of the help desk's categories, with a model trained by {@link
 * CategorizerTrainer} ({@code deskbot train}): OpenNLP's maximum-entropy document categorizer, and
 * beside it any {@link LinearView}s, their probabilities averaged. Safe to share between threads.
 *
 * <p>A model with views is saved as a zip holding {@value #CONTAINER_MANIFEST}, the OpenNLP model
 * and one entry per view; a model without is OpenNLP's own format, which {@link #load} reads too.
 */
public final class QuestionCategorizer {
  /** Where the model trained from {@code models/categories.csv} sits on the classpath. */
  public static final String SHIPPED_RESOURCE = "models/categorizer.bin";

  static final String CONTAINER_MANIFEST = "deskbot-categorizer.properties";
  private static final String MAXENT_ENTRY = "maxent.bin";

  private final DoccatModel model;
  private final List<LinearView> views;
  private final List<String> categories;
  // DocumentCategorizerME keeps per-call state and is not thread-safe; the model it reads is.
  private final ThreadLocal<DocumentCategorizerME> categorizer;

  /** A categorizer over an OpenNLP model alone. */
  public QuestionCategorizer(DoccatModel model) {
    this(model, List.of());
  }

  /**
   * A categorizer over a model and views trained with its categories, in its order (as the trainer
   * returns it).
   */
  QuestionCategorizer(DoccatModel model, List<LinearView> views) {
    this.model = Objects.requireNonNull(model, "model");
    this.views = List.copyOf(views);
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    this.categories = categoriesOf(model);
    for (LinearView view : this.views) {
      if (view.weights().length != categories.size()) {
        throw new IllegalArgumentException(
            "a view of "
                + view.weights().length
                + " categories beside a model of "
                + categories.size());
      }
    }
  }

  /** The categories an OpenNLP model knows, in its order (the order views are trained in). */
  static List<String> categoriesOf(DoccatModel model) {
    DocumentCategorizerME me = new DocumentCategorizerME(model);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < me.getNumberOfCategories(); i++) {
      names.add(me.getCategory(i));
    }
    return List.copyOf(names);
  }

  /** Loads a model file written by {@link #save}. */
  public static QuestionCategorizer load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    }
  }

  /** Loads a model from a stream (a classpath resource, say). */
  public static QuestionCategorizer load(InputStream in) throws IOException {
    SkipPairsFeatureGenerator.trust();
    byte[] bytes = in.readAllBytes();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      // not a zip: OpenNLP says what is wrong with it below
    }
    if (!entries.containsKey(CONTAINER_MANIFEST)) {
      return new QuestionCategorizer(openNlpModel(bytes));
    }
    Properties manifest = new Properties();
    manifest.load(new ByteArrayInputStream(entries.get(CONTAINER_MANIFEST)));
    byte[] maxent = entries.get(MAXENT_ENTRY);
    if (maxent == null) {
      throw new IOException("a categorizer without " + MAXENT_ENTRY);
    }
    List<LinearView> views = new ArrayList<>();
    for (String name : manifest.getProperty("views", "").split(",")) {
      if (name.isBlank()) {
        continue;
      }
      byte[] view = entries.get(viewEntry(name));
      if (view == null) {
        throw new IOException("a categorizer without " + viewEntry(name));
      }
      views.add(LinearView.read(new DataInputStream(new ByteArrayInputStream(view))));
    }
    try {
      return new QuestionCategorizer(openNlpModel(maxent), views);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage());
    }
  }

  /**
   * OpenNLP's model from its bytes; what OpenNLP throws at a file that is no model becomes an I/O
   * error.
   */
  private static DoccatModel openNlpModel(byte[] bytes) throws IOException {
    try {
      return new DoccatModel(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      throw new IOException("not a model written by `deskbot train`", e);
    }
  }

  private static String viewEntry(String name) {
    return "view-" + name.toLowerCase(Locale.ROOT) + ".bin";
  }

  /**
   * The model shipped in the jar, trained on the K-12 categories in {@code models/categories.csv}.
   */
  public static QuestionCategorizer shipped() {
    try (InputStream in =
        QuestionCategorizer.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            SHIPPED_RESOURCE
                + " is missing from the classpath (run `deskbot train --data models/categories.csv`)");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED_RESOURCE, e);
    }
  }

  /** The most likely category for a message, with every category's probability. */
  public Prediction categorize(String text) {
    String[] words = CategorizerText.words(Objects.requireNonNull(text, "text"));
    double[] probabilities = categorizer.get().categorize(words);
    for (LinearView view : views) {
      double[] p = view.probabilities(words);
      for (int c = 0; c < probabilities.length; c++) {
        probabilities[c] += p[c];
      }
    }
    for (int c = 0; c < probabilities.length; c++) {
      probabilities[c] /= views.size() + 1;
    }
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
    return new Prediction(
        categories.get(order[0]), probabilities[order[0]], Collections.unmodifiableMap(scores));
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
    Path temporary =
        target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        write(out);
      }
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private void write(OutputStream out) throws IOException {
    if (views.isEmpty()) {
      model.serialize(out);
      return;
    }
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.putNextEntry(new ZipEntry(CONTAINER_MANIFEST));
    Properties manifest = new Properties();
    manifest.setProperty("format", "1");
    manifest.setProperty(
        "views", String.join(",", views.stream().map(v -> v.features().name()).toList()));
    manifest.store(
        zip,
        "deskbot question categorizer: an OpenNLP model and linear views, probabilities averaged");
    zip.putNextEntry(new ZipEntry(MAXENT_ENTRY));
    model.serialize(
        new FilterOutputStream(zip) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() {
            // OpenNLP closes the stream it writes to; the zip has more entries to come
          }
        });
    for (LinearView view : views) {
      zip.putNextEntry(new ZipEntry(viewEntry(view.features().name())));
      DataOutputStream data = new DataOutputStream(zip);
      view.write(data);
      data.flush();
    }
    zip.finish();
  }

  /** The OpenNLP model, for callers that want OpenNLP's own API. */
  public DoccatModel model() {
    return model;
  }
}
