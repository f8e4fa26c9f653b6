package org.deskbot.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskbot.chat.TypedText;

/** Slack's mrkdwn as the words a teacher typed: where Slack's markup is taken out, once. */
final class SlackText {
  private SlackText() {}

  private static final Pattern LINK_WITH_TEXT =
      Pattern.compile("<(?:https?|mailto):[^|>\\s]+\\|([^>]*)>");
  private static final Pattern ANGLE = Pattern.compile("<[@#!][^>]*>|<(?:https?|mailto):[^>\\s]*>");
  private static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+\\-]+(?:::[a-z0-9_\\-]+)?:");
  private static final Pattern FORMATTING = Pattern.compile("(?<![\\w])[*_~`]+|[*_~`]+(?![\\w])");

  /**
   * Removes mentions ({@code <@U123>}, {@code <#C1|room>}, {@code <!here>}), keeps the text of
   * links ({@code <https://x|text>}), decodes Slack's three escapes, drops emoji codes ({@code
   * :tada:}) and formatting marks, then {@link TypedText#plain}. HTML a teacher typed is kept
   * literally.
   */
  static String plain(String mrkdwn) {
    if (mrkdwn == null) {
      return "";
    }
    Matcher m = LINK_WITH_TEXT.matcher(mrkdwn);
    String s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    s = ANGLE.matcher(s).replaceAll(" ");
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    s = EMOJI.matcher(s).replaceAll(" ");
    s = FORMATTING.matcher(s).replaceAll(" ");
    return TypedText.plain(s);
  }
}
