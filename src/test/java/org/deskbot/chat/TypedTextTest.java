package org.deskbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypedTextTest {
  @Test
  void dropsBareAddressesAndFoldsSpace() {
    assertEquals(
        "the form at does not open",
        TypedText.plain("  the form at https://forms.example/x?id=1\n does   not open "));
  }

  @Test
  void keepsEverythingElseAsTyped() {
    assertEquals("is *this* <b>bold</b> :)", TypedText.plain("is *this* <b>bold</b> :)"));
  }

  @Test
  void nullBecomesEmpty() {
    assertEquals("", TypedText.plain(null));
  }
}
