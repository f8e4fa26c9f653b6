package org.deskbot.ingest.newsletter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.Finding;
import org.deskbot.ingest.KnowledgeItem;

/**
 * Reads newsletter issues in {@code newsletters/} (HTML e-mails as exported from Mailchimp or
 * Smore, or Markdown) into one {@link org.deskbot.ingest.ContentType#TIP TIP} entry per h2/h3
 * section, linked to the issue's URL with the section's anchor. A teacher asking "how do I share a
 * Google Doc" then gets the one tip that answers, not a whole month's newsletter.
 *
 * <p>Findings: images without alt text, links whose text says nothing, and an issue without a
 * public URL (its tips are still indexed, with no link).
 */
public final class NewsletterReader implements ContentReader {

  /** The content folder this reader owns. */
  public static final String FOLDER = "newsletters";

  @Override
  public boolean accepts(ContentFile file) {
    return file.is(FOLDER, ".html", ".htm", ".md");
  }

  @Override
  public Result read(ContentFile file) throws ContentException {
    String text = file.text();
    Issue issue =
        isMarkdown(file)
            ? MarkdownIssueParser.parse(file, text)
            : HtmlIssueParser.parse(file, text);
    List<KnowledgeItem> tips = Tips.of(file.relative(), issue);
    if (tips.isEmpty()) {
      throw new ContentException(
          file.relative(),
          0,
          "the newsletter has no text to index (no tip has text after its heading)");
    }
    List<Finding> findings = new ArrayList<>();
    if (issue.url().isEmpty()) {
      findings.add(
          new Finding(
              file.relative(),
              0,
              Finding.NEWSLETTER_WITHOUT_URL,
              "the issue has no public URL (add <link rel=\"canonical\">, og:url or a `url:` field), "
                  + "so its tips cannot link to it"));
    }
    issue.findings().stream().sorted(Comparator.comparingInt(Finding::line)).forEach(findings::add);
    return new Result(tips, findings);
  }

  private static boolean isMarkdown(ContentFile file) {
    return file.lowerName().endsWith(".md");
  }
}
