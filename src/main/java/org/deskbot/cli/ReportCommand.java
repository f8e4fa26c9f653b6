package org.deskbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.deskbot.config.Settings;
import org.deskbot.escalate.StoreException;
import org.deskbot.report.Charts;
import org.deskbot.report.LinkTracker;
import org.deskbot.report.ReportHtml;
import org.deskbot.report.ReportJson;
import org.deskbot.report.ReportSettings;
import org.deskbot.report.ReportText;
import org.deskbot.report.WeeklyFigures;
import org.deskbot.report.WeeklyPoster;
import org.deskbot.report.WeeklyReports;
import org.deskbot.server.Adapter;
import org.deskbot.server.ServerSettings;
import org.deskbot.storage.sqlite.Database;
import org.deskbot.storage.sqlite.SqliteEngagementStore;
import org.deskbot.storage.sqlite.SqliteReportStore;
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
    ConfigSource config;
    ReportSettings reportSettings;
    ServerSettings server;
    try {
      config = ConfigSource.load(settings.home(), System.getenv());
      reportSettings = ReportSettings.load(config);
      server = ServerSettings.load(config);
    } catch (ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
    Set<String> chosen = formats(formats, out != null);
    if (!Files.isRegularFile(settings.database())) {
      throw new ExitException(
          ExitException.USAGE,
          "no conversations recorded in "
              + settings.home()
              + " yet ("
              + settings.database()
              + " is missing)");
    }
    if (post) {
      return post(settings, config, server);
    }
    try (Database db = Database.open(settings.database())) {
      WeeklyReports reports =
          reports(db, reportSettings, server, Wiring.clock(settings, System.getenv()));
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
    } catch (SQLException e) {
      throw new ExitException(
          ExitException.FAILED, "cannot open " + settings.database() + ": " + e.getMessage());
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

  private int post(Settings settings, ConfigSource config, ServerSettings server) throws Exception {
    try (Wiring.Conversation conversation = Wiring.openConversation(settings)) {
      List<Adapter> adapters = ServeCommand.adapters(settings, config, server, conversation);
      try {
        WeeklyReports reports = reports(config, server, conversation);
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
        Wiring.closeQuietly(adapters);
      }
    }
  }

  /** Where the dashboard serves a week's report, when the server has a public address. */
  static String reportUrl(ServerSettings server) {
    return server.publicUrl().isBlank() ? null : server.baseUrl(server.port()) + "/reports/";
  }

  /**
   * The weekly summaries over the conversation's database (what the dashboard serves: {@link
   * org.deskbot.report.Summaries}).
   */
  static WeeklyReports reports(
      ConfigSource config, ServerSettings server, Wiring.Conversation conversation)
      throws ConfigException {
    return reports(conversation.db(), ReportSettings.load(config), server, Clock.systemUTC());
  }

  /**
   * The weekly summaries over {@code db}, with the clicks and imported counts; the weekly post's
   * link is tracked when the server has a public address.
   */
  static WeeklyReports reports(
      Database db, ReportSettings settings, ServerSettings server, Clock clock) {
    SqliteEngagementStore engagement = new SqliteEngagementStore(db);
    return new WeeklyReports(
        new SqliteReportStore(db),
        engagement,
        LinkTracker.through(server.publicUrl(), engagement, clock),
        settings,
        clock,
        reportUrl(server));
  }

  /** The weekly poster {@code serve} runs (registered in {@link Wiring#adapters}). */
  static WeeklyPoster poster(
      ConfigSource config, ServerSettings server, Wiring.Conversation conversation)
      throws ConfigException {
    ReportSettings settings = ReportSettings.load(config);
    WeeklyReports reports = reports(config, server, conversation);
    var service = conversation.service();
    return new WeeklyPoster(
        reports,
        settings,
        new WeeklyPoster.Channel() {
          @Override
          public boolean first(String key) throws Exception {
            return service.firstDelivery(key, "summary");
          }

          @Override
          public int post(org.deskbot.report.Digest digest) {
            return service.postSummary(digest);
          }

          @Override
          public int platforms() {
            return service.summaryPlatforms();
          }
        },
        Clock.systemUTC());
  }

  /**
   * {@code deskbot demo}: adds 12 weeks of labelled demo history to the demo home, once (a marker
   * in the handled-deliveries table makes re-running the demo harmless).
   */
  static void demoHistory(Settings settings, java.io.PrintStream out) throws Exception {
    ReportSettings rs;
    try {
      rs = ReportSettings.load(ConfigSource.load(settings.home(), System.getenv()));
    } catch (ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
    try (Database db = Database.open(settings.database())) {
      java.time.Instant now = java.time.Instant.now();
      if (!new org.deskbot.storage.sqlite.SqliteDeliveries(db)
          .first("demo-history:v1", "demo", now)) {
        return;
      }
      var added =
          org.deskbot.report.DemoHistory.write(
              new org.deskbot.storage.sqlite.SqliteInteractionLog(db),
              new org.deskbot.storage.sqlite.SqliteTicketStore(db),
              org.deskbot.report.Week.lastComplete(now, rs.zone()),
              rs.zone(),
              now);
      new SqliteEngagementStore(db)
          .put(
              org.deskbot.report.DemoHistory.engagement(
                  org.deskbot.report.Week.lastComplete(now, rs.zone()),
                  java.time.LocalDate.ofInstant(now, rs.zone())),
              now);
      out.println(
          "Added 12 weeks of demo history (platform \"demo\", users demo-teacher-NN): "
              + added.questions()
              + " questions, "
              + added.tickets()
              + " tickets, and the team's own counts of newsletter opens, video views, module completions"
              + " and page views. Try: ./deskbot report --home "
              + settings.home()
              + " --out report");
    }
  }
}
