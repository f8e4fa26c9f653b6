package org.deskbot.cli;

import org.deskbot.chat.ConversationException;
import org.deskbot.chat.Notice;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketEvent;

/** What the conversation commands share: errors as exit codes, tickets as text and JSON. */
final class Conversations {
  private Conversations() {}

  static ExitException exit(ConversationException e) {
    return new ExitException(
        switch (e.kind()) {
          case INVALID, NOT_FOUND, FORBIDDEN, CONFLICT -> ExitException.USAGE;
          case FAILED -> ExitException.FAILED;
        },
        e.getMessage());
  }

  /** A ticket number as typed ("T-1042", "1042") to its id, or a usage error. */
  static long ticketId(String number) {
    long id = Ticket.idOf(number);
    if (id < 1) {
      throw new ExitException(
          ExitException.USAGE, "`" + number + "` is not a ticket number (like T-1001)");
    }
    return id;
  }

  static void print(Ticket t, java.util.List<TicketEvent> events) {
    System.out.printf(
        "%s  %s  %s  %s%n", t.number(), t.status().label(), t.urgency(), t.category());
    System.out.printf(
        "  from %s%s%n", t.requester(), t.school().isBlank() ? "" : " at " + t.school());
    System.out.printf(
        "  question: %s%n", t.question() == null ? "(removed by retention)" : t.question());
    if (t.details() != null && !t.details().isBlank()) {
      System.out.printf("  details: %s%n", t.details());
    }
    System.out.printf("  assignee: %s%n", t.assignee() == null ? "-" : t.assignee());
    System.out.printf(
        "  created %s, claimed %s, first response %s, resolved %s%n",
        str(t.createdAt()), str(t.claimedAt()), str(t.firstResponseAt()), str(t.resolvedAt()));
    if (t.minutes() != null) {
      System.out.printf("  minutes spent: %d; resolution: %s%n", t.minutes(), t.resolution());
    }
    if (events != null) {
      System.out.println("  timeline:");
      for (TicketEvent e : events) {
        System.out.printf(
            "    %s  %-9s %s%s%n",
            e.at(),
            e.kind(),
            e.actor(),
            e.detail() == null || e.detail().isBlank() ? "" : "  " + e.detail());
      }
    }
  }

  static void printNotices(java.util.List<Notice> notices) {
    for (Notice n : notices) {
      System.out.println(
          "  -> "
              + (n.kind() == Notice.Kind.TELL_REQUESTER
                  ? "tell " + n.recipient()
                  : "triage channel")
              + ": "
              + n.text());
    }
  }

  private static String str(java.time.Instant i) {
    return i == null ? "-" : i.toString();
  }
}
