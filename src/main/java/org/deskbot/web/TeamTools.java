package org.deskbot.web;

import static org.deskbot.web.WebHttp.json;
import static org.deskbot.web.WebHttp.week;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deskbot.answer.Answer;
import org.deskbot.answer.DecisionProposal;
import org.deskbot.answer.Explanation;
import org.deskbot.chat.ConversationException;
import org.deskbot.chat.TypedText;
import org.deskbot.ingest.LastIngest;
import org.deskbot.server.HttpError;
import org.deskbot.server.HttpRequest;
import org.deskbot.server.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's other tools: FAQ drafts and their approval, the weekly summary and its charts,
 * the last ingest, a search as the bot sees it, and {@code /metrics}.
 */
final class TeamTools {
  private static final Logger LOG = LoggerFactory.getLogger(TeamTools.class);

  private final WebAdapter.Parts parts;
  private final SignIn signIn;
  private final Metrics metrics;

  TeamTools(WebAdapter.Parts parts, SignIn signIn, Metrics metrics) {
    this.parts = parts;
    this.signIn = signIn;
    this.metrics = metrics;
  }

  HttpResponse metrics(HttpRequest r) throws ConversationException {
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    parts.conversation().ticketCounts(null).forEach((s, n) -> byStatus.put(s.label(), n));
    return new HttpResponse(
        200,
        "text/plain; version=0.0.4; charset=utf-8",
        metrics.render(byStatus).getBytes(StandardCharsets.UTF_8),
        Map.of());
  }

  HttpResponse drafts(HttpRequest r) throws IOException {
    signIn.teamActor(r);
    ArrayNode a = WebJson.JSON.createArrayNode();
    for (Path p : parts.drafts().list()) {
      a.addObject()
          .put("name", p.getFileName().toString())
          .put("text", java.nio.file.Files.readString(p));
    }
    return json(Map.of("drafts", a));
  }

  HttpResponse approve(HttpRequest r) throws Exception {
    String actor = signIn.teamActor(r);
    signIn.guard(r);
    String name = r.param("name");
    Path faq = parts.conversation().approveDraft(actor, name, parts.drafts());
    LOG.info("web: {} approved the FAQ draft {}", actor, name);
    String summary = parts.reindex() == null ? "" : parts.reindex().run();
    return json(Map.of("approved", "faq/" + faq.getFileName(), "ingest", summary));
  }

  HttpResponse summary(HttpRequest r) {
    signIn.teamActor(r);
    String week = week(r);
    if (parts.summaries() == null) {
      return json(
          Map.of(
              "available", false, "reason", "the weekly summary is not available in this build"));
    }
    try {
      JsonNode figures = parts.summaries().figures(week);
      ObjectNode o = WebJson.JSON.createObjectNode();
      o.put("available", true);
      o.set("figures", figures);
      return json(o);
    } catch (Exception e) {
      LOG.warn("web: the weekly summary failed: {}", e.toString());
      return json(
          Map.of(
              "available",
              false,
              "reason",
              "the weekly summary could not be made: " + e.getMessage()));
    }
  }

  HttpResponse chart(HttpRequest r) throws Exception {
    signIn.teamActor(r);
    String name = r.param("name").replaceFirst("\\.png$", "");
    if (!List.of("trend", "categories").contains(name)) {
      throw new HttpError(404, "no chart named " + name + " (trend or categories)");
    }
    if (parts.summaries() == null) {
      throw new HttpError(404, "the weekly summary is not available in this build");
    }
    byte[] png;
    try {
      png = parts.summaries().chart(week(r), name);
    } catch (Exception e) {
      LOG.warn("web: the {} chart failed: {}", name, e.toString());
      throw new HttpError(404, "the " + name + " chart is not available: " + e.getMessage());
    }
    return new HttpResponse(200, "image/png", png, Map.of())
        .withHeader("Cache-Control", "no-store");
  }

  HttpResponse ingestReport(HttpRequest r) throws IOException {
    signIn.teamActor(r);
    Optional<JsonNode> last = LastIngest.read(LastIngest.file(parts.home()));
    if (last.isEmpty()) {
      return json(Map.of("available", false, "reason", "no ingest has run in this home yet"));
    }
    ObjectNode o = WebJson.JSON.createObjectNode();
    o.put("available", true);
    o.set("report", last.get());
    return json(o);
  }

  HttpResponse search(HttpRequest r) throws IOException {
    signIn.teamActor(r);
    String q = r.queryParams().getOrDefault("q", "").strip();
    if (q.isEmpty()) {
      throw new HttpError(400, "`q` is missing");
    }
    if (q.length() > 500) {
      throw new HttpError(400, "`q` is longer than 500 characters");
    }
    Answer a =
        parts
            .engine()
            .answer(TypedText.plain(q), 10); // on the answer threads: the engine hands itself over
    ObjectNode o = WebJson.JSON.createObjectNode();
    o.put("query", q);
    o.put("decision", a.decision().label());
    o.put("confidence", Math.round(a.confidence() * 1000) / 1000.0);
    o.set("results", WebJson.results(a.results()));
    o.set("explain", Explanation.of(a, parts.engine().decisionModel(a)).toJson());
    return json(o);
  }

  /** The decision proposal waiting for the team ({@code calibrate --from-log}), if any. */
  HttpResponse decision(HttpRequest r) throws IOException {
    signIn.teamActor(r);
    Optional<DecisionProposal> waiting =
        parts.decisions() == null ? Optional.empty() : parts.decisions().waiting();
    ObjectNode o = WebJson.JSON.createObjectNode();
    o.put("waiting", waiting.isPresent());
    waiting.ifPresent(p -> o.set("proposal", p.toJson()));
    return json(o);
  }

  /** Applies the waiting proposal: the bot decides with it from the next question on. */
  HttpResponse applyDecision(HttpRequest r) throws IOException, ConversationException {
    String actor = signIn.teamActor(r);
    signIn.guard(r);
    parts.conversation().requireTeam(actor, "apply the decision proposal");
    Optional<DecisionProposal> applied =
        parts.decisions() == null ? Optional.empty() : parts.decisions().apply();
    if (applied.isEmpty()) {
      throw new HttpError(404, "no decision proposal is waiting: run deskbot calibrate --from-log");
    }
    LOG.info("web: {} applied the decision proposal of {}", actor, applied.get().at());
    return json(Map.of("applied", applied.get().toJson()));
  }
}
