package org.deskbot.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreenshotReaderTest {
  @Test
  void withoutTesseractThereIsNoText() throws Exception {
    ScreenshotReader reader = new ScreenshotReader("/nonexistent/tesseract");
    assertEquals(Optional.empty(), reader.read("a.png", ErrorDialogs.noSignal()));
  }

  @Test
  void imagesAreKnownByTheirFirstBytes() throws Exception {
    assertEquals(Optional.of("png"), ImageLimits.kind(ErrorDialogs.noSignal()));
    assertEquals(
        Optional.of("jpeg"),
        ImageLimits.kind(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    assertEquals(Optional.empty(), ImageLimits.kind("hello".getBytes()));
    assertThrows(
        ImageException.class,
        () -> new ScreenshotReader("tesseract").read("x.txt", "not an image".getBytes()));
  }

  @Test
  void cleaningDropsButtonsAndNoise() {
    assertEquals(
        "Your account has been locked Too many sign-in attempts.",
        ScreenshotReader.clean(
            "Your account has been locked\n\n| ~ © \nToo many sign-in attempts.\n OK  Cancel \n"));
  }
}
