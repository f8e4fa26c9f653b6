package org.deskbot.escalate;

import java.util.Optional;

/**
 * Where a platform put a ticket's messages, so it can update them later: the triage card's
 * timestamp in Slack, its activity id in Teams. {@code kind} names the message ("triage-card").
 */
public interface MessageRefs {
  void put(long ticket, String platform, String kind, String ref) throws StoreException;

  Optional<String> get(long ticket, String platform, String kind) throws StoreException;

  /** The ticket whose {@code kind} message on {@code platform} is {@code ref}, if any. */
  Optional<Long> ticketAt(String platform, String kind, String ref) throws StoreException;
}
