package org.deskbot.ingest.newsletter;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the text every newsletter platform adds around the content (view in browser,
 * unsubscribe, preferences, copyright, mailing address) so it is not indexed as part of a tip.
 *
 * <p>The patterns are phrases rather than single words: a tip may well tell parents how to
 * unsubscribe from class texts, and that sentence must stay.
 */
final class Boilerplate {
  private Boilerplate() {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final List<Pattern> FOOTER_LINES =
      List.of(
          // "View this email in your browser", "View it in your browser", "View in browser":
          // a tip's "view the gradebook in your browser" must not match.
          Pattern.compile(
              "\\bview\\s+((this\\s+(email|e-mail|newsletter|message|issue)|it|this)\\s+)?(in|on)\\s+"
                  + "(your\\s+|a\\s+)?(web\\s+)?browser\\b",
              FLAGS),
          Pattern.compile(
              "\\bview\\s+(this\\s+(email|e-mail|newsletter)\\s+|it\\s+)?online\\b", FLAGS),
          Pattern.compile("\\bhaving trouble (viewing|reading) this\\b", FLAGS),
          Pattern.compile(
              "\\bunsubscribe\\s+from\\s+(this|our|the)\\s+(list|mailing list|newsletter|emails?)\\b",
              FLAGS),
          Pattern.compile(
              "\\bunsubscribe\\b.*\\b(preferences|profile)\\b|\\b(preferences|profile)\\b.*\\bunsubscribe\\b",
              FLAGS),
          // Only subscription preferences: "update your preferences in Canvas" is a tip.
          Pattern.compile(
              "\\b(update|manage|change)\\s+(your\\s+)?(subscription|email|e-mail|mailing)\\s+preferences\\b",
              FLAGS),
          Pattern.compile("\\byou\\s*(are|'re|’re)\\s+receiving\\s+this\\b", FLAGS),
          Pattern.compile("\\bthis (email|e-mail|message) was sent to\\b", FLAGS),
          Pattern.compile("\\bour mailing address is\\b", FLAGS),
          Pattern.compile("\\bwant to change how you receive these\\b", FLAGS),
          Pattern.compile("\\ball rights reserved\\b", FLAGS),
          // With a year, so that a tip about copyright rules for images stays.
          Pattern.compile("(copyright|©|\\(c\\))\\s*(©|\\(c\\))?\\s*(19|20)\\d{2}", FLAGS));

  // Footer links set side by side: "Unsubscribe | Update profile".
  private static final Pattern LINK_SEPARATORS =
      Pattern.compile("\\s*[|•·/]\\s*|\\s+or\\s+", FLAGS);

  private static final Pattern FOOTER_LINK_TEXT =
      Pattern.compile(
          "unsubscribe( (from )?(this|our|the) (list|mailing list|newsletter|emails?))?"
              + "|(update|manage|change) (your )?(subscription |email |e-mail )?(preferences|profile)"
              + "|(email |e-mail |subscription )?preferences"
              + "|view (this (email|e-mail|newsletter) |it |this )?(in (your |a )?(web )?browser|online)"
              + "|view in browser|view online|forward to a friend",
          FLAGS);

  private static final Pattern FOOTER_HREF =
      Pattern.compile(
          "\\*\\|(UNSUB|UPDATE_PROFILE|ARCHIVE|FORWARD)\\|\\*|list-manage\\.com/(unsubscribe|profile)"
              + "|campaign-archive\\.com|\\{\\{\\s*unsubscribe|%%unsubscribe",
          FLAGS);

  private static final Pattern SOCIAL_HEADING =
      Pattern.compile(
          "(follow|like|find) us( on .*)?|connect with us|stay connected|social( media)?"
              + "|share( this)?|spread the word|forward to a friend|unsubscribe|in this issue"
              + "|table of contents",
          FLAGS);

  private static final Pattern MERGE_TAG = Pattern.compile("\\*\\|[A-Z0-9_:]+\\|\\*");

  /** Whether a line of text (between breaks) is platform footer or header text. */
  static boolean isFooterLine(String line) {
    if (isOnlyFooterLinks(line)) {
      return true;
    }
    for (Pattern p : FOOTER_LINES) {
      if (p.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOnlyFooterLinks(String line) {
    for (String part : LINK_SEPARATORS.split(line)) {
      if (!part.isBlank() && !isFooterLink(part, "")) {
        return false;
      }
    }
    return !line.isBlank();
  }

  /** Whether a link is one of the platform's own (unsubscribe, preferences, web version). */
  static boolean isFooterLink(String text, String href) {
    String t = trimPunctuation(Texts.collapse(text));
    return FOOTER_LINK_TEXT.matcher(t).matches() || FOOTER_HREF.matcher(href).find();
  }

  /** Whether a heading is the kind that only introduces social icons or a table of contents. */
  static boolean isFillerHeading(String heading) {
    return SOCIAL_HEADING.matcher(trimPunctuation(Texts.collapse(heading))).matches();
  }

  /** Removes merge tags the platform left unfilled in a template ("*|LIST:ADDRESS|*"). */
  static String withoutMergeTags(String text) {
    return MERGE_TAG.matcher(text).replaceAll(" ");
  }

  static String trimPunctuation(String text) {
    return text.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "").toLowerCase(Locale.ROOT);
  }
}
