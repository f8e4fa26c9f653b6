package org.deskbot.ingest.newsletter;

import java.util.List;
import org.deskbot.ingest.Finding;

/** Placeholder until the newsletter reader lands. */
public final class MarkdownLint {
  private MarkdownLint() {}

  public static List<Finding> findings(String relativeFile, String markdown, int firstLine) {
    return List.of();
  }
}
