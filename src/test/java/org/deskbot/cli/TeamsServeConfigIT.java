package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deskbot serve} builds the Teams adapter from its settings: a half-configured bot stops it
 * with one line.
 */
class TeamsServeConfigIT {
  @TempDir Path home;

  @Test
  void anAppIdWithoutPasswordStopsServeWithOneLine() throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "content: "
            + Path.of("demo/content").toAbsolutePath()
            + "\nsearch:\n  semantic: off\nteams:\n  app_id: 7d2b1c7e-0000-4e5a-9a51-6f1e0ddc0b01\n");
    assertEquals(0, CliRun.of("ingest", "--home", home.toString()).exit());
    CliRun run = CliRun.of("serve", "--home", home.toString(), "--port", "0");
    assertEquals(2, run.exit(), run.out() + run.err());
    assertEquals(
        "deskbot: TEAMS_APP_ID is set but TEAMS_APP_PASSWORD is not: give the bot's client secret (teams.app_password)",
        run.err().strip());
  }
}
