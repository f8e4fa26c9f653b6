package org.deskbot.answer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Links as every JSON output writes them ({@code ask --json}, the web API, the dashboard's search):
 * {@code [{type, title, url, snippet, highlights, seconds, time, score, category, start}]}, {@code
 * seconds} and {@code time} for a video, {@code start} for a live session.
 */
public final class ResultJson {
  private ResultJson() {}

  public static ArrayNode of(List<Result> results) {
    ArrayNode links = JsonNodeFactory.instance.arrayNode();
    for (Result x : results) {
      ObjectNode l = links.addObject();
      l.put("type", x.type().label());
      l.put("title", x.title());
      l.put("url", x.url());
      l.put("snippet", x.snippet());
      ArrayNode hl = l.putArray("highlights");
      x.highlights().forEach(h -> hl.addArray().add(h[0]).add(h[1]));
      if (x.seconds() >= 0) {
        l.put("seconds", x.seconds());
        l.put("time", Result.clock(x.seconds()));
      }
      l.put("score", Math.round(x.score() * 1000) / 1000.0);
      l.put("category", x.category());
      if (x.start() != null) {
        l.put("start", x.start().toString());
      }
    }
    return links;
  }
}
