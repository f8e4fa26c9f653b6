package org.deskbot.chat;

import java.util.regex.Pattern;

/**
 * What a person typed, as deskbot reads it: bare web addresses left out (they are not the
 * question's words) and white space folded. Each door calls it once: Slack and Teams after taking
 * out their own markup ({@code slack.SlackText}, {@code teams.TeamsText}), the web page and the CLI
 * on the text as typed. The conversation and the answer engine take the result as it is.
 */
public final class TypedText {
  private TypedText() {}

  private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** The plain text of {@code typed}; "" for null or nothing left. */
  public static String plain(String typed) {
    if (typed == null) {
      return "";
    }
    return SPACE.matcher(BARE_URL.matcher(typed).replaceAll(" ")).replaceAll(" ").trim();
  }
}
