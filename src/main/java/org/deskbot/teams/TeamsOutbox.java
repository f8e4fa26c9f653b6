package org.deskbot.teams;

import org.deskbot.chat.Notice;
import org.deskbot.chat.Outbox;
import org.deskbot.escalate.MessageRefs;
import org.deskbot.escalate.Ticket;
import org.deskbot.report.Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teams' side of ticket changes: the teacher's word as a reply to their message, the ticket card in
 * the triage conversation (posted once, then updated in place), and the weekly summary.
 */
public final class TeamsOutbox implements Outbox {
  private static final Logger LOG = LoggerFactory.getLogger(TeamsOutbox.class);

  /** The message reference kind under which the triage card's activity id is remembered. */
  static final String TRIAGE_CARD = "triage-card";

  /** Where the ticket's card in its champion's chat is: conversation id, a newline, activity id. */
  static final String CHAMPION_CARD = "champion-card";

  private final TeamsSettings settings;
  private final Connector connector;

  public TeamsOutbox(TeamsSettings settings, Connector connector) {
    this.settings = settings;
    this.connector = connector;
  }

  @Override
  public String platform() {
    return TeamsAdapter.PLATFORM;
  }

  @Override
  public void deliver(Notice notice, Ticket ticket, MessageRefs refs) throws Exception {
    switch (notice.kind()) {
      case TELL_REQUESTER -> {
        Place p = Place.parse(ticket.place()).orElse(null);
        if (p == null) {
          LOG.warn("teams: {} has no Teams place to reply to", ticket.number());
          return;
        }
        connector.reply(
            p.serviceUrl(), p.conversation(), p.activityId(), Cards.text(notice.text()));
      }
      case TRIAGE_NEW, TRIAGE_UPDATE -> triageCard(ticket, refs);
      case TELL_CHAMPION -> championCard(notice, ticket, refs);
      case TELL_TEAM -> {
        TeamsSettings.Conversation triage = settings.triage();
        var card = refs.get(ticket.id(), TeamsAdapter.PLATFORM, TRIAGE_CARD);
        if (triage != null && card.isPresent()) {
          connector.reply(
              triage.serviceUrl(),
              triage.id(),
              card.get(),
              Cards.text(ticket.number() + ": " + notice.text()));
        }
      }
    }
  }

  /**
   * The ticket's card (Claim and Resolve) in the bot's chat with its champion: posted the first
   * time, then updated in place; words for the champion follow it.
   */
  private void championCard(Notice notice, Ticket ticket, MessageRefs refs) throws Exception {
    Place p = Place.parse(ticket.place()).orElse(null);
    if (p == null) {
      LOG.warn("teams: {} has no Teams place to reach its champion from", ticket.number());
      return;
    }
    var at = refs.get(ticket.id(), TeamsAdapter.PLATFORM, CHAMPION_CARD);
    String chat;
    if (at.isEmpty()) {
      chat = connector.personalChat(p.serviceUrl(), notice.recipient(), settings.tenantId());
      String id = connector.post(p.serviceUrl(), chat, Cards.ticket(ticket));
      refs.put(ticket.id(), TeamsAdapter.PLATFORM, CHAMPION_CARD, chat + "\n" + id);
    } else {
      chat = at.get().substring(0, at.get().indexOf('\n'));
      connector.update(
          p.serviceUrl(),
          chat,
          at.get().substring(at.get().indexOf('\n') + 1),
          Cards.ticket(ticket));
    }
    if (!notice.text().isBlank()) {
      connector.post(p.serviceUrl(), chat, Cards.text(ticket.number() + ": " + notice.text()));
    }
  }

  private void triageCard(Ticket ticket, MessageRefs refs) throws Exception {
    TeamsSettings.Conversation triage = settings.triage();
    if (triage == null) {
      return;
    }
    var existing = refs.get(ticket.id(), TeamsAdapter.PLATFORM, TRIAGE_CARD);
    if (existing.isPresent()) {
      connector.update(triage.serviceUrl(), triage.id(), existing.get(), Cards.ticket(ticket));
      return;
    }
    String id = connector.post(triage.serviceUrl(), triage.id(), Cards.ticket(ticket));
    if (!id.isBlank()) {
      refs.put(ticket.id(), TeamsAdapter.PLATFORM, TRIAGE_CARD, id);
    }
  }

  @Override
  public boolean postsSummaries() {
    return settings.summary() != null;
  }

  @Override
  public void postSummary(Digest digest) throws Exception {
    TeamsSettings.Conversation to = settings.summary();
    if (to == null) {
      return;
    }
    connector.post(to.serviceUrl(), to.id(), Cards.summary(digest));
  }
}
