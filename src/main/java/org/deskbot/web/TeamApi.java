package org.deskbot.web;

import static org.deskbot.web.WebHttp.json;
import static org.deskbot.web.WebHttp.ticketId;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketJson;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.server.HttpError;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;

/** The dashboard's ticket API: the queue, one ticket with its trail, and the changes to it. */
final class TeamApi {
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

  HttpResponse queue(HttpRequest r) throws ConversationException {
    String actor = signIn.teamActor(r);
    String status = r.queryParams().getOrDefault("status", "");
    TicketStatus filter = null;
    if (!status.isBlank()) {
      try {
        filter = TicketStatus.parse(status);
      } catch (IllegalArgumentException e) {
        throw new HttpError(400, "status must be open, claimed, resolved or closed");
      }
    }
    List<Ticket> list = conversation.tickets(actor, filter);
    ObjectNode o = WebJson.JSON.createObjectNode();
    ObjectNode counts = o.putObject("counts");
    conversation.ticketCounts(actor).forEach((s, n) -> counts.put(s.label(), n));
    ArrayNode tickets = o.putArray("tickets");
    list.forEach(t -> tickets.add(TicketJson.of(t)));
    return json(o);
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
