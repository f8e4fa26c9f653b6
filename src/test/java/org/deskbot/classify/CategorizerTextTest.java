package org.deskbot.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CategorizerTextTest {
  @Test
  void lowerCaseWordsOfLettersAndDigitsWithoutStopWords() {
    assertArrayEquals(
        new String[] {"powerschool", "gradebook", "room", "12", "won", "load"},
        CategorizerText.words("PowerSchool's gradebook in (room-12) won't load!!"));
  }

  @Test
  void keepsNegationsAndAccentedLetters() {
    assertArrayEquals(
        new String[] {"projector", "not", "working"},
        CategorizerText.words("The projector is NOT working"));
    assertArrayEquals(
        new String[] {"olvidé", "mi", "contraseña"}, CategorizerText.words("Olvidé mi contraseña"));
  }

  @Test
  void nothingLeft() {
    assertArrayEquals(new String[0], CategorizerText.words(" ... it is the "));
  }
}
