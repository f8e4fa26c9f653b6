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
  /** One {@code VEVENT}: its {@code BEGIN} line and the first line of each property in it. */
  record Event(int begin, Map<String, Integer> properties) {
    /** The line of {@code property}, or the event's {@code BEGIN} line when it has none. */
    int of(String property) {
      return properties.getOrDefault(property, begin);
    }
  }

  private IcsLines() {}

  /** The file's events in order (nested components such as alarms belong to their event). */
  static List<Event> events(String text) {
    List<Event> events = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    Map<String, Integer> current = null;
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
          begin = i + 1;
          depth = 0;
        }
        continue;
      }
      if (upper.startsWith("BEGIN:")) {
        depth++;
      } else if (upper.startsWith("END:")) {
        if (depth == 0) {
          events.add(new Event(begin, current));
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
      }
    }
    return events;
  }
}
