package org.deskbot.ingest.video;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskbot.ingest.ContentException;

/**
 * Reads the cues of a WebVTT or SRT file. Strict where a mistake would silently lose or misplace
 * text (a bad timing line), tolerant where players are (a missing blank line between cues, SRT
 * without index lines, a comma or dot before the milliseconds).
 */
final class CueParser {
  private CueParser() {}

  enum Format {
    VTT,
    SRT
  }

  /**
   * @param language the {@code Language:} header of a WebVTT file, or ""
   */
  record Captions(List<Cue> cues, String language) {}

  private static final Pattern LANGUAGE_HEADER = Pattern.compile("(?i)language\\s*:\\s*(\\S+)\\s*");
  // A line that was meant as a timing line but lost its "-->" ("00:01.000 - 00:02.000").
  private static final Pattern TIMING_WITHOUT_ARROW =
      Pattern.compile(
          "\\s*(?:\\d+:)?\\d{1,2}:\\d{1,2}(?:[.,]\\d+)?\\s*\\S{1,4}\\s*(?:\\d+:)?\\d{1,2}:\\d{1,2}(?:[.,]\\d+)?(?:\\s.*)?");

  static Captions parse(String relative, String text, Format format) throws ContentException {
    String[] lines = lines(text);
    if (lines[0].startsWith("\uFEFF")) {
      lines[0] = lines[0].substring(1);
    }
    int n = lines.length;
    int i = 0;
    String language = "";
    if (format == Format.VTT) {
      if (!startsWithKeyword(lines[0], "WEBVTT")) {
        throw new ContentException(
            relative, 1, "missing WEBVTT header (the first line must be WEBVTT)");
      }
      i = 1;
      while (i < n && !lines[i].isBlank() && !lines[i].contains("-->")) {
        Matcher m = LANGUAGE_HEADER.matcher(lines[i]);
        if (m.matches()) {
          language = m.group(1);
        }
        i++;
      }
    }
    List<Cue> cues = new ArrayList<>();
    int firstContentLine = 0;
    while (i < n) {
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      if (firstContentLine == 0) {
        firstContentLine = i + 1;
      }
      if (format == Format.VTT
          && (startsWithKeyword(lines[i], "NOTE")
              || startsWithKeyword(lines[i], "STYLE")
              || startsWithKeyword(lines[i], "REGION"))) {
        while (i < n && !lines[i].isBlank()) {
          i++;
        }
        continue;
      }
      // The timing line is the block's first line, or its second after a cue identifier / SRT
      // index.
      int timing =
          lines[i].contains("-->") ? i : i + 1 < n && lines[i + 1].contains("-->") ? i + 1 : -1;
      if (timing < 0) {
        i = strayBlock(relative, lines, i, cues);
        continue;
      }
      long[] times = timing(relative, lines[timing], timing + 1);
      i = timing + 1;
      List<String> cueLines = new ArrayList<>();
      // Cue text ends at an empty line. A whitespace-only line does not end it: YouTube's
      // auto-captions put a " " line inside cues.
      while (i < n && !lines[i].isEmpty() && !isTimingLine(lines[i])) {
        cueLines.add(lines[i]);
        i++;
      }
      if (i < n && isTimingLine(lines[i]) && !cueLines.isEmpty() && isIndex(cueLines.getLast())) {
        cueLines.removeLast(); // the next cue's index, written without a blank line before it
      }
      cues.add(new Cue(timing + 1, times[0], times[1], cueLines));
    }
    if (cues.isEmpty()) {
      String example =
          format == Format.VTT ? "00:00:01.000 --> 00:00:04.000" : "00:00:01,000 --> 00:00:04,000";
      throw new ContentException(
          relative,
          Math.max(1, firstContentLine),
          "no cues: expected timing lines like `" + example + "`");
    }
    return new Captions(cues, language);
  }

  /** The lines of a file with any line ending (CRLF, LF, old Mac CR). */
  static String[] lines(String text) {
    List<String> lines = new ArrayList<>(text.length() / 24 + 1);
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines.toArray(String[]::new);
  }

  /**
   * A block without a timing line. Players drop it; a line that looks like a mistyped timing is an
   * error (its text would vanish), and other text after a cue is kept as that cue's (a blank line
   * typed inside the cue's text).
   */
  private static int strayBlock(String relative, String[] lines, int i, List<Cue> cues)
      throws ContentException {
    for (int k = i; k < Math.min(i + 2, lines.length); k++) {
      if (TIMING_WITHOUT_ARROW.matcher(lines[k]).matches()) {
        throw new ContentException(
            relative,
            k + 1,
            "bad cue timing `" + lines[k].strip() + "` (expected `start --> end`)");
      }
    }
    int end = i;
    while (end < lines.length && !lines[end].isBlank()) {
      end++;
    }
    if (!cues.isEmpty()) {
      Cue last = cues.getLast();
      List<String> merged = new ArrayList<>(last.lines());
      merged.addAll(List.of(lines).subList(i, end));
      cues.set(cues.size() - 1, new Cue(last.line(), last.startMs(), last.endMs(), merged));
    }
    return end;
  }

  private static long[] timing(String relative, String line, int lineNumber)
      throws ContentException {
    int arrow = line.indexOf("-->");
    String start = line.substring(0, arrow).strip();
    String rest = line.substring(arrow + 3).strip();
    int space = 0;
    while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) {
      space++;
    }
    // What follows the end time is WebVTT cue settings (or SRT's X1:… coordinates): not needed.
    long startMs = Timecode.parse(start);
    long endMs = Timecode.parse(rest.substring(0, space));
    if (startMs < 0 || endMs < 0) {
      throw new ContentException(relative, lineNumber, "bad cue timing `" + line.strip() + "`");
    }
    if (endMs < startMs) {
      throw new ContentException(
          relative,
          lineNumber,
          "bad cue timing `" + line.strip() + "`: the end is before the start");
    }
    return new long[] {startMs, endMs};
  }

  // Inside cue text "-->" only starts a new cue when the line begins like a time; SRT text may say
  // "File --> Save".
  private static boolean isTimingLine(String line) {
    String s = line.stripLeading();
    return !s.isEmpty() && Character.isDigit(s.charAt(0)) && line.contains("-->");
  }

  private static boolean isIndex(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  private static boolean startsWithKeyword(String line, String keyword) {
    return line.startsWith(keyword)
        && (line.length() == keyword.length()
            || line.charAt(keyword.length()) == ' '
            || line.charAt(keyword.length()) == '\t');
  }
}
