package org.deskbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deskbot.cli.Wiring;
import org.deskbot.config.Settings;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketEvent;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.report.Interaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversation through the service, on the demo content, a real index and a real SQLite file.
 */
class ConversationIT {
  @TempDir static Path home;
  static Wiring.Conversation conversation;
  static ConversationService service;

  @BeforeAll
  static void open() throws Exception {
    Settings settings =
        Settings.load(home, Map.of("DESKBOT_SEMANTIC", "off", "DESKBOT_TEAM", "luis,priya"))
            .withContent(Path.of("demo/content"));
    Wiring.ingest(settings);
    conversation = Wiring.openConversation(settings);
    service = conversation.service();
  }

  @AfterAll
  static void close() throws Exception {
    conversation.close();
  }

  private static ConversationService.Incoming ask(String user, String text, String delivery) {
    return new ConversationService.Incoming("test", user, "C1/" + user, text, delivery);
  }

  @Test
  void askSuggestSolved() throws Exception {
    Reply r = service.ask(ask("t1", "how do i post final grades in powerschool", null));
    assertNotEquals("escalate", r.decision());
    assertEquals(List.of(Reply.SOLVED, Reply.NEED_HELP), r.buttons());
    assertTrue(r.links().size() >= 1 && r.links().size() <= 3);
    Interaction i = service.feedback(r.interaction(), "t1", true);
    assertEquals("solved", i.feedback());
    assertNotNull(i.feedbackAt());
  }

  @Test
  void askEscalateClaimReplyResolve() throws Exception {
    Reply r = service.ask(ask("t2", "the laminator in the workroom smells like smoke", null));
    var opened =
        service.escalate(
            r.interaction(),
            "t2",
            new ConversationService.EscalationForm("Oak Hollow", "high", "it started this morning"),
            null);
    Ticket t = opened.ticket();
    assertEquals(TicketStatus.OPEN, t.status());
    assertTrue(
        opened.notices().stream()
            .anyMatch(
                n -> n.kind() == Notice.Kind.TELL_REQUESTER && n.text().contains(t.number())));
    assertEquals(t.id(), service.interaction(r.interaction()).ticketId());

    service.claim(t.id(), "luis");
    var replied = service.reply(t.id(), "luis", "Unplug it, I'm on my way.");
    assertTrue(
        replied.notices().stream()
            .anyMatch(
                n ->
                    n.kind() == Notice.Kind.TELL_REQUESTER
                        && n.recipient().equals("t2")
                        && n.place().equals("C1/t2")));
    var resolved = service.resolve(t.id(), "luis", 15, "replaced the laminator");
    Ticket done = resolved.ticket();
    assertEquals(TicketStatus.RESOLVED, done.status());
    assertEquals(15, done.minutes());
    assertNotNull(done.createdAt());
    assertNotNull(done.claimedAt());
    assertNotNull(done.firstResponseAt());
    assertNotNull(done.resolvedAt());
    assertEquals("luis", done.assignee());
    assertTrue(
        resolved.notices().stream()
            .anyMatch(
                n -> n.kind() == Notice.Kind.TELL_REQUESTER && n.text().contains("resolved")));
    List<String> kinds = service.events(t.id()).stream().map(TicketEvent::kind).toList();
    assertEquals(List.of("created", "claimed", "replied", "resolved", "notified"), kinds);

    var reopened = service.reopen(t.id(), "t2");
    assertEquals(TicketStatus.CLAIMED, reopened.ticket().status());
  }

  @Test
  void onlyTheTeamClaimsAndSeesOthersTickets() throws Exception {
    Reply r = service.ask(ask("t3", "projector lamp light is blinking orange", null));
    Ticket t =
        service
            .escalate(
                r.interaction(),
                "t3",
                new ConversationService.EscalationForm("", "normal", ""),
                null)
            .ticket();
    var e = assertThrows(ConversationException.class, () -> service.claim(t.id(), "t3"));
    assertEquals(ConversationException.Kind.FORBIDDEN, e.kind());
    assertThrows(ConversationException.class, () -> service.ticket(t.id(), "t4"));
    assertEquals(t.id(), service.ticket(t.id(), "t3").id());
    assertTrue(service.tickets("t4", null).isEmpty());
    assertTrue(service.tickets("priya", null).size() >= 1);
  }

  @Test
  void greetingsAndThanksAreNotQuestions() throws Exception {
    for (String s : List.of("hi!", "Thanks so much", "ok", "hello")) {
      assertEquals(Interaction.NOT_A_QUESTION, service.ask(ask("t5", s, null)).decision(), s);
    }
  }

  @Test
  void personalDataIsRedactedBeforeStoring() throws Exception {
    Reply r =
        service.ask(
            ask(
                "t6",
                "my student jane.doe@hvps.org (ID 2034567) can't log in, call me 508-555-0134",
                null));
    assertEquals(
        "my student [email] (ID [student-id]) can't log in, call me [phone]",
        service.interaction(r.interaction()).question());
    Ticket t =
        service
            .escalate(
                r.interaction(),
                "t6",
                new ConversationService.EscalationForm(
                    "", "normal", "or email me at k.smith@maplevalley.example"),
                null)
            .ticket();
    assertEquals("or email me at [email]", t.details());
  }

  @Test
  void sqlAndHtmlAreStoredLiterally() throws Exception {
    String q = "why does <script>alert('x')</script> show'); DROP TABLE tickets;-- on my page";
    Reply r = service.ask(ask("t7", q, null));
    assertEquals(q, service.interaction(r.interaction()).question());
    Ticket t =
        service
            .escalate(
                r.interaction(),
                "t7",
                new ConversationService.EscalationForm("<b>Oak</b>", "normal", "1' OR '1'='1"),
                null)
            .ticket();
    Ticket again = service.ticket(t.id(), null);
    assertEquals("<b>Oak</b>", again.school());
    assertEquals("1' OR '1'='1", again.details());
  }

  @Test
  void aRetriedDeliveryIsHandledOnce() throws Exception {
    Reply first = service.ask(ask("t8", "printer jammed in room 12", "Ev-123"));
    Reply second = service.ask(ask("t8", "printer jammed in room 12", "Ev-123"));
    assertEquals(first.interaction(), second.interaction());
    var form = new ConversationService.EscalationForm("", "normal", "");
    Ticket a = service.escalate(first.interaction(), "t8", form, "Act-9").ticket();
    Ticket b = service.escalate(first.interaction(), "t8", form, "Act-9").ticket();
    assertEquals(a.id(), b.id());
    assertEquals(
        1, service.events(a.id()).stream().filter(e -> e.kind().equals("created")).count());
  }
}
