package org.deskbot.escalate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.deskbot.answer.Result;

/**
 * What the bot had already suggested, as a ticket keeps it ({@code [{"type","title","url",
 * "score"}]}): written here once, read back here for the triage cards.
 */
public final class Suggested {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Suggested() {}

  /** A link the bot suggested. */
  public record Link(String title, String url) {}

  /** The answer's results as a ticket stores them. */
  public static String json(List<Result> results) {
    ArrayNode arr = JSON.createArrayNode();
    for (Result r : results) {
      var o = arr.addObject();
      o.put("type", r.type().label());
      o.put("title", r.title());
      o.put("url", r.url());
      o.put("score", Math.round(r.score() * 1000) / 1000.0);
      if (r.start() != null) {
        o.put("start", r.start().toString()); // which session was offered
      }
    }
    return arr.toString();
  }

  /** The links in a ticket's {@code suggested}; unreadable JSON gives none. */
  public static List<Link> links(String json) {
    try {
      JsonNode arr = JSON.readTree(json == null || json.isBlank() ? "[]" : json);
      return StreamSupport.stream(arr.spliterator(), false)
          .filter(n -> n.hasNonNull("url"))
          .map(
              n -> new Link(n.path("title").asText(n.path("url").asText()), n.path("url").asText()))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
