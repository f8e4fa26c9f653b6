package org.deskbot.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.deskbot.classify.LanguageGuess;
import org.deskbot.index.Analyzers;
import org.deskbot.index.Embedder;
import org.deskbot.index.EntryDocuments;
import org.deskbot.ingest.KnowledgeItem;
import org.deskbot.ingest.video.VideoLinks;

/**
 * A question in (plain text: each door took out its markup, see {@code chat.TypedText}), an answer
 * out: detect the language → retrieve (BM25 and, when on, semantic search, fused) → collapse each
 * video / newsletter / module to its best entry → decide → pick the sentences that answer.
 */
public final class AnswerEngine {
  /** How deep each retriever looks before fusing, collapsing and cutting. */
  static final int DEPTH = 50;

  /** Links that get a chosen passage: a chat answer shows at most three. */
  static final int SNIPPETS = 3;

  /** How the two retrievers are fused: z-scores, semantic weighted by {@code denseWeight}. */
  public record Fusion(double denseWeight) {}

  private final ContentSearcher searcher;
  private volatile DecisionModel decision;
  private final Embedder embedder;
  private final Fusion fusion;
  private final LanguageGuess languages;
  private final AnalyzedTexts english;
  private final AnalyzedTexts spanish = new AnalyzedTexts(Analyzers.spanish());
  private final Snippets englishSnippets;
  private final Snippets spanishSnippets;

  /** {@code embedder} null: BM25 only. */
  public AnswerEngine(
      ContentSearcher searcher,
      DecisionModel decision,
      Embedder embedder,
      Fusion fusion,
      LanguageGuess languages) {
    this.searcher = searcher;
    this.decision = decision;
    this.embedder = embedder;
    this.fusion = fusion;
    this.languages = languages;
    this.english = new AnalyzedTexts(searcher.contentAnalyzer());
    this.englishSnippets = new Snippets(english);
    this.spanishSnippets = new Snippets(spanish);
  }

  /** From now on, decide with {@code model} (the team applied a new decision). */
  public void useDecision(DecisionModel model) {
    this.decision = model;
  }

  /** The model that decided {@code answer} (Spanish questions: the uncalibrated one). */
  public DecisionModel decisionModel(Answer answer) {
    return answer.language().equals("es") ? DecisionModel.UNCALIBRATED : decision;
  }

  /** A retrieved entry with both scores and the fused one. */
  record Candidate(
      int doc,
      String group,
      double bm25,
      double cosine,
      double fused,
      EntryDocuments.Moment moment) {
    Candidate(int doc, String group, double bm25, double cosine, double fused) {
      this(doc, group, bm25, cosine, fused, null);
    }
  }

