package org.deskbot.chat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.deskbot.escalate.MessageRefs;
import org.deskbot.escalate.Ticket;
import org.deskbot.report.Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands notices to the subscribed outboxes: the teacher's word to the platform the ticket came
 * from, triage cards to every platform. One ordered queue per outbox, so a card is posted before it
 * is updated; a failing outbox is logged and never undoes the change already stored.
 */
final class Dispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private record Subscriber(Outbox outbox, ExecutorService queue) {}

  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final MessageRefs refs;

  Dispatcher(MessageRefs refs) {
    this.refs = refs;
  }

  void subscribe(Outbox outbox) {
    subscribers.add(
        new Subscriber(
            outbox,
            Executors.newSingleThreadExecutor(
                Thread.ofVirtual().name("outbox-" + outbox.platform()).factory())));
  }

  void publish(Ticket ticket, List<Notice> notices) {
    for (Subscriber s : subscribers) {
      for (Notice n : notices) {
        // the teacher, and their school's champion, are reached on the platform the teacher used
        if ((n.kind() == Notice.Kind.TELL_REQUESTER || n.kind() == Notice.Kind.TELL_CHAMPION)
            && !s.outbox().platform().equals(ticket.platform())) {
          continue;
        }
        s.queue()
            .execute(
                () -> {
                  try {
                    s.outbox().deliver(n, ticket, refs);
                  } catch (Exception e) {
                    LOG.warn(
                        "{}: could not deliver {} for {}: {}",
                        s.outbox().platform(),
                        n.kind(),
                        n.ticket(),
                        e.toString());
                  }
                });
      }
    }
  }

  /** How many subscribed platforms have a channel for the weekly summary. */
  int summaryPlatforms() {
    return (int) subscribers.stream().filter(s -> s.outbox().postsSummaries()).count();
  }

  /**
   * Posts the digest to every outbox with a summary channel; returns how many took it without
   * failing.
   */
  int postSummary(Digest digest) {
    int ok = 0;
    for (Subscriber s : subscribers) {
      if (!s.outbox().postsSummaries()) {
        continue;
      }
      try {
        s.outbox().postSummary(digest);
        ok++;
      } catch (Exception e) {
        LOG.warn("{}: could not post the weekly summary: {}", s.outbox().platform(), e.toString());
      }
    }
    return ok;
  }

  @Override
  public void close() {
    for (Subscriber s : subscribers) {
      s.queue().shutdown();
    }
    for (Subscriber s : subscribers) {
      try {
        s.queue().awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
