package org.deskbot.chat;

import org.deskbot.escalate.StoreException;

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

  public ConversationException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
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
