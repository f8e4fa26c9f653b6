package org.deskbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.deskbot.answer.Result;
import org.deskbot.chat.Reply;
import org.deskbot.escalate.Suggested;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.ingest.ContentType;

/**
 * Block Kit for every message and view deskbot shows in Slack, as JSON text (the Web API's {@code
 * blocks} / {@code view}), each with a plain-text fallback for notifications and screen readers.
 */
final class SlackBlocks {
  static final String SOLVED = "solved";
  static final String NEED_HELP = "need_help";
  static final String CLAIM = "claim";
  static final String RESOLVE = "resolve";
  static final String ESCALATE_VIEW = "escalate";
  static final String RESOLVE_VIEW = "resolve_ticket";
  static final String FEEDBACK_BLOCK = "feedback";
  static final String TRIAGE_BLOCK = "triage";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SlackBlocks() {}

  /** A message: its blocks (JSON) and the plain text shown where blocks are not. */
  record Message(String text, String blocks) {}

  // ---- teacher: the answer ----

  static Message answer(Reply reply) {
    ArrayNode blocks = JSON.createArrayNode();
    StringBuilder text = new StringBuilder(reply.text());
    blocks.add(section(escape(reply.text())));
    for (Result r : reply.links()) {
      String when =
          r.type() == ContentType.VIDEO && r.seconds() >= 0
              ? " · video at " + Result.clock(r.seconds())
              : "";
      StringBuilder md =
          new StringBuilder(
              (r.url().isBlank() // a session in a room has no link
                      ? "*" + escape(r.title()) + "*"
                      : "*<" + r.url() + "|" + linkText(r.title()) + ">*")
                  + when);
      if (!r.snippet().isBlank()) {
        md.append("\n>").append(escape(oneLine(r.snippet(), 280)));
      }
      blocks.add(section(md.toString()));
      text.append("\n• ")
          .append(r.title())
          .append(when.isEmpty() ? "" : " (" + when.substring(3) + ")")
          .append(": ")
          .append(r.url());
    }
    if (!reply.buttons().isEmpty()) {
      ArrayNode elements = JSON.createArrayNode();
      if (reply.buttons().contains(Reply.SOLVED)) {
        elements.add(
            button(SOLVED, "That solved it", String.valueOf(reply.interaction()), "primary"));
      }
      if (reply.buttons().contains(Reply.NEED_HELP)) {
        elements.add(
            button(NEED_HELP, "I still need help", String.valueOf(reply.interaction()), null));
      }
      blocks.add(
          JSON.createObjectNode()
              .put("type", "actions")
              .put("block_id", FEEDBACK_BLOCK)
              .set("elements", elements));
    }
    return new Message(text.toString(), blocks.toString());
  }

  /** The same message after a button press: the buttons replaced by what happened. */
  static String withoutButtons(JsonNode blocks, String note) {
    ArrayNode out = JSON.createArrayNode();
    if (blocks != null && blocks.isArray()) {
      for (JsonNode b : blocks) {
        if (!FEEDBACK_BLOCK.equals(b.path("block_id").asText())) {
          out.add(b.deepCopy());
        }
      }
    }
    out.add(context(note));
    return out.toString();
  }

  /** The form behind *I still need help*: the question as asked, school, urgency, details. */
  static String escalationView(String question, String school, String metadata) {
    return escalationView(question, school, "", metadata);
  }

  /**
   * The form with, when {@code championOffer} is not blank, the choice of who to ask: the school's
   * champion (chosen) or the tech team.
   */
  static String escalationView(
      String question, String school, String championOffer, String metadata) {
    ObjectNode view = modal(ESCALATE_VIEW, "Reach the tech team", "Open ticket", metadata);
    ArrayNode blocks = view.putArray("blocks");
    blocks.add(section("*Your question*\n>" + escape(oneLine(question, 2500))));
    ObjectNode schoolInput = plainInput(false);
    if (!school.isBlank()) {
      schoolInput.put("initial_value", school);
    }
    blocks.add(input("school", "School", schoolInput, false));
    if (!championOffer.isBlank()) {
      ObjectNode radios =
          JSON.createObjectNode().put("type", "radio_buttons").put("action_id", "value");
      ObjectNode champion = JSON.createObjectNode().put("value", ROUTE_CHAMPION);
      champion.set("text", plain(oneLine(championOffer, 150)));
      ObjectNode team = JSON.createObjectNode().put("value", ROUTE_TEAM);
      team.set("text", plain("The tech team"));
      radios.putArray("options").add(champion).add(team);
      radios.set("initial_option", champion);
      blocks.add(input("route", "Who should help?", radios, false));
    }
    ObjectNode select =
        JSON.createObjectNode().put("type", "static_select").put("action_id", "value");
    ArrayNode options = select.putArray("options");
    for (String u : org.deskbot.escalate.Urgency.LEVELS) {
      options.add(option(u));
    }
    select.set("initial_option", option(org.deskbot.escalate.Urgency.DEFAULT));
    blocks.add(input("urgency", "Urgency", select, false));
    blocks.add(input("details", "Anything else we should know?", plainInput(true), true));
    return view.toString();
  }

