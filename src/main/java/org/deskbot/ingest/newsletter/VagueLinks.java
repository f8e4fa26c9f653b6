package org.deskbot.ingest.newsletter;

import java.util.Set;

/**
 * Link text that tells a screen-reader user nothing about where the link goes (WCAG 2.4.4): such
 * links are read out of context from a links list, where "click here" is meaningless.
 */
final class VagueLinks {
  private VagueLinks() {}

  private static final Set<String> VAGUE =
      Set.of(
          "click here",
          "here",
          "link",
          "read more",
          "more",
          "this",
          // the same failure in the words the team's templates use most
          "learn more",
          "more info",
          "this link",
          "click");

  /** Whether the link text, trimmed of punctuation and case, is one of the vague phrases. */
  static boolean isVague(String linkText) {
    return VAGUE.contains(Boilerplate.trimPunctuation(Texts.collapse(linkText)));
  }
}
