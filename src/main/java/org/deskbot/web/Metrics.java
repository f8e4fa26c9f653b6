package org.deskbot.web;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What {@code /metrics} reports, in the Prometheus text format: questions asked and their
 * decisions, escalations, and the time to answer as a histogram, counted since start; tickets by
 * state are read from the store when scraped.
 */
final class Metrics {
  /** Upper bounds of the latency buckets, in seconds. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

  private final LongAdder questions = new LongAdder();
  private final Map<String, LongAdder> decisions = new ConcurrentHashMap<>();
  private final LongAdder escalations = new LongAdder();
  private final LongAdder[] bucketCounts = new LongAdder[BUCKETS.length];
  private final LongAdder latencyCount = new LongAdder();
  private final java.util.concurrent.atomic.DoubleAdder latencySum =
      new java.util.concurrent.atomic.DoubleAdder();

  Metrics() {
    for (int i = 0; i < BUCKETS.length; i++) {
      bucketCounts[i] = new LongAdder();
    }
  }

  /** One reply to a message: its decision and how long answering took. */
  void answered(String decision, double seconds) {
    if (!"not-a-question".equals(decision)) {
      questions.increment();
    }
    decisions.computeIfAbsent(decision, d -> new LongAdder()).increment();
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        bucketCounts[i].increment();
      }
    }
    latencyCount.increment();
    latencySum.add(seconds);
  }

  void escalated() {
    escalations.increment();
  }

  /** The text format; {@code ticketsByStatus} is read fresh by the caller. */
  String render(Map<String, Integer> ticketsByStatus) {
    StringBuilder out = new StringBuilder(2048);
    head(
        out,
        "deskbot_questions_total",
        "counter",
        "Questions asked on the web page since start (greetings and thanks are not questions).");
    out.append("deskbot_questions_total ").append(questions.sum()).append('\n');
    head(
        out,
        "deskbot_decisions_total",
        "counter",
        "Replies on the web page since start, by decision.");
    new TreeMap<>(decisions)
        .forEach(
            (d, n) ->
                out.append("deskbot_decisions_total{decision=\"")
                    .append(d)
                    .append("\"} ")
                    .append(n.sum())
                    .append('\n'));
    head(
        out,
        "deskbot_escalations_total",
        "counter",
        "Tickets opened from the web page since start.");
    out.append("deskbot_escalations_total ").append(escalations.sum()).append('\n');
    head(out, "deskbot_tickets", "gauge", "Tickets in the store by state (every platform).");
    ticketsByStatus.forEach(
        (s, n) ->
            out.append("deskbot_tickets{status=\"")
                .append(s)
                .append("\"} ")
                .append(n)
                .append('\n'));
    head(
        out,
        "deskbot_answer_latency_seconds",
        "histogram",
        "Time to answer a question on the web page.");
    for (int i = 0; i < BUCKETS.length; i++) {
      out.append("deskbot_answer_latency_seconds_bucket{le=\"")
          .append(number(BUCKETS[i]))
          .append("\"} ")
          .append(bucketCounts[i].sum())
          .append('\n');
    }
    long count = latencyCount.sum();
    out.append("deskbot_answer_latency_seconds_bucket{le=\"+Inf\"} ").append(count).append('\n');
    out.append("deskbot_answer_latency_seconds_sum ").append(number(latencySum.sum())).append('\n');
    out.append("deskbot_answer_latency_seconds_count ").append(count).append('\n');
    return out.toString();
  }

  private static void head(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? String.valueOf((long) d)
        : String.format(Locale.ROOT, "%s", d);
  }
}
