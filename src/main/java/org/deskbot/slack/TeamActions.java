package org.deskbot.slack;

import static org.deskbot.slack.SlackPayloads.actionValue;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.nio.file.Path;
import java.util.List;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.escalate.Ticket;

/**
 * The team's side in Slack: *Claim* and *Resolve* on the ticket cards in the triage channel, a
 * reply in a card's thread reaching the teacher, and the App Home's list of tickets.
 *
 * @param drafts where *save as FAQ draft* writes, or null to not offer it
 */
record TeamActions(
    SlackSettings settings,
    ConversationService service,
    FaqDrafts drafts,
    MethodsClient client,
    AfterAck later) {
  private static final String PLATFORM = SlackOutbox.PLATFORM;

  void register(App app) {
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent e = payload.getEvent();
          if ("home".equals(e.getTab())) {
            later.run(() -> publishHome(e.getUser()));
          }
          return ctx.ack();
        });
    app.blockAction(
        SlackBlocks.CLAIM,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          later.run(() -> claim(p));
          return ctx.ack();
        });
    app.blockAction(
        SlackBlocks.RESOLVE,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          later.run(() -> openResolve(p));
          return ctx.ack();
        });
    app.viewSubmission(
        SlackBlocks.RESOLVE_VIEW,
        (req, ctx) -> {
          var p = req.getPayload();
          var values = p.getView().getState().getValues();
          String user = p.getUser().getId();
          long ticket = Long.parseLong(p.getView().getPrivateMetadata());
          long minutes;
          try {
            minutes = Long.parseLong(SlackPayloads.text(values, "minutes").strip());
          } catch (NumberFormatException e) {
            return ctx.ackWithErrors(
                java.util.Map.of("minutes", "Minutes spent must be a whole number"));
          }
          String resolution = SlackPayloads.text(values, "resolution");
          boolean saveFaq = SlackPayloads.selectedAll(values, "faq").contains("save");
          try {
            ConversationService.TicketUpdate u =
                service.resolve(ticket, user, minutes, resolution, saveFaq ? drafts : null);
            u.draft().ifPresent(draft -> later.run(() -> tellDraft(u.ticket(), draft)));
            return ctx.ack();
          } catch (ConversationException e) {
            return TeacherActions.errors(ctx::ackWithErrors, e, "resolution");
          }
        });
  }

  /** Whether {@code channel}/{@code thread} is the thread under a card in the triage channel. */
  static boolean inCardThread(SlackSettings settings, String channel, String thread, String ts) {
    return settings.triageChannel().equals(channel) && thread != null && !thread.equals(ts);
  }

  /** A reply in a ticket card's thread reaches the teacher's thread. */
  void relay(String user, String cardTs, String text, String deliveryId) throws Exception {
    try {
      service.replyUnderCard(PLATFORM, SlackOutbox.CARD, cardTs, user, text, deliveryId);
    } catch (ConversationException e) {
      SlackApi.call(
          "chat.postEphemeral",
          () ->
              client.chatPostEphemeral(
                  r ->
                      r.channel(settings.triageChannel())
                          .threadTs(cardTs)
                          .user(user)
                          .text("Sorry, " + e.getMessage() + ".")));
    }
  }

  private void claim(BlockActionPayload p) throws Exception {
    try {
      service.claim(Long.parseLong(actionValue(p)), p.getUser().getId());
    } catch (ConversationException e) {
      SlackPayloads.ephemeral(client, p, "Sorry, " + e.getMessage() + ".");
    }
  }

  private void openResolve(BlockActionPayload p) throws Exception {
    Ticket t;
    try {
      t = service.startResolve(Long.parseLong(actionValue(p)), p.getUser().getId());
    } catch (ConversationException e) {
      if (e.kind() == ConversationException.Kind.FAILED) {
        throw e;
      }
      SlackPayloads.ephemeral(client, p, "Sorry, " + e.getMessage() + ".");
      return;
    }
    String view = SlackBlocks.resolveView(t);
    SlackApi.call(
        "views.open",
        () -> client.viewsOpen(r -> r.triggerId(p.getTriggerId()).viewAsString(view)));
  }

  /** Under the ticket's card: where the FAQ draft from its resolution was saved. */
  private void tellDraft(Ticket ticket, Path file) throws Exception {
    var ts = service.message(ticket.id(), PLATFORM, SlackOutbox.CARD);
    String text =
        "Saved an FAQ draft from "
            + ticket.number()
            + ": `"
            + FaqDrafts.FOLDER
            + "/"
            + file.getFileName()
            + "` (approve it with `deskbot drafts`).";
    SlackApi.post(client, settings.triageChannel(), ts.orElse(null), text, null);
  }

  /** The App Home: the team sees the tickets being worked, a teacher their own. */
  private void publishHome(String user) throws Exception {
    boolean team = service.onTeam(user);
    List<Ticket> tickets =
        service.tickets(user, null).stream().filter(t -> !team || t.worked()).toList();
    String view = SlackBlocks.home(team, tickets);
    SlackApi.call(
        "views.publish", () -> client.viewsPublish(r -> r.userId(user).viewAsString(view)));
  }
}
