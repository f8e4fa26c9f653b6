package org.deskbot.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.deskbot.chat.ConversationException;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.deskbot.config.Settings;
import org.deskbot.server.Adapter;
import org.deskbot.server.HttpResponse;
import org.deskbot.server.Router;
import org.deskbot.server.ServerSettings;
import org.deskbot.server.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deskbot serve}: the web page and the chat adapters over one conversation service. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the chat page, the team's dashboard and (when configured) Slack and Teams.")
public final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin HomeOptions home;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Address to bind. Default: server.host or 127.0.0.1.")
  String host;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port. Default: server.port or 8080; 0 picks a free one.")
  Integer port;

  @Override
  public Integer call() throws Exception {
    serve(home.settings(), host, port, System.out);
    return 0;
  }

  /** Serves until the process is stopped (Ctrl-C). */
  static void serve(Settings settings, String host, Integer port, PrintStream out)
      throws Exception {
    ConfigSource config;
    ServerSettings server;
    try {
      config = ConfigSource.load(settings.home(), System.getenv());
      server = ServerSettings.load(config).with(host, port);
    } catch (ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
    if (port != null && (port < 0 || port > 65535)) {
      throw new ExitException(ExitException.USAGE, "--port must be between 0 and 65535");
    }
    try (Wiring.Conversation conversation = Wiring.openConversation(settings)) {
      List<Adapter> adapters = adapters(settings, config, server, conversation);
      Router router = new Router();
      router.get("/healthz", r -> HttpResponse.json(200, Map.of("status", "ok")));
      for (Adapter a : adapters) {
        a.mount(router);
      }
      ScheduledExecutorService chores =
          Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("chores").factory());
      CountDownLatch stopped = new CountDownLatch(1);
      List<Adapter> started = new ArrayList<>();
      try (WebServer web = startServer(server, router)) {
        String url = server.baseUrl(web.port());
        out.println("deskbot is serving " + settings.home() + " at " + url + "/");
        for (Adapter a : adapters) {
          String line = a.start();
          started.add(a);
          if (!line.isBlank()) {
            out.println("  " + a.name() + ": " + line);
          }
        }
        chores.scheduleAtFixedRate(
            () -> purge(conversation, server.retentionDays()),
            1,
            Duration.ofDays(1).toMinutes(),
            TimeUnit.MINUTES);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
      } finally {
        chores.shutdownNow();
        for (Adapter a : started.reversed()) {
          try {
            a.close();
          } catch (Exception e) {
            LOG.warn("{} did not stop cleanly: {}", a.name(), e.toString());
          }
        }
      }
    }
  }

  /** The adapters of {@link Wiring#adapters}, a malformed setting as one line and exit 2. */
  static List<Adapter> adapters(
      Settings settings,
      ConfigSource config,
      ServerSettings server,
      Wiring.Conversation conversation) {
    try {
      return Wiring.adapters(settings, config, server, conversation);
    } catch (ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
  }

  private static WebServer startServer(ServerSettings server, Router router) {
    try {
      return WebServer.start(server.host(), server.port(), router);
    } catch (java.net.BindException e) {
      throw new ExitException(
          ExitException.FAILED,
          "cannot listen on "
              + server.host()
              + ":"
              + server.port()
              + " ("
              + e.getMessage()
              + "); is another deskbot running? Try --port");
    } catch (java.io.IOException e) {
      throw new ExitException(
          ExitException.FAILED,
          "cannot listen on " + server.host() + ":" + server.port() + ": " + e.getMessage());
    }
  }

  /** The daily retention run: raw text older than the retention period is cleared; counts stay. */
  static void purge(Wiring.Conversation conversation, int retentionDays) {
    try {
      int n = conversation.service().purge(Instant.now().minus(Duration.ofDays(retentionDays)));
      if (n > 0) {
        LOG.info(
            "retention: cleared the text of {} questions and tickets older than {} days",
            n,
            retentionDays);
      }
    } catch (ConversationException e) {
      LOG.warn("retention run failed: {}", e.getMessage());
    }
  }
}
