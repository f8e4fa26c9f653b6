package org.deskbot.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Entry texts analysed once and kept: every answer weighs a few entries' words against the
 * question's, and the same entries come back question after question. An entry's text is the same
 * String each time (entries are read once per index segment), so a look-up is mostly a reference
 * comparison. At most {@link #LIMIT} texts are kept; past that the memory starts again.
 */
final class AnalyzedTexts {
  static final int LIMIT = 4_096;

  /** The words of a text as the index sees them (stemmed, no stop words), with where each is. */
  record Tokens(List<String> terms, int[] starts, int[] ends) {
    int size() {
      return terms.size();
    }
  }

  private final Analyzer analyzer;
  private final Map<String, Tokens> known = new ConcurrentHashMap<>();

  AnalyzedTexts(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  Tokens of(String text) {
    Tokens tokens = known.get(text);
    if (tokens == null) {
      tokens = analyze(text);
      if (known.size() >= LIMIT) {
        known.clear();
      }
      known.put(text, tokens);
    }
    return tokens;
  }

  private Tokens analyze(String text) {
    List<String> terms = new ArrayList<>();
    int[] starts = new int[16];
    int[] ends = new int[16];
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int n = terms.size();
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
          ends = java.util.Arrays.copyOf(ends, n * 2);
        }
        terms.add(term.toString());
        starts[n] = offset.startOffset();
        ends[n] = offset.endOffset();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tokens(
        List.copyOf(terms),
        java.util.Arrays.copyOf(starts, terms.size()),
        java.util.Arrays.copyOf(ends, terms.size()));
  }
}
