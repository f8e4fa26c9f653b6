package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deskbot.escalate.TicketStatus;
import org.deskbot.report.DemoHistory;
import org.deskbot.report.Week;
import org.deskbot.testing.Chrome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as pages, signed in, in headless Chromium, over the demo's 12 weeks of history (164
 * tickets, nearly all resolved): the queue opens on open and claimed tickets, open first; *mine* is
 * one click away; resolved tickets come on request, 50 a page with next and previous; Back works;
 * every page is axe-clean and reached from the keyboard. Screenshots under target/screenshots.
 */
class TeamPagesIT {
  static final String PASSWORD = "maple-valley-2026";
  @TempDir static Path home;
  static WebFixture web;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static Map<TicketStatus, Integer> counts;

  @BeforeAll
  static void start() throws Exception {
    String hash = Passwords.hash(PASSWORD.toCharArray());
    WebBrowserIT.LiveSummaries summaries = new WebBrowserIT.LiveSummaries();
    web = WebFixture.start(home, "0.0.0.0", Map.of("DESKBOT_WEB_USERS", "luis:" + hash), summaries);
    summaries.service = web.conversation.service();
    Instant now = Instant.now();
    DemoHistory.write(
        web.conversation.stores().interactions(),
        web.conversation.stores().tickets(),
        Week.lastComplete(now, ZoneOffset.UTC),
        ZoneOffset.UTC,
        now);
    counts = web.conversation.service().ticketCounts(null);
    assertTrue(counts.get(TicketStatus.RESOLVED) > 100, "a demo-like queue: " + counts);
    assertTrue(counts.get(TicketStatus.OPEN) > 0, "with open tickets: " + counts);

    browser = Chrome.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(25));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    browser.get(web.url + "/team");
    WebElement user = browser.findElement(By.id("user"));
    user.sendKeys("luis", Keys.TAB);
    browser.switchTo().activeElement().sendKeys(PASSWORD, Keys.ENTER);
    wait.until(d -> d.findElement(By.id("who")).getText().equals("Working as luis"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
    }
  }

  @Test
  void theQueueOpensOnOpenAndClaimedMineIsOneClickAwayResolvedComeFiftyAPage() throws Exception {
    int open = counts.get(TicketStatus.OPEN);
    int claimed = counts.get(TicketStatus.CLAIMED);
    int resolved = counts.get(TicketStatus.RESOLVED);

    queue("/team");
    assertEquals("1–" + (open + claimed) + " of " + (open + claimed), range());
    List<String> states = column(2);
    assertEquals(open + claimed, states.size(), states.toString());
    assertTrue(states.stream().allMatch(s -> s.equals("open") || s.equals("claimed")), "" + states);
    assertOpenFirst(states);
    assertEquals("Open and claimed", current("#queue-views"));
    assertEquals("Queue", current("header nav"));
    assertAccessible("/team");
    Chrome.screenshot(browser, "team-1-queue");

    // claim the newest open ticket: it is then the one ticket under Mine
    WebElement first = browser.findElement(By.cssSelector("#queue tbody tr"));
    String number = first.getAttribute("data-ticket");
    first.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
    wait.until(d -> d.findElement(By.id("claim"))).sendKeys(Keys.ENTER);
    wait.until(d -> d.findElement(By.id("ticket-title")).getText().contains("claimed (luis)"));
    assertAccessible("/team (a ticket open)");

    follow(browser.findElement(By.cssSelector("#queue-views a[data-view=mine]")));
    wait.until(d -> d.getCurrentUrl().endsWith("/team?mine=true"));
    waitForRange("1–1 of 1");
    assertEquals(List.of(number), tickets());
    assertEquals(List.of("luis"), column(7));
    assertEquals("Tickets I claimed", browser.findElement(By.id("queue-title")).getText());
    assertEquals("Mine", current("#queue-views"));
    assertFocused("queue-title", "after a view's link, the keyboard starts at the list");
    assertAccessible("/team?mine=true");
    Chrome.screenshot(browser, "team-2-mine");

    browser.navigate().back();
    wait.until(d -> d.getCurrentUrl().endsWith("/team"));
    waitForRange("1–" + (open + claimed) + " of " + (open + claimed));
    assertOpenFirst(column(2));

    // resolved tickets on request, 50 a page
    follow(browser.findElement(By.cssSelector("#queue-views a[data-view=resolved]")));
    waitForRange("1–50 of " + resolved);
    assertEquals(50, column(2).size());
    assertTrue(column(2).stream().allMatch("resolved"::equals), column(2).toString());
    assertTrue(
        browser.findElements(By.cssSelector("#queue-pages a[rel=prev]")).isEmpty(),
        "no previous page before the first");
    List<String> firstPage = tickets();
    assertAccessible("/team?status=resolved");
    Chrome.screenshot(browser, "team-3-resolved");
    follow(browser.findElement(By.cssSelector("#queue-pages a[rel=next]")));
    waitForRange("51–" + Math.min(100, resolved) + " of " + resolved);
    assertTrue(browser.getCurrentUrl().endsWith("/team?status=resolved&page=2"));
    assertFalse(tickets().contains(firstPage.get(0)), "page 2 holds other tickets");
    follow(browser.findElement(By.cssSelector("#queue-pages a[rel=prev]")));
    waitForRange("1–50 of " + resolved);
    assertEquals(firstPage, tickets());
    browser.navigate().back();
    waitForRange("51–" + Math.min(100, resolved) + " of " + resolved);

    int last = (resolved + 49) / 50;
    queue("/team?status=resolved&page=" + last);
    waitForRange((last - 1) * 50 + 1 + "–" + resolved + " of " + resolved);
    assertTrue(
        browser.findElements(By.cssSelector("#queue-pages a[rel=next]")).isEmpty(),
        "no next page after the last");

    // every ticket: the open and claimed ones come first
    queue("/team?status=all");
    List<String> all = column(2);
    assertEquals(50, all.size());
    assertOpenFirst(all);
    assertEquals("open", all.get(0));
    assertEquals("resolved", all.get(all.size() - 1));

    // a bad address is told, not shown as an empty queue
    browser.get(web.url + "/team?page=0");
    wait.until(d -> d.findElement(By.id("status")).getText().contains("page must be"));
  }

