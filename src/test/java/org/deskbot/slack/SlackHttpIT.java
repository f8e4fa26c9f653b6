package org.deskbot.slack;

import static org.deskbot.slack.SlackRequests.payload;
import static org.deskbot.slack.SlackRequests.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.deskbot.Main;
import org.deskbot.chat.ConversationService;
import org.deskbot.cli.Wiring;
import org.deskbot.config.ConfigSource;
import org.deskbot.config.Settings;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.report.Digest;
import org.deskbot.server.Router;
import org.deskbot.server.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack in HTTP mode, from outside: the real server and adapter over a real conversation (SQLite,
 * the demo content's index), signed requests shaped like Slack's payload samples, and a loopback
 * Web API that records what deskbot says. One test per acceptance line of the issue, and more.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlackHttpIT {
  static final String BOT_TOKEN = "xoxb-1111111111-2222222222-SeCrEtToKeNvAlUe";
  static final String TEAM_MEMBER = "U0SPECIAL1";
  static final String GROUP_MEMBER = "U0SPECIAL2";
  static final String TEACHERS = "C0TEACHERS";
  static final String TRIAGE = "C0TRIAGE01";
  static final String LISTENING = "C0LISTEN01";
  static final Duration WAIT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path home;
  private MockSlackApi api;
  private Wiring.Conversation conversation;
  private SlackAdapter adapter;
  private WebServer web;
  private SlackRequests slack;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private PrintStream oldErr;
  private final AtomicInteger seq = new AtomicInteger(1);

  @BeforeAll
  void start() throws Exception {
    Path content = home.resolve("content");
    try (Stream<Path> files = Files.walk(Path.of("demo/content"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = content.resolve(Path.of("demo/content").relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(to);
        else Files.copy(f, to);
      }
    }
    Files.writeString(
        home.resolve("deskbot.yml"),
        "content: content\nsearch:\n  semantic: off\nteam:\n  members: [" + TEAM_MEMBER + "]\n");
    assertEquals(0, Main.run("ingest", "--home", home.toString()));
    oldErr = System.err;
    System.setErr(new PrintStream(new TeeStream(oldErr, log), true, StandardCharsets.UTF_8));
    api = new MockSlackApi();
    Settings settings = Settings.load(home, Map.of());
    conversation = Wiring.openConversation(settings);
    ConfigSource config =
        ConfigSource.load(
            home,
            Map.of(
                "SLACK_BOT_TOKEN",
                BOT_TOKEN,
                "SLACK_SIGNING_SECRET",
                SlackRequests.SECRET,
                "SLACK_API_URL",
                api.url(),
                "SLACK_TRIAGE_CHANNEL",
                TRIAGE,
                "SLACK_TEAM_USERGROUP",
                "S0TECHTEAM",
                "SLACK_LISTEN_CHANNELS",
                LISTENING));
    adapter =
        new SlackAdapter(
            SlackSettings.load(config).orElseThrow(),
            conversation.service(),
            new FaqDrafts(settings.content(), settings.faqUrlBase()));
    Router router = new Router();
    adapter.mount(router);
    web = WebServer.start("127.0.0.1", 0, router);
    assertTrue(adapter.start().startsWith("receiving events at /slack/events as @deskbot"));
    slack = new SlackRequests("http://127.0.0.1:" + web.port() + SlackAdapter.EVENTS_PATH);
  }

  @AfterAll
  void stop() throws Exception {
    System.setErr(oldErr);
    adapter.close();
    web.close();
    conversation.close();
    api.close();
  }

  // ---- acceptance ----

  @Test
  void signedAppMentionIsAnsweredInItsThreadWithLinksAndBothButtonsWithin3Seconds()
      throws Exception {
    String ts = ts();
    long sent = System.nanoTime();
    HttpResponse<String> r =
        mention("U0TEACH01", ts, "how do my students join my Canva class?", "Ev" + ts);
    long ackMs = (System.nanoTime() - sent) / 1_000_000;
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(ackMs < 3000, "ack took " + ackMs + " ms");
    MockSlackApi.Call post = answerIn(TEACHERS, ts);
    long postMs = (post.atNanos() - sent) / 1_000_000;
    assertTrue(postMs < 3000, "the answer took " + postMs + " ms");
    JsonNode blocks = post.json("blocks");
    assertTrue(blocks.toString().contains("<https://"), blocks.toString());
    assertEquals(List.of("solved", "need_help"), actionIds(blocks));
    assertTrue(
        post.param("text").contains("https://"),
        "fallback text has the links: " + post.param("text"));
    System.out.println(
        "slack: ack " + ackMs + " ms, threaded answer posted " + postMs + " ms after the request");
  }

  @Test
  void tamperedOrStaleSignatureIs401AndNothingIsPosted() throws Exception {
    String ts = ts();
    String body =
        payload(
            "app_mention",
            values(
                "user",
                "U0TEACH01",
                "text",
                "printer jam",
                "ts",
                ts,
                "channel",
                TEACHERS,
                "event_id",
                "Ev" + ts));
    long now = Instant.now().getEpochSecond();
    String signature = SlackRequests.sign(SlackRequests.SECRET, now, body);
    assertEquals(
        401,
        slack
            .sendSigned(
                body.replace("printer jam", "printer jam!"), "application/json", now, signature)
            .statusCode(),
        "tampered body");
    assertEquals(
        401,
        slack
            .sendSigned(
                body,
                "application/json",
                now,
                SlackRequests.sign("0000000000000000aaaa", now, body))
            .statusCode(),
        "wrong secret");
    long stale = now - 6 * 60;
    assertEquals(
        401,
        slack.send(body, "application/json", stale).statusCode(),
        "signed correctly but 6 minutes old");
    Thread.sleep(500);
    assertTrue(
        api.calls("chat.postMessage", c -> ts.equals(c.param("thread_ts"))).isEmpty(),
        api.summary());
  }

  @Test
  void theSameEventIdAgainGetsNoSecondPost() throws Exception {
    String ts = ts();
    assertEquals(
        200,
        mention("U0TEACH02", ts, "how do I reset a student's password?", "EvRetry" + ts)
            .statusCode());
    answerIn(TEACHERS, ts);
    HttpResponse<String> retry =
        slack.event(
            payload(
                "app_mention",
                values(
                    "user",
                    "U0TEACH02",
                    "text",
                    "how do I reset a student's password?",
                    "ts",
                    ts,
                    "channel",
                    TEACHERS,
                    "event_id",
                    "EvRetry" + ts)),
            "X-Slack-Retry-Num",
            "1",
            "X-Slack-Retry-Reason",
            "http_timeout");
    assertEquals(200, retry.statusCode());
    Thread.sleep(1500);
    var posted = api.calls("chat.postMessage", c -> ts.equals(c.param("thread_ts")));
    assertEquals(1, posted.size(), api.summary());
    assertEquals("0", posted.get(0).param("unfurl_links"), "the answer's links, not previews");
    assertEquals("0", posted.get(0).param("unfurl_media"));
  }

  @Test
  void stillNeedHelpOpensThePrefilledFormAndItsSubmissionOpensATicketCardAndTellsTheThread()
      throws Exception {
    String teacher = "U0TEACH03";
    String ts = ts();
    mention(teacher, ts, "how do my students join my Canva class?", "Ev" + ts);
    MockSlackApi.Call answer = answerIn(TEACHERS, ts);

    MockSlackApi.Call open = pressAndAwaitModal(teacher, answer, "need_help", ts);
    JsonNode view = open.json("view");
    assertEquals("escalate", view.path("callback_id").asText());
    assertTrue(
        view.toString().contains("students join my Canva class"),
        "the form shows the question: " + view);
    assertTrue(view.toString().contains("\"initial_option\""), view.toString());

    HttpResponse<String> submitted =
        slack.interactive(escalationSubmission(teacher, view, "Summit Elementary", "high"));
    assertEquals(200, submitted.statusCode(), submitted.body());

    Ticket t = awaitTicket(teacher);
    assertEquals("Summit Elementary", t.school());
    assertEquals("high", t.urgency());
    assertEquals(TEACHERS + ":" + ts, t.place());
    MockSlackApi.Call card =
        api.await(
            "chat.postMessage",
            c -> TRIAGE.equals(c.channel()) && c.param("text").startsWith(t.number()),
            WAIT);
    String cardJson = card.json("blocks").toString();
    for (String part :
        List.of(
            "students join my Canva class",
            "<@" + teacher + ">",
            "Summit Elementary",
            "high",
            "The bot already suggested",
            "lincoln-schools.slack.com/archives")) {
      assertTrue(cardJson.contains(part), part + " on the card: " + cardJson);
    }
    assertEquals(List.of("claim", "resolve"), actionIds(card.json("blocks")));
    api.await(
        "chat.postMessage",
        c ->
            TEACHERS.equals(c.channel())
                && ts.equals(c.param("thread_ts"))
                && c.param("text").contains(t.number()),
        WAIT);
    MockSlackApi.Call marked =
        api.await("chat.update", c -> answer.ts().equals(c.param("ts")), WAIT);
    assertTrue(
        actionIds(marked.json("blocks")).isEmpty(), "no stale buttons: " + marked.param("blocks"));

    // next time the form remembers the school
    String ts2 = ts();
    mention(teacher, ts2, "the copier in the workroom keeps jamming", "Ev" + ts2);
    MockSlackApi.Call answer2 = answerIn(TEACHERS, ts2);
    JsonNode view2 = pressAndAwaitModal(teacher, answer2, "need_help", ts2).json("view");
    assertTrue(
        view2.toString().contains("\"initial_value\":\"Summit Elementary\""), view2.toString());
  }

  @Test
  void claimByANonMemberIsRefusedByAMemberUpdatesTheCard() throws Exception {
    Ticket t = openTicket("U0TEACH04", "my projector bulb is out");
    MockSlackApi.Call card = cardOf(t);
    int updatesBefore = api.calls("chat.update", c -> card.ts().equals(c.param("ts"))).size();

    slack.interactive(cardAction("U0TEACH04", card, "claim", t));
    MockSlackApi.Call refused =
        api.await("chat.postEphemeral", c -> "U0TEACH04".equals(c.param("user")), WAIT);
    assertTrue(
        refused.param("text").contains("only the tech team can claim"), refused.param("text"));
    assertEquals(TicketStatus.OPEN, ticket(t).status());
    assertEquals(
        updatesBefore, api.calls("chat.update", c -> card.ts().equals(c.param("ts"))).size());

    slack.interactive(cardAction(TEAM_MEMBER, card, "claim", t));
    MockSlackApi.Call updated =
        api.await(
            "chat.update",
            c ->
                TRIAGE.equals(c.channel())
                    && card.ts().equals(c.param("ts"))
                    && c.param("blocks").contains("Claimed by"),
            WAIT);
    assertTrue(updated.param("blocks").contains("<@" + TEAM_MEMBER + ">"));
    assertEquals(
        List.of("resolve"), actionIds(updated.json("blocks")), "Claim is gone once claimed");
    assertEquals(TicketStatus.CLAIMED, ticket(t).status());
    api.await(
        "chat.postMessage",
        c ->
            Place.parse(t.place()).thread().equals(c.param("thread_ts"))
                && c.param("text").contains("is on it"),
        WAIT);
  }

  @Test
  void resolveWith15MinutesResolvesTheTicketAndTellsTheTeacher() throws Exception {
    Ticket t = openTicket("U0TEACH05", "my classroom printer shows offline");
    MockSlackApi.Call card = cardOf(t);
    slack.interactive(cardAction(TEAM_MEMBER, card, "resolve", t));
    MockSlackApi.Call open =
        api.await(
            "views.open",
            c -> c.param("view").contains("resolve_ticket") && c.param("view").contains(t.number()),
            WAIT);
    JsonNode view = open.json("view");
    HttpResponse<String> wrong =
        slack.interactive(
            payload(
                "view_submission",
                values(
                    "user",
                    TEAM_MEMBER,
                    "view_id",
                    "VRESOLVE" + t.id(),
                    "private_metadata",
                    view.path("private_metadata").asText(),
                    "callback_id",
                    "resolve_ticket",
                    "values",
                    "{\"minutes\":{\"value\":{\"type\":\"number_input\",\"value\":\"a while\"}},\"resolution\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"x\"}}}")));
    assertEquals(200, wrong.statusCode());
    assertEquals(
        "{\"response_action\":\"errors\",\"errors\":{\"minutes\":\"Minutes spent must be a whole number\"}}",
        wrong.body());
    assertEquals(TicketStatus.OPEN, ticket(t).status());
    String values =
        """
        {"minutes":{"value":{"type":"number_input","value":"15"}},
         "resolution":{"value":{"type":"plain_text_input","value":"Re-added the printer queue on the laptop"}},
         "faq":{"value":{"type":"checkboxes","selected_options":[{"text":{"type":"plain_text","text":"Save as FAQ draft"},"value":"save"}]}}}""";
    HttpResponse<String> r =
        slack.interactive(
            payload(
                "view_submission",
                values(
                    "user",
                    TEAM_MEMBER,
                    "view_id",
                    "VRESOLVE" + t.id(),
                    "private_metadata",
                    view.path("private_metadata").asText(),
                    "callback_id",
                    "resolve_ticket",
                    "values",
                    values)));
    assertEquals(200, r.statusCode(), r.body());
    Ticket done = ticket(t);
    assertEquals(TicketStatus.RESOLVED, done.status());
    assertEquals(15, done.minutes());
    Place p = Place.parse(t.place());
    MockSlackApi.Call told =
        api.await(
            "chat.postMessage",
            c ->
                p.channel().equals(c.channel())
                    && p.thread().equals(c.param("thread_ts"))
                    && c.param("text").contains("is resolved"),
            WAIT);
    assertTrue(told.param("text").contains("Re-added the printer queue"), told.param("text"));
    MockSlackApi.Call updated =
        api.await(
            "chat.update",
            c -> card.ts().equals(c.param("ts")) && c.param("blocks").contains("Resolved by"),
            WAIT);
    assertTrue(updated.param("blocks").contains("15 min"), updated.param("blocks"));
    assertTrue(actionIds(updated.json("blocks")).isEmpty(), "no buttons on a resolved card");
    api.await(
        "chat.postMessage",
        c ->
            TRIAGE.equals(c.channel())
                && card.ts().equals(c.param("thread_ts"))
                && c.param("text").contains("FAQ draft"),
        WAIT);
    try (Stream<Path> drafts = Files.list(home.resolve("content").resolve(FaqDrafts.FOLDER))) {
      assertEquals(1, drafts.count());
    }
  }

  @Test
  void aDirectMessageGetsTheSameAnswerFlow() throws Exception {
    String ts = ts();
    String dm = "D0TEACH06";
    HttpResponse<String> r =
        slack.event(
            payload(
                "message",
                values(
                    "channel",
                    dm,
                    "user",
                    "U0TEACH06",
                    "text",
                    "how do my students join my Canva class?",
                    "ts",
                    ts,
                    "thread",
                    "",
                    "channel_type",
                    "im",
                    "event_id",
                    "EvDm" + ts)));
    assertEquals(200, r.statusCode());
    MockSlackApi.Call post = api.await("chat.postMessage", c -> dm.equals(c.channel()), WAIT);
    assertEquals(List.of("solved", "need_help"), actionIds(post.json("blocks")));
    assertTrue(post.param("blocks").contains("<https://"));
    JsonNode view = pressAndAwaitModal("U0TEACH06", post, "need_help", "").json("view");
    assertEquals("escalate", view.path("callback_id").asText());
  }

  @Test
  void theHelpdeskCommandGetsTheSameAnswerFlow() throws Exception {
    String trigger = "13345224609.738474920.8088930838d88f008e0" + seq.incrementAndGet();
    HttpResponse<String> r =
        slack.command(
            commandFields("U0TEACH07", "how do my students join my Canva class?", trigger));
    assertEquals(200, r.statusCode(), r.body());
    MockSlackApi.Call root =
        api.await(
            "chat.postMessage",
            c -> TEACHERS.equals(c.channel()) && c.param("text").startsWith("<@U0TEACH07> asked:"),
            WAIT);
    MockSlackApi.Call post = answerIn(TEACHERS, root.ts());
    assertEquals(List.of("solved", "need_help"), actionIds(post.json("blocks")));
    assertTrue(post.param("blocks").contains("<https://"));
    // the same command retried (same trigger) gets no second answer
    slack.command(commandFields("U0TEACH07", "how do my students join my Canva class?", trigger));
    Thread.sleep(1000);
    assertEquals(
        1,
        api.calls("chat.postMessage", c -> c.param("text").startsWith("<@U0TEACH07> asked:"))
            .size());
  }

  // ---- the rest of the issue ----

  @Test
  void helpdeskWhereTheBotCannotPostAnswersInTheTeachersDm() throws Exception {
    api.refuse("chat.postMessage", "C0PRIVATE1", "not_in_channel");
    Map<String, String> fields =
        commandFields(
            "U0TEACH15",
            "how do my students join my Canva class?",
            "trigger-dm-" + seq.incrementAndGet());
    fields.put("channel_id", "C0PRIVATE1");
    assertEquals(200, slack.command(fields).statusCode());
    MockSlackApi.Call root =
        api.await(
            "chat.postMessage",
            c ->
                "U0TEACH15".equals(c.channel())
                    && c.param("text").startsWith("<@U0TEACH15> asked:"),
            WAIT);
    MockSlackApi.Call post = answerIn("D00TEACH15", root.ts());
    assertEquals(List.of("solved", "need_help"), actionIds(post.json("blocks")));
  }

  @Test
  void aFormSubmittedTwiceOpensOneTicket() throws Exception {
    String teacher = "U0TEACH16";
    String ts = ts();
    mention(teacher, ts, "my classroom speakers crackle", "Ev" + ts);
    JsonNode view =
        pressAndAwaitModal(teacher, answerIn(TEACHERS, ts), "need_help", ts).json("view");
    String submission = escalationSubmission(teacher, view, "Lincoln Middle", "low");
    assertEquals(200, slack.interactive(submission).statusCode());
    assertEquals(200, slack.interactive(submission).statusCode());
    Ticket t = awaitTicket(teacher);
    Thread.sleep(1000);
    assertEquals(1, conversation.service().tickets(teacher, null).size());
    assertEquals(
        1,
        api.calls(
                "chat.postMessage",
                c -> TRIAGE.equals(c.channel()) && c.param("text").startsWith(t.number() + " "))
            .size());
  }

  @Test
  void eventsDeskbotDoesNotHandleAreStillAcknowledged() throws Exception {
    String body =
        """
        {"token":"ZZZZZZWSxiZZZ2yIvs3peJ","team_id":"T061EG9R6","api_app_id":"A0MDYCDME","type":"event_callback",
         "event":{"type":"member_joined_channel","user":"U0TEACH17","channel":"C0TRIAGE01","channel_type":"C","team":"T061EG9R6","event_ts":"1700000400.000100"},
         "event_id":"EvJoin1","event_time":1700000400}""";
    assertEquals(200, slack.event(body).statusCode());
  }

  @Test
  void thatSolvedItRecordsTheFeedbackAndReplacesTheButtons() throws Exception {
    String ts = ts();
    mention("U0TEACH08", ts, "how do my students join my Canva class?", "Ev" + ts);
    MockSlackApi.Call answer = answerIn(TEACHERS, ts);
    long interaction = interactionOf(answer);
    slack.interactive(answerAction("U0TEACH08", answer, "solved", ts));
    MockSlackApi.Call updated =
        api.await("chat.update", c -> answer.ts().equals(c.param("ts")), WAIT);
    assertTrue(actionIds(updated.json("blocks")).isEmpty(), updated.param("blocks"));
    assertTrue(updated.param("blocks").contains("solved it"));
    assertTrue(updated.param("blocks").contains("<https://"), "the links stay");
    assertEquals("solved", conversation.service().interaction(interaction).feedback());
  }

  @Test
  void whenNothingMatchesTheBotSaysSoAndOffersTheTicketAtOnce() throws Exception {
    String ts = ts();
    // nothing in the content shares a word with it (the vending machine "in the gym" now gets a
    // suggestion: the guest Wi-Fi FAQ mentions the gym, and BM25 alone is all this test searches
    // with)
    mention("U0TEACH09", ts, "my car makes a grinding noise when i brake", "Ev" + ts);
    MockSlackApi.Call answer = answerIn(TEACHERS, ts);
    assertEquals(List.of("need_help"), actionIds(answer.json("blocks")), answer.param("text"));
    assertTrue(answer.param("text").contains("couldn't find"), answer.param("text"));
  }

  @Test
  void aReplyInTheCardsThreadReachesTheTeachersThread() throws Exception {
    Ticket t = openTicket("U0TEACH10", "my document camera shows a black image");
    MockSlackApi.Call card = cardOf(t);
    String ts = ts();
    slack.event(
        payload(
            "message",
            values(
                "channel",
                TRIAGE,
                "user",
                TEAM_MEMBER,
                "text",
                "Try unplugging the USB cable and plugging it into the back port.",
                "ts",
                ts,
                "thread",
                "\"thread_ts\": \"" + card.ts() + "\",",
                "channel_type",
                "channel",
                "event_id",
                "EvReply" + ts)));
    Place p = Place.parse(t.place());
    api.await(
        "chat.postMessage",
        c ->
            p.channel().equals(c.channel())
                && p.thread().equals(c.param("thread_ts"))
                && c.param("text").contains("back port"),
        WAIT);
    assertTrue(ticket(t).firstResponseAt() != null);
  }

  @Test
  void theTeacherWritingAgainInTheTicketsThreadAddsToTheTicketInsteadOfAskingAgain()
      throws Exception {
    String teacher = "U0TEACH21";
    Ticket t = openTicket(teacher, "the projector in room 4 turns off after ten minutes");
    Place p = Place.parse(t.place());
    int interactions = conversation.service().interactionsSince(java.time.Instant.EPOCH).size();
    String ts = ts();
    slack.event(
        payload(
            "app_mention_in_thread",
            values(
                "user",
                teacher,
                "text",
                "it did it again just now, the fan is very loud",
                "ts",
                ts,
                "thread_ts",
                p.thread(),
                "channel",
                p.channel(),
                "event_id",
                "EvAgain" + ts)));

    api.await(
        "chat.postMessage",
        c ->
            p.channel().equals(c.channel())
                && p.thread().equals(c.param("thread_ts"))
                && c.param("text").startsWith("Added to " + t.number()),
        WAIT);
    MockSlackApi.Call card = cardOf(t);
    api.await(
        "chat.postMessage",
        c ->
            TRIAGE.equals(c.channel())
                && card.ts().equals(c.param("thread_ts"))
                && c.param("text")
                    .contains("The teacher added: it did it again just now, the fan is very loud"),
        WAIT);
    List<org.deskbot.escalate.TicketEvent> events = conversation.service().events(t.id());
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.kind().equals(org.deskbot.escalate.TicketEvent.REPLIED)
                        && e.actor().equals(teacher)
                        && e.detail().contains("the fan is very loud")),
        events.toString());
    assertEquals(
        interactions,
        conversation.service().interactionsSince(java.time.Instant.EPOCH).size(),
        "not asked as a new question");
  }

  @Test
  void aMemberOfTheTeamsUserGroupMayClaim() throws Exception {
    Ticket t = openTicket("U0TEACH11", "my laptop will not connect to the panel");
    MockSlackApi.Call card = cardOf(t);
    slack.interactive(cardAction(GROUP_MEMBER, card, "claim", t));
    api.await(
        "chat.update",
        c ->
            card.ts().equals(c.param("ts"))
                && c.param("blocks").contains("Claimed by <@" + GROUP_MEMBER + ">"),
        WAIT);
    assertFalse(api.calls("usergroups.users.list").isEmpty());
    assertEquals("S0TECHTEAM", api.calls("usergroups.users.list").get(0).param("usergroup"));
  }

  @Test
  void appHomeShowsATeachersTicketsAndTheTeamsOpenQueue() throws Exception {
    Ticket t = openTicket("U0TEACH12", "my smartboard pen does not write");
    slack.event(
        payload("app_home_opened", values("user", "U0TEACH12", "event_id", "EvHome" + ts())));
    MockSlackApi.Call mine =
        api.await("views.publish", c -> "U0TEACH12".equals(c.param("user_id")), WAIT);
    assertTrue(
        mine.param("view").contains("Your tickets") && mine.param("view").contains(t.number()),
        mine.param("view"));
    slack.event(
        payload("app_home_opened", values("user", TEAM_MEMBER, "event_id", "EvHome" + ts())));
    MockSlackApi.Call queue =
        api.await("views.publish", c -> TEAM_MEMBER.equals(c.param("user_id")), WAIT);
    assertTrue(
        queue.param("view").contains("Open queue") && queue.param("view").contains(t.number()),
        queue.param("view"));
  }

  @Test
  void aRateLimitedPostIsRetriedAfterRetryAfter() throws Exception {
    String ts = ts();
    api.rateLimit("chat.postMessage", 1);
    long sent = System.nanoTime();
    assertEquals(
        200,
        mention("U0TEACH13", ts, "how do I reset a student's password?", "Ev" + ts).statusCode());
    MockSlackApi.Call post = answerIn(TEACHERS, ts);
    assertEquals(1, api.calls("chat.postMessage#429").size());
    assertTrue((post.atNanos() - sent) / 1_000_000 >= 1000, "waited for Retry-After");
  }

  @Test
  void urlVerificationAnswersTheChallenge() throws Exception {
    HttpResponse<String> r = slack.event(payload("url_verification", Map.of()));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), r.body());
  }

  @Test
  void theWeeklySummaryGoesToTheSummaryChannelWithItsChart() throws Exception {
    int took =
        conversation
            .service()
            .postSummary(
                new Digest(
                    "2026-W47",
                    "*Week 47*: 42 questions, 18 confirmed deflections",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                    "bar chart of questions per week",
                    "http://127.0.0.1/report"));
    assertEquals(1, took);
    MockSlackApi.Call post =
        api.await("chat.postMessage", c -> c.param("text").startsWith("*Week 47*"), WAIT);
    assertEquals(TRIAGE, post.channel());
    api.await(
        "files.completeUploadExternal",
        c -> c.param("channel_id").equals(TRIAGE) || c.param("channels").contains(TRIAGE),
        WAIT);
  }

  @Test
  void serveRefusesAMalformedSlackSettingWithOneLine() throws Exception {
    Path yml = home.resolve("deskbot.yml");
    String before = Files.readString(yml);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      Files.writeString(
          yml,
          before
              + "slack:\n  bot_token: xoxp-a-user-token\n  signing_secret: "
              + SlackRequests.SECRET
              + "\n  triage_channel: "
              + TRIAGE
              + "\n");
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      int exit = Main.run("serve", "--home", home.toString(), "--port", "0");
      assertEquals(2, exit);
    } finally {
      System.setErr(err);
      Files.writeString(yml, before);
    }
    assertEquals(
        "deskbot: SLACK_BOT_TOKEN must be a bot token starting with xoxb- (Slack: OAuth & Permissions → Bot User OAuth Token)",
        captured.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void tokensAndTheSecretNeverAppearInTheLog() throws Exception {
    // a call Slack refuses is logged: the log says which and why, never with the token
    api.answer("chat.postMessage", "{\"ok\":false,\"error\":\"invalid_auth\"}");
    String ts = ts();
    mention("U0TEACH14", ts, "how do I reset a student's password?", "Ev" + ts);
    long end = System.nanoTime() + WAIT.toNanos();
    while (!log.toString(StandardCharsets.UTF_8).contains("invalid_auth")
        && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertTrue(logged.contains("chat.postMessage failed: invalid_auth"), logged);
    assertFalse(logged.contains(BOT_TOKEN) || logged.contains("SeCrEtToKeNvAlUe"), logged);
    assertFalse(logged.contains(SlackRequests.SECRET), logged);
  }

  // ---- helpers ----

  // ---- listening channels ----

  private HttpResponse<String> said(String channel, String user, String ts, String text)
      throws Exception {
    return slack.event(
        payload(
            "message",
            values(
                "channel",
                channel,
                "user",
                user,
                "text",
                text,
                "ts",
                ts,
                "thread",
                "",
                "channel_type",
                "channel",
                "event_id",
                "EvHeard" + ts)));
  }

  @Test
  void aClearQuestionInAListeningChannelGetsAThreadedAnswerWithoutAMention() throws Exception {
    String ts = ts();
    assertEquals(
        200,
        said(LISTENING, "U0TEACH20", ts, "how do my students join my Canva class?").statusCode());
    MockSlackApi.Call post = answerIn(LISTENING, ts);
    assertTrue(
        post.json("blocks").toString().contains("canva-students-join-class"), post.toString());
  }

  @Test
  void aVagueOrUnanswerableMessageThereGetsNoMessageAtAll() throws Exception {
    var report = new org.deskbot.storage.sqlite.SqliteReportStore(conversation.stores().db());
    Instant from = Instant.now().minus(Duration.ofHours(1));
    Instant to = Instant.now().plus(Duration.ofHours(1));
    var before = report.listening(from, to);
    String vague = ts();
    said(LISTENING, "U0TEACH21", vague, "anyone else going to the staff potluck on friday?");
    String unanswerable = ts();
    said(LISTENING, "U0TEACH21", unanswerable, "the library 3d printer makes a grinding noise");
    String elsewhere = ts(); // a channel deskbot does not listen in
    said(TEACHERS, "U0TEACH21", elsewhere, "how do my students join my Canva class?");
    Thread.sleep(3000);
    for (String ts : List.of(vague, unanswerable, elsewhere)) {
      assertTrue(
          api.calls("chat.postMessage", c -> ts.equals(c.param("thread_ts"))).isEmpty(),
          api.summary());
    }
    var after = report.listening(from, to); // heard, counted, not answered
    assertEquals(before.heard() + 2, after.heard());
    assertEquals(before.answered(), after.answered());
  }

  // ---- screenshots ----

  private List<org.deskbot.report.Interaction> interactionsOf(String user) throws Exception {
    return conversation.service().interactionsSince(Instant.EPOCH).stream()
        .filter(i -> user.equals(i.userId()))
        .toList();
  }

  @Test
  void aScreenshotSharedInADmIsDownloadedWithTheBotTokenReadAndAnswered() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        org.deskbot.ocr.ErrorDialogs.tesseractInstalled(), "tesseract is not installed");
    byte[] png = org.deskbot.ocr.ErrorDialogs.accountLocked();
    String url =
        api.serveFile("T061EG9R6-F0SCREEN01/download/locked.png", "image/png", png, BOT_TOKEN);
    String dm = "D0TEACH30";
    HttpResponse<String> r = shareInDm(dm, "U0TEACH30", "", "locked.png", png, url);
    assertEquals(200, r.statusCode(), r.body());
    MockSlackApi.Call post =
        api.await(
            "chat.postMessage",
            c -> dm.equals(c.channel()) && c.params().containsKey("blocks"),
            Duration.ofSeconds(40));
    assertTrue(
        post.param("blocks").contains("https://help.maplevalley.example/faq/account-locked-out"),
        post.param("blocks"));
    assertEquals(List.of("solved", "need_help"), actionIds(post.json("blocks")));
    var downloads =
        api.downloads().stream().filter(d -> d.param("path").contains("F0SCREEN01")).toList();
    assertEquals(1, downloads.size(), api.summary());
    assertEquals("Bearer " + BOT_TOKEN, downloads.get(0).authorization());
    var recorded = interactionsOf("U0TEACH30");
    assertEquals(1, recorded.size());
    assertTrue(recorded.get(0).question().toLowerCase().contains("locked"), recorded.toString());
  }

  @Test
  void withoutTesseractTheTeamIsToldOnceAndTheTeacherAnsweredFromTheWords() throws Exception {
    var service = conversation.service();
    var before = service.screenshots();
    service.readScreenshots(
        new org.deskbot.chat.Screenshots(
            new org.deskbot.ocr.ScreenshotReader("/nonexistent/tesseract")));
    try {
      byte[] png = org.deskbot.ocr.ErrorDialogs.noSignal();
      String url = api.serveFile("T061EG9R6-F0SCREEN03/shot.png", "image/png", png, BOT_TOKEN);
      String dm = "D0TEACH32";
      shareInDm(dm, "U0TEACH32", "how do my students join my Canva class?", "shot.png", png, url);
      MockSlackApi.Call post =
          api.await(
              "chat.postMessage",
              c -> dm.equals(c.channel()) && c.params().containsKey("blocks"),
              WAIT);
      assertTrue(
          post.param("text").startsWith("I couldn't read the words in your picture"),
          post.param("text"));
      assertTrue(post.param("blocks").contains("canva-students-join-class"), post.param("blocks"));
      assertTrue(log.toString().contains("tesseract is not installed"), log.toString());
    } finally {
      service.readScreenshots(before);
    }
  }

  /** A PNG shared in a DM, as Slack's file_share message event delivers it. */
  private HttpResponse<String> shareInDm(
      String dm, String user, String text, String name, byte[] png, String url) throws Exception {
    String ts = ts();
    return slack.event(
        payload(
            "message_file_share",
            values(
                "channel",
                dm,
                "user",
                user,
                "text",
                text,
                "ts",
                ts,
                "name",
                name,
                "mimetype",
                "image/png",
                "size",
                String.valueOf(png.length),
                "url",
                url,
                "event_id",
                "EvShot" + ts)));
  }

  @Test
  void aFileThatIsNotAnImageOrTooLargeGetsAReplySayingSoAndNothingIsStored() throws Exception {
    String pdf =
        api.serveFile("T061EG9R6-F0SCREEN02/notes.pdf", "application/pdf", new byte[10], BOT_TOKEN);
    String ts = ts();
    mentionWithFile(
        "U0TEACH31", ts, "what does this say?", "notes.pdf", "application/pdf", "pdf", 10, pdf);
    MockSlackApi.Call said =
        api.await("chat.postMessage", c -> ts.equals(c.param("thread_ts")), WAIT);
    assertEquals(
        "Sorry, I can't read that: notes.pdf is not an image (PNG, JPEG, GIF, WebP, BMP or TIFF)."
            + " Send a screenshot or photo of the error, or type what it says.",
        said.param("text"));

    String big = ts();
    mentionWithFile("U0TEACH31", big, "help", "huge.png", "image/png", "png", 10_000_001, pdf);
    said = api.await("chat.postMessage", c -> big.equals(c.param("thread_ts")), WAIT);
    assertTrue(
        said.param("text").contains("huge.png is 10,000,001 bytes; images of at most 10,000,000"),
        said.param("text"));
    assertTrue(api.downloads().stream().noneMatch(d -> d.param("path").contains("F0SCREEN02")));
    assertEquals(List.of(), interactionsOf("U0TEACH31"));
  }

  private void mentionWithFile(
      String user,
      String ts,
      String text,
      String name,
      String mimetype,
      String filetype,
      long size,
      String url)
      throws Exception {
    HttpResponse<String> r =
        slack.event(
            payload(
                "app_mention_file",
                values(
                    "user",
                    user,
                    "text",
                    text,
                    "ts",
                    ts,
                    "channel",
                    TEACHERS,
                    "name",
                    name,
                    "mimetype",
                    mimetype,
                    "filetype",
                    filetype,
                    "size",
                    String.valueOf(size),
                    "url",
                    url,
                    "event_id",
                    "EvFile" + ts)));
    assertEquals(200, r.statusCode(), r.body());
  }

  private String ts() {
    return "1700%06d.%06d".formatted(seq.incrementAndGet(), seq.get());
  }

  private HttpResponse<String> mention(String user, String ts, String text, String eventId)
      throws Exception {
    return slack.event(
        payload(
            "app_mention",
            values(
                "user", user, "text", text, "ts", ts, "channel", TEACHERS, "event_id", eventId)));
  }

  private MockSlackApi.Call answerIn(String channel, String thread) throws InterruptedException {
    return api.await(
        "chat.postMessage",
        c ->
            channel.equals(c.channel())
                && thread.equals(c.param("thread_ts"))
                && c.params().containsKey("blocks"),
        WAIT);
  }

  private MockSlackApi.Call pressAndAwaitModal(
      String user, MockSlackApi.Call answer, String action, String thread) throws Exception {
    String trigger = "trigger-" + seq.incrementAndGet();
    HttpResponse<String> r = slack.interactive(answerAction(user, answer, action, thread, trigger));
    assertEquals(200, r.statusCode(), r.body());
    return api.await("views.open", c -> trigger.equals(c.param("trigger_id")), WAIT);
  }

  private String answerAction(String user, MockSlackApi.Call answer, String action, String thread) {
    return answerAction(user, answer, action, thread, "trigger-" + seq.incrementAndGet());
  }

  private String answerAction(
      String user, MockSlackApi.Call answer, String action, String thread, String trigger) {
    return payload(
        "block_actions",
        values(
            "user",
            user,
            "message_ts",
            answer.ts(),
            "channel",
            answer.channel(),
            "thread_ts",
            thread,
            "trigger_id",
            trigger,
            "blocks",
            answer.param("blocks"),
            "action_id",
            action,
            "block_id",
            "feedback",
            "value",
            String.valueOf(interactionOf(answer))));
  }

  private String cardAction(String user, MockSlackApi.Call card, String action, Ticket t) {
    return payload(
        "block_actions",
        values(
            "user",
            user,
            "message_ts",
            card.ts(),
            "channel",
            TRIAGE,
            "thread_ts",
            "",
            "trigger_id",
            "trigger-" + seq.incrementAndGet(),
            "blocks",
            card.param("blocks"),
            "action_id",
            action,
            "block_id",
            "triage",
            "value",
            String.valueOf(t.id())));
  }

  private static String escalationSubmission(
      String user, JsonNode view, String school, String urgency) {
    String values =
        """
        {"school":{"value":{"type":"plain_text_input","value":"%s"}},
         "urgency":{"value":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"x"},"value":"%s"}}},
         "details":{"value":{"type":"plain_text_input","value":null}}}"""
            .formatted(school, urgency);
    return payload(
        "view_submission",
        values(
            "user",
            user,
            "view_id",
            "V" + Math.abs(view.toString().hashCode()),
            "private_metadata",
            view.path("private_metadata").asText(),
            "callback_id",
            "escalate",
            "values",
            values));
  }

  private Map<String, String> commandFields(String user, String text, String trigger) {
    return new java.util.LinkedHashMap<>(
        Map.of(
            "token",
            "gIkuvaNzQIHg97ATvDxqgjtO",
            "team_id",
            "T061EG9R6",
            "team_domain",
            "lincoln-schools",
            "channel_id",
            TEACHERS,
            "channel_name",
            "teachers",
            "user_id",
            user,
            "user_name",
            "teacher",
            "command",
            "/helpdesk",
            "text",
            text,
            "api_app_id",
            "A0MDYCDME")) {
      {
        put("response_url", "https://hooks.slack.com/commands/1234/5678");
        put("trigger_id", trigger);
      }
    };
  }

  /** A ticket opened the way a teacher does it: mention, *I still need help*, the form. */
  private Ticket openTicket(String teacher, String question) throws Exception {
    String ts = ts();
    mention(teacher, ts, question, "Ev" + ts);
    MockSlackApi.Call answer = answerIn(TEACHERS, ts);
    JsonNode view = pressAndAwaitModal(teacher, answer, "need_help", ts).json("view");
    assertEquals(
        200,
        slack
            .interactive(escalationSubmission(teacher, view, "Lincoln Middle", "normal"))
            .statusCode());
    return awaitTicket(teacher);
  }

  private MockSlackApi.Call cardOf(Ticket t) throws InterruptedException {
    return api.await(
        "chat.postMessage",
        c -> TRIAGE.equals(c.channel()) && c.param("text").startsWith(t.number() + " "),
        WAIT);
  }

  private Ticket awaitTicket(String teacher) throws Exception {
    ConversationService s = conversation.service();
    for (int i = 0; i < 200; i++) {
      List<Ticket> mine = s.tickets(teacher, null);
      if (!mine.isEmpty()) {
        return mine.get(0);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no ticket for " + teacher);
  }

  private Ticket ticket(Ticket t) throws Exception {
    return conversation.service().ticket(t.id(), null);
  }

  private static long interactionOf(MockSlackApi.Call answer) {
    for (JsonNode b : answer.json("blocks")) {
      for (JsonNode e : b.path("elements")) {
        if (e.has("action_id") && e.has("value")) {
          return e.path("value").asLong();
        }
      }
    }
    throw new AssertionError("no buttons in " + answer.param("blocks"));
  }

  private static List<String> actionIds(JsonNode blocks) {
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode b : blocks) {
      if ("actions".equals(b.path("type").asText())) {
        b.path("elements").forEach(e -> ids.add(e.path("action_id").asText()));
      }
    }
    return ids;
  }

  /** Copies what is logged to the real stderr too. */
  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws java.io.IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }
  }
}
