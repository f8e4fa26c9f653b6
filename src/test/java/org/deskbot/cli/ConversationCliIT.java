package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole conversation scripted from the command line, as an admin tests it. */
class ConversationCliIT {
  @TempDir Path home;

  private JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exit(), String.join(" ", args) + "\n" + run.out() + run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void askEscalateClaimReplyResolveFromTheCommandLine() throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "content: "
            + Path.of("demo/content").toAbsolutePath()
            + "\nsearch:\n  semantic: off\nteam:\n  members: [luis]\n");
    assertEquals(0, CliRun.of("ingest", "--home", home.toString()).exit());
    String h = home.toString();

    JsonNode asked =
        json(
            "ask",
            "--home",
            h,
            "--as",
            "mrs.k",
            "--json",
            "the copier in the workroom ate my badge");
    long interaction = asked.get("interaction").asLong();
    assertTrue(asked.has("decision") && asked.has("results"));

    JsonNode ticket =
        json(
            "escalate",
            "--home",
            h,
            String.valueOf(interaction),
            "--school",
            "Summit Elementary",
            "--urgency",
            "high",
            "--json");
    String number = ticket.get("number").asText();
    assertTrue(number.matches("T-\\d+"), number);
    assertEquals("open", ticket.get("status").asText());

    CliRun notTeam = CliRun.of("tickets", "claim", "--home", h, number, "--as", "mrs.k");
    assertEquals(2, notTeam.exit());
    assertEquals("deskbot: only the tech team can claim tickets", notTeam.err().strip());

    json("tickets", "claim", "--home", h, number, "--as", "luis", "--json");
    json("tickets", "reply", "--home", h, number, "Coming by at noon", "--as", "luis", "--json");
    JsonNode done =
        json(
            "tickets",
            "resolve",
            "--home",
            h,
            number,
            "--as",
            "luis",
            "--minutes",
            "15",
            "--note",
            "Cleared the feeder",
            "--json");
    assertEquals("resolved", done.get("status").asText());
    assertEquals(15, done.get("minutes").asInt());

    JsonNode shown = json("tickets", "show", "--home", h, number, "--json");
    for (String field :
        new String[] {"created_at", "claimed_at", "first_response_at", "resolved_at"}) {
      assertFalse(shown.get(field).isNull(), field);
    }
    StringBuilder kinds = new StringBuilder();
    shown.get("events").forEach(e -> kinds.append(e.get("kind").asText()).append(' '));
    assertEquals("created claimed replied resolved notified", kinds.toString().strip());

    CliRun export = CliRun.of("interactions", "export", "--home", h, "--since", "2000-01-01");
    assertEquals(0, export.exit());
    assertTrue(export.out().startsWith("id,created_at,platform,user_id"), export.out());
    assertTrue(export.out().contains("mrs.k"), export.out());

    CliRun feedback = CliRun.of("feedback", "--home", h, String.valueOf(interaction), "maybe");
    assertEquals(2, feedback.exit());
  }
}
