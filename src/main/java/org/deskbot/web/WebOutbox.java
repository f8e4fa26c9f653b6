package org.deskbot.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deskbot.chat.Notice;
import org.deskbot.chat.Outbox;
import org.deskbot.escalate.MessageRefs;
import org.deskbot.escalate.Ticket;

/**
 * What the tech team tells a teacher about a ticket opened on the web page, kept in memory for the
 * page to show beside the ticket's status (the page asks for it; there is no push). The triage card
 * is the dashboard's queue itself, so triage notices need nothing here.
 */
final class WebOutbox implements Outbox {
  private static final int MAX_TICKETS = 10_000;
  private static final int MAX_MESSAGES = 50;

  private final Map<String, List<String>> byTicket =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
          return size() > MAX_TICKETS;
        }
      };

  @Override
  public String platform() {
    return "web";
  }

  @Override
  public void deliver(Notice notice, Ticket ticket, MessageRefs refs) {
    if (notice.kind() != Notice.Kind.TELL_REQUESTER) {
      return;
    }
    synchronized (byTicket) {
      List<String> list = byTicket.computeIfAbsent(notice.ticket(), k -> new ArrayList<>());
      if (list.size() < MAX_MESSAGES) {
        list.add(notice.text());
      }
    }
  }

  /** What the teacher has been told about {@code ticket}, oldest first. */
  List<String> messages(String ticket) {
    synchronized (byTicket) {
      return List.copyOf(byTicket.getOrDefault(ticket, List.of()));
    }
  }
}
