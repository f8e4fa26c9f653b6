package org.deskbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.deskbot.answer.Result;
import org.deskbot.chat.Reply;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketEvent;

/** How the API writes replies and tickets (the shapes documented in docs/README-web.md). */
final class WebJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private WebJson() {}

  static ObjectNode reply(Reply r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("interaction", r.interaction());
    o.put("decision", r.decision());
    o.put("text", r.text());
    o.put("category", r.category());
    ArrayNode buttons = o.putArray("buttons");
    r.buttons().forEach(buttons::add);
    o.set("links", results(r.links()));
    return o;
  }

  static ArrayNode results(List<Result> results) {
    ArrayNode links = JSON.createArrayNode();
    for (Result x : results) {
      ObjectNode l = links.addObject();
      l.put("type", x.type().label());
      l.put("title", x.title());
      l.put("url", x.url());
      l.put("snippet", x.snippet());
      ArrayNode hl = l.putArray("highlights");
      x.highlights().forEach(h -> hl.addArray().add(h[0]).add(h[1]));
      if (x.seconds() >= 0) {
        l.put("seconds", x.seconds());
        l.put("time", Result.clock(x.seconds()));
      }
      l.put("score", Math.round(x.score() * 1000) / 1000.0);
      l.put("category", x.category());
    }
    return links;
  }

  /** A ticket as the team sees it. */
  static ObjectNode ticket(Ticket t) {
    ObjectNode o = JSON.createObjectNode();
    o.put("number", t.number());
    o.put("status", t.status().label());
    o.put("requester", t.requester());
    o.put("platform", t.platform());
    o.put("school", t.school());
    o.put("urgency", t.urgency());
    o.put("category", t.category());
    o.put("question", t.question());
    o.put("details", t.details());
    o.put("assignee", t.assignee());
    time(o, "created_at", t.createdAt());
    time(o, "claimed_at", t.claimedAt());
    time(o, "first_response_at", t.firstResponseAt());
    time(o, "resolved_at", t.resolvedAt());
    if (t.minutes() == null) {
      o.putNull("minutes");
    } else {
      o.put("minutes", t.minutes());
    }
    o.put("resolution", t.resolution());
    try {
      JsonNode s = JSON.readTree(t.suggested() == null ? "[]" : t.suggested());
      o.set("suggested", s == null ? JSON.createArrayNode() : s);
    } catch (java.io.IOException e) {
      o.set("suggested", JSON.createArrayNode());
    }
    return o;
  }

  /** A ticket as the teacher who opened it sees it, with what the team told them here. */
  static ObjectNode teacherTicket(Ticket t, List<String> messages) {
    ObjectNode o = JSON.createObjectNode();
    o.put("number", t.number());
    o.put("status", t.status().label());
    o.put("assignee", t.assignee());
    time(o, "created_at", t.createdAt());
    time(o, "resolved_at", t.resolvedAt());
    o.put("resolution", t.resolution());
    ArrayNode m = o.putArray("messages");
    messages.forEach(m::add);
    return o;
  }

  static ArrayNode events(List<TicketEvent> events) {
    ArrayNode a = JSON.createArrayNode();
    for (TicketEvent e : events) {
      ObjectNode o = a.addObject();
      time(o, "at", e.at());
      o.put("actor", e.actor());
      o.put("kind", e.kind());
      o.put("detail", e.detail());
    }
    return a;
  }

  private static void time(ObjectNode o, String field, Instant at) {
    if (at == null) {
      o.putNull(field);
    } else {
      o.put(field, at.toString());
    }
  }
}
