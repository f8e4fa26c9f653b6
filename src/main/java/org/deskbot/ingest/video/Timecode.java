package org.deskbot.ingest.video;

/**
 * Caption and chapter times ({@code 01:02:03.456}, {@code 02:03,456}, {@code 2:03}) in
 * milliseconds.
 */
final class Timecode {
  private Timecode() {}

  /**
   * Parses {@code [H:]MM:SS[.mmm]}; SRT's comma is accepted in place of the dot, and 1 to 3
   * fraction digits (players accept both). Returns -1 when it is not a time.
   */
  static long parse(String s) {
    int n = s.length();
    long[] fields = new long[3];
    int count = 0;
    int i = 0;
    while (true) {
      int start = i;
      long value = 0;
      while (i < n && isDigit(s.charAt(i))) {
        value = value * 10 + (s.charAt(i) - '0');
        if (value > 1_000_000) {
          return -1;
        }
        i++;
      }
      if (i == start || count == 3) {
        return -1;
      }
      fields[count++] = value;
      if (i < n && s.charAt(i) == ':') {
        i++;
        continue;
      }
      break;
    }
    if (count < 2) {
      return -1;
    }
    long millis = 0;
    if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
      i++;
      int digits = 0;
      long scale = 100;
      while (i < n && isDigit(s.charAt(i))) {
        if (digits < 3) {
          millis += (s.charAt(i) - '0') * scale;
          scale /= 10;
        }
        digits++;
        i++;
      }
      if (digits == 0) {
        return -1;
      }
    }
    if (i != n) {
      return -1;
    }
    long hours = count == 3 ? fields[0] : 0;
    long minutes = fields[count - 2];
    long seconds = fields[count - 1];
    if (seconds > 59 || (count == 3 && minutes > 59)) {
      return -1;
    }
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
  }

  /**
   * Like {@link #parse} but also plain seconds ({@code 90}, {@code 90.5}), as chapter lists have.
   */
  static long parseLenient(String s) {
    String t = s.strip();
    if (t.indexOf(':') >= 0) {
      return parse(t);
    }
    try {
      double seconds = Double.parseDouble(t);
      return seconds >= 0 && Double.isFinite(seconds) ? Math.round(seconds * 1000) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
