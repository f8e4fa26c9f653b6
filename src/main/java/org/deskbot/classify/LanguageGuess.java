package org.deskbot.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Which language a question is in, with OpenNLP's pre-trained language detector. Chat questions are
 * short, so the guess only leaves English when the detector is clear and the text has a word that
 * is typical of that language; otherwise it says English.
 */
public final class LanguageGuess {
  private static final String MODEL = "langdetect-183.bin";
  private static final Set<String> SPANISH_MARKERS =
      Set.of(
          "cómo",
          "como",
          "qué",
          "que",
          "mi",
          "mis",
          "puedo",
          "no",
          "el",
          "la",
          "los",
          "las",
          "de",
          "del",
          "para",
          "por",
          "con",
          "una",
          "un",
          "es",
          "está",
          "esta",
          "contraseña",
          "correo",
          "hijo",
          "hija",
          "dónde",
          "donde",
          "cuál",
          "cual",
          "tengo",
          "funciona",
          "ayuda",
          "necesito",
          "y",
          "en",
          "se",
          "olvidé",
          "iniciar",
          "sesión",
          "computadora");

  private final LanguageDetectorME detector;

  public LanguageGuess() {
    try (InputStream in = LanguageGuess.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            MODEL + " is missing from the classpath (opennlp-models-langdetect)");
      }
      this.detector = new LanguageDetectorME(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ISO 639-1 code: "en", or "es" when the question is clearly Spanish. */
  public String detect(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    long spanishWords =
        java.util.Arrays.stream(lower.split("[^\\p{L}]+"))
            .filter(SPANISH_MARKERS::contains)
            .count();
    boolean accents = lower.matches(".*[ñáéíóú¿¡].*");
    if (spanishWords < 2 && !accents) {
      return "en";
    }
    Language[] langs;
    synchronized (detector) {
      langs = detector.predictLanguages(text);
    }
    if (langs.length == 0) {
      return "en";
    }
    String best = langs[0].getLang();
    double english = 0;
    for (Language l : langs) {
      if (l.getLang().equals("eng")) {
        english = l.getConfidence();
      }
    }
    if ((best.equals("spa") || best.equals("glg") || best.equals("cat") || best.equals("por"))
        && langs[0].getConfidence() > english * 1.5
        && (spanishWords >= 2 || accents)) {
      return "es";
    }
    return "en";
  }
}
