package org.deskbot.cli;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.deskbot.config.Settings;
import picocli.CommandLine.Option;

/**
 * {@code --at TIMESTAMP} on the conversation commands: dates the event, so an admin or a test can
 * script a history.
 */
public class AtOption {
  @Option(
      names = "--at",
      paramLabel = "TIMESTAMP",
      description =
          "When this happened: 2026-11-16T09:00 (district time) or 2026-11-16T15:00:00Z. Default: $DESKBOT_NOW, else now.")
  String at;

  /**
   * Whether this run scripts a history ({@code --at} or {@code DESKBOT_NOW}): it then reaches no
   * chat platform.
   */
  boolean scripted() {
    return (at != null && !at.isBlank())
        || !System.getenv().getOrDefault("DESKBOT_NOW", "").isBlank();
  }

  /** The clock for this run. */
  Clock clock(Settings settings) {
    if (at == null || at.isBlank()) {
      return Wiring.clock(settings, System.getenv());
    }
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("DESKBOT_NOW", at);
    try {
      return Wiring.clock(settings, env);
    } catch (ExitException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage().replace("DESKBOT_NOW", "--at"));
    }
  }
}
