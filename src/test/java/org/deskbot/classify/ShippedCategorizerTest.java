package org.deskbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model in the jar, trained from models/categories.csv, on messages any teacher might send. */
class ShippedCategorizerTest {
  private static final QuestionCategorizer SHIPPED = QuestionCategorizer.shipped();

  @Test
  void knowsTheNineCategories() {
    assertEquals(List.of("accounts-login", "av-display", "classroom-apps", "devices", "gradebook-sis", "network-wifi",
        "other", "printing", "training-pd"), SHIPPED.categories().stream().sorted().toList());
  }

  @Test
  void obviousMessages() {
    assertEquals("printing", SHIPPED.categorize("the printer in room 12 is jammed").category());
    assertEquals("accounts-login", SHIPPED.categorize("forgot my password").category());
    assertEquals("av-display", SHIPPED.categorize("the smartboard has no picture").category());
  }
}
