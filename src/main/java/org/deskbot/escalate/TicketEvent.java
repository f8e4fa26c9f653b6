package org.deskbot.escalate;

import java.time.Instant;

/** One line of a ticket's audit trail: who did what, when. */
public record TicketEvent(long ticketId, Instant at, String actor, String kind, String detail) {
  public static final String CREATED = "created";
  public static final String CLAIMED = "claimed";
  public static final String REPLIED = "replied";
  public static final String RESOLVED = "resolved";
  public static final String REOPENED = "reopened";
  public static final String NOTIFIED = "notified";
  public static final String ROUTED = "routed";
  public static final String HANDED_OVER = "handed-over";
}
