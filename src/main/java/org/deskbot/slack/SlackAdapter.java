package org.deskbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.ViewState;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.json.GsonFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.Reply;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.server.Adapter;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;
import org.deskbot.server.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * deskbot in Slack, through Bolt: teachers ask by DM, @mention or {@code /helpdesk} and press the
 * answer's buttons; the team works tickets from cards in the triage channel and the App Home.
 * Events arrive over Socket Mode or at {@code POST /slack/events}; every handler acknowledges at
 * once and does the work after, and a retried delivery is handled once. No business rules here:
 * every decision is the conversation service's.
 */
public final class SlackAdapter implements Adapter {
  public static final String EVENTS_PATH = "/slack/events";
  private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLATFORM = SlackOutbox.PLATFORM;

  /** Slack's limit on a view's private_metadata. */
  private static final int MAX_METADATA = 3000;

  private final SlackSettings settings;
  private final ConversationService service;
  private final FaqDrafts drafts;
  private final Slack slack;
  private final MethodsClient client;
  private final ListeningChannels listening;
  private final App app;
  private final SlackRequestParser parser;
  private final RequestSignature signature;
  private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
  private SocketModeApp socket;

  /**
   * Builds the Bolt app and subscribes the Slack outbox to {@code service}.
   *
   * @param drafts where *save as FAQ draft* writes, or null to not offer it
   */
  public SlackAdapter(SlackSettings settings, ConversationService service, FaqDrafts drafts) {
    this.settings = settings;
    this.service = service;
    this.drafts = drafts;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    config.setPrettyResponseLoggingEnabled(false);
    this.slack = Slack.getInstance(config);
    this.client = slack.methods(settings.botToken());
    this.listening = new ListeningChannels(settings.listenChannels(), service, client);
    AppConfig.AppConfigBuilder app =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(settings.botToken())
            // events deskbot does not handle (a channel join in the triage channel...) are
            // acknowledged, so Slack never retries them
            .unmatchedRequestHandler(request -> Response.ok())
            .authTestCacheEnabled(true); // not one auth.test round trip to Slack per event
    if (settings.httpMode()) {
      app.signingSecret(settings.signingSecret());
    } else {
      app.requestVerificationEnabled(false); // only Socket Mode: nothing arrives over HTTP
    }
    this.app = new App(app.build());
    this.parser = new SlackRequestParser(this.app.config());
    this.signature = new RequestSignature(settings.signingSecret());
    register();
    service.subscribe(new SlackOutbox(client, settings, service));
    if (!settings.teamUsergroup().isEmpty()) {
      service
          .team()
          .addSource(new TeamGroup(client, settings.teamUsergroup(), java.time.Clock.systemUTC()));
    }
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public void mount(Router router) {
    if (settings.httpMode()) {
      router.post(EVENTS_PATH, this::handle);
    }
  }

  /** Checks the bot token, then connects over Socket Mode when an app token is set. */
  @Override
  public String start() throws Exception {
    com.slack.api.methods.response.auth.AuthTestResponse auth;
    try {
      auth = SlackApi.call("auth.test", () -> client.authTest(r -> r));
    } catch (SlackApi.Failed e) {
      throw new IllegalStateException(
          "Slack did not accept SLACK_BOT_TOKEN (" + e.getMessage() + ")");
    }
    String who = "as @" + auth.getUser() + " in " + auth.getTeam();
    if (settings.socketMode()) {
      try {
        socket =
            new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
        socket.startAsync();
      } catch (Exception e) {
        throw new IllegalStateException(
            "cannot connect to Slack over Socket Mode with SLACK_APP_TOKEN ("
                + e.getMessage()
                + ")");
      }
      return "connected over Socket Mode " + who;
    }
    return "receiving events at " + EVENTS_PATH + " " + who;
  }

  /** The Bolt app (tests drive it directly). */
  App app() {
    return app;
  }

  // ---- HTTP mode: our server's request into Bolt and back ----

  HttpResponse handle(HttpRequest request) throws Exception {
    String refused =
        signature.refusal(
            request.header("x-slack-request-timestamp"),
            request.header("x-slack-signature"),
            request.body(),
            java.time.Instant.now());
    if (refused != null) {
      return HttpResponse.error(401, refused);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.headers().forEach((k, v) -> headers.put(k, List.of(v)));
    Map<String, List<String>> query = new LinkedHashMap<>();
    request.queryParams().forEach((k, v) -> query.put(k, List.of(v)));
    Request<?> slackRequest =
        parser.parse(
            SlackRequestParser.HttpRequest.builder()
                .requestUri(request.path())
                .queryString(query)
                .headers(new RequestHeaders(headers))
                .requestBody(request.bodyText())
                .remoteAddress(
                    request.remote() == null ? "" : request.remote().getAddress().getHostAddress())
                .build());
    if (slackRequest == null) {
      return HttpResponse.error(400, "not a Slack request");
    }
    Response r;
    try {
      r = app.run(slackRequest);
    } catch (com.google.gson.JsonParseException e) {
      return HttpResponse.error(400, "the Slack payload could not be read: " + e.getMessage());
    }
    String type = r.getContentType() == null ? "text/plain; charset=utf-8" : r.getContentType();
    byte[] body = r.getBody() == null ? new byte[0] : r.getBody().getBytes(StandardCharsets.UTF_8);
    HttpResponse out =
        new HttpResponse(r.getStatusCode() == null ? 200 : r.getStatusCode(), type, body, Map.of());
    if (r.getHeaders() != null) {
      for (var h : r.getHeaders().entrySet()) {
        if (!h.getValue().isEmpty() && !h.getKey().equalsIgnoreCase("content-type")) {
          out = out.withHeader(h.getKey(), h.getValue().get(0));
        }
      }
    }
    return out;
  }

  // ---- handlers: each acknowledges at once; the work runs after ----

  private void register() {
    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          AppMentionEvent e = payload.getEvent();
          boolean inCardThread =
              settings.triageChannel().equals(e.getChannel()) && e.getThreadTs() != null;
          if (!inCardThread
              && first(
                  payload.getEventId())) { // a mention in a card's thread is a reply, relayed below
            String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
            later(
                () ->
                    answer(
                        e.getUser(),
                        Place.of(e.getChannel(), thread),
                        e.getText(),
                        payload.getEventId()));
          }
          return ctx.ack();
        });
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent e = payload.getEvent();
          if (e.getBotId() != null || e.getSubtype() != null || e.getUser() == null) {
            return ctx.ack();
          }
          boolean dm = "im".equals(e.getChannelType());
          if (!dm && listening.hears(e)) {
            if (first(payload.getEventId())) {
              later(() -> listening.answer(e, payload.getEventId()));
            }
            return ctx.ack();
          }
          boolean cardThread =
              settings.triageChannel().equals(e.getChannel())
                  && e.getThreadTs() != null
                  && !e.getThreadTs().equals(e.getTs());
          if ((dm || cardThread) && first(payload.getEventId())) {
            if (dm) {
              later(
                  () ->
                      answer(
                          e.getUser(),
                          Place.of(e.getChannel(), e.getThreadTs()),
                          e.getText(),
                          payload.getEventId()));
            } else {
              later(() -> relay(e.getUser(), e.getThreadTs(), e.getText()));
            }
          }
          return ctx.ack();
        });
    app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent e = payload.getEvent();
          if ("home".equals(e.getTab())) {
            later(() -> publishHome(e.getUser()));
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
          if (first("command:" + p.getTriggerId())) {
            later(() -> answerCommand(p));
          }
          return ctx.ack();
        });
    app.blockAction(
        SlackBlocks.SOLVED,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          later(() -> solved(p));
          return ctx.ack();
        });
    app.blockAction(
        SlackBlocks.NEED_HELP,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          later(() -> openEscalation(p));
          return ctx.ack();
        });
    app.blockAction(
        SlackBlocks.CLAIM,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          later(() -> claim(p));
          return ctx.ack();
        });
    app.blockAction(
        SlackBlocks.RESOLVE,
        (req, ctx) -> {
          BlockActionPayload p = req.getPayload();
          later(() -> openResolve(p));
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
            ConversationService.TicketUpdate u =
                service.escalate(
                    meta.path("i").asLong(),
                    user,
                    new ConversationService.EscalationForm(
                        text(values, "school"),
                        selected(values, "urgency"),
                        text(values, "details")),
                    "view:" + p.getView().getId());
            later(
                () ->
                    markAnswer(
                        meta.path("c").asText(),
                        meta.path("ts").asText(),
                        meta.path("b").asText(""),
                        ":raising_hand: <@"
                            + user
                            + "> asked for a person: ticket *"
                            + u.ticket().number()
                            + "*. The tech team will reply in this thread."));
            return ctx.ack();
          } catch (ConversationException e) {
            return ctx.ackWithErrors(
                Map.of(
                    e.kind() == ConversationException.Kind.INVALID ? "urgency" : "details",
                    e.getMessage()));
          }
        });
    app.viewSubmission(
        SlackBlocks.RESOLVE_VIEW,
        (req, ctx) -> {
          var p = req.getPayload();
          var values = p.getView().getState().getValues();
          String user = p.getUser().getId();
          long ticket = Long.parseLong(p.getView().getPrivateMetadata());
          int minutes;
          try {
            minutes = Integer.parseInt(text(values, "minutes").strip());
          } catch (NumberFormatException e) {
            return ctx.ackWithErrors(Map.of("minutes", "Minutes spent must be a whole number"));
          }
          String resolution = text(values, "resolution");
          boolean saveFaq = selectedAll(values, "faq").contains("save");
          try {
            ConversationService.TicketUpdate u = service.resolve(ticket, user, minutes, resolution);
            if (saveFaq && drafts != null) {
              later(() -> saveDraft(u.ticket(), resolution, user));
            }
            return ctx.ack();
          } catch (ConversationException e) {
            return ctx.ackWithErrors(
                Map.of(
                    e.kind() == ConversationException.Kind.INVALID ? "minutes" : "resolution",
                    e.getMessage()));
          }
        });
  }

  /**
   * True the first time Slack delivers {@code id}; a failure to tell answers 500 so Slack retries.
   */
  private boolean first(String id) {
    if (id == null || id.isBlank()) {
      return true;
    }
    try {
      return service.firstDelivery(id, PLATFORM);
    } catch (ConversationException e) {
      throw new IllegalStateException("cannot record Slack delivery: " + e.getMessage(), e);
    }
  }

  /** Work after the ack, on its own virtual thread; failures are logged, never thrown at Slack. */
  private void later(Work w) {
    work.execute(
        () -> {
          try {
            w.run();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (Exception e) {
            LOG.warn("slack: {}", e.getMessage() == null ? e.toString() : e.getMessage());
          }
        });
  }

  @FunctionalInterface
  private interface Work {
    void run() throws Exception;
  }

  // ---- the teacher's side ----

  private void answer(String user, Place place, String text, String deliveryId) throws Exception {
    if (place.threadOrNull() != null && addToTicket(user, place, text, deliveryId)) {
      return;
    }
    Reply reply;
    try {
      reply =
          service.ask(
              new ConversationService.Incoming(
                  PLATFORM, user, place.toString(), text == null ? "" : text, deliveryId),
              place.toString()); // a thread, or a DM: one conversation
    } catch (ConversationException e) {
      LOG.warn("slack: could not answer: {}", e.getMessage());
      SlackApi.call(
          "chat.postMessage",
          () ->
              client.chatPostMessage(
                  r ->
                      r.channel(place.channel())
                          .threadTs(place.threadOrNull())
                          .text(
                              "Sorry, I couldn't look that up just now. Please try again in a minute.")));
      return;
    }
    SlackBlocks.Message m = SlackBlocks.answer(reply);
    SlackApi.call(
        "chat.postMessage",
        () ->
            client.chatPostMessage(
                r ->
                    r.channel(place.channel())
                        .threadTs(place.threadOrNull())
                        .text(m.text())
                        .blocksAsString(m.blocks())
                        .unfurlLinks(false)));
  }

  /**
   * A teacher writing again in the thread their open ticket came from is adding to that ticket, not
   * asking something new: it goes on the ticket (the team's card says so) and the thread is told.
   */
  private boolean addToTicket(String user, Place place, String text, String deliveryId)
      throws Exception {
    Optional<String> told;
    try {
      told =
          service.addToWorkedTicket(
              PLATFORM,
              place.toString()::equals,
              user,
              org.deskbot.answer.ChatText.clean(text == null ? "" : text),
              deliveryId);
    } catch (ConversationException e) {
      if (e.kind() == ConversationException.Kind.FAILED) {
        throw e;
      }
      told = Optional.of("Sorry, " + e.getMessage() + ".");
    }
    if (told.isEmpty()) {
      return false;
    }
    String message = told.get();
    SlackApi.call(
        "chat.postMessage",
        () ->
            client.chatPostMessage(
                r -> r.channel(place.channel()).threadTs(place.threadOrNull()).text(message)));
    return true;
  }

  /**
   * {@code /helpdesk}: the question posted as the thread's root (in the channel, else the DM),
   * answered in it.
   */
  private void answerCommand(SlashCommandPayload p) throws Exception {
    String root = "<@" + p.getUserId() + "> asked: " + SlackBlocks.escape(p.getText().strip());
    String channel = p.getChannelId();
    String ts;
    try {
      ts =
          SlackApi.call(
                  "chat.postMessage",
                  () -> client.chatPostMessage(r -> r.channel(p.getChannelId()).text(root)))
              .getTs();
    } catch (SlackApi.Failed e) {
      // not in that channel (or a DM with someone else): answer in the teacher's DM with the bot
      var dm =
          SlackApi.call(
              "chat.postMessage",
              () -> client.chatPostMessage(r -> r.channel(p.getUserId()).text(root)));
      channel = dm.getChannel();
      ts = dm.getTs();
    }
    answer(p.getUserId(), Place.of(channel, ts), p.getText(), "command:" + p.getTriggerId());
  }

  private void solved(BlockActionPayload p) throws Exception {
    String user = p.getUser().getId();
    try {
      service.feedback(Long.parseLong(actionValue(p)), user, true);
    } catch (ConversationException e) {
      ephemeral(p, "Sorry, " + e.getMessage() + ".");
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
    var interaction = service.interaction(id);
    if (!interaction.userId().equals(user) && !service.team().includes(user)) {
      ephemeral(
          p,
          "Sorry, only the teacher who asked can ask for a person on this question. Ask your own and I'll help.");
      return;
    }
    ObjectNode meta =
        JSON.createObjectNode().put("i", id).put("c", channel(p)).put("ts", messageTs(p));
    meta.put("b", blocksOf(p));
    if (meta.toString().length() > MAX_METADATA) {
      meta.remove("b"); // the answer is then marked with the note alone
    }
    String view =
        SlackBlocks.escalationView(
            interaction.question(), service.lastSchool(user), meta.toString());
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

  // ---- the team's side ----

  private void claim(BlockActionPayload p) throws Exception {
    try {
      service.claim(Long.parseLong(actionValue(p)), p.getUser().getId());
    } catch (ConversationException e) {
      ephemeral(p, "Sorry, " + e.getMessage() + ".");
    }
  }

  private void openResolve(BlockActionPayload p) throws Exception {
    String user = p.getUser().getId();
    if (!service.team().includes(user)) {
      ephemeral(p, "Sorry, only the tech team can resolve tickets.");
      return;
    }
    Ticket t = service.ticket(Long.parseLong(actionValue(p)), user);
    String view = SlackBlocks.resolveView(t);
    SlackApi.call(
        "views.open",
        () -> client.viewsOpen(r -> r.triggerId(p.getTriggerId()).viewAsString(view)));
  }

  /** A reply in a ticket card's thread reaches the teacher's thread. */
  private void relay(String user, String cardTs, String text) throws Exception {
    for (Ticket t : service.tickets(null, null)) {
      if (t.status() == TicketStatus.CLOSED) {
        continue;
      }
      if (service.message(t.id(), PLATFORM, SlackOutbox.CARD).filter(cardTs::equals).isPresent()) {
        try {
          service.reply(t.id(), user, text);
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
        return;
      }
    }
  }

  private void saveDraft(Ticket ticket, String resolution, String user) throws Exception {
    var file = drafts.save(ticket, ticket.question(), resolution, user);
    var ts = service.message(ticket.id(), PLATFORM, SlackOutbox.CARD);
    String text =
        "Saved an FAQ draft from "
            + ticket.number()
            + ": `"
            + FaqDrafts.FOLDER
            + "/"
            + file.getFileName()
            + "` (approve it with `deskbot drafts`).";
    SlackApi.call(
        "chat.postMessage",
        () ->
            client.chatPostMessage(
                r -> r.channel(settings.triageChannel()).threadTs(ts.orElse(null)).text(text)));
  }

  private void publishHome(String user) throws Exception {
    boolean team = service.team().includes(user);
    List<Ticket> tickets =
        service.tickets(user, null).stream()
            .filter(
                t -> !team || t.status() == TicketStatus.OPEN || t.status() == TicketStatus.CLAIMED)
            .toList();
    String view = SlackBlocks.home(team, tickets);
    SlackApi.call(
        "views.publish", () -> client.viewsPublish(r -> r.userId(user).viewAsString(view)));
  }

  // ---- payload helpers ----

  private void ephemeral(BlockActionPayload p, String text) throws Exception {
    String thread = p.getContainer() == null ? null : p.getContainer().getThreadTs();
    SlackApi.call(
        "chat.postEphemeral",
        () ->
            client.chatPostEphemeral(
                r -> r.channel(channel(p)).user(p.getUser().getId()).threadTs(thread).text(text)));
  }

  private static String actionValue(BlockActionPayload p) {
    return p.getActions().get(0).getValue();
  }

  private static String channel(BlockActionPayload p) {
    if (p.getChannel() != null) {
      return p.getChannel().getId();
    }
    return p.getContainer() == null || p.getContainer().getChannelId() == null
        ? ""
        : p.getContainer().getChannelId();
  }

  private static String messageTs(BlockActionPayload p) {
    if (p.getContainer() != null && p.getContainer().getMessageTs() != null) {
      return p.getContainer().getMessageTs();
    }
    return p.getMessage() == null || p.getMessage().getTs() == null ? "" : p.getMessage().getTs();
  }

  private static String blocksOf(BlockActionPayload p) {
    return p.getMessage() == null || p.getMessage().getBlocks() == null
        ? "[]"
        : GsonFactory.createSnakeCase().toJson(p.getMessage().getBlocks());
  }

  private static JsonNode readJson(String s) {
    try {
      return JSON.readTree(s == null || s.isBlank() ? "{}" : s);
    } catch (java.io.IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value v = value(values, block);
    return v == null || v.getValue() == null ? "" : v.getValue();
  }

  private static String selected(Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value v = value(values, block);
    return v == null || v.getSelectedOption() == null ? "" : v.getSelectedOption().getValue();
  }

  private static List<String> selectedAll(
      Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value v = value(values, block);
    return v == null || v.getSelectedOptions() == null
        ? List.of()
        : v.getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
  }

  private static ViewState.Value value(
      Map<String, Map<String, ViewState.Value>> values, String block) {
    Map<String, ViewState.Value> b = values == null ? null : values.get(block);
    return b == null ? null : b.get("value");
  }

  @Override
  public void close() throws Exception {
    if (socket != null) {
      socket.close();
    }
    work.shutdown();
    work.awaitTermination(5, TimeUnit.SECONDS);
    app.stop();
    slack.close();
  }
}
