package org.deskbot.ingest.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Markdown to plain text for search and quoting: the words a reader sees, none of the syntax.
 * Line-based and forgiving rather than a full CommonMark parser, because content files are written
 * by hand and an odd construct must still give readable text, never an error.
 */
public final class MarkdownText {
  private MarkdownText() {}

  /** An opening or closing code fence: three or more backticks or tildes. */
  static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  private static final Pattern BLOCKQUOTE = Pattern.compile("^ {0,3}(>\\s?)+");
  private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s+|$)");
  private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");

  /** A {@code {#custom-id}} at the end of a heading. */
  static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#([^}\\s]+)\\}\\s*$");

  private static final Pattern RULE =
      Pattern.compile("^ {0,3}([-*_])( *\\1){2,} *$|^ {0,3}(=+|-+) *$");
  private static final Pattern BULLET =
      Pattern.compile("^\\s*([-*+]|\\d{1,9}[.)])\\s+(\\[[ xX]\\]\\s+)?");
  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
  private static final Pattern TABLE_DIVIDER =
      Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");
  // One level of nested parentheses, for URLs like .../Zoom_(software).
  private static final String DESTINATION = "\\((?:[^()]|\\([^()]*\\))*\\)";
  private static final String LABEL = "\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]";
  private static final Pattern IMAGE =
      Pattern.compile("!" + LABEL + "(" + DESTINATION + "|\\[[^\\]]*\\])");
  private static final Pattern LINK =
      Pattern.compile(LABEL + "(" + DESTINATION + "|\\[[^\\]]*\\])");
  private static final Pattern AUTOLINK =
      Pattern.compile("<(?:mailto:)?([^<>\\s]+(?:://|@)[^<>\\s]+)>");
  private static final Pattern LINE_BREAK_TAG =
      Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_TAG =
      Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");

  private static final List<Pattern> EMPHASIS =
      List.of(
          Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*"),
          Pattern.compile("(?<!\\w)__(?=\\S)(.+?)(?<=\\S)__(?!\\w)"),
          Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*"),
          Pattern.compile("(?<!\\w)_(?=\\S)(.+?)(?<=\\S)_(?!\\w)"),
          Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~"));

  // Code and escaped characters are set aside under private-use markers while the syntax is
  // removed, so "`**kwargs`" and "\*" survive as written.
  private static final char HOLD = '\uE000';
  private static final Pattern HELD = Pattern.compile(HOLD + "(\\d+)" + HOLD);

  /**
   * The text of {@code markdown} on one line: links become their text, images and HTML tags go,
   * emphasis, heading, quote and list markers go, code (spans and fenced blocks) stays as written
   * without its fences, entities are decoded and whitespace is collapsed.
   */
  public static String plain(String markdown) {
    List<String> out = new ArrayList<>();
    boolean inFence = false;
    String fence = "";
    boolean inComment = false;
    for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      Matcher f = FENCE.matcher(line);
      if (inFence) {
        if (f.find()
            && f.group(1).charAt(0) == fence.charAt(0)
            && f.group(1).length() >= fence.length()) {
          inFence = false;
        } else {
          out.add(line);
        }
        continue;
      }
      if (inComment) {
        int end = line.indexOf("-->");
        if (end < 0) {
          continue;
        }
        inComment = false;
        line = line.substring(end + 3);
      }
      if (f.find()) {
        inFence = true;
        fence = f.group(1);
        continue;
      }
      line = COMMENT.matcher(line).replaceAll(" ");
      int open = line.indexOf("<!--");
      if (open >= 0) {
        inComment = true;
        line = line.substring(0, open);
      }
      out.add(inline(block(line)));
    }
    return Texts.collapse(String.join("\n", out));
  }

  /** Removes the line-level syntax: headings, quotes, bullets, rules, table pipes. */
  private static String block(String line) {
    String lead = line.stripLeading();
    if (!lead.isEmpty() && Character.isLetter(lead.charAt(0)) && line.indexOf('|') < 0) {
      return line; // prose: no heading, quote, bullet, rule or table syntax can start it
    }
    if (RULE.matcher(line).matches()
        || REFERENCE_DEFINITION.matcher(line).matches()
        || TABLE_DIVIDER.matcher(line).matches()) {
      return "";
    }
    String s = BLOCKQUOTE.matcher(line).replaceFirst("");
    if (ATX_HEADING.matcher(s).find()) {
      s = ATX_HEADING.matcher(s).replaceFirst("");
      s = HEADING_ID.matcher(s).replaceFirst("");
      s = CLOSING_HASHES.matcher(s).replaceFirst("");
    }
    s = BULLET.matcher(s).replaceFirst("");
    if (s.strip().startsWith("|")) {
      s = s.replaceAll("(?<!\\\\)\\|", " ");
    }
    return s;
  }

  /** Removes the inline syntax: code, escapes, images, links, HTML, emphasis, entities. */
  private static String inline(String line) {
    if (isPlain(line)) {
      return line; // most lines of an answer have no inline syntax: skip the patterns
    }
    List<String> held = new ArrayList<>();
    String s = hold(CODE_SPAN, line, 2, held);
    s = hold(ESCAPE, s, 1, held);
    s = IMAGE.matcher(s).replaceAll(" ");
    s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = LINE_BREAK_TAG.matcher(s).replaceAll(" ");
    s = HTML_TAG.matcher(s).replaceAll("");
    for (Pattern p : EMPHASIS) {
      // Repeated for nesting such as "*a **b** c*".
      for (String before = null; !s.equals(before); ) {
        before = s;
        s = p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
      }
    }
    s = Parser.unescapeEntities(s, false);
    return HELD.matcher(s)
        .replaceAll(m -> Matcher.quoteReplacement(held.get(Integer.parseInt(m.group(1)))));
  }

  private static boolean isPlain(String line) {
    for (int i = 0; i < line.length(); i++) {
      switch (line.charAt(i)) {
        case '`', '\\', '[', '<', '*', '_', '~', '&' -> {
          return false;
        }
        default -> {}
      }
    }
    return true;
  }

  private static String hold(Pattern p, String s, int group, List<String> held) {
    return p.matcher(s)
        .replaceAll(
            m -> {
              held.add(m.group(group));
              return HOLD + String.valueOf(held.size() - 1) + HOLD;
            });
  }

  /** Which lines are inside fenced code (fences included): no heading, link or image there. */
  static boolean[] codeLines(String[] lines) {
    boolean[] code = new boolean[lines.length];
    String fence = "";
    for (int i = 0; i < lines.length; i++) {
      Matcher f = MarkdownText.FENCE.matcher(lines[i]);
      if (f.find()) {
        String marker = f.group(1);
        if (fence.isEmpty()) {
          fence = marker;
          code[i] = true;
          continue;
        } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
          fence = "";
          code[i] = true;
          continue;
        }
      }
      code[i] = !fence.isEmpty();
    }
    return code;
  }
}
