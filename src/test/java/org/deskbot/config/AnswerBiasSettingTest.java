package org.deskbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerBiasSettingTest {
  @TempDir Path home;

  @Test
  void zeroUnlessTheFileOrTheEnvironmentSaysOtherwise() throws Exception {
    assertEquals(0.0, Settings.load(home, Map.of()).answerBias());
    Files.writeString(home.resolve("deskbot.yml"), "search:\n  answer_bias: -0.5\n");
    assertEquals(-0.5, Settings.load(home, Map.of()).answerBias());
    assertEquals(0.25, Settings.load(home, Map.of("DESKBOT_ANSWER_BIAS", "0.25")).answerBias());
  }

  @Test
  void aValueOutsideMinusOneToOneIsOneClearLine() {
    for (String bad : new String[] {"2", "-1.5", "lots", "NaN"}) {
      ConfigException e =
          assertThrows(
              ConfigException.class, () -> Settings.load(home, Map.of("DESKBOT_ANSWER_BIAS", bad)));
      assertEquals(
          "search.answer_bias (DESKBOT_ANSWER_BIAS) must be a number from -1 to 1, not `"
              + bad
              + "`",
          e.getMessage());
    }
  }
}
