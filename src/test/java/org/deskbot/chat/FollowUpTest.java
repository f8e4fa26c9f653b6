package org.deskbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FollowUpTest {
  @Test
  void pronounsAndLeadInsPointBack() {
    assertTrue(FollowUp.cue("it still says no signal"));
    assertTrue(FollowUp.cue("what about from an iPad?"));
    assertTrue(FollowUp.cue("how long can she keep it"));
    assertFalse(FollowUp.cue("how do I post final grades in PowerSchool"));
  }

  @Test
  void newTopicPhrasesAreRecognized() {
    assertTrue(FollowUp.newTopic("different question, how do i reset a student's password"));
    assertTrue(FollowUp.newTopic("unrelated but my projector lamp is blinking"));
    assertTrue(FollowUp.newTopic("ok thanks. how do i grade with rubrics in google classroom"));
    assertFalse(FollowUp.newTopic("ok how do i do it"));
    assertFalse(FollowUp.newTopic("what about without the cable?"));
  }

  @Test
  void contentWordsLeaveOutFunctionWords() {
    assertEquals(0, FollowUp.contentWords("how do i do it"));
    assertEquals(2, FollowUp.contentWords("what about from an iPad keyboard?"));
  }

  @Test
  void theChoiceFollowsTheSignals() {
    // unsure alone, sure with the context: a follow-up
    assertTrue(FollowUp.leans(new FollowUp.Signals(true, false, 3, 0.05, 0.99, false)));
    // a confident question of its own with nothing pointing back: alone
    assertFalse(FollowUp.leans(new FollowUp.Signals(false, false, 6, 0.99, 0.995, true)));
    // a new-topic phrase wins over everything
    assertFalse(FollowUp.leans(new FollowUp.Signals(true, true, 6, 0.1, 0.99, false)));
    // points back, unsure alone, context a little less sure: still a follow-up
    assertTrue(FollowUp.leans(new FollowUp.Signals(true, false, 4, 0.5, 0.45, false)));
    // says plenty on its own and the context makes it less sure: alone
    assertFalse(FollowUp.leans(new FollowUp.Signals(false, false, 6, 0.5, 0.3, false)));
  }

  @Test
  void theTopicKeepsItsLastWords() {
    String topic = "word ".repeat(FollowUp.TOPIC_WORDS + 10).strip();
    String composed = FollowUp.compose(topic, "it still fails");
    assertEquals(FollowUp.TOPIC_WORDS + 3, composed.split(" ").length);
    assertTrue(composed.endsWith("it still fails"));
  }
}
