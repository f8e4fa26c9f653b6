package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deskbot teams-package} as an admin runs it. */
class TeamsPackageCommandIT {
  @TempDir Path home;

  @Test
  void writesTheZipForTheAdminCenter() throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "teams:\n  app_id: 7d2b1c7e-0000-4e5a-9a51-6f1e0ddc0b01\n  app_password: pw\n"
            + "  website_url: https://help.springfield.k12.example/\n");
    Path zip = home.resolve("out.zip");
    CliRun run = CliRun.of("teams-package", "--home", home.toString(), "--out", zip.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("wrote " + zip.toAbsolutePath()), run.out());
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
      }
    }
    assertEquals(List.of("manifest.json", "color.png", "outline.png"), names);
  }

  @Test
  void withoutAnAppIdItSaysWhatToSet() {
    CliRun run = CliRun.of("teams-package", "--home", home.toString());
    assertEquals(2, run.exit());
    assertEquals(
        "deskbot: set TEAMS_APP_ID (teams.app_id) to the bot's Microsoft app id first; see \"Connect to Teams\" in the README",
        run.err().strip());
  }

  @Test
  void aPlainHttpWebsiteIsOneLine() throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "teams:\n  app_id: 7d2b1c7e-0000-4e5a-9a51-6f1e0ddc0b01\n  app_password: pw\n");
    CliRun run =
        CliRun.of("teams-package", "--home", home.toString(), "--website", "http://localhost:8080");
    assertEquals(2, run.exit());
    assertTrue(run.err().strip().startsWith("deskbot: Teams needs https links"), run.err());
    assertEquals(1, run.err().strip().lines().count());
  }
}
