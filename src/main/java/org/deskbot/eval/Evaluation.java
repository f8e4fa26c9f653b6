package org.deskbot.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deskbot.answer.Answer;
import org.deskbot.answer.Decision;
import org.deskbot.answer.Result;

/** Runs questions through the answer engine and computes the figures {@code eval} reports. */
public final class Evaluation {
  /** Depth of the ranking scored by MRR and nDCG. */
  public static final int DEPTH = 10;

  /** Slack, in seconds, around the span where a video answer is spoken. */
  public static final int VIDEO_SLACK = 5;

  /** Answers one question with up to {@code limit} links. */
  @FunctionalInterface
  public interface Answerer {
    Answer answer(String question, int limit) throws IOException;
  }

  /** Answers one question of a file, with its earlier messages when it has them. */
  @FunctionalInterface
  public interface Asker {
    Answer answer(EvalQuestion question, int limit) throws IOException;
  }

  /** One question's outcome, for {@code --verbose} and calibration. */
  public record Outcome(
      EvalQuestion question,
      Answer answer,
      int firstRightRank,
      boolean timeRight,
      boolean timeJudged) {
    /** Whether this outcome is a miss worth listing. */
    public boolean miss() {
      if (!question.answerable()) {
        return answer.decision() != Decision.ESCALATE;
      }
      return firstRightRank != 1 || answer.decision() == Decision.ESCALATE || !timeRight;
    }

    /**
     * This outcome as a calibration example: right in the top three, right first, answerable; of
     * {@code weight}.
     */
    public org.deskbot.answer.Calibration.Example asExample(double weight) {
      boolean answerable = question.answerable();
      return new org.deskbot.answer.Calibration.Example(
          answer.features(),
          answerable && firstRightRank >= 1 && firstRightRank <= 3,
          answerable && firstRightRank == 1,
          answerable,
          weight);
    }
  }

