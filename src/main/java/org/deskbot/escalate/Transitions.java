package org.deskbot.escalate;

import java.time.Instant;

/**
 * Where a ticket may go from where it is: open → claimed → resolved (→ closed); a resolved or
 * closed ticket can be reopened; anything but a closed ticket takes replies. Each step says what
 * changes and which event records it.
 */
public final class Transitions {
  private Transitions() {}

  /** A specialist takes an open ticket. */
  public static TicketChange claim(String actor, Instant at) {
    return t -> {
      if (t.status() != TicketStatus.OPEN) {
        throw conflict(
            t.number()
                + " is "
                + t.status().label()
                + (t.assignee() == null ? "" : " by " + t.assignee())
                + ", not open");
      }
      Ticket after =
          t.with(
              TicketStatus.CLAIMED,
              actor,
              at,
              t.firstResponseAt(),
              t.resolvedAt(),
              t.minutes(),
              t.resolution(),
              t.handedAt());
      return applied(after, at, actor, TicketEvent.CLAIMED, null);
    };
  }

  /** A reply; the first one from anyone but the teacher who asked is the first response. */
  public static TicketChange reply(String actor, String text, Instant at) {
    return t -> {
      if (t.status() == TicketStatus.CLOSED) {
        throw conflict(t.number() + " is closed");
      }
      boolean firstResponse = t.firstResponseAt() == null && !actor.equals(t.requester());
      Ticket after =
          t.with(
              t.status(),
              t.assignee(),
              t.claimedAt(),
              firstResponse ? at : t.firstResponseAt(),
              t.resolvedAt(),
              t.minutes(),
              t.resolution(),
              t.handedAt());
      return applied(after, at, actor, TicketEvent.REPLIED, text);
    };
  }

  /**
   * Resolved with the minutes spent (added to any logged before a reopen); whoever resolves an
   * unclaimed ticket is its assignee.
   */
  public static TicketChange resolve(String actor, int minutes, String resolution, Instant at)
      throws StoreException {
    if (minutes < 0) {
      throw conflict("minutes spent cannot be negative");
    }
    return t -> {
      if (t.status() == TicketStatus.RESOLVED || t.status() == TicketStatus.CLOSED) {
        throw conflict(t.number() + " is already " + t.status().label());
      }
      Ticket after =
          t.with(
              TicketStatus.RESOLVED,
              t.assignee() == null ? actor : t.assignee(),
              t.claimedAt() == null ? at : t.claimedAt(),
              t.firstResponseAt(),
              at,
              (t.minutes() == null ? 0 : t.minutes()) + minutes,
              resolution,
              t.handedAt());
      return applied(after, at, actor, TicketEvent.RESOLVED, minutes + " min: " + resolution);
    };
  }

  /** Back to work: claimed again when someone had it, else open. */
  public static TicketChange reopen(String actor, Instant at) {
    return t -> {
      if (t.status() != TicketStatus.RESOLVED && t.status() != TicketStatus.CLOSED) {
        throw conflict(t.number() + " is " + t.status().label() + ", not resolved");
      }
      Ticket after =
          t.with(
              t.assignee() == null ? TicketStatus.OPEN : TicketStatus.CLAIMED,
              t.assignee(),
              t.claimedAt(),
              t.firstResponseAt(),
              null,
              t.minutes(),
              t.resolution(),
              t.handedAt());
      return applied(after, at, actor, TicketEvent.REOPENED, null);
    };
  }

  /**
   * {@code step} done by {@code actor}: the team's on any ticket, a champion's only on a ticket
   * still with them. Checked again here, inside the store's transaction, because the ticket may
   * have been handed to the team since the rules were asked.
   */
  public static TicketChange byTeamOrChampion(String actor, boolean onTeam, TicketChange step) {
    return t -> {
      if (!onTeam && !actor.equals(t.championNow())) {
        throw conflict(t.number() + " is the tech team's now");
      }
      return step.apply(t);
    };
  }

  /**
   * A ticket its champion left unclaimed goes to the team, as of {@code at} (when the champion's
   * hours ran out).
   */
  public static TicketChange handOver(Instant at) {
    return t -> {
      if (!t.withChampion() || t.status() != TicketStatus.OPEN) {
        throw conflict(t.number() + " is not waiting for a champion");
      }
      return applied(
          t.handedOver(at), at, "deskbot", TicketEvent.HANDED_OVER, "unclaimed by " + t.champion());
    };
  }

  /** An event that changes nothing else (e.g. the teacher was notified). */
  public static TicketChange note(String actor, String kind, String detail, Instant at) {
    return t -> applied(t, at, actor, kind, detail);
  }

  private static TicketChange.Applied applied(
      Ticket after, Instant at, String actor, String kind, String detail) {
    return new TicketChange.Applied(after, new TicketEvent(after.id(), at, actor, kind, detail));
  }

  private static StoreException conflict(String message) {
    return new StoreException(StoreException.Kind.CONFLICT, message);
  }
}
