package org.deskbot.server;

/**
 * Thrown by a handler to answer with a status and a JSON error: bad input, not found, forbidden.
 */
public final class HttpError extends RuntimeException {
  private final int status;

  public HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
