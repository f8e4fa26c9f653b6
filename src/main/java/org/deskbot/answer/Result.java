package org.deskbot.answer;

import java.util.List;
import org.deskbot.ingest.ContentType;

/**
 * One link in an answer.
 *
 * @param type faq, video, tip or module
 * @param title the link text
 * @param url the deep link (a video at {@code seconds})
 * @param score the retrieval score (higher is better; comparable within one answer)
 * @param snippet the sentences that answer, plain text
 * @param highlights [start, end) character ranges in {@code snippet} that match the question
 * @param seconds for a video, where the snippet is spoken; -1 otherwise
 * @param category the entry's category, "" when unknown
 * @param start for a live session ({@code event}), when its next session starts, in the district's
 *     time; null for every other link
 */
public record Result(
    ContentType type,
    String title,
    String url,
    double score,
    String snippet,
    List<int[]> highlights,
    int seconds,
    String category,
    java.time.OffsetDateTime start) {

  /** "2:15" or "1:02:03": how a video time is shown to a teacher. */
  public static String clock(int seconds) {
    int h = seconds / 3600;
    int m = (seconds % 3600) / 60;
    int s = seconds % 60;
    return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
  }
}
