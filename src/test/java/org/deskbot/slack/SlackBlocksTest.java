package org.deskbot.slack;

import static org.deskbot.escalate.Tickets.aTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.deskbot.answer.Result;
import org.deskbot.chat.Reply;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.ingest.ContentType;
import org.junit.jupiter.api.Test;

/** Block Kit as Slack receives it: exact JSON and exact fallback text. */
class SlackBlocksTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Reply ANSWER =
      new Reply(
          42,
          "answer",
          "Here is what should help:",
          List.of(
              new Result(
                  ContentType.VIDEO,
                  "Canva: students join a class",
                  "https://youtu.be/abc123?t=135",
                  0.9,
                  "Students go to canva.com & type the class code <6 letters>.",
                  List.of(),
                  135,
                  "apps",
                  null),
              new Result(
                  ContentType.FAQ,
                  "Join Canva | class code",
                  "https://help.example.org/faq/canva",
                  0.8,
                  "",
                  List.of(),
                  -1,
                  "apps",
                  null)),
          List.of(Reply.SOLVED, Reply.NEED_HELP),
          "apps");

  @Test
  void anAnswerHasLinksPassagesTheVideoTimeBothButtonsAndAPlainTextFallback() {
    SlackBlocks.Message m = SlackBlocks.answer(ANSWER);
    assertEquals(
        """
        Here is what should help:
        • Canva: students join a class (video at 2:15): https://youtu.be/abc123?t=135
        • Join Canva | class code: https://help.example.org/faq/canva""",
        m.text());
    assertEquals(
        "["
            + "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"Here is what should help:\"}},"
            + "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*<https://youtu.be/abc123?t=135|Canva: students join a class>* · video at 2:15\\n>Students go to canva.com &amp; type the class code &lt;6 letters&gt;.\"}},"
            + "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*<https://help.example.org/faq/canva|Join Canva ¦ class code>*\"}},"
            + "{\"type\":\"actions\",\"block_id\":\"feedback\",\"elements\":["
            + "{\"type\":\"button\",\"action_id\":\"solved\",\"text\":{\"type\":\"plain_text\",\"text\":\"That solved it\",\"emoji\":true},\"value\":\"42\",\"style\":\"primary\"},"
            + "{\"type\":\"button\",\"action_id\":\"need_help\",\"text\":{\"type\":\"plain_text\",\"text\":\"I still need help\",\"emoji\":true},\"value\":\"42\"}]}]",
        m.blocks());
  }

  @Test
  void aSessionInARoomWithoutALinkIsNamedNotLinked() {
    Result session =
        new Result(
            ContentType.EVENT,
            "Office hours <drop-in>",
            "",
            0.6,
            "Tuesday, December 15 at 3:30 PM CST. Where: Library.",
            List.of(),
            -1,
            "training-pd",
            java.time.OffsetDateTime.parse("2026-12-15T15:30-06:00"));
    SlackBlocks.Message m =
        SlackBlocks.answer(
            new Reply(
                9, "escalate", "Or join the live session below.", List.of(session), List.of(), ""));
    assertTrue(
        m.blocks()
            .contains(
                "\"text\":\"*Office hours &lt;drop-in&gt;*\\n>Tuesday, December 15 at 3:30 PM CST."),
        m.blocks());
  }

  @Test
  void nothingFoundOffersOnlyTheTicket() {
    Reply none =
        new Reply(
            7,
            "escalate",
            "I couldn't find a good answer to that in the team's help. Want a person from the tech team to take it?",
            List.of(),
            List.of(Reply.NEED_HELP),
            "other");
    SlackBlocks.Message m = SlackBlocks.answer(none);
    assertEquals(none.text(), m.text());
    assertEquals(
        "["
            + "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"I couldn't find a good answer to that in the team's help. Want a person from the tech team to take it?\"}},"
            + "{\"type\":\"actions\",\"block_id\":\"feedback\",\"elements\":["
            + "{\"type\":\"button\",\"action_id\":\"need_help\",\"text\":{\"type\":\"plain_text\",\"text\":\"I still need help\",\"emoji\":true},\"value\":\"7\"}]}]",
        m.blocks());
  }

  @Test
  void aPressedButtonLeavesTheLinksAndReplacesTheButtonsWithWhatHappened() throws Exception {
    String after =
        SlackBlocks.withoutButtons(
            JSON.readTree(SlackBlocks.answer(ANSWER).blocks()), ":white_check_mark: solved");
    assertEquals(4, JSON.readTree(after).size());
    assertTrue(!after.contains("\"actions\"") && after.contains("youtu.be/abc123"), after);
    assertTrue(
        after.endsWith(
            "{\"type\":\"context\",\"elements\":[{\"type\":\"mrkdwn\",\"text\":\":white_check_mark: solved\"}]}]"),
        after);
  }

  private static Ticket ticket(TicketStatus status, String assignee, Integer minutes) {
    return aTicket()
        .id(5)
        .requester("U0TEACH01")
        .place("C0TEACHERS:1700000001.000100")
        .school("Summit Elementary")
        .urgency("high")
        .question("The printer in room 12 says offline")
        .suggested(
            "[{\"type\":\"faq\",\"title\":\"Print from a laptop\",\"url\":\"https://help.example.org/faq/print\",\"score\":0.4}]")
        .status(status)
        .assignee(assignee)
        .createdAt(Instant.EPOCH)
        .minutes(minutes)
        .resolution("")
        .interactionId(9L)
        .build();
  }

  @Test
  void theTriageCardShowsEverythingTheTeamNeedsAndTheButtonsForItsState() throws Exception {
    Ticket open = ticket(TicketStatus.OPEN, null, null);
    SlackBlocks.Message card =
        SlackBlocks.triageCard(
            open,
            SlackBlocks.suggested(open.suggested()),
            "https://x.slack.com/archives/C0TEACHERS/p1700000001000100");
    assertEquals("T-1005 (open, high): The printer in room 12 says offline", card.text());
    String b = card.blocks();
    for (String part :
        List.of(
            "\"text\":\"T-1005 · high · printing\"",
            "*Question*\\n>The printer in room 12 says offline",
            "*Requester*\\n<@U0TEACH01>",
            "*School*\\nSummit Elementary",
            "*Category*\\nprinting",
            "*Urgency*\\nhigh",
            "*Status*\\n:large_yellow_circle: Open",
            "<https://x.slack.com/archives/C0TEACHERS/p1700000001000100|open the thread>",
            "• <https://help.example.org/faq/print|Print from a laptop>",
            "\"action_id\":\"claim\"",
            "\"action_id\":\"resolve\"",
            "\"value\":\"5\"")) {
      assertTrue(b.contains(part), part + " in " + b);
    }
    String claimed =
        SlackBlocks.triageCard(ticket(TicketStatus.CLAIMED, "U0SPECIAL1", null), List.of(), "")
            .blocks();
    assertTrue(
        claimed.contains("Claimed by <@U0SPECIAL1>")
            && !claimed.contains("\"claim\"")
            && claimed.contains("\"resolve\""),
        claimed);
    assertTrue(claimed.contains("nothing (no good match"), claimed);
    String resolved =
        SlackBlocks.triageCard(ticket(TicketStatus.RESOLVED, "U0SPECIAL1", 15), List.of(), "")
            .blocks();
    assertTrue(
        resolved.contains("Resolved by <@U0SPECIAL1> in 15 min")
            && !resolved.contains("\"actions\""),
        resolved);
  }

  @Test
  void theEscalationFormOffersTheSchoolsChampionChosenBesideTheTeam() throws Exception {
    var view =
        JSON.readTree(
            SlackBlocks.escalationView(
                "nearpod code?", "Oak", "Ask Ana Ruiz, your school's Nearpod champion", "{}"));
    var route = view.path("blocks").get(2);
    assertEquals("route", route.path("block_id").asText());
    assertEquals("radio_buttons", route.path("element").path("type").asText());
    assertEquals(
        "Ask Ana Ruiz, your school's Nearpod champion",
        route.path("element").path("options").get(0).path("text").path("text").asText());
    assertEquals("champion", route.path("element").path("initial_option").path("value").asText());
    assertEquals("team", route.path("element").path("options").get(1).path("value").asText());
    var plain = JSON.readTree(SlackBlocks.escalationView("nearpod code?", "Oak", "", "{}"));
    assertEquals("urgency", plain.path("blocks").get(2).path("block_id").asText());
  }

  @Test
  void theFormsCarryTheirIdsAndPrefills() throws Exception {
    var escalate =
        JSON.readTree(
            SlackBlocks.escalationView("how do I print?", "Summit Elementary", "{\"i\":42}"));
    assertEquals("escalate", escalate.path("callback_id").asText());
    assertEquals("{\"i\":42}", escalate.path("private_metadata").asText());
    assertEquals(
        "Summit Elementary",
        escalate.path("blocks").get(1).path("element").path("initial_value").asText());
    assertEquals(
        "normal",
        escalate
            .path("blocks")
            .get(2)
            .path("element")
            .path("initial_option")
            .path("value")
            .asText());
    var resolve =
        JSON.readTree(SlackBlocks.resolveView(ticket(TicketStatus.CLAIMED, "U0SPECIAL1", null)));
    assertEquals("resolve_ticket", resolve.path("callback_id").asText());
    assertEquals("5", resolve.path("private_metadata").asText());
    assertEquals("Resolve T-1005", resolve.path("title").path("text").asText());
    assertEquals(
        List.of("minutes", "resolution", "faq"),
        List.of(
            resolve.path("blocks").get(1).path("block_id").asText(),
            resolve.path("blocks").get(2).path("block_id").asText(),
            resolve.path("blocks").get(3).path("block_id").asText()));
  }

  @Test
  void unreadableSuggestionsAreNone() {
    assertEquals(List.of(), SlackBlocks.suggested("not json"));
    assertEquals(List.of(), SlackBlocks.suggested(""));
  }
}
