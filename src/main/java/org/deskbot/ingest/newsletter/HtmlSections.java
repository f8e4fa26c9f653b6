package org.deskbot.ingest.newsletter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Splits an e-mail body into h2/h3 sections by walking every node in document order. E-mail layouts
 * put a heading in one table cell and its text in the next row or the next nested table, so a
 * section is "everything after this heading until the next one", never "its siblings".
 */
final class HtmlSections {

  /** The sections and, for an issue without h2/h3, its whole text. */
  record Result(List<Issue.Section> sections, String wholeText) {}

  private static final Pattern FOOTER_NAME = Pattern.compile("footer", Pattern.CASE_INSENSITIVE);
  private static final Set<String> FOOTER_BLOCKS =
      Set.of("td", "th", "p", "div", "li", "center", "section", "footer");
  // A footer cell is an address and a few links; more than this is content that holds a link.
  private static final int FOOTER_MAX_CHARS = 600;

  private final Set<Element> footers;
  private final String issueTitle;
  private final List<Issue.Section> sections = new ArrayList<>();
  private HtmlText.Lines current = new HtmlText.Lines(true);
  private String title;
  private String anchor;

  private HtmlSections(Set<Element> footers, String issueTitle) {
    this.footers = footers;
    this.issueTitle = issueTitle;
  }

  /** Reads the sections of {@code body}; an h1 that repeats the issue title is not text. */
  static Result read(Element body, String issueTitle) {
    HtmlSections walker = new HtmlSections(footers(body), issueTitle);
    HtmlText.Lines preamble = walker.current;
    // Iterative, not recursive: a broken export can nest thousands of unclosed tags.
    NodeTraversor.filter(walker.new Walk(), body);
    walker.close();
    // Without headings everything went into the preamble, which is then the one tip.
    return new Result(walker.sections, walker.sections.isEmpty() ? preamble.text() : "");
  }

  /**
   * Visits the body in document order. Comments (Outlook conditionals) and data nodes (script and
   * style bodies) carry no text and are passed over.
   */
  private final class Walk implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        current.append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (HtmlText.isSkipped(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String name = e.normalName();
      if (footers.contains(e)) {
        current.breakLine();
        return FilterResult.SKIP_ENTIRELY;
      }
      if (name.equals("h2") || name.equals("h3")) {
        String heading = headingText(e);
        if (!heading.isEmpty()) {
          close();
          title = heading;
          anchor = HtmlAnchors.explicit(e);
          current = new HtmlText.Lines(true);
          return FilterResult.SKIP_ENTIRELY;
        }
      }
      if (name.equals("h1") && HtmlText.of(e).equals(issueTitle)) {
        current.breakLine();
        return FilterResult.SKIP_ENTIRELY;
      }
      if (name.equals("a") && Boilerplate.isFooterLink(HtmlText.of(e), e.attr("href"))) {
        current.markFooterLink();
      }
      current.breakAt(e);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      return current.endOf(node);
    }
  }

  /** Ends the open section, if any. */
  private void close() {
    if (title != null) {
      sections.add(new Issue.Section(title, anchor, current.text()));
    }
  }

  // An image heading (a banner with the tip name) has its name only in the alt text.
  private static String headingText(Element h) {
    String text = HtmlText.of(h);
    if (text.isEmpty()) {
      text = Texts.collapse(String.join(" ", h.select("img[alt]").eachAttr("alt")));
    }
    return text;
  }

  /**
   * The parts of the body that are the platform's footer: elements named or classed "footer"
   * (Mailchimp's templateFooter, footerContainer) unless they wrap the content itself, and, in an
   * issue with headings, the smallest block holding an unsubscribe or preferences link when it is
   * no bigger than a footer and holds no heading.
   */
  private static Set<Element> footers(Element body) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    Element firstHeading = body.selectFirst("h2, h3");
    Set<Element> wrapsContent = Collections.newSetFromMap(new IdentityHashMap<>());
    if (firstHeading != null) {
      wrapsContent.addAll(firstHeading.parents());
    }
    for (Element e : body.getAllElements()) {
      boolean named =
          e.normalName().equals("footer")
              || FOOTER_NAME.matcher(e.id()).find()
              || FOOTER_NAME.matcher(e.className()).find();
      if (e != body && named && !wrapsContent.contains(e)) {
        out.add(e);
      }
    }
    if (firstHeading == null) {
      // One tip made of the whole body: dropping a whole block could drop the tip itself.
      return out;
    }
    for (Element a : body.getElementsByTag("a")) {
      if (!Boilerplate.isFooterLink(HtmlText.of(a), a.attr("href"))) {
        continue;
      }
      Element block = a.parent();
      while (block != null && block != body && !FOOTER_BLOCKS.contains(block.normalName())) {
        block = block.parent();
      }
      if (block != null
          && block != body
          && block.select("h2, h3").isEmpty()
          && HtmlText.of(block).length() <= FOOTER_MAX_CHARS) {
        out.add(block);
      }
    }
    return out;
  }
}
