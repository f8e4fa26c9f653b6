package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.deskbot.chat.SessionStore;
import org.deskbot.escalate.StoreException;
import org.junit.jupiter.api.Test;

/** Which sessions are read from the store on every request, and which are kept in the process. */
class SessionsTest {
  static final Instant NOW = Instant.parse("2026-11-02T14:00:00Z");

  /** The in-memory store, counting its look-ups. */
  static final class Counting implements SessionStore {
    final SessionStore inner = SessionStore.inMemory();
    int finds;

    @Override
    public Optional<Stored> find(String key, Instant now) throws StoreException {
      finds++;
      return inner.find(key, now);
    }

    @Override
    public void save(Stored session) throws StoreException {
      inner.save(session);
    }

    @Override
    public void delete(String key) throws StoreException {
      inner.delete(key);
    }

    @Override
    public int deleteExpired(Instant now) throws StoreException {
      return inner.deleteExpired(now);
    }
  }

  @Test
  void aVisitorsSessionIsReadFromTheStoreOnceAndKeptUntilItExpires() {
    Counting store = new Counting();
    Sessions.Session opened =
        new Sessions(store, Duration.ofMinutes(60), Clock.fixed(NOW, ZoneOffset.UTC)).open(null);
    Sessions other = new Sessions(store, Duration.ofMinutes(60), Clock.fixed(NOW, ZoneOffset.UTC));
    assertEquals(Optional.of(opened), other.find(opened.id()));
    assertEquals(Optional.of(opened), other.find(opened.id()));
    assertEquals(1, store.finds, "the second question reads no database");

    Sessions later =
        new Sessions(
            store, Duration.ofMinutes(60), Clock.fixed(NOW.plusSeconds(3601), ZoneOffset.UTC));
    assertEquals(Optional.empty(), later.find(opened.id()));
  }

  @Test
  void aSessionKeptHereEndsWhenThisInstanceClosesIt() {
    Counting store = new Counting();
    Sessions sessions =
        new Sessions(store, Duration.ofMinutes(60), Clock.fixed(NOW, ZoneOffset.UTC));
    Sessions.Session s = sessions.open(null);
    assertTrue(sessions.find(s.id()).isPresent());
    sessions.close(s.id());
    assertEquals(Optional.empty(), sessions.find(s.id()));
  }

  @Test
  void aTeamMembersSessionIsReadFromTheStoreEveryTimeSoASignOutElsewhereEndsIt() {
    Counting store = new Counting();
    Sessions here = new Sessions(store, Duration.ofMinutes(60), Clock.fixed(NOW, ZoneOffset.UTC));
    Sessions elsewhere =
        new Sessions(store, Duration.ofMinutes(60), Clock.fixed(NOW, ZoneOffset.UTC));
    Sessions.Session s = elsewhere.open("luis");
    assertEquals(Optional.of("luis"), here.find(s.id()).map(Sessions.Session::user));
    assertEquals(Optional.of("luis"), here.find(s.id()).map(Sessions.Session::user));
    assertEquals(2, store.finds);
    elsewhere.close(s.id());
    assertEquals(Optional.empty(), here.find(s.id()));
  }
}
