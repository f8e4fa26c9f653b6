package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deskbot.answer.DecisionProposal;
import org.deskbot.chat.ConversationService;
import org.deskbot.chat.Reply;
import org.deskbot.config.Settings;
import org.deskbot.eval.EvalQuestion;
import org.deskbot.eval.Links;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate --from-log} on a home whose teachers asked the demo's golden questions: what
 * they did (That solved it, tickets resolved with the item that answered or with none) becomes a
 * proposal, which changes nothing until {@code --apply}.
 */
class CalibrateFromLogIT {
  @TempDir Path home;

  private Settings home(String extra) throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "content: "
            + Path.of("demo/content").toAbsolutePath()
            + "\nsearch:\n  semantic: off\nteam:\n  members: [luis]\n"
            + extra);
    CliRun ingest = CliRun.of("ingest", "--home", home.toString());
    assertEquals(0, ingest.exit(), ingest.err());
    return Settings.load(home, Map.of());
  }

  /** Each question asked by its own teacher, who then does what a teacher would. */
  private static void teachersAsk(Settings settings, List<EvalQuestion> questions)
      throws Exception {
    try (Wiring.Conversation c = Wiring.openConversation(settings)) {
      ConversationService s = c.service();
      int k = 0;
      for (EvalQuestion q : questions) {
        String teacher = "teacher-" + (++k);
        Reply r = s.ask(new ConversationService.Incoming("web", teacher, "web", q.q(), null));
        boolean rightShown =
            r.links().stream()
                .limit(3)
                .anyMatch(l -> q.expect().stream().anyMatch(e -> Links.matches(l.url(), e)));
        if (q.answerable() && rightShown && !r.decision().equals("escalate")) {
          s.feedback(r.interaction(), teacher, true);
          continue;
        }
        if (!r.decision().equals("escalate")) {
          s.feedback(r.interaction(), teacher, false);
        }
        long ticket =
            s.escalate(
                    r.interaction(),
                    teacher,
                    new ConversationService.EscalationForm("Summit Elementary", "normal", ""),
                    null)
                .ticket()
                .id();
        s.claim(ticket, "luis");
        s.resolve(
            ticket,
            "luis",
            10,
            q.answerable()
                ? "Walked them through " + q.expect().get(0) + "."
                : "Fixed at the desk; nothing we publish covers this.");
      }
    }
  }

  @Test
  void theLogBecomesAProposalThatOnlyApplyPutsInUse() throws Exception {
    Settings settings = home("");
    teachersAsk(settings, EvalQuestion.read(Path.of("demo/golden.jsonl")));
    String h = home.toString();

    CliRun fit = CliRun.of("calibrate", "--from-log", "--home", h);
    assertEquals(0, fit.exit(), fit.out() + fit.err());
    assertTrue(fit.out().contains("76 labelled events"), fit.out());
    assertTrue(fit.out().contains("12 resolved tickets the content had no answer for"), fit.out());
    assertTrue(fit.out().contains("escalate_f1"), fit.out());
    Path models = settings.modelsDir();
    assertTrue(Files.isRegularFile(models.resolve(DecisionProposal.FILE)));
    assertFalse(Files.exists(models.resolve("decision.json")), "nothing applied silently");
    JsonNode proposal = new ObjectMapper().readTree(models.resolve(DecisionProposal.FILE).toFile());
    assertEquals(76, proposal.get("events").asInt());
    assertEquals(
        proposal.get("before").get("questions").asInt(),
        proposal.get("after").get("questions").asInt());
    assertEquals(76, proposal.get("after").get("questions").asInt(), "every event held out once");

    CliRun apply = CliRun.of("calibrate", "--apply", "--home", h);
    assertEquals(0, apply.exit(), apply.out() + apply.err());
    JsonNode used = new ObjectMapper().readTree(models.resolve("decision.json").toFile());
    assertEquals(
        proposal.get("model").get("suggest_at").asDouble(),
        used.get("lexical").get("suggest_at").asDouble());
    assertTrue(used.has("semantic"), "the other search mode keeps the shipped model");
    assertNotEquals(
        used.get("semantic").get("suggest_at").asDouble(),
        used.get("lexical").get("suggest_at").asDouble());
    assertFalse(Files.exists(models.resolve(DecisionProposal.FILE)));

    CliRun again = CliRun.of("calibrate", "--apply", "--home", h);
    assertEquals(1, again.exit());
    assertTrue(again.err().contains("no proposal waiting"), again.err());
  }

  @Test
  void tooFewEventsChangeNothing() throws Exception {
    Settings settings = home("");
    teachersAsk(settings, EvalQuestion.read(Path.of("demo/golden.jsonl")).subList(0, 8));
    CliRun fit = CliRun.of("calibrate", "--from-log", "--home", home.toString());
    assertEquals(1, fit.exit());
    assertTrue(fit.err().contains("not enough events to refit: need 40"), fit.err());
    assertEquals(1, fit.err().strip().lines().count());
    assertFalse(Files.exists(settings.modelsDir().resolve(DecisionProposal.FILE)));
  }

  @Test
  void oneModeAtATime() {
    CliRun both = CliRun.of("calibrate", "--from-log", "--apply", "--home", home.toString());
    assertEquals(2, both.exit());
    assertEquals("deskbot: give one of --content DIR, --from-log or --apply", both.err().strip());
  }
}
