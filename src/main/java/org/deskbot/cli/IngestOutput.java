package org.deskbot.cli;

import java.io.PrintStream;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.Finding;
import org.deskbot.ingest.IngestReport;

/** What an ingest did, as {@code ingest} and {@code demo} print it. */
final class IngestOutput {
  private IngestOutput() {}

  /** The summary, then what was skipped, the errors and the findings, a line each. */
  static void print(IngestReport report, PrintStream out) {
    out.println(report.summary());
    out.printf("read %.1f MB in %.1f s%n", report.bytesRead() / 1e6, report.millis() / 1000.0);
    if (!report.skipped().isEmpty()) {
      out.println("skipped:");
      report.skipped().forEach(s -> out.println("  " + s.file() + ": " + s.reason()));
    }
    if (!report.errors().isEmpty()) {
      out.println("errors:");
      for (ContentException e : report.errors()) {
        out.println("  " + e.getMessage());
      }
    }
    if (!report.findings().isEmpty()) {
      out.println("accessibility and content findings (" + report.findings().size() + "):");
      for (Finding f : report.findings()) {
        out.println("  " + f);
      }
    }
  }
}
