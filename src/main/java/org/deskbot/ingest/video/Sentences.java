package org.deskbot.ingest.video;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where sentences end in caption text: the places a passage may be cut and a time mark may start.
 */
final class Sentences {
  private Sentences() {}

  private static final String CLOSERS = "\"')]’”»";
  // A period after these does not end a sentence ("Mr. Lopez", "e.g. a rubric").
  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "e.g", "i.e", "a.m", "p.m");

  /**
   * Splits a cue's clean text at sentence ends. Each sentence gets a start time interpolated by its
   * character position, since captions time cues, not sentences.
   */
  static List<Spoken> split(String text, long startMs, long endMs) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      int after = endAfter(text, i);
      if (after > 0 && after < text.length()) {
        starts.add(after + 1); // clean text: exactly one space follows
        i = after;
      }
    }
    List<Spoken> out = new ArrayList<>(starts.size());
    long span = endMs - startMs;
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1) - 1 : text.length();
      long pieceStart = startMs + span * from / text.length();
      long pieceEnd =
          k + 1 < starts.size() ? startMs + span * starts.get(k + 1) / text.length() : endMs;
      String piece = text.substring(from, to);
      out.add(new Spoken(pieceStart, pieceEnd, piece, true, endsSentence(piece)));
    }
    return out;
  }

  /** Whether clean text ends with a sentence end (trailing quotes and brackets allowed). */
  static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int runStart = i;
    while (runStart > 0 && ".?!".indexOf(text.charAt(runStart - 1)) >= 0) {
      runStart--;
    }
    return endAfter(text, runStart) == text.length();
  }

  /**
   * If a sentence ends with the punctuation at {@code i}, the index just past it (and past closing
   * quotes); otherwise -1. An ellipsis is a pause, not an end: captions use it to carry a sentence
   * into the next cue.
   */
  private static int endAfter(String text, int i) {
    char c = text.charAt(i);
    if (c != '.' && c != '?' && c != '!') {
      return -1;
    }
    if (i > 0 && ".?!".indexOf(text.charAt(i - 1)) >= 0) {
      return -1; // only the first mark of a run decides, else "so... then" would end at its last
      // dot
    }
    int j = i;
    while (j < text.length() && ".?!".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    String run = text.substring(i, j);
    if (run.startsWith("..")) {
      return -1;
    }
    if (run.equals(".") && isAbbreviation(text, i)) {
      return -1;
    }
    while (j < text.length() && CLOSERS.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j < text.length() && text.charAt(j) != ' ') {
      return -1; // "3.5", "docs.google.com", "?!x"
    }
    return j;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && text.charAt(start - 1) != ' ') {
      start--;
    }
    return ABBREVIATIONS.contains(text.substring(start, dot).toLowerCase(Locale.ROOT));
  }
}
