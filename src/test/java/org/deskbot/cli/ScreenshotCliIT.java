package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deskbot.ocr.ErrorDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask --image}: a screenshot of an error dialog is read and its words searched. */
class ScreenshotCliIT {
  @TempDir Path home;
  private String h;

  @BeforeEach
  void ingestTheDemo() throws Exception {
    Files.writeString(
        home.resolve("deskbot.yml"),
        "content: " + Path.of("demo/content").toAbsolutePath() + "\nsearch:\n  semantic: off\n");
    assertEquals(0, CliRun.of("ingest", "--home", home.toString()).exit());
    h = home.toString();
  }

  private static List<String> top3(JsonNode answer) {
    List<String> out = new ArrayList<>();
    answer.get("results").forEach(r -> out.add(r.get("url").asText()));
    return out.subList(0, Math.min(3, out.size()));
  }

  @Test
  void theErrorInAScreenshotIsReadAndAnswered() throws Exception {
    assumeTrue(org.deskbot.ocr.ErrorDialogs.tesseractInstalled(), "tesseract is not installed");
    Path png = home.resolve("locked.png");
    Files.write(png, ErrorDialogs.accountLocked());
    CliRun run = CliRun.of("ask", "--home", h, "--json", "--image", png.toString(), "help?");
    assertEquals(0, run.exit(), run.err());
    JsonNode o = new ObjectMapper().readTree(run.out());
    String text = o.get("image_text").asText().toLowerCase();
    assertTrue(text.contains("account has been locked") && text.contains("sign-in attempts"), text);
    assertTrue(
        top3(o).contains("https://help.maplevalley.example/faq/account-locked-out"), o.toString());

    Path signal = home.resolve("signal.png");
    Files.write(signal, ErrorDialogs.noSignal());
    run = CliRun.of("ask", "--home", h, "--as", "mrs.k", "--json", "--image", signal.toString());
    assertEquals(0, run.exit(), run.err());
    o = new ObjectMapper().readTree(run.out());
    assertTrue(o.get("image_text").asText().contains("No signal"), o.toString());
    assertTrue(
        top3(o).contains("https://help.maplevalley.example/faq/connect-laptop-to-panel"),
        o.toString());
  }

  @Test
  void aFileThatIsNotAnImageOrTooLargeIsRefusedAndNothingIsStored() throws Exception {
    Path text = home.resolve("notes.png");
    Files.writeString(text, "this is not a picture");
    CliRun run = CliRun.of("ask", "--home", h, "--as", "mrs.k", "--image", text.toString(), "hm");
    assertEquals(2, run.exit());
    assertEquals(
        "deskbot: notes.png is not an image (PNG, JPEG, GIF, WebP, BMP or TIFF)",
        run.err().strip());

    Path big = home.resolve("big.png");
    byte[] bytes = new byte[10_000_001];
    System.arraycopy(ErrorDialogs.noSignal(), 0, bytes, 0, 8);
    Files.write(big, bytes);
    run = CliRun.of("ask", "--home", h, "--as", "mrs.k", "--image", big.toString(), "hm");
    assertEquals(2, run.exit());
    assertEquals(
        "deskbot: big.png is 10,000,001 bytes; images of at most 10,000,000 bytes are read",
        run.err().strip());

    CliRun export = CliRun.of("interactions", "export", "--home", h, "--since", "2020-01-01");
    assertEquals(1, export.out().strip().lines().count(), export.out()); // the header alone
  }
}
