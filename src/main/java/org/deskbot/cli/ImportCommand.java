package org.deskbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.deskbot.config.Settings;
import org.deskbot.escalate.StoreException;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.escalate.TicketStore;
import org.deskbot.report.ReportSettings;
import org.deskbot.report.TicketImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code deskbot import tickets FILE.csv}: the help desk's history from before deskbot, for the
 * report's baseline.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import history from before deskbot.",
    subcommands = ImportCommand.Tickets.class)
public final class ImportCommand implements Runnable {
  @Override
  public void run() {
    throw new ExitException(
        ExitException.USAGE, "say what to import: `deskbot import tickets FILE.csv`");
  }

  /** Past tickets from a CSV export. */
  @Command(
      name = "tickets",
      mixinStandardHelpOptions = true,
      description =
          "Load past help-desk tickets (CSV: created,category,minutes,resolved and optional school,question)."
              + " Rows that do not parse are reported by line and the rest imported; importing the same file again adds nothing.")
  public static final class Tickets implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Parameters(paramLabel = "FILE.csv")
    Path file;

    @Override
    public Integer call() throws Exception {
      Settings settings = home.settings();
      ReportSettings rs = Wiring.reportSettings(settings);
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new ExitException(ExitException.USAGE, file + ": no such file");
      } catch (IOException e) {
        throw new ExitException(ExitException.USAGE, "cannot read " + file + ": " + e.getMessage());
      }
      TicketImport.Parsed parsed = TicketImport.parse(text, rs.zone());
      int added = 0;
      int already = 0;
      try (Wiring.Stores stores = Wiring.openStores(settings)) {
        TicketStore store = stores.tickets();
        long before = store.list(null, null, 1).stream().mapToLong(Ticket::id).max().orElse(0);
        for (TicketImport.Row r : parsed.rows()) {
          Ticket t =
              store.create(
                  new TicketStore.NewTicket(
                      "imported",
                      "import",
                      "",
                      r.school(),
                      "normal",
                      r.category(),
                      r.question(),
                      "imported from "
                          + file.getFileName()
                          + " (category `"
                          + r.sourceCategory()
                          + "`)",
                      "[]",
                      null),
                  r.created(),
                  r.key());
          if (t.id() <= before) {
            already++;
            continue;
          }
          added++;
          if (r.resolved() != null && t.status() == TicketStatus.OPEN) {
            store.resolve(t.id(), "import", r.minutes(), "(imported)", r.resolved());
          }
        }
      } catch (StoreException e) {
        throw new ExitException(ExitException.FAILED, e.getMessage());
      }
      for (TicketImport.Problem p : parsed.problems()) {
        System.out.println(file.getFileName() + ":" + p.line() + ": " + p.reason());
      }
      parsed
          .unknownCategories()
          .forEach(
              (label, n) ->
                  System.out.println(
                      "unknown category `"
                          + label
                          + "` on "
                          + n
                          + " row"
                          + (n == 1 ? "" : "s")
                          + ": counted as other"));
      System.out.println(
          "imported "
              + added
              + " tickets, already imported "
              + already
              + ", rows with errors "
              + parsed.problems().size());
      return parsed.problems().isEmpty() ? 0 : ExitException.FAILED;
    }
  }
}
