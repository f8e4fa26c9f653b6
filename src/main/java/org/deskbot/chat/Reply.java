package org.deskbot.chat;

import java.util.List;
import org.deskbot.answer.Result;

/**
 * What the bot says back to a message.
 *
 * @param interaction the recorded interaction's id (feedback and escalation refer to it)
 * @param decision answer, suggest, escalate or not-a-question; for a verdict on the last answer
 *     ("that didn't work", "that fixed it"): not-solved or solved
 * @param text the words, plain text, readable in a notification or by a screen reader
 * @param links up to three links, best first
 * @param buttons the actions offered ("solved", "need-help")
 * @param category the question's category
 * @param contextUsed whether the message was searched with the earlier ones of its conversation
 */
public record Reply(
    long interaction,
    String decision,
    String text,
    List<Result> links,
    List<String> buttons,
    String category,
    boolean contextUsed) {
  public static final String SOLVED = "solved";
  public static final String NEED_HELP = "need-help";

  /** A reply to a message searched on its own. */
  public Reply(
      long interaction,
      String decision,
      String text,
      List<Result> links,
      List<String> buttons,
      String category) {
    this(interaction, decision, text, links, buttons, category, false);
  }

  /** The same reply with {@code note} before its words ("" leaves it as it is). */
  public Reply withNote(String note) {
    return note == null || note.isBlank()
        ? this
        : new Reply(
            interaction, decision, note + " " + text, links, buttons, category, contextUsed);
  }

  /** The same reply, saying whether the conversation's context was used. */
  public Reply withContextUsed(boolean used) {
    return new Reply(interaction, decision, text, links, buttons, category, used);
  }
}
