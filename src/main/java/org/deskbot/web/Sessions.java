package org.deskbot.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions, in memory: every visitor gets one (it carries the CSRF token the pages send
 * back); signing in replaces it with one that names a team member. A restart signs everyone out.
 */
final class Sessions {
  /** A session: {@code user} is null until sign-in. */
  record Session(String id, String user, String csrf, Instant expires) {
    /** Whether {@code token} is this session's CSRF token (constant-time). */
    boolean csrfMatches(String token) {
      return token != null
          && MessageDigest.isEqual(
              csrf.getBytes(java.nio.charset.StandardCharsets.UTF_8),
              token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static final int MAX_SESSIONS = 50_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Duration lifetime;
  private final Clock clock;

  Sessions(Duration lifetime, Clock clock) {
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** The live session with this id. */
  Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = byId.get(id);
    if (s == null) {
      return Optional.empty();
    }
    if (s.expires().isBefore(clock.instant())) {
      byId.remove(id);
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** A new session for {@code user} (null: a visitor). */
  Session open(String user) {
    if (byId.size() >= MAX_SESSIONS) {
      Instant now = clock.instant();
      byId.values().removeIf(s -> s.expires().isBefore(now));
      if (byId.size() >= MAX_SESSIONS) {
        byId.clear();
      }
    }
    Session s = new Session(token(), user, token(), clock.instant().plus(lifetime));
    byId.put(s.id(), s);
    return s;
  }

  void close(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  Duration lifetime() {
    return lifetime;
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
