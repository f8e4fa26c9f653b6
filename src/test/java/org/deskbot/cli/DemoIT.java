package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.deskbot.eval.Links;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo district end to end, through the real command line, as a new user tries it. */
class DemoIT {
  @TempDir static Path home;

  @BeforeAll
  static void demo() {
    CliRun run = CliRun.of("demo", "--no-serve", "--home", home.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("errors 0"), run.out());
    assertTrue(run.out().contains("./deskbot ask"), "says what to try next: " + run.out());
  }

  private JsonNode ask(String question) throws Exception {
    CliRun run = CliRun.of("ask", "--home", home.toString(), "--json", question);
    assertEquals(0, run.exit(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void theDemoReportShowsTheCapacityPicture() throws Exception {
    CliRun run = CliRun.of("report", "--home", home.toString(), "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode r = new ObjectMapper().readTree(run.out());
    JsonNode capacity = r.get("capacity");
    assertEquals(12, capacity.size());
    for (JsonNode week : capacity) {
      assertTrue(week.get("async_uses").asLong() > 0, week.toString());
    }
    assertTrue(r.get("engagement").get("video_views").asLong() > 0, r.get("engagement").toString());
    assertTrue(
        r.get("capacity_together").get("text").asText().startsWith("Over the 12 weeks"),
        r.get("capacity_together").toString());
  }

  @Test
  void theTeamsQueueHasWorkOnFirstLook() throws Exception {
    CliRun open =
        CliRun.of("tickets", "list", "--home", home.toString(), "--status", "open", "--json");
    assertEquals(0, open.exit(), open.err());
    assertEquals(2, new ObjectMapper().readTree(open.out()).size(), open.out());
    CliRun claimed =
        CliRun.of("tickets", "list", "--home", home.toString(), "--status", "claimed", "--json");
    assertEquals(1, new ObjectMapper().readTree(claimed.out()).size(), claimed.out());
  }

  @Test
  void smartboardQuestionGetsTheDisplayHelp() throws Exception {
    JsonNode a = ask("my smartboard shows nothing when i plug in my laptop");
    assertNotEquals("escalate", a.get("decision").asText());
    boolean found = false;
    for (JsonNode r : a.get("results")) {
      found |=
          r.get("url")
              .asText()
              .equals("https://help.maplevalley.example/faq/connect-laptop-to-panel");
    }
    assertTrue(found, a.toString());
    // every link offered is display help (the panel FAQs and video), none about something else
    for (JsonNode r : a.get("results")) {
      String url = r.get("url").asText();
      assertTrue(
          url.contains("panel") || url.contains("activpanel") || url.contains("Qm7tR2xKp9L"), url);
    }
  }

  @Test
  void videoLinkLandsWhereTheAnswerIsSpoken() throws Exception {
    JsonNode a = ask("where do i switch the input on the activpanel to hdmi");
    JsonNode video = null;
    for (JsonNode r : a.get("results")) {
      if (r.get("type").asText().equals("video")) {
        video = r;
        break;
      }
    }
    assertTrue(video != null, a.toString());
    String url = video.get("url").asText();
    assertTrue(url.startsWith("https://www.youtube.com/watch?v=Qm7tR2xKp9L&t="), url);
    int t = Links.seconds(url);
    assertTrue(t >= 92 && t <= 161, "the input-source part is spoken 92-161 s, link at " + t);
  }

  @Test
  void newsletterTipLinksWithItsAnchor() throws Exception {
    JsonNode a = ask("what are goguardian scenes and should i use them on test day");
    String url = a.get("results").get(0).get("url").asText();
    assertTrue(
        url.startsWith("https://news.maplevalley.example/2026-11-november-tech-tips#"),
        a.toString());
    assertEquals("tip", a.get("results").get(0).get("type").asText());
  }

  @Test
  void nothingGoodMeansEscalate() throws Exception {
    assertEquals(
        "escalate", ask("what's for lunch in the cafeteria today").get("decision").asText());
  }

  @Test
  void plainTextAnswerShowsVideoTime() {
    CliRun run =
        CliRun.of(
            "ask",
            "--home",
            home.toString(),
            "how do i release my print job at the copier with my pin");
    assertEquals(0, run.exit());
    assertTrue(run.out().matches("(?s).*\\[video\\] .* — at \\d+:\\d\\d.*"), run.out());
  }
}
