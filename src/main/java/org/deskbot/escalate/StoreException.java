package org.deskbot.escalate;

/** A store could not do what was asked: a missing ticket, a wrong state, or the database failed. */
public class StoreException extends Exception {
  /** Why, so an adapter can answer 404, 409 or 500. */
  public enum Kind {
    NOT_FOUND,
    CONFLICT,
    FAILED
  }

  private final Kind kind;

  public StoreException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
    this.kind = Kind.FAILED;
  }

  public Kind kind() {
    return kind;
  }
}
