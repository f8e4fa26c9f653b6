package org.deskbot.slack;

import static org.deskbot.slack.SlackRequests.payload;
import static org.deskbot.slack.SlackRequests.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.deskbot.Main;
import org.deskbot.cli.Wiring;
import org.deskbot.config.ConfigSource;
import org.deskbot.config.Settings;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Socket Mode against a loopback WebSocket server speaking Slack's envelope protocol: the event is
 * acknowledged by its envelope id and answered; after the server drops the connection the client
 * asks for a new URL, reconnects, and the next event is answered too.
 */
class SlackSocketModeIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  /** Slack's side of Socket Mode: hello on connect, envelopes out, acks in. */
  static final class FakeSlackLink extends WebSocketServer {
    final List<WebSocket> opened = new CopyOnWriteArrayList<>();
    final List<String> received = new CopyOnWriteArrayList<>();

    FakeSlackLink(int port) {
      super(new InetSocketAddress("127.0.0.1", port));
      setReuseAddr(true);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      opened.add(conn);
      conn.send(
          "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"applink-7\",\"build_number\":10,\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0MDYCDME\"}}");
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onMessage(WebSocket conn, String message) {
      received.add(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {}

    WebSocket latestOpen() {
      for (int i = opened.size() - 1; i >= 0; i--) {
        if (opened.get(i).isOpen()) return opened.get(i);
      }
      return null;
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String envelope(String id, String eventJson) {
    return "{\"envelope_id\":\""
        + id
        + "\",\"payload\":"
        + eventJson
        + ",\"type\":\"events_api\",\"accepts_response_payload\":false,\"retry_attempt\":0,\"retry_reason\":\"\"}";
  }

  private static void awaitTrue(String what, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
      Thread.sleep(20);
    }
  }

  @Test
  void eventsArriveOverSocketModeAreAckedAndAnsweredAndTheClientReconnectsAfterADrop()
      throws Exception {
    Path content = home.resolve("content");
    try (var files = Files.walk(Path.of("demo/content"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = content.resolve(Path.of("demo/content").relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(to);
        else Files.copy(f, to);
      }
    }
    Files.writeString(home.resolve("deskbot.yml"), "content: content\nsearch:\n  semantic: off\n");
    assertEquals(0, Main.run("ingest", "--home", home.toString()));

    int wsPort = freePort();
    FakeSlackLink link = new FakeSlackLink(wsPort);
    link.start();
    try (MockSlackApi api = new MockSlackApi();
        Wiring.Conversation conversation = Wiring.openConversation(Settings.load(home, Map.of()))) {
      api.answer(
          "apps.connections.open",
          "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + wsPort + "/link/?ticket=abc\"}");
      ConfigSource config =
          ConfigSource.load(
              home,
              Map.of(
                  "SLACK_BOT_TOKEN",
                  "xoxb-1-2-socket",
                  "SLACK_APP_TOKEN",
                  "xapp-1-A0MDYCDME-3-socket",
                  "SLACK_API_URL",
                  api.url(),
                  "SLACK_TRIAGE_CHANNEL",
                  "C0TRIAGE01"));
      SlackAdapter adapter =
          new SlackAdapter(SlackSettings.load(config).orElseThrow(), conversation.service(), null);
      try {
        assertTrue(adapter.start().startsWith("connected over Socket Mode"));
        assertTrue(
            api.calls("apps.connections.open").get(0).authorization().contains("xapp-"),
            "opened with the app token");
        awaitTrue("a connection", () -> link.latestOpen() != null);

        link.latestOpen()
            .send(
                envelope(
                    "env-1",
                    payload(
                        "app_mention",
                        values(
                            "user",
                            "U0TEACH01",
                            "text",
                            "how do my students join my Canva class?",
                            "ts",
                            "1700000001.000100",
                            "channel",
                            "C0TEACHERS",
                            "event_id",
                            "EvSock1"))));
        awaitTrue(
            "the ack of env-1",
            () -> link.received.stream().anyMatch(m -> m.contains("\"envelope_id\":\"env-1\"")));
        MockSlackApi.Call post =
            api.await(
                "chat.postMessage", c -> "1700000001.000100".equals(c.param("thread_ts")), WAIT);
        assertTrue(post.param("blocks").contains("need_help"), post.param("blocks"));

        int opens = api.calls("apps.connections.open").size();
        for (WebSocket c : link.opened) {
          c.closeConnection(1006, "dropped");
        }
        awaitTrue(
            "a new apps.connections.open", () -> api.calls("apps.connections.open").size() > opens);
        awaitTrue("a new connection", () -> link.latestOpen() != null);

        link.latestOpen()
            .send(
                envelope(
                    "env-2",
                    payload(
                        "app_mention",
                        values(
                            "user",
                            "U0TEACH02",
                            "text",
                            "how do I reset a student's password?",
                            "ts",
                            "1700000002.000100",
                            "channel",
                            "C0TEACHERS",
                            "event_id",
                            "EvSock2"))));
        api.await("chat.postMessage", c -> "1700000002.000100".equals(c.param("thread_ts")), WAIT);
        awaitTrue(
            "the ack of env-2",
            () -> link.received.stream().anyMatch(m -> m.contains("\"envelope_id\":\"env-2\"")));
        System.out.println(
            "socket mode: apps.connections.open called "
                + api.calls("apps.connections.open").size()
                + " times, "
                + link.opened.size()
                + " connections");
      } finally {
        adapter.close();
      }
    } finally {
      link.stop(1000);
    }
  }
}
