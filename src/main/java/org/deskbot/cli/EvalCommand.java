package org.deskbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.deskbot.answer.Result;
import org.deskbot.chat.FollowUp;
import org.deskbot.config.Settings;
import org.deskbot.eval.EvalQuestion;
import org.deskbot.eval.Evaluation;
import org.deskbot.eval.ExpectedFigures;
import org.deskbot.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deskbot eval}: measures answer quality on a question file. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure answer quality: ingest --content (into a temporary home unless --home is given),",
      "answer every question of --questions and report success@1/@3, MRR, nDCG, escalation F1 and latency."
    })
public final class EvalCommand implements Callable<Integer> {
  @Mixin HomeOptions home;

  @Option(
      names = "--content",
      required = true,
      paramLabel = "DIR",
      description = "The content folder to answer from.")
  Path content;

  @Option(
      names = "--questions",
      required = true,
      paramLabel = "FILE",
      description = "Questions, one JSON object a line: q, expect, at, context.")
  Path questions;

  @Option(
      names = "--alone",
      description =
          "Ask every question on its own, without its `context` (to compare follow-ups with and without their conversation).")
  boolean alone;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(
      names = "--verbose",
      description = "List every miss: wrong first link, wrong decision, wrong video time.")
  boolean verbose;

  @Option(
      names = "--check",
      paramLabel = "FILE",
      description = "Expected figures (JSON); exit 1 when a figure drops below them.")
  Path check;

  @Option(
      names = "--semantic",
      paramLabel = "on|off",
      description = "Override search.semantic for this run.")
  String semantic;

  @Option(
      names = "--model",
      paramLabel = "minilm|bge",
      description = "Override search.model for this run.")
  String model;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(content)) {
      throw new ExitException(ExitException.USAGE, "content folder not found: " + content);
    }
    if (!Files.isRegularFile(questions)) {
      throw new ExitException(ExitException.USAGE, "question file not found: " + questions);
    }
    List<EvalQuestion> qs;
    try {
      qs = EvalQuestion.read(questions);
    } catch (IllegalArgumentException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
    ExpectedFigures expected = check == null ? null : ExpectedFigures.read(check);
    Path temp = home.home == null ? Files.createTempDirectory("deskbot-eval") : null;
    try {
      HomeOptions h = home;
      if (temp != null) {
        h = new HomeOptions();
        h.home = temp;
      }
      Settings settings = h.settings().withContent(content);
      if (semantic != null) {
        settings = settings.withSemantic(!semantic.equalsIgnoreCase("off"));
      }
      if (model != null) {
        try {
          settings = settings.withModel(org.deskbot.index.LocalEmbedder.Model.parse(model));
        } catch (IllegalArgumentException e) {
          throw new ExitException(ExitException.USAGE, e.getMessage());
        }
      }
      IngestReport report = Wiring.ingest(settings);
      if (!json) {
        System.out.println("ingest: " + report.summary());
      }
      if (!json) {
        String fitted = Wiring.decisionModel(settings).fittedOn();
        System.out.println(
            "decision: "
                + (fitted.isEmpty() ? "fitted on unrecorded data" : "fitted on " + fitted)
                + " (figures on these questions are held out only if neither they nor their"
                + " items were among them)");
      }
      List<Evaluation.Outcome> outcomes;
      try (Wiring.Engine engine = Wiring.openEngine(settings)) {
        FollowUp.Searcher searcher = engine.answers()::answer;
        outcomes =
            Evaluation.ask(
                qs,
                (q, limit) ->
                    alone || q.context().isEmpty()
                        ? searcher.search(q.q(), limit)
                        : FollowUp.inConversation(q.context(), q.q(), limit, searcher).answer());
      }
      Evaluation.Figures figures = Evaluation.figures(outcomes);
      if (verbose) {
        outcomes.stream().filter(Evaluation.Outcome::miss).forEach(o -> printMiss(o));
      }
      if (json) {
        System.out.println(CliFiles.JSON.writeValueAsString(figures.asMap()));
      } else {
        figures.asMap().forEach((k, v) -> System.out.printf("%-20s %s%n", k, v));
      }
      if (expected != null) {
        boolean ok = true;
        for (ExpectedFigures.Check c : expected.check(figures)) {
          (json ? System.err : System.out).println(c);
          ok &= c.ok();
        }
        return ok ? 0 : ExitException.FAILED;
      }
      return 0;
    } finally {
      if (temp != null) {
        CliFiles.deleteTree(temp);
      }
    }
  }

  private static void printMiss(Evaluation.Outcome o) {
    var q = o.question();
    var a = o.answer();
    System.err.printf(
        "MISS line %d: %s%n  expect %s%s; decision %s (confidence %.2f), right link at rank %s%n",
        q.line(),
        q.q(),
        q.expect().isEmpty() ? "escalate" : String.join(" | ", q.expect()),
        q.at() == null ? "" : " at " + q.at()[0] + "-" + q.at()[1] + "s",
        a.decision().label(),
        a.confidence(),
        o.firstRightRank() == 0 ? "none" : o.firstRightRank());
    for (int i = 0; i < Math.min(3, a.results().size()); i++) {
      Result r = a.results().get(i);
      System.err.printf("    %d. %.2f %s %s%n", i + 1, r.score(), r.url(), r.title());
    }
  }
}
