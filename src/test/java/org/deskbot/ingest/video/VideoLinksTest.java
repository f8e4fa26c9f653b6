package org.deskbot.ingest.video;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VideoLinksTest {

  @Test
  void youTubeWatchGetsSeconds() {
    assertEquals(
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=123s",
        VideoLinks.urlAt("https://www.youtube.com/watch?v=dQw4w9WgXcQ", 123));
    assertEquals(
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=0s",
        VideoLinks.urlAt("https://m.youtube.com/watch?v=dQw4w9WgXcQ", 0));
  }

  @Test
  void anExistingTimeIsReplacedAndOtherParametersKept() {
    assertEquals(
        "https://www.youtube.com/watch?v=abc&list=PL9&index=2&t=75s",
        VideoLinks.urlAt("https://www.youtube.com/watch?v=abc&t=10s&list=PL9&index=2", 75));
    assertEquals(
        "https://www.youtube.com/watch?v=abc&t=75s",
        VideoLinks.urlAt("https://www.youtube.com/watch?v=abc#t=1m10s", 75));
    assertEquals(
        "https://www.youtube.com/watch?v=abc&ts=9&t=5s",
        VideoLinks.urlAt("https://www.youtube.com/watch?v=abc&ts=9", 5));
  }

  @Test
  void shortLinksGetPlainSeconds() {
    assertEquals(
        "https://youtu.be/dQw4w9WgXcQ?t=123",
        VideoLinks.urlAt("https://youtu.be/dQw4w9WgXcQ", 123));
    assertEquals(
        "https://youtu.be/dQw4w9WgXcQ?si=Xy1&t=61",
        VideoLinks.urlAt("https://youtu.be/dQw4w9WgXcQ?si=Xy1&t=4", 61));
  }

  @Test
  void otherHostsGetATParameter() {
    assertEquals(
        "https://vimeo.com/76979871?t=42", VideoLinks.urlAt("https://vimeo.com/76979871", 42));
    assertEquals(
        "https://media.district.k12.us/play?id=7&t=42#player",
        VideoLinks.urlAt("https://media.district.k12.us/play?id=7#player", 42));
    assertEquals(
        "https://notyoutube.com/v?t=42", VideoLinks.urlAt("https://notyoutube.com/v?", 42));
  }

  @Test
  void noUrlGivesNoLink() {
    assertEquals("", VideoLinks.urlAt("  ", 10));
    assertEquals("", VideoLinks.urlAt(null, 10));
  }
}
