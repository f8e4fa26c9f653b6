package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision from outside: calibrate from content alone, ask --explain, the bias knob, eval. */
class DecisionCliIT {
  @TempDir static Path home;
  @TempDir static Path content;

  private static final String[][] FAQS = {
    {
      "projector-lamp",
      "My projector's lamp light is blinking",
      "Turn it off, let it cool ten minutes, then file a ticket for a new lamp."
    },
    {
      "wifi-password",
      "How do I connect my phone to the staff wifi",
      "Pick Staff-WiFi and sign in with your district e-mail and password."
    },
    {
      "printer-jam",
      "The copier says paper jam",
      "Open door B, pull the green lever and remove the sheet gently."
    },
    {
      "reset-password",
      "I forgot my password",
      "Go to the password portal and answer your security questions."
    },
    {
      "classroom-add",
      "How do I add students to Google Classroom",
      "Share the class code or invite them by e-mail from the People tab."
    },
    {
      "chromebook-charge",
      "My Chromebook will not charge",
      "Try another charger, hold refresh and power, then bring it to the library."
    },
  };

  @BeforeAll
  static void ingest() throws Exception {
    Path faq = Files.createDirectories(content.resolve("faq"));
    for (String[] f : FAQS) {
      Files.writeString(
          faq.resolve(f[0] + ".md"),
          "---\ntitle: \"%s\"\nurl: https://help.example/faq/%s\n---\n%s\n"
              .formatted(f[1], f[0], f[2]));
    }
    CliRun run = CliRun.of("ingest", "--home", home.toString(), "--content", content.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
  }

  private static JsonNode ask(String... extra) throws Exception {
    String[] args = new String[4 + extra.length];
    args[0] = "ask";
    args[1] = "--home";
    args[2] = home.toString();
    args[3] = "--json";
    System.arraycopy(extra, 0, args, 4, extra.length);
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exit(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void explainCarriesEveryFeatureAndTheySumWithTheBiasToTheScore() throws Exception {
    JsonNode why = ask("--explain", "the copier keeps jamming").get("explain");
    assertEquals(8, why.get("features").size());
    double sum = why.get("bias").asDouble();
    for (JsonNode f : why.get("features")) {
      assertTrue(f.has("name") && f.has("value"), f.toString());
      sum += f.get("contribution").asDouble();
    }
    assertEquals(why.get("score").asDouble(), sum, 0.0);
    assertEquals(
        1 / (1 + Math.exp(-why.get("score").asDouble())), why.get("confidence").asDouble(), 1e-12);
    assertTrue(
        why.get("thresholds").get("answer").asDouble()
            >= why.get("thresholds").get("suggest").asDouble());
    assertTrue(why.get("reason").asText().contains("confidence"), why.toString());

    CliRun text =
        CliRun.of("ask", "--home", home.toString(), "--explain", "the copier keeps jamming");
    assertTrue(text.out().contains("Why: ") && text.out().contains("coverage"), text.out());
    assertTrue(text.out().contains("bias") && text.out().contains("score"), text.out());
  }

  @Test
  void theBiasMovesTheThresholdsAndABadOneIsOneLine() throws Exception {
    CliRun plain =
        CliRun.of(
            "ask", "--home", home.toString(), "--json", "--explain", "the copier keeps jamming");
    double calibrated =
        new ObjectMapper()
            .readTree(plain.out())
            .get("explain")
            .get("thresholds")
            .get("suggest")
            .asDouble();
    Files.writeString(home.resolve("deskbot.yml"), "search:\n  answer_bias: 1\n");
    try {
      double moved =
          ask("--explain", "the copier keeps jamming")
              .get("explain")
              .get("thresholds")
              .get("suggest")
              .asDouble();
      assertTrue(moved < calibrated, moved + " vs " + calibrated);
      Files.writeString(home.resolve("deskbot.yml"), "search:\n  answer_bias: 3\n");
      CliRun bad = CliRun.of("ask", "--home", home.toString(), "the copier keeps jamming");
      assertEquals(2, bad.exit());
      assertEquals(1, bad.err().strip().lines().count(), bad.err());
      assertTrue(bad.err().contains("answer_bias"), bad.err());
    } finally {
      Files.delete(home.resolve("deskbot.yml"));
    }
  }

  @Test
  void calibrateFromTheContentAloneWritesAModelWithItsCurve() throws Exception {
    Path out = home.resolve("fitted/decision.json");
    CliRun run = CliRun.of("calibrate", "--content", content.toString(), "--out", out.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("from the content alone: 18 questions about 6 items"), run.out());
    assertTrue(run.out().contains("figures on held-out items"), run.out());
    assertTrue(run.out().contains("answer_bias"), run.out());
    JsonNode model = new ObjectMapper().readTree(out.toFile()).get("semantic");
    assertEquals(9, model.get("weights").size());
    assertEquals(9, model.get("curve").size());
    assertTrue(model.get("fitted_on").asText().startsWith("content alone: "), model.toString());
    // the curve is monotone: answering more readily never answers fewer questions
    double last = -1;
    for (JsonNode row : model.get("curve")) {
      assertTrue(row.get("wrongly_answered").asDouble() >= last, model.get("curve").toString());
      last = row.get("wrongly_answered").asDouble();
    }
  }

  @Test
  void evalCountsTheDecisions() throws Exception {
    Path questions = home.resolve("questions.jsonl");
    Files.writeString(
        questions,
        """
        {"q": "paper stuck in the copier", "expect": ["https://help.example/faq/printer-jam"]}
        {"q": "forgot my password again", "expect": ["https://help.example/faq/reset-password"]}
        {"q": "how do I order new library books for my class", "expect": []}
        """);
    CliRun run =
        CliRun.of(
            "eval", "--content", content.toString(), "--questions", questions.toString(), "--json");
    assertEquals(0, run.exit(), run.err());
    JsonNode d = new ObjectMapper().readTree(run.out()).get("decisions");
    assertEquals(3, d.get("answer").asInt() + d.get("suggest").asInt() + d.get("escalate").asInt());
  }
}
