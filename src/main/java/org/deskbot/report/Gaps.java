package org.deskbot.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content gaps: unanswered and escalated questions grouped by shared words (after dropping common
 * words and crude suffixes), largest group first. Deterministic: the same questions give the same
 * groups.
 */
public final class Gaps {
  private Gaps() {}

  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "with", "how", "what", "why", "when", "where", "who", "can", "cant",
          "cannot", "does", "doesnt", "dont", "not", "but", "are", "was", "were", "has", "have",
          "had", "this", "that", "these", "those", "from", "into", "onto", "get", "got", "my",
          "our", "your", "you", "its", "any", "all", "there", "their", "them", "they", "just",
          "still", "again", "some", "need", "help", "please", "hello", "thanks", "would", "could",
          "should", "will", "about", "use", "using", "way", "one", "out", "now", "today", "keep",
          "keeps", "won", "isnt", "wont", "anyone", "know", "new", "work", "working", "works",
          "room", "problem", "issue", "trying", "try");

  /**
   * At most this many questions are grouped (the rest are counted in the largest groups' sizes only
   * when similar).
   */
  static final int MAX_QUESTIONS = 5000;

  /** Groups the questions; {@code limit} groups at most, each with up to 3 examples. */
  public static List<WeeklyFigures.Gap> group(List<ReportStore.Unanswered> questions, int limit) {
    List<Group> groups = new ArrayList<>();
    Map<String, List<Integer>> bySeedWord = new HashMap<>();
    int seen = 0;
    for (ReportStore.Unanswered q : questions) {
      if (q.question() == null || q.question().isBlank() || seen++ >= MAX_QUESTIONS) {
        continue;
      }
      Set<String> words = words(q.question());
      // only groups whose first question shares a word can be similar: look those up, oldest first
      java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
      for (String w : words) {
        candidates.addAll(bySeedWord.getOrDefault(w, List.of()));
      }
      Group best = null;
      double bestScore = 0;
      for (int index : candidates) {
        Group g = groups.get(index);
        double s = similarity(words, g.seed, q.category().equals(g.category));
        if (s > bestScore) {
          best = g;
          bestScore = s;
        }
      }
      if (best == null) {
        best = new Group(q.category(), words);
        for (String w : words) {
          bySeedWord.computeIfAbsent(w, k -> new ArrayList<>()).add(groups.size());
        }
        groups.add(best);
      }
      best.add(q.question(), words);
    }
    List<Group> ordered = new ArrayList<>(groups);
    Map<Group, Integer> order = new java.util.IdentityHashMap<>();
    for (int i = 0; i < groups.size(); i++) order.put(groups.get(i), i);
    ordered.sort(Comparator.comparingInt((Group g) -> -g.size).thenComparingInt(order::get));
    List<WeeklyFigures.Gap> out = new ArrayList<>();
    for (Group g : ordered.subList(0, Math.min(limit, ordered.size()))) {
      out.add(new WeeklyFigures.Gap(g.size, g.category, g.keywords(), List.copyOf(g.examples)));
    }
    return out;
  }

  /** How close a question is to a group's first question: 0 means it starts a group of its own. */
  static double similarity(Set<String> a, Set<String> seed, boolean sameCategory) {
    if (a.isEmpty() || seed.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : a) {
      if (seed.contains(w)) shared++;
    }
    double overlap = (double) shared / Math.min(a.size(), seed.size());
    if (sameCategory && overlap >= 0.34) {
      return overlap;
    }
    return shared >= 2 && overlap >= 0.5 ? overlap : 0;
  }

  /** The words that carry meaning, lower-cased, crudely stemmed. */
  static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).replace("'", "").split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < 3 || STOP.contains(w) || w.chars().allMatch(Character::isDigit)) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  private static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
    if (w.length() > 4 && w.endsWith("ed")) return w.substring(0, w.length() - 2);
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss"))
      return w.substring(0, w.length() - 1);
    return w;
  }

  private static final class Group {
    final String category;
    final Set<String> seed;
    final Map<String, Integer> counts = new HashMap<>();
    final List<String> examples = new ArrayList<>();
    int size;

    Group(String category, Set<String> seed) {
      this.category = category;
      this.seed = seed;
    }

    void add(String question, Set<String> words) {
      size++;
      words.forEach(w -> counts.merge(w, 1, Integer::sum));
      String q = question.strip();
      if (examples.size() < 3 && examples.stream().noneMatch(e -> e.equalsIgnoreCase(q))) {
        examples.add(q.length() > 200 ? q.substring(0, 199) + "…" : q);
      }
    }

    List<String> keywords() {
      return counts.entrySet().stream()
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(3)
          .map(Map.Entry::getKey)
          .toList();
    }
  }
}
