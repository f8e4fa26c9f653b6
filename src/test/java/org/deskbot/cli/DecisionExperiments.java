package org.deskbot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deskbot.answer.Answer;
import org.deskbot.answer.Calibration;
import org.deskbot.answer.DecisionModel;
import org.deskbot.config.Settings;
import org.deskbot.eval.EvalQuestion;
import org.deskbot.eval.Evaluation;

/**
 * A test-scope harness for choosing how the decision is calibrated: collects the content-only
 * labelled questions of each content folder once and answers each measured question set once, then
 * fits every variant and prints its figures on the measured sets (never fitted on them).
 *
 * <p>{@code java -cp target/classes:target/test-classes:CP org.deskbot.cli.DecisionExperiments
 * CONTENT... -- CONTENT=QUESTIONS...}
 */
public final class DecisionExperiments {
  public static void main(String[] args) throws Exception {
    Settings base = Settings.load(Files.createTempDirectory("dx"), Map.of());
    List<List<ContentCalibration.Labelled>> fitSets = new ArrayList<>();
    Map<String, List<Evaluation.Outcome>> measured = new java.util.LinkedHashMap<>();
    boolean measuring = false;
    for (String a : args) {
      if (a.equals("--")) {
        measuring = true;
      } else if (!measuring) {
        fitSets.add(ContentCalibration.collect(base, Path.of(a)));
      } else {
        String[] cq = a.split("=");
        measured.put(cq[1], answer(base, Path.of(cq[0]), EvalQuestion.read(Path.of(cq[1]))));
      }
    }
    double[] targets = {0.97, 0.94, 0.92, 0.90, 0.88};
    for (double share : new double[] {0.2, 0.3}) {
      for (double t : targets) {
        List<Calibration.Example> all = new ArrayList<>();
        weighted(fitSets, share).forEach(all::addAll);
        DecisionModel m = Calibration.fit(all, new Calibration.Targets(t, 0.95));
        StringBuilder sb =
            new StringBuilder(
                "share %.1f share of right %.2f suggest_at %.3f answer_at %.3f:"
                    .formatted(share, t, m.suggestAt(), m.answerAt()));
        measured.forEach(
            (name, outcomes) -> {
              var f =
                  Evaluation.figures(
                      outcomes.stream().map(o -> Evaluation.redecide(o, m)).toList());
              sb.append(
                  "  %s F1 %.3f P %.3f R %.3f correct %.3f esc %d/%d"
                      .formatted(
                          Path.of(name).getFileName(),
                          f.escalateF1(),
                          f.escalatePrecision(),
                          f.escalateRecall(),
                          f.answeredCorrectly(),
                          f.decisions().escalate(),
                          f.questions()));
            });
        System.out.println(sb);
      }
    }
  }

  private static List<List<Calibration.Example>> weighted(
      List<List<ContentCalibration.Labelled>> sets, double share) {
    return CalibrateCommand.weighted(sets, true, share);
  }

  private static List<Evaluation.Outcome> answer(Settings base, Path content, List<EvalQuestion> qs)
      throws Exception {
    Path temp = Files.createTempDirectory("dx-measure");
    Settings s = Settings.load(temp, Map.of()).withContent(content);
    Wiring.ingest(s);
    List<Evaluation.Outcome> out = new ArrayList<>();
    try (Wiring.Engine engine = Wiring.openEngine(s)) {
      for (EvalQuestion q : qs) {
        Answer a = engine.answers().answer(q.q(), Evaluation.DEPTH);
        out.add(Evaluation.judge(q, a));
      }
    }
    CliFiles.deleteTree(temp);
    return out;
  }
}
