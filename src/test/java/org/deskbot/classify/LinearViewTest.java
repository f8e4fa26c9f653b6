package org.deskbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearViewTest {
  private static final List<String> CATEGORIES =
      List.of("accounts-login", "network-wifi", "printing");
  private static final List<String[]> WORDS =
      CategorizerTrainerTest.TINY.stream().map(e -> CategorizerText.words(e.text())).toList();
  private static final int[] LABELS =
      CategorizerTrainerTest.TINY.stream()
          .mapToInt(e -> CATEGORIES.indexOf(e.category()))
          .toArray();

  @Test
  void theSvmSeparatesWhatCanBeSeparated() {
    // feature 0 marks the positives, feature 1 the negatives, feature 2 is on everywhere
    int[][] indexes = {{0, 2}, {0, 2}, {1, 2}, {1, 2}, {1, 2}};
    float[][] values = {{1, 1}, {0.5f, 1}, {1, 1}, {0.7f, 1}, {1, 1}};
    boolean[] positive = {true, true, false, false, false};
    LinearSvm.Row[] rows = new LinearSvm.Row[indexes.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new LinearSvm.Row(indexes[i], values[i]);
    }
    float[] w = LinearSvm.train(rows, positive, 3, 1.0, 1);
    for (int i = 0; i < indexes.length; i++) {
      double score = w[3];
      for (int k = 0; k < indexes[i].length; k++) {
        score += w[indexes[i][k]] * values[i][k];
      }
      assertEquals(positive[i], score > 0, "example " + i + " scored " + score);
    }
    assertTrue(
        w[0] > 0 && w[1] < 0,
        "the marking features carry the sign: " + java.util.Arrays.toString(w));
  }

  @Test
  void lettersMarkTheWordsEdges() {
    assertEquals(
        List.of(" p", "pc", "c ", " pc", "pc ", " pc "),
        TextFeatures.LETTERS.of(new String[] {"pc"}));
    assertEquals(
        List.of("reset", "reset password", "reset  now", "password", "password now", "now"),
        TextFeatures.WORDS.of(new String[] {"reset", "password", "now"}));
  }

  @Test
  void eachViewLearnsTheTinyCategories() {
    for (TextFeatures features : TextFeatures.values()) {
      LinearView view = LinearView.train(features, WORDS, LABELS, CATEGORIES.size());
      assertEquals("printing", best(view, "the printer is jammed"), features.name());
      assertEquals("accounts-login", best(view, "my password expired"), features.name());
      assertEquals("network-wifi", best(view, "the wifi is dropping"), features.name());
    }
  }

  @Test
  void aMessageWithNothingKnownStillGetsProbabilities() {
    LinearView view = LinearView.train(TextFeatures.WORDS, WORDS, LABELS, CATEGORIES.size());
    for (String text : List.of("", "zzz qqq", "!!!")) {
      double[] p = view.probabilities(CategorizerText.words(text));
      assertEquals(1.0, p[0] + p[1] + p[2], 1e-9, text);
      for (double v : p) {
        assertFalse(Double.isNaN(v), text);
      }
    }
  }

  @Test
  void writtenAndReadBackItScoresTheSame() throws IOException {
    for (TextFeatures features : TextFeatures.values()) {
      LinearView view = LinearView.train(features, WORDS, LABELS, CATEGORIES.size());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      view.write(new DataOutputStream(bytes));
      LinearView read =
          LinearView.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
      for (String text : List.of("printer jammed", "wifi password for guests", "something else")) {
        String[] words = CategorizerText.words(text);
        assertArrayEquals(view.probabilities(words), read.probabilities(words), 1e-12, text);
      }
    }
  }

  @Test
  void theSameDataGivesTheSameView() {
    double[] a =
        LinearView.train(TextFeatures.LETTERS, WORDS, LABELS, 3)
            .probabilities(CategorizerText.words("printer wifi"));
    double[] b =
        LinearView.train(TextFeatures.LETTERS, WORDS, LABELS, 3)
            .probabilities(CategorizerText.words("printer wifi"));
    assertArrayEquals(a, b, 0.0);
  }

  @Test
  void aPlainOpenNlpModelStillLoads(@TempDir Path dir) throws IOException {
    QuestionCategorizer trained = new CategorizerTrainer().train(CategorizerTrainerTest.TINY);
    Path plain = dir.resolve("plain.bin");
    new QuestionCategorizer(trained.model()).save(plain);
    QuestionCategorizer loaded = QuestionCategorizer.load(plain);
    assertEquals(
        new QuestionCategorizer(trained.model()).categorize("printer jammed"),
        loaded.categorize("printer jammed"));
    assertFalse(
        new String(Files.readAllBytes(plain), java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains(QuestionCategorizer.CONTAINER_MANIFEST),
        "no views, OpenNLP's own format");
  }

  @Test
  void aFileThatIsNoModelIsRefusedWithAnIoError(@TempDir Path dir) throws IOException {
    Path junk = Files.writeString(dir.resolve("junk.bin"), "not a model");
    assertThrows(IOException.class, () -> QuestionCategorizer.load(junk));
  }

  private static String best(LinearView view, String text) {
    double[] p = view.probabilities(CategorizerText.words(text));
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      best = p[i] > p[best] ? i : best;
    }
    return CATEGORIES.get(best);
  }
}
