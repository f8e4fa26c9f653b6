package org.deskbot.ingest.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.FrontMatter;

/**
 * Reads a Markdown issue (front matter, then {@code ##}/{@code ###} tips) into an {@link Issue}.
 */
final class MarkdownIssueParser {
  private MarkdownIssueParser() {}

  private static final Pattern ATX =
      Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
  // Lines that cannot be the text of a setext heading (CommonMark: "- a\n---" is a list and a
  // rule).
  private static final Pattern NOT_PARAGRAPH =
      Pattern.compile("^\\s*(>|\\||[-*+](\\s|$)|\\d{1,9}[.)](\\s|$))");
  private static final Pattern FOOTER_LINK =
      Pattern.compile("(?<!!)\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]\\(\\s*<?([^)\\s>]*)");

  /** A heading found in the body: its level, its text (with any {#id}) and its line index. */
  private record Heading(int level, String text, int index, int lines) {}

  static Issue parse(ContentFile file, String text) throws ContentException {
    FrontMatter fm = FrontMatter.parse(file.relative(), text);
    String[] lines = fm.body().split("\n", -1);
    boolean[] code = MarkdownText.codeLines(lines);
    List<Heading> headings = headings(lines, code);

    String title = fm.text("title");
    Heading titleHeading = null;
    for (Heading h : headings) {
      if (h.level() == 1 && title.isEmpty()) {
        title = MarkdownText.plain(h.text());
        titleHeading = h;
      } else if (h.level() == 1
          && titleHeading == null
          && MarkdownText.plain(h.text()).equals(title)) {
        titleHeading = h;
      }
    }
    if (title.isEmpty()) {
      title = Texts.stem(file.name());
    }

    List<Issue.Section> sections = new ArrayList<>();
    List<String> preamble = new ArrayList<>();
    List<String> current = preamble;
    String sectionTitle = null;
    String anchor = "";
    int next = 0;
    for (int i = 0; i < lines.length; i++) {
      Heading h =
          next < headings.size() && headings.get(next).index() == i ? headings.get(next++) : null;
      if (h != null && (h.level() == 2 || h.level() == 3)) {
        i += h.lines() - 1;
        String heading =
            MarkdownText.plain(MarkdownText.HEADING_ID.matcher(h.text()).replaceFirst(""));
        if (heading.isEmpty()) {
          continue; // a bare "##" splits nothing, as an empty HTML heading does not
        }
        if (sectionTitle != null) {
          sections.add(
              new Issue.Section(
                  sectionTitle, anchor, MarkdownText.plain(String.join("\n", current))));
        }
        Matcher id = MarkdownText.HEADING_ID.matcher(h.text());
        anchor = id.find() ? id.group(1) : "";
        sectionTitle = heading;
        current = new ArrayList<>();
      } else if (h != null && h == titleHeading) {
        i += h.lines() - 1;
      } else if (code[i] || !isFooter(lines[i])) {
        current.add(lines[i]);
      }
    }
    if (sectionTitle != null) {
      sections.add(
          new Issue.Section(sectionTitle, anchor, MarkdownText.plain(String.join("\n", current))));
    }
    String whole = sections.isEmpty() ? MarkdownText.plain(String.join("\n", preamble)) : "";
    return new Issue(
        title,
        Texts.isMergeTag(fm.text("url")) ? "" : fm.text("url"),
        Texts.language(fm.text("lang")),
        fm.text("category"),
        fm.list("tags"),
        sections,
        whole,
        MarkdownLint.findings(file.relative(), fm.body(), fm.bodyLine()));
  }

  /** ATX ("## Tip") and setext ("Tip" over "---") headings outside code, in order. */
  private static List<Heading> headings(String[] lines, boolean[] code) {
    List<Heading> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (code[i]) {
        continue;
      }
      Matcher atx = ATX.matcher(lines[i]);
      if (atx.matches()) {
        out.add(new Heading(atx.group(1).length(), atx.group(2) == null ? "" : atx.group(2), i, 1));
      } else if (i + 1 < lines.length
          && !code[i + 1]
          && SETEXT.matcher(lines[i + 1]).matches()
          && !lines[i].isBlank()
          && !NOT_PARAGRAPH.matcher(lines[i]).lookingAt()
          && (i == 0 || lines[i - 1].isBlank() || ATX.matcher(lines[i - 1]).matches())) {
        out.add(new Heading(lines[i + 1].strip().charAt(0) == '=' ? 1 : 2, lines[i].strip(), i, 2));
        i++;
      }
    }
    return out;
  }

  /** A footer line: platform boilerplate, or a line holding an unsubscribe/preferences link. */
  private static boolean isFooter(String line) {
    Matcher link = FOOTER_LINK.matcher(line);
    while (link.find()) {
      if (Boilerplate.isFooterLink(MarkdownText.plain(link.group(1)), link.group(2))) {
        return true;
      }
    }
    String plain = MarkdownText.plain(line);
    return !plain.isEmpty() && Boilerplate.isFooterLine(plain);
  }
}
