package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.deskbot.chat.ConversationService;
import org.deskbot.storage.sqlite.TestDatabases;
import org.deskbot.storage.sqlite.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances over one content folder and one PostgreSQL database, served in this JVM: a delivery
 * reaching both is handled once, concurrent escalations through both get unique numbers, a session
 * from one is good on the other, and with one stopped the other still answers and lists everything.
 */
class TwoInstancesIT {
  @TempDir Path home;

  @Test
  void twoInstancesShareOneDatabase() throws Exception {
    String url =
        TestDatabases.POSTGRES.url(home.resolve("server")) + "?user=" + TestPostgres.user();
    Map<String, String> env = Map.of("DESKBOT_DATABASE_URL", url);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    WebFixture a = WebFixture.start(home, "127.0.0.1", env, null);
    try (WebFixture b = a.another(env)) {
      // the same Slack event delivered to both instances at once (as the signed request would be)
      List<Future<ConversationService.Received>> handled = new ArrayList<>();
      for (WebFixture w : List.of(a, b, a, b)) {
        handled.add(
            pool.submit(
                () ->
                    w.conversation
                        .service()
                        .receive(
                            new ConversationService.Incoming(
                                "slack",
                                "U1",
                                "C1/1.0",
                                "how do I connect to the guest wifi",
                                "Ev42"),
                            place -> false)));
      }
      int answered = 0;
      for (var f : handled) {
        answered += f.get() instanceof ConversationService.Received.Answered ? 1 : 0;
      }
      assertEquals(1, answered, "one answer");
      assertEquals(1, b.conversation.service().interactionsSince(Instant.EPOCH).size());

      // 200 teachers escalating at once, half through each instance
      List<Future<String>> numbers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String base = (i % 2 == 0 ? a : b).url;
        String name = "Teacher " + i;
        numbers.add(
            pool.submit(
                () -> {
                  WebClient c = new WebClient(base);
                  c.page("/");
                  JsonNode asked =
                      c.ok(
                          "/api/ask",
                          "{\"name\":"
                              + WebClient.q(name)
                              + ",\"question\":\"the projector in my room shows no picture\"}");
                  return c.ok(
                          "/api/escalate",
                          "{\"name\":"
                              + WebClient.q(name)
                              + ",\"interaction\":"
                              + asked.get("interaction")
                              + "}")
                      .get("number")
                      .asText();
                }));
      }
      Set<String> unique = new HashSet<>();
      for (var f : numbers) {
        unique.add(f.get());
      }
      assertEquals(200, unique.size());

      // a page's session from one instance, used on the other
      WebClient visitor = new WebClient(a.url);
      visitor.page("/");
      WebClient elsewhere = new WebClient(b.url);
      elsewhere.cookie = visitor.cookie;
      elsewhere.csrf = visitor.csrf;
      elsewhere.ok(
          "/api/ask", "{\"name\":\"Ms Lee\",\"question\":\"how do I print double sided\"}");

      // one instance gone: the other answers and lists all 200
      a.close();
      a = null;
      assertEquals(
          200, new WebClient(b.url).getJson("/api/team/tickets").get("counts").get("open").asInt());
      new WebClient(b.url).page("/");
    } finally {
      pool.shutdown();
      if (a != null) {
        a.close();
      }
    }
  }
}
