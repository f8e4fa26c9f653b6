package org.deskbot.escalate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** A ticket and its audit trail as JSON: one shape for the command line and the web API. */
public final class TicketJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TicketJson() {}

  /** Every field of a ticket, as the team sees it; times are ISO instants or null. */
  public static ObjectNode of(Ticket t) {
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
    o.put("tier", t.tier());
    o.put("champion", t.championNow());
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
    } catch (IOException e) {
      o.set("suggested", JSON.createArrayNode());
    }
    return o;
  }

  /** The audit trail: {@code [{"at", "actor", "kind", "detail"}]}. */
  public static ArrayNode events(List<TicketEvent> events) {
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

  /** {@code field}: the instant in ISO form, or null. */
  public static void time(ObjectNode o, String field, Instant at) {
    if (at == null) {
      o.putNull(field);
    } else {
      o.put(field, at.toString());
    }
  }
}
