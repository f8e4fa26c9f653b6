package org.deskbot.ingest.video;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a raw caption line into the words a viewer reads: no markup, entities decoded, single
 * spaces.
 */
final class CaptionText {
  private CaptionText() {}

  // SSA/ASS override codes that SRT files carry over from subtitle editors: {\an8}, {\i1},
  // {\c&H00FFFF&}.
  private static final Pattern ASS_CODE = Pattern.compile("\\{\\\\[^{}]*}");

  private static final Map<String, String> ENTITIES =
      Map.of(
          "amp", "&", "lt", "<", "gt", ">", "nbsp", " ", "quot", "\"", "apos", "'", "lrm", "",
          "rlm", "");

  /** The clean text of one raw line; "" when nothing readable is left. */
  static String clean(String raw) {
    String s = raw;
    if (s.indexOf('{') >= 0) {
      s = ASS_CODE.matcher(s).replaceAll("");
    }
    if (s.indexOf('<') >= 0) {
      s = stripTags(s);
    }
    if (s.indexOf('&') >= 0) {
      s = decodeEntities(s);
    }
    s = collapseSpaces(s);
    // ">>" marks a change of speaker in broadcast and YouTube captions; it is not spoken.
    while (s.startsWith(">>")) {
      s = s.substring(2).stripLeading();
    }
    return s;
  }

  /**
   * Removes {@code <c>}, {@code </c>}, {@code <v Speaker>}, {@code <font color=…>}, {@code
   * <00:00:01.120>} and the like; {@code <br>} becomes a space. Only tag-shaped text goes: SRT may
   * hold a bare "<" ("if a < b"), which stays. A hand-written scanner, as this runs for every word
   * of an hour of auto-captions.
   */
  static String stripTags(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int close = c == '<' ? tagEnd(s, i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      if (s.regionMatches(true, i + 1, "br", 0, 2)
          && (i + 3 == close || !Character.isLetterOrDigit(s.charAt(i + 3)))) {
        out.append(' ');
      }
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * Where the next word-timing tag ({@code <00:00:01.120>}, as YouTube auto-captions and
   * karaoke-style WebVTT have) starts at or after {@code from}, or -1; {@link #timestampAt} reads
   * it.
   */
  static int nextTimestamp(String s, int from) {
    for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
      int close =
          i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9'
              ? tagEnd(s, i)
              : -1;
      if (close > 0 && Timecode.parse(s.substring(i + 1, close)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The time of the timing tag that {@link #nextTimestamp} found at {@code lt}, in milliseconds.
   */
  static long timestampAt(String s, int lt) {
    return Timecode.parse(s.substring(lt + 1, tagEnd(s, lt)));
  }

  /** The index of the '>' closing a tag that opens at {@code lt}, or -1 when it is not a tag. */
  static int tagEnd(String s, int lt) {
    int j = lt + 1;
    boolean closing = j < s.length() && s.charAt(j) == '/';
    if (closing) {
      j++;
    }
    if (j >= s.length()) {
      return -1;
    }
    char first = s.charAt(j);
    boolean timestamp = !closing && first >= '0' && first <= '9';
    if (!timestamp && !((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
      return -1;
    }
    for (int k = j + 1; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '>') {
        return k;
      }
      if (c == '<' || (timestamp && !(c >= '0' && c <= '9') && c != ':' && c != '.' && c != ',')) {
        return -1;
      }
    }
    return -1;
  }

  /** The clean text of each line that has any. */
  static List<String> cleanLines(List<String> raw) {
    List<String> lines = new ArrayList<>(raw.size());
    for (String line : raw) {
      String c = clean(line);
      if (!c.isEmpty()) {
        lines.add(c);
      }
    }
    return lines;
  }

  /**
   * Decodes the entities WebVTT defines plus numeric ones, in one pass (so {@code &amp;lt;} is
   * "&lt;").
   */
  static String decodeEntities(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i + 1) : -1;
      if (semi > i + 1 && semi - i <= 10) {
        String decoded = entity(s.substring(i + 1, semi));
        if (decoded != null) {
          out.append(decoded);
          i = semi + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String entity(String name) {
    if (name.startsWith("#")) {
      try {
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(code) ? Character.toString(code) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return ENTITIES.get(name);
  }

  /**
   * Every run of whitespace (no-break and zero-width spaces included) becomes one space; trimmed.
   */
  static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\uFEFF') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }
}
