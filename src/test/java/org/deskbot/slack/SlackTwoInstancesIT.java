package org.deskbot.slack;

import static org.deskbot.slack.SlackRequests.payload;
import static org.deskbot.slack.SlackRequests.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.deskbot.Main;
import org.deskbot.cli.Wiring;
import org.deskbot.config.ConfigSource;
import org.deskbot.config.Settings;
import org.deskbot.escalate.FaqDrafts;
import org.deskbot.server.Router;
import org.deskbot.server.WebServer;
import org.deskbot.storage.sqlite.TestDatabases;
import org.deskbot.storage.sqlite.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances receiving Slack's events over HTTP, one PostgreSQL database: the same signed event
 * posted to both at once is answered once and recorded once.
 */
class SlackTwoInstancesIT {
  @TempDir Path home;

  @Test
  void theSameSignedEventPostedToBothInstancesIsAnsweredOnce() throws Exception {
    Path content = home.resolve("content");
    try (Stream<Path> files = Files.walk(Path.of("demo/content"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = content.resolve(Path.of("demo/content").relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(to);
        else Files.copy(f, to);
      }
    }
    String url =
        TestDatabases.POSTGRES.url(home.resolve("server")) + "?user=" + TestPostgres.user();
    Files.writeString(
        home.resolve("deskbot.yml"),
        "content: content\nsearch:\n  semantic: off\ndatabase:\n  url: " + url + "\n");
    assertEquals(0, Main.run("ingest", "--home", home.toString()));
    Settings settings = Settings.load(home, Map.of());
    List<AutoCloseable> open = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (MockSlackApi api = new MockSlackApi()) {
      List<SlackRequests> instances = new ArrayList<>();
      List<Wiring.Conversation> conversations = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Wiring.Conversation conversation = Wiring.openConversation(settings);
        open.add(conversation);
        conversations.add(conversation);
        ConfigSource config =
            ConfigSource.load(
                home,
                Map.of(
                    "SLACK_BOT_TOKEN",
                    SlackHttpIT.BOT_TOKEN,
                    "SLACK_SIGNING_SECRET",
                    SlackRequests.SECRET,
                    "SLACK_API_URL",
                    api.url(),
                    "SLACK_TRIAGE_CHANNEL",
                    SlackHttpIT.TRIAGE));
        SlackAdapter adapter =
            new SlackAdapter(
                SlackSettings.load(config).orElseThrow(),
                conversation.service(),
                new FaqDrafts(settings.content(), settings.faqUrlBase()));
        Router router = new Router();
        adapter.mount(router);
        WebServer web = WebServer.start("127.0.0.1", 0, router);
        open.add(0, web);
        open.add(0, adapter);
        adapter.start();
        instances.add(
            new SlackRequests("http://127.0.0.1:" + web.port() + SlackAdapter.EVENTS_PATH));
      }
      String ts = "1700000042.000042";
      String body =
          payload(
              "app_mention",
              values(
                  "user",
                  "U0TEACH01",
                  "text",
                  "how do my students join my Canva class?",
                  "ts",
                  ts,
                  "channel",
                  SlackHttpIT.TEACHERS,
                  "event_id",
                  "EvTwoInstances"));
      long now = Instant.now().getEpochSecond();
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (SlackRequests to : List.of(instances.get(0), instances.get(1), instances.get(0))) {
        sent.add(pool.submit(() -> to.send(body, "application/json", now)));
      }
      for (var f : sent) {
        assertEquals(200, f.get().statusCode());
      }
      api.await("chat.postMessage", c -> ts.equals(c.param("thread_ts")), SlackHttpIT.WAIT);
      Thread.sleep(1500); // time for a second answer, were there one
      assertEquals(
          1,
          api.calls("chat.postMessage", c -> ts.equals(c.param("thread_ts"))).size(),
          api.summary());
      assertEquals(
          1,
          conversations.get(1).service().interactionsSince(Instant.EPOCH).size(),
          "one interaction");
    } finally {
      pool.shutdown();
      for (AutoCloseable c : open) {
        c.close();
      }
    }
  }
}
