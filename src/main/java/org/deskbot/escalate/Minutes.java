package org.deskbot.escalate;

/** The minutes a specialist logs on a ticket: a whole number from 0 to 10,000 (about a week). */
public final class Minutes {
  public static final int MIN = 0;
  public static final int MAX = 10_000;

  private Minutes() {}

  /** Whether {@code minutes} can be logged. */
  public static boolean allowed(long minutes) {
    return minutes >= MIN && minutes <= MAX;
  }

  /** {@code minutes} when it can be logged, else refused with the range. */
  public static int check(long minutes) throws TicketException {
    if (!allowed(minutes)) {
      throw new TicketException(
          TicketException.Kind.INVALID, "minutes spent must be between " + MIN + " and " + MAX);
    }
    return (int) minutes;
  }
}
