package org.deskbot.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void aHashMatchesOnlyItsPassword() {
    String h = Passwords.hash("correct horse".toCharArray());
    assertTrue(h.startsWith("pbkdf2-sha256$210000$"), h);
    assertTrue(Passwords.wellFormed(h));
    assertTrue(Passwords.matches("correct horse".toCharArray(), h));
    assertFalse(Passwords.matches("correct hors".toCharArray(), h));
    assertFalse(Passwords.matches("".toCharArray(), h));
    assertNotEquals(h, Passwords.hash("correct horse".toCharArray()), "salted");
  }

  @Test
  void malformedHashesNeverMatch() {
    for (String bad :
        new String[] {
          "", "plain-password", "pbkdf2-sha256$10$c2FsdA$aGFzaA", "md5$1$a$b", "pbkdf2-sha256$x$y$z"
        }) {
      assertFalse(Passwords.wellFormed(bad), bad);
      assertFalse(Passwords.matches("plain-password".toCharArray(), bad), bad);
    }
  }
}
