package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void prometheusTextWithCumulativeBuckets() {
    Metrics m = new Metrics();
    m.answered("answer", 0.004);
    m.answered("suggest", 0.07);
    m.answered("not-a-question", 0.002);
    m.escalated();
    Map<String, Integer> tickets = new LinkedHashMap<>();
    tickets.put("open", 2);
    tickets.put("resolved", 1);
    String text = m.render(tickets);
    assertTrue(
        text.contains("# TYPE deskbot_questions_total counter\ndeskbot_questions_total 2\n"), text);
    assertTrue(text.contains("deskbot_decisions_total{decision=\"answer\"} 1\n"), text);
    assertTrue(text.contains("deskbot_decisions_total{decision=\"not-a-question\"} 1\n"), text);
    assertTrue(text.contains("deskbot_escalations_total 1\n"), text);
    assertTrue(
        text.contains(
            "deskbot_tickets{status=\"open\"} 2\ndeskbot_tickets{status=\"resolved\"} 1\n"),
        text);
    assertTrue(text.contains("deskbot_answer_latency_seconds_bucket{le=\"0.005\"} 2\n"), text);
    assertTrue(text.contains("deskbot_answer_latency_seconds_bucket{le=\"0.05\"} 2\n"), text);
    assertTrue(text.contains("deskbot_answer_latency_seconds_bucket{le=\"0.1\"} 3\n"), text);
    assertTrue(text.contains("deskbot_answer_latency_seconds_bucket{le=\"+Inf\"} 3\n"), text);
    assertTrue(text.contains("deskbot_answer_latency_seconds_count 3\n"), text);
    assertEquals('\n', text.charAt(text.length() - 1));
  }
}
