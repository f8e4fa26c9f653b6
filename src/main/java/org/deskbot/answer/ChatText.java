package org.deskbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a chat message into the plain question a teacher typed. */
public final class ChatText {
  private ChatText() {}

  private static final Pattern SLACK_LINK_WITH_TEXT =
      Pattern.compile("<(?:https?|mailto):[^|>\\s]+\\|([^>]*)>");
  private static final Pattern SLACK_ANGLE =
      Pattern.compile("<[@#!][^>]*>|<(?:https?|mailto):[^>\\s]*>");
  private static final Pattern TEAMS_MENTION =
      Pattern.compile("<at>[^<]*</at>", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+\\-]+(?:::[a-z0-9_\\-]+)?:");
  private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");
  private static final Pattern FORMATTING = Pattern.compile("(?<![\\w])[*_~`]+|[*_~`]+(?![\\w])");

  /**
   * Removes mentions ({@code <@U123>}, Teams {@code <at>..</at>}), keeps the text of links ({@code
   * <https://x|text>}), drops emoji codes ({@code :tada:}), bare URLs and formatting marks, decodes
   * Slack's escapes and folds white space. Anything else a teacher typed, HTML included, is kept
   * literally (an adapter whose platform sends HTML turns it into text first).
   */
  public static String clean(String message) {
    if (message == null) {
      return "";
    }
    String s = message;
    s = TEAMS_MENTION.matcher(s).replaceAll(" ");
    Matcher m = SLACK_LINK_WITH_TEXT.matcher(s);
    s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    s = SLACK_ANGLE.matcher(s).replaceAll(" ");
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&nbsp;", " ");
    s = EMOJI.matcher(s).replaceAll(" ");
    s = BARE_URL.matcher(s).replaceAll(" ");
    s = FORMATTING.matcher(s).replaceAll(" ");
    return s.replaceAll("\\s+", " ").trim();
  }
}
