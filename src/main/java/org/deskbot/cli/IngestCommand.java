package org.deskbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.deskbot.config.Settings;
import org.deskbot.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deskbot ingest}: brings the content folder into the index. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Index the content folder (FAQs, video transcripts, newsletters, modules), incrementally.",
      "Exit 0 when every file was read, 1 when some files failed (the rest is indexed), 2 for usage errors."
    })
public final class IngestCommand implements Callable<Integer> {
  @Mixin HomeOptions home;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description =
          "The content folder. Default: `content:` in deskbot.yml, $DESKBOT_CONTENT, or HOME/content.")
  Path content;

  @Override
  public Integer call() throws IOException {
    Settings settings = home.settings().withContent(content);
    if (!Files.isDirectory(settings.content())) {
      throw new ExitException(
          ExitException.USAGE,
          "content folder not found: " + settings.content() + " (pass --content DIR)");
    }
    IngestReport report = Wiring.ingest(settings);
    IngestOutput.print(report, System.out);
    String decision = DecisionRefit.advice(report, settings);
    if (!decision.isEmpty()) {
      System.out.println(decision);
    }
    return report.exitCode();
  }

  /** The report as a specialist reads it. */
}
