package org.deskbot.escalate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Tickets in memory, for testing the rules: persists only, as a real store does. */
public final class MemoryTicketStore implements TicketStore {
  private final Map<Long, Ticket> tickets = new TreeMap<>();
  private final List<TicketEvent> events = new ArrayList<>();
  private final Map<String, Long> byDelivery = new HashMap<>();

  /** Puts a ticket as it is (a test's starting point). */
  public synchronized Ticket put(Ticket t) {
    tickets.put(t.id(), t);
    return t;
  }

  @Override
  public synchronized Ticket create(NewTicket n, Instant at, String deliveryId) {
    if (deliveryId != null && byDelivery.containsKey(deliveryId)) {
      return tickets.get(byDelivery.get(deliveryId));
    }
    long id = tickets.size() + 1;
    Ticket t =
        new Ticket(
            id,
            n.requester(),
            n.platform(),
            n.place(),
            n.school(),
            n.urgency(),
            n.category(),
            n.question(),
            n.details(),
            n.suggested(),
            TicketStatus.OPEN,
            null,
            at,
            null,
            null,
            null,
            null,
            null,
            n.interactionId());
    tickets.put(id, t);
    if (deliveryId != null) {
      byDelivery.put(deliveryId, id);
    }
    events.add(new TicketEvent(id, at, n.requester(), TicketEvent.CREATED, n.urgency()));
    return t;
  }

  @Override
  public synchronized Optional<Ticket> find(long id) {
    return Optional.ofNullable(tickets.get(id));
  }

  @Override
  public synchronized List<Ticket> list(String requester, TicketStatus status, int limit) {
    return tickets.values().stream()
        .filter(t -> requester == null || requester.equals(t.requester()))
        .filter(t -> status == null || status == t.status())
        .sorted(Comparator.comparingLong(Ticket::id).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized TicketQuery.Page page(TicketQuery q) {
    List<Ticket> all =
        tickets.values().stream()
            .filter(q::matches)
            .sorted(
                Comparator.comparing(Ticket::status)
                    .thenComparing(Comparator.comparingLong(Ticket::id).reversed()))
            .toList();
    int from = Math.min(q.offset(), all.size());
    return new TicketQuery.Page(
        all.subList(from, Math.min(all.size(), from + q.limit())), all.size());
  }

  @Override
  public synchronized Map<TicketStatus, Integer> countByStatus(String requester) {
    Map<TicketStatus, Integer> out = new EnumMap<>(TicketStatus.class);
    for (TicketStatus s : TicketStatus.values()) {
      out.put(s, 0);
    }
    list(requester, null, Integer.MAX_VALUE).forEach(t -> out.merge(t.status(), 1, Integer::sum));
    return out;
  }

  @Override
  public synchronized Ticket change(long id, TicketChange change) throws StoreException {
    Ticket current = tickets.get(id);
    if (current == null) {
      throw new StoreException(StoreException.Kind.NOT_FOUND, "no ticket " + Ticket.numberOf(id));
    }
    TicketChange.Applied applied = change.apply(current);
    tickets.put(id, applied.after());
    events.add(applied.event());
    return applied.after();
  }

  @Override
  public synchronized List<TicketEvent> events(long id) {
    return events.stream().filter(e -> e.ticketId() == id).toList();
  }
}
