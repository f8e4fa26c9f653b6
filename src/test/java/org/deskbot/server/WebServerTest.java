package org.deskbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

class WebServerTest {
  private final HttpClient client = HttpClient.newHttpClient();

  private java.net.http.HttpResponse<String> post(int port, String path, byte[] body)
      throws Exception {
    return client.send(
        java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .POST(BodyPublishers.ofByteArray(body))
            .build(),
        BodyHandlers.ofString());
  }

  @Test
  void failuresAreJsonWithoutStackTracesAndBigBodiesAre413() throws Exception {
    Router router =
        new Router()
            .post("/echo", r -> HttpResponse.text(200, r.bodyText()))
            .post(
                "/bad",
                r -> {
                  throw new HttpError(400, "the question is empty");
                })
            .post(
                "/boom",
                r -> {
                  throw new IllegalStateException("secret internals at line 42");
                });
    try (WebServer server = WebServer.start("127.0.0.1", 0, router)) {
      int port = server.port();
      assertEquals(
          "héllo",
          post(port, "/echo", "héllo".getBytes(java.nio.charset.StandardCharsets.UTF_8)).body());
      var bad = post(port, "/bad", new byte[0]);
      assertEquals(400, bad.statusCode());
      assertEquals("{\"error\":\"the question is empty\"}", bad.body());
      var boom = post(port, "/boom", new byte[0]);
      assertEquals(500, boom.statusCode());
      assertFalse(boom.body().contains("secret internals"), boom.body());
      var big = post(port, "/echo", new byte[WebServer.MAX_BODY_BYTES + 1]);
      assertEquals(413, big.statusCode());
      assertEquals("application/json", big.headers().firstValue("content-type").orElse(""));
    }
  }
}
