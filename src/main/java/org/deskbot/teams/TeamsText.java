package org.deskbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import org.deskbot.chat.TypedText;

/**
 * A Teams message as the words a teacher typed, where Teams' markup is taken out, once: the bot's
 *
 * @mention removed ("&lt;at&gt;deskbot&lt;/at&gt; how do I..." → "how do I..."), anyone else's kept
 *     as their name, entities decoded, then {@link TypedText#plain}.
 */
final class TeamsText {
  private TeamsText() {}

  static String plain(JsonNode activity) {
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
    text = text.replaceAll("</?at>", "").replace('\u00a0', ' ');
    text =
        text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&nbsp;", " ");
    return TypedText.plain(text);
  }
}
