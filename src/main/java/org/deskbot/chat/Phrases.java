package org.deskbot.chat;

import java.util.regex.Pattern;

/**
 * The phrase lists the conversation recognises ("that didn't work", "by the way", "it", ...), each
 * written as its alternatives, one per line, and matched in any case, Unicode included.
 */
final class Phrases {
  private Phrases() {}

  /** Any of {@code alternatives}, each a regular expression with its own anchors. */
  static Pattern any(String... alternatives) {
    return Pattern.compile(
        String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Any of {@code alternatives} as whole words: between word boundaries. */
  static Pattern words(String... alternatives) {
    return any("\\b(?:" + String.join("|", alternatives) + ")\\b");
  }
}