  @Test
  void everyPageIsReachedByKeyboardFromTheNavigationAndIsAxeClean() throws Exception {
    queue("/team");
    new Actions(browser).sendKeys(Keys.TAB).perform();
    assertEquals(
        "Skip to the page's content",
        browser.switchTo().activeElement().getText(),
        "the skip link comes first");
    tabTo("This week").sendKeys(Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().endsWith("/team/week"));
    wait.until(d -> !d.findElements(By.cssSelector("#summary table, #summary dl")).isEmpty());
    assertEquals("This week", current("header nav"));
    for (WebElement img : browser.findElements(By.cssSelector("#summary img"))) {
      assertFalse(img.getAttribute("alt").isBlank(), "charts have text alternatives");
    }
    assertAccessible("/team/week");
    Chrome.screenshot(browser, "team-4-week");

    tabTo("Content").sendKeys(Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().endsWith("/team/content"));
    wait.until(d -> !d.findElements(By.cssSelector("#drafts p, #drafts li")).isEmpty());
    wait.until(d -> !d.findElements(By.cssSelector("#ingest p")).isEmpty());
    assertAccessible("/team/content");
    Chrome.screenshot(browser, "team-5-content");

    tabTo("Search").sendKeys(Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().endsWith("/team/search"));
    assertAccessible("/team/search");
    WebElement search = browser.findElement(By.id("search"));
    search.sendKeys("projector shows no signal", Keys.ENTER);
    wait.until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
    assertTrue(browser.getCurrentUrl().contains("/team/search?q=projector"));
    assertFocused("results-title", "the results' heading takes the focus");
    assertTrue(
        browser
            .findElement(By.cssSelector("#search-results details summary"))
            .getText()
            .startsWith("Why "),
        "the search shows why deskbot decided");
    assertAccessible("/team/search?q=");
    Chrome.screenshot(browser, "team-6-search");

    browser.navigate().back();
    wait.until(d -> d.getCurrentUrl().endsWith("/team/search"));
    browser.navigate().back();
    wait.until(d -> d.getCurrentUrl().endsWith("/team/content"));
    tabTo("Queue").sendKeys(Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().endsWith("/team"));
    wait.until(d -> !d.findElement(By.id("queue-range")).getText().isEmpty());
  }

  @Test
  void aProposalFromTheLogIsShownAndAppliedOnlyByTheButton() throws Exception {
    double[] weights = new double[org.deskbot.answer.Features.NONE.vector().length + 1];
    weights[weights.length - 1] = 1;
    new org.deskbot.answer.DecisionProposal(
            "lexical",
            new org.deskbot.answer.DecisionModel(weights, 0.6, 0.3),
            52,
            WebClient.JSON.readTree("{\"escalate_f1\": 0.5, \"answered_correctly\": 0.9}"),
            WebClient.JSON.readTree("{\"escalate_f1\": 0.7, \"answered_correctly\": 0.92}"),
            Instant.parse("2026-12-01T15:00:00Z"))
        .write(web.settings.modelsDir());
    browser.get(web.url + "/team/content");
    WebElement apply = wait.until(d -> d.findElement(By.id("decision-apply")));
    String card = browser.findElement(By.id("decision")).getText();
    assertTrue(card.contains("52 events"), card);
    assertTrue(card.contains("0.7"), card);
    assertFalse(
        java.nio.file.Files.exists(web.settings.modelsDir().resolve("decision.json")),
        "shown, not applied");
    assertAccessible("/team/content (a proposal waiting)");
    apply.sendKeys(Keys.ENTER);
    wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Applied"));
    wait.until(
        d -> d.findElement(By.id("decision")).getText().startsWith("No proposal is waiting"));
    assertTrue(java.nio.file.Files.exists(web.settings.modelsDir().resolve("decision.json")));
  }

