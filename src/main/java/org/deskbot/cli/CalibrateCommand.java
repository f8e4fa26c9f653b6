package org.deskbot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.deskbot.answer.Answer;
import org.deskbot.answer.Calibration;
import org.deskbot.answer.DecisionModel;
import org.deskbot.answer.Features;
import org.deskbot.config.Settings;
import org.deskbot.eval.EvalQuestion;
import org.deskbot.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code deskbot calibrate}: fits when to answer, suggest or escalate, from question sets. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Fit the answer / suggest / escalate decision on question sets (pairs of --content and --questions),",
      "report the figures on a held-out part, and write the model into --out (merged per search mode)."
    })
public final class CalibrateCommand implements Callable<Integer> {
  @Option(
      names = "--content",
      required = true,
      paramLabel = "DIR",
      description = "A content folder; repeat, one per --questions.")
  List<Path> contents;

  @Option(
      names = "--questions",
      required = true,
      paramLabel = "FILE",
      description = "Its question file; repeat.")
  List<Path> questionFiles;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "models/decision.json",
      description = "Where to write the model. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--semantic",
      paramLabel = "on|off",
      defaultValue = "on",
      description = "Calibrate for semantic search on or off. Default: ${DEFAULT-VALUE}.")
  String semantic;

  @Option(
      names = "--holdout",
      paramLabel = "SHARE",
      defaultValue = "0.3",
      description = "Share of each set held out for the report. Default: ${DEFAULT-VALUE}.")
  double holdout;

  @Override
  public Integer call() throws IOException {
    if (contents.size() != questionFiles.size()) {
      throw new ExitException(
          ExitException.USAGE,
          "give one --questions per --content (got "
              + contents.size()
              + " and "
              + questionFiles.size()
              + ")");
    }
    boolean semanticOn = !semantic.equalsIgnoreCase("off");
    List<Calibration.Example> train = new ArrayList<>();
    List<Evaluation.Outcome> held = new ArrayList<>();
    List<Calibration.Example> heldExamples = new ArrayList<>();
    int largest = 0;
    List<List<EvalQuestion>> sets = new ArrayList<>();
    for (Path q : questionFiles) {
      if (!Files.isRegularFile(q)) {
        throw new ExitException(ExitException.USAGE, "question file not found: " + q);
      }
      try {
        sets.add(EvalQuestion.read(q));
      } catch (IllegalArgumentException e) {
        throw new ExitException(ExitException.USAGE, e.getMessage());
      }
      largest = Math.max(largest, sets.getLast().size());
    }
    for (int k = 0; k < sets.size(); k++) {
      Path content = contents.get(k);
      if (!Files.isDirectory(content)) {
        throw new ExitException(ExitException.USAGE, "content folder not found: " + content);
      }
      List<EvalQuestion> qs = sets.get(k);
      // each set counts at least half as much as the largest, so a small teacher set is not drowned
      double weight = Math.max(1.0, 0.5 * largest / qs.size());
      Path temp = Files.createTempDirectory("deskbot-calibrate");
      try {
        Settings settings =
            Settings.load(temp, java.util.Map.of()).withContent(content).withSemantic(semanticOn);
        Wiring.ingest(settings);
        try (Wiring.Engine engine = Wiring.openEngine(settings)) {
          Random random = new Random(42 + k);
          for (EvalQuestion q : qs) {
            Answer a = engine.answers().answer(q.q(), Evaluation.DEPTH);
            Evaluation.Outcome o = Evaluation.judge(q, a);
            Calibration.Example e = example(o, weight);
            if (random.nextDouble() < holdout) {
              held.add(o);
              heldExamples.add(e);
            } else {
              train.add(e);
            }
          }
        }
      } catch (org.deskbot.config.ConfigException e) {
        throw new ExitException(ExitException.USAGE, e.getMessage());
      } finally {
        EvalCommand.deleteTree(temp);
      }
    }
    DecisionModel model = Calibration.fit(train, Calibration.Targets.DEFAULT);
    List<Evaluation.Outcome> redecided = new ArrayList<>();
    for (Evaluation.Outcome o : held) {
      Answer a = o.answer();
      double c = model.confidence(a.features());
      Answer again =
          new Answer(
              a.question(),
              a.cleaned(),
              a.language(),
              a.results().isEmpty() ? org.deskbot.answer.Decision.ESCALATE : model.decide(c),
              a.results(),
              c,
              a.millis(),
              a.features());
      redecided.add(
          new Evaluation.Outcome(
              o.question(), again, o.firstRightRank(), o.timeRight(), o.timeJudged()));
    }
    System.out.printf("trained on %d questions, held out %d%n", train.size(), held.size());
    System.out.println("held-out figures:");
    Evaluation.figures(redecided)
        .asMap()
        .forEach((k, v) -> System.out.printf("  %-20s %s%n", k, v));
    write(model, semanticOn ? "semantic" : "lexical");
    System.out.println("wrote " + out + " (" + (semanticOn ? "semantic" : "lexical") + ")");
    return 0;
  }

  private static Calibration.Example example(Evaluation.Outcome o, double weight) {
    boolean answerable = o.question().answerable();
    int rank = o.firstRightRank();
    Features f = o.answer().features();
    return new Calibration.Example(
        f, answerable && rank >= 1 && rank <= 3, answerable && rank == 1, answerable, weight);
  }

  private void write(DecisionModel model, String key) throws IOException {
    ObjectNode root;
    if (Files.isRegularFile(out)) {
      root = (ObjectNode) AskCommand.JSON.readTree(out.toFile());
    } else {
      root = AskCommand.JSON.createObjectNode();
    }
    root.put(
        "features",
        String.join(
            ",",
            "coverage",
            "title_coverage",
            "bm25_top",
            "bm25_margin",
            "cosine_top",
            "cosine_margin",
            "agree",
            "question_words"));
    root.set(key, model.toJson());
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(
        out, AskCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }
}
