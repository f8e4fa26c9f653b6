package org.deskbot.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.deskbot.server.ServerSettings;
import org.deskbot.teams.TeamsAppPackage;
import org.deskbot.teams.TeamsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deskbot teams-package}: the app package to upload in the Teams admin center. */
@Command(
    name = "teams-package",
    mixinStandardHelpOptions = true,
    description =
        "Write the Teams app package (manifest.json and two icons, zipped) for the Teams admin center.")
public final class TeamsPackageCommand implements Callable<Integer> {
  @Mixin HomeOptions home;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the zip. Default: deskbot-teams.zip in the home folder.")
  Path out;

  @Option(
      names = "--website",
      paramLabel = "URL",
      description =
          "An https page about the help desk. Default: teams.website_url, else server.public_url.")
  String website;

  @Option(
      names = "--developer",
      paramLabel = "NAME",
      description =
          "Who publishes the app. Default: teams.developer or \"Instructional Technology\".")
  String developer;

  @Option(
      names = "--app-version",
      paramLabel = "X.Y.Z",
      description = "The app's version; raise it for every upload. Default: 1.0.0.")
  String version = "1.0.0";

  @Override
  public Integer call() throws IOException {
    var settings = home.settings();
    TeamsAppPackage pkg;
    try {
      ConfigSource config = settings.source();
      TeamsSettings teams = TeamsSettings.load(config);
      if (!teams.enabled()) {
        throw new ExitException(
            ExitException.USAGE,
            "set TEAMS_APP_ID (teams.app_id) to the bot's Microsoft app id first; see \"Connect to Teams\" in the README");
      }
      String site =
          website != null
              ? website
              : config.string(
                  "teams",
                  "website_url",
                  "TEAMS_WEBSITE_URL",
                  ServerSettings.load(config).publicUrl());
      String dev =
          developer != null
              ? developer
              : config.string("teams", "developer", null, "Instructional Technology");
      if (!version.matches("\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}")) {
        throw new ExitException(
            ExitException.USAGE, "--app-version must look like 1.0.0, not `" + version + "`");
      }
      pkg = new TeamsAppPackage(teams.appId(), dev, site, site, site, version);
    } catch (ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
    Path target =
        (out != null ? out : settings.home().resolve("deskbot-teams.zip")).toAbsolutePath();
    if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
      throw new ExitException(
          ExitException.USAGE, "no folder " + target.getParent() + " for --out");
    }
    Path tmp = Files.createTempFile(target.getParent(), ".teams-package", ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      pkg.write(o);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println(
        "wrote "
            + target
            + " (manifest.json, color.png, outline.png): upload it in the Teams admin center, Manage apps > Upload new app");
    return 0;
  }
}
