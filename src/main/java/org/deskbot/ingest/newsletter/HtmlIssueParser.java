package org.deskbot.ingest.newsletter;

import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.FrontMatter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads an HTML e-mail issue (Mailchimp, Smore, hand-written) into an {@link Issue}. */
final class HtmlIssueParser {
  private HtmlIssueParser() {}

  static Issue parse(ContentFile file, String text) throws ContentException {
    // An issue published through a static site may carry front matter; an e-mail export has none
    // and passes through unchanged.
    FrontMatter fm = FrontMatter.parse(file.relative(), text);
    Document doc = Jsoup.parse(fm.body(), "", Parser.htmlParser().setTrackPosition(true));
    String title = title(fm, doc, file);
    String lang =
        fm.text("lang").isEmpty() ? doc.selectFirst("html").attr("lang") : fm.text("lang");
    HtmlSections.Result body = HtmlSections.read(doc.body(), title);
    return new Issue(
        title,
        url(fm, doc),
        Texts.language(lang),
        fm.text("category"),
        fm.list("tags"),
        body.sections(),
        body.wholeText(),
        HtmlLint.findings(file.relative(), doc.body(), fm.bodyLine() - 1));
  }

  /** Canonical link, else og:url; a merge tag the platform never filled counts as none. */
  private static String url(FrontMatter fm, Document doc) {
    if (!fm.text("url").isEmpty()) {
      return fm.text("url");
    }
    for (Element link : doc.select("link[rel][href]")) {
      for (String rel : link.attr("rel").strip().split("\\s+")) {
        String href = link.attr("href").strip();
        if (rel.equalsIgnoreCase("canonical") && !href.isEmpty() && !Texts.isMergeTag(href)) {
          return href;
        }
      }
    }
    for (Element meta : doc.select("meta[property=og:url][content]")) {
      String content = meta.attr("content").strip();
      if (!content.isEmpty() && !Texts.isMergeTag(content)) {
        return content;
      }
    }
    return "";
  }

  /** Front matter title, else {@code <title>}, else the first h1, else the file name. */
  private static String title(FrontMatter fm, Document doc, ContentFile file) {
    if (!fm.text("title").isEmpty()) {
      return fm.text("title");
    }
    String title = Texts.collapse(doc.title());
    if (!title.isEmpty() && !Texts.isMergeTag(title)) {
      return title;
    }
    for (Element h1 : doc.body().getElementsByTag("h1")) {
      String text = HtmlText.of(h1);
      if (!text.isEmpty() && !Texts.isMergeTag(text)) {
        return text;
      }
    }
    return Texts.stem(file.name());
  }
}
