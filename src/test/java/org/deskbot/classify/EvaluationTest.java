package org.deskbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  @Test
  void figuresFromAConfusionMatrix() {
    // truth a a a b b c, predicted a a b b b a
    Evaluation e =
        Evaluation.of(List.of("a", "a", "a", "b", "b", "c"), List.of("a", "a", "b", "b", "b", "a"));
    assertEquals(List.of("a", "b", "c"), e.categories());
    assertArrayEquals(new int[][] {{2, 1, 0}, {0, 2, 0}, {1, 0, 0}}, e.confusion());
    assertEquals(4 / 6.0, e.accuracy(), 1e-12);
    Evaluation.ClassScores a = e.perClass().get("a");
    assertEquals(2 / 3.0, a.precision(), 1e-12);
    assertEquals(2 / 3.0, a.recall(), 1e-12);
    assertEquals(3, a.support());
    Evaluation.ClassScores b = e.perClass().get("b");
    assertEquals(2 / 3.0, b.precision(), 1e-12);
    assertEquals(1.0, b.recall(), 1e-12);
    assertEquals(0.8, b.f1(), 1e-12);
    Evaluation.ClassScores c = e.perClass().get("c");
    assertEquals(
        new Evaluation.ClassScores(0, 0, 0, 1),
        c,
        "never predicted: precision 0, as scikit-learn says");
    assertEquals((2 / 3.0 + 0.8 + 0) / 3, e.macroF1(), 1e-12);
  }

  @Test
  void aPredictedCategoryMissingFromTheTruthCounts() {
    Evaluation e = Evaluation.of(List.of("a", "a"), List.of("a", "z"));
    assertEquals(List.of("a", "z"), e.categories());
    assertEquals(0, e.perClass().get("z").support());
    assertEquals((2 / 3.0 + 0) / 2, e.macroF1(), 1e-12);
  }

  @Test
  void confusionCannotBeChangedFromOutside() {
    Evaluation e = Evaluation.of(List.of("a", "b"), List.of("a", "b"));
    e.confusion()[0][0] = 99;
    assertEquals(1, e.confusion()[0][0]);
  }
}
