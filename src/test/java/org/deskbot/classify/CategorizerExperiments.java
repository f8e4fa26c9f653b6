package org.deskbot.classify;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Not a test: the harness the categorizer's setup was chosen with, on the dev fifth of the ticket
 * file (the split {@code deskbot train} reports on). Run one training at a time:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.deskbot.classify.CategorizerExperiments OUTDIR SPEC...
 * </pre>
 *
 * A spec is {@code ALGORITHM:FEATURES:CUTOFF:ITERATIONS:L1:L2}, the features joined by '+': w
 * words, b pairs, s skip pairs, t triples, cN-M letter n-grams inside words, gN the words before
 * the first greeting (the subject line, at most N), hN the first N words, r words said more than
 * once, u each feature once per ticket instead of counted, oSEED the training examples shuffled.
 * Each run prints accuracy, macro-F1, training seconds and model size and writes the dev
 * probabilities (categories sorted, one ticket a line; truth.txt beside them) to OUTDIR/SPEC.probs,
 * so averages of several models can be scored without training again. {@code -DtrainShare=0.75}
 * trains on that share of the four fifths and measures on the same fifth (a learning curve); {@code
 * -Ddata=FILE} another file; {@code -Dseed=N} another split than {@code deskbot train}'s (seed 42).
 * A spec {@code view=WORDS} or {@code view=LETTERS} trains one of the linear views {@code deskbot
 * train} averages with the OpenNLP model. A spec {@code avg=SPEC,SPEC,...} scores the average of
 * earlier runs' probabilities.
 */
public final class CategorizerExperiments {
  private CategorizerExperiments() {}

