package org.deskbot.ingest.newsletter;

import java.util.regex.Pattern;

/** Whitespace clean-up shared by the HTML and Markdown paths, so both give the same kind of text. */
final class Texts {
  private Texts() {}

  // E-mail builders pad the preheader with runs of "&zwnj;&nbsp;" and "&#847;" so the inbox preview
  // shows no body text; such runs count as one space.
  private static final String INVISIBLE = "\\u200B\\u200C\\u2060\\uFEFF\\u034F";
  private static final Pattern SPACE_RUN =
      Pattern.compile("[\\s\\p{Z}" + INVISIBLE + "]*[\\s\\p{Z}][\\s\\p{Z}" + INVISIBLE + "]*");
  // A zero-width non-joiner between letters is meaningful in Persian and Indic scripts, so it is the
  // one invisible character kept when it is not next to a space.
  private static final Pattern ALWAYS_DROPPED = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF\\u034F]");
  private static final Pattern EDGE_ZWNJ = Pattern.compile("^\\u200C+|\\u200C+$");

  /** One space between words, no invisible padding, trimmed. */
  static String collapse(CharSequence text) {
    if (isTidy(text)) {
      return text.toString(); // already one space between words: skip the patterns
    }
    String s = SPACE_RUN.matcher(text).replaceAll(" ");
    s = ALWAYS_DROPPED.matcher(s).replaceAll("");
    return EDGE_ZWNJ.matcher(s.strip()).replaceAll("").strip();
  }

  private static boolean isTidy(CharSequence text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return n == 0;
    }
    char prev = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ' ? prev == ' ' : (c < 0x20 || c >= 0x7f)) {
        return false; // double space, a control or line break, or anything beyond ASCII
      }
      prev = c;
    }
    return true;
  }

  /** The file name without its extension: the last-resort issue title. */
  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** The ISO 639-1 part of a language tag ("en-US" gives "en"); "en" when there is none. */
  static String language(String tag) {
    String primary = tag == null ? "" : tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return primary.matches("[a-z]{2}") ? primary : "en";
  }

  /** Whether a value is an e-mail platform merge tag the platform never filled in ("*|ARCHIVE|*"). */
  static boolean isMergeTag(String value) {
    return value.contains("*|") || value.contains("{{") || value.contains("%%");
  }
}
