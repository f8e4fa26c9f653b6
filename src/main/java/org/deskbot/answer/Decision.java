package org.deskbot.answer;

import java.util.Locale;

/** What the bot does with a question. */
public enum Decision {
  /** Confident: the links answer the question. */
  ANSWER,
  /** Unsure: "these might help". */
  SUGGEST,
  /** Nothing good: say so and offer a person at once. */
  ESCALATE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
