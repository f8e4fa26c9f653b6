package org.deskbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void videoTimeIsIgnoredWhenComparing() {
    assertTrue(
        Links.matches(
            "https://www.youtube.com/watch?v=abc&t=95s", "https://www.youtube.com/watch?v=abc"));
    assertTrue(Links.matches("https://youtu.be/abc?t=95", "https://youtu.be/abc"));
    assertTrue(Links.matches("https://x.example/v?start=3&list=1", "https://x.example/v?list=1"));
    assertFalse(
        Links.matches(
            "https://www.youtube.com/watch?v=abd&t=95s", "https://www.youtube.com/watch?v=abc"));
  }

  @Test
  void fragmentCountsOnlyWhenExpected() {
    assertTrue(
        Links.matches("https://news.example/2026-09#secure-print", "https://news.example/2026-09"));
    assertTrue(
        Links.matches(
            "https://news.example/2026-09/#secure-print",
            "https://news.example/2026-09#secure-print"));
    assertFalse(
        Links.matches(
            "https://news.example/2026-09#wifi", "https://news.example/2026-09#secure-print"));
  }

  @Test
  void trailingSlashIgnored() {
    assertTrue(Links.matches("https://help.example/faq/a/", "https://help.example/faq/a"));
  }

  @Test
  void readsTheTime() {
    assertEquals(95, Links.seconds("https://www.youtube.com/watch?v=abc&t=95s"));
    assertEquals(7, Links.seconds("https://youtu.be/abc?t=7"));
    assertEquals(-1, Links.seconds("https://youtu.be/abc"));
  }
}
