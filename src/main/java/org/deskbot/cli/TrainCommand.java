package org.deskbot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.deskbot.classify.CategorizerTrainer;
import org.deskbot.classify.Evaluation;
import org.deskbot.classify.LabeledCsv;
import org.deskbot.classify.LabeledExample;
import org.deskbot.classify.QuestionCategorizer;
import org.deskbot.classify.TextFeatures;
import org.deskbot.classify.TrainingDataException;
import org.deskbot.classify.TrainingSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code deskbot train}: trains the question categorizer from a {@code text,category} CSV file. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the question categorizer from a text,category CSV file. Reports on",
      "--test, or else on a held-out fifth of --data (stratified, fixed seed);",
      "the model written to --out is trained on all of --data.",
      "--json: accuracy, macro_f1, per_class {precision, recall, f1, support},",
      "train_seconds (training time of the measured model)."
    })
public final class TrainCommand implements Callable<Integer> {
  /** Share of --data held out for the report when there is no --test file. */
  static final double HELD_OUT_SHARE = 0.2;

  /** Seed of the held-out split, fixed so two runs report the same figures. */
  static final long SPLIT_SEED = 42;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE",
      description = "Training examples: a CSV file with the columns text and category.")
  Path data;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "models/categorizer.bin",
      description = "Where to write the model. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--test",
      paramLabel = "FILE",
      description = "Test examples, same columns. Default: a held-out fifth of --data.")
  Path test;

  @Option(names = "--json", description = "Print one JSON object instead of the report.")
  boolean json;

  @Override
  public Integer call() {
    List<LabeledExample> examples = read(data);
    requireCategories(examples, data);
    Plan plan =
        test != null ? new Plan(examples, read(test), test.toString()) : holdOutAFifth(examples);
    CategorizerTrainer trainer = new CategorizerTrainer();
    PrintStream progress = json ? new PrintStream(OutputStream.nullOutputStream()) : System.out;
    progress.println("setup: " + describe(trainer.setup()));
    progress.printf(
        "training on %,d examples in %d categories...%n",
        plan.train().size(), CategorizerTrainer.counts(plan.train()).size());

    long start = System.nanoTime();
    QuestionCategorizer measured = trainer.train(plan.train());
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    Evaluation evaluation = CategorizerTrainer.evaluate(measured, plan.measureOn());
    if (!json) {
      print(
          evaluation,
          "%s: %,d examples".formatted(plan.measuredOn(), plan.measureOn().size()),
          trainSeconds,
          System.out);
    }

    QuestionCategorizer written = measured;
    String how =
        "trained on all %,d examples of %s in %.1f s"
            .formatted(examples.size(), data, trainSeconds);
    if (plan.train().size() < examples.size()) {
      // the figures came from four fifths; the model people use should learn from everything
      progress.printf(
          "%nretraining on all %,d examples for the model to write...%n", examples.size());
      long again = System.nanoTime();
      written = trainer.train(examples);
      how =
          "retrained on all %,d examples of %s in %.1f s"
              .formatted(examples.size(), data, (System.nanoTime() - again) / 1e9);
    }
    save(written);
    if (json) {
      System.out.println(toJson(evaluation, trainSeconds).toString());
    } else {
      System.out.printf("%s; wrote %s (%s)%n", how, out, size(out));
    }
    return 0;
  }

  /** What to train the measured model on, what to measure it on, and how to name the latter. */
  private record Plan(
      List<LabeledExample> train, List<LabeledExample> measureOn, String measuredOn) {}

  private Plan holdOutAFifth(List<LabeledExample> examples) {
    CategorizerTrainer.Split split =
        CategorizerTrainer.stratifiedSplit(examples, HELD_OUT_SHARE, SPLIT_SEED);
    if (split.heldOut().isEmpty()) {
      throw new ExitException(
          ExitException.USAGE,
          data + ": too few examples per category to hold a fifth out; pass --test FILE");
    }
    return new Plan(
        split.train(),
        split.heldOut(),
        "a held-out fifth of " + data + " (stratified, seed " + SPLIT_SEED + ")");
  }

  private static List<LabeledExample> read(Path file) {
    try {
      List<LabeledExample> examples = LabeledCsv.read(file);
      if (examples.isEmpty()) {
        throw new ExitException(
            ExitException.USAGE, file + ": no examples (rows with both text and category)");
      }
      return examples;
    } catch (TrainingDataException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    } catch (IOException e) {
      throw new ExitException(ExitException.USAGE, file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  private static void requireCategories(List<LabeledExample> examples, Path file) {
    Map<String, Long> counts = CategorizerTrainer.counts(examples);
    if (counts.size() < 2) {
      throw new ExitException(
          ExitException.USAGE,
          file
              + ": training needs at least 2 categories, found "
              + counts.size()
              + " "
              + counts.keySet());
    }
  }

  private void save(QuestionCategorizer categorizer) {
    try {
      categorizer.save(out);
    } catch (IOException e) {
      throw new ExitException(
          ExitException.FAILED, "cannot write " + out + " (" + e.getMessage() + ")");
    }
  }

  static String describe(TrainingSetup s) {
    return "%s over %s, cutoff %d, at most %d iterations%s%s"
        .formatted(
            s.algorithm(),
            s.bigrams() ? "words, word pairs and pairs one word apart" : "words",
            s.cutoff(),
            s.iterations(),
            s.algorithm().equals("MAXENT_QN")
                ? ", L1 %s, L2 %s".formatted(s.l1Cost(), s.l2Cost())
                : "",
            s.views().isEmpty()
                ? ""
                : "; averaged with linear SVMs over "
                    + String.join(
                        " and ", s.views().stream().map(TextFeatures::description).toList()));
  }

  /** The report: headline figures, a per-category table and the confusion matrix. */
  static void print(Evaluation e, String measuredOn, double trainSeconds, PrintStream out) {
    out.printf("trained in %.1f s; measured on %s%n", trainSeconds, measuredOn);
    out.printf("accuracy %.3f, macro-F1 %.3f%n%n", e.accuracy(), e.macroF1());
    int width = Math.max(8, e.categories().stream().mapToInt(String::length).max().orElse(8));
    out.printf("    %-" + width + "s  precision  recall     f1  support%n", "category");
    int n = 1;
    for (Map.Entry<String, Evaluation.ClassScores> c : e.perClass().entrySet()) {
      Evaluation.ClassScores s = c.getValue();
      out.printf(
          "%2d  %-" + width + "s  %9.3f  %6.3f  %5.3f  %7d%n",
          n++,
          c.getKey(),
          s.precision(),
          s.recall(),
          s.f1(),
          s.support());
    }
    int[][] m = e.confusion();
    int cell =
        Math.max(
            4,
            String.valueOf(
                        java.util.Arrays.stream(m)
                            .flatMapToInt(java.util.Arrays::stream)
                            .max()
                            .orElse(0))
                    .length()
                + 1);
    out.printf("%nconfusion matrix (rows: true category, columns: predicted, numbered as above)%n");
    StringBuilder head = new StringBuilder("    ");
    for (int j = 0; j < m.length; j++) {
      head.append(("%" + cell + "d").formatted(j + 1));
    }
    out.println(head);
    for (int i = 0; i < m.length; i++) {
      StringBuilder row = new StringBuilder("%2d  ".formatted(i + 1));
      for (int v : m[i]) {
        row.append(("%" + cell + "d").formatted(v));
      }
      out.println(row);
    }
  }

  /** Exactly the keys the README promises: accuracy, macro_f1, per_class, train_seconds. */
  static ObjectNode toJson(Evaluation e, double trainSeconds) {
    ObjectNode o = CliFiles.JSON.createObjectNode();
    o.put("accuracy", round(e.accuracy()));
    o.put("macro_f1", round(e.macroF1()));
    ObjectNode perClass = o.putObject("per_class");
    e.perClass()
        .forEach(
            (category, s) -> {
              ObjectNode c = perClass.putObject(category);
              c.put("precision", round(s.precision()));
              c.put("recall", round(s.recall()));
              c.put("f1", round(s.f1()));
              c.put("support", s.support());
            });
    o.put("train_seconds", Math.round(trainSeconds * 10) / 10.0);
    return o;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static String size(Path file) {
    try {
      long bytes = Files.size(file);
      return bytes < 1_000_000
          ? "%d KB".formatted(Math.max(1, Math.round(bytes / 1e3)))
          : "%.1f MB".formatted(bytes / 1e6);
    } catch (IOException e) {
      return "size unknown";
    }
  }
}
