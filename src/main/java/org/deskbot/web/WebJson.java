package org.deskbot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.deskbot.answer.Result;
import org.deskbot.answer.ResultJson;
import org.deskbot.chat.Reply;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketJson;

/** How the API writes replies and tickets (the shapes documented in the README, "The JSON API"). */
final class WebJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private WebJson() {}

  static ObjectNode reply(Reply r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("interaction", r.interaction());
    o.put("decision", r.decision());
    o.put("context_used", r.contextUsed());
    o.put("text", r.text());
    o.put("category", r.category());
    ArrayNode buttons = o.putArray("buttons");
    r.buttons().forEach(buttons::add);
    o.set("links", results(r.links()));
    return o;
  }

  static ArrayNode results(List<Result> results) {
    return ResultJson.of(results);
  }

  /** A ticket as the teacher who opened it sees it, with what the team told them here. */
  static ObjectNode teacherTicket(Ticket t, List<String> messages) {
    ObjectNode o = JSON.createObjectNode();
    o.put("number", t.number());
    o.put("status", t.status().label());
    o.put("assignee", t.assignee());
    TicketJson.time(o, "created_at", t.createdAt());
    TicketJson.time(o, "resolved_at", t.resolvedAt());
    o.put("resolution", t.resolution());
    ArrayNode m = o.putArray("messages");
    messages.forEach(m::add);
    return o;
  }
}
