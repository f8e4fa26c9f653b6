package org.deskbot.escalate;

import java.util.Locale;

/** Where a ticket is: open → claimed → resolved → closed; a resolved ticket can be reopened. */
public enum TicketStatus {
  OPEN,
  CLAIMED,
  RESOLVED,
  CLOSED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TicketStatus parse(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
