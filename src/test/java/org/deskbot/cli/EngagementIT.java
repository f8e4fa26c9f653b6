package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.deskbot.config.Settings;
import org.deskbot.report.Week;
import org.deskbot.server.Adapter;
import org.deskbot.server.Router;
import org.deskbot.server.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tracked links through the real command line and the adapters {@code serve} mounts, and the team's
 * own counts through {@code import engagement}, read back from {@code report}.
 */
class EngagementIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PUBLIC = "https://desk.example.org";
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @TempDir Path home;

  private void configure(String publicUrl) throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "content: "
            + Path.of("demo/content").toAbsolutePath()
            + "\nsearch:\n  semantic: off\nteam:\n  members: [luis]\n"
            + "district:\n  timezone: America/Chicago\n"
            + (publicUrl == null ? "" : "server:\n  public_url: " + publicUrl + "\n"));
  }

  private static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exit(), String.join(" ", args) + "\n" + run.out() + run.err());
    return JSON.readTree(run.out());
  }

  private JsonNode report(String week) throws Exception {
    return json("report", "--home", home.toString(), "--week", week, "--format", "json");
  }

  @Test
  void aSentLinkIsCountedWhenFetchedAndRedirectsOnlyWhereDeskbotSent() throws Exception {
    configure(PUBLIC + "/");
    String h = home.toString();
    assertEquals(0, CliRun.of("ingest", "--home", h).exit());
    String question = "how do I release my secure print job at the copier from a chromebook";

    JsonNode plain = json("ask", "--home", h, "--json", question);
    JsonNode asked = json("ask", "--home", h, "--as", "mrs.k", "--json", question);
    JsonNode results = asked.get("results");
    assertTrue(results.size() > 0, asked.toString());
    int video = -1;
    for (int i = 0; i < results.size(); i++) {
      String url = results.get(i).get("url").asText();
      assertTrue(url.matches("https://desk\\.example\\.org/go/[A-Za-z0-9_-]{22}"), url);
      if (results.get(i).get("type").asText().equals("video")) {
        video = i;
      }
    }
    assertTrue(video >= 0, "a video among " + results);
    String sent = results.get(video).get("url").asText();
    String real = plain.get("results").get(video).get("url").asText();
    assertTrue(real.contains("t="), real);

    Settings settings = Settings.load(home, System.getenv());
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    try (Wiring.Conversation conversation = Wiring.openConversation(settings)) {
      List<Adapter> adapters =
          Wiring.adapters(settings, Wiring.serverSettings(settings).with(null, 0), conversation);
      Router router = new Router();
      adapters.forEach(a -> a.mount(router));
      try (WebServer server = WebServer.start("127.0.0.1", 0, router)) {
        String local = "http://127.0.0.1:" + server.port();
        HttpResponse<String> go =
            http.send(
                HttpRequest.newBuilder(URI.create(sent.replace(PUBLIC, local))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, go.statusCode());
        assertEquals(real, go.headers().firstValue("Location").orElseThrow());

        for (String invented :
            List.of(
                "/go/AAAAAAAAAAAAAAAAAAAAAA",
                "/go/not-an-id",
                "/go/",
                "/go/" + sent.substring(sent.lastIndexOf('/') + 1) + "/x",
                "/go/" + java.net.URLEncoder.encode(real, java.nio.charset.StandardCharsets.UTF_8),
                "/go/" + sent.substring(sent.lastIndexOf('/') + 1) + "x")) {
          HttpResponse<String> r =
              http.send(
                  HttpRequest.newBuilder(URI.create(local + invented)).build(),
                  HttpResponse.BodyHandlers.ofString());
          assertEquals(404, r.statusCode(), invented);
          assertTrue(r.headers().firstValue("Location").isEmpty(), invented);
          assertTrue(r.body().contains("This link is not known"), r.body());
        }
      } finally {
        Wiring.closeQuietly(adapters);
      }
    }
    json(
        "feedback",
        "--home",
        h,
        asked.get("interaction").asText(),
        "solved",
        "--as",
        "mrs.k",
        "--json");

    // the ask, the click and the feedback all happened now: this week's figures
    String week = Week.of(LocalDate.now(CHICAGO)).toString();
    JsonNode r = report(week);
    JsonNode e = r.get("engagement");
    assertTrue(e.get("clicks_counted").asBoolean());
    assertEquals(1, e.get("link_clicks").asLong());
    assertEquals(1, e.get("clicked_then_solved").asLong());
    long clicks = -1;
    for (JsonNode res : r.get("resources")) {
      if (res.get("url").asText().equals(real)) {
        clicks = res.get("clicks").asLong();
      } else {
        assertEquals(0, res.get("clicks").asLong(), res.toString());
      }
    }
    assertEquals(1, clicks, r.get("resources").toString());
    JsonNode last = r.get("trend").get(11);
    assertEquals(1, last.get("link_clicks").asLong());
    assertEquals(1, r.get("capacity").get(11).get("async_uses").asLong());

    // without a public address links are sent as they are and the report says clicks are not
    // counted
    configure(null);
    JsonNode untracked = json("ask", "--home", h, "--as", "mrs.k", "--json", question);
    assertEquals(real, untracked.get("results").get(video).get("url").asText());
    assertFalse(report(week).get("engagement").get("clicks_counted").asBoolean());
    CliRun md = CliRun.of("report", "--home", h, "--week", week);
    assertTrue(md.out().contains("Link clicks are not counted"), md.out());
  }

  @Test
  void importedCountsReplaceTheirEarlierSelvesAndFeedTheCapacityPicture() throws Exception {
    configure(null);
    String h = home.toString();
    assertEquals(0, CliRun.of("ingest", "--home", h).exit());
    Path csv = home.resolve("engagement.csv");
    // W47 = Mon 2026-11-16 .. Sun 11-22; W48 = 11-23 .. 11-29
    Files.writeString(
        csv,
        """
        date,resource,kind,count
        2026-11-16,https://news.example.org/2026-11,newsletter-open,300
        2026-11-17,https://news.example.org/2026-11,newsletter-open,45
        2026-11-18,https://www.youtube.com/watch?v=aB3dE5fG7hI,video-view,20
        2026-11-22,https://www.youtube.com/watch?v=aB3dE5fG7hI&t=95s,video-view,5
        2026-11-20,https://lms.example.org/course/7,module-completion,3
        2026-11-23,https://news.example.org/2026-11,newsletter-open,12
        2026-11-24,https://www.youtube.com/watch?v=aB3dE5fG7hI,video-view,9
        2026-11-25,https://lms.example.org/course/7,module-completions,2
        2026-11-29,https://lms.example.org/course/7,module-completion,1
        """);
    CliRun first = CliRun.of("import", "engagement", "--home", h, csv.toString());
    assertEquals(1, first.exit(), first.out() + first.err());
    assertTrue(
        first
            .out()
            .contains(
                "engagement.csv:9: `kind` must be newsletter-open, video-view, module-completion or page-view, not `module-completions`"),
        first.out());
    assertTrue(
        first.out().contains("imported 8 counts (8 new, 0 replaced, 0 unchanged;"), first.out());

    JsonNode w47 = report("2026-W47");
    JsonNode e = w47.get("engagement");
    assertEquals(345, e.get("newsletter_opens").asLong()); // 300 + 45
    assertEquals(25, e.get("video_views").asLong()); // 20 + 5 (the same video at 95 s)
    assertEquals(3, e.get("module_completions").asLong());
    assertEquals(0, e.get("page_views").asLong());
    assertEquals(0, e.get("link_clicks").asLong());
    assertFalse(e.get("clicks_counted").asBoolean());
    JsonNode top = e.get("by_resource").get(0);
    assertEquals("https://news.example.org/2026-11", top.get("url").asText());
    assertEquals("newsletter-open", top.get("kind").asText());
    assertEquals(345, top.get("count").asLong());
    JsonNode video = e.get("by_resource").get(1);
    assertEquals("Printing from a Chromebook with Secure Print", video.get("title").asText());
    JsonNode w48 = report("2026-W48");
    assertEquals(12, w48.get("engagement").get("newsletter_opens").asLong());
    assertEquals(9, w48.get("engagement").get("video_views").asLong());
    assertEquals(1, w48.get("engagement").get("module_completions").asLong());

    JsonNode capacity = w48.get("capacity");
    assertEquals(12, capacity.size());
    assertEquals("2026-W37", capacity.get(0).get("week").asText());
    assertEquals("2026-W47", capacity.get(10).get("week").asText());
    assertEquals(345 + 25 + 3, capacity.get(10).get("async_uses").asLong());
    assertEquals(12 + 9 + 1, capacity.get(11).get("async_uses").asLong());
    assertEquals(345, w48.get("trend").get(10).get("newsletter_opens").asLong());
    assertTrue(w48.get("capacity_together").get("text").asText().contains("not proof"));

    // again: nothing changes; a corrected count replaces the earlier one
    CliRun again = CliRun.of("import", "engagement", "--home", h, csv.toString());
    assertTrue(again.out().contains("(0 new, 0 replaced, 8 unchanged;"), again.out());
    assertEquals(w47, report("2026-W47"));
    Path fix = home.resolve("fix.csv");
    Files.writeString(
        fix,
        "date,resource,kind,count\n2026-11-17,https://news.example.org/2026-11,newsletter-open,50\n");
    CliRun fixed = CliRun.of("import", "engagement", "--home", h, fix.toString());
    assertEquals(0, fixed.exit(), fixed.out());
    assertEquals(350, report("2026-W47").get("engagement").get("newsletter_opens").asLong());

    CliRun html = CliRun.of("report", "--home", h, "--week", "2026-W48", "--format", "html");
    assertEquals(0, html.exit(), html.err());
    String page = html.out();
    int img = page.indexOf("id=\"capacity-chart\"");
    assertTrue(img > 0, "the capacity chart");
    String tag = page.substring(page.lastIndexOf("<img", img), page.indexOf('>', img));
    assertTrue(
        tag.contains(
            "alt=\"Chart of the capacity picture from 2026-W37 to 2026-W48: async uses of the team&#39;s supports (bars) and tickets opened (line) each week"),
        tag.substring(0, Math.min(400, tag.length())));
    int table = page.indexOf("<table id=\"capacity-table\">");
    assertTrue(table > 0);
    String rows = page.substring(table, page.indexOf("</table>", table));
    assertEquals(12, rows.split("<th scope=\"row\">", -1).length - 1);
    assertTrue(
        rows.contains(
            "<th scope=\"row\">2026-W48</th><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">22</td>"),
        rows);
  }

  @Test
  void aToolsExportImportsThroughFrom() throws Exception {
    Path export = Path.of("../shared/fixtures/exports/youtube-studio-chart-data.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(export));
    configure(null);
    String h = home.toString();
    CliRun printed =
        CliRun.of(
            "import", "engagement", "--home", h, "--from", "youtube", "--print", export.toString());
    assertEquals(0, printed.exit(), printed.err());
    assertTrue(
        printed
            .out()
            .startsWith(
                "date,resource,kind,count\n2025-10-06,https://www.youtube.com/watch?v=k3JfQ8vLw2A,video-view,41\n"),
        printed.out());
    CliRun imported =
        CliRun.of("import", "engagement", "--home", h, "--from", "youtube", export.toString());
    assertEquals(0, imported.exit(), imported.out() + imported.err());
    assertTrue(imported.out().contains("imported 14 counts (14 new,"), imported.out());
    assertEquals(
        41 + 38 + 35 + 33 + 29 + 19 + 17 + 27 + 25 + 24 + 22 + 23 + 14 + 13,
        report("2025-W41").get("engagement").get("video_views").asLong());

    CliRun table =
        CliRun.of(
            "import",
            "engagement",
            "--home",
            h,
            "--from",
            "youtube",
            export.resolveSibling("youtube-studio-table-data.csv").toString());
    assertEquals(2, table.exit());
    assertTrue(table.err().contains("give --date"), table.err());
    CliRun wrong =
        CliRun.of("import", "engagement", "--home", h, "--from", "canvas", export.toString());
    assertEquals(2, wrong.exit());
    assertEquals(
        "deskbot: --from: `canvas` is not one of mailchimp, youtube, moodle", wrong.err().strip());
  }
}
