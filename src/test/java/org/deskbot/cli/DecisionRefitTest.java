package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deskbot.config.Settings;
import org.deskbot.ingest.IngestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionRefitTest {
  @TempDir Path home;

  private static IngestReport report(int indexed, int unchanged, int removed) {
    return new IngestReport(
        indexed, indexed, unchanged, removed, List.of(), List.of(), List.of(), 0, 0, 0);
  }

  @Test
  void aSmallChangeKeepsTheDecisionAndSaysWhy() throws Exception {
    Settings s = Settings.load(home, Map.of());
    assertEquals("", DecisionRefit.advice(report(0, 40, 0), s));
    assertEquals(
        "decision: kept the shipped decision (3 of 40 content files changed, under 10 %)",
        DecisionRefit.advice(report(2, 37, 1), s));
  }

  @Test
  void aFirstIngestOrATenthChangedPointsToCalibrate() throws Exception {
    Settings s = Settings.load(home, Map.of());
    String first = DecisionRefit.advice(report(40, 0, 0), s);
    assertTrue(first.contains("this is the first ingest"), first);
    assertTrue(first.contains("deskbot calibrate --content "), first);
    String tenth = DecisionRefit.advice(report(3, 36, 1), s);
    assertTrue(tenth.contains("4 of 40 content files changed (10 % or more)"), tenth);
  }
}
