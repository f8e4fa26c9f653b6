package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deskbot.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bound to a non-loopback address: the dashboard and the team API need sign-in; serve refuses
 * without credentials.
 */
class WebAuthIT {
  static final String PASSWORD = "maple-valley-2026";
  @TempDir static Path home;
  @TempDir static Path bare;
  static WebFixture web;

  @BeforeAll
  static void serve() throws Exception {
    String hash = Passwords.hash(PASSWORD.toCharArray());
    web =
        WebFixture.start(
            home, "0.0.0.0", Map.of("DESKBOT_WEB_USERS", "luis:" + hash + ",priya:" + hash), null);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  @Test
  void serveRefusesAPublicAddressWithoutCredentials() throws Exception {
    WebFixture.copy(WebFixture.demoHome(), bare);
    java.nio.file.Files.writeString(bare.resolve("deskbot.yml"), "search:\n  semantic: off\n");
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit =
          Assertions.assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () ->
                  Main.run("serve", "--home", bare.toString(), "--host", "0.0.0.0", "--port", "0"));
    } finally {
      System.setErr(oldErr);
    }
    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(2, exit, message);
    assertTrue(message.contains("serve is bound to 0.0.0.0, which is not loopback"), message);
    assertFalse(message.contains("\tat "), "no stack trace: " + message);
  }

  @Test
  void withoutASessionTheDashboardAndTeamApiAre401() throws Exception {
    WebClient c = new WebClient(web.url);
    assertEquals(200, c.page("/").statusCode(), "the chat page needs no sign-in");
    HttpResponse<String> team = c.page("/team");
    assertEquals(401, team.statusCode());
    assertTrue(team.body().contains("id=\"sign-in\""), "the sign-in form");
    for (String path :
        List.of(
            "/api/team/me",
            "/api/team/tickets",
            "/api/team/tickets/T-1001",
            "/api/team/drafts",
            "/api/team/summary",
            "/api/team/charts/trend",
            "/api/team/ingest",
            "/api/team/search?q=wifi")) {
      HttpResponse<String> r = c.get(path);
      assertEquals(401, r.statusCode(), path + " " + r.body());
      assertTrue(r.body().contains("sign in"), r.body());
    }
    for (String path :
        List.of(
            "/api/team/tickets/T-1001/claim",
            "/api/team/tickets/T-1001/reply",
            "/api/team/tickets/T-1001/resolve",
            "/api/team/tickets/T-1001/reopen",
            "/api/team/drafts/x.md/approve")) {
      assertEquals(401, c.post(path, "{}").statusCode(), path);
    }
  }

  @Test
  void signingInInABrowserWithTheKeyboard() throws Exception {
    org.openqa.selenium.chrome.ChromeDriver browser = org.deskbot.testing.Chrome.start();
    try {
      var wait =
          new org.openqa.selenium.support.ui.WebDriverWait(
              browser, Duration.ofSeconds(15), Duration.ofMillis(50));
      browser.get(web.url + "/team");
      var user = browser.findElement(org.openqa.selenium.By.id("user"));
      List<Axe.Violation> bad =
          Axe.run(browser).stream().filter(Axe.Violation::seriousOrCritical).toList();
      assertTrue(bad.isEmpty(), "the sign-in page: " + bad);
      user.sendKeys("luis");
      user.sendKeys(org.openqa.selenium.Keys.TAB);
      browser.switchTo().activeElement().sendKeys("wrong password", org.openqa.selenium.Keys.ENTER);
      wait.until(
          d ->
              d.findElement(org.openqa.selenium.By.id("status"))
                  .getText()
                  .contains("wrong name or password"));
      browser
          .findElement(org.openqa.selenium.By.id("password"))
          .sendKeys(PASSWORD, org.openqa.selenium.Keys.ENTER);
      wait.until(
          d -> d.findElement(org.openqa.selenium.By.id("who")).getText().equals("Working as luis"));
      assertTrue(browser.findElement(org.openqa.selenium.By.id("sign-out")).isDisplayed());
      org.deskbot.testing.Chrome.screenshot(browser, "web-signed-in");
      List<Axe.Violation> badTeam =
          Axe.run(browser).stream().filter(Axe.Violation::seriousOrCritical).toList();
      assertTrue(badTeam.isEmpty(), "/team signed in: " + badTeam);
    } finally {
      browser.quit();
    }
  }

  @Test
  void repeatedWrongPasswordsLockTheNameForAWhile() throws Exception {
    WebClient c = new WebClient(web.url);
    c.page("/team");
    for (int i = 0; i < SignInFailures.LIMIT; i++) {
      assertEquals(
          401,
          c.post("/api/sign-in", "{\"user\":\"priya\",\"password\":\"guess-" + i + "\"}")
              .statusCode());
    }
    HttpResponse<String> locked =
        c.post("/api/sign-in", "{\"user\":\"priya\",\"password\":" + WebClient.q(PASSWORD) + "}");
    assertEquals(429, locked.statusCode(), "even the right password waits: " + locked.body());
    assertTrue(locked.body().contains("too many failed sign-ins"), locked.body());
  }

  @Test
  void aSessionFromOneInstanceIsGoodOnAnotherAndAfterARestart() throws Exception {
    WebClient c = new WebClient(web.url);
    c.page("/team");
    var in =
        c.ok("/api/sign-in", "{\"user\":\"priya\",\"password\":" + WebClient.q(PASSWORD) + "}");
    c.csrf = in.get("csrf").asText();
    String hash = Passwords.hash(PASSWORD.toCharArray());
    try (WebFixture other =
        web.another(Map.of("DESKBOT_WEB_USERS", "luis:" + hash + ",priya:" + hash))) {
      WebClient same = new WebClient(other.url);
      same.cookie = c.cookie;
      same.csrf = c.csrf;
      assertEquals(200, same.page("/team").statusCode());
      assertEquals("priya", same.getJson("/api/team/me").get("user").asText());
      assertEquals(200, same.post("/api/sign-out", "{}").statusCode(), "its CSRF token too");
    }
    // signed out on the other instance: signed out here as well
    assertEquals(401, c.get("/api/team/me").statusCode());
  }

  @Test
  void signInOpensTheDashboardAndCrossSitePostsAreRefused() throws Exception {
    WebClient c = new WebClient(web.url);
    c.page("/team");
    String visitor = c.cookie;
    assertEquals(
        401, c.post("/api/sign-in", "{\"user\":\"luis\",\"password\":\"wrong\"}").statusCode());
    assertEquals(
        401,
        c.post("/api/sign-in", "{\"user\":\"nobody\",\"password\":" + WebClient.q(PASSWORD) + "}")
            .statusCode());
    assertEquals(
        403,
        c.post(
                "/api/sign-in",
                "{\"user\":\"luis\",\"password\":" + WebClient.q(PASSWORD) + "}",
                "application/json",
                "https://evil.example")
            .statusCode(),
        "a cross-site sign-in is refused");
    var in = c.ok("/api/sign-in", "{\"user\":\"luis\",\"password\":" + WebClient.q(PASSWORD) + "}");
    assertEquals("luis", in.get("user").asText());
    assertNotEquals(visitor, c.cookie, "a new session id at sign-in");
    c.csrf = in.get("csrf").asText();
    assertEquals(200, c.page("/team").statusCode());
    assertEquals("luis", c.getJson("/api/team/me").get("user").asText());

    // a ticket to work on
    WebClient teacher = new WebClient(web.url);
    teacher.page("/");
    var asked =
        teacher.ok(
            "/api/ask",
            "{\"name\":\"Ms Lee\",\"question\":\"the document camera image is upside down\"}");
    String number =
        teacher
            .ok(
                "/api/escalate",
                "{\"name\":\"Ms Lee\",\"interaction\":" + asked.get("interaction") + "}")
            .get("number")
            .asText();

    String claim = "/api/team/tickets/" + number + "/claim";
    assertEquals(
        403,
        c.post(claim, "{}", "application/json", "https://evil.example").statusCode(),
        "cross-site Origin");
    String token = c.csrf;
    c.csrf = null;
    assertEquals(403, c.post(claim, "{}").statusCode(), "no CSRF token");
    c.csrf = teacher.csrf;
    assertEquals(403, c.post(claim, "{}").statusCode(), "another session's token");
    c.csrf = token;
    assertEquals("claimed", c.ok(claim, "{}").get("status").asText());
    assertEquals("luis", c.getJson("/api/team/tickets/" + number).get("assignee").asText());
    assertEquals(
        401, teacher.post(claim, "{}").statusCode(), "the teacher's session is not a team sign-in");

    c.csrf = c.ok("/api/sign-out", "{}").get("csrf").asText();
    assertEquals(401, c.get("/api/team/tickets").statusCode());
  }
}
