package org.deskbot.chat;

import java.time.Instant;
import java.util.List;

/**
 * One message of a teacher's conversation, as the next message needs it.
 *
 * @param at when it came
 * @param kind what it was
 * @param interaction the interaction it was recorded as (for a verdict: the interaction judged)
 * @param searched what was searched for it, redacted ("" when nothing was): the next message's
 *     topic
 * @param shown the links shown in the reply
 */
public record Turn(Instant at, Kind kind, long interaction, String searched, List<String> shown) {

  /** What a message was. */
  public enum Kind {
    /** A question, answered (or not) with links. */
    QUESTION,
    /** "That didn't work" on the last answer. */
    NOT_SOLVED,
    /** "Thanks, that fixed it". */
    SOLVED,
    /** A greeting, a thank-you, "ok". */
    OTHER;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Kind of(String label) {
      return valueOf(label.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }
}
