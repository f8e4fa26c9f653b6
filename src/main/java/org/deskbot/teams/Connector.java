package org.deskbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The Bot Connector REST API: sends and updates activities in a conversation with the app's own
 * token (client-credentials flow, cached until shortly before it expires). 429 and 5xx answers are
 * retried with backoff, honouring Retry-After.
 */
public final class Connector {
  static final int ATTEMPTS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Token(String value, Instant expires) {}

  private final TeamsSettings settings;
  private final HttpClient http;
  private final Clock clock;
  private final Duration backoff;
  private Token token;

  public Connector(TeamsSettings settings, HttpClient http, Clock clock, Duration backoff) {
    this.settings = settings;
    this.http = http;
    this.clock = clock;
    this.backoff = backoff;
  }

  /** Replies to {@code replyToId} in a conversation; returns the new activity's id. */
  public String reply(String serviceUrl, String conversation, String replyToId, ObjectNode activity)
      throws IOException {
    return send("POST", activities(serviceUrl, conversation) + "/" + enc(replyToId), activity);
  }

  /** Posts a new activity to a conversation; returns its id. */
  public String post(String serviceUrl, String conversation, ObjectNode activity)
      throws IOException {
    return send("POST", activities(serviceUrl, conversation), activity);
  }

  /** Replaces an activity the bot sent earlier (a card updated in place). */
  public void update(String serviceUrl, String conversation, String activityId, ObjectNode activity)
      throws IOException {
    activity.put("id", activityId);
    send("PUT", activities(serviceUrl, conversation) + "/" + enc(activityId), activity);
  }

  /**
   * The bot's one-to-one chat with {@code user} (created, or found, by the Bot Framework); returns
   * its conversation id. {@code tenant} is required by Teams for a single-tenant bot, "" otherwise.
   */
  public String personalChat(String serviceUrl, String user, String tenant) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("isGroup", false);
    body.putObject("bot").put("id", "28:" + settings.appId());
    body.putArray("members").addObject().put("id", user);
    if (!tenant.isBlank()) {
      body.put("tenantId", tenant);
      body.putObject("channelData").putObject("tenant").put("id", tenant);
    }
    String base = serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/";
    return send("POST", base + "v3/conversations", body);
  }

  private static String activities(String serviceUrl, String conversation) {
    String base = serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/";
    return base + "v3/conversations/" + enc(conversation) + "/activities";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private String send(String method, String url, ObjectNode activity) throws IOException {
    byte[] body = JSON.writeValueAsBytes(activity);
    HttpResponse<String> r =
        withRetries(
            () ->
                HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
            url);
    if (r.statusCode() == 401 || r.statusCode() == 403) {
      synchronized (this) {
        token = null; // fetched again next time
      }
    }
    if (r.statusCode() / 100 != 2) {
      throw new IOException(method + " " + url + " answered " + r.statusCode());
    }
    String text = r.body();
    if (text == null || text.isBlank()) {
      return "";
    }
    return JSON.readTree(text).path("id").asText("");
  }

  /** The app's token, fetched when there is none or it expires within five minutes. */
  synchronized String token() throws IOException {
    Instant now = clock.instant();
    if (token != null && token.expires().minus(Duration.ofMinutes(5)).isAfter(now)) {
      return token.value();
    }
    String form =
        "grant_type=client_credentials"
            + "&client_id="
            + enc(settings.appId())
            + "&client_secret="
            + enc(settings.appPassword())
            + "&scope="
            + enc(TeamsSettings.CONNECTOR_SCOPE);
    HttpResponse<String> r =
        withRetries(
            () ->
                HttpRequest.newBuilder(URI.create(settings.tokenUrl()))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
            settings.tokenUrl());
    if (r.statusCode() != 200) {
      // the body may echo the request; never log it
      throw new IOException(
          "the token endpoint " + settings.tokenUrl() + " answered " + r.statusCode());
    }
    JsonNode json = JSON.readTree(r.body());
    String value = json.path("access_token").asText("");
    if (value.isBlank()) {
      throw new IOException("the token endpoint " + settings.tokenUrl() + " gave no access_token");
    }
    token = new Token(value, now.plusSeconds(json.path("expires_in").asLong(3600)));
    return value;
  }

  private interface RequestFactory {
    HttpRequest build() throws IOException;
  }

  private HttpResponse<String> withRetries(RequestFactory request, String url) throws IOException {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> r;
      try {
        r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted calling " + url);
      } catch (IOException e) {
        if (attempt >= ATTEMPTS) {
          throw new IOException("cannot reach " + url + ": " + e.getMessage(), e);
        }
        sleep(backoff.multipliedBy(1L << (attempt - 1)));
        continue;
      }
      int status = r.statusCode();
      boolean retry = status == 429 || status >= 500;
      if (!retry || attempt >= ATTEMPTS) {
        return r;
      }
      Duration wait = backoff.multipliedBy(1L << (attempt - 1));
      var after = r.headers().firstValue("Retry-After");
      if (after.isPresent() && after.get().strip().matches("\\d{1,3}")) {
        wait = Duration.ofSeconds(Long.parseLong(after.get().strip()));
      }
      sleep(wait);
    }
  }

  private static void sleep(Duration d) throws IOException {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry");
    }
  }
}
