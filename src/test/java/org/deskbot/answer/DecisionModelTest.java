package org.deskbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionModelTest {
  private static final DecisionModel MODEL =
      new DecisionModel(
          new double[] {3.3455, -1.2134, -0.0089, 1.98, 7.1354, 2.5852, -0.0922, 0.5897, -6.118},
          0.655,
          0.465);

  private static final Features FEATURES = new Features(0.71, 0.43, 0.52, 0.18, 0.63, 0.07, 1, 5);

  @Test
  void theContributionsAndTheBiasSumToTheScoreExactly() {
    Explanation why =
        Explanation.of(
            new Answer("q", "q", "en", Decision.SUGGEST, List.of(), 0, 0, FEATURES), MODEL);
    double sum = why.bias();
    for (DecisionModel.Contribution c : why.features()) {
      sum += c.contribution();
    }
    assertEquals(why.score(), sum, 0.0);
    assertEquals(MODEL.confidence(FEATURES), why.confidence(), 0.0);
    assertEquals(Features.NAMES.size(), why.features().size());
    assertEquals("coverage", why.features().getFirst().name());
    assertEquals(0.71 * 3.3455, why.features().getFirst().contribution(), 1e-12);
    assertEquals(5 / 12.0, why.features().getLast().value(), 1e-12);
  }

  @Test
  void aPositiveBiasAnswersMoreAndANegativeOneHandsOverMore() {
    DecisionModel eager = MODEL.withBias(1);
    DecisionModel careful = MODEL.withBias(-1);
    assertTrue(eager.suggestAt() < MODEL.suggestAt() && eager.answerAt() < MODEL.answerAt());
    assertTrue(careful.suggestAt() > MODEL.suggestAt() && careful.answerAt() > MODEL.answerAt());
    // one unit moves a threshold by SCORE_PER_BIAS in log-odds
    assertEquals(
        DecisionModel.logit(MODEL.suggestAt()) - DecisionModel.SCORE_PER_BIAS,
        DecisionModel.logit(eager.suggestAt()),
        1e-9);
    assertTrue(MODEL.withBias(0) == MODEL);
  }

  @Test
  void aWrittenModelReadsBackWithItsCurve() throws Exception {
    DecisionModel m =
        MODEL.measured(
            List.of(
                new DecisionModel.Setting(-1, 0.8, 0.05), new DecisionModel.Setting(0, 0.9, 0.2)),
            "content alone: demo/content");
    var root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    root.set("semantic", m.toJson());
    DecisionModel back = DecisionModel.read(root.toString(), "semantic");
    assertEquals(0.465, back.suggestAt(), 1e-9);
    assertEquals(2, back.curve().size());
    assertEquals(0.05, back.curve().getFirst().wronglyAnswered(), 1e-9);
    assertEquals("content alone: demo/content", back.fittedOn());
    assertTrue(DecisionModel.read(root.toString(), "lexical") == DecisionModel.UNCALIBRATED);
  }
}
