package org.deskbot.escalate;

import java.time.Instant;

/**
 * A help request a specialist works on.
 *
 * @param id the database id; {@link #number()} is what people say ("T-1042")
 * @param suggested what the bot had already suggested, as JSON ({@code [{"title","url"}]})
 * @param minutes minutes spent, logged at resolution (null before)
 * @param champion the school champion the ticket was routed to (kept after it is handed over, for
 *     the report); null when it went to the team
 * @param handedAt when a ticket routed to a champion became the team's (null while it is theirs)
 */
public record Ticket(
    long id,
    String requester,
    String platform,
    String place,
    String school,
    String urgency,
    String category,
    String question,
    String details,
    String suggested,
    TicketStatus status,
    String assignee,
    Instant createdAt,
    Instant claimedAt,
    Instant firstResponseAt,
    Instant resolvedAt,
    Integer minutes,
    String resolution,
    Long interactionId,
    String champion,
    Instant handedAt) {

  /** The ticket's tier: {@code "champion"} while it is with a champion, else {@code "team"}. */
  public String tier() {
    return withChampion() ? "champion" : "team";
  }

  /** Routed to a champion and not handed over to the team. */
  public boolean withChampion() {
    return champion != null && handedAt == null;
  }

  /** The champion it is with now: null once handed over or never routed. */
  public String championNow() {
    return withChampion() ? champion : null;
  }

  /** This ticket handed over to the team at {@code at}. */
  public Ticket handedOver(Instant at) {
    return with(status, assignee, claimedAt, firstResponseAt, resolvedAt, minutes, resolution, at);
  }

  /** Ticket numbers start at T-1001 so they never look like a count. */
  public static final long NUMBER_OFFSET = 1000;

  public String number() {
    return numberOf(id);
  }

  /** What people call the ticket with database id {@code id} ("T-1042"). */
  public static String numberOf(long id) {
    return "T-" + (id + NUMBER_OFFSET);
  }

  /** This ticket with its working state replaced (what a {@link Transitions} change sets). */
  public Ticket with(
      TicketStatus status,
      String assignee,
      Instant claimedAt,
      Instant firstResponseAt,
      Instant resolvedAt,
      Integer minutes,
      String resolution,
      Instant handedAt) {
    return new Ticket(
        id,
        requester,
        platform,
        place,
        school,
        urgency,
        category,
        question,
        details,
        suggested,
        status,
        assignee,
        createdAt,
        claimedAt,
        firstResponseAt,
        resolvedAt,
        minutes,
        resolution,
        interactionId,
        champion,
        handedAt);
  }

  /** Still being worked: open or claimed. */
  public boolean worked() {
    return status == TicketStatus.OPEN || status == TicketStatus.CLAIMED;
  }

  /** The id behind a number such as "T-1042" or "1042"; -1 when it is not one. */
  public static long idOf(String number) {
    String digits = number.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^T-?", "");
    try {
      long n = Long.parseLong(digits);
      return n > NUMBER_OFFSET ? n - NUMBER_OFFSET : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
