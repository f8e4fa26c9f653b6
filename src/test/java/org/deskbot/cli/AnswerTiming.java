package org.deskbot.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.deskbot.config.Settings;
import org.deskbot.eval.EvalQuestion;

/**
 * Warm in-process CPU and wall time per answer over an ingested home, for comparing two builds side
 * by side on a shared machine (CPU time barely moves with the load; wall time does): {@code java
 * -cp target/deskbot.jar:target/test-classes org.deskbot.cli.AnswerTiming HOME QUESTIONS.jsonl}.
 */
public final class AnswerTiming {
  private AnswerTiming() {}

  private static final int WARM_ROUNDS = 30;
  private static final int ROUNDS = 100;

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.load(Path.of(args[0]), System.getenv());
    List<EvalQuestion> questions = EvalQuestion.read(Path.of(args[1]));
    try (Wiring.Engine engine = Wiring.openEngine(settings)) {
      for (int r = 0; r < WARM_ROUNDS; r++) {
        for (EvalQuestion q : questions) {
          engine.answers().answer(q.q(), 3);
        }
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      int n = 0;
      for (int r = 0; r < ROUNDS; r++) {
        for (EvalQuestion q : questions) {
          engine.answers().answer(q.q(), 3);
          n++;
        }
      }
      System.out.printf(
          "%d answers: cpu %.3f ms/answer, wall %.3f ms/answer%n",
          n,
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n,
          (System.nanoTime() - wall) / 1e6 / n);
    }
  }
}
