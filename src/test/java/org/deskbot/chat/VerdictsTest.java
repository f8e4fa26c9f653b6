package org.deskbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerdictsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "that didn't work",
        "didnt work",
        "Nope, same thing",
        "still broken",
        "that's not it",
        "thats not it",
        "ugh still not working",
        "it did not help",
        "no luck",
        "tried that already",
        "nope",
        "Still the same :(",
        "that didn’t fix it",
        "doesnt work for me"
      })
  void saysTheLastAnswerDidNotHelp(String message) {
    assertEquals(Optional.of(Verdicts.Verdict.NOT_SOLVED), Verdicts.of(message));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "thanks, that fixed it",
        "that worked!",
        "perfect that did it",
        "it worked thank you so much",
        "all good now",
        "thx that solved it"
      })
  void saysTheLastAnswerHelped(String message) {
    assertEquals(Optional.of(Verdicts.Verdict.SOLVED), Verdicts.of(message));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "still nothing, i turned the volume all the way up",
        "tried another charger, same thing",
        "it still says no signal",
        "the wifi doesn't work in room 12",
        "how do i print from a chromebook",
        "thanks",
        "didn't work, what about from an ipad?"
      })
  void saysMoreThanAVerdict(String message) {
    assertEquals(Optional.empty(), Verdicts.of(message));
  }
}
