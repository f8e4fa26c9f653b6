package org.deskbot.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Puts a teacher's message into one of the help desk's categories, with a model trained by
 * {@link CategorizerTrainer} ({@code deskbot train}). Safe to share between threads.
 *
 * <p>The model is one OpenNLP document categorizer or several whose probabilities are averaged
 * with fixed weights (an ensemble). One model is saved as OpenNLP's own file; several as a zip of
 * their OpenNLP files beside {@value #ENSEMBLE_ENTRY}, which names them and their weights.
 * {@link #load(Path)} reads either.
 */
public final class QuestionCategorizer {
  /** Where the model trained from {@code models/categories.csv} sits on the classpath. */
  public static final String SHIPPED_RESOURCE = "models/categorizer.bin";
  /** The entry that makes a zip an ensemble rather than one OpenNLP model (whose zips never have it). */
  static final String ENSEMBLE_ENTRY = "deskbot-ensemble.properties";
  private static final String FORMAT = "deskbot-ensemble-1";

  /** One model of the ensemble and the weight of its probabilities in the average. */
  public record Member(DoccatModel model, double weight) {
    public Member {
      Objects.requireNonNull(model, "model");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("a member's weight must be positive: " + weight);
      }
    }
  }

  private final List<Member> members;
  private final List<String> categories;
  /** Per member: where each of {@link #categories} sits in that member's probabilities. */
  private final int[][] positions;
  // DocumentCategorizerME keeps per-call state and is not thread-safe; the models it reads are.
  private final ThreadLocal<DocumentCategorizerME[]> categorizers;

  /** A categorizer over one model in memory, as the trainer returns it. */
  public QuestionCategorizer(DoccatModel model) {
    this(List.of(new Member(model, 1)));
  }

  /**
   * A categorizer that averages its members' probabilities, weighted. Every member must know the
   * same categories; the first member's order is the categorizer's.
   */
  public QuestionCategorizer(List<Member> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a categorizer needs at least one model");
    }
    this.members = List.copyOf(members);
    this.categorizers = ThreadLocal.withInitial(() ->
        this.members.stream().map(m -> new DocumentCategorizerME(m.model())).toArray(DocumentCategorizerME[]::new));
    DocumentCategorizerME[] mes = categorizers.get();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < mes[0].getNumberOfCategories(); i++) {
      names.add(mes[0].getCategory(i));
    }
    this.categories = List.copyOf(names);
    this.positions = new int[mes.length][names.size()];
    for (int m = 0; m < mes.length; m++) {
      if (mes[m].getNumberOfCategories() != names.size()) {
        throw new IllegalArgumentException("model " + (m + 1) + " knows " + mes[m].getNumberOfCategories() + " categories, the first " + names.size());
      }
      for (int c = 0; c < names.size(); c++) {
        int at = mes[m].getIndex(names.get(c));
        if (at < 0) {
          throw new IllegalArgumentException("model " + (m + 1) + " does not know the category " + names.get(c));
        }
        positions[m][c] = at;
      }
    }
  }

  /** Loads a model file written by {@link #save}: one OpenNLP model or an ensemble. */
  public static QuestionCategorizer load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    }
  }

  /** Loads a model from a stream (a classpath resource, say). */
  public static QuestionCategorizer load(InputStream in) throws IOException {
    SkipPairsFeatureGenerator.trust();
    byte[] bytes = in.readAllBytes();
    Map<String, byte[]> entries = ensembleEntries(bytes);
    if (entries == null) {
      return new QuestionCategorizer(new DoccatModel(new ByteArrayInputStream(bytes)));
    }
    Properties manifest = new Properties();
    manifest.load(new ByteArrayInputStream(entries.get(ENSEMBLE_ENTRY)));
    if (!FORMAT.equals(manifest.getProperty("format"))) {
      throw new IOException("unknown categorizer format: " + manifest.getProperty("format"));
    }
    List<Member> members = new ArrayList<>();
    try {
      int count = Integer.parseInt(manifest.getProperty("members", "0"));
      for (int i = 1; i <= count; i++) {
        String name = manifest.getProperty("member." + i + ".file");
        byte[] model = name == null ? null : entries.get(name);
        if (model == null) {
          throw new IOException("the ensemble lacks member " + i + " (" + name + ")");
        }
        members.add(new Member(new DoccatModel(new ByteArrayInputStream(model)), Double.parseDouble(manifest.getProperty("member." + i + ".weight"))));
      }
      return new QuestionCategorizer(members);
    } catch (NumberFormatException | NullPointerException e) {
      throw new IOException("the ensemble's manifest is malformed: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IOException("the ensemble is inconsistent: " + e.getMessage(), e);
    }
  }

  /** The entries of an ensemble zip, or null when the bytes are not one (a plain OpenNLP model). */
  private static Map<String, byte[]> ensembleEntries(byte[] bytes) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    } catch (ZipException e) {
      return null; // not a zip at all: let OpenNLP say what is wrong with it
    }
    return entries.containsKey(ENSEMBLE_ENTRY) ? entries : null;
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
    String[] words = CategorizerText.words(Objects.requireNonNull(text, "text"));
    DocumentCategorizerME[] mes = categorizers.get();
    double[] probabilities = new double[categories.size()];
    double total = 0;
    for (int m = 0; m < mes.length; m++) {
      double[] own = mes[m].categorize(words);
      double weight = members.get(m).weight();
      for (int c = 0; c < probabilities.length; c++) {
        probabilities[c] += weight * own[positions[m][c]];
      }
      total += weight;
    }
    for (int c = 0; c < probabilities.length; c++) {
      probabilities[c] /= total;
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
        write(out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private void write(OutputStream out) throws IOException {
    if (members.size() == 1) {
      members.get(0).model().serialize(out); // the format older releases read
      return;
    }
    StringBuilder manifest = new StringBuilder("format=" + FORMAT + "\nmembers=" + members.size() + "\n");
    ZipOutputStream zip = new ZipOutputStream(out);
    for (int i = 1; i <= members.size(); i++) {
      String name = "member-" + i + ".bin";
      manifest.append("member.").append(i).append(".file=").append(name).append('\n');
      manifest.append("member.").append(i).append(".weight=").append(members.get(i - 1).weight()).append('\n');
      ByteArrayOutputStream model = new ByteArrayOutputStream();
      members.get(i - 1).model().serialize(model);
      entry(zip, name, model.toByteArray());
    }
    entry(zip, ENSEMBLE_ENTRY, manifest.toString().getBytes(StandardCharsets.ISO_8859_1));
    zip.finish();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(0); // the same models make the same file
    zip.putNextEntry(e);
    zip.write(bytes);
    zip.closeEntry();
  }

  /** The members and their weights; one member for a plain OpenNLP model. */
  public List<Member> members() {
    return members;
  }
}
