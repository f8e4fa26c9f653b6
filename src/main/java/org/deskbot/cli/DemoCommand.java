package org.deskbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.deskbot.config.Settings;
import org.deskbot.ingest.IngestReport;
import org.deskbot.report.DemoHistory;
import org.deskbot.report.Week;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code deskbot demo}: a fresh home with the bundled demo district's content, ingested. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Set up a demo home with the bundled content of a fictional district (Maple Valley USD) and index it.")
public final class DemoCommand implements Callable<Integer> {
  /** Where the demo district lives on the classpath. */
  static final String DEMO_RESOURCE = "demo/content";

  @Option(
      names = "--home",
      paramLabel = "DIR",
      defaultValue = "demo-home",
      description = "The demo home. Default: ${DEFAULT-VALUE}.")
  Path home;

  @Option(
      names = "--no-serve",
      description = "Set up the demo home and stop, without starting the server.")
  boolean noServe;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port for the server. Default: 8080; 0 picks a free one.")
  Integer port;

  @Override
  public Integer call() throws Exception {
    Path dir = home.toAbsolutePath().normalize();
    if (Files.exists(dir.resolve("content")) && !Files.exists(dir.resolve(".deskbot-demo"))) {
      throw new ExitException(
          ExitException.USAGE,
          dir + " already has a content folder that is not the demo's: choose another --home");
    }
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve(".deskbot-demo"),
        "This home was made by `deskbot demo`; its content is the bundled demo district.\n");
    copyDemoContent(dir.resolve("content"));
    Settings settings;
    try {
      // the demo's content and search settings are its own, whatever the environment says; the
      // server's address and the chat tokens still come from the environment, as for serve
      settings = Settings.load(dir, Map.of()).withEnvironment(System.getenv());
    } catch (org.deskbot.config.ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
    IngestReport report = Wiring.ingest(settings);
    IngestOutput.print(report, System.out);
    addHistory(settings, System.out);
    String h = "--home " + quote(home.toString());
    System.out.println();
    System.out.println("The demo district is ready in " + dir);
    System.out.println("From another terminal, try:");
    System.out.println(
        "  ./deskbot ask " + h + " \"my smartboard shows nothing when i plug in my laptop\"");
    System.out.println("  ./deskbot ask " + h + " --json \"print from chromebook to the copier\"");
    System.out.println(
        "  ./deskbot eval --content "
            + quote(dir.resolve("content").toString())
            + " --questions demo/golden.jsonl");
    if (report.exitCode() != 0 || noServe) {
      return report.exitCode();
    }
    System.out.println();
    Serving.run(settings, null, port, System.out);
    return report.exitCode();
  }

  /**
   * Adds 12 weeks of labelled demo history to the demo home, once (a marker in the
   * handled-deliveries table makes re-running the demo harmless).
   */
  private static void addHistory(Settings settings, PrintStream out) throws Exception {
    ZoneId zone = Wiring.reportSettings(settings).zone();
    try (Wiring.Stores stores = Wiring.openStores(settings)) {
      Instant now = Instant.now();
      if (!stores.deliveries().first("demo-history:v1", "demo", now)) {
        return;
      }
      DemoHistory.Added added =
          DemoHistory.write(
              stores.interactions(), stores.tickets(), Week.lastComplete(now, zone), zone, now);
      new org.deskbot.storage.sqlite.SqliteEngagementStore(stores.db())
          .put(
              DemoHistory.engagement(
                  Week.lastComplete(now, zone), java.time.LocalDate.ofInstant(now, zone)),
              now);
      out.println(
          "Added 12 weeks of demo history (platform \"demo\", users demo-teacher-NN): "
              + added.questions()
              + " questions, "
              + added.tickets()
              + " tickets, and the team's own counts of newsletter opens, video views, module"
              + " completions and page views. Try: ./deskbot report --home "
              + settings.home()
              + " --out report");
    }
  }

  private static String quote(String s) {
    return s.matches("[\\w./-]+") ? s : "'" + s + "'";
  }

  /** Copies the bundled demo content, replacing an older copy so the demo is always fresh. */
  static void copyDemoContent(Path target) throws IOException {
    URL url = DemoCommand.class.getClassLoader().getResource(DEMO_RESOURCE);
    if (url == null) {
      throw new IOException("the demo content is missing from this build");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
        copyTree(fs.getPath("/" + DEMO_RESOURCE), target);
      }
    } else {
      copyTree(Path.of(uri), target);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      CliFiles.deleteTree(to);
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          try (InputStream in = Files.newInputStream(p)) {
            Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }
}
