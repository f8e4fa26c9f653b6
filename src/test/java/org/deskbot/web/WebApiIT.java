package org.deskbot.web;

import static org.deskbot.web.WebClient.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON API on loopback over the demo content: the teacher's steps, the team's, and bad input.
 */
class WebApiIT {
  @TempDir static Path home;
  static WebFixture web;
  WebClient client;

  @BeforeAll
  static void serve() throws Exception {
    web = WebFixture.start(home, "127.0.0.1", Map.of(), null);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  @BeforeEach
  void visit() throws Exception {
    client = new WebClient(web.url);
    HttpResponse<String> page = client.page("/");
    assertEquals(200, page.statusCode());
    assertTrue(
        page.headers().firstValue("set-cookie").orElseThrow().contains("HttpOnly; SameSite=Strict"),
        page.headers().toString());
    assertTrue(
        page.headers()
            .firstValue("content-security-policy")
            .orElseThrow()
            .contains("script-src 'self'"));
  }

  private JsonNode ask(String name, String question) throws Exception {
    return client.ok("/api/ask", "{\"name\":" + q(name) + ",\"question\":" + q(question) + "}");
  }

  private static void assertError(int status, HttpResponse<String> r, String contains)
      throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("content-type").orElseThrow().startsWith("application/json"),
        r.headers().toString());
    String error = WebClient.JSON.readTree(r.body()).get("error").asText();
    assertTrue(error.contains(contains), error);
    assertFalse(r.body().contains("Exception"), r.body());
  }

  @Test
  void aQuestionGetsAnAnswerWithLinksPassagesAndVideoTimes() throws Exception {
    JsonNode a =
        ask(
            "Mrs K",
            "i made a great rubric for the last essay in google classroom, can i use it on this new assignment without retyping it all");
    assertNotEquals("escalate", a.get("decision").asText(), a.toString());
    assertTrue(a.get("links").size() > 0 && a.get("links").size() <= 3, a.toString());
    boolean video = false;
    for (JsonNode l : a.get("links")) {
      assertTrue(l.get("url").asText().startsWith("http"), l.toString());
      assertFalse(l.get("snippet").asText().isBlank(), l.toString());
      if (l.get("type").asText().equals("video")) {
        video = true;
        assertTrue(l.get("url").asText().contains("t="), l.toString());
        assertTrue(l.get("time").asText().matches("\\d+:\\d\\d"), l.toString());
      }
    }
    assertTrue(video, "a video link with its time: " + a);
    assertEquals("[\"solved\",\"need-help\"]", a.get("buttons").toString());
    JsonNode fb =
        client.ok(
            "/api/feedback",
            "{\"name\":\"Mrs K\",\"interaction\":" + a.get("interaction") + ",\"solved\":true}");
    assertEquals("solved", fb.get("feedback").asText());
    // someone else cannot say it helped
    assertError(
        403,
        client.post(
            "/api/feedback",
            "{\"name\":\"Other\",\"interaction\":" + a.get("interaction") + ",\"solved\":false}"),
        "only the teacher");
  }

  @Test
  void escalatedTicketIsWorkedByTheTeamAndTheTeacherSeesItsStatus() throws Exception {
    JsonNode a = ask("Ms Rivera", "the copier in the workroom ate my badge");
    JsonNode t =
        client.ok(
            "/api/escalate",
            "{\"name\":\"Ms Rivera\",\"interaction\":"
                + a.get("interaction")
                + ",\"school\":\"Summit Elementary\",\"urgency\":\"high\",\"details\":\"room 12\"}");
    String number = t.get("number").asText();
    assertTrue(number.matches("T-\\d+"), t.toString());
    assertEquals("open", t.get("status").asText());
    assertEquals(
        "Summit Elementary",
        client.getJson("/api/school?name=" + "Ms%20Rivera").get("school").asText());

    JsonNode queue = client.getJson("/api/team/tickets?status=open");
    assertTrue(queue.get("tickets").toString().contains(number), queue.toString());

    client.ok("/api/team/tickets/" + number + "/claim", "");
    client.ok("/api/team/tickets/" + number + "/reply", "{\"text\":\"Coming by at noon\"}");
    JsonNode done =
        client.ok(
            "/api/team/tickets/" + number + "/resolve",
            "{\"minutes\":15,\"resolution\":\"Cleared the badge from the feeder tray\",\"save_as_faq\":true}");
    assertEquals("resolved", done.get("status").asText());
    assertEquals(15, done.get("minutes").asInt());
    assertEquals("tech-team", done.get("assignee").asText());
    String draft = done.get("draft").asText();
    assertTrue(Files.isRegularFile(web.settings.content().resolve("drafts").resolve(draft)), draft);

    JsonNode shown = client.getJson("/api/team/tickets/" + number);
    StringBuilder kinds = new StringBuilder();
    shown.get("events").forEach(e -> kinds.append(e.get("kind").asText()).append(' '));
    assertEquals("created claimed replied resolved notified", kinds.toString().strip());

    // the teacher's view: status and what the team said, delivered through the web outbox
    JsonNode mine = null;
    for (int i = 0; i < 50; i++) {
      mine = client.getJson("/api/tickets/" + number + "?name=Ms%20Rivera");
      if (mine.get("messages").size() >= 3) break;
      Thread.sleep(100);
    }
    assertEquals("resolved", mine.get("status").asText());
    assertTrue(mine.get("messages").toString().contains("Coming by at noon"), mine.toString());
    assertError(403, client.get("/api/tickets/" + number + "?name=Somebody"), "only the tech team");

    // approve the draft: it moves into faq/ and is indexed
    JsonNode drafts = client.getJson("/api/team/drafts");
    assertTrue(drafts.toString().contains(draft), drafts.toString());
    JsonNode approved = client.ok("/api/team/drafts/" + draft + "/approve", "");
    assertEquals("faq/" + draft, approved.get("approved").asText());
    assertTrue(approved.get("ingest").asText().contains("indexed 1 files"), approved.toString());
    assertTrue(Files.isRegularFile(web.settings.content().resolve("faq").resolve(draft)));
    assertError(404, client.post("/api/team/drafts/" + draft + "/approve", ""), "no draft");
  }

  @Test
  void badInputIsA4xxWithAJsonError() throws Exception {
    assertError(400, client.post("/api/ask", "{\"name\": \"x\", \"question\": "), "not valid JSON");
    assertError(400, client.post("/api/ask", "[1,2]"), "JSON object");
    assertError(400, client.post("/api/ask", "{\"name\":\"x\"}"), "`question` is missing");
    assertError(400, client.post("/api/ask", "{\"question\":\"hi there\"}"), "`name` is missing");
    assertError(
        400, client.post("/api/ask", "{\"name\":\"<b>\",\"question\":\"hi\"}"), "`name` may have");
    assertError(
        400,
        client.post("/api/feedback", "{\"name\":\"x\",\"interaction\":\"abc\",\"solved\":true}"),
        "whole number");
    assertError(
        415,
        client.post("/api/ask", "name=x", "application/x-www-form-urlencoded", web.url),
        "application/json");
    assertError(
        413,
        client.post("/api/ask", "{\"name\":\"x\",\"question\":\"" + "a".repeat(70_000) + "\"}"),
        "larger than 64 KB");
    assertError(404, client.get("/api/team/tickets/T-999999"), "no ticket T-999999");
    assertError(404, client.get("/api/team/tickets/nonsense"), "no ticket");
    assertError(404, client.get("/api/tickets/T-999999?name=x"), "no ticket");
    assertError(404, client.post("/api/team/tickets/T-999999/claim", ""), "no ticket");
    assertError(
        400, client.post("/api/team/tickets/T-1001/resolve", "{\"minutes\":-5}"), "minutes");
    assertError(400, client.get("/api/team/tickets?status=nope"), "status must be");
    assertError(400, client.get("/api/team/search"), "`q` is missing");
    assertError(400, client.get("/api/team/summary?week=last"), "2026-W47");
  }

  @Test
  void aScriptInAQuestionStaysText() throws Exception {
    JsonNode a = ask("Mr T", "<script>alert(1)</script> my projector is blank");
    JsonNode t =
        client.ok(
            "/api/escalate",
            "{\"name\":\"Mr T\",\"interaction\":"
                + a.get("interaction")
                + ",\"details\":\"<img src=x onerror=alert(2)>\"}");
    JsonNode shown = client.getJson("/api/team/tickets/" + t.get("number").asText());
    // stored and returned as the literal text; the pages insert it with textContent only
    assertTrue(
        shown.get("question").asText().contains("<script>alert(1)</script>"), shown.toString());
    assertEquals("<img src=x onerror=alert(2)>", shown.get("details").asText());
  }

  @Test
  void stateChangesNeedTheTokenAndTheSameOrigin() throws Exception {
    String body = "{\"name\":\"x\",\"question\":\"how do i reset my password\"}";
    assertError(
        403,
        client.post("/api/ask", body, "application/json", "https://evil.example"),
        "cross-site");
    String token = client.csrf;
    client.csrf = null;
    assertError(403, client.post("/api/ask", body), "CSRF");
    client.csrf = token + "x";
    assertError(403, client.post("/api/ask", body), "CSRF");
    client.csrf = token;
    client.cookie = null;
    assertError(403, client.post("/api/ask", body), "no session");
  }

  @Test
  void metricsCountQuestionsDecisionsEscalationsAndTickets() throws Exception {
    String before = client.get("/metrics").body();
    JsonNode a = ask("Metric Teacher", "how do i connect my laptop to the panel");
    client.ok(
        "/api/escalate",
        "{\"name\":\"Metric Teacher\",\"interaction\":" + a.get("interaction") + "}");
    HttpResponse<String> r = client.get("/metrics");
    assertEquals(200, r.statusCode());
    assertTrue(
        r.headers()
            .firstValue("content-type")
            .orElseThrow()
            .startsWith("text/plain; version=0.0.4"));
    String m = r.body();
    assertEquals(
        value(before, "deskbot_questions_total") + 1, value(m, "deskbot_questions_total"), m);
    assertEquals(
        value(before, "deskbot_escalations_total") + 1, value(m, "deskbot_escalations_total"), m);
    assertTrue(
        m.contains("deskbot_decisions_total{decision=\"" + a.get("decision").asText() + "\"}"), m);
    assertTrue(value(m, "deskbot_tickets{status=\"open\"}") >= 1, m);
    assertTrue(m.contains("# TYPE deskbot_answer_latency_seconds histogram"), m);
    assertEquals(
        value(m, "deskbot_answer_latency_seconds_count"),
        value(m, "deskbot_answer_latency_seconds_bucket{le=\"+Inf\"}"));
  }

  @Test
  void theDashboardDataSearchIngestReportAndNoSummaryYet() throws Exception {
    JsonNode s =
        client.getJson(
            "/api/team/search?q="
                + java.net.URLEncoder.encode(
                    "print to the copier", java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(s.get("results").size() > 1, s.toString());
    JsonNode ingest = client.getJson("/api/team/ingest");
    assertTrue(ingest.get("available").asBoolean(), ingest.toString());
    assertTrue(
        ingest.get("report").get("summary").asText().startsWith("indexed"), ingest.toString());
    assertTrue(ingest.get("report").has("findings"), ingest.toString());
    JsonNode summary = client.getJson("/api/team/summary");
    assertFalse(summary.get("available").asBoolean());
    assertError(404, client.get("/api/team/charts/trend"), "not available");
    assertEquals("tech-team", client.getJson("/api/team/me").get("user").asText());
  }

  // ---- the chat page's screenshot upload: `image` in /api/ask ----

  private HttpResponse<String> askWithImage(String name, String question, String image)
      throws Exception {
    return client.post(
        "/api/ask",
        "{\"name\":"
            + q(name)
            + ",\"question\":"
            + q(question)
            + ",\"image\":"
            + q(image)
            + ",\"image_name\":\"shot.png\"}");
  }

  private static String dataUrl(byte[] png) {
    return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
  }

  private long questionsOf(String name) throws Exception {
    return web.conversation.service().interactionsSince(java.time.Instant.EPOCH).stream()
        .filter(i -> i.userId().equals("web:" + name.toLowerCase()))
        .count();
  }

  @Test
  void anUploadedScreenshotIsReadAndAnsweredWithItsText() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        org.deskbot.ocr.ErrorDialogs.tesseractInstalled(), "tesseract is not installed");
    HttpResponse<String> r =
        askWithImage("Mr Okafor", "", dataUrl(org.deskbot.ocr.ErrorDialogs.accountLocked()));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode a = WebClient.JSON.readTree(r.body());
    String text = a.get("image_text").asText().toLowerCase();
    assertTrue(text.contains("account has been locked"), a.toString());
    java.util.List<String> urls = new java.util.ArrayList<>();
    a.get("links").forEach(l -> urls.add(l.get("url").asText()));
    assertTrue(
        urls.contains("https://help.maplevalley.example/faq/account-locked-out"), a.toString());
    assertEquals(1, questionsOf("Mr Okafor"));
  }

  @Test
  void notAnImageIs400TooLargeIs413AndNothingIsStored() throws Exception {
    HttpResponse<String> r =
        askWithImage(
            "Ms Dube",
            "what is this",
            java.util.Base64.getEncoder().encodeToString("hello".getBytes()));
    assertEquals(400, r.statusCode(), r.body());
    assertEquals(
        "shot.png is not an image (PNG, JPEG, GIF, WebP, BMP or TIFF)",
        WebClient.JSON.readTree(r.body()).get("error").asText());

    byte[] big = new byte[10_000_001];
    System.arraycopy(org.deskbot.ocr.ErrorDialogs.noSignal(), 0, big, 0, 8);
    r = askWithImage("Ms Dube", "what is this", java.util.Base64.getEncoder().encodeToString(big));
    assertEquals(413, r.statusCode(), r.body());
    assertEquals(
        "shot.png is 10,000,001 bytes; images of at most 10,000,000 bytes are read",
        WebClient.JSON.readTree(r.body()).get("error").asText());

    byte[] huge = new byte[12_000_000];
    r = askWithImage("Ms Dube", "what is this", java.util.Base64.getEncoder().encodeToString(huge));
    assertEquals(413, r.statusCode(), r.body());
    assertFalse(r.body().contains("Exception"), r.body());
    assertEquals(0, questionsOf("Ms Dube"));
  }

  @Test
  void aLargeBodyWithoutAnImageIsStill413() throws Exception {
    HttpResponse<String> r =
        client.post(
            "/api/ask",
            "{\"name\":\"Ms Dube\",\"question\":\"x\",\"padding\":" + q("a".repeat(200_000)) + "}");
    assertEquals(413, r.statusCode(), r.body());
  }

  private static long value(String metrics, String name) {
    for (String line : metrics.split("\n")) {
      if (line.startsWith(name + " ")) {
        return (long) Double.parseDouble(line.substring(name.length() + 1).strip());
      }
    }
    return 0;
  }
}
