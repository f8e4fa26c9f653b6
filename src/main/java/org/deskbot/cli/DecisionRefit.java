package org.deskbot.cli;

import java.nio.file.Files;
import org.deskbot.config.Settings;
import org.deskbot.ingest.IngestReport;

/**
 * What an ingest means for the decision. A decision fitted on other content still holds when a
 * tenth of the content changes (it looks at features that mean the same in any content), so below
 * that it is kept. Above it, or on a first ingest, a fit from the content itself would be better;
 * ingest does not run it: {@code calibrate --content} asks every phrasing three times and took
 * minutes on the demo's 77 items on this project's machine (BENCHMARKS.md), far longer than the
 * ingest itself. It says so and gives the command.
 */
final class DecisionRefit {
  private DecisionRefit() {}

  /** A change of at least this share of the content files counts as enough to refit. */
  static final double ENOUGH = 0.10;

  /** One line about the decision after {@code report}, or "" when nothing changed. */
  static String advice(IngestReport report, Settings settings) {
    int changed = report.indexed() + report.removed();
    int files = report.indexed() + report.unchanged() + report.removed();
    if (changed == 0 || files == 0) {
      return "";
    }
    boolean own = Files.isRegularFile(settings.modelsDir().resolve("decision.json"));
    String which = own ? "this home's models/decision.json" : "the shipped decision";
    boolean first = report.unchanged() == 0 && report.removed() == 0;
    if (!first && changed < ENOUGH * files) {
      return "decision: kept %s (%d of %d content files changed, under %.0f %%)"
          .formatted(which, changed, files, ENOUGH * 100);
    }
    return ("decision: kept %s; %s, so one fitted on this content may decide better. Ingest does"
            + " not refit (it takes minutes): run `deskbot calibrate --content %s --out %s`")
        .formatted(
            which,
            first
                ? "this is the first ingest"
                : "%d of %d content files changed (%.0f %% or more)"
                    .formatted(changed, files, ENOUGH * 100),
            settings.content(),
            settings.modelsDir().resolve("decision.json"));
  }
}
