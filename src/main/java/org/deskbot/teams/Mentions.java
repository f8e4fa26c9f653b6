package org.deskbot.teams;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message's text without the bot's @mention: "&lt;at&gt;deskbot&lt;/at&gt; how do I..." → "how do
 * I...".
 */
final class Mentions {
  private Mentions() {}

  static String strip(JsonNode activity) {
    String text = activity.path("text").asText("");
    String bot = activity.path("recipient").path("id").asText("");
    for (JsonNode e : activity.path("entities")) {
      if ("mention".equals(e.path("type").asText())
          && bot.equals(e.path("mentioned").path("id").asText())) {
        String m = e.path("text").asText("");
        if (!m.isEmpty()) {
          text = text.replace(m, " ");
        }
      }
    }
    // anyone else mentioned stays as their name
    text = text.replaceAll("</?at>", "");
    return text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
  }
}
