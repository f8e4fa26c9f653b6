package org.deskbot.teams;

import static org.deskbot.escalate.Tickets.aTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.deskbot.answer.Result;
import org.deskbot.chat.Reply;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.ingest.ContentType;
import org.junit.jupiter.api.Test;

class CardsTest {
  private static final String HEAD =
      "{\"type\":\"message\",\"summary\":\"%s\",\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\","
          + "\"content\":{\"type\":\"AdaptiveCard\",\"$schema\":\"http://adaptivecards.io/schemas/adaptive-card.json\",\"version\":\"1.5\",";

  @Test
  void anAnswerHasTitledLinksPassagesVideoTimesAndBothButtons() {
    Reply reply =
        new Reply(
            42,
            "answer",
            "Here is what should help:",
            List.of(
                new Result(
                    ContentType.VIDEO,
                    "Canva: students join",
                    "https://youtu.be/x?t=135",
                    0.9,
                    "Share the *class* link.",
                    List.of(),
                    135,
                    "accounts",
                    null),
                new Result(
                    ContentType.FAQ,
                    "Join a Canva class",
                    "https://help.example.org/faq/canva",
                    0.8,
                    "",
                    List.of(),
                    -1,
                    "accounts",
                    null)),
            List.of(Reply.SOLVED, Reply.NEED_HELP),
            "accounts");
    assertEquals(
        HEAD.formatted("Here is what should help:")
            + "\"body\":[{\"type\":\"TextBlock\",\"text\":\"Here is what should help:\",\"wrap\":true,\"weight\":\"bolder\"},"
            + "{\"type\":\"Container\",\"separator\":true,\"items\":["
            + "{\"type\":\"TextBlock\",\"text\":\"[Canva: students join](https://youtu.be/x?t=135)\",\"wrap\":true},"
            + "{\"type\":\"TextBlock\",\"text\":\"Video at 2:15\",\"wrap\":true,\"isSubtle\":true,\"size\":\"small\",\"spacing\":\"none\"},"
            + "{\"type\":\"TextBlock\",\"text\":\"Share the \\\\*class\\\\* link.\",\"wrap\":true,\"maxLines\":4}]},"
            + "{\"type\":\"Container\",\"separator\":true,\"items\":["
            + "{\"type\":\"TextBlock\",\"text\":\"[Join a Canva class](https://help.example.org/faq/canva)\",\"wrap\":true},"
            + "{\"type\":\"TextBlock\",\"text\":\"FAQ\",\"wrap\":true,\"isSubtle\":true,\"size\":\"small\",\"spacing\":\"none\"}]}],"
            + "\"actions\":["
            + "{\"type\":\"Action.Submit\",\"title\":\"That solved it\",\"data\":{\"deskbot\":\"solved\",\"interaction\":42}},"
            + "{\"type\":\"Action.Submit\",\"title\":\"I still need help\",\"data\":{\"deskbot\":\"need-help\",\"interaction\":42}}]}}]}",
        Cards.answer(reply).toString());
  }

  @Test
  void theFormIsPrefilledWithTheSchool() {
    String form = Cards.escalationForm(7, "projector is dark", "Summit Elementary").toString();
    assertTrue(
        form.contains(
            "{\"type\":\"Input.Text\",\"id\":\"school\",\"label\":\"School\",\"value\":\"Summit Elementary\",\"maxLength\":120}"),
        form);
    assertTrue(form.contains("\"data\":{\"deskbot\":\"escalate\",\"interaction\":7}"), form);
    assertTrue(form.contains("\"id\":\"urgency\""), form);
    assertTrue(form.contains("\"id\":\"details\""), form);
  }

  @Test
  void theFormOffersTheSchoolsChampionBesideTheTeamOnlyWhenThereIsOne() {
    String offer = "Ask Ana Ruiz, your school's Projector champion";
    String form = Cards.escalationForm(7, "projector is dark", "Oak", offer).toString();
    assertTrue(
        form.contains(
            "{\"type\":\"Input.ChoiceSet\",\"id\":\"route\",\"label\":\"Who should help?\","
                + "\"style\":\"expanded\",\"value\":\"champion\",\"choices\":["
                + "{\"title\":\"Ask Ana Ruiz, your school's Projector champion\",\"value\":\"champion\"},"
                + "{\"title\":\"The tech team\",\"value\":\"team\"}]}"),
        form);
    assertTrue(
        form.indexOf("\"id\":\"school\"") < form.indexOf("\"id\":\"route\""), "school first");
    assertTrue(
        !Cards.escalationForm(7, "projector is dark", "Oak", "").toString().contains("route"));
  }

  @Test
  void anOpenTicketOffersClaimAndResolveAResolvedOneNothing() {
    Ticket open = ticket(TicketStatus.OPEN, null, null, "");
    String card = Cards.ticket(open).toString();
    assertTrue(card.contains("\"text\":\"Ticket T-1005 · open\""), card);
    assertTrue(
        card.contains(
            "{\"type\":\"Action.Submit\",\"title\":\"Claim\",\"data\":{\"deskbot\":\"claim\",\"ticket\":5}}"),
        card);
    assertTrue(card.contains("\"type\":\"Action.ShowCard\",\"title\":\"Resolve\""), card);
    assertTrue(
        card.contains("\"id\":\"minutes\"")
            && card.contains("\"id\":\"resolution\"")
            && card.contains("\"id\":\"faq\""),
        card);
    assertTrue(
        card.contains("[Canva help](https://help.example.org/faq/canva)"),
        "what the bot suggested: " + card);

    String resolved =
        Cards.ticket(ticket(TicketStatus.RESOLVED, "luis", 15, "Reset the class code")).toString();
    assertTrue(resolved.contains("Resolved by luis in 15 min: Reset the class code"), resolved);
    assertTrue(!resolved.contains("\"actions\""), resolved);
  }

  private static Ticket ticket(
      TicketStatus status, String assignee, Integer minutes, String resolution) {
    return aTicket()
        .id(5)
        .requester("aad-teacher")
        .platform("teams")
        .place("http://x/ conv 1")
        .school("Summit")
        .urgency("high")
        .category("accounts")
        .question("students can't join Canva")
        .suggested(
            "[{\"type\":\"faq\",\"title\":\"Canva help\",\"url\":\"https://help.example.org/faq/canva\",\"score\":0.4}]")
        .status(status)
        .assignee(assignee)
        .createdAt(Instant.EPOCH)
        .minutes(minutes)
        .resolution(resolution)
        .interactionId(3L)
        .build();
  }
}
