package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deskbot.classify.QuestionCategorizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deskbot train} end to end, through Main, on a small CSV file. */
class TrainCommandTest {
  @TempDir Path dir;

  /** Ten messages per category, a few words that give each away. */
  private Path smallCsv() throws Exception {
    String[][] themes = {
      {"printing", "printer", "toner", "jam", "copier", "print"},
      {"accounts-login", "password", "login", "locked", "account", "reset"},
      {"network-wifi", "wifi", "internet", "network", "connect", "slow"}
    };
    String[] fillers = {"in room 5", "again today", "since monday", "for my class", "please help"};
    StringBuilder csv = new StringBuilder("text,category\n");
    for (String[] theme : themes) {
      for (int i = 0; i < 10; i++) {
        csv.append('"')
            .append("the ")
            .append(theme[1 + i % 5])
            .append(' ')
            .append(theme[1 + (i + 2) % 5])
            .append(", ")
            .append(fillers[i % 5])
            .append("\",")
            .append(theme[0])
            .append('\n');
      }
    }
    return Files.writeString(dir.resolve("small.csv"), csv);
  }

  @Test
  void reportsOnAHeldOutFifthThenWritesAModelTrainedOnAll() throws Exception {
    Path out = dir.resolve("model/categorizer.bin");
    CliRun run = CliRun.of("train", "--data", smallCsv().toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("accuracy "), run.out());
    assertTrue(run.out().contains("macro-F1 "), run.out());
    assertTrue(run.out().contains("held-out fifth"), run.out());
    assertTrue(run.out().contains("precision  recall     f1  support"), run.out());
    assertTrue(run.out().contains("confusion matrix"), run.out());
    assertTrue(run.out().contains("retrained on all 30 examples"), run.out());
    assertTrue(Files.size(out) > 0);
    assertEquals(
        "printing", QuestionCategorizer.load(out).categorize("the copier has a jam").category());
  }

  @Test
  void jsonHasExactlyTheDocumentedKeys() throws Exception {
    Path data = smallCsv();
    CliRun run =
        CliRun.of(
            "train",
            "--data",
            data.toString(),
            "--test",
            data.toString(),
            "--json",
            "--out",
            dir.resolve("m.bin").toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode o = new ObjectMapper().readTree(run.out());
    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("accuracy", "macro_f1", "per_class", "train_seconds"), keys);
    assertEquals(1.0, o.get("accuracy").asDouble(), "measured on its own training data");
    JsonNode printing = o.get("per_class").get("printing");
    List<String> classKeys = new ArrayList<>();
    printing.fieldNames().forEachRemaining(classKeys::add);
    assertEquals(List.of("precision", "recall", "f1", "support"), classKeys);
    assertEquals(10, printing.get("support").asInt());
    assertEquals(3, o.get("per_class").size());
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Path noColumn = Files.writeString(dir.resolve("q.csv"), "question,category\nx,a\ny,b\n");
    Path oneClass = Files.writeString(dir.resolve("one.csv"), "text,category\nx,a\ny,a\n");
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    Path headerOnly = Files.writeString(dir.resolve("header.csv"), "text,category\n");
    Path out = dir.resolve("never.bin");
    for (Path data : List.of(dir.resolve("missing.csv"), noColumn, oneClass, empty, headerOnly)) {
      CliRun run = CliRun.of("train", "--data", data.toString(), "--out", out.toString());
      assertEquals(2, run.exit(), data + ": " + run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(run.err().startsWith("deskbot: "), run.err());
    }
    CliRun badTest =
        CliRun.of(
            "train",
            "--data",
            smallCsv().toString(),
            "--test",
            dir.resolve("nope.csv").toString(),
            "--out",
            out.toString());
    assertEquals(2, badTest.exit(), badTest.err());
    assertFalse(Files.exists(out), "no model written for bad input");
  }
}
