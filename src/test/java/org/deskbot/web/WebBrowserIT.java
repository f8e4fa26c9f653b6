package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.deskbot.chat.ConversationService;
import org.deskbot.report.Digest;
import org.deskbot.report.Summaries;
import org.deskbot.testing.Chrome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium, keyboard only: a teacher asks, gets an answer with links and escalates; a
 * specialist claims, replies and resolves on the dashboard's queue, approves the FAQ draft on its
 * Content page and sees the week's figures change; axe-core finds no serious or critical violation
 * on any page. Screenshots are kept under target/screenshots.
 */
class WebBrowserIT {
  @TempDir static Path home;
  static WebFixture web;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    LiveSummaries summaries = new LiveSummaries();
    web = WebFixture.start(home, "127.0.0.1", Map.of(), summaries);
    summaries.service = web.conversation.service();
    browser = Chrome.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(25));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    web.close();
  }

  private static void assertAccessible(String page) throws Exception {
    Axe.assertClean(browser, page);
  }

  private static void press(WebElement e) {
    e.sendKeys(Keys.ENTER);
  }

  @Test
  void teacherAsksAndEscalatesSpecialistResolvesAndTheDashboardFiguresChange() throws Exception {
    browser.get(web.url + "/");
    assertAccessible("/ (empty)");
    Chrome.screenshot(browser, "web-1-chat-empty");

    // keyboard only: the skip link leads to the question; the name field is labelled
    WebElement name = browser.findElement(By.cssSelector("label[for=name] + input"));
    name.sendKeys("Ms Rivera");
    WebElement question = browser.findElement(By.id("question"));
    name.sendKeys(Keys.TAB);
    assertEquals(
        question, browser.switchTo().activeElement(), "Tab goes from the name to the question");
    question.sendKeys(Keys.TAB);
    WebElement screenshot = browser.findElement(By.cssSelector("label[for=screenshot] + input"));
    assertEquals(screenshot, browser.switchTo().activeElement(), "then to the screenshot");
    // keys sent to a file input are a file's path: press Tab on the keyboard instead
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
    assertEquals(
        browser.findElement(By.id("ask-button")),
        browser.switchTo().activeElement(),
        "then to Ask");
    question.sendKeys("my smartboard shows nothing when i plug in my laptop");
    long t0 = System.nanoTime();
    press(browser.findElement(By.id("ask-button")));
    WebElement answer =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.answer")));
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("browser: question to answer on screen in " + millis + " ms");
    assertTrue(millis < 3000, "answered in " + millis + " ms");
    List<WebElement> links = answer.findElements(By.cssSelector("ol.links a"));
    assertFalse(links.isEmpty(), answer.getText());
    assertTrue(
        links.get(0).getAttribute("href").startsWith("https://"),
        links.get(0).getAttribute("href"));
    assertFalse(answer.findElements(By.cssSelector(".passage")).isEmpty(), "passages shown");
    wait.until(
        d ->
            d.findElement(By.id("status"))
                .getText()
                .contains("links below")); // the live region announces the answer
    Chrome.screenshot(browser, "web-2-answer");

    // a script in a question shows literally
    question.sendKeys(
        "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> projector is blank");
    press(browser.findElement(By.id("ask-button")));
    wait.until(d -> d.findElements(By.cssSelector("article.answer")).size() == 2);
    WebElement newest = browser.findElements(By.cssSelector("article.answer")).get(0);
    assertTrue(
        newest.findElement(By.tagName("q")).getText().contains("<script>window.pwned=1</script>"),
        newest.getText());
    assertEquals(Boolean.FALSE, browser.executeScript("return 'pwned' in window"));
    assertTrue(newest.findElements(By.cssSelector("script, img")).isEmpty());

    // "I still need help" → the form → a ticket with its number and status
    WebElement first = browser.findElements(By.cssSelector("article.answer")).get(1);
    press(first.findElement(By.xpath(".//button[normalize-space()='I still need help']")));
    WebElement school =
        wait.until(d -> first.findElement(By.cssSelector("form.escalate input[name=school]")));
    assertEquals(school, browser.switchTo().activeElement(), "focus moves into the form");
    school.sendKeys("Summit Elementary");
    new Select(first.findElement(By.cssSelector("select[name=urgency]"))).selectByValue("high");
    first
        .findElement(By.cssSelector("textarea[name=details]"))
        .sendKeys("Room 12, the panel by the door");
    assertAccessible("/ (escalation form)");
    Chrome.screenshot(browser, "web-3-escalation-form");
    press(first.findElement(By.cssSelector("form.escalate button[type=submit]")));
    WebElement ticket =
        wait.until(d -> first.findElement(By.cssSelector(".ticket .ticket-number")));
    String number = ticket.getText();
    assertTrue(number.matches("T-\\d+"), number);
    assertEquals("open", first.findElement(By.cssSelector(".ticket-status")).getText());
    assertAccessible("/ (ticket)");
    Chrome.screenshot(browser, "web-4-ticket-open");
    String chat = browser.getWindowHandle();

    // the specialist's dashboard, in another tab
    browser.switchTo().newWindow(WindowType.TAB);
    browser.get(web.url + "/team");
    WebElement row =
        wait.until(d -> d.findElement(By.cssSelector("#queue tr[data-ticket='" + number + "']")));
    assertEquals("1", count("open"));
    assertEquals("0", count("resolved"));
    assertAccessible("/team");
    Chrome.screenshot(browser, "web-5-dashboard");

    press(row.findElement(By.tagName("button")));
    WebElement claim = wait.until(d -> d.findElement(By.id("claim")));
    press(claim);
    wait.until(d -> d.findElement(By.id("ticket-title")).getText().contains("claimed"));
    Chrome.screenshot(browser, "web-6-ticket-claimed");
    WebElement reply = wait.until(d -> d.findElement(By.cssSelector("#reply-form textarea")));
    reply.sendKeys("Coming by at noon to check the cable");
    press(browser.findElement(By.cssSelector("#reply-form button")));
    wait.until(
        d -> d.findElement(By.cssSelector("#ticket .timeline")).getText().contains("replied"));
    browser.findElement(By.cssSelector("#resolve-form input[name=minutes]")).sendKeys("20");
    browser
        .findElement(By.cssSelector("#resolve-form textarea"))
        .sendKeys("The HDMI cable was loose at the wall plate; reseated it and chose HDMI 1.");
    browser.findElement(By.cssSelector("#resolve-form input[type=checkbox]")).sendKeys(Keys.SPACE);
    assertAccessible("/team (ticket)");
    Chrome.screenshot(browser, "web-7-resolve-form");
    press(browser.findElement(By.cssSelector("#resolve-form button")));
    wait.until(d -> d.findElement(By.id("ticket-title")).getText().contains("resolved"));
    wait.until(d -> "1".equals(count("resolved")));
    assertEquals("0", count("open"));
    wait.until(d -> d.findElement(By.id("status")).getText().contains("FAQ draft"));
    Chrome.screenshot(browser, "web-8-resolved");

    // the draft waits on the Content page
    press(page("Content"));
    WebElement draft = wait.until(d -> d.findElement(By.cssSelector("#drafts li h3")));
    assertTrue(draft.getText().endsWith(".md"), draft.getText());
    wait.until(d -> !d.findElements(By.cssSelector("#ingest p")).isEmpty());
    assertAccessible("/team/content");
    press(browser.findElement(By.cssSelector("#drafts li button")));
    wait.until(d -> d.findElement(By.id("drafts")).getText().contains("No drafts waiting"));
    wait.until(d -> d.findElement(By.id("status")).getText().contains("Approved"));

    // this week's figures count the escalation; the charts have text alternatives
    press(page("This week"));
    wait.until(d -> !d.findElements(By.cssSelector("#summary table, #summary dl")).isEmpty());
    assertEquals("1", figure("escalations"));
    assertFalse(
        browser.findElement(By.cssSelector("#summary img")).getAttribute("alt").isBlank(),
        "charts have text alternatives");
    assertTrue(
        browser.findElement(By.id("summary")).getText().contains("Content gaps"),
        browser.findElement(By.id("summary")).getText());
    assertAccessible("/team/week");
    Chrome.screenshot(browser, "web-9-week");

    // search box over the content finds the approved FAQ
    press(page("Search"));
    WebElement search = wait.until(d -> d.findElement(By.id("search")));
    search.sendKeys("HDMI cable loose at the wall plate reseated");
    search.sendKeys(Keys.ENTER);
    wait.until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
    assertTrue(
        browser.findElement(By.id("search-results")).getText().contains("smartboard"),
        browser.findElement(By.id("search-results")).getText());

    // the teacher's page shows the new status and what the team said
    browser.switchTo().window(chat);
    press(first.findElement(By.xpath(".//button[normalize-space()='Check the status']")));
    wait.until(
        d -> first.findElement(By.cssSelector(".ticket-status")).getText().equals("resolved"));
    assertTrue(
        first.findElement(By.cssSelector(".ticket")).getText().contains("Coming by at noon"),
        first.getText());
    Chrome.screenshot(browser, "web-10-teacher-sees-resolved");
  }

  @Test
  void aTeacherUploadsAScreenshotAndSeesItsWordsAndTheAnswer() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        org.deskbot.ocr.ErrorDialogs.tesseractInstalled(), "tesseract is not installed");
    Path png = home.resolve("locked.png");
    java.nio.file.Files.write(png, org.deskbot.ocr.ErrorDialogs.accountLocked());
    browser.get(web.url + "/");
    browser.findElement(By.id("name")).sendKeys("Mr Okafor");
    browser.findElement(By.id("screenshot")).sendKeys(png.toAbsolutePath().toString());
    press(browser.findElement(By.id("ask-button")));
    WebElement answer =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.answer")));
    assertTrue(
        answer.findElement(By.cssSelector(".image-text")).getText().contains("locked"),
        answer.getText());
    assertTrue(
        answer.findElements(By.cssSelector("ol.links a")).stream()
            .anyMatch(a -> a.getAttribute("href").endsWith("/faq/account-locked-out")),
        answer.getText());
    assertEquals("", browser.findElement(By.id("screenshot")).getAttribute("value"));
    assertAccessible("/ (screenshot answered)");
    Chrome.screenshot(browser, "web-10-screenshot-answered");
  }

  @Test
  void axeReallyChecks() throws Exception {
    browser.get(
        "data:text/html,<html lang=en><title>x</title><main><input id=q><p style='color:%23ccc'>faint</p></main></html>");
    List<Axe.Violation> found = Axe.run(browser);
    assertTrue(
        found.stream().anyMatch(v -> v.rule().equals("label") && v.seriousOrCritical()),
        found.toString());
    assertTrue(found.stream().anyMatch(v -> v.rule().equals("color-contrast")), found.toString());
  }

  /** The dashboard's link to a page, in its navigation. */
  private static WebElement page(String name) {
    return browser.findElement(By.xpath("//header//nav//a[normalize-space()='" + name + "']"));
  }

  private static String count(String status) {
    return browser
        .findElement(By.cssSelector("#queue-counts [data-status=" + status + "] dd"))
        .getText();
  }

  private static String figure(String name) {
    for (WebElement dt : browser.findElements(By.cssSelector("#summary dl.facts > dt"))) {
      if (dt.getText().equals(name)) {
        return dt.findElement(By.xpath("following-sibling::dd[1]")).getText();
      }
    }
    return "";
  }

  /** A stand-in for the weekly summaries: figures read live from the conversation, a tiny chart. */
  static final class LiveSummaries implements Summaries {
    ConversationService service;

    @Override
    public JsonNode figures(String week) throws Exception {
      ObjectNode o = WebClient.JSON.createObjectNode();
      o.put("week", week == null ? "2026-W47" : week);
      o.put("questions", service.interactionsSince(Instant.EPOCH).size());
      o.put("escalations", service.tickets(null, null).size());
      var trend = o.putArray("trend");
      trend.addObject().put("week", "2026-W46").put("questions", 40).put("escalations", 6);
      trend.addObject().put("week", "2026-W47").put("questions", 42).put("escalations", 7);
      var gaps = o.putArray("content_gaps");
      gaps.addObject()
          .put("size", 3)
          .put("examples", "document camera upside down; doc cam flipped");
      return o;
    }

    @Override
    public byte[] chart(String week, String name) throws Exception {
      BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    }

    @Override
    public String html(String week) {
      return "<p>week</p>";
    }

    @Override
    public Digest digest(String week) {
      return new Digest(week, "", new byte[0], "", "");
    }
  }
}
