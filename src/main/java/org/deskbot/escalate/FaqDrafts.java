package org.deskbot.escalate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.deskbot.ingest.Slugs;

/**
 * A good reply turned into a new FAQ: first a draft under the content folder's {@code drafts/} (not
 * searched), then, once a specialist approves it, an FAQ under {@code faq/}.
 */
public final class FaqDrafts {
  public static final String FOLDER = "drafts";

  private final Path content;
  private final String urlBase;

  /**
   * @param urlBase where the district's FAQs live, e.g. {@code https://help.example.org/faq/}
   */
  public FaqDrafts(Path content, String urlBase) {
    this.content = content;
    this.urlBase = urlBase.endsWith("/") ? urlBase : urlBase + "/";
  }

  /** Writes a draft FAQ from a ticket's question and its resolution; returns the file. */
  public Path save(Ticket ticket, String question, String answer, String author)
      throws IOException {
    String title =
        question == null || question.isBlank()
            ? "Question from " + ticket.number()
            : question.strip();
    String slug = Slugs.slug(title.length() > 60 ? title.substring(0, 60) : title);
    Path dir = Files.createDirectories(content.resolve(FOLDER));
    Path file = dir.resolve(slug + ".md");
    for (int n = 2;
        Files.exists(file) || Files.exists(content.resolve("faq").resolve(file.getFileName()));
        n++) {
      file = dir.resolve(slug + "-" + n + ".md");
    }
    String md =
        "---\n"
            + "title: "
            + yaml(title)
            + "\n"
            + "url: "
            + urlBase
            + file.getFileName().toString().replaceFirst("\\.md$", "")
            + "\n"
            + "category: "
            + ticket.category()
            + "\n"
            + "tags: [from-ticket]\n"
            + "# drafted by "
            + author
            + " from "
            + ticket.number()
            + "; approve with: deskbot drafts approve "
            + file.getFileName()
            + "\n"
            + "---\n\n"
            + answer.strip()
            + "\n";
    Path tmp = Files.createTempFile(dir, ".draft", ".tmp");
    Files.writeString(tmp, md, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  /** The drafts waiting for approval. */
  public List<Path> list() throws IOException {
    Path dir = content.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(
          s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList());
    }
  }

  /** Moves a draft into {@code faq/}, where the next ingest indexes it. */
  public Path approve(String name) throws IOException {
    Path draft = content.resolve(FOLDER).resolve(Path.of(name).getFileName().toString());
    if (!Files.isRegularFile(draft)) {
      throw new java.nio.file.NoSuchFileException(
          "no draft named " + name + " in " + content.resolve(FOLDER));
    }
    Path target = Files.createDirectories(content.resolve("faq")).resolve(draft.getFileName());
    if (Files.exists(target)) {
      throw new java.nio.file.FileAlreadyExistsException(
          "faq/" + target.getFileName() + " already exists");
    }
    return Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String yaml(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }
}
