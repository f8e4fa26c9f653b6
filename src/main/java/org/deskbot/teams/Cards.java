package org.deskbot.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import org.deskbot.answer.Result;
import org.deskbot.chat.Reply;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.ingest.ContentType;
import org.deskbot.report.Digest;

/**
 * The bot's messages as Bot Framework activities: answers, the escalation form and the ticket card
 * are Adaptive Cards; their buttons are Action.Submit with {@code {"deskbot": action, ...}} data,
 * which Teams sends back as a message activity's {@code value}.
 */
public final class Cards {
  static final String ADAPTIVE = "application/vnd.microsoft.card.adaptive";

  /** The key in a submit's data that names the action. */
  static final String ACTION = "deskbot";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Cards() {}

  /** A plain message. */
  public static ObjectNode text(String text) {
    ObjectNode a = JSON.createObjectNode();
    a.put("type", "message");
    a.put("text", text);
    return a;
  }

  /**
   * The answer: the words, up to three links with titles, passages and video times, and the two
   * buttons.
   */
  public static ObjectNode answer(Reply reply) {
    ObjectNode card = card();
    ArrayNode body = card.withArray("body");
    textBlock(body, reply.text()).put("weight", "bolder");
    for (Result r : reply.links()) {
      ObjectNode c = body.addObject();
      c.put("type", "Container");
      c.put("separator", true);
      ArrayNode items = c.putArray("items");
      textBlock(
          items,
          r.url().isBlank() // a session in a room has no link
              ? markdownText(r.title())
              : "[" + markdownText(r.title()) + "](" + r.url() + ")");
      String kind =
          r.type() == ContentType.VIDEO && r.seconds() >= 0
              ? "Video at " + Result.clock(r.seconds())
              : label(r.type());
      textBlock(items, kind).put("isSubtle", true).put("size", "small").put("spacing", "none");
      if (!r.snippet().isBlank()) {
        textBlock(items, markdownText(r.snippet())).put("maxLines", 4);
      }
    }
    ArrayNode actions = card.putArray("actions");
    for (String b : reply.buttons()) {
      String title =
          Reply.SOLVED.equals(b)
              ? "That solved it"
              : Reply.NEED_HELP.equals(b) ? "I still need help" : b;
      submit(actions, title).put(ACTION, b).put("interaction", reply.interaction());
    }
    return message(reply.text(), card);
  }

  /** The short form behind "I still need help": school (pre-filled), urgency, details. */
  public static ObjectNode escalationForm(long interaction, String question, String school) {
    return escalationForm(interaction, question, school, "");
  }

  /**
   * The form with, when {@code championOffer} is not blank, the choice of who to ask: the school's
   * champion (chosen) or the tech team.
   */
  public static ObjectNode escalationForm(
      long interaction, String question, String school, String championOffer) {
    ObjectNode card = card();
    ArrayNode body = card.withArray("body");
    textBlock(body, "Someone from the tech team will take it from here.").put("weight", "bolder");
    if (question != null && !question.isBlank()) {
      textBlock(body, "Your question: " + markdownText(question)).put("isSubtle", true);
    }
    ObjectNode s = body.addObject();
    s.put("type", "Input.Text")
        .put("id", "school")
        .put("label", "School")
        .put("value", school == null ? "" : school);
    s.put("maxLength", 120);
    if (championOffer != null && !championOffer.isBlank()) {
      ObjectNode r = body.addObject();
      r.put("type", "Input.ChoiceSet")
          .put("id", "route")
          .put("label", "Who should help?")
          .put("style", "expanded")
          .put("value", org.deskbot.chat.ConversationService.ROUTE_CHAMPION);
      r.putArray("choices")
          .add(
              JSON.createObjectNode()
                  .put("title", championOffer)
                  .put("value", org.deskbot.chat.ConversationService.ROUTE_CHAMPION))
          .add(
              JSON.createObjectNode()
                  .put("title", "The tech team")
                  .put("value", org.deskbot.chat.ConversationService.ROUTE_TEAM));
    }
    ObjectNode u = body.addObject();
    u.put("type", "Input.ChoiceSet")
        .put("id", "urgency")
        .put("label", "How urgent is it?")
        .put("value", org.deskbot.escalate.Urgency.DEFAULT);
    u.put("style", "compact");
    ArrayNode choices = u.putArray("choices");
    for (String c : org.deskbot.escalate.Urgency.LEVELS) {
      choices
          .addObject()
          .put("title", Character.toUpperCase(c.charAt(0)) + c.substring(1))
          .put("value", c);
    }
    ObjectNode d = body.addObject();
    d.put("type", "Input.Text")
        .put("id", "details")
        .put("label", "Anything else we should know? (optional)")
        .put("isMultiline", true)
        .put("maxLength", 2000);
    submit(card.putArray("actions"), "Open a ticket")
        .put(ACTION, "escalate")
        .put("interaction", interaction);
    return message("Tell us a little more and we'll open a ticket.", card);
  }

