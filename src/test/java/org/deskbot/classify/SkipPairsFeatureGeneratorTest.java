package org.deskbot.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkipPairsFeatureGeneratorTest {
  private final SkipPairsFeatureGenerator generator = new SkipPairsFeatureGenerator();

  @Test
  void pairsOneWordApart() {
    assertEquals(
        List.of("skip=printer_jammed", "skip=keeps_again"),
        List.copyOf(
            generator.extractFeatures(
                new String[] {"printer", "keeps", "jammed", "again"}, Map.of())));
  }

  @Test
  void tooShortForAPair() {
    assertEquals(
        List.of(), List.copyOf(generator.extractFeatures(new String[] {"wifi", "down"}, Map.of())));
    assertEquals(List.of(), List.copyOf(generator.extractFeatures(new String[0], Map.of())));
  }
}
