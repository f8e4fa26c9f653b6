package org.deskbot.cli;

import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.deskbot.config.ConfigException;
import org.deskbot.config.DatabaseServer;
import org.deskbot.config.Settings;
import org.deskbot.storage.sqlite.Database;
import org.deskbot.storage.sqlite.HistoryCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deskbot migrate --to URL}: a home's SQLite history onto a PostgreSQL server. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Copy the home's SQLite history (interactions, tickets and their events, deliveries, links,"
          + " conversations) into a PostgreSQL database, then check every table's count.",
      "Credentials from DESKBOT_DATABASE_USER / DESKBOT_DATABASE_PASSWORD. Running it again copies"
          + " nothing twice; tickets made on the server continue the numbering."
    })
public final class MigrateCommand implements Callable<Integer> {
  @Mixin HomeOptions home;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "URL",
      description = "The server's database, e.g. jdbc:postgresql://db:5432/deskbot.")
  String to;

  @Override
  public Integer call() throws Exception {
    Settings settings = home.settings();
    DatabaseServer server;
    try {
      server =
          DatabaseServer.at(
              to.strip(),
              System.getenv().getOrDefault("DESKBOT_DATABASE_USER", ""),
              System.getenv().getOrDefault("DESKBOT_DATABASE_PASSWORD", ""));
    } catch (ConfigException e) {
      throw new ExitException(
          ExitException.USAGE,
          e.getMessage().replace("database.url (DESKBOT_DATABASE_URL)", "--to"));
    }
    if (!Files.isRegularFile(settings.database())) {
      throw new ExitException(
          ExitException.USAGE, "no history to copy: " + settings.database() + " is missing");
    }
    List<HistoryCopy.Table> tables;
    try (Database file = Database.open(settings.database());
        Database target = connect(server)) {
      tables = HistoryCopy.copy(file, target);
    } catch (SQLException e) {
      throw new ExitException(ExitException.FAILED, "migrate failed: " + e.getMessage());
    }
    boolean complete = true;
    System.out.printf("%-20s %10s %10s %12s%n", "table", "in file", "copied", "on server");
    for (HistoryCopy.Table t : tables) {
      System.out.printf(
          "%-20s %10d %10d %12d%s%n",
          t.name(), t.source(), t.copied(), t.target(), t.complete() ? "" : "  MISSING ROWS");
      complete &= t.complete();
    }
    if (!complete) {
      throw new ExitException(
          ExitException.FAILED, "some rows of the file are not on the server (see above)");
    }
    System.out.println("copied " + settings.database() + " to " + server + ": every count checked");
    return 0;
  }

  private static Database connect(DatabaseServer server) {
    try {
      return Database.connect(server.url(), server.user(), server.password());
    } catch (SQLException e) {
      throw new ExitException(
          ExitException.FAILED, "cannot open the database " + server + ": " + e.getMessage());
    }
  }
}
