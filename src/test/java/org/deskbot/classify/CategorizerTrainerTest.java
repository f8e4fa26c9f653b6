package org.deskbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategorizerTrainerTest {
  static final List<LabeledExample> TINY =
      List.of(
          new LabeledExample("the printer is jammed again", "printing"),
          new LabeledExample("printer out of toner", "printing"),
          new LabeledExample("can't print to the copier", "printing"),
          new LabeledExample("my print job is stuck in the queue", "printing"),
          new LabeledExample("the copier shows a paper jam", "printing"),
          new LabeledExample("forgot my password", "accounts-login"),
          new LabeledExample("locked out of my account", "accounts-login"),
          new LabeledExample("password expired, can't log in", "accounts-login"),
          new LabeledExample("reset my login please", "accounts-login"),
          new LabeledExample("my account says invalid password", "accounts-login"),
          new LabeledExample("the wifi keeps dropping", "network-wifi"),
          new LabeledExample("no internet in room 4", "network-wifi"),
          new LabeledExample("cannot connect to the staff wifi", "network-wifi"),
          new LabeledExample("the network is very slow today", "network-wifi"),
          new LabeledExample("wifi password for guests", "network-wifi"));

  @Test
  void learnsTinyCategories() {
    QuestionCategorizer c = new CategorizerTrainer().train(TINY);
    assertEquals("printing", c.categorize("The PRINTER has a jam").category());
    assertEquals("accounts-login", c.categorize("I forgot my password").category());
    assertEquals("network-wifi", c.categorize("wifi dropping in my room").category());
  }

  @Test
  void predictionHasEveryScoreBestFirst() {
    Prediction p = new CategorizerTrainer().train(TINY).categorize("printer jammed");
    assertEquals(3, p.scores().size());
    assertEquals(p.category(), p.scores().keySet().iterator().next());
    assertEquals(p.confidence(), p.scores().get(p.category()), 1e-12);
    assertEquals(1.0, p.scores().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    List<Double> values = new ArrayList<>(p.scores().values());
    for (int i = 1; i < values.size(); i++) {
      assertTrue(values.get(i - 1) >= values.get(i), values.toString());
    }
  }

  @Test
  void savedModelPredictsTheSame(@TempDir Path dir) throws Exception {
    // guards the word pairs: OpenNLP rebuilds feature generators from class names when loading
    QuestionCategorizer trained = new CategorizerTrainer().train(TINY);
    Path file = dir.resolve("nested/categorizer.bin");
    trained.save(file);
    QuestionCategorizer loaded = QuestionCategorizer.load(file);
    for (String text :
        List.of("printer jammed", "locked out", "slow network in room 4", "something else")) {
      assertEquals(trained.categorize(text), loaded.categorize(text), text);
    }
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void sameDataSameModel() {
    QuestionCategorizer a = new CategorizerTrainer().train(TINY);
    QuestionCategorizer b = new CategorizerTrainer().train(TINY);
    assertEquals(a.categorize("printer password wifi"), b.categorize("printer password wifi"));
  }

  @Test
  void safeToShareBetweenThreads() throws Exception {
    QuestionCategorizer c = new CategorizerTrainer().train(TINY);
    List<String> texts = TINY.stream().map(LabeledExample::text).toList();
    List<Prediction> expected = texts.stream().map(c::categorize).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Prediction>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(
            pool.submit(
                () -> {
                  List<Prediction> got = new ArrayList<>();
                  for (int round = 0; round < 50; round++) {
                    got = texts.stream().map(c::categorize).toList();
                  }
                  return got;
                }));
      }
      for (Future<List<Prediction>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aFewExamplesWhoseWordsEachOccurOnceDoNotHangTheTrainer() {
    // OpenNLP's L1 line search loops forever on these with the default L1 cost
    List<LabeledExample> few =
        List.of(
            new LabeledExample("printer", "printing"),
            new LabeledExample("wifi", "network-wifi"),
            new LabeledExample("toner", "printing"));
    QuestionCategorizer c =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> new CategorizerTrainer().train(few));
    assertEquals("printing", c.categorize("printer").category());
  }

  @Test
  void needsTwoCategories() {
    List<LabeledExample> one = List.of(new LabeledExample("a", "x"), new LabeledExample("b", "x"));
    assertThrows(IllegalArgumentException.class, () -> new CategorizerTrainer().train(one));
  }

  @Test
  void stratifiedSplitHoldsOutAFifthOfEachCategory() {
    List<LabeledExample> examples = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      examples.add(new LabeledExample("a" + i, "big"));
    }
    for (int i = 0; i < 10; i++) {
      examples.add(new LabeledExample("b" + i, "small"));
    }
    examples.add(new LabeledExample("only one", "single"));
    CategorizerTrainer.Split split = CategorizerTrainer.stratifiedSplit(examples, 0.2, 42);
    assertEquals(10, split.heldOut().stream().filter(e -> e.category().equals("big")).count());
    assertEquals(2, split.heldOut().stream().filter(e -> e.category().equals("small")).count());
    assertEquals(
        0,
        split.heldOut().stream().filter(e -> e.category().equals("single")).count(),
        "a lone example stays in training");
    assertEquals(examples.size(), split.train().size() + split.heldOut().size());
    HashSet<LabeledExample> all = new HashSet<>(split.train());
    all.addAll(split.heldOut());
    assertEquals(new HashSet<>(examples), all);
    assertEquals(
        split, CategorizerTrainer.stratifiedSplit(examples, 0.2, 42), "a fixed seed repeats");
  }

  @Test
  void evaluatesAgainstLabels() {
    QuestionCategorizer c = new CategorizerTrainer().train(TINY);
    Evaluation e =
        CategorizerTrainer.evaluate(
            c,
            List.of(
                new LabeledExample("printer jammed", "printing"),
                new LabeledExample("forgot password", "accounts-login")));
    assertEquals(1.0, e.accuracy());
    assertEquals(1, e.perClass().get("printing").support());
  }
}
