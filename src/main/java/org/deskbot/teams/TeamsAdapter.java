package org.deskbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.ConversationService.Received;
import org.deskbot.chat.Reply;
import org.deskbot.chat.Screenshots;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.deskbot.config.Settings;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.server.Adapter;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;
import org.deskbot.server.Router;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Microsoft Teams over the Bot Framework protocol: {@code POST /api/messages} takes the activities
 * Teams sends (each with a bearer token that is checked first), turns messages and card submits
 * into conversation steps, and answers through the Bot Connector. It only translates: every rule is
 * the conversation service's and escalate/'s.
 */
public final class TeamsAdapter implements Adapter {
  private static final Logger LOG = LoggerFactory.getLogger(TeamsAdapter.class);
  static final String PLATFORM = "teams";

  /** The delivery kind under which card submits are remembered (each is handled once). */
  private static final String SUBMIT = "teams-activity";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TeamsSettings settings;
  private final ConversationService service;
  private final FaqDrafts drafts;
  private final BotFramework bot;

  TeamsAdapter(
      TeamsSettings settings, ConversationService service, FaqDrafts drafts, BotFramework bot) {
    this.settings = settings;
    this.service = service;
    this.drafts = drafts;
    this.bot = bot;
    service.subscribe(new TeamsOutbox(settings, bot.connector()));
  }

  /** The adapter when {@code TEAMS_APP_ID} is set, else empty. */
  public static Optional<Adapter> fromConfig(
      ConfigSource config, Settings settings, ConversationService service) throws ConfigException {
    TeamsSettings teams = TeamsSettings.load(config);
    if (!teams.enabled()) {
      return Optional.empty();
    }
    return Optional.of(
        new TeamsAdapter(
            teams,
            service,
            new FaqDrafts(settings.content(), settings.faqUrlBase()),
            BotFramework.open(teams, Clock.systemUTC(), Duration.ofMillis(500))));
  }

  @Override
  public String name() {
    return PLATFORM;
  }

  @Override
  public void mount(Router router) {
    router.post("/api/messages", this::messages);
  }

  @Override
  public String start() {
    return "Bot Framework endpoint /api/messages for app "
        + settings.appId()
        + (settings.triage() == null
            ? " (no triage conversation configured: tickets are not posted to Teams)"
            : "");
  }

