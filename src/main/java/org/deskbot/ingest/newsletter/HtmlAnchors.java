package org.deskbot.ingest.newsletter;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Finds the anchor an author gave an HTML heading, so tip links land where the author meant. */
final class HtmlAnchors {
  private HtmlAnchors() {}

  /**
   * The heading's own id; else the id or name of an {@code <a>} inside it; else that of an {@code
   * <a>} just before it (the old {@code <a name="tip1"></a><h2>} idiom, also when that anchor sits
   * alone in a text-less wrapper); else "".
   */
  static String explicit(Element heading) {
    if (!heading.id().isBlank()) {
      return heading.id().strip();
    }
    for (Element a : heading.getElementsByTag("a")) {
      String name = anchorName(a);
      if (!name.isEmpty()) {
        return name;
      }
    }
    Node prev = heading.previousSibling();
    while (prev instanceof Comment || (prev instanceof TextNode t && t.isBlank())) {
      prev = prev.previousSibling();
    }
    if (prev instanceof Element e) {
      if (e.normalName().equals("a")) {
        return anchorName(e);
      }
      if (HtmlText.of(e).isEmpty()) {
        Element last = e.getElementsByTag("a").last();
        return last == null ? "" : anchorName(last);
      }
    }
    return "";
  }

  private static String anchorName(Element a) {
    String id = a.id().strip();
    return id.isEmpty() ? a.attr("name").strip() : id;
  }
}
