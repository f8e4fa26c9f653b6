package org.deskbot.cli;

import java.io.IOException;
import java.util.List;
import org.deskbot.answer.AnswerEngine;
import org.deskbot.answer.ContentSearcher;
import org.deskbot.answer.DecisionModel;
import org.deskbot.config.Settings;
import org.deskbot.index.ContentIndex;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.IngestReport;
import org.deskbot.ingest.Ingestor;
import org.deskbot.ingest.faq.FaqCsvReader;
import org.deskbot.ingest.faq.FaqMarkdownReader;
import org.deskbot.ingest.module.ModuleReader;
import org.deskbot.ingest.newsletter.NewsletterReader;
import org.deskbot.ingest.video.TranscriptReader;

/** Builds the pieces from the settings: the one place that knows every implementation. */
public final class Wiring {
  private Wiring() {}

  /** Every content format deskbot reads. */
  public static List<ContentReader> readers() {
    return List.of(
        new FaqMarkdownReader(),
        new FaqCsvReader(),
        new TranscriptReader(),
        new NewsletterReader(),
        new ModuleReader());
  }

  /** Ingests the settings' content folder into its index. */
  public static IngestReport ingest(Settings settings) throws IOException {
    Ingestor ingestor =
        new Ingestor(readers(), settings.maxFileBytes(), Runtime.getRuntime().availableProcessors());
    try (ContentIndex index = ContentIndex.openForWriting(settings.indexDir(), null)) {
      return ingestor.run(settings.content(), index);
    }
  }

  /** An answer engine over the settings' index; the caller closes the searcher. */
  public static Engine openEngine(Settings settings) throws IOException {
    ContentSearcher searcher = ContentSearcher.open(settings.indexDir(), ContentSearcher.Weights.DEFAULT);
    return new Engine(searcher, new AnswerEngine(searcher, DecisionModel.UNCALIBRATED));
  }

  /** An answer engine and the searcher it holds open. */
  public record Engine(ContentSearcher searcher, AnswerEngine answers) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      searcher.close();
    }
  }
}