  public static void main(String[] args) throws Exception {
    SkipPairsFeatureGenerator.trust();
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    List<LabeledExample> examples =
        LabeledCsv.read(Path.of(System.getProperty("data", "../shared/eval/tickets/train.csv")));
    CategorizerTrainer.Split split =
        CategorizerTrainer.stratifiedSplit(examples, 0.2, Long.getLong("seed", 42));
    double share = Double.parseDouble(System.getProperty("trainShare", "1"));
    if (share
        < 1) { // a learning curve: train on part of the four fifths, measure on the same fifth
      split =
          new CategorizerTrainer.Split(
              CategorizerTrainer.stratifiedSplit(split.train(), 1 - share, 7).train(),
              split.heldOut());
    }
    List<String> categories =
        new ArrayList<>(new TreeSet<>(CategorizerTrainer.counts(examples).keySet()));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("truth.txt")))) {
      for (LabeledExample e : split.heldOut()) {
        w.println(categories.indexOf(e.category()));
      }
    }
    for (int a = 1; a < args.length; a++) {
      if (args[a].startsWith("avg=")) {
        average(args[a].substring(4).split(","), split.heldOut(), categories, out);
      } else if (args[a].startsWith("view=")) {
        view(TextFeatures.valueOf(args[a].substring(5)), split, categories, out);
      } else {
        run(args[a], split, categories, out);
      }
    }
  }

  private static void run(
      String spec, CategorizerTrainer.Split split, List<String> categories, Path out)
      throws Exception {
    String[] p = spec.split(":");
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, p[0]);
    params.put(TrainingParameters.CUTOFF_PARAM, Integer.parseInt(p[2]));
    params.put(TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(p[3]));
    if (p[0].equals(QNTrainer.MAXENT_QN_VALUE)) {
      params.put(QNTrainer.L1COST_PARAM, Double.parseDouble(p[4]));
      params.put(QNTrainer.L2COST_PARAM, Double.parseDouble(p[5]));
      params.put(QNTrainer.THREADS_PARAM, 2);
    }
    List<FeatureGenerator> gens = new ArrayList<>();
    boolean presence = false;
    Long shuffleSeed = null;
    for (String f : p[1].split("\\+")) {
      switch (f.charAt(0)) {
        case 'w' -> gens.add(new BagOfWordsFeatureGenerator());
        case 'b' -> gens.add(new NGramFeatureGenerator());
        case 's' -> gens.add(new SkipPairsFeatureGenerator());
        case 't' -> gens.add(new NGramFeatureGenerator(3, 3));
        case 'u' -> presence = true;
        case 'o' -> shuffleSeed = Long.parseLong(f.substring(1));
        case 'r' -> gens.add(new Repeated());
        case 'h' -> gens.add(new Head(Integer.parseInt(f.substring(1))));
        case 'g' -> gens.add(new Title(Integer.parseInt(f.substring(1))));
        case 'c' -> {
          String[] r = f.substring(1).split("-");
          gens.add(new Letters(Integer.parseInt(r[0]), Integer.parseInt(r[1])));
        }
        default -> throw new IllegalArgumentException(f);
      }
    }
    if (presence) {
      gens.replaceAll(Unique::new);
    }
    List<DocumentSample> samples = new ArrayList<>();
    for (LabeledExample e : split.train()) {
      samples.add(new DocumentSample(e.category(), CategorizerText.words(e.text())));
    }
    if (shuffleSeed != null) {
      Collections.shuffle(samples, new Random(shuffleSeed));
    }
    long start = System.nanoTime();
    DoccatModel model =
        DocumentCategorizerME.train(
            "en",
            new CollectionObjectStream<>(samples),
            params,
            new DoccatFactory(gens.toArray(FeatureGenerator[]::new)));
    double seconds = (System.nanoTime() - start) / 1e9;
    MaxentModel me = model.getMaxentModel();
    int[] index = new int[categories.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = me.getIndex(categories.get(i));
    }
    List<String> truth = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(out.resolve(spec.replace(':', '_') + ".probs")))) {
      for (LabeledExample e : split.heldOut()) {
        String[] words = CategorizerText.words(e.text());
        List<String> context = new ArrayList<>();
        for (FeatureGenerator g : gens) {
          context.addAll(g.extractFeatures(words, Map.of()));
        }
        double[] probs = me.eval(context.toArray(String[]::new));
        double[] sorted = new double[index.length];
        for (int i = 0; i < index.length; i++) {
          sorted[i] = probs[index[i]];
        }
        w.println(line(sorted));
        String best = me.getBestOutcome(probs);
        truth.add(e.category());
        predicted.add(best);
      }
    }
    Evaluation ev = Evaluation.of(truth, predicted);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      model.serialize(bytes);
    } catch (Exception ex) {
      bytes.reset();
    }
    System.out.printf(
        Locale.ROOT,
        "%-40s acc %.4f  macroF1 %.4f  %6.1f s  %5.1f MB%n",
        spec,
        ev.accuracy(),
        ev.macroF1(),
        seconds,
        bytes.size() / 1e6);
  }

  /**
   * One of the linear views {@code deskbot train} trains beside the maximum-entropy model, alone.
   */
  private static void view(
      TextFeatures features, CategorizerTrainer.Split split, List<String> categories, Path out)
      throws Exception {
    List<String[]> words =
        split.train().stream().map(e -> CategorizerText.words(e.text())).toList();
    int[] labels = split.train().stream().mapToInt(e -> categories.indexOf(e.category())).toArray();
    long start = System.nanoTime();
    LinearView view = LinearView.train(features, words, labels, categories.size());
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> truth = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(out.resolve("view=" + features + ".probs")))) {
      for (LabeledExample e : split.heldOut()) {
        double[] probs = view.probabilities(CategorizerText.words(e.text()));
        int best = 0;
        for (int i = 1; i < probs.length; i++) {
          best = probs[i] > probs[best] ? i : best;
        }
        w.println(line(probs));
        truth.add(e.category());
        predicted.add(categories.get(best));
      }
    }
    Evaluation ev = Evaluation.of(truth, predicted);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    view.write(new java.io.DataOutputStream(bytes));
    System.out.printf(
        Locale.ROOT,
        "%-40s acc %.4f  macroF1 %.4f  %6.1f s  %5.1f MB (%,d features)%n",
        "view=" + features,
        ev.accuracy(),
        ev.macroF1(),
        seconds,
        bytes.size() / 1e6,
        view.vocabulary().size());
  }

  /** One ticket's probabilities, categories sorted, as a line of the .probs file. */
  private static String line(double[] probs) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < probs.length; i++) {
      line.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6g", probs[i]));
    }
    return line.toString();
  }

  /** Scores the average of the probabilities earlier runs wrote (specs joined by commas). */
  private static void average(
      String[] specs, List<LabeledExample> heldOut, List<String> categories, Path out)
      throws Exception {
    double[][] sum = new double[heldOut.size()][categories.size()];
    for (String spec : specs) {
      List<String> lines = Files.readAllLines(out.resolve(spec.replace(':', '_') + ".probs"));
      for (int i = 0; i < sum.length; i++) {
        String[] values = lines.get(i).split(" ");
        for (int c = 0; c < values.length; c++) {
          sum[i][c] += Double.parseDouble(values[c]);
        }
      }
    }
    List<String> truth = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (int i = 0; i < sum.length; i++) {
      int best = 0;
      for (int c = 1; c < sum[i].length; c++) {
        best = sum[i][c] > sum[i][best] ? c : best;
      }
      truth.add(heldOut.get(i).category());
      predicted.add(categories.get(best));
    }
    Evaluation ev = Evaluation.of(truth, predicted);
    System.out.printf(
        Locale.ROOT,
        "average of %d: acc %.4f  macroF1 %.4f  (%s)%n",
        specs.length,
        ev.accuracy(),
        ev.macroF1(),
        String.join(" + ", specs));
  }

  /** Each feature once per document: presence rather than counts. */
  public static final class Unique implements FeatureGenerator {
    private final FeatureGenerator inner;

    Unique(FeatureGenerator inner) {
      this.inner = inner;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extra) {
      return new ArrayList<>(new LinkedHashSet<>(inner.extractFeatures(words, extra)));
    }
  }

  /** Words a document says more than once, once each. */
  public static final class Repeated implements FeatureGenerator {
    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extra) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String w : words) {
        counts.merge(w, 1, Integer::sum);
      }
      List<String> f = new ArrayList<>();
      counts.forEach(
          (w, c) -> {
            if (c > 1) {
              f.add("rep=" + w);
            }
          });
      return f;
    }
  }

  /** The first n words, marked. */
  public static final class Head implements FeatureGenerator {
    private final int n;

    Head(int n) {
      this.n = n;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extra) {
      List<String> f = new ArrayList<>();
      for (int i = 0; i < Math.min(n, words.length); i++) {
        f.add("head=" + words[i]);
      }
      return f;
    }
  }

  /** The words before the first greeting (at most n), marked: the ticket's subject line. */
  public static final class Title implements FeatureGenerator {
    private static final Set<String> GREETINGS =
        Set.of("hi", "hello", "dear", "hey", "good", "greetings", "hallo");
    private final int n;

    Title(int n) {
      this.n = n;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extra) {
      List<String> f = new ArrayList<>();
      for (int i = 0; i < Math.min(n, words.length) && !GREETINGS.contains(words[i]); i++) {
        f.add("title=" + words[i]);
      }
      return f;
    }
  }

  /** Letter n-grams of each word with boundary marks. */
  public static final class Letters implements FeatureGenerator {
    private final int min;
    private final int max;

    public Letters() {
      this(3, 5);
    }

    Letters(int min, int max) {
      this.min = min;
      this.max = max;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extra) {
      List<String> f = new ArrayList<>();
      for (String word : words) {
        String m = "<" + word + ">";
        for (int n = min; n <= max; n++) {
          for (int i = 0; i + n <= m.length(); i++) {
            f.add("ch=" + m.substring(i, i + n));
          }
        }
      }
      return f;
    }
  }
}
