package org.deskbot.escalate;

/**
 * One step of a ticket's lifecycle, decided from the ticket as it is inside the store's write
 * transaction (so two people pressing Claim at once cannot both win). The steps are in {@link
 * Transitions}; a store only loads, applies and persists.
 */
@FunctionalInterface
public interface TicketChange {
  /**
   * The ticket after the step and the event that records it.
   *
   * @throws StoreException CONFLICT when the ticket's state does not allow the step
   */
  Applied apply(Ticket current) throws StoreException;

  /** A step's outcome: the ticket's new working state and its audit-trail line. */
  record Applied(Ticket after, TicketEvent event) {}
}
