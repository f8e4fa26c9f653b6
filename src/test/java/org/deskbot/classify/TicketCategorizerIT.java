package org.deskbot.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SLOW (two to three minutes on two cores): the default training setup on 38,269 real IT tickets,
 * trained on a fixed stratified four fifths and measured on the other fifth. This is the split the
 * setup was chosen on (BENCHMARKS.md: 0.8722); the build fails when a change costs accuracy. The
 * maximum-entropy model alone measures 0.8691 there, so the linear views beside it must earn their
 * place for this to pass.
 */
class TicketCategorizerIT {
  private static final Path TICKETS = Path.of("../shared/eval/tickets/train.csv");

  @Test
  void accuracyOnAHeldOutFifthOfRealTickets() throws Exception {
    assumeTrue(Files.exists(TICKETS), TICKETS + " is not beside this checkout: skipped");
    List<LabeledExample> examples = LabeledCsv.read(TICKETS);
    CategorizerTrainer.Split split = CategorizerTrainer.stratifiedSplit(examples, 0.2, 42);
    QuestionCategorizer categorizer = new CategorizerTrainer().train(split.train());
    Evaluation e = CategorizerTrainer.evaluate(categorizer, split.heldOut());
    System.out.printf(
        "tickets: accuracy %.4f, macro-F1 %.4f on %d held out%n",
        e.accuracy(), e.macroF1(), split.heldOut().size());
    assertTrue(e.accuracy() >= 0.871, "accuracy " + e.accuracy());
  }
}
