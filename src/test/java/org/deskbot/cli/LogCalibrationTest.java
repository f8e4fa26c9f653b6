package org.deskbot.cli;

import static org.deskbot.escalate.Tickets.aTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.report.Interaction;
import org.junit.jupiter.api.Test;

/** What one logged question says about the decision. */
class LogCalibrationTest {
  static final String FAQ = "https://help.example/faq/";
  static final List<String> INDEXED =
      List.of(FAQ + "printer-jam", FAQ + "wifi", "https://youtu.be/abc?t=30");

  static Interaction asked(String question, String feedback, String results, Long ticket) {
    return new Interaction(
        7,
        Instant.parse("2026-11-02T14:00:00Z"),
        "slack",
        "U1",
        "D1",
        question,
        "en",
        "printing",
        0.9,
        "suggest",
        results,
        feedback,
        null,
        ticket);
  }

  static Ticket resolved(String note) {
    return aTicket().id(3).status(TicketStatus.RESOLVED).resolution(note).build();
  }

  @Test
  void solvedMeansAnswerableByTheLinksShown() {
    var e =
        LogCalibration.event(
            asked(
                "copier jams",
                "solved",
                "[{\"url\":\"" + FAQ + "printer-jam\"},{\"url\":\"https://elsewhere.example/x\"}]",
                null),
            null,
            INDEXED,
            Map.of());
    assertEquals(LogCalibration.Kind.SOLVED, e.orElseThrow().kind());
    assertEquals(List.of(FAQ + "printer-jam"), e.get().expect(), "only indexed links count");
  }

  @Test
  void aResolvedTicketNamesTheItemOrNone() {
    var named =
        LogCalibration.event(
            asked("wifi drops", "not-solved", "[]", 3L),
            resolved("Walked her through " + FAQ + "wifi."),
            INDEXED,
            Map.of());
    assertEquals(LogCalibration.Kind.TICKET_ANSWERABLE, named.orElseThrow().kind());
    assertEquals(List.of(FAQ + "wifi"), named.get().expect());

    var none =
        LogCalibration.event(
            asked("3d printer", "none", "[]", 3L),
            resolved("Replaced the nozzle; see https://vendor.example/manual"),
            INDEXED,
            Map.of());
    assertEquals(LogCalibration.Kind.TICKET_WITHOUT_ANSWER, none.orElseThrow().kind());
    assertEquals(List.of(), none.get().expect());

    var savedSince =
        LogCalibration.event(
            asked("3d printer", "none", "[]", 3L),
            resolved("Replaced the nozzle"),
            INDEXED,
            Map.of(resolved("").number(), FAQ + "printer-jam"));
    assertEquals(
        LogCalibration.Kind.TICKET_ANSWERABLE,
        savedSince.orElseThrow().kind(),
        "an FAQ saved from the ticket answers it now");
  }

  @Test
  void questionsThatSayNothingAreLeftOut() {
    assertTrue(
        LogCalibration.event(asked("x", "none", "[]", null), null, INDEXED, Map.of()).isEmpty());
    assertTrue(
        LogCalibration.event(
                asked("x", "not-solved", "[]", 3L),
                aTicket().id(3).status(TicketStatus.CLAIMED).build(),
                INDEXED,
                Map.of())
            .isEmpty(),
        "a ticket not resolved yet");
    assertTrue(
        LogCalibration.event(
                asked(null, "solved", "[{\"url\":\"" + FAQ + "wifi\"}]", null),
                null,
                INDEXED,
                Map.of())
            .isEmpty(),
        "text purged");
  }

  @Test
  void aProposalThatAnswersFewerRightIsNotAdvised() {
    Map<String, Object> before = Map.of("answered_correctly", 0.9, "escalate_f1", 0.6);
    assertTrue(
        CalibrateCommand.verdict(before, Map.of("answered_correctly", 0.8, "escalate_f1", 0.9))
            .startsWith("not advised"));
    assertTrue(
        CalibrateCommand.verdict(before, Map.of("answered_correctly", 0.9, "escalate_f1", 0.7))
            .contains("+0.100"));
  }
}
