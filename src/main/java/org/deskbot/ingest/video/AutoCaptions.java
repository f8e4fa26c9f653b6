package org.deskbot.ingest.video;

import java.util.ArrayList;
import java.util.List;

/**
 * YouTube's automatic captions. Each cue shows two lines, the previous cue's last line again above
 * the new one, and a 10 ms cue between them holds the finished line alone; the new line carries a
 * {@code <00:00:01.120>} timestamp per word. Read naively every word comes out two or three times;
 * this keeps each line once, in order, split into timed words.
 */
final class AutoCaptions {
  private AutoCaptions() {}

  // Speech runs at roughly 12-15 characters a second; a word timed longer than that was followed by
  // a pause.
  private static final long MS_PER_CHAR = 70;
  private static final long MS_PER_WORD = 120;

  /**
   * Whether the cues look like rolling auto-captions: word timestamps, or a third of the cues
   * starting with the line the cue before ended with (the same captions converted to SRT lose the
   * timestamps but keep the repeats).
   */
  static boolean isRolling(List<Cue> cues) {
    int repeats = 0;
    String previousLast = null;
    for (Cue cue : cues) {
      for (String raw : cue.lines()) {
        if (CaptionText.nextTimestamp(raw, 0) >= 0) {
          return true;
        }
      }
      List<String> lines = CaptionText.cleanLines(cue.lines());
      if (lines.isEmpty()) {
        continue;
      }
      if (lines.getFirst().equals(previousLast)) {
        repeats++;
      }
      previousLast = lines.getLast();
    }
    return repeats >= 2 && repeats * 3 >= cues.size();
  }

  /**
   * Each line once, as timed words (or as one piece per line when the words carry no timestamps).
   */
  static List<Spoken> words(List<Cue> cues) {
    List<Spoken> out = new ArrayList<>();
    List<String> said = new ArrayList<>();
    for (Cue cue : cues) {
      List<String> raw = new ArrayList<>();
      List<String> clean = new ArrayList<>();
      for (String line : cue.lines()) {
        String c = CaptionText.clean(line);
        if (!c.isEmpty()) {
          raw.add(line);
          clean.add(c);
        }
      }
      for (int k = alreadySaid(said, clean); k < raw.size(); k++) {
        addWords(out, raw.get(k), cue);
        said.add(clean.get(k));
      }
      if (said.size() > 8) {
        said.subList(0, said.size() - 4).clear();
      }
    }
    return out;
  }

  /** How many of the cue's first lines repeat the last lines already said. */
  private static int alreadySaid(List<String> said, List<String> lines) {
    for (int k = Math.min(Math.min(said.size(), lines.size()), 3); k > 0; k--) {
      if (said.subList(said.size() - k, said.size()).equals(lines.subList(0, k))) {
        return k;
      }
    }
    return 0;
  }

  private static void addWords(List<Spoken> out, String raw, Cue cue) {
    List<Long> starts = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    long start = cue.startMs();
    int from = 0;
    for (int lt = CaptionText.nextTimestamp(raw, 0);
        lt >= 0;
        lt = CaptionText.nextTimestamp(raw, from)) {
      starts.add(start);
      texts.add(raw.substring(from, lt));
      long t = CaptionText.timestampAt(raw, lt);
      // Timestamps outside the cue come from hand-edited files; keep the words in cue order.
      start = Math.min(Math.max(t, start), cue.endMs());
      from = CaptionText.tagEnd(raw, lt) + 1;
    }
    starts.add(start);
    texts.add(raw.substring(from));
    boolean lineStart = true;
    for (int k = 0; k < texts.size(); k++) {
      String text = CaptionText.clean(texts.get(k));
      if (text.isEmpty()) {
        continue;
      }
      long wordStart = starts.get(k);
      long next = k + 1 < starts.size() ? starts.get(k + 1) : cue.endMs();
      // A timestamp says when a word starts, not when it ends: estimate the end, so that the
      // time left before the next word shows as a pause where a passage may be cut.
      long spoken = MS_PER_WORD + MS_PER_CHAR * text.length();
      long wordEnd = Math.max(wordStart, Math.min(next, wordStart + spoken));
      boolean afterSentence = !out.isEmpty() && out.getLast().sentenceEnd();
      out.add(
          new Spoken(
              wordStart, wordEnd, text, lineStart || afterSentence, Sentences.endsSentence(text)));
      lineStart = false;
    }
  }
}
