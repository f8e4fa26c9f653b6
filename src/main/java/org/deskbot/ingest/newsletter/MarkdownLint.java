package org.deskbot.ingest.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskbot.ingest.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Accessibility lint for Markdown bodies (newsletters, FAQ answers, module lessons): images without
 * alt text and links whose text says nothing ("click here"), with the line each is on. Inline HTML
 * {@code <img>} and {@code <a>} tags get the same checks as in an HTML e-mail. Code is skipped: a
 * tutorial may show {@code ![](shot.png)} as an example.
 */
public final class MarkdownLint {
  private MarkdownLint() {}

  private static final String DESTINATION = "(?:\\(\\s*<?([^)\\s>]*)[^)]*\\)|\\[[^\\]]*\\])";
  private static final Pattern IMAGE =
      Pattern.compile("!\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]" + DESTINATION);
  private static final Pattern LINK =
      Pattern.compile("(?<![!\\\\])\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]" + DESTINATION);
  private static final Pattern CODE_SPAN = Pattern.compile("(`+).+?\\1");
  private static final Pattern HTML_IMG =
      Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_LINK =
      Pattern.compile("<a\\b[^>]*>.*?</a\\s*>", Pattern.CASE_INSENSITIVE);

  /**
   * Findings for {@code markdown}, a body that starts on 1-based line {@code firstLine} of {@code
   * relativeFile} (the line after the front matter, or 1).
   */
  public static List<Finding> findings(String relativeFile, String markdown, int firstLine) {
    List<Finding> out = new ArrayList<>();
    String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    boolean[] code = MarkdownText.codeLines(lines);
    for (int i = 0; i < lines.length; i++) {
      if (!code[i] && (lines[i].indexOf('[') >= 0 || lines[i].indexOf('<') >= 0)) {
        check(relativeFile, CODE_SPAN.matcher(lines[i]).replaceAll(" "), firstLine + i, out);
      }
    }
    return out;
  }

  private static void check(String file, String line, int lineNo, List<Finding> out) {
    Matcher image = IMAGE.matcher(line);
    while (image.find()) {
      if (MarkdownText.plain(image.group(1)).isEmpty()) {
        out.add(
            new Finding(
                file,
                lineNo,
                Finding.IMAGE_WITHOUT_ALT,
                "image without alt text: " + nullToEmpty(image.group(2))));
      }
    }
    // Images are blanked first so that "[![logo](a.png)](url)" is checked as one link.
    Matcher link = LINK.matcher(IMAGE.matcher(line).replaceAll(" "));
    while (link.find()) {
      String text = MarkdownText.plain(link.group(1));
      if (VagueLinks.isVague(text)) {
        out.add(
            new Finding(
                file,
                lineNo,
                Finding.VAGUE_LINK_TEXT,
                "link text \""
                    + text
                    + "\" does not say where it goes: "
                    + nullToEmpty(link.group(2))));
      }
    }
    Matcher img = HTML_IMG.matcher(line);
    while (img.find()) {
      Element el = tag(img.group(), "img");
      if (el != null) {
        add(file, lineNo, Finding.IMAGE_WITHOUT_ALT, HtmlLint.imageProblem(el), out);
      }
    }
    Matcher a = HTML_LINK.matcher(line);
    while (a.find()) {
      Element el = tag(a.group(), "a");
      if (el != null && el.hasAttr("href")) {
        add(file, lineNo, Finding.VAGUE_LINK_TEXT, HtmlLint.linkProblem(el), out);
      }
    }
  }

  private static Element tag(String html, String name) {
    return Jsoup.parseBodyFragment(html).body().selectFirst(name);
  }

  private static void add(String file, int line, String kind, String problem, List<Finding> out) {
    if (problem != null) {
      out.add(new Finding(file, line, kind, problem));
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
