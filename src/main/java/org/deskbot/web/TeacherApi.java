package org.deskbot.web;

import static org.deskbot.web.WebHttp.json;
import static org.deskbot.web.WebHttp.ticketId;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.deskbot.answer.AnswerThreads;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.Reply;
import org.deskbot.chat.Screenshots;
import org.deskbot.chat.TypedText;
import org.deskbot.escalate.Ticket;
import org.deskbot.ocr.ImageException;
import org.deskbot.ocr.ImageLimits;
import org.deskbot.server.HttpError;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;

/**
 * The chat page's API: ask, say whether it helped, ask for a person, and see that ticket with what
 * the team told the teacher.
 */
record TeacherApi(
    WebSettings settings,
    ConversationService conversation,
    SignIn signIn,
    Metrics metrics,
    WebOutbox outbox) {
  /** The longest {@code image} field: a data URL of an image of {@link ImageLimits#MAX_BYTES}. */
  static final int MAX_IMAGE_CHARS = (int) ((ImageLimits.MAX_BYTES + 2) / 3 * 4) + 100;

  /** The largest ask the server reads: the JSON body's limit plus one image. */
  int maxAskBytes() {
    return settings.maxBodyBytes() + MAX_IMAGE_CHARS;
  }

  HttpResponse ask(HttpRequest r) throws ConversationException, IOException {
    signIn.guard(r);
    JsonBody b = JsonBody.of(r, maxAskBytes());
    String image = b.optText("image", MAX_IMAGE_CHARS);
    if (r.body().length - image.length() > settings.maxBodyBytes()) {
      throw new HttpError(
          413, "the request body is larger than " + settings.maxBodyBytes() / 1024 + " KB");
    }
    String user = SignIn.teacher(b.text("name", 40));
    String question = image.isEmpty() ? b.text("question", 2000) : b.optText("question", 2000);
    String session = b.optText("conversation", 100); // the page's conversation, "" for none
    long started = System.nanoTime();
    Screenshots.Step.Ask withImage = image.isEmpty() ? null : readImage(b, image, question);
    Reply reply =
        onAnswerer(
            () ->
                conversation.ask(
                    new ConversationService.Incoming(
                        "web",
                        user,
                        "web",
                        TypedText.plain(question),
                        null,
                        withImage == null ? "" : withImage.imageText()),
                    session));
    metrics.answered(reply.decision(), (System.nanoTime() - started) / 1e9);
    if (withImage == null) {
      return json(WebJson.reply(reply));
    }
    var o = WebJson.reply(reply.withNote(withImage.note()));
    o.put(
        "image_text",
        withImage.imageText().isEmpty() && !withImage.note().isEmpty()
            ? null
            : conversation.redacted(withImage.imageText()));
    return json(o);
  }

  /**
   * The words of the uploaded image ({@code image}: base64, or a {@code data:} URL): too large is a
   * 413, not an image (or no words in it or the question) a 400, and nothing is stored.
   */
  private Screenshots.Step.Ask readImage(JsonBody b, String image, String question) {
    String name = b.optText("image_name", 200);
    name = name.isBlank() ? "the image" : name;
    String base64 = image.startsWith("data:") ? image.substring(image.indexOf(',') + 1) : image;
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new HttpError(400, "`image` must be the image's bytes in base64");
    }
    Screenshots.Step step;
    try {
      step =
          conversation
              .screenshots()
              .step(
                  question,
                  conversation.screenshots().read(List.of(Screenshots.Picture.of(name, bytes))));
    } catch (ImageException e) {
      throw new HttpError(e.tooLarge() ? 413 : 400, e.getMessage());
    }
    if (step instanceof Screenshots.Step.Say say) {
      throw new HttpError(400, say.text());
    }
    return (Screenshots.Step.Ask) step;
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
