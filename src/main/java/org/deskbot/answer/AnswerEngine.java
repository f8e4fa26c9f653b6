package org.deskbot.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deskbot.ingest.KnowledgeItem;

/** A question in, an answer out: clean → search → collapse → decide → snippets. */
public final class AnswerEngine {
  /** How deep each retriever looks before collapsing and cutting to the answer's length. */
  static final int DEPTH = 50;

  private final ContentSearcher searcher;
  private final DecisionModel decision;
  private final Snippets snippets;

  public AnswerEngine(ContentSearcher searcher, DecisionModel decision) {
    this.searcher = searcher;
    this.decision = decision;
    this.snippets = new Snippets(searcher.contentAnalyzer());
  }

  /** Answers {@code question} with at most {@code limit} links. */
  public Answer answer(String question, int limit) throws IOException {
    long started = System.nanoTime();
    String cleaned = ChatText.clean(question);
    String language = "en";
    Answer answer =
        searcher.withSearcher(
            s -> {
              QuestionTerms terms =
                  QuestionTerms.of(cleaned, searcher.contentAnalyzer(), searcher.questionAnalyzer());
              if (terms.groups().isEmpty()) {
                return new Answer(question, cleaned, language, Decision.ESCALATE, List.of(), 0, 0);
              }
              Map<String, Double> idf = searcher.idf(s.getIndexReader(), terms);
              List<ContentSearcher.Hit> hits = searcher.bm25(s, cleaned, false, DEPTH);
              List<ContentSearcher.Hit> top = ContentSearcher.collapse(hits, ContentSearcher.Hit::item, Math.max(1, limit));
              Features features = features(hits, top, terms, idf);
              double confidence = decision.confidence(features);
              Decision d = top.isEmpty() ? Decision.ESCALATE : decision.decide(confidence);
              List<Result> results = new ArrayList<>();
              for (ContentSearcher.Hit h : top) {
                results.add(result(h.item(), h.bm25(), terms, idf));
              }
              return new Answer(question, cleaned, language, d, results, confidence, 0);
            });
    double millis = (System.nanoTime() - started) / 1e6;
    return new Answer(
        answer.question(), answer.cleaned(), answer.language(), answer.decision(), answer.results(),
        answer.confidence(), millis);
  }

  private Result result(KnowledgeItem item, double score, QuestionTerms terms, Map<String, Double> idf) {
    Snippets.Snippet snip = snippets.best(item, terms, idf);
    String url = item.url();
    if (snip.seconds() >= 0 && snip.seconds() != item.startSeconds()) {
      url = org.deskbot.ingest.video.VideoLinks.urlAt(stripTime(url), snip.seconds());
    }
    return new Result(item.type(), item.title(), url, score, snip.text(), snip.highlights(), snip.seconds(), item.category());
  }

  private static String stripTime(String url) {
    return url.replaceAll("([?&])t=\\d+s?(&|$)", "$1").replaceAll("[?&]$", "");
  }

  private Features features(
      List<ContentSearcher.Hit> hits, List<ContentSearcher.Hit> top, QuestionTerms terms, Map<String, Double> idf) {
    if (top.isEmpty()) {
      return Features.NONE;
    }
    KnowledgeItem best = top.get(0).item();
    double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    double coverage = coverage(best.title() + "\n" + String.join("\n", best.aliases()) + "\n" + best.parent() + "\n" + best.text(), terms, idf, total);
    double titleCoverage = coverage(best.title() + "\n" + String.join("\n", best.aliases()), terms, idf, total);
    double top1 = top.get(0).bm25();
    double top2 = top.size() > 1 ? top.get(1).bm25() : 0;
    return new Features(
        coverage,
        titleCoverage,
        total == 0 ? 0 : top1 / total,
        top1 == 0 ? 0 : (top1 - top2) / top1,
        0,
        0,
        0,
        terms.groups().size());
  }

  private double coverage(String text, QuestionTerms terms, Map<String, Double> idf, double total) {
    if (total == 0) {
      return 0;
    }
    Set<String> tokens = Set.copyOf(QuestionTerms.tokens(searcher.contentAnalyzer(), text));
    double found = 0;
    for (var g : terms.groups().entrySet()) {
      for (String alt : g.getValue()) {
        if (tokens.contains(alt)) {
          found += idf.getOrDefault(g.getKey(), 0.0);
          break;
        }
      }
    }
    return found / total;
  }
}
