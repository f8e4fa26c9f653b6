package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversations from the command line: follow-ups with context, "that didn't work", the window. */
class FollowUpCliIT {
  @TempDir Path home;
  private String h;

  @BeforeEach
  void ingestTheDemo() throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "content: " + Path.of("demo/content").toAbsolutePath() + "\nsearch:\n  semantic: off\n");
    assertEquals(0, CliRun.of("ingest", "--home", home.toString()).exit());
    h = home.toString();
  }

  private JsonNode ask(String thread, String at, String message) throws Exception {
    CliRun run =
        CliRun.of(
            "ask", "--home", h, "--as", "mrs.k", "--thread", thread, "--at", at, "--json", message);
    assertEquals(0, run.exit(), message + "\n" + run.out() + run.err());
    return new ObjectMapper().readTree(run.out());
  }

  private static Set<String> links(JsonNode reply) {
    Set<String> out = new HashSet<>();
    reply
        .get("results")
        .forEach(r -> out.add(r.get("url").asText().replaceAll("[?&]t=\\d+s?", "")));
    return out;
  }

  @Test
  void aFollowUpIsSearchedWithWhatCameBeforeAndANewTopicAlone() throws Exception {
    JsonNode first =
        ask("room-12", "2026-11-16T09:00", "how do i connect my laptop to the promethean panel");
    assertFalse(first.get("context_used").asBoolean());

    JsonNode followUp = ask("room-12", "2026-11-16T09:02", "what about without the cable?");
    assertTrue(followUp.get("context_used").asBoolean(), followUp.toString());
    assertTrue(
        links(followUp)
            .contains("https://help.maplevalley.example/faq/activpanel-wireless-screen-share"),
        followUp.toString());

    JsonNode other =
        ask(
            "room-12",
            "2026-11-16T09:04",
            "different question, how do i reset a student's password");
    assertFalse(other.get("context_used").asBoolean(), other.toString());

    // another thread, or the same one after the window (30 minutes from its last message), starts
    // afresh
    assertFalse(
        ask("hallway", "2026-11-16T09:05", "what about without the cable?")
            .get("context_used")
            .asBoolean());
    assertFalse(
        ask("room-12", "2026-11-16T09:40", "what about without the cable?")
            .get("context_used")
            .asBoolean());
  }

  @Test
  void thatDidNotWorkIsFeedbackOnTheLastAnswerWithOtherLinks() throws Exception {
    JsonNode question = ask("t", "2026-11-16T09:00", "how do i print from a chromebook");
    long id = question.get("interaction").asLong();

    JsonNode verdict = ask("t", "2026-11-16T09:03", "nope, didnt work");
    assertEquals("not-solved", verdict.get("decision").asText(), verdict.toString());
    assertEquals(id, verdict.get("interaction").asLong());
    Set<String> shown = links(question);
    for (String url : links(verdict)) {
      assertFalse(shown.contains(url), url + " was already shown");
    }

    CliRun export = CliRun.of("interactions", "export", "--home", h, "--since", "2026-11-01");
    String row = export.out().lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
    assertTrue(row.contains(",not-solved,"), row);

    CliRun report = CliRun.of("report", "--home", h, "--week", "2026-W47", "--format", "json");
    assertEquals(0, report.exit(), report.err());
    assertEquals(
        1, new ObjectMapper().readTree(report.out()).get("questions").asInt(), report.out());

    JsonNode thanks = ask("t", "2026-11-16T09:10", "thanks, that fixed it");
    assertEquals("solved", thanks.get("decision").asText());
    assertEquals(id, thanks.get("interaction").asLong());
  }

  @Test
  void aThreadNeedsAUser() {
    CliRun run = CliRun.of("ask", "--home", h, "--thread", "t", "hello");
    assertEquals(2, run.exit());
    assertEquals("deskbot: --thread needs --as USER", run.err().strip());
  }
}
