package org.deskbot.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #LIMIT} wrong passwords for a configured name within {@link
 * #WINDOW}, that name cannot sign in until the window has passed. Only configured names are
 * tracked, so the memory is bounded by the team's size.
 */
final class SignInFailures {
  static final int LIMIT = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> byUser = new ConcurrentHashMap<>();
  private final Clock clock;

  SignInFailures(Clock clock) {
    this.clock = clock;
  }

  boolean locked(String user) {
    Deque<Instant> d = byUser.get(user);
    if (d == null) {
      return false;
    }
    synchronized (d) {
      Instant since = clock.instant().minus(WINDOW);
      while (!d.isEmpty() && d.peekFirst().isBefore(since)) {
        d.pollFirst();
      }
      return d.size() >= LIMIT;
    }
  }

  void failed(String user) {
    Deque<Instant> d = byUser.computeIfAbsent(user, u -> new ArrayDeque<>());
    synchronized (d) {
      d.addLast(clock.instant());
      while (d.size() > LIMIT) {
        d.pollFirst();
      }
    }
  }

  void succeeded(String user) {
    byUser.remove(user);
  }
}
