package org.deskbot.escalate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where tickets and their audit trail are kept. A store only persists: which changes are allowed is
 * {@link Transitions}', applied inside the store's transaction with the event it writes.
 */
public interface TicketStore {

  /** What a new ticket says; {@code champion}: the champion it is routed to, null for the team. */
  record NewTicket(
      String requester,
      String platform,
      String place,
      String school,
      String urgency,
      String category,
      String question,
      String details,
      String suggested,
      Long interactionId,
      String champion) {}

  /**
   * Creates a ticket with its "created" event; a {@code deliveryId} seen before returns the ticket
   * it created then (a retried delivery never makes a second ticket).
   */
  Ticket create(NewTicket ticket, Instant at, String deliveryId) throws StoreException;

  Optional<Ticket> find(long id) throws StoreException;

  /** Tickets, newest first; {@code requester} null means everyone's, {@code status} null any. */
  List<Ticket> list(String requester, TicketStatus status, int limit) throws StoreException;

  /** A page of a ticket queue (open first; see {@link TicketQuery}) and how many match in all. */
  TicketQuery.Page page(TicketQuery query) throws StoreException;

  /**
   * How many tickets are in each state (every state, 0 included); {@code requester} null means
   * everyone's.
   */
  java.util.Map<TicketStatus, Integer> countByStatus(String requester) throws StoreException;

  /**
   * Applies {@code change} to the ticket as it is, in one write transaction with the event it
   * records, and returns the ticket after it.
   *
   * @throws StoreException NOT_FOUND when there is no such ticket, CONFLICT when the change refuses
   *     the ticket's state
   */
  Ticket change(long id, TicketChange change) throws StoreException;

  default Ticket claim(long id, String actor, Instant at) throws StoreException {
    return change(id, Transitions.claim(actor, at));
  }

  /** Records a reply; the first one from the team is the ticket's first response. */
  default Ticket reply(long id, String actor, String text, Instant at) throws StoreException {
    return change(id, Transitions.reply(actor, text, at));
  }

  default Ticket resolve(long id, String actor, int minutes, String resolution, Instant at)
      throws StoreException {
    return change(id, Transitions.resolve(actor, minutes, resolution, at));
  }

  default Ticket reopen(long id, String actor, Instant at) throws StoreException {
    return change(id, Transitions.reopen(actor, at));
  }

  /** Adds an event that changes nothing else (e.g. the teacher was notified). */
  default void note(long id, String actor, String kind, String detail, Instant at)
      throws StoreException {
    change(id, Transitions.note(actor, kind, detail, at));
  }

  List<TicketEvent> events(long id) throws StoreException;
}