  /**
   * The ticket as the team sees it in triage: the facts, what the bot suggested, Claim and Resolve.
   */
  public static ObjectNode ticket(Ticket t) {
    ObjectNode card = card();
    ArrayNode body = card.withArray("body");
    textBlock(body, "Ticket " + t.number() + " · " + status(t))
        .put("weight", "bolder")
        .put("size", "medium");
    textBlock(
        body,
        markdownText(
            t.question().isBlank() ? "(question text cleared by retention)" : t.question()));
    ObjectNode facts = body.addObject();
    facts.put("type", "FactSet");
    ArrayNode f = facts.putArray("facts");
    fact(f, "School", t.school());
    fact(f, "Urgency", t.urgency());
    fact(f, "Category", t.category());
    fact(f, "From", t.requester());
    if (t.assignee() != null && !t.assignee().isBlank()) {
      fact(f, "Assignee", t.assignee());
    }
    if (t.details() != null && !t.details().isBlank()) {
      textBlock(body, "Details: " + markdownText(t.details())).put("isSubtle", true);
    }
    List<String> suggested = suggestedLinks(t.suggested());
    if (!suggested.isEmpty()) {
      textBlock(body, "The bot suggested:").put("weight", "bolder").put("spacing", "medium");
      for (String s : suggested) {
        textBlock(body, "- " + s).put("spacing", "none");
      }
    }
    if (t.status() == TicketStatus.RESOLVED || t.status() == TicketStatus.CLOSED) {
      String how =
          "Resolved by "
              + t.assignee()
              + " in "
              + (t.minutes() == null ? 0 : t.minutes())
              + " min"
              + (t.resolution() == null || t.resolution().isBlank()
                  ? "."
                  : ": " + markdownText(t.resolution()));
      textBlock(body, how).put("color", "good");
      return message("Ticket " + t.number() + " (" + status(t) + ")", card);
    }
    ArrayNode actions = card.putArray("actions");
    if (t.status() == TicketStatus.OPEN) {
      submit(actions, "Claim").put(ACTION, "claim").put("ticket", t.id());
    }
    ObjectNode show = actions.addObject();
    show.put("type", "Action.ShowCard").put("title", "Resolve");
    ObjectNode form = show.putObject("card");
    form.put("type", "AdaptiveCard");
    ArrayNode fb = form.putArray("body");
    fb.addObject()
        .put("type", "Input.Number")
        .put("id", "minutes")
        .put("label", "Minutes spent")
        .put("min", org.deskbot.escalate.Minutes.MIN)
        .put("max", org.deskbot.escalate.Minutes.MAX)
        .put("isRequired", true)
        .put(
            "errorMessage",
            "Minutes spent, "
                + org.deskbot.escalate.Minutes.MIN
                + " to "
                + org.deskbot.escalate.Minutes.MAX);
    fb.addObject()
        .put("type", "Input.Text")
        .put("id", "resolution")
        .put("label", "Resolution (the teacher sees it)")
        .put("isMultiline", true)
        .put("maxLength", 4000);
    fb.addObject()
        .put("type", "Input.Toggle")
        .put("id", "faq")
        .put("title", "Save the resolution as an FAQ draft")
        .put("value", "false")
        .put("valueOn", "true")
        .put("valueOff", "false");
    submit(form.putArray("actions"), "Resolve").put(ACTION, "resolve").put("ticket", t.id());
    return message("Ticket " + t.number() + " (" + status(t) + "): " + t.question(), card);
  }

  /**
   * The weekly summary: its text, the chart with its text alternative, and the link to the full
   * report.
   */
  public static ObjectNode summary(Digest d) {
    ObjectNode card = card();
    ArrayNode body = card.withArray("body");
    textBlock(body, "Weekly summary · " + d.week()).put("weight", "bolder").put("size", "medium");
    textBlock(body, d.text());
    if (d.chartPng() != null && d.chartPng().length > 0) {
      ObjectNode img = body.addObject();
      img.put("type", "Image")
          .put("url", "data:image/png;base64," + Base64.getEncoder().encodeToString(d.chartPng()))
          .put("altText", d.chartAlt() == null ? "" : d.chartAlt());
    }
    if (d.reportUrl() != null && !d.reportUrl().isBlank()) {
      card.putArray("actions")
          .addObject()
          .put("type", "Action.OpenUrl")
          .put("title", "Open the full report")
          .put("url", d.reportUrl());
    }
    return message("Weekly summary " + d.week(), card);
  }

  private static String status(Ticket t) {
    return switch (t.status()) {
      case OPEN -> "open";
      case CLAIMED -> "claimed by " + t.assignee();
      case RESOLVED -> "resolved";
      case CLOSED -> "closed";
    };
  }

  /** "[Title](url)" lines from a ticket's suggested JSON. */
  static List<String> suggestedLinks(String json) {
    return org.deskbot.escalate.Suggested.links(json).stream()
        .map(l -> "[" + markdownText(l.title()) + "](" + l.url() + ")")
        .toList();
  }

  private static String label(ContentType type) {
    return switch (type) {
      case FAQ -> "FAQ";
      case VIDEO -> "Video";
      case TIP -> "Newsletter tip";
      case MODULE -> "Training module";
      case EVENT -> "Live session";
    };
  }

  private static ObjectNode card() {
    ObjectNode card = JSON.createObjectNode();
    card.put("type", "AdaptiveCard");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("version", "1.5");
    card.putArray("body");
    return card;
  }

  private static ObjectNode message(String summary, ObjectNode card) {
    ObjectNode a = JSON.createObjectNode();
    a.put("type", "message");
    a.put("summary", summary);
    ArrayNode att = a.putArray("attachments");
    att.addObject().put("contentType", ADAPTIVE).set("content", card);
    return a;
  }

  private static ObjectNode textBlock(ArrayNode into, String text) {
    ObjectNode t = into.addObject();
    t.put("type", "TextBlock");
    t.put("text", text);
    t.put("wrap", true);
    return t;
  }

  private static ObjectNode submit(ArrayNode actions, String title) {
    ObjectNode a = actions.addObject();
    a.put("type", "Action.Submit");
    a.put("title", title);
    return a.putObject("data");
  }

  private static void fact(ArrayNode facts, String title, String value) {
    facts
        .addObject()
        .put("title", title)
        .put("value", value == null || value.isBlank() ? "-" : value);
  }

  /** Text shown as-is in an Adaptive Card TextBlock (which reads a little Markdown). */
  static String markdownText(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]#])", "\\\\$1").replace("\n", " ");
  }
}
