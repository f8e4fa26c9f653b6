package org.deskbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TroubleWordsTest {

  @Test
  void questionsThatReportAProblem() {
    assertTrue(TroubleWords.in("holds up his qr card and nothing happens, it wont log him in"));
    assertTrue(TroubleWords.in("my students say they cant see their scores"));
    assertTrue(TroubleWords.in("the card reader doesn’t do anything")); // typographic apostrophe
    assertTrue(TroubleWords.in("the job never shows up at the copier"));
    assertTrue(TroubleWords.in("stuck on an error"));
  }

  @Test
  void videoTextThatDealsWithOne() {
    assertTrue(
        TroubleWords.in(
            "If your badge doesn't work on the card reader, it might not be registered yet."));
    assertTrue(TroubleWords.in("a few quick fixes"));
    assertTrue(TroubleWords.in("Troubleshooting"));
  }

  @Test
  void howToTextIsNot() {
    assertFalse(TroubleWords.in("how do i post final grades in powerschool"));
    assertFalse(TroubleWords.in("Tap your staff ID badge on the card reader."));
    // whole words only: a notebook, a fixture or a nothing-like prefix is not trouble
    assertFalse(TroubleWords.in("open the notebook and check the fixture list"));
  }
}
