package org.deskbot.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message that only says whether the last answer helped: "that didn't work", "nope, same thing",
 * "still broken" (not solved) or "thanks, that fixed it" (solved), in the usual chat spellings. A
 * message that says more ("still nothing, I turned the volume up") is a follow-up, not a verdict.
 */
final class Verdicts {
  private Verdicts() {}

  /** What the teacher says of the last answer. */
  enum Verdict {
    SOLVED,
    NOT_SOLVED
  }

  private static final String NEG =
      "(?:didn'?t|did not|doesn'?t|does not|dont|don'?t|won'?t|not|isn'?t|wasn'?t|nor)";

  /** "That didn't work", "still broken", "same thing", "nope", ... */
  private static final Pattern NOT_SOLVED =
      Phrases.words(
          NEG
              + " (?:work|working|help|helping|helped|fix|fixed|solve|solved|do (?:it|anything)|change anything)",
          "still (?:broken|not working|doesn'?t work|didn'?t work|the same|same|happening|nothing|stuck|having (?:the|this|that) (?:issue|problem))",
          "same (?:thing|problem|issue|error|result)(?: still| again)?",
          "(?:that'?s|thats|that is|it'?s|its) not (?:it|what i (?:need|needed|asked|meant)|right|helpful|the problem|the issue)",
          "not (?:it|helpful|what i (?:need|needed|asked|meant))",
          "no luck|no dice|no go|nope|nah|negative|(?:already )?tried (?:that|it|those|this)(?: already)?",
          "not fixed|no change|nothing changed|still no|doesn'?t help|didn'?t help|useless|wrong (?:answer|link|one)");

  /** "That fixed it", "all good now", "works now", ... */
  private static final Pattern SOLVED =
      Phrases.words(
          "(?:that|this|it|which) (?:fixed|solved|worked|did|helped|does it)(?: it| the trick| for me)?",
          "(?:fixed|solved|sorted|worked) (?:it|now)|all (?:good|set|fixed) now|all good|problem solved|works now|working now",
          "got it working|that'?s (?:it|the one|exactly it|what i needed)|perfect,? (?:that|it) worked|worked");

  /** Words that may come with a verdict and add nothing to it. */
  private static final Pattern FILLER =
      Phrases.words(
          "ugh|argh|hmm+|um+|uh+|sorry|unfortunately|sadly|still|again|either|though|tho|yet|just|really|at all",
          "so|ok|okay|ah|oh|well|but|and|also|yes|yeah|yep|great|perfect|awesome|amazing|cool|nice",
          "thanks|thank you|thx|ty|thank u|so much|a lot|lot|much|wow|yay|finally|now|for me|the trick",
          "that|this|it|i|me|you|your|the|same|thing|things|one|link|answer|suggestion|video|steps?|either way|btw|lol|haha|hey|deskbot|bot",
          "tried|try|trying|everything|all|of|those|them");

  /** The verdict of {@code cleaned} (a message without chat markup), if it is only that. */
  static Optional<Verdict> of(String cleaned) {
    String s = cleaned.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    if (s.isEmpty() || s.length() > 120 || s.endsWith("?") && !s.matches(".*\\bnot it\\b.*")) {
      return Optional.empty();
    }
    boolean not = NOT_SOLVED.matcher(s).find();
    boolean yes = !not && SOLVED.matcher(s).find();
    if (!not && !yes) {
      return Optional.empty();
    }
    String rest = (not ? NOT_SOLVED : SOLVED).matcher(s).replaceAll(" ");
    rest = FILLER.matcher(rest).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (!rest.isEmpty()) {
      return Optional.empty(); // it says more: a follow-up with news, searched as one
    }
    return Optional.of(not ? Verdict.NOT_SOLVED : Verdict.SOLVED);
  }
}
