package org.deskbot.ingest.faq;

import java.util.List;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.FrontMatter;
import org.deskbot.ingest.KnowledgeItem;
import org.deskbot.ingest.newsletter.MarkdownLint;
import org.deskbot.ingest.newsletter.MarkdownText;

/** {@code faq/*.md}: one question per file, front matter + the answer as the body. */
public final class FaqMarkdownReader implements ContentReader {

  @Override
  public boolean accepts(ContentFile file) {
    return file.is("faq", ".md");
  }

  @Override
  public Result read(ContentFile file) throws ContentException {
    FrontMatter fm = FrontMatter.parse(file.relative(), file.text());
    String title = fm.required(file.relative(), "title", "the question");
    String url = fm.required(file.relative(), "url", "the link teachers get");
    String answer = MarkdownText.plain(fm.body());
    if (answer.isEmpty()) {
      throw new ContentException(
          file.relative(), fm.bodyLine(), "the answer (the text after the front matter) is empty");
    }
    KnowledgeItem item =
        new KnowledgeItem(
            file.relative(),
            ContentType.FAQ,
            title,
            answer,
            url,
            fm.text("category"),
            fm.list("tags"),
            fm.list("aliases"),
            fm.text("lang"),
            file.relative(),
            -1,
            "",
            List.of(),
            null);
    return new Result(
        List.of(item), MarkdownLint.findings(file.relative(), fm.body(), fm.bodyLine()));
  }
}
