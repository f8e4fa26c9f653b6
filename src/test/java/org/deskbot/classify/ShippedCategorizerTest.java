package org.deskbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model in the jar, trained from models/categories.csv, on messages any teacher might send. */
class ShippedCategorizerTest {
  private static final QuestionCategorizer SHIPPED = QuestionCategorizer.shipped();

  @Test
  void knowsTheNineCategories() {
    assertEquals(
        List.of(
            "accounts-login",
            "av-display",
            "classroom-apps",
            "devices",
            "gradebook-sis",
            "network-wifi",
            "other",
            "printing",
            "training-pd"),
        SHIPPED.categories().stream().sorted().toList());
  }

  @Test
  void isReproducedByTrainingOnItsData() throws Exception {
    // `deskbot train --data models/categories.csv` writes the model shipped: same data, same code,
    // same answers
    List<LabeledExample> data = LabeledCsv.read(Path.of("models/categories.csv"));
    QuestionCategorizer retrained = new CategorizerTrainer().train(data);
    for (LabeledExample e : data) {
      assertEquals(retrained.categorize(e.text()), SHIPPED.categorize(e.text()), e.text());
    }
  }

  @Test
  void obviousMessages() {
    assertEquals("printing", SHIPPED.categorize("the printer in room 12 is jammed").category());
    assertEquals("accounts-login", SHIPPED.categorize("forgot my password").category());
    assertEquals("av-display", SHIPPED.categorize("the smartboard has no picture").category());
  }
}
