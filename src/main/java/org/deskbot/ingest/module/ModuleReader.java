package org.deskbot.ingest.module;

import java.util.ArrayList;
import java.util.List;
import org.deskbot.ingest.ContentException;
import org.deskbot.ingest.ContentFile;
import org.deskbot.ingest.ContentReader;
import org.deskbot.ingest.ContentType;
import org.deskbot.ingest.FrontMatter;
import org.deskbot.ingest.KnowledgeItem;
import org.deskbot.ingest.newsletter.MarkdownLint;
import org.deskbot.ingest.newsletter.MarkdownText;

/**
 * {@code modules/*.md}: a self-paced course. The introduction is one entry and each {@code ##}
 * lesson another, all linking to the module's URL.
 */
public final class ModuleReader implements ContentReader {

  @Override
  public boolean accepts(ContentFile file) {
    return file.is("modules", ".md");
  }

  @Override
  public Result read(ContentFile file) throws ContentException {
    FrontMatter fm = FrontMatter.parse(file.relative(), file.text());
    String title = fm.required(file.relative(), "title", "");
    String url = fm.required(file.relative(), "url", "the link teachers get");
    String credits = fm.text("credits");
    List<KnowledgeItem> items = new ArrayList<>();
    String heading = title;
    StringBuilder section = new StringBuilder();
    int n = 0;
    for (String line : (fm.body() + "\n## ").split("\n", -1)) {
      if (line.startsWith("## ") || line.equals("## ")) {
        String text = MarkdownText.plain(section.toString());
        if (!text.isEmpty()) {
          String entryTitle = n == 0 ? title : title + " — " + heading;
          if (n == 0 && !credits.isEmpty()) {
            text = text + " (" + credits + " PD credits)";
          }
          items.add(
              new KnowledgeItem(
                  file.relative() + "#" + n,
                  ContentType.MODULE,
                  entryTitle,
                  text,
                  url,
                  fm.text("category"),
                  fm.list("tags"),
                  List.of(),
                  fm.text("lang"),
                  file.relative(),
                  -1,
                  title,
                  List.of(),
                  null));
        }
        n++;
        heading = line.substring(2).trim();
        section.setLength(0);
      } else {
        section.append(line).append('\n');
      }
    }
    if (items.isEmpty()) {
      throw new ContentException(
          file.relative(), fm.bodyLine(), "the module has no text after the front matter");
    }
    return new Result(items, MarkdownLint.findings(file.relative(), fm.body(), fm.bodyLine()));
  }
}
