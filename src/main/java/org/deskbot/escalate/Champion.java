package org.deskbot.escalate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A teacher at a school who champions some tools or categories ({@code team.champions}): a ticket
 * from their school on one of them may go to them before the tech team.
 *
 * @param user their chat user id (the one they claim and resolve as)
 * @param name what teachers call them ("Ana Ruiz")
 * @param tools words such as {@code nearpod} or {@code google classroom}, matched in the question
 * @param categories deskbot's categories (the classifier's) they cover
 */
public record Champion(
    String user, String name, String school, List<String> tools, List<String> categories) {

  public Champion {
    tools = tools.stream().map(Champion::words).filter(s -> !s.isEmpty()).toList();
    categories = categories.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * What of theirs a question from {@code school} is about: the first of their tools named in
   * {@code question} as whole words, else {@code category} when they cover it; empty when neither
   * or another school.
   */
  public Optional<String> covers(String school, String question, String category) {
    if (school == null || !sameSchool(school)) {
      return Optional.empty();
    }
    String said = " " + words(question == null ? "" : question) + " ";
    for (String tool : tools) {
      if (said.contains(" " + tool + " ")) {
        return Optional.of(tool);
      }
    }
    if (category != null && categories.contains(category.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of(category.strip());
    }
    return Optional.empty();
  }

  /** Whether {@code school} is theirs (case and surrounding spaces aside). */
  public boolean sameSchool(String school) {
    return this.school.strip().equalsIgnoreCase(school.strip());
  }

  /** Lower-case words separated by one space: how tools and questions are compared. */
  static String words(String text) {
    return String.join(
        " ",
        java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(w -> !w.isEmpty())
            .toList());
  }
}
