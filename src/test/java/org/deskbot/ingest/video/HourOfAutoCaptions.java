package org.deskbot.ingest.video;

import java.util.ArrayList;
import java.util.List;

/** A one-hour transcript in YouTube's rolling auto-caption format, with a pause every so often. */
final class HourOfAutoCaptions {
  private HourOfAutoCaptions() {}

  private static final String[] WORDS = {
    "so",
    "now",
    "open",
    "the",
    "gradebook",
    "and",
    "click",
    "on",
    "the",
    "assignment",
    "you",
    "want"
  };

  private static List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      StringBuilder line = new StringBuilder();
      for (int w = 0; w < 7; w++) {
        line.append(w == 0 ? "" : " ")
            .append(WORDS[(i + w) % WORDS.length])
            .append(w == 6 ? i : "");
      }
      lines.add(line.toString());
    }
    return lines;
  }

  static String spokenText() {
    return String.join(" ", lines());
  }

  static String vtt() {
    StringBuilder out = new StringBuilder("WEBVTT\nKind: captions\nLanguage: en\n\n");
    List<String> lines = lines();
    String previous = " ";
    long t = 0;
    for (int i = 0; i < lines.size(); i++) {
      String[] words = lines.get(i).split(" ");
      long lineLength = 2_900;
      long end = t + lineLength;
      out.append(time(t)).append(" --> ").append(time(end)).append(" align:start position:0%\n");
      out.append(previous).append('\n');
      StringBuilder timed = new StringBuilder(words[0]);
      for (int w = 1; w < words.length; w++) {
        timed
            .append('<')
            .append(time(t + w * 400L))
            .append("><c> ")
            .append(words[w])
            .append("</c>");
      }
      out.append(timed).append("\n\n");
      out.append(time(end))
          .append(" --> ")
          .append(time(end + 10))
          .append(" align:start position:0%\n");
      out.append(lines.get(i)).append("\n \n\n");
      previous = lines.get(i);
      // Every eleventh line is followed by a breath.
      t = end + 10 + (i % 11 == 10 ? 1_000 : 0);
    }
    return out.toString();
  }

  private static String time(long ms) {
    return String.format(
        "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
  }
}
