package org.deskbot.chat;

import org.deskbot.escalate.MessageRefs;
import org.deskbot.escalate.Ticket;
import org.deskbot.report.Digest;

/**
 * Where one platform's adapter delivers what the conversation service asks: a word to the teacher
 * in their thread (only for tickets opened on this platform), the ticket's card in the team's
 * triage channel, and the weekly summary. Adapters subscribe with {@link
 * ConversationService#subscribe(Outbox)}; deliveries run in order, off the caller's thread.
 */
public interface Outbox {
  /**
   * The platform this delivers to ("slack", "teams", "web"): tickets whose platform it is are told
   * here.
   */
  String platform();

  /**
   * Delivers one notice about {@code ticket} as it is now; {@code refs} keeps where this platform
   * put the ticket's messages (its triage card), to update them in place. Failures are logged by
   * the caller.
   */
  void deliver(Notice notice, Ticket ticket, MessageRefs refs) throws Exception;

  /** Whether this platform has a channel for the weekly summary. */
  default boolean postsSummaries() {
    return false;
  }

  /**
   * Posts the weekly summary to the team's channel (called only when {@link #postsSummaries()}).
   */
  default void postSummary(Digest digest) throws Exception {}
}
