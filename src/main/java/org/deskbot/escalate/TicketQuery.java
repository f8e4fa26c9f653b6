package org.deskbot.escalate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One page of a ticket queue: whose tickets, in which states, claimed by whom, and which slice. A
 * queue lists open tickets first, then claimed, resolved and closed (the order of {@link
 * TicketStatus}), newest first within a state.
 *
 * @param requester only this teacher's tickets, or {@link #EVERYONE}
 * @param states the states shown (at least one)
 * @param assignee only the tickets this team member claimed, or {@link #ANY_ASSIGNEE}
 * @param offset how many tickets of the queue come before the page
 * @param limit the most tickets on the page
 */
public record TicketQuery(
    String requester, Set<TicketStatus> states, String assignee, int offset, int limit) {
  public static final String EVERYONE = null;
  public static final String ANY_ASSIGNEE = null;

  public TicketQuery {
    if (states.isEmpty()) {
      throw new IllegalArgumentException("a ticket query needs at least one state");
    }
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset " + offset + " and limit " + limit);
    }
    states = Collections.unmodifiableSet(EnumSet.copyOf(states));
  }

  /** The tickets on the page and how many tickets match in all. */
  public record Page(List<Ticket> tickets, int total) {
    public Page {
      tickets = List.copyOf(tickets);
    }
  }

  /** Whether {@code t} belongs to the queue (ignoring the slice). */
  public boolean matches(Ticket t) {
    return (requester == null || requester.equals(t.requester()))
        && states.contains(t.status())
        && (assignee == null || assignee.equals(t.assignee()));
  }
}
