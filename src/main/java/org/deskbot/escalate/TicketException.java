package org.deskbot.escalate;

/**
 * A ticket step the rules refuse: the ticket is missing, the person may not do it, or what they
 * gave is not valid. (A state that does not allow the step is a {@link StoreException} CONFLICT,
 * decided inside the store's transaction.)
 */
public class TicketException extends Exception {
  /** Why, so an adapter can answer 404, 403 or 400. */
  public enum Kind {
    NOT_FOUND,
    FORBIDDEN,
    INVALID
  }

  private final Kind kind;

  public TicketException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