  HttpResponse messages(HttpRequest request) {
    if (request.header("authorization") == null) {
      return HttpResponse.error(401, "a Bot Framework token is required")
          .withHeader("WWW-Authenticate", "Bearer");
    }
    JsonNode activity;
    try {
      activity = JSON.readTree(request.body());
    } catch (IOException e) {
      return HttpResponse.error(400, "the body is not an activity (JSON)");
    }
    if (activity == null || !activity.isObject()) {
      return HttpResponse.error(400, "the body is not an activity (JSON)");
    }
    String channelId = activity.path("channelId").asText(null);
    String serviceUrl = activity.path("serviceUrl").asText(null);
    try {
      bot.auth().validate(request.header("authorization"), channelId, serviceUrl);
    } catch (BotAuthenticator.Rejected e) {
      LOG.info("teams: refused an activity: {}", e.getMessage());
      return HttpResponse.error(401, "the Bot Framework token is not valid")
          .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    if (!settings.tenantId().isBlank() && !settings.tenantId().equalsIgnoreCase(tenant(activity))) {
      LOG.info("teams: ignored an activity from tenant {}", tenant(activity));
      return HttpResponse.error(403, "this bot serves one tenant only");
    }
    if ("conversationUpdate".equals(activity.path("type").asText())) {
      logInstall(activity);
    }
    if (!"message".equals(activity.path("type").asText())) {
      return HttpResponse.empty(200); // conversationUpdate, invoke, typing...: nothing to do
    }
    // a submit is deduplicated here; a message by the conversation, under the platform's name
    String deliveryId =
        activity.path("id").asText("").isBlank()
            ? null
            : activity.path("conversation").path("id").asText("")
                + " "
                + activity.path("id").asText();
    String deliveryKind = action(activity).isEmpty() ? PLATFORM : SUBMIT;
    try {
      handleMessage(activity, deliveryId);
    } catch (ConversationException e) {
      LOG.warn("teams: could not handle a message: {}", e.getMessage());
      if (e.kind() == ConversationException.Kind.FAILED) {
        return HttpResponse.error(
            500, "something went wrong on the server; the team can see the details in its log");
      }
    } catch (IOException e) {
      // the teacher saw nothing: when Teams delivers the activity again it is answered again (what
      // was recorded is keyed by the delivery id, so nothing is recorded twice)
      LOG.warn("teams: could not answer through the connector: {}", e.getMessage());
      try {
        if (deliveryId != null) {
          service.forgetDelivery(deliveryId, deliveryKind);
        }
      } catch (ConversationException forget) {
        LOG.warn("teams: could not forget the delivery: {}", forget.getMessage());
      }
      return HttpResponse.error(502, "could not reach the Bot Connector");
    }
    return HttpResponse.empty(200);
  }

  private void handleMessage(JsonNode activity, String deliveryId)
      throws ConversationException, IOException {
    JsonNode value = activity.path("value");
    String user = user(activity);
    String action = action(activity);
    try {
      if (!action.isEmpty()) {
        if (deliveryId == null || service.firstDelivery(deliveryId, SUBMIT)) {
          submit(activity, user, action, value, deliveryId);
        }
        return;
      }
      String text = TeamsText.plain(activity);
      if (text.isBlank() && value.isObject()) {
        return; // a submit from some other card
      }
      Place place =
          new Place(
              activity.path("serviceUrl").asText(),
              activity.path("conversation").path("id").asText(),
              activity.path("id").asText());
      var pictures = bot.attachments().pictures(activity);
      Screenshots.Step step =
          pictures.isEmpty()
              ? new Screenshots.Step.Ask("", "")
              : service.screenshots().step(text, pictures);
      if (!(step instanceof Screenshots.Step.Ask ask)) {
        respond(activity, Cards.text(((Screenshots.Step.Say) step).text()));
        return;
      }
      switch (service.receive(
          new ConversationService.Incoming(
              PLATFORM, user, place.format(), text, deliveryId, ask.imageText()),
          place.conversation(), // a personal chat, or a channel reply chain
          sameThread(activity))) {
        case Received.Again again -> {}
        case Received.AddedToTicket added -> respond(activity, Cards.text(added.told()));
        case Received.Answered answered -> {
          Reply reply = answered.reply().withNote(ask.note());
          respond(
              activity,
              reply.links().isEmpty() && reply.buttons().isEmpty()
                  ? Cards.text(reply.text())
                  : Cards.answer(reply));
        }
      }
    } catch (ConversationException e) {
      if (e.kind() == ConversationException.Kind.FAILED) {
        throw e;
      }
      respond(activity, Cards.text(e.getMessage()));
    }
  }

  private void submit(
      JsonNode activity, String user, String action, JsonNode value, String deliveryId)
      throws ConversationException, IOException {
    switch (action) {
      case Reply.SOLVED -> {
        service.feedback(value.path("interaction").asLong(-1), user, true);
        respond(activity, Cards.text("Glad it helped! Ask me any time."));
      }
      case Reply.NEED_HELP -> {
        long interaction = value.path("interaction").asLong(-1);
        var i = service.feedback(interaction, user, false);
        String school = service.lastSchool(user);
        respond(
            activity,
            Cards.escalationForm(
                interaction, i.question(), school, service.championOffer(interaction, school)));
      }
      case "escalate" -> {
        long interaction = value.path("interaction").asLong(-1);
        String school = value.path("school").asText("");
        // the school was asked first: when it has a champion for this, offer the choice
        String offer = value.has("route") ? "" : service.championOffer(interaction, school);
        if (!offer.isBlank()) {
          respond(
              activity,
              Cards.escalationForm(
                  interaction, service.interaction(interaction).question(), school, offer));
          break;
        }
        var form =
            new ConversationService.EscalationForm(
                school,
                value.path("urgency").asText(""),
                value.path("details").asText(""),
                value.path("route").asText(""));
        var update = service.escalate(interaction, user, form, deliveryId);
        if (update.notices().isEmpty()) {
          respond(
              activity,
              Cards.text(
                  "You already have ticket " + update.ticket().number() + " for this question."));
        }
        // otherwise the outbox tells the teacher the number, in the thread they asked in
      }
      case "claim" -> service.claim(value.path("ticket").asLong(-1), user);
      case "resolve" -> resolve(activity, user, value);
      default -> respond(activity, Cards.text("That button is no longer supported; ask me again."));
    }
  }

  private void resolve(JsonNode activity, String user, JsonNode value)
      throws ConversationException, IOException {
    String minutesText = value.path("minutes").asText("").strip();
    long minutes;
    try {
      minutes = Math.round(Double.parseDouble(minutesText));
    } catch (NumberFormatException e) {
      throw new ConversationException(
          ConversationException.Kind.INVALID,
          "give the minutes spent as a number, not `" + minutesText + "`");
    }
    String resolution = value.path("resolution").asText("");
    var update =
        service.resolve(
            value.path("ticket").asLong(-1),
            user,
            minutes,
            resolution,
            "true".equals(value.path("faq").asText()) ? drafts : null);
    if (update.draft().isPresent()) {
      Path draft = update.draft().get();
      respond(
          activity,
          Cards.text(
              "Saved an FAQ draft: "
                  + draft.getFileName()
                  + " (approve it with `deskbot drafts approve "
                  + draft.getFileName()
                  + "`)."));
    }
  }

  /**
   * Whether a ticket's place is the channel thread this activity is in: a teacher writing again
   * there is adding to their ticket (a personal chat is one long conversation: there every message
   * is a question).
   */
  private static java.util.function.Predicate<String> sameThread(JsonNode activity) {
    String conversation = activity.path("conversation").path("id").asText("");
    if (!conversation.contains(";messageid=")) {
      return place -> false;
    }
    return place ->
        Place.parse(place).map(p -> p.conversation().equals(conversation)).orElse(false);
  }

  private static String action(JsonNode activity) {
    return activity.path("value").path(Cards.ACTION).asText("");
  }

  private void respond(JsonNode to, ObjectNode activity) throws IOException {
    activity.set("from", to.path("recipient"));
    activity.set("recipient", to.path("from"));
    activity.set("conversation", to.path("conversation"));
    activity.put("replyToId", to.path("id").asText());
    bot.connector()
        .reply(
            to.path("serviceUrl").asText(),
            to.path("conversation").path("id").asText(),
            to.path("id").asText(),
            activity);
  }

  /**
   * When the bot is added to a team or chat, says where, so an admin can configure it as the triage
   * conversation.
   */
  private static void logInstall(JsonNode activity) {
    String bot = activity.path("recipient").path("id").asText("");
    for (JsonNode m : activity.path("membersAdded")) {
      if (m.path("id").asText("").equals(bot)) {
        String channel = activity.path("channelData").path("channel").path("id").asText("");
        LOG.info(
            "teams: added to {} (conversation {}, service URL {}): to post tickets there set TEAMS_TRIAGE_CONVERSATION={} TEAMS_TRIAGE_SERVICE_URL={}",
            activity.path("conversation").path("conversationType").asText("a conversation"),
            activity.path("conversation").path("id").asText(),
            activity.path("serviceUrl").asText(),
            channel.isBlank() ? activity.path("conversation").path("id").asText() : channel,
            activity.path("serviceUrl").asText());
      }
    }
  }

  /**
   * The person: their Entra (AAD) object id when Teams gives it (stable across chats), else the
   * channel's id.
   */
  static String user(JsonNode activity) {
    String aad = activity.path("from").path("aadObjectId").asText("");
    return aad.isBlank() ? activity.path("from").path("id").asText("") : aad;
  }

  private static String tenant(JsonNode activity) {
    String t = activity.path("channelData").path("tenant").path("id").asText("");
    return t.isBlank() ? activity.path("conversation").path("tenantId").asText("") : t;
  }

  @Override
  public void close() {
    bot.close();
  }
}
