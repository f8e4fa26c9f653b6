package org.deskbot.classify;

import java.util.Objects;

/** One training or test example: a message as someone typed it and the category it belongs to. */
public record LabeledExample(String text, String category) {
  public LabeledExample {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
  }
}
