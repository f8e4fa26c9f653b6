package org.deskbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.deskbot.ocr.ErrorDialogs;
import org.deskbot.ocr.ScreenshotReader;
import org.junit.jupiter.api.Test;

class ScreenshotsTest {
  private final Screenshots noTesseract =
      new Screenshots(new ScreenshotReader("/nonexistent/tesseract"));

  @Test
  void aFileThatIsNotAnImageIsRefusedBeforeItIsFetched() {
    AtomicInteger fetched = new AtomicInteger();
    var pdf =
        new Screenshots.Picture(
            "notes.pdf",
            "application/pdf",
            10,
            () -> {
              fetched.incrementAndGet();
              return new byte[10];
            });
    assertEquals(
        new Screenshots.Step.Say(
            "Sorry, I can't read that: notes.pdf is not an image (PNG, JPEG, GIF, WebP, BMP or TIFF). Send a screenshot or photo of the error, or type what it says."),
        noTesseract.step("what is this", List.of(pdf)));
    assertEquals(0, fetched.get());
  }

  @Test
  void bytesThatAreNotAnImageAreRefusedWhateverThePlatformSaid() {
    var fake = Screenshots.Picture.of("shot.png", "<html>sign in</html>".getBytes());
    assertEquals(
        "Sorry, I can't read that: shot.png is not an image (PNG, JPEG, GIF, WebP, BMP or TIFF). Send a screenshot or photo of the error, or type what it says.",
        ((Screenshots.Step.Say) noTesseract.step("", List.of(fake))).text());
  }

  @Test
  void withoutTesseractTheWordsAloneAreAskedWithANote() throws Exception {
    var png = Screenshots.Picture.of("a.png", ErrorDialogs.noSignal());
    assertEquals(
        new Screenshots.Step.Ask(
            "", "I couldn't read the words in your picture, so I answered from your message."),
        noTesseract.step("my panel says no signal", List.of(png)));
    assertEquals(
        new Screenshots.Step.Say(
            "I couldn't read the words in your picture. Please type what it says."),
        noTesseract.step("", List.of(png)));
    assertEquals(
        new Screenshots.Step.Say(
            "I couldn't read the words in your picture. Please type what it says."),
        noTesseract.step("  ", List.of(png))); // a mention alone, once Slack's markup is out
  }

  @Test
  void aPictureThatCannotBeFetchedIsAnsweredFromTheWords() {
    var gone =
        new Screenshots.Picture(
            "a.png",
            "image/png",
            100,
            () -> {
              throw new IOException("answered 404");
            });
    assertEquals(
        new Screenshots.Step.Ask(
            "", "I couldn't read the words in your picture, so I answered from your message."),
        noTesseract.step("printer jam", List.of(gone)));
  }
}
