package org.deskbot.web;

import static org.deskbot.web.WebHttp.json;
import static org.deskbot.web.WebHttp.ticketId;

import java.io.IOException;
import java.util.Map;
import org.deskbot.answer.AnswerThreads;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.Reply;
import org.deskbot.escalate.Ticket;
import org.deskbot.server.HttpError;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;

/**
 * The chat page's API: ask, say whether it helped, ask for a person, and see that ticket with what
 * the team told the teacher.
 */
final class TeacherApi {
  private final WebSettings settings;
  private final ConversationService conversation;
  private final SignIn signIn;
  private final Metrics metrics;
  private final WebOutbox outbox;

  TeacherApi(
      WebSettings settings,
      ConversationService conversation,
      SignIn signIn,
      Metrics metrics,
      WebOutbox outbox) {
    this.settings = settings;
    this.conversation = conversation;
    this.signIn = signIn;
    this.metrics = metrics;
    this.outbox = outbox;
  }

  HttpResponse ask(HttpRequest r) throws ConversationException, IOException {
    signIn.guard(r);
    JsonBody b = JsonBody.of(r, settings.maxBodyBytes());
    String user = SignIn.teacher(b.text("name", 40));
    String question = b.text("question", 2000);
    String session = b.optText("conversation", 100); // the page's conversation, "" for none
    long started = System.nanoTime();
    Reply reply =
        onAnswerer(
            () ->
                conversation.ask(
                    new ConversationService.Incoming("web", user, "web", question, null), session));
    metrics.answered(reply.decision(), (System.nanoTime() - started) / 1e9);
    return json(WebJson.reply(reply));
  }

  HttpResponse feedback(HttpRequest r) throws ConversationException {
    signIn.guard(r);
    JsonBody b = JsonBody.of(r, settings.maxBodyBytes());
    String user = SignIn.teacher(b.text("name", 40));
    var i = conversation.feedback(b.number("interaction"), user, b.bool("solved"));
    return json(Map.of("interaction", i.id(), "feedback", i.feedback()));
  }

  HttpResponse escalate(HttpRequest r) throws ConversationException {
    signIn.guard(r);
    JsonBody b = JsonBody.of(r, settings.maxBodyBytes());
    String user = SignIn.teacher(b.text("name", 40));
    long interaction = b.number("interaction");
    var form =
        new ConversationService.EscalationForm(
            b.optText("school", 120),
            b.optText("urgency", 20),
            b.optText("details", 4000),
            b.optText("route", 20));
    var update = conversation.escalate(interaction, user, form, null);
    if (!update.notices().isEmpty()) {
      metrics.escalated();
    }
    return json(WebJson.teacherTicket(update.ticket(), outbox.messages(update.ticket().number())));
  }

  HttpResponse school(HttpRequest r) throws ConversationException {
    String user = SignIn.teacher(r.queryParams().getOrDefault("name", ""));
    return json(Map.of("school", conversation.lastSchool(user)));
  }

  /**
   * What the form offers beside the tech team for an answer when the teacher is at {@code school}:
   * {@code {"offer": "Ask Ana Ruiz, your school's Nearpod champion"}}, "" when nobody there covers
   * it.
   */
  HttpResponse champion(HttpRequest r) throws ConversationException {
    String user = SignIn.teacher(r.queryParams().getOrDefault("name", ""));
    long interaction;
    try {
      interaction = Long.parseLong(r.queryParams().getOrDefault("interaction", ""));
    } catch (NumberFormatException e) {
      throw new HttpError(400, "interaction must be a number");
    }
    conversation.startEscalation(interaction, user); // the asker's own answer only
    return json(
        Map.of(
            "offer",
            conversation.championOffer(interaction, r.queryParams().getOrDefault("school", ""))));
  }

  HttpResponse ticket(HttpRequest r) throws ConversationException {
    String user = SignIn.teacher(r.queryParams().getOrDefault("name", ""));
    Ticket t = conversation.ticket(ticketId(r), user);
    return json(WebJson.teacherTicket(t, outbox.messages(t.number())));
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws Exception;
  }

  /**
   * A teacher's question runs on the answer threads (see {@link AnswerThreads}) with its recording:
   * the engine would hand over only the search, and the SQLite write would then run on the
   * request's virtual thread, pinning one of the server's few carriers while it is in native code.
   */
  private static <T> T onAnswerer(Work<T> work) throws ConversationException, IOException {
    try {
      return AnswerThreads.run(work::run);
    } catch (ConversationException | IOException | RuntimeException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConversationException(ConversationException.Kind.FAILED, "interrupted");
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
