package org.deskbot.ingest.video;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts spoken text into passages of about 30–60 s: long enough to answer a question, short enough
 * that the link lands near the answer. A chapter start always starts a passage.
 */
final class PassageCutter {
  private PassageCutter() {}

  static final long MIN_MS = 30_000;
  static final long MAX_MS = 60_000;
  static final long TARGET_MS = 45_000;

  /** A last piece shorter than this is not worth its own link: it joins the passage before. */
  static final long MIN_TAIL_MS = 15_000;

  /** Gaps shorter than this are timing noise, not pauses. */
  static final long MIN_PAUSE_MS = 250;

  /** Captions often start a moment before the chapter mark the editor set. */
  static final long CHAPTER_SLACK_MS = 500;

  /**
   * @param chapter index into the chapter list, or -1 before the first chapter (or without any)
   */
  record Passage(List<Spoken> pieces, int chapter) {
    long startMs() {
      return pieces.getFirst().startMs();
    }

    long endMs() {
      return pieces.getLast().endMs();
    }
  }

  static List<Passage> cut(List<Spoken> pieces, List<Chapter> chapters) {
    List<Passage> out = new ArrayList<>();
    int from = 0;
    int chapter = chapterAt(chapters, pieces.getFirst().startMs(), -1);
    for (int i = 1; i <= pieces.size(); i++) {
      int next =
          i < pieces.size() ? chapterAt(chapters, pieces.get(i).startMs(), chapter) : chapter + 1;
      if (next != chapter) {
        cutSegment(pieces.subList(from, i), chapter, out);
        from = i;
        chapter = next;
      }
    }
    return mergeSameSecond(out);
  }

  /** The chapter a piece starting at {@code ms} belongs to; never earlier than {@code atLeast}. */
  private static int chapterAt(List<Chapter> chapters, long ms, int atLeast) {
    int found = -1;
    for (int k = 0;
        k < chapters.size() && chapters.get(k).startMs() <= ms + CHAPTER_SLACK_MS;
        k++) {
      found = k;
    }
    return Math.max(found, atLeast);
  }

  private static void cutSegment(List<Spoken> seg, int chapter, List<Passage> out) {
    long segEnd = seg.getLast().endMs();
    List<Passage> passages = new ArrayList<>();
    int i = 0;
    while (i < seg.size()) {
      int j = segEnd - seg.get(i).startMs() <= MAX_MS ? seg.size() : cutPoint(seg, i, segEnd);
      passages.add(new Passage(List.copyOf(seg.subList(i, j)), chapter));
      i = j;
    }
    if (passages.size() >= 2
        && passages.getLast().endMs() - passages.getLast().startMs() < MIN_TAIL_MS) {
      Passage tail = passages.removeLast();
      passages.add(join(passages.removeLast(), tail));
    }
    out.addAll(passages);
  }

  /**
   * Where the passage starting at piece {@code i} ends: at the sentence end nearest 45 s, else at
   * the longest pause, else nearest 45 s; always 30–60 s long, and leaving enough after it for a
   * full passage (30 s) or at least a useful one (15 s) when the pieces allow.
   */
  private static int cutPoint(List<Spoken> seg, int i, long segEnd) {
    for (long minTail : new long[] {MIN_MS, MIN_TAIL_MS}) {
      int j = bestCut(seg, i, segEnd, minTail);
      if (j >= 0) {
        return j;
      }
    }
    long start = seg.get(i).startMs();
    if (segEnd - start <= MAX_MS + MIN_TAIL_MS) {
      return seg.size(); // every cut would leave a stub; a slightly long passage reads better
    }
    // No piece starts inside the window (one very long cue): cut at the first one after it.
    for (int j = i + 1; j < seg.size(); j++) {
      if (seg.get(j).startMs() - start >= MIN_MS) {
        return j;
      }
    }
    return seg.size();
  }

  /** The best cut 30–60 s after piece {@code i} leaving {@code minTail} after it, or -1. */
  private static int bestCut(List<Spoken> seg, int i, long segEnd, long minTail) {
    long start = seg.get(i).startMs();
    int sentence = -1;
    int pause = -1;
    long longestPause = MIN_PAUSE_MS - 1;
    int nearest = -1;
    for (int j = i + 1; j < seg.size(); j++) {
      long at = seg.get(j).startMs();
      if (at - start > MAX_MS) {
        break;
      }
      if (at - start < MIN_MS || segEnd - at < minTail) {
        continue;
      }
      if (seg.get(j - 1).sentenceEnd() && closerToTarget(seg, start, j, sentence)) {
        sentence = j;
      }
      long gap = at - seg.get(j - 1).endMs();
      if (gap > longestPause) {
        longestPause = gap;
        pause = j;
      }
      if (closerToTarget(seg, start, j, nearest)) {
        nearest = j;
      }
    }
    return sentence >= 0 ? sentence : pause >= 0 ? pause : nearest;
  }

  private static boolean closerToTarget(List<Spoken> seg, long start, int j, int best) {
    return best < 0
        || Math.abs(seg.get(j).startMs() - start - TARGET_MS)
            < Math.abs(seg.get(best).startMs() - start - TARGET_MS);
  }

  // Ids are file#second: two passages starting in the same second (chapters a moment apart) would
  // collide.
  private static List<Passage> mergeSameSecond(List<Passage> passages) {
    List<Passage> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      if (!out.isEmpty() && out.getLast().startMs() / 1000 == p.startMs() / 1000) {
        out.add(join(out.removeLast(), p));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static Passage join(Passage first, Passage second) {
    List<Spoken> pieces = new ArrayList<>(first.pieces());
    pieces.addAll(second.pieces());
    return new Passage(List.copyOf(pieces), first.chapter());
  }
}
