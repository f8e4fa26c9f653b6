package org.deskbot.server;

/**
 * Answers one request. Throw {@link HttpError} for a 4xx; anything else is a 500 without details.
 */
@FunctionalInterface
public interface Handler {
  HttpResponse handle(HttpRequest request) throws Exception;
}
