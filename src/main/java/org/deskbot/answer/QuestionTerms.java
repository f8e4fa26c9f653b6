package org.deskbot.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The meaningful words of a question, stemmed, each with the stems that also satisfy it through the
 * synonym list ("smartboard" is satisfied by "panel"): the basis of coverage and highlighting.
 *
 * @param groups stem of each question word → the stems that count as that word
 */
public record QuestionTerms(Map<String, Set<String>> groups) {

  /** The last question analysed on this thread, with what it was analysed with. */
  private record Last(
      String question, Analyzer content, Analyzer withSynonyms, QuestionTerms terms) {}

  /**
   * The answer engine analyses a question and, on the same thread right after, the live sessions
   * weigh the same question with the same analyzers (about 4 % of a server's CPU under load when
   * done twice); the terms depend on nothing else, so the second time takes the first's.
   */
  private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

  static QuestionTerms of(String question, Analyzer content, Analyzer withSynonyms) {
    Last last = LAST.get();
    if (last != null
        && last.content() == content
        && last.withSynonyms() == withSynonyms
        && last.question().equals(question)) {
      return last.terms();
    }
    QuestionTerms terms = analyse(question, content, withSynonyms);
    LAST.set(new Last(question, content, withSynonyms, terms));
    return terms;
  }

  private static QuestionTerms analyse(String question, Analyzer content, Analyzer withSynonyms) {
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
    // shared between the two callers of a question: nobody may change it
    groups.replaceAll((stem, alternatives) -> java.util.Collections.unmodifiableSet(alternatives));
    return new QuestionTerms(java.util.Collections.unmodifiableMap(groups));
  }

  /** For every stem that satisfies some question word, the question word (group) it satisfies. */
  Map<String, String> groupOfStem() {
    Map<String, String> out = new HashMap<>();
    groups.forEach((group, stems) -> stems.forEach(stem -> out.putIfAbsent(stem, group)));
    return out;
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
}
