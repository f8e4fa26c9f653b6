package org.deskbot.chat;

import java.time.Clock;
import org.deskbot.answer.EventCalendar;
import org.deskbot.report.LinkTracker;

/**
 * A conversation service none of whose parts may be reached: for adapter tests that must stop at
 * the edge.
 */
public final class Unreachable {
  private Unreachable() {}

  /** Only {@code team} answers (null: not even that). */
  public static ConversationService service(Team team) {
    return new ConversationService(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        team,
        Clock.systemUTC(),
        LinkTracker.off(),
        EventCalendar.NONE);
  }
}