  /** How many questions the bot answered, suggested for and escalated. */
  public record Decisions(int answer, int suggest, int escalate) {
    public Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("answer", answer);
      m.put("suggest", suggest);
      m.put("escalate", escalate);
      return m;
    }
  }

  /** The figures, in the order and with the names {@code eval --json} prints. */
  public record Figures(
      int questions,
      int answerable,
      double successAt1,
      double successAt3,
      double mrrAt10,
      double ndcgAt10,
      double escalatePrecision,
      double escalateRecall,
      double escalateF1,
      double answeredCorrectly,
      double videoTimeAccuracy,
      double p50Ms,
      double p99Ms,
      Decisions decisions) {

    public Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("questions", questions);
      m.put("answerable", answerable);
      m.put("success_at_1", round(successAt1));
      m.put("success_at_3", round(successAt3));
      m.put("mrr_at_10", round(mrrAt10));
      m.put("ndcg_at_10", round(ndcgAt10));
      m.put("escalate_precision", round(escalatePrecision));
      m.put("escalate_recall", round(escalateRecall));
      m.put("escalate_f1", round(escalateF1));
      m.put("answered_correctly", round(answeredCorrectly));
      m.put("video_time_accuracy", round(videoTimeAccuracy));
      m.put("p50_ms", round(p50Ms));
      m.put("p99_ms", round(p99Ms));
      m.put("decisions", decisions.asMap());
      return m;
    }

    private static double round(double v) {
      return Math.round(v * 1000) / 1000.0;
    }
  }

  /**
   * Answers every question. A warm-up of at least 500 answers (the questions again and again) comes
   * first, so the timings measure the engine as a running server answers, not the JIT compiler.
   */
  public static List<Outcome> run(List<EvalQuestion> questions, Answerer answerer)
      throws IOException {
    return ask(questions, (q, limit) -> answerer.answer(q.q(), limit));
  }

  /** {@link #run}, with an asker that may replay each question's conversation first. */
  public static List<Outcome> ask(List<EvalQuestion> questions, Asker asker) throws IOException {
    int warmup = Math.min(Math.max(500, questions.size()), 2000);
    for (int i = 0; i < warmup; i++) {
      asker.answer(questions.get(i % questions.size()), DEPTH);
    }
    List<Outcome> out = new ArrayList<>();
    for (EvalQuestion q : questions) {
      Answer a = asker.answer(q, DEPTH);
      out.add(judge(q, a));
    }
    return out;
  }

  /**
   * Where the first right link is (1-based, 0 = none); and for a question with an {@code at} span,
   * whether the first right video link in the top 3 is inside it (questions with no right video
   * link there are not judged on time: {@code timeJudged} false).
   */
  public static Outcome judge(EvalQuestion q, Answer a) {
    int first = 0;
    Boolean time = null;
    for (int i = 0; i < a.results().size(); i++) {
      Result r = a.results().get(i);
      if (q.expect().stream().noneMatch(e -> Links.matches(r.url(), e))) {
        continue;
      }
      if (first == 0) {
        first = i + 1;
      }
      if (q.at() != null
          && time == null
          && i < 3
          && r.type() == org.deskbot.ingest.ContentType.VIDEO) {
        time = inside(r, q.at());
      }
    }
    return new Outcome(q, a, first, time == null || time, time != null);
  }

  private static boolean inside(Result r, int[] at) {
    int t = r.seconds() >= 0 ? r.seconds() : Links.seconds(r.url());
    return t >= at[0] - VIDEO_SLACK && t <= at[1] + VIDEO_SLACK;
  }

  /** The same outcome, decided again by {@code model} from the features the answer recorded. */
  public static Outcome redecide(Outcome o, org.deskbot.answer.DecisionModel model) {
    Answer a = o.answer();
    double c = model.confidence(a.features());
    Decision d = a.results().isEmpty() ? Decision.ESCALATE : model.decide(c);
    Answer again =
        new Answer(
            a.question(), a.cleaned(), a.language(), d, a.results(), c, a.millis(), a.features());
    return new Outcome(o.question(), again, o.firstRightRank(), o.timeRight(), o.timeJudged());
  }

  /** The figures over a set of outcomes. */
  public static Figures figures(List<Outcome> outcomes) {
    int answerable = 0;
    double s1 = 0, s3 = 0, mrr = 0, ndcg = 0, correct = 0;
    // escalation is the positive class: a question without an answer escalated is a hit
    int escalatedRight = 0, escalatedWrongly = 0, notEscalated = 0;
    int videoRight = 0, videoTotal = 0;
    int[] decided = new int[Decision.values().length];
    double[] ms = new double[outcomes.size()];
    int k = 0;
    for (Outcome o : outcomes) {
      ms[k++] = o.answer().millis();
      boolean escalated = o.answer().decision() == Decision.ESCALATE;
      decided[o.answer().decision().ordinal()]++;
      if (!o.question().answerable()) {
        if (escalated) escalatedRight++;
        else notEscalated++;
        continue;
      }
      if (escalated) escalatedWrongly++;
      answerable++;
      int rank = o.firstRightRank();
      if (rank == 1) s1++;
      if (rank >= 1 && rank <= 3) {
        s3++;
        if (!escalated) correct++;
        if (o.timeJudged()) {
          videoTotal++;
          if (o.timeRight()) videoRight++;
        }
      }
      if (rank >= 1 && rank <= DEPTH) mrr += 1.0 / rank;
      ndcg += ndcg(o);
    }
    Arrays.sort(ms);
    double precision =
        escalatedRight + escalatedWrongly == 0
            ? 0
            : (double) escalatedRight / (escalatedRight + escalatedWrongly);
    double recall =
        escalatedRight + notEscalated == 0
            ? 0
            : (double) escalatedRight / (escalatedRight + notEscalated);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double a = Math.max(1, answerable);
    return new Figures(
        outcomes.size(),
        answerable,
        s1 / a,
        s3 / a,
        mrr / a,
        ndcg / a,
        precision,
        recall,
        f1,
        correct / a,
        videoTotal == 0 ? 1.0 : (double) videoRight / videoTotal,
        percentile(ms, 0.50),
        percentile(ms, 0.99),
        new Decisions(
            decided[Decision.ANSWER.ordinal()],
            decided[Decision.SUGGEST.ordinal()],
            decided[Decision.ESCALATE.ordinal()]));
  }

  private static double ndcg(Outcome o) {
    List<String> expect = o.question().expect();
    boolean[] used = new boolean[expect.size()];
    double dcg = 0;
    List<Result> results = o.answer().results();
    for (int i = 0; i < Math.min(DEPTH, results.size()); i++) {
      for (int j = 0; j < expect.size(); j++) {
        if (!used[j] && Links.matches(results.get(i).url(), expect.get(j))) {
          used[j] = true;
          dcg += 1 / (Math.log(i + 2) / Math.log(2));
          break;
        }
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(DEPTH, expect.size()); i++) {
      ideal += 1 / (Math.log(i + 2) / Math.log(2));
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
