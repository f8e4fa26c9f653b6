package org.deskbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.Team;
import org.deskbot.config.ConfigSource;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP mode's door: Slack's signature over {@code v0:timestamp:body}, and a five-minute window. */
class SlackSignatureTest {
  private static MockSlackApi api;
  private static SlackAdapter adapter;
  private static final String BODY = SlackRequests.payload("url_verification", Map.of());

  @BeforeAll
  static void start() throws Exception {
    api = new MockSlackApi();
    var settings =
        SlackSettings.load(
                new ConfigSource(
                    Map.of(),
                    Map.of(
                        "SLACK_BOT_TOKEN",
                        "xoxb-1-2-unit",
                        "SLACK_SIGNING_SECRET",
                        SlackRequests.SECRET,
                        "SLACK_API_URL",
                        api.url(),
                        "SLACK_TRIAGE_CHANNEL",
                        "C0TRIAGE01")))
            .orElseThrow();
    ConversationService service = org.deskbot.chat.Unreachable.service(new Team(Set.of()));
    adapter = new SlackAdapter(settings, service, null);
  }

  @AfterAll
  static void stop() throws Exception {
    adapter.close();
    api.close();
  }

  private static HttpResponse post(String body, long timestamp, String signature) throws Exception {
    Map<String, String> headers =
        new java.util.HashMap<>(Map.of("content-type", "application/json"));
    if (timestamp != 0) headers.put("x-slack-request-timestamp", String.valueOf(timestamp));
    if (signature != null) headers.put("x-slack-signature", signature);
    return adapter.handle(
        new HttpRequest(
            "POST",
            SlackAdapter.EVENTS_PATH,
            null,
            headers,
            body.getBytes(StandardCharsets.UTF_8),
            new InetSocketAddress("127.0.0.1", 40000),
            Map.of()));
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  @Test
  void aCorrectlySignedRequestIsServed() throws Exception {
    HttpResponse r = post(BODY, now(), SlackRequests.sign(SlackRequests.SECRET, now(), BODY));
    assertEquals(200, r.status());
    assertTrue(
        new String(r.body(), StandardCharsets.UTF_8)
            .contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
  }

  @Test
  void fourMinutesOldIsStillAccepted() throws Exception {
    long ts = now() - 4 * 60;
    assertEquals(200, post(BODY, ts, SlackRequests.sign(SlackRequests.SECRET, ts, BODY)).status());
  }

  @Test
  void aTamperedBodyIs401() throws Exception {
    long ts = now();
    assertEquals(
        401,
        post(
                BODY.replace("url_verification", "url_verification "),
                ts,
                SlackRequests.sign(SlackRequests.SECRET, ts, BODY))
            .status());
  }

  @Test
  void anotherSecretIs401() throws Exception {
    long ts = now();
    assertEquals(
        401,
        post(BODY, ts, SlackRequests.sign("0123456789abcdef0123456789abcdef", ts, BODY)).status());
  }

  @Test
  void aSignatureForAnotherTimestampIs401() throws Exception {
    long ts = now();
    assertEquals(
        401, post(BODY, ts, SlackRequests.sign(SlackRequests.SECRET, ts - 1, BODY)).status());
  }

  @Test
  void olderOrNewerThanFiveMinutesIs401EvenWhenSignedCorrectly() throws Exception {
    long old = now() - 6 * 60;
    assertEquals(
        401, post(BODY, old, SlackRequests.sign(SlackRequests.SECRET, old, BODY)).status());
    long future = now() + 6 * 60;
    assertEquals(
        401, post(BODY, future, SlackRequests.sign(SlackRequests.SECRET, future, BODY)).status());
  }

  @Test
  void theCheckItselfComputesSlacksPublishedExample() {
    // Slack's "Verifying requests from Slack" walk-through: its secret, timestamp, body and
    // signature
    RequestSignature check = new RequestSignature("8f742231b10e8888abcd99yyyzzz85a5");
    byte[] body =
        ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
            .getBytes(StandardCharsets.UTF_8);
    String expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    assertEquals(expected, check.sign(1531420618, body));
    assertEquals(
        null, check.refusal("1531420618", expected, body, Instant.ofEpochSecond(1531420618 + 60)));
    assertEquals(
        "the request timestamp is more than 5 minutes from now",
        check.refusal("1531420618", expected, body, Instant.ofEpochSecond(1531420618 + 301)));
    assertEquals(
        "the request signature does not match",
        check.refusal(
            "1531420618", expected.replace('a', 'b'), body, Instant.ofEpochSecond(1531420618)));
  }

  @Test
  void noSignatureOrNoTimestampIs401() throws Exception {
    assertEquals(401, post(BODY, now(), null).status());
    assertEquals(
        401, post(BODY, 0, SlackRequests.sign(SlackRequests.SECRET, now(), BODY)).status());
  }
}
