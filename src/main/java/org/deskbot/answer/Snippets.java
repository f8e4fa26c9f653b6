package org.deskbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.deskbot.ingest.KnowledgeItem;

/** Picks the sentences of an entry that answer the question, and where a video says them. */
final class Snippets {
  private static final int MAX_CHARS = 280;

  private final Analyzer content;

  Snippets(Analyzer content) {
    this.content = content;
  }

  /** A chosen snippet and the second of the video where it starts (-1 when not a video). */
  record Snippet(String text, List<int[]> highlights, int seconds) {}

  Snippet best(KnowledgeItem item, QuestionTerms terms, Map<String, Double> idf) {
    String body = item.text();
    List<int[]> sentences = sentences(body, item.marks());
    Set<String> stems = terms.allStems();
    int bestStart = 0;
    int bestEnd = Math.min(body.length(), MAX_CHARS);
    double bestScore = -1;
    for (int i = 0; i < sentences.size(); i++) {
      int start = sentences.get(i)[0];
      int end = sentences.get(i)[1];
      // grow the window with following sentences while it stays short
      for (int j = i; j < sentences.size(); j++) {
        end = sentences.get(j)[1];
        if (end - start > MAX_CHARS && j > i) {
          break;
        }
        double score = score(body.substring(start, end), stems, terms, idf) - 0.01 * (j - i);
        if (score > bestScore + 1e-9) {
          bestScore = score;
          bestStart = start;
          bestEnd = end;
        }
      }
    }
    String text = body.substring(bestStart, bestEnd).strip();
    int lead = body.substring(bestStart, bestEnd).indexOf(text.isEmpty() ? " " : text.substring(0, 1));
    int from = bestStart + Math.max(0, lead);
    if (text.length() > MAX_CHARS + 40) {
      int cut = text.lastIndexOf(' ', MAX_CHARS);
      text = text.substring(0, cut > 0 ? cut : MAX_CHARS) + " …";
    }
    int seconds = item.startSeconds() < 0 ? -1 : secondsAt(item, from);
    return new Snippet(text, QuestionTerms.matches(content, text, stems), seconds);
  }

  private double score(String sentence, Set<String> stems, QuestionTerms terms, Map<String, Double> idf) {
    List<String> tokens = QuestionTerms.tokens(content, sentence);
    double s = 0;
    for (var group : terms.groups().entrySet()) {
      for (String alt : group.getValue()) {
        if (tokens.contains(alt)) {
          s += idf.getOrDefault(group.getKey(), 1.0);
          break;
        }
      }
    }
    return s;
  }

  /** The second where the text at {@code offset} is spoken: the last time mark at or before it. */
  static int secondsAt(KnowledgeItem item, int offset) {
    int seconds = item.startSeconds();
    for (KnowledgeItem.TimeMark m : item.marks()) {
      if (m.offset() <= offset) {
        seconds = m.seconds();
      } else {
        break;
      }
    }
    return seconds;
  }

  /**
   * Sentence spans: split after . ! ? and at line breaks; text without punctuation (YouTube
   * auto-captions) is split at its cue marks instead.
   */
  static List<int[]> sentences(String body, List<KnowledgeItem.TimeMark> marks) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean end =
          c == '\n'
              || ((c == '.' || c == '!' || c == '?')
                  && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1))));
      if (end) {
        if (i + 1 - start > 1) {
          out.add(new int[] {start, i + 1});
        }
        start = i + 1;
      }
    }
    if (start < body.length()) {
      out.add(new int[] {start, body.length()});
    }
    if (out.size() <= 1 && marks.size() > 1) {
      out.clear();
      for (int i = 0; i < marks.size(); i++) {
        int from = Math.min(marks.get(i).offset(), body.length());
        int to = i + 1 < marks.size() ? Math.min(marks.get(i + 1).offset(), body.length()) : body.length();
        if (to > from) {
          out.add(new int[] {from, to});
        }
      }
    }
    return out;
  }
}
