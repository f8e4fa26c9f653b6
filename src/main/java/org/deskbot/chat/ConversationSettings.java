package org.deskbot.chat;

import java.time.Duration;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;

/**
 * How conversations are kept.
 *
 * @param window how long after a teacher's last message in a thread the next one still belongs to
 *     the same conversation ({@code conversation.window_minutes}, env {@code
 *     DESKBOT_CONVERSATION_WINDOW}, default 30)
 */
public record ConversationSettings(Duration window) {
  public static final int DEFAULT_WINDOW_MINUTES = 30;

  public static ConversationSettings load(ConfigSource config) throws ConfigException {
    int minutes =
        config.integer(
            "conversation",
            "window_minutes",
            "DESKBOT_CONVERSATION_WINDOW",
            DEFAULT_WINDOW_MINUTES,
            0,
            (int) ConversationMemory.KEPT.toMinutes());
    return new ConversationSettings(Duration.ofMinutes(minutes));
  }
}
