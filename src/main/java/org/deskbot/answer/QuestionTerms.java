package org.deskbot.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The meaningful words of a question, stemmed, each with the stems that also satisfy it through
 * the synonym list ("smartboard" is satisfied by "panel"): the basis of coverage and highlighting.
 *
 * @param groups stem of each question word → the stems that count as that word
 */
public record QuestionTerms(Map<String, Set<String>> groups) {

  static QuestionTerms of(String question, Analyzer content, Analyzer withSynonyms) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (String word : question.split("[^\\p{L}\\p{N}'-]+")) {
      if (word.isBlank()) {
        continue;
      }
      List<String> stems = tokens(content, word);
      if (stems.isEmpty()) {
        continue;
      }
      Set<String> alternatives = new LinkedHashSet<>(stems);
      alternatives.addAll(tokens(withSynonyms, word));
      for (String stem : stems) {
        groups.computeIfAbsent(stem, k -> new LinkedHashSet<>()).addAll(alternatives);
      }
    }
    return new QuestionTerms(groups);
  }

  /** Every stem that matches some question word. */
  Set<String> allStems() {
    Set<String> all = new LinkedHashSet<>();
    groups.values().forEach(all::addAll);
    return all;
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** [start, end) offsets of the tokens of {@code text} whose stem is in {@code stems}. */
  static List<int[]> matches(Analyzer content, String text, Set<String> stems) {
    List<int[]> out = new ArrayList<>();
    try (TokenStream ts = content.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (stems.contains(term.toString())) {
          out.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
