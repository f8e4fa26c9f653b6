package org.deskbot.escalate;

import java.time.Instant;

/**
 * The district's school hours, as the ticket rules need them (the report's calendar keeps them).
 */
@FunctionalInterface
public interface SchoolClock {
  /** The instant {@code hours} school hours after {@code from}. */
  Instant plusSchoolHours(Instant from, double hours);
}
