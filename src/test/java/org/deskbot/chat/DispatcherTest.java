package org.deskbot.chat;

import static org.deskbot.escalate.Tickets.aTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.deskbot.escalate.Ticket;
import org.junit.jupiter.api.Test;

class DispatcherTest {
  private record Recording(String platform, List<String> got, boolean fails) implements Outbox {
    @Override
    public void deliver(Notice notice, Ticket ticket, org.deskbot.escalate.MessageRefs refs) {
      if (fails) {
        throw new IllegalStateException("connector down");
      }
      got.add(notice.kind() + " " + notice.text());
    }
  }

  private static Ticket ticket(String platform) {
    return aTicket().platform(platform).build();
  }

  @Test
  void teacherNoticesGoToTheTicketsPlatformTriageToAllInOrder() {
    Recording slack = new Recording("slack", new CopyOnWriteArrayList<>(), false);
    Recording teams = new Recording("teams", new CopyOnWriteArrayList<>(), false);
    Recording broken = new Recording("web", new CopyOnWriteArrayList<>(), true);
    try (Dispatcher d = new Dispatcher(null)) {
      d.subscribe(broken);
      d.subscribe(slack);
      d.subscribe(teams);
      d.publish(
          ticket("slack"),
          List.of(
              new Notice(Notice.Kind.TELL_REQUESTER, "T-1001", "U1", "C1/1.0", "opened"),
              new Notice(Notice.Kind.TRIAGE_NEW, "T-1001", "", "", "new")));
      d.publish(
          ticket("slack"),
          List.of(new Notice(Notice.Kind.TRIAGE_UPDATE, "T-1001", "", "", "claimed")));
    }
    assertEquals(
        List.of("TELL_REQUESTER opened", "TRIAGE_NEW new", "TRIAGE_UPDATE claimed"), slack.got());
    assertEquals(List.of("TRIAGE_NEW new", "TRIAGE_UPDATE claimed"), teams.got());
  }
}