  static final String ROUTE_CHAMPION = org.deskbot.chat.ConversationService.ROUTE_CHAMPION;
  static final String ROUTE_TEAM = org.deskbot.chat.ConversationService.ROUTE_TEAM;

  // ---- team: the triage card ----

  static Message triageCard(Ticket t, List<Suggested.Link> suggested, String threadLink) {
    ArrayNode blocks = JSON.createArrayNode();
    blocks.add(
        JSON.createObjectNode()
            .put("type", "header")
            .set(
                "text",
                plain(
                    oneLine(
                        t.number()
                            + " · "
                            + t.urgency()
                            + (t.category().isBlank() ? "" : " · " + t.category()),
                        150))));
    blocks.add(section("*Question*\n>" + escape(oneLine(t.question(), 2500))));
    if (!t.details().isBlank()) {
      blocks.add(section("*Details*\n>" + escape(oneLine(t.details(), 2500))));
    }
    ArrayNode fields = JSON.createArrayNode();
    fields.add(mrkdwn("*Requester*\n<@" + t.requester() + ">"));
    fields.add(mrkdwn("*School*\n" + (t.school().isBlank() ? "not given" : escape(t.school()))));
    fields.add(
        mrkdwn("*Category*\n" + (t.category().isBlank() ? "unknown" : escape(t.category()))));
    fields.add(mrkdwn("*Urgency*\n" + escape(t.urgency())));
    fields.add(mrkdwn("*Status*\n" + state(t)));
    if (!threadLink.isBlank()) {
      fields.add(mrkdwn("*Teacher's thread*\n<" + threadLink + "|open the thread>"));
    }
    blocks.add(JSON.createObjectNode().put("type", "section").set("fields", fields));
    StringBuilder already = new StringBuilder("*The bot already suggested*");
    if (suggested.isEmpty()) {
      already.append("\nnothing (no good match in the team's help)");
    }
    for (Suggested.Link l : suggested) {
      already.append("\n• <").append(l.url()).append('|').append(linkText(l.title())).append('>');
    }
    blocks.add(section(already.toString()));
    ArrayNode elements = JSON.createArrayNode();
    if (t.status() == TicketStatus.OPEN) {
      elements.add(button(CLAIM, "Claim", String.valueOf(t.id()), "primary"));
    }
    if (t.status() == TicketStatus.OPEN || t.status() == TicketStatus.CLAIMED) {
      elements.add(button(RESOLVE, "Resolve", String.valueOf(t.id()), null));
    }
    if (!elements.isEmpty()) {
      blocks.add(
          JSON.createObjectNode()
              .put("type", "actions")
              .put("block_id", TRIAGE_BLOCK)
              .set("elements", elements));
    }
    blocks.add(context("Reply in this thread to answer the teacher."));
    String text =
        t.number() + " (" + stateText(t) + ", " + t.urgency() + "): " + oneLine(t.question(), 200);
    return new Message(text, blocks.toString());
  }

  /** The ticket's {@code suggested} JSON as links; unreadable JSON gives none. */
  static List<Suggested.Link> suggested(String json) {
    return Suggested.links(json);
  }

  /** The *Resolve* form: minutes spent, the resolution, save as an FAQ draft. */
  static String resolveView(Ticket t) {
    ObjectNode view =
        modal(RESOLVE_VIEW, "Resolve " + t.number(), "Resolve", String.valueOf(t.id()));
    ArrayNode blocks = view.putArray("blocks");
    blocks.add(section("*Question*\n>" + escape(oneLine(t.question(), 2500))));
    ObjectNode minutes =
        JSON.createObjectNode()
            .put("type", "number_input")
            .put("action_id", "value")
            .put("is_decimal_allowed", false)
            .put("min_value", String.valueOf(org.deskbot.escalate.Minutes.MIN))
            .put("max_value", String.valueOf(org.deskbot.escalate.Minutes.MAX));
    blocks.add(input("minutes", "Minutes spent", minutes, false));
    blocks.add(input("resolution", "Resolution (the teacher sees it)", plainInput(true), false));
    ObjectNode boxes = JSON.createObjectNode().put("type", "checkboxes").put("action_id", "value");
    boxes
        .putArray("options")
        .add(JSON.createObjectNode().put("value", "save").set("text", plain("Save as FAQ draft")));
    blocks.add(input("faq", "FAQ", boxes, true));
    return view.toString();
  }

