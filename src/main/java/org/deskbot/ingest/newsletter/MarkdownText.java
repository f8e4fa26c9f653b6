package org.deskbot.ingest.newsletter;

/** Placeholder until the newsletter reader lands. */
public final class MarkdownText {
  private MarkdownText() {}

  public static String plain(String markdown) {
    return markdown
        .replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replaceAll("(?m)^\\s*(#+|[-*+]|\\d+\\.)\\s+", "")
        .replaceAll("[*_`]+", "")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
