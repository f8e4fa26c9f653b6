package org.deskbot.escalate;

import java.util.List;
import java.util.Locale;

/** How urgent a teacher says their ticket is: the one list every form offers. */
public final class Urgency {
  /** The levels, least urgent first. */
  public static final List<String> LEVELS = List.of("low", "normal", "high", "urgent");

  /** What a form left blank means. */
  public static final String DEFAULT = "normal";

  private Urgency() {}

  /** The level {@code given} names (any case, blank = {@link #DEFAULT}). */
  public static String parse(String given) throws TicketException {
    String urgency =
        given == null || given.isBlank() ? DEFAULT : given.strip().toLowerCase(Locale.ROOT);
    if (!LEVELS.contains(urgency)) {
      throw new TicketException(
          TicketException.Kind.INVALID,
          "urgency must be "
              + String.join(", ", LEVELS.subList(0, LEVELS.size() - 1))
              + " or "
              + LEVELS.getLast());
    }
    return urgency;
  }
}
