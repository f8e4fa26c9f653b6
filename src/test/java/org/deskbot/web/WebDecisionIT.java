package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.deskbot.answer.DecisionModel;
import org.deskbot.answer.DecisionProposal;
import org.deskbot.answer.Features;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's side of the decision: the search shows why it decided, and a proposal from {@code
 * calibrate --from-log} is applied only by the team's button, at once.
 */
class WebDecisionIT {
  @TempDir Path home;
  WebFixture web;
  WebClient client;

  @BeforeEach
  void serve() throws Exception {
    web = WebFixture.start(home, "127.0.0.1", Map.of(), null);
    client = new WebClient(web.url);
    assertEquals(200, client.page("/team").statusCode());
  }

  @AfterEach
  void stop() throws Exception {
    web.close();
  }

  private JsonNode search(String q) throws Exception {
    return client.getJson(
        "/api/team/search?q="
            + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void theSearchBoxExplainsTheDecision() throws Exception {
    JsonNode s = search("print to the copier");
    JsonNode why = s.get("explain");
    assertEquals(Features.NAMES.size(), why.get("features").size(), why.toString());
    double sum = why.get("bias").asDouble();
    for (JsonNode f : why.get("features")) {
      sum += f.get("contribution").asDouble();
    }
    assertEquals(why.get("score").asDouble(), sum, 1e-9);
    assertEquals(s.get("decision").asText(), why.get("decision").asText());
    assertTrue(why.get("thresholds").has("answer") && why.get("thresholds").has("suggest"));
  }

  @Test
  void aProposalIsAppliedOnlyByTheButtonAndDecidesAtOnce() throws Exception {
    assertFalse(client.getJson("/api/team/decision").get("waiting").asBoolean());
    String vague = "my thing is doing the weird stuff again";
    assertNotEquals("answer", search(vague).get("decision").asText());

    // a proposal that answers everything: zero weights, a large bias
    double[] weights = new double[Features.NONE.vector().length + 1];
    weights[weights.length - 1] = 8;
    new DecisionProposal(
            "lexical",
            new DecisionModel(weights, 0.5, 0.4),
            40,
            WebClient.JSON.readTree("{\"escalate_f1\": 0.5}"),
            WebClient.JSON.readTree("{\"escalate_f1\": 0.6}"),
            Instant.parse("2026-12-04T10:00:00Z"))
        .write(web.settings.modelsDir());
    JsonNode waiting = client.getJson("/api/team/decision");
    assertTrue(waiting.get("waiting").asBoolean());
    assertEquals(0.6, waiting.get("proposal").get("after").get("escalate_f1").asDouble());
    assertNotEquals("answer", search(vague).get("decision").asText(), "not applied silently");

    JsonNode applied = client.ok("/api/team/decision/apply", "{}");
    assertEquals(40, applied.get("applied").get("events").asInt());
    assertEquals("answer", search(vague).get("decision").asText(), "in use at once");
    assertTrue(Files.isRegularFile(web.settings.modelsDir().resolve("decision.json")));
    assertFalse(client.getJson("/api/team/decision").get("waiting").asBoolean());
    var again = client.post("/api/team/decision/apply", "{}");
    assertEquals(404, again.statusCode());
    assertTrue(again.body().contains("no decision proposal is waiting"), again.body());
  }
}
