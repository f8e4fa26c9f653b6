package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {
  static final class Ticking extends Clock {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void fiveFailuresLockUntilTheWindowPasses() {
    Ticking clock = new Ticking();
    SignInFailures f = new SignInFailures(clock);
    for (int i = 0; i < SignInFailures.LIMIT - 1; i++) {
      f.failed("luis");
    }
    assertFalse(f.locked("luis"));
    f.failed("luis");
    assertTrue(f.locked("luis"));
    assertFalse(f.locked("priya"), "per name");
    clock.now = clock.now.plus(SignInFailures.WINDOW).plus(Duration.ofSeconds(1));
    assertFalse(f.locked("luis"), "the window passed");
  }

  @Test
  void aSuccessClearsTheCount() {
    SignInFailures f = new SignInFailures(new Ticking());
    for (int i = 0; i < SignInFailures.LIMIT - 1; i++) {
      f.failed("luis");
    }
    f.succeeded("luis");
    f.failed("luis");
    assertFalse(f.locked("luis"));
  }
}
