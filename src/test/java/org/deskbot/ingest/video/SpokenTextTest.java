package org.deskbot.ingest.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.deskbot.ingest.ContentException;
import org.junit.jupiter.api.Test;

class SpokenTextTest {
  static final String AUTO_CAPTIONS = "Post an assignment in Google Classroom [dQw4w9WgXcQ].en.vtt";

  static String resource(String name) throws IOException {
    try (InputStream in = SpokenTextTest.class.getResourceAsStream("/transcripts/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Spoken> spoken(String vtt) throws ContentException {
    return SpokenText.of(CueParser.parse("t.vtt", vtt, CueParser.Format.VTT).cues());
  }

  private static String text(List<Spoken> pieces) {
    return pieces.stream().map(Spoken::text).collect(Collectors.joining(" "));
  }

  @Test
  void youTubeAutoCaptionsSayEachWordOnce() throws Exception {
    List<Spoken> words = spoken(resource(AUTO_CAPTIONS));
    assertEquals(
        "[Music] hi everyone today we're going to look at google classroom and how to post an"
            + " assignment so first open your class and click classwork & create",
        text(words));
    Spoken first = words.get(9); // "google": the line's first word starts with its cue
    assertEquals("google", first.text());
    assertEquals(4_799L, first.startMs());
    assertTrue(first.mark());
    Spoken classroom = words.get(10);
    assertEquals(5_120L, classroom.startMs());
    assertFalse(classroom.mark());
    // "so" at 7.600, "first" at 9.120: the gap after "so" is a pause, not a long word.
    Spoken so = words.get(17);
    assertEquals("so", so.text());
    assertEquals(7_600L + 120 + 2 * 70, so.endMs());
    assertEquals(
        List.of("[Music]", "hi", "google", "assignment", "class"),
        words.stream().filter(Spoken::mark).map(Spoken::text).toList());
  }

  @Test
  void rollingCaptionsWithoutWordTimestampsAreDeduplicatedToo() throws ContentException {
    // What the same captions look like after a converter dropped the inline timestamps.
    String vtt =
        """
        WEBVTT

        00:00:00.000 --> 00:00:02.000
        sign in with your
        district account

        00:00:02.000 --> 00:00:02.010
        district account

        00:00:02.010 --> 00:00:04.000
        district account
        then open the app

        00:00:04.000 --> 00:00:04.010
        then open the app

        00:00:04.010 --> 00:00:06.000
        then open the app
        and tap sign in
        """;
    List<Spoken> lines = spoken(vtt);
    assertEquals(
        "sign in with your district account then open the app and tap sign in", text(lines));
    assertEquals(List.of(0L, 0L, 2_010L, 4_010L), lines.stream().map(Spoken::startMs).toList());
  }

  @Test
  void ordinaryCaptionsKeepARepeatedLine() throws ContentException {
    String vtt =
        """
        WEBVTT

        00:00:00.000 --> 00:00:01.000
        Is it saved?

        00:00:01.000 --> 00:00:02.000
        No.

        00:00:02.000 --> 00:00:03.000
        No.

        00:00:03.000 --> 00:00:04.000
        Click Save first.
        """;
    assertEquals("Is it saved? No. No. Click Save first.", text(spoken(vtt)));
  }

  @Test
  void cuesAreSplitAtSentencesWithInterpolatedTimes() throws ContentException {
    List<Spoken> pieces =
        spoken(
            "WEBVTT\n\n00:05.000 --> 00:08.250\nClick &lt;Share Screen&gt; at the bottom. Then pick a window\n");
    assertEquals(
        List.of("Click <Share Screen> at the bottom.", "Then pick a window"),
        pieces.stream().map(Spoken::text).toList());
    assertEquals(
        List.of(5_000L, 5_000L + 3_250L * 36 / 54), pieces.stream().map(Spoken::startMs).toList());
    assertEquals(List.of(true, false), pieces.stream().map(Spoken::sentenceEnd).toList());
    assertEquals(8_250L, pieces.get(1).endMs());
  }

  @Test
  void outOfOrderCuesAreReadInTimeOrder() throws ContentException {
    assertEquals(
        "one two three",
        text(
            spoken(
                "WEBVTT\n\n00:02.000 --> 00:03.000\ntwo\n\n00:00.000 --> 00:01.000\none\n\n00:04.000 --> 00:05.000\nthree\n")));
  }

  @Test
  void sentenceEnds() {
    assertTrue(Sentences.endsSentence("Click Save."));
    assertTrue(Sentences.endsSentence("Really?!"));
    assertTrue(Sentences.endsSentence("he said \"done.\""));
    assertFalse(Sentences.endsSentence("and then..."));
    assertFalse(Sentences.endsSentence("ask Mr."));
    assertFalse(Sentences.endsSentence("version 3.5"));
    assertEquals(
        List.of(
            "Ask Mr. Lopez or Dr. Kim.",
            "It's at docs.google.com, e.g. this one.",
            "Wait... then go!",
            "Ok"),
        Sentences.split(
                "Ask Mr. Lopez or Dr. Kim. It's at docs.google.com, e.g. this one. Wait... then go! Ok",
                0,
                1000)
            .stream()
            .map(Spoken::text)
            .toList());
  }

  @Test
  void captionTextCleaning() {
    assertEquals(
        "Hello, class & friends",
        CaptionText.clean("  <v.loud Ms. Lee>Hello,</v>&nbsp;<i>class</i> &amp; friends  "));
    assertEquals("a < b", CaptionText.clean("a < b"));
    assertEquals("&lt; stays one level", CaptionText.clean("&amp;lt; stays one level"));
    assertEquals("next speaker", CaptionText.clean("&gt;&gt; next speaker"));
    assertEquals("top line", CaptionText.clean("{\\an8}<font color=\"#fff\">top</font><br>line"));
    assertEquals("it's é", CaptionText.clean("it&#39;s &#xE9;"));
    assertEquals("", CaptionText.clean(" \u00A0 "));
  }
}
