package org.deskbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deskbot.answer.Answer;
import org.deskbot.answer.PseudoQuestions;
import org.deskbot.config.ConfigException;
import org.deskbot.config.Settings;
import org.deskbot.eval.EvalQuestion;
import org.deskbot.eval.Evaluation;
import org.deskbot.index.Embedder;
import org.deskbot.index.EntryDocuments;
import org.deskbot.index.HeldOutIndex;
import org.deskbot.index.LocalEmbedder;
import org.deskbot.ingest.KnowledgeItem;

/**
 * Labelled questions from a content folder alone: every phrasing the content holds ({@link
 * PseudoQuestions}) asked once with its item in the index (answerable) and once from an index
 * without it (unanswerable). Items are split into folds; a fold's items are held out together, so
 * what calibration learns from one item is measured on others.
 */
final class ContentCalibration {
  private ContentCalibration() {}

  /** Folds of items: each phrasing is asked once without its item, in its fold's index. */
  static final int FOLDS = 5;

  /**
   * At most this many phrasings are asked (a seeded sample beyond it): 2,000 phrasings make 4,000
   * labelled questions, enough for nine weights and two thresholds, in about a minute.
   */
  static final int MAX_PHRASINGS = 2000;

  /** How a phrasing was asked. */
  enum Asking {
    /** with its item in the index as the team wrote it (the phrasing is indexed verbatim) */
    SEEN,
    /** with its item in the index but none of the item's phrasings (only its text) */
    UNSEEN,
    /** without its item: the content has no answer */
    HELD_OUT
  }

  /**
   * One labelled question: its outcome, the item (group) it is about and its fold, for folds by
   * item, and how it was asked.
   */
  record Labelled(Evaluation.Outcome outcome, String group, int fold, Asking asking) {
    Labelled(Evaluation.Outcome outcome, String group, int fold) {
      this(outcome, group, fold, Asking.SEEN);
    }
  }

  /**
   * Ingests {@code content} into a temporary home with {@code base}'s search settings and asks its
   * phrasings with and without their items.
   */
  static List<Labelled> collect(Settings base, Path content) throws IOException {
    Path temp = Files.createTempDirectory("deskbot-calibrate");
    try {
      Settings settings = home(temp.resolve("all"), base, content);
      Wiring.ingest(settings);
      List<PseudoQuestions.Asked> asked;
      List<Labelled> out = new ArrayList<>();
      Map<String, Integer> folds = new HashMap<>();
      List<KnowledgeItem> entries;
      try (Wiring.Engine engine = Wiring.openEngine(settings)) {
        entries = engine.searcher().entries();
        asked = sample(PseudoQuestions.of(entries));
        List<String> groups =
            new ArrayList<>(new LinkedHashSet<>(asked.stream().map(a -> a.group()).toList()));
        Collections.shuffle(groups, new Random(42));
        for (int i = 0; i < groups.size(); i++) {
          folds.put(groups.get(i), i % FOLDS);
        }
        int line = 0;
        for (PseudoQuestions.Asked a : asked) {
          EvalQuestion q = new EvalQuestion(a.question(), List.of(a.url()), null, ++line);
          Answer answer = engine.answers().answer(a.question(), Evaluation.DEPTH);
          out.add(new Labelled(Evaluation.judge(q, answer), a.group(), folds.get(a.group())));
        }
      }
      Embedder embedder = base.semantic() ? new LocalEmbedder(base.model(), null) : null;
      for (int k = 0; k < FOLDS; k++) {
        int fold = k;
        List<String> held = folds.keySet().stream().filter(g -> folds.get(g) == fold).toList();
        if (held.isEmpty()) {
          continue;
        }
        Settings without = home(temp.resolve("fold-" + k), base, content);
        HeldOutIndex.copyWithout(settings.indexDir(), without.indexDir(), held);
        out.addAll(ask(without, asked, folds, fold, Asking.HELD_OUT));
        Settings unseen = home(temp.resolve("unseen-" + k), base, content);
        HeldOutIndex.copyReplacing(
            settings.indexDir(), unseen.indexDir(), unphrased(entries, held), embedder);
        out.addAll(ask(unseen, asked, folds, fold, Asking.UNSEEN));
      }
      return out;
    } finally {
      CliFiles.deleteTree(temp);
    }
  }

  /** Asks the fold's phrasings over the index of {@code settings}. */
  private static List<Labelled> ask(
      Settings settings,
      List<PseudoQuestions.Asked> asked,
      Map<String, Integer> folds,
      int fold,
      Asking asking)
      throws IOException {
    List<Labelled> out = new ArrayList<>();
    try (Wiring.Engine engine = Wiring.openEngine(settings)) {
      int line = 0;
      for (PseudoQuestions.Asked a : asked) {
        line++;
        if (folds.get(a.group()) != fold) {
          continue;
        }
        List<String> expect = asking == Asking.HELD_OUT ? List.of() : List.of(a.url());
        EvalQuestion q = new EvalQuestion(a.question(), expect, null, line);
        Answer answer = engine.answers().answer(a.question(), Evaluation.DEPTH);
        out.add(new Labelled(Evaluation.judge(q, answer), a.group(), fold, asking));
      }
    }
    return out;
  }

  /** Every content file holding a held-out group, with that group's entries unphrased. */
  private static Map<String, List<KnowledgeItem>> unphrased(
      List<KnowledgeItem> entries, List<String> held) {
    java.util.Set<String> groups = java.util.Set.copyOf(held);
    java.util.Set<String> sources = new java.util.HashSet<>();
    for (KnowledgeItem e : entries) {
      if (groups.contains(EntryDocuments.groupOf(e))) {
        sources.add(e.source());
      }
    }
    Map<String, List<KnowledgeItem>> out = new java.util.LinkedHashMap<>();
    for (KnowledgeItem e : entries) {
      if (sources.contains(e.source())) {
        out.computeIfAbsent(e.source(), s -> new ArrayList<>())
            .add(groups.contains(EntryDocuments.groupOf(e)) ? PseudoQuestions.unphrased(e) : e);
      }
    }
    return out;
  }

  private static Settings home(Path dir, Settings base, Path content) throws IOException {
    try {
      return Settings.load(dir, Map.of())
          .withContent(content)
          .withSemantic(base.semantic())
          .withModel(base.model());
    } catch (ConfigException e) {
      throw new ExitException(ExitException.USAGE, e.getMessage());
    }
  }

  private static List<PseudoQuestions.Asked> sample(List<PseudoQuestions.Asked> all) {
    if (all.size() <= MAX_PHRASINGS) {
      return all;
    }
    List<PseudoQuestions.Asked> copy = new ArrayList<>(all);
    Collections.shuffle(copy, new Random(42));
    return List.copyOf(copy.subList(0, MAX_PHRASINGS));
  }
}
