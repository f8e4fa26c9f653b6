package org.deskbot.ingest.newsletter;

/**
 * Whitespace clean-up shared by the HTML and Markdown paths, so both give the same kind of text.
 */
final class Texts {
  private Texts() {}

  // E-mail builders pad the preheader with runs of "&zwnj;&nbsp;" and "&#847;" so the inbox preview
  // shows no body text; such runs count as one space. A zero-width non-joiner between letters is
  // meaningful in Persian and Indic scripts, so it is the one invisible character kept when it is
  // not next to a space.

  /** One space between words, no invisible padding, trimmed. */
  static String collapse(CharSequence text) {
    // A hand-written pass rather than patterns: this runs on every entry of every ingest.
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c) || isInvisible(c)) {
        int j = i;
        boolean space = false;
        while (j < n && (isSpace(text.charAt(j)) || isInvisible(text.charAt(j)))) {
          space |= isSpace(text.charAt(j));
          j++;
        }
        if (space) {
          out.append(' ');
        } else {
          for (int k = i; k < j; k++) {
            if (!isDropped(text.charAt(k))) {
              out.append(text.charAt(k));
            }
          }
        }
        i = j;
      } else {
        if (!isDropped(c)) {
          out.append(c);
        }
        i++;
      }
    }
    String s = out.toString().strip();
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '\u200C') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '\u200C') {
      to--;
    }
    return s.substring(from, to).strip();
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || Character.getType(c) == Character.SPACE_SEPARATOR
        || Character.getType(c) == Character.LINE_SEPARATOR
        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u2060' || c == '\uFEFF' || c == '\u034F';
  }

  private static boolean isDropped(char c) {
    return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u034F';
  }

  /** The file name without its extension: the last-resort issue title. */
  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** The ISO 639-1 part of a language tag ("en-US" gives "en"); "en" when there is none. */
  static String language(String tag) {
    String primary =
        tag == null ? "" : tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return primary.matches("[a-z]{2}") ? primary : "en";
  }

  /**
   * Whether a value is an e-mail platform merge tag the platform never filled in ("*|ARCHIVE|*").
   */
  static boolean isMergeTag(String value) {
    return value.contains("*|") || value.contains("{{") || value.contains("%%");
  }
}
