package org.deskbot.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ImageLimitsTest {
  @Test
  void whatThePlatformDeclaresIsCheckedBeforeDownloading() throws Exception {
    ImageLimits.checkDeclared("a.png", "image/png", 10_000_000);
    ImageLimits.checkDeclared("a.png", null, -1); // the platform does not say
    assertEquals(
        "notes.pdf is not an image (PNG, JPEG, GIF, WebP, BMP or TIFF)",
        assertThrows(
                ImageException.class,
                () -> ImageLimits.checkDeclared("notes.pdf", "application/pdf", 10))
            .getMessage());
    assertEquals(
        "big.png is 10,000,001 bytes; images of at most 10,000,000 bytes are read",
        assertThrows(
                ImageException.class,
                () -> ImageLimits.checkDeclared("big.png", "image/png", 10_000_001))
            .getMessage());
  }

  @Test
  void aStreamIsReadNoFurtherThanOneBytePastTheLimit() throws Exception {
    byte[] small = {1, 2, 3};
    assertArrayEquals(small, ImageLimits.readAtMost("a.png", new ByteArrayInputStream(small)));
    long[] read = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read[0]++;
            return 7;
          }
        };
    assertEquals(
        "liar.png is larger than 10,000,000 bytes; images of at most 10,000,000 bytes are read",
        assertThrows(ImageException.class, () -> ImageLimits.readAtMost("liar.png", endless))
            .getMessage());
    assertEquals(10_000_001, read[0]);
  }
}
