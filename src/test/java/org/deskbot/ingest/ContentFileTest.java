package org.deskbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentFileTest {
  @Test
  void stripsTheByteOrderMark() throws Exception {
    byte[] bytes = "\uFEFFWEBVTT\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("WEBVTT\n", ContentFile.decode("v.vtt", bytes));
  }

  @Test
  void invalidUtf8NamesTheLine() {
    byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
    ContentException e =
        assertThrows(ContentException.class, () -> ContentFile.decode("faq/x.md", bytes));
    assertEquals("faq/x.md:3: not valid UTF-8 text (save it as UTF-8)", e.getMessage());
  }

  @Test
  void binaryAndEmptyFiles() {
    assertEquals(
        "videos/x.vtt: binary file, not text (NUL byte at offset 3)",
        assertThrows(
                ContentException.class,
                () -> ContentFile.decode("videos/x.vtt", new byte[] {1, 2, 3, 0, 5}))
            .getMessage());
    assertEquals(
        "faq/e.md: the file is empty",
        assertThrows(ContentException.class, () -> ContentFile.decode("faq/e.md", new byte[0]))
            .getMessage());
    assertEquals(
        "faq/e.md: the file is empty",
        assertThrows(
                ContentException.class, () -> ContentFile.decode("faq/e.md", " \n\n".getBytes()))
            .getMessage());
  }
}
