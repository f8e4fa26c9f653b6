package org.deskbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.deskbot.config.Settings;
import org.deskbot.escalate.StoreException;
import org.deskbot.report.Charts;
import org.deskbot.report.ReportHtml;
import org.deskbot.report.ReportJson;
import org.deskbot.report.ReportText;
import org.deskbot.report.WeeklyFigures;
import org.deskbot.report.WeeklyReports;
import org.deskbot.server.Adapter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code deskbot report}: the weekly deflection summary as Markdown, HTML, CSV and JSON, or posted
 * to chat.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "The weekly deflection summary: questions, confirmed and probable deflections, escalations, category shifts,"
            + " time spent and saved, content gaps, resources, 12-week trend.")
public final class ReportCommand implements Callable<Integer> {
  static final List<String> FORMATS = List.of("md", "html", "csv", "json");

  @Mixin HomeOptions home;

  @Option(
      names = "--week",
      paramLabel = "YYYY-Www",
      description = "The ISO week, e.g. 2026-W47. Default: the last complete week (district time).")
  String week;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write the report files (and the charts as PNG) into DIR.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "LIST",
      split = ",",
      description =
          "Any of md, html, csv, json. Default: all with --out; md on stdout without it (one format only).")
  List<String> formats;

  @Option(names = "--post", description = "Post the summary to the team's Slack/Teams channel now.")
  boolean post;

  @Override
  public Integer call() throws Exception {
    Settings settings = home.settings();
    Set<String> chosen = formats(formats, out != null);
    if (settings.databaseServer().isEmpty() && !Files.isRegularFile(settings.database())) {
      throw new ExitException(
          ExitException.USAGE,
          "no conversations recorded in "
              + settings.home()
              + " yet ("
              + settings.database()
              + " is missing)");
    }
    if (post) {
      return post(settings);
    }
    try (Wiring.Stores stores = Wiring.openStores(settings)) {
      WeeklyReports reports =
          Wiring.reports(settings, stores, Wiring.clock(settings, System.getenv()));
      WeeklyFigures f = figures(reports);
      if (out == null) {
        String format = chosen.iterator().next();
        System.out.print(render(f, format, null));
        System.out.flush();
        return 0;
      }
      Files.createDirectories(out);
      String base = "deskbot-" + f.week();
      byte[] trend = Charts.trend(f);
      byte[] categories = Charts.categories(f);
      byte[] capacity = Charts.capacity(f);
      write(out.resolve(base + "-trend.png"), trend);
      write(out.resolve(base + "-categories.png"), categories);
      write(out.resolve(base + "-capacity.png"), capacity);
      for (String format : chosen) {
        String text =
            format.equals("html")
                ? ReportHtml.page(f, trend, categories, capacity)
                : render(f, format, base);
        write(out.resolve(base + "." + format), text.getBytes(StandardCharsets.UTF_8));
      }
      System.out.println(f.week() + ": " + ReportText.headline(f));
      return 0;
    }
  }

  private WeeklyFigures figures(WeeklyReports reports) {
    try {
      return reports.compute(week);
    } catch (IllegalArgumentException e) {
      throw new ExitException(ExitException.USAGE, "--week: " + e.getMessage());
    } catch (StoreException e) {
      throw new ExitException(ExitException.FAILED, e.getMessage());
    }
  }

  private static String render(WeeklyFigures f, String format, String base) throws IOException {
    return switch (format) {
      case "json" -> ReportJson.of(f).toPrettyString() + "\n";
      case "csv" -> ReportText.csv(f);
      case "md" ->
          ReportText.markdown(
              f,
              base == null ? null : base + "-trend.png",
              base == null ? null : base + "-categories.png",
              base == null ? null : base + "-capacity.png");
      case "html" -> ReportHtml.page(f, Charts.trend(f), Charts.categories(f), Charts.capacity(f));
      default -> throw new IllegalStateException(format);
    };
  }

  static Set<String> formats(List<String> asked, boolean toFolder) {
    Set<String> out = new LinkedHashSet<>();
    if (asked == null || asked.isEmpty()) {
      out.addAll(toFolder ? FORMATS : List.of("md"));
      return out;
    }
    for (String f : asked) {
      String s = f.strip().toLowerCase(Locale.ROOT);
      if (s.equals("markdown")) s = "md";
      if (!FORMATS.contains(s)) {
        throw new ExitException(
            ExitException.USAGE, "--format: `" + f + "` is not one of md, html, csv, json");
      }
      out.add(s);
    }
    if (!toFolder && out.size() > 1) {
      throw new ExitException(
          ExitException.USAGE, "--format: give --out DIR to write more than one format");
    }
    return out;
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    Files.move(
        tmp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    System.out.println("wrote " + file);
  }

  private int post(Settings settings) throws Exception {
    try (Wiring.Conversation conversation = Wiring.openConversation(settings)) {
      List<Adapter> platforms = Wiring.chatPlatforms(settings, conversation);
      try {
        WeeklyReports reports = Wiring.reports(settings, conversation.stores(), Clock.systemUTC());
        WeeklyFigures f = figures(reports);
        if (conversation.service().summaryPlatforms() == 0) {
          throw new ExitException(
              ExitException.FAILED,
              "no chat platform is configured (set SLACK_BOT_TOKEN for Slack or TEAMS_APP_ID for Teams): the "
                  + f.week()
                  + " summary was not posted");
        }
        int n = conversation.service().postSummary(reports.digest(f));
        if (n == 0) {
          throw new ExitException(
              ExitException.FAILED,
              "every chat platform refused the " + f.week() + " summary (the log says why)");
        }
        System.out.println(
            "posted the " + f.week() + " summary to " + n + " platform" + (n == 1 ? "" : "s"));
        return 0;
      } finally {
        Wiring.closeQuietly(platforms);
      }
    }
  }
}
