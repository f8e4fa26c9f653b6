package org.deskbot.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The two ways a {@link LinearView} reads a message's words (from {@link CategorizerText#words}).
 * {@link #WORDS}: words, pairs side by side and pairs one word apart, each weighted by how rare it
 * is across the training messages. {@link #LETTERS}: runs of 2 to 5 letters inside each word, the
 * word's edges marked ({@code " printer "} gives {@code " p"}, {@code "pri"}, {@code "ter "}, …),
 * so "printers", "printing" and a misspelt "priner" share most of their features.
 */
public enum TextFeatures {
  WORDS(true, "rarity-weighted words, pairs and pairs one word apart") {
    @Override
    List<String> of(String[] words) {
      List<String> features = new ArrayList<>(words.length * 3);
      for (int i = 0; i < words.length; i++) {
        features.add(words[i]);
        if (i + 1 < words.length) {
          features.add(words[i] + ' ' + words[i + 1]);
        }
        if (i + 2 < words.length) {
          features.add(words[i] + "  " + words[i + 2]);
        }
      }
      return features;
    }
  },
  LETTERS(false, "runs of 2 to 5 letters inside words") {
    @Override
    List<String> of(String[] words) {
      List<String> features = new ArrayList<>(words.length * 16);
      for (String word : words) {
        String marked = ' ' + word + ' ';
        for (int n = 2; n <= 5 && n <= marked.length(); n++) {
          for (int i = 0; i + n <= marked.length(); i++) {
            features.add(marked.substring(i, i + n));
          }
        }
      }
      return features;
    }
  };

  /** Whether a feature's weight is scaled by its inverse document frequency. */
  final boolean rarityWeighted;

  private final String description;

  TextFeatures(boolean rarityWeighted, String description) {
    this.rarityWeighted = rarityWeighted;
    this.description = description;
  }

  /** What the features are, in words, for reports. */
  public String description() {
    return description;
  }

  /** The features of a message, one entry per occurrence. */
  abstract List<String> of(String[] words);
}