  // ---- App Home ----

  static String home(boolean team, List<Ticket> tickets) {
    ObjectNode view = JSON.createObjectNode().put("type", "home");
    ArrayNode blocks = view.putArray("blocks");
    blocks.add(
        JSON.createObjectNode()
            .put("type", "header")
            .set("text", plain(team ? "Open queue" : "Your tickets")));
    if (tickets.isEmpty()) {
      blocks.add(
          section(
              team
                  ? "No open tickets. :tada:"
                  : "You have no tickets. Ask me a question in a DM, with @deskbot, or with `/helpdesk`."));
    }
    for (Ticket t : tickets.subList(0, Math.min(tickets.size(), 40))) {
      String who =
          team
              ? " · from <@"
                  + t.requester()
                  + ">"
                  + (t.school().isBlank() ? "" : " at " + escape(t.school()))
              : "";
      blocks.add(
          section(
              "*"
                  + t.number()
                  + "* · "
                  + state(t)
                  + " · "
                  + escape(t.urgency())
                  + who
                  + "\n"
                  + escape(oneLine(t.question(), 200))));
    }
    return view.toString();
  }

  // ---- pieces ----

  static String state(Ticket t) {
    return switch (t.status()) {
      case OPEN -> ":large_yellow_circle: Open";
      case CLAIMED -> ":large_blue_circle: Claimed by <@" + t.assignee() + ">";
      case RESOLVED ->
          ":white_check_mark: Resolved by <@"
              + t.assignee()
              + ">"
              + (t.minutes() == null ? "" : " in " + t.minutes() + " min");
      case CLOSED -> ":black_circle: Closed";
    };
  }

  static String stateText(Ticket t) {
    return t.status().label()
        + (t.status() == TicketStatus.CLAIMED || t.status() == TicketStatus.RESOLVED
            ? " by " + t.assignee()
            : "");
  }

  /** Slack's three escapes for mrkdwn text. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String linkText(String title) {
    return escape(title).replace("|", "¦");
  }

  private static String oneLine(String s, int max) {
    String one = s.strip().replaceAll("\\s*\\n\\s*", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  private static ObjectNode modal(String callbackId, String title, String submit, String metadata) {
    ObjectNode view = JSON.createObjectNode().put("type", "modal").put("callback_id", callbackId);
    view.set("title", plain(oneLine(title, 24)));
    view.set("submit", plain(submit));
    view.set("close", plain("Cancel"));
    view.put("private_metadata", metadata);
    return view;
  }

  private static ObjectNode input(
      String blockId, String label, ObjectNode element, boolean optional) {
    ObjectNode in = JSON.createObjectNode().put("type", "input").put("block_id", blockId);
    in.set("label", plain(label));
    in.set("element", element);
    in.put("optional", optional);
    return in;
  }

  private static ObjectNode plainInput(boolean multiline) {
    return JSON.createObjectNode()
        .put("type", "plain_text_input")
        .put("action_id", "value")
        .put("multiline", multiline);
  }

  private static ObjectNode option(String value) {
    ObjectNode o = JSON.createObjectNode();
    o.set("text", plain(value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1)));
    o.put("value", value);
    return o;
  }

  private static ObjectNode section(String mrkdwn) {
    return JSON.createObjectNode().put("type", "section").set("text", mrkdwn(mrkdwn));
  }

  private static ObjectNode context(String mrkdwn) {
    ObjectNode c = JSON.createObjectNode().put("type", "context");
    c.putArray("elements").add(mrkdwn(mrkdwn));
    return c;
  }

  private static ObjectNode button(String actionId, String label, String value, String style) {
    ObjectNode b = JSON.createObjectNode().put("type", "button").put("action_id", actionId);
    b.set("text", plain(label));
    b.put("value", value);
    if (style != null) {
      b.put("style", style);
    }
    return b;
  }

  private static ObjectNode mrkdwn(String text) {
    return JSON.createObjectNode().put("type", "mrkdwn").put("text", text);
  }

  private static ObjectNode plain(String text) {
    return JSON.createObjectNode().put("type", "plain_text").put("text", text).put("emoji", true);
  }
}
