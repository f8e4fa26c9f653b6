package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school champion on the web: the chat page's form offers them beside the team once the school is
 * known, and signed in to the dashboard they see and claim the ticket routed to them, and nothing
 * that is the team's.
 */
class WebChampionIT {
  static final String PASSWORD = "maple-valley-2026";
  @TempDir static Path home;
  static WebFixture web;

  @BeforeAll
  static void serve() throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "team:\n  champions:\n    - {user: ana, name: Ana Ruiz, school: Oak, tools: [document"
            + " camera]}\n");
    String hash = Passwords.hash(PASSWORD.toCharArray());
    web =
        WebFixture.start(
            home, "0.0.0.0", Map.of("DESKBOT_WEB_USERS", "luis:" + hash + ",ana:" + hash), null);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  static String escalate(WebClient teacher, String name, String route) throws Exception {
    var asked =
        teacher.ok(
            "/api/ask",
            "{\"name\":\""
                + name
                + "\",\"question\":\"the document camera image is upside down\"}");
    String i = asked.get("interaction").asText();
    String offer =
        teacher
            .getJson(
                "/api/champion?name="
                    + name.replace(" ", "%20")
                    + "&interaction="
                    + i
                    + "&school=Oak")
            .get("offer")
            .asText();
    assertEquals("Ask Ana Ruiz, your school's Document camera champion", offer);
    assertEquals(
        "",
        teacher
            .getJson(
                "/api/champion?name="
                    + name.replace(" ", "%20")
                    + "&interaction="
                    + i
                    + "&school=Elm")
            .get("offer")
            .asText());
    return teacher
        .ok(
            "/api/escalate",
            "{\"name\":\""
                + name
                + "\",\"interaction\":"
                + i
                + ",\"school\":\"Oak\",\"route\":\""
                + route
                + "\"}")
        .get("number")
        .asText();
  }

  @Test
  void aSignedInChampionWorksTheTicketRoutedToThemAndNothingElse() throws Exception {
    WebClient teacher = new WebClient(web.url);
    teacher.page("/");
    String theirs = escalate(teacher, "Ms Lee", "champion");
    String teams = escalate(teacher, "Mr Poe", "team");

    WebClient ana = new WebClient(web.url);
    ana.page("/team");
    ana.csrf =
        ana.ok("/api/sign-in", "{\"user\":\"ana\",\"password\":" + WebClient.q(PASSWORD) + "}")
            .get("csrf")
            .asText();
    var mine = ana.getJson("/api/team/tickets/" + theirs);
    assertEquals("champion", mine.get("tier").asText(), mine.toString());
    assertEquals("ana", mine.get("champion").asText());
    String queue = ana.get("/api/team/tickets").body();
    assertTrue(queue.contains(theirs) && !queue.contains(teams), queue);
    assertEquals(403, ana.get("/api/team/tickets/" + teams).statusCode());
    assertEquals(403, ana.post("/api/team/tickets/" + teams + "/claim", "{}").statusCode());
    assertEquals(
        "claimed", ana.ok("/api/team/tickets/" + theirs + "/claim", "{}").get("status").asText());
    // the help content and how the bot decides are the team's
    var approve = ana.post("/api/team/drafts/any.md/approve", "");
    assertEquals(403, approve.statusCode(), approve.body());
    assertTrue(
        approve.body().contains("only the tech team can approve FAQ drafts"), approve.body());
    var apply = ana.post("/api/team/decision/apply", "");
    assertEquals(403, apply.statusCode(), apply.body());
    assertTrue(apply.body().contains("apply the decision proposal"), apply.body());
  }
}
