package org.deskbot.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.deskbot.cli.Wiring;
import org.deskbot.config.ConfigException;
import org.deskbot.config.ConfigSource;
import org.deskbot.config.Settings;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.report.Summaries;
import org.deskbot.server.Router;
import org.deskbot.server.ServerSettings;
import org.deskbot.server.WebServer;

/**
 * A deskbot home over the bundled demo content with a real index and SQLite file, served in process
 * on a free port. The demo content is indexed once per test JVM; each fixture gets a copy.
 */
final class WebFixture implements AutoCloseable {
  private static Path built;

  final Path home;
  final String host;
  final Settings settings;
  final Wiring.Conversation conversation;
  final WebAdapter adapter;
  final WebServer server;
  final String url;

  private WebFixture(
      Path home,
      String host,
      Settings settings,
      Wiring.Conversation conversation,
      WebAdapter adapter,
      WebServer server) {
    this.home = home;
    this.host = host;
    this.settings = settings;
    this.conversation = conversation;
    this.adapter = adapter;
    this.server = server;
    this.url = "http://127.0.0.1:" + server.port();
  }

  /** A served home in {@code home}; {@code env} holds the web settings (DESKBOT_WEB_USERS...). */
  static WebFixture start(Path home, String host, Map<String, String> env, Summaries summaries)
      throws Exception {
    copy(demoHome(), home);
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("DESKBOT_SEMANTIC", "off");
    all.putIfAbsent("DESKBOT_TEAM", "luis");
    Settings settings = Settings.load(home, all);
    return serve(home, host, all, settings, summaries);
  }

  /**
   * A second instance over the same home and database (its own index searcher, connections and
   * sessions cache, if it had one): what a second {@code deskbot serve} behind the proxy is.
   */
  WebFixture another(Map<String, String> env) throws Exception {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("DESKBOT_SEMANTIC", "off");
    all.putIfAbsent("DESKBOT_TEAM", "luis");
    return serve(home, host, all, settings, null);
  }

  private static WebFixture serve(
      Path home, String host, Map<String, String> all, Settings settings, Summaries summaries)
      throws Exception {
    Wiring.Conversation conversation = Wiring.openConversation(settings);
    ServerSettings server = new ServerSettings(host, 0, 180, "");
    WebAdapter adapter =
        new WebAdapter(
            web(all, server),
            new WebAdapter.Parts(
                conversation.service(),
                conversation.engine().answers(),
                new FaqDrafts(settings.content(), settings.faqUrlBase()),
                () -> Wiring.ingest(settings).summary(),
                summaries,
                home,
                Wiring.decisionUpdates(settings, conversation.engine().answers())),
            java.time.Clock.systemUTC(),
            new org.deskbot.storage.sqlite.SqliteSessions(conversation.stores().db()));
    Router router = new Router();
    adapter.mount(router);
    adapter.start();
    return new WebFixture(
        home, host, settings, conversation, adapter, WebServer.start(host, 0, router));
  }

  static WebSettings web(Map<String, String> env, ServerSettings server) throws ConfigException {
    return WebSettings.load(new ConfigSource(Map.of(), env), server);
  }

  /** The demo content and its index, built once. */
  static synchronized Path demoHome() throws IOException, ConfigException {
    if (built == null) {
      Path h = Files.createTempDirectory("deskbot-web-demo");
      copy(Path.of("demo/content"), h.resolve("content"));
      Wiring.ingest(Settings.load(h, Map.of("DESKBOT_SEMANTIC", "off")));
      built = h;
    }
    return built;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  @Override
  public void close() throws Exception {
    server.close();
    adapter.close();
    conversation.close();
  }
}