  /**
   * Answers {@code question} with at most {@code limit} links; from a virtual thread (a request of
   * the web server: Teams, the web page), on the answer threads ({@link AnswerThreads}).
   */
  public Answer answer(String question, int limit) throws IOException {
    if (Thread.currentThread().isVirtual()) {
      try {
        return AnswerThreads.run(() -> answer(question, limit));
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while answering");
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
    long started = System.nanoTime();
    String cleaned = question == null ? "" : question.strip();
    String language = languages == null ? "en" : languages.detect(cleaned);
    Answer answer =
        searcher.withSearcher(s -> answer(s, question, cleaned, language, Math.max(1, limit)));
    double millis = (System.nanoTime() - started) / 1e6;
    return answer.withMillis(millis);
  }

  private Answer answer(
      IndexSearcher s, String question, String cleaned, String language, int limit)
      throws IOException {
    boolean isSpanish = language.equals("es");
    if (isSpanish && !ContentSearcher.hasLanguage(s, "es")) {
      // no content in the teacher's language: a person, at once, rather than English links
      return new Answer(
          question, cleaned, language, Decision.ESCALATE, List.of(), 0, 0, Features.NONE);
    }
    AnalyzedTexts texts = isSpanish ? spanish : english;
    Analyzer withSynonyms = isSpanish ? spanish.analyzer() : searcher.questionAnalyzer();
    QuestionTerms terms = QuestionTerms.of(cleaned, texts.analyzer(), withSynonyms);
    if (terms.groups().isEmpty()) {
      return new Answer(
          question, cleaned, language, Decision.ESCALATE, List.of(), 0, 0, Features.NONE);
    }
    Map<String, Double> idf = searcher.idf(s, terms, isSpanish);
    List<ContentSearcher.Hit> bm25 = searcher.bm25(s, cleaned, isSpanish, DEPTH);
    boolean dense =
        embedder != null && !isSpanish && ContentSearcher.hasVectors(s.getIndexReader());
    Map<Integer, Double> knn = Map.of();
    float[] qv = null;
    if (dense) {
      qv = embedder.embedQuestion(cleaned);
      knn = searcher.knn(s, qv, DEPTH);
    }
    List<Candidate> ranked = fuse(s, bm25, knn, qv, dense);
    List<Candidate> top =
        withinGroupBest(
            s,
            ContentSearcher.collapse(ranked, Candidate::group, limit),
            ranked,
            qv,
            terms,
            idf,
            cleaned);
    Map<Integer, KnowledgeItem> items = new HashMap<>();
    for (Candidate c : top) {
      items.put(c.doc(), ContentSearcher.item(s.getIndexReader(), c.doc()));
    }
    Features features = features(ranked, top, items, bm25, knn, terms, idf, texts);
    // the calibrated model leans on semantic similarity, which is English-only: Spanish questions
    // are decided on how much of the question the best entry covers
    DecisionModel model = isSpanish ? DecisionModel.UNCALIBRATED : decision;
    double confidence = model.confidence(features);
    Decision d = top.isEmpty() ? Decision.ESCALATE : model.decide(confidence);
    Snippets snippets = isSpanish ? spanishSnippets : englishSnippets;
    List<Result> results = new ArrayList<>();
    for (Candidate c : top) {
      KnowledgeItem item = items.get(c.doc());
      results.add(
          results.size() < SNIPPETS
              ? result(c, item, terms, idf, snippets)
              : new Result(
                  item.type(),
                  item.title(),
                  item.url(),
                  c.fused(),
                  Snippets.lead(item.text()),
                  List.of(),
                  item.startSeconds(),
                  item.category(),
                  null));
    }
    return new Answer(question, cleaned, language, d, results, confidence, 0, features);
  }

  private List<Candidate> fuse(
      IndexSearcher s,
      List<ContentSearcher.Hit> bm25,
      Map<Integer, Double> knn,
      float[] qv,
      boolean dense)
      throws IOException {
    Map<Integer, String> items = new LinkedHashMap<>();
    Map<Integer, Double> lexical = new HashMap<>();
    for (ContentSearcher.Hit h : bm25) {
      items.put(h.doc(), h.group());
      lexical.put(h.doc(), h.bm25());
    }
    if (!dense) {
      List<Candidate> out = new ArrayList<>();
      for (ContentSearcher.Hit h : bm25) {
        out.add(new Candidate(h.doc(), h.group(), h.bm25(), 0, h.bm25()));
      }
      return out;
    }
    List<Integer> denseOnly = knn.keySet().stream().filter(d -> !items.containsKey(d)).toList();
    items.putAll(ContentSearcher.groups(s.getIndexReader(), denseOnly));
    Map<Integer, Double> cosines = new HashMap<>(knn);
    for (int doc : items.keySet()) {
      double passage =
          cosines.containsKey(doc)
              ? cosines.get(doc)
              : ContentSearcher.cosine(s.getIndexReader(), doc, qv);
      // an FAQ also matches by the way its question is asked (question-to-question)
      double asked = ContentSearcher.phrasingCosine(s.getIndexReader(), doc, qv);
      cosines.put(doc, Math.max(passage, asked));
    }
    double lexFloor = bm25.isEmpty() ? 0 : bm25.get(bm25.size() - 1).bm25();
    double[] lexStats = stats(lexical.values());
    double[] cosStats = stats(cosines.values());
    double w = fusion.denseWeight();
    List<Candidate> out = new ArrayList<>();
    for (var e : items.entrySet()) {
      int doc = e.getKey();
      double lex = lexical.getOrDefault(doc, bm25.size() < DEPTH ? 0.0 : lexFloor);
      double cos = cosines.getOrDefault(doc, 0.0);
      double z = (1 - w) * z(lex, lexStats) + w * z(cos, cosStats);
      out.add(new Candidate(doc, e.getValue(), lex, cos, z));
    }
    out.sort(Comparator.comparingDouble(Candidate::fused).reversed());
    return out;
  }

  /** How much the question's words count against meaning when choosing a video's moment. */
  static final double MOMENT_LEXICAL_WEIGHT = 0.6;

  // How-to videos open by announcing everything they will show; the link should go where the
  // answer is shown, not where it is announced: the opening passage of a longer video is held back.
  static final double INTRO_PENALTY = 0.3;
  // A question that reports a problem ("nothing happens", "it never shows up") is answered where
  // the video deals with one ("if your badge doesn't work"), not where the step is first shown.
  static final double TROUBLE_BONUS = 0.15;

  /**
   * Which passage of a video (tip of an issue, lesson of a module) to link: the groups are ranked
   * by their best fused score, but within a group the passage most similar in meaning wins — an
   * introduction that names every topic of a video matches many words of a question, yet the
   * passage that answers it is the one about it. A video is judged moment by moment.
   */
  private List<Candidate> withinGroupBest(
      IndexSearcher s,
      List<Candidate> top,
      List<Candidate> ranked,
      float[] qv,
      QuestionTerms terms,
      Map<String, Double> idf,
      String question)
      throws IOException {
    if (qv == null) {
      return top;
    }
    List<Candidate> out = new ArrayList<>(top.size());
    for (Candidate c : top) {
      Candidate video =
          ContentSearcher.moments(s.getIndexReader(), c.doc(), qv).isEmpty()
              ? null
              : bestMoment(s, c, qv, terms, idf, question);
      out.add(video != null ? video : bestInGroup(c, ranked));
    }
    return out;
  }

  /** The entry of a group (tip, lesson) most similar in meaning among those retrieved. */
  private static Candidate bestInGroup(Candidate c, List<Candidate> ranked) {
    Candidate best = c;
    for (Candidate o : ranked) {
      if (o.group().equals(c.group()) && o.cosine() > best.cosine()) {
        best = o;
      }
    }
    return new Candidate(best.doc(), best.group(), best.bm25(), best.cosine(), c.fused());
  }

  /**
   * The moment of a video that answers: every moment of every passage (in time order) scored by its
   * meaning; the question's words said in it, just before it (a section's lead-in: "Now, let's give
   * feedback.") or in its chapter's title — words of the video's title count for nothing there, the
   * whole video says them; whether it deals with a problem when the question reports one; minus the
   * opening's penalty. Null when the group holds no moments.
   */
  private Candidate bestMoment(
      IndexSearcher s,
      Candidate c,
      float[] qv,
      QuestionTerms terms,
      Map<String, Double> idf,
      String question)
      throws IOException {
    List<VideoMoments.Passage> passages = VideoMoments.passages(s, c.group(), qv);
    if (passages.isEmpty()) {
      return null;
    }
    Map<String, Double> weights = new HashMap<>(idf);
    Set<String> titleWords = Set.copyOf(english.of(passages.getFirst().item().parent()).terms());
    terms
        .groups()
        .forEach(
            (stem, alts) -> {
              if (alts.stream().anyMatch(titleWords::contains)) {
                weights.put(stem, 0.0);
              }
            });
    // shares of the whole question: when the title holds most of it, meaning decides, not a
    // leftover common word
    double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    boolean troubled = TroubleWords.in(question);
    Set<String> before = Set.of();
    Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (VideoMoments.Passage p : passages) {
      boolean opening = p.item().startSeconds() == 0 && passages.size() > 1;
      for (VideoMoments.Stretch m : p.stretches()) {
        double score =
            m.moment().cosine()
                + MOMENT_LEXICAL_WEIGHT
                    * coverage(List.of(p.chapterWords(), before, m.words()), terms, weights, total)
                + (troubled && m.trouble() ? TROUBLE_BONUS : 0)
                - (opening ? INTRO_PENALTY : 0);
        if (score > bestScore) {
          bestScore = score;
          best = new Candidate(p.doc(), c.group(), c.bm25(), c.cosine(), c.fused(), m.moment());
        }
        before = m.words();
      }
    }
    return best;
  }

  private static double[] stats(java.util.Collection<Double> values) {
    if (values.isEmpty()) {
      return new double[] {0, 1};
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double var = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / values.size();
    return new double[] {mean, Math.sqrt(var) < 1e-6 ? 1 : Math.sqrt(var)};
  }

  private static double z(double v, double[] stats) {
    return (v - stats[0]) / stats[1];
  }

  private Result result(
      Candidate c,
      KnowledgeItem item,
      QuestionTerms terms,
      Map<String, Double> idf,
      Snippets snippets) {
    Snippets.Snippet snip =
        c.moment() == null
            ? snippets.best(item, terms, idf)
            : snippets.at(item, terms, c.moment().offset(), c.moment().seconds());
    String url = item.url();
    if (snip.seconds() >= 0 && snip.seconds() != item.startSeconds()) {
      url = VideoLinks.urlAt(url, snip.seconds());
    }
    return new Result(
        item.type(),
        item.title(),
        url,
        c.fused(),
        snip.text(),
        snip.highlights(),
        snip.seconds(),
        item.category(),
        null);
  }

  private Features features(
      List<Candidate> ranked,
      List<Candidate> top,
      Map<Integer, KnowledgeItem> items,
      List<ContentSearcher.Hit> bm25,
      Map<Integer, Double> knn,
      QuestionTerms terms,
      Map<String, Double> idf,
      AnalyzedTexts texts) {
    if (top.isEmpty()) {
      return Features.NONE;
    }
    KnowledgeItem best = items.get(top.get(0).doc());
    double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    Set<String> titles = words(texts, best.title());
    for (String alias : best.aliases()) {
      titles.addAll(texts.of(alias).terms());
    }
    Set<String> all = words(texts, best.parent(), best.text());
    all.addAll(titles);
    double coverage = coverage(List.of(all), terms, idf, total);
    double titleCoverage = coverage(List.of(titles), terms, idf, total);
    List<ContentSearcher.Hit> lexTop =
        ContentSearcher.collapse(bm25, ContentSearcher.Hit::group, 2);
    double b1 = lexTop.isEmpty() ? 0 : lexTop.get(0).bm25();
    double b2 = lexTop.size() > 1 ? lexTop.get(1).bm25() : 0;
    double c1 = 0, c2 = 0;
    double agree = 0;
    if (!knn.isEmpty()) {
      List<Candidate> byCos = new ArrayList<>(ranked);
      byCos.sort(Comparator.comparingDouble(Candidate::cosine).reversed());
      List<Candidate> cosTop = ContentSearcher.collapse(byCos, Candidate::group, 2);
      c1 = cosTop.get(0).cosine();
      c2 = cosTop.size() > 1 ? cosTop.get(1).cosine() : 0;
      agree = !lexTop.isEmpty() && lexTop.get(0).group().equals(cosTop.get(0).group()) ? 1 : 0;
    }
    return new Features(
        coverage,
        titleCoverage,
        total == 0 ? 0 : b1 / total,
        b1 == 0 ? 0 : (b1 - b2) / b1,
        c1,
        c1 - c2,
        agree,
        terms.groups().size());
  }

  /** The words of {@code parts}, as the index sees them. */
  private static Set<String> words(AnalyzedTexts texts, String... parts) {
    Set<String> out = new java.util.HashSet<>();
    for (String part : parts) {
      out.addAll(texts.of(part).terms());
    }
    return out;
  }

  /** The share of the question's weight (idf) whose words (or a synonym) are among {@code said}. */
  static double coverage(
      List<Set<String>> said, QuestionTerms terms, Map<String, Double> idf, double total) {
    if (total == 0) {
      return 0;
    }
    double found = 0;
    for (var g : terms.groups().entrySet()) {
      boolean in = false;
      for (String alt : g.getValue()) {
        for (Set<String> words : said) {
          in |= words.contains(alt);
        }
      }
      if (in) {
        found += idf.getOrDefault(g.getKey(), 0.0);
      }
    }
    return found / total;
  }
}
