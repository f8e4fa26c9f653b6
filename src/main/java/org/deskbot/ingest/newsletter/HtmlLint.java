package org.deskbot.ingest.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskbot.ingest.Finding;
import org.jsoup.nodes.Element;

/**
 * Accessibility checks on HTML images and links, shared by e-mail issues and inline HTML in
 * Markdown.
 */
final class HtmlLint {
  private HtmlLint() {}

  // A 1x1 tracking pixel or a 1px spacer is invisible: screen readers skip it whatever its alt.
  private static final int PIXEL = 2;
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+)");

  /**
   * Findings for every image and link under {@code root}, with the line jsoup tracked for the
   * element plus {@code lineOffset} (lines before the parsed text, such as front matter).
   */
  static List<Finding> findings(String relative, Element root, int lineOffset) {
    List<Finding> out = new ArrayList<>();
    for (Element e : root.select("img, a[href]")) {
      String problem = e.normalName().equals("img") ? imageProblem(e) : linkProblem(e);
      if (problem != null) {
        int line = e.sourceRange().start().lineNumber();
        String kind =
            e.normalName().equals("img") ? Finding.IMAGE_WITHOUT_ALT : Finding.VAGUE_LINK_TEXT;
        out.add(new Finding(relative, line > 0 ? line + lineOffset : 0, kind, problem));
      }
    }
    return out;
  }

  /** What is wrong with an image's alt text, or null when nothing is. */
  static String imageProblem(Element img) {
    if (isPixel(img) || HtmlText.isHiddenInTree(img)) {
      return null;
    }
    String src = img.attr("src");
    if (!img.hasAttr("alt")) {
      return "image without alt text: " + src;
    }
    if (img.attr("alt").isBlank() && !isDecorative(img)) {
      return "image with empty alt text but not marked decorative (role=\"presentation\"): " + src;
    }
    return null;
  }

  /** What is wrong with a link's text, or null when nothing is. */
  static String linkProblem(Element a) {
    // aria-label replaces the visible text as the link's name for a screen reader.
    String name = a.attr("aria-label").isBlank() ? HtmlText.of(a) : a.attr("aria-label");
    if (!VagueLinks.isVague(name)) {
      return null;
    }
    return "link text \""
        + Texts.collapse(name)
        + "\" does not say where it goes: "
        + a.attr("href");
  }

  private static boolean isDecorative(Element img) {
    String role = img.attr("role").strip();
    return role.equalsIgnoreCase("presentation")
        || role.equalsIgnoreCase("none")
        || img.attr("aria-hidden").strip().equalsIgnoreCase("true");
  }

  private static boolean isPixel(Element img) {
    return atMostPixel(img.attr("width"))
        || atMostPixel(img.attr("height"))
        || atMostPixel(styleValue(img.attr("style"), "width"))
        || atMostPixel(styleValue(img.attr("style"), "height"));
  }

  private static boolean atMostPixel(String size) {
    Matcher m = LEADING_NUMBER.matcher(size);
    return m.find() && m.group(1).length() < 4 && Integer.parseInt(m.group(1)) <= PIXEL;
  }

  private static String styleValue(String style, String property) {
    Matcher m =
        Pattern.compile("(?:^|;)\\s*" + property + "\\s*:\\s*([^;]*)", Pattern.CASE_INSENSITIVE)
            .matcher(style);
    return m.find() ? m.group(1) : "";
  }
}
