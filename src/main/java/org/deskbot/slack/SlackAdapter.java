package org.deskbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.socket_mode.SocketModeClient;
import org.deskbot.chat.ConversationService;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.server.Adapter;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;
import org.deskbot.server.Router;

/**
 * deskbot in Slack, through Bolt: teachers ask by DM, @mention or {@code /helpdesk} and press the
 * answer's buttons ({@link TeacherActions}); the team works tickets from cards in the triage
 * channel and the App Home ({@link TeamActions}). Events arrive over Socket Mode or at {@code POST
 * /slack/events} ({@link SlackHttpBridge}); every handler acknowledges at once and does the work
 * after, and a retried delivery is handled once. Every decision is the conversation service's; this
 * package only translates.
 */
public final class SlackAdapter implements Adapter {
  public static final String EVENTS_PATH = "/slack/events";

  private final SlackSettings settings;
  private final Slack slack;
  private final MethodsClient client;
  private final ListeningChannels listening;
  private final App app;
  private final SlackHttpBridge bridge;
  private final AfterAck later = new AfterAck();
  private SocketModeApp socket;

  /**
   * Builds the Bolt app and subscribes the Slack outbox to {@code service}.
   *
   * @param drafts where *save as FAQ draft* writes, or null to not offer it
   */
  public SlackAdapter(SlackSettings settings, ConversationService service, FaqDrafts drafts) {
    this.settings = settings;
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
    this.bridge = new SlackHttpBridge(this.app, settings.signingSecret());
    TeacherActions teacher =
        new TeacherActions(
            settings,
            service,
            client,
            later,
            new SlackFiles(settings, org.deskbot.ocr.ImageDownload.create()));
    TeamActions team = new TeamActions(settings, service, drafts, client, later);
    teacher.register(this.app);
    team.register(this.app);
    routeMessages(teacher, team);
    service.subscribe(new SlackOutbox(client, settings));
    if (!settings.teamUsergroup().isEmpty()) {
      service
          .team()
          .addSource(new TeamGroup(client, settings.teamUsergroup(), java.time.Clock.systemUTC()));
    }
  }

  /**
   * A direct message is the teacher's; a message in the thread under a ticket card in the triage
   * channel is the team's reply on that ticket. Edits and deletions change nothing.
   */
  private void routeMessages(TeacherActions teacher, TeamActions team) {
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent e = payload.getEvent();
          if (e.getBotId() != null || e.getSubtype() != null || e.getUser() == null) {
            return ctx.ack();
          }
          String id = SlackPayloads.idOrNull(payload.getEventId());
          if ("im".equals(e.getChannelType())) {
            later.run(
                () ->
                    teacher.answer(
                        e.getUser(), Place.of(e.getChannel(), e.getThreadTs()), e.getText(), id));
          } else if (TeamActions.inCardThread(
              settings, e.getChannel(), e.getThreadTs(), e.getTs())) {
            later.run(() -> team.relay(e.getUser(), e.getThreadTs(), e.getText(), id));
          } else if (listening.hears(e)) {
            later.run(() -> listening.answer(e, id));
          }
          return ctx.ack();
        });
    app.event(
        MessageFileShareEvent.class,
        (payload, ctx) -> {
          MessageFileShareEvent e = payload.getEvent();
          // a file shared in a DM is the teacher's screenshot; one shared with an @mention is
          // answered by the mention event, which carries the same files
          if (e.getUser() != null && "im".equals(e.getChannelType())) {
            String id = SlackPayloads.idOrNull(payload.getEventId());
            later.run(
                () ->
                    teacher.answer(
                        e.getUser(),
                        Place.of(e.getChannel(), e.getThreadTs()),
                        e.getText(),
                        id,
                        e.getFiles()));
          }
          return ctx.ack();
        });
    app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
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

  /** HTTP mode: a request at {@link #EVENTS_PATH}. */
  HttpResponse handle(HttpRequest request) throws Exception {
    return bridge.handle(request);
  }

  @Override
  public void close() throws Exception {
    if (socket != null) {
      socket.close();
    }
    later.close();
    app.stop();
    slack.close();
  }
}
