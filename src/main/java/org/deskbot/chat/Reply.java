package org.deskbot.chat;

import java.util.List;
import org.deskbot.answer.Result;

/**
 * What the bot says back to a message.
 *
 * @param interaction the recorded interaction's id (feedback and escalation refer to it)
 * @param decision answer, suggest, escalate or not-a-question
 * @param text the words, plain text, readable in a notification or by a screen reader
 * @param links up to three links, best first
 * @param buttons the actions offered ("solved", "need-help")
 * @param category the question's category
 */
public record Reply(
    long interaction,
    String decision,
    String text,
    List<Result> links,
    List<String> buttons,
    String category) {
  public static final String SOLVED = "solved";
  public static final String NEED_HELP = "need-help";
}
