package org.deskbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * A decision refitted from a district's own log, waiting for the team's approval: it is written
 * beside the home's {@code decision.json} and only replaces it when the team applies it ({@code
 * calibrate --apply} or the dashboard's button), never silently.
 *
 * @param key the search mode the model is for ("semantic" or "lexical")
 * @param model the proposed model
 * @param events how many log events it was fitted on
 * @param before the figures of the model in use on the held-out part of the log
 * @param after the proposal's figures on the same held-out part
 * @param at when it was proposed
 */
public record DecisionProposal(
    String key, DecisionModel model, int events, JsonNode before, JsonNode after, Instant at) {

  /** The proposal's file name, in the home's models folder. */
  public static final String FILE = "decision-proposal.json";

  /** The decision a home uses, in its models folder. */
  public static final String DECISION = "decision.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** This proposal as JSON (what the dashboard shows). */
  public ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("key", key);
    o.put("events", events);
    o.put("proposed_at", at.toString());
    o.set("before", before);
    o.set("after", after);
    o.set("model", model.toJson());
    return o;
  }

  /** Writes the proposal into {@code modelsDir}, replacing an earlier one. */
  public void write(Path modelsDir) throws IOException {
    Files.createDirectories(modelsDir);
    Path tmp = modelsDir.resolve(FILE + ".tmp");
    Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson()));
    Files.move(tmp, modelsDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
  }

  /** The proposal waiting in {@code modelsDir}, if any. */
  public static Optional<DecisionProposal> read(Path modelsDir) throws IOException {
    Path f = modelsDir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    JsonNode o = JSON.readTree(f.toFile());
    String key = o.path("key").asText("semantic");
    ObjectNode wrapped = JSON.createObjectNode();
    wrapped.set(key, o.path("model"));
    return Optional.of(
        new DecisionProposal(
            key,
            DecisionModel.read(JSON.writeValueAsString(wrapped), key),
            o.path("events").asInt(),
            o.path("before"),
            o.path("after"),
            Instant.parse(o.path("proposed_at").asText(Instant.EPOCH.toString()))));
  }

  /**
   * Applies the waiting proposal: its model replaces the one under its key in {@code modelsDir}'s
   * decision.json (a home without one starts from {@code shippedJson}, so the other search mode
   * keeps the shipped model), written whole and then moved into place; the proposal is removed.
   *
   * @return the model now in use, or empty when no proposal was waiting
   */
  public static Optional<DecisionProposal> apply(Path modelsDir, String shippedJson)
      throws IOException {
    Optional<DecisionProposal> waiting = read(modelsDir);
    if (waiting.isEmpty()) {
      return waiting;
    }
    DecisionProposal p = waiting.get();
    Path own = modelsDir.resolve(DECISION);
    String base = Files.isRegularFile(own) ? Files.readString(own) : shippedJson;
    ObjectNode root =
        base == null || base.isBlank() ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(base);
    root.put("features", String.join(",", Features.NAMES));
    root.set(p.key(), p.model().toJson());
    Path tmp = modelsDir.resolve(DECISION + ".tmp");
    Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    Files.move(tmp, own, StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(modelsDir.resolve(FILE));
    return waiting;
  }
}
