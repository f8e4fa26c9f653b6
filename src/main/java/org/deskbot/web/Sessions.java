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
import org.deskbot.chat.SessionStore;
import org.deskbot.escalate.StoreException;
import org.deskbot.server.HttpError;

/**
 * Browser sessions: every visitor gets one (it carries the CSRF token the pages send back); signing
 * in replaces it with one that names a team member. They are kept in a {@link SessionStore} (the
 * database when serving, so a cookie from one instance is good on another and a restart signs
 * nobody out) under a digest of the cookie's value.
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

  private static final SecureRandom RANDOM = new SecureRandom();

  /** How often expired sessions are cleared out of the store. */
  private static final Duration SWEEP = Duration.ofHours(1);

  /** Visitor sessions kept in this process at most; past that the memory starts again. */
  static final int VISITORS_KEPT = 10_000;

  private final SessionStore store;
  private final Duration lifetime;
  private final Clock clock;
  private volatile Instant swept = Instant.MIN;

  /**
   * Visitors' sessions already found in the store, by cookie value, so a teacher's every question
   * does not read the database (and hash the cookie) again. Only visitors' sessions are kept here:
   * what one says (its CSRF token and when it expires) never changes once stored, and it grants
   * nothing that a fresh {@code GET /} would not give; so another instance ending it (a sign-in or
   * sign-out there closes it) needs no check here, and it is still dropped when it expires or this
   * instance closes it. A team member's session is read from the store on every request, so a
   * sign-out on one instance ends it on all of them at once.
   */
  private final Map<String, Session> visitors = new ConcurrentHashMap<>();

  Sessions(SessionStore store, Duration lifetime, Clock clock) {
    this.store = store;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** The live session with this id. */
  Optional<Session> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session known = visitors.get(id);
    if (known != null) {
      if (!known.expires().isBefore(now)) {
        return Optional.of(known);
      }
      visitors.remove(id);
    }
    Optional<Session> found;
    try {
      found = store.find(key(id), now).map(s -> new Session(id, s.user(), s.csrf(), s.expires()));
    } catch (StoreException e) {
      throw unavailable(e);
    }
    found.filter(s -> s.user() == null).ifPresent(this::keepVisitor);
    return found;
  }

  private void keepVisitor(Session s) {
    if (visitors.size() >= VISITORS_KEPT) {
      visitors.clear();
    }
    visitors.put(s.id(), s);
  }

  /** A new session for {@code user} (null: a visitor). */
  Session open(String user) {
    Instant now = clock.instant();
    Session s = new Session(token(), user, token(), now.plus(lifetime));
    try {
      if (swept.plus(SWEEP).isBefore(now)) {
        swept = now;
        store.deleteExpired(now);
      }
      store.save(new SessionStore.Stored(key(s.id()), user, s.csrf(), s.expires()));
    } catch (StoreException e) {
      throw unavailable(e);
    }
    if (user == null) {
      keepVisitor(s);
    }
    return s;
  }

  void close(String id) {
    if (id != null && !id.isEmpty()) {
      visitors.remove(id);
      try {
        store.delete(key(id));
      } catch (StoreException e) {
        throw unavailable(e);
      }
    }
  }

  Duration lifetime() {
    return lifetime;
  }

  private static HttpError unavailable(StoreException e) {
    return new HttpError(503, "sessions are unavailable: " + e.getMessage());
  }

  /** The stored key of a cookie's value: its SHA-256, so a copy of the table signs nobody in. */
  static String key(String id) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
