package org.deskbot.chat;

import java.nio.file.Path;
import java.util.List;
import org.deskbot.answer.Answer;
import org.deskbot.cli.Wiring;
import org.deskbot.config.Settings;
import org.deskbot.eval.EvalQuestion;
import org.deskbot.eval.Evaluation;

/**
 * Test-scope harness: prints, for every follow-up of the given files, the signals {@link FollowUp}
 * chooses from and whether the message alone and with context finds a right link in the top 3
 * (tab-separated), to tune the choice on the dev half. Usage: {@code FollowUpExperiments HOME
 * FILE...} (HOME indexed with the content the files expect).
 */
public final class FollowUpExperiments {
  public static void main(String[] args) throws Exception {
    Settings settings = Settings.load(Path.of(args[0]), System.getenv());
    try (Wiring.Engine engine = Wiring.openEngine(settings)) {
      FollowUp.Searcher searcher = engine.answers()::answer;
      System.out.println(
          "file\tline\tcue\tnew\twords\tconf_alone\tconf_ctx\tagree\tright_alone\tright_ctx\tchosen\tq");
      for (int f = 1; f < args.length; f++) {
        for (EvalQuestion q : EvalQuestion.read(Path.of(args[f]))) {
          String topic = topicOf(q.context(), searcher);
          Answer alone = searcher.search(q.q(), Evaluation.DEPTH);
          Answer ctx = searcher.search(FollowUp.compose(topic, q.q()), Evaluation.DEPTH);
          FollowUp.Signals s = FollowUp.signals(q.q(), alone, ctx);
          System.out.printf(
              "%s\t%d\t%s\t%s\t%d\t%.3f\t%.3f\t%s\t%s\t%s\t%s\t%s%n",
              Path.of(args[f]).getFileName(),
              q.line(),
              s.cue() ? 1 : 0,
              s.newTopic() ? 1 : 0,
              s.contentWords(),
              s.aloneConfidence(),
              s.contextConfidence(),
              s.agree() ? 1 : 0,
              right(q, alone) ? 1 : 0,
              right(q, ctx) ? 1 : 0,
              FollowUp.leans(s) ? 1 : 0,
              q.q());
        }
      }
    }
  }

  static String topicOf(List<String> context, FollowUp.Searcher searcher) throws Exception {
    String topic = "";
    for (String m : context) {
      topic = FollowUp.search(topic, m, 3, searcher).text();
    }
    return topic;
  }

  private static boolean right(EvalQuestion q, Answer a) {
    int rank = Evaluation.judge(q, a).firstRightRank();
    return rank >= 1 && rank <= 3;
  }
}
