package org.deskbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A loopback Bot Framework: OpenID metadata, a JWKS of RSA keys generated here (each with its
 * endorsements), the token endpoint, and the Bot Connector under {@code /amer/}, which records
 * every call the bot makes.
 */
final class FakeBotFramework implements AutoCloseable {
  static final String APP_ID = "7d2b1c7e-0000-4e5a-9a51-6f1e0ddc0b01";
  static final String APP_PASSWORD = "s3cret-app-password";
  static final String APP_TOKEN = "app-token-from-fake";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One call the bot made to the connector. */
  record Call(String method, String path, String authorization, JsonNode body) {
    /** The conversation id in the path. */
    String conversation() {
      String[] p = path.split("/");
      return p.length > 4 ? p[4] : "";
    }

    /** The activity id the call replies to or updates, "" for a new post. */
    String activityId() {
      String[] p = path.split("/");
      return p.length > 6 ? p[6] : "";
    }

    /** Every text in the activity, its card included. */
    String allText() {
      return body.toString();
    }

    JsonNode card() {
      return body.path("attachments").path(0).path("content");
    }

    List<String> actionTitles() {
      List<String> out = new ArrayList<>();
      card().path("actions").forEach(a -> out.add(a.path("title").asText()));
      return out;
    }
  }

  private final HttpServer server;
  final RSAKey teamsKey;
  final RSAKey webchatOnlyKey;
  private final List<RSAKey> published = new CopyOnWriteArrayList<>();
  private final Map<String, List<String>> endorsements = new ConcurrentHashMap<>();
  final List<Call> calls = new CopyOnWriteArrayList<>();
  final List<String> tokenForms = new CopyOnWriteArrayList<>();
  final AtomicInteger keyFetches = new AtomicInteger();

  /** The next this-many connector calls answer 429 (retried by the bot). */
  final AtomicInteger throttleNext = new AtomicInteger();

  final AtomicInteger throttled = new AtomicInteger();
  private final AtomicInteger ids = new AtomicInteger();

  /** A file this fake serves: its type, bytes, and the token it needs (null for none). */
  private record Served(String type, byte[] bytes, String token) {}

  private final Map<String, Served> files = new ConcurrentHashMap<>();

  /** Each download: the path and the Authorization header it carried ("" for none). */
  final List<String[]> downloads = new CopyOnWriteArrayList<>();

  /**
   * Serves {@code bytes} at {@code path} (under {@code /amer/v3/attachments/} a pasted image, which
   * needs the app's token; elsewhere a pre-authorised download URL); returns its address.
   */
  String serve(String path, String type, byte[] bytes) {
    files.put(path, new Served(type, bytes, path.startsWith("/amer/") ? APP_TOKEN : null));
    return url() + path;
  }

  FakeBotFramework() throws Exception {
    teamsKey = new RSAKeyGenerator(2048).keyID("teams-key").generate();
    webchatOnlyKey = new RSAKeyGenerator(2048).keyID("webchat-key").generate();
    publish(teamsKey, "msteams", "webchat", "skype");
    publish(webchatOnlyKey, "webchat");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.createContext("/", this::serve);
    server.start();
  }

  void publish(RSAKey key, String... channels) {
    published.add(key);
    endorsements.put(key.getKeyID(), List.of(channels));
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The service URL Teams would put in activities, here pointing at this fake. */
  String serviceUrl() {
    return url() + "/amer/";
  }

  Map<String, String> env() {
    return Map.of(
        "TEAMS_APP_ID",
        APP_ID,
        "TEAMS_APP_PASSWORD",
        APP_PASSWORD,
        "TEAMS_OPENID_METADATA_URL",
        url() + "/v1/.well-known/openidconfiguration",
        "TEAMS_TOKEN_URL",
        url() + "/botframework.com/oauth2/v2.0/token",
        "TEAMS_TRIAGE_SERVICE_URL",
        serviceUrl(),
        "TEAMS_TRIAGE_CONVERSATION",
        "19:triage-channel@thread.tacv2");
  }

  /** A token as the Bot Framework signs it. */
  String token(RSAKey key, String audience, Instant expires, String serviceUrl) throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(BotAuthenticator.ISSUER)
            .audience(audience)
            .expirationTime(Date.from(expires))
            .notBeforeTime(Date.from(Instant.now().minus(Duration.ofMinutes(1))))
            .claim("serviceurl", serviceUrl)
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return "Bearer " + jwt.serialize();
  }

