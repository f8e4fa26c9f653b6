package org.deskbot.ingest.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The rules for reading e-mail HTML as text: what is never text, what is hidden, and what breaks
 * words. E-mail layouts put adjacent words in separate table cells, so a cell boundary must be a
 * space or "Zoom" and "Breakout" end up as "ZoomBreakout".
 */
final class HtmlText {
  private HtmlText() {}

  /** Elements whose content is never reader-visible text. */
  static final Set<String> NOT_TEXT =
      Set.of(
          "script",
          "style",
          "noscript",
          "head",
          "template",
          "title",
          "svg",
          "math",
          "iframe",
          "object",
          "select");

  /** Elements that start a new line of text (so also a word break). */
  static final Set<String> BREAKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "br",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "button",
          "img",
          "input",
          "label",
          "option",
          "textarea");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile(
          "(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*all)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the element is hidden from every reader: the preheader ("preview text") is hidden this
   * way and only meant for the inbox list.
   */
  static boolean isHidden(Element e) {
    return e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  /** Whether the element or an ancestor is hidden. */
  static boolean isHiddenInTree(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (isHidden(x)) {
        return true;
      }
    }
    return false;
  }

  /** The visible text of an element, words kept apart at breaks, whitespace collapsed. */
  static String of(Element e) {
    Lines lines = new Lines(false);
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              lines.append(t.getWholeText());
            } else if (node instanceof Element c) {
              if (isSkipped(c)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              lines.breakAt(c);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return lines.endOf(node);
          }
        },
        e);
    return lines.text();
  }

  /** Whether nothing inside the element is visible text. */
  static boolean isSkipped(Element e) {
    return NOT_TEXT.contains(e.normalName()) || isHidden(e);
  }

  /**
   * Text gathered line by line, a line being what lies between two breaks; with {@code dropFooter},
   * lines that are platform boilerplate, or that hold a platform link, are left out.
   */
  static final class Lines {
    private final boolean dropFooter;
    private final List<String> kept = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean footerLink;

    Lines(boolean dropFooter) {
      this.dropFooter = dropFooter;
    }

    void append(String text) {
      line.append(text);
    }

    /** Marks the current line as holding an unsubscribe/preferences/web-version link. */
    void markFooterLink() {
      footerLink = true;
    }

    /** Breaks the line when {@code e} is an element that starts or ends one. */
    /** At the end of {@code node} in a traversal: an element that breaks the line breaks it. */
    NodeFilter.FilterResult endOf(Node node) {
      if (node instanceof Element e) {
        breakAt(e);
      }
      return NodeFilter.FilterResult.CONTINUE;
    }

    void breakAt(Element e) {
      if (BREAKS.contains(e.normalName())) {
        breakLine();
      }
    }

    void breakLine() {
      String l = Texts.collapse(dropFooter ? Boilerplate.withoutMergeTags(line.toString()) : line);
      if (!l.isEmpty() && !(dropFooter && (footerLink || Boilerplate.isFooterLine(l)))) {
        kept.add(l);
      }
      line.setLength(0);
      footerLink = false;
    }

    String text() {
      breakLine();
      return String.join(" ", kept);
    }
  }
}
