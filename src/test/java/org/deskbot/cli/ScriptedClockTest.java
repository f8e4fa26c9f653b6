package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.deskbot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESKBOT_NOW dates a whole run, so admins and tests can script a history. */
class ScriptedClockTest {
  @TempDir Path home;

  @Test
  void deskbotNowFixesTheClockInTheDistrictsZone() throws Exception {
    Settings settings = Settings.load(home, Map.of());
    assertEquals(
        Instant.parse("2026-11-16T15:00:00Z"),
        Wiring.clock(
                settings,
                Map.of("DESKBOT_NOW", "2026-11-16T09:00", "DESKBOT_TIMEZONE", "America/Chicago"))
            .instant());
    assertEquals(
        Instant.parse("2026-11-16T15:00:00Z"),
        Wiring.clock(settings, Map.of("DESKBOT_NOW", "2026-11-16T15:00:00Z")).instant());
    ExitException bad =
        assertThrows(
            ExitException.class, () -> Wiring.clock(settings, Map.of("DESKBOT_NOW", "monday")));
    assertEquals(
        "DESKBOT_NOW: `DESKBOT_NOW` is not a date or time: `monday` (use 2026-09-03 or 2026-09-03 10:15)",
        bad.getMessage());
  }
}
