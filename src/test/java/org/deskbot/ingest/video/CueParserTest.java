package org.deskbot.ingest.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.deskbot.ingest.ContentException;
import org.junit.jupiter.api.Test;

class CueParserTest {

  private static CueParser.Captions vtt(String text) throws ContentException {
    return CueParser.parse("videos/t.vtt", text, CueParser.Format.VTT);
  }

  private static CueParser.Captions srt(String text) throws ContentException {
    return CueParser.parse("videos/t.srt", text, CueParser.Format.SRT);
  }

  private static List<String> texts(CueParser.Captions captions) {
    return captions.cues().stream()
        .map(c -> String.join(" ", CaptionText.cleanLines(c.lines())))
        .toList();
  }

  @Test
  void webVttWithBlocksIdentifiersSettingsAndShortTimings() throws ContentException {
    String file =
        """
        WEBVTT - Zoom basics
        Kind: captions
        Language: en-US

        NOTE This file was edited by hand
        over two lines

        STYLE
        ::cue { color: yellow }

        REGION
        id:fred
        width:40%

        intro
        00:01.000 --> 00:04.500 align:start position:10% line:0
        <v Ms. Rivera>Welcome to <b>Zoom</b> basics &amp; tips.</v>

        2
        00:00:05.000 --> 00:00:08.250
        <i>Click</i> &lt;Share Screen&gt;&nbsp;at the bottom.
        <c.yellow>Then pick a window.</c>

        01:00:00.000 --> 01:00:02.000
        Done.
        """;
    CueParser.Captions captions = vtt(file);
    assertEquals("en-US", captions.language());
    assertEquals(
        List.of(
            "Welcome to Zoom basics & tips.",
            "Click <Share Screen> at the bottom. Then pick a window.",
            "Done."),
        texts(captions));
    assertEquals(List.of(16, 20, 24), captions.cues().stream().map(Cue::line).toList());
    assertEquals(
        List.of(1_000L, 5_000L, 3_600_000L), captions.cues().stream().map(Cue::startMs).toList());
    assertEquals(
        List.of(4_500L, 8_250L, 3_602_000L), captions.cues().stream().map(Cue::endMs).toList());
  }

  @Test
  void crlfAndByteOrderMark() throws ContentException {
    CueParser.Captions captions =
        vtt(
            "\uFEFFWEBVTT\r\n\r\n00:00.000 --> 00:02.000\r\nHello\r\nthere\r\n\r\n00:02.000 --> 00:03.000\r\nBye\r\n");
    assertEquals(List.of("Hello there", "Bye"), texts(captions));
  }

  @Test
  void headerWithoutBlankLineBeforeFirstCue() throws ContentException {
    assertEquals(List.of("Hi"), texts(vtt("WEBVTT\n00:00.000 --> 00:01.000\nHi\n")));
  }

  @Test
  void srtWithTagsAssCodesAndSloppySeparators() throws ContentException {
    String file =
        "1\n"
            + "00:00:01,000 --> 00:00:03,000\n"
            + "<i>Open</i> <font color=\"#ffff00\">Seesaw</font>.\n"
            + "2\n" // no blank line before this cue
            + "00:00:03,500 --> 00:00:05.000  \n" // a dot and trailing spaces
            + "{\\an8}Tap the green <b>+</b> button.   \n"
            + "   \n"
            + "\n"
            + "00:00:06,000-->00:00:07,5\n" // no index, no spaces, one-digit milliseconds
            + "Pick File --> Save.\n";
    CueParser.Captions captions = srt(file);
    assertEquals(
        List.of("Open Seesaw.", "Tap the green + button.", "Pick File --> Save."), texts(captions));
    assertEquals(List.of(2, 5, 9), captions.cues().stream().map(Cue::line).toList());
    assertEquals(7_500L, captions.cues().get(2).endMs());
  }

  @Test
  void textAfterABlankLineInsideACueStaysWithThatCue() throws ContentException {
    CueParser.Captions captions =
        srt(
            "1\n00:00:01,000 --> 00:00:03,000\nFirst line\n\nsecond line\n\n2\n00:00:04,000 --> 00:00:05,000\nNext\n");
    assertEquals(List.of("First line second line", "Next"), texts(captions));
  }

  @Test
  void missingHeaderIsLineOne() {
    ContentException e =
        assertThrows(ContentException.class, () -> vtt("00:00.000 --> 00:01.000\nHi\n"));
    assertEquals(1, e.line());
    assertEquals(
        "videos/t.vtt:1: missing WEBVTT header (the first line must be WEBVTT)", e.getMessage());
  }

  @Test
  void headerMustBeTheWholeWord() {
    assertThrows(ContentException.class, () -> vtt("WEBVTTX\n\n00:00.000 --> 00:01.000\nHi\n"));
  }

  @Test
  void unparsableTimingReportsItsLine() {
    ContentException e =
        assertThrows(
            ContentException.class,
            () ->
                vtt(
                    "WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n\n00:00:01.000 --> 00:00:0x.000\nThere\n"));
    assertEquals(6, e.line());
    assertEquals("bad cue timing `00:00:01.000 --> 00:00:0x.000`", e.reason());
  }

  @Test
  void endBeforeStartIsABadTiming() {
    ContentException e =
        assertThrows(ContentException.class, () -> srt("1\n00:00:05,000 --> 00:00:04,000\nHi\n"));
    assertEquals(2, e.line());
    assertEquals(
        "bad cue timing `00:00:05,000 --> 00:00:04,000`: the end is before the start", e.reason());
  }

  @Test
  void sixtyMinutesIsNotAMinuteField() {
    ContentException e =
        assertThrows(ContentException.class, () -> srt("1\n00:60:00,000 --> 01:00:01,000\nHi\n"));
    assertEquals(2, e.line());
  }

  @Test
  void timingWithoutArrowIsReportedNotDropped() {
    ContentException e =
        assertThrows(
            ContentException.class,
            () ->
                srt(
                    "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\n00:00:03,000 - 00:00:04,000\nLost\n"));
    assertEquals(6, e.line());
    assertEquals(
        "bad cue timing `00:00:03,000 - 00:00:04,000` (expected `start --> end`)", e.reason());
  }

  @Test
  void srtWithoutCues() {
    ContentException e =
        assertThrows(
            ContentException.class, () -> srt("\n\nThis is a lesson plan,\nnot subtitles.\n"));
    assertEquals(3, e.line());
    assertEquals("no cues: expected timing lines like `00:00:01,000 --> 00:00:04,000`", e.reason());
  }

  @Test
  void vttWithOnlyNotesHasNoCues() {
    ContentException e =
        assertThrows(ContentException.class, () -> vtt("WEBVTT\n\nNOTE nothing yet\n"));
    assertEquals("no cues: expected timing lines like `00:00:01.000 --> 00:00:04.000`", e.reason());
  }

  @Test
  void timecodes() {
    assertEquals(3_723_456L, Timecode.parse("01:02:03.456"));
    assertEquals(123_456L, Timecode.parse("02:03,456"));
    assertEquals(123_000L, Timecode.parse("2:03"));
    assertEquals(100_000_000L + 1, Timecode.parse("27:46:40.001"));
    assertEquals(-1L, Timecode.parse("02:60.000"));
    assertEquals(-1L, Timecode.parse("1.5"));
    assertEquals(-1L, Timecode.parse("00:01.000x"));
    assertEquals(-1L, Timecode.parse("1:2:3:4"));
    assertEquals(90_500L, Timecode.parseLenient("90.5"));
    assertEquals(90_000L, Timecode.parseLenient(" 1:30 "));
  }
}
