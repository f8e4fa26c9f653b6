package org.deskbot.ingest.newsletter;

import java.util.ArrayList;
import java.util.List;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.KnowledgeItem;

/** Turns a read issue into one {@link KnowledgeItem} per tip. */
final class Tips {
  private Tips() {}

  // Below this a section is a line of social links, not a tip, if its heading says so too.
  private static final int SHORT_TEXT = 40;

  static List<KnowledgeItem> of(String relative, Issue issue) {
    List<KnowledgeItem> tips = new ArrayList<>();
    if (issue.sections().isEmpty()) {
      // No headings to split on: the issue is one tip and links to the issue itself.
      if (!issue.wholeText().isBlank()) {
        tips.add(tip(relative, issue, issue.title(), issue.wholeText(), relative, issue.url()));
      }
      return tips;
    }
    Anchors anchors = new Anchors();
    for (Issue.Section s : issue.sections()) {
      // Claimed before skipping so that anchors match the ids a renderer gives every heading.
      String anchor = anchors.claim(s.anchor(), s.title());
      if (s.text().isBlank()
          || (s.text().length() < SHORT_TEXT && Boilerplate.isFillerHeading(s.title()))) {
        continue;
      }
      tips.add(
          tip(
              relative,
              issue,
              s.title(),
              s.text(),
              relative + "#" + anchor,
              Anchors.link(issue.url(), anchor)));
    }
    return tips;
  }

  private static KnowledgeItem tip(
      String relative, Issue issue, String title, String text, String id, String url) {
    return new KnowledgeItem(
        id,
        ContentType.TIP,
        title,
        text,
        url,
        issue.category(),
        issue.tags(),
        List.of(),
        issue.lang(),
        relative,
        -1,
        issue.title(),
        List.of(),
        null);
  }
}
