package org.deskbot.web;

import static org.deskbot.web.WebHttp.json;
import static org.deskbot.web.WebHttp.ticketId;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.escalate.TicketJson;
import org.deskbot.escalate.TicketQuery;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.server.HttpError;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;

/** The dashboard's ticket API: the queue, one ticket with its trail, and the changes to it. */
final class TeamApi {
  /** Tickets on a page of the queue unless the request's {@code limit} says otherwise. */
  static final int PAGE_SIZE = 50;

  private static final int MAX_LIMIT = 200;
  private static final int MAX_PAGE = 100_000;

  private final WebSettings settings;
  private final ConversationService conversation;
  private final SignIn signIn;
  private final FaqDrafts drafts;

  TeamApi(WebSettings settings, ConversationService conversation, SignIn signIn, FaqDrafts drafts) {
    this.settings = settings;
    this.conversation = conversation;
    this.signIn = signIn;
    this.drafts = drafts;
  }

  HttpResponse me(HttpRequest r) {
    return json(Map.of("user", signIn.teamActor(r), "sign_in_required", settings.signInRequired()));
  }

  /**
   * A page of the queue: {@code status} (one state, a comma-separated list, or {@code all}, the
   * default), {@code mine} (only the tickets the asker claimed), {@code page} (from 1) and {@code
   * limit} (tickets a page, {@value #PAGE_SIZE} unless given); with the counts by state and how
   * many tickets match in all.
   */
  HttpResponse queue(HttpRequest r) throws ConversationException {
    String actor = signIn.teamActor(r);
    Map<String, String> q = r.queryParams();
    Set<TicketStatus> states = states(q.getOrDefault("status", ""));
    boolean mine = yesNo(q.getOrDefault("mine", "false"));
    int limit = whole(q.get("limit"), PAGE_SIZE, MAX_LIMIT, "limit");
    int page = whole(q.get("page"), 1, MAX_PAGE, "page");
    TicketQuery.Page found =
        conversation.ticketPage(actor, states, mine, (page - 1) * limit, limit);
    ObjectNode o = WebJson.JSON.createObjectNode();
    ObjectNode counts = o.putObject("counts");
    conversation.ticketCounts(actor).forEach((s, n) -> counts.put(s.label(), n));
    ArrayNode shown = o.putArray("status");
    states.forEach(s -> shown.add(s.label()));
    o.put("mine", mine);
    o.put("page", page);
    o.put("limit", limit);
    o.put("total", found.total());
    ArrayNode tickets = o.putArray("tickets");
    found.tickets().forEach(t -> tickets.add(TicketJson.of(t)));
    return json(o);
  }

  private static Set<TicketStatus> states(String status) {
    if (status.isBlank() || status.equals("all")) {
      return EnumSet.allOf(TicketStatus.class);
    }
    Set<TicketStatus> states = EnumSet.noneOf(TicketStatus.class);
    for (String s : status.split(",", -1)) {
      try {
        states.add(TicketStatus.parse(s.strip()));
      } catch (IllegalArgumentException e) {
        throw new HttpError(
            400,
            "status must be open, claimed, resolved, closed, a comma-separated list of them, or"
                + " all");
      }
    }
    return states;
  }

  private static boolean yesNo(String value) {
    return switch (value) {
      case "true", "1" -> true;
      case "false", "0", "" -> false;
      default -> throw new HttpError(400, "mine must be true or false");
    };
  }

  /** A whole number from 1 to {@code max} in a query parameter, or {@code absent}. */
  private static int whole(String value, int absent, int max, String name) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    if (value.matches("\\d{1,9}")) {
      int n = Integer.parseInt(value);
      if (n >= 1 && n <= max) {
        return n;
      }
    }
    throw new HttpError(400, name + " must be a whole number from 1 to " + max);
  }

  HttpResponse ticket(HttpRequest r) throws ConversationException {
    String actor = signIn.teamActor(r);
    long id = ticketId(r);
    ObjectNode o = TicketJson.of(conversation.ticket(id, actor));
    o.set("events", TicketJson.events(conversation.events(id)));
    return json(o);
  }

  HttpResponse claim(HttpRequest r) throws ConversationException {
    return change(r, (id, actor, body) -> conversation.claim(id, actor));
  }

  HttpResponse reply(HttpRequest r) throws ConversationException {
    return change(r, (id, actor, body) -> conversation.reply(id, actor, body.text("text", 4000)));
  }

  HttpResponse reopen(HttpRequest r) throws ConversationException {
    return change(r, (id, actor, body) -> conversation.reopen(id, actor));
  }

  /** Resolved with the minutes spent; with {@code save_as_faq}, the FAQ draft's name too. */
  HttpResponse resolve(HttpRequest r) throws ConversationException {
    return change(
        r,
        (id, actor, b) ->
            conversation.resolve(
                id,
                actor,
                b.number("minutes"),
                b.optText("resolution", 4000),
                b.optBool("save_as_faq") ? drafts : null));
  }

  @FunctionalInterface
  private interface Change {
    ConversationService.TicketUpdate apply(long ticket, String actor, JsonBody body)
        throws ConversationException;
  }

  private HttpResponse change(HttpRequest r, Change c) throws ConversationException {
    String actor = signIn.teamActor(r);
    signIn.guard(r);
    long id = ticketId(r);
    JsonBody body =
        r.body().length == 0
            ? new JsonBody(WebJson.JSON.createObjectNode())
            : JsonBody.of(r, settings.maxBodyBytes());
    ConversationService.TicketUpdate update = c.apply(id, actor, body);
    ObjectNode o = TicketJson.of(update.ticket());
    update.draft().ifPresent(draft -> o.put("draft", draft.getFileName().toString()));
    return json(o);
  }
}
