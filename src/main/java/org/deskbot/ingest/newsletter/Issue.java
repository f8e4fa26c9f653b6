package org.deskbot.ingest.newsletter;

import java.util.List;
import org.deskbot.ingest.Finding;

/**
 * One newsletter issue as read from its file, before it becomes tips: the same shape for HTML and
 * Markdown so that anchors, ids and URLs are made in one place ({@link Tips}).
 *
 * @param title the issue title (the parent of every tip)
 * @param url the issue's public address, or "" when the file does not say
 * @param lang ISO 639-1 language
 * @param sections every h2/h3 section in document order, including empty ones (they still claim
 *     their anchor, as a renderer would give them one)
 * @param wholeText the whole body as text, used when the issue has no h2/h3 at all
 * @param findings accessibility findings from the body
 */
record Issue(
    String title,
    String url,
    String lang,
    String category,
    List<String> tags,
    List<Section> sections,
    String wholeText,
    List<Finding> findings) {

  Issue {
    tags = List.copyOf(tags);
    sections = List.copyOf(sections);
    findings = List.copyOf(findings);
  }

  /**
   * One h2/h3 heading and the text up to the next one.
   *
   * @param title the heading text
   * @param anchor the anchor the author gave the heading, or "" to derive one from the title
   * @param text the plain text after the heading, without footer boilerplate
   */
  record Section(String title, String anchor, String text) {}
}
