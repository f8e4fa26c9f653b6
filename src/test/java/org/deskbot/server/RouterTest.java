package org.deskbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {
  private static HttpRequest request(String method, String path) {
    return new HttpRequest(method, path, null, Map.of(), new byte[0], null, Map.of());
  }

  private static String body(HttpResponse r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private final Router router =
      new Router()
          .get("/healthz", r -> HttpResponse.text(200, "ok"))
          .get("/api/tickets/{number}", r -> HttpResponse.text(200, "ticket " + r.param("number")))
          .post(
              "/api/tickets/{number}/claim",
              r -> HttpResponse.text(200, "claimed " + r.param("number")))
          .get("/static/*", r -> HttpResponse.text(200, "file " + r.path()));

  @Test
  void exactParameterAndPrefixRoutes() throws Exception {
    assertEquals("ok", body(router.route(request("GET", "/healthz"))));
    assertEquals("ok", body(router.route(request("GET", "/healthz/"))));
    assertEquals("ticket T-1001", body(router.route(request("GET", "/api/tickets/T-1001"))));
    assertEquals("claimed 7", body(router.route(request("POST", "/api/tickets/7/claim"))));
    assertEquals(
        "file /static/css/app.css", body(router.route(request("GET", "/static/css/app.css"))));
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405AsJson() throws Exception {
    HttpResponse missing = router.route(request("GET", "/api/tickets/7/nothing"));
    assertEquals(404, missing.status());
    assertEquals("application/json", missing.contentType());
    assertEquals("{\"error\":\"nothing at /api/tickets/7/nothing\"}", body(missing));
    assertEquals(405, router.route(request("POST", "/healthz")).status());
    assertEquals(200, router.route(request("HEAD", "/healthz")).status());
  }

  @Test
  void queryAndFormDecoding() {
    assertEquals(
        Map.of("q", "wifi down", "week", "2026-W47", "flag", ""),
        HttpRequest.form("q=wifi+down&week=2026-W47&flag"));
    HttpRequest r =
        new HttpRequest(
            "GET",
            "/",
            null,
            Map.of("cookie", "a=1; deskbot_session=abc=; b=2"),
            new byte[0],
            null,
            Map.of());
    assertEquals("abc=", r.cookie("deskbot_session").orElseThrow());
    assertEquals(false, r.cookie("none").isPresent());
  }
}
