package org.deskbot.ingest.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each event of an iCalendar file starts and where its properties are, by physical line
 * (folded lines counted), so a bad event is reported as {@code file:line}. The parser gives lines
 * only for what it cannot parse at all.
 */
final class IcsLines {
  /**
   * One {@code VEVENT}: its {@code BEGIN} line, the first line of each property in it and that
   * line's text (unfolded only as far as its first physical line).
   */
  record Event(int begin, Map<String, Integer> properties, Map<String, String> texts) {
    /** The line of {@code property}, or the event's {@code BEGIN} line when it has none. */
    int of(String property) {
      return properties.getOrDefault(property, begin);
    }
  }

  private IcsLines() {}

  /** A content line: {@code NAME[;PARAM=value[,value]...]:value}. */
  private static final java.util.regex.Pattern CONTENT_LINE =
      java.util.regex.Pattern.compile(
          "[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=(?:\"[^\"]*\"|[^\";:,]*)(?:,(?:\"[^\"]*\"|[^\";:,]*))*)*:.*",
          java.util.regex.Pattern.DOTALL);

  /**
   * The first line that is not a content line (unfolded), or empty: a parser in relaxed mode would
   * read past it into the next property, and report that one instead.
   */
  static java.util.Optional<Integer> firstBadLine(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    StringBuilder logical = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= lines.length; i++) {
      boolean continuation =
          i < lines.length
              && !lines[i].isEmpty()
              && (lines[i].charAt(0) == ' ' || lines[i].charAt(0) == '\t');
      if (continuation) {
        logical.append(lines[i], 1, lines[i].length());
        continue;
      }
      if (!logical.isEmpty() && !CONTENT_LINE.matcher(logical).matches()) {
        return java.util.Optional.of(start);
      }
      logical.setLength(0);
      if (i < lines.length) {
        logical.append(lines[i]);
        start = i + 1;
      }
    }
    return java.util.Optional.empty();
  }

  /** The file's events in order (nested components such as alarms belong to their event). */
  static List<Event> events(String text) {
    List<Event> events = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    Map<String, Integer> current = null;
    Map<String, String> texts = null;
    int begin = 0;
    int depth = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        continue; // a continuation of a folded line
      }
      String upper = line.toUpperCase(Locale.ROOT);
      if (current == null) {
        if (upper.startsWith("BEGIN:VEVENT")) {
          current = new LinkedHashMap<>();
          texts = new LinkedHashMap<>();
          begin = i + 1;
          depth = 0;
        }
        continue;
      }
      if (upper.startsWith("BEGIN:")) {
        depth++;
      } else if (upper.startsWith("END:")) {
        if (depth == 0) {
          events.add(new Event(begin, current, texts));
          current = null;
        } else {
          depth--;
        }
      } else if (depth == 0) {
        int end = 0;
        while (end < upper.length() && upper.charAt(end) != ';' && upper.charAt(end) != ':') {
          end++;
        }
        current.putIfAbsent(upper.substring(0, end), i + 1);
        texts.putIfAbsent(upper.substring(0, end), line);
      }
    }
    return events;
  }
}
