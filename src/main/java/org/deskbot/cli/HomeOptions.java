package org.deskbot.cli;

import java.nio.file.Path;
import org.deskbot.config.ConfigException;
import org.deskbot.config.Settings;
import picocli.CommandLine.Option;

/** The options every command that works on a home folder shares. */
public class HomeOptions {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description =
          "deskbot's working folder (index/, data/, deskbot.yml). Default: $DESKBOT_HOME or the current folder.")
  Path home;

  private Settings settings;

  /** The settings for the chosen home, read once a run. */
  public Settings settings() {
    if (settings == null) {
      try {
        settings = Settings.load(home, System.getenv());
      } catch (ConfigException e) {
        throw new ExitException(ExitException.USAGE, e.getMessage());
      }
    }
    return settings;
  }
}
