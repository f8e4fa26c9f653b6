package org.deskbot.ingest;

/**
 * An accessibility or content-quality finding: the file is indexed, but the team should fix it.
 *
 * @param file the content file, relative to the content folder
 * @param line 1-based line, or 0 for the whole file
 * @param kind a short stable key, e.g. "image-without-alt", "vague-link-text"
 * @param detail what was found, in words a specialist understands
 */
public record Finding(String file, int line, String kind, String detail) {
  public static final String IMAGE_WITHOUT_ALT = "image-without-alt";
  public static final String VAGUE_LINK_TEXT = "vague-link-text";
  public static final String VIDEO_WITHOUT_TRANSCRIPT = "video-without-transcript";
  public static final String NEWSLETTER_WITHOUT_URL = "newsletter-without-url";

  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file) + ": " + detail;
  }
}
