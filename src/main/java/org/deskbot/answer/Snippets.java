package org.deskbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deskbot.ingest.KnowledgeItem;

/** Picks the sentences of an entry that answer the question, and where a video says them. */
final class Snippets {
  private static final int MAX_CHARS = 280;

  private final AnalyzedTexts texts;

  Snippets(AnalyzedTexts texts) {
    this.texts = texts;
  }

  /** A chosen snippet and the second of the video where it starts (-1 when not a video). */
  record Snippet(String text, List<int[]> highlights, int seconds) {}

  /** A word of the body that matches a question word: where it is and which question word. */
  private record Match(int start, int end, String group) {}

  Snippet best(KnowledgeItem item, QuestionTerms terms, Map<String, Double> idf) {
    String body = item.text();
    Map<String, String> groupOf = terms.groupOfStem();
    List<Match> matches = matches(body, groupOf);
    List<int[]> sentences = sentences(body, item.marks());
    int bestStart = 0;
    int bestEnd = Math.min(body.length(), MAX_CHARS);
    double bestScore = -1;
    for (int i = 0; i < sentences.size(); i++) {
      int start = sentences.get(i)[0];
      Set<String> seen = new HashSet<>();
      double score = 0;
      int m = firstMatchAtOrAfter(matches, start);
      for (int j = i; j < sentences.size(); j++) {
        int end = sentences.get(j)[1];
        if (end - start > MAX_CHARS && j > i) {
          break;
        }
        for (; m < matches.size() && matches.get(m).start() < end; m++) {
          if (seen.add(matches.get(m).group())) {
            score += idf.getOrDefault(matches.get(m).group(), 1.0);
          }
        }
        double s = score - 0.01 * (j - i);
        if (s > bestScore + 1e-9) {
          bestScore = s;
          bestStart = start;
          bestEnd = end;
        }
      }
    }
    while (bestStart < bestEnd && Character.isWhitespace(body.charAt(bestStart))) {
      bestStart++;
    }
    while (bestEnd > bestStart && Character.isWhitespace(body.charAt(bestEnd - 1))) {
      bestEnd--;
    }
    String text = body.substring(bestStart, bestEnd);
    if (text.length() > MAX_CHARS + 40) {
      int cut = text.lastIndexOf(' ', MAX_CHARS);
      text = text.substring(0, cut > 0 ? cut : MAX_CHARS) + " …";
    }
    List<int[]> highlights = new ArrayList<>();
    for (Match mt : matches) {
      if (mt.start() >= bestStart && mt.end() - bestStart <= text.length()) {
        highlights.add(new int[] {mt.start() - bestStart, mt.end() - bestStart});
      }
    }
    int seconds = item.startSeconds() < 0 ? -1 : secondsAt(item, bestStart);
    return new Snippet(text, highlights, seconds);
  }

  /** The snippet that starts at the sentence holding {@code offset}: where a chosen moment is. */
  Snippet at(KnowledgeItem item, QuestionTerms terms, int offset, int seconds) {
    String body = item.text();
    Map<String, String> groupOf = terms.groupOfStem();
    List<int[]> sentences = sentences(body, item.marks());
    int start = 0;
    for (int[] sentence : sentences) {
      if (sentence[0] <= offset) {
        start = sentence[0];
      }
    }
    // within the moment, start at the first sentence that says the question's words, if one does
    int momentEnd = offsetAfter(item, seconds + MOMENT_WINDOW_SECONDS);
    List<Match> matches = matches(body, groupOf);
    for (int[] sentence : sentences) {
      if (sentence[1] <= start || sentence[0] >= momentEnd) {
        continue;
      }
      Set<String> said = new HashSet<>();
      for (Match m : matches) {
        if (m.start() >= sentence[0] && m.end() <= sentence[1]) {
          said.add(m.group());
        }
      }
      if (said.size() >= 2 || (said.size() == 1 && terms.groups().size() == 1)) {
        if (sentence[0] > start) {
          start = sentence[0];
          seconds = Math.max(seconds, secondsAt(item, start));
        }
        break;
      }
    }
    // the moment may begin mid-sentence: start at the moment itself when the sentence began long
    // before
    if (offset - start > 120) {
      start = offset;
    }
    while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    int end = Math.min(body.length(), start + MAX_CHARS);
    if (end < body.length()) {
      int stop = body.lastIndexOf(". ", end);
      end = stop > start + 80 ? stop + 1 : Math.max(start, body.lastIndexOf(' ', end));
    }
    String text = body.substring(start, end).strip();
    List<int[]> highlights = new ArrayList<>();
    for (Match m : matches) {
      if (m.start() >= start && m.end() - start <= text.length()) {
        highlights.add(new int[] {m.start() - start, m.end() - start});
      }
    }
    int at =
        Math.min(
            seconds,
            secondsAt(item, start) < 0
                ? seconds
                : Math.max(secondsAt(item, start), item.startSeconds()));
    return new Snippet(text.isEmpty() ? lead(body) : text, highlights, at);
  }

  /**
   * How far into a chosen moment the link may move to the sentence that says the question's words,
   * in seconds.
   */
  static final int MOMENT_WINDOW_SECONDS = 15;

  /** The text offset of the first time mark at or after {@code seconds}, or the text's end. */
  static int offsetAfter(KnowledgeItem item, int seconds) {
    for (KnowledgeItem.TimeMark m : item.marks()) {
      if (m.seconds() >= seconds) {
        return m.offset();
      }
    }
    return item.text().length();
  }

  /** The start of a text, cut at a word, for links beyond the first few. */
  static String lead(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_CHARS);
    return text.substring(0, cut > 0 ? cut : MAX_CHARS) + " …";
  }

  private static int firstMatchAtOrAfter(List<Match> matches, int offset) {
    int i = 0;
    while (i < matches.size() && matches.get(i).start() < offset) {
      i++;
    }
    return i;
  }

  private List<Match> matches(String body, Map<String, String> groupOf) {
    List<Match> out = new ArrayList<>();
    AnalyzedTexts.Tokens tokens = texts.of(body);
    for (int i = 0; i < tokens.size(); i++) {
      String group = groupOf.get(tokens.terms().get(i));
      if (group != null) {
        out.add(new Match(tokens.starts()[i], tokens.ends()[i], group));
      }
    }
    return out;
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
        int to =
            i + 1 < marks.size()
                ? Math.min(marks.get(i + 1).offset(), body.length())
                : body.length();
        if (to > from) {
          out.add(new int[] {from, to});
        }
      }
    }
    return out;
  }
}
