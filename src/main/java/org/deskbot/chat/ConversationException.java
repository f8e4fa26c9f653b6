package org.deskbot.chat;

import org.deskbot.escalate.StoreException;
import org.deskbot.escalate.TicketException;

/** A conversation step that cannot be done, with why: adapters map it to a message or a status. */
public class ConversationException extends Exception {
  /**
   * Why: not found (404), not allowed (403), invalid (400), conflicting state (409), failed (500).
   */
  public enum Kind {
    NOT_FOUND,
    FORBIDDEN,
    INVALID,
    CONFLICT,
    FAILED
  }

  private final Kind kind;
  private final String field;

  public ConversationException(Kind kind, String message) {
    this(kind, message, "");
  }

  /**
   * @param field the form field the reason is about ("minutes", "urgency", "resolution"), or ""
   */
  public ConversationException(Kind kind, String message, String field) {
    super(message);
    this.kind = kind;
    this.field = field;
  }

  public Kind kind() {
    return kind;
  }

  /** The form field the reason is about, or "" when it is about no one field. */
  public String field() {
    return field;
  }

  /**
   * A store's or the ticket rules' refusal ({@code e} is one or the other) as the conversation's.
   */
  static ConversationException of(Exception e) {
    return switch (e) {
      case StoreException s -> of(s);
      case TicketException t -> of(t);
      default -> new ConversationException(Kind.FAILED, e.getMessage());
    };
  }

  static ConversationException of(TicketException e) {
    return of(e, "");
  }

  static ConversationException of(TicketException e, String field) {
    return new ConversationException(
        switch (e.kind()) {
          case NOT_FOUND -> Kind.NOT_FOUND;
          case FORBIDDEN -> Kind.FORBIDDEN;
          case INVALID -> Kind.INVALID;
        },
        e.getMessage(),
        e.kind() == TicketException.Kind.INVALID ? field : "");
  }

  static ConversationException of(StoreException e) {
    return new ConversationException(
        switch (e.kind()) {
          case NOT_FOUND -> Kind.NOT_FOUND;
          case CONFLICT -> Kind.CONFLICT;
          case FAILED -> Kind.FAILED;
        },
        e.getMessage());
  }
}
