package org.deskbot.chat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.deskbot.escalate.StoreException;

/**
 * The web page's and the team dashboard's browser sessions, kept where every instance sees them
 * (the database), so a cookie one instance set is good on the other and a restart signs nobody out.
 * Keys are digests of the cookie's value: what is stored cannot be replayed as a cookie.
 */
public interface SessionStore {
  /** A stored session: {@code user} is null for a visitor who has not signed in. */
  record Stored(String key, String user, String csrf, Instant expires) {}

  /** The session stored under {@code key}, if it has not expired at {@code now}. */
  Optional<Stored> find(String key, Instant now) throws StoreException;

  void save(Stored session) throws StoreException;

  void delete(String key) throws StoreException;

  /** Deletes the sessions expired at {@code now}; returns how many. */
  int deleteExpired(Instant now) throws StoreException;

  /**
   * Sessions in this process only (tests, and a server without a database): a restart loses them.
   */
  static SessionStore inMemory() {
    return new SessionStore() {
      private static final int MAX_SESSIONS = 50_000;
      private final Map<String, Stored> byKey = new ConcurrentHashMap<>();

      @Override
      public Optional<Stored> find(String key, Instant now) {
        Stored s = byKey.get(key);
        if (s != null && s.expires().isBefore(now)) {
          byKey.remove(key);
          return Optional.empty();
        }
        return Optional.ofNullable(s);
      }

      @Override
      public void save(Stored session) {
        if (byKey.size() >= MAX_SESSIONS) {
          byKey.values().removeIf(s -> s.expires().isBefore(Instant.now()));
          if (byKey.size() >= MAX_SESSIONS) {
            byKey.clear();
          }
        }
        byKey.put(session.key(), session);
      }

      @Override
      public void delete(String key) {
        byKey.remove(key);
      }

      @Override
      public int deleteExpired(Instant now) {
        int before = byKey.size();
        byKey.values().removeIf(s -> s.expires().isBefore(now));
        return before - byKey.size();
      }
    };
  }
}