  @Test
  void theQueueApiPagesFiltersAndRefusesBadValues() throws Exception {
    WebClient c = new WebClient(web.url);
    c.page("/team");
    c.csrf =
        c.ok("/api/sign-in", "{\"user\":\"luis\",\"password\":" + WebClient.q(PASSWORD) + "}")
            .get("csrf")
            .asText();
    int resolved = counts.get(TicketStatus.RESOLVED);
    JsonNode last = c.getJson("/api/team/tickets?status=resolved&page=2&limit=100");
    assertEquals(resolved, last.get("total").asInt());
    assertEquals(resolved - 100, last.get("tickets").size());
    assertEquals(2, last.get("page").asInt());
    assertEquals(100, last.get("limit").asInt());
    JsonNode active = c.getJson("/api/team/tickets?status=open,claimed");
    assertEquals("[\"open\",\"claimed\"]", active.get("status").toString());
    JsonNode all = c.getJson("/api/team/tickets");
    assertEquals(50, all.get("tickets").size(), "50 a page unless asked");
    assertEquals(
        counts.values().stream().mapToInt(Integer::intValue).sum(), all.get("total").asInt());
    assertEquals("open", all.get("tickets").get(0).get("status").asText());

    for (String bad :
        List.of(
            "status=nope",
            "status=open,",
            "page=0",
            "page=two",
            "page=-1",
            "limit=0",
            "limit=201",
            "limit=99999999999",
            "mine=maybe")) {
      var r = c.get("/api/team/tickets?" + bad);
      assertEquals(400, r.statusCode(), bad);
      String error = WebClient.JSON.readTree(r.body()).get("error").asText();
      assertTrue(error.contains(bad.substring(0, bad.indexOf('=')) + " must be"), error);
    }
    assertEquals(404, c.get("/team/nowhere").statusCode());
  }

  // ---- helpers

  private static void queue(String path) {
    browser.get(web.url + path);
    wait.until(d -> !d.findElement(By.id("queue-range")).getText().isEmpty());
  }

  private static String range() {
    return browser.findElement(By.id("queue-range")).getText();
  }

  private static void waitForRange(String expected) {
    wait.until(d -> expected.equals(range()));
  }

  /** A link followed from the keyboard. */
  private static void follow(WebElement link) {
    link.sendKeys(Keys.ENTER);
  }

  /** Tabs forward (at most 20 times) until the link named {@code text} has the focus. */
  private static WebElement tabTo(String text) {
    for (int i = 0; i < 20; i++) {
      WebElement at = browser.switchTo().activeElement();
      if (at.getTagName().equals("a") && at.getText().equals(text)) {
        return at;
      }
      new Actions(browser).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("the keyboard does not reach the link " + text);
  }

  /** The text of the current link (aria-current) inside {@code nav}. */
  private static String current(String nav) {
    return browser.findElement(By.cssSelector(nav + " a[aria-current=page]")).getText();
  }

  private static List<String> tickets() {
    List<String> out = new ArrayList<>();
    browser
        .findElements(By.cssSelector("#queue tbody tr[data-ticket]"))
        .forEach(r -> out.add(r.getAttribute("data-ticket")));
    return out;
  }

  /** The queue's column {@code n} (1 = the ticket), row by row. */
  private static List<String> column(int n) {
    List<String> out = new ArrayList<>();
    browser
        .findElements(By.cssSelector("#queue tbody tr[data-ticket] > :nth-child(" + n + ")"))
        .forEach(c -> out.add(c.getText()));
    return out;
  }

  private static void assertFocused(String id, String why) {
    assertEquals(browser.findElement(By.id(id)), browser.switchTo().activeElement(), why);
  }

  private static void assertOpenFirst(List<String> states) {
    List<String> sorted =
        states.stream().sorted(java.util.Comparator.comparing(s -> TicketStatus.parse(s))).toList();
    assertEquals(sorted, states, "open first, then claimed, resolved, closed");
  }

  private static void assertAccessible(String page) throws Exception {
    Axe.assertClean(browser, page);
  }
}
