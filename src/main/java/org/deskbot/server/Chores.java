package org.deskbot.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The server's background chores (the weekly summary, the daily retention run) on one thread of
 * their own; closing it stops them. A chore reports its own failures: one that throws is not run
 * again.
 */
public final class Chores implements AutoCloseable {
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("chores").factory());
  private final Clock clock;

  public Chores(Clock clock) {
    this.clock = clock;
  }

  /** Runs {@code chore} once, now, off the caller's thread. */
  public void now(Runnable chore) {
    thread.execute(chore);
  }

  /** Runs {@code chore} every {@code period}, the first time after {@code first}. */
  public void every(Duration first, Duration period, Runnable chore) {
    thread.scheduleAtFixedRate(chore, first.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Runs {@code chore} at {@code due}, then at each time {@code next} gives after the last one
   * (calendar times such as Mondays 07:00, which a fixed period would drift from across daylight
   * saving time). The chore is told the time it was due.
   */
  public void at(Instant due, UnaryOperator<Instant> next, Consumer<Instant> chore) {
    long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis());
    thread.schedule(
        () -> {
          chore.accept(due);
          at(next.apply(due), next, chore);
        },
        delay,
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
