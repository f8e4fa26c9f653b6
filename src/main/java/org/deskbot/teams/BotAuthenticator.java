package org.deskbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the bearer token the Bot Framework sends with every activity: signed by a key from its
 * OpenID metadata's JWKS (cached; fetched again when a token names a key not seen yet), issued by
 * the Bot Framework, for this app, not expired (5 minutes of clock skew), by a key endorsed for the
 * activity's channel, and for the activity's service URL.
 */
public final class BotAuthenticator {
  /** The issuer of tokens the channels send. */
  public static final String ISSUER = "https://api.botframework.com";

  static final Duration SKEW = Duration.ofMinutes(5);

  /** Keys are re-read at least this often, even when every kid is known. */
  static final Duration KEYS_MAX_AGE = Duration.ofHours(24);

  /** An unknown kid refetches the keys at most this often (a flood of made-up kids stays cheap). */
  static final Duration REFRESH_MIN_INTERVAL = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Why a request is refused (the message is for the log, never details for the caller). */
  public static final class Rejected extends Exception {
    Rejected(String message) {
      super(message, null, false, false);
    }
  }

  private record Keys(
      Map<String, RSAKey> byKid, Map<String, Set<String>> endorsements, Instant fetched) {}

  private final String metadataUrl;
  private final String appId;
  private final HttpClient http;
  private final Clock clock;
  private volatile Keys keys;

  public BotAuthenticator(String metadataUrl, String appId, HttpClient http, Clock clock) {
    this.metadataUrl = metadataUrl;
    this.appId = appId;
    this.http = http;
    this.clock = clock;
  }

  /**
   * Validates {@code authorization} (the whole header) for an activity from {@code channelId} with
   * {@code serviceUrl}; returns the token's claims.
   */
  public JWTClaimsSet validate(String authorization, String channelId, String serviceUrl)
      throws Rejected {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new Rejected("no bearer token");
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(authorization.substring(7).strip());
      claims = jwt.getJWTClaimsSet();
    } catch (java.text.ParseException e) {
      throw new Rejected("the token is not a signed JWT");
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      throw new Rejected(
          "the token's algorithm " + jwt.getHeader().getAlgorithm() + " is not RS256");
    }
    String kid = jwt.getHeader().getKeyID();
    if (kid == null) {
      throw new Rejected("the token names no key");
    }
    Keys k = keysFor(kid);
    RSAKey key = k.byKid().get(kid);
    if (key == null) {
      throw new Rejected("the token's key " + kid + " is not in the Bot Framework's keys");
    }
    try {
      if (!jwt.verify(new RSASSAVerifier(key))) {
        throw new Rejected("the token's signature does not verify");
      }
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new Rejected("the token's signature cannot be checked: " + e.getMessage());
    }
    if (!ISSUER.equals(claims.getIssuer())) {
      throw new Rejected("the token's issuer " + claims.getIssuer() + " is not " + ISSUER);
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(appId)) {
      throw new Rejected("the token is for " + audience + ", not this app");
    }
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    if (exp == null || exp.toInstant().plus(SKEW).isBefore(now)) {
      throw new Rejected("the token has expired");
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && nbf.toInstant().minus(SKEW).isAfter(now)) {
      throw new Rejected("the token is not valid yet");
    }
    if (channelId == null || !k.endorsements().getOrDefault(kid, Set.of()).contains(channelId)) {
      throw new Rejected("the token's key is not endorsed for channel " + channelId);
    }
    Object claimed = claims.getClaim("serviceurl");
    if (serviceUrl == null || !(claimed instanceof String s) || !sameServiceUrl(s, serviceUrl)) {
      throw new Rejected("the token's serviceurl does not match the activity's");
    }
    return claims;
  }

  private static boolean sameServiceUrl(String a, String b) {
    return trim(a).equalsIgnoreCase(trim(b));
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private Keys keysFor(String kid) throws Rejected {
    Keys k = keys;
    Instant now = clock.instant();
    boolean stale = k == null || k.fetched().plus(KEYS_MAX_AGE).isBefore(now);
    boolean unknown =
        k != null
            && !k.byKid().containsKey(kid)
            && k.fetched().plus(REFRESH_MIN_INTERVAL).isBefore(now);
    if (!stale && !unknown) {
      return k;
    }
    synchronized (this) {
      if (keys != k) {
        return keys;
      }
      try {
        keys = fetch(now);
      } catch (IOException | java.text.ParseException e) {
        if (k == null) {
          throw new Rejected("cannot read the Bot Framework's keys: " + e.getMessage());
        }
        // keep the keys we have; a key we never saw stays unknown
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Rejected("interrupted while reading the Bot Framework's keys");
      }
      return keys;
    }
  }

  private Keys fetch(Instant now)
      throws IOException, InterruptedException, java.text.ParseException {
    JsonNode metadata = JSON.readTree(get(metadataUrl));
    String jwksUri = metadata.path("jwks_uri").asText("");
    if (jwksUri.isBlank()) {
      throw new IOException(metadataUrl + " has no jwks_uri");
    }
    String raw = get(jwksUri);
    // nimbus drops the Bot Framework's non-standard "endorsements" member, so read it from the raw
    // JSON
    Map<String, Set<String>> endorsements = new HashMap<>();
    for (JsonNode key : JSON.readTree(raw).path("keys")) {
      Set<String> channels = new HashSet<>();
      key.path("endorsements").forEach(e -> channels.add(e.asText()));
      endorsements.put(key.path("kid").asText(), channels);
    }
    Map<String, RSAKey> byKid = new HashMap<>();
    for (JWK jwk : JWKSet.parse(raw).getKeys()) {
      if (jwk instanceof RSAKey rsa && jwk.getKeyID() != null) {
        byKid.put(jwk.getKeyID(), rsa);
      }
    }
    return new Keys(Map.copyOf(byKid), Map.copyOf(endorsements), now);
  }

  private String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(url + " answered " + r.statusCode());
    }
    return r.body();
  }
}
