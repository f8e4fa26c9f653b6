package org.deskbot.slack;

import static org.deskbot.slack.SlackPayloads.actionValue;
import static org.deskbot.slack.SlackPayloads.blocksOf;
import static org.deskbot.slack.SlackPayloads.channel;
import static org.deskbot.slack.SlackPayloads.messageTs;
import static org.deskbot.slack.SlackPayloads.readJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppMentionEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.ConversationService.Received;
import org.deskbot.chat.Screenshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The teacher's side in Slack: a question by DM, @mention or {@code /helpdesk} answered in its
 * thread, *That solved it*, and *I still need help* with its form.
 */
record TeacherActions(
    SlackSettings settings,
    ConversationService service,
    MethodsClient client,
    AfterAck later,
    SlackFiles files) {
  private static final Logger LOG = LoggerFactory.getLogger(TeacherActions.class);
  private static final String PLATFORM = SlackOutbox.PLATFORM;

  /** Slack's limit on a view's private_metadata. */
  private static final int MAX_METADATA = 3000;

  /**
   * The teacher's handlers (a direct message comes through {@link #answer}: the adapter routes
   * messages).
   */
  void register(App app) {
    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          AppMentionEvent e = payload.getEvent();
          boolean inCardThread =
              settings.triageChannel().equals(e.getChannel()) && e.getThreadTs() != null;
          if (!inCardThread) { // a mention in a card's thread is a reply, relayed by the team's
            // side
            String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
            String id = SlackPayloads.idOrNull(payload.getEventId());
            later.run(
                () ->
                    answer(
                        e.getUser(),
                        Place.of(e.getChannel(), thread),
                        e.getText(),
                        id,
                        e.getFiles()));
          }
          return ctx.ack();
        });
    app.command(
        "/helpdesk",
        (req, ctx) -> {
          SlashCommandPayload p = req.getPayload();
          if (p.getText() == null || p.getText().isBlank()) {
            return ctx.ack(
                "Ask me like this: `/helpdesk how do I share a Google Form with my class?`");
          }
          later.run(() -> answerCommand(p));
          return ctx.ack();
        });
    app.blockAction(
        SlackBlocks.SOLVED,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          later.run(() -> solved(p));
          return ctx.ack();
        });
    app.blockAction(
        SlackBlocks.NEED_HELP,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          later.run(() -> openEscalation(p));
          return ctx.ack();
        });
    app.viewSubmission(
        SlackBlocks.ESCALATE_VIEW,
        (req, ctx) -> {
          var p = req.getPayload();
          var values = p.getView().getState().getValues();
          String user = p.getUser().getId();
          JsonNode meta = readJson(p.getView().getPrivateMetadata());
          try {
            String school = SlackPayloads.text(values, "school");
            if (!values.containsKey("route")) {
              // the school was asked first: when it has a champion for this, offer the choice
              String offer = service.championOffer(meta.path(Meta.INTERACTION).asLong(), school);
              if (!offer.isBlank()) {
                var again =
                    SlackBlocks.escalationView(
                        service.interaction(meta.path(Meta.INTERACTION).asLong()).question(),
                        school,
                        offer,
                        p.getView().getPrivateMetadata());
                com.slack.api.model.view.View view =
                    com.slack.api.util.json.GsonFactory.createSnakeCase()
                        .fromJson(again, com.slack.api.model.view.View.class);
                return ctx.ack(r -> r.responseAction("update").view(view));
              }
            }
            ConversationService.TicketUpdate u =
                service.escalate(
                    meta.path(Meta.INTERACTION).asLong(),
                    user,
                    new ConversationService.EscalationForm(
                        school,
                        SlackPayloads.selected(values, "urgency"),
                        SlackPayloads.text(values, "details"),
                        SlackPayloads.selected(values, "route")),
                    "view:" + p.getView().getId());
            later.run(
                () ->
                    markAnswer(
                        meta.path(Meta.CHANNEL).asText(),
                        meta.path(Meta.TS).asText(),
                        meta.path(Meta.BLOCKS).asText(""),
                        ":raising_hand: <@"
                            + user
                            + "> asked for a person: ticket *"
                            + u.ticket().number()
                            + (u.ticket().withChampion()
                                ? "*. Their school's champion will answer here."
                                : "*. The tech team will reply in this thread.")));
            return ctx.ack();
          } catch (ConversationException e) {
            return errors(ctx::ackWithErrors, e, "details");
          }
        });
  }

  /** A refused form: the reason under the field it is about, else under {@code otherwise}. */
  static Response errors(
      java.util.function.Function<Map<String, String>, Response> ack,
      ConversationException e,
      String otherwise) {
    return ack.apply(Map.of(e.field().isBlank() ? otherwise : e.field(), e.getMessage()));
  }

  /** The keys of the escalation form's private metadata: the answer it came from. */
  private static final class Meta {
    static final String INTERACTION = "i";
    static final String CHANNEL = "c";
    static final String TS = "ts";
    static final String BLOCKS = "b";
  }

  /**
   * A teacher's message: answered in its thread, or, written in the thread their ticket came from,
   * added to that ticket (the team's card says so) and the thread told.
   */
  void answer(String user, Place place, String text, String deliveryId) throws Exception {
    answer(user, place, text, deliveryId, null);
  }

  /**
   * {@link #answer(String, Place, String, String)} with the files shared with the message ({@code
   * null} for none): their words are searched with it; a file that is not an image or is too large
   * gets a reply saying so, and nothing is stored.
   */
  void answer(
      String user,
      Place place,
      String text,
      String deliveryId,
      List<com.slack.api.model.File> shared)
      throws Exception {
    String words = SlackText.plain(text);
    Predicate<String> sameThread =
        place.threadOrNull() == null ? p -> false : place.toString()::equals;
    List<Screenshots.Picture> pictures = files.pictures(shared);
    Screenshots.Step step =
        pictures.isEmpty()
            ? new Screenshots.Step.Ask("", "")
            : service.screenshots().step(words, pictures);
    if (!(step instanceof Screenshots.Step.Ask ask)) {
      post(place, ((Screenshots.Step.Say) step).text());
      return;
    }
    Received received;
    try {
      received =
          service.receive(
              new ConversationService.Incoming(
                  PLATFORM, user, place.toString(), words, deliveryId, ask.imageText()),
              place.toString(), // a thread, or a DM: one conversation
              sameThread);
    } catch (ConversationException e) {
      sorry(place, e);
      return;
    }
    deliver(place, received, ask.note());
  }

  /** What became of a teacher's message, said in its thread. */
  private void deliver(Place place, Received received, String note) throws Exception {
    switch (received) {
      case Received.Again again -> {}
      case Received.AddedToTicket added -> post(place, added.told());
      case Received.Answered answered -> {
        SlackBlocks.Message m = SlackBlocks.answer(answered.reply().withNote(note));
        SlackApi.post(client, place.channel(), place.threadOrNull(), m.text(), m.blocks());
      }
    }
  }

  private void sorry(Place place, ConversationException e) throws Exception {
    LOG.warn("slack: could not answer: {}", e.getMessage());
    post(
        place,
        e.kind() == ConversationException.Kind.FAILED
            ? "Sorry, I couldn't look that up just now. Please try again in a minute."
            : "Sorry, " + e.getMessage() + ".");
  }

  private void post(Place place, String text) throws Exception {
    SlackApi.post(client, place.channel(), place.threadOrNull(), text, null);
  }

  /**
   * {@code /helpdesk}: the question posted as the thread's root (in the channel, else the DM),
   * answered in it; one call into the conversation, which opens the thread only the first time
   * Slack delivers the command.
   */
  private void answerCommand(SlashCommandPayload p) throws Exception {
    String trigger = p.getTriggerId();
    var in =
        new ConversationService.Incoming(
            PLATFORM,
            p.getUserId(),
            "",
            SlackText.plain(p.getText()),
            trigger == null || trigger.isBlank() ? null : "command:" + trigger);
    var opened = new java.util.concurrent.atomic.AtomicReference<Place>();
    Received received;
    try {
      received =
          service.receiveOpening(
              in,
              () -> {
                opened.set(postRoot(p));
                return opened.get().toString();
              });
    } catch (ConversationException e) {
      sorry(opened.get() != null ? opened.get() : Place.of(p.getUserId(), null), e);
      return;
    }
    deliver(opened.get(), received, "");
  }

  /** The command's question as a thread's root: in its channel, else the teacher's DM. */
  private Place postRoot(SlashCommandPayload p) throws Exception {
    String root = "<@" + p.getUserId() + "> asked: " + SlackBlocks.escape(p.getText().strip());
    try {
      return Place.of(
          p.getChannelId(), SlackApi.post(client, p.getChannelId(), null, root, null).getTs());
    } catch (SlackApi.Failed e) {
      // not in that channel (or a DM with someone else): answer in the teacher's DM with the bot
      var dm = SlackApi.post(client, p.getUserId(), null, root, null);
      return Place.of(dm.getChannel(), dm.getTs());
    }
  }

  private void solved(BlockActionPayload p) throws Exception {
    String user = p.getUser().getId();
    try {
      service.feedback(Long.parseLong(actionValue(p)), user, true);
    } catch (ConversationException e) {
      SlackPayloads.ephemeral(client, p, "Sorry, " + e.getMessage() + ".");
      return;
    }
    markAnswer(
        channel(p),
        messageTs(p),
        blocksOf(p),
        ":white_check_mark: <@" + user + "> said this solved it. Glad it helped!");
  }

  private void openEscalation(BlockActionPayload p) throws Exception {
    String user = p.getUser().getId();
    long id = Long.parseLong(actionValue(p));
    ConversationService.EscalationStart start;
    try {
      start = service.startEscalation(id, user);
    } catch (ConversationException e) {
      if (e.kind() != ConversationException.Kind.FORBIDDEN) {
        throw e;
      }
      SlackPayloads.ephemeral(
          client, p, "Sorry, " + e.getMessage() + ". Ask your own and I'll help.");
      return;
    }
    ObjectNode meta =
        SlackPayloads.JSON
            .createObjectNode()
            .put(Meta.INTERACTION, id)
            .put(Meta.CHANNEL, channel(p))
            .put(Meta.TS, messageTs(p));
    meta.put(Meta.BLOCKS, blocksOf(p));
    if (meta.toString().length() > MAX_METADATA) {
      meta.remove(Meta.BLOCKS); // the answer is then marked with the note alone
    }
    String view =
        SlackBlocks.escalationView(
            start.interaction().question(), start.school(), start.championOffer(), meta.toString());
    SlackApi.call(
        "views.open",
        () -> client.viewsOpen(r -> r.triggerId(p.getTriggerId()).viewAsString(view)));
  }

  /** The answer message with its buttons replaced by what happened (no stale buttons). */
  private void markAnswer(String channel, String ts, String blocks, String note) throws Exception {
    if (channel.isBlank() || ts.isBlank()) {
      return;
    }
    String updated = SlackBlocks.withoutButtons(readJson(blocks.isBlank() ? "[]" : blocks), note);
    SlackApi.call(
        "chat.update",
        () -> client.chatUpdate(r -> r.channel(channel).ts(ts).text(note).blocksAsString(updated)));
  }
}
