package org.deskbot.ingest.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.deskbot.ingest.video.PassageCutter.Passage;
import org.junit.jupiter.api.Test;

class PassageCutterTest {

  /**
   * Cues of {@code seconds} each, back to back; every {@code sentenceEvery}-th ends a sentence (0:
   * none).
   */
  private static List<Spoken> cues(int count, double seconds, int sentenceEvery) {
    List<Spoken> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long start = Math.round(i * seconds * 1000);
      long end = Math.round((i + 1) * seconds * 1000);
      boolean end_ = sentenceEvery > 0 && (i + 1) % sentenceEvery == 0;
      out.add(new Spoken(start, end, "w" + i + (end_ ? "." : ""), true, end_));
    }
    return out;
  }

  private static List<Long> starts(List<Passage> passages) {
    return passages.stream().map(Passage::startMs).toList();
  }

  @Test
  void punctuatedTextIsCutAtTheSentenceEndNearest45Seconds() {
    // 3 s cues, a sentence every 4 cues: sentence boundaries every 12 s (12, 24, 36, 48, 60 ...).
    List<Passage> passages = PassageCutter.cut(cues(100, 3, 4), List.of());
    assertEquals(List.of(0L, 48_000L, 96_000L, 144_000L, 192_000L, 240_000L), starts(passages));
    for (Passage p : passages) {
      assertTrue(p.pieces().getLast().sentenceEnd(), "cut after a sentence: " + p.startMs());
    }
    assertEquals(300_000L, passages.getLast().endMs());
  }

  @Test
  void everyPassageOfALongVideoIs30To60Seconds() {
    for (int sentenceEvery : new int[] {0, 1, 3, 7, 50}) {
      List<Passage> passages = PassageCutter.cut(cues(1_200, 2.7, sentenceEvery), List.of());
      assertTrue(passages.size() > 50);
      for (Passage p : passages) {
        long length = p.endMs() - p.startMs();
        assertTrue(
            length >= 30_000 && length <= 60_000,
            sentenceEvery + ": " + p.startMs() + " lasts " + length);
      }
    }
  }

  @Test
  void unpunctuatedWordsAreCutAtTheLongestPause() {
    List<Spoken> words = new ArrayList<>();
    long t = 0;
    // Words 0.4 s apart, each spoken for 0.3 s, and one long silence at 39.6 s.
    for (int i = 0; i < 200; i++) {
      words.add(new Spoken(t, t + 300, "w" + i, i == 0, false));
      t += i == 99 ? 2_000 : 400; // word 100 starts 1.7 s after word 99 ends
    }
    List<Passage> passages = PassageCutter.cut(words, List.of());
    assertEquals(99 * 400L + 2_000L, passages.get(1).startMs());
  }

  @Test
  void withoutPausesOrPunctuationTheCutIsAt45Seconds() {
    List<Passage> passages = PassageCutter.cut(cues(120, 1, 0), List.of());
    assertEquals(List.of(0L, 45_000L, 90_000L), starts(passages));
  }

  @Test
  void aShortVideoIsOnePassage() {
    List<Passage> passages = PassageCutter.cut(cues(8, 2.5, 2), List.of());
    assertEquals(1, passages.size());
    assertEquals(8, passages.getFirst().pieces().size());
  }

  @Test
  void aLittleOverAMinuteStillLeavesAUsefulLastPassage() {
    // 68 s: a cut nearest 45 s would leave 23 s; the cut leaves the 30 s a passage needs.
    List<Passage> passages = PassageCutter.cut(cues(68, 1, 1), List.of());
    assertEquals(List.of(0L, 38_000L), starts(passages));
    // 72 s with its only sentence end at 60 s: cutting there would leave a 12 s stub.
    List<Spoken> pieces = new ArrayList<>(cues(72, 1, 0));
    pieces.set(59, new Spoken(59_000, 60_000, "end.", true, true));
    assertEquals(List.of(0L, 42_000L), starts(PassageCutter.cut(pieces, List.of())));
  }

  @Test
  void aStubAfterAVeryLongCueJoinsThePassageBefore() {
    List<Spoken> pieces =
        List.of(
            new Spoken(0, 65_000, "a whole minute of one cue", true, false),
            new Spoken(65_000, 70_000, "then a bit", true, false),
            new Spoken(70_000, 78_000, "more", true, false));
    List<Passage> passages = PassageCutter.cut(pieces, List.of());
    assertEquals(1, passages.size());
    assertEquals(3, passages.getFirst().pieces().size());
  }

  @Test
  void chapterStartsAlwaysStartAPassage() {
    List<Chapter> chapters =
        List.of(
            new Chapter(0, "Intro"), new Chapter(20_000, "Sign in"), new Chapter(100_500, "Share"));
    // 2 s cues, a sentence every cue; the cue at 100 s starts within the slack of 100.5 s.
    List<Passage> passages = PassageCutter.cut(cues(100, 2, 1), chapters);
    assertEquals(List.of(0L, 20_000L, 64_000L, 100_000L, 144_000L), starts(passages));
    assertEquals(List.of(0, 1, 1, 2, 2), passages.stream().map(Passage::chapter).toList());
  }

  @Test
  void textBeforeTheFirstChapterHasNone() {
    List<Passage> passages =
        PassageCutter.cut(cues(30, 1, 0), List.of(new Chapter(10_000, "Later")));
    assertEquals(List.of(-1, 0), passages.stream().map(Passage::chapter).toList());
    assertEquals(List.of(0L, 10_000L), starts(passages));
  }

  @Test
  void chaptersInTheSameSecondDoNotGiveTwoPassagesWithOneId() {
    List<Chapter> chapters =
        List.of(new Chapter(0, "A"), new Chapter(10_100, "B"), new Chapter(10_700, "C"));
    List<Spoken> pieces =
        List.of(
            new Spoken(0, 10_000, "a", true, true),
            new Spoken(10_100, 10_600, "b", true, true),
            new Spoken(10_700, 20_000, "c", true, true));
    List<Passage> passages = PassageCutter.cut(pieces, chapters);
    assertEquals(List.of(0L, 10_100L), starts(passages));
    assertEquals(2, passages.get(1).pieces().size());
  }
}
