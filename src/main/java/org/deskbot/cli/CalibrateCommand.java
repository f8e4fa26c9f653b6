package org.deskbot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

/**
 * {@code deskbot calibrate}: fits when to answer, suggest or escalate, from content alone or from
 * labelled question sets, and reports the figures on items that were not used to fit.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Fit the answer / suggest / escalate decision and write it into --out (merged per search mode).",
      "With --content alone: from the content's own phrasings (FAQ questions and aliases, tip headings,",
      "chapter and lesson titles), asked with their item in the index, with the item indexed without",
      "any of its phrasings, and with the item held out.",
      "With --questions (one per --content): from labelled questions.",
      "The figures printed are measured on items held out of the fit (folds by item, never by question).",
      "With --from-log: refit the thresholds from what the home's teachers did (That solved it, and",
      "resolved tickets) and write a proposal beside the home's decision; --apply puts it in use."
    })
public final class CalibrateCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin HomeOptions home;

  @Option(
      names = "--from-log",
      description =
          "Refit from the home's log (--home) and write a proposal; nothing changes until --apply.")
  boolean fromLog;

  @Option(
      names = "--apply",
      description = "Put the home's waiting proposal (from --from-log) in use.")
  boolean apply;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "A content folder; repeat (one per --questions when questions are given).")
  List<Path> contents = new ArrayList<>();

  @Option(
      names = "--questions",
      paramLabel = "FILE",
      description = "A labelled question file for the --content at the same position; repeat.")
  List<Path> questionFiles = new ArrayList<>();

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

  /**
   * In content-only calibration every phrasing is asked both ways; real questions are more often
   * answerable. The unanswerable ones are weighted to this share, the one the StackFAQ and demo
   * question sets both show (about one in five).
   */
  static final double UNANSWERABLE_SHARE = 0.2;

  @Override
  public Integer call() throws IOException {
    int modes = (fromLog ? 1 : 0) + (apply ? 1 : 0) + (contents.isEmpty() ? 0 : 1);
    if (modes != 1) {
      throw new ExitException(
          ExitException.USAGE, "give one of --content DIR, --from-log or --apply");
    }
    if (fromLog) {
      return fromLog(home.settings());
    }
    if (apply) {
      return apply(home.settings());
    }
    if (!questionFiles.isEmpty() && contents.size() != questionFiles.size()) {
      throw new ExitException(
          ExitException.USAGE,
          "give one --questions per --content, or none to calibrate from the content alone (got "
              + contents.size()
              + " and "
              + questionFiles.size()
              + ")");
    }
    for (Path c : contents) {
      if (!Files.isDirectory(c)) {
        throw new ExitException(ExitException.USAGE, "content folder not found: " + c);
      }
    }
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
    }
    boolean semanticOn = !semantic.equalsIgnoreCase("off");
    Settings base;
    try {
      base = Settings.load(null, System.getenv()).withSemantic(semanticOn);
    } catch (org.deskbot.config.ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
    long started = System.nanoTime();
    List<List<ContentCalibration.Labelled>> labelled = new ArrayList<>();
    for (int k = 0; k < contents.size(); k++) {
      labelled.add(
          sets.isEmpty()
              ? ContentCalibration.collect(base, contents.get(k))
              : fromQuestions(base, contents.get(k), sets.get(k)));
    }
    List<List<Calibration.Example>> examples =
        weighted(labelled, sets.isEmpty(), UNANSWERABLE_SHARE);
    System.out.printf(
        "%s: %s%n",
        sets.isEmpty() ? "from the content alone" : "from labelled questions", describe(labelled));
    // figures on held-out items: fit on the other folds, decide this fold's questions
    List<Evaluation.Outcome> held = new ArrayList<>();
    List<DecisionModel> foldModels = new ArrayList<>();
    List<Evaluation.Outcome> raw = new ArrayList<>();
    for (int fold = 0; fold < ContentCalibration.FOLDS; fold++) {
      List<Calibration.Example> train = new ArrayList<>();
      for (int s = 0; s < labelled.size(); s++) {
        for (int i = 0; i < labelled.get(s).size(); i++) {
          if (labelled.get(s).get(i).fold() != fold) {
            train.add(examples.get(s).get(i));
          }
        }
      }
      DecisionModel m = Calibration.fit(train, Calibration.Targets.DEFAULT);
      for (List<ContentCalibration.Labelled> set : labelled) {
        for (ContentCalibration.Labelled l : set) {
          if (l.fold() == fold) {
            held.add(Evaluation.redecide(l.outcome(), m));
            raw.add(l.outcome());
            foldModels.add(m);
          }
        }
      }
    }
    System.out.printf(
        "figures on held-out items (%d folds by item: each fitted without the items it is measured"
            + " on):%n",
        ContentCalibration.FOLDS);
    Evaluation.figures(held).asMap().entrySet().stream()
        .filter(e -> !e.getKey().endsWith("_ms"))
        .forEach(e -> System.out.printf("  %-20s %s%n", e.getKey(), e.getValue()));
    List<DecisionModel.Setting> curve = curve(raw, foldModels);
    printCurve(curve);
    List<Calibration.Example> all = new ArrayList<>();
    examples.forEach(all::addAll);
    DecisionModel model =
        Calibration.fit(all, Calibration.Targets.DEFAULT).measured(curve, fittedOn(labelled, sets));
    write(model, semanticOn ? "semantic" : "lexical");
    System.out.printf(
        "wrote %s (%s) in %.1f s%n",
        out, semanticOn ? "semantic" : "lexical", (System.nanoTime() - started) / 1e9);
    return 0;
  }

  /**
   * {@code --from-log}: the thresholds refitted on the home's labelled events, measured before and
   * after on each half of the events (fitted on the other half), written as a proposal.
   */
  private int fromLog(Settings settings) throws IOException {
    LogCalibration.Collected c = LogCalibration.collect(settings);
    LogCalibration.Counts n = c.counts();
    System.out.printf(
        "the log: %d labelled events (%d \"That solved it\", %d resolved tickets naming the item that"
            + " answered, %d resolved tickets the content had no answer for); %d questions say"
            + " nothing about the decision (no feedback, ticket not resolved, text purged)%n",
        n.events(), n.solved(), n.ticketsAnswerable(), n.ticketsWithoutAnswer(), n.skipped());
    int without = n.ticketsWithoutAnswer();
    if (n.events() < LogCalibration.MIN_EVENTS
        || n.answerable() < LogCalibration.MIN_EACH
        || without < LogCalibration.MIN_EACH) {
      throw new ExitException(
          ExitException.FAILED,
          ("not enough events to refit: need %d in all with %d answerable and %d without an answer"
                  + " (have %d, %d and %d); the decision in use is unchanged")
              .formatted(
                  LogCalibration.MIN_EVENTS,
                  LogCalibration.MIN_EACH,
                  LogCalibration.MIN_EACH,
                  n.events(),
                  n.answerable(),
                  without));
    }
    DecisionModel current = Wiring.calibratedModel(settings);
    List<Evaluation.Outcome> before = new ArrayList<>();
    List<Evaluation.Outcome> after = new ArrayList<>();
    for (int half = 0; half < 2; half++) {
      List<Calibration.Example> train = new ArrayList<>();
      for (ContentCalibration.Labelled l : c.labelled()) {
        if (l.fold() != half) train.add(l.outcome().asExample(1));
      }
      DecisionModel fitted =
          Calibration.refitThresholds(current, train, Calibration.Targets.DEFAULT);
      for (ContentCalibration.Labelled l : c.labelled()) {
        if (l.fold() == half) {
          before.add(Evaluation.redecide(l.outcome(), current));
          after.add(Evaluation.redecide(l.outcome(), fitted));
        }
      }
    }
    var beforeFigures = decisionFigures(before);
    var afterFigures = decisionFigures(after);
    System.out.println(
        "on held-out events (two halves by item, each measured with thresholds fitted on the other):");
    System.out.printf("  %-20s %10s %10s%n", "", "in use", "proposed");
    beforeFigures.forEach(
        (k, v) ->
            System.out.printf("  %-20s %10s %10s%n", k, shortly(v), shortly(afterFigures.get(k))));
    System.out.println("  " + verdict(beforeFigures, afterFigures));
    List<Calibration.Example> all =
        c.labelled().stream().map(l -> l.outcome().asExample(1)).toList();
    DecisionModel proposed =
        Calibration.refitThresholds(current, all, Calibration.Targets.DEFAULT)
            .measured(
                current.curve(),
                (current.fittedOn().isEmpty() ? "" : current.fittedOn() + "; ")
                    + "thresholds refitted on this home's log (%d events)".formatted(n.events()));
    String key = settings.semantic() ? "semantic" : "lexical";
    new org.deskbot.answer.DecisionProposal(
            key,
            proposed,
            n.events(),
            CliFiles.JSON.valueToTree(beforeFigures),
            CliFiles.JSON.valueToTree(afterFigures),
            java.time.Instant.now())
        .write(settings.modelsDir());
    System.out.printf(
        "proposed: answer at %.3f, suggest at %.3f (in use: %.3f, %.3f); wrote %s%n"
            + "nothing changes until the team applies it: deskbot calibrate --apply --home %s, or"
            + " the dashboard's Content page%n",
        proposed.answerAt(),
        proposed.suggestAt(),
        current.answerAt(),
        current.suggestAt(),
        settings.modelsDir().resolve(org.deskbot.answer.DecisionProposal.FILE),
        settings.home());
    return 0;
  }

  /**
   * What the held-out figures say, in one line: a proposal that answers fewer questions right or
   * hands over worse (by more than 0.05, about one question in twenty) is not advised.
   */
  static String verdict(Map<String, Object> before, Map<String, Object> after) {
    double right =
        (double) after.get("answered_correctly") - (double) before.get("answered_correctly");
    double f1 = (double) after.get("escalate_f1") - (double) before.get("escalate_f1");
    if (right < -0.05 || f1 < -0.05) {
      return "not advised: on held-out events the proposal %s; keep the decision in use"
          .formatted(
              right < -0.05
                  ? "answers fewer questions right (%+.3f)".formatted(right)
                  : "hands over worse (escalate F1 %+.3f)".formatted(f1));
    }
    return "on held-out events the proposal changes answered correctly by %+.3f and escalate F1 by %+.3f"
        .formatted(right, f1);
  }

  /** A figure for a column: decisions as answer/suggest/escalate counts. */
  private static String shortly(Object v) {
    return v instanceof Map<?, ?> m
        ? m.get("answer") + "/" + m.get("suggest") + "/" + m.get("escalate")
        : String.valueOf(v);
  }

  /** The figures a decision changes, on labelled log events. */
  private static Map<String, Object> decisionFigures(List<Evaluation.Outcome> outcomes) {
    Map<String, Object> all = Evaluation.figures(outcomes).asMap();
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (String k :
        List.of(
            "questions",
            "answerable",
            "escalate_precision",
            "escalate_recall",
            "escalate_f1",
            "answered_correctly",
            "decisions")) {
      out.put(k, all.get(k));
    }
    return out;
  }

  /** {@code --apply}: the waiting proposal replaces the home's decision. */
  private int apply(Settings settings) throws IOException {
    var applied =
        org.deskbot.answer.DecisionProposal.apply(settings.modelsDir(), Wiring.shippedDecision());
    if (applied.isEmpty()) {
      throw new ExitException(
          ExitException.FAILED,
          "no proposal waiting in "
              + settings.modelsDir()
              + ": run deskbot calibrate --from-log first");
    }
    System.out.printf(
        "applied: %s decision now answers at %.3f and suggests at %.3f (%s); a running server"
            + " uses it from its next start%n",
        applied.get().key(),
        applied.get().model().answerAt(),
        applied.get().model().suggestAt(),
        settings.modelsDir().resolve(org.deskbot.answer.DecisionProposal.DECISION));
    return 0;
  }

  /** The settings of {@code search.answer_bias} the curve is measured at. */
  static final double[] BIASES = {-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1};

  /**
   * At each bias setting, on the held-out questions (each decided by the model fitted without its
   * item): the share of answerable ones answered or suggested with a right link in the top 3, and
   * the share of unanswerable ones answered or suggested.
   */
  static List<DecisionModel.Setting> curve(
      List<Evaluation.Outcome> held, List<DecisionModel> models) {
    List<DecisionModel.Setting> out = new ArrayList<>();
    for (double bias : BIASES) {
      int answerable = 0, right = 0, unanswerable = 0, wrong = 0;
      for (int i = 0; i < held.size(); i++) {
        Evaluation.Outcome o = Evaluation.redecide(held.get(i), models.get(i).withBias(bias));
        boolean escalated = o.answer().decision() == org.deskbot.answer.Decision.ESCALATE;
        if (o.question().answerable()) {
          answerable++;
          if (!escalated && o.firstRightRank() >= 1 && o.firstRightRank() <= 3) right++;
        } else {
          unanswerable++;
          if (!escalated) wrong++;
        }
      }
      out.add(
          new DecisionModel.Setting(
              bias,
              answerable == 0 ? 0 : (double) right / answerable,
              unanswerable == 0 ? 0 : (double) wrong / unanswerable));
    }
    return out;
  }

  private static void printCurve(List<DecisionModel.Setting> curve) {
    System.out.println(
        "search.answer_bias on held-out items (answered right: answerable questions answered or"
            + " suggested with a right link in the top 3; wrongly answered: questions without an"
            + " answer not escalated):");
    System.out.printf("  %11s  %14s  %16s%n", "answer_bias", "answered right", "wrongly answered");
    for (DecisionModel.Setting s : curve) {
      System.out.printf(
          "  %+11.2f  %14.3f  %16.3f%n", s.bias(), s.answeredRight(), s.wronglyAnswered());
    }
  }

  private String fittedOn(
      List<List<ContentCalibration.Labelled>> labelled, List<List<EvalQuestion>> sets) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < contents.size(); k++) {
      Path c = contents.get(k).toAbsolutePath().normalize();
      String name =
          c.getParent() == null
              ? c.toString()
              : c.getParent().getFileName() + "/" + c.getFileName();
      long items =
          labelled.get(k).stream().map(ContentCalibration.Labelled::group).distinct().count();
      parts.add(
          sets.isEmpty()
              ? "%s (its own phrasings, %d items)".formatted(name, items)
              : "%s with %s (%d questions about %d items)"
                  .formatted(
                      name, questionFiles.get(k).getFileName(), labelled.get(k).size(), items));
    }
    return (sets.isEmpty() ? "content alone: " : "labelled questions: ") + String.join("; ", parts);
  }

  /** Answers a labelled question set over its content; folds by the item each question is about. */
  private static List<ContentCalibration.Labelled> fromQuestions(
      Settings base, Path content, List<EvalQuestion> qs) throws IOException {
    List<String> items =
        new ArrayList<>(new LinkedHashSet<>(qs.stream().map(q -> q.item()).toList()));
    Collections.shuffle(items, new Random(42));
    Map<String, Integer> folds = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      folds.put(items.get(i), i % ContentCalibration.FOLDS);
    }
    Path temp = Files.createTempDirectory("deskbot-calibrate");
    try {
      Settings settings =
          Settings.load(temp, Map.of())
              .withContent(content)
              .withSemantic(base.semantic())
              .withModel(base.model());
      Wiring.ingest(settings);
      List<ContentCalibration.Labelled> out = new ArrayList<>();
      try (Wiring.Engine engine = Wiring.openEngine(settings)) {
        for (EvalQuestion q : qs) {
          Answer a = engine.answers().answer(q.q(), Evaluation.DEPTH);
          out.add(
              new ContentCalibration.Labelled(
                  Evaluation.judge(q, a), q.item(), folds.get(q.item())));
        }
      }
      return out;
    } catch (org.deskbot.config.ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    } finally {
      CliFiles.deleteTree(temp);
    }
  }

  /**
   * The examples of each set, weighted so that every set counts as much as the largest, and in
   * content-only sets the unanswerable questions count for {@code share}.
   */
  static List<List<Calibration.Example>> weighted(
      List<List<ContentCalibration.Labelled>> labelled, boolean contentOnly, double share) {
    int largest = labelled.stream().mapToInt(List::size).max().orElse(1);
    List<List<Calibration.Example>> out = new ArrayList<>();
    for (List<ContentCalibration.Labelled> set : labelled) {
      long answerable = set.stream().filter(l -> l.outcome().question().answerable()).count();
      long unanswerable = set.size() - answerable;
      double scale = (double) largest / Math.max(1, set.size());
      double wu = scale;
      long unseen =
          set.stream().filter(l -> l.asking() == ContentCalibration.Asking.UNSEEN).count();
      double wSeen = scale, wUnseen = scale;
      if (contentOnly && answerable > 0 && unanswerable > 0) {
        // half the answerable weight on phrasings indexed verbatim, half on phrasings never seen:
        // a teacher's wording lies between the two
        double seen = answerable - unseen;
        wSeen = scale * set.size() * (1 - share) / (unseen > 0 ? 2 * seen : seen);
        wUnseen = unseen > 0 ? scale * set.size() * (1 - share) / (2 * unseen) : 0;
        wu = scale * set.size() * share / unanswerable;
      }
      List<Calibration.Example> examples = new ArrayList<>();
      for (ContentCalibration.Labelled l : set) {
        double w =
            switch (l.asking()) {
              case SEEN -> wSeen;
              case UNSEEN -> wUnseen;
              case HELD_OUT -> wu;
            };
        examples.add(l.outcome().asExample(w));
      }
      out.add(examples);
    }
    return out;
  }

  private static String describe(List<List<ContentCalibration.Labelled>> labelled) {
    List<String> parts = new ArrayList<>();
    for (List<ContentCalibration.Labelled> set : labelled) {
      long answerable = set.stream().filter(l -> l.outcome().question().answerable()).count();
      long items = set.stream().map(ContentCalibration.Labelled::group).distinct().count();
      parts.add(
          "%d questions about %d items (%d answerable, %d not)"
              .formatted(set.size(), items, answerable, set.size() - answerable));
    }
    return String.join("; ", parts);
  }

  private void write(DecisionModel model, String key) throws IOException {
    ObjectNode root;
    if (Files.isRegularFile(out)) {
      root = (ObjectNode) CliFiles.JSON.readTree(out.toFile());
    } else {
      root = CliFiles.JSON.createObjectNode();
    }
    root.put("features", String.join(",", Features.NAMES));
    root.set(key, model.toJson());
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(
        out, CliFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }
}
