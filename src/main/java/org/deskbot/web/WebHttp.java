package org.deskbot.web;

import org.deskbot.escalate.Ticket;
import org.deskbot.server.HttpError;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;

/** Reading a request's path and query, writing a JSON answer: the same for every route. */
final class WebHttp {
  private WebHttp() {}

  static HttpResponse json(Object value) {
    return HttpResponse.json(200, value).withHeader("Cache-Control", "no-store");
  }

  /** The ticket a path's {@code {number}} names ("T-1042" or "1042"), else 404. */
  static long ticketId(HttpRequest r) {
    long id = Ticket.idOf(r.param("number"));
    if (id < 1) {
      throw new HttpError(404, "no ticket " + r.param("number"));
    }
    return id;
  }

  /** The {@code week} query parameter, or null for the last full week. */
  static String week(HttpRequest r) {
    String week = r.queryParams().get("week");
    if (week == null || week.isBlank()) {
      return null;
    }
    if (!week.matches("\\d{4}-W\\d{2}")) {
      throw new HttpError(400, "week must look like 2026-W47");
    }
    return week;
  }
}
