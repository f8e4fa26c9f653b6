package org.deskbot.ingest.video;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The spoken text of a transcript, in time order, as pieces a passage can be cut between. */
final class SpokenText {
  private SpokenText() {}

  static List<Spoken> of(List<Cue> cues) {
    List<Cue> sorted = new ArrayList<>(cues);
    // Players show cues by time; some SRT editors write them out of order. The sort is stable.
    sorted.sort(Comparator.comparingLong(Cue::startMs));
    if (AutoCaptions.isRolling(sorted)) {
      return AutoCaptions.words(sorted);
    }
    List<Spoken> out = new ArrayList<>();
    for (Cue cue : sorted) {
      String text = String.join(" ", CaptionText.cleanLines(cue.lines()));
      if (!text.isEmpty()) {
        out.addAll(Sentences.split(text, cue.startMs(), cue.endMs()));
      }
    }
    return out;
  }
}