  /** A valid token for an activity from this fake's service URL. */
  String validToken() throws Exception {
    return token(teamsKey, APP_ID, Instant.now().plus(Duration.ofHours(1)), serviceUrl());
  }

  /** The calls matching {@code test}, waiting up to 10 s for {@code count} of them. */
  List<Call> await(int count, Predicate<Call> test) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      List<Call> found = calls.stream().filter(test).toList();
      if (found.size() >= count || System.nanoTime() > end) {
        return found;
      }
      Thread.sleep(20);
    }
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      byte[] body = ex.getRequestBody().readAllBytes();
      Served file = files.get(path);
      if (file != null) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        downloads.add(new String[] {path, auth == null ? "" : auth});
        if (file.token() != null && !("Bearer " + file.token()).equals(auth)) {
          respond(ex, 401, JSON.createObjectNode().put("message", "Authorization has been denied"));
          return;
        }
        ex.getResponseHeaders().add("Content-Type", file.type());
        ex.sendResponseHeaders(200, file.bytes().length);
        ex.getResponseBody().write(file.bytes());
      } else if (path.equals("/v1/.well-known/openidconfiguration")) {
        ObjectNode m = JSON.createObjectNode();
        m.put("issuer", BotAuthenticator.ISSUER);
        m.put("authorization_endpoint", "https://invalid.botframework.com");
        m.put("jwks_uri", url() + "/v1/.well-known/keys");
        m.putArray("id_token_signing_alg_values_supported").add("RS256");
        respond(ex, 200, m);
      } else if (path.equals("/v1/.well-known/keys")) {
        keyFetches.incrementAndGet();
        ObjectNode jwks = JSON.createObjectNode();
        ArrayNode keys = jwks.putArray("keys");
        for (RSAKey k : published) {
          ObjectNode o = (ObjectNode) JSON.readTree(k.toPublicJWK().toJSONString());
          ArrayNode e = o.putArray("endorsements");
          endorsements.get(k.getKeyID()).forEach(e::add);
          keys.add(o);
        }
        respond(ex, 200, jwks);
      } else if (path.endsWith("/oauth2/v2.0/token") && ex.getRequestMethod().equals("POST")) {
        tokenForms.add(new String(body, StandardCharsets.UTF_8));
        ObjectNode t = JSON.createObjectNode();
        t.put("token_type", "Bearer");
        t.put("expires_in", 3599);
        t.put("ext_expires_in", 3599);
        t.put("access_token", APP_TOKEN);
        respond(ex, 200, t);
      } else if (path.startsWith("/amer/v3/conversations/")) {
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throttled.incrementAndGet();
          ex.getResponseHeaders().add("Retry-After", "0");
          respond(ex, 429, JSON.createObjectNode().put("message", "Too many requests"));
          return;
        }
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        calls.add(
            new Call(
                ex.getRequestMethod(),
                decoded,
                ex.getRequestHeaders().getFirst("Authorization"),
                JSON.readTree(body)));
        String id =
            ex.getRequestMethod().equals("PUT")
                ? decoded.substring(decoded.lastIndexOf('/') + 1)
                : "1:bot-activity-" + ids.incrementAndGet();
        respond(
            ex,
            ex.getRequestMethod().equals("PUT") ? 200 : 201,
            JSON.createObjectNode().put("id", id));
      } else {
        respond(ex, 404, JSON.createObjectNode().put("message", "nothing at " + path));
      }
    }
  }

  private static void respond(HttpExchange ex, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
