package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Answer quality as checked-in data: the build fails when it drops. */
class GoldenSetIT {

  @Test
  void demoGoldenQuestionsKeepTheirFigures() throws Exception {
    CliRun run =
        CliRun.of(
            "eval",
            "--content",
            "demo/content",
            "--questions",
            "demo/golden.jsonl",
            "--check",
            "demo/golden-expected.json",
            "--json");
    assertEquals(0, run.exit(), run.out() + run.err());
    JsonNode figures = new ObjectMapper().readTree(run.out());
    assertTrue(figures.get("questions").asInt() >= 40);
    assertTrue(
        figures.get("questions").asInt() - figures.get("answerable").asInt() >= 8,
        "at least 8 without an answer");
  }

  @Test
  void stackFaqDevSetMeetsTheTargets() throws Exception {
    Path dev = Path.of("../shared/eval/stackfaq/dev.jsonl");
    assumeTrue(Files.exists(dev), "../shared/eval/stackfaq is not beside this checkout: skipped");
    CliRun run =
        CliRun.of(
            "eval",
            "--content",
            "../shared/eval/stackfaq/content",
            "--questions",
            dev.toString(),
            "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode f = new ObjectMapper().readTree(run.out());
    assertTrue(f.get("success_at_1").asDouble() >= 0.95, f.toString());
    assertTrue(f.get("success_at_3").asDouble() >= 0.99, f.toString());
    assertTrue(f.get("escalate_f1").asDouble() >= 0.75, f.toString());
    assertTrue(f.get("answered_correctly").asDouble() >= 0.90, f.toString());
  }
}
