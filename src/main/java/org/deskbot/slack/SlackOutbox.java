package org.deskbot.slack;

import com.slack.api.methods.MethodsClient;
import java.util.Optional;
import org.deskbot.chat.Notice;
import org.deskbot.chat.Outbox;
import org.deskbot.escalate.MessageRefs;
import org.deskbot.escalate.Ticket;
import org.deskbot.report.Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers ticket changes in Slack: a word in the teacher's thread, the ticket card in the triage
 * channel (posted once, then updated in place), and the weekly summary with its chart.
 */
final class SlackOutbox implements Outbox {
  static final String PLATFORM = "slack";
  static final String CARD = "triage-card";

  /** Where the ticket's card in its champion's DM is: "{@code channel} {@code ts}". */
  static final String CHAMPION_CARD = "champion-card";

  private static final Logger LOG = LoggerFactory.getLogger(SlackOutbox.class);

  private final MethodsClient client;
  private final SlackSettings settings;

  SlackOutbox(MethodsClient client, SlackSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public void deliver(Notice notice, Ticket ticket, MessageRefs refs) throws Exception {
    switch (notice.kind()) {
      case TELL_REQUESTER -> {
        Place p = Place.parse(ticket.place());
        SlackApi.post(client, p.channel(), p.threadOrNull(), notice.text(), null);
      }
      case TRIAGE_NEW -> postCard(ticket, refs);
      case TELL_CHAMPION -> championCard(notice, ticket, refs);
      case TELL_TEAM -> {
        Optional<String> ts = refs.get(ticket.id(), PLATFORM, CARD);
        SlackApi.post(
            client,
            settings.triageChannel(),
            ts.orElse(null),
            ticket.number() + ": " + notice.text(),
            null);
      }
      case TRIAGE_UPDATE -> {
        Optional<String> ts = refs.get(ticket.id(), PLATFORM, CARD);
        if (ts.isEmpty()) {
          postCard(ticket, refs);
        } else {
          SlackBlocks.Message card = card(ticket);
          SlackApi.call(
              "chat.update",
              () ->
                  client.chatUpdate(
                      r ->
                          r.channel(settings.triageChannel())
                              .ts(ts.get())
                              .text(card.text())
                              .blocksAsString(card.blocks())));
        }
      }
    }
  }

  /**
   * The ticket's card in its champion's DM with the bot (Claim and Resolve, as in the triage
   * channel): posted the first time, then updated in place; words for the champion go under it.
   */
  private void championCard(Notice notice, Ticket ticket, MessageRefs refs) throws Exception {
    SlackBlocks.Message card = card(ticket);
    Optional<String> at = refs.get(ticket.id(), PLATFORM, CHAMPION_CARD);
    if (at.isEmpty()) {
      var posted =
          SlackApi.post(
              client,
              notice.recipient(),
              null,
              notice.text().isBlank() ? card.text() : notice.text(),
              card.blocks());
      refs.put(ticket.id(), PLATFORM, CHAMPION_CARD, posted.getChannel() + " " + posted.getTs());
      return;
    }
    String channel = at.get().substring(0, at.get().indexOf(' '));
    String ts = at.get().substring(at.get().indexOf(' ') + 1);
    SlackApi.call(
        "chat.update",
        () ->
            client.chatUpdate(
                r -> r.channel(channel).ts(ts).text(card.text()).blocksAsString(card.blocks())));
    if (!notice.text().isBlank()) {
      SlackApi.post(client, channel, ts, ticket.number() + ": " + notice.text(), null);
    }
  }

  private void postCard(Ticket ticket, MessageRefs refs) throws Exception {
    SlackBlocks.Message card = card(ticket);
    var posted = SlackApi.post(client, settings.triageChannel(), null, card.text(), card.blocks());
    refs.put(ticket.id(), PLATFORM, CARD, posted.getTs());
  }

  private SlackBlocks.Message card(Ticket ticket) throws InterruptedException {
    return SlackBlocks.triageCard(
        ticket, SlackBlocks.suggested(ticket.suggested()), threadLink(ticket));
  }

  /** A link to where the teacher asked; "" when Slack cannot give one (the card still posts). */
  private String threadLink(Ticket ticket) throws InterruptedException {
    if (!PLATFORM.equals(ticket.platform()) || ticket.place().isBlank()) {
      return "";
    }
    Place p = Place.parse(ticket.place());
    if (p.thread().isEmpty()) {
      return "";
    }
    try {
      return SlackApi.call(
              "chat.getPermalink",
              () -> client.chatGetPermalink(r -> r.channel(p.channel()).messageTs(p.thread())))
          .getPermalink();
    } catch (SlackApi.Failed e) {
      LOG.info("no link to {}'s thread: {}", ticket.number(), e.getMessage());
      return "";
    }
  }

  @Override
  public boolean postsSummaries() {
    return settings.summaryChannel() != null && !settings.summaryChannel().isBlank();
  }

  @Override
  public void postSummary(Digest digest) throws Exception {
    String text =
        digest.text()
            + (digest.reportUrl() == null || digest.reportUrl().isBlank()
                ? ""
                : "\n<" + digest.reportUrl() + "|The full report>");
    var posted = SlackApi.post(client, settings.summaryChannel(), null, text, null);
    if (digest.chartPng() != null && digest.chartPng().length > 0) {
      SlackApi.call(
          "files.uploadV2",
          () -> {
            try {
              return client.filesUploadV2(
                  r ->
                      r.channel(settings.summaryChannel())
                          .threadTs(posted.getTs())
                          .fileData(digest.chartPng())
                          .filename("deskbot-" + digest.week() + ".png")
                          .title("deskbot " + digest.week())
                          .altTxt(digest.chartAlt())
                          .requestFileInfo(false));
            } catch (com.slack.api.methods.SlackFilesUploadV2Exception e) {
              throw new java.io.IOException("the chart upload failed: " + e.getMessage(), e);
            }
          });
    }
  }
}
