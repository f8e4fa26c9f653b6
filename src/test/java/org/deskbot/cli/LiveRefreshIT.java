package org.deskbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.deskbot.answer.Answer;
import org.deskbot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running engine sees a new ingest without a restart (the server's case). */
class LiveRefreshIT {
  @TempDir Path home;

  private void faq(String name, String title, String body) throws Exception {
    Files.createDirectories(home.resolve("content/faq"));
    Files.writeString(
        home.resolve("content/faq/" + name + ".md"),
        "---\ntitle: \""
            + title
            + "\"\nurl: https://h.example/faq/"
            + name
            + "\n---\n\n"
            + body
            + "\n");
  }

  @Test
  void newContentIsAnsweredWithoutRestart() throws Exception {
    faq("jam", "The copier keeps jamming", "Open door A and pull the green lever.");
    Settings settings = Settings.load(home, java.util.Map.of("DESKBOT_SEMANTIC", "off"));
    Wiring.ingest(settings);
    try (Wiring.Engine engine = Wiring.openEngine(settings)) {
      Answer before = engine.answers().answer("laminator is too hot", 3);
      assertEquals(
          0, before.results().stream().filter(r -> r.url().endsWith("/laminator")).count());
      faq(
          "laminator",
          "The laminator is too hot or smells",
          "Turn it off, let it cool for 20 minutes, use the low setting for thin sheets.");
      Wiring.ingest(settings);
      Thread.sleep(1_100); // the searcher looks for a new commit at most once a second
      Answer after = engine.answers().answer("laminator is too hot", 3);
      assertEquals("https://h.example/faq/laminator", after.results().get(0).url());
      assertEquals(2, engine.searcher().entryCount());
    }
  }
}
