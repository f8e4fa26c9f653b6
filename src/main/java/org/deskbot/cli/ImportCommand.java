package org.deskbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.deskbot.config.Settings;
import org.deskbot.escalate.StoreException;
import org.deskbot.escalate.Ticket;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.escalate.TicketStore;
import org.deskbot.index.ContentLinks;
import org.deskbot.report.EngagementExports;
import org.deskbot.report.EngagementImport;
import org.deskbot.report.EngagementStore;
import org.deskbot.report.ReportSettings;
import org.deskbot.report.TicketImport;
import org.deskbot.storage.sqlite.SqliteEngagementStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code deskbot import tickets FILE.csv}: the help desk's history from before deskbot, for the
 * report's baseline.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import history from before deskbot, or the team's own engagement counts.",
    subcommands = {ImportCommand.Tickets.class, ImportCommand.Engagement.class})
public final class ImportCommand implements Runnable {
  @Override
  public void run() {
    throw new ExitException(
        ExitException.USAGE,
        "say what to import: `deskbot import tickets FILE.csv` or `deskbot import engagement FILE.csv`");
  }

  /** The file's text; a missing or unreadable file is a usage error. */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ExitException(ExitException.USAGE, file + ": no such file");
    } catch (IOException e) {
      throw new ExitException(ExitException.USAGE, "cannot read " + file + ": " + e.getMessage());
    }
  }

  /** The team's own counts: newsletter opens, video views, module completions, page views. */
  @Command(
      name = "engagement",
      mixinStandardHelpOptions = true,
      description =
          "Load the team's own counts (CSV: date,resource,kind,count; kind newsletter-open, video-view,"
              + " module-completion or page-view). A row for a date, resource and kind already imported replaces"
              + " its count, so importing the same file again changes nothing. Rows that do not parse are"
              + " reported by line and the rest imported.")
  public static final class Engagement implements Callable<Integer> {
    @Mixin HomeOptions home;

    @Parameters(paramLabel = "FILE.csv")
    Path file;

    @Option(
        names = "--from",
        paramLabel = "TOOL",
        description =
            "Read a tool's own export instead: mailchimp (a campaign report: recipients who opened, on the"
                + " delivery date; needs --resource), youtube (Studio's Table data.csv with --date, or Chart data.csv),"
                + " moodle (a course completion report: completions per date; needs --resource).")
    String from;

    @Option(
        names = "--resource",
        paramLabel = "URL",
        description =
            "With --from mailchimp or moodle: the newsletter issue's or the course's URL.")
    String resource;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description =
            "With --from youtube and an export without dates: the day to count its views on.")
    String date;

    @Option(
        names = "--print",
        description = "Print the rows as date,resource,kind,count instead of importing them.")
    boolean print;

    @Override
    public Integer call() throws Exception {
      Settings settings = home.settings();
      String text = read(file);
      List<EngagementImport.ContentLink> content;
      try {
        content =
            ContentLinks.read(settings.indexDir()).stream()
                .map(l -> new EngagementImport.ContentLink(l.url(), l.title(), l.parent()))
                .toList();
      } catch (IOException e) {
        throw new ExitException(
            ExitException.FAILED,
            "cannot read the index " + settings.indexDir() + ": " + e.getMessage());
      }
      EngagementImport.Parsed parsed = parse(text, content);
      if (print) {
        System.out.print(EngagementImport.csv(parsed.counts()));
        for (EngagementImport.Problem p : parsed.problems()) {
          System.err.println(file.getFileName() + ":" + p.line() + ": " + p.reason());
        }
        return parsed.problems().isEmpty() ? 0 : ExitException.FAILED;
      }
      EngagementStore.Written written;
      try (Wiring.Stores stores = Wiring.openStores(settings)) {
        written =
            new SqliteEngagementStore(stores.db()).put(parsed.counts(), java.time.Instant.now());
      } catch (IOException e) {
        throw new ExitException(ExitException.FAILED, e.getMessage());
      } catch (StoreException e) {
        throw new ExitException(ExitException.FAILED, e.getMessage());
      }
      for (EngagementImport.Problem p : parsed.problems()) {
        System.out.println(file.getFileName() + ":" + p.line() + ": " + p.reason());
      }
      long named = parsed.counts().stream().filter(c -> !c.title().isBlank()).count();
      System.out.println(
          "imported "
              + parsed.counts().size()
              + " counts ("
              + written.added()
              + " new, "
              + written.replaced()
              + " replaced, "
              + written.unchanged()
              + " unchanged; "
              + named
              + " matched to the content), rows with errors "
              + parsed.problems().size());
      return parsed.problems().isEmpty() ? 0 : ExitException.FAILED;
    }

    /** The file as {@code date,resource,kind,count}, or a tool's export with {@code --from}. */
    private EngagementImport.Parsed parse(String text, List<EngagementImport.ContentLink> content) {
      if (from == null) {
        if (resource != null || date != null) {
          throw new ExitException(ExitException.USAGE, "--resource and --date go with --from");
        }
        return EngagementImport.parse(text, content);
      }
      EngagementExports.Source source;
      try {
        source = EngagementExports.Source.valueOf(from.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ExitException(
            ExitException.USAGE, "--from: `" + from + "` is not one of mailchimp, youtube, moodle");
      }
      java.time.LocalDate day;
      try {
        day = date == null ? null : java.time.LocalDate.parse(date.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new ExitException(
            ExitException.USAGE, "--date: `" + date + "` is not like 2026-11-16");
      }
      try {
        return EngagementExports.read(
            source, text, new EngagementExports.Options(resource, day), content);
      } catch (IllegalArgumentException e) {
        throw new ExitException(ExitException.USAGE, file.getFileName() + ": " + e.getMessage());
      }
    }
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
      String text = read(file);
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
                      null,
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
