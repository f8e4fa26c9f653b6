package org.deskbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.MessageEvent;
import java.util.Optional;
import java.util.Set;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.Reply;

/**
 * Channels where deskbot listens (slack.listen_channels): a top-level message there is answered in
 * its thread without a mention, but only when the answer is confident; otherwise deskbot stays
 * silent. A message that mentions someone is addressed to them (or to deskbot, which the mention
 * event answers), so it is not overheard.
 */
final class ListeningChannels {
  private final Set<String> channels;
  private final ConversationService service;
  private final MethodsClient client;

  ListeningChannels(Set<String> channels, ConversationService service, MethodsClient client) {
    this.channels = channels;
    this.service = service;
    this.client = client;
  }

  /** Whether {@code e} is a top-level message in a listening channel, addressed to nobody. */
  boolean hears(MessageEvent e) {
    return channels.contains(e.getChannel())
        && (e.getThreadTs() == null || e.getThreadTs().equals(e.getTs()))
        && e.getText() != null
        && !e.getText().contains("<@");
  }

  /** Answers in the message's thread when the decision is to answer; otherwise says nothing. */
  void answer(MessageEvent e, String deliveryId) throws Exception {
    Place place = Place.of(e.getChannel(), e.getTs());
    Optional<Reply> reply =
        service.overheard(
            new ConversationService.Incoming(
                SlackOutbox.PLATFORM,
                e.getUser(),
                place.toString(),
                SlackText.plain(e.getText()),
                deliveryId),
            e.getChannel());
    if (reply.isEmpty()) {
      return;
    }
    SlackBlocks.Message m = SlackBlocks.answer(reply.get());
    SlackApi.post(client, place.channel(), place.threadOrNull(), m.text(), m.blocks());
  }
}
