package org.deskbot.answer;

import java.util.regex.Pattern;

/**
 * Whether a text reports or deals with a problem: a negation ("nothing happens", "it won't log him
 * in", "if your badge doesn't work") or a word of trouble ("stuck", "error", "fix"). Search
 * analysis drops these words as stop words; for choosing where in a video to land they matter.
 */
final class TroubleWords {
  private TroubleWords() {}

  private static final Pattern TROUBLE =
      Pattern.compile(
          "\\b(?:not|no|nothing|never|cannot|cant|wont|doesnt|dont|isnt|didnt|arent|wasnt|stuck|error|broken|wrong"
              + "|problems?|fix|fixes|troubleshoot\\w*|fails?|failed)\\b|n['’]t\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static boolean in(String text) {
    return TROUBLE.matcher(text).find();
  }
}
